//! The architectural TLB: the hart's address-translation cache of leaf PTEs.
//!
//! Geometry (entries, ways), replacement policy (LRU, FIFO, Random, tree-PLRU), ASIDs,
//! global mappings, superpages, SFENCE.VMA semantics and statistics live here.
//!
//! # Organisation
//! `entries / ways` sets of `ways` slots. A slot holds one leaf mapping of any page size.
//! **Superpage indexing**: an entry of page size 2^S (S = 12 + 9L for a leaf at level L, or
//! 16 for a 64 KiB Svnapot leaf) lives in the set chosen by the low bits of its own page
//! number at that granularity, `(vaddr >> S) % sets`. A
//! lookup therefore probes, for each page size that currently has at least one valid entry,
//! the set that size selects (4 KiB first). With one set (fully associative) every size
//! shares it and a single scan suffices.
//!
//! **Fast path**: a direct-mapped hint table, indexed by the 4 KiB VPN and the ASID, remembers
//! the slot that last satisfied a lookup. A lookup checks that slot first and only falls
//! back to scanning the sets when the hint is stale. Hints are only ever verified, never
//! trusted, so they do not change which mappings are visible.
//!
//! **Replacement**: an invalid slot of the set is always filled first. Then: LRU evicts the
//! slot with the oldest use stamp (exact, per-slot timestamps); FIFO the oldest insertion;
//! Random a way drawn from a xorshift64 generator seeded by [`TlbConfig::seed`]; PLRU follows
//! a binary tree of `ways-1` bits per set. Re-inserting a mapping that is already present
//! (same page, size and ASID, or a global one) overwrites it in place: a use for LRU/PLRU,
//! no change of FIFO order, not an eviction.

use std::fmt;
use std::str::FromStr;

use super::sv39::Translation;

/// Largest accepted TLB size (entries).
pub const MAX_ENTRIES: usize = 1 << 16;

/// Replacement policy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Policy {
    /// Exact least-recently-used.
    #[default]
    Lru,
    /// First in, first out (insertion order).
    Fifo,
    /// Pseudo-random, deterministic from the seed (xorshift64).
    Random,
    /// Tree pseudo-LRU.
    Plru,
}

impl Policy {
    /// Lower-case name as accepted by [`TlbConfig::from_str`].
    pub fn name(self) -> &'static str {
        match self {
            Policy::Lru => "lru",
            Policy::Fifo => "fifo",
            Policy::Random => "random",
            Policy::Plru => "plru",
        }
    }
}

impl fmt::Display for Policy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Policy {
    type Err = TlbConfigError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "lru" => Ok(Policy::Lru),
            "fifo" => Ok(Policy::Fifo),
            "random" | "rand" => Ok(Policy::Random),
            "plru" | "pseudo-lru" | "tree-plru" => Ok(Policy::Plru),
            _ => Err(TlbConfigError::UnknownPolicy(s.to_string())),
        }
    }
}

/// TLB geometry and policy. `ways == entries` means fully associative.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TlbConfig {
    pub entries: usize,
    pub ways: usize,
    pub policy: Policy,
    /// Seed of the Random policy's generator.
    pub seed: u64,
}

impl Default for TlbConfig {
    /// 32 entries, fully associative, LRU.
    fn default() -> Self {
        TlbConfig { entries: 32, ways: 32, policy: Policy::Lru, seed: 1 }
    }
}

