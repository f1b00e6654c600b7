//! Branch prediction for the in-order model: a BHT of 2-bit counters, a direct-mapped BTB
//! and a return-address stack, in the arrangement of the Rocket / SiFive U5 front end.
//!
//! The front end guesses the next fetch PC of every control-transfer instruction:
//! * conditional branch: the BHT counter says taken or not; a taken guess needs the
//!   target from the BTB (without a BTB entry fetch falls through);
//! * JAL: the BTB target, or fall-through when the BTB has no entry;
//! * JALR that is a return: the top of the RAS, or the BTB when the RAS is empty;
//! * other JALR: the BTB.
//!
//! The guess is mispredicted when it differs from the actual next PC. Afterwards the BHT
//! learns the direction, the BTB learns the target of every taken transfer, a call pushes
//! its return address and a return pops. Calls and returns are classified by the hart from
//! the register-usage hints of the unprivileged spec ("Unconditional Jumps", table of
//! return-address stack hints); a JALR that is both pops and then pushes.

use super::config::BranchConfig;

/// Kind of control-transfer instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transfer {
    Branch,
    Jal,
    Jalr,
}

/// Predictor counters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PredictorStats {
    /// Control-transfer instructions predicted.
    pub lookups: u64,
    /// Of those, next PC guessed wrong.
    pub mispredicts: u64,
    /// Taken transfers (other than RAS-predicted returns) that found no BTB entry.
    pub btb_misses: u64,
    /// Returns whose RAS guess was wrong or missing.
    pub ras_misses: u64,
}

/// BHT + BTB + RAS.
#[derive(Clone, Debug)]
pub struct Predictor {
    /// 2-bit saturating counters: 0, 1 = not taken; 2, 3 = taken.
    bht: Vec<u8>,
    bht_mask: u64,
    /// BTB tags (full PC; `u64::MAX` = empty) and targets.
    btb_tags: Vec<u64>,
    btb_targets: Vec<u64>,
    btb_mask: u64,
    /// Circular return-address stack.
    ras: Vec<u64>,
    ras_top: usize,
    ras_len: usize,
    stats: PredictorStats,
}

/// Index of a PC in a power-of-two table (PCs are 2-byte aligned with compressed code).
#[inline]
fn index(pc: u64, mask: u64) -> usize {
    ((pc >> 1) & mask) as usize
}

impl Predictor {
    /// Builds the predictor. Table sizes are rounded down to a power of two (the
    /// configuration validator already insists on powers of two).
    pub fn new(cfg: &BranchConfig) -> Predictor {
        let pow2 = |n: u32| if n == 0 { 0 } else { 1usize << n.ilog2() };
        let bht = pow2(cfg.bht_entries);
        let btb = pow2(cfg.btb_entries);
        Predictor {
            bht: vec![1; bht], // weakly not taken
            bht_mask: (bht as u64).wrapping_sub(1),
            btb_tags: vec![u64::MAX; btb],
            btb_targets: vec![0; btb],
            btb_mask: (btb as u64).wrapping_sub(1),
            ras: vec![0; cfg.ras_depth as usize],
            ras_top: 0,
            ras_len: 0,
            stats: PredictorStats::default(),
        }
    }

    /// Counters so far.
    pub fn stats(&self) -> PredictorStats {
        self.stats
    }

    #[inline]
    fn btb_lookup(&self, pc: u64) -> Option<u64> {
        if self.btb_tags.is_empty() {
            return None;
        }
        let i = index(pc, self.btb_mask);
        (self.btb_tags[i] == pc).then(|| self.btb_targets[i])
    }

    #[inline]
    fn btb_insert(&mut self, pc: u64, target: u64) {
        if self.btb_tags.is_empty() {
            return;
        }
        let i = index(pc, self.btb_mask);
        self.btb_tags[i] = pc;
        self.btb_targets[i] = target;
    }

