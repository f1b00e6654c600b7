//! Walker tests on hand-made page tables held in a fake `PteMemory`.

use std::collections::{HashMap, HashSet};

use super::sv39::*;
use crate::isa::Privilege::{self, Machine, Supervisor, User};

/// Physical memory made of PTEs, with addresses that fault on read and a switch that
/// makes every PTE write fault.
#[derive(Default)]
pub(crate) struct FakeMem {
    pub words: HashMap<u64, u64>,
    pub deny_read: HashSet<u64>,
    pub deny_write: bool,
    pub writes: Vec<(u64, u64)>,
    pub reads: Vec<u64>,
}

impl PteMemory for FakeMem {
    fn read_pte(&mut self, paddr: u64) -> Option<u64> {
        self.reads.push(paddr);
        if self.deny_read.contains(&paddr) {
            return None;
        }
        Some(self.words.get(&paddr).copied().unwrap_or(0))
    }
    fn write_pte(&mut self, paddr: u64, value: u64) -> Option<()> {
        if self.deny_write {
            return None;
        }
        self.writes.push((paddr, value));
        self.words.insert(paddr, value);
        Some(())
    }
}

pub(crate) const ROOT: u64 = 0x1000;
pub(crate) const L1: u64 = 0x2000;
pub(crate) const L0: u64 = 0x3000;
pub(crate) const L2_48: u64 = 0x4000;
pub(crate) const SV39_ROOT: u64 = (8 << 60) | (ROOT >> 12);
pub(crate) const SV48_ROOT: u64 = (9 << 60) | (ROOT >> 12);
const AD: u64 = PTE_A | PTE_D;
const RWX: u64 = PTE_R | PTE_W | PTE_X;

pub(crate) fn pointer(table: u64) -> u64 {
    ((table >> 12) << 10) | PTE_V
}

pub(crate) fn leaf(pa: u64, flags: u64) -> u64 {
    ((pa >> 12) << 10) | flags | PTE_V
}

fn vpn(va: u64, level: u32) -> u64 {
    (va >> (12 + 9 * level)) & 0x1ff
}

/// Sv39 tables mapping the 4 KiB page of `va` with `leaf_pte` (root -> L1 -> L0).
pub(crate) fn map_4k(mem: &mut FakeMem, va: u64, leaf_pte: u64) {
    mem.words.insert(ROOT + 8 * vpn(va, 2), pointer(L1));
    mem.words.insert(L1 + 8 * vpn(va, 1), pointer(L0));
    mem.words.insert(L0 + 8 * vpn(va, 0), leaf_pte);
}

pub(crate) fn req(satp: u64, vaddr: u64, access: AccessType, privilege: Privilege) -> WalkRequest {
    WalkRequest {
        satp,
        vaddr,
        access,
        privilege,
        sum: false,
        mxr: false,
        ad_mode: AdMode::Hardware,
        napot: false,
        pbmte: false,
    }
}

fn load(va: u64) -> WalkRequest {
    req(SV39_ROOT, va, AccessType::Load, Supervisor)
}

fn page_fault(level: u8, pte_reads: u32) -> WalkFault {
    WalkFault { kind: FaultKind::Page, pte_reads, level }
}

#[test]
fn sv39_4k_walk_reads_three_levels() {
    let mut mem = FakeMem::default();
    let va = 0x0000_0012_3456_7abc;
    map_4k(&mut mem, va, leaf(0x8765_4000, PTE_R | AD));
    let t = walk(&load(va), &mut mem).unwrap();
    assert_eq!(t.paddr, 0x8765_4abc);
    assert_eq!(t.page_vaddr, 0x0000_0012_3456_7000);
    assert_eq!(t.ppn, 0x87654);
    assert_eq!(t.level, 0);
    assert_eq!(t.pte_reads, 3);
    assert_eq!(t.pte_addr, L0 + 8 * vpn(va, 0));
    assert!(!t.ad_updated && !t.global);
    assert_eq!(mem.reads, vec![ROOT + 8 * vpn(va, 2), L1 + 8 * vpn(va, 1), L0 + 8 * vpn(va, 0)]);
}

