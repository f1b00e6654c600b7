//! The differential tester: generated programs, and (with `SATP_SPIKE` set to a spike
//! binary) the comparison of satp's commit log with Spike's.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use satp::debug::difftest::{self, gen};
use satp::machine::Exit;

/// Every generated program runs to its end on satp: the handler skips each trapping
/// instruction, all jumps go forward, and the epilogue writes tohost.
#[test]
fn generated_programs_end_with_tohost_on_satp() {
    let mut lines = 0;
    for seed in 0..300u64 {
        let p = gen::generate(seed, 200);
        let (log, exit) = difftest::satp_log(&p.elf, difftest::MAX_INSNS).unwrap();
        assert_eq!(exit, Exit::Guest(0), "seed {seed}");
        let kept = difftest::normalize(&log, gen::TOHOST);
        assert_eq!(
            kept.len(),
            log.lines().count(),
            "seed {seed}: the log ends at the tohost store"
        );
        lines += kept.len();
    }
    // Prologue (about 70) plus most of the body.
    assert!(lines > 300 * 150, "{lines}");
}

/// The body covers the instruction set: over a few programs, every major opcode and all
/// three compressed quadrants appear, traps are taken (the handler runs) and CSRs are
/// written.
#[test]
fn generated_programs_cover_the_instruction_set() {
    let mut opcodes = std::collections::BTreeSet::new();
    let mut quadrants = std::collections::BTreeSet::new();
    let (mut traps, mut csr_writes) = (0, 0);
    for seed in 0..50u64 {
        let p = gen::generate(seed, 200);
        let (log, _) = difftest::satp_log(&p.elf, difftest::MAX_INSNS).unwrap();
        for line in log.lines() {
            let bits = line.split('(').nth(1).and_then(|r| r.split(')').next()).unwrap();
            let raw = u32::from_str_radix(&bits[2..], 16).unwrap();
            if bits.len() == 10 {
                opcodes.insert(raw & 0x7f);
            } else {
                quadrants.insert(raw & 3);
            }
            if line.contains("(0x34202f73)") {
                traps += 1; // the handler's csrr x30, mcause
            }
            if line.contains(" c") && !line.contains("c768_mstatus") {
                csr_writes += 1;
            }
        }
    }
    for op in [
        0x03, 0x07, 0x0f, 0x13, 0x17, 0x1b, 0x23, 0x27, 0x2f, 0x33, 0x37, 0x3b, 0x43, 0x47, 0x4b,
        0x4f, 0x53, 0x63, 0x67, 0x6f, 0x73,
    ] {
        assert!(opcodes.contains(&op), "opcode {op:#x} never retired");
    }
    assert_eq!(quadrants.len(), 3);
    assert!(traps > 100, "{traps} traps");
    assert!(csr_writes > 100, "{csr_writes} CSR writes");
}

/// satp and Spike agree on 200 generated programs.
#[test]
#[cfg_attr(not(satp_spike), ignore = "set SATP_SPIKE to a spike binary (riscv-isa-sim) to run")]
fn satp_and_spike_agree_on_generated_programs() {
    let spike = std::env::var_os("SATP_SPIKE").expect("SATP_SPIKE");
    let cfg = difftest::Config {
        spike: spike.into(),
        isa: difftest::SPIKE_ISA.to_string(),
        count: 200,
        seed: 0x5a7f_0000,
        items: 200,
        jobs: 2,
        keep: None,
    };
    let s = difftest::run(&cfg, |_| {}).unwrap();
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    assert_eq!(s.programs, 200);
    for m in &s.mismatches {
        eprintln!("seed {} line {}\n  satp:  {}\n  spike: {}", m.seed, m.line, m.satp, m.spike);
    }
    assert!(s.mismatches.is_empty(), "{} mismatches", s.mismatches.len());
    eprintln!("{} programs, {} instructions compared", s.programs, s.lines);
}

/// A Spike that cannot be started is one host error line (status 2), not one error per
/// generated program.
#[test]
fn a_missing_spike_is_one_error_line() {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_satp"))
        .args(["difftest", "--spike", "/nonexistent/spike", "--count", "5"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert_eq!(e.trim_end().lines().count(), 1, "{e}");
    assert!(e.contains("/nonexistent/spike: cannot run Spike"), "{e}");
    assert!(o.stdout.is_empty(), "{}", String::from_utf8_lossy(&o.stdout));
}
