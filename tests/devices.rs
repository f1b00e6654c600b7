//! The device test guests of `firmware/devtests` on satp's virt machine: the UART with
//! interrupt-driven input, the CLINT and Sstc timers, IPIs and atomics between harts,
//! virtio-blk (well-formed and malformed requests, modern and legacy layouts), the test
//! finisher, and code that is rewritten in memory (by stores, AMOs, another hart or a disk
//! DMA read) running as its new bytes. Each guest checks the devices itself and exits 0 only if every check passed
//! (a failed check exits with its own code, printed as "FAIL check N"); these tests run
//! the guests the way a user would, and check their output, exit status and disk images.

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Output;

mod common;
use common::{satp_run as satp, stderr, stdout};

/// Asserts that the guest passed: exit status 0 and its closing line.
fn assert_passed(o: &Output, closing: &str) {
    let (out, err) = (stdout(o), stderr(o));
    assert_eq!(o.status.code(), Some(0), "stdout:\n{out}\nstderr:\n{err}");
    assert!(out.contains(closing), "{closing:?} missing from:\n{out}");
    assert!(!out.contains("FAIL"), "{out}");
    assert!(!err.contains("panicked"), "{err}");
}

/// Asserts that the guest failed check `code`: exit status 1, satp names the code, and the
/// guest printed which check failed.
fn assert_failed_check(o: &Output, code: u32) {
    let (out, err) = (stdout(o), stderr(o));
    assert_eq!(o.status.code(), Some(1), "stdout:\n{out}\nstderr:\n{err}");
    assert!(err.contains(&format!("guest exited with code {code}\n")), "{err}");
    assert!(out.contains(&format!("FAIL check {code}:")), "{out}");
}

const UART: &str = "firmware/devtests/uart.elf";
const UART_BUDGET: &str = "firmware/devtests/uart-budget.elf";
const TIMER: &str = "firmware/devtests/timer.elf";
const IPI: &str = "firmware/devtests/ipi.elf";
const VIRTIO_BLK: &str = "firmware/devtests/virtio-blk.elf";
const VIRTIO_BAD: &str = "firmware/devtests/virtio-bad.elf";
const FINISHER_PASS: &str = "firmware/devtests/finisher-pass.elf";
const FINISHER_FAIL: &str = "firmware/devtests/finisher-fail.elf";
const SMC: &str = "firmware/devtests/smc.elf";
const VIRTIO_CODE: &str = "firmware/devtests/virtio-code.elf";

const LINE: &str = "hello from the host, 0123456789 abcdefghijklmnopqrstuvwxyz";

#[test]
fn uart_echoes_interrupt_driven_input() {
    let o = satp(&[UART, "--send", &format!("{LINE}\\n")]);
    assert_passed(&o, "uart: all checks passed");
    let out = stdout(&o);
    assert!(out.starts_with("uart: output through THR works"), "{out}");
    assert!(out.contains(&format!("uart: echo: {LINE}\n")), "{out}");
    // The handler echoes every byte as it reads it, before the summary.
    let echoed = out.find(&format!("{LINE}\n")).unwrap();
    assert!(echoed < out.find("uart: echo:").unwrap(), "{out}");
}

#[test]
fn uart_without_input_fails_instead_of_hanging() {
    // Nothing is ever received: the guest's 1 s watchdog (check 17) ends the run; satp
    // skips the idle time, since every hart waits in WFI.
    assert_failed_check(&satp(&[UART]), 17);
}

/// The same guest reading at most 8 bytes per interrupt: the bytes left in the FIFO keep
/// the UART's interrupt asserted, so the PLIC must raise it again when the claim is
/// completed (the PLIC spec's level-triggered gateway; QEMU 7.2 does).
#[test]
fn uart_rx_interrupt_persists_across_completions() {
    let o = satp(&[UART_BUDGET, "--send", &format!("{LINE}\\n")]);
    assert_passed(&o, "uart: all checks passed");
    assert!(stdout(&o).contains(&format!("uart: echo: {LINE}\n")));
}

#[test]
fn timer_interrupts_from_mtimecmp_and_stimecmp() {
    let o = satp(&[TIMER]);
    assert_passed(&o, "timer: all checks passed");
    let out = stdout(&o);
    assert!(out.contains("4 machine timer interrupts through mtimecmp: ok"), "{out}");
    assert!(out.contains("3 supervisor timer interrupts through stimecmp: ok"), "{out}");
}

#[test]
fn ipis_and_atomics_between_three_harts() {
    let o = satp(&[IPI, "--harts", "3"]);
    assert_passed(&o, "ipi: all checks passed");
    let out = stdout(&o);
    assert!(out.contains("harts 1 and 2 answered hart 0's IPIs"), "{out}");
    assert!(out.contains("counters 6000 and 6000"), "{out}");
}

#[test]
fn ipi_guest_fails_cleanly_with_one_hart() {
    // No secondary hart ever reports ready: check 174, not a hang.
    assert_failed_check(&satp(&[IPI, "--harts", "1"]), 174);
}

