//! Tools that observe the emulator without changing what the guest sees: the commit log
//! (`--log-commits`), the disassembly listing (`satp disasm`), and the differential tester
//! that compares satp's commit log with Spike's.

pub mod commitlog;
pub mod difftest;
pub mod listing;
