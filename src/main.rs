//! The `satp` command line: parse flags, build a machine, run, report.

use clap::{Args, Parser, Subcommand, ValueEnum};
use satp::cli::{parse_count, parse_mem};
use satp::hart::MmuOptions;
use satp::machine::{Exit, Machine, MachineConfig};
use satp::mmu::sv39::AdMode;
use satp::mmu::tlb::TlbConfig;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "satp",
    version,
    about = "A cycle-approximate RISC-V RV64 emulator that shows what virtual memory costs.",
    long_about = "A cycle-approximate RISC-V RV64 emulator that shows what virtual memory costs.\n\
                  Without a command, runs a small built-in demo guest."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run one ELF program (exit status: 0 guest exit 0, 1 guest exit non-zero, 2 host error,
    /// 3 instruction limit reached)
    Run(RunArgs),
    /// Run every ELF named (or found under a named directory), each in a fresh machine, in parallel
    Test(TestArgs),
}

#[derive(Args, Clone)]
struct MachineArgs {
    /// RAM size (e.g. 128M, 1G); RAM starts at 0x80000000
    #[arg(long, value_name = "SIZE", default_value = "128M", value_parser = parse_mem)]
    mem: u64,
    /// Instruction TLB: ENTRIES[:WAYS][:POLICY], POLICY one of lru, fifo, random, plru
    #[arg(long, value_name = "GEOMETRY", default_value = "32")]
    itlb: TlbConfig,
    /// Data TLB: ENTRIES[:WAYS][:POLICY]
    #[arg(long, value_name = "GEOMETRY", default_value = "32")]
    dtlb: TlbConfig,
    /// How PTE A/D bits are managed: hardware updates them (Svadu), or fault raises a page fault (Svade)
    #[arg(long, value_enum, default_value_t = AdArg::Hardware)]
    ad_mode: AdArg,
    /// On every TLB hit, also walk the page table and warn when the TLB entry is stale
    #[arg(long)]
    tlb_check: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum AdArg {
    Hardware,
    Fault,
}

impl MachineArgs {
    fn config(&self) -> MachineConfig {
        MachineConfig {
            mem_size: self.mem,
            harts: 1,
            mmu: MmuOptions {
                itlb: self.itlb,
                dtlb: self.dtlb,
                ad_mode: match self.ad_mode {
                    AdArg::Hardware => AdMode::Hardware,
                    AdArg::Fault => AdMode::Fault,
                },
                tlb_check: self.tlb_check,
            },
        }
    }
}

#[derive(Args)]
struct RunArgs {
    /// The ELF program to run
    elf: PathBuf,
    #[command(flatten)]
    machine: MachineArgs,
    /// Stop after this many instructions (exit status 3)
    #[arg(long, value_name = "N", value_parser = parse_count)]
    max_insns: Option<u64>,
    /// Print the statistics report (to stderr) at exit
    #[arg(long)]
    stats: bool,
}

#[derive(Args)]
struct TestArgs {
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

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    match cli.command {
        None => demo(),
        Some(Command::Run(args)) => run(args),
        Some(Command::Test(args)) => test(args),
    }
}

fn host_error(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("satp: {msg}");
    ExitCode::from(2)
}

fn demo() -> ExitCode {
    eprintln!("satp: running the built-in demo guest (see `satp --help` for running your own ELF)");
    let cfg = MachineConfig::default();
    let mut m = Machine::new(&cfg, Box::new(std::io::stdout()));
    if let Err(e) = m.load_elf(satp::DEMO_ELF) {
        return host_error(format!("built-in demo: {e}"));
    }
    let exit = m.run(Some(1_000_000_000));
    let r = m.report();
    eprintln!(
        "satp: demo ran {} instructions in {:.3} s ({:.0} MIPS)",
        r.total.instructions,
        r.wall.as_secs_f64(),
        r.mips()
    );
    finish(exit, false, &m)
}

fn run(args: RunArgs) -> ExitCode {
    let data = match std::fs::read(&args.elf) {
        Ok(d) => d,
        Err(e) => return host_error(format!("{}: {e}", args.elf.display())),
    };
    let cfg = args.machine.config();
    let mut m = Machine::new(&cfg, Box::new(std::io::stdout()));
    if let Err(e) = m.load_elf(&data) {
        return host_error(format!("{}: {e}", args.elf.display()));
    }
    let exit = m.run(args.max_insns);
    if args.stats {
        eprint!("{}", m.report().to_text());
    }
    finish(exit, m.elf.as_ref().is_some_and(|e| e.riscv_test), &m)
}

fn finish(exit: Exit, riscv_test: bool, m: &Machine) -> ExitCode {
    match exit {
        Exit::Guest(0) => ExitCode::SUCCESS,
        Exit::Guest(code) => {
            if riscv_test {
                eprintln!("satp: guest exited with code {code}: riscv-tests test {code} failed");
            } else {
                eprintln!("satp: guest exited with code {code}");
            }
            ExitCode::from(1)
        }
        Exit::InstructionLimit => {
            eprintln!(
                "satp: instruction limit reached after {} instructions (pc {:#x})",
                m.instructions(),
                m.harts.first().map(|h| h.pc).unwrap_or(0)
            );
            ExitCode::from(3)
        }
        Exit::Deadlock => {
            eprintln!("satp: every hart is waiting (WFI) for an interrupt that nothing can raise");
            ExitCode::from(1)
        }
    }
}

fn test(args: TestArgs) -> ExitCode {
    let files = match satp::runner::collect(&args.paths) {
        Ok(f) => f,
        Err(e) => return host_error(e),
    };
    if files.is_empty() {
        return host_error("no ELF files found");
    }
    let jobs = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let cfg = args.machine.config();
    let mut out = std::io::stdout();
    let (_, failed) = satp::runner::run_all(&files, &cfg, args.max_insns, jobs, &mut out);
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
