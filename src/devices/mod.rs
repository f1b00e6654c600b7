//! Devices of the platform. Each sees offsets into its own address range (see
//! [`crate::bus::Device`]), except HTIF, which lives in RAM at the ELF's `tohost` symbol.

pub mod htif;
