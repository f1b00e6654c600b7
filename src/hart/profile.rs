//! The profile by function (`--profile`) and the idle functions (`--idle-symbol`): what ran
//! where, by the virtual address (pc) of each instruction.
//!
//! A [`SymbolTable`] turns the symbols of the ELFs (kernel, firmware, `--symbols` files)
//! into disjoint pc ranges; the pcs no symbol covers are `[unknown]`. Where symbols
//! overlap, the one that starts first keeps the overlap (for equal starts, the one given
//! first). Ranges are virtual addresses only: processes of different address spaces that
//! run code at the same virtual address count under the same name.
//!
//! Attribution is by intervals, never by a lookup per instruction: the hart marks the
//! start of each stretch of execution that stays within one range (a block, or the part
//! of a block before the next symbol starts; an interrupt; a lone instruction), and the
//! counters' growth since the previous mark goes to the range of that mark's pc. So every
//! instruction, cycle and event lands in exactly one range, and the profile adds up to the
//! totals. Cycles the machine charges to a hart waiting in WFI go to the function of its
//! WFI. Nothing of this runs without `--profile` or `--idle-symbol`: the engine is then
//! the same code as without the profiler (a separate instantiation of the run loop).

use super::Hart;
use crate::loader::Symbol;
use std::sync::Arc;

/// The name of the pcs that no symbol covers.
pub const UNKNOWN: &str = "[unknown]";

/// Disjoint pc ranges, each with a function index (0 = [`UNKNOWN`]).
#[derive(Clone, Debug, Default)]
pub struct SymbolTable {
    /// (start, end, function), sorted and disjoint.
    ranges: Vec<(u64, u64, u32)>,
    /// Per function: its name and range (none for [`UNKNOWN`]), and whether it is idle.
    pub funcs: Vec<FuncInfo>,
}

/// A function of the table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FuncInfo {
    pub name: String,
    /// `[start, end)` as given by the symbol (the profile may count less of it, where an
    /// earlier symbol overlaps it).
    pub range: Option<(u64, u64)>,
    /// Named by `--idle-symbol`.
    pub idle: bool,
}

impl SymbolTable {
    /// The table of `symbols` (those of size 0 are left out); those named in `idle` are
    /// marked idle.
    pub fn new(symbols: &[Symbol], idle: &[String]) -> SymbolTable {
        let mut funcs = vec![FuncInfo { name: UNKNOWN.into(), range: None, idle: false }];
        let mut sized: Vec<(usize, &Symbol)> =
            symbols.iter().enumerate().filter(|(_, s)| s.size > 0).collect();
        sized.sort_by_key(|(i, s)| (s.start, *i));
        let mut ranges = Vec::new();
        let mut covered = 0u64; // end of the last range
        for (_, s) in sized {
            let end = s.start.saturating_add(s.size);
            let start = s.start.max(covered);
            if start >= end {
                continue;
            }
            let f = funcs.len() as u32;
            funcs.push(FuncInfo {
                name: s.name.clone(),
                range: Some((s.start, end)),
                idle: idle.contains(&s.name),
            });
            ranges.push((start, end, f));
            covered = end;
        }
        SymbolTable { ranges, funcs }
    }

    /// The function at `pc`, and the range `[lo, hi)` around `pc` that belongs to it (for
    /// [`UNKNOWN`]: the gap between two symbols).
    pub fn lookup(&self, pc: u64) -> (u32, u64, u64) {
        let i = self.ranges.partition_point(|r| r.1 <= pc);
        match self.ranges.get(i) {
            Some(&(start, end, f)) if start <= pc => (f, start, end),
            Some(&(start, _, _)) => (0, if i > 0 { self.ranges[i - 1].1 } else { 0 }, start),
            None => (0, self.ranges.last().map_or(0, |r| r.1), u64::MAX),
        }
    }
}

/// What ran in one function.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FuncStats {
    pub instructions: u64,
    pub cycles: u64,
    /// Of `cycles`, waiting in WFI.
    pub wait_cycles: u64,
    pub itlb_misses: u64,
    pub dtlb_misses: u64,
    /// Page walks, successful and failed.
    pub page_walks: u64,
    pub page_faults: u64,
    pub page_walk_cycles: u64,
}

impl FuncStats {
    fn add_delta(&mut self, a: &FuncStats, b: &FuncStats) {
        self.instructions += b.instructions - a.instructions;
        self.cycles += b.cycles - a.cycles;
        self.wait_cycles += b.wait_cycles - a.wait_cycles;
        self.itlb_misses += b.itlb_misses - a.itlb_misses;
        self.dtlb_misses += b.dtlb_misses - a.dtlb_misses;
        self.page_walks += b.page_walks - a.page_walks;
        self.page_faults += b.page_faults - a.page_faults;
        self.page_walk_cycles += b.page_walk_cycles - a.page_walk_cycles;
    }

