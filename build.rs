//! Generates one `#[test]` per committed guest test binary (riscv-tests/isa/*-p-*,
//! riscv-tests/isa/*-v-*), so that `cargo test` lists and runs each on its own.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
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
