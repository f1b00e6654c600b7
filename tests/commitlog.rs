//! Golden commit logs: for some of our riscv-tests ELFs, Spike's `--log-commits` output is
//! committed in `tests/golden/commitlog/NAME.log` (normalized as the differential tester
//! does: Spike's boot ROM lines removed, the log ended at the store to `tohost`), and
//! `satp run --log-commits` of the same ELF must produce exactly those lines.
//!
//! satp runs with `--ad-mode fault`: with `menvcfg.ADUE` clear Spike raises a page fault
//! for a clear A or D bit (Svade), where satp's default is to set them in hardware.
//!
//! `SATP_SPIKE=/path/to/spike SATP_BLESS=1 cargo test --test commitlog` rewrites the files
//! from Spike's output.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use satp::debug::difftest;
use std::path::Path;
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The guests whose logs are committed.
const GUESTS: &[&str] = &[
    "rv64ui-p-add",
    "rv64ui-p-sd",
    "rv64uc-p-rvc",
    "rv64um-p-mulh",
    "rv64ua-p-amoadd_d",
    "rv64ua-p-amoswap_w",
    "rv64uf-p-fadd",
    "rv64ud-p-fcvt",
    "rv64uzfh-p-fmadd",
    "rv64uzbb-p-rol",
    "rv64mi-p-ebreak",
    "rv64mi-p-mret",
    "rv64mi-p-illegal",
    "rv64si-p-mprv",
    "rv64si-p-superpage",
    "rv64si-p-svnapot_pbmt",
    "rv64ui-v-add",
];

fn tohost(elf: &[u8]) -> u64 {
    let mut bus = satp::bus::Bus::new(0x8000_0000, 1 << 20);
    satp::loader::load_elf(elf, &mut bus).unwrap().tohost.expect("the ELF defines tohost")
}

fn satp_lines(elf_path: &Path, tohost: u64) -> Vec<String> {
    let log = std::env::temp_dir().join(format!(
        "satp-commitlog-{}-{}.log",
        std::process::id(),
        elf_path.file_name().unwrap().to_string_lossy()
    ));
    let out = Command::new(env!("CARGO_BIN_EXE_satp"))
        .arg("run")
        .arg(elf_path)
        .args(["--ad-mode", "fault"])
        .arg("--log-commits")
        .arg(&log)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}: {}",
        elf_path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&log).unwrap();
    let _ = std::fs::remove_file(&log);
    difftest::normalize(&text, tohost).into_iter().map(String::from).collect()
}

#[test]
fn commit_logs_match_spike_on_our_riscv_tests() {
    let bless = std::env::var_os("SATP_BLESS").is_some();
    let spike = std::env::var_os("SATP_SPIKE").filter(|s| !s.is_empty());
    let dir = Path::new(ROOT).join("tests/golden/commitlog");
    let mut total = 0;
    for name in GUESTS {
        let elf_path = Path::new(ROOT).join("riscv-tests/isa").join(name);
        let tohost = tohost(&std::fs::read(&elf_path).unwrap());
        let golden = dir.join(format!("{name}.log"));
        if bless {
            let spike = spike.as_ref().expect("SATP_BLESS needs SATP_SPIKE");
            let log = std::env::temp_dir().join(format!("satp-bless-{name}.log"));
            let text = difftest::spike_log(Path::new(spike), difftest::SPIKE_ISA, &elf_path, &log)
                .unwrap();
            let _ = std::fs::remove_file(&log);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&golden, difftest::normalize(&text, tohost).join("\n") + "\n").unwrap();
        }
        let expected = std::fs::read_to_string(&golden).unwrap();
        let expected: Vec<&str> = expected.lines().collect();
        let ours = satp_lines(&elf_path, tohost);
        let ours: Vec<&str> = ours.iter().map(String::as_str).collect();
        if let Some((line, a, b)) = difftest::first_difference(&ours, &expected) {
            panic!("{name}: line {line} differs\n  satp:  {a}\n  spike: {b}");
        }
        total += ours.len();
    }
    assert!(total > 10_000, "{total} lines");
}

#[test]
fn log_commits_to_a_bad_path_is_a_host_error() {
    let elf = Path::new(ROOT).join("riscv-tests/isa/rv64ui-p-add");
    let out = Command::new(env!("CARGO_BIN_EXE_satp"))
        .arg("run")
        .arg(&elf)
        .args(["--log-commits", "/nonexistent/dir/log"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("satp: /nonexistent/dir/log: "), "{err}");
}
