//! The `satp` command line as a user runs it: exit statuses, one-line host errors, the
//! built-in demo, the test runner and the bench (its output shape, never its speed).

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Output;

mod common;
use common::{satp, stderr, stdout, temp_file, TempFile};

const ADD: &str = "riscv-tests/isa/rv64ui-p-add";

fn add_elf() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(ADD)).unwrap()
}

/// A host error is exactly one line on stderr, exit status 2, no backtrace.
fn assert_host_error(o: &Output, needle: &str) {
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(o));
    let e = stderr(o);
    assert_eq!(e.trim_end().lines().count(), 1, "one line: {e}");
    assert!(e.contains(needle), "{e:?} should mention {needle:?}");
    assert!(!e.contains("panicked"), "{e}");
}

/// The rows of a vmos table: (policy, frames, faults, swap-ins, swap-outs).
fn table_rows(out: &str) -> Vec<(String, u64, u64, u64, u64)> {
    out.lines()
        .filter_map(|l| {
            let w: Vec<&str> = l.split_whitespace().collect();
            let n = |i: usize| w.get(i)?.parse::<u64>().ok();
            if w.len() == 10 && w[9].ends_with('%') {
                Some((w[0].to_string(), n(1)?, n(2)?, n(3)?, n(4)?))
            } else {
                None
            }
        })
        .collect()
}

