//! `satp sweep` (local, --emit-jobs, --merge), `satp plot`, and the SVG they write.

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use satp::sweep::table::Table;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

mod common;
use common::{satp, stderr, stdout};

const TLBREACH: &str = "firmware/vmbench/tlbreach.elf";
const SUPERPAGE: &str = "firmware/vmbench/superpage.elf";

/// The grid of the sweep tests: two guests, two dTLB sizes, two policies.
fn grid(out: &Path) -> Vec<String> {
    [
        "sweep",
        TLBREACH,
        SUPERPAGE,
        "--vary",
        "dtlb=16,64",
        "--vary",
        "dtlb-policy=lru,fifo",
        "--plot",
        "dtlb.mpki",
        "--plot",
        "cycles",
        "-o",
        out.to_str().unwrap(),
        "--",
        "--model",
        "functional",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn run(args: &[String]) -> std::process::Output {
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    satp(&a)
}

/// The legend labels and the number of distinct series colours of a plotters SVG, after
/// checking that it parses as XML.
fn svg_series(path: &Path) -> (BTreeSet<String>, usize) {
    let text = std::fs::read_to_string(path).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let texts = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .map(|t| t.trim().to_string())
        .collect();
    // Each series is drawn as a 2-pixel line (its curve and its legend sample) in a colour
    // of its own; axes and grid lines are 1 pixel wide.
    let colours: BTreeSet<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("polyline") && n.attribute("stroke-width") == Some("2"))
        .filter_map(|n| n.attribute("stroke").map(str::to_string))
        .collect();
    (texts, colours.len())
}

/// A local sweep writes one row per point (2 guests x 2 sizes x 2 policies), a CSV with a
/// header and the same rows as JSON lines, and one plot per --plot with one line per
/// (guest, policy); the --emit-jobs command lines, run one by one as a cluster would, give
/// the same table through --merge.
#[test]
fn sweep_local_equals_merged_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let local = dir.path().join("local");
    let o = run(&grid(&local));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("dtlb.mpki"), "{}", stdout(&o));
    let (table, missing) = Table::from_dir(&local).unwrap();
    assert!(missing.is_empty());
    assert_eq!(table.rows.len(), 8);
    assert_eq!(table.vary, ["dtlb", "dtlb-policy"]);
    let csv = std::fs::read_to_string(local.join("sweep.csv")).unwrap();
    assert_eq!(csv.lines().count(), 9, "{csv}");
    assert!(csv.starts_with("point,guest,dtlb,dtlb-policy,exit_status,"), "{csv}");
    let jsonl = std::fs::read_to_string(local.join("sweep.jsonl")).unwrap();
    assert_eq!(jsonl.lines().count(), 8);
    for (i, line) in jsonl.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["point"], i);
        assert_eq!(v["exit_status"], 0);
        assert!(v["dtlb.misses"].as_u64().is_some(), "{line}");
    }
    // tlbreach with 16 entries misses more than with 64.
    let mpki = |guest: &str, dtlb: &str, policy: &str| {
        table
            .rows
            .iter()
            .find(|r| {
                r.text("guest") == guest
                    && r.text("dtlb") == dtlb
                    && r.text("dtlb-policy") == policy
            })
            .and_then(|r| r.number("dtlb.mpki"))
            .unwrap()
    };
    assert!(mpki(TLBREACH, "16", "lru") > mpki(TLBREACH, "64", "lru"));
    for metric in ["dtlb.mpki", "cycles"] {
        let (texts, colours) = svg_series(&local.join(format!("{metric}.svg")));
        let want = [
            "tlbreach dtlb-policy=lru",
            "tlbreach dtlb-policy=fifo",
            "superpage dtlb-policy=lru",
            "superpage dtlb-policy=fifo",
        ];
        for w in want {
            assert!(texts.contains(w), "{metric}: no series {w}: {texts:?}");
        }
        assert_eq!(colours, 4, "{metric}: one line per guest and policy");
    }

    // The same grid as jobs.
    let jobs_dir = dir.path().join("jobs");
    let mut args = grid(&jobs_dir);
    args.insert(1, "--emit-jobs".into());
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<String> = stdout(&o).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 8);
    for line in &lines {
        assert!(line.contains(" run ") && line.contains("--stats-json"), "{line}");
        // Self-contained: absolute paths, so it runs from any directory.
        let s = Command::new("sh").arg("-c").arg(line).current_dir("/").output().unwrap();
        assert_eq!(s.status.code(), Some(0), "{line}: {}", stderr(&s));
    }
    let o = satp(&["sweep", "--merge", jobs_dir.to_str().unwrap(), "--plot", "dtlb.mpki"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (merged, missing) = Table::from_dir(&jobs_dir).unwrap();
    assert!(missing.is_empty());
    assert_eq!(merged.without_host_columns(), table.without_host_columns());
    let strip = |csv: &str| -> Vec<String> {
        // CSV without the host-time columns (host_seconds, mips).
        let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
        let keep: Vec<usize> = (0..rows[0].len())
            .filter(|&i| rows[0][i] != "host_seconds" && rows[0][i] != "mips")
            .collect();
        rows.iter().map(|r| keep.iter().map(|&i| r[i]).collect::<Vec<_>>().join(",")).collect()
    };
    let merged_csv = std::fs::read_to_string(jobs_dir.join("sweep.csv")).unwrap();
    assert_eq!(strip(&merged_csv), strip(&csv));

    // A missing point is reported, and the merge says the table is incomplete.
    std::fs::remove_file(jobs_dir.join("p00003.json")).unwrap();
    let o = satp(&["sweep", "--merge", jobs_dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("1 of 8 points have no report (p00003)"), "{}", stderr(&o));
}

/// Bad grids are one-line host errors before anything runs.
#[test]
fn sweep_rejects_bad_grids() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    for (args, needle) in [
        (vec!["sweep", TLBREACH, "--vary", "bogus=1", "-o", out], "not a parameter"),
        (vec!["sweep", TLBREACH, "--vary", "dtlb=16,7", "-o", out], "sweep point 1 (dtlb=7)"),
        (vec!["sweep", "no/such.elf", "-o", out], "no/such.elf"),
        (vec!["sweep", TLBREACH, "--vary", "dtlb=8", "--x", "mem", "-o", out], "--x mem"),
        (vec!["sweep", "--merge", out], "no sweep reports"),
    ] {
        let o = satp(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let e = stderr(&o);
        assert_eq!(e.trim_end().lines().count(), 1, "{e}");
        assert!(e.starts_with("satp: ") && e.contains(needle), "{args:?}: {e}");
    }
}

/// `satp plot` draws five panels from a --stats-interval file, whose first line is no
/// longer all zeros.
#[test]
fn plot_draws_interval_time_series() {
    let dir = tempfile::tempdir().unwrap();
    let o = satp(&["run", TLBREACH, "--stats-interval", "100000", "--model", "functional"]);
    assert_eq!(o.status.code(), Some(0));
    let lines = stderr(&o);
    let first: serde_json::Value = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
    assert_eq!(first["instructions"], 100_000, "the first line is after N instructions");
    assert!(first["cycles"].as_u64().unwrap() > 0);
    let file = dir.path().join("interval.jsonl");
    std::fs::write(&file, &lines).unwrap();
    let o = satp(&["plot", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (texts, colours) = svg_series(&dir.path().join("interval.svg"));
    for t in [
        "IPC per interval",
        "TLB misses per thousand instructions",
        "page faults per interval",
        "disk sectors per interval",
        "share of cycles spent on virtual memory",
        "iTLB",
        "dTLB",
        "read",
        "written",
        "VM share",
    ] {
        assert!(texts.contains(t), "no {t:?} in {texts:?}");
    }
    // IPC, iTLB, dTLB, page faults, read, written, VM share: panels reuse the palette, so
    // at least the two of the TLB panel and the two of the disk panel differ.
    assert!(colours >= 2);
    let o = satp(&["plot", "/no/such/file"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("satp: /no/such/file: "), "{}", stderr(&o));
}

/// `satp test` without a terminal prints plain result lines (no bar, no escapes).
#[test]
fn test_runner_prints_plain_lines_without_a_terminal() {
    let o = satp(&["test", "riscv-tests/isa/rv64ui-p-add", "riscv-tests/isa/rv64ui-p-sub"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.starts_with("PASS     riscv-tests/isa/rv64ui-p-add\n"), "{out}");
    assert!(out.ends_with("2 passed, 0 failed\n"), "{out}");
    assert!(!out.contains('\x1b') && !stderr(&o).contains('\x1b'));
}