#[test]
fn sv39_megapage_covers_2mib() {
    let mut mem = FakeMem::default();
    mem.words.insert(ROOT, pointer(L1));
    mem.words.insert(L1 + 8 * 3, leaf(0x8020_0000, RWX | AD));
    for off in [0, 0x1234, 0x1f_ffff] {
        let t = walk(&load(0x60_0000 + off), &mut mem).unwrap();
        assert_eq!(t.paddr, 0x8020_0000 + off);
        assert_eq!((t.level, t.page_vaddr, t.pte_reads), (1, 0x60_0000, 2));
        assert_eq!(t.page_size(), 2 << 20);
    }
}

#[test]
fn sv39_gigapage_covers_1gib_including_high_half() {
    let mut mem = FakeMem::default();
    let va = 0xffff_ffff_c000_0000; // vpn[2] = 511, canonical
    mem.words.insert(ROOT + 8 * 511, leaf(0x4000_0000, PTE_R | PTE_X | AD));
    let t = walk(&load(va + 0x2345_6789), &mut mem).unwrap();
    assert_eq!(t.paddr, 0x4000_0000 + 0x2345_6789);
    assert_eq!((t.level, t.page_vaddr, t.pte_reads), (2, va, 1));
}

#[test]
fn misaligned_superpages_fault() {
    // 2 MiB leaf whose PPN has bit 0 set.
    let mut mem = FakeMem::default();
    mem.words.insert(ROOT, pointer(L1));
    mem.words.insert(L1, leaf(0x8020_1000, RWX | AD));
    assert_eq!(walk(&load(0x10), &mut mem), Err(page_fault(1, 2)));
    // 1 GiB leaf aligned to 2 MiB only.
    let mut mem = FakeMem::default();
    mem.words.insert(ROOT, leaf(0x8020_0000, RWX | AD));
    assert_eq!(walk(&load(0x10), &mut mem), Err(page_fault(2, 1)));
}

#[test]
fn non_canonical_addresses_fault_without_reading() {
    let mut mem = FakeMem::default();
    mem.words.insert(ROOT, leaf(0, RWX | AD));
    for va in [1u64 << 38, 1 << 39, 0x8000_0000_0000_0000, 0xffff_ffbf_ffff_f000] {
        assert_eq!(walk(&load(va), &mut mem), Err(page_fault(2, 0)), "{va:#x}");
    }
    assert!(mem.reads.is_empty());
    // The highest canonical low-half address (vpn[2] = 255) translates.
    mem.words.insert(ROOT + 8 * 255, leaf(0x4000_0000, RWX | AD));
    assert!(walk(&load(0x3f_ffff_fff8), &mut mem).is_ok());
    assert!(!is_canonical(SatpMode::Sv48, 1 << 47));
    assert!(is_canonical(SatpMode::Sv48, 0xffff_8000_0000_0000));
    assert!(is_canonical(SatpMode::Sv48, 1 << 46));
}

#[test]
fn invalid_pte_faults_at_any_level() {
    let va = 0x5000;
    let mut mem = FakeMem::default();
    assert_eq!(walk(&load(va), &mut mem), Err(page_fault(2, 1)));
    map_4k(&mut mem, va, leaf(0x9000, PTE_R | AD) & !PTE_V);
    assert_eq!(walk(&load(va), &mut mem), Err(page_fault(0, 3)));
}

#[test]
fn write_without_read_is_reserved() {
    for flags in [PTE_W, PTE_W | PTE_X] {
        let mut mem = FakeMem::default();
        map_4k(&mut mem, 0x5000, leaf(0x9000, flags | AD));
        for access in [AccessType::Load, AccessType::Store, AccessType::Fetch] {
            let r = req(SV39_ROOT, 0x5000, access, Supervisor);
            assert_eq!(walk(&r, &mut mem), Err(page_fault(0, 3)));
        }
    }
}

