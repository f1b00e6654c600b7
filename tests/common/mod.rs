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

/// Input for the UART guests (as tests/devices.rs sends it).
pub const UART_LINE: &str = "hello from the host, 0123456789 abcdefghijklmnopqrstuvwxyz\\n";

/// Every guest binary the repository commits (riscv-tests/isa and firmware/), relative to
/// the crate root, sorted.
pub fn committed_guests() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for e in std::fs::read_dir(root.join("riscv-tests/isa")).expect("riscv-tests/isa").flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        if (n.contains("-p-") || n.contains("-v-")) && !n.contains('.') {
            out.push(format!("riscv-tests/isa/{n}"));
        }
    }
    let mut stack = vec![root.join("firmware")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("firmware").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "elf") {
                let rel = p.strip_prefix(root).expect("under the crate root");
                out.push(rel.to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}

/// A disk image `name` in `dir` for the virtio guests: 64 sectors of numbered text lines,
/// as firmware/devtests/make-disk.sh makes it.
pub fn text_disk(dir: &Path, name: &str) -> PathBuf {
    let bytes: Vec<u8> = (0..64)
        .flat_map(|s| {
            (0..16)
                .flat_map(move |l| format!("disk sector {s:04} line {l:02} ------\n").into_bytes())
        })
        .collect();
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("temp dir is writable");
    p
}

/// The flags a committed guest needs to run to its end (as the device tests run it), its
/// disks made in `dir`; the benchmark guests stop after `bench_limit` instructions.
pub fn guest_args(guest: &str, dir: &Path, bench_limit: &str) -> Vec<String> {
    let name = Path::new(guest).file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let disk = |p: PathBuf| vec!["--disk".into(), p.display().to_string(), "--snapshot".into()];
    match name.as_str() {
        "uart" | "uart-budget" => vec!["--send".into(), UART_LINE.into()],
        "ipi" => vec!["--harts".into(), "3".into()],
        "smc" => vec!["--harts".into(), "2".into()],
        "virtio-blk" | "virtio-bad" | "virtio-code" => disk(text_disk(dir, &format!("{name}.img"))),
        "bench-bare" | "bench-sv39" => vec!["--max-insns".into(), bench_limit.into()],
        // vmos's demo table, swapping to an empty 4 MiB disk.
        "vmos" => {
            let swap = dir.join("vmos-swap.img");
            std::fs::write(&swap, vec![0u8; 4 << 20]).expect("temp dir is writable");
            disk(swap)
        }
        _ => Vec::new(),
    }
}

/// Calls `check(i, item)` for every item, on as many threads as there are cores, and
/// returns the failures the calls pushed, in no particular order.
pub fn check_on_all_cores<T: Sync>(
    items: &[T],
    check: impl Fn(usize, &T, &mut Vec<String>) + Sync,
) -> Vec<String> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let mut mine = Vec::new();
                check(i, item, &mut mine);
                failures.lock().unwrap().extend(mine);
            });
        }
    });
    failures.into_inner().unwrap()
}
