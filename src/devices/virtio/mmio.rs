//! The virtio-mmio transport (virtio 1.2 section 4.2): the register file of one slot,
//! feature negotiation, device status and reset, queue configuration (modern addresses or
//! legacy page frame numbers), the interrupt status, and the FIFO of processed requests
//! waiting for their modeled completion time.
//!
//! Requests are taken from the available rings in [`Device::tick`] (after a QueueNotify,
//! and on every tick while the driver is ready), handed to the backend, and completed
//! (used ring written, InterruptStatus bit 0 set) in the first tick whose `mtime` has
//! reached their due time. A ring the device cannot trust sets DEVICE_NEEDS_RESET and a
//! configuration-change interrupt; the device then does nothing until the driver resets it.

use super::queue::{legacy_layout, Queue, QueueConfigError};
use super::{Completion, VirtioDevice, VIRTIO_F_VERSION_1};
use crate::devices::{BusFault, Device, DeviceContext, DiskStats, RamView};
use std::collections::VecDeque;

/// "virt", little-endian.
pub const MAGIC_VALUE: u32 = 0x7472_6976;
/// The vendor ID QEMU reports ("QEMU", little-endian). Guests such as xv6 refuse a disk
/// whose vendor ID differs, so this is the default; see [`VirtioMmio::with_vendor_id`].
pub const DEFAULT_VENDOR_ID: u32 = 0x554d_4551;
/// Size of one virtio-mmio slot's address range.
pub const MMIO_SIZE: u64 = 0x1000;

// Register offsets, section 4.2.2 (modern) and 4.2.4 (legacy).
const REG_MAGIC: u64 = 0x000;
const REG_VERSION: u64 = 0x004;
const REG_DEVICE_ID: u64 = 0x008;
const REG_VENDOR_ID: u64 = 0x00c;
const REG_DEVICE_FEATURES: u64 = 0x010;
const REG_DEVICE_FEATURES_SEL: u64 = 0x014;
const REG_DRIVER_FEATURES: u64 = 0x020;
const REG_DRIVER_FEATURES_SEL: u64 = 0x024;
const REG_GUEST_PAGE_SIZE: u64 = 0x028; // legacy
const REG_QUEUE_SEL: u64 = 0x030;
const REG_QUEUE_NUM_MAX: u64 = 0x034;
const REG_QUEUE_NUM: u64 = 0x038;
const REG_QUEUE_ALIGN: u64 = 0x03c; // legacy
const REG_QUEUE_PFN: u64 = 0x040; // legacy
const REG_QUEUE_READY: u64 = 0x044; // modern
const REG_QUEUE_NOTIFY: u64 = 0x050;
const REG_INTERRUPT_STATUS: u64 = 0x060;
const REG_INTERRUPT_ACK: u64 = 0x064;
const REG_STATUS: u64 = 0x070;
const REG_QUEUE_DESC_LOW: u64 = 0x080;
const REG_QUEUE_DESC_HIGH: u64 = 0x084;
const REG_QUEUE_DRIVER_LOW: u64 = 0x090;
const REG_QUEUE_DRIVER_HIGH: u64 = 0x094;
const REG_QUEUE_DEVICE_LOW: u64 = 0x0a0;
const REG_QUEUE_DEVICE_HIGH: u64 = 0x0a4;
const REG_SHM_LEN_LOW: u64 = 0x0b0; // modern, through REG_SHM_BASE_HIGH
const REG_SHM_BASE_HIGH: u64 = 0x0bc;
const REG_CONFIG_GENERATION: u64 = 0x0fc; // modern
const CONFIG_OFFSET: u64 = 0x100;

// Device status bits, section 2.1.
pub const STATUS_ACKNOWLEDGE: u32 = 1;
pub const STATUS_DRIVER: u32 = 2;
pub const STATUS_DRIVER_OK: u32 = 4;
pub const STATUS_FEATURES_OK: u32 = 8;
pub const STATUS_NEEDS_RESET: u32 = 64;
pub const STATUS_FAILED: u32 = 128;

