//! The picolibc guests of `firmware/libc`: C compiled with GCC `-O2` for rv64gc (and, in
//! `fpdemo-zb.elf`, with Zba/Zbb/Zbs) doing float and double arithmetic, libm, conversions,
//! rounding modes, `printf` of doubles, `strtod` and bit tricks. Their console output on
//! QEMU virt is recorded in `firmware/libc/fpdemo.expected`; on satp, under either timing
//! model, it must be exactly the same text, and the guest must exit 0.
//!
//! The ELFs contain picolibc, third-party code, so they are not committed: build them with
//! `make -C firmware libc OUT=DIR` and set `SATP_LIBC_GUESTS=DIR/libc` (CI does). Without
//! it every test here says it skipped.

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{satp_run, stderr, stdout};
use std::path::PathBuf;

/// The built guest `name`, or `None` (and a note) when SATP_LIBC_GUESTS is unset.
fn guest(name: &str) -> Option<String> {
    let Some(dir) = std::env::var_os("SATP_LIBC_GUESTS") else {
        eprintln!(
            "skipped: set SATP_LIBC_GUESTS to DIR/libc after `make -C firmware libc OUT=DIR`"
        );
        return None;
    };
    let path = PathBuf::from(dir).join(name);
    assert!(path.is_file(), "{} is missing", path.display());
    Some(path.to_string_lossy().into_owned())
}

const FPDEMO: &str = "fpdemo.elf";
const FPDEMO_ZB: &str = "fpdemo-zb.elf";
/// What QEMU 7.2 printed for both ELFs (`make -C firmware check-qemu-libc` checks it).
const EXPECTED: &str = include_str!("../firmware/libc/fpdemo.expected");

/// Runs `elf` under `model` and requires QEMU's output and a passing exit.
fn assert_prints_what_qemu_printed(name: &str, model: &str) {
    let Some(elf) = guest(name) else { return };
    let elf = elf.as_str();
    let o = satp_run(&[elf, "--model", model]);
    let (out, err) = (stdout(&o), stderr(&o));
    // Name the first line that differs: the whole text is long.
    if let Some((n, (want, got))) =
        EXPECTED.lines().zip(out.lines()).enumerate().find(|(_, (w, g))| w != g)
    {
        panic!("{elf} ({model}): line {} differs\n  QEMU: {want}\n  satp: {got}", n + 1);
    }
    assert_eq!(out, EXPECTED, "{elf} ({model}): output differs in length\nstderr:\n{err}");
    assert_eq!(o.status.code(), Some(0), "{elf} ({model}): stderr:\n{err}");
    assert!(err.is_empty(), "{elf} ({model}): {err}");
}

#[test]
#[cfg_attr(
    not(satp_libc_guests),
    ignore = "set SATP_LIBC_GUESTS to DIR/libc after make -C firmware libc OUT=DIR"
)]
fn fpdemo_matches_qemu_functional() {
    assert_prints_what_qemu_printed(FPDEMO, "functional");
}

#[test]
#[cfg_attr(
    not(satp_libc_guests),
    ignore = "set SATP_LIBC_GUESTS to DIR/libc after make -C firmware libc OUT=DIR"
)]
fn fpdemo_matches_qemu_inorder() {
    assert_prints_what_qemu_printed(FPDEMO, "inorder");
}

#[test]
#[cfg_attr(
    not(satp_libc_guests),
    ignore = "set SATP_LIBC_GUESTS to DIR/libc after make -C firmware libc OUT=DIR"
)]
fn fpdemo_zb_matches_qemu_functional() {
    assert_prints_what_qemu_printed(FPDEMO_ZB, "functional");
}

#[test]
#[cfg_attr(
    not(satp_libc_guests),
    ignore = "set SATP_LIBC_GUESTS to DIR/libc after make -C firmware libc OUT=DIR"
)]
fn fpdemo_zb_matches_qemu_inorder() {
    assert_prints_what_qemu_printed(FPDEMO_ZB, "inorder");
}

/// The Zb build really runs bit-manipulation instructions from compiled code: on a hart
/// without them (`--isa rv64gc`) it stops at the first one with an illegal instruction
/// (mcause 2), reported by the guest's trap handler, which exits with status 2.
#[test]
#[cfg_attr(
    not(satp_libc_guests),
    ignore = "set SATP_LIBC_GUESTS to DIR/libc after make -C firmware libc OUT=DIR"
)]
fn fpdemo_zb_needs_the_zb_extensions() {
    let Some(elf) = guest(FPDEMO_ZB) else { return };
    let o = satp_run(&[&elf, "--isa", "rv64gc", "--model", "functional"]);
    let (out, err) = (stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(1), "stdout:\n{out}\nstderr:\n{err}");
    assert!(out.contains("unexpected trap: mcause=0x2 "), "{out}");
    assert!(err.contains("guest exited with code 2"), "{err}");
}
