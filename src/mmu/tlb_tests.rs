//! TLB tests: configuration parsing, replacement policies, ASIDs, global entries,
//! SFENCE.VMA forms, superpages, stats, and `translate` through the TLB.

use super::sv39::{AccessType, AdMode, FaultKind, WalkRequest, PTE_A, PTE_D, PTE_R, PTE_U, PTE_W};
use super::sv39_tests::{leaf, map_4k, req, FakeMem, L0, SV39_ROOT};
use super::tlb::*;
use super::{translate, translate_two_level};
use crate::isa::Privilege::Supervisor;

fn cfg(entries: usize, ways: usize, policy: Policy) -> TlbConfig {
    TlbConfig { entries, ways, policy, seed: 42 }
}

/// A 4 KiB entry for virtual page number `vpn`, mapped to PPN `vpn + 0x1000`.
fn page(vpn: u64, asid: u16) -> TlbEntry {
    TlbEntry {
        page_vaddr: vpn << 12,
        level: 0,
        shift: 12,
        ppn: vpn + 0x1000,
        pte: leaf((vpn + 0x1000) << 12, PTE_R | PTE_A),
        asid,
        global: false,
        pte_addr: 0,
    }
}

fn global(vpn: u64) -> TlbEntry {
    TlbEntry { global: true, ..page(vpn, 0) }
}

fn present(tlb: &Tlb, vpns: &[u64]) -> Vec<bool> {
    vpns.iter().map(|&v| tlb.probe(v << 12, 0).is_some()).collect()
}

#[test]
fn parses_specs() {
    let c: TlbConfig = "32".parse().unwrap();
    assert_eq!((c.entries, c.ways, c.policy), (32, 32, Policy::Lru));
    let c: TlbConfig = "64:4".parse().unwrap();
    assert_eq!((c.entries, c.ways, c.policy), (64, 4, Policy::Lru));
    let c: TlbConfig = "32:32:plru".parse().unwrap();
    assert_eq!((c.entries, c.ways, c.policy), (32, 32, Policy::Plru));
    let c: TlbConfig = "16:4:Random".parse().unwrap();
    assert_eq!((c.entries, c.ways, c.policy, c.sets()), (16, 4, Policy::Random, 4));
    let c: TlbConfig = "8:fifo".parse().unwrap();
    assert_eq!((c.entries, c.ways, c.policy), (8, 8, Policy::Fifo));
    assert_eq!(c.to_string(), "8:8:fifo");
    assert_eq!(c.to_string().parse::<TlbConfig>().unwrap(), c);
    assert_eq!(TlbConfig::default(), "32:32:lru".parse().unwrap());
}

#[test]
fn rejects_bad_specs_with_useful_messages() {
    let err = |s: &str| s.parse::<TlbConfig>().unwrap_err();
    assert_eq!(err(""), TlbConfigError::Empty);
    assert_eq!(err("0"), TlbConfigError::Zero("entries"));
    assert_eq!(err("32:0"), TlbConfigError::Zero("ways"));
    assert_eq!(err("24"), TlbConfigError::NotPowerOfTwo { what: "entries", value: 24 });
    assert_eq!(err("32:3"), TlbConfigError::NotPowerOfTwo { what: "ways", value: 3 });
    assert_eq!(err("8:16"), TlbConfigError::WaysDontDivide { ways: 16, entries: 8 });
    assert_eq!(err("32:4:mru"), TlbConfigError::UnknownPolicy("mru".into()));
    assert!(matches!(err("x"), TlbConfigError::BadNumber { what: "entries", .. }));
    assert!(matches!(err("1:1:lru:x"), TlbConfigError::TooManyFields(_)));
    assert!(matches!(err("1048576"), TlbConfigError::TooLarge(_)));
    assert!(err("32:4:mru").to_string().contains("lru, fifo, random or plru"));
    assert!(err("24").to_string().contains("power of two"));
    assert!(err("8:16").to_string().contains("must divide"));
}

#[test]
fn lru_evicts_least_recently_used() {
    let mut tlb = Tlb::new(cfg(4, 4, Policy::Lru));
    for v in 0..4 {
        tlb.insert(page(v, 0));
    }
    assert!(tlb.lookup(0, 0).is_some()); // 0 becomes most recent; 1 is now LRU
    tlb.insert(page(4, 0));
    assert_eq!(present(&tlb, &[0, 1, 2, 3, 4]), [true, false, true, true, true]);
    tlb.insert(page(5, 0));
    assert_eq!(present(&tlb, &[0, 2, 3]), [true, false, true]);
    assert_eq!(tlb.stats.evictions, 2);
}

