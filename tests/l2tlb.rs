//! The real second-level TLB (`--l2tlb`): a unified TLB behind the iTLB and dTLB that the
//! hart uses (unlike a shadow, it changes walks and cycles).

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{json_u64, records, satp_run, stderr, stdout};
use serde_json::Value;

/// Runs `satp run GUEST ARGS --stats-json` and returns (report, console output).
fn run(guest: &str, args: &[&str]) -> (Value, String) {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("report.json");
    let mut all = vec![guest];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--stats-json", json.to_str().unwrap()]);
    let o = satp_run(&all);
    assert_eq!(o.status.code(), Some(0), "{guest} {args:?}: {}", stderr(&o));
    let report = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    (report, stdout(&o))
}

fn tlb(v: &Value, name: &str) -> [u64; 4] {
    ["accesses", "hits", "misses", "evictions"].map(|k| json_u64(v, &[name, k]))
}

/// On tlbreach (a list of up to 128 pages chased through a 32-entry dTLB), a 512-entry L2
/// TLB sees exactly the L1 misses and, once warm, catches all of them: in every measured
/// window the guest's own hpm counters show the same dTLB misses as without it and not one
/// page walk, where without it every miss walks.
#[test]
fn an_l2tlb_catches_the_first_level_misses_and_saves_their_walks() {
    let guest = "firmware/vmbench/tlbreach.elf";
    let (plain, plain_out) = run(guest, &["--model", "functional"]);
    let (with, with_out) = run(guest, &["--model", "functional", "--l2tlb", "512:4"]);
    assert!(plain.get("l2tlb").is_none(), "no l2tlb key without --l2tlb");
    let l2 = tlb(&with, "l2tlb");
    let l1_misses = json_u64(&with, &["itlb", "misses"]) + json_u64(&with, &["dtlb", "misses"]);
    assert_eq!(l2[0], l1_misses, "the L2 TLB sees every L1 miss and nothing else");
    assert_eq!(l2[0], l2[1] + l2[2]);
    assert!(l2[1] > 100_000, "hits {}", l2[1]);
    assert!(l2[2] < 1_000, "misses {} (compulsory ones and the guest's SFENCEs)", l2[2]);
    let geometry = (with["l2tlb"]["entries"].as_u64(), with["l2tlb"]["ways"].as_u64());
    assert_eq!(geometry, (Some(512), Some(4)));
    // Walks that remain: the L2 misses (and A/D updates), not the L1 misses.
    let walks = |v: &Value| json_u64(v, &["page_walks"]);
    assert!(walks(&with) * 50 < walks(&plain), "{} vs {}", walks(&with), walks(&plain));
    assert!(walks(&with) <= l2[2] + 64, "{} walks, {} L2 misses", walks(&with), l2[2]);
    // The guest's measured windows.
    let (p, w) = (records(&plain_out, "tlbreach"), records(&with_out, "tlbreach"));
    assert_eq!(p.len(), 28, "{plain_out}");
    assert_eq!(p.len(), w.len());
    for (p, w) in p.iter().zip(&w) {
        assert_eq!(p.num("dtlb_misses"), w.num("dtlb_misses"), "{p:?} {w:?}");
        assert_eq!(p.num("page_walks"), p.num("dtlb_misses"), "without: each miss walks");
        assert_eq!(w.num("page_walks"), 0, "with: no walk at all in the window");
    }
}

/// In the in-order model every L2 TLB lookup costs `l2tlb_latency` cycles of page-walk
/// time, hit or miss. On tlbreach each list load costs 3 cycles, plus the lookup when it
/// misses the dTLB (the L2 TLB holds every page, so nothing walks): the guest measures
/// exactly 3 + latency cycles per access then.
#[test]
fn each_l2tlb_lookup_costs_its_latency_in_order() {
    let guest = "firmware/vmbench/tlbreach.elf";
    let base = ["--model", "inorder", "--l2tlb", "256:8:plru"];
    let mut page_walk_cycles = Vec::new();
    for latency in [4u64, 40] {
        let (r, out) =
            run(guest, &[&base[..], &["--l2tlb-latency", &latency.to_string()]].concat());
        let lines = records(&out, "tlbreach");
        assert_eq!(lines.len(), 28, "{out}");
        for l in &lines {
            assert_eq!(l.num("page_walks"), 0, "{l:?}");
            let missed = l.num("dtlb_misses") == l.num("accesses");
            assert!(missed || l.num("dtlb_misses") == 0, "{l:?}");
            // extra=1 adds one cycle per access (its load of the extra page).
            let expect = 3 + l.num("extra") + if missed { latency } else { 0 };
            assert_eq!(l.str("cycles/access"), format!("{expect}.00"), "latency {latency}: {l:?}");
        }
        let lookups = json_u64(&r, &["l2tlb", "accesses"]);
        assert!(lookups > 100_000);
        page_walk_cycles.push((json_u64(&r, &["cycles_by_cause", "page_walk"]), lookups));
    }
    // Page-walk cycles: the lookups' latency plus the same walks' cost in both runs.
    let ((fast, n_fast), (slow, n_slow)) = (page_walk_cycles[0], page_walk_cycles[1]);
    assert_eq!(n_fast, n_slow);
    assert_eq!(slow - fast, 36 * n_fast);
}

