//! PMP tests: address modes, locking, default decisions, partial matches, priority, WARL.

use super::pmp::*;
use super::sv39::AccessType::{self, Fetch, Load, Store};
use crate::isa::Privilege::{Machine, Supervisor, User};

/// Sets entry `i`'s cfg byte, leaving the other seven bytes of its CSR as they are.
fn set_cfg(pmp: &mut Pmp, i: usize, byte: u8) {
    let n = i / 8 * 2;
    let shift = 8 * (i % 8);
    let old = pmp.read_cfg(n);
    pmp.write_cfg(n, (old & !(0xff << shift)) | (u64::from(byte) << shift));
}

fn napot(base: u64, size: u64) -> u64 {
    (base >> 2) | ((size >> 3) - 1)
}

const RWX: u8 = PMP_R | PMP_W | PMP_X;

#[test]
fn no_entries_m_allowed_s_u_denied() {
    let pmp = Pmp::new();
    assert!(pmp.is_inactive());
    for access in [Fetch, Load, Store] {
        assert!(pmp.check(0x8000_0000, 4, access, Machine));
        assert!(!pmp.check(0x8000_0000, 4, access, Supervisor));
        assert!(!pmp.check(0x8000_0000, 4, access, User));
    }
}

#[test]
fn na4_matches_four_bytes() {
    let mut pmp = Pmp::new();
    pmp.write_addr(0, 0x8000_0000 >> 2);
    set_cfg(&mut pmp, 0, PMP_A_NA4 | PMP_R);
    assert_eq!(pmp.entry_range(0), Some((0x8000_0000, 0x8000_0004)));
    assert!(pmp.check(0x8000_0000, 4, Load, Supervisor));
    assert!(pmp.check(0x8000_0003, 1, Load, User));
    assert!(!pmp.check(0x8000_0000, 4, Store, Supervisor));
    assert!(!pmp.check(0x8000_0004, 4, Load, Supervisor), "no match: S denied");
    assert!(pmp.check(0x8000_0004, 4, Load, Machine), "no match: M allowed");
}

#[test]
fn napot_regions() {
    let mut pmp = Pmp::new();
    pmp.write_addr(0, napot(0x8000_0000, 0x1_0000));
    set_cfg(&mut pmp, 0, PMP_A_NAPOT | PMP_R | PMP_X);
    assert_eq!(pmp.entry_range(0), Some((0x8000_0000, 0x8001_0000)));
    assert!(pmp.check(0x8000_0000, 8, Fetch, User));
    assert!(pmp.check(0x8000_fff8, 8, Load, Supervisor));
    assert!(!pmp.check(0x8001_0000, 8, Load, Supervisor));
    assert!(!pmp.check(0x7fff_fff8, 8, Load, Supervisor));
    assert!(!pmp.check(0x8000_1000, 8, Store, Supervisor));
    // Smallest NAPOT: 8 bytes (pmpaddr ends in 0).
    pmp.write_addr(0, 0x1000 >> 2);
    assert_eq!(pmp.entry_range(0), Some((0x1000, 0x1008)));
    // All ones: the whole 2^57-byte space (every 56-bit physical address).
    pmp.write_addr(0, u64::MAX);
    assert_eq!(pmp.read_addr(0), PMPADDR_MASK);
    assert_eq!(pmp.entry_range(0), Some((0, 1 << 57)));
    assert!(pmp.check(0xff_ffff_ffff_fff8, 8, Load, User));
}

#[test]
fn tor_ranges() {
    let mut pmp = Pmp::new();
    // Entry 0 TOR: [0, 0x1000).
    pmp.write_addr(0, 0x1000 >> 2);
    pmp.write_addr(1, 0x3000 >> 2);
    set_cfg(&mut pmp, 0, PMP_A_TOR | PMP_R);
    // Entry 1 TOR: [pmpaddr0, pmpaddr1) = [0x1000, 0x3000), whatever entry 0's mode.
    set_cfg(&mut pmp, 1, PMP_A_TOR | PMP_X);
    assert_eq!(pmp.entry_range(0), Some((0, 0x1000)));
    assert_eq!(pmp.entry_range(1), Some((0x1000, 0x3000)));
    assert!(pmp.check(0, 8, Load, User));
    assert!(pmp.check(0xff8, 8, Load, User));
    assert!(!pmp.check(0xff8, 8, Fetch, User));
    assert!(!pmp.check(0x1000, 8, Load, User));
    assert!(pmp.check(0x1000, 8, Fetch, User));
    assert!(pmp.check(0x2ffc, 4, Fetch, User));
    assert!(!pmp.check(0x3000, 4, Fetch, User));
    // Bottom ≥ top: matches nothing.
    pmp.write_addr(0, 0x3000 >> 2);
    assert_eq!(pmp.entry_range(1), None);
    assert!(!pmp.check(0x2000, 4, Fetch, User));
}