    /// Adds all of `b` to these.
    pub fn add(&mut self, b: &FuncStats) {
        self.add_delta(&FuncStats::default(), b);
    }
}

/// One hart's profile.
#[derive(Clone, Debug)]
pub struct Profiler {
    pub table: Arc<SymbolTable>,
    /// Per function of the table.
    pub funcs: Vec<FuncStats>,
    /// The function of the last mark and its range.
    cur: u32,
    lo: u64,
    hi: u64,
    /// The hart's counters at the last mark.
    mark: FuncStats,
}

impl Profiler {
    pub fn new(table: Arc<SymbolTable>) -> Profiler {
        let funcs = vec![FuncStats::default(); table.funcs.len()];
        // An empty range: the first mark looks the pc up.
        Profiler { table, funcs, cur: 0, lo: 1, hi: 0, mark: FuncStats::default() }
    }
}

impl Hart {
    /// The counters the profile splits, as they stand.
    fn func_totals(&self) -> FuncStats {
        let pf = &self.stats.page_faults;
        FuncStats {
            instructions: self.stats.instructions,
            cycles: self.stats.cycles,
            wait_cycles: self.stats.wait_cycles,
            itlb_misses: self.itlb.stats.misses,
            dtlb_misses: self.dtlb.stats.misses,
            page_walks: self.stats.page_walks + self.stats.failed_walks,
            page_faults: pf.fetch + pf.load + pf.store,
            page_walk_cycles: self.walk_cycles(),
        }
    }

    /// Starts profiling this hart by `table` (from now on).
    pub fn enable_profile(&mut self, table: Arc<SymbolTable>) {
        let mut p = Profiler::new(table);
        p.mark = self.func_totals();
        self.profiler = Some(Box::new(p));
    }

    /// Closes the current interval (its counts go to the function of its first pc) and
    /// opens one at the pc. Returns the end of the pc's range.
    #[inline(never)]
    pub(crate) fn profile_mark(&mut self) -> u64 {
        let now = self.func_totals();
        let pc = self.pc;
        let Some(p) = self.profiler.as_mut() else {
            return u64::MAX;
        };
        let mark = p.mark;
        if let Some(f) = p.funcs.get_mut(p.cur as usize) {
            f.add_delta(&mark, &now);
        }
        p.mark = now;
        if pc < p.lo || pc >= p.hi {
            (p.cur, p.lo, p.hi) = p.table.lookup(pc);
        }
        p.hi
    }

    /// The profile so far (per function of the table), if profiling.
    pub fn profile_stats(&self) -> Option<Vec<FuncStats>> {
        let p = self.profiler.as_ref()?;
        let mut out = p.funcs.clone();
        if let Some(f) = out.get_mut(p.cur as usize) {
            f.add_delta(&p.mark, &self.func_totals());
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sym(name: &str, start: u64, size: u64) -> Symbol {
        Symbol { name: name.into(), start, size }
    }

    #[test]
    fn ranges_are_disjoint_and_gaps_are_unknown() {
        let t = SymbolTable::new(
            &[
                sym("b", 0x200, 0x100),
                sym("a", 0x100, 0x100),
                sym("alias", 0x100, 0x100),
                sym("inner", 0x180, 0x10),
                sym("straddle", 0x280, 0x100),
                sym("label", 0x500, 0),
            ],
            &["b".to_string()],
        );
        let name = |pc| t.funcs[t.lookup(pc).0 as usize].name.clone();
        assert_eq!(t.lookup(0x50), (0, 0, 0x100));
        assert_eq!(name(0x100), "a");
        assert_eq!(name(0x185), "a", "the earlier symbol keeps the overlap");
        assert_eq!(name(0x2ff), "b");
        assert_eq!(t.lookup(0x300).1..t.lookup(0x300).2, 0x300..0x380);
        assert_eq!(name(0x300), "straddle");
        assert_eq!(t.lookup(0x380), (0, 0x380, u64::MAX));
        assert_eq!(name(0x500), UNKNOWN, "no size, no range");
        assert!(t.funcs.iter().any(|f| f.name == "b" && f.idle));
        assert!(!t.funcs.iter().any(|f| f.name == "alias" || f.name == "inner"));
        let empty = SymbolTable::new(&[], &[]);
        assert_eq!(empty.lookup(5), (0, 0, u64::MAX));
    }
}
