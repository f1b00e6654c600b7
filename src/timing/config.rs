//! Timing-model configuration: every latency, penalty and structure size, loadable from TOML.
//!
//! [`TimingConfig::default`] is the built-in profile: a single-issue in-order core of the
//! class of the SiFive U5/U7 series (derived from Berkeley's Rocket core) with the
//! FU740 (HiFive Unmatched) cache hierarchy. Where each default comes from:
//!
//! | parameter | default | source |
//! |---|---|---|
//! | `clock_hz` | 1 GHz | round figure; the FU740 runs its U74 cores at about 1.2 GHz |
//! | `timebase_hz` | 10 MHz | the CLINT `mtime` rate of the QEMU-compatible `virt` platform |
//! | `load_use_penalty` | 1 | SiFive E31 core manual, "Execution Pipeline" (the Rocket-derived 5-stage pipe the U54 shares): LW has a two-cycle result latency on a cache hit, so an immediately dependent instruction waits one cycle; gem5's U74 model (`riscvmatched_core.py`, citing FU740 datasheet table 8) also uses a 2-cycle load |
//! | `mul_latency` | 2 | same gem5 U74 model: 3-cycle integer multiply, i.e. 2 cycles beyond an ALU op; pipelined |
//! | `div_latency` | 32 | approximate: an iterative divider (the E31 manual gives 2..33 cycles, operand dependent, at one bit per cycle); modelled as data-independent and blocking |
//! | `l1_hit_latency` | 2 | the same two-cycle load result latency, paid by the page-table walker (which stalls the pipeline) for each PTE found in the L1 D-cache |
//! | `branch.bht_entries` | 512 | E31 core manual, "Instruction Fetch Unit": 512-entry BHT; Rocket's `BHTParams.nEntries` default is also 512 |
//! | `branch.btb_entries` | 32 | Rocket's `BTBParams` default is 28 (E31 manual: 28-entry BTB), gem5's U74 model uses 32; a power of two is needed for our direct-mapped BTB |
//! | `branch.ras_depth` | 6 | E31 core manual and Rocket's `BTBParams.nRAS`: 6-entry return-address stack |
//! | `branch.mispredict_penalty` | 3 | E31 core manual: mispredicted control-flow instructions incur a three-cycle penalty |
//! | `penalties.*` | 3..8 | approximate: a pipeline flush of a 5-stage pipe costs about the mispredict penalty; FENCE.I and SFENCE.VMA also refetch, trap entry also redirects through `xtvec` |
//! | `icache` | 32K:4:64 | FU740 datasheet table 7 (as quoted by gem5's `riscvmatched_cache.py`): 32 KiB 4-way L1 I-cache; SiFive manuals give 64-byte lines |
//! | `dcache` | 32K:8:64 | same table: 32 KiB 8-way L1 D-cache |
//! | `l2` | 2M:16:64 | same table: 2 MiB 16-way shared L2 |
//! | `l2_latency` | 20 | approximate: gem5's FU740 model gives its L2 a 20-cycle data latency |
//! | `dram_latency` | 100 | approximate: about 100 ns DDR4 load-to-use at 1 GHz |
//! | `walk_cache_entries` | 8 | Rocket's `nPTECacheEntries` default: a small cache of non-leaf PTEs tagged by their physical address, flushed by SFENCE.VMA with rs1=x0 |
//! | `l2tlb_latency` | 4 | XiangShan's L2 TLB ("page cache", XiangShan-doc `memory/mmu/l2tlb.md`) answers a lookup in four cycles; used only with `--l2tlb`, paid on every first-level TLB miss |
//! | `cacheable_base` | 0x8000_0000 | on the `virt` map every device lies below DRAM, so lower data addresses are uncached MMIO |
//! | `mmio_latency` | 20 | approximate: an uncached round trip to a peripheral bus |
//! | `fp.misc` | 1 | Rocket's `FPUParams` (rocket-chip `FPU.scala`, the FPU of the U5/U7 class): sign injection, min/max, FP-FP and int-FP conversions (its `fpmuLatency`/`ifpuLatency`) take 2 cycles, i.e. 1 beyond an ALU op; compares, FCLASS and moves to integer registers are priced the same |
//! | `fp.add_s`, `fp.mul_s`, `fp.fma_s` | 2 | Rocket `sfmaLatency` = 3: FADD, FMUL and the FMAs share the single-precision FMA pipeline (pipelined), 2 cycles beyond an ALU op |
//! | `fp.add_d`, `fp.mul_d`, `fp.fma_d` | 3 | Rocket `dfmaLatency` = 4, likewise for double |
//! | `fp.div_s`, `fp.sqrt_s` | 24 | approximate: Rocket's iterative divide/square-root unit produces about one significand bit per cycle (24 bits single); modelled data-independent and blocking, like `div_latency` |
//! | `fp.div_d`, `fp.sqrt_d` | 53 | the same for the 53-bit double significand |
//! | `disk.fixed_cycles` | 100_000 | approximate: ~100 us per request (a fast SSD) at 1 GHz |
//! | `disk.per_sector_cycles` | 1_000 | approximate: 512 bytes at ~500 MB/s |
//!
//! Cache geometries are written `size:ways:line` (`"32K:4:64"`; sizes take K/M/G suffixes,
//! powers of 1024); `"off"`, `"none"` or `"0"` means the cache is absent.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Which timing model [`super::build`] creates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ModelKind {
    /// One cycle per instruction and nothing else; as cheap as possible.
    Functional,
    /// The single-issue in-order pipeline with caches and branch prediction.
    #[default]
    Inorder,
}