/// InterruptStatus: used buffer notification.
pub const INT_USED_BUFFER: u32 = 1;
/// InterruptStatus: configuration change notification.
pub const INT_CONFIG_CHANGE: u32 = 2;

/// Legacy GuestPageSize and QueueAlign before the driver writes them (the page size
/// every known legacy driver uses; xv6's legacy driver never writes QueueAlign).
const LEGACY_DEFAULT_PAGE: u32 = 4096;

/// The placeholder behind an unused slot: DeviceID 0, no queues (section 4.2.2: drivers
/// ignore it without error).
struct NoDevice;

impl VirtioDevice for NoDevice {
    fn name(&self) -> &str {
        "virtio-mmio"
    }
    fn device_id(&self) -> u32 {
        0
    }
    fn features(&self) -> u64 {
        0
    }
    fn config(&self) -> &[u8] {
        &[]
    }
    fn num_queues(&self) -> usize {
        0
    }
    fn queue_max_size(&self) -> u16 {
        0
    }
    fn process(&mut self, _queue: usize, _chain: &super::Chain, _ram: &mut RamView) -> Completion {
        Completion { used_len: 0, latency: 0 }
    }
}

/// Per-queue transport state.
struct QueueSlot {
    queue: Queue,
    /// QueueNum as written (checked when the queue is enabled).
    num: u32,
    desc: u64,
    driver: u64,
    device: u64,
    /// Legacy QueuePFN and QueueAlign.
    pfn: u32,
    align: u32,
    /// Bumped whenever the queue is enabled or disabled, so completions of requests taken
    /// from an earlier incarnation are dropped.
    generation: u32,
    /// Chains taken from this queue and not yet returned.
    in_flight: u32,
}

impl QueueSlot {
    fn new(max: u16) -> QueueSlot {
        QueueSlot {
            queue: Queue::new(max),
            num: max as u32,
            desc: 0,
            driver: 0,
            device: 0,
            pfn: 0,
            align: LEGACY_DEFAULT_PAGE,
            generation: 0,
            in_flight: 0,
        }
    }

    fn disable(&mut self) {
        self.queue.disable();
        self.generation = self.generation.wrapping_add(1);
        self.in_flight = 0;
    }
}

/// A chain taken from a queue, waiting for its completion time.
struct Pending {
    queue: usize,
    generation: u32,
    head: u16,
    used_len: u32,
    due: u64,
}

/// One virtio-mmio slot: the transport registers in front of a [`VirtioDevice`].
pub struct VirtioMmio {
    backend: Box<dyn VirtioDevice>,
    legacy: bool,
    irq: Option<u32>,
    vendor_id: u32,
    status: u32,
    device_features_sel: u32,
    driver_features: u64,
    driver_features_sel: u32,
    queue_sel: u32,
    queues: Vec<QueueSlot>,
    interrupt_status: u32,
    guest_page_size: u32,
    /// Processed chains in the order they were taken; due times never decrease.
    pending: VecDeque<Pending>,
    /// QueueNotify was written since the last tick.
    notified: bool,
    /// The latest modeled completion time of any request taken (for `busy_ticks`).
    busy_until: u64,
    /// Busy time and fault-driven I/O, counted by the transport (the backend counts the
    /// rest).
    io: DiskStats,
}

impl VirtioMmio {
    /// A slot presenting `backend`, with the legacy (Version 1) or modern (Version 2)
    /// register layout.
    pub fn new(backend: Box<dyn VirtioDevice>, legacy: bool) -> VirtioMmio {
        let queues =
            (0..backend.num_queues()).map(|_| QueueSlot::new(backend.queue_max_size())).collect();
        VirtioMmio {
            backend,
            legacy,
            irq: None,
            vendor_id: DEFAULT_VENDOR_ID,
            status: 0,
            device_features_sel: 0,
            driver_features: 0,
            driver_features_sel: 0,
            queue_sel: 0,
            queues,
            interrupt_status: 0,
            guest_page_size: LEGACY_DEFAULT_PAGE,
            pending: VecDeque::new(),
            notified: false,
            busy_until: 0,
            io: DiskStats::default(),
        }
    }

