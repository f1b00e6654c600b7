//! The official riscv-tests, built locally (never committed): every ELF under the
//! directory named by `SATP_RISCV_TESTS` must pass. Skips, saying so, when it is unset.

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use satp::machine::MachineConfig;
use satp::runner::{collect, run_all};
use std::path::PathBuf;

#[test]
#[cfg_attr(
    not(satp_riscv_tests),
    ignore = "set SATP_RISCV_TESTS to a directory of built riscv-tests ELFs"
)]
fn upstream_riscv_tests() {
    let Some(dir) = std::env::var_os("SATP_RISCV_TESTS") else {
        eprintln!("skipped: set SATP_RISCV_TESTS to a directory of built riscv-tests ELFs (e.g. rv64ui-p-add)");
        return;
    };
    let files = collect(&[PathBuf::from(dir)]).expect("SATP_RISCV_TESTS is readable");
    assert!(!files.is_empty(), "no ELF files under SATP_RISCV_TESTS");
    let jobs = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let mut out = std::io::stderr();
    let (passed, failed) = run_all(&files, &MachineConfig::default(), 100_000_000, jobs, &mut out);
    assert_eq!(failed, 0, "{failed} of {} upstream tests failed", passed + failed);
}