impl ModelKind {
    /// The name used in TOML and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ModelKind::Functional => "functional",
            ModelKind::Inorder => "inorder",
        }
    }
}

impl fmt::Display for ModelKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for ModelKind {
    type Err = ConfigError;
    fn from_str(s: &str) -> Result<Self, ConfigError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "functional" => Ok(ModelKind::Functional),
            "inorder" | "in-order" => Ok(ModelKind::Inorder),
            _ => Err(ConfigError::UnknownModel(s.to_string())),
        }
    }
}

/// Errors from parsing or validating a timing configuration.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// The TOML text is malformed or a value has the wrong type or range.
    #[error("timing config, line {line}, column {column}: {message}")]
    Toml { line: usize, column: usize, message: String },
    /// A cache geometry string could not be used.
    #[error("cache geometry {text:?}: {reason} (expected size:ways:line such as \"32K:4:64\", or \"off\")")]
    Geometry { text: String, reason: String },
    /// `model` is neither `inorder` nor `functional`.
    #[error("unknown timing model {0:?} (expected \"inorder\" or \"functional\")")]
    UnknownModel(String),
    /// A value is out of its allowed range.
    #[error("timing config: {field} = {value}: {reason}")]
    Invalid { field: &'static str, value: u64, reason: &'static str },
}

/// Size, associativity and line size of one cache; `size == 0` means no cache.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CacheGeometry {
    /// Capacity in bytes (0 = cache absent).
    pub size: u64,
    /// Ways per set.
    pub ways: u32,
    /// Line size in bytes (a power of two).
    pub line: u32,
}

/// Largest accepted cache (1 GiB), to keep a typo from allocating the host's memory.
const MAX_CACHE_BYTES: u64 = 1 << 30;

impl CacheGeometry {
    /// No cache.
    pub const OFF: CacheGeometry = CacheGeometry { size: 0, ways: 0, line: 0 };

    /// A geometry from its three numbers, checked.
    pub fn new(size: u64, ways: u32, line: u32) -> Result<Self, ConfigError> {
        let g = CacheGeometry { size, ways, line };
        g.validate()?;
        Ok(g)
    }

    /// True when this describes an actual cache.
    pub fn enabled(&self) -> bool {
        self.size != 0
    }

    /// Number of sets (0 when disabled).
    pub fn sets(&self) -> u64 {
        if self.enabled() {
            self.size / (u64::from(self.ways) * u64::from(self.line))
        } else {
            0
        }
    }

    /// Checks that the geometry can be built: line a power of two of at least 4 bytes,
    /// at least one way, and a power-of-two number of sets.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if !self.enabled() {
            return Ok(());
        }
        let err = |reason: &str| ConfigError::Geometry {
            text: self.to_string(),
            reason: reason.to_string(),
        };
        if self.size > MAX_CACHE_BYTES {
            return Err(err("larger than 1G"));
        }
        if self.line < 4 || !self.line.is_power_of_two() {
            return Err(err("line size must be a power of two of at least 4 bytes"));
        }
        if self.ways == 0 {
            return Err(err("at least one way is needed"));
        }
        let way_bytes = u64::from(self.ways) * u64::from(self.line);
        if !self.size.is_multiple_of(way_bytes) || !(self.size / way_bytes).is_power_of_two() {
            return Err(err("size / (ways * line) must be a power-of-two number of sets"));
        }
        Ok(())
    }
}

