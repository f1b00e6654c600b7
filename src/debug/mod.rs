//! Observing a running guest without changing it: the GDB remote stub ([`gdb`]), with its
//! register set ([`gdb_arch`]) and the per-hart breakpoints, watchpoints and side-effect-free
//! memory access it relies on ([`hooks`]).

pub mod gdb;
pub mod gdb_arch;
pub mod hooks;
