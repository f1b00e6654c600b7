//! Counters and the end-of-run report.
//!
//! Each hart keeps a [`HartStats`]; the TLBs keep their own [`crate::mmu::tlb::TlbStats`].
//! [`Report`] gathers them for the whole machine and prints the text shown by `--stats`.

use crate::hart::trap::{Exception, Trap};
use crate::hart::Hart;
use crate::isa::Privilege;
use crate::mmu::tlb::TlbStats;
use std::fmt::Write as _;
use std::time::Duration;

/// Instructions and cycles spent in one privilege mode.
#[derive(Clone, Copy, Debug, Default)]
pub struct ModeStats {
    pub instructions: u64,
    pub cycles: u64,
}

/// Counts of SFENCE.VMA by operand form.
#[derive(Clone, Copy, Debug, Default)]
pub struct SfenceStats {
    pub all: u64,
    pub addr: u64,
    pub asid: u64,
    pub addr_asid: u64,
    pub entries_removed: u64,
}

/// Page faults by access type.
#[derive(Clone, Copy, Debug, Default)]
pub struct PageFaults {
    pub fetch: u64,
    pub load: u64,
    pub store: u64,
}

/// Per-hart event counters.
#[derive(Clone, Debug, Default)]
pub struct HartStats {
    pub instructions: u64,
    pub cycles: u64,
    /// Indexed by privilege encoding (0 = U, 1 = S, 3 = M).
    pub by_mode: [ModeStats; 4],
    /// Exceptions taken, by cause code.
    pub exceptions: [u64; 16],
    /// Interrupts taken, by cause code.
    pub interrupts: [u64; 16],
    pub page_faults: PageFaults,
    /// Successful walks.
    pub page_walks: u64,
    /// Walks that ended in a fault.
    pub failed_walks: u64,
    pub pte_reads: u64,
    /// Successful walks by the number of levels read (index = PTE reads, 1..=5).
    pub walks_by_depth: [u64; 6],
    pub ad_updates: u64,
    pub sfence: SfenceStats,
    pub tlb_check_mismatches: u64,
}

impl HartStats {
    pub(crate) fn note_trap(&mut self, trap: Trap, _from: Privilege) {
        match trap {
            Trap::Exception(e) => {
                self.exceptions[(e.code() & 15) as usize] += 1;
                match e {
                    Exception::InstructionPageFault(_) => self.page_faults.fetch += 1,
                    Exception::LoadPageFault(_) => self.page_faults.load += 1,
                    Exception::StorePageFault(_) => self.page_faults.store += 1,
                    _ => {}
                }
            }
            Trap::Interrupt(i) => self.interrupts[(i.code() & 15) as usize] += 1,
        }
    }

    pub(crate) fn note_walk(&mut self, pte_reads: u32, ad_updated: bool) {
        self.page_walks += 1;
        self.pte_reads += pte_reads as u64;
        self.walks_by_depth[(pte_reads as usize).min(5)] += 1;
        if ad_updated {
            self.ad_updates += 1;
        }
    }

    pub(crate) fn note_failed_walk(&mut self, pte_reads: u32) {
        self.failed_walks += 1;
        self.pte_reads += pte_reads as u64;
    }

    pub(crate) fn note_sfence(&mut self, has_addr: bool, has_asid: bool, removed: u64) {
        match (has_addr, has_asid) {
            (false, false) => self.sfence.all += 1,
            (true, false) => self.sfence.addr += 1,
            (false, true) => self.sfence.asid += 1,
            (true, true) => self.sfence.addr_asid += 1,
        }
        self.sfence.entries_removed += removed;
    }
}

/// The whole machine's counters at the end of a run.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub harts: usize,
    pub total: HartStats,
    pub itlb: TlbStats,
    pub dtlb: TlbStats,
    pub wall: Duration,
}

fn add_tlb(a: &mut TlbStats, b: &TlbStats) {
    a.accesses += b.accesses;
    a.hits += b.hits;
    a.misses += b.misses;
    a.evictions += b.evictions;
    a.flushes_all += b.flushes_all;
    a.flushes_addr += b.flushes_addr;
    a.flushes_asid += b.flushes_asid;
    a.flushes_addr_asid += b.flushes_addr_asid;
    a.entries_flushed += b.entries_flushed;
}

