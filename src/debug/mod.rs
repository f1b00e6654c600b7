//! Observing a running guest without changing what it sees: the GDB remote stub ([`gdb`]),
//! with its register set ([`gdb_arch`]) and the per-hart breakpoints, watchpoints and
//! side-effect-free memory access it relies on ([`hooks`]); the commit log
//! (`--log-commits`, [`commitlog`]), the disassembly listing (`satp disasm`, [`listing`]), and
//! the differential tester that compares satp's commit log with Spike's ([`difftest`]).

pub mod commitlog;
pub mod difftest;
pub mod gdb;
pub mod gdb_arch;
pub mod hooks;
pub mod listing;
