//! What every memory-mapped device implements, and what it may touch: the [`Device`]
//! trait, the [`BusFault`] it answers with, the [`DeviceContext`] it gets on each tick and
//! the [`RamView`] through which it does DMA.
//!
//! These types belong to the device layer, below the bus: devices depend on nothing
//! above them, and [`crate::bus`] depends on them (and re-exports them).

/// A device mapped into the physical address space.
///
/// MMIO accesses arrive through `read`/`write` with offsets into the device's range. After
/// any access to a device, and between batches of instructions, the machine calls `tick`
/// with a [`DeviceContext`] (time, guest RAM for DMA) and then samples `irq_level` to drive
/// the device's PLIC source.
pub trait Device {
    /// Short name for error messages and the memory-map listing.
    fn name(&self) -> &str;
    /// Reads `size` bytes (1, 2, 4 or 8) at `offset` from the start of the device's range.
    fn read(&mut self, offset: u64, size: u64) -> Result<u64, BusFault>;
    /// Writes the low `size` bytes of `value` at `offset`.
    fn write(&mut self, offset: u64, size: u64, value: u64) -> Result<(), BusFault>;
    /// Does pending work (DMA, completions due by `ctx.mtime`, input polling).
    fn tick(&mut self, _ctx: &mut DeviceContext) {}
    /// The PLIC source number this device drives, if any.
    fn irq_source(&self) -> Option<u32> {
        None
    }
    /// The current level of the device's interrupt line.
    fn irq_level(&self) -> bool {
        false
    }
    /// The line as the PLIC samples it (once per tick). By default the level itself; a
    /// device may present events instead (see the UART).
    fn irq_line(&mut self) -> bool {
        self.irq_level()
    }
    /// True when a tick would do nothing and the interrupt line is low, and both stay so
    /// until the device is accessed: the bus then skips it between batches (an idle
    /// virtio slot, say). By default a device is always ticked.
    fn quiescent(&self) -> bool {
        false
    }
    /// The earliest mtime at which the device will change state by itself (a modeled
    /// completion, a timer), so that a machine whose harts all wait can skip ahead.
    fn next_event(&self) -> Option<u64> {
        None
    }
    /// Writes buffered state to the host (disk images) at exit.
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
    /// Counters of a block device, for the report.
    fn disk_stats(&self) -> Option<DiskStats> {
        None
    }
}

/// An access nothing answers, or one a device refuses. Becomes an access-fault exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BusFault;

/// What a block device did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DiskStats {
    pub requests: u64,
    pub sectors_read: u64,
    pub sectors_written: u64,
    /// Modeled time (mtime ticks) during which at least one request was being served: the
    /// union of the intervals from taking each request to its modeled completion.
    pub busy_ticks: u64,
    /// Fault-driven I/O: requests taken in the tick that follows a queue notify written by
    /// a hart whose page-fault handler was open (see [`DeviceContext::fault_write`]), and
    /// the sectors they moved.
    pub fault_requests: u64,
    pub fault_sectors_read: u64,
    pub fault_sectors_written: u64,
}

impl DiskStats {
    /// Adds `b`'s counters to these.
    pub fn add(&mut self, b: &DiskStats) {
        self.requests += b.requests;
        self.sectors_read += b.sectors_read;
        self.sectors_written += b.sectors_written;
        self.busy_ticks += b.busy_ticks;
        self.fault_requests += b.fault_requests;
        self.fault_sectors_read += b.fault_sectors_read;
        self.fault_sectors_written += b.fault_sectors_written;
    }
}

/// What a device may use in `tick`: the time, guest RAM (for DMA) and a way to ask the
/// machine to stop (the test finisher).
pub struct DeviceContext<'a> {
    /// The platform timer, in timebase ticks.
    pub mtime: u64,
    pub ram: RamView<'a>,
    /// Set by a device to end the run with this exit code.
    pub exit: &'a mut Option<u64>,
    /// A store to this device since its last tick came from a hart whose page-fault
    /// handler was open (from a page-fault trap to the xRET that ends its handler). A
    /// device access ends the hart's batch and the device is ticked right after it, so
    /// this describes the one access that led to this tick.
    pub fault_write: bool,
}

/// Told of every write made through a [`RamView`]. The bus passes its record of pages
/// holding decoded code ([`crate::bus::CodePages`]), so DMA into code invalidates it.
pub trait RamWriteWatch {
    /// `len` bytes were written at offset `offset` from the start of the view.
    fn written(&mut self, offset: u64, len: u64);
}

/// Guest RAM as seen by a DMA engine: physical addresses, bounds-checked; `None` for any
/// range not wholly in RAM. Writes through it are reported to its [`RamWriteWatch`], if
/// it has one.
pub struct RamView<'a> {
    base: u64,
    bytes: &'a mut [u8],
    watch: Option<&'a mut dyn RamWriteWatch>,
}

impl<'a> RamView<'a> {
    /// A view of `bytes` at `base`, with no decoded code to keep track of.
    pub fn new(base: u64, bytes: &'a mut [u8]) -> RamView<'a> {
        RamView { base, bytes, watch: None }
    }

    /// A view of `bytes` at `base` whose writes are reported to `watch`.
    pub fn watched(
        base: u64,
        bytes: &'a mut [u8],
        watch: &'a mut dyn RamWriteWatch,
    ) -> RamView<'a> {
        RamView { base, bytes, watch: Some(watch) }
    }

    fn range(&self, paddr: u64, len: u64) -> Option<std::ops::Range<usize>> {
        let off = paddr.checked_sub(self.base)?;
        let end = off.checked_add(len)?;
        (end <= self.bytes.len() as u64).then_some(off as usize..end as usize)
    }

    /// The bytes at `[paddr, paddr+len)`.
    pub fn slice(&self, paddr: u64, len: u64) -> Option<&[u8]> {
        let r = self.range(paddr, len)?;
        self.bytes.get(r)
    }

    /// The bytes at `[paddr, paddr+len)`, writable.
    pub fn slice_mut(&mut self, paddr: u64, len: u64) -> Option<&mut [u8]> {
        let r = self.range(paddr, len)?;
        if let Some(watch) = self.watch.as_deref_mut() {
            watch.written(r.start as u64, len);
        }
        self.bytes.get_mut(r)
    }

    /// Little-endian read of 1, 2, 4 or 8 bytes.
    pub fn read(&self, paddr: u64, size: u64) -> Option<u64> {
        if size > 8 {
            return None;
        }
        let b = self.slice(paddr, size)?;
        let mut v = [0u8; 8];
        v.get_mut(..b.len())?.copy_from_slice(b);
        Some(u64::from_le_bytes(v))
    }

    /// Little-endian write of the low 1, 2, 4 or 8 bytes of `value`.
    pub fn write(&mut self, paddr: u64, size: u64, value: u64) -> Option<()> {
        if size > 8 {
            return None;
        }
        let b = self.slice_mut(paddr, size)?;
        b.copy_from_slice(value.to_le_bytes().get(..b.len())?);
        Some(())
    }
}

/// `n` zeroed bytes that cost nothing until touched: an anonymous private mapping, which the
/// OS backs with zero pages on first access (as QEMU reserves guest RAM), or `None` when
/// the host refuses the mapping.
pub fn zeroed_bytes(n: usize) -> Option<memmap2::MmapMut> {
    memmap2::MmapMut::map_anon(n).ok()
}
