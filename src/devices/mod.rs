//! Devices of the platform (QEMU `virt` layout). Every memory-mapped device implements
//! [`Device`] and sees offsets into its own address range; the bus maps each range through
//! one overlap-checked map ([`crate::bus::Bus::add_device`]). The CLINT and PLIC are
//! mapped the same way, and also held typed by the bus because they own time and
//! interrupt routing. HTIF lives in RAM at the ELF's `tohost` symbol and reaches memory
//! through [`htif::PhysMemory`].
//!
//! This layer depends on nothing above it: the types a device shares with the bus
//! ([`Device`], [`BusFault`], [`DeviceContext`], [`RamView`]) are defined here, in
//! [`device`], and the bus uses them.

// Guest-controlled values index registers and buffers here: every index is checked.
#![warn(clippy::indexing_slicing)]

pub mod clint;
pub mod console;
pub mod device;
pub mod htif;
pub mod plic;
pub mod test_finisher;
pub mod uart;
pub mod virtio;

pub use device::{
    zeroed_bytes, BusFault, Device, DeviceContext, DiskStats, RamView, RamWriteWatch,
};
