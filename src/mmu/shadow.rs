//! Shadow TLBs: TLBs that see the same reference stream as the hart's real ones but only
//! count (`--shadow-tlb SIDE:ENTRIES[:WAYS][:POLICY]`).
//!
//! A shadow of side `i` or `d` sees every access of the real iTLB or dTLB: the same
//! virtual address and ASID, in the same order, with the same SFENCE.VMA and flushes. On
//! its own miss it is filled with the entry the real TLB resolved for that access (the one
//! it hit, or the one its walk inserted), so superpages and global mappings are cached as
//! the real TLB caches them; an access whose walk faulted fills nothing. A shadow of side
//! `l2` is a unified second level behind the real L1 TLBs: it sees each access that missed
//! the real iTLB or dTLB, and is filled the same way. The real TLBs alone decide what the
//! hart does and how long it takes; the shadows' counters are reported beside theirs.
//!
//! A shadow with the real TLB's geometry and policy makes the real TLB's decisions, so it
//! reports exactly the real TLB's accesses, hits, misses and evictions (tests/shadow.rs).

use super::tlb::{Tlb, TlbConfig, TlbConfigError, TlbEntry, TlbStats};
use std::fmt;
use std::str::FromStr;

/// Which stream a shadow sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// The iTLB's accesses.
    I,
    /// The dTLB's accesses.
    D,
    /// The accesses that missed the real iTLB or dTLB.
    L2,
}

impl Side {
    pub fn name(self) -> &'static str {
        match self {
            Side::I => "i",
            Side::D => "d",
            Side::L2 => "l2",
        }
    }

    /// What the report calls the TLB the shadow stands beside.
    pub fn real(self) -> &'static str {
        match self {
            Side::I => "itlb",
            Side::D => "dtlb",
            Side::L2 => "l2tlb",
        }
    }
}

/// One `--shadow-tlb`: its side and geometry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ShadowSpec {
    pub side: Side,
    pub tlb: TlbConfig,
}

/// Why a `--shadow-tlb` was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShadowSpecError {
    #[error("shadow TLB `{0}`: expected SIDE:ENTRIES[:WAYS][:POLICY] with SIDE i, d or l2, e.g. d:64:4:plru")]
    Side(String),
    #[error("shadow TLB `{0}`: {1}")]
    Geometry(String, TlbConfigError),
}

impl FromStr for ShadowSpec {
    type Err = ShadowSpecError;

    /// `i:16`, `d:64:4:plru`, `l2:512:4`: the side, then the geometry as `--dtlb` takes it.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (side, geometry) =
            s.trim().split_once(':').ok_or_else(|| ShadowSpecError::Side(s.to_string()))?;
        let side = match side.trim().to_ascii_lowercase().as_str() {
            "i" | "itlb" => Side::I,
            "d" | "dtlb" => Side::D,
            "l2" | "l2tlb" => Side::L2,
            _ => return Err(ShadowSpecError::Side(s.to_string())),
        };
        let tlb = geometry.parse().map_err(|e| ShadowSpecError::Geometry(s.to_string(), e))?;
        Ok(ShadowSpec { side, tlb })
    }
}

impl fmt::Display for ShadowSpec {
    /// `SIDE:ENTRIES:WAYS:POLICY`, which `from_str` accepts.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.side.name(), self.tlb)
    }
}

/// One shadow TLB and what it counted.
#[derive(Clone, Debug)]
pub struct Shadow {
    pub spec: ShadowSpec,
    pub tlb: Tlb,
}

/// A hart's shadow TLBs.
#[derive(Clone, Debug)]
pub struct Shadows {
    pub list: Vec<Shadow>,
}

impl Shadows {
    /// The shadows of `specs`, or `None` when there are none (so the hart's hooks cost a
    /// single test of an empty option).
    pub fn new(specs: &[ShadowSpec]) -> Option<Box<Shadows>> {
        if specs.is_empty() {
            return None;
        }
        let list = specs.iter().map(|&spec| Shadow { spec, tlb: Tlb::new(spec.tlb) }).collect();
        Some(Box::new(Shadows { list }))
    }

