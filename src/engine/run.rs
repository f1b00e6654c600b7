//! The hart's run loop over blocks: interrupts between blocks, the fetch translation once
//! per run of blocks on one page, the handlers in a tight loop, and the accounting that
//! keeps every counter exactly as one-instruction-at-a-time execution would leave it.
//!
//! Bulk accounting, and why it is exact:
//! * **Instruction fetches.** The first fetch from a page is translated as usual (one
//!   iTLB access). While control stays on that page, with no trap and no synchronizing
//!   instruction in between, the translation cannot change (privilege, satp, PMP and the
//!   iTLB only change through traps and synchronizing instructions), so every later fetch
//!   is one hit on the same iTLB slot. Those hits are added in one go before anything that
//!   could observe them runs (a synchronizing instruction) and when the run ends.
//! * **Instructions and cycles** (functional model): the ops of a block before its last one
//!   are counted together, before the last one runs or a trap is taken; only a block's
//!   last op can be synchronizing (read counters, change privilege).
//! * **Interrupts** are checked before the first block of a run. Within a run nothing can
//!   make one pending and enabled: that takes a synchronizing instruction (CSR, xRET,
//!   WFI), a trap, or a device access, and each ends the run.

use super::{BlockCache, Flow, Op};
use crate::bus::Bus;
use crate::hart::memory::{micro_index, MicroTlb};
use crate::hart::trap::{Exception, Trap};
use crate::hart::Hart;
use crate::timing::{Retired, TimingModel};

/// How the ops of one block ended.
#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    /// All ran and the next block may follow on the same page.
    Fallthrough,
    /// A trap, a synchronizing op, or a stop: the run ends.
    Over,
}

impl Hart {
    /// Runs up to `budget` steps: a step retires one instruction, or takes one trap or
    /// interrupt. Stops early when the hart waits in WFI, or when a device or HTIF needs
    /// the machine's attention (`bus.attention`). Returns the steps made.
    #[inline]
    pub fn run(&mut self, bus: &mut Bus, blocks: &mut BlockCache, budget: u64) -> u64 {
        match (self.timed, self.profiler.is_some()) {
            (true, false) => self.run_with::<true, false>(bus, blocks, budget),
            (false, false) => self.run_with::<false, false>(bus, blocks, budget),
            (true, true) => self.run_with::<true, true>(bus, blocks, budget),
            (false, true) => self.run_with::<false, true>(bus, blocks, budget),
        }
    }

    /// Runs one step (the budget of a `--trace` line). Returns `false` when the hart is
    /// parked in WFI and did nothing.
    pub fn step(&mut self, bus: &mut Bus, blocks: &mut BlockCache) -> bool {
        self.run(bus, blocks, 1) != 0
    }

    /// `PROFILE`: attribute execution to functions ([`crate::hart::profile`]).
    fn run_with<const TIMED: bool, const PROFILE: bool>(
        &mut self,
        bus: &mut Bus,
        blocks: &mut BlockCache,
        budget: u64,
    ) -> u64 {
        let mut steps = 0;
        while steps < budget {
            if PROFILE {
                self.profile_mark();
            }
            if TIMED {
                self.probe.walk_cycles = 0;
                self.probe.mem_size = 0;
            }
            if self.csr.mip() & self.csr.mie != 0 {
                // WFI wakes on any pending-and-enabled interrupt, whatever the global enables.
                self.waiting = false;
                if let Some(irq) = self.pending_interrupt() {
                    self.take_trap(Trap::Interrupt(irq), self.pc, bus);
                    let c = if TIMED { self.timing.trap() } else { 1 };
                    self.add_cycles(c);
                    steps += 1;
                    if bus.attention {
                        break;
                    }
                    continue;
                }
            }
            if self.waiting || (self.debug.breaking && self.debug_break_here(bus)) {
                break;
            }
            steps += self.run_page::<TIMED, PROFILE>(bus, blocks, budget - steps);
            if bus.attention {
                break;
            }
        }
        steps
    }

