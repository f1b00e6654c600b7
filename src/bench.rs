//! `satp bench`: the speed figures the project tracks, measured in one run so that ratios
//! compare like with like. The guest is our CPU benchmark (firmware/bench, built into the
//! binary): the same 271-million-instruction workload in M-mode without paging
//! (`bench-bare`) and in S-mode under Sv39 (`bench-sv39`), under each timing model.

use crate::machine::{Exit, Machine, MachineConfig};
use crate::timing::ModelKind;
use std::time::Duration;

/// The benchmark guest in M-mode, Bare.
pub static BENCH_BARE_ELF: &[u8] = include_bytes!("../firmware/bench/bench-bare.elf");
/// The same workload in S-mode with Sv39 paging on.
pub static BENCH_SV39_ELF: &[u8] = include_bytes!("../firmware/bench/bench-sv39.elf");

/// One measured configuration.
#[derive(Clone, Debug)]
pub struct BenchRow {
    pub guest: &'static str,
    pub model: ModelKind,
    pub instructions: u64,
    pub cycles: u64,
    /// Best (shortest) host time over the repetitions.
    pub wall: Duration,
}

impl BenchRow {
    pub fn mips(&self) -> f64 {
        self.instructions as f64 / self.wall.as_secs_f64().max(1e-9) / 1e6
    }
}

/// Runs `guest` under `model` `repeat` times; `None` if the guest did not exit cleanly.
pub fn measure(guest: &'static str, model: ModelKind, repeat: u32) -> Option<BenchRow> {
    let elf = if guest == "bench-bare" { BENCH_BARE_ELF } else { BENCH_SV39_ELF };
    let mut best: Option<BenchRow> = None;
    for _ in 0..repeat.max(1) {
        let mut cfg = MachineConfig::default();
        cfg.timing.model = model;
        let mut m = Machine::new(&cfg, Box::new(std::io::sink()));
        m.load_elf(elf).ok()?;
        if m.run(Some(1_000_000_000)) != Exit::Guest(0) {
            return None;
        }
        let r = m.report();
        let row = BenchRow {
            guest,
            model,
            instructions: r.total.instructions,
            cycles: r.total.cycles,
            wall: r.wall,
        };
        if best.as_ref().is_none_or(|b| row.wall < b.wall) {
            best = Some(row);
        }
    }
    best
}
