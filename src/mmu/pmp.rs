//! Physical memory protection (Privileged spec, "Physical Memory Protection"): the 64
//! `pmpcfg`/`pmpaddr` entries with their WARL and lock rules, and the access check.
//!
//! Implemented: 64 entries, grain 4 bytes (G=0, so NA4 is selectable), OFF/TOR/NA4/NAPOT,
//! 56-bit physical addresses (pmpaddr bits 53:0). Not implemented: Smepmp (no mseccfg).
//!
//! WARL choices:
//! - pmpcfg bits 6:5 are reserved and read as 0.
//! - A write of the reserved R=0,W=1 combination leaves that entry's cfg byte unchanged
//!   (the other bytes of the CSR are still written).
//! - Writes to a locked entry's cfg byte or pmpaddr are ignored, as are writes to
//!   `pmpaddr[i]` when entry i+1 is locked and TOR.
//!
//! [`Pmp::check`] walks a list of the enabled entries rebuilt on every CSR write, so it
//! costs nothing beyond a branch while no entry is enabled.

use crate::isa::Privilege;

use super::sv39::AccessType;

/// Number of PMP entries.
pub const PMP_ENTRIES: usize = 64;

/// cfg bit: read permission.
pub const PMP_R: u8 = 1 << 0;
/// cfg bit: write permission.
pub const PMP_W: u8 = 1 << 1;
/// cfg bit: execute permission.
pub const PMP_X: u8 = 1 << 2;
/// cfg field A (bits 4:3): address-matching mode.
pub const PMP_A_MASK: u8 = 3 << 3;
/// cfg bit: locked.
pub const PMP_L: u8 = 1 << 7;
/// A = OFF.
pub const PMP_A_OFF: u8 = 0;
/// A = TOR, top of range.
pub const PMP_A_TOR: u8 = 1 << 3;
/// A = NA4, naturally aligned four bytes.
pub const PMP_A_NA4: u8 = 2 << 3;
/// A = NAPOT, naturally aligned power of two ≥ 8 bytes.
pub const PMP_A_NAPOT: u8 = 3 << 3;
/// Implemented pmpaddr bits (53:0, physical-address bits 55:2).
pub const PMPADDR_MASK: u64 = (1 << 54) - 1;
/// Writable cfg bits: L, A, X, W, R.
const CFG_WRITABLE: u8 = PMP_L | PMP_A_MASK | PMP_X | PMP_W | PMP_R;

/// An enabled entry, decoded to a byte range for the checker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Region {
    /// First byte.
    lo: u64,
    /// One past the last byte (at most 2^57, so it fits).
    hi: u64,
    cfg: u8,
}

/// The PMP unit of one hart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pmp {
    cfg: [u8; PMP_ENTRIES],
    addr: [u64; PMP_ENTRIES],
    /// Enabled entries with a non-empty range, in priority (index) order.
    active: Vec<Region>,
}

impl Default for Pmp {
    fn default() -> Self {
        Pmp::new()
    }
}

impl Pmp {
    /// All entries OFF, unlocked, addresses 0 (the reset state).
    pub fn new() -> Pmp {
        Pmp { cfg: [0; PMP_ENTRIES], addr: [0; PMP_ENTRIES], active: Vec::new() }
    }

    /// The cfg byte of entry `i` (0 for i ≥ 64).
    pub fn entry_cfg(&self, i: usize) -> u8 {
        self.cfg.get(i).copied().unwrap_or(0)
    }

    fn locked(&self, i: usize) -> bool {
        self.entry_cfg(i) & PMP_L != 0
    }

    /// `pmpcfgN`: on RV64 only even N in 0..=14 exist, each holding 8 entries
    /// (pmpcfg2 holds entries 8..15). Odd or out-of-range N read as 0 (the hart raises the
    /// illegal-instruction exception for them itself).
    pub fn read_cfg(&self, n: usize) -> u64 {
        if n & 1 == 1 || n > 14 {
            return 0;
        }
        let first = n / 2 * 8;
        (0..8).fold(0u64, |acc, k| acc | u64::from(self.cfg[first + k]) << (8 * k))
    }