/// `satp` alone boots vmos with a swap disk in memory: the table goes from no swapping to
/// thrashing as frames fall, one row per policy follows, then satp's report, which names
/// the swap disk.
#[test]
fn demo_runs_without_arguments() {
    let o = satp(&[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (out, err) = (stdout(&o), stderr(&o));
    let rows = table_rows(&out);
    let frames: Vec<u64> = rows.iter().take(7).map(|r| r.1).collect();
    assert_eq!(frames, [64, 48, 32, 24, 16, 12, 8], "{out}");
    assert_eq!((rows[0].3, rows[0].4), (0, 0), "no swapping with 64 frames: {out}");
    assert!(rows[6].2 > 10 * rows[0].2 && rows[6].3 > 0, "8 frames thrash: {out}");
    let policies: Vec<&str> = rows.iter().skip(7).map(|r| r.0.as_str()).collect();
    assert_eq!(policies, ["fifo", "clock", "aging", "random"], "{out}");
    assert!(out.contains("vmos: done, 0 failures"), "{out}");
    assert!(err.contains("== satp statistics"), "{err}");
    assert!(err.contains("disk 0 mem:32M (swap)"), "{err}");
}

/// `satp demo`'s knobs choose the rows: one per frame count and policy, of the workload
/// named; a bad knob is a one-line usage error.
#[test]
fn demo_knobs_choose_the_rows() {
    let o = satp(&[
        "demo",
        "--workload",
        "scan",
        "--frames",
        "40,8",
        "--policy",
        "fifo,clock",
        "--no-report",
        "--model",
        "functional",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("workload \"scan\""), "{out}");
    let rows: Vec<(String, u64)> = table_rows(&out).into_iter().map(|r| (r.0, r.1)).collect();
    let want = [("fifo", 40), ("fifo", 8), ("clock", 40), ("clock", 8)];
    assert_eq!(rows, want.map(|(p, f)| (p.to_string(), f)), "{out}");
    assert!(!stderr(&o).contains("satp statistics"), "--no-report");
    for (flag, value, needle) in [
        ("--policy", "lru", "'lru': the policies are fifo, clock, aging and random"),
        ("--frames", "0", "'0': frames are 1 to 256"),
        ("--workload", "foo", "invalid value 'foo'"),
    ] {
        let o = satp(&["demo", flag, value]);
        assert_host_error(&o, needle);
        assert!(stderr(&o).contains("(see satp demo --help)"), "{}", stderr(&o));
    }
}

#[test]
fn run_passes_a_test_and_reports_instruction_limit() {
    assert_eq!(satp(&["run", ADD]).status.code(), Some(0));
    let o = satp(&["run", "--max-insns", "100", "firmware/bench/bench-bare.elf"]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("instruction limit reached after 100 instructions"));
}

#[test]
fn stats_report_counts_instructions() {
    let o = satp(&["run", "--stats", ADD]);
    assert_eq!(o.status.code(), Some(0));
    let e = stderr(&o);
    let line = e.lines().find(|l| l.starts_with("instructions")).expect("instructions line");
    let n: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert!(n > 100 && n < 100_000, "{line}");
}

#[test]
fn host_errors_are_one_line_with_status_2() {
    assert_host_error(&satp(&["run", "/nonexistent/file.elf"]), "/nonexistent/file.elf");
    let text = temp_file("text.elf", b"just some text, not an ELF\n");
    assert_host_error(&satp(&["run", text.to_str().unwrap()]), "not an ELF");

    let mut elf32 = add_elf();
    elf32[4] = 1;
    let p = temp_file("class32.elf", &elf32);
    assert_host_error(&satp(&["run", p.to_str().unwrap()]), "32-bit");

    let mut x86 = add_elf();
    x86[18] = 62;
    let p = temp_file("x86.elf", &x86);
    assert_host_error(&satp(&["run", p.to_str().unwrap()]), "machine 62");

    let full = add_elf();
    let p = temp_file("trunc.elf", &full[..full.len().min(0x1100)]);
    let o = satp(&["run", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"));

    // Move the first PT_LOAD segment below RAM.
    let mut moved = add_elf();
    let phoff = u64::from_le_bytes(moved[0x20..0x28].try_into().unwrap()) as usize;
    let phentsize = u16::from_le_bytes(moved[0x36..0x38].try_into().unwrap()) as usize;
    let phnum = u16::from_le_bytes(moved[0x38..0x3a].try_into().unwrap()) as usize;
    let ph = (0..phnum)
        .map(|i| phoff + i * phentsize)
        .find(|&o| u32::from_le_bytes(moved[o..o + 4].try_into().unwrap()) == 1)
        .expect("a PT_LOAD");
    moved[ph + 0x18..ph + 0x20].copy_from_slice(&0x1000u64.to_le_bytes());
    let p = temp_file("outside.elf", &moved);
    assert_host_error(&satp(&["run", p.to_str().unwrap()]), "outside RAM");

    assert_eq!(satp(&["run", "--mem", "1M", ADD]).status.code(), Some(2));
    assert_eq!(satp(&["run", "--itlb", "3:5", ADD]).status.code(), Some(2));

    // An initrd that is missing, or that does not fit: the file is named once.
    let o = satp(&["run", ADD, "--initrd", "/nonexistent/initrd.gz"]);
    assert_host_error(&o, "/nonexistent/initrd.gz: No such file");
    assert_eq!(stderr(&o).matches("/nonexistent/initrd.gz").count(), 1, "{}", stderr(&o));
    let big = temp_file("big.initrd", &vec![0u8; 5 << 20]);
    let o = satp(&["run", ADD, "--mem", "4M", "--initrd", big.arg()]);
    assert_host_error(&o, "big.initrd: ");
    assert_eq!(stderr(&o).matches("big.initrd").count(), 1, "{}", stderr(&o));
}

#[test]
fn test_command_runs_a_directory_and_counts() {
    let o = satp(&["test", "riscv-tests/isa"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    let last = out.trim_end().lines().last().unwrap();
    let passed: usize = last.split_whitespace().next().unwrap().parse().unwrap();
    assert_eq!(last, format!("{passed} passed, 0 failed"));
    assert_eq!(out.lines().filter(|l| l.starts_with("PASS")).count(), passed);
    assert!(passed >= 40, "{last}");
}

#[test]
fn a_failing_guest_reports_its_test_number() {
    // Break rv64ui-p-add: its expected values are loaded with `addi rd, x0, imm`, so
    // turning every expected 3 into 4 makes the first test that expects 3 fail.
    let mut elf = add_elf();
    let mut patched = 0;
    for w in (0..elf.len() - 4).step_by(2) {
        let word = u32::from_le_bytes(elf[w..w + 4].try_into().unwrap());
        // addi x?, x0, 3  (opcode 0x13, funct3 0, rs1 0, imm 3)
        if word & 0xfff0_707f == 0x0030_0013 {
            let new = (word & !0xfff0_0000) | (4 << 20);
            elf[w..w + 4].copy_from_slice(&new.to_le_bytes());
            patched += 1;
        }
    }
    assert!(patched > 0);
    let p = temp_file("broken-add", &elf);
    let o = satp(&["run", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("guest exited with code"), "{}", stderr(&o));
    assert!(stderr(&o).contains("riscv-tests test"), "{}", stderr(&o));
    let t = satp(&["test", p.to_str().unwrap(), ADD]);
    assert_eq!(t.status.code(), Some(1));
    let out = stdout(&t);
    assert!(out.contains("FAIL"), "{out}");
    assert!(out.trim_end().ends_with("1 passed, 1 failed"), "{out}");
}

#[test]
fn tlb_check_reports_a_stale_translation_and_keeps_using_it() {
    // rv64si-p-stale_tlb rewrites a PTE without SFENCE.VMA and checks that the old
    // translation is still used; with --tlb-check satp must say so, and the test must
    // still pass (the cached translation stays in effect, as on hardware).
    let o = satp(&["run", "--tlb-check", "--stats", "riscv-tests/isa/rv64si-p-stale_tlb"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("tlb-check: hart 0"), "{e}");
    assert!(e.contains("stale TLB entry"), "{e}");
    assert!(e.contains("stale TLB hits"), "counted in the report: {e}");
    // Without stale entries there is no warning.
    let o = satp(&["run", "--tlb-check", "riscv-tests/isa/rv64ui-v-add"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(!stderr(&o).contains("tlb-check"), "{}", stderr(&o));
}

/// The host-side translation cache must be invisible: the TLB counters (and so the
/// replacement decisions behind them) are the same as when every access goes through a
/// full TLB lookup, which `--tlb-check` forces.
#[test]
fn host_translation_cache_does_not_change_tlb_behaviour() {
    let stats = |extra: &[&str]| -> serde_json::Value {
        let json = temp_file("stats.json", b"");
        let mut args = vec!["run", "firmware/vmbench/tlbreach.elf", "--stats-json"];
        args.push(json.to_str().unwrap());
        args.extend_from_slice(extra);
        let o = satp(&args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
        v
    };
    for geometry in [&["--dtlb", "32"][..], &["--dtlb", "16:4:plru", "--itlb", "8:2:fifo"][..]] {
        let fast = stats(geometry);
        let mut checked_args = geometry.to_vec();
        checked_args.push("--tlb-check");
        let checked = stats(&checked_args);
        for tlb in ["itlb", "dtlb"] {
            assert_eq!(fast[tlb], checked[tlb], "{tlb} with {geometry:?}");
        }
        assert!(fast["dtlb"]["misses"].as_u64().unwrap() > 0);
        assert_eq!(fast["cycles"], checked["cycles"]);
    }
}

/// The JSON report carries the keys scripts rely on, and on a demand-paged guest the
/// virtual-memory share is made of page-fault handling and walks.
#[test]
fn stats_json_has_the_documented_keys_and_a_vm_share() {
    let json = temp_file("vm.json", b"");
    let o = satp(&[
        "run",
        "riscv-tests/isa/rv64ui-v-lw",
        "--stats",
        "--stats-json",
        json.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    for key in [
        "instructions",
        "cycles",
        "cpi",
        "by_mode",
        "cycles_by_cause",
        "itlb",
        "dtlb",
        "page_walks",
        "pte_reads",
        "page_faults",
        "page_fault_handler_cycles",
        "disk",
        "vm_cycle_share",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    for cause in [
        "base",
        "muldiv",
        "load_use",
        "branch_mispredict",
        "icache_miss",
        "dcache_miss",
        "page_walk",
        "trap",
        "io_wait",
    ] {
        assert!(v["cycles_by_cause"].get(cause).is_some(), "missing cycles_by_cause.{cause}");
    }
    for mode in ["U", "S", "M"] {
        assert!(v["by_mode"][mode]["instructions"].is_u64());
    }
    let faults = &v["page_faults"];
    let n = faults["fetch"].as_u64().unwrap() + faults["load"].as_u64().unwrap();
    assert!(n >= 2, "the v env maps pages on demand: {faults}");
    let handler = v["page_fault_handler_cycles"].as_u64().unwrap();
    let walks = v["cycles_by_cause"]["page_walk"].as_u64().unwrap();
    let cycles = v["cycles"].as_u64().unwrap();
    let share = v["vm_cycle_share"].as_f64().unwrap();
    assert!(handler > 0 && walks > 0);
    assert!((share - (handler + walks) as f64 / cycles as f64).abs() < 1e-9);
    // The text report puts that share first.
    let first = stderr(&o).lines().nth(1).unwrap_or_default().to_string();
    assert!(first.starts_with("virtual memory"), "{first}");
}

/// Runs `satp bench --repeat 1 --max-insns 20K` with `PATH` set to `path`: a quick run whose
/// output shape is checked (benchmarks are never timed in tests).
fn quick_bench(path: &std::ffi::OsStr) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_satp"))
        .args(["bench", "--repeat", "1", "--max-insns", "20K"])
        .env("PATH", path)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::null())
        .output()
        .expect("satp binary runs")
}

/// A directory holding an executable `qemu-system-riscv64` shell script with this body.
fn fake_qemu_dir(body: &str) -> tempfile::TempDir {
    let dir = tempfile::Builder::new().prefix("satp-cli-qemu-").tempdir().unwrap();
    let script = dir.path().join("qemu-system-riscv64");
    std::fs::write(&script, format!("#!/bin/sh\n{body}\n")).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

/// The satp rows of a bench table: each configuration, stopped at the limit.
fn assert_satp_rows(out: &str) {
    for guest in ["bench-bare", "bench-sv39"] {
        for model in ["functional", "inorder"] {
            let row = out.lines().find(|l| {
                let w: Vec<&str> = l.split_whitespace().collect();
                w.len() == 6 && w[0] == guest && w[1] == model
            });
            let row = row.unwrap_or_else(|| panic!("no {guest} {model} row in:\n{out}"));
            assert_eq!(row.split_whitespace().nth(2), Some("20000"), "{row}");
        }
    }
    assert!(out.contains("Sv39 / Bare speed:"), "{out}");
    assert!(out.contains("inorder / functional speed:"), "{out}");
}

/// The QEMU rows and lines of a bench table.
fn assert_qemu_rows(out: &str, qemu: &Path) {
    for guest in ["bench-bare", "bench-sv39"] {
        let row = out
            .lines()
            .find(|l| l.split_whitespace().take(2).eq([guest, "qemu"]))
            .unwrap_or_else(|| panic!("no {guest} qemu row in:\n{out}"));
        // With --max-insns satp did not count the whole guest: no MIPS for QEMU.
        let w: Vec<&str> = row.split_whitespace().collect();
        assert_eq!((w.len(), w[2], w[3], w[5]), (6, "-", "-", "-"), "{row}");
        assert!(w[4].parse::<f64>().is_ok(), "{row}");
    }
    assert!(out.contains("satp / QEMU speed:           not computed: --max-insns"), "{out}");
    assert!(out.contains(&format!("qemu: {}", qemu.display())), "{out}");
    assert!(out.contains("qemu: host s is less QEMU's start-up"), "{out}");
    assert!(!out.contains("not found on PATH"), "{out}");
}

#[test]
fn bench_without_qemu_on_path_says_so_in_one_line_and_succeeds() {
    let empty = tempfile::Builder::new().prefix("satp-cli-nopath-").tempdir().unwrap();
    let o = quick_bench(empty.path().as_os_str());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("satp bench: firmware/bench"), "{out}");
    assert_satp_rows(&out);
    let notes: Vec<&str> = out.lines().filter(|l| l.contains("qemu")).collect();
    assert_eq!(
        notes,
        ["qemu: qemu-system-riscv64 not found on PATH, so no comparison with QEMU"],
        "{out}"
    );
}

#[test]
fn bench_runs_the_qemu_found_on_path_and_adds_its_rows() {
    // A stand-in that "runs" every guest successfully at once: checks the output shape on
    // any machine, with or without QEMU.
    let dir = fake_qemu_dir("exit 0");
    let o = quick_bench(dir.path().as_os_str());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert_satp_rows(&out);
    assert_qemu_rows(&out, &dir.path().join("qemu-system-riscv64"));

    // The real QEMU, if this machine has one: the bench guests must end there too.
    let path = std::env::var_os("PATH").unwrap_or_default();
    let Some(real) =
        std::env::split_paths(&path).map(|d| d.join("qemu-system-riscv64")).find(|p| p.is_file())
    else {
        eprintln!("qemu-system-riscv64 is not on PATH: skipped the run on real QEMU");
        return;
    };
    let o = quick_bench(&path);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let out = stdout(&o);
    assert_qemu_rows(&out, &real);
    assert!(out.contains("QEMU emulator version"), "{out}");
}

#[test]
fn bench_reports_a_guest_that_fails_on_qemu_with_status_1() {
    // Passes the start-up guest, fails the bench guests with QEMU's own message.
    let dir = fake_qemu_dir(
        "case \"$*\" in */bench-bare*|*/bench-sv39*) echo 'qemu: guest went wrong' >&2; exit 3;; esac",
    );
    let o = quick_bench(dir.path().as_os_str());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert_satp_rows(&out);
    assert!(
        out.contains(
            "qemu: bench-bare on QEMU ended with exit status: 3: qemu: guest went wrong; \
             no comparison with QEMU"
        ),
        "{out}"
    );
    assert!(!out.contains("satp / QEMU speed"), "{out}");
}

/// The file offset of `vaddr` in an ELF64 image (through its PT_LOAD headers).
fn elf_offset(elf: &[u8], vaddr: u64) -> usize {
    let word = |at: usize| u64::from_le_bytes(elf[at..at + 8].try_into().unwrap());
    let half = |at: usize| u16::from_le_bytes(elf[at..at + 2].try_into().unwrap()) as usize;
    let (phoff, phentsize, phnum) = (word(0x20) as usize, half(0x36), half(0x38));
    for i in 0..phnum {
        let ph = phoff + i * phentsize;
        let (offset, va, filesz) = (word(ph + 8), word(ph + 0x10), word(ph + 0x20));
        if elf[ph] == 1 && (va..va + filesz).contains(&vaddr) {
            return (offset + vaddr - va) as usize;
        }
    }
    panic!("{vaddr:#x} is not in the file");
}

#[test]
fn a_trap_loop_ends_the_run_with_status_3() {
    // At the entry: `csrw mtvec, x0`, then an illegal instruction. Its trap goes to
    // address 0, where nothing is: an access fault, whose trap goes to 0 again, forever,
    // without retiring an instruction (so no instruction limit would ever fire).
    let mut elf = add_elf();
    let entry = u64::from_le_bytes(elf[0x18..0x20].try_into().unwrap());
    let at = elf_offset(&elf, entry);
    elf[at..at + 4].copy_from_slice(&0x3050_1073u32.to_le_bytes());
    elf[at + 4..at + 8].copy_from_slice(&0u32.to_le_bytes());
    let p = temp_file("trap-loop", &elf);
    let o = satp(&["run", "--max-insns", "1000", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("hart 0 is stuck in a trap loop at pc 0x0, cause 1"), "{e}");
    let t = satp(&["test", p.to_str().unwrap()]);
    assert_eq!(t.status.code(), Some(1));
    assert!(stdout(&t).contains("stuck in a trap loop"), "{}", stdout(&t));
}

#[test]
fn signature_writes_memory_between_the_symbols_at_exit() {
    let guest = "riscv-tests/isa/rv64mi-p-signature";
    let out = temp_file("sig4.txt", b"");
    let o = satp(&["run", "--signature", out.to_str().unwrap(), guest]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Values the guest computed and stored at run time, then the loaded pattern.
    let want4 = "12345678\ndeadbeef\n89abcdef\n01234567\n".to_string() + &"a5a5a5a5\n".repeat(4);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), want4);
    let out8 = temp_file("sig8.txt", b"");
    let o = satp(&[
        "run",
        "--signature",
        out8.to_str().unwrap(),
        "--signature-granularity",
        "8",
        guest,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let want8 =
        "deadbeef12345678\n0123456789abcdef\n".to_string() + &"a5a5a5a5a5a5a5a5\n".repeat(2);
    assert_eq!(std::fs::read_to_string(&out8).unwrap(), want8);
    // A guest without the symbols is a host error before the run.
    assert_host_error(
        &satp(&["run", "--signature", out8.to_str().unwrap(), ADD]),
        "begin_signature",
    );
}

#[test]
fn isa_flag_turns_extensions_off_in_decoding_misa_and_the_device_tree() {
    let fp = "riscv-tests/isa/rv64uf-p-fadd";
    assert_eq!(satp(&["run", fp]).status.code(), Some(0));
    // Without F the FP instructions are illegal: the test fails (its env reports the
    // trap as a failure).
    let o = satp(&["run", "--isa", "rv64imac", fp]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    // Zba's sh1add likewise, and it comes back with _zba.
    let zba = "riscv-tests/isa/rv64uzba-p-sh1add";
    assert_eq!(satp(&["run", "--isa", "rv64gc", zba]).status.code(), Some(1));
    assert_eq!(satp(&["run", "--isa", "rv64gc_zba", zba]).status.code(), Some(0));
    // The device tree says what the harts have.
    let dtb = temp_file("imac.dtb", b"");
    let o = satp(&["run", "--isa", "rv64imac", "--dump-dtb", dtb.to_str().unwrap(), ADD]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&std::fs::read(&dtb).unwrap()).into_owned();
    assert!(text.contains("rv64imac_zicntr_zicsr_zifencei_zca_sstc"), "{text:?}");
    assert!(!text.contains("rv64imafdc") && !text.contains("zba"), "{text:?}");
    // A bad ISA string is a usage error.
    let o = satp(&["run", "--isa", "rv64imacq", ADD]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown or unimplemented extension"), "{}", stderr(&o));
}

#[test]
fn napot_and_pbmt_leaves_are_reported() {
    // rv64si-p-svnapot_pbmt loads from four pages of one 64 KiB NAPOT range (one walk:
    // the TLB holds the range as one entry), then once each from an NC and an IO page.
    let json = temp_file("napot.json", b"");
    let guest = "riscv-tests/isa/rv64si-p-svnapot_pbmt";
    let o = satp(&["run", "--ad-mode", "fault", "--stats-json", json.to_str().unwrap(), guest]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(v["napot_walks"], 1, "{v}");
    assert_eq!(v["pbmt_walks"]["nc"], 1, "{v}");
    assert_eq!(v["pbmt_walks"]["io"], 1, "{v}");
}

/// rv64ui-p-add with `j .` at its entry: a guest that runs until stopped.
fn spinning_elf(name: &str) -> TempFile {
    let mut elf = add_elf();
    let entry = u64::from_le_bytes(elf[0x18..0x20].try_into().unwrap());
    let at = elf_offset(&elf, entry);
    elf[at..at + 4].copy_from_slice(&0x0000_006fu32.to_le_bytes());
    temp_file(name, &elf)
}

#[test]
fn sigterm_and_sigint_stop_the_run_with_the_report_written() {
    let guest = spinning_elf("spin");
    for (sig, status, name) in [(libc::SIGTERM, 143, "SIGTERM"), (libc::SIGINT, 130, "SIGINT")] {
        let json = temp_file(&format!("interrupted-{sig}.json"), b"");
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_satp"))
            .args(["run", "--model", "functional", "--stats", "--stats-json"])
            .arg(&json)
            .arg(&guest)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(500));
        // SAFETY: kill() on our own child's pid.
        unsafe { libc::kill(child.id() as i32, sig) };
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(status), "{}", stderr(&o));
        let e = stderr(&o);
        assert!(e.contains(&format!("satp: stopped by {name}")), "{e}");
        assert!(e.contains("instructions"), "text report written: {e}");
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
        assert_eq!(v["interrupted"], name, "{v}");
        assert!(v["instructions"].as_u64().unwrap() > 1000, "{v}");
    }
}

#[test]
fn a_bad_output_path_is_reported_before_the_run() {
    let guest = spinning_elf("spin-bad-path");
    // The guest never ends: only an error before the run can end this.
    let o = satp(&["run", "--stats-json", "/nonexistent-dir/x.json", guest.to_str().unwrap()]);
    assert_host_error(&o, "/nonexistent-dir/x.json");
    let o =
        satp(&["run", "--signature", "/nonexistent-dir/sig", "riscv-tests/isa/rv64mi-p-signature"]);
    assert_host_error(&o, "/nonexistent-dir/sig");
}

#[test]
fn guest_ram_is_reserved_lazily_and_too_much_is_a_one_line_error() {
    // 8 GiB of guest RAM for a test that touches a few pages: the host backs only what
    // the guest touches (the child's peak RSS stays far below the RAM size).
    let o = satp(&["run", "--mem", "8G", ADD]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // SAFETY: getrusage fills the struct it is given.
    let usage = unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut u);
        u
    };
    assert!(usage.ru_maxrss < 1 << 20, "peak RSS of a child {} KiB", usage.ru_maxrss);
    // The most --mem accepts: on a host that cannot give it, a one-line error, status 2
    // (never an abort with a backtrace).
    let o = satp(&["run", "--mem", "64G", ADD]);
    match o.status.code() {
        Some(0) => {}
        _ => assert_host_error(&o, "cannot allocate 65536 MiB of guest RAM"),
    }
}

#[test]
fn a_handler_that_faults_at_the_same_pc_forever_is_a_trap_loop() {
    // At the entry: mtvec = entry, then `addi sp, sp, -16; sd ra, 8(sp)` with sp = 0: the
    // store faults (no memory there), the trap goes back to the entry, and so on, each
    // time a little lower. Instructions retire, so only the repeated fault tells.
    let mut elf = add_elf();
    let entry = u64::from_le_bytes(elf[0x18..0x20].try_into().unwrap());
    let at = elf_offset(&elf, entry);
    for (i, word) in [0x0000_0297u32, 0x3052_9073, 0xff01_0113, 0x0011_3423].iter().enumerate() {
        elf[at + 4 * i..at + 4 * i + 4].copy_from_slice(&word.to_le_bytes());
    }
    let p = temp_file("fault-loop", &elf);
    let o = satp(&["run", "--model", "functional", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let want = format!("stuck in a trap loop at pc {:#x}, cause 7", entry + 12);
    assert!(stderr(&o).contains(&want), "{}", stderr(&o));
}

#[test]
fn usage_errors_are_one_line_with_a_hint() {
    for args in [
        &["run", "--stats-interval", "0", ADD][..],
        &["run", "--send", "a\\q", ADD],
        &["run", "-m", "128M", ADD],
        &["bench", "--repeat", "0"],
        &["frobnicate"],
    ] {
        let o = satp(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let e = stderr(&o);
        assert_eq!(e.trim_end().lines().count(), 1, "{args:?}: {e}");
        assert!(e.starts_with("satp: ") && e.contains("--help)"), "{args:?}: {e}");
    }
}

#[test]
fn an_illegal_instruction_in_a_riscv_test_is_named_as_such() {
    let o = satp(&["run", "--isa", "rv64imac", "riscv-tests/isa/rv64uf-p-fadd"]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(e.contains("after an illegal instruction at pc 0x"), "{e}");
    assert!(!e.contains("test 668"), "{e}");
}

#[test]
fn a_closed_stdout_ends_the_run_with_the_report_written() {
    // The bench guest prints a header first, then computes for 271M instructions: with
    // stdout already closed, the header's write fails (EPIPE) and the run ends there.
    let (reader, writer) = {
        let mut fds = [0i32; 2];
        // SAFETY: pipe() fills two descriptors that we own from here on.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        use std::os::fd::FromRawFd;
        // SAFETY: each descriptor is owned by exactly one File.
        unsafe { (std::fs::File::from_raw_fd(fds[0]), std::fs::File::from_raw_fd(fds[1])) }
    };
    drop(reader);
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_satp"))
        .args(["run", "--model", "functional", "--stats", "firmware/bench/bench-bare.elf"])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(141), "{e}");
    assert!(e.contains("closed stdout"), "{e}");
    let line = e.lines().find(|l| l.starts_with("instructions")).expect("report written");
    let n: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert!(n < 10_000_000, "the run went on after EPIPE: {line}");
}

/// A RISC-V Linux Image (magic "RSC\x05" at 0x38) loads where its header's text_offset says,
/// under the firmware given with --bios; --initrd puts a file high in RAM and names it in
/// the device tree's /chosen. Without --bios and without Debian's OpenSBI, a one-line error
/// names the package.
#[test]
fn a_linux_image_loads_at_its_text_offset_with_an_initrd() {
    let words = |w: &[u32]| -> Vec<u8> { w.iter().flat_map(|x| x.to_le_bytes()).collect() };
    // The image: `j 0x40` over the header, then a store of 0x5555 to the test finisher.
    let mut image = words(&[0x0400_006f]);
    image.resize(0x40, 0);
    image[0x08..0x10].copy_from_slice(&0x40_0000u64.to_le_bytes()); // text_offset 4 MiB
    image[0x10..0x18].copy_from_slice(&0x1000u64.to_le_bytes()); // image_size
    image[0x38..0x3c].copy_from_slice(b"RSC\x05");
    // lui t0,0x100; lui t1,5; addi t1,t1,0x555; sw t1,0(t0); j .
    image.extend(words(&[0x0010_02b7, 0x0000_5337, 0x5553_0313, 0x0062_a023, 0x0000_006f]));
    let image = temp_file("Image", &image);
    // The firmware: auipc t0,0x400 (0x80400000, where the image must be); jr t0.
    let fw = temp_file("fw.bin", &words(&[0x0040_0297, 0x0002_8067]));
    let initrd = temp_file("initrd.img", &[0xa5; 5000]);
    let dtb = temp_file("out.dtb", b"");
    let o = satp(&[
        "run",
        image.arg(),
        "--bios",
        fw.arg(),
        "--initrd",
        initrd.arg(),
        "--dump-dtb",
        dtb.arg(),
        "--max-insns",
        "100",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let blob = std::fs::read(&dtb).unwrap();
    let has = |needle: &[u8]| blob.windows(needle.len()).any(|w| w == needle);
    assert!(has(b"linux,initrd-start") && has(b"linux,initrd-end"), "/chosen names the initrd");
    // 128 MiB of RAM: the initrd lies high, below the device tree, from a page boundary.
    let values: Vec<u64> = blob
        .windows(8)
        .map(|w| u64::from_be_bytes(w.try_into().unwrap()))
        .filter(|v| (0x8400_0000..0x8800_0000).contains(v))
        .collect();
    assert!(
        values.windows(2).any(|p| p[0] % 4096 == 0 && p[1] == p[0] + 5000),
        "start and end 5000 bytes apart: {values:x?}"
    );
    if !std::path::Path::new("/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin").exists() {
        let o = satp(&["run", image.arg()]);
        assert_host_error(&o, "is a Linux Image, which runs on SBI firmware");
        assert!(stderr(&o).contains("opensbi"), "{}", stderr(&o));
    }
}