#[test]
fn reserved_pbmt_and_napot_bits_fault() {
    for bit in 54..64 {
        // In the leaf...
        let mut mem = FakeMem::default();
        map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | AD) | (1 << bit));
        assert_eq!(walk(&load(0x5000), &mut mem), Err(page_fault(0, 3)), "bit {bit}");
        // ...and in a pointer.
        let mut mem = FakeMem::default();
        map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | AD));
        mem.words.insert(ROOT, pointer(L1) | (1 << bit));
        assert_eq!(walk(&load(0x5000), &mut mem), Err(page_fault(2, 1)), "bit {bit}");
    }
}

#[test]
fn rsw_bits_are_ignored() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | AD) | (3 << 8));
    mem.words.insert(ROOT, pointer(L1) | (3 << 8));
    assert_eq!(walk(&load(0x5000), &mut mem).unwrap().paddr, 0x9000);
}

#[test]
fn non_leaf_with_d_a_or_u_faults() {
    for bit in [PTE_D, PTE_A, PTE_U] {
        let mut mem = FakeMem::default();
        map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | AD));
        mem.words.insert(L1, pointer(L0) | bit);
        assert_eq!(walk(&load(0x5000), &mut mem), Err(page_fault(1, 2)));
    }
}

#[test]
fn global_bit_in_pointer_makes_mapping_global() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | AD));
    assert!(!walk(&load(0x5000), &mut mem).unwrap().global);
    mem.words.insert(ROOT, pointer(L1) | PTE_G);
    assert!(walk(&load(0x5000), &mut mem).unwrap().global);
    mem.words.insert(ROOT, pointer(L1));
    mem.words.insert(L0 + 8 * 5, leaf(0x9000, PTE_R | PTE_G | AD));
    assert!(walk(&load(0x5000), &mut mem).unwrap().global);
}

#[test]
fn pointer_at_last_level_faults() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, pointer(0x7000));
    assert_eq!(walk(&load(0x5000), &mut mem), Err(page_fault(0, 3)));
}

/// Walks a 4 KiB page with `flags` (A and D set) and returns whether the access succeeded.
fn allowed(flags: u64, access: AccessType, privilege: Privilege, sum: bool, mxr: bool) -> bool {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, flags | AD));
    let r = WalkRequest { sum, mxr, ..req(SV39_ROOT, 0x5000, access, privilege) };
    match walk(&r, &mut mem) {
        Ok(_) => true,
        Err(f) => {
            assert_eq!(f, page_fault(0, 3));
            false
        }
    }
}

#[test]
fn user_mode_needs_u_bit() {
    use AccessType::*;
    for access in [Fetch, Load, Store] {
        assert!(!allowed(RWX, access, User, false, false));
        assert!(!allowed(RWX, access, User, true, false), "SUM does not help U-mode");
        assert!(allowed(RWX | PTE_U, access, User, false, false));
    }
}

#[test]
fn supervisor_and_user_pages_with_sum() {
    use AccessType::*;
    let user_rwx = RWX | PTE_U;
    // SUM=0: every S access to a U page faults.
    for access in [Fetch, Load, Store] {
        assert!(!allowed(user_rwx, access, Supervisor, false, false));
        assert!(allowed(RWX, access, Supervisor, false, false));
    }
    // SUM=1: loads and stores allowed, never fetches.
    assert!(allowed(user_rwx, Load, Supervisor, true, false));
    assert!(allowed(user_rwx, Store, Supervisor, true, false));
    assert!(!allowed(user_rwx, Fetch, Supervisor, true, false));
    // SUM does not grant what R/W/X deny.
    assert!(!allowed(PTE_R | PTE_U, Store, Supervisor, true, false));
}