    /// Writes `pmpcfgN` (even N in 0..=14; others ignored). Each byte follows the WARL rules
    /// in the module docs.
    pub fn write_cfg(&mut self, n: usize, value: u64) {
        if n & 1 == 1 || n > 14 {
            return;
        }
        let first = n / 2 * 8;
        for k in 0..8 {
            let i = first + k;
            if self.locked(i) {
                continue;
            }
            let byte = (value >> (8 * k)) as u8 & CFG_WRITABLE;
            // R=0, W=1 is reserved: keep the old byte (WARL).
            if byte & (PMP_R | PMP_W) == PMP_W {
                continue;
            }
            self.cfg[i] = byte;
        }
        self.rebuild();
    }

    /// `pmpaddr i`: physical-address bits 55:2 in bits 53:0 (0 for i ≥ 64).
    pub fn read_addr(&self, i: usize) -> u64 {
        self.addr.get(i).copied().unwrap_or(0)
    }

    /// Writes `pmpaddr i` (bits 63:54 are dropped). Ignored when entry i is locked, or when
    /// entry i+1 is locked and TOR (its bottom is pmpaddr i).
    pub fn write_addr(&mut self, i: usize, value: u64) {
        if i >= PMP_ENTRIES || self.locked(i) {
            return;
        }
        let next = self.entry_cfg(i + 1);
        if next & PMP_L != 0 && next & PMP_A_MASK == PMP_A_TOR {
            return;
        }
        self.addr[i] = value & PMPADDR_MASK;
        self.rebuild();
    }

    /// The byte range `[lo, hi)` that entry `i` matches, or `None` when it is OFF or empty
    /// (Privileged spec, "Address Matching").
    pub fn entry_range(&self, i: usize) -> Option<(u64, u64)> {
        let cfg = *self.cfg.get(i)?;
        let addr = self.addr[i];
        let (lo, hi) = match cfg & PMP_A_MASK {
            PMP_A_TOR => {
                // pmpaddr[i-1] ≤ y < pmpaddr[i]; entry 0 uses 0 as the bottom.
                let bottom = if i == 0 { 0 } else { self.addr[i - 1] };
                (bottom << 2, addr << 2)
            }
            PMP_A_NA4 => (addr << 2, (addr << 2) + 4),
            PMP_A_NAPOT => {
                // yyy...y0 followed by t ones encodes a 2^(t+3)-byte region.
                let t = addr.trailing_ones();
                let size = 1u64 << (t + 3).min(63);
                let lo = (addr << 2) & !(size - 1);
                (lo, lo.saturating_add(size))
            }
            _ => return None,
        };
        (lo < hi).then_some((lo, hi))
    }

    fn rebuild(&mut self) {
        self.active.clear();
        for i in 0..PMP_ENTRIES {
            if let Some((lo, hi)) = self.entry_range(i) {
                self.active.push(Region { lo, hi, cfg: self.cfg[i] });
            }
        }
    }

    /// True when no entry is enabled (S/U accesses then all fail, M accesses all succeed).
    pub fn is_inactive(&self) -> bool {
        self.active.is_empty()
    }

    /// May `privilege` perform `access` on the `size` bytes at physical `addr`?
    /// (Privileged spec, "Priority and Matching Logic".) The lowest-numbered entry matching
    /// any byte decides; it must match every byte or the access fails. Unlocked entries do
    /// not restrict M-mode; with no matching entry M succeeds and S/U fail (entries are
    /// implemented). A `size` of 0 is checked as 1 byte.
    #[inline]
    pub fn check(&self, addr: u64, size: u64, access: AccessType, privilege: Privilege) -> bool {
        let machine = privilege == Privilege::Machine;
        if self.active.is_empty() {
            return machine;
        }
        let start = u128::from(addr);
        let end = start + u128::from(size.max(1));
        for r in &self.active {
            let (lo, hi) = (u128::from(r.lo), u128::from(r.hi));
            if start >= hi || end <= lo {
                continue;
            }
            if start < lo || end > hi {
                // Partial match: fails irrespective of L, R, W, X.
                return false;
            }
            if machine && r.cfg & PMP_L == 0 {
                return true;
            }
            let need = match access {
                AccessType::Fetch => PMP_X,
                AccessType::Load => PMP_R,
                AccessType::Store => PMP_W,
            };
            return r.cfg & need != 0;
        }
        machine
    }
}
