//! The report's answers to "what did virtual memory cost, and where": per disk (with roles,
//! in-memory disks and fault-driven I/O), per address space, idle time, and the profile
//! by function. Each per-part figure must add up exactly to the total it splits.

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::Value;
use std::path::Path;
use std::process::Output;

mod common;
use common::{satp_run, stderr};

const VIRTIO_BLK: &str = "firmware/devtests/virtio-blk.elf";

/// Runs `satp run ARGS... --stats --stats-json FILE` and returns the output and the JSON.
fn run_json(dir: &Path, args: &[&str]) -> (Output, Value) {
    let json = dir.join("report.json");
    let mut all: Vec<&str> = args.to_vec();
    let json_arg = json.display().to_string();
    all.extend(["--stats", "--stats-json", &json_arg]);
    let o = satp_run(&all);
    let v = std::fs::read(&json)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or(Value::Null);
    (o, v)
}

fn u(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("{v} is not a count"))
}

/// A host error is exactly one line on stderr, exit status 2.
fn assert_host_error(o: &Output, needle: &str) {
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(o));
    let e = stderr(o);
    assert_eq!(e.trim_end().lines().count(), 1, "one line: {e}");
    assert!(e.starts_with("satp: ") && e.contains(needle), "{e:?} should mention {needle:?}");
}