    /// Translates the pc, then runs blocks while control stays on its page (at most
    /// `budget` steps).
    #[inline(always)]
    fn run_page<const TIMED: bool, const PROFILE: bool>(
        &mut self,
        bus: &mut Bus,
        blocks: &mut BlockCache,
        budget: u64,
    ) -> u64 {
        let pc = self.pc;
        let mut paddr = match self.translate_fetch(bus, pc) {
            Ok(p) => p,
            Err(e) => {
                self.trap::<TIMED>(bus, e);
                return 1;
            }
        };
        // Later fetches from this page are hits on the host translation cache entry the
        // translation just made or used (or need no translation at all, without paging):
        // one iTLB hit each on the same slot. Where that entry does not cover the whole page
        // (PMP, --tlb-check), each instruction is translated on its own.
        let m: &MicroTlb = &self.host.micro[micro_index(pc >> 12, true)];
        let covered = m.vpn == pc >> 12
            && m.epoch == self.host.mmu_epoch
            && m.perms & 1 != 0
            && (!m.paged || m.generation == self.itlb.generation());
        let budget = if covered { budget } else { 1 };
        let slot = if m.paged { m.slot as usize } else { usize::MAX };
        let (vpn, page) = (pc >> 12, paddr & !0xfff);
        let mut steps = 0;
        // Fetches since the page was translated that hit the iTLB, not yet counted.
        let mut hits = 0;
        bus.code.hit = false;
        let Some(mut i) = blocks.find(bus, paddr) else {
            // An instruction straddling the page end, or code outside RAM.
            return self.run_one::<TIMED>(bus, pc, paddr);
        };
        loop {
            let block = blocks.slot(i);
            let n = ((budget - steps) as usize).min(block.ops.len());
            let (done, end) = if PROFILE {
                self.run_ops_profiled::<TIMED>(bus, &block.ops[..n], paddr, slot, &mut hits)
            } else {
                self.run_ops::<TIMED>(bus, &block.ops[..n], paddr, slot, &mut hits)
            };
            steps += done;
            if end == End::Over || n < block.ops.len() || steps >= budget || self.pc >> 12 != vpn {
                break;
            }
            // The next block on the same page: its first fetch is one more hit. A loop back
            // to the start of the same block needs no lookup: nothing wrote its page (that
            // would have ended the run).
            let next = page | (self.pc & 0xfff);
            hits += 1;
            if TIMED {
                self.probe.walk_cycles = 0;
                self.probe.mem_size = 0;
            }
            if next != paddr {
                paddr = next;
                match blocks.find(bus, paddr) {
                    Some(j) => i = j,
                    None => {
                        self.count_fetch_hits(slot, &mut hits);
                        if PROFILE {
                            self.profile_mark();
                        }
                        return steps + self.run_one::<TIMED>(bus, self.pc, paddr);
                    }
                }
            }
        }
        self.count_fetch_hits(slot, &mut hits);
        steps
    }

    /// Fetches and decodes the instruction at `pc` (already translated to `paddr`) on its
    /// own, for code that no block can hold: an instruction straddling a page boundary, or
    /// code outside RAM.
    #[cold]
    pub(crate) fn fetch_one(
        &mut self,
        bus: &mut Bus,
        pc: u64,
        paddr: u64,
    ) -> Result<Op, Exception> {
        let raw = self.fetch_slow(bus, pc, paddr)?;
        Ok(if raw & 3 == 3 {
            super::decode_op(&self.isa, raw, 4)
        } else {
            super::decode_op(&self.isa, raw & 0xffff, 2)
        })
    }

    /// Fetches and runs the one instruction at `pc` (translated to `paddr`) that no block
    /// holds.
    #[cold]
    fn run_one<const TIMED: bool>(&mut self, bus: &mut Bus, pc: u64, paddr: u64) -> u64 {
        match self.fetch_one(bus, pc, paddr) {
            Ok(op) => {
                let mut none = 0;
                self.run_ops::<TIMED>(bus, &[op], paddr, usize::MAX, &mut none).0
            }
            Err(e) => {
                self.trap::<TIMED>(bus, e);
                1
            }
        }
    }

    /// Takes the trap `e` raised by the instruction at pc, and charges it.
    #[inline(always)]
    fn trap<const TIMED: bool>(&mut self, bus: &mut Bus, e: Exception) {
        if self.debug.stop.is_some() {
            // A debugger's watchpoint stopped the instruction before its access: no trap.
            return;
        }
        self.take_trap(Trap::Exception(e), self.pc, bus);
        let c = if TIMED { self.timing.trap() + self.probe.walk_cycles } else { 1 };
        self.add_cycles(c);
    }

    /// Runs `ops` (the first fetched from `paddr`), adding the fetches after the first to
    /// `hits`. Returns the steps made and whether the run may go on.
    #[inline(always)]
    fn run_ops<const TIMED: bool>(
        &mut self,
        bus: &mut Bus,
        ops: &[Op],
        paddr: u64,
        slot: usize,
        hits: &mut usize,
    ) -> (u64, End) {
        let Some((last, body)) = ops.split_last() else {
            return (0, End::Over);
        };
        let mut fetch_paddr = paddr;
        let mut done = 0usize;
        for op in body {
            let pc = self.pc;
            if TIMED && done > 0 {
                self.probe.walk_cycles = 0;
                self.probe.mem_size = 0;
            }
            match (op.run)(self, bus, op) {
                Ok(()) => {
                    done += 1;
                    if TIMED {
                        self.retire_timed(op, pc, fetch_paddr);
                        fetch_paddr = fetch_paddr.wrapping_add(op.len as u64);
                    }
                }
                Err(flow) => {
                    return self.end_early::<TIMED>(bus, ops, done, flow, pc, fetch_paddr, hits);
                }
            }
        }
        if !TIMED {
            self.stats.instructions += done as u64;
            self.add_cycles(done as u64);
        }
        // Every fetch after the block's first is a hit (the first is counted by the caller).
        *hits += body.len();
        if last.synchronizes() {
            // It may read the counters or change the iTLB: bring them up to date.
            self.count_fetch_hits(slot, hits);
        }
        let pc = self.pc;
        if TIMED && !body.is_empty() {
            self.probe.walk_cycles = 0;
            self.probe.mem_size = 0;
        }
        let result = (last.run)(self, bus, last);
        self.last_raw = last.raw;
        let end = match result {
            Ok(()) => {
                self.retire_one::<TIMED>(last, pc, fetch_paddr);
                if last.synchronizes() {
                    End::Over
                } else {
                    End::Fallthrough
                }
            }
            Err(Flow::Stop) => {
                self.retire_one::<TIMED>(last, pc, fetch_paddr);
                End::Over
            }
            Err(Flow::Trap(e)) => {
                self.trap::<TIMED>(bus, e);
                End::Over
            }
        };
        (ops.len() as u64, end)
    }

