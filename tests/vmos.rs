//! vmos, satp's paging-and-swapping kernel (firmware/vmos), run on the `satp` binary with a
//! swap disk: demand paging, replacement policies (Belady's anomaly under FIFO, Clock keeping
//! hot pages), swap traffic, protection faults, and the kernel's own reading of the hardware
//! performance counters against satp's report.
//!
//! The kernel prints one `vmos: result key=value ...` line per run and, at the very end, a
//! `vmos: hpm key=value ...` line with the machine's counter totals; see
//! firmware/vmos/README.md for the command line (`--append`) and every key.

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

mod common;
use common::{json_u64, records, satp, stderr, stdout, Rec};

use serde_json::Value;

const ELF: &str = "firmware/vmos/vmos.elf";

/// A 4 MiB swap image (1024 slots) in a scratch directory that is removed with it.
fn swap_disk() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let f = std::fs::File::create(dir.path().join("swap.img")).expect("create swap image");
    f.set_len(4 << 20).expect("size swap image");
    dir
}

fn path_str(p: &Path) -> String {
    p.to_str().expect("utf-8 temp path").to_string()
}

/// Runs vmos with `bootargs` and extra satp flags; it must exit 0. Returns the console
/// output and satp's JSON report.
fn vmos(bootargs: &str, extra: &[&str]) -> (String, Value) {
    let dir = swap_disk();
    let disk = path_str(&dir.path().join("swap.img"));
    let json = path_str(&dir.path().join("stats.json"));
    let mut args = vec![
        "run",
        ELF,
        "--disk",
        disk.as_str(),
        "--snapshot",
        "--stats-json",
        json.as_str(),
        "--append",
        bootargs,
    ];
    args.extend_from_slice(extra);
    let o = satp(&args);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "satp {args:?}\nstdout:\n{out}\nstderr:\n{}", stderr(&o));
    assert!(out.contains("vmos: done, 0 failures"), "{out}");
    assert!(!out.contains("WRONG"), "a program read back wrong data:\n{out}");
    let text = std::fs::read_to_string(&json).expect("stats JSON written");
    (out, serde_json::from_str(&text).expect("stats JSON parses"))
}

fn results(out: &str) -> Vec<Rec> {
    records(out, "vmos: result")
}

/// The kernel's final counter totals must equal satp's own report, event by event.
fn assert_hpm_matches(out: &str, json: &Value) {
    let hpm = records(out, "vmos: hpm");
    assert_eq!(hpm.len(), 1, "{out}");
    let h = &hpm[0];
    let faults = json_u64(json, &["page_faults", "fetch"])
        + json_u64(json, &["page_faults", "load"])
        + json_u64(json, &["page_faults", "store"]);
    assert_eq!(h.num("page_faults"), faults, "page faults");
    assert_eq!(h.num("itlb_misses"), json_u64(json, &["itlb", "misses"]), "iTLB misses");
    assert_eq!(h.num("dtlb_misses"), json_u64(json, &["dtlb", "misses"]), "dTLB misses");
    // Event 3 counts every walk, the report splits them into page_walks and failed_walks.
    assert_eq!(
        h.num("page_walks"),
        json_u64(json, &["page_walks"]) + json_u64(json, &["failed_walks"]),
        "page walks"
    );
    assert_eq!(
        h.num("walk_cycles"),
        json_u64(json, &["cycles_by_cause", "page_walk"]),
        "page-walk cycles"
    );
    assert_eq!(
        h.num("handler_cycles"),
        json_u64(json, &["page_fault_handler_cycles"]),
        "page-fault handler cycles"
    );
    assert!(h.num("page_faults") > 0);
}

const MODELS: [&str; 2] = ["functional", "inorder"];