#[test]
fn rwx_permissions_and_mxr() {
    use AccessType::*;
    for privilege in [User, Supervisor] {
        let u = if privilege == User { PTE_U } else { 0 };
        let sum = privilege == Supervisor;
        // Read-only page.
        assert!(allowed(PTE_R | u, Load, privilege, sum, false));
        assert!(!allowed(PTE_R | u, Store, privilege, sum, false));
        assert!(!allowed(PTE_R | u, Fetch, privilege, sum, false));
        // Execute-only page: fetches only; loads need MXR; stores never.
        assert!(allowed(PTE_X | u, Fetch, privilege, false, false));
        assert!(!allowed(PTE_X | u, Load, privilege, sum, false));
        assert!(allowed(PTE_X | u, Load, privilege, sum, true));
        assert!(!allowed(PTE_X | u, Store, privilege, sum, true));
        // Read-write page: no fetch even with MXR.
        assert!(allowed(PTE_R | PTE_W | u, Store, privilege, sum, false));
        assert!(allowed(PTE_R | PTE_W | u, Load, privilege, sum, false));
        assert!(!allowed(PTE_R | PTE_W | u, Fetch, privilege, sum, true));
    }
}

#[test]
fn leaf_permits_table() {
    use AccessType::*;
    let v = PTE_V;
    // (pte, access, privilege, sum, mxr, expected)
    let table = [
        (v | PTE_R, Load, Supervisor, false, false, true),
        (v | PTE_R | PTE_U, Load, Supervisor, false, false, false),
        (v | PTE_R | PTE_U, Load, Supervisor, true, false, true),
        (v | PTE_X | PTE_U, Fetch, Supervisor, true, false, false),
        (v | PTE_X | PTE_U, Fetch, User, false, false, true),
        (v | PTE_X, Fetch, User, false, false, false),
        (v | PTE_X, Load, Supervisor, false, true, true),
        (v | PTE_X, Load, Supervisor, false, false, false),
        (v | PTE_R | PTE_W, Store, Supervisor, false, false, true),
        (v | PTE_R, Store, Supervisor, false, true, false),
        (v | PTE_R, Load, Machine, false, false, true),
        (v | PTE_R | PTE_U, Load, Machine, false, false, false),
    ];
    for (pte, access, privilege, sum, mxr, expected) in table {
        assert_eq!(
            leaf_permits(pte, access, privilege, sum, mxr),
            expected,
            "{pte:#x} {access:?} {privilege:?} sum={sum} mxr={mxr}"
        );
    }
}

#[test]
fn hardware_ad_sets_a_on_load_and_d_on_store() {
    let pte_addr = L0 + 8 * 5;
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_W));
    let t = walk(&load(0x5000), &mut mem).unwrap();
    assert!(t.ad_updated);
    let with_a = leaf(0x9000, PTE_R | PTE_W | PTE_A);
    assert_eq!(t.pte, with_a);
    assert_eq!(mem.writes, vec![(pte_addr, with_a)]);

    let store = req(SV39_ROOT, 0x5008, AccessType::Store, Supervisor);
    let t = walk(&store, &mut mem).unwrap();
    let with_ad = with_a | PTE_D;
    assert_eq!((t.pte, t.ad_updated), (with_ad, true));
    assert_eq!(mem.writes.last(), Some(&(pte_addr, with_ad)));

    // Nothing left to update: no write.
    let t = walk(&store, &mut mem).unwrap();
    assert!(!t.ad_updated);
    assert_eq!(mem.writes.len(), 2);
}

#[test]
fn hardware_store_sets_a_and_d_together() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_W));
    let store = req(SV39_ROOT, 0x5000, AccessType::Store, Supervisor);
    walk(&store, &mut mem).unwrap();
    assert_eq!(mem.writes, vec![(L0 + 40, leaf(0x9000, PTE_R | PTE_W | AD))]);
}

