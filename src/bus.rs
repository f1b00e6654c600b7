//! The physical address map: RAM plus devices registered by address range.
//!
//! RAM is reached without any device lookup (it is checked first, by one range compare).
//! Every device, the CLINT and PLIC included, is registered through [`Bus::add_device`],
//! which rejects overlaps; an access outside RAM finds its device in that one map and
//! the device sees an offset into its own range; an address nothing is mapped at is a
//! [`BusFault`], which the hart turns into an access fault.
//!
//! The bus also keeps the LR/SC reservations of all harts, so that a store by anyone to a
//! reserved doubleword breaks the reservation, and watches the HTIF `tohost` doubleword.

use crate::devices::clint::Clint;
use crate::devices::htif::PhysMemory;
use crate::devices::plic::Plic;
use crate::devices::{zeroed_bytes, RamWriteWatch};
use thiserror::Error;

pub use crate::devices::{BusFault, Device, DeviceContext, DiskStats, RamView};

/// Errors in building the address map (host configuration errors, not guest behaviour).
#[derive(Debug, Error, PartialEq, Eq)]
pub enum MapError {
    #[error("device {name} at {base:#x}..{end:#x} overlaps {other}")]
    Overlap { name: String, base: u64, end: u64, other: String },
    #[error("device {name} has an empty or wrapping range at {base:#x}")]
    BadRange { name: String, base: u64 },
}

/// Which RAM pages hold decoded code, so that a write to one invalidates it (the engine's
/// blocks, [`crate::engine`]). One word per 4 KiB page: odd while blocks decoded from the
/// page are live, even otherwise. Building a block makes the word odd and records it as
/// the block's tag; a write to a page whose word is odd increments it, so every block
/// decoded from the page before the write no longer matches and is decoded again. The
/// word only grows, so a stale tag can never match again.
pub struct CodePages {
    pages: Vec<u64>,
    /// Set when a write hit a page with live code; the engine ends the block it is in.
    pub hit: bool,
}

impl CodePages {
    fn new(ram_size: u64) -> CodePages {
        CodePages { pages: vec![0; ram_size.div_ceil(4096) as usize], hit: false }
    }

    /// Notes a write of `len` bytes at RAM offset `off`.
    #[inline(always)]
    fn written(&mut self, off: u64, len: u64) {
        let first = (off >> 12) as usize;
        let last = ((off + len.max(1) - 1) >> 12) as usize;
        for page in first..=last {
            if let Some(w) = self.pages.get_mut(page) {
                if *w & 1 != 0 {
                    *w += 1;
                    self.hit = true;
                }
            }
        }
    }

    /// The tag of blocks decoded now from the page at RAM offset `off` (marking the page
    /// as holding code).
    pub fn mark(&mut self, off: u64) -> u64 {
        match self.pages.get_mut((off >> 12) as usize) {
            Some(w) => {
                *w |= 1;
                *w
            }
            None => 0,
        }
    }

    /// The current tag of the page at RAM offset `off` (even: no live code).
    #[inline(always)]
    pub fn tag(&self, off: u64) -> u64 {
        self.pages.get((off >> 12) as usize).copied().unwrap_or(0)
    }
}

/// DMA through a [`RamView`] invalidates decoded code like any other RAM write.
impl RamWriteWatch for CodePages {
    fn written(&mut self, off: u64, len: u64) {
        CodePages::written(self, off, len);
    }
}

/// What answers the accesses to a mapped range.
pub enum Target {
    /// The bus's own CLINT ([`Bus::clint`]), held typed because it owns `mtime`.
    Clint,
    /// The bus's own PLIC ([`Bus::plic`]), held typed because it routes interrupts.
    Plic,
    /// Any other device; the bus owns it.
    Device(Box<dyn Device>),
}

impl Target {
    fn name(&self) -> &str {
        match self {
            Target::Clint => "clint",
            Target::Plic => "plic",
            Target::Device(d) => d.name(),
        }
    }
}

