//! Cache models for the timing model: set-associative LRU caches, the L1/L2/DRAM hierarchy
//! and the page-walk cache.
//!
//! These track tags only (never data): the hart reads memory itself; the caches decide
//! how long each access would have taken.
//!
//! * [`Cache`]: `sets × ways` lines, exact LRU by per-line use stamps, write-back and
//!   write-allocate (a write marks its line dirty; evicting a dirty line is a write-back).
//!   Replacement is deterministic (no randomness anywhere).
//! * [`Hierarchy`]: split L1 I/D caches, an optional unified L2, then memory. An access
//!   that hits in L1 costs nothing beyond the base CPI. An L1 miss costs `l2_latency`
//!   when the L2 holds the line, `l2_latency + dram_latency` when it does not, and just
//!   `dram_latency` when there is no L2. The L1 caches block (every miss stalls for the
//!   whole refill); dirty victims go to the next level through a write buffer, so
//!   write-backs are counted but cost no cycles. The L2 is non-inclusive (an L2 eviction
//!   does not remove the line from the L1s). With every cache off each access costs
//!   exactly `dram_latency`.
//! * [`WalkCache`]: a small fully associative LRU cache of non-leaf PTE physical addresses,
//!   in the manner of Rocket's PTW "PTE cache": a walk that finds a non-leaf PTE there
//!   skips that memory access entirely.

use super::config::CacheGeometry;

/// Tag value of an empty line (no real line number can be all ones).
const INVALID: u64 = u64::MAX;

/// Outcome of a [`Cache::access`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// The line was present.
    Hit,
    /// The line was brought in; `writeback` is the byte address of a dirty line it evicted.
    Miss { writeback: Option<u64> },
}

/// Access counters of one cache.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CacheStats {
    pub accesses: u64,
    pub misses: u64,
    /// Dirty lines evicted.
    pub writebacks: u64,
}

/// A set-associative, write-back, write-allocate cache with exact LRU replacement.
#[derive(Clone, Debug)]
pub struct Cache {
    geometry: CacheGeometry,
    line_shift: u32,
    set_mask: u64,
    ways: usize,
    /// Line number (`paddr >> line_shift`) held by each slot, or [`INVALID`]; slot = set * ways + way.
    tags: Vec<u64>,
    /// Last-use stamp of each slot (larger = more recent).
    stamps: Vec<u64>,
    dirty: Vec<bool>,
    clock: u64,
    /// Most recently used line and its slot: repeated accesses to one line skip the search.
    mru_line: u64,
    mru_slot: usize,
    stats: CacheStats,
}

impl Cache {
    /// Builds a cache; `None` when the geometry is disabled or invalid.
    pub fn new(geometry: CacheGeometry) -> Option<Cache> {
        if !geometry.enabled() || geometry.validate().is_err() {
            return None;
        }
        let sets = geometry.sets();
        let ways = geometry.ways as usize;
        let slots = usize::try_from(sets).ok()?.checked_mul(ways)?;
        Some(Cache {
            geometry,
            line_shift: geometry.line.trailing_zeros(),
            set_mask: sets - 1,
            ways,
            tags: vec![INVALID; slots],
            stamps: vec![0; slots],
            dirty: vec![false; slots],
            clock: 0,
            mru_line: INVALID,
            mru_slot: 0,
            stats: CacheStats::default(),
        })
    }

    /// The geometry this cache was built with.
    pub fn geometry(&self) -> CacheGeometry {
        self.geometry
    }

    /// Line size in bytes.
    #[inline(always)]
    pub fn line_bytes(&self) -> u64 {
        1 << self.line_shift
    }

    /// Counters so far.
    pub fn stats(&self) -> CacheStats {
        self.stats
    }

    /// Reads (`write = false`) or writes the byte at `paddr`, allocating its line on a miss.
    #[inline(always)]
    pub fn access(&mut self, paddr: u64, write: bool) -> Lookup {
        self.stats.accesses += 1;
        let line = paddr >> self.line_shift;
        if line == self.mru_line {
            // Already the most recent line of its set: LRU order is unchanged.
            if write {
                self.dirty[self.mru_slot] = true;
            }
            return Lookup::Hit;
        }
        self.access_set(line, write)
    }