    /// One access of the real iTLB (`fetch`) or dTLB to `vaddr` for `asid`. `entry` is the
    /// real TLB's entry for it after the access (`None`: its walk faulted), `missed` whether
    /// the real TLB missed.
    #[cold]
    pub fn access(
        &mut self,
        fetch: bool,
        vaddr: u64,
        asid: u16,
        entry: Option<&TlbEntry>,
        missed: bool,
    ) {
        let side = if fetch { Side::I } else { Side::D };
        for s in &mut self.list {
            if s.spec.side == side || (missed && s.spec.side == Side::L2) {
                see(&mut s.tlb, vaddr, asid, entry);
            }
        }
    }

    /// `n` accesses in a row to `vaddr` that hit the real TLB's `entry`.
    #[cold]
    pub fn hits(&mut self, fetch: bool, vaddr: u64, asid: u16, entry: &TlbEntry, n: u64) {
        if n == 0 {
            return;
        }
        let side = if fetch { Side::I } else { Side::D };
        for s in self.list.iter_mut().filter(|s| s.spec.side == side) {
            see(&mut s.tlb, vaddr, asid, Some(entry));
            if n > 1 {
                match s.tlb.probe_slot(vaddr, asid) {
                    Some(slot) => s.tlb.hit_slot_n(slot, n - 1),
                    None => {
                        for _ in 1..n {
                            see(&mut s.tlb, vaddr, asid, Some(entry));
                        }
                    }
                }
            }
        }
    }

    /// SFENCE.VMA with these operands, on every shadow.
    #[cold]
    pub fn sfence(&mut self, vaddr: Option<u64>, asid: Option<u16>) {
        for s in &mut self.list {
            s.tlb.sfence(vaddr, asid);
        }
    }

    /// The counters of each shadow, in `--shadow-tlb` order.
    pub fn stats(&self) -> impl Iterator<Item = (ShadowSpec, &TlbStats)> {
        self.list.iter().map(|s| (s.spec, &s.tlb.stats))
    }
}

/// A lookup; on a miss, the fill the real TLB's resolution gives.
fn see(tlb: &mut Tlb, vaddr: u64, asid: u16, entry: Option<&TlbEntry>) {
    if tlb.lookup(vaddr, asid).is_none() {
        if let Some(e) = entry {
            tlb.insert(*e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs() {
        let s: ShadowSpec = "d:64:4:plru".parse().unwrap();
        assert_eq!((s.side, s.tlb.entries, s.tlb.ways), (Side::D, 64, 4));
        assert_eq!(s.to_string(), "d:64:4:plru");
        assert_eq!("i:16".parse::<ShadowSpec>().unwrap().to_string(), "i:16:16:lru");
        assert_eq!("l2:512:4".parse::<ShadowSpec>().unwrap().to_string(), "l2:512:4:lru");
        assert!("x:16".parse::<ShadowSpec>().is_err());
        assert!("16".parse::<ShadowSpec>().is_err());
        assert!("d:12".parse::<ShadowSpec>().is_err());
    }

    fn entry(page: u64) -> TlbEntry {
        TlbEntry {
            page_vaddr: page << 12,
            level: 0,
            shift: 12,
            ppn: page,
            pte: 0xcf,
            asid: 1,
            global: false,
            pte_addr: 0,
        }
    }

    /// A shadow fed the accesses a real TLB of its geometry saw counts what it counted.
    #[test]
    fn same_geometry_counts_the_same() {
        let cfg: TlbConfig = "4:2:plru".parse().unwrap();
        let mut real = Tlb::new(cfg);
        let mut shadows = Shadows::new(&[ShadowSpec { side: Side::D, tlb: cfg }]).unwrap();
        let mut x = 7u64;
        for _ in 0..5000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let page = (x >> 33) % 11;
            let va = (page << 12) | 8;
            let missed = real.lookup(va, 1).is_none();
            if missed {
                real.insert(entry(page));
            }
            shadows.access(false, va, 1, real.probe(va, 1), missed);
            if (x >> 20).is_multiple_of(97) {
                real.sfence(Some(va), None);
                shadows.sfence(Some(va), None);
            }
        }
        assert_eq!(shadows.list[0].tlb.stats, real.stats);
        assert!(real.stats.evictions > 0);
    }
}