/// Lets `add_device` take a boxed device directly.
impl<D: Device + 'static> From<Box<D>> for Target {
    fn from(device: Box<D>) -> Target {
        Target::Device(device)
    }
}

impl From<Box<dyn Device>> for Target {
    fn from(device: Box<dyn Device>) -> Target {
        Target::Device(device)
    }
}

struct Mapping {
    base: u64,
    size: u64,
    target: Target,
    /// The interrupt line as last given to the PLIC.
    line: bool,
    /// A store from a hart in a page-fault handler reached the device since its last tick
    /// ([`DeviceContext::fault_write`]).
    fault_write: bool,
}

/// Marks a reservation slot as empty.
const NO_RESERVATION: u64 = u64::MAX;

/// RAM, the CLINT and PLIC (held typed: they own time and interrupt routing), the map of
/// device ranges, reservations and the HTIF watch.
pub struct Bus {
    /// The core-local interruptor; owns mtime.
    pub clint: Clint,
    pub plic: Plic,
    ram_base: u64,
    ram: memmap2::MmapMut,
    /// Pages of RAM that hold decoded code.
    pub code: CodePages,
    devices: Vec<Mapping>,
    /// One reservation (doubleword-aligned physical address) per hart.
    reservations: Vec<u64>,
    any_reservation: bool,
    /// Physical address of `tohost` (16 bytes watched: tohost and fromhost), or u64::MAX.
    htif_base: u64,
    /// Set when a store touched the watched tohost/fromhost bytes, or any device was
    /// accessed: the machine then ends the current batch to poll HTIF and tick devices.
    pub attention: bool,
}

impl Bus {
    /// A bus with `ram_size` bytes of zeroed RAM at `ram_base`.
    ///
    /// # Panics
    /// If the host cannot allocate the RAM, a host condition; [`Bus::try_new`] reports it
    /// instead (the `satp` binary uses that).
    #[allow(clippy::panic, reason = "documented; try_new is the non-panicking form")]
    pub fn new(ram_base: u64, ram_size: u64) -> Bus {
        match Bus::try_new(ram_base, ram_size) {
            Some(bus) => bus,
            None => panic!("cannot allocate {ram_size} bytes of guest RAM"),
        }
    }

    /// A bus with `ram_size` bytes of zeroed RAM, or `None` when the host refuses the
    /// allocation. The RAM is reserved, not touched: the host's allocator maps zero pages
    /// that the OS backs on first use, as QEMU does, so a large guest that touches little
    /// memory costs little.
    pub fn try_new(ram_base: u64, ram_size: u64) -> Option<Bus> {
        let ram = zeroed_bytes(usize::try_from(ram_size).ok()?)?;
        Some(Bus {
            clint: Clint::new(1),
            plic: Plic::new(1),
            ram_base,
            ram,
            code: CodePages::new(ram_size),
            devices: Vec::new(),
            reservations: Vec::new(),
            any_reservation: false,
            htif_base: u64::MAX,
            attention: false,
        })
    }

    pub fn ram_base(&self) -> u64 {
        self.ram_base
    }

    pub fn ram_size(&self) -> u64 {
        self.ram.len() as u64
    }

    /// Maps `base..base+size` to a device: a boxed [`Device`] (which the bus then owns),
    /// or [`Target::Clint`] / [`Target::Plic`] for the bus's own CLINT and PLIC. Overlaps
    /// with RAM or another mapped range are rejected.
    pub fn add_device(
        &mut self,
        base: u64,
        size: u64,
        device: impl Into<Target>,
    ) -> Result<(), MapError> {
        let target = device.into();
        let name = target.name().to_string();
        let end = base
            .checked_add(size)
            .filter(|_| size > 0)
            .ok_or(MapError::BadRange { name: name.clone(), base })?;
        let ram_end = self.ram_base + self.ram.len() as u64;
        if base < ram_end && self.ram_base < end {
            return Err(MapError::Overlap { name, base, end, other: "RAM".into() });
        }
        for m in &self.devices {
            if base < m.base + m.size && m.base < end {
                return Err(MapError::Overlap {
                    name,
                    base,
                    end,
                    other: m.target.name().to_string(),
                });
            }
        }
        self.devices.push(Mapping { base, size, target, line: false, fault_write: false });
        Ok(())
    }