#[test]
fn enough_frames_fault_once_per_page_and_never_swap() {
    for model in MODELS {
        let (out, json) = vmos("workload=random frames=64", &["--model", model]);
        let r = &results(&out)[0];
        assert_eq!(r.num("faults"), r.num("distinct"), "{out}");
        // 48 heap pages, plus text, data and stack pages.
        assert!(r.num("distinct") >= 48, "{out}");
        assert_eq!(r.num("swapins"), 0);
        assert_eq!(r.num("swapouts"), 0);
        assert_eq!(json_u64(&json, &["disk", "sectors_written"]), 0);
        assert_eq!(json_u64(&json, &["disk", "sectors_read"]), 0);
        assert_hpm_matches(&out, &json);
    }
}

#[test]
fn fewer_frames_more_faults_and_swap() {
    let (out, json) = vmos("workload=random frames=64,48,32,24,16,12,8 policy=clock", &[]);
    let rs = results(&out);
    assert_eq!(rs.len(), 7, "{out}");
    for w in rs.windows(2) {
        let (more, fewer) = (&w[0], &w[1]);
        assert!(more.num("frames") > fewer.num("frames"));
        for key in ["faults", "swapins", "swapouts"] {
            assert!(
                fewer.num(key) >= more.num(key),
                "{key} fell from {} to {} frames:\n{out}",
                more.num("frames"),
                fewer.num("frames")
            );
        }
    }
    let (first, last) = (&rs[0], &rs[6]);
    assert!(last.num("faults") > 5 * first.num("faults"), "{out}");
    assert!(last.num("swapouts") > 0);
    // Every page swapped out was written: 8 sectors each.
    let swapouts: u64 = rs.iter().map(|r| r.num("swapouts")).sum();
    let swapins: u64 = rs.iter().map(|r| r.num("swapins")).sum();
    assert_eq!(json_u64(&json, &["disk", "sectors_written"]), 8 * swapouts);
    assert_eq!(json_u64(&json, &["disk", "sectors_read"]), 8 * swapins);
    assert_hpm_matches(&out, &json);
}

#[test]
fn fifo_shows_beladys_anomaly() {
    for model in MODELS {
        // The built-in reference string is 1,2,3,4,1,2,5,1,2,3,4,5; give it explicitly too.
        for args in [
            "workload=refs frames=3,4 policy=fifo",
            "workload=refs frames=3,4 policy=fifo refs=1,2,3,4,1,2,5,1,2,3,4,5",
        ] {
            let (out, _) = vmos(args, &["--model", model]);
            let rs = results(&out);
            assert_eq!(rs.len(), 2, "{out}");
            assert_eq!(rs[0].num("frames"), 3);
            assert_eq!(rs[0].num("steady"), 9, "{out}");
            assert_eq!(rs[1].num("frames"), 4);
            assert_eq!(rs[1].num("steady"), 10, "{out}");
        }
    }
}

#[test]
fn clock_keeps_hot_pages() {
    for model in MODELS {
        let (out, _) =
            vmos("workload=hotcold frames=8,12,16 policy=clock,fifo", &["--model", model]);
        let rs = results(&out);
        assert_eq!(rs.len(), 6, "{out}");
        for r in &rs {
            assert_eq!(r.num("clockviol"), 0, "{out}");
            // After the warm-up, 32 new cold pages are touched, each once.
            if r.str("policy") == "clock" {
                assert_eq!(r.num("steady"), 32, "clock evicted a hot page:\n{out}");
            } else {
                assert!(r.num("steady") > 32, "FIFO should evict hot pages:\n{out}");
            }
        }
    }
}

#[test]
fn protection_fault_kills_only_the_offender() {
    for model in MODELS {
        let (out, json) = vmos("workload=prot frames=8", &["--model", model]);
        assert!(
            out.contains("vmos: pid 2 (prot) killed: store to read-only page 0x50000000"),
            "{out}"
        );
        assert!(!out.contains("the store did not fault"), "{out}");
        assert!(out.lines().any(|l| l.starts_with("scan[1]:") && l.ends_with(" ok")), "{out}");
        assert!(out.lines().any(|l| l.starts_with("random[3]:") && l.ends_with(" ok")), "{out}");
        let r = &results(&out)[0];
        assert_eq!(r.num("kills"), 1);
        assert!(r.num("swapouts") > 0, "8 frames should make the others swap:\n{out}");
        assert_hpm_matches(&out, &json);
    }
}