/// Parses `1234`, `32K`, `32KiB`, `2M`, `1G` (powers of 1024).
fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let lower = s.to_ascii_lowercase();
    let digits_end = lower.find(|c: char| !c.is_ascii_digit()).unwrap_or(lower.len());
    let (num, suffix) = lower.split_at(digits_end);
    let n: u64 = num.parse().ok()?;
    let mult: u64 = match suffix {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return None,
    };
    n.checked_mul(mult)
}

impl FromStr for CacheGeometry {
    type Err = ConfigError;
    fn from_str(text: &str) -> Result<Self, ConfigError> {
        let t = text.trim();
        let lower = t.to_ascii_lowercase();
        if lower == "off" || lower == "none" || lower == "0" {
            return Ok(CacheGeometry::OFF);
        }
        let err = |reason: &str| ConfigError::Geometry {
            text: text.to_string(),
            reason: reason.to_string(),
        };
        let parts: Vec<&str> = t.split(':').collect();
        let [size, ways, line] = parts.as_slice() else {
            return Err(err("three fields separated by ':' are needed"));
        };
        let size = parse_size(size).ok_or_else(|| err("bad size"))?;
        let ways: u32 = ways.trim().parse().map_err(|_| err("bad number of ways"))?;
        let line = parse_size(line)
            .and_then(|l| u32::try_from(l).ok())
            .ok_or_else(|| err("bad line size"))?;
        if size == 0 {
            return Ok(CacheGeometry::OFF);
        }
        let g = CacheGeometry { size, ways, line };
        g.validate().map_err(|e| match e {
            ConfigError::Geometry { reason, .. } => err(&reason),
            other => other,
        })?;
        Ok(g)
    }
}

impl fmt::Display for CacheGeometry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.enabled() {
            return f.write_str("off");
        }
        let s = self.size;
        if s.is_multiple_of(1 << 30) {
            write!(f, "{}G", s >> 30)?;
        } else if s.is_multiple_of(1 << 20) {
            write!(f, "{}M", s >> 20)?;
        } else if s.is_multiple_of(1 << 10) {
            write!(f, "{}K", s >> 10)?;
        } else {
            write!(f, "{s}")?;
        }
        write!(f, ":{}:{}", self.ways, self.line)
    }
}

impl TryFrom<String> for CacheGeometry {
    type Error = ConfigError;
    fn try_from(s: String) -> Result<Self, ConfigError> {
        s.parse()
    }
}

impl From<CacheGeometry> for String {
    fn from(g: CacheGeometry) -> String {
        g.to_string()
    }
}

/// Branch predictor sizes and the misprediction penalty.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BranchConfig {
    /// 2-bit counters in the branch history table (power of two; 0 = predict not taken).
    pub bht_entries: u32,
    /// Direct-mapped branch target buffer entries (power of two; 0 = no BTB, so every
    /// taken branch or jump is mispredicted).
    pub btb_entries: u32,
    /// Return-address stack depth (0 = returns are predicted by the BTB).
    pub ras_depth: u32,
    /// Cycles lost when the next PC was mispredicted (direction or target).
    pub mispredict_penalty: u64,
}

impl Default for BranchConfig {
    fn default() -> Self {
        BranchConfig { bht_entries: 512, btb_entries: 32, ras_depth: 6, mispredict_penalty: 3 }
    }
}

/// Extra cycles of serializing instructions and traps (all approximate, see module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Penalties {
    /// FENCE: drain outstanding memory operations.
    pub fence: u64,
    /// FENCE.I: flush the pipeline and the I-cache (the I-cache model is also invalidated,
    /// so the refetch misses are charged as they happen).
    pub fence_i: u64,
    /// SFENCE.VMA: pipeline flush (the TLB flush itself is the hart's business).
    pub sfence_vma: u64,
    /// A CSR access that serializes the pipeline (writes to satp, mstatus, ...).
    pub csr_serialize: u64,
    /// Trap entry (exception or interrupt): flush and redirect to xtvec.
    pub trap: u64,
    /// MRET/SRET: flush and redirect to xepc.
    pub xret: u64,
}