/// Why a TLB specification was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TlbConfigError {
    #[error("empty TLB spec: expected ENTRIES[:WAYS][:POLICY], e.g. `32`, `64:4` or `32:32:plru`")]
    Empty,
    #[error("too many fields in TLB spec `{0}`: expected ENTRIES[:WAYS][:POLICY]")]
    TooManyFields(String),
    #[error("TLB {what} `{text}` is not a number")]
    BadNumber { what: &'static str, text: String },
    #[error("TLB {0} must be at least 1")]
    Zero(&'static str),
    #[error("TLB {what} must be a power of two, got {value}")]
    NotPowerOfTwo { what: &'static str, value: usize },
    #[error("TLB ways ({ways}) must divide the number of entries ({entries})")]
    WaysDontDivide { ways: usize, entries: usize },
    #[error("TLB of {0} entries is too large (at most {MAX_ENTRIES})")]
    TooLarge(usize),
    #[error("unknown TLB replacement policy `{0}`: expected lru, fifo, random or plru")]
    UnknownPolicy(String),
}

impl TlbConfig {
    /// Checks the geometry: entries and ways non-zero powers of two, ways dividing entries.
    pub fn validate(&self) -> Result<(), TlbConfigError> {
        if self.entries == 0 {
            return Err(TlbConfigError::Zero("entries"));
        }
        if self.ways == 0 {
            return Err(TlbConfigError::Zero("ways"));
        }
        if self.entries > MAX_ENTRIES {
            return Err(TlbConfigError::TooLarge(self.entries));
        }
        if !self.entries.is_power_of_two() {
            return Err(TlbConfigError::NotPowerOfTwo { what: "entries", value: self.entries });
        }
        if !self.ways.is_power_of_two() {
            return Err(TlbConfigError::NotPowerOfTwo { what: "ways", value: self.ways });
        }
        if self.ways > self.entries {
            return Err(TlbConfigError::WaysDontDivide { ways: self.ways, entries: self.entries });
        }
        Ok(())
    }

    /// Number of sets.
    pub fn sets(&self) -> usize {
        self.entries / self.ways.max(1)
    }
}

impl fmt::Display for TlbConfig {
    /// The same `ENTRIES:WAYS:POLICY` form that `from_str` accepts.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.entries, self.ways, self.policy)
    }
}

impl FromStr for TlbConfig {
    type Err = TlbConfigError;

    /// `ENTRIES[:WAYS][:POLICY]`, e.g. `32`, `64:4`, `32:32:plru`, `16:4:random`. WAYS
    /// defaults to ENTRIES (fully associative) and POLICY to lru; `32:plru` is also accepted.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.is_empty() {
            return Err(TlbConfigError::Empty);
        }
        let parts: Vec<&str> = s.split(':').map(str::trim).collect();
        if parts.len() > 3 {
            return Err(TlbConfigError::TooManyFields(s.to_string()));
        }
        let number = |what: &'static str, text: &str| {
            text.parse::<usize>()
                .map_err(|_| TlbConfigError::BadNumber { what, text: text.to_string() })
        };
        let entries = number("entries", parts[0])?;
        let mut cfg = TlbConfig { entries, ways: entries, ..TlbConfig::default() };
        match parts.as_slice() {
            [_] => {}
            [_, second] => {
                if second.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                    cfg.ways = number("ways", second)?;
                } else {
                    cfg.policy = second.parse()?;
                }
            }
            [_, ways, policy, ..] => {
                cfg.ways = number("ways", ways)?;
                cfg.policy = policy.parse()?;
            }
            [] => return Err(TlbConfigError::Empty),
        }
        cfg.validate()?;
        Ok(cfg)
    }
}

/// One cached leaf mapping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TlbEntry {
    /// Canonical virtual base of the (super)page.
    pub page_vaddr: u64,
    /// Level of the leaf PTE: 0 = 4 KiB, 1 = 2 MiB, 2 = 1 GiB, 3 = 512 GiB, 4 = 256 TiB.
    pub level: u8,
    /// log2 of the page size (16 for a 64 KiB Svnapot page, whose level is 0).
    pub shift: u8,
    /// PPN of the leaf, page-size aligned.
    pub ppn: u64,
    /// The leaf PTE (its flags are used for permission checks on hits).
    pub pte: u64,
    pub asid: u16,
    pub global: bool,
    /// Physical address of the leaf PTE.
    pub pte_addr: u64,
}

impl TlbEntry {
    /// The entry for a successful walk done with address-space `asid`.
    pub fn from_translation(t: &Translation, asid: u16) -> TlbEntry {
        TlbEntry {
            page_vaddr: t.page_vaddr,
            level: t.level,
            shift: t.shift,
            ppn: t.ppn,
            pte: t.pte,
            asid,
            global: t.global,
            pte_addr: t.pte_addr,
        }
    }

    /// Size of the mapped page in bytes.
    pub fn page_size(&self) -> u64 {
        1 << self.shift
    }