    /// An unused slot (DeviceID 0), as QEMU's virt machine places in every slot without a
    /// device.
    pub fn empty(legacy: bool) -> VirtioMmio {
        VirtioMmio::new(Box::new(NoDevice), legacy)
    }

    /// Drives PLIC source `source`.
    pub fn with_irq(mut self, source: u32) -> VirtioMmio {
        self.irq = Some(source);
        self
    }

    /// Reports `vendor_id` instead of [`DEFAULT_VENDOR_ID`].
    pub fn with_vendor_id(mut self, vendor_id: u32) -> VirtioMmio {
        self.vendor_id = vendor_id;
        self
    }

    /// The device status register.
    pub fn status(&self) -> u32 {
        self.status
    }

    /// The InterruptStatus register.
    pub fn interrupt_status(&self) -> u32 {
        self.interrupt_status
    }

    /// Features offered: the backend's, plus VIRTIO_F_VERSION_1 in modern mode. A legacy
    /// device has only 32 feature bits.
    fn offered_features(&self) -> u64 {
        if self.legacy {
            self.backend.features() & 0xffff_ffff & !VIRTIO_F_VERSION_1
        } else {
            self.backend.features() | VIRTIO_F_VERSION_1
        }
    }

    /// The features both sides agreed on.
    pub fn negotiated_features(&self) -> u64 {
        self.driver_features & self.offered_features()
    }

    fn selected(&mut self) -> Option<&mut QueueSlot> {
        self.queues.get_mut(self.queue_sel as usize)
    }

    /// The device may consume buffers only after DRIVER_OK (section 2.1.2), and a modern
    /// device only after FEATURES_OK; it stops when it needs a reset or the driver failed.
    fn operational(&self) -> bool {
        let need =
            if self.legacy { STATUS_DRIVER_OK } else { STATUS_DRIVER_OK | STATUS_FEATURES_OK };
        self.status & need == need && self.status & (STATUS_NEEDS_RESET | STATUS_FAILED) == 0
    }

    /// Enters the error state: DEVICE_NEEDS_RESET, and (section 2.1.2) a configuration
    /// change notification if DRIVER_OK is set.
    fn needs_reset(&mut self, why: &dyn std::fmt::Display) {
        if self.status & STATUS_NEEDS_RESET == 0 {
            log::warn!("{}: {why}; device needs reset", self.backend.name());
        }
        self.status |= STATUS_NEEDS_RESET;
        if self.status & STATUS_DRIVER_OK != 0 {
            self.interrupt_status |= INT_CONFIG_CHANGE;
        }
    }

    /// Device reset (Status written as 0): everything the driver configured is forgotten,
    /// requests not yet completed are dropped (their data already moved).
    fn reset(&mut self) {
        self.status = 0;
        self.device_features_sel = 0;
        self.driver_features = 0;
        self.driver_features_sel = 0;
        self.queue_sel = 0;
        self.interrupt_status = 0;
        self.pending.clear();
        let max = self.backend.queue_max_size();
        for slot in &mut self.queues {
            let generation = slot.generation.wrapping_add(1);
            *slot = QueueSlot::new(max);
            slot.generation = generation;
        }
        self.backend.reset();
    }

    fn write_status(&mut self, value: u32) {
        let value = value & 0xff;
        if value == 0 {
            self.reset();
            return;
        }
        // DEVICE_NEEDS_RESET belongs to the device: the driver can't set or clear it.
        let mut new = (value & !STATUS_NEEDS_RESET) | (self.status & STATUS_NEEDS_RESET);
        if !self.legacy && new & STATUS_FEATURES_OK != 0 && self.status & STATUS_FEATURES_OK == 0 {
            // "Device Initialization": the device refuses FEATURES_OK (leaves it clear) if the driver
            // accepted a feature that was not offered. VIRTIO_F_VERSION_1 is offered but not
            // required ("a device MAY fail to operate further if VIRTIO_F_VERSION_1 is not
            // accepted", "Reserved Feature Bits"): xv6 only ever writes the low feature word.
            let extra = self.driver_features & !self.offered_features();
            if extra != 0 {
                log::debug!(
                    "{}: driver accepted features {extra:#x} that were not offered; FEATURES_OK refused",
                    self.backend.name()
                );
                new &= !STATUS_FEATURES_OK;
            }
        }
        self.status = new;
    }