impl Default for Penalties {
    fn default() -> Self {
        Penalties { fence: 3, fence_i: 5, sfence_vma: 5, csr_serialize: 3, trap: 5, xret: 3 }
    }
}

/// Modelled disk timing, used by the machine for virtio-blk requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DiskConfig {
    /// Cycles per request regardless of its size.
    pub fixed_cycles: u64,
    /// Cycles per 512-byte sector transferred.
    pub per_sector_cycles: u64,
}

impl Default for DiskConfig {
    fn default() -> Self {
        DiskConfig { fixed_cycles: 100_000, per_sector_cycles: 1_000 }
    }
}

/// FP unit latencies: cycles beyond one before a result can be used (pipelined classes)
/// or extra cycles the instruction blocks the pipe (`div_*`, `sqrt_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FpLatencies {
    /// FSGNJ*, FMIN/FMAX, FEQ/FLT/FLE, FCLASS, FMV.*, FCVT.*.
    pub misc: u64,
    pub add_s: u64,
    pub add_d: u64,
    pub mul_s: u64,
    pub mul_d: u64,
    /// FMADD, FMSUB, FNMSUB, FNMADD.
    pub fma_s: u64,
    pub fma_d: u64,
    pub div_s: u64,
    pub div_d: u64,
    pub sqrt_s: u64,
    pub sqrt_d: u64,
}

impl Default for FpLatencies {
    fn default() -> Self {
        FpLatencies {
            misc: 1,
            add_s: 2,
            add_d: 3,
            mul_s: 2,
            mul_d: 3,
            fma_s: 2,
            fma_d: 3,
            div_s: 24,
            div_d: 53,
            sqrt_s: 24,
            sqrt_d: 53,
        }
    }
}

/// The whole timing configuration. See the module documentation for every default.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TimingConfig {
    /// `"inorder"` (default) or `"functional"`.
    pub model: ModelKind,
    /// Core clock in Hz: converts cycles to time.
    pub clock_hz: u64,
    /// `mtime` tick rate in Hz.
    pub timebase_hz: u64,
    /// Cycles beyond one before a multiply result can be used (pipelined multiplier).
    pub mul_latency: u64,
    /// Extra cycles of a divide or remainder (blocking, data-independent).
    pub div_latency: u64,
    /// Stall of an instruction that reads a load's result right after the load.
    pub load_use_penalty: u64,
    /// Cycles the page-table walker spends per PTE that hits in the L1 D-cache.
    pub l1_hit_latency: u64,
    /// Branch prediction.
    pub branch: BranchConfig,
    /// Serializing instructions and traps.
    pub penalties: Penalties,
    /// L1 instruction cache.
    pub icache: CacheGeometry,
    /// L1 data cache (also used by the page-table walker).
    pub dcache: CacheGeometry,
    /// Unified L2 behind both L1s.
    pub l2: CacheGeometry,
    /// Cycles of an L1 miss served by the L2.
    pub l2_latency: u64,
    /// Cycles of an access served by memory (added to `l2_latency` when an L2 exists).
    pub dram_latency: u64,
    /// Entries of the page-walk cache of non-leaf PTEs (0 = off).
    pub walk_cache_entries: u32,
    /// Cycles of one second-level TLB lookup (with `--l2tlb`), paid on each first-level
    /// TLB miss before any walk.
    pub l2tlb_latency: u64,
    /// Data accesses below this physical address are uncached device accesses.
    pub cacheable_base: u64,
    /// Cycles of one uncached device access.
    pub mmio_latency: u64,
    /// Disk request timing.
    pub disk: DiskConfig,
    /// FP unit latencies (F and D).
    pub fp: FpLatencies,
}

impl Default for TimingConfig {
    fn default() -> Self {
        TimingConfig {
            model: ModelKind::Inorder,
            clock_hz: 1_000_000_000,
            timebase_hz: 10_000_000,
            mul_latency: 2,
            div_latency: 32,
            load_use_penalty: 1,
            l1_hit_latency: 2,
            branch: BranchConfig::default(),
            penalties: Penalties::default(),
            icache: CacheGeometry { size: 32 << 10, ways: 4, line: 64 },
            dcache: CacheGeometry { size: 32 << 10, ways: 8, line: 64 },
            l2: CacheGeometry { size: 2 << 20, ways: 16, line: 64 },
            l2_latency: 20,
            dram_latency: 100,
            walk_cache_entries: 8,
            l2tlb_latency: 4,
            cacheable_base: 0x8000_0000,
            mmio_latency: 20,
            disk: DiskConfig::default(),
            fp: FpLatencies::default(),
        }
    }
}

