//! `satp demo` (and `satp` alone): vmos's workloads, policies and frame counts, the flags
//! that choose among them, and the demo run built on `satp run`.

use super::run::{run, RunOnly};
use crate::{host_error, MachineArgs};
use clap::{Args, Parser};
use std::process::ExitCode;

/// The workloads vmos knows (firmware/vmos/README.md describes each).
const DEMO_WORKLOADS: [&str; 9] =
    ["mix", "scan", "random", "phases", "thrash", "refs", "hotcold", "prot", "shm"];
const DEMO_POLICIES: [&str; 4] = ["fifo", "clock", "aging", "random"];
/// The frame counts of the default table.
const DEMO_FRAMES: &str = "64,48,32,24,16,12,8";

#[derive(Args)]
pub(crate) struct DemoArgs {
    /// Frames for user pages, one table row each (1 to 256, up to 16 of them)
    /// [default: 64,48,32,24,16,12,8]
    #[arg(long, value_name = "N,N,...", value_parser = parse_frames)]
    frames: Option<String>,
    /// Page replacement policies, one set of rows each: fifo, clock, aging, random
    /// [default: clock]
    #[arg(long, value_name = "P,P,...", value_parser = parse_policies)]
    policy: Option<String>,
    /// The workload: mix, scan, random, phases, thrash, refs, hotcold, prot or shm
    /// [default: mix]
    #[arg(long, value_name = "NAME", value_parser = clap::builder::PossibleValuesParser::new(DEMO_WORKLOADS))]
    workload: Option<String>,
    /// Size of the swap disk, which lives in host memory
    #[arg(long, value_name = "SIZE", default_value = "32M")]
    swap: String,
    /// Leave out satp's statistics report after the table
    #[arg(long)]
    no_report: bool,
    #[command(flatten)]
    machine: MachineArgs,
}

impl DemoArgs {
    /// vmos's command line: empty for its built-in table, else the runs the knobs name.
    fn bootargs(&self) -> String {
        if self.frames.is_none() && self.policy.is_none() && self.workload.is_none() {
            return String::new();
        }
        format!(
            "table workload={} frames={} policy={}",
            self.workload.as_deref().unwrap_or("mix"),
            self.frames.as_deref().unwrap_or(DEMO_FRAMES),
            self.policy.as_deref().unwrap_or("clock")
        )
    }
}

fn parse_frames(s: &str) -> Result<String, String> {
    let items: Vec<&str> = s.split(',').collect();
    if items.len() > 16 {
        return Err(format!("'{s}': at most 16 frame counts"));
    }
    for item in &items {
        match item.parse::<u32>() {
            Ok(1..=256) => {}
            _ => return Err(format!("'{item}': frames are 1 to 256")),
        }
    }
    Ok(s.to_string())
}

fn parse_policies(s: &str) -> Result<String, String> {
    for item in s.split(',') {
        if !DEMO_POLICIES.contains(&item) {
            return Err(format!("'{item}': the policies are fifo, clock, aging and random"));
        }
    }
    Ok(s.to_string())
}

/// `satp demo`'s flags alone, for `satp` with no command.
#[derive(Parser)]
pub(crate) struct DemoOnly {
    #[command(flatten)]
    pub(crate) demo: DemoArgs,
}

/// The built-in demo: vmos with a swap disk in memory, its table, then satp's report.
pub(crate) fn demo(d: DemoArgs) -> ExitCode {
    eprintln!(
        "satp: booting vmos, satp's own paging kernel (firmware/vmos), with a {} swap disk in \
         memory; `satp demo --help` lists its knobs",
        d.swap
    );
    let mut argv = vec![
        "satp".to_string(),
        "vmos.elf (built in)".into(),
        "--disk".into(),
        format!("mem:{},role=swap", d.swap),
        "--append".into(),
        d.bootargs(),
        "--max-insns".into(),
        "20G".into(),
    ];
    if !d.no_report {
        argv.push("--stats".into());
    }
    let mut args = match RunOnly::try_parse_from(argv) {
        Ok(r) => r.run,
        Err(e) => {
            return host_error(format!("demo: {}", e.to_string().lines().next().unwrap_or("")))
        }
    };
    args.machine = d.machine;
    run(args, Some(satp::VMOS_ELF))
}
