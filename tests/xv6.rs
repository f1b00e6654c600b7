//! Acceptance on the real xv6-riscv (built locally, never committed). `SATP_XV6` names a
//! directory holding `kernel/kernel` and `fs.img`; without it every test here says it
//! skipped. The image is copied to a temporary file for each run, so the original is never
//! modified.
//!
//! `usertests` takes a long time with three harts (xv6's idle harts spin in the scheduler),
//! so it runs only when `SATP_XV6_USERTESTS=1` is set as well.

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn xv6() -> Option<PathBuf> {
    match std::env::var_os("SATP_XV6") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            assert!(dir.join("kernel/kernel").is_file(), "SATP_XV6 has no kernel/kernel");
            assert!(dir.join("fs.img").is_file(), "SATP_XV6 has no fs.img");
            Some(dir)
        }
        None => {
            eprintln!(
                "skipped: set SATP_XV6 to an xv6-riscv tree with kernel/kernel and fs.img built"
            );
            None
        }
    }
}

/// A private copy of the file system image.
fn disk_copy(dir: &Path, name: &str) -> tempfile::TempPath {
    let tmp = tempfile::Builder::new()
        .prefix(&format!("satp-xv6-{name}-"))
        .suffix(".img")
        .tempfile()
        .expect("temp file")
        .into_temp_path();
    std::fs::copy(dir.join("fs.img"), &tmp).expect("copy fs.img");
    tmp
}

fn satp(dir: &Path, disk: &Path, args: &[&str]) -> Output {
    let kernel = dir.join("kernel/kernel");
    Command::new(env!("CARGO_BIN_EXE_satp"))
        .arg("run")
        .arg(&kernel)
        .arg("--disk")
        .arg(disk)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("satp runs")
}

fn console(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn assert_ok(o: &Output) {
    assert_eq!(
        o.status.code(),
        Some(0),
        "console:\n{}\nstderr:\n{}",
        console(o),
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
#[cfg_attr(
    not(satp_xv6),
    ignore = "set SATP_XV6 to an xv6-riscv tree with kernel/kernel and fs.img"
)]
fn boots_to_the_shell_with_one_and_three_harts() {
    let Some(dir) = xv6() else { return };
    for harts in ["1", "3"] {
        let disk = disk_copy(&dir, &format!("boot{harts}"));
        let o = satp(&dir, &disk, &["--harts", harts, "--until", "$ ", "--max-insns", "5G"]);
        assert_ok(&o);
        let out = console(&o);
        assert!(out.contains("xv6 kernel is booting"), "{out}");
        assert!(out.contains("init: starting sh"), "{out}");
    }
}

#[test]
#[cfg_attr(
    not(satp_xv6),
    ignore = "set SATP_XV6 to an xv6-riscv tree with kernel/kernel and fs.img"
)]
fn shell_commands_work() {
    let Some(dir) = xv6() else { return };
    let disk = disk_copy(&dir, "shell");
    let o = satp(
        &dir,
        &disk,
        &[
            "--harts",
            "3",
            "--send",
            "ls\\ncat README\\necho hi > f\\ncat f\\n",
            "--until",
            "hi\\n$ ",
            "--fail-on",
            "panic",
            "--max-insns",
            "20G",
        ],
    );
    assert_ok(&o);
    let out = console(&o);
    assert!(out.contains("usertests"), "ls lists the programs: {out}");
    assert!(out.contains("xv6 is a re-implementation"), "cat README: {out}");
}

#[test]
#[cfg_attr(
    not(satp_xv6),
    ignore = "set SATP_XV6 to an xv6-riscv tree with kernel/kernel and fs.img"
)]
fn a_file_written_in_one_run_is_there_in_the_next() {
    let Some(dir) = xv6() else { return };
    let disk = disk_copy(&dir, "persist");
    let before = std::fs::read(&disk).unwrap();
    let o = satp(
        &dir,
        &disk,
        &[
            "--send",
            "echo persisted-across-runs > keep\\n",
            "--until",
            "$ $ ",
            "--max-insns",
            "10G",
        ],
    );
    assert_ok(&o);
    assert_ne!(std::fs::read(&disk).unwrap(), before, "the guest's write reached the image");
    let o = satp(
        &dir,
        &disk,
        &["--send", "cat keep\\n", "--until", "persisted-across-runs\\n", "--max-insns", "10G"],
    );
    assert_ok(&o);

    // With --snapshot the image file is never written.
    let snap_before = std::fs::read(&disk).unwrap();
    let o = satp(
        &dir,
        &disk,
        &[
            "--snapshot",
            "--send",
            "echo gone > tmpfile\\n",
            "--until",
            "$ $ ",
            "--max-insns",
            "10G",
        ],
    );
    assert_ok(&o);
    assert_eq!(std::fs::read(&disk).unwrap(), snap_before, "--snapshot leaves the image untouched");
}

/// What xv6's `wc` prints for a file: lines, words (runs of characters other than
/// space, CR, tab, newline, vertical tab) and bytes.
fn wc(text: &str, name: &str) -> String {
    let lines = text.bytes().filter(|&b| b == b'\n').count();
    let words = text.split(|c| " \r\t\n\x0b".contains(c)).filter(|w| !w.is_empty()).count();
    format!("{lines} {words} {} {name}\n", text.len())
}