    fn write_driver_features(&mut self, value: u32) {
        // "Device Initialization": features are fixed once FEATURES_OK is set.
        if self.status & STATUS_FEATURES_OK != 0 && !self.legacy {
            return;
        }
        let shift = match self.driver_features_sel {
            0 => 0,
            1 => 32,
            _ => return,
        };
        let mask = 0xffff_ffffu64 << shift;
        self.driver_features = (self.driver_features & !mask) | ((value as u64) << shift);
    }

    /// QueueReady = 1 (modern): checks and enables the selected queue.
    fn enable_modern(&mut self) {
        let Some(slot) = self.selected() else { return };
        if slot.queue.ready() {
            return;
        }
        let result = slot.queue.enable(slot.num, slot.desc, slot.driver, slot.device);
        slot.generation = slot.generation.wrapping_add(1);
        slot.in_flight = 0;
        if let Err(e) = result {
            self.bad_queue_config(e);
        }
    }

    /// QueuePFN = pfn (legacy): 0 stops the queue, anything else computes the layout and
    /// enables it.
    fn write_pfn(&mut self, pfn: u32) {
        let page_size = self.guest_page_size;
        let Some(slot) = self.selected() else { return };
        slot.disable();
        slot.pfn = pfn;
        if pfn == 0 {
            return;
        }
        let result = super::queue::check_size(slot.num, slot.queue.max_size())
            .and_then(|size| legacy_layout(pfn, page_size, slot.align, size))
            .and_then(|(desc, avail, used)| slot.queue.enable(slot.num, desc, avail, used));
        if let Err(e) = result {
            slot.pfn = 0;
            self.bad_queue_config(e);
        }
    }

    fn bad_queue_config(&mut self, e: QueueConfigError) {
        let why = format!("queue {}: {e}", self.queue_sel);
        self.needs_reset(&why);
    }

    fn read_register(&mut self, offset: u64) -> u32 {
        let legacy = self.legacy;
        match offset {
            REG_MAGIC => MAGIC_VALUE,
            REG_VERSION => {
                if legacy {
                    1
                } else {
                    2
                }
            }
            REG_DEVICE_ID => self.backend.device_id(),
            REG_VENDOR_ID => self.vendor_id,
            REG_DEVICE_FEATURES => match self.device_features_sel {
                0 => self.offered_features() as u32,
                1 => (self.offered_features() >> 32) as u32,
                _ => 0,
            },
            REG_QUEUE_NUM_MAX => self.selected().map_or(0, |s| s.queue.max_size() as u32),
            REG_QUEUE_READY if !legacy => self.selected().map_or(0, |s| s.queue.ready() as u32),
            REG_QUEUE_PFN if legacy => self.selected().map_or(0, |s| s.pfn),
            REG_INTERRUPT_STATUS => self.interrupt_status,
            REG_STATUS => self.status,
            // No shared memory regions: length and base read as all ones.
            REG_SHM_LEN_LOW..=REG_SHM_BASE_HIGH if !legacy => u32::MAX,
            // The configuration space never changes, so its generation stays 0.
            REG_CONFIG_GENERATION if !legacy => 0,
            // Write-only and reserved registers read as zero.
            _ => 0,
        }
    }

