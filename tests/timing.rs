//! The validation microbenchmarks of firmware/vmbench, run on the `satp` binary: guests whose
//! results are known in advance (dTLB reach and its knee, superpages, the exact cost of a
//! page walk, the L1/L2 capacity steps, mispredicted branches), plus the determinism of the
//! in-order model and the spacing of `--stats-interval` lines.
//!
//! The guests print `name key=value ...` lines with counter deltas over a measured window
//! (hpmcounters, `cycle`, `instret`); see firmware/vmbench/README.md for what each window
//! contains and why its expected numbers are what they are.

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{json_u64, records, satp};

use serde_json::Value;

fn elf(name: &str) -> String {
    format!("firmware/vmbench/{name}.elf")
}

fn scratch(name: &str) -> common::TempFile {
    common::temp_file(name, b"")
}

/// Runs a guest that must exit 0 and returns its console output.
fn run(guest: &str, extra: &[&str]) -> String {
    let path = elf(guest);
    let mut args = vec!["run", path.as_str()];
    args.extend_from_slice(extra);
    let o = satp(&args);
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(
        o.status.code(),
        Some(0),
        "satp {args:?}\nstdout:\n{out}\nstderr:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    out
}

/// Runs a guest with `--stats-json` and returns its console output and the report.
fn run_json(guest: &str, tag: &str, extra: &[&str]) -> (String, Value) {
    let json = scratch(&format!("{guest}-{tag}.json"));
    let json_arg = json.to_str().expect("utf-8 temp path").to_string();
    let mut args = vec!["--stats-json", json_arg.as_str()];
    args.extend_from_slice(extra);
    let out = run(guest, &args);
    let text = std::fs::read_to_string(&json).expect("stats JSON written");
    (out, serde_json::from_str(&text).expect("stats JSON parses"))
}

/// A timing profile file with the given TOML text.
fn profile(name: &str, toml: &str) -> common::TempFile {
    common::temp_file(name, toml.as_bytes())
}

/// dTLB misses an exact-LRU TLB of `sets` x `ways` must take in a tlbreach window.
///
/// The list's pages have consecutive VPNs starting at a multiple of every set count, so page
/// j falls in set j % sets; the extra page (VPN 0x11000) falls in set 0. After the warm-up
/// round every list page has been used once, after anything else the TLB held (stale
/// entries are older, so LRU evicts them first). A set whose list pages fit stays resident;
/// in a set with more list pages than ways, round-robin use under LRU always evicts the page
/// needed next, so each of its pages misses once per round. The extra page is used between
/// any two list loads, so it is never the LRU entry: it always hits and takes one way of set 0.
fn expected_lru_misses(sets: u64, ways: u64, pages: u64, extra: bool, accesses: u64) -> u64 {
    let rounds = accesses / pages;
    let per_round: u64 = (0..sets)
        .map(|s| {
            let in_set = (0..pages).filter(|j| j % sets == s).count() as u64;
            let room = ways - u64::from(extra && s == 0);
            if in_set > room {
                in_set
            } else {
                0
            }
        })
        .sum();
    rounds * per_round
}

/// Checks every tlbreach line against the exact LRU prediction for a `sets` x `ways` dTLB.
fn check_tlb_reach(out: &str, sets: u64, ways: u64) {
    let recs = records(out, "tlbreach");
    assert_eq!(recs.len(), 28, "14 sizes x extra 0/1:\n{out}");
    let (mut below, mut above) = (0, 0);
    for r in &recs {
        let (pages, accesses) = (r.num("pages"), r.num("accesses"));
        let extra = r.num("extra") == 1;
        assert_eq!(accesses % pages, 0, "whole rounds: {r:?}");
        let want = expected_lru_misses(sets, ways, pages, extra, accesses);
        assert_eq!(r.num("dtlb_misses"), want, "dTLB {sets}x{ways}: {r:?}");
        // Every miss walks the table (all pages are mapped, so no walk fails).
        assert_eq!(r.num("page_walks"), want, "{r:?}");
        if want == 0 {
            below += 1;
        } else if want == accesses {
            above += 1;
        }
    }
    assert!(below > 0 && above > 0, "the sweep must straddle the knee:\n{out}");
}

/// The default dTLB (32 entries, fully associative, LRU): no miss up to 32 pages, every
/// access a miss from 33 (with the window needing no entry of its own), and the knee one
/// page earlier when the window keeps one more page in use.
#[test]
fn tlb_reach_knee_is_at_32_pages() {
    let out = run("tlbreach", &[]);
    check_tlb_reach(&out, 1, 32);
    // The same prediction spelled out at the knee.
    let recs = records(&out, "tlbreach");
    let at = |pages: u64, extra: u64| {
        recs.iter()
            .find(|r| r.num("pages") == pages && r.num("extra") == extra)
            .unwrap_or_else(|| panic!("no pages={pages} extra={extra}"))
    };
    assert_eq!(at(32, 0).str("misses/access"), "0.000");
    assert_eq!(at(33, 0).str("misses/access"), "1.000");
    assert_eq!(at(31, 1).str("misses/access"), "0.000");
    assert_eq!(at(32, 1).str("misses/access"), "1.000");
    // A miss costs cycles: with the default caches the leaf PTE is an L1 hit and the upper
    // levels hit the walk cache, so a walk is short but not free.
    assert!(at(33, 0).real("cycles/access") > at(32, 0).real("cycles/access"));
}

/// The knee follows `--dtlb`: other sizes, and a 4-way set-associative TLB whose misses come
/// only from the sets that overflow.
#[test]
fn tlb_reach_follows_the_dtlb_geometry() {
    check_tlb_reach(&run("tlbreach", &["--dtlb", "16"]), 1, 16);
    check_tlb_reach(&run("tlbreach", &["--dtlb", "64"]), 1, 64);
    check_tlb_reach(&run("tlbreach", &["--dtlb", "32:4"]), 8, 4);
}

/// 128 pages spread over 2 MiB: every access misses with 4 KiB pages, none with one 2 MiB
/// or one 1 GiB page (the warm-up round takes the single miss).
#[test]
fn superpages_remove_the_misses() {
    let out = run("superpage", &[]);
    let recs = records(&out, "superpage");
    assert_eq!(recs.len(), 3, "{out}");
    for r in &recs {
        let want = if r.str("map") == "4k" { r.num("accesses") } else { 0 };
        assert_eq!(r.num("dtlb_misses"), want, "{r:?}");
        assert_eq!(r.num("page_walks"), want, "{r:?}");
    }
    let cycles = |map: &str| {
        recs.iter().find(|r| r.str("map") == map).expect("map line").real("cycles/access")
    };
    assert!(cycles("4k") > cycles("2m"), "{out}");
    assert_eq!(cycles("2m"), cycles("1g"), "{out}");
}

/// With every cache and the page-walk cache off, a dTLB miss costs exactly levels x
/// dram_latency cycles: the two windows run the same instructions, so their difference is
/// the walks alone, for Sv39 and Sv48 and for two memory latencies.
#[test]
fn a_page_walk_costs_levels_times_dram_latency() {
    for (guest, levels) in [("walkcost-sv39", 3), ("walkcost-sv48", 4)] {
        for dram in [100u64, 173] {
            let toml = format!("walk_cache_entries = 0\ndram_latency = {dram}\n");
            let prof = profile(&format!("walk-{dram}.toml"), &toml);
            let (out, json) = run_json(
                guest,
                &dram.to_string(),
                &["--timing", prof.arg(), "--icache", "off", "--dcache", "off", "--l2", "off"],
            );
            let recs = records(&out, "walkcost");
            let find = |name: &str| {
                recs.iter()
                    .find(|r| r.0.get("run").map(String::as_str) == Some(name))
                    .unwrap_or_else(|| panic!("no run={name} line:\n{out}"))
            };
            let (miss, hit) = (find("miss"), find("hit"));
            assert_eq!(miss.num("levels"), levels);
            let loads = miss.num("loads");
            assert_eq!(loads, 512);
            // Same instructions, no predictor or iTLB difference; only the dTLB differs.
            for key in ["instret", "itlb_misses", "mispredicts"] {
                assert_eq!(miss.num(key), hit.num(key), "{key}:\n{out}");
            }
            assert_eq!(miss.num("itlb_misses"), 0, "{out}");
            assert_eq!((miss.num("dtlb_misses"), miss.num("page_walks")), (loads, loads));
            assert_eq!((hit.num("dtlb_misses"), hit.num("page_walks")), (0, 0));
            let extra = miss.num("cycles") - hit.num("cycles");
            assert_eq!(extra, loads * levels * dram, "{guest}, dram_latency {dram}:\n{out}");
            // Over the whole run too: every PTE read costs exactly one memory access.
            assert_eq!(
                json_u64(&json, &["cycles_by_cause", "page_walk"]),
                json_u64(&json, &["pte_reads"]) * dram,
                "{guest}"
            );
        }
    }
}

/// Cycles per access step up past the 32 KiB L1 D-cache and again past the 2 MiB L2, by the
/// documented latencies (l2_latency 20, dram_latency 100) over the loop's 3 instructions.
#[test]
fn cache_sweep_steps_at_l1_and_l2_capacity() {
    let out = run("cachesweep", &[]);
    let recs = records(&out, "cachesweep");
    assert_eq!(recs.len(), 12, "4K .. 8M:\n{out}");
    for r in &recs {
        let s = r.str("size");
        let kib: u64 = match s.strip_suffix('M') {
            Some(m) => m.parse::<u64>().expect("size") << 10,
            None => s.strip_suffix('K').expect("K or M").parse().expect("size"),
        };
        let cpa = r.real("cycles/access");
        let acc = r.num("accesses");
        let (l1, l2) = (r.num("dcache_misses"), r.num("l2_misses"));
        // Tolerances: the only extra cycles in a window are the loop's exit mispredicts (3
        // cycles per pass of at least 64 accesses: < 0.05 per access) and, when a set just
        // fits a cache, the few lines the caller's stack displaced between the warm-up
        // pass and the timed one (one pass of misses in those sets: < 1% of accesses).
        if kib <= 32 {
            assert!(l1 * 100 < acc, "fits the L1: {r:?}");
            assert!((3.0..3.5).contains(&cpa), "{r:?}");
        } else if kib <= 2048 {
            assert_eq!(l1, acc, "every line misses the L1 under LRU: {r:?}");
            assert!(l2 * 100 < acc, "fits the L2: {r:?}");
            assert!((23.0..23.5).contains(&cpa), "3 + l2_latency: {r:?}");
        } else {
            assert_eq!((l1, l2), (acc, acc), "every line misses both: {r:?}");
            assert!((123.0..123.5).contains(&cpa), "3 + l2_latency + dram_latency: {r:?}");
        }
    }
}

/// Without an L2 an L1 miss costs dram_latency alone: one step, from ~3 to ~103.
#[test]
fn cache_sweep_without_l2_has_one_step() {
    let out = run("cachesweep", &["--l2", "off"]);
    let recs = records(&out, "cachesweep");
    let mut big = 0;
    for r in &recs {
        let cpa = r.real("cycles/access");
        let misses_l1 = r.num("dcache_misses") == r.num("accesses");
        big += usize::from(misses_l1);
        assert!(if misses_l1 { (103.0..103.5).contains(&cpa) } else { cpa < 3.5 }, "{r:?}");
        assert_eq!(r.num("l2_misses"), 0, "{r:?}");
    }
    assert_eq!((recs.len(), big), (12, 8), "4K..32K fit the L1, 64K..8M do not:\n{out}");
}

/// A data-dependent branch on a random bit mispredicts about half the time, whatever the
/// 2-bit counter's state (each outcome is a fair coin independent of the past), so
/// 100000 iterations give 50000 +- a few hundred (binomial standard deviation ~160); the
/// branch-free version has only its loop branch (first and last iteration at most).
#[test]
fn unpredictable_branches_cost_mispredicts() {
    let (out_b, json_b) = run_json("branchy", "b", &[]);
    let (out_f, json_f) = run_json("branchfree", "f", &[]);
    let b = &records(&out_b, "branch")[0];
    let f = &records(&out_f, "branch")[0];
    assert_eq!(b.str("result"), f.str("result"), "same work, same result");
    let iters = b.num("iterations");
    assert_eq!(iters, f.num("iterations"));
    let mis = b.num("mispredicts");
    assert!(mis.abs_diff(iters / 2) < iters / 50, "{b:?}");
    assert!(f.num("mispredicts") <= 2, "{f:?}");

    // Whole-run reports: each mispredict costs the documented 3-cycle penalty; the window's
    // mispredicts dominate the branchy run (the rest, printing, is the same few hundred
    // cycles in both runs).
    let penalty = |j: &Value| json_u64(j, &["cycles_by_cause", "branch_mispredict"]);
    for json in [&json_b, &json_f] {
        assert_eq!(penalty(json), 3 * json_u64(json, &["branches", "mispredicts"]));
    }
    assert!(penalty(&json_b) >= 3 * mis);
    assert!(penalty(&json_f) * 100 < penalty(&json_b), "{json_f} vs {json_b}");
}

/// The in-order model is deterministic: the same guest twice gives the same report (host
/// time aside) and the same console output.
#[test]
fn inorder_runs_are_deterministic() {
    let strip = |mut v: Value| {
        let obj = v.as_object_mut().expect("report is an object");
        obj.remove("host_seconds");
        obj.remove("mips");
        v
    };
    for guest in ["tlbreach", "cachesweep"] {
        let (out1, j1) = run_json(guest, "det1", &["--model", "inorder"]);
        let (out2, j2) = run_json(guest, "det2", &["--model", "inorder"]);
        assert_eq!(out1, out2, "{guest}");
        assert_eq!(j1["model"], "inorder");
        assert!(json_u64(&j1, &["cycles"]) > json_u64(&j1, &["instructions"]));
        assert_eq!(j1["cycles"], j2["cycles"], "{guest}");
        assert_eq!(strip(j1), strip(j2), "{guest}");
    }
}

/// `--stats-interval N` writes one JSON report every N instructions: the instruction
/// counts of consecutive lines differ by exactly N.
#[test]
fn stats_interval_lines_are_n_instructions_apart() {
    const N: u64 = 100_000;
    let path = elf("tlbreach");
    let o = satp(&["run", &path, "--stats-interval", &N.to_string()]);
    assert_eq!(o.status.code(), Some(0));
    let counts: Vec<u64> = String::from_utf8_lossy(&o.stderr)
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("each line is JSON");
            json_u64(&v, &["instructions"])
        })
        .collect();
    assert!(counts.len() >= 10, "{counts:?}");
    for pair in counts.windows(2) {
        assert_eq!(pair[1] - pair[0], N, "consecutive lines: {counts:?}");
    }
}