#[test]
fn shared_segment_and_library() {
    let (out, json) = vmos("workload=shm frames=8", &[]);
    assert!(out.contains("consumer[2]: sum of squares received 2686700"), "{out}");
    let r = &results(&out)[0];
    // Each process maps library page 0 and the shared segment: 4 minor faults, no frames.
    assert_eq!(r.num("minor"), 4, "{out}");
    assert_hpm_matches(&out, &json);
}

#[test]
fn counters_match_satp_under_both_models_and_ad_faults() {
    for model in MODELS {
        for ad in ["hardware", "fault"] {
            let bootargs = if ad == "fault" {
                "workload=mix frames=12 policy=aging ad=fault"
            } else {
                "workload=mix frames=12 policy=aging"
            };
            let (out, json) = vmos(bootargs, &["--model", model, "--ad-mode", ad]);
            let r = &results(&out)[0];
            assert!(r.num("swapins") > 0 && r.num("swapouts") > 0, "{out}");
            assert_eq!(out.lines().filter(|l| l.ends_with(" ok")).count(), 5, "{out}");
            if ad == "fault" {
                // Svade: the kernel sets A and D on the faults the hart raises.
                assert!(r.num("adfaults") > 0, "{out}");
                assert!(out.contains("A/D bits: page faults"), "{out}");
            } else {
                assert_eq!(r.num("adfaults"), 0, "{out}");
                assert!(out.contains("A/D bits: hardware (Svadu)"), "{out}");
            }
            assert_eq!(json_u64(&json, &["disk", "sectors_written"]), 8 * r.num("swapouts"));
            assert_hpm_matches(&out, &json);
        }
    }
}

#[test]
fn demo_table() {
    let (out, json) = vmos("", &["--model", "functional"]);
    assert!(out.contains("vmos demo:"), "{out}");
    // One row per run: 7 frame counts under clock, then the 4 policies at 16 frames.
    let rows: Vec<Vec<&str>> = out
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|w| w.len() == 10 && ["fifo", "clock", "aging", "random"].contains(&w[0]))
        .collect();
    assert_eq!(rows.len(), 11, "{out}");
    let frames: Vec<&str> = rows.iter().map(|w| w[1]).collect();
    assert_eq!(frames, ["64", "48", "32", "24", "16", "12", "8", "16", "16", "16", "16"]);
    let faults = |i: usize| rows[i][2].parse::<u64>().expect("faults column");
    assert!(faults(6) > faults(0), "{out}");
    assert!(json_u64(&json, &["instructions"]) < 40_000_000);
    assert_hpm_matches(&out, &json);
}

/// "Which process thrashes?": with four processes looping over their pages in fewer frames
/// than they need together, satp's report gives each one's address space (vmos's ASID is the
/// pid) its own page faults, and the spaces add up to the totals.
#[test]
fn the_report_says_which_processes_fault() {
    let (_, r) = vmos("workload=thrash frames=16", &["--model", "functional"]);
    let spaces = r["address_spaces"].as_array().expect("address_spaces");
    let faults_of = |asid: u64| -> u64 {
        spaces
            .iter()
            .filter(|s| s["asid"].as_u64() == Some(asid))
            .map(|s| s["page_faults"].as_u64().unwrap())
            .sum()
    };
    for pid in 1..=4 {
        assert!(faults_of(pid) > 50, "process {pid} thrashes: {spaces:?}");
    }
    let pf = &r["page_faults"];
    let total = ["fetch", "load", "store"].iter().map(|k| pf[k].as_u64().unwrap()).sum::<u64>();
    let sum: u64 = spaces.iter().map(|s| s["page_faults"].as_u64().unwrap()).sum();
    assert_eq!(sum, total, "{spaces:?}");
    assert!(r["disks"][0]["sectors_written"].as_u64().unwrap() > 0, "it swaps");
}
