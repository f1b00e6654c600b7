//! Golden reports: every committed guest (riscv-tests/isa and firmware/) runs under both
//! timing models, and what it printed, its exit status and its whole `--stats-json` report
//! (less host time and MIPS) must equal the file recorded in `tests/golden/`. Any change in
//! how satp executes or counts (a faster engine, a cache) must leave these unchanged; an
//! optimisation that changes a statistic is a bug.
//!
//! `SATP_BLESS=1 cargo test --test golden` rewrites the files from the current build. Do
//! that only in a commit of its own, saying why the old figures were wrong.

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const MODELS: [&str; 2] = ["functional", "inorder"];
/// The benchmark guests run 271M instructions; their first 20M say as much about the engine.
const BENCH_LIMIT: &str = "20M";

/// The golden file of a guest.
fn golden_path(guest: &str) -> PathBuf {
    Path::new(ROOT).join("tests/golden").join(format!("{}.json", guest.replace('/', "__")))
}

/// Runs one guest under one model: exit status, console output and the report, without
/// the fields that measure the host.
fn observe(guest: &str, model: &str, dir: &Path) -> Value {
    let tag = format!("{}-{model}", guest.replace('/', "_"));
    let json_path = dir.join(format!("{tag}.json"));
    let o = Command::new(env!("CARGO_BIN_EXE_satp"))
        .arg("run")
        .arg(guest)
        .args(common::guest_args(guest, dir, BENCH_LIMIT))
        .args(["--model", model, "--stats-json"])
        .arg(&json_path)
        .current_dir(ROOT)
        .stdin(Stdio::null())
        .output()
        .expect("satp runs");
    let mut report: Value = std::fs::read(&json_path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or(Value::Null);
    if let Some(m) = report.as_object_mut() {
        m.remove("host_seconds");
        m.remove("mips");
        // Disk images live in this run's temporary directory: keep their file names only.
        let prefix = format!("{}/", dir.display());
        for d in m.get_mut("disks").and_then(Value::as_array_mut).into_iter().flatten() {
            if let Some(name) = d["name"].as_str().and_then(|n| n.strip_prefix(&prefix)) {
                d["name"] = Value::from(name);
            }
        }
    }
    let _ = std::fs::remove_file(&json_path);
    json!({
        "status": o.status.code(),
        "stdout": String::from_utf8_lossy(&o.stdout),
        "report": report,
    })
}

/// The paths of the first difference between two JSON values.
fn differences(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for k in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                let (va, vb) = (x.get(k).unwrap_or(&Value::Null), y.get(k).unwrap_or(&Value::Null));
                differences(&format!("{path}.{k}"), va, vb, out);
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                differences(&format!("{path}[{i}]"), va, vb, out);
            }
        }
        // Ratios (miss rates, CPI) are derived from the exact counts; JSON text keeps them
        // only to the last bit or so.
        (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => {
            let (x, y) = (x.as_f64().unwrap_or(f64::NAN), y.as_f64().unwrap_or(f64::NAN));
            if (x - y).abs() > 1e-12 * x.abs().max(y.abs()) {
                out.push(format!("{path}: golden {x}, now {y}"));
            }
        }
        _ if a != b => out.push(format!("{path}: golden {a}, now {b}")),
        _ => {}
    }
}

