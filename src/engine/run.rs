//! The hart's run loop over blocks: interrupts between blocks, the fetch translation once
//! per block, the handlers in a tight loop, and the accounting that keeps every counter
//! exactly as one-instruction-at-a-time execution would leave it.

use super::{BlockCache, Op};
use crate::bus::Bus;
use crate::hart::memory::{micro_index, MicroTlb};
use crate::hart::trap::Trap;
use crate::hart::Hart;
use crate::timing::{Retired, TimingModel};

impl Hart {
    /// Runs up to `budget` steps: a step retires one instruction, or takes one trap or
    /// interrupt. Stops early when the hart waits in WFI, or when a device or HTIF needs
    /// the machine's attention (`bus.attention`). Returns the steps made.
    #[inline]
    pub fn run(&mut self, bus: &mut Bus, blocks: &mut BlockCache, budget: u64) -> u64 {
        if self.timed {
            self.run_with::<true>(bus, blocks, budget)
        } else {
            self.run_with::<false>(bus, blocks, budget)
        }
    }

    /// Runs one step (the budget of a `--trace` line). Returns `false` when the hart is
    /// parked in WFI and did nothing.
    pub fn step(&mut self, bus: &mut Bus, blocks: &mut BlockCache) -> bool {
        self.run(bus, blocks, 1) != 0
    }

    fn run_with<const TIMED: bool>(
        &mut self,
        bus: &mut Bus,
        blocks: &mut BlockCache,
        budget: u64,
    ) -> u64 {
        let mut steps = 0;
        while steps < budget {
            if TIMED {
                self.walk_cycles = 0;
                self.mem_size = 0;
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
            if self.waiting {
                break;
            }
            steps += self.run_block::<TIMED>(bus, blocks, budget - steps);
            if bus.attention {
                break;
            }
        }
        steps
    }

    /// Translates the pc, then runs at most `budget` ops of the block there.
    #[inline(always)]
    fn run_block<const TIMED: bool>(
        &mut self,
        bus: &mut Bus,
        blocks: &mut BlockCache,
        budget: u64,
    ) -> u64 {
        let pc = self.pc;
        let paddr = match self.translate_fetch(bus, pc) {
            Ok(p) => p,
            Err(e) => {
                self.take_trap(Trap::Exception(e), pc, bus);
                let c = if TIMED { self.timing.trap() + self.walk_cycles } else { 1 };
                self.add_cycles(c);
                return 1;
            }
        };
        // Later fetches from this page are hits on the host translation cache entry the
        // translation just made or used (or need no translation at all, without paging):
        // one iTLB hit each on the same slot. Where that entry does not cover the whole page
        // (PMP, --tlb-check), each instruction is translated on its own: a block of one.
        let m: MicroTlb = self.micro[micro_index(pc >> 12, true)];
        let covered = m.vpn == pc >> 12
            && m.epoch == self.mmu_epoch
            && m.perms & 1 != 0
            && (!m.paged || m.generation == self.itlb.generation());
        let budget = if covered { budget } else { 1 };
        let itlb_slot = if m.paged { Some(m.slot as usize) } else { None };
        match blocks.get(bus, paddr) {
            Some(block) => {
                let n = (budget as usize).min(block.ops.len());
                self.run_ops::<TIMED>(bus, &block.ops[..n], paddr, itlb_slot)
            }
            None => match self.fetch_one(bus, pc, paddr) {
                Ok(op) => self.run_ops::<TIMED>(bus, &[op], paddr, None),
                Err(e) => {
                    self.take_trap(Trap::Exception(e), pc, bus);
                    let c = if TIMED { self.timing.trap() + self.walk_cycles } else { 1 };
                    self.add_cycles(c);
                    1
                }
            },
        }
    }

    /// Runs `ops` (whose first instruction was fetched from `paddr`, after its fetch was
    /// translated) until one traps, ends early, or all ran. Fetches after the first are
    /// counted as iTLB hits on `itlb_slot`, in bulk but before anything that could observe
    /// them.
    #[inline(always)]
    fn run_ops<const TIMED: bool>(
        &mut self,
        bus: &mut Bus,
        ops: &[Op],
        paddr: u64,
        itlb_slot: Option<usize>,
    ) -> u64 {
        bus.code.hit = false;
        let mut fetch_paddr = paddr;
        let mut fetched = 0usize;
        let mut hits_counted = 1usize;
        for op in ops {
            let pc = self.pc;
            fetched += 1;
            if op.synchronizes() {
                self.count_fetch_hits(itlb_slot, fetched - hits_counted);
                hits_counted = fetched;
            }
            if TIMED && fetched > 1 {
                self.walk_cycles = 0;
                self.mem_size = 0;
            }
            match (op.run)(self, bus, op) {
                Ok(()) => {
                    self.stats.instructions += 1;
                    let c = if TIMED { self.price(op, pc, fetch_paddr) } else { 1 };
                    self.add_cycles(c);
                }
                Err(e) => {
                    self.take_trap(Trap::Exception(e), pc, bus);
                    let c = if TIMED { self.timing.trap() + self.walk_cycles } else { 1 };
                    self.add_cycles(c);
                    break;
                }
            }
            if bus.attention || bus.code.hit {
                break;
            }
            fetch_paddr = fetch_paddr.wrapping_add(op.len as u64);
        }
        self.count_fetch_hits(itlb_slot, fetched - hits_counted);
        if let Some(op) = ops.get(fetched.wrapping_sub(1)) {
            self.last_raw = op.raw;
        }
        fetched as u64
    }

    /// Counts `n` instruction fetches that hit the iTLB entry in `slot`.
    #[inline(always)]
    fn count_fetch_hits(&mut self, slot: Option<usize>, n: usize) {
        if let Some(slot) = slot {
            if n > 0 {
                self.itlb.hit_slot_n(slot, n as u64);
            }
        }
    }

    /// Cycles of a retired op under the timing model, with the walks it made.
    #[inline(always)]
    fn price(&mut self, op: &Op, pc: u64, fetch_paddr: u64) -> u64 {
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
            mem_paddr: self.mem_paddr,
            mem_size: self.mem_size,
            taken: self.pc != next,
            target: self.pc,
            is_call: m.is_call,
            is_return: m.is_return,
        };
        self.timing.retire(&r) + self.walk_cycles
    }
}
