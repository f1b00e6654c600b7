//! Randomized tests: random register traffic and random descriptor tables must never
//! panic, never touch memory outside RAM (RamView would refuse), and keep the used ring
//! consistent.

use super::blk::Latency;
use super::mmio::*;
use super::test_guest::*;
use super::{blk_device, VirtioMmio};
use crate::devices::Device;

/// xorshift64*: deterministic, so a failure is reproducible from the seed.
struct Rng(u64);

impl Rng {
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

    /// A guest-physical address: mostly in the low part of RAM, sometimes anywhere.
    fn addr(&mut self) -> u64 {
        match self.below(6) {
            0 => self.next(),
            1 => RAM_BASE + RAM_SIZE as u64 - self.below(2048),
            2 => self.below(0x1_0000),
            // Away from the rings (0x1000..0x4000), which the test inspects.
            _ => RAM_BASE + 0x8000 + self.below(0x1_8000),
        }
    }
}

const REGISTERS: [u64; 25] = [
    R_MAGIC,
    R_VERSION,
    R_DEVICE_ID,
    R_VENDOR,
    R_DEV_FEATURES,
    R_DEV_FEATURES_SEL,
    R_DRV_FEATURES,
    R_DRV_FEATURES_SEL,
    R_PAGE_SIZE,
    R_QUEUE_SEL,
    R_QUEUE_NUM_MAX,
    R_QUEUE_NUM,
    R_QUEUE_ALIGN,
    R_QUEUE_PFN,
    R_QUEUE_READY,
    R_NOTIFY,
    R_ISR,
    R_ACK,
    R_STATUS,
    R_DESC_LO,
    R_DESC_HI,
    R_DRIVER_LO,
    R_DRIVER_HI,
    R_DEVICE_LO,
    R_DEVICE_HI,
];

fn random_value(rng: &mut Rng) -> u32 {
    match rng.below(6) {
        0 => rng.next() as u32,
        1 => rng.below(16) as u32,
        2 => (1u32 << rng.below(32)).wrapping_sub(rng.below(2) as u32),
        3 => ((RAM_BASE + rng.below(0x2_0000)) >> 12) as u32,
        4 => (RAM_BASE + rng.below(0x2_0000)) as u32,
        _ => rng.pick(&[0, 1, 2, 4, 8, 0xf, 64, 128, 0xff]),
    }
}

fn check_invariants(dev: &mut VirtioMmio) {
    assert_eq!(dev.irq_level(), rd(dev, R_ISR) != 0);
    assert_eq!(rd(dev, R_MAGIC), MAGIC_VALUE);
}

/// Resets the device and sets queue 0 up again on zeroed rings, as a driver does.
fn fresh_setup(dev: &mut VirtioMmio, g: &mut Guest, legacy: bool) -> Rings {
    g.write(RAM_BASE + 0x1000, &[0; 0x3000]);
    if legacy {
        setup_legacy(dev, None)
    } else {
        setup_modern(dev)
    }
}

/// A mostly well-formed request in descriptors 0..3 (header, data, status), with one
/// field sometimes perturbed.
fn plausible_request(g: &mut Guest, r: Rings, rng: &mut Rng) {
    use super::queue::{VIRTQ_DESC_F_NEXT as NEXT, VIRTQ_DESC_F_WRITE as WRITE};
    let hdr = RAM_BASE + 0x8000 + 64 * rng.below(16);
    let data = RAM_BASE + 0x10000 + 512 * rng.below(32);
    let status = RAM_BASE + 0x9000 + rng.below(64);
    let kind = rng.pick(&[0u32, 1, 4, 8, 7]);
    g.write(hdr, &kind.to_le_bytes());
    g.write(hdr + 8, &rng.below(70).to_le_bytes());
    let len = 512 * (1 + rng.below(4) as u32);
    let data_flags = NEXT | if kind == 1 { 0 } else { WRITE };
    let mut d = [(hdr, 16, NEXT, 1u16), (data, len, data_flags, 2), (status, 1, WRITE, 0)];
    if rng.below(4) == 0 {
        let i = rng.below(3) as usize;
        match rng.below(4) {
            0 => d[i].0 = rng.addr(),
            1 => d[i].1 = rng.next() as u32,
            2 => d[i].2 = rng.below(8) as u16,
            _ => d[i].3 = rng.below(QSIZE as u64 + 1) as u16,
        }
    }
    let base = rng.below(QSIZE as u64 - 2) as u16;
    for (i, &(addr, len, flags, next)) in d.iter().enumerate() {
        let next = if next == 0 { 0 } else { base + next };
        put_desc(g, r, base + i as u16, addr, len, flags, next);
    }
    push_avail(g, r, base);
}