    /// Sets the number of harts: reservations, CLINT and PLIC contexts.
    pub fn set_harts(&mut self, n: usize) {
        self.reservations = vec![NO_RESERVATION; n];
        self.any_reservation = false;
        self.clint = Clint::new(n);
        self.plic = Plic::new(n);
    }

    /// The platform timer, in timebase ticks.
    #[inline]
    pub fn mtime(&self) -> u64 {
        self.clint.mtime
    }

    /// Ticks every device (DMA, input, completions due), then samples their interrupt
    /// lines into the PLIC. Returns an exit code if a device asked to end the run.
    pub fn service_devices(&mut self) -> Option<u64> {
        let mut exit = None;
        let mut ctx = DeviceContext {
            mtime: self.clint.mtime,
            ram: RamView::watched(self.ram_base, &mut self.ram, &mut self.code),
            exit: &mut exit,
            fault_write: false,
        };
        for m in self.devices.iter_mut() {
            let was = m.line;
            ctx.fault_write = std::mem::take(&mut m.fault_write);
            let Some(d) = m.owned_mut() else { continue };
            // A quiescent device whose line the PLIC already has low: ticking it and
            // lowering the line again would change nothing.
            if !was && d.quiescent() {
                continue;
            }
            d.tick(&mut ctx);
            if let Some(src) = d.irq_source() {
                let line = d.irq_line();
                m.line = line;
                self.plic.set_level(src, line);
            }
        }
        exit
    }

    /// The earliest mtime at which a timer or device changes state by itself.
    pub fn next_event(&self) -> Option<u64> {
        let devices = self.devices.iter().filter_map(|m| m.owned()?.next_event());
        self.clint.next_event().into_iter().chain(devices).min()
    }

    /// The summed counters of every block device.
    pub fn disk_stats(&self) -> DiskStats {
        let mut t = DiskStats::default();
        for d in self.devices.iter().filter_map(|m| m.owned()?.disk_stats()) {
            t.add(&d);
        }
        t
    }

    /// The counters of the block device mapped at `base`, if there is one.
    pub fn disk_stats_at(&self, base: u64) -> Option<DiskStats> {
        self.devices.iter().find(|m| m.base == base)?.owned()?.disk_stats()
    }

    /// Flushes device state to the host (disk images); the first error is returned.
    pub fn flush_devices(&mut self) -> std::io::Result<()> {
        let mut result = Ok(());
        for d in self.devices.iter_mut().filter_map(Mapping::owned_mut) {
            if let Err(e) = d.flush() {
                if result.is_ok() {
                    result = Err(std::io::Error::new(e.kind(), format!("{}: {e}", d.name())));
                }
            }
        }
        result
    }

    /// Watches the 16 bytes at `paddr` (tohost, fromhost) for stores.
    pub fn watch_htif(&mut self, paddr: u64) {
        self.htif_base = paddr;
    }

    /// Offset into RAM of `[paddr, paddr+len)`, if it lies wholly in RAM.
    #[inline(always)]
    fn ram_offset(&self, paddr: u64, len: u64) -> Option<usize> {
        let off = paddr.wrapping_sub(self.ram_base);
        if off < self.ram.len() as u64 && len <= self.ram.len() as u64 - off {
            Some(off as usize)
        } else {
            None
        }
    }

    /// True when `[paddr, paddr+len)` is RAM.
    #[inline]
    pub fn is_ram(&self, paddr: u64, len: u64) -> bool {
        self.ram_offset(paddr, len).is_some()
    }