    /// The physical address of `vaddr`, which must lie in this entry's page.
    pub fn paddr(&self, vaddr: u64) -> u64 {
        (self.ppn << 12) | (vaddr & (self.page_size() - 1))
    }

    /// True when this entry maps `vaddr` for address space `asid`.
    pub fn matches(&self, vaddr: u64, asid: u16) -> bool {
        vaddr & !(self.page_size() - 1) == self.page_vaddr && (self.global || self.asid == asid)
    }
}

/// TLB event counters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TlbStats {
    /// Calls to [`Tlb::lookup`].
    pub accesses: u64,
    pub hits: u64,
    pub misses: u64,
    /// Valid entries replaced by a new one chosen by the policy.
    pub evictions: u64,
    /// SFENCE.VMA with rs1=x0, rs2=x0.
    pub flushes_all: u64,
    /// SFENCE.VMA with rs1≠x0, rs2=x0.
    pub flushes_addr: u64,
    /// SFENCE.VMA with rs1=x0, rs2≠x0.
    pub flushes_asid: u64,
    /// SFENCE.VMA with rs1≠x0, rs2≠x0.
    pub flushes_addr_asid: u64,
    /// Entries removed by SFENCE.VMA.
    pub entries_flushed: u64,
}

#[derive(Clone, Copy, Debug)]
struct Slot {
    entry: TlbEntry,
    /// `!(page_size - 1)`, cached for the hit path.
    mask: u64,
    valid: bool,
    /// LRU: last use; FIFO: insertion time.
    stamp: u64,
}

const EMPTY_SLOT: Slot = Slot {
    entry: TlbEntry {
        page_vaddr: 0,
        level: 0,
        shift: 12,
        ppn: 0,
        pte: 0,
        asid: 0,
        global: false,
        pte_addr: 0,
    },
    mask: !0xfff,
    valid: false,
    stamp: 0,
};

const NO_HINT: u32 = u32::MAX;
/// Page sizes a TLB entry can have: 4 KiB, 64 KiB (Svnapot), 2 MiB, 1 GiB, 512 GiB, 256 TiB.
const SIZES: usize = 6;
/// The shift of each page size class.
const CLASS_SHIFT: [u8; SIZES] = [12, 16, 21, 30, 39, 48];

/// The index of a page size (given as its shift) among the [`SIZES`].
fn size_class(shift: u8) -> usize {
    match shift {
        0..=12 => 0,
        13..=16 => 1,
        17..=21 => 2,
        22..=30 => 3,
        31..=39 => 4,
        _ => 5,
    }
}

/// The (mask, value) a use of `way` writes into a one-word PLRU tree of `ways` leaves.
fn plru_path(ways: usize, way: usize) -> (u64, u64) {
    let (mut mask, mut value) = (0u64, 0u64);
    let mut node = ways + way;
    while node > 1 {
        let parent = node / 2;
        mask |= 1 << parent;
        if node & 1 == 0 {
            value |= 1 << parent;
        }
        node = parent;
    }
    (mask, value)
}

/// The TLB. See the module docs for its organisation.
#[derive(Clone, Debug)]
pub struct Tlb {
    cfg: TlbConfig,
    sets: usize,
    ways: usize,
    slots: Vec<Slot>,
    /// PLRU tree bits, `ways` bits per set (rounded up to whole words): node n (1..ways,
    /// children 2n and 2n+1, leaves ways..2*ways are the ways) is bit `set * stride + n`.
    /// A set bit means "the less recently used half is the right child".
    plru: Vec<u64>,
    /// Bits per set in `plru` (a multiple of 64).
    plru_stride: usize,
    /// For ways ≤ 64 (one word per set): per way, the (mask, value) that a use of that
    /// way writes into its set's word, so a hit updates the tree in O(1).
    plru_path: Vec<(u64, u64)>,
    hints: Vec<u32>,
    hint_mask: u64,
    /// Valid entries per page size class, to skip probing sizes that are absent.
    level_count: [usize; SIZES],
    clock: u64,
    rng: u64,
    generation: u64,
    pub stats: TlbStats,
}

