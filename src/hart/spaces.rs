//! Accounting per address space: which process's translations cost what.
//!
//! An address space is named by the hart's `satp` (translation mode, ASID and root page
//! table PPN) while it runs in S or U mode with translation on; M-mode, and any mode with
//! `satp.MODE` = Bare, is one more entry, [`BARE`]. (An M-mode access translated through
//! `mstatus.MPRV` counts under [`BARE`], with the rest of M-mode.)
//!
//! Nothing is looked up per instruction. The hart keeps a snapshot of its counters taken
//! when the current address space was entered; when the space changes (a `satp` write, or a
//! privilege change into or out of M-mode) the difference since the snapshot is added to
//! the space being left. Every counted event therefore lands in exactly one space, and the
//! per-space figures add up to the hart's totals. Page-fault handler cycles are the
//! exception that proves the rule: they are added, when the handler's xRET ends it, to the
//! space that took the fault (which is what "which process thrashes?" asks).

use super::Hart;
use crate::isa::Privilege;
use std::collections::HashMap;

/// The key of the Bare / M-mode entry (no `satp` value is all ones: MODE 15 is reserved).
pub const BARE: u64 = u64::MAX;

/// What one address space did (or, as a snapshot, a hart's totals at one moment).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SpaceStats {
    pub instructions: u64,
    pub cycles: u64,
    pub itlb_misses: u64,
    pub dtlb_misses: u64,
    /// Successful page walks (as the top-level `page_walks`).
    pub page_walks: u64,
    /// Page faults taken (fetch, load and store).
    pub page_faults: u64,
    /// Cycles of page walks (`cycles_by_cause.page_walk`).
    pub page_walk_cycles: u64,
    /// Cycles of the handlers of the page faults this space took.
    pub page_fault_handler_cycles: u64,
}

impl SpaceStats {
    /// Adds `b - a` (counter by counter) to these.
    fn add_delta(&mut self, a: &SpaceStats, b: &SpaceStats) {
        self.instructions += b.instructions - a.instructions;
        self.cycles += b.cycles - a.cycles;
        self.itlb_misses += b.itlb_misses - a.itlb_misses;
        self.dtlb_misses += b.dtlb_misses - a.dtlb_misses;
        self.page_walks += b.page_walks - a.page_walks;
        self.page_faults += b.page_faults - a.page_faults;
        self.page_walk_cycles += b.page_walk_cycles - a.page_walk_cycles;
    }

    /// Adds all of `b`'s counters to these.
    pub fn add(&mut self, b: &SpaceStats) {
        self.add_delta(&SpaceStats::default(), b);
        self.page_fault_handler_cycles += b.page_fault_handler_cycles;
    }

    /// Page-walk plus page-fault handler cycles.
    pub fn vm_cycles(&self) -> u64 {
        self.page_walk_cycles + self.page_fault_handler_cycles
    }
}

/// One hart's per-address-space counters.
#[derive(Clone, Debug)]
pub struct Spaces {
    /// The key of each entry (a `satp` value, or [`BARE`]) and what it did.
    pub entries: Vec<(u64, SpaceStats)>,
    index: HashMap<u64, usize>,
    /// The entry the hart is in now, and its key.
    pub(crate) current: usize,
    current_key: u64,
    /// The hart's totals when it entered the current entry.
    mark: SpaceStats,
}

impl Default for Spaces {
    fn default() -> Self {
        Spaces {
            entries: vec![(BARE, SpaceStats::default())],
            index: HashMap::from([(BARE, 0)]),
            current: 0,
            current_key: BARE,
            mark: SpaceStats::default(),
        }
    }
}

impl Hart {
    /// The hart's counters that are split by address space, as they stand.
    fn space_totals(&self) -> SpaceStats {
        let pf = &self.stats.page_faults;
        SpaceStats {
            instructions: self.stats.instructions,
            cycles: self.stats.cycles,
            itlb_misses: self.itlb.stats.misses,
            dtlb_misses: self.dtlb.stats.misses,
            page_walks: self.stats.page_walks,
            page_faults: pf.fetch + pf.load + pf.store,
            page_walk_cycles: self.walk_cycles(),
            page_fault_handler_cycles: 0,
        }
    }

    /// Cycles spent in page walks so far.
    pub(crate) fn walk_cycles(&self) -> u64 {
        use crate::timing::TimingModel;
        self.timing.breakdown().get(crate::timing::Cause::PageWalk)
    }

    /// Follows a change of privilege or `satp`: if the address space changed, the counts
    /// since the last change go to the space being left.
    #[inline]
    pub(crate) fn note_space(&mut self) {
        let key = if self.privilege == Privilege::Machine || self.csr.satp >> 60 == 0 {
            BARE
        } else {
            self.csr.satp
        };
        if key != self.spaces.current_key {
            self.switch_space(key);
        }
    }

    #[cold]
    fn switch_space(&mut self, key: u64) {
        let now = self.space_totals();
        let s = &mut self.spaces;
        let mark = s.mark;
        s.entries[s.current].1.add_delta(&mark, &now);
        s.mark = now;
        s.current_key = key;
        s.current = match s.index.get(&key) {
            Some(&i) => i,
            None => {
                s.entries.push((key, SpaceStats::default()));
                s.index.insert(key, s.entries.len() - 1);
                s.entries.len() - 1
            }
        };
    }

    /// Counters per address space so far (key: `satp`, or [`BARE`]).
    pub fn space_stats(&self) -> Vec<(u64, SpaceStats)> {
        let mut out = self.spaces.entries.clone();
        let now = self.space_totals();
        out[self.spaces.current].1.add_delta(&self.spaces.mark, &now);
        out
    }
}
