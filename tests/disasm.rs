//! `satp disasm` against GNU objdump: for some of our riscv-tests ELFs, the output of
//! `riscv64-unknown-elf-objdump -d -M no-aliases` (binutils 2.40) is committed in
//! `tests/golden/disasm/`, and satp's listing of the same ELF must agree with it:
//!
//! - every instruction objdump decodes is at the same address with the same bits in
//!   satp's listing;
//! - for 32-bit instructions the text is the same (objdump's `# address <symbol>`
//!   comments and branch-target `<symbol>`s aside), except where satp knows names binutils
//!   2.40 does not: CSRs such as `menvcfg`, and the Zihintntl hints (`ntl.p1` for
//!   `add zero,zero,sp`);
//! - a compressed instruction is listed as its 32-bit expansion, so only its address and
//!   bits are compared;
//! - the 32-bit words objdump cannot name (`.4byte`: the CBO instructions without
//!   `-M` options) and data words (`.word`, after a `$d` mapping symbol) are not compared
//!   by text.
//!
//! The test runs the binary, as a user would.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Names satp gives where binutils 2.40 prints a number or the base instruction.
const RENAMES: &[(&str, &str)] = &[
    ("0x30a", "menvcfg"),
    ("0x10a", "senvcfg"),
    ("0xf15", "mconfigptr"),
    ("0x34a", "mtinst"),
    ("0x34b", "mtval2"),
    ("0x14d", "stimecmp"),
    ("add zero,zero,sp", "ntl.p1"),
    ("add zero,zero,gp", "ntl.pall"),
    ("add zero,zero,tp", "ntl.s1"),
    ("add zero,zero,t0", "ntl.all"),
];

/// Instruction lines of a listing: address -> (bits, text without comment or target).
fn instructions(listing: &str) -> BTreeMap<u64, (String, String)> {
    let mut out = BTreeMap::new();
    for line in listing.lines() {
        let mut parts = line.splitn(3, '\t');
        let (Some(addr), Some(bits), Some(text)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let Some(addr) = addr.trim().strip_suffix(':') else { continue };
        let Ok(addr) = u64::from_str_radix(addr, 16) else { continue };
        let mut text = text.split(" #").next().unwrap_or("").to_string();
        if text.ends_with('>') {
            if let Some(i) = text.rfind(" <") {
                text.truncate(i);
            }
        }
        out.insert(addr, (bits.trim().to_string(), text.replace('\t', " ").trim().to_string()));
    }
    out
}

/// True when the texts agree, or differ only where objdump names a CSR that exists only on
/// RV32 (`cycleh`, `mstatush`, the odd `pmpcfg`s) and satp, an RV64 hart, prints its number.
fn same_text(ours: &str, theirs: &str) -> bool {
    let split = |t: &str| t.split([' ', ',']).map(String::from).collect::<Vec<_>>();
    let (a, b) = (split(ours), split(theirs));
    let rv32_only = |n: &str| {
        n.ends_with('h')
            || n.strip_prefix("pmpcfg")
                .and_then(|k| k.parse::<u32>().ok())
                .is_some_and(|k| k % 2 == 1)
    };
    a.len() == b.len()
        && a.iter().zip(&b).all(|(x, y)| x == y || (x.starts_with("0x") && rv32_only(y)))
}

fn check(name: &str) -> usize {
    let expected = std::fs::read_to_string(
        Path::new(ROOT).join(format!("tests/golden/disasm/{name}.objdump")),
    )
    .unwrap();
    let elf = Path::new(ROOT).join("riscv-tests/isa").join(name);
    let out = Command::new(env!("CARGO_BIN_EXE_satp")).arg("disasm").arg(&elf).output().unwrap();
    assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    let ours = instructions(&String::from_utf8(out.stdout).unwrap());
    let theirs = instructions(&expected);
    let mut compared = 0;
    for (addr, (bits, text)) in &theirs {
        if text.starts_with(".word") || text.starts_with(".2byte") || text.starts_with(".short") {
            continue;
        }
        let Some((our_bits, our_text)) = ours.get(addr) else {
            panic!("{name}: objdump lists {addr:#x} ({bits} {text}), satp does not");
        };
        assert_eq!(our_bits, bits, "{name} at {addr:#x}");
        if bits.len() == 8 && !text.starts_with(".4byte") && text != "unimp" {
            let mut text = text.clone();
            for (from, to) in RENAMES {
                text = text.replace(from, to);
            }
            assert!(
                same_text(our_text, &text),
                "{name} at {addr:#x} ({bits}): satp {our_text:?}, objdump {text:?}"
            );
        }
        compared += 1;
    }
    compared
}

#[test]
fn disasm_matches_objdump_on_our_riscv_tests() {
    let dir = Path::new(ROOT).join("tests/golden/disasm");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".objdump").map(String::from))
        .collect();
    names.sort();
    assert!(names.len() >= 5);
    let total: usize = names.iter().map(|n| check(n)).sum();
    assert!(total > 5000, "only {total} instructions compared");
}

#[test]
fn disasm_of_a_missing_or_bad_file_is_a_one_line_host_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_satp"))
        .args(["disasm", "/nonexistent/file.elf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("satp: /nonexistent/file.elf: "), "{err}");
    assert_eq!(err.lines().count(), 1);
    let out = Command::new(env!("CARGO_BIN_EXE_satp"))
        .args(["disasm", concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("not an ELF file"));
}
