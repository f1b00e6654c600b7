//! `satp bench`: the speed figures the project tracks, measured in one run so that ratios
//! compare like with like. The guest is our CPU benchmark (firmware/bench, built into the
//! binary): the same 271-million-instruction workload in M-mode without paging
//! (`bench-bare`) and in S-mode under Sv39 (`bench-sv39`), under each timing model, and on
//! QEMU when it is installed ([`qemu`]). The guests use only devices of the virt machine (the
//! UART and the test finisher), so the same ELF runs on satp and on QEMU.
//!
//! This module measures satp's rows and formats the table; `src/commands/batch.rs` drives it.

pub mod qemu;

use crate::machine::{Exit, Machine, MachineConfig};
use crate::timing::ModelKind;
use qemu::{Qemu, QemuError};
use std::path::PathBuf;
use std::time::Duration;

/// The benchmark guest in M-mode, Bare.
pub static BENCH_BARE_ELF: &[u8] = include_bytes!("../../firmware/bench/bench-bare.elf");
/// The same workload in S-mode with Sv39 paging on.
pub static BENCH_SV39_ELF: &[u8] = include_bytes!("../../firmware/bench/bench-sv39.elf");

/// The benchmark guests, in table order.
pub const GUESTS: [&str; 2] = ["bench-bare", "bench-sv39"];

/// The ELF of a guest named in [`GUESTS`].
pub fn guest_elf(guest: &str) -> &'static [u8] {
    if guest == "bench-bare" {
        BENCH_BARE_ELF
    } else {
        BENCH_SV39_ELF
    }
}

/// The instruction limit of a run without `--max-insns`: far above the guest's length, so
/// only a guest that never ends reaches it.
const RUN_LIMIT: u64 = 1_000_000_000;

/// One measured configuration of satp.
#[derive(Clone, Debug)]
pub struct BenchRow {
    pub guest: &'static str,
    pub model: ModelKind,
    pub instructions: u64,
    pub cycles: u64,
    /// Best (shortest) host time over the repetitions.
    pub wall: Duration,
    /// The guest ran to its end (false when `--max-insns` stopped it first).
    pub complete: bool,
}

impl BenchRow {
    pub fn mips(&self) -> f64 {
        mips(self.instructions, self.wall)
    }
}

/// The guest on QEMU.
#[derive(Clone, Debug)]
pub struct QemuRow {
    pub guest: &'static str,
    /// Best (shortest) wall time over the repetitions, less QEMU's start-up.
    pub wall: Duration,
    /// The guest's instructions as satp counted them over the whole run (QEMU runs the same
    /// instructions); `None` when no satp row ran the guest to its end.
    pub instructions: Option<u64>,
}

impl QemuRow {
    pub fn mips(&self) -> Option<f64> {
        self.instructions.map(|n| mips(n, self.wall))
    }
}

fn mips(instructions: u64, wall: Duration) -> f64 {
    instructions as f64 / wall.as_secs_f64().max(1e-9) / 1e6
}

/// Runs `guest` under `model` `repeat` times, each to its end or for at most `max_insns`
/// instructions; `None` if the guest did not exit cleanly.
pub fn measure(
    guest: &'static str,
    model: ModelKind,
    repeat: u32,
    max_insns: Option<u64>,
) -> Option<BenchRow> {
    let mut best: Option<BenchRow> = None;
    for _ in 0..repeat.max(1) {
        let mut cfg = MachineConfig::default();
        cfg.timing.model = model;
        let mut m = Machine::new(&cfg, Box::new(std::io::sink()));
        m.load_elf(guest_elf(guest)).ok()?;
        let complete = match m.run(Some(max_insns.unwrap_or(RUN_LIMIT))) {
            Exit::Guest(0) => true,
            Exit::InstructionLimit if max_insns.is_some() => false,
            _ => return None,
        };
        let r = m.report();
        let row = BenchRow {
            guest,
            model,
            instructions: r.total.instructions,
            cycles: r.total.cycles,
            wall: r.wall,
            complete,
        };
        if best.as_ref().is_none_or(|b| row.wall < b.wall) {
            best = Some(row);
        }
    }
    best
}

/// The instruction count for a QEMU row: that of a satp row that ran `guest` to its end.
pub fn whole_guest_instructions(rows: &[BenchRow], guest: &str) -> Option<u64> {
    rows.iter().find(|r| r.guest == guest && r.complete).map(|r| r.instructions)
}

/// QEMU's part of a bench run.
#[derive(Clone, Debug)]
pub struct QemuRun {
    pub binary: PathBuf,
    /// The first line of `--version`.
    pub version: Option<String>,
    /// QEMU's start-up and shutdown time, subtracted from each row's.
    pub startup: Duration,
    pub rows: Vec<QemuRow>,
}

/// Times each guest on the QEMU at `binary`, `repeat` times (the fastest counts), after
/// timing its start-up the same way. `satp_rows` give the instruction counts; `on_row` sees
/// each row as soon as it is measured.
pub fn measure_qemu(
    binary: PathBuf,
    satp_rows: &[BenchRow],
    repeat: u32,
    mut on_row: impl FnMut(&QemuRow),
) -> Result<QemuRun, QemuError> {
    let q = Qemu::new(binary)?;
    let startup = q.startup(repeat)?;
    let mut rows = Vec::new();
    for guest in GUESTS {
        let wall = q.time(guest, guest_elf(guest), repeat)?;
        let row = QemuRow {
            guest,
            wall: wall.saturating_sub(startup),
            instructions: whole_guest_instructions(satp_rows, guest),
        };
        on_row(&row);
        rows.push(row);
    }
    Ok(QemuRun { binary: q.binary().to_path_buf(), version: q.version(), startup, rows })
}

