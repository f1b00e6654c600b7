//! One RISC-V hart: architectural state and the fetch-decode-execute step.
//!
//! Data flows one way: [`Hart::run`] translates the pc through the MMU ([`memory`]), runs
//! the decoded block of instructions at that physical address ([`crate::engine`]; each
//! instruction's semantics live under [`execute`], one file per extension family), and
//! either retires each instruction or hands the [`trap::Exception`] it returned to
//! [`Hart::take_trap`].

pub mod counters;
pub mod csr;
pub mod execute;
pub mod memory;
pub mod profile;
pub mod spaces;
pub mod timed;
pub mod trap;

use crate::bus::Bus;
use crate::isa::Privilege;
use crate::mmu::sv39::AdMode;
use crate::mmu::tlb::{Tlb, TlbConfig};
use crate::timing::{self, Model, ModelKind, TimingConfig, TimingModel};
use counters::{HartStats, ModeStats};
use csr::CsrFile;
use trap::Exception;

/// The cache-block size in bytes for the CMO instructions (Zicbom, Zicboz, Zicbop): the
/// device tree's `riscv,cbom-block-size` and `riscv,cboz-block-size`.
pub const CACHE_BLOCK_SIZE: u64 = 64;

/// Options that change how the hart's MMU behaves.
#[derive(Clone, Debug)]
pub struct MmuOptions {
    pub itlb: TlbConfig,
    pub dtlb: TlbConfig,
    pub ad_mode: AdMode,
    /// Walk the page table on every TLB hit and warn when it disagrees (`--tlb-check`).
    pub tlb_check: bool,
    /// Shadow TLBs that only count (`--shadow-tlb`).
    pub shadows: Vec<crate::mmu::shadow::ShadowSpec>,
    /// A unified second-level TLB behind the iTLB and dTLB (`--l2tlb`); `None`: none.
    pub l2tlb: Option<TlbConfig>,
}

impl Default for MmuOptions {
    fn default() -> Self {
        MmuOptions {
            itlb: TlbConfig::default(),
            dtlb: TlbConfig::default(),
            ad_mode: AdMode::Hardware,
            tlb_check: false,
            shadows: Vec::new(),
            l2tlb: None,
        }
    }
}

/// One hart.
pub struct Hart {
    // Architectural state.
    /// Integer registers; `x[0]` is kept zero.
    pub x: [u64; 32],
    /// FP registers (F and D); single values are NaN-boxed (upper 32 bits all ones).
    pub f: [u64; 32],
    pub pc: u64,
    pub privilege: Privilege,
    pub csr: CsrFile,
    /// Parked by WFI until an interrupt is pending and enabled.
    pub waiting: bool,
    /// Index of this hart in the machine (also its reservation slot on the bus).
    pub index: usize,
    /// The extensions this hart implements (`--isa`); set with [`Hart::set_isa`].
    pub isa: crate::isa::Isa,
    // The MMU's architectural caches and options.
    pub itlb: Tlb,
    pub dtlb: Tlb,
    /// The second-level TLB (`--l2tlb`), shared by fetches and data accesses.
    pub l2tlb: Option<Box<Tlb>>,
    pub mmu: MmuOptions,
    /// The shadow TLBs (`--shadow-tlb`); `None` when there are none.
    pub shadows: Option<Box<crate::mmu::shadow::Shadows>>,
    /// Host-side caches: no architectural effect.
    pub(crate) host: HostCaches,
    // Timing and statistics.
    /// The cycle model. With the functional model the hart counts one cycle per
    /// instruction itself and never calls it per instruction (`timed` is false).
    pub timing: Model,
    pub(crate) timed: bool,
    /// What the current instruction did, for the timing model.
    pub(crate) probe: Probes,
    pub stats: HartStats,
    /// Counters per address space ([`spaces`]).
    pub spaces: spaces::Spaces,
    /// The profile by function, when asked for ([`profile`]).
    pub profiler: Option<Box<profile::Profiler>>,
    /// (instructions, cycles, page-walk cycles) when the current privilege mode was
    /// entered.
    mode_mark: (u64, u64, u64),
    /// Rate limiter for `--tlb-check` warnings.
    pub(crate) tlb_check_warnings: u64,
    /// The bits of the instruction fetched last (for traces).
    pub last_raw: u32,
    /// The cause (mcause/scause format) of the last trap taken.
    pub last_cause: u64,
    /// pc and instruction bits of the last illegal-instruction exception (for messages).
    pub last_illegal: Option<(u64, u64)>,
    /// The last fault (cause, epc, 0) and how many times in a row it was taken again,
    /// with no other trap between: a handler that faults the same way forever.
    pub(crate) same_fault: ((u64, u64, u64), u64),
    /// Breakpoints, watchpoints and stops of an attached debugger ([`crate::debug`]).
    pub debug: crate::debug::hooks::HartDebug,
}