#[test]
fn fifo_evicts_in_insertion_order_regardless_of_use() {
    let mut tlb = Tlb::new(cfg(4, 4, Policy::Fifo));
    for v in 0..4 {
        tlb.insert(page(v, 0));
    }
    assert!(tlb.lookup(0, 0).is_some());
    tlb.insert(page(4, 0));
    assert_eq!(present(&tlb, &[0, 1]), [false, true]);
    tlb.insert(page(5, 0));
    assert_eq!(present(&tlb, &[1, 2]), [false, true]);
}

#[test]
fn plru_follows_the_tree() {
    let mut tlb = Tlb::new(cfg(4, 4, Policy::Plru));
    for v in 0..4 {
        tlb.insert(page(v, 0)); // fills ways 0..3 in order
    }
    assert!(tlb.lookup(0, 0).is_some());
    // Tree: root points right (way 0 used last), right node points at way 2 (way 3 used
    // after it): PLRU evicts 2 where exact LRU would evict 1.
    tlb.insert(page(4, 0));
    assert_eq!(present(&tlb, &[0, 1, 2, 3, 4]), [true, true, false, true, true]);
    // Way 2 (now page 4) was used: root points left, left node points at way 1.
    tlb.insert(page(5, 0));
    assert_eq!(present(&tlb, &[0, 1, 3, 4, 5]), [true, false, true, true, true]);
}

#[test]
fn plru_small_and_wide_trees_agree() {
    // Ways ≤ 64 use a one-word tree with precomputed paths, wider sets a bit loop: both
    // must pick the same victims. After filling ways 0..W in order and using way 0, the
    // tree evicts way W/2, then way W/4.
    for ways in [2usize, 8, 64, 128, 256] {
        let mut tlb = Tlb::new(cfg(ways, ways, Policy::Plru));
        for v in 0..ways as u64 {
            tlb.insert(page(v, 0));
        }
        assert!(tlb.lookup(0, 0).is_some());
        let w = ways as u64;
        tlb.insert(page(w, 0));
        assert_eq!(tlb.probe((w / 2) << 12, 0), None, "ways {ways}");
        tlb.insert(page(w + 1, 0));
        assert_eq!(tlb.probe((w / 4) << 12, 0), None, "ways {ways}");
        assert_eq!(tlb.len(), ways);
        assert_eq!(tlb.probe(0, 0).is_some(), ways > 2);
    }
}

fn random_victims(seed: u64) -> Vec<u64> {
    let mut tlb = Tlb::new(TlbConfig { seed, ..cfg(4, 4, Policy::Random) });
    let mut order = Vec::new();
    for v in 0..24u64 {
        let before: Vec<u64> = tlb.entries().map(|e| e.page_vaddr >> 12).collect();
        tlb.insert(page(v, 0));
        let after: Vec<u64> = tlb.entries().map(|e| e.page_vaddr >> 12).collect();
        order.extend(before.iter().filter(|p| !after.contains(p)));
    }
    order
}

#[test]
fn random_is_deterministic_from_seed() {
    let a = random_victims(7);
    assert_eq!(a.len(), 20); // 4 fills, then one eviction per insert
    assert_eq!(a, random_victims(7));
    assert_ne!(a, random_victims(8));
    // It is not FIFO in disguise.
    assert_ne!(a, (0..20).collect::<Vec<u64>>());
}

#[test]
fn asids_are_isolated_and_global_matches_all() {
    let mut tlb = Tlb::new(TlbConfig::default());
    tlb.insert(page(1, 1));
    tlb.insert(page(2, 2));
    tlb.insert(global(3));
    assert!(tlb.lookup(0x1000, 1).is_some());
    assert!(tlb.lookup(0x1000, 2).is_none());
    assert!(tlb.lookup(0x2000, 1).is_none());
    assert!(tlb.lookup(0x2abc, 2).is_some());
    for asid in [0, 1, 2, 0xffff] {
        assert!(tlb.lookup(0x3000, asid).is_some());
    }
    // The same page may be cached for two ASIDs at once.
    tlb.insert(TlbEntry { ppn: 0x77, ..page(1, 2) });
    assert_eq!(tlb.lookup(0x1000, 1).map(|e| e.ppn), Some(0x1001));
    assert_eq!(tlb.lookup(0x1000, 2).map(|e| e.ppn), Some(0x77));
}