impl Tlb {
    /// Builds an empty TLB. A geometry that [`TlbConfig::validate`] would reject is
    /// repaired instead (sizes rounded up to powers of two, ways clamped to entries).
    pub fn new(cfg: TlbConfig) -> Tlb {
        let entries = cfg.entries.clamp(1, MAX_ENTRIES).next_power_of_two();
        let ways = cfg.ways.clamp(1, entries).next_power_of_two().min(entries);
        let cfg = TlbConfig { entries, ways, ..cfg };
        let hint_len = (entries * 4).next_power_of_two().clamp(64, 1 << 14);
        Tlb {
            cfg,
            sets: entries / ways,
            ways,
            slots: vec![EMPTY_SLOT; entries],
            plru: vec![0; (entries / ways) * ways.div_ceil(64)],
            plru_stride: ways.div_ceil(64) * 64,
            plru_path: if ways <= 64 {
                (0..ways).map(|w| plru_path(ways, w)).collect()
            } else {
                Vec::new()
            },
            hints: vec![NO_HINT; hint_len],
            hint_mask: hint_len as u64 - 1,
            level_count: [0; SIZES],
            clock: 0,
            // xorshift64 must not start at 0.
            rng: if cfg.seed == 0 { 0x9e37_79b9_7f4a_7c15 } else { cfg.seed },
            generation: 0,
            stats: TlbStats::default(),
        }
    }

    /// The (possibly repaired) configuration in use.
    pub fn config(&self) -> TlbConfig {
        self.cfg
    }

    /// Number of valid entries.
    pub fn len(&self) -> usize {
        self.level_count.iter().sum()
    }

    /// True when no entry is valid.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Valid entries, in slot order (for reports and debugging).
    pub fn entries(&self) -> impl Iterator<Item = &TlbEntry> {
        self.slots.iter().filter(|s| s.valid).map(|s| &s.entry)
    }

    /// Increases whenever an entry is removed or replaced (eviction, in-place update,
    /// SFENCE.VMA, flush): host-side caches derived from entries compare it.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    #[inline]
    fn hint_index(&self, vaddr: u64, asid: u16) -> usize {
        (((vaddr >> 12) ^ (u64::from(asid) << 5)) & self.hint_mask) as usize
    }

    #[inline]
    fn set_of(&self, vaddr: u64, shift: u8) -> usize {
        ((vaddr >> shift) as usize) & (self.sets - 1)
    }

    #[inline]
    fn slot_matches(slot: &Slot, vaddr: u64, asid: u16) -> bool {
        slot.valid
            && vaddr & slot.mask == slot.entry.page_vaddr
            && (slot.entry.global || slot.entry.asid == asid)
    }

    /// Finds the slot mapping `vaddr` for `asid`, without touching any state.
    fn find(&self, vaddr: u64, asid: u16) -> Option<usize> {
        let hint = self.hints[self.hint_index(vaddr, asid)] as usize;
        if let Some(slot) = self.slots.get(hint) {
            if Self::slot_matches(slot, vaddr, asid) {
                return Some(hint);
            }
        }
        self.search(vaddr, asid)
    }

    fn search(&self, vaddr: u64, asid: u16) -> Option<usize> {
        if self.sets == 1 {
            return self.slots.iter().position(|s| Self::slot_matches(s, vaddr, asid));
        }
        for (&count, &shift) in self.level_count.iter().zip(CLASS_SHIFT.iter()) {
            if count == 0 {
                continue;
            }
            let base = self.set_of(vaddr, shift) * self.ways;
            for idx in base..base + self.ways {
                let slot = &self.slots[idx];
                if slot.entry.shift == shift && Self::slot_matches(slot, vaddr, asid) {
                    return Some(idx);
                }
            }
        }
        None
    }

