//! satp: a cycle-approximate RISC-V RV64 emulator that shows what virtual memory costs.
//!
//! The data flow is one way: bytes are decoded once into an [`isa::Inst`]
//! ([`isa::decode()`]), executed by a [`hart::Hart`] (one file per extension family), their
//! memory accesses go through the MMU ([`mmu`]: Sv39/Sv48 walker, TLBs, PMP) to the
//! [`bus::Bus`] (RAM and devices), and each instruction either retires or becomes a trap
//! ([`hart::trap`]). Counters end up in a [`stats::Report`].
//!
//! Running a guest program:
//!
//! ```
//! use satp::machine::{Exit, Machine, MachineConfig};
//!
//! // A tiny RV64 program, assembled by hand: li a0, 42; then a tohost write would end it,
//! // but without tohost the instruction limit does.
//! let cfg = MachineConfig { mem_size: 1 << 20, ..MachineConfig::default() };
//! let mut m = Machine::new(&cfg, Box::new(std::io::sink()));
//! let program: [u32; 2] = [0x02a0_0513 /* addi a0,zero,42 */, 0x0000_006f /* j . */];
//! for (i, word) in program.iter().enumerate() {
//!     m.bus.write(0x8000_0000 + 4 * i as u64, 4, *word as u64).unwrap();
//! }
//! assert_eq!(m.run(Some(10)), Exit::InstructionLimit);
//! assert_eq!(m.harts[0].x[10], 42);
//! ```

// The emulator itself needs no unsafe code; only the binary's terminal module (raw mode
// through termios) has any.
#![forbid(unsafe_code)]

pub mod bench;
pub mod bus;
pub mod cli;
pub mod debug;
pub mod devices;
pub mod engine;
pub mod fdt;
pub mod hart;
pub mod isa;
pub mod loader;
pub mod machine;
pub mod mmu;
pub mod runner;
pub mod stats;
pub mod timing;

/// The demo guest that `satp` runs when started without arguments.
pub static DEMO_ELF: &[u8] = include_bytes!("../firmware/demo/demo.elf");