/// Pages 1 and 2 for ASID 1, page 1 for ASID 2, global page 3.
fn four_entries() -> Tlb {
    let mut tlb = Tlb::new(TlbConfig::default());
    tlb.insert(page(1, 1));
    tlb.insert(page(2, 1));
    tlb.insert(page(1, 2));
    tlb.insert(global(3));
    tlb
}

#[test]
fn sfence_all() {
    let mut tlb = four_entries();
    assert_eq!(tlb.len(), 4);
    assert_eq!(tlb.sfence(None, None), 4);
    assert!(tlb.is_empty());
    assert_eq!(tlb.stats.flushes_all, 1);
    assert_eq!(tlb.stats.entries_flushed, 4);
}

#[test]
fn sfence_asid_keeps_global_entries() {
    let mut tlb = four_entries();
    assert_eq!(tlb.sfence(None, Some(1)), 2);
    assert!(tlb.probe(0x3000, 1).is_some_and(|e| e.global));
    assert!(tlb.probe(0x1000, 1).is_none());
    assert!(tlb.probe(0x2000, 1).is_none());
    assert!(tlb.probe(0x1000, 2).is_some());
    // Flushing the global entry's own recorded ASID keeps it too.
    assert_eq!(tlb.sfence(None, Some(0)), 0);
    assert_eq!(tlb.stats.flushes_asid, 2);
    assert_eq!(tlb.stats.entries_flushed, 2);
}

#[test]
fn sfence_address_flushes_every_asid_and_global() {
    let mut tlb = four_entries();
    assert_eq!(tlb.sfence(Some(0x1ff8), None), 2);
    assert_eq!(tlb.len(), 2);
    assert!(tlb.probe(0x2000, 1).is_some());
    assert_eq!(tlb.sfence(Some(0x3000), None), 1);
    assert!(tlb.probe(0x3000, 7).is_none());
    assert_eq!(tlb.stats.flushes_addr, 2);
    assert_eq!(tlb.stats.entries_flushed, 3);
}

#[test]
fn sfence_address_and_asid_keeps_others() {
    let mut tlb = four_entries();
    assert_eq!(tlb.sfence(Some(0x1000), Some(2)), 1);
    assert_eq!(tlb.len(), 3);
    assert!(tlb.probe(0x1000, 1).is_some());
    assert!(tlb.probe(0x1000, 2).is_none());
    // Global entries survive an address+ASID fence for their page.
    assert_eq!(tlb.sfence(Some(0x3000), Some(0)), 0);
    assert!(tlb.probe(0x3000, 0).is_some());
    assert_eq!(tlb.stats.flushes_addr_asid, 2);
    assert_eq!(tlb.stats.entries_flushed, 1);
}

#[test]
fn sfence_address_inside_superpage_flushes_it() {
    let mut tlb = Tlb::new(cfg(16, 4, Policy::Lru));
    tlb.insert(TlbEntry { level: 1, shift: 21, page_vaddr: 0x20_0000, ..page(0, 1) });
    assert_eq!(tlb.sfence(Some(0x3f_f000), Some(1)), 1);
    assert!(tlb.is_empty());
}

#[test]
fn superpages_hit_across_their_range() {
    for geometry in [(32, 32), (16, 4), (8, 1)] {
        let mut tlb = Tlb::new(cfg(geometry.0, geometry.1, Policy::Lru));
        let mega =
            TlbEntry { page_vaddr: 0x20_0000, level: 1, shift: 21, ppn: 0x80200, ..page(0, 0) };
        let giga = TlbEntry {
            page_vaddr: 0xffff_ffff_c000_0000,
            level: 2,
            shift: 30,
            ppn: 0x40000,
            ..page(0, 0)
        };
        tlb.insert(mega);
        tlb.insert(giga);
        for va in [0x20_0000u64, 0x20_1000, 0x3f_ffff] {
            let e = tlb.lookup(va, 0).copied();
            assert_eq!(e.map(|e| e.paddr(va)), Some(0x8020_0000 + (va - 0x20_0000)));
        }
        assert!(tlb.lookup(0x40_0000, 0).is_none(), "{geometry:?}");
        assert!(tlb.lookup(0x1f_ffff, 0).is_none());
        assert!(tlb.lookup(0xffff_ffff_c000_0000, 0).is_some());
        assert!(tlb.lookup(0xffff_ffff_ffff_fff8, 0).is_some());
        assert!(tlb.lookup(0xffff_ffff_bfff_f000, 0).is_none());
    }
}