    /// Looks `vaddr` up for address space `asid` (global entries match any ASID; a
    /// superpage entry covers its whole range). Counts the access as a hit or miss and
    /// updates the replacement state on a hit.
    #[inline]
    pub fn lookup(&mut self, vaddr: u64, asid: u16) -> Option<&TlbEntry> {
        self.stats.accesses += 1;
        let h = self.hint_index(vaddr, asid);
        let hinted = self.hints[h] as usize;
        let idx = match self.slots.get(hinted) {
            Some(slot) if Self::slot_matches(slot, vaddr, asid) => hinted,
            _ => match self.search(vaddr, asid) {
                Some(idx) => {
                    self.hints[h] = idx as u32;
                    idx
                }
                None => {
                    self.stats.misses += 1;
                    return None;
                }
            },
        };
        self.stats.hits += 1;
        self.touch(idx);
        Some(&self.slots[idx].entry)
    }

    /// Like [`Tlb::lookup`] but with no side effect at all (no stats, no replacement
    /// update): for consistency checks and debuggers.
    pub fn probe(&self, vaddr: u64, asid: u16) -> Option<&TlbEntry> {
        self.find(vaddr, asid).map(|idx| &self.slots[idx].entry)
    }

    /// The slot holding the entry that maps `vaddr` for `asid`, with no side effect: for a
    /// host-side cache of recent hits (see [`Tlb::hit_slot`]).
    pub fn probe_slot(&self, vaddr: u64, asid: u16) -> Option<usize> {
        self.find(vaddr, asid)
    }

    /// The entry in slot `idx` (from [`Tlb::probe_slot`]).
    pub fn entry(&self, idx: usize) -> Option<&TlbEntry> {
        self.slots.get(idx).map(|s| &s.entry)
    }

    /// Counts a hit on slot `idx` and updates the replacement state exactly as
    /// [`Tlb::lookup`] hitting that slot would. The caller guarantees the slot still holds
    /// the entry it found with [`Tlb::probe_slot`] (the generation has not changed).
    #[inline(always)]
    pub fn hit_slot(&mut self, idx: usize) {
        self.stats.accesses += 1;
        self.stats.hits += 1;
        if idx < self.slots.len() {
            self.touch(idx);
        }
    }

    /// `n` hits in a row on slot `idx`: the same counters and replacement state as `n`
    /// calls of [`Tlb::hit_slot`] (consecutive uses of one slot leave it the most recent
    /// once, and the LRU clock advances by `n`).
    #[inline]
    pub fn hit_slot_n(&mut self, idx: usize, n: u64) {
        if n == 0 {
            return;
        }
        self.stats.accesses += n;
        self.stats.hits += n;
        if idx < self.slots.len() {
            if self.cfg.policy == Policy::Lru {
                self.clock += n - 1;
            }
            self.touch(idx);
        }
    }

    /// Records a use of slot `idx` for the replacement policy.
    #[inline(always)]
    fn touch(&mut self, idx: usize) {
        match self.cfg.policy {
            Policy::Lru => {
                self.clock += 1;
                self.slots[idx].stamp = self.clock;
            }
            Policy::Plru => self.plru_touch(idx),
            Policy::Fifo | Policy::Random => {}
        }
    }

    /// Points every tree node on the path to `idx`'s way away from it.
    #[inline]
    fn plru_touch(&mut self, idx: usize) {
        let (set, way) = (idx / self.ways, idx % self.ways);
        if let Some(&(mask, value)) = self.plru_path.get(way) {
            let word = &mut self.plru[set];
            *word = (*word & !mask) | value;
            return;
        }
        let base = set * self.plru_stride;
        let mut node = self.ways + way;
        while node > 1 {
            let parent = node / 2;
            // Came from the left child: the LRU half is now the right one (1), and vice versa.
            let bit = base + parent;
            let word = &mut self.plru[bit / 64];
            if node & 1 == 0 {
                *word |= 1 << (bit % 64);
            } else {
                *word &= !(1 << (bit % 64));
            }
            node = parent;
        }
    }

    fn plru_victim(&self, set: usize) -> usize {
        let base = set * self.plru_stride;
        let mut node = 1;
        while node < self.ways {
            let bit = base + node;
            node = 2 * node + ((self.plru[bit / 64] >> (bit % 64)) & 1) as usize;
        }
        set * self.ways + node - self.ways
    }

    fn next_random(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        x
    }