    fn write_register(&mut self, offset: u64, value: u32) {
        let legacy = self.legacy;
        let set_low = |r: &mut u64| *r = (*r & !0xffff_ffff) | value as u64;
        let set_high = |r: &mut u64| *r = (*r & 0xffff_ffff) | (value as u64) << 32;
        match offset {
            REG_DEVICE_FEATURES_SEL => self.device_features_sel = value,
            REG_DRIVER_FEATURES => self.write_driver_features(value),
            REG_DRIVER_FEATURES_SEL => self.driver_features_sel = value,
            REG_GUEST_PAGE_SIZE if legacy => self.guest_page_size = value,
            REG_QUEUE_SEL => self.queue_sel = value,
            REG_QUEUE_NUM => {
                // The driver must not resize a live queue; such writes are ignored.
                if let Some(slot) = self.selected().filter(|s| !s.queue.ready()) {
                    slot.num = value;
                }
            }
            REG_QUEUE_ALIGN if legacy => {
                if let Some(slot) = self.selected().filter(|s| !s.queue.ready()) {
                    slot.align = value;
                }
            }
            REG_QUEUE_PFN if legacy => self.write_pfn(value),
            REG_QUEUE_READY if !legacy => {
                if value & 1 != 0 {
                    self.enable_modern();
                } else if let Some(slot) = self.selected() {
                    slot.disable();
                }
            }
            // Requests are taken in tick, which the bus runs right after this access.
            REG_QUEUE_NOTIFY => self.notified = true,
            REG_INTERRUPT_ACK => self.interrupt_status &= !value,
            REG_STATUS => self.write_status(value),
            REG_QUEUE_DESC_LOW
            | REG_QUEUE_DESC_HIGH
            | REG_QUEUE_DRIVER_LOW
            | REG_QUEUE_DRIVER_HIGH
            | REG_QUEUE_DEVICE_LOW
            | REG_QUEUE_DEVICE_HIGH
                if !legacy =>
            {
                let Some(slot) = self.selected().filter(|s| !s.queue.ready()) else {
                    return;
                };
                match offset {
                    REG_QUEUE_DESC_LOW => set_low(&mut slot.desc),
                    REG_QUEUE_DESC_HIGH => set_high(&mut slot.desc),
                    REG_QUEUE_DRIVER_LOW => set_low(&mut slot.driver),
                    REG_QUEUE_DRIVER_HIGH => set_high(&mut slot.driver),
                    REG_QUEUE_DEVICE_LOW => set_low(&mut slot.device),
                    _ => set_high(&mut slot.device),
                }
            }
            // Read-only and reserved registers ignore writes.
            _ => {}
        }
    }

    /// Takes every available chain from the ready queues (up to the queue size in flight
    /// per queue) and hands it to the backend.
    /// `fault` marks them as fault-driven I/O (see [`DiskStats`]).
    fn take_requests(&mut self, mtime: u64, ram: &mut RamView, fault: bool) {
        for qi in 0..self.queues.len() {
            while let Some(slot) = self.queues.get_mut(qi) {
                if !slot.queue.ready() || slot.in_flight >= slot.queue.size() as u32 {
                    break;
                }
                let head = match slot.queue.pop(ram) {
                    Ok(Some(head)) => head,
                    Ok(None) => break,
                    Err(e) => {
                        let why = format!("queue {qi}: {e}");
                        self.needs_reset(&why);
                        return;
                    }
                };
                let chain = slot.queue.read_chain(ram, head);
                let generation = slot.generation;
                slot.in_flight += 1;
                let before = if fault { self.backend.disk_stats() } else { None };
                let done = match chain {
                    Ok(chain) => self.backend.process(qi, &chain, ram),
                    Err(e) => {
                        // Return the chain untouched so the driver gets its descriptors back.
                        log::debug!("{}: queue {qi}: {e}", self.backend.name());
                        Completion { used_len: 0, latency: 0 }
                    }
                };
                // Completions stay in FIFO order: never due before the one ahead.
                let due = mtime
                    .saturating_add(done.latency)
                    .max(self.pending.back().map_or(0, |p| p.due));
                // Busy time is the union of [taken, due) over requests: taken times and
                // due times both never decrease, so each request adds what lies past the
                // latest due time so far.
                self.io.busy_ticks += due.saturating_sub(mtime.max(self.busy_until));
                self.busy_until = self.busy_until.max(due);
                if fault {
                    let after = self.backend.disk_stats().unwrap_or_default();
                    let before = before.unwrap_or_default();
                    let d = |a: u64, b: u64| a.saturating_sub(b);
                    self.io.fault_requests += d(after.requests, before.requests);
                    self.io.fault_sectors_read += d(after.sectors_read, before.sectors_read);
                    self.io.fault_sectors_written +=
                        d(after.sectors_written, before.sectors_written);
                }
                self.pending.push_back(Pending {
                    queue: qi,
                    generation,
                    head,
                    used_len: done.used_len,
                    due,
                });
            }
        }
    }