/// Largest accepted BHT/BTB/RAS/walk-cache size.
const MAX_TABLE_ENTRIES: u32 = 1 << 20;

/// 1-based line and column of byte offset `pos` in `text`.
fn line_col(text: &str, pos: usize) -> (usize, usize) {
    let before = text.get(..pos.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

impl TimingConfig {
    /// Parses a (possibly partial) TOML profile; missing fields keep their defaults.
    /// Errors carry the line and column of the offending text.
    pub fn from_toml_str(text: &str) -> Result<Self, ConfigError> {
        let cfg: TimingConfig = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((0, 0), |s| line_col(text, s.start));
            ConfigError::Toml { line, column, message: e.message().trim().to_string() }
        })?;
        cfg.validate()?;
        Ok(cfg)
    }

    /// The configuration as TOML (parses back to an equal value).
    pub fn to_toml_string(&self) -> String {
        // Every field is a plain number, string or table: serialization cannot fail.
        toml::to_string(self).unwrap_or_default()
    }

    /// Checks ranges that serde cannot express.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let invalid = |field, value, reason| Err(ConfigError::Invalid { field, value, reason });
        if self.clock_hz == 0 {
            return invalid("clock_hz", 0, "must be positive");
        }
        if self.timebase_hz == 0 {
            return invalid("timebase_hz", 0, "must be positive");
        }
        let tables = [
            ("branch.bht_entries", self.branch.bht_entries, true),
            ("branch.btb_entries", self.branch.btb_entries, true),
            ("branch.ras_depth", self.branch.ras_depth, false),
            ("walk_cache_entries", self.walk_cache_entries, false),
        ];
        for (field, n, pow2) in tables {
            if n > MAX_TABLE_ENTRIES {
                return invalid(field, n.into(), "too large (at most 1048576)");
            }
            if pow2 && n != 0 && !n.is_power_of_two() {
                return invalid(field, n.into(), "must be a power of two or 0");
            }
        }
        self.icache.validate()?;
        self.dcache.validate()?;
        self.l2.validate()?;
        Ok(())
    }

    /// Removes every cache (L1 I, L1 D, L2): each access then costs `dram_latency`.
    pub fn disable_caches(&mut self) {
        self.icache = CacheGeometry::OFF;
        self.dcache = CacheGeometry::OFF;
        self.l2 = CacheGeometry::OFF;
    }

    /// Converts core cycles to `mtime` ticks (rounding down).
    /// Core cycles per mtime tick (at least 1).
    pub fn cycles_per_tick(&self) -> u64 {
        (self.clock_hz / self.timebase_hz.max(1)).max(1)
    }

    pub fn cycles_to_ticks(&self, cycles: u64) -> u64 {
        let t =
            u128::from(cycles) * u128::from(self.timebase_hz) / u128::from(self.clock_hz.max(1));
        u64::try_from(t).unwrap_or(u64::MAX)
    }

    /// Converts `mtime` ticks to core cycles (rounding down).
    pub fn ticks_to_cycles(&self, ticks: u64) -> u64 {
        let c = u128::from(ticks) * u128::from(self.clock_hz) / u128::from(self.timebase_hz.max(1));
        u64::try_from(c).unwrap_or(u64::MAX)
    }

    /// Cycles of a disk request transferring `sectors` 512-byte sectors.
    pub fn disk_cycles(&self, sectors: u64) -> u64 {
        self.disk.fixed_cycles.saturating_add(self.disk.per_sector_cycles.saturating_mul(sectors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geometry_parses_and_prints() {
        let g: CacheGeometry = "32K:4:64".parse().unwrap();
        assert_eq!(g, CacheGeometry::new(32768, 4, 64).unwrap());
        assert_eq!(g.sets(), 128);
        assert_eq!(g.to_string(), "32K:4:64");
        let g: CacheGeometry = "2MiB:16:64".parse().unwrap();
        assert_eq!((g.size, g.ways, g.line), (2 << 20, 16, 64));
        assert_eq!(g.to_string(), "2M:16:64");
        assert_eq!("512:2:16".parse::<CacheGeometry>().unwrap().sets(), 16);
        for off in ["off", "OFF", "0", "none", "0:4:64"] {
            assert_eq!(off.parse::<CacheGeometry>().unwrap(), CacheGeometry::OFF, "{off}");
        }
        assert_eq!(CacheGeometry::OFF.to_string(), "off");
    }

    #[test]
    fn bad_geometries_are_rejected() {
        for bad in [
            "32K:4",
            "32K:4:64:1",
            "x:4:64",
            "32K:0:64",
            "32K:4:48",
            "32K:4:2",
            "48K:4:64",
            "32Q:4:64",
            "4G:4:64",
            "32K:-1:64",
        ] {
            let e = bad.parse::<CacheGeometry>().unwrap_err();
            assert!(matches!(e, ConfigError::Geometry { .. }), "{bad}: {e}");
        }
        // 12 ways of 64 bytes in 48 KiB = 64 sets: fine even though ways is not a power of two.
        assert_eq!("48K:12:64".parse::<CacheGeometry>().unwrap().sets(), 64);
    }

    #[test]
    fn default_profile_round_trips_through_toml() {
        let cfg = TimingConfig::default();
        let text = cfg.to_toml_string();
        assert!(text.contains("icache = \"32K:4:64\""), "{text}");
        assert_eq!(TimingConfig::from_toml_str(&text).unwrap(), cfg);
        // A non-default profile too.
        let mut other = cfg.clone();
        other.model = ModelKind::Functional;
        other.disable_caches();
        other.branch.ras_depth = 0;
        let back = TimingConfig::from_toml_str(&other.to_toml_string()).unwrap();
        assert_eq!(back, other);
    }

    #[test]
    fn partial_toml_overrides_only_its_fields() {
        let cfg =
            TimingConfig::from_toml_str("dram_latency = 250\n[branch]\nmispredict_penalty = 7\n")
                .unwrap();
        let expect = TimingConfig {
            dram_latency: 250,
            branch: BranchConfig { mispredict_penalty: 7, ..BranchConfig::default() },
            ..TimingConfig::default()
        };
        assert_eq!(cfg, expect);
        assert_eq!(TimingConfig::from_toml_str("").unwrap(), TimingConfig::default());
        let f = TimingConfig::from_toml_str("model = \"functional\"\nl2 = \"off\"").unwrap();
        assert_eq!(f.model, ModelKind::Functional);
        assert!(!f.l2.enabled());
    }

    #[test]
    fn toml_errors_carry_line_numbers() {
        let e =
            TimingConfig::from_toml_str("clock_hz = 1000\n\ndcache = \"32K:3:64\"\n").unwrap_err();
        match e {
            ConfigError::Toml { line, message, .. } => {
                assert_eq!(line, 3);
                assert!(message.contains("32K:3:64"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        let e = TimingConfig::from_toml_str("[branch]\nbht_entrys = 4\n").unwrap_err();
        assert!(matches!(e, ConfigError::Toml { line: 2, .. }), "{e}");
        let e = TimingConfig::from_toml_str("model = \"ooo\"").unwrap_err();
        assert!(matches!(e, ConfigError::Toml { line: 1, .. }), "{e}");
        let e = TimingConfig::from_toml_str("dram_latency = -1").unwrap_err();
        assert!(matches!(e, ConfigError::Toml { line: 1, .. }), "{e}");
        let e = TimingConfig::from_toml_str("[branch]\nbtb_entries = 28").unwrap_err();
        assert!(
            matches!(e, ConfigError::Invalid { field: "branch.btb_entries", value: 28, .. }),
            "{e}"
        );
        assert!(TimingConfig::from_toml_str("clock_hz = 0").is_err());
    }

    #[test]
    fn model_names_parse() {
        assert_eq!("functional".parse::<ModelKind>().unwrap(), ModelKind::Functional);
        assert_eq!("InOrder".parse::<ModelKind>().unwrap(), ModelKind::Inorder);
        assert!("ooo".parse::<ModelKind>().is_err());
    }

    #[test]
    fn time_conversions() {
        let cfg = TimingConfig::default(); // 1 GHz core, 10 MHz timebase
        assert_eq!(cfg.cycles_to_ticks(1_000), 10);
        assert_eq!(cfg.cycles_to_ticks(99), 0);
        assert_eq!(cfg.ticks_to_cycles(10), 1_000);
        assert_eq!(cfg.cycles_to_ticks(u64::MAX), u64::MAX / 100);
        assert_eq!(cfg.disk_cycles(8), 100_000 + 8_000);
    }
}
