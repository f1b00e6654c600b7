//! What a debugger asks of each hart: breakpoints, watchpoints, and why it stopped; and
//! the debugger's own view of memory, which changes nothing.
//!
//! # Cost
//! Breakpoints and watchpoints cost nothing on pages that hold none. The hart's host
//! translation cache ([`crate::hart::memory`]) never holds an entry for a page with a
//! breakpoint (fetch side) or a watchpoint (data side), so:
//! * code on a breakpoint page runs one instruction per step of the run loop, which checks
//!   the pc against the breakpoints before each ([`Hart::debug_break_here`]); code on
//!   other pages runs in whole blocks, unchecked, because control can only reach a
//!   breakpoint page by leaving the page it is on, which always returns to that check;
//! * every data access to a watched page misses the cache and takes the full translation
//!   path, where the access is checked against the watchpoints; accesses to other pages
//!   keep the direct path to RAM.
//!
//! Neither changes what the guest sees or what is counted: a miss in the host cache
//! performs the same TLB lookup (hit or walk) that a hit in it counts.
//!
//! # Virtual addresses
//! Breakpoints and watchpoints are virtual addresses, as GDB gives them. A breakpoint
//! matches the pc; a watchpoint matches the virtual address of a data access (the
//! physical one when the access is not translated, e.g. in M-mode), whatever page table,
//! ASID or privilege translates it at the time of the access. So a watchpoint on a kernel
//! virtual address follows the kernel's mapping, and one on a user address triggers in
//! any process that touches that address.

use crate::bus::Bus;
use crate::hart::Hart;
use crate::isa::Privilege;
use crate::mmu::sv39::{self, AccessType, PteMemory, WalkRequest};

/// What a watchpoint watches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WatchKind {
    Write,
    Read,
    Access,
}

/// A watched range of virtual addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Watchpoint {
    pub addr: u64,
    pub len: u64,
    pub kind: WatchKind,
}

/// Why a hart stopped for the debugger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DebugStop {
    /// The pc reached a breakpoint; the instruction there has not run.
    Breakpoint(u64),
    /// An access matched a watchpoint. The instruction has not run (its access was not
    /// made); it runs when the hart resumes.
    Watch { addr: u64, kind: WatchKind },
}

/// A hart's debugger state. All harts get the same breakpoints and watchpoints.
#[derive(Clone, Debug, Default)]
pub struct HartDebug {
    /// Breakpoints are set (checked before each step on their pages).
    pub(crate) breaking: bool,
    /// Watchpoints are set (checked on the full translation path).
    pub(crate) watching: bool,
    breakpoints: Vec<u64>,
    watchpoints: Vec<Watchpoint>,
    /// The instruction that stopped on a watchpoint, as (pc, instructions retired): it
    /// makes its access without stopping again when the hart resumes.
    watch_resume: Option<(u64, u64)>,
    /// Why the hart stopped, until the debugger resumes it.
    pub stop: Option<DebugStop>,
}

impl HartDebug {
    /// Sets the breakpoints and watchpoints (the same for every hart).
    pub fn set(&mut self, breakpoints: &[u64], watchpoints: &[Watchpoint]) {
        self.breakpoints = breakpoints.to_vec();
        self.watchpoints = watchpoints.to_vec();
        self.breaking = !self.breakpoints.is_empty();
        self.watching = !self.watchpoints.is_empty();
    }

    /// Whether the host translation cache may hold an entry for virtual page `vpn`.
    pub(crate) fn may_cache(&self, vpn: u64, fetch: bool) -> bool {
        if fetch {
            !self.breaking || !self.breakpoints.iter().any(|b| b >> 12 == vpn)
        } else {
            !self.watching
                || !self.watchpoints.iter().any(|w| {
                    let last = w.addr.saturating_add(w.len.max(1) - 1);
                    w.addr >> 12 <= vpn && vpn <= last >> 12
                })
        }
    }