const SECTOR: usize = 512;
const SECTORS: usize = 64;

/// Sector `s` of the test image: 16 lines of 32 bytes (the contract of
/// firmware/devtests/virtio.h), with `tag` "disk" as created and "DISK" where the guest
/// writes.
fn sector(tag: &str, s: usize) -> Vec<u8> {
    (0..SECTOR / 32)
        .flat_map(|l| format!("{tag} sector {s:04} line {l:02} ------\n").into_bytes())
        .collect()
}

fn image(sectors: usize) -> Vec<u8> {
    (0..sectors).flat_map(|s| sector("disk", s)).collect()
}

/// A fresh disk image holding `bytes`, removed when dropped.
fn temp_image(name: &str, bytes: &[u8]) -> common::TempFile {
    common::temp_file(name, bytes)
}

fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

/// The image after the virtio-blk guest ran: sector 5 rewritten, everything else as
/// created.
fn written_image() -> Vec<u8> {
    let mut want = image(SECTORS);
    want[5 * SECTOR..6 * SECTOR].copy_from_slice(&sector("DISK", 5));
    want
}

#[test]
fn virtio_blk_modern_writes_the_image() {
    let img = temp_image("blk-modern.img", &image(SECTORS));
    let o = satp(&[VIRTIO_BLK, "--disk", img.to_str().unwrap()]);
    assert_passed(&o, "all checks passed");
    let out = stdout(&o);
    assert!(out.contains("slot 0 (modern layout), PLIC source 1"), "{out}");
    assert!(out.contains("5 requests, 5 interrupts"), "{out}");
    assert!(read(&img) == written_image(), "sector 5 (only) must be rewritten");
}

#[test]
fn virtio_blk_legacy_writes_the_image() {
    let img = temp_image("blk-legacy.img", &image(SECTORS));
    let o = satp(&[VIRTIO_BLK, "--disk", img.to_str().unwrap(), "--virtio-legacy"]);
    assert_passed(&o, "all checks passed");
    assert!(stdout(&o).contains("(legacy layout)"), "{}", stdout(&o));
    assert!(read(&img) == written_image(), "sector 5 (only) must be rewritten");
}

#[test]
fn virtio_blk_snapshot_leaves_the_image_unchanged() {
    let original = image(SECTORS);
    let img = temp_image("blk-snapshot.img", &original);
    let o = satp(&[VIRTIO_BLK, "--disk", img.to_str().unwrap(), "--snapshot"]);
    // The guest reads its own write back, so the overlay works ...
    assert_passed(&o, "all checks passed");
    // ... and the file is untouched.
    assert!(read(&img) == original, "--snapshot modified the image");
}

#[test]
fn virtio_blk_guest_reports_a_missing_or_wrong_disk() {
    // No disk: every slot has DeviceID 0 (check 62, "no virtio block device").
    assert_failed_check(&satp(&[VIRTIO_BLK]), 62);
    // A disk of 65 sectors: the capacity check (69) fails before anything is written.
    let img = temp_image("blk-65.img", &image(SECTORS + 1));
    let o = satp(&[VIRTIO_BLK, "--disk", img.to_str().unwrap()]);
    assert_failed_check(&o, 69);
    assert!(read(&img) == image(SECTORS + 1));
    // Two disks: only one device is expected (check 76).
    let img2 = temp_image("blk-second.img", &image(SECTORS));
    let o = satp(&[VIRTIO_BLK, "--disk", img2.to_str().unwrap(), "--disk", img.to_str().unwrap()]);
    assert_failed_check(&o, 76);
}

fn virtio_bad(legacy: bool) {
    let original = image(SECTORS);
    let name = if legacy { "bad-legacy.img" } else { "bad-modern.img" };
    let img = temp_image(name, &original);
    let mut args = vec![VIRTIO_BAD, "--disk", img.to_str().unwrap()];
    if legacy {
        args.push("--virtio-legacy");
    }
    let o = satp(&args);
    assert_passed(&o, "virtio-bad: 2 resets; all checks passed");
    let out = stdout(&o);
    for line in [
        "read at sector 64: status 1, len 1: ok",
        "read at sector 2^55: status 1, len 1: ok",
        "request type 0x77: status 2, len 1: ok",
        "write from a buffer past the end of RAM: status 1, len 1: ok",
        "looping descriptor chain: returned with len 0, no status: ok",
        "chain without a writable status byte: returned with len 0, no status: ok",
        "available ring names head 200: device needs reset: ok",
        "available index jumps by 20: device needs reset: ok",
    ] {
        assert!(out.contains(line), "{line:?} missing from:\n{out}");
    }
    // Nothing the guest sent was a valid write.
    assert!(read(&img) == original, "a malformed request modified the image");
}

#[test]
fn virtio_malformed_requests_complete_with_errors_modern() {
    virtio_bad(false);
}

#[test]
fn virtio_malformed_requests_complete_with_errors_legacy() {
    virtio_bad(true);
}