    /// The set search behind [`Cache::access`] when the line is not the most recent one.
    #[inline(never)]
    fn access_set(&mut self, line: u64, write: bool) -> Lookup {
        self.clock += 1;
        let base = (line & self.set_mask) as usize * self.ways;
        let set = base..base + self.ways;
        if let Some(way) = self.tags[set].iter().position(|&t| t == line) {
            let slot = base + way;
            self.stamps[slot] = self.clock;
            self.dirty[slot] |= write;
            self.mru_line = line;
            self.mru_slot = slot;
            return Lookup::Hit;
        }
        self.stats.misses += 1;
        let slot = self.victim(base);
        let writeback = self.fill(slot, line, write);
        Lookup::Miss { writeback }
    }

    /// Installs the line holding `paddr` as dirty without counting an access: a write-back
    /// arriving from the level above. Returns the address of a dirty line it evicted.
    pub fn write_back_into(&mut self, paddr: u64) -> Option<u64> {
        let line = paddr >> self.line_shift;
        self.clock += 1;
        let base = (line & self.set_mask) as usize * self.ways;
        if let Some(way) = self.tags[base..base + self.ways].iter().position(|&t| t == line) {
            self.dirty[base + way] = true;
            self.stamps[base + way] = self.clock;
            return None;
        }
        let slot = self.victim(base);
        self.fill(slot, line, true)
    }

    /// Slot to fill in the set starting at `base`: an empty way, else the least recently used.
    fn victim(&self, base: usize) -> usize {
        let set = &self.tags[base..base + self.ways];
        if let Some(way) = set.iter().position(|&t| t == INVALID) {
            return base + way;
        }
        let stamps = &self.stamps[base..base + self.ways];
        let mut best = 0;
        for (way, &s) in stamps.iter().enumerate() {
            if s < stamps[best] {
                best = way;
            }
        }
        base + best
    }

    /// Puts `line` in `slot`, returning the address of the dirty line it replaced.
    fn fill(&mut self, slot: usize, line: u64, dirty: bool) -> Option<u64> {
        let old = self.tags[slot];
        let writeback = (old != INVALID && self.dirty[slot]).then(|| old << self.line_shift);
        if writeback.is_some() {
            self.stats.writebacks += 1;
        }
        self.tags[slot] = line;
        self.stamps[slot] = self.clock;
        self.dirty[slot] = dirty;
        self.mru_line = line;
        self.mru_slot = slot;
        writeback
    }

    /// True when the line holding `paddr` is present (no state change).
    pub fn contains(&self, paddr: u64) -> bool {
        let line = paddr >> self.line_shift;
        let base = (line & self.set_mask) as usize * self.ways;
        self.tags[base..base + self.ways].contains(&line)
    }

    /// True when the line holding `paddr` is present and dirty.
    pub fn is_dirty(&self, paddr: u64) -> bool {
        let line = paddr >> self.line_shift;
        let base = (line & self.set_mask) as usize * self.ways;
        self.tags[base..base + self.ways]
            .iter()
            .position(|&t| t == line)
            .is_some_and(|way| self.dirty[base + way])
    }

    /// Drops every line without writing anything back (used for the I-cache on FENCE.I;
    /// instruction lines are never dirty).
    pub fn invalidate_all(&mut self) {
        self.tags.fill(INVALID);
        self.dirty.fill(false);
        self.mru_line = INVALID;
    }
}

/// Which level of the hierarchy served an access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    L1,
    L2,
    Memory,
}

/// Counters of the hierarchy outside the caches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MemoryStats {
    /// Line reads served by memory.
    pub reads: u64,
    /// Dirty lines written back to memory.
    pub writebacks: u64,
}

/// L1 I-cache, L1 D-cache, optional unified L2, and memory.
#[derive(Clone, Debug)]
pub struct Hierarchy {
    pub l1i: Option<Cache>,
    pub l1d: Option<Cache>,
    pub l2: Option<Cache>,
    l2_latency: u64,
    dram_latency: u64,
    memory: MemoryStats,
}

