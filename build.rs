//! Generates one `#[test]` per committed guest test binary (riscv-tests/isa/*-p-*,
//! riscv-tests/isa/*-v-*), so that `cargo test` lists and runs each on its own.
//!
//! It also turns the environment variables that name third-party test guests into `cfg`s
//! (`SATP_XV6` -> `satp_xv6`, ...), so a test whose guest is not given is marked
//! `#[ignore = "set SATP_XV6 ..."]` and shows as ignored in `cargo test`'s summary instead of
//! passing without having run.

// Cargo always sets OUT_DIR and makes it writable; a build script reports failure by panicking.
#![allow(clippy::expect_used)]

use std::fmt::Write as _;
use std::path::Path;

/// Environment variables that enable guest tests, and the `cfg` each one sets.
const GUEST_VARS: &[(&str, &str)] = &[
    ("SATP_XV6", "satp_xv6"),
    ("SATP_XV6_USERTESTS", "satp_xv6_usertests"),
    ("SATP_RISCV_TESTS", "satp_riscv_tests"),
    ("SATP_LIBC_GUESTS", "satp_libc_guests"),
    ("SATP_LINUX", "satp_linux"),
    ("SATP_XV6_SRC", "satp_xv6_src"),
    ("SATP_SPIKE", "satp_spike"),
];

fn main() {
    for (var, cfg) in GUEST_VARS {
        println!("cargo:rustc-check-cfg=cfg({cfg})");
        println!("cargo:rerun-if-env-changed={var}");
        if std::env::var_os(var).is_some_and(|v| !v.is_empty()) {
            println!("cargo:rustc-cfg={cfg}");
        }
    }
    let dir = Path::new("riscv-tests/isa");
    println!("cargo:rerun-if-changed=riscv-tests/isa");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.path().is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| (n.contains("-p-") || n.contains("-v-")) && !n.contains('.'))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::new();
    for n in &names {
        let ident: String =
            n.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
        let _ = writeln!(out, "#[test]\nfn {ident}() {{\n    run_isa_test(\"{n}\");\n}}\n");
    }
    let dest =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("isa_tests.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
