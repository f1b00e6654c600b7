//! xv6's own, unmodified Makefile driving satp as its QEMU: `make qemu QEMU="satp qemu"`
//! with console input, and `make qemu-gdb` with a scripted gdb-multiarch session that
//! breaks in `kernel/trap.c:usertrap`, continues, steps, and stops at a write watchpoint on
//! `ticks`.
//!
//! `SATP_XV6_SRC` names a built xv6-riscv checkout (kernel/kernel and fs.img made); it is
//! copied to a temporary directory first, so the checkout is never changed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A copy of the checkout, timestamps kept so that make rebuilds nothing.
fn xv6_copy() -> tempfile::TempDir {
    let src = std::env::var("SATP_XV6_SRC").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ok = Command::new("cp")
        .arg("-a")
        .arg(format!("{src}/."))
        .arg(dir.path())
        .status()
        .unwrap()
        .success();
    assert!(ok, "copying {src}");
    dir
}

/// `make TARGET` in `dir` with satp as QEMU, in a process group of its own; output is
/// collected in the returned buffer.
fn make(dir: &Path, target: &str) -> (Child, Arc<Mutex<Vec<u8>>>) {
    let satp = PathBuf::from(env!("CARGO_BIN_EXE_satp"));
    let mut child = std::os::unix::process::CommandExt::process_group(
        Command::new("make")
            .arg(target)
            .arg(format!("QEMU={} qemu", satp.display()))
            .arg("CPUS=1")
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
        0,
    )
    .spawn()
    .unwrap();
    let out = Arc::new(Mutex::new(Vec::new()));
    for stream in [
        Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
        Box::new(child.stderr.take().unwrap()),
    ] {
        let out = out.clone();
        std::thread::spawn(move || {
            let mut stream = stream;
            let mut buf = [0u8; 4096];
            while let Ok(n) = stream.read(&mut buf) {
                if n == 0 {
                    break;
                }
                out.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
    }
    (child, out)
}

fn wait_for(out: &Arc<Mutex<Vec<u8>>>, what: &str, secs: u64) {
    let t0 = Instant::now();
    loop {
        let text = String::from_utf8_lossy(&out.lock().unwrap()).into_owned();
        if text.contains(what) {
            return;
        }
        assert!(t0.elapsed() < Duration::from_secs(secs), "no {what:?} in:\n{text}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Ends make and the satp under it.
fn stop(child: &mut Child) {
    let group = format!("-{}", child.id());
    let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
    let t0 = Instant::now();
    while t0.elapsed() < Duration::from_secs(10) {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
    let _ = child.wait();
}

#[test]
#[cfg_attr(not(satp_xv6_src), ignore = "set SATP_XV6_SRC to a built xv6-riscv checkout")]
fn make_qemu_boots_and_takes_console_input() {
    let dir = xv6_copy();
    let (mut child, out) = make(dir.path(), "qemu");
    wait_for(&out, "init: starting sh", 600);
    wait_for(&out, "$ ", 60);
    child.stdin.as_mut().unwrap().write_all(b"echo satp-typed-this\n").unwrap();
    wait_for(&out, "satp-typed-this\n$ ", 120);
    stop(&mut child);
}

#[test]
#[cfg_attr(not(satp_xv6_src), ignore = "set SATP_XV6_SRC to a built xv6-riscv checkout")]
fn make_qemu_gdb_breaks_in_usertrap() {
    if Command::new("gdb-multiarch").arg("--version").output().is_err() {
        panic!("gdb-multiarch is not installed (apt-get install gdb-multiarch)");
    }
    let dir = xv6_copy();
    let (mut child, out) = make(dir.path(), "qemu-gdb");
    wait_for(&out, "waiting for GDB", 120);
    // xv6's own .gdbinit (made by `make qemu-gdb` from .gdbinit.tmpl-riscv with its port).
    let gdb = Command::new("gdb-multiarch")
        .args(["-nx", "-batch", "-x", ".gdbinit"])
        .args(["-ex", "break usertrap", "-ex", "continue", "-ex", "p $priv"])
        .args(["-ex", "p/x $satp", "-ex", "continue 2", "-ex", "bt 1"])
        // Stepping: two instructions on from the breakpoint, the pc moves on.
        .args(["-ex", "p/x $pc", "-ex", "stepi 2", "-ex", "p/x $pc"])
        // A write watchpoint on the kernel's tick counter: the timer interrupt's handler
        // stops at the store that increments it.
        .args(["-ex", "delete", "-ex", "watch ticks", "-ex", "continue", "-ex", "kill"])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&gdb.stdout).to_string() + &String::from_utf8_lossy(&gdb.stderr);
    stop(&mut child);
    assert!(text.contains("Breakpoint 1, usertrap () at kernel/trap.c"), "{text}");
    assert!(text.contains("$1 = 1"), "in S-mode: {text}");
    assert!(text.contains("$2 = 0x8000000000"), "Sv39 on: {text}");
    assert!(text.matches("usertrap () at kernel/trap.c").count() >= 2, "continued: {text}");
    // $3 and $4: the pc before and after `stepi 2`.
    let pc = |n: u32| -> u64 {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("${n} = 0x")))
            .unwrap_or_else(|| panic!("no ${n}: {text}"));
        u64::from_str_radix(line.split("0x").nth(1).unwrap().trim(), 16).unwrap()
    };
    assert_ne!(pc(3), pc(4), "stepi moved: {text}");
    assert!(pc(4) > pc(3) && pc(4) - pc(3) <= 8, "two instructions on: {text}");
    assert!(text.contains("Hardware watchpoint 2: ticks"), "{text}");
    let old = text
        .lines()
        .position(|l| l.starts_with("Old value = "))
        .unwrap_or_else(|| panic!("the watchpoint did not trigger: {text}"));
    let value = |l: &str| l.rsplit(' ').next().unwrap().parse::<u64>().unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(value(lines[old]) + 1, value(lines[old + 1]), "ticks += 1: {text}");
    assert!(text.contains("clockintr"), "stopped in clockintr: {text}");
}