    /// Returns every chain whose due time has come to its used ring.
    fn complete_due(&mut self, mtime: u64, ram: &mut RamView) {
        while let Some(p) = self.pending.front() {
            if p.due > mtime {
                break;
            }
            let Some(p) = self.pending.pop_front() else {
                break;
            };
            let Some(slot) = self.queues.get_mut(p.queue) else {
                continue;
            };
            if slot.generation != p.generation || !slot.queue.ready() {
                continue; // the queue was stopped or reset since
            }
            slot.in_flight = slot.in_flight.saturating_sub(1);
            if let Err(e) = slot.queue.push_used(ram, p.head, p.used_len) {
                let why = format!("queue {}: {e}", p.queue);
                self.needs_reset(&why);
                return;
            }
            if !slot.queue.interrupt_suppressed(ram) {
                self.interrupt_status |= INT_USED_BUFFER;
            }
        }
    }
}

impl Device for VirtioMmio {
    fn name(&self) -> &str {
        self.backend.name()
    }

    /// Control registers take 32-bit aligned accesses only (section 4.2.2.2); the
    /// configuration space takes 1, 2, 4 and 8-byte accesses.
    fn read(&mut self, offset: u64, size: u64) -> Result<u64, BusFault> {
        if offset >= CONFIG_OFFSET {
            let config = self.backend.config();
            let start = offset - CONFIG_OFFSET;
            let mut value = 0u64;
            for i in (0..size.min(8)).rev() {
                let byte = usize::try_from(start + i)
                    .ok()
                    .and_then(|j| config.get(j))
                    .copied()
                    .unwrap_or(0);
                value = (value << 8) | byte as u64;
            }
            return Ok(value);
        }
        if size != 4 || !offset.is_multiple_of(4) {
            return Err(BusFault);
        }
        Ok(self.read_register(offset) as u64)
    }

    fn write(&mut self, offset: u64, size: u64, value: u64) -> Result<(), BusFault> {
        if offset >= CONFIG_OFFSET {
            return Ok(()); // no writable configuration fields are offered
        }
        if size != 4 || !offset.is_multiple_of(4) {
            return Err(BusFault);
        }
        self.write_register(offset, value as u32);
        Ok(())
    }

    fn tick(&mut self, ctx: &mut DeviceContext) {
        let fault = ctx.fault_write && std::mem::take(&mut self.notified);
        if !self.operational() {
            return;
        }
        self.take_requests(ctx.mtime, &mut ctx.ram, fault);
        if self.operational() {
            self.complete_due(ctx.mtime, &mut ctx.ram);
        }
    }

    fn irq_source(&self) -> Option<u32> {
        self.irq
    }

    fn irq_level(&self) -> bool {
        self.interrupt_status != 0
    }

    /// Not operational (no driver, or reset): a tick returns at once.
    fn quiescent(&self) -> bool {
        !self.operational() && self.interrupt_status == 0
    }

    fn next_event(&self) -> Option<u64> {
        if self.operational() {
            self.pending.front().map(|p| p.due)
        } else {
            None
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.backend.flush()
    }

    fn disk_stats(&self) -> Option<DiskStats> {
        let mut d = self.backend.disk_stats()?;
        d.add(&self.io);
        Some(d)
    }
}