/// The hart's host-side caches of translation state (see [`memory`]).
pub(crate) struct HostCaches {
    /// Bumped whenever privilege, mstatus, satp or PMP may have changed; host-side
    /// translation caches are valid only within one epoch.
    pub(crate) mmu_epoch: u64,
    /// Host-side translation cache: fetch entries, then data entries.
    pub(crate) micro: [memory::MicroTlb; 2 * memory::MICRO_ENTRIES],
}

/// What the instruction in flight did, for the timing model.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Probes {
    /// Its data access: physical address and size (0 = none).
    pub(crate) mem_paddr: u64,
    pub(crate) mem_size: u8,
    /// Cycles of page walks it made.
    pub(crate) walk_cycles: u64,
    /// A page-fault handler is running (for its timing): cycles at its trap, the
    /// privilege it runs in, and the address space (index in [`spaces::Spaces`]) that
    /// took the fault.
    pub(crate) pf_handler: Option<(u64, Privilege, usize)>,
}

impl Hart {
    /// A hart in its reset state: M-mode, pc = `reset_pc`.
    pub fn new(
        hartid: u64,
        index: usize,
        reset_pc: u64,
        mmu: MmuOptions,
        timing: &TimingConfig,
    ) -> Hart {
        Hart {
            x: [0; 32],
            f: [0; 32],
            pc: reset_pc,
            privilege: Privilege::Machine,
            csr: CsrFile::new(hartid),
            itlb: Tlb::new(mmu.itlb),
            dtlb: Tlb::new(mmu.dtlb),
            l2tlb: mmu.l2tlb.map(|c| Box::new(Tlb::new(c))),
            shadows: crate::mmu::shadow::Shadows::new(&mmu.shadows),
            mmu,
            waiting: false,
            stats: HartStats::default(),
            spaces: spaces::Spaces::default(),
            profiler: None,
            index,
            tlb_check_warnings: 0,
            host: HostCaches {
                mmu_epoch: 0,
                micro: [memory::MicroTlb::EMPTY; 2 * memory::MICRO_ENTRIES],
            },
            last_raw: 0,
            last_cause: 0,
            last_illegal: None,
            same_fault: ((0, 0, 0), 0),
            isa: crate::isa::Isa::all(),
            timing: timing::build(timing),
            timed: timing.model == ModelKind::Inorder,
            probe: Probes::default(),
            mode_mark: (0, 0, 0),
            debug: Default::default(),
        }
    }

    /// Drops every host-side cache of translation state. Call after changing CSRs or the
    /// privilege mode directly (instructions and traps do this themselves).
    #[inline(always)]
    /// Makes the hart implement exactly `isa`: misa and the menvcfg bits follow it.
    pub fn set_isa(&mut self, isa: crate::isa::Isa) {
        use crate::isa::Ext;
        self.isa = isa;
        self.csr.misa = (2 << 62) | isa.misa_extensions();
        let mut menvcfg = !0u64;
        for (ext, bit) in [
            (Ext::Sstc, csr::MENVCFG_STCE),
            (Ext::Svpbmt, csr::MENVCFG_PBMTE),
            (Ext::Svadu, csr::MENVCFG_ADUE),
        ] {
            if !isa.has(ext) {
                menvcfg &= !bit;
            }
        }
        self.csr.menvcfg_implemented = menvcfg;
        self.csr.menvcfg &= menvcfg;
        self.invalidate_caches();
    }

    pub fn invalidate_caches(&mut self) {
        self.host.mmu_epoch = self.host.mmu_epoch.wrapping_add(1);
    }

    #[inline(always)]
    pub fn reg(&self, r: u8) -> u64 {
        self.x[(r & 31) as usize]
    }

    #[inline(always)]
    pub fn set_reg(&mut self, r: u8, value: u64) {
        self.x[(r & 31) as usize] = value;
        self.x[0] = 0;
    }

    /// Charges `n` cycles to this hart. mcycle, minstret and the per-mode split are
    /// derived from these raw counts when read.
    #[inline(always)]
    pub(crate) fn add_cycles(&mut self, n: u64) {
        self.stats.cycles += n;
    }

    /// Changes the privilege mode, closing the per-mode accounting of the old one.
    #[inline]
    pub fn set_privilege(&mut self, new: Privilege) {
        if new != self.privilege {
            let (i, c, w) = self.mode_mark;
            let walk = self.walk_cycles();
            let m = &mut self.stats.by_mode[self.privilege as usize];
            m.instructions += self.stats.instructions - i;
            m.cycles += self.stats.cycles - c;
            m.page_walk_cycles += walk - w;
            self.mode_mark = (self.stats.instructions, self.stats.cycles, walk);
            self.privilege = new;
            self.note_space();
        }
    }

