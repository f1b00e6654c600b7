//! The commands that run many guests in one go: `satp test` (ELF files in parallel, one
//! result line each) and `satp bench` (emulation speed, and QEMU's for a ratio).

use crate::{host_error, MachineArgs};
use clap::Args;
use satp::cli::parse_count;
use satp::timing::ModelKind;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub(crate) struct TestArgs {
    /// ELF files or directories to search for ELF files
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    machine: MachineArgs,
    /// Instructions after which a test counts as TIMEOUT
    #[arg(long, value_name = "N", default_value = "100M", value_parser = parse_count)]
    max_insns: u64,
    /// Parallel jobs (default: all cores)
    #[arg(long, short)]
    jobs: Option<usize>,
}

#[derive(Args)]
pub(crate) struct BenchArgs {
    /// Runs of each configuration; the fastest counts
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..))]
    repeat: u32,
    /// Stop each satp run after N instructions, for a quick check that the bench works (no
    /// satp / QEMU ratio then: QEMU always runs the whole guest)
    #[arg(long, value_name = "N", value_parser = parse_count)]
    max_insns: Option<u64>,
}

pub(crate) fn test(args: TestArgs) -> ExitCode {
    let files = match satp::runner::collect(&args.paths) {
        Ok(f) => f,
        Err(e) => return host_error(e),
    };
    if files.is_empty() {
        return host_error("no ELF files found");
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    let cfg = match args.machine.config() {
        Ok(c) => c,
        Err(e) => return host_error(e),
    };
    let mut out = std::io::stdout();
    // A bar on a terminal; plain result lines otherwise (and above the bar).
    let progress = satp::progress::Progress::new(files.len() as u64, "test");
    let (_, failed) =
        satp::runner::run_all_with(&files, &cfg, args.max_insns, jobs, &mut out, &progress);
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

pub(crate) fn bench(args: BenchArgs) -> ExitCode {
    use satp::bench::{self, qemu};
    let repeat = args.repeat.max(1);
    match args.max_insns {
        None => {
            println!("satp bench: firmware/bench (271M instructions), fastest of {repeat} runs")
        }
        Some(n) => println!(
            "satp bench: firmware/bench (271M instructions), satp stopped after {n}, \
             fastest of {repeat} runs"
        ),
    }
    println!("{}", bench::header());
    let mut rows = Vec::new();
    for model in [ModelKind::Functional, ModelKind::Inorder] {
        for guest in bench::GUESTS {
            let Some(r) = bench::measure(guest, model, repeat, args.max_insns) else {
                eprintln!("satp: {guest} did not complete under the {model} model");
                return ExitCode::from(1);
            };
            println!("{}", bench::format_row(&r));
            rows.push(r);
        }
    }
    // The same guests on QEMU, when it is installed: rows in the table, a ratio line below.
    let qemu_run = qemu::find_on_path().map(|path| {
        bench::measure_qemu(path, &rows, repeat, |r| println!("{}", bench::format_qemu_row(r)))
    });
    let mips = |g: &str, m: ModelKind| {
        rows.iter().find(|r| r.guest == g && r.model == m).map(|r| r.mips()).unwrap_or(0.0)
    };
    let f = ModelKind::Functional;
    let i = ModelKind::Inorder;
    println!(
        "Sv39 / Bare speed:           functional {:.2}, inorder {:.2}   (target >= 0.67)",
        mips("bench-sv39", f) / mips("bench-bare", f),
        mips("bench-sv39", i) / mips("bench-bare", i)
    );
    println!(
        "inorder / functional speed:  Bare {:.2}, Sv39 {:.2}   (target >= 0.33)",
        mips("bench-bare", i) / mips("bench-bare", f),
        mips("bench-sv39", i) / mips("bench-sv39", f)
    );
    match qemu_run {
        None => {
            println!("qemu: {} not found on PATH, so no comparison with QEMU", qemu::QEMU_BINARY);
            ExitCode::SUCCESS
        }
        Some(Err(e)) => {
            println!("qemu: {e}; no comparison with QEMU");
            ExitCode::from(1)
        }
        Some(Ok(run)) => {
            println!("{}", bench::qemu_ratio_line(&rows, &run.rows));
            for line in bench::qemu_notes(&run) {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
    }
}