impl Hierarchy {
    /// Builds the hierarchy; a disabled geometry gives no cache at that level.
    pub fn new(
        icache: CacheGeometry,
        dcache: CacheGeometry,
        l2: CacheGeometry,
        l2_latency: u64,
        dram_latency: u64,
    ) -> Hierarchy {
        Hierarchy {
            l1i: Cache::new(icache),
            l1d: Cache::new(dcache),
            l2: Cache::new(l2),
            l2_latency,
            dram_latency,
            memory: MemoryStats::default(),
        }
    }

    /// Memory-side counters.
    pub fn memory_stats(&self) -> MemoryStats {
        self.memory
    }

    /// An instruction fetch of the line holding `paddr`: stall cycles beyond the base CPI.
    #[inline(always)]
    pub fn fetch(&mut self, paddr: u64) -> u64 {
        match &mut self.l1i {
            Some(c) => match c.access(paddr, false) {
                Lookup::Hit => 0,
                Lookup::Miss { writeback } => self.fetch_miss(paddr, writeback),
            },
            None => self.below_l1(paddr, false).1,
        }
    }

    /// The L1 I-cache missed: write back what it evicted, refill from below.
    #[cold]
    fn fetch_miss(&mut self, paddr: u64, writeback: Option<u64>) -> u64 {
        self.write_back(writeback);
        self.below_l1(paddr, false).1
    }

    /// A data access: which level served it and the stall cycles beyond the base CPI.
    #[inline(always)]
    pub fn data(&mut self, paddr: u64, write: bool) -> (Level, u64) {
        match &mut self.l1d {
            Some(c) => match c.access(paddr, write) {
                Lookup::Hit => (Level::L1, 0),
                Lookup::Miss { writeback } => self.data_miss(paddr, writeback),
            },
            None => self.below_l1(paddr, write),
        }
    }

    /// The L1 D-cache missed: write back what it evicted; the L1 allocates the line (and
    /// makes it dirty on a write), and the refill from below is a read.
    #[cold]
    fn data_miss(&mut self, paddr: u64, writeback: Option<u64>) -> (Level, u64) {
        self.write_back(writeback);
        self.below_l1(paddr, false)
    }

    /// An access that missed in (or bypassed) the L1: L2 then memory.
    fn below_l1(&mut self, paddr: u64, write: bool) -> (Level, u64) {
        match &mut self.l2 {
            Some(l2) => match l2.access(paddr, write) {
                Lookup::Hit => (Level::L2, self.l2_latency),
                Lookup::Miss { writeback } => {
                    if writeback.is_some() {
                        self.memory.writebacks += 1;
                    }
                    self.memory.reads += 1;
                    (Level::Memory, self.l2_latency + self.dram_latency)
                }
            },
            None => {
                if write {
                    self.memory.writebacks += 1;
                } else {
                    self.memory.reads += 1;
                }
                (Level::Memory, self.dram_latency)
            }
        }
    }

    /// A dirty L1 victim goes to the L2 (or memory) through the write buffer: no stall.
    fn write_back(&mut self, victim: Option<u64>) {
        let Some(addr) = victim else { return };
        match &mut self.l2 {
            Some(l2) => {
                if l2.write_back_into(addr).is_some() {
                    self.memory.writebacks += 1;
                }
            }
            None => self.memory.writebacks += 1,
        }
    }

    /// Invalidates the I-cache (FENCE.I).
    pub fn flush_icache(&mut self) {
        if let Some(c) = &mut self.l1i {
            c.invalidate_all();
        }
    }
}

/// A fully associative LRU cache of non-leaf PTE physical addresses (0 entries = off).
#[derive(Clone, Debug, Default)]
pub struct WalkCache {
    tags: Vec<u64>,
    stamps: Vec<u64>,
    clock: u64,
    pub lookups: u64,
    pub hits: u64,
}

impl WalkCache {
    /// A walk cache of `entries` entries.
    pub fn new(entries: usize) -> WalkCache {
        WalkCache { tags: vec![INVALID; entries], stamps: vec![0; entries], ..WalkCache::default() }
    }

    /// True when the cache has at least one entry.
    pub fn enabled(&self) -> bool {
        !self.tags.is_empty()
    }

