//! Virtio devices on the virtio-mmio transport (virtio 1.2, OASIS).
//!
//! - [`mmio`]: the register file of one virtio-mmio slot ([`VirtioMmio`]), modern
//!   (Version 2) or legacy (Version 1), feature negotiation, reset, interrupts, and the
//!   FIFO of requests waiting for their modeled completion time;
//! - [`queue`]: split virtqueues: locating the rings, popping available heads, walking
//!   descriptor chains with every guest value checked, pushing used elements;
//! - [`blk`]: the block device backend ([`Blk`]) over a raw disk image.
//!
//! A backend implements [`VirtioDevice`]; the transport owns everything the spec puts in
//! the transport or the virtqueue, so a backend only sees well-formed descriptor chains
//! (whose buffers it must still bounds-check through [`RamView`]).

pub mod blk;
pub mod mmio;
pub mod queue;

#[cfg(test)]
mod blk_tests;
#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod test_guest;
#[cfg(test)]
mod transport_tests;

pub use blk::{Blk, BlkError, Latency};
pub use mmio::VirtioMmio;
pub use queue::{Chain, Descriptor};

use crate::devices::RamView;
use std::path::Path;

/// VIRTIO_F_VERSION_1 (feature bit 32): the device follows virtio 1.x (offered in modern
/// mode only). Virtio 1.2 section 6, "Reserved Feature Bits".
pub const VIRTIO_F_VERSION_1: u64 = 1 << 32;

/// What a backend reports for one descriptor chain it has handled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Completion {
    /// Bytes written into the chain's device-writable buffers (the used element's `len`).
    pub used_len: u32,
    /// Modeled service time, in mtime ticks, before the chain is returned to the driver.
    pub latency: u64,
}

/// A virtio device type behind the transport (virtio 1.2 section 5, "Device Types").
pub trait VirtioDevice {
    /// Short name for logs and the memory map.
    fn name(&self) -> &str;
    /// The virtio device ID (2 = block; 0 = no device).
    fn device_id(&self) -> u32;
    /// Device-specific feature bits offered to the driver. The transport adds the
    /// transport-level bits it implements (VIRTIO_F_VERSION_1 in modern mode).
    fn features(&self) -> u64;
    /// The device configuration space, read through the transport at offset 0x100.
    fn config(&self) -> &[u8];
    /// Number of virtqueues.
    fn num_queues(&self) -> usize;
    /// Largest queue size the device accepts (a power of two).
    fn queue_max_size(&self) -> u16;
    /// Handles one available descriptor chain of `queue`. Data moves to or from guest RAM
    /// now; the transport returns the chain to the driver `latency` ticks later.
    fn process(&mut self, queue: usize, chain: &Chain, ram: &mut RamView) -> Completion;
    /// Device reset (status written as 0).
    fn reset(&mut self) {}
    /// Writes buffered state to the host.
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
    /// Request and sector counters, for a block device.
    fn disk_stats(&self) -> Option<crate::devices::DiskStats> {
        None
    }
}

/// A virtio-blk device over the raw image at `path`, on a virtio-mmio transport
/// (`legacy` selects the Version 1 register layout). See [`Blk::open`] for `snapshot`.
pub fn blk_device(
    path: &Path,
    snapshot: bool,
    legacy: bool,
    latency: Latency,
) -> Result<VirtioMmio, BlkError> {
    let blk = Blk::open(path, snapshot, false)?.with_latency(latency);
    Ok(VirtioMmio::new(Box::new(blk), legacy))
}

/// A zero-filled virtio-blk device of `size` bytes in host memory ([`Blk::in_memory`]),
/// on a virtio-mmio transport.
pub fn mem_blk_device(size: u64, legacy: bool, latency: Latency) -> Result<VirtioMmio, BlkError> {
    let blk = Blk::in_memory(size)?.with_latency(latency);
    Ok(VirtioMmio::new(Box::new(blk), legacy))
}