    /// The watchpoint that a data access of `size` bytes at `vaddr` triggers, as the
    /// address to report and its kind.
    fn watch_hit(&self, vaddr: u64, size: u64, store: bool) -> Option<(u64, WatchKind)> {
        let end = vaddr.saturating_add(size.max(1));
        self.watchpoints
            .iter()
            .filter(|w| match w.kind {
                WatchKind::Write => store,
                WatchKind::Read => !store,
                WatchKind::Access => true,
            })
            .find(|w| vaddr < w.addr.saturating_add(w.len.max(1)) && w.addr < end)
            .map(|w| (vaddr.max(w.addr), w.kind))
    }
}

impl Hart {
    /// Checks the breakpoints before the step at the pc: `true` (and the stop recorded)
    /// when one is there.
    #[cold]
    pub(crate) fn debug_break_here(&mut self, bus: &mut Bus) -> bool {
        if self.debug.stop.is_none() && self.debug.breakpoints.contains(&self.pc) {
            self.debug.stop = Some(DebugStop::Breakpoint(self.pc));
            bus.attention = true;
        }
        self.debug.stop.is_some()
    }

    /// Checks a data access against the watchpoints before it is made: `true` (and the
    /// stop recorded) when it triggers one.
    #[cold]
    pub(crate) fn debug_watch_hit(
        &mut self,
        bus: &mut Bus,
        vaddr: u64,
        size: u64,
        access: AccessType,
    ) -> bool {
        let here = (self.pc, self.stats.instructions);
        if self.debug.watch_resume == Some(here) {
            return false;
        }
        match self.debug.watch_hit(vaddr, size, access == AccessType::Store) {
            Some((addr, kind)) => {
                self.debug.stop = Some(DebugStop::Watch { addr, kind });
                self.debug.watch_resume = Some(here);
                bus.attention = true;
                true
            }
            None => false,
        }
    }

    /// Sets the debugger's breakpoints and watchpoints, and drops the host translation
    /// cache so that their pages leave it.
    pub fn set_debug_points(&mut self, breakpoints: &[u64], watchpoints: &[Watchpoint]) {
        self.debug.set(breakpoints, watchpoints);
        self.invalidate_caches();
    }

    /// The physical address the debugger's `vaddr` means: through the current privilege's
    /// translation (the page table is walked; the TLBs, A/D bits and counters are left
    /// alone), or `vaddr` itself without paging. `None`: not mapped.
    pub fn debug_translate(&self, bus: &Bus, vaddr: u64) -> Option<u64> {
        if self.privilege == Privilege::Machine || self.csr.satp >> 60 == 0 {
            return Some(vaddr);
        }
        let req = WalkRequest {
            satp: self.csr.satp,
            vaddr,
            access: AccessType::Load,
            // S-mode with SUM and MXR reads every valid mapping, user and execute-only
            // pages included, as a debugger should.
            privilege: Privilege::Supervisor,
            sum: true,
            mxr: true,
            ad_mode: sv39::AdMode::Hardware,
            napot: self.isa.has(crate::isa::Ext::Svnapot),
            pbmte: true,
        };
        sv39::walk(&req, &mut PeekPtes { bus }).ok().map(|t| t.paddr)
    }

    /// Reads guest memory for the debugger at virtual address `addr` into `buf`, through
    /// [`Hart::debug_translate`], RAM only (device registers are not read: reading them
    /// has effects). Returns the bytes read (fewer than asked where a page is unmapped).
    pub fn debug_read(&self, bus: &Bus, addr: u64, buf: &mut [u8]) -> usize {
        let mut done = 0;
        while done < buf.len() {
            let va = addr.wrapping_add(done as u64);
            let chunk = ((0x1000 - (va & 0xfff)) as usize).min(buf.len() - done);
            let Some(pa) = self.debug_translate(bus, va) else { break };
            let Some(src) = bus.ram_slice(pa, chunk as u64) else { break };
            buf[done..done + chunk].copy_from_slice(src);
            done += chunk;
        }
        done
    }