#[test]
fn off_entries_match_nothing() {
    let mut pmp = Pmp::new();
    pmp.write_addr(0, napot(0, 1 << 40));
    set_cfg(&mut pmp, 0, RWX); // A = OFF
    assert!(pmp.is_inactive());
    assert_eq!(pmp.entry_range(0), None);
    assert!(!pmp.check(0x1000, 4, Load, Supervisor));
}

#[test]
fn m_mode_ignores_unlocked_permissions_but_not_locked_ones() {
    let mut pmp = Pmp::new();
    pmp.write_addr(0, napot(0x1000, 0x1000));
    pmp.write_addr(1, napot(0x2000, 0x1000));
    set_cfg(&mut pmp, 0, PMP_A_NAPOT); // no permissions, unlocked
    set_cfg(&mut pmp, 1, PMP_A_NAPOT | PMP_L | PMP_R); // read-only, locked
    assert!(pmp.check(0x1000, 8, Store, Machine));
    assert!(!pmp.check(0x1000, 8, Load, Supervisor));
    assert!(pmp.check(0x2000, 8, Load, Machine));
    assert!(!pmp.check(0x2000, 8, Store, Machine));
    assert!(!pmp.check(0x2000, 8, Fetch, Machine));
    // Unmatched M accesses still succeed, unmatched S/U fail.
    assert!(pmp.check(0x9000, 8, Store, Machine));
    assert!(!pmp.check(0x9000, 8, Load, User));
}

#[test]
fn locked_entries_ignore_writes() {
    let mut pmp = Pmp::new();
    pmp.write_addr(3, 0x1234);
    set_cfg(&mut pmp, 3, PMP_A_NA4 | PMP_L | PMP_R);
    set_cfg(&mut pmp, 3, PMP_A_NAPOT | RWX);
    assert_eq!(pmp.entry_cfg(3), PMP_A_NA4 | PMP_L | PMP_R);
    pmp.write_addr(3, 0x5678);
    assert_eq!(pmp.read_addr(3), 0x1234);
    // Other entries of the same CSR remain writable.
    set_cfg(&mut pmp, 2, PMP_A_NA4 | PMP_X);
    assert_eq!(pmp.entry_cfg(2), PMP_A_NA4 | PMP_X);
    // A locked OFF entry is locked too.
    set_cfg(&mut pmp, 5, PMP_L);
    set_cfg(&mut pmp, 5, PMP_A_TOR | PMP_R);
    assert_eq!(pmp.entry_cfg(5), PMP_L);
}

#[test]
fn locked_tor_entry_locks_previous_address() {
    let mut pmp = Pmp::new();
    pmp.write_addr(0, 0x100);
    pmp.write_addr(1, 0x200);
    set_cfg(&mut pmp, 1, PMP_A_TOR | PMP_L | PMP_R);
    pmp.write_addr(0, 0x180);
    assert_eq!(pmp.read_addr(0), 0x100);
    // Entry 0's own cfg is not locked.
    set_cfg(&mut pmp, 0, PMP_A_NA4 | PMP_R);
    assert_eq!(pmp.entry_cfg(0), PMP_A_NA4 | PMP_R);
    // A locked NAPOT successor does not protect the previous address.
    pmp.write_addr(4, 0x100);
    pmp.write_addr(5, 0x3ff);
    set_cfg(&mut pmp, 5, PMP_A_NAPOT | PMP_L);
    pmp.write_addr(4, 0x180);
    assert_eq!(pmp.read_addr(4), 0x180);
}