    /// Instructions and cycles per mode so far (index = privilege encoding).
    pub fn mode_stats(&self) -> [ModeStats; 4] {
        let mut m = self.stats.by_mode;
        let (i, c, w) = self.mode_mark;
        let now = &mut m[self.privilege as usize];
        now.instructions += self.stats.instructions - i;
        now.cycles += self.stats.cycles - c;
        now.page_walk_cycles += self.walk_cycles() - w;
        m
    }

    /// Hands the raw counts (cycles, instructions, performance events) to the CSR file
    /// before a CSR access.
    pub(crate) fn sync_counters(&mut self) {
        use csr::HpmEvent as E;
        self.csr.counters.raw_cycle = self.stats.cycles;
        self.csr.counters.raw_instret = self.stats.instructions;
        let ev = self.timing.events();
        let pf = &self.stats.page_faults;
        let e = &mut self.csr.hpm_events;
        e[E::ItlbMiss as usize] = self.itlb.stats.misses;
        e[E::DtlbMiss as usize] = self.dtlb.stats.misses;
        e[E::PageWalk as usize] = self.stats.page_walks + self.stats.failed_walks;
        e[E::IcacheMiss as usize] = ev.icache_misses;
        e[E::DcacheMiss as usize] = ev.dcache_misses;
        e[E::BranchMispredict as usize] = ev.branch_mispredicts;
        e[E::PageFault as usize] = pf.fetch + pf.load + pf.store;
        e[E::L2Miss as usize] = ev.l2_misses;
        e[E::PageWalkCycles as usize] = self.timing.breakdown().get(crate::timing::Cause::PageWalk);
        e[E::PageFaultHandlerCycles as usize] = self.stats.page_fault_handler_cycles;
        let l2 = self.l2tlb.as_deref().map_or((0, 0), |t| (t.stats.hits, t.stats.misses));
        e[E::L2TlbHit as usize] = l2.0;
        e[E::L2TlbMiss as usize] = l2.1;
    }

    /// Charges `n` cycles of waiting (WFI) to this hart.
    pub fn add_wait_cycles(&mut self, n: u64) {
        self.timing.io_wait(n);
        self.stats.wait_cycles += n;
        self.add_cycles(n);
    }

    /// Fetch that may cross a page boundary or read from a device: the low half first,
    /// then, for a 32-bit instruction, the high half through its own translation
    /// (so a fault on the second page reports pc + 2).
    #[cold]
    pub(crate) fn fetch_slow(
        &mut self,
        bus: &mut Bus,
        pc: u64,
        paddr: u64,
    ) -> Result<u32, Exception> {
        let lo = bus.read(paddr, 2).map_err(|_| Exception::InstructionAccessFault(pc))? as u32;
        if lo & 3 != 3 {
            return Ok(lo);
        }
        let pc2 = pc.wrapping_add(2);
        let paddr2 = if pc2 & 0xfff == 0 { self.translate_fetch(bus, pc2)? } else { paddr + 2 };
        let hi = bus.read(paddr2, 2).map_err(|_| Exception::InstructionAccessFault(pc2))? as u32;
        Ok(lo | (hi << 16))
    }
}

#[cfg(test)]
mod hpm_tests {
    use super::*;

    /// mhpmevent3..5 = 11, 12, 2: L2 TLB hits, L2 TLB misses, dTLB misses, read through
    /// mhpmcounter3..5 after the counters are synced (as before any CSR access).
    #[test]
    fn hpm_events_count_l2tlb_hits_and_misses() {
        let mmu = MmuOptions { l2tlb: Some(TlbConfig::default()), ..MmuOptions::default() };
        let mut h = Hart::new(0, 0, 0x8000_0000, mmu, &TimingConfig::default());
        for (i, event) in [11, 12, 2].into_iter().enumerate() {
            h.csr.write(0x323 + i as u16, event);
        }
        if let Some(l2) = h.l2tlb.as_deref_mut() {
            l2.stats.hits = 7;
            l2.stats.misses = 3;
        }
        h.dtlb.stats.misses = 10;
        h.sync_counters();
        let read = |h: &Hart, n: u16| h.csr.read(0xb00 + n, 0);
        assert_eq!((read(&h, 3), read(&h, 4), read(&h, 5)), (7, 3, 10));
        // Without an L2 TLB the two events count nothing.
        let mut h = Hart::new(0, 0, 0x8000_0000, MmuOptions::default(), &TimingConfig::default());
        h.csr.write(0x323, 11);
        h.sync_counters();
        assert_eq!(read(&h, 3), 0);
    }
}