#[test]
fn stats_count_accesses_hits_misses() {
    let mut tlb = Tlb::new(cfg(2, 2, Policy::Lru));
    assert!(tlb.lookup(0x1000, 0).is_none());
    tlb.insert(page(1, 0));
    assert!(tlb.lookup(0x1000, 0).is_some());
    assert!(tlb.lookup(0x1fff, 0).is_some());
    tlb.insert(page(2, 0));
    tlb.insert(page(3, 0));
    let s = tlb.stats;
    assert_eq!((s.accesses, s.hits, s.misses, s.evictions), (3, 2, 1, 1));
    // probe has no side effects.
    assert!(tlb.probe(0x3000, 0).is_some());
    assert_eq!(tlb.stats, s);
}

#[test]
fn probe_does_not_touch_lru_state() {
    let mut tlb = Tlb::new(cfg(2, 2, Policy::Lru));
    tlb.insert(page(1, 0));
    tlb.insert(page(2, 0));
    assert!(tlb.probe(0x1000, 0).is_some());
    tlb.insert(page(3, 0)); // 1 is still the LRU entry
    assert_eq!(present(&tlb, &[1, 2, 3]), [false, true, true]);
}

#[test]
fn set_associative_conflicts_stay_in_their_set() {
    // 8 entries, 2 ways: 4 sets indexed by vpn % 4.
    let mut tlb = Tlb::new(cfg(8, 2, Policy::Lru));
    tlb.insert(page(1, 0));
    tlb.insert(page(0, 0));
    tlb.insert(page(4, 0));
    assert_eq!(tlb.stats.evictions, 0);
    tlb.insert(page(8, 0)); // set 0 is full: evicts 0, its LRU
    assert_eq!(tlb.stats.evictions, 1);
    assert_eq!(present(&tlb, &[0, 1, 4, 8]), [false, true, true, true]);
    // A fully associative TLB of the same size would not have evicted anything.
    let mut fa = Tlb::new(cfg(8, 8, Policy::Lru));
    for v in [1, 0, 4, 8] {
        fa.insert(page(v, 0));
    }
    assert_eq!(fa.stats.evictions, 0);
}

#[test]
fn direct_mapped_hint_never_returns_evicted_entry() {
    let mut tlb = Tlb::new(cfg(4, 1, Policy::Lru));
    tlb.insert(page(1, 0));
    assert!(tlb.lookup(0x1000, 0).is_some());
    tlb.insert(page(5, 0)); // same set: replaces page 1
    assert!(tlb.lookup(0x1000, 0).is_none());
    assert_eq!(tlb.lookup(0x5000, 0).map(|e| e.ppn), Some(0x1005));
}

#[test]
fn reinsert_replaces_in_place_and_bumps_generation() {
    let mut tlb = Tlb::new(cfg(4, 4, Policy::Fifo));
    tlb.insert(page(1, 3));
    let g = tlb.generation();
    tlb.insert(TlbEntry { pte: page(1, 3).pte | PTE_D, ..page(1, 3) });
    assert_eq!(tlb.len(), 1);
    assert_eq!(tlb.stats.evictions, 0);
    assert!(tlb.generation() > g);
    assert!(tlb.probe(0x1000, 3).is_some_and(|e| e.pte & PTE_D != 0));
    // A global mapping of the same page replaces the per-ASID one.
    tlb.insert(global(1));
    assert_eq!(tlb.len(), 1);
    let g = tlb.generation();
    tlb.sfence(Some(0x9000), None); // removes nothing
    assert_eq!(tlb.generation(), g);
    assert_eq!(tlb.flush_all(), 1);
    assert!(tlb.generation() > g);
    assert_eq!(tlb.stats.flushes_all, 0, "flush_all is not an SFENCE");
}

#[test]
fn new_repairs_bad_geometry() {
    let tlb = Tlb::new(cfg(0, 0, Policy::Plru));
    assert_eq!((tlb.config().entries, tlb.config().ways), (1, 1));
    let tlb = Tlb::new(cfg(24, 3, Policy::Lru));
    assert_eq!((tlb.config().entries, tlb.config().ways), (32, 4));
}

// ---- translate(): the TLB in front of the walker ----

