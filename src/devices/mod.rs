//! Devices of the platform (QEMU `virt` layout). Each sees offsets into its own address
//! range (see [`crate::bus::Device`]); the CLINT and PLIC are held typed by the bus because
//! they own time and interrupt routing. HTIF lives in RAM at the ELF's `tohost` symbol.

pub mod clint;
pub mod console;
pub mod htif;
pub mod plic;
pub mod test_finisher;
pub mod uart;
pub mod virtio;