impl Report {
    /// Sums the counters of `harts`.
    pub fn gather(harts: &[Hart], wall: Duration) -> Report {
        let mut r = Report {
            harts: harts.len(),
            wall,
            ..Report::default()
        };
        for h in harts {
            let s = &h.stats;
            let t = &mut r.total;
            t.instructions += s.instructions;
            t.cycles += s.cycles;
            for m in 0..4 {
                t.by_mode[m].instructions += s.by_mode[m].instructions;
                t.by_mode[m].cycles += s.by_mode[m].cycles;
            }
            for c in 0..16 {
                t.exceptions[c] += s.exceptions[c];
                t.interrupts[c] += s.interrupts[c];
            }
            t.page_faults.fetch += s.page_faults.fetch;
            t.page_faults.load += s.page_faults.load;
            t.page_faults.store += s.page_faults.store;
            t.page_walks += s.page_walks;
            t.failed_walks += s.failed_walks;
            t.pte_reads += s.pte_reads;
            for d in 0..6 {
                t.walks_by_depth[d] += s.walks_by_depth[d];
            }
            t.ad_updates += s.ad_updates;
            t.sfence.all += s.sfence.all;
            t.sfence.addr += s.sfence.addr;
            t.sfence.asid += s.sfence.asid;
            t.sfence.addr_asid += s.sfence.addr_asid;
            t.sfence.entries_removed += s.sfence.entries_removed;
            t.tlb_check_mismatches += s.tlb_check_mismatches;
            add_tlb(&mut r.itlb, &h.itlb.stats);
            add_tlb(&mut r.dtlb, &h.dtlb.stats);
        }
        r
    }

    /// Millions of instructions per host second.
    pub fn mips(&self) -> f64 {
        let secs = self.wall.as_secs_f64();
        if secs > 0.0 {
            self.total.instructions as f64 / secs / 1e6
        } else {
            0.0
        }
    }

    /// The text report printed by `--stats`.
    pub fn to_text(&self) -> String {
        let t = &self.total;
        let mut s = String::new();
        let _ = writeln!(s, "== satp statistics ==");
        let _ = writeln!(
            s,
            "instructions  {:>14}   cycles {:>14}   harts {}",
            t.instructions, t.cycles, self.harts
        );
        let _ = writeln!(
            s,
            "host time     {:>13.3}s   speed  {:>10.1} MIPS",
            self.wall.as_secs_f64(),
            self.mips()
        );
        let _ = writeln!(
            s,
            "by mode       U {:>12}   S {:>12}   M {:>12}  (instructions)",
            t.by_mode[0].instructions, t.by_mode[1].instructions, t.by_mode[3].instructions
        );
        for (name, tlb) in [("iTLB", &self.itlb), ("dTLB", &self.dtlb)] {
            let miss_rate = if tlb.accesses > 0 {
                tlb.misses as f64 / tlb.accesses as f64 * 100.0
            } else {
                0.0
            };
            let _ = writeln!(
                s,
                "{name}          accesses {:>12}  hits {:>12}  misses {:>10} ({miss_rate:.3}%)  evictions {}",
                tlb.accesses, tlb.hits, tlb.misses, tlb.evictions
            );
        }
        let _ = writeln!(
            s,
            "page walks    {:>14}   PTE reads {:>10}   failed walks {}   A/D updates {}",
            t.page_walks, t.pte_reads, t.failed_walks, t.ad_updates
        );
        let _ = writeln!(
            s,
            "walk depth    1:{} 2:{} 3:{} 4:{} 5:{}",
            t.walks_by_depth[1],
            t.walks_by_depth[2],
            t.walks_by_depth[3],
            t.walks_by_depth[4],
            t.walks_by_depth[5]
        );
        let _ = writeln!(
            s,
            "page faults   fetch {}   load {}   store {}",
            t.page_faults.fetch, t.page_faults.load, t.page_faults.store
        );
        let _ = writeln!(
            s,
            "sfence.vma    all {}   addr {}   asid {}   addr+asid {}   entries removed {}",
            t.sfence.all,
            t.sfence.addr,
            t.sfence.asid,
            t.sfence.addr_asid,
            t.sfence.entries_removed
        );
        if t.tlb_check_mismatches > 0 {
            let _ = writeln!(s, "tlb-check     {} stale TLB hits", t.tlb_check_mismatches);
        }
        let exc: Vec<String> = t
            .exceptions
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(c, n)| format!("{c}:{n}"))
            .collect();
        let irq: Vec<String> = t
            .interrupts
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(c, n)| format!("{c}:{n}"))
            .collect();
        let _ = writeln!(
            s,
            "traps         exceptions [{}]   interrupts [{}]  (cause:count)",
            exc.join(" "),
            irq.join(" ")
        );
        s
    }
}
