//! The subcommands of the `satp` binary, one module per concern: each holds its commands'
//! flags (clap derive) and the functions that carry them out. Shared pieces (the machine
//! flags, error reporting) stay in `main.rs`, which parses the command line and dispatches.

pub(crate) mod batch;
pub(crate) mod debugging;
pub(crate) mod demo;
pub(crate) mod qemu;
pub(crate) mod run;
pub(crate) mod sweep;