fn sreq(va: u64, access: AccessType) -> WalkRequest {
    req(SV39_ROOT | (5 << 44), va, access, Supervisor)
}

#[test]
fn translate_walks_once_then_hits() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_W | PTE_A | PTE_D));
    let mut tlb = Tlb::new(TlbConfig::default());
    let t = translate(&mut tlb, &sreq(0x5010, AccessType::Load), &mut mem).unwrap();
    assert_eq!((t.paddr, t.tlb_hit, t.pte_reads), (0x9010, false, 3));
    assert_eq!(tlb.probe(0x5000, 5).map(|e| e.asid), Some(5));
    let t = translate(&mut tlb, &sreq(0x5ff8, AccessType::Store), &mut mem).unwrap();
    assert_eq!((t.paddr, t.tlb_hit, t.pte_reads), (0x9ff8, true, 0));
    assert_eq!(mem.reads.len(), 3);
    // After an SFENCE the next access walks again.
    tlb.sfence(Some(0x5000), Some(5));
    let t = translate(&mut tlb, &sreq(0x5000, AccessType::Load), &mut mem).unwrap();
    assert!(!t.tlb_hit);
}

#[test]
fn translate_rewalks_a_clean_entry_on_store() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_W));
    let mut tlb = Tlb::new(TlbConfig::default());
    let t = translate(&mut tlb, &sreq(0x5000, AccessType::Load), &mut mem).unwrap();
    assert!(t.ad_updated);
    assert_eq!(mem.words[&(L0 + 40)] & (PTE_A | PTE_D), PTE_A);
    let t = translate(&mut tlb, &sreq(0x5000, AccessType::Store), &mut mem).unwrap();
    assert!(t.ad_updated && !t.tlb_hit);
    assert_eq!(mem.words[&(L0 + 40)] & (PTE_A | PTE_D), PTE_A | PTE_D);
    assert_eq!(tlb.len(), 1);
    let t = translate(&mut tlb, &sreq(0x5000, AccessType::Store), &mut mem).unwrap();
    assert!(t.tlb_hit);
    // Under Svade the re-walk faults instead.
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_W | PTE_A));
    let mut tlb = Tlb::new(TlbConfig::default());
    let svade = |access| WalkRequest { ad_mode: AdMode::Fault, ..sreq(0x5000, access) };
    assert!(translate(&mut tlb, &svade(AccessType::Load), &mut mem).is_ok());
    let f = translate(&mut tlb, &svade(AccessType::Store), &mut mem).unwrap_err();
    assert_eq!((f.kind, f.pte_reads), (FaultKind::Page, 3));
}

#[test]
fn translate_checks_cached_permissions_each_time() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_U | PTE_A | PTE_D));
    let mut tlb = Tlb::new(TlbConfig::default());
    let with_sum = WalkRequest { sum: true, ..sreq(0x5000, AccessType::Load) };
    assert!(translate(&mut tlb, &with_sum, &mut mem).is_ok());
    // SUM cleared: the cached U page now faults, without a walk.
    let f = translate(&mut tlb, &sreq(0x5000, AccessType::Load), &mut mem).unwrap_err();
    assert_eq!((f.kind, f.pte_reads), (FaultKind::Page, 0));
    assert_eq!(mem.reads.len(), 3);
}

#[test]
fn translate_rejects_non_canonical_before_the_tlb() {
    let mut mem = FakeMem::default();
    let mut tlb = Tlb::new(TlbConfig::default());
    let f = translate(&mut tlb, &sreq(1 << 38, AccessType::Fetch), &mut mem).unwrap_err();
    assert_eq!(f.kind, FaultKind::Page);
    assert_eq!(tlb.stats.accesses, 0);
    // Bare: identity, no TLB traffic.
    let bare = WalkRequest { satp: 0, ..sreq(0x8000_0000, AccessType::Load) };
    assert_eq!(translate(&mut tlb, &bare, &mut mem).unwrap().paddr, 0x8000_0000);
    assert_eq!(tlb.stats.accesses, 0);
}

// ---- translate_two_level(): a second-level TLB between the TLB and the walker ----