#[test]
fn no_ad_update_on_failing_access() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_U));
    // Store to a read-only page, and S load without SUM from a U page: both fault first.
    let store = req(SV39_ROOT, 0x5000, AccessType::Store, User);
    assert_eq!(walk(&store, &mut mem), Err(page_fault(0, 3)));
    assert_eq!(walk(&load(0x5000), &mut mem), Err(page_fault(0, 3)));
    assert!(mem.writes.is_empty());
}

#[test]
fn failed_ad_write_is_access_fault_of_original_type() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_W | PTE_A));
    mem.deny_write = true;
    // A load needs no write here (A already set).
    assert!(walk(&load(0x5000), &mut mem).is_ok());
    let store = req(SV39_ROOT, 0x5000, AccessType::Store, Supervisor);
    let f = walk(&store, &mut mem).unwrap_err();
    // An access fault; the hart reports it as a store access fault (hart::trap tests).
    assert_eq!(f.kind, FaultKind::Access);
}

#[test]
fn svade_faults_instead_of_updating() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_W));
    let svade = |access| WalkRequest {
        ad_mode: AdMode::Fault,
        ..req(SV39_ROOT, 0x5000, access, Supervisor)
    };
    // A=0: loads and stores fault.
    assert_eq!(walk(&svade(AccessType::Load), &mut mem), Err(page_fault(0, 3)));
    assert_eq!(walk(&svade(AccessType::Store), &mut mem), Err(page_fault(0, 3)));
    // A=1, D=0: loads succeed, stores fault.
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_W | PTE_A));
    assert!(walk(&svade(AccessType::Load), &mut mem).is_ok());
    assert_eq!(walk(&svade(AccessType::Store), &mut mem), Err(page_fault(0, 3)));
    // A=1, D=1: stores succeed.
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_W | AD));
    assert!(walk(&svade(AccessType::Store), &mut mem).is_ok());
    assert!(mem.writes.is_empty());
}

#[test]
fn pte_read_fault_is_access_fault_of_original_type() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, RWX | AD));
    mem.deny_read.insert(L1);
    // Every access type gets an access fault (the hart maps it to 1/5/7 by type).
    for access in [AccessType::Fetch, AccessType::Load, AccessType::Store] {
        let f = walk(&req(SV39_ROOT, 0x5000, access, Supervisor), &mut mem).unwrap_err();
        assert_eq!(f, WalkFault { kind: FaultKind::Access, pte_reads: 2, level: 1 });
    }
}

#[test]
fn sv48_four_level_walk() {
    let mut mem = FakeMem::default();
    let va = 0x0000_7abc_1234_5678;
    mem.words.insert(ROOT + 8 * vpn(va, 3), pointer(L2_48));
    mem.words.insert(L2_48 + 8 * vpn(va, 2), pointer(L1));
    mem.words.insert(L1 + 8 * vpn(va, 1), pointer(L0));
    mem.words.insert(L0 + 8 * vpn(va, 0), leaf(0x1_2345_6000, PTE_R | AD));
    let t = walk(&req(SV48_ROOT, va, AccessType::Load, Supervisor), &mut mem).unwrap();
    assert_eq!((t.paddr, t.level, t.pte_reads), (0x1_2345_6678, 0, 4));
    // The same address is not canonical for Sv39.
    assert_eq!(
        walk(&req(SV39_ROOT, va, AccessType::Load, Supervisor), &mut mem),
        Err(page_fault(2, 0))
    );
    // Nor is bit 47 without sign extension for Sv48.
    assert_eq!(
        walk(&req(SV48_ROOT, 1 << 47, AccessType::Load, Supervisor), &mut mem),
        Err(page_fault(3, 0))
    );
}