#[test]
fn partial_match_fails_even_for_m_mode() {
    let mut pmp = Pmp::new();
    pmp.write_addr(0, 0xc >> 2);
    set_cfg(&mut pmp, 0, PMP_A_NA4 | RWX);
    // The spec's example: entry matches 0xC-0xF, 8-byte access at 0x8 fails.
    assert!(!pmp.check(0x8, 8, Load, Supervisor));
    assert!(!pmp.check(0x8, 8, Load, Machine));
    assert!(!pmp.check(0xe, 4, Store, Machine));
    assert!(pmp.check(0xc, 4, Load, Supervisor));
}

#[test]
fn lowest_numbered_entry_wins() {
    let mut pmp = Pmp::new();
    // Entry 0: a read-only page inside entry 1's read-write region.
    pmp.write_addr(0, napot(0x8000_2000, 0x1000));
    pmp.write_addr(1, napot(0x8000_0000, 0x10_0000));
    set_cfg(&mut pmp, 0, PMP_A_NAPOT | PMP_R);
    set_cfg(&mut pmp, 1, PMP_A_NAPOT | PMP_R | PMP_W);
    assert!(!pmp.check(0x8000_2000, 8, Store, Supervisor));
    assert!(pmp.check(0x8000_3000, 8, Store, Supervisor));
    // An access straddling entry 0's edge only partially matches the winner: fails.
    assert!(!pmp.check(0x8000_1ffc, 8, Load, Supervisor));
    // Swap priorities: the big region now decides everywhere inside it.
    pmp.write_addr(0, napot(0x8000_0000, 0x10_0000));
    pmp.write_addr(1, napot(0x8000_2000, 0x1000));
    set_cfg(&mut pmp, 0, PMP_A_NAPOT | PMP_R | PMP_W);
    set_cfg(&mut pmp, 1, PMP_A_NAPOT | PMP_R);
    assert!(pmp.check(0x8000_2000, 8, Store, Supervisor));
    assert!(pmp.check(0x8000_1ffc, 8, Load, Supervisor));
}

#[test]
fn cfg_csr_layout_and_warl() {
    let mut pmp = Pmp::new();
    pmp.write_cfg(0, 0x1f1f_1f1f_1f1f_1f1f);
    assert_eq!(pmp.read_cfg(0), 0x1f1f_1f1f_1f1f_1f1f);
    // pmpcfg2 holds entries 8..15; pmpcfg14 entries 56..63.
    pmp.write_cfg(2, 0x0d);
    assert_eq!(pmp.entry_cfg(8), 0x0d);
    pmp.write_cfg(14, 0x0b << 56);
    assert_eq!(pmp.entry_cfg(63), 0x0b);
    // Odd and out-of-range CSRs do nothing.
    pmp.write_cfg(1, u64::MAX);
    pmp.write_cfg(16, u64::MAX);
    assert_eq!(pmp.read_cfg(1), 0);
    assert_eq!(pmp.read_cfg(2), 0x0d);
    // Reserved bits 6:5 read as zero.
    pmp.write_cfg(4, 0x60 | u64::from(PMP_R));
    assert_eq!(pmp.entry_cfg(16), PMP_R);
    // R=0, W=1 is reserved: the byte keeps its old value.
    pmp.write_cfg(4, u64::from(PMP_A_TOR | PMP_W));
    assert_eq!(pmp.entry_cfg(16), PMP_R);
    pmp.write_cfg(4, u64::from(PMP_A_TOR | PMP_W | PMP_X));
    assert_eq!(pmp.entry_cfg(16), PMP_R);
    // Out-of-range address registers.
    pmp.write_addr(64, 5);
    assert_eq!(pmp.read_addr(64), 0);
}

#[test]
fn permissions_follow_access_type() {
    let cases: [(u8, AccessType); 3] = [(PMP_R, Load), (PMP_W | PMP_R, Store), (PMP_X, Fetch)];
    for (perm, allowed) in cases {
        let mut pmp = Pmp::new();
        pmp.write_addr(0, napot(0, 1 << 20));
        set_cfg(&mut pmp, 0, PMP_A_NAPOT | perm);
        for access in [Fetch, Load, Store] {
            let expect = access == allowed || (perm & PMP_R != 0 && access == Load);
            assert_eq!(pmp.check(0x100, 4, access, User), expect, "{perm:#x} {access:?}");
        }
    }
}