    /// The RAM bytes at `[paddr, paddr+len)`, if wholly in RAM.
    pub fn ram_slice(&self, paddr: u64, len: u64) -> Option<&[u8]> {
        let off = self.ram_offset(paddr, len)?;
        self.ram.get(off..off + len as usize)
    }

    /// Mutable RAM bytes at `[paddr, paddr+len)` (for the loader and DMA). Breaks
    /// reservations and marks HTIF as the store path does.
    pub fn ram_slice_mut(&mut self, paddr: u64, len: u64) -> Option<&mut [u8]> {
        let off = self.ram_offset(paddr, len)?;
        self.note_store(paddr, len);
        self.ram.get_mut(off..off + len as usize)
    }

    /// Reads a little-endian value of `size` bytes (1, 2, 4 or 8). Misaligned RAM reads
    /// are performed; misaligned device reads fault.
    #[inline]
    pub fn read(&mut self, paddr: u64, size: u64) -> Result<u64, BusFault> {
        if let Some(off) = self.ram_offset(paddr, size) {
            return Ok(read_le(&self.ram[off..], size));
        }
        self.device_read(paddr, size)
    }

    /// Writes the low `size` bytes of `value`, little-endian.
    #[inline]
    pub fn write(&mut self, paddr: u64, size: u64, value: u64) -> Result<(), BusFault> {
        self.write_from(paddr, size, value, false)
    }

    /// [`Bus::write`] by a hart whose page-fault handler is open (`in_fault_handler`):
    /// a device it reaches is told so at its next tick ([`DeviceContext::fault_write`]).
    pub fn write_from(
        &mut self,
        paddr: u64,
        size: u64,
        value: u64,
        in_fault_handler: bool,
    ) -> Result<(), BusFault> {
        if let Some(off) = self.ram_offset(paddr, size) {
            write_le(&mut self.ram[off..], size, value);
            self.note_store(paddr, size);
            return Ok(());
        }
        self.device_write(paddr, size, value, in_fault_handler)
    }