#[test]
fn sv48_terapage() {
    let mut mem = FakeMem::default();
    let va = 0xffff_8000_0000_0000u64; // vpn[3] = 256
    mem.words.insert(ROOT + 8 * 256, leaf(0x80_0000_0000, PTE_R | AD));
    let r = req(SV48_ROOT, va + 0x12_3456_789a, AccessType::Load, Supervisor);
    let t = walk(&r, &mut mem).unwrap();
    assert_eq!((t.paddr, t.level, t.page_vaddr), (0x92_3456_789a, 3, va));
    // Misaligned terapage (aligned to 1 GiB only).
    mem.words.insert(ROOT + 8 * 256, leaf(0x80_4000_0000, PTE_R | AD));
    assert_eq!(walk(&r, &mut mem), Err(page_fault(3, 1)));
}

#[test]
fn bare_mode_is_identity() {
    let mut mem = FakeMem::default();
    let t = walk(&req(0, 0x8000_1234, AccessType::Store, User), &mut mem).unwrap();
    assert_eq!((t.paddr, t.pte_reads), (0x8000_1234, 0));
    assert!(mem.reads.is_empty());
}

#[test]
fn satp_fields_and_warl() {
    let satp = (9 << 60) | (0xbeef << 44) | 0x8_0000_1234;
    assert_eq!(satp_mode(satp), SatpMode::Sv48);
    assert_eq!(satp_asid(satp), 0xbeef);
    assert_eq!(satp_ppn(satp), 0x8_0000_1234);
    assert_eq!(satp_mode(SV39_ROOT), SatpMode::Sv39);
    assert_eq!(satp_mode(0), SatpMode::Bare);
    // Supported modes are written as is.
    assert_eq!(legalize_satp_write(0, satp), satp);
    assert_eq!(legalize_satp_write(satp, SV39_ROOT), SV39_ROOT);
    assert_eq!(legalize_satp_write(satp, (10 << 60) | 0x55), (10 << 60) | 0x55);
    assert_eq!(satp_mode(10 << 60), SatpMode::Sv57);
    // Unsupported modes (reserved, custom) leave the whole register unchanged.
    for mode in [1u64, 7, 11, 12, 14, 15] {
        assert_eq!(legalize_satp_write(satp, (mode << 60) | 0x55), satp, "mode {mode}");
    }
    // Bare clears the remaining fields.
    assert_eq!(legalize_satp_write(satp, 0x1234), 0);
}

#[test]
fn svnapot_64k_leaf_translates_and_caches_as_one_page() {
    let mut mem = FakeMem::default();
    // ppn[3:0] = 1000: a 64 KiB NAPOT page at 0x9_0000 (VA 0x5_0000..0x6_0000).
    let pte = leaf(0x9_8000, PTE_R | AD) | PTE_N;
    for va in [0x5_0000u64, 0x5_3abc, 0x5_ffff] {
        map_4k(&mut mem, va, pte);
    }
    let napot = |va| WalkRequest { napot: true, ..load(va) };
    let t = walk(&napot(0x5_3abc), &mut mem).unwrap();
    assert_eq!((t.paddr, t.page_vaddr, t.shift, t.ppn), (0x9_3abc, 0x5_0000, 16, 0x90));
    assert_eq!(t.page_size(), 0x1_0000);
    // The TLB holds it as one 64 KiB entry: the whole range hits without another walk.
    let mut tlb = crate::mmu::Tlb::new(crate::mmu::TlbConfig::default());
    let first = crate::mmu::translate(&mut tlb, &napot(0x5_0010), &mut mem).unwrap();
    assert_eq!((first.paddr, first.tlb_hit), (0x9_0010, false));
    let hit = crate::mmu::translate(&mut tlb, &napot(0x5_fff0), &mut mem).unwrap();
    assert_eq!((hit.paddr, hit.tlb_hit), (0x9_fff0, true));
    // Without Svnapot the N bit is reserved.
    assert_eq!(walk(&load(0x5_0000), &mut mem), Err(page_fault(0, 3)));
    // Other ppn[3:0] patterns are reserved encodings.
    for low in [0u64, 1, 0b0100, 0b1100, 0b1001] {
        let mut mem = FakeMem::default();
        map_4k(&mut mem, 0x5000, leaf((0x90 | low) << 12, PTE_R | AD) | PTE_N);
        assert_eq!(walk(&napot(0x5000), &mut mem), Err(page_fault(0, 3)), "ppn low {low:#b}");
    }
    // N in a superpage leaf or in a pointer faults.
    let mut mem = FakeMem::default();
    mem.words.insert(ROOT + 8 * vpn(0x20_0000, 2), pointer(L1));
    mem.words.insert(L1 + 8 * vpn(0x20_0000, 1), leaf(0x20_0000 | 0x8000, PTE_R | AD) | PTE_N);
    assert_eq!(walk(&napot(0x20_0000), &mut mem), Err(page_fault(1, 2)));
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | AD));
    mem.words.insert(ROOT, pointer(L1) | PTE_N);
    assert_eq!(walk(&napot(0x5000), &mut mem), Err(page_fault(2, 1)));
}

