//! Memory management: address translation and physical memory protection, apart from the
//! hart (it owns no RAM, devices or privilege state; the hart passes all of that in).
//!
//! - [`sv39`]: the pure Sv39/Sv48 page-table walker and the `satp` field helpers.
//! - [`tlb`]: the architectural TLB (geometry, policy, ASIDs, SFENCE.VMA, stats).
//! - [`pmp`]: physical memory protection.
//! - [`translate`]: one translation through the TLB, walking on a miss;
//!   [`translate_two_level`] puts a second-level TLB between the TLB and the walker.
//!
//! ```
//! use satp::isa::Privilege;
//! use satp::mmu::{translate, AccessType, AdMode, PteMemory, Tlb, TlbConfig, WalkRequest};
//! use std::collections::HashMap;
//!
//! struct Ram(HashMap<u64, u64>);
//! impl PteMemory for Ram {
//!     fn read_pte(&mut self, pa: u64) -> Option<u64> { Some(*self.0.get(&pa).unwrap_or(&0)) }
//!     fn write_pte(&mut self, pa: u64, v: u64) -> Option<()> { self.0.insert(pa, v); Some(()) }
//! }
//! // Root table at 0x1000: one 1 GiB leaf (V R W X A D) for VA 0 mapping PA 0x8000_0000.
//! let mut ram = Ram(HashMap::from([(0x1000, (0x80000 << 10) | 0xcf)]));
//! let satp = (8 << 60) | 1; // Sv39, ASID 0, root PPN 1
//! let req = WalkRequest {
//!     satp, vaddr: 0x1234, access: AccessType::Load, privilege: Privilege::Supervisor,
//!     sum: false, mxr: false, ad_mode: AdMode::Hardware, napot: true, pbmte: false,
//! };
//! let mut tlb = Tlb::new(TlbConfig::default());
//! let first = translate(&mut tlb, &req, &mut ram).unwrap();
//! assert_eq!((first.paddr, first.tlb_hit, first.pte_reads), (0x8000_1234, false, 1));
//! let again = translate(&mut tlb, &req, &mut ram).unwrap();
//! assert!(again.tlb_hit);
//! ```

pub mod pmp;
pub mod shadow;
pub mod sv39;
pub mod tlb;

#[cfg(test)]
mod pmp_tests;
#[cfg(test)]
mod sv39_tests;
#[cfg(test)]
mod tlb_tests;

pub use pmp::Pmp;
pub use sv39::{
    ad_satisfied, is_canonical, leaf_permits, legalize_satp_write, satp_asid, satp_mode, walk,
    AccessType, AdMode, FaultKind, PteMemory, SatpMode, Translation, WalkFault, WalkRequest,
};
pub use tlb::{Policy, Tlb, TlbConfig, TlbConfigError, TlbEntry, TlbStats};

/// The outcome of [`translate`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Translated {
    pub paddr: u64,
    /// True when the TLB supplied the translation (no walk).
    pub tlb_hit: bool,
    /// True when the second-level TLB supplied it, after a miss in the first level (no
    /// walk; `tlb_hit` is false). Always false without a second level.
    pub l2_hit: bool,
    /// PTEs read by the walk (0 on a hit).
    pub pte_reads: u32,
    /// True when the walk wrote A/D to the leaf PTE.
    pub ad_updated: bool,
    /// The leaf PTE the translation used (0 in Bare mode).
    pub pte: u64,
}

/// Translates `req.vaddr` through `tlb`, walking the page tables on a miss and caching the
/// result. The caller handles effective M-mode (no translation); for `satp.MODE` = Bare the
/// address is returned unchanged without touching the TLB.
///
/// A TLB hit checks the cached leaf's U/R/W/X against the current privilege, SUM and MXR
/// (the spec allows using any translation valid since the last subsuming SFENCE.VMA, so a
/// fault from a cached entry is legal). A hit whose cached PTE lacks A, or D for a store,
/// walks again because step 9 may not use the address-translation cache; that walk updates
/// A/D (or faults, under Svade) and its result replaces the entry. Such an access counts
/// as a TLB hit in the stats but reports `tlb_hit: false` and the walk's `pte_reads`.
pub fn translate(
    tlb: &mut Tlb,
    req: &WalkRequest,
    mem: &mut impl PteMemory,
) -> Result<Translated, WalkFault> {
    translate_two_level(tlb, None, req, mem)
}

/// [`translate`] with an optional second-level TLB `l2` between `tlb` and the walker
/// (`--l2tlb`). Only a miss in `tlb` looks in `l2`. An `l2` hit is used as a first-level hit
/// is (the same permission checks, so a fault from a cached entry is as legal as there): its
/// entry is copied into `tlb` and no PTE is read. A walk, on a miss in both or when the cached
/// PTE lacks A or D, fills both levels. SFENCE.VMA must flush both (the privileged spec,
/// "Supervisor Memory-Management Fence Instruction", covers every address-translation cache).
pub fn translate_two_level(
    tlb: &mut Tlb,
    mut l2: Option<&mut Tlb>,
    req: &WalkRequest,
    mem: &mut impl PteMemory,
) -> Result<Translated, WalkFault> {
    let mode = satp_mode(req.satp);
    if mode == SatpMode::Bare {
        return Ok(Translated {
            paddr: req.vaddr,
            tlb_hit: false,
            l2_hit: false,
            pte_reads: 0,
            ad_updated: false,
            pte: 0,
        });
    }
    // The canonical check comes first: a TLB entry must not translate a bad address.
    if !is_canonical(mode, req.vaddr) {
        return Err(WalkFault { kind: FaultKind::Page, pte_reads: 0, level: mode.levels() - 1 });
    }
    let asid = satp_asid(req.satp);
    if let Some(entry) = tlb.lookup(req.vaddr, asid) {
        if !leaf_permits(entry.pte, req.access, req.privilege, req.sum, req.mxr) {
            return Err(WalkFault { kind: FaultKind::Page, pte_reads: 0, level: entry.level });
        }
        if ad_satisfied(entry.pte, req.access) {
            return Ok(Translated {
                paddr: entry.paddr(req.vaddr),
                tlb_hit: true,
                l2_hit: false,
                pte_reads: 0,
                ad_updated: false,
                pte: entry.pte,
            });
        }
    } else if let Some(entry) = l2.as_deref_mut().and_then(|l2| l2.lookup(req.vaddr, asid)) {
        let entry = *entry;
        if !leaf_permits(entry.pte, req.access, req.privilege, req.sum, req.mxr) {
            return Err(WalkFault { kind: FaultKind::Page, pte_reads: 0, level: entry.level });
        }
        if ad_satisfied(entry.pte, req.access) {
            tlb.insert(entry);
            return Ok(Translated {
                paddr: entry.paddr(req.vaddr),
                tlb_hit: false,
                l2_hit: true,
                pte_reads: 0,
                ad_updated: false,
                pte: entry.pte,
            });
        }
    }
    let t = walk(req, mem)?;
    let entry = TlbEntry::from_translation(&t, asid);
    tlb.insert(entry);
    if let Some(l2) = l2 {
        l2.insert(entry);
    }
    Ok(Translated {
        paddr: t.paddr,
        tlb_hit: false,
        l2_hit: false,
        pte_reads: t.pte_reads,
        ad_updated: t.ad_updated,
        pte: t.pte,
    })
}