/// The table's header line.
pub fn header() -> String {
    format!(
        "{:<12} {:<11} {:>13} {:>13} {:>9} {:>9}",
        "guest", "model", "instructions", "cycles", "host s", "MIPS"
    )
}

/// A table line for a satp row.
pub fn format_row(r: &BenchRow) -> String {
    format!(
        "{:<12} {:<11} {:>13} {:>13} {:>9.3} {:>9.1}",
        r.guest,
        r.model.to_string(),
        r.instructions,
        r.cycles,
        r.wall.as_secs_f64(),
        r.mips()
    )
}

/// A table line for a QEMU row: no cycles (QEMU models none), and no instruction count or
/// MIPS when satp did not run the whole guest.
pub fn format_qemu_row(r: &QemuRow) -> String {
    let dash = || "-".to_string();
    format!(
        "{:<12} {:<11} {:>13} {:>13} {:>9.3} {:>9}",
        r.guest,
        "qemu",
        r.instructions.map_or_else(dash, |n| n.to_string()),
        "-",
        r.wall.as_secs_f64(),
        r.mips().map_or_else(dash, |m| format!("{m:.1}"))
    )
}

/// `satp / QEMU speed:` with satp's MIPS over QEMU's, per model and guest; or why there is
/// no ratio.
pub fn qemu_ratio_line(rows: &[BenchRow], qemu: &[QemuRow]) -> String {
    const LABEL: &str = "satp / QEMU speed:           ";
    if rows.iter().any(|r| !r.complete) {
        return format!(
            "{LABEL}not computed: --max-insns stopped satp before the guest's end \
             (QEMU always runs the whole guest)"
        );
    }
    let ratio = |model: ModelKind, guest: &str| {
        let satp = rows.iter().find(|r| r.model == model && r.guest == guest).map(|r| r.mips());
        let qemu = qemu.iter().find(|q| q.guest == guest).and_then(|q| q.mips());
        match (satp, qemu) {
            (Some(s), Some(q)) => format!("{:.2}", s / q),
            _ => "-".to_string(),
        }
    };
    let parts: Vec<String> = [ModelKind::Functional, ModelKind::Inorder]
        .into_iter()
        .map(|m| format!("{m} Bare {}, Sv39 {}", ratio(m, "bench-bare"), ratio(m, "bench-sv39")))
        .collect();
    format!("{LABEL}{}", parts.join("; "))
}

/// The lines under the table that say which QEMU ran and how its time was taken.
pub fn qemu_notes(run: &QemuRun) -> [String; 2] {
    let version = run.version.as_ref().map(|v| format!(", {v}")).unwrap_or_default();
    [
        format!("qemu: {}{version}, -machine virt, the same ELF", run.binary.display()),
        format!(
            "qemu: host s is less QEMU's start-up, {:.3} s (fastest run of a guest that ends \
             at once); instructions are satp's count",
            run.startup.as_secs_f64()
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(guest: &'static str, model: ModelKind, secs: f64, complete: bool) -> BenchRow {
        BenchRow {
            guest,
            model,
            instructions: 100_000_000,
            cycles: 150_000_000,
            wall: Duration::from_secs_f64(secs),
            complete,
        }
    }

    fn qemu_rows(rows: &[BenchRow], secs: [f64; 2]) -> Vec<QemuRow> {
        GUESTS
            .iter()
            .zip(secs)
            .map(|(&guest, s)| QemuRow {
                guest,
                wall: Duration::from_secs_f64(s),
                instructions: whole_guest_instructions(rows, guest),
            })
            .collect()
    }

    #[test]
    fn ratio_line_gives_satp_speed_over_qemu_speed_per_model_and_guest() {
        use ModelKind::{Functional, Inorder};
        let rows = [
            row("bench-bare", Functional, 1.0, true),
            row("bench-sv39", Functional, 2.0, true),
            row("bench-bare", Inorder, 3.0, true),
            row("bench-sv39", Inorder, 5.0, true),
        ];
        // QEMU: 0.1 s (1000 MIPS) for Bare, 0.2 s (500 MIPS) for Sv39.
        let q = qemu_rows(&rows, [0.1, 0.2]);
        assert_eq!(
            qemu_ratio_line(&rows, &q),
            "satp / QEMU speed:           functional Bare 0.10, Sv39 0.10; \
             inorder Bare 0.03, Sv39 0.04"
        );
        assert_eq!(
            format_qemu_row(&q[0]),
            "bench-bare   qemu            100000000             -     0.100    1000.0"
        );
    }

    #[test]
    fn without_a_whole_satp_run_qemu_gets_no_mips_and_no_ratio() {
        let rows = [row("bench-bare", ModelKind::Functional, 1.0, false)];
        let q = qemu_rows(&rows, [0.1, 0.2]);
        assert_eq!(q[0].instructions, None);
        assert_eq!(
            format_qemu_row(&q[0]),
            "bench-bare   qemu                    -             -     0.100         -"
        );
        assert!(qemu_ratio_line(&rows, &q).contains("not computed: --max-insns"));
    }

    #[test]
    fn a_short_run_stops_at_the_limit_and_is_marked_incomplete() {
        let r = measure("bench-sv39", ModelKind::Inorder, 1, Some(10_000)).expect("runs");
        assert_eq!(r.instructions, 10_000);
        assert!(!r.complete);
    }
}
