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

/// One request of [`random_requests_never_lose_or_invent_a_write`]: what the chain, as
/// the device will walk it, asks for ("Message Framing": readable descriptors, then
/// writable ones, the status byte last).
#[derive(Debug)]
struct Sent {
    head: u16,
    /// `None`: no writable status byte in RAM, so no status can be given.
    status: Option<u64>,
    /// `u32::MAX` when the header cannot be read (the request cannot succeed).
    kind: u32,
    sector: u64,
    /// The device-readable bytes after the 16-byte header (a write's data).
    out: Vec<u8>,
    /// The device-writable segments before the status byte (a read's buffers).
    into: Vec<(u64, u64)>,
}

/// Walks the chain at `head` in `g` as the device will, when the guest makes it available.
fn walk_chain(g: &Guest, r: Rings, head: u16) -> Sent {
    let in_ram = |a: u64, n: u64| {
        a >= RAM_BASE && a.checked_add(n).is_some_and(|e| e <= RAM_BASE + RAM_SIZE as u64)
    };
    let mut descs = Vec::new();
    let mut i = head;
    loop {
        let d = g.read(r.desc + 16 * i as u64, 16);
        let addr = u64::from_le_bytes(d[0..8].try_into().unwrap());
        let len = u32::from_le_bytes(d[8..12].try_into().unwrap()) as u64;
        let flags = u16::from_le_bytes(d[12..14].try_into().unwrap());
        let next = u16::from_le_bytes(d[14..16].try_into().unwrap());
        descs.push((addr, len, flags & 2 != 0));
        if flags & 1 == 0 || descs.len() > r.size as usize || next >= r.size {
            break;
        }
        i = next;
    }
    let mut sent =
        Sent { head, status: None, kind: u32::MAX, sector: 0, out: vec![], into: vec![] };
    let looped = descs.len() > r.size as usize;
    let Some(&(addr, len, true)) = descs.last() else { return sent };
    if looped || len == 0 || !in_ram(addr + len - 1, 1) {
        return sent;
    }
    sent.status = Some(addr + len - 1);
    let last = descs.len() - 1;
    let mut readable = Vec::new();
    for (n, &(a, l, w)) in descs.iter().enumerate() {
        let l = if n == last { l - 1 } else { l };
        if w {
            sent.into.push((a, l));
        } else if !sent.into.is_empty() {
            return sent; // misordered: IOERR
        } else {
            readable.push((a, l));
        }
    }
    // The header: the first 16 readable bytes, which may span descriptors; only those
    // bytes of a descriptor are read for it.
    let mut header = Vec::new();
    let mut out = Some(Vec::new());
    for &(a, l) in &readable {
        let h = (16 - header.len() as u64).min(l);
        if h > 0 {
            if !in_ram(a, h) {
                return sent;
            }
            header.extend_from_slice(g.read(a, h as usize));
        }
        let (a, l) = (a + h, l - h);
        if l > 0 {
            match (&mut out, in_ram(a, l)) {
                (Some(o), true) => o.extend_from_slice(g.read(a, l as usize)),
                _ => out = None,
            }
        }
    }
    if header.len() == 16 {
        sent.kind = u32::from_le_bytes(header[0..4].try_into().unwrap());
        sent.sector = u64::from_le_bytes(header[8..16].try_into().unwrap());
        match out {
            Some(o) => sent.out = o,
            // Data that cannot be read cannot be written: such a write must fail.
            None if sent.kind == 1 => sent.kind = u32::MAX,
            None => {}
        }
    }
    sent
}