#[test]
fn finisher_pass_exits_0() {
    let o = satp(&[FINISHER_PASS]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "finisher: exiting with pass\n");
}

#[test]
fn finisher_fail_exits_1_with_code_3() {
    let o = satp(&[FINISHER_FAIL]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(stdout(&o), "finisher: exiting with fail code 3\n");
    assert!(stderr(&o).contains("guest exited with code 3\n"), "{}", stderr(&o));
}

/// Disk time is modeled: under the in-order model each request completes after its
/// latency (100000 cycles plus 1000 per sector by default), and the guest's wait for the
/// completion interrupt shows up as `io_wait` cycles; the request counters appear in the
/// report.
#[test]
fn disk_latency_shows_up_in_cycles() {
    let report = |model: &str| -> serde_json::Value {
        let img = temp_image(&format!("blk-latency-{model}.img"), &image(SECTORS));
        let json = img.with_extension("json");
        let o = satp(&[
            VIRTIO_BLK,
            "--disk",
            img.to_str().unwrap(),
            "--snapshot",
            "--model",
            model,
            "--stats-json",
            json.to_str().unwrap(),
        ]);
        assert_passed(&o, "all checks passed");
        let v: serde_json::Value = serde_json::from_slice(&read(&json)).unwrap();
        v
    };
    let inorder = report("inorder");
    let functional = report("functional");
    assert_eq!(inorder["disk"]["requests"], 5);
    assert!(inorder["disk"]["sectors_read"].as_u64().unwrap() > 0);
    assert_eq!(inorder["disk"]["sectors_written"], 1);
    let wait = inorder["cycles_by_cause"]["io_wait"].as_u64().unwrap();
    assert!(wait >= 5 * 100_000, "five requests of at least 100000 cycles each: {wait}");
    let fwait = functional["cycles_by_cause"]["io_wait"].as_u64().unwrap();
    assert!(fwait < 100_000, "the functional model completes requests at once: {fwait}");
}

/// The cases of smc.elf that need only one hart, each of which runs old code, rewrites it,
/// executes FENCE.I and checks the new code's result.
const SMC_CASES: [&str; 6] = [
    "smc: a. a function overwritten by sd and sw stores runs the new bytes: ok",
    "smc: b. single instructions patched by sh, sb, amoswap.w, amoadd.w, sc.w: ok",
    "smc: c. instructions patched later in the straight-line run that stores: ok",
    "smc: d. one page reused for 16 functions in turn: ok",
    "smc: e. code across a page boundary patched on either page: ok",
    "smc: g. code patched through another virtual address (MPRV, Sv39 alias): ok",
];

#[test]
fn rewritten_code_runs_its_new_bytes() {
    let o = satp(&[SMC]);
    assert_passed(&o, "smc: all checks passed");
    let out = stdout(&o);
    for line in SMC_CASES {
        assert!(out.contains(line), "{line:?} missing from:\n{out}");
    }
    // With one hart the two-hart case says it did not run.
    assert!(out.contains("smc: f. skipped: hart 1 is not running"), "{out}");
}

#[test]
fn code_written_by_one_hart_runs_on_the_other() {
    let o = satp(&[SMC, "--harts", "2"]);
    assert_passed(&o, "smc: all checks passed");
    let out = stdout(&o);
    assert!(
        out.contains(
            "smc: f. 2 harts: code written by one hart runs on the other after FENCE.I: ok"
        ),
        "{out}"
    );
    for line in SMC_CASES {
        assert!(out.contains(line), "{line:?} missing from:\n{out}");
    }
}

/// The sectors virtio-code.elf writes code to.
const CODE_SECTORS: [usize; 7] = [40, 41, 42, 43, 44, 50, 51];

#[test]
fn code_read_by_virtio_dma_runs_its_new_bytes() {
    for legacy in [false, true] {
        let original = image(SECTORS);
        let img = temp_image(&format!("code-{legacy}.img"), &original);
        let mut args = vec![VIRTIO_CODE, "--disk", img.to_str().unwrap()];
        if legacy {
            args.push("--virtio-legacy");
        }
        let o = satp(&args);
        assert_passed(&o, "virtio-code: 14 requests, 14 interrupts; all checks passed");
        let out = stdout(&o);
        for line in [
            "virtio-code: a function read by DMA over one that ran: ok",
            "virtio-code: 4 more functions in turn through sectors 41-44: ok",
            "virtio-code: sectors read over either half of a 250-instruction line: ok",
        ] {
            assert!(out.contains(line), "{line:?} missing from:\n{out}");
        }
        // The code went through the disk: its sectors were rewritten, no other one was.
        let now = read(&img);
        for s in 0..SECTORS {
            let (a, b) =
                (&original[s * SECTOR..(s + 1) * SECTOR], &now[s * SECTOR..(s + 1) * SECTOR]);
            assert_eq!(a != b, CODE_SECTORS.contains(&s), "sector {s}");
        }
    }
    // Without a disk the guest stops at the probe (driver check 226 + 2).
    assert_failed_check(&satp(&[VIRTIO_CODE]), 228);
}
