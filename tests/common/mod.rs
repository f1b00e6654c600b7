//! Helpers shared by the integration tests that run the `satp` binary.
#![allow(dead_code)]
// Test helpers fail by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Runs `satp ARGS...` from the crate root with no standard input.
pub fn satp(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_satp"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .expect("satp binary runs")
}

/// Runs `satp run ARGS...`.
pub fn satp_run(args: &[&str]) -> Output {
    let mut all = vec!["run"];
    all.extend_from_slice(args);
    satp(&all)
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A file with a chosen name in a temporary directory of its own, removed (with the
/// directory and anything else written there) when the value is dropped.
pub struct TempFile {
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl TempFile {
    /// The path as a `&str` (temporary paths are UTF-8 here).
    pub fn arg(&self) -> &str {
        self.path.to_str().expect("utf-8 temp path")
    }
}

impl AsRef<Path> for TempFile {
    fn as_ref(&self) -> &Path {
        &self.path
    }
}

impl AsRef<std::ffi::OsStr> for TempFile {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.path.as_os_str()
    }
}

impl std::ops::Deref for TempFile {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.path
    }
}

/// A new temporary file `name` holding `bytes`.
pub fn temp_file(name: &str, bytes: &[u8]) -> TempFile {
    let dir = tempfile::Builder::new().prefix("satp-test-").tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    TempFile { path, _dir: dir }
}

/// One `prefix key=value key=value ...` line.
#[derive(Debug)]
pub struct Rec(pub std::collections::HashMap<String, String>);

impl Rec {
    pub fn str(&self, key: &str) -> &str {
        self.0.get(key).unwrap_or_else(|| panic!("no {key} in {:?}", self.0))
    }
    pub fn num(&self, key: &str) -> u64 {
        self.str(key).parse().unwrap_or_else(|_| panic!("{key} is not a number in {:?}", self.0))
    }
    /// A value printed with decimals, such as `cycles/access=23.01`.
    pub fn real(&self, key: &str) -> f64 {
        self.str(key).parse().unwrap_or_else(|_| panic!("{key} is not a number in {:?}", self.0))
    }
}

/// Every line of `out` that starts with `prefix` and a space, as key=value records.
pub fn records(out: &str, prefix: &str) -> Vec<Rec> {
    out.lines()
        .filter_map(|l| l.strip_prefix(prefix)?.strip_prefix(' '))
        .map(|rest| {
            Rec(rest
                .split_whitespace()
                .filter_map(|kv| kv.split_once('='))
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect())
        })
        .collect()
}

/// The number at `path` in a JSON report.
pub fn json_u64(v: &serde_json::Value, path: &[&str]) -> u64 {
    let mut cur = v;
    for key in path {
        cur = &cur[*key];
    }
    cur.as_u64().unwrap_or_else(|| panic!("{path:?} is not a number: {cur}"))
}
