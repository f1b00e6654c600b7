//! Fuzz targets with a seed and a round count: the decoder, the UART, the PLIC, the CLINT
//! and the ELF loader each get random input and must never panic, and must keep the
//! invariants a driver relies on. (The virtio queue and block device have theirs beside
//! the code, in `src/devices/virtio/fuzz_tests.rs`; random instructions on a whole machine
//! are in `tests/fuzz.rs`.)
//!
//! Each target runs a short default here. `SATP_FUZZ_SCALE=N` multiplies every round
//! count by N and `SATP_FUZZ_SEED` changes the seed, for long runs:
//! `SATP_FUZZ_SCALE=50 cargo test --release --test fuzz_targets -- --nocapture` prints
//! what each target ran.

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use satp::bus::Bus;
use satp::devices::clint::Clint;
use satp::devices::plic::{Plic, PLIC_SOURCES};
use satp::devices::uart::Uart;
use satp::devices::Device;
use satp::isa::{decode, decode_compressed};
use satp::loader::load_elf;
use std::path::Path;

/// xorshift64*: deterministic, so a failure is reproducible from the seed.
struct Rng(u64);

impl Rng {
    fn new(salt: u64) -> Rng {
        let seed = std::env::var("SATP_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(1);
        Rng((seed ^ salt).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

/// `base` rounds times `SATP_FUZZ_SCALE`.
fn rounds(base: u64) -> u64 {
    let scale: u64 =
        std::env::var("SATP_FUZZ_SCALE").ok().and_then(|v| v.parse().ok()).unwrap_or(1);
    base * scale.max(1)
}

/// Random 32-bit words (and every 16-bit word) through the decoder: it returns an
/// instruction or an error, and every instruction it returns disassembles.
#[test]
fn decoder_takes_any_word() {
    let mut rng = Rng::new(1);
    let n = rounds(2_000_000);
    let mut ok = 0u64;
    for i in 0..n {
        let mut w = rng.next() as u32;
        // Half of them with a 32-bit opcode's low bits, where most encodings live.
        if i % 2 == 0 {
            w |= 3;
        }
        if let Ok(inst) = decode(w) {
            ok += 1;
            // Formatting is slow: check one word in 64 (and the compressed ones below).
            if i % 64 == 0 {
                assert!(!inst.to_string().is_empty(), "{w:#010x}");
            }
            assert_eq!(decode(w), Ok(inst), "decoding is a function of the word");
        }
    }
    let mut ok16 = 0u64;
    for h in 0..=u16::MAX {
        if let Ok(inst) = decode_compressed(h) {
            ok16 += 1;
            assert!(!inst.to_string().is_empty(), "{h:#06x}");
        }
    }
    eprintln!("decoder: {n} random words ({ok} valid) and all 65536 halfwords ({ok16} valid)");
    assert!(ok > n / 100 && ok16 > 30_000, "{ok} {ok16}");
}

/// Random register traffic to the 16550 UART, with input arriving: no panic, and its
/// interrupt line always agrees with IIR (bit 0 clear = an interrupt is pending).
#[test]
fn uart_registers_take_any_access() {
    let mut rng = Rng::new(2);
    let (tx, rx) = std::sync::mpsc::channel();
    let mut uart = Uart::new(Box::new(std::io::sink()), Some(rx));
    let n = rounds(200_000);
    for _ in 0..n {
        let offset = if rng.below(16) == 0 { rng.below(0x100) } else { rng.below(8) };
        let size = if rng.below(8) == 0 { rng.pick(&[2, 4, 8]) } else { 1 };
        match rng.below(8) {
            0..=3 => {
                let value = if rng.below(2) == 0 { rng.next() } else { rng.below(256) };
                let _ = uart.write(offset, size, value);
            }
            4..=5 => {
                let _ = uart.read(offset, size);
            }
            6 => {
                let _ = tx.send(rng.next() as u8);
            }
            _ => uart.push_input(&[rng.next() as u8; 3]),
        }
        // IIR (offset 2) when DLAB is clear; reading it may clear a THRE interrupt, so
        // compare the line before the read with the read itself.
        let lcr = uart.read(3, 1).unwrap();
        if lcr & 0x80 == 0 {
            let line = uart.irq_level();
            let iir = uart.read(2, 1).unwrap();
            assert_eq!(line, iir & 1 == 0, "irq line {line} but IIR {iir:#x}");
        }
    }
    eprintln!("uart: {n} random accesses");
}

/// The PLIC register file, read back as a driver sees it.
struct PlicView {
    priority: Vec<u32>,
    pending: Vec<bool>,
}

fn plic_view(p: &mut Plic) -> PlicView {
    let priority = (0..PLIC_SOURCES).map(|s| p.read(4 * s as u64, 4).unwrap() as u32).collect();
    let pending = (0..PLIC_SOURCES)
        .map(|s| p.read(0x1000 + 4 * (s / 32) as u64, 4).unwrap() >> (s % 32) & 1 == 1)
        .collect();
    PlicView { priority, pending }
}

fn plic_enabled(p: &mut Plic, ctx: u64, src: u32) -> bool {
    p.read(0x2000 + 0x80 * ctx + 4 * (src / 32) as u64, 4).unwrap() >> (src % 32) & 1 == 1
}

/// The source a claim must return for `ctx`: pending, enabled, highest priority above 0,
/// lowest id among equals; 0 for none.
fn plic_expected(p: &mut Plic, v: &PlicView, ctx: u64, floor: u32) -> u32 {
    let mut best = (0u32, floor);
    for src in 1..PLIC_SOURCES {
        let prio = v.priority[src as usize];
        if v.pending[src as usize] && prio > best.1 && plic_enabled(p, ctx, src) {
            best = (src, prio);
        }
    }
    best.0
}

/// Random priorities, enables, thresholds, input levels, claims and completions: the PLIC
/// never panics, its lines to the harts agree with its registers, and every claim returns
/// the source the specification names.
#[test]
fn plic_follows_its_registers_under_random_traffic() {
    const HARTS: u64 = 2;
    let mut rng = Rng::new(3);
    let mut plic = Plic::new(HARTS as usize);
    let n = rounds(20_000);
    let mut claims = 0u64;
    // A few sources and contexts, so that events meet.
    let source = |rng: &mut Rng| {
        if rng.below(16) == 0 {
            rng.below(200) as u32
        } else {
            rng.below(6) as u32
        }
    };
    for _ in 0..n {
        let ctx = rng.below(2 * HARTS + 1);
        match rng.below(10) {
            0 => plic.set_level(source(&mut rng), rng.below(2) == 0),
            1 => {
                let _ = plic.write(4 * source(&mut rng) as u64, 4, rng.below(10));
            }
            2 => {
                let word = rng.below(4);
                let _ = plic.write(0x2000 + 0x80 * ctx + 4 * word, 4, rng.next() & 0x3f);
            }
            3 => {
                let _ = plic.write(0x20_0000 + 0x1000 * ctx, 4, rng.below(9));
            }
            4 => {
                // Claim: it must name the best source, and clear its pending bit.
                let v = plic_view(&mut plic);
                let want = plic_expected(&mut plic, &v, ctx, 0);
                let got = plic.read(0x20_0004 + 0x1000 * ctx, 4).unwrap() as u32;
                assert_eq!(got, want, "claim by context {ctx}");
                if got != 0 {
                    claims += 1;
                    assert!(!plic_view(&mut plic).pending[got as usize]);
                }
            }
            5 => {
                let _ = plic.write(0x20_0004 + 0x1000 * ctx, 4, source(&mut rng) as u64);
            }
            6 => {
                // Anything at all, anywhere in the range.
                let offset = rng.below(0x60_0000) & !3;
                let _ = plic.write(offset, rng.pick(&[1, 2, 4, 8]), rng.next());
                let _ = plic.read(rng.below(0x60_0000), rng.pick(&[1, 2, 4, 8]));
            }
            _ => plic.set_level(source(&mut rng), true),
        }
        let v = plic_view(&mut plic);
        for hart in 0..HARTS {
            let lines = plic.lines(hart as usize);
            for (ctx, bit) in [(2 * hart, 1 << 11), (2 * hart + 1, 1 << 9)] {
                let threshold = plic.read(0x20_0000 + 0x1000 * ctx, 4).unwrap() as u32;
                let want = plic_expected(&mut plic, &v, ctx, threshold) != 0;
                assert_eq!(lines & bit != 0, want, "hart {hart} context {ctx}");
            }
        }
    }
    eprintln!("plic: {n} random operations, {claims} claims");
    assert!(claims > n / 100, "claims happened ({claims})");
}

/// Random CLINT traffic: msip keeps only bit 0, mtimecmp and mtime read back as written,
/// and the lines follow them (MSIP = msip bit 0, MTIP = mtime >= mtimecmp).
#[test]
fn clint_follows_its_registers_under_random_traffic() {
    const HARTS: u64 = 3;
    let mut rng = Rng::new(4);
    let mut clint = Clint::new(HARTS as usize);
    let n = rounds(200_000);
    for _ in 0..n {
        let hart = rng.below(HARTS + 1);
        let value = match rng.below(4) {
            0 => rng.next(),
            1 => rng.below(4),
            _ => clint.read(0xbff8, 8).unwrap().wrapping_add(rng.below(100)).wrapping_sub(50),
        };
        let size = rng.pick(&[4, 8]);
        match rng.below(6) {
            0 => {
                let _ = clint.write(4 * hart, 4, value);
                let want = if hart < HARTS { value & 1 } else { 0 };
                assert_eq!(clint.read(4 * hart, 4).unwrap(), want);
            }
            1 => {
                let _ = clint.write(0x4000 + 8 * hart, 8, value);
                let want = if hart < HARTS { value } else { 0 };
                assert_eq!(clint.read(0x4000 + 8 * hart, 8).unwrap(), want);
            }
            2 => {
                let _ = clint.write(0xbff8, 8, value);
                assert_eq!(clint.read(0xbff8, 8).unwrap(), value);
            }
            3 => {
                let _ = clint.write(0x4000 + 8 * hart + 4 * rng.below(2), 4, value);
            }
            _ => {
                let offset = rng.below(0x1_0000);
                let _ = clint.write(offset, size, value);
                let _ = clint.read(rng.below(0x1_0000), rng.pick(&[1, 2, 4, 8]));
            }
        }
        let mtime = clint.read(0xbff8, 8).unwrap();
        for h in 0..HARTS {
            let msip = clint.read(4 * h, 4).unwrap() & 1 != 0;
            let mtip = mtime >= clint.read(0x4000 + 8 * h, 8).unwrap();
            let want = (msip as u64) << 3 | (mtip as u64) << 7;
            assert_eq!(clint.lines(h as usize), want, "hart {h}");
        }
    }
    eprintln!("clint: {n} random accesses");
}

/// Committed ELFs with random damage (bytes flipped, header fields set to extreme values,
/// files cut short): the loader loads them or names what is wrong, and never panics.
#[test]
fn elf_loader_takes_any_damage() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let originals: Vec<Vec<u8>> = [
        "riscv-tests/isa/rv64ui-p-add",
        "riscv-tests/isa/rv64ui-v-add",
        "firmware/demo/demo.elf",
        "firmware/bench/bench-sv39.elf",
    ]
    .iter()
    .map(|p| std::fs::read(root.join(p)).unwrap())
    .collect();
    let mut rng = Rng::new(5);
    let n = rounds(3_000);
    let (mut loaded, mut refused) = (0u64, 0u64);
    let mut bus = Bus::new(0x8000_0000, 4 << 20);
    for _ in 0..n {
        let mut elf = originals[rng.below(originals.len() as u64) as usize].clone();
        for _ in 0..1 + rng.below(4) {
            match rng.below(5) {
                // The ELF header and the program headers, where the loader looks.
                0 | 1 => {
                    let at = rng.below(0x40 + 56 * 4) as usize;
                    if at < elf.len() {
                        elf[at] = rng.next() as u8;
                    }
                }
                2 => {
                    let at = (rng.below(0x40 + 56 * 4) & !7) as usize;
                    let wild = rng.next();
                    let v = rng.pick(&[0u64, u64::MAX, 1 << 63, 0x8000_0000, wild]);
                    if at + 8 <= elf.len() {
                        elf[at..at + 8].copy_from_slice(&v.to_le_bytes());
                    }
                }
                3 => {
                    let len = rng.below(elf.len() as u64 + 1) as usize;
                    elf.truncate(len);
                }
                _ => {
                    let at = rng.below(elf.len().max(1) as u64) as usize;
                    if at < elf.len() {
                        elf[at] ^= 1 << rng.below(8);
                    }
                }
            }
        }
        match load_elf(&elf, &mut bus) {
            Ok(_) => loaded += 1,
            Err(e) => {
                refused += 1;
                let msg = e.to_string();
                assert!(!msg.is_empty() && !msg.contains('\n'), "one-line error: {msg:?}");
            }
        }
    }
    eprintln!("elf loader: {n} damaged files, {loaded} loaded, {refused} refused");
    assert!(loaded > 0 && refused > 0, "{loaded} {refused}");
}