    /// Reads `size` bytes (1, 2, 4, 8) at RAM offset `off` (from [`Bus::ram_index`]).
    #[inline(always)]
    pub fn ram_read(&self, off: u64, size: u64) -> u64 {
        let off = off as usize;
        let r = &self.ram;
        match size {
            1 => r.get(off).copied().unwrap_or(0) as u64,
            2 => r.get(off..off + 2).map_or(0, |b| u16::from_le_bytes([b[0], b[1]]) as u64),
            4 => r
                .get(off..off + 4)
                .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64),
            _ => r.get(off..off + 8).map_or(0, |b| {
                u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
            }),
        }
    }

    /// Writes `size` bytes at RAM offset `off` (physical address `paddr`) if the store
    /// needs nothing else: no reservation to break, no decoded code on the page, not the
    /// HTIF mailbox. Returns `false`, writing nothing, otherwise (use [`Bus::write`]).
    #[inline(always)]
    pub fn ram_write_plain(&mut self, off: u64, paddr: u64, size: u64, value: u64) -> bool {
        if self.any_reservation
            || self.code.tag(off) & 1 != 0
            || paddr.wrapping_sub(self.htif_base).wrapping_add(size - 1) < 15 + size
        {
            return false;
        }
        let off = off as usize;
        let v = value.to_le_bytes();
        let done = match size {
            1 => self.ram.get_mut(off).map(|b| *b = v[0]),
            2 => self.ram.get_mut(off..off + 2).map(|b| b.copy_from_slice(&v[..2])),
            4 => self.ram.get_mut(off..off + 4).map(|b| b.copy_from_slice(&v[..4])),
            _ => self.ram.get_mut(off..off + 8).map(|b| b.copy_from_slice(&v)),
        };
        done.is_some()
    }

    /// Reads 4 bytes for instruction fetch from RAM only (the fast path); `None` when the
    /// bytes are not all RAM.
    #[inline(always)]
    pub fn fetch_ram_u32(&self, paddr: u64) -> Option<u32> {
        let off = self.ram_offset(paddr, 4)?;
        Some(read_le(&self.ram[off..], 4) as u32)
    }

    /// Offset into RAM of `paddr` (for code-page tags), if it is RAM.
    #[inline(always)]
    pub fn ram_index(&self, paddr: u64) -> Option<u64> {
        self.ram_offset(paddr, 1).map(|o| o as u64)
    }

    #[inline(always)]
    fn note_store(&mut self, paddr: u64, size: u64) {
        self.code.written(paddr.wrapping_sub(self.ram_base), size);
        // Overlap of [paddr, paddr+size) with the 16 watched bytes, without overflow.
        if paddr.wrapping_sub(self.htif_base).wrapping_add(size - 1) < 15 + size {
            self.attention = true;
        }
        if self.any_reservation {
            let first = paddr & !7;
            let last = (paddr + size - 1) & !7;
            for r in self.reservations.iter_mut() {
                if *r == first || *r == last {
                    *r = NO_RESERVATION;
                }
            }
        }
    }

    /// Places a reservation for `hart` on the doubleword containing `paddr` (LR).
    pub fn reserve(&mut self, hart: usize, paddr: u64) {
        if let Some(r) = self.reservations.get_mut(hart) {
            *r = paddr & !7;
            self.any_reservation = true;
        }
    }

    /// Takes `hart`'s reservation, returning whether it covered `paddr` (SC). The
    /// reservation is gone afterwards, whatever the outcome.
    pub fn take_reservation(&mut self, hart: usize, paddr: u64) -> bool {
        match self.reservations.get_mut(hart) {
            Some(r) => {
                let ok = *r == paddr & !7;
                *r = NO_RESERVATION;
                self.any_reservation = self.reservations.iter().any(|&r| r != NO_RESERVATION);
                ok
            }
            None => false,
        }
    }

    /// Drops `hart`'s reservation (on a trap).
    pub fn clear_reservation(&mut self, hart: usize) {
        if let Some(r) = self.reservations.get_mut(hart) {
            *r = NO_RESERVATION;
        }
        self.any_reservation = self.reservations.iter().any(|&r| r != NO_RESERVATION);
    }

    /// The mapping that holds all of `[paddr, paddr+size)`, and the offset into it.
    fn find_device(&self, paddr: u64, size: u64) -> Option<(usize, u64)> {
        self.devices.iter().enumerate().find_map(|(i, m)| {
            let off = paddr.wrapping_sub(m.base);
            (off < m.size && size <= m.size - off).then_some((i, off))
        })
    }

    /// The device behind mapping `i`.
    fn device_mut(&mut self, i: usize) -> &mut dyn Device {
        match &mut self.devices[i].target {
            Target::Clint => &mut self.clint,
            Target::Plic => &mut self.plic,
            Target::Device(d) => d.as_mut(),
        }
    }

    #[cold]
    fn device_read(&mut self, paddr: u64, size: u64) -> Result<u64, BusFault> {
        if size == 0 || !paddr.is_multiple_of(size) {
            return Err(BusFault);
        }
        self.attention = true;
        let (i, off) = self.find_device(paddr, size).ok_or(BusFault)?;
        self.device_mut(i).read(off, size)
    }

    #[cold]
    fn device_write(
        &mut self,
        paddr: u64,
        size: u64,
        value: u64,
        in_fault_handler: bool,
    ) -> Result<(), BusFault> {
        if size == 0 || !paddr.is_multiple_of(size) {
            return Err(BusFault);
        }
        self.attention = true;
        let (i, off) = self.find_device(paddr, size).ok_or(BusFault)?;
        self.devices[i].fault_write |= in_fault_handler;
        self.device_mut(i).write(off, size, value)
    }
}