/// Random requests against a disk that is really written (no snapshot), a third of them
/// malformed in one way or another (header, data or status outside RAM or too short, the
/// wrong direction flag, a chain cut short or looping, an unknown type, a sector past the
/// end or straddling it, odd lengths), beside a shadow copy of what the image must hold.
/// A write that completes with status OK must be in the image, and nothing else may
/// change it: no write is lost and none is invented. A read that completes with OK must
/// have put the shadow's bytes in RAM. `SATP_FUZZ_VIRTIO_ROUNDS` (batches of two
/// requests, default 3000) and `SATP_FUZZ_SEED` make it run longer or differently.
#[test]
fn random_requests_never_lose_or_invent_a_write() {
    use super::queue::{VIRTQ_DESC_F_NEXT as NEXT, VIRTQ_DESC_F_WRITE as WRITE};
    const SECTORS: u64 = 64;
    const OK: u8 = 0;
    const UNTOUCHED: u8 = 0xee;
    let rounds: u64 =
        std::env::var("SATP_FUZZ_VIRTIO_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(3000);
    let seed: u64 =
        std::env::var("SATP_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x5eed);
    let img = TempImage::new((SECTORS * 512) as usize);
    let mut shadow = img.bytes();
    let (mut requests, mut malformed, mut ok_writes, mut ok_reads) = (0u64, 0u64, 0u64, 0u64);
    for legacy in [false, true] {
        let mut rng = Rng((seed ^ 0x9e37_79b9_7f4a_7c15).wrapping_add(legacy as u64) | 1);
        let latency = Latency { fixed: rng.below(8), per_sector: rng.below(3) };
        let mut dev = blk_device(&img.0, false, legacy, latency).unwrap();
        let mut g = Guest::new();
        let r = fresh_setup(&mut dev, &mut g, legacy);
        for _ in 0..rounds {
            // Sectors 8 apart within a batch, so the order in which the device applies
            // its requests cannot matter.
            let first = rng.below(SECTORS);
            let mut batch = Vec::new();
            for k in 0..2u16 {
                let base = 4 * k;
                // Each request has its own 32 KiB: header, status byte 4 KiB on, data 8 KiB
                // on, so a length made too long reaches no other request's bytes.
                let hdr = RAM_BASE + 0x2_0000 + 0x8000 * k as u64;
                let status = hdr + 0x1000;
                let buf = hdr + 0x2000;
                let kind = match rng.below(10) {
                    0..=3 => 0u32,
                    4..=7 => 1,
                    8 => rng.pick(&[4u32, 8]),
                    _ => rng.next() as u32,
                };
                let sectors = 1 + rng.below(3);
                let sector = match rng.below(12) {
                    0 => SECTORS - 1,
                    1 => rng.next(),
                    2 => SECTORS + rng.below(4),
                    _ => (first + 8 * k as u64) % (SECTORS - 4),
                };
                g.write(hdr, &kind.to_le_bytes());
                g.write(hdr + 4, &[0; 4]);
                g.write(hdr + 8, &sector.to_le_bytes());
                g.write(status, &[UNTOUCHED]);
                let fill: Vec<u8> = (0..sectors * 512).map(|_| rng.next() as u8).collect();
                g.write(buf, &fill);
                let len = (sectors * 512) as u32;
                let split = if rng.below(3) == 0 { 512 * rng.below(sectors) as u32 } else { 0 };
                let dir = if kind == 1 { 0 } else { WRITE };
                let mut d: Vec<(u64, u32, u16)> = vec![(hdr, 16, NEXT)];
                if split > 0 {
                    d.push((buf, split, NEXT | dir));
                    d.push((buf + split as u64, len - split, NEXT | dir));
                } else if kind != 4 {
                    d.push((buf, len, NEXT | dir));
                }
                d.push((status, 1, WRITE));
                let mut nexts: Vec<u16> = (1..d.len() as u16).map(|i| base + i).collect();
                nexts.push(0);
                if rng.below(3) == 0 {
                    malformed += 1;
                    let i = rng.below(d.len() as u64) as usize;
                    match rng.below(8) {
                        // Outside RAM, or a region of this request's own near the end of
                        // RAM (partly past it), never another request's buffers.
                        0 => {
                            d[i].0 = if rng.below(2) == 0 { rng.next() } else { rng.below(1 << 20) }
                        }
                        1 => {
                            d[i].0 = RAM_BASE + RAM_SIZE as u64 - 0x8000 * k as u64 - rng.below(600)
                        }
                        2 => d[i].1 = rng.pick(&[0, 1, 15, 511, 513, u32::MAX]),
                        3 => d[i].2 ^= WRITE,
                        4 => d[i].2 &= !NEXT,
                        5 => nexts[i] = base + rng.below(i as u64 + 1) as u16,
                        6 => g.write(hdr, &(rng.next() as u32).to_le_bytes()),
                        _ => g.write(hdr + 8, &(SECTORS - 1 + rng.below(2)).to_le_bytes()),
                    }
                }
                let last = d.len() - 1;
                for (i, &(addr, len, flags)) in d.iter().enumerate() {
                    let flags = if i == last { flags & !NEXT } else { flags };
                    put_desc(&mut g, r, base + i as u16, addr, len, flags, nexts[i]);
                }
                batch.push(walk_chain(&g, r, base));
                push_avail(&mut g, r, base);
                requests += 1;
            }
            let used_before = g.r16(r.used + 2);
            wr(&mut dev, R_NOTIFY, 0);
            // Let every request complete.
            for _ in 0..4 {
                g.mtime += 10_000;
                g.tick(&mut dev);
            }
            assert_eq!(rd(&mut dev, R_STATUS) & STATUS_NEEDS_RESET, 0, "well-formed rings");
            let done = g.r16(r.used + 2).wrapping_sub(used_before);
            assert_eq!(done, batch.len() as u16, "every request completes, well-formed or not");
            for n in 0..done {
                let (id, _len) = used_elem(&g, r, used_before.wrapping_add(n));
                let sent = batch.iter().find(|s| s.head as u32 == id).expect("a head we sent");
                let Some(status) = sent.status else {
                    continue;
                };
                if g.read(status, 1)[0] != OK {
                    continue;
                }
                if matches!(sent.kind, 4 | 8) {
                    continue; // flush and GET_ID: no sectors
                }
                let at = sent.sector.checked_mul(512).expect("an OK request is inside the disk");
                match sent.kind {
                    1 => {
                        let span = at as usize..at as usize + sent.out.len();
                        assert!(span.end <= shadow.len(), "OK for a write past the end: {span:?}");
                        shadow[span].copy_from_slice(&sent.out);
                        ok_writes += 1;
                    }
                    0 => {
                        let mut pos = at as usize;
                        for &(a, l) in &sent.into {
                            let want = &shadow[pos..pos + l as usize];
                            assert!(g.read(a, l as usize) == want, "read {sent:x?}");
                            pos += l as usize;
                        }
                        ok_reads += 1;
                    }
                    k => panic!("type {k:#x} completed OK: {sent:x?}"),
                }
            }
            wr(&mut dev, R_ACK, 3);
        }
        dev.flush().unwrap();
    }
    eprintln!(
        "virtio fuzz: seed {seed}, {requests} requests ({malformed} malformed), \
         {ok_writes} writes and {ok_reads} reads completed OK"
    );
    assert!(img.bytes() == shadow, "the image is exactly the OK writes");
    assert!(ok_writes > rounds / 4 && ok_reads > rounds / 4, "{ok_writes} {ok_reads}");
}
