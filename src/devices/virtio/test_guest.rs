//! A fake guest for the virtio tests: RAM in a `Vec<u8>`, registers written as a driver
//! would, queues and requests laid out in RAM, and temporary disk images.

use super::mmio::*;
use super::queue::{VIRTQ_DESC_F_NEXT, VIRTQ_DESC_F_WRITE};
use super::{blk_device, Latency, VirtioMmio};
use crate::devices::{Device, DeviceContext, RamView};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

pub(super) const RAM_BASE: u64 = 0x8000_0000;
pub(super) const RAM_SIZE: usize = 1 << 20;
pub(super) const QSIZE: u16 = 8;
/// Modern ring addresses.
pub(super) const DESC: u64 = RAM_BASE + 0x1000;
pub(super) const AVAIL: u64 = RAM_BASE + 0x2000;
pub(super) const USED: u64 = RAM_BASE + 0x3000;
/// Request header, status byte and data buffers.
pub(super) const HDR: u64 = RAM_BASE + 0x8000;
pub(super) const STATUS: u64 = RAM_BASE + 0x8100;
pub(super) const DATA: u64 = RAM_BASE + 0x10000;

// Register offsets (section 4.2.2), spelled out here so the tests check the layout.
pub(super) const R_MAGIC: u64 = 0x000;
pub(super) const R_VERSION: u64 = 0x004;
pub(super) const R_DEVICE_ID: u64 = 0x008;
pub(super) const R_VENDOR: u64 = 0x00c;
pub(super) const R_DEV_FEATURES: u64 = 0x010;
pub(super) const R_DEV_FEATURES_SEL: u64 = 0x014;
pub(super) const R_DRV_FEATURES: u64 = 0x020;
pub(super) const R_DRV_FEATURES_SEL: u64 = 0x024;
pub(super) const R_PAGE_SIZE: u64 = 0x028;
pub(super) const R_QUEUE_SEL: u64 = 0x030;
pub(super) const R_QUEUE_NUM_MAX: u64 = 0x034;
pub(super) const R_QUEUE_NUM: u64 = 0x038;
pub(super) const R_QUEUE_ALIGN: u64 = 0x03c;
pub(super) const R_QUEUE_PFN: u64 = 0x040;
pub(super) const R_QUEUE_READY: u64 = 0x044;
pub(super) const R_NOTIFY: u64 = 0x050;
pub(super) const R_ISR: u64 = 0x060;
pub(super) const R_ACK: u64 = 0x064;
pub(super) const R_STATUS: u64 = 0x070;
pub(super) const R_DESC_LO: u64 = 0x080;
pub(super) const R_DESC_HI: u64 = 0x084;
pub(super) const R_DRIVER_LO: u64 = 0x090;
pub(super) const R_DRIVER_HI: u64 = 0x094;
pub(super) const R_DEVICE_LO: u64 = 0x0a0;
pub(super) const R_DEVICE_HI: u64 = 0x0a4;

/// A disk image in the temp directory, deleted on drop.
pub(super) struct TempImage(pub PathBuf);

static NEXT_IMAGE: AtomicUsize = AtomicUsize::new(0);

impl TempImage {
    /// An image of `len` bytes, byte `i` of sector `s` = `s * 7 + i` (mod 256).
    pub(super) fn new(len: usize) -> TempImage {
        let n = NEXT_IMAGE.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("satp-virtio-test-{}-{n}.img", std::process::id()));
        let bytes: Vec<u8> = (0..len).map(|i| pattern(i as u64)).collect();
        std::fs::write(&path, bytes).unwrap();
        TempImage(path)
    }

    pub(super) fn bytes(&self) -> Vec<u8> {
        std::fs::read(&self.0).unwrap()
    }
}

impl Drop for TempImage {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The initial content of image byte `pos`.
pub(super) fn pattern(pos: u64) -> u8 {
    ((pos / 512) * 7 + pos % 512) as u8
}

/// Guest RAM and time.
pub(super) struct Guest {
    pub ram: Vec<u8>,
    pub mtime: u64,
}

impl Guest {
    pub(super) fn new() -> Guest {
        Guest { ram: vec![0; RAM_SIZE], mtime: 0 }
    }