impl Mapping {
    /// The device, if the bus owns it (not the CLINT or PLIC).
    fn owned(&self) -> Option<&dyn Device> {
        match &self.target {
            Target::Device(d) => Some(d.as_ref()),
            _ => None,
        }
    }

    fn owned_mut(&mut self) -> Option<&mut dyn Device> {
        match &mut self.target {
            Target::Device(d) => Some(d.as_mut()),
            _ => None,
        }
    }
}

/// HTIF reads its commands and writes its answers through the bus, like a store would.
impl PhysMemory for Bus {
    fn read(&mut self, paddr: u64, size: u64) -> Result<u64, BusFault> {
        Bus::read(self, paddr, size)
    }

    fn write(&mut self, paddr: u64, size: u64, value: u64) -> Result<(), BusFault> {
        Bus::write(self, paddr, size, value)
    }

    fn ram_slice(&self, paddr: u64, len: u64) -> Option<&[u8]> {
        Bus::ram_slice(self, paddr, len)
    }
}

#[inline(always)]
fn read_le(bytes: &[u8], size: u64) -> u64 {
    match size {
        1 => bytes[0] as u64,
        2 => u16::from_le_bytes([bytes[0], bytes[1]]) as u64,
        4 => u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as u64,
        _ => u64::from_le_bytes([
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
        ]),
    }
}