    /// [`Hart::run_ops`] for the profile: `ops` in runs that each stay within one
    /// function's range, each run marked ([`Hart::profile_mark`]). The fetches and probes
    /// are counted as one call of `run_ops` would count them.
    #[inline(never)]
    fn run_ops_profiled<const TIMED: bool>(
        &mut self,
        bus: &mut Bus,
        ops: &[Op],
        paddr: u64,
        slot: usize,
        hits: &mut usize,
    ) -> (u64, End) {
        let (mut start, mut fetch, mut total) = (0, paddr, 0);
        loop {
            let hi = self.profile_mark();
            let mut k = start;
            let mut pc = self.pc;
            while k < ops.len() && (k == start || pc < hi) {
                pc = pc.wrapping_add(ops[k].len as u64);
                k += 1;
            }
            if start > 0 {
                // The first fetch of this run follows the block's first: a hit.
                *hits += 1;
                if TIMED {
                    self.probe.walk_cycles = 0;
                    self.probe.mem_size = 0;
                }
            }
            let (done, end) = self.run_ops::<TIMED>(bus, &ops[start..k], fetch, slot, hits);
            total += done;
            if end == End::Over || k >= ops.len() {
                return (total, end);
            }
            fetch = ops[start..k].iter().fold(fetch, |f, op| f.wrapping_add(op.len as u64));
            start = k;
        }
    }

    /// Ends a block at op `done` of `ops`, which stopped it (`flow`).
    #[cold]
    #[allow(clippy::too_many_arguments)]
    fn end_early<const TIMED: bool>(
        &mut self,
        bus: &mut Bus,
        ops: &[Op],
        done: usize,
        flow: Flow,
        pc: u64,
        fetch_paddr: u64,
        hits: &mut usize,
    ) -> (u64, End) {
        if !TIMED {
            self.stats.instructions += done as u64;
            self.add_cycles(done as u64);
        }
        // Ops 0..=done were fetched: `done` after the block's first.
        *hits += done;
        let op = &ops[done];
        self.last_raw = op.raw;
        match flow {
            Flow::Stop => self.retire_one::<TIMED>(op, pc, fetch_paddr),
            Flow::Trap(e) => self.trap::<TIMED>(bus, e),
        }
        (done as u64 + 1, End::Over)
    }

    /// Counts one retired op.
    #[inline(always)]
    fn retire_one<const TIMED: bool>(&mut self, op: &Op, pc: u64, fetch_paddr: u64) {
        if TIMED {
            self.retire_timed(op, pc, fetch_paddr);
        } else {
            self.stats.instructions += 1;
            self.add_cycles(1);
        }
    }

    /// Adds `hits` instruction fetches that hit the iTLB entry in `slot` (none without
    /// paging).
    #[inline(always)]
    fn count_fetch_hits(&mut self, slot: usize, hits: &mut usize) {
        if slot != usize::MAX && *hits > 0 {
            self.itlb.hit_slot_n(slot, *hits as u64);
            if self.shadows.is_some() {
                // The fetches were on the entry's page, where pc still is unless the last
                // instruction left it.
                let pc = match self.itlb.entry(slot) {
                    Some(e) if self.pc & !(e.page_size() - 1) == e.page_vaddr => self.pc,
                    Some(e) => e.page_vaddr,
                    None => self.pc,
                };
                self.shadow_hits(true, pc, slot, *hits as u64);
            }
        }
        *hits = 0;
    }

    /// Counts a retired op under the timing model: its cycles, with the walks it made.
    #[inline(always)]
    fn retire_timed(&mut self, op: &Op, pc: u64, fetch_paddr: u64) {
        let m = op.meta;
        let next = pc.wrapping_add(op.len as u64);
        let r = Retired {
            pc,
            fetch_paddr,
            len: op.len,
            class: m.class,
            rd: m.rd,
            rs1: m.rs1,
            rs2: m.rs2,
            mem_paddr: self.probe.mem_paddr,
            mem_size: self.probe.mem_size,
            taken: self.pc != next,
            target: self.pc,
            is_call: m.is_call,
            is_return: m.is_return,
            rs3: m.rs3,
        };
        let c = self.timing.retire(&r) + self.probe.walk_cycles;
        self.stats.instructions += 1;
        self.add_cycles(c);
    }
}
