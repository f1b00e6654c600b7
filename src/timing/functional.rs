//! The functional timing model: every instruction costs one cycle; walks and traps are free.
//!
//! Meant for fast runs where only instruction counts matter. I/O waits are still recorded
//! (they are the machine's time, not the pipeline's), so `mtime` keeps moving.

use super::{Cause, CycleBreakdown, ModelEvents, Retired, TimingModel};

/// One cycle per instruction.
#[derive(Clone, Debug, Default)]
pub struct Functional {
    breakdown: CycleBreakdown,
}

impl Functional {
    /// A model with no cycles counted yet.
    pub fn new() -> Functional {
        Functional::default()
    }
}

impl TimingModel for Functional {
    fn name(&self) -> &'static str {
        "functional"
    }

    #[inline]
    fn retire(&mut self, _r: &Retired) -> u64 {
        self.breakdown.by_cause[Cause::Base as usize] += 1;
        1
    }

    fn page_walk(&mut self, _pte_paddrs: &[u64]) -> u64 {
        0
    }

    fn trap(&mut self) -> u64 {
        0
    }

    fn io_wait(&mut self, cycles: u64) {
        self.breakdown.add(Cause::IoWait, cycles);
    }

    fn breakdown(&self) -> &CycleBreakdown {
        &self.breakdown
    }

    fn events(&self) -> ModelEvents {
        ModelEvents { instructions: self.breakdown.get(Cause::Base), ..ModelEvents::default() }
    }
}