/// What xv6's `grep` prints for a literal pattern: every line containing it.
fn grep(text: &str, pattern: &str) -> String {
    text.split_inclusive('\n').filter(|l| l.contains(pattern)).collect()
}

/// Checks the output of xv6's `ls` in the root directory: ".", "..", README, the 16
/// programs and console, one line each (the name padded to 14 columns, type, inode, size);
/// README and the programs this test runs must be listed as files of their size.
fn check_ls(got: &str, readme_size: u64, program_size: impl Fn(&str) -> u64) {
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines.len(), 20, "ls: {got}");
    assert!(lines[0].starts_with(".              1 1 "), "ls: {got}");
    let programs = ["cat", "echo", "grep", "ls", "wc"].map(|p| (p, program_size(p)));
    for (name, size) in [("README", readme_size)].into_iter().chain(programs) {
        let start = format!("{name:<14} 2 ");
        let line = lines.iter().find(|l| l.starts_with(&start));
        let line = line.unwrap_or_else(|| panic!("ls lists no {name}: {got}"));
        assert!(line.ends_with(&format!(" {size}")), "ls: {line}");
    }
}

/// Each program that exec places in a process must run as its own code, although its code
/// pages held another program's code moments before: xv6's `kfree` puts a page at the head
/// of the free list and `kalloc` takes the head, so the pages the last command freed (its
/// code among them) are the first ones the next fork and exec fill. exec writes the program
/// into them with ordinary stores (and xv6 executes no FENCE.I), so an emulator that keeps
/// decoded code by physical address must drop it when the page is written. The shell runs
/// 13 commands of five programs, each program after various others, with 1 and 3 harts;
/// each output must be exactly that program's, for the README that is in fs.img.
#[test]
#[cfg_attr(
    not(satp_xv6),
    ignore = "set SATP_XV6 to an xv6-riscv tree with kernel/kernel and fs.img"
)]
fn programs_execed_in_turn_each_run_their_own_code() {
    let Some(dir) = xv6() else { return };
    let readme = std::fs::read_to_string(dir.join("README")).expect("README of the xv6 tree");
    let size = |prog: &str| std::fs::metadata(dir.join(format!("user/_{prog}"))).unwrap().len();
    // The whole input stays under xv6's 128-byte console buffer (it is sent at once).
    let commands = [
        "echo a",
        "ls",
        "wc README",
        "echo b",
        "grep xv6 README",
        "cat README",
        "wc README",
        "grep the README",
        "ls",
        "echo c",
        "grep xv6 README",
        "wc README",
        "echo d",
    ];
    let input: String = commands.iter().map(|c| format!("{c}\n")).collect();
    assert!(input.len() < 128);
    for harts in ["1", "3"] {
        let disk = disk_copy(&dir, &format!("exec{harts}"));
        let send = input.replace('\n', "\\n");
        // 0.6G instructions with 1 hart and 1.7G with 3 (idle harts spin) reach the end.
        let o = satp(
            &dir,
            &disk,
            &[
                "--harts",
                harts,
                "--model",
                "functional",
                "--send",
                &send,
                "--until",
                "$ d\\n$ ",
                "--fail-on",
                "panic",
                "--fail-on",
                "failed",
                "--max-insns",
                "5G",
            ],
        );
        assert_ok(&o);
        let out = console(&o);
        // The console echoes the input as it arrives, during boot (mixed with the other
        // harts' "hart N starting" with 3 harts); after init starts the shell, the console
        // holds only prompts and the programs' output.
        let (_, session) = out.split_once("init: starting sh\n").expect("the shell started");
        let outputs: Vec<&str> = session.split("$ ").collect();
        assert_eq!(outputs.len(), commands.len() + 2, "{session}");
        assert_eq!(outputs[0], "", "{session}");
        assert_eq!(outputs[commands.len() + 1], "", "{session}");
        let mut ls_output = None;
        for (cmd, got) in commands.iter().zip(&outputs[1..]) {
            let want = match cmd.split_once(' ') {
                Some(("echo", arg)) => format!("{arg}\n"),
                Some(("wc", file)) => wc(&readme, file),
                Some(("grep", args)) => grep(&readme, args.split_once(' ').unwrap().0),
                Some(("cat", _)) => readme.clone(),
                _ => {
                    check_ls(got, readme.len() as u64, size);
                    // Both runs of ls list the same directory.
                    let first: &str = ls_output.get_or_insert(got);
                    assert_eq!(first, *got, "the two ls outputs differ");
                    continue;
                }
            };
            assert_eq!(*got, want, "output of {cmd:?} with {harts} harts");
        }
    }
}

#[test]
#[cfg_attr(
    not(all(satp_xv6, satp_xv6_usertests)),
    ignore = "set SATP_XV6 and SATP_XV6_USERTESTS=1 (usertests take a long time)"
)]
fn usertests_pass_with_three_harts() {
    let Some(dir) = xv6() else { return };
    if std::env::var_os("SATP_XV6_USERTESTS").is_none() {
        eprintln!("skipped: usertests run only with SATP_XV6_USERTESTS=1 (they take a long time)");
        return;
    }
    let disk = disk_copy(&dir, "usertests");
    let o = satp(
        &dir,
        &disk,
        &[
            "--harts",
            "3",
            "--model",
            "functional",
            "--send",
            "usertests\\n",
            "--until",
            "ALL TESTS PASSED",
            "--fail-on",
            "FAILED",
        ],
    );
    assert_ok(&o);
}