    fn victim(&mut self, set: usize) -> usize {
        let base = set * self.ways;
        let range = base..base + self.ways;
        if let Some(free) = self.slots[range.clone()].iter().position(|s| !s.valid) {
            return base + free;
        }
        match self.cfg.policy {
            Policy::Lru | Policy::Fifo => {
                let mut best = base;
                for idx in range {
                    if self.slots[idx].stamp < self.slots[best].stamp {
                        best = idx;
                    }
                }
                best
            }
            Policy::Random => base + (self.next_random() % self.ways as u64) as usize,
            Policy::Plru => self.plru_victim(set),
        }
    }

    /// Caches a mapping. An entry for the same page, size and ASID (or a global one for
    /// the same page) is overwritten in place; otherwise the policy picks a victim in the
    /// entry's set, and replacing a valid entry counts as an eviction.
    pub fn insert(&mut self, entry: TlbEntry) {
        let class = size_class(entry.shift);
        let shift = CLASS_SHIFT[class];
        let entry = TlbEntry { shift, ..entry };
        let mask = !((1u64 << shift) - 1);
        let entry = TlbEntry { page_vaddr: entry.page_vaddr & mask, ..entry };
        let set = self.set_of(entry.page_vaddr, shift);
        let base = set * self.ways;
        let same = (base..base + self.ways).find(|&idx| {
            let s = &self.slots[idx];
            s.valid
                && s.entry.shift == shift
                && s.entry.page_vaddr == entry.page_vaddr
                && (s.entry.asid == entry.asid || s.entry.global || entry.global)
        });
        let idx = match same {
            Some(idx) => {
                self.generation += 1;
                self.slots[idx].entry = entry;
                self.touch(idx);
                idx
            }
            None => {
                let idx = self.victim(set);
                if self.slots[idx].valid {
                    self.stats.evictions += 1;
                    self.generation += 1;
                    self.level_count[size_class(self.slots[idx].entry.shift)] -= 1;
                }
                self.clock += 1;
                self.slots[idx] = Slot { entry, mask, valid: true, stamp: self.clock };
                self.level_count[class] += 1;
                if self.cfg.policy == Policy::Plru {
                    self.plru_touch(idx);
                }
                idx
            }
        };
        let h = self.hint_index(entry.page_vaddr, entry.asid);
        self.hints[h] = idx as u32;
    }

    /// Removes every valid entry for which `doomed` holds; returns how many.
    fn remove_where(&mut self, doomed: impl Fn(&TlbEntry) -> bool) -> usize {
        let mut removed = 0;
        for slot in &mut self.slots {
            if slot.valid && doomed(&slot.entry) {
                slot.valid = false;
                self.level_count[size_class(slot.entry.shift)] -= 1;
                removed += 1;
            }
        }
        if removed > 0 {
            self.generation += 1;
        }
        removed
    }

    /// SFENCE.VMA (Privileged spec, "Supervisor Memory-Management Fence Instruction").
    /// `vaddr` is rs1's value (`None` when rs1=x0), `asid` rs2's (`None` when rs2=x0).
    /// With an ASID, global entries are kept; with an address, only the entries whose
    /// (super)page contains it are removed. Returns the number of entries removed.
    pub fn sfence(&mut self, vaddr: Option<u64>, asid: Option<u16>) -> usize {
        let removed = match (vaddr, asid) {
            (None, None) => {
                self.stats.flushes_all += 1;
                self.remove_where(|_| true)
            }
            (Some(va), None) => {
                self.stats.flushes_addr += 1;
                self.remove_where(|e| va & !(e.page_size() - 1) == e.page_vaddr)
            }
            (None, Some(a)) => {
                self.stats.flushes_asid += 1;
                self.remove_where(|e| !e.global && e.asid == a)
            }
            (Some(va), Some(a)) => {
                self.stats.flushes_addr_asid += 1;
                self.remove_where(|e| {
                    !e.global && e.asid == a && va & !(e.page_size() - 1) == e.page_vaddr
                })
            }
        };
        self.stats.entries_flushed += removed as u64;
        removed
    }

    /// Empties the TLB without counting an SFENCE (host-side resets). Returns the number
    /// of entries removed.
    pub fn flush_all(&mut self) -> usize {
        self.remove_where(|_| true)
    }
}