#[test]
fn every_guest_reports_exactly_what_its_golden_file_says() {
    let bless = std::env::var_os("SATP_BLESS").is_some();
    let guests = common::committed_guests();
    assert!(guests.len() > 200, "only {} guests found", guests.len());
    let tmp = tempfile::Builder::new().prefix("satp-golden-").tempdir().expect("temp dir");
    let dir = tmp.path();
    let failures = common::check_on_all_cores(&guests, |_, guest, failures| {
        let mut now = Map::new();
        for model in MODELS {
            now.insert(model.into(), observe(guest, model, dir));
        }
        let now = Value::Object(now);
        let path = golden_path(guest);
        if bless {
            let text = serde_json::to_string_pretty(&now).expect("serializes") + "\n";
            std::fs::write(&path, text).expect("tests/golden is writable");
            return;
        }
        let golden: Value = match std::fs::read(&path) {
            Ok(b) => serde_json::from_slice(&b).expect("golden file is JSON"),
            Err(_) => return failures.push(format!("{guest}: no golden file")),
        };
        let mut diffs = Vec::new();
        differences("", &golden, &now, &mut diffs);
        if !diffs.is_empty() {
            diffs.truncate(10);
            failures.push(format!("{guest}:\n  {}", diffs.join("\n  ")));
        }
    });
    assert!(failures.is_empty(), "{} guests differ:\n{}", failures.len(), failures.join("\n"));
}

/// Every golden file belongs to a guest that still exists (a renamed guest must not leave
/// a stale file that nothing checks).
#[test]
fn no_golden_file_is_left_without_its_guest() {
    let want: Vec<PathBuf> = common::committed_guests().iter().map(|g| golden_path(g)).collect();
    for e in
        std::fs::read_dir(Path::new(ROOT).join("tests/golden")).expect("tests/golden").flatten()
    {
        if e.path().is_dir() {
            continue;
        }
        assert!(want.contains(&e.path()), "{} has no guest", e.path().display());
    }
}

/// FNV-1a, to keep a long output's fingerprint in a golden file.
fn fnv1a(bytes: &[u8]) -> String {
    let h = bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
    format!("{h:016x}")
}

/// `--trace` prints every instruction, trap and mode change, and `--stats-interval` its
/// lines, exactly as golden: the fingerprint and line count of both outputs, on a guest
/// that pages on demand (traps, sret, TLB misses) and on one that modifies its own code.
#[test]
fn traces_and_interval_reports_match_their_golden_file() {
    let runs: [(&str, &[&str]); 4] = [
        ("trace-v-add", &["riscv-tests/isa/rv64ui-v-add", "--trace", "--model", "functional"]),
        ("trace-fence-i", &["riscv-tests/isa/rv64ui-p-fence_i", "--trace", "--model", "inorder"]),
        ("interval-v-ld", &["riscv-tests/isa/rv64ui-v-ld", "--stats-interval", "500"]),
        (
            "interval-tlbreach",
            &[
                "firmware/vmbench/tlbreach.elf",
                "--stats-interval",
                "20000",
                "--model",
                "functional",
            ],
        ),
    ];
    let mut now = Map::new();
    for (name, args) in runs {
        let o = Command::new(env!("CARGO_BIN_EXE_satp"))
            .arg("run")
            .args(args)
            .current_dir(ROOT)
            .stdin(Stdio::null())
            .output()
            .expect("satp runs");
        // Interval lines carry host time and MIPS: drop those fields before fingerprinting.
        let err = String::from_utf8_lossy(&o.stderr);
        let lines: Vec<String> = err
            .lines()
            .map(|l| match serde_json::from_str::<Value>(l) {
                Ok(Value::Object(mut m)) => {
                    m.remove("host_seconds");
                    m.remove("mips");
                    Value::Object(m).to_string()
                }
                _ => l.to_string(),
            })
            .collect();
        now.insert(
            name.into(),
            json!({
                "status": o.status.code(),
                "stderr_lines": lines.len(),
                "stderr_fnv1a": fnv1a(lines.join("\n").as_bytes()),
                "stdout": String::from_utf8_lossy(&o.stdout),
            }),
        );
    }
    let now = Value::Object(now);
    let path = Path::new(ROOT).join("tests/golden/outputs/traces.json");
    if std::env::var_os("SATP_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, serde_json::to_string_pretty(&now).unwrap() + "\n").unwrap();
        return;
    }
    let golden: Value =
        serde_json::from_slice(&std::fs::read(&path).expect("golden traces")).unwrap();
    let mut diffs = Vec::new();
    differences("", &golden, &now, &mut diffs);
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}