#[inline(always)]
fn write_le(bytes: &mut [u8], size: u64, value: u64) {
    let v = value.to_le_bytes();
    bytes[..size as usize].copy_from_slice(&v[..size as usize]);
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Scratch(u64);
    impl Device for Scratch {
        fn name(&self) -> &str {
            "scratch"
        }
        fn read(&mut self, _offset: u64, _size: u64) -> Result<u64, BusFault> {
            Ok(self.0)
        }
        fn write(&mut self, _offset: u64, _size: u64, value: u64) -> Result<(), BusFault> {
            self.0 = value;
            Ok(())
        }
    }

    /// Records the `fault_write` of each tick.
    struct Watcher(std::rc::Rc<std::cell::RefCell<Vec<bool>>>);
    impl Device for Watcher {
        fn name(&self) -> &str {
            "watcher"
        }
        fn read(&mut self, _offset: u64, _size: u64) -> Result<u64, BusFault> {
            Ok(0)
        }
        fn write(&mut self, _offset: u64, _size: u64, _value: u64) -> Result<(), BusFault> {
            Ok(())
        }
        fn tick(&mut self, ctx: &mut DeviceContext) {
            self.0.borrow_mut().push(ctx.fault_write);
        }
    }

    #[test]
    fn a_store_from_a_page_fault_handler_is_told_to_the_device_at_its_next_tick() {
        let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let mut bus = Bus::new(0x8000_0000, 0x1000);
        bus.add_device(0x1000, 0x100, Box::new(Watcher(seen.clone()))).unwrap();
        bus.add_device(0x2000, 0x100, Box::new(Scratch(0))).unwrap();
        bus.write_from(0x1050, 4, 0, true).unwrap();
        bus.service_devices();
        bus.service_devices();
        bus.write_from(0x1050, 4, 0, false).unwrap();
        bus.service_devices();
        // A handler's store to another device, or to RAM, is not this device's.
        bus.write_from(0x2000, 4, 0, true).unwrap();
        bus.write_from(0x8000_0000, 4, 0, true).unwrap();
        bus.service_devices();
        assert_eq!(*seen.borrow(), [true, false, false, false]);
    }

    #[test]
    fn ram_reads_and_writes_little_endian_and_misaligned() {
        let mut bus = Bus::new(0x8000_0000, 0x1000);
        bus.write(0x8000_0001, 8, 0x1122_3344_5566_7788).unwrap();
        assert_eq!(bus.read(0x8000_0001, 4).unwrap(), 0x5566_7788);
        assert_eq!(bus.read(0x8000_0000, 2).unwrap(), 0x8800);
        assert_eq!(bus.read(0x8000_0fff, 2), Err(BusFault), "straddles the end of RAM");
        assert_eq!(bus.read(0x7fff_ffff, 1), Err(BusFault));
    }

    #[test]
    fn devices_see_offsets_and_overlaps_are_rejected() {
        let mut bus = Bus::new(0x8000_0000, 0x1000);
        bus.add_device(0x1000, 0x100, Box::new(Scratch(7))).unwrap();
        assert_eq!(bus.read(0x1010, 4).unwrap(), 7);
        bus.write(0x1010, 4, 9).unwrap();
        assert_eq!(bus.read(0x1000, 8).unwrap(), 9);
        assert_eq!(bus.read(0x1011, 4), Err(BusFault), "misaligned device access");
        assert!(matches!(
            bus.add_device(0x10f0, 0x100, Box::new(Scratch(0))),
            Err(MapError::Overlap { .. })
        ));
        assert!(matches!(
            bus.add_device(0x7fff_f000, 0x2000, Box::new(Scratch(0))),
            Err(MapError::Overlap { .. })
        ));
        assert!(matches!(
            bus.add_device(0x10, 0, Box::new(Scratch(0))),
            Err(MapError::BadRange { .. })
        ));
    }

    #[test]
    fn clint_and_plic_are_mapped_and_checked_like_other_devices() {
        use crate::devices::clint::{CLINT_BASE, CLINT_SIZE};
        use crate::devices::plic::{PLIC_BASE, PLIC_SIZE};
        let mut bus = Bus::new(0x8000_0000, 0x1000);
        bus.set_harts(1);
        bus.clint.mtime = 0x1234;
        assert_eq!(bus.read(CLINT_BASE + 0xbff8, 8), Err(BusFault), "not mapped yet");
        bus.add_device(CLINT_BASE, CLINT_SIZE, Target::Clint).unwrap();
        bus.add_device(PLIC_BASE, PLIC_SIZE, Target::Plic).unwrap();
        assert_eq!(bus.read(CLINT_BASE + 0xbff8, 8), Ok(0x1234), "mtime");
        bus.write(CLINT_BASE + 0x4000, 8, 0x1000).unwrap();
        assert_eq!(bus.clint.lines(0), 1 << 7, "mtimecmp <= mtime: MTIP");
        bus.write(PLIC_BASE + 4, 4, 5).unwrap();
        assert_eq!(bus.read(PLIC_BASE + 4, 4), Ok(5), "priority of source 1");
        assert_eq!(bus.read(CLINT_BASE + CLINT_SIZE, 4), Err(BusFault), "past the CLINT");
        let err = bus.add_device(CLINT_BASE + 0x100, 0x100, Box::new(Scratch(0)));
        assert!(matches!(err, Err(MapError::Overlap { other, .. }) if other == "clint"));
        let err = bus.add_device(PLIC_BASE + PLIC_SIZE - 8, 0x100, Target::Plic);
        assert!(matches!(err, Err(MapError::Overlap { name, .. }) if name == "plic"));
    }

    #[test]
    fn stores_break_reservations_and_mark_htif() {
        let mut bus = Bus::new(0x8000_0000, 0x1000);
        bus.set_harts(2);
        bus.reserve(0, 0x8000_0100);
        bus.write(0x8000_0104, 4, 1).unwrap();
        assert!(!bus.take_reservation(0, 0x8000_0100));
        bus.reserve(1, 0x8000_0100);
        bus.write(0x8000_0108, 8, 1).unwrap();
        assert!(bus.take_reservation(1, 0x8000_0100));
        assert!(!bus.take_reservation(1, 0x8000_0100), "a second SC fails");

        bus.watch_htif(0x8000_0800);
        bus.write(0x8000_07f8, 8, 1).unwrap();
        assert!(!bus.attention);
        bus.write(0x8000_0808, 4, 1).unwrap();
        assert!(bus.attention);
    }
}
