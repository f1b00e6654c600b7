//! Acceptance on the real xv6-riscv (built locally, never committed). `SATP_XV6` names a
//! directory holding `kernel/kernel` and `fs.img`; without it every test here says it
//! skipped. The image is copied to a temporary file for each run, so the original is never
//! modified.
//!
//! `usertests` takes a long time with three harts (xv6's idle harts spin in the scheduler),
//! so it runs only when `SATP_XV6_USERTESTS=1` is set as well.

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
fn disk_copy(dir: &Path, name: &str) -> PathBuf {
    let tmp = std::env::temp_dir().join(format!("satp-xv6-{}-{name}.img", std::process::id()));
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
fn boots_to_the_shell_with_one_and_three_harts() {
    let Some(dir) = xv6() else { return };
    for harts in ["1", "3"] {
        let disk = disk_copy(&dir, &format!("boot{harts}"));
        let o = satp(&dir, &disk, &["--harts", harts, "--until", "$ ", "--max-insns", "5G"]);
        assert_ok(&o);
        let out = console(&o);
        assert!(out.contains("xv6 kernel is booting"), "{out}");
        assert!(out.contains("init: starting sh"), "{out}");
        let _ = std::fs::remove_file(disk);
    }
}

#[test]
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
    let _ = std::fs::remove_file(disk);
}

#[test]
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
    let _ = std::fs::remove_file(disk);
}

#[test]
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
    let _ = std::fs::remove_file(disk);
}