#[test]
fn each_disk_is_reported_by_name_and_role_and_they_add_up_to_the_totals() {
    let dir = tempfile::tempdir().unwrap();
    let img = common::text_disk(dir.path(), "fs.img");
    let spec = format!("{},role=swap", img.display());
    let (o, r) = run_json(dir.path(), &[VIRTIO_BLK, "--disk", &spec, "--snapshot"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let disks = r["disks"].as_array().expect("disks");
    assert_eq!(disks.len(), 1);
    assert_eq!(disks[0]["slot"], 0);
    assert_eq!(disks[0]["name"], img.display().to_string());
    assert_eq!(disks[0]["role"], "swap");
    // The guest reads 4 sectors and writes 1, in 5 requests, on its first disk.
    let d0 = &disks[0];
    assert_eq!((u(&d0["requests"]), u(&d0["sectors_read"]), u(&d0["sectors_written"])), (5, 4, 1));
    // Each request is served alone: 100000 cycles plus 1000 per sector.
    assert_eq!(u(&d0["busy_cycles"]), 5 * 100_000 + 5 * 1000);
    for k in ["requests", "sectors_read", "sectors_written"] {
        let sum: u64 = disks.iter().map(|d| u(&d[k])).sum();
        assert_eq!(sum, u(&r["disk"][k]), "{k}");
    }
    // No page-fault handler submitted anything.
    assert_eq!(r["fault_io"]["requests"], 0);
    assert_eq!(disks[0]["fault_sectors_read"], 0);
    let e = stderr(&o);
    assert!(e.contains("swap I/O      requests 5   sectors read 4   written 1"), "{e}");
    // Under the functional model requests complete at once: no busy time.
    let (_, f) = run_json(
        dir.path(),
        &[VIRTIO_BLK, "--disk", &img.display().to_string(), "--snapshot", "--model", "functional"],
    );
    assert_eq!(f["disks"][0]["busy_cycles"], 0);
    assert_eq!(f["disks"][0]["requests"], 5);
}

#[test]
fn an_in_memory_disk_starts_zeroed_and_a_comma_in_a_path_is_doubled() {
    let dir = tempfile::tempdir().unwrap();
    // The guest checks the image's contents: on a zeroed disk its first read check fails.
    let (o, r) = run_json(dir.path(), &[VIRTIO_BLK, "--disk", "mem:32K,role=swap"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(common::stdout(&o).contains("is 0x0, expected"), "{}", common::stdout(&o));
    assert_eq!(r["disks"][0]["role"], "swap");
    assert_eq!(r["disks"][0]["name"], "mem:32K");
    assert!(stderr(&o).contains("disk 0 mem:32K (swap)   requests 1   sectors read 1"));
    let img = common::text_disk(dir.path(), "a,b.img");
    let doubled = img.display().to_string().replace(',', ",,");
    let (o, r) = run_json(dir.path(), &[VIRTIO_BLK, "--disk", &doubled, "--snapshot"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(r["disks"][0]["name"], img.display().to_string());
}

#[test]
fn bad_disk_specs_are_one_line_errors() {
    let o = satp_run(&[VIRTIO_BLK, "--disk", "x.img,size=4"]);
    assert_host_error(&o, "unknown disk option 'size=4'");
    let o = satp_run(&[VIRTIO_BLK, "--disk", "mem:1000"]);
    assert_host_error(&o, "multiple of 512");
    let o = satp_run(&[VIRTIO_BLK, "--disk", "mem:lots"]);
    assert_host_error(&o, "lots");
    let o = satp_run(&[VIRTIO_BLK, "--disk", "fs.img,role=two words"]);
    assert_host_error(&o, "role");
    let o = satp_run(&[VIRTIO_BLK, "--disk", "/nonexistent/disk.img,role=swap"]);
    assert_host_error(&o, "no such file");
}

/// Every per-address-space figure adds up exactly to its total.
fn assert_spaces_add_up(r: &Value) {
    let spaces = r["address_spaces"].as_array().expect("address_spaces");
    let faults = &r["page_faults"];
    let totals = [
        ("instructions", u(&r["instructions"])),
        ("cycles", u(&r["cycles"])),
        ("itlb_misses", u(&r["itlb"]["misses"])),
        ("dtlb_misses", u(&r["dtlb"]["misses"])),
        ("page_walks", u(&r["page_walks"])),
        ("page_faults", u(&faults["fetch"]) + u(&faults["load"]) + u(&faults["store"])),
        ("page_walk_cycles", u(&r["cycles_by_cause"]["page_walk"])),
        ("page_fault_handler_cycles", u(&r["page_fault_handler_cycles"])),
    ];
    for (k, total) in totals {
        let sum: u64 = spaces.iter().map(|s| u(&s[k])).sum();
        assert_eq!(sum, total, "{k} over {} address spaces", spaces.len());
    }
}

#[test]
fn address_spaces_add_up_to_the_totals() {
    let dir = tempfile::tempdir().unwrap();
    let guests: [&[&str]; 5] = [
        &["riscv-tests/isa/rv64ui-v-lw"],
        &["riscv-tests/isa/rv64ui-v-sd"],
        &["firmware/vmbench/tlbreach.elf"],
        &["firmware/devtests/ipi.elf", "--harts", "3"],
        &["firmware/bench/bench-sv39.elf", "--max-insns", "2M"],
    ];
    for args in guests {
        for model in ["functional", "inorder"] {
            let mut all = args.to_vec();
            all.extend(["--model", model]);
            let (_, r) = run_json(dir.path(), &all);
            assert_spaces_add_up(&r);
        }
    }
}

#[test]
fn a_demand_paged_process_is_its_own_address_space() {
    let dir = tempfile::tempdir().unwrap();
    let (o, r) = run_json(dir.path(), &["riscv-tests/isa/rv64ui-v-lw"]);
    assert_eq!(o.status.code(), Some(0));
    let spaces = r["address_spaces"].as_array().unwrap();
    assert_eq!(spaces.len(), 2, "{spaces:?}");
    // Most VM cycles first: the Sv39 space, which took every page fault and its handlers.
    let user = &spaces[0];
    assert!(user["name"].as_str().unwrap().starts_with("sv39 asid "), "{user}");
    assert_eq!(user["root_ppn"], u(&user["satp"]) & ((1 << 44) - 1));
    assert_eq!(u(&user["page_faults"]), 3);
    assert_eq!(user["page_fault_handler_cycles"], r["page_fault_handler_cycles"]);
    assert!(user["vm_cycle_share"].as_f64().unwrap() > 0.5);
    let bare = &spaces[1];
    assert_eq!((bare["name"].as_str(), &bare["satp"]), (Some("bare/M-mode"), &Value::Null));
    assert!(stderr(&o).contains("address spaces 2 (top 2 by VM cycles"), "{}", stderr(&o));
}

/// The report without the keys that only profiling adds.
fn without_profile(r: &Value) -> Value {
    let mut r = r.clone();
    if let Some(m) = r.as_object_mut() {
        for k in ["profile", "idle", "host_seconds", "mips"] {
            m.remove(k);
        }
    }
    r
}

#[test]
fn the_profile_adds_up_to_the_totals_and_changes_no_other_figure() {
    let dir = tempfile::tempdir().unwrap();
    let guests: [&[&str]; 5] = [
        &["riscv-tests/isa/rv64ui-v-lw"],
        &["firmware/vmbench/tlbreach.elf"],
        &["firmware/devtests/ipi.elf", "--harts", "3"],
        &["firmware/devtests/timer.elf"],
        &["firmware/bench/bench-sv39.elf", "--max-insns", "3M"],
    ];
    for args in guests {
        for model in ["functional", "inorder"] {
            let mut plain = args.to_vec();
            plain.extend(["--model", model]);
            let (_, want) = run_json(dir.path(), &plain);
            assert!(want.get("profile").is_none());
            let mut profiled = plain.clone();
            profiled.push("--profile");
            let (o, r) = run_json(dir.path(), &profiled);
            assert_eq!(without_profile(&r), without_profile(&want), "{args:?} {model}");
            let p = r["profile"].as_array().expect("profile");
            let sum = |k: &str| p.iter().map(|f| u(&f[k])).sum::<u64>();
            let faults = &r["page_faults"];
            assert_eq!(sum("instructions"), u(&r["instructions"]), "{args:?} {model}");
            assert_eq!(sum("cycles"), u(&r["cycles"]), "{args:?} {model}");
            assert_eq!(sum("itlb_misses"), u(&r["itlb"]["misses"]));
            assert_eq!(sum("dtlb_misses"), u(&r["dtlb"]["misses"]));
            assert_eq!(sum("page_walks"), u(&r["page_walks"]) + u(&r["failed_walks"]));
            assert_eq!(
                sum("page_faults"),
                u(&faults["fetch"]) + u(&faults["load"]) + u(&faults["store"])
            );
            assert_eq!(sum("page_walk_cycles"), u(&r["cycles_by_cause"]["page_walk"]));
            assert_eq!(sum("wait_cycles"), u(&r["idle"]["wait_cycles"]));
            // Most cycles first; the text shows the top 15.
            assert!(p.windows(2).all(|w| u(&w[0]["cycles"]) >= u(&w[1]["cycles"])));
            let e = stderr(&o);
            assert!(e.contains(&format!("profile       top {} of {}", p.len().min(15), p.len())));
        }
    }
}

#[test]
fn the_profile_names_functions_by_their_symbols() {
    let dir = tempfile::tempdir().unwrap();
    let (o, r) =
        run_json(dir.path(), &["firmware/devtests/ipi.elf", "--harts", "3", "--profile=3"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let p = r["profile"].as_array().unwrap();
    let main = p.iter().find(|f| f["name"] == "main").expect("main");
    // nm: 000000008000088e 0000000000000294 T main
    assert_eq!((u(&main["start"]), u(&main["end"])), (0x8000_088e, 0x8000_088e + 0x294));
    assert!(u(&main["instructions"]) > 0);
    assert!(p.iter().any(|f| f["name"] == "secondary_main"));
    let text = stderr(&o);
    let lines = text.lines().skip_while(|l| !l.starts_with("profile")).skip(2);
    assert_eq!(lines.take_while(|l| l.starts_with("  ")).count(), 3, "{text}");
    // Extra symbol files are read; --profile=0 shows none in the text but all in the JSON.
    let (o, r) = run_json(
        dir.path(),
        &["riscv-tests/isa/rv64ui-v-lw", "--symbols", "firmware/demo/demo.elf", "--profile=0"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!r["profile"].as_array().unwrap().is_empty());
}

#[test]
fn idle_functions_and_wfi_are_left_out_of_the_non_idle_vm_share() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["firmware/devtests/ipi.elf", "--harts", "3"];
    let (_, plain) = run_json(dir.path(), &args);
    let mut idle_args = args.to_vec();
    idle_args.extend(["--idle-symbol", "secondary_main", "--idle-symbol", "contend"]);
    let (o, r) = run_json(dir.path(), &idle_args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(r.get("profile").is_none(), "--idle-symbol alone shows no profile");
    assert_eq!(without_profile(&r), without_profile(&plain));
    let idle = &r["idle"];
    assert_eq!(idle["symbols"], serde_json::json!(["contend", "secondary_main"]));
    // The same split as the profile's.
    idle_args.push("--profile");
    let (_, pr) = run_json(dir.path(), &idle_args);
    let p = pr["profile"].as_array().unwrap();
    let in_idle: u64 = p
        .iter()
        .filter(|f| f["name"] == "secondary_main" || f["name"] == "contend")
        .map(|f| u(&f["cycles"]) - u(&f["wait_cycles"]))
        .sum();
    assert!(in_idle > 0);
    assert_eq!(u(&idle["symbol_cycles"]), in_idle);
    assert_eq!(u(&idle["cycles"]), u(&idle["wait_cycles"]) + in_idle);
    assert_eq!(plain["idle"]["symbol_cycles"], 0);
    assert_eq!(plain["idle"]["cycles"], plain["idle"]["wait_cycles"]);
    let e = stderr(&o);
    assert!(e.contains("of the cycles that were not idle"), "{e}");
    assert!(e.contains("in secondary_main contend") || e.contains("in contend secondary_main"));
}

#[test]
fn the_vm_share_is_given_per_mode() {
    let dir = tempfile::tempdir().unwrap();
    let (_, r) = run_json(dir.path(), &["riscv-tests/isa/rv64ui-v-lw"]);
    let m = &r["by_mode"];
    let sum = |k: &str| ["U", "S", "M"].iter().map(|x| u(&m[*x][k])).sum::<u64>();
    assert_eq!(sum("page_walk_cycles"), u(&r["cycles_by_cause"]["page_walk"]));
    assert_eq!(sum("page_fault_handler_cycles"), u(&r["page_fault_handler_cycles"]));
    // The handlers run in S-mode.
    assert_eq!(m["S"]["page_fault_handler_cycles"], r["page_fault_handler_cycles"]);
    assert!(m["S"]["vm_cycle_share"].as_f64().unwrap() > 0.5);
}

#[test]
fn bad_profile_flags_are_one_line_errors() {
    let o = satp_run(&["firmware/devtests/ipi.elf", "--idle-symbol", "no_such_function"]);
    assert_host_error(&o, "--idle-symbol no_such_function: no such function");
    let o = satp_run(&["firmware/devtests/ipi.elf", "--idle-symbol", "_start"]);
    assert_host_error(&o, "no size");
    let o = satp_run(&["firmware/devtests/ipi.elf", "--profile", "--symbols", "/nonexistent.elf"]);
    assert_host_error(&o, "/nonexistent.elf");
    let o = satp_run(&["firmware/devtests/ipi.elf", "--profile", "--symbols", "README.md"]);
    assert_host_error(&o, "not an ELF");
    let o = satp_run(&["firmware/devtests/ipi.elf", "--profile=many"]);
    assert_eq!(o.status.code(), Some(2));
}