#[test]
fn a_second_level_hit_refills_the_first_level_without_a_walk() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_W | PTE_A | PTE_D));
    map_4k(&mut mem, 0x6000, leaf(0xa000, PTE_R | PTE_W | PTE_A | PTE_D));
    // One first-level entry: the two pages evict each other there; the L2 holds both.
    let mut l1 = Tlb::new(cfg(1, 1, Policy::Lru));
    let mut l2 = Tlb::new(cfg(64, 4, Policy::Lru));
    let mut go = |l1: &mut Tlb, l2: &mut Tlb, va| {
        translate_two_level(l1, Some(l2), &sreq(va, AccessType::Load), &mut mem).unwrap()
    };
    // Cold: both levels miss, the walk fills both.
    let t = go(&mut l1, &mut l2, 0x5010);
    assert_eq!((t.paddr, t.tlb_hit, t.l2_hit, t.pte_reads), (0x9010, false, false, 3));
    let t = go(&mut l1, &mut l2, 0x6020);
    assert_eq!((t.paddr, t.tlb_hit, t.l2_hit, t.pte_reads), (0xa020, false, false, 3));
    assert_eq!((l2.stats.accesses, l2.stats.misses, l2.len()), (2, 2, 2));
    // 0x5000 was evicted from the L1 by 0x6000: the L2 supplies it, no PTE read.
    let t = go(&mut l1, &mut l2, 0x5ff8);
    assert_eq!((t.paddr, t.tlb_hit, t.l2_hit, t.pte_reads), (0x9ff8, false, true, 0));
    assert!(l1.probe(0x5000, 5).is_some());
    // Now an L1 hit: the L2 is not consulted.
    let t = go(&mut l1, &mut l2, 0x5000);
    assert!(t.tlb_hit && !t.l2_hit);
    assert_eq!((l2.stats.accesses, l2.stats.hits), (3, 1));
}

#[test]
fn the_second_level_keeps_a_stale_entry_until_sfence_and_checks_permissions() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_U | PTE_A | PTE_D));
    let mut l1 = Tlb::new(cfg(1, 1, Policy::Lru));
    let mut l2 = Tlb::new(cfg(16, 16, Policy::Lru));
    let with_sum = WalkRequest { sum: true, ..sreq(0x5000, AccessType::Load) };
    translate_two_level(&mut l1, Some(&mut l2), &with_sum, &mut mem).unwrap();
    // The page table changes without an SFENCE; the L1 loses the entry, the L2 still has it
    // and keeps translating to the old frame (as hardware may).
    map_4k(&mut mem, 0x5000, leaf(0xb000, PTE_R | PTE_U | PTE_A | PTE_D));
    l1.sfence(None, None);
    let t = translate_two_level(&mut l1, Some(&mut l2), &with_sum, &mut mem).unwrap();
    assert_eq!((t.paddr, t.l2_hit), (0x9000, true));
    // SUM cleared: the cached U page faults from the L2 entry, without a walk.
    l1.sfence(None, None);
    let reads = mem.reads.len();
    let f = translate_two_level(&mut l1, Some(&mut l2), &sreq(0x5000, AccessType::Load), &mut mem)
        .unwrap_err();
    assert_eq!((f.kind, f.pte_reads, mem.reads.len()), (FaultKind::Page, 0, reads));
    // After an SFENCE of both levels, the walk sees the new mapping.
    l1.sfence(Some(0x5000), None);
    l2.sfence(Some(0x5000), None);
    let t = translate_two_level(&mut l1, Some(&mut l2), &with_sum, &mut mem).unwrap();
    assert_eq!((t.paddr, t.l2_hit, t.pte_reads), (0xb000, false, 3));
}

#[test]
fn a_clean_second_level_entry_is_walked_again_for_a_store() {
    let mut mem = FakeMem::default();
    map_4k(&mut mem, 0x5000, leaf(0x9000, PTE_R | PTE_W));
    let mut l1 = Tlb::new(cfg(1, 1, Policy::Lru));
    let mut l2 = Tlb::new(cfg(16, 16, Policy::Lru));
    translate_two_level(&mut l1, Some(&mut l2), &sreq(0x5000, AccessType::Load), &mut mem).unwrap();
    l1.sfence(None, None);
    // The L2 entry lacks D: the store walks (setting D) and refreshes both levels.
    let t = translate_two_level(&mut l1, Some(&mut l2), &sreq(0x5000, AccessType::Store), &mut mem)
        .unwrap();
    assert!(!t.l2_hit && t.ad_updated && t.pte_reads == 3);
    assert_eq!(l2.probe(0x5000, 5).map(|e| e.pte & PTE_D), Some(PTE_D));
    assert_eq!(l2.len(), 1);
}