#[test]
fn svpbmt_field_needs_pbmte_and_encoding_3_is_reserved() {
    let with = |va| WalkRequest { pbmte: true, ..load(va) };
    for pbmt in 1..=2u64 {
        let mut mem = FakeMem::default();
        map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | AD) | (pbmt << PTE_PBMT_SHIFT));
        assert_eq!(walk(&with(0x5000), &mut mem).unwrap().paddr, 0x9000, "pbmt {pbmt}");
        assert_eq!(walk(&load(0x5000), &mut mem), Err(page_fault(0, 3)), "pbmt {pbmt}");
        // In a pointer the field is reserved whatever PBMTE says.
        mem.words.insert(ROOT, pointer(L1) | (pbmt << PTE_PBMT_SHIFT));
        assert_eq!(walk(&with(0x5000), &mut mem), Err(page_fault(2, 1)), "pbmt {pbmt}");
    }
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | AD) | (3 << PTE_PBMT_SHIFT));
    assert_eq!(walk(&with(0x5000), &mut mem), Err(page_fault(0, 3)));
}

#[test]
fn sv57_walks_five_levels() {
    // Five tables chained at 0x1000 * k; a 4 KiB leaf for a VA using all 57 bits.
    // Bits 63:56 all ones: canonical for Sv57 (sign-extended from bit 56).
    let va: u64 = 0xff12_3456_789a_bcde;
    let mut mem = FakeMem::default();
    let tables = [0x10_0000u64, 0x11_0000, 0x12_0000, 0x13_0000, 0x14_0000];
    for lvl in (1..5u32).rev() {
        let t = tables[4 - lvl as usize];
        mem.words.insert(t + 8 * vpn(va, lvl), pointer(tables[5 - lvl as usize]));
    }
    mem.words.insert(tables[4] + 8 * vpn(va, 0), leaf(0x7_6543_2000, PTE_R | AD));
    let satp = (10 << 60) | (tables[0] >> 12);
    let t = walk(&req(satp, va, AccessType::Load, Supervisor), &mut mem).unwrap();
    assert_eq!((t.paddr, t.pte_reads, t.level), (0x7_6543_2000 | (va & 0xfff), 5, 0));
    // A non-canonical address (bit 57 differs from bit 56) faults without a read.
    let bad = va ^ (1 << 57);
    assert_eq!(
        walk(&req(satp, bad, AccessType::Load, Supervisor), &mut mem),
        Err(page_fault(4, 0))
    );
    // A 256 TiB leaf at level 4.
    let mut mem = FakeMem::default();
    mem.words.insert(tables[0] + 8 * vpn(0, 4), leaf(0, PTE_R | AD));
    let t = walk(&req(satp, 0x1234_5678_9abc, AccessType::Load, Supervisor), &mut mem).unwrap();
    assert_eq!((t.paddr, t.level, t.shift), (0x1234_5678_9abc, 4, 48));
}