    /// Looks up the non-leaf PTE at `pte_paddr`; on a miss, remembers it (LRU victim).
    /// Returns true on a hit.
    pub fn lookup_or_insert(&mut self, pte_paddr: u64) -> bool {
        if self.tags.is_empty() {
            return false;
        }
        self.lookups += 1;
        self.clock += 1;
        let key = pte_paddr & !7;
        if let Some(i) = self.tags.iter().position(|&t| t == key) {
            self.stamps[i] = self.clock;
            self.hits += 1;
            return true;
        }
        let victim = match self.tags.iter().position(|&t| t == INVALID) {
            Some(i) => i,
            None => {
                let mut best = 0;
                for (i, &s) in self.stamps.iter().enumerate() {
                    if s < self.stamps[best] {
                        best = i;
                    }
                }
                best
            }
        };
        self.tags[victim] = key;
        self.stamps[victim] = self.clock;
        false
    }

    /// Forgets everything (SFENCE.VMA with rs1 = x0).
    pub fn flush(&mut self) {
        self.tags.fill(INVALID);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache(spec: &str) -> Cache {
        Cache::new(spec.parse().unwrap()).unwrap()
    }

    fn is_hit(l: Lookup) -> bool {
        l == Lookup::Hit
    }

    #[test]
    fn known_stream_hits_and_misses() {
        // 1 KiB, 2 ways, 64-byte lines: 8 sets; addresses 512 bytes apart share a set.
        let mut c = cache("1K:2:64");
        let stream = [0x0, 0x8, 0x3f, 0x40, 0x0, 0x200, 0x400, 0x0, 0x200];
        let hits: Vec<bool> = stream.iter().map(|&a| is_hit(c.access(a, false))).collect();
        // 0x0 miss; 0x8 and 0x3f are in its line: hits; 0x40 (set 1) miss; 0x0 hit.
        // Set 0 then holds 0x0 and gets 0x200 (miss). 0x400 evicts the LRU line, 0x0
        // (used before 0x200); 0x0 then misses and evicts 0x200, which misses in turn.
        assert_eq!(hits, [false, true, true, false, true, false, false, false, false]);
        assert_eq!(c.stats(), CacheStats { accesses: 9, misses: 6, writebacks: 0 });
    }

    #[test]
    fn lru_victim_is_least_recently_used() {
        // One set of 4 ways (256 bytes, 64-byte lines).
        let mut c = cache("256:4:64");
        for a in [0x000, 0x100, 0x200, 0x300] {
            assert!(!is_hit(c.access(a, false)));
        }
        // Touch 0x000 and 0x200 again: LRU order is now 0x100, 0x300, 0x000, 0x200.
        assert!(is_hit(c.access(0x000, false)));
        assert!(is_hit(c.access(0x200, false)));
        c.access(0x400, false); // evicts 0x100
        assert!(!c.contains(0x100));
        assert!(c.contains(0x000) && c.contains(0x200) && c.contains(0x300));
        c.access(0x500, false); // evicts 0x300
        assert!(!c.contains(0x300));
        assert!(c.contains(0x000) && c.contains(0x200) && c.contains(0x400));
    }

    #[test]
    fn line_size_decides_spatial_hits() {
        // Sequential 8-byte reads over 1 KiB: misses = bytes / line size.
        for (spec, misses) in [("4K:1:16", 64), ("4K:1:64", 16), ("4K:1:256", 4)] {
            let mut c = cache(spec);
            for a in (0..1024u64).step_by(8) {
                c.access(0x8000_0000 + a, false);
            }
            assert_eq!(c.stats().misses, misses, "{spec}");
            assert_eq!(c.stats().accesses, 128);
        }
    }

    #[test]
    fn write_back_only_for_dirty_victims() {
        // Direct-mapped, 2 sets of 64 bytes.
        let mut c = cache("128:1:64");
        assert_eq!(c.access(0x000, true), Lookup::Miss { writeback: None });
        assert!(c.is_dirty(0x000));
        assert_eq!(c.access(0x040, false), Lookup::Miss { writeback: None });
        // 0x080 maps to set 0, evicting the dirty 0x000 line.
        assert_eq!(c.access(0x080, false), Lookup::Miss { writeback: Some(0x000) });
        // 0x0c0 evicts the clean 0x040 line: no write-back.
        assert_eq!(c.access(0x0c0, false), Lookup::Miss { writeback: None });
        // A write hit makes a clean line dirty.
        assert!(is_hit(c.access(0x080, true)));
        assert_eq!(c.access(0x100, false), Lookup::Miss { writeback: Some(0x080) });
        assert_eq!(c.stats().writebacks, 2);
    }

    #[test]
    fn mru_fast_path_still_marks_dirty() {
        let mut c = cache("128:1:64");
        c.access(0x10, false);
        assert!(!c.is_dirty(0x10));
        assert!(is_hit(c.access(0x18, true))); // same line as the last access
        assert!(c.is_dirty(0x10));
        c.invalidate_all();
        assert!(!c.contains(0x10));
        assert!(!is_hit(c.access(0x10, false)));
    }

    #[test]
    fn hierarchy_latencies() {
        let l1: CacheGeometry = "1K:1:64".parse().unwrap();
        let l2: CacheGeometry = "8K:2:64".parse().unwrap();
        let mut h = Hierarchy::new(l1, l1, l2, 10, 100);
        assert_eq!(h.data(0x1000, false), (Level::Memory, 110));
        assert_eq!(h.data(0x1008, false), (Level::L1, 0));
        // 0x1400 conflicts in the direct-mapped L1 but both fit in the L2.
        assert_eq!(h.data(0x1400, false), (Level::Memory, 110));
        assert_eq!(h.data(0x1000, false), (Level::L2, 10));
        // The I-cache is separate: the same line misses there, hits in the L2.
        assert_eq!(h.fetch(0x1000), 10);
        assert_eq!(h.fetch(0x1004), 0);
        h.flush_icache();
        assert_eq!(h.fetch(0x1004), 10);
        assert_eq!(h.memory_stats().reads, 2);

        // No L2: a miss goes straight to memory.
        let mut h = Hierarchy::new(l1, l1, CacheGeometry::OFF, 10, 100);
        assert_eq!(h.data(0x1000, false), (Level::Memory, 100));
        // Nothing at all: every access costs the memory latency.
        let off = CacheGeometry::OFF;
        let mut h = Hierarchy::new(off, off, off, 10, 100);
        for _ in 0..3 {
            assert_eq!(h.data(0x1000, false), (Level::Memory, 100));
            assert_eq!(h.fetch(0x1000), 100);
        }
    }

    #[test]
    fn dirty_l1_victims_reach_the_l2_and_memory() {
        let l1: CacheGeometry = "128:1:64".parse().unwrap(); // 2 sets, direct-mapped
        let l2: CacheGeometry = "256:2:64".parse().unwrap(); // 2 sets of 2 ways
        let mut h = Hierarchy::new(l1, l1, l2, 10, 100);
        h.data(0x000, true); // misses everywhere; the L1 line is dirty, the L2 copy clean
        assert!(!h.l2.as_ref().unwrap().is_dirty(0x000));
        // 0x080 shares set 0: the dirty 0x000 leaves the L1 and dirties the L2 copy.
        assert_eq!(h.data(0x080, false), (Level::Memory, 110));
        assert!(h.l2.as_ref().unwrap().is_dirty(0x000));
        assert_eq!(h.memory_stats().writebacks, 0);
        // 0x100 (set 0 again) evicts clean 0x080 from the L1 and the LRU line of the L2
        // set, the dirty 0x000, which goes to memory.
        h.data(0x100, false);
        assert_eq!(h.memory_stats().writebacks, 1);
        assert_eq!(h.memory_stats().reads, 3);
        assert_eq!(h.l1d.as_ref().unwrap().stats().writebacks, 1);
    }

    #[test]
    fn walk_cache_lru() {
        let mut w = WalkCache::new(2);
        assert!(!w.lookup_or_insert(0x1000));
        assert!(!w.lookup_or_insert(0x2000));
        assert!(w.lookup_or_insert(0x1000));
        assert!(!w.lookup_or_insert(0x3000)); // evicts 0x2000
        assert!(w.lookup_or_insert(0x1000));
        assert!(!w.lookup_or_insert(0x2000));
        assert_eq!((w.lookups, w.hits), (6, 2));
        w.flush();
        assert!(!w.lookup_or_insert(0x1000));
        let mut off = WalkCache::new(0);
        assert!(!off.enabled());
        assert!(!off.lookup_or_insert(0x1000));
        assert!(!off.lookup_or_insert(0x1000));
        assert_eq!(off.lookups, 0);
    }
}