#[test]
fn random_register_traffic_never_panics() {
    let img = TempImage::new(64 * 512);
    let before = img.bytes();
    for (seed, legacy) in [(1u64, false), (2, true), (3, false), (4, true)] {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ seed);
        let latency = Latency { fixed: rng.below(20), per_sector: rng.below(3) };
        let mut dev = blk_device(&img.0, true, legacy, latency).unwrap();
        let mut g = Guest::new();
        let mut rings = fresh_setup(&mut dev, &mut g, legacy);
        let (mut completions, mut completed) = (0u64, 0u64);
        for _ in 0..30_000 {
            match rng.below(10) {
                0..=3 => {
                    let offset =
                        if rng.below(8) == 0 { rng.below(0x1000) } else { rng.pick(&REGISTERS) };
                    let size = if rng.below(8) == 0 { rng.pick(&[1, 2, 8]) } else { 4 };
                    let _ = dev.write(offset, size, random_value(&mut rng) as u64);
                }
                4 => {
                    let offset = rng.below(0x1000);
                    let size = rng.pick(&[1, 2, 4, 8]);
                    let _ = dev.read(offset, size);
                }
                5 => {
                    // A proper setup now and then, so requests actually flow.
                    rings = fresh_setup(&mut dev, &mut g, legacy);
                }
                6 => {
                    plausible_request(&mut g, rings, &mut rng);
                    completions += 1;
                }
                7 => {
                    // Scribble on the rings, descriptors and headers.
                    for _ in 0..rng.below(64) {
                        let at = RAM_BASE + rng.below(0x2_0000);
                        g.write(at, &[rng.next() as u8]);
                    }
                    if rng.below(2) == 0 {
                        let idx = g.r16(rings.avail + 2);
                        g.w16(rings.avail + 2, idx.wrapping_add(rng.below(3) as u16));
                    }
                }
                _ => {
                    g.mtime += rng.below(30);
                    let used = g.r16(rings.used + 2);
                    g.tick(&mut dev);
                    completed += g.r16(rings.used + 2).wrapping_sub(used) as u64;
                    if let Some(due) = dev.next_event() {
                        assert!(due <= g.mtime + 20 + 3 * 64, "due {due} at {}", g.mtime);
                    }
                }
            }
            check_invariants(&mut dev);
        }
        dev.flush().unwrap();
        assert!(
            completed > completions / 10,
            "requests flowed: {completed} of {completions} submitted"
        );
    }
    assert_eq!(img.bytes(), before, "snapshot mode never writes the image");
}

#[test]
fn random_descriptor_tables_never_panic_and_keep_the_used_ring_sane() {
    let img = TempImage::new(64 * 512);
    let before = img.bytes();
    for (seed, legacy) in [(11u64, false), (12, true)] {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d ^ seed);
        let mut dev =
            blk_device(&img.0, true, legacy, Latency { fixed: 2, per_sector: 1 }).unwrap();
        let mut g = Guest::new();
        let mut r = fresh_setup(&mut dev, &mut g, legacy);
        let mut completed = 0u64;
        for _ in 0..5_000 {
            for i in 0..QSIZE {
                let addr = rng.addr();
                let len = match rng.below(6) {
                    0 => rng.next() as u32,
                    1 => 16,
                    2 => 1,
                    3 => 0,
                    _ => 512 * rng.below(4) as u32 + rng.below(2) as u32,
                };
                let flags = rng.below(8) as u16;
                let next = rng.below(QSIZE as u64 + 2) as u16;
                put_desc(&mut g, r, i, addr, len, flags, next);
            }
            for _ in 0..4 {
                // Request headers where descriptors are likely to point.
                let at = RAM_BASE + 0x8000 + rng.below(0x1_8000 - 16);
                let wild = rng.next() as u32;
                let kind = rng.pick(&[0u32, 1, 4, 8, 3, wild]);
                let sector = if rng.below(4) == 0 { rng.next() } else { rng.below(70) };
                g.write(at, &kind.to_le_bytes());
                g.write(at + 8, &sector.to_le_bytes());
            }
            for _ in 0..rng.below(QSIZE as u64) {
                let head = if rng.below(50) == 0 {
                    rng.below(0x1_0000) as u16
                } else {
                    rng.below(QSIZE as u64) as u16
                };
                push_avail(&mut g, r, head);
            }
            let used_before = g.r16(r.used + 2);
            g.mtime += rng.below(40);
            wr(&mut dev, R_NOTIFY, 0);
            g.tick(&mut dev);
            check_invariants(&mut dev);
            let used_after = g.r16(r.used + 2);
            let new = used_after.wrapping_sub(used_before);
            assert!(new <= QSIZE, "at most a queue's worth per tick");
            for k in 0..new {
                let (id, _len) = used_elem(&g, r, used_before.wrapping_add(k));
                assert!(id < QSIZE as u32, "used id {id} was never a valid head");
            }
            completed += new as u64;
            wr(&mut dev, R_ACK, 3);
            if rd(&mut dev, R_STATUS) & STATUS_NEEDS_RESET != 0 || rng.below(200) == 0 {
                r = fresh_setup(&mut dev, &mut g, legacy);
            }
        }
        assert!(completed > 1000, "random chains were processed ({completed})");
    }
    assert_eq!(img.bytes(), before);
}