/// vmos changes PTEs all the time (Clock clears A bits, pages are evicted and swapped in)
/// and relies on SFENCE.VMA: with an L2 TLB, which SFENCE.VMA flushes too, the kernel sees
/// exactly the same faults, swaps and TLB misses, while walks fall by the L2 hits.
#[test]
fn vmos_runs_the_same_with_an_l2tlb() {
    let args = [
        "--model",
        "functional",
        "--disk",
        "mem:4M",
        "--append",
        "workload=mix frames=48,12 policy=clock,fifo",
    ];
    let (plain, plain_out) = run("firmware/vmos/vmos.elf", &args);
    let (with, with_out) =
        run("firmware/vmos/vmos.elf", &[&args[..], &["--l2tlb", "1024:8"]].concat());
    // The kernel's lines, less its page-walk counts and what depends on them (cycles and
    // instructions: printing other numbers takes other instructions).
    let lines = |out: &str| -> Vec<String> {
        const VARY: [&str; 9] = [
            "walks=",
            "page_walks=",
            "cycles=",
            "instret=",
            "walkcyc=",
            "pfcyc=",
            "vmshare=",
            "walk_cycles=",
            "handler_cycles=",
        ];
        out.lines()
            .map(|l| {
                let keep = |t: &&str| !VARY.iter().any(|v| t.starts_with(v));
                l.split(' ').filter(keep).collect::<Vec<_>>().join(" ")
            })
            .collect()
    };
    assert_eq!(records(&plain_out, "vmos: result").len(), 4, "{plain_out}");
    assert!(plain_out.contains("vmos: done, 0 failures"), "{plain_out}");
    assert_eq!(lines(&plain_out), lines(&with_out));
    assert_eq!(plain["page_faults"], with["page_faults"]);
    let l2_hits = json_u64(&with, &["l2tlb", "hits"]);
    assert!(l2_hits > 0, "{l2_hits}");
    assert_eq!(json_u64(&plain, &["page_walks"]), json_u64(&with, &["page_walks"]) + l2_hits);
}

/// A bad geometry is a one-line error, exit status 2; the report's text names the L2 TLB.
#[test]
fn l2tlb_flags_and_report_text() {
    let o = satp_run(&["firmware/vmbench/tlbreach.elf", "--l2tlb", "48"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o).trim_end().lines().count(), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("power of two"), "{}", stderr(&o));
    let o = satp_run(&["firmware/vmbench/tlbreach.elf", "--l2tlb", "64:4:fifo", "--stats"]);
    assert_eq!(o.status.code(), Some(0));
    let line = stderr(&o).lines().find(|l| l.starts_with("L2 TLB")).map(str::to_string);
    let line = line.unwrap_or_else(|| panic!("no L2 TLB line: {}", stderr(&o)));
    assert!(line.contains("(64:4:fifo)") && line.contains("misses"), "{line}");
}

/// A shadow L2 TLB (`--shadow-tlb l2:...`) sees the real first-level misses, as the real
/// L2 TLB does: with the same geometry it reports the same lookups, hits and misses. Its
/// evictions may be fewer: a walk made after a first-level hit whose cached PTE lacked A or
/// D fills the real L2 TLB too, and the shadow does not see that hit.
#[test]
fn a_shadow_l2_like_the_real_one_counts_the_same_lookups() {
    let vmos_args = ["--disk", "mem:4M", "--append", "workload=mix frames=12"];
    for (guest, extra, same_evictions) in [
        ("firmware/vmbench/tlbreach.elf", &[][..], true),
        ("firmware/vmbench/superpage.elf", &[][..], true),
        ("riscv-tests/isa/rv64ui-v-lw", &[][..], true),
        ("firmware/vmos/vmos.elf", &vmos_args[..], false),
    ] {
        let flags =
            ["--model", "functional", "--l2tlb", "16:4:plru", "--shadow-tlb", "l2:16:4:plru"];
        let (r, _) = run(guest, &[&flags[..], extra].concat());
        let real = tlb(&r, "l2tlb");
        let shadow = ["accesses", "hits", "misses", "evictions"]
            .map(|k| json_u64(&r, &["shadow_tlbs", "l2:16:4:plru", k]));
        assert!(real[0] > 0, "{guest}");
        assert_eq!(real[..3], shadow[..3], "{guest}");
        if same_evictions {
            assert_eq!(real[3], shadow[3], "{guest}");
        } else {
            assert!(real[3] >= shadow[3], "{guest}: {real:?} {shadow:?}");
        }
    }
}
