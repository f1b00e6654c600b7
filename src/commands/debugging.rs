//! The commands that check the emulator itself: `satp difftest` (random programs on satp and
//! Spike, commit logs compared) and `satp disasm` (an ELF's listing).

use crate::{host_error, read_file};
use clap::Args;
use satp::cli::parse_count;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub(crate) struct DifftestArgs {
    /// The spike binary, built from riscv-software-src/riscv-isa-sim (default: $SATP_SPIKE)
    #[arg(long, value_name = "PATH")]
    spike: Option<PathBuf>,
    /// Number of programs
    #[arg(long, value_name = "N", default_value = "100", value_parser = parse_count)]
    count: u64,
    /// Seed of the first program (program i has seed SEED + i)
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// Random instructions per program
    #[arg(long, value_name = "N", default_value_t = 200)]
    items: usize,
    /// Programs run at once
    #[arg(long, short, default_value_t = 2)]
    jobs: usize,
    /// Keep the ELF and both logs of every mismatching program in DIR
    #[arg(long, value_name = "DIR")]
    keep: Option<PathBuf>,
    /// Only write the program of --seed to FILE, run nothing
    #[arg(long, value_name = "FILE")]
    emit: Option<PathBuf>,
}

/// `satp difftest`: random programs on satp and Spike, commit logs compared.
pub(crate) fn difftest(args: DifftestArgs) -> ExitCode {
    use satp::debug::difftest::{self, gen};
    if let Some(path) = &args.emit {
        let program = gen::generate(args.seed, args.items);
        return match std::fs::write(path, &program.elf) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => host_error(format!("{}: {e}", path.display())),
        };
    }
    let spike = args.spike.or_else(|| std::env::var_os("SATP_SPIKE").map(PathBuf::from));
    let Some(spike) = spike.filter(|p| !p.as_os_str().is_empty()) else {
        return host_error("difftest needs --spike PATH (or SATP_SPIKE)");
    };
    // One line for a Spike that cannot be started, not one error per program.
    if let Err(e) = std::process::Command::new(&spike)
        .arg("--help")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
    {
        return host_error(format!("{}: cannot run Spike: {e}", spike.display()));
    }
    let cfg = difftest::Config {
        spike,
        isa: difftest::SPIKE_ISA.to_string(),
        count: args.count,
        seed: args.seed,
        items: args.items,
        jobs: args.jobs,
        keep: args.keep,
    };
    let mut last = std::time::Instant::now();
    let summary = difftest::run(&cfg, |s| {
        if last.elapsed().as_secs() >= 10 {
            last = std::time::Instant::now();
            eprintln!(
                "satp: difftest: {} programs, {} instructions, {} mismatches, {} errors",
                s.programs,
                s.lines,
                s.mismatches.len(),
                s.errors.len()
            );
        }
    });
    let summary = match summary {
        Ok(s) => s,
        Err(e) => return host_error(e),
    };
    for m in &summary.mismatches {
        println!("MISMATCH seed {} line {}", m.seed, m.line);
        println!("  satp:  {}", m.satp);
        println!("  spike: {}", m.spike);
    }
    for (seed, e) in &summary.errors {
        println!("ERROR seed {seed}: {e}");
    }
    println!(
        "{} programs, {} instructions compared, {} mismatches, {} errors",
        summary.programs,
        summary.lines,
        summary.mismatches.len(),
        summary.errors.len()
    );
    if !summary.errors.is_empty() {
        return ExitCode::from(2);
    }
    if summary.mismatches.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `satp disasm ELF`: the listing to stdout.
pub(crate) fn disasm(path: &PathBuf) -> ExitCode {
    let data = match read_file(path) {
        Ok(d) => d,
        Err(e) => return host_error(e),
    };
    match satp::debug::listing::listing(&data, &path.display().to_string()) {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            if out.write_all(text.as_bytes()).and_then(|()| out.flush()).is_err() {
                // stdout closed by its reader (`| head`): nothing more to say.
                return ExitCode::from(141);
            }
            ExitCode::SUCCESS
        }
        Err(e) => host_error(format!("{}: {e}", path.display())),
    }
}