    fn off(addr: u64) -> usize {
        (addr - RAM_BASE) as usize
    }

    pub(super) fn write(&mut self, addr: u64, bytes: &[u8]) {
        let o = Self::off(addr);
        self.ram[o..o + bytes.len()].copy_from_slice(bytes);
    }

    pub(super) fn read(&self, addr: u64, len: usize) -> &[u8] {
        let o = Self::off(addr);
        &self.ram[o..o + len]
    }

    pub(super) fn w16(&mut self, addr: u64, v: u16) {
        self.write(addr, &v.to_le_bytes());
    }

    pub(super) fn r16(&self, addr: u64) -> u16 {
        u16::from_le_bytes(self.read(addr, 2).try_into().unwrap())
    }

    pub(super) fn r32(&self, addr: u64) -> u32 {
        u32::from_le_bytes(self.read(addr, 4).try_into().unwrap())
    }

    pub(super) fn tick(&mut self, dev: &mut VirtioMmio) {
        self.tick_after(dev, false);
    }

    /// A tick after a device access by a hart whose page-fault handler was open
    /// (`fault_write`) or not.
    pub(super) fn tick_after(&mut self, dev: &mut VirtioMmio, fault_write: bool) {
        let mut exit = None;
        let mut ctx = DeviceContext {
            mtime: self.mtime,
            ram: RamView::new(RAM_BASE, &mut self.ram),
            exit: &mut exit,
            fault_write,
        };
        dev.tick(&mut ctx);
    }
}

pub(super) fn wr(dev: &mut VirtioMmio, offset: u64, value: u32) {
    dev.write(offset, 4, value as u64).unwrap();
}

pub(super) fn rd(dev: &mut VirtioMmio, offset: u64) -> u32 {
    dev.read(offset, 4).unwrap() as u32
}

/// Where a driver put one queue's rings.
#[derive(Clone, Copy)]
pub(super) struct Rings {
    pub desc: u64,
    pub avail: u64,
    pub used: u64,
    pub size: u16,
}

pub(super) const MODERN_RINGS: Rings = Rings { desc: DESC, avail: AVAIL, used: USED, size: QSIZE };

/// Driver initialization for the modern interface, accepting `features`.
pub(super) fn init_modern(dev: &mut VirtioMmio, features: u64) -> u32 {
    wr(dev, R_STATUS, 0);
    wr(dev, R_STATUS, STATUS_ACKNOWLEDGE);
    wr(dev, R_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER);
    wr(dev, R_DRV_FEATURES_SEL, 0);
    wr(dev, R_DRV_FEATURES, features as u32);
    wr(dev, R_DRV_FEATURES_SEL, 1);
    wr(dev, R_DRV_FEATURES, (features >> 32) as u32);
    wr(dev, R_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK);
    rd(dev, R_STATUS)
}

/// Full modern setup of queue 0 at [`MODERN_RINGS`], then DRIVER_OK.
pub(super) fn setup_modern(dev: &mut VirtioMmio) -> Rings {
    let offered = device_features(dev);
    let status = init_modern(dev, offered);
    assert_ne!(status & STATUS_FEATURES_OK, 0);
    wr(dev, R_QUEUE_SEL, 0);
    assert_eq!(rd(dev, R_QUEUE_READY), 0);
    wr(dev, R_QUEUE_NUM, QSIZE as u32);
    for (lo, hi, addr) in [
        (R_DESC_LO, R_DESC_HI, DESC),
        (R_DRIVER_LO, R_DRIVER_HI, AVAIL),
        (R_DEVICE_LO, R_DEVICE_HI, USED),
    ] {
        wr(dev, lo, addr as u32);
        wr(dev, hi, (addr >> 32) as u32);
    }
    wr(dev, R_QUEUE_READY, 1);
    assert_eq!(rd(dev, R_QUEUE_READY), 1);
    wr(dev, R_STATUS, status | STATUS_DRIVER_OK);
    MODERN_RINGS
}

/// Legacy setup of queue 0 at page `RAM_BASE + 0x1000`, with `align` if given.
pub(super) fn setup_legacy(dev: &mut VirtioMmio, align: Option<u32>) -> Rings {
    wr(dev, R_STATUS, 0);
    wr(dev, R_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER);
    let offered = rd(dev, R_DEV_FEATURES);
    wr(dev, R_DRV_FEATURES, offered);
    wr(dev, R_PAGE_SIZE, 4096);
    wr(dev, R_QUEUE_SEL, 0);
    assert_eq!(rd(dev, R_QUEUE_PFN), 0);
    wr(dev, R_QUEUE_NUM, QSIZE as u32);
    if let Some(a) = align {
        wr(dev, R_QUEUE_ALIGN, a);
    }
    wr(dev, R_QUEUE_PFN, ((RAM_BASE + 0x1000) >> 12) as u32);
    wr(dev, R_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_DRIVER_OK);
    let desc = RAM_BASE + 0x1000;
    let avail = desc + 16 * QSIZE as u64;
    let a = align.unwrap_or(4096) as u64;
    let used = (avail + 6 + 2 * QSIZE as u64).div_ceil(a) * a;
    Rings { desc, avail, used, size: QSIZE }
}

pub(super) fn device_features(dev: &mut VirtioMmio) -> u64 {
    wr(dev, R_DEV_FEATURES_SEL, 0);
    let lo = rd(dev, R_DEV_FEATURES) as u64;
    wr(dev, R_DEV_FEATURES_SEL, 1);
    let hi = rd(dev, R_DEV_FEATURES) as u64;
    lo | hi << 32
}

pub(super) fn put_desc(
    g: &mut Guest,
    r: Rings,
    i: u16,
    addr: u64,
    len: u32,
    flags: u16,
    next: u16,
) {
    let mut b = [0u8; 16];
    b[0..8].copy_from_slice(&addr.to_le_bytes());
    b[8..12].copy_from_slice(&len.to_le_bytes());
    b[12..14].copy_from_slice(&flags.to_le_bytes());
    b[14..16].copy_from_slice(&next.to_le_bytes());
    g.write(r.desc + 16 * i as u64, &b);
}

/// Makes `head` available and bumps the available index.
pub(super) fn push_avail(g: &mut Guest, r: Rings, head: u16) {
    let idx = g.r16(r.avail + 2);
    g.w16(r.avail + 4 + 2 * (idx % r.size) as u64, head);
    g.w16(r.avail + 2, idx.wrapping_add(1));
}

/// The used element `n` (id, len).
pub(super) fn used_elem(g: &Guest, r: Rings, n: u16) -> (u32, u32) {
    let e = r.used + 4 + 8 * (n % r.size) as u64;
    (g.r32(e), g.r32(e + 4))
}

pub(super) fn header(g: &mut Guest, kind: u32, sector: u64) {
    let mut h = [0u8; 16];
    h[0..4].copy_from_slice(&kind.to_le_bytes());
    h[8..16].copy_from_slice(&sector.to_le_bytes());
    g.write(HDR, &h);
    g.write(STATUS, &[0xff]);
}

/// A three-descriptor request (header, data, status) in descriptors 0..3, as xv6 builds it.
pub(super) fn request(
    g: &mut Guest,
    r: Rings,
    kind: u32,
    sector: u64,
    data_len: u32,
    device_writes: bool,
) {
    header(g, kind, sector);
    put_desc(g, r, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 1);
    let f = if device_writes { VIRTQ_DESC_F_WRITE } else { 0 };
    put_desc(g, r, 1, DATA, data_len, f | VIRTQ_DESC_F_NEXT, 2);
    put_desc(g, r, 2, STATUS, 1, VIRTQ_DESC_F_WRITE, 0);
    push_avail(g, r, 0);
}

pub(super) fn notify_and_tick(g: &mut Guest, dev: &mut VirtioMmio) {
    wr(dev, R_NOTIFY, 0);
    g.tick(dev);
}

pub(super) fn status_byte(g: &Guest) -> u8 {
    g.read(STATUS, 1)[0]
}

pub(super) fn blk_dev(img: &TempImage, legacy: bool) -> VirtioMmio {
    blk_device(&img.0, false, legacy, Latency::default()).unwrap().with_irq(1)
}