    /// Writes guest memory for the debugger (RAM only), as [`Hart::debug_read`] reads
    /// it. Decoded code on the pages written is dropped, so new instructions run. `false`
    /// when some byte is not mapped RAM (nothing is written then).
    pub fn debug_write(&self, bus: &mut Bus, addr: u64, data: &[u8]) -> bool {
        let mut targets = Vec::with_capacity(data.len());
        for i in 0..data.len() as u64 {
            match self.debug_translate(bus, addr.wrapping_add(i)) {
                Some(pa) if bus.is_ram(pa, 1) => targets.push(pa),
                _ => return false,
            }
        }
        for (pa, b) in targets.into_iter().zip(data) {
            let _ = bus.write(pa, 1, *b as u64);
        }
        true
    }
}

/// PTE reads for the debugger: RAM only, and A/D updates are not written.
struct PeekPtes<'a> {
    bus: &'a Bus,
}

impl PteMemory for PeekPtes<'_> {
    fn read_pte(&mut self, paddr: u64) -> Option<u64> {
        let b = self.bus.ram_slice(paddr, 8)?;
        let mut w = [0u8; 8];
        w.copy_from_slice(b);
        Some(u64::from_le_bytes(w))
    }

    fn write_pte(&mut self, _paddr: u64, _value: u64) -> Option<()> {
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hart::MmuOptions;
    use crate::timing::TimingConfig;

    /// A hart in S-mode under Sv39, whose root table maps virtual 0x4000_0000 to physical
    /// 0x8000_0000 with a 1 GiB leaf that has A and D clear.
    fn paged() -> (Hart, Bus) {
        let mut bus = Bus::new(0x8000_0000, 4 << 20);
        let root = 0x8010_0000u64;
        let leaf = ((0x8000_0000u64 >> 12) << 10) | 0xf; // V R W X, A = D = 0
        bus.write(root + 8, 8, leaf).unwrap();
        bus.write(0x8000_2000, 4, 0xdead_beef).unwrap();
        let mut h = Hart::new(0, 0, 0x8000_0000, MmuOptions::default(), &TimingConfig::default());
        h.csr.satp = (8 << 60) | (root >> 12);
        h.set_privilege(Privilege::Supervisor);
        (h, bus)
    }

    #[test]
    fn debugger_reads_and_writes_walk_without_side_effects() {
        let (h, mut bus) = paged();
        let mut buf = [0u8; 4];
        assert_eq!(h.debug_read(&bus, 0x4000_2000, &mut buf), 4);
        assert_eq!(u32::from_le_bytes(buf), 0xdead_beef);
        assert!(h.debug_write(&mut bus, 0x4000_2004, &[1, 2]));
        assert_eq!(bus.read(0x8000_2004, 2).unwrap(), 0x0201);
        // No A/D update, no TLB access, no walk counted.
        assert_eq!(bus.read(0x8010_0008, 8).unwrap() & 0xc0, 0, "A and D still clear");
        assert_eq!(h.dtlb.stats.accesses + h.itlb.stats.accesses, 0);
        assert_eq!(h.stats.page_walks, 0);
        // Unmapped: nothing read or written.
        assert_eq!(h.debug_read(&bus, 0x1_0000_0000, &mut buf), 0);
        assert!(!h.debug_write(&mut bus, 0x1_0000_0000, &[0]));
        // Device registers are not read through the debugger.
        let mut m = h;
        m.set_privilege(Privilege::Machine);
        assert_eq!(m.debug_read(&bus, 0x1000_0000, &mut buf), 0);
    }

    #[test]
    fn watchpoints_keep_only_their_pages_out_of_the_host_cache() {
        let mut d = HartDebug::default();
        let w = Watchpoint { addr: 0x1ffc, len: 8, kind: WatchKind::Write };
        d.set(&[0x3000], &[w]);
        assert!(!d.may_cache(1, false) && !d.may_cache(2, false), "both pages it spans");
        assert!(d.may_cache(3, false) && d.may_cache(1, true));
        assert!(!d.may_cache(3, true), "the breakpoint's page, for fetches");
        assert_eq!(d.watch_hit(0x2000, 4, true), Some((0x2000, WatchKind::Write)));
        assert_eq!(d.watch_hit(0x1ff8, 4, true), None, "ends before it");
        assert_eq!(d.watch_hit(0x1ff8, 8, false), None, "a load, on a write watchpoint");
    }
}
