//! Shadow TLBs (`--shadow-tlb`): they see the real TLBs' reference stream and only count.

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Runs `satp run GUEST ARGS --stats-json` and returns the report.
fn report(guest: &str, args: &[String], dir: &Path, tag: &str) -> Value {
    let json = dir.join(format!("{}-{tag}.json", guest.replace('/', "_")));
    let o = Command::new(env!("CARGO_BIN_EXE_satp"))
        .arg("run")
        .arg(guest)
        .args(common::guest_args(guest, dir, "5M"))
        .args(args)
        .arg("--stats-json")
        .arg(&json)
        .current_dir(ROOT)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let text = std::fs::read(&json).unwrap_or_default();
    serde_json::from_slice(&text).unwrap_or_else(|e| {
        panic!("{guest}: no report ({e}): {}", String::from_utf8_lossy(&o.stderr))
    })
}

/// The counters a shadow and its real TLB both have.
fn counts(v: &Value) -> [u64; 4] {
    ["accesses", "hits", "misses", "evictions"].map(|k| v[k].as_u64().unwrap())
}

/// On every committed guest, a shadow with the real TLB's geometry and policy reports
/// exactly the real TLB's accesses, hits, misses and evictions: with small set-associative
/// TLBs of every policy under the functional model, and the default 32-entry LRU ones under
/// the in-order model.
#[test]
fn a_shadow_like_the_real_tlb_counts_exactly_what_it_counts_on_every_guest() {
    let configs: [(&str, &str, &str); 3] = [
        ("functional", "4:2:fifo", "8:2:plru"),
        ("functional", "8:8:random", "16:4:lru"),
        ("inorder", "32", "32"),
    ];
    let guests = common::committed_guests();
    assert!(guests.len() > 200);
    let tmp = tempfile::tempdir().unwrap();
    let failures = common::check_on_all_cores(&guests, |i, guest, failures| {
        // One configuration per guest, in turn, and the in-order one on every guest that
        // pages.
        let paged = guest.contains("-v-") || guest.contains("vm");
        let mut picked = vec![configs[i % 2]];
        if paged {
            picked.push(configs[2]);
        }
        for (model, itlb, dtlb) in picked {
            let args: Vec<String> = [
                "--model",
                model,
                "--itlb",
                itlb,
                "--dtlb",
                dtlb,
                "--shadow-tlb",
                &format!("i:{itlb}"),
                "--shadow-tlb",
                &format!("d:{dtlb}"),
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            let r = report(guest, &args, tmp.path(), model);
            let shadows = r["shadow_tlbs"].as_object().unwrap();
            assert_eq!(shadows.len(), 2, "{guest}: {shadows:?}");
            for (name, shadow) in shadows {
                let real = &r[shadow["side"].as_str().unwrap()];
                if counts(shadow) != counts(real) {
                    failures.push(format!(
                        "{guest} ({model}): shadow {name} {:?}, real {:?}",
                        counts(shadow),
                        counts(real)
                    ));
                }
            }
        }
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Shadows change nothing: with and without them, the same console output and the same
/// report (less the shadows and host time), on the paging kernel and the TLB reach guest.
#[test]
fn shadows_do_not_change_the_run() {
    let tmp = tempfile::tempdir().unwrap();
    for guest in ["firmware/vmos/vmos.elf", "firmware/vmbench/tlbreach.elf"] {
        let plain = report(guest, &[], tmp.path(), "plain");
        let shadowed: Vec<String> =
            ["--shadow-tlb", "d:8:2:plru", "--shadow-tlb", "i:64", "--shadow-tlb", "l2:512:4"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        let mut with = report(guest, &shadowed, tmp.path(), "shadowed");
        assert_eq!(with["shadow_tlbs"].as_object().unwrap().len(), 3);
        let strip = |v: &mut Value| {
            let o = v.as_object_mut().unwrap();
            for k in ["shadow_tlbs", "host_seconds", "mips"] {
                o.remove(k);
            }
        };
        let mut plain = plain;
        strip(&mut plain);
        strip(&mut with);
        assert_eq!(plain, with, "{guest}");
    }
}

/// On tlbreach, whose working set grows to 129 pages, a 256-entry shadow dTLB stops
/// missing once every page has been touched, while the real 32-entry dTLB misses on and
/// on; a unified L2 shadow behind it catches those misses.
#[test]
fn a_shadow_larger_than_the_working_set_stops_missing() {
    let o = Command::new(env!("CARGO_BIN_EXE_satp"))
        .args(["run", "firmware/vmbench/tlbreach.elf", "--model", "functional"])
        .args(["--shadow-tlb", "d:256", "--shadow-tlb", "l2:512:4"])
        .args(["--stats-interval", "200000"])
        .current_dir(ROOT)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    let lines: Vec<Value> = String::from_utf8_lossy(&o.stderr)
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() >= 6, "{} lines", lines.len());
    let real = |v: &Value| v["dtlb"]["misses"].as_u64().unwrap();
    let shadow = |v: &Value, name: &str| v["shadow_tlbs"][name]["misses"].as_u64().unwrap();
    let last = lines.last().unwrap();
    // Compulsory misses only: each distinct page once (the list's pages, the stack's, the
    // kernel's), far fewer than the real dTLB's.
    assert!(shadow(last, "d:256:256:lru") < 200, "{}", shadow(last, "d:256:256:lru"));
    assert!(real(last) > 100_000, "{}", real(last));
    // After warm-up (the second half of the run), no new shadow miss at all.
    let mid = &lines[lines.len() / 2];
    assert_eq!(shadow(mid, "d:256:256:lru"), shadow(last, "d:256:256:lru"));
    assert!(real(last) > real(mid) + 10_000);
    // The L2 shadow sees exactly the real L1 misses (iTLB and dTLB) and, larger than the
    // working set, misses no more than the big shadow.
    let l2 = &last["shadow_tlbs"]["l2:512:4:lru"];
    let l1_misses = real(last) + last["itlb"]["misses"].as_u64().unwrap();
    assert_eq!(l2["accesses"].as_u64().unwrap(), l1_misses);
    assert!(shadow(last, "l2:512:4:lru") <= shadow(last, "d:256:256:lru") + 8);
}

/// Bad shadow specifications are one-line errors.
#[test]
fn bad_shadow_specs_are_rejected() {
    for (spec, needle) in [("x:16", "SIDE"), ("d:12", "power of two"), ("d:8:3", "power of two")] {
        let o = Command::new(env!("CARGO_BIN_EXE_satp"))
            .args(["run", "firmware/vmbench/tlbreach.elf", "--shadow-tlb", spec])
            .current_dir(ROOT)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{spec}");
        let e = String::from_utf8_lossy(&o.stderr);
        assert_eq!(e.trim_end().lines().count(), 1, "{e}");
        assert!(e.contains(needle), "{spec}: {e}");
    }
}