    #[inline]
    fn bht_taken(&self, pc: u64) -> bool {
        !self.bht.is_empty() && self.bht[index(pc, self.bht_mask)] >= 2
    }

    #[inline]
    fn bht_update(&mut self, pc: u64, taken: bool) {
        if self.bht.is_empty() {
            return;
        }
        let c = &mut self.bht[index(pc, self.bht_mask)];
        *c = if taken { (*c + 1).min(3) } else { c.saturating_sub(1) };
    }

    fn ras_push(&mut self, addr: u64) {
        let depth = self.ras.len();
        if depth == 0 {
            return;
        }
        self.ras_top = (self.ras_top + 1) % depth;
        self.ras[self.ras_top] = addr;
        self.ras_len = (self.ras_len + 1).min(depth);
    }

    fn ras_pop(&mut self) -> Option<u64> {
        if self.ras_len == 0 {
            return None;
        }
        let addr = self.ras[self.ras_top];
        let depth = self.ras.len();
        self.ras_top = (self.ras_top + depth - 1) % depth;
        self.ras_len -= 1;
        Some(addr)
    }

    /// Predicts one retired control transfer, then trains on its outcome.
    /// `taken` is ignored for jumps (always taken). Returns true when mispredicted.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub fn predict_and_update(
        &mut self,
        kind: Transfer,
        pc: u64,
        len: u8,
        taken: bool,
        target: u64,
        is_call: bool,
        is_return: bool,
    ) -> bool {
        self.stats.lookups += 1;
        let fall_through = pc.wrapping_add(u64::from(len));
        let taken = taken || kind != Transfer::Branch;
        let actual = if taken { target } else { fall_through };
        let btb = self.btb_lookup(pc);
        let predicted = match kind {
            Transfer::Branch => {
                let t = self.bht_taken(pc);
                self.bht_update(pc, taken);
                if t {
                    btb.unwrap_or(fall_through)
                } else {
                    fall_through
                }
            }
            Transfer::Jal => btb.unwrap_or(fall_through),
            Transfer::Jalr if is_return => match self.ras_pop() {
                Some(ret) => {
                    if ret != actual {
                        self.stats.ras_misses += 1;
                    }
                    ret
                }
                None => {
                    self.stats.ras_misses += 1;
                    btb.unwrap_or(fall_through)
                }
            },
            Transfer::Jalr => btb.unwrap_or(fall_through),
        };
        if taken {
            if btb.is_none() && !(is_return && predicted == actual) {
                self.stats.btb_misses += 1;
            }
            self.btb_insert(pc, target);
        }
        if is_call {
            self.ras_push(fall_through);
        }
        let wrong = predicted != actual;
        if wrong {
            self.stats.mispredicts += 1;
        }
        wrong
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn predictor() -> Predictor {
        Predictor::new(&BranchConfig::default())
    }

    /// A backward loop branch at `pc`, taken `iters - 1` times then not taken.
    fn run_loop(p: &mut Predictor, pc: u64, iters: u32) -> u64 {
        let before = p.stats().mispredicts;
        for i in 0..iters {
            let taken = i + 1 < iters;
            p.predict_and_update(Transfer::Branch, pc, 4, taken, pc - 0x20, false, false);
        }
        p.stats().mispredicts - before
    }

    #[test]
    fn loop_branch_learns() {
        let mut p = predictor();
        // First run: the weakly-not-taken counter mispredicts the first iteration, then
        // predicts taken (the BTB has the target by then); the exit mispredicts.
        assert_eq!(run_loop(&mut p, 0x8000_0100, 10), 2);
        // Counter is 2 after the exit: the next run only mispredicts the exit.
        assert_eq!(run_loop(&mut p, 0x8000_0100, 10), 1);
        assert_eq!(p.stats().lookups, 20);
    }

    #[test]
    fn taken_guess_without_btb_entry_falls_through() {
        let mut p = Predictor::new(&BranchConfig { btb_entries: 0, ..BranchConfig::default() });
        // With no BTB every taken branch is mispredicted, however well the BHT learns;
        // only the final not-taken exit (fall-through) is right.
        assert_eq!(run_loop(&mut p, 0x1000, 10), 9);
    }

    #[test]
    fn btb_misses_on_first_taken_jump() {
        let mut p = predictor();
        assert!(p.predict_and_update(Transfer::Jal, 0x2000, 4, true, 0x3000, false, false));
        assert_eq!(p.stats().btb_misses, 1);
        assert!(!p.predict_and_update(Transfer::Jal, 0x2000, 4, true, 0x3000, false, false));
        assert_eq!(p.stats().btb_misses, 1);
        // A conflicting jump (same BTB index: 32 entries of 2-byte granules = 64 bytes
        // apart) replaces the entry; the first jump then misses again.
        assert!(p.predict_and_update(Transfer::Jal, 0x2040, 4, true, 0x5000, false, false));
        assert!(p.predict_and_update(Transfer::Jal, 0x2000, 4, true, 0x3000, false, false));
        assert_eq!(p.stats().mispredicts, 3);
    }

    #[test]
    fn ras_predicts_returns() {
        let mut p = predictor();
        // Two call sites of one function whose return is at 0x9000.
        for (site, ret) in [(0x1000u64, 0x1004u64), (0x2000, 0x2002)] {
            let len = (ret - site) as u8;
            p.predict_and_update(Transfer::Jal, site, len, true, 0x9000, true, false);
            let wrong = p.predict_and_update(Transfer::Jalr, 0x9000, 4, true, ret, false, true);
            assert!(!wrong, "return to {ret:#x}");
        }
        assert_eq!(p.stats().ras_misses, 0);
        // Nested calls return in reverse order.
        p.predict_and_update(Transfer::Jal, 0x100, 4, true, 0x9000, true, false);
        p.predict_and_update(Transfer::Jal, 0x9010, 4, true, 0xa000, true, false);
        assert!(!p.predict_and_update(Transfer::Jalr, 0xa008, 4, true, 0x9014, false, true));
        assert!(!p.predict_and_update(Transfer::Jalr, 0x9020, 4, true, 0x104, false, true));
        // An empty RAS falls back to the BTB, which remembers 0x9020's last target.
        assert!(!p.predict_and_update(Transfer::Jalr, 0x9020, 4, true, 0x104, false, true));
        assert!(p.predict_and_update(Transfer::Jalr, 0x9020, 4, true, 0x204, false, true));
        assert_eq!(p.stats().ras_misses, 2);
    }

    #[test]
    fn ras_overflow_loses_the_oldest() {
        let mut p = Predictor::new(&BranchConfig {
            ras_depth: 2,
            btb_entries: 0,
            ..BranchConfig::default()
        });
        for site in [0x100u64, 0x200, 0x300] {
            p.predict_and_update(Transfer::Jal, site, 4, true, 0x9000, true, false);
        }
        assert!(!p.predict_and_update(Transfer::Jalr, 0x9000, 4, true, 0x304, false, true));
        assert!(!p.predict_and_update(Transfer::Jalr, 0x9000, 4, true, 0x204, false, true));
        // 0x104 was overwritten; the stack is empty and there is no BTB.
        assert!(p.predict_and_update(Transfer::Jalr, 0x9000, 4, true, 0x104, false, true));
    }

    #[test]
    fn indirect_jump_uses_btb() {
        let mut p = predictor();
        assert!(p.predict_and_update(Transfer::Jalr, 0x400, 4, true, 0x800, false, false));
        assert!(!p.predict_and_update(Transfer::Jalr, 0x400, 4, true, 0x800, false, false));
        assert!(p.predict_and_update(Transfer::Jalr, 0x400, 4, true, 0xc00, false, false));
    }
}
