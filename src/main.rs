//! The `satp` command line: parse flags, build a machine, run, report. This file holds the
//! command list, the machine flags every guest-running command shares, and the error
//! reporting; each command's own flags and code live in [`commands`].

// Unsafe code is allowed only in `terminal` (termios calls).
#![deny(unsafe_code)]

mod commands;
mod terminal;

use clap::{Args, Parser, Subcommand, ValueEnum};
use commands::batch::{bench, test, BenchArgs, TestArgs};
use commands::debugging::{difftest, disasm, DifftestArgs};
use commands::demo::{demo, DemoArgs, DemoOnly};
use commands::qemu::qemu;
use commands::run::{run, RunArgs};
use commands::sweep::{plot, sweep, PlotArgs, SweepArgs};
use satp::cli::parse_mem;
use satp::hart::MmuOptions;
use satp::isa::Isa;
use satp::machine::MachineConfig;
use satp::mmu::sv39::AdMode;
use satp::mmu::tlb::TlbConfig;
use satp::timing::{CacheGeometry, ModelKind, TimingConfig};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "satp",
    version,
    about = "A cycle-approximate RISC-V RV64 emulator that shows what virtual memory costs.",
    long_about = "A cycle-approximate RISC-V RV64 emulator that shows what virtual memory costs.\n\
                  Without a command, runs the demo: vmos, satp's own paging kernel, demand-paging\n\
                  and swapping with fewer and fewer frames (see satp demo --help)."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run an ELF program or kernel on the virt machine (exit status: 0 guest exit 0 or --until
    /// matched, 1 guest exit non-zero or --fail-on matched, 2 host error, 3 instruction limit)
    Run(Box<RunArgs>),
    /// Run every ELF named (or found under a named directory), each in a fresh machine, in parallel
    Test(Box<TestArgs>),
    /// Measure emulation speed on the built-in CPU benchmark (Bare and Sv39, each timing model),
    /// and on qemu-system-riscv64 for a speed ratio if it is on PATH
    Bench(BenchArgs),
    /// Print the built-in timing profile as TOML (a starting point for --timing FILE)
    Profile,
    /// The demo (also what `satp` alone runs): vmos, satp's own paging kernel, runs one workload
    /// with fewer and fewer frames and each replacement policy, swapping to a disk in memory,
    /// one table row per run; then satp's report
    Demo(Box<DemoArgs>),
    /// Run a machine described by qemu-system-riscv64 options (the subset course Makefiles
    /// use; `satp qemu -help` lists it). A link to satp named qemu-system-riscv64 does the same.
    #[command(disable_help_flag = true)]
    Qemu {
        #[arg(allow_hyphen_values = true, trailing_var_arg = true, num_args = 0..)]
        args: Vec<String>,
    },
    /// Run guests over a grid of parameters (TLB geometries, caches, memory, harts, ...) on all
    /// cores, or print the grid as cluster jobs; write one table (CSV, JSON lines) and SVG plots
    Sweep(Box<SweepArgs>),
    /// Draw a --stats-interval file (JSON lines) as SVG time series: IPC, TLB misses per
    /// thousand instructions, page faults, disk sectors and the VM share per interval
    Plot(PlotArgs),
    /// Disassemble the executable sections of an ELF (objdump -d style, same decoder as the
    /// emulator)
    Disasm {
        /// The ELF file
        elf: PathBuf,
    },
    /// Differential testing: run random programs on satp and on Spike and compare their
    /// commit logs (exit status 1 if any differ)
    Difftest(DifftestArgs),
}

#[derive(Args, Clone)]
struct MachineArgs {
    /// RAM size (e.g. 16M, 128M, 1G; at least 4M); RAM starts at 0x80000000
    #[arg(long, value_name = "SIZE", default_value = "128M", value_parser = parse_mem)]
    mem: u64,
    /// Number of harts (1 to 8)
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=8))]
    harts: u8,
    /// Instruction TLB: ENTRIES[:WAYS][:POLICY], POLICY one of lru, fifo, random, plru
    #[arg(long, value_name = "GEOMETRY", default_value = "32")]
    itlb: TlbConfig,
    /// Data TLB: ENTRIES[:WAYS][:POLICY]
    #[arg(long, value_name = "GEOMETRY", default_value = "32")]
    dtlb: TlbConfig,
    /// A shadow TLB, SIDE:ENTRIES[:WAYS][:POLICY] with SIDE i, d or l2 (e.g. d:64:4:plru,
    /// l2:512:4): it sees the real iTLB's or dTLB's accesses (l2: their misses) and only
    /// counts hits, misses and evictions for the report; repeatable
    #[arg(long, value_name = "SIDE:GEOMETRY")]
    shadow_tlb: Vec<satp::mmu::shadow::ShadowSpec>,
    /// A second-level TLB, ENTRIES[:WAYS][:POLICY], unified behind the iTLB and dTLB: a miss
    /// in either looks there before walking (with --model inorder each lookup costs
    /// l2tlb_latency cycles, 4 by default) [default: none]
    #[arg(long, value_name = "GEOMETRY")]
    l2tlb: Option<TlbConfig>,
    /// Cycles of one second-level TLB lookup (overrides the timing profile's l2tlb_latency)
    #[arg(long, value_name = "CYCLES")]
    l2tlb_latency: Option<u64>,
    /// How PTE A/D bits are managed: hardware updates them (Svadu), or fault raises a page fault (Svade)
    #[arg(long, value_enum, default_value_t = AdArg::Hardware)]
    ad_mode: AdArg,
    /// On every TLB hit, also walk the page table and warn when the TLB entry is stale
    #[arg(long)]
    tlb_check: bool,
    /// ISA string, e.g. rv64imac or rv64gc_zba_zbb: the harts implement only these
    /// extensions (misa, the device tree and decoding follow) [default: all satp implements]
    #[arg(long, value_name = "ISA", value_parser = parse_isa)]
    isa: Option<Isa>,
    /// Timing model: inorder (default: a single-issue in-order core with caches) or functional
    /// (one cycle per instruction, fastest)
    #[arg(long, value_name = "MODEL")]
    model: Option<ModelKind>,
    /// Timing profile (TOML); flags below override its values
    #[arg(long, value_name = "FILE")]
    timing: Option<PathBuf>,
    /// L1 instruction cache SIZE:WAYS:LINE (e.g. 32K:4:64) or off
    #[arg(long, value_name = "GEOMETRY")]
    icache: Option<CacheGeometry>,
    /// L1 data cache SIZE:WAYS:LINE or off
    #[arg(long, value_name = "GEOMETRY")]
    dcache: Option<CacheGeometry>,
    /// Shared L2 cache SIZE:WAYS:LINE or off
    #[arg(long, value_name = "GEOMETRY")]
    l2: Option<CacheGeometry>,
    /// Core clock frequency in Hz (default 1000000000)
    #[arg(long, value_name = "HZ")]
    clock_hz: Option<u64>,
    /// Timebase (mtime) frequency in Hz (default 10000000)
    #[arg(long, value_name = "HZ")]
    timebase_hz: Option<u64>,
}

fn parse_isa(s: &str) -> Result<Isa, String> {
    Isa::parse(s).map_err(|e| e.to_string())
}

#[derive(Clone, Copy, ValueEnum)]
enum AdArg {
    Hardware,
    Fault,
}

impl MachineArgs {
    fn config(&self) -> Result<MachineConfig, String> {
        let mut timing = match &self.timing {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                TimingConfig::from_toml_str(&text)
                    .map_err(|e| format!("{}: {e}", path.display()))?
            }
            None => TimingConfig::default(),
        };
        if let Some(m) = self.model {
            timing.model = m;
        }
        if let Some(g) = self.icache {
            timing.icache = g;
        }
        if let Some(g) = self.dcache {
            timing.dcache = g;
        }
        if let Some(g) = self.l2 {
            timing.l2 = g;
        }
        if let Some(c) = self.l2tlb_latency {
            timing.l2tlb_latency = c;
        }
        if let Some(hz) = self.clock_hz {
            timing.clock_hz = hz;
        }
        if let Some(hz) = self.timebase_hz {
            timing.timebase_hz = hz;
        }
        timing.validate().map_err(|e| format!("timing: {e}"))?;
        Ok(MachineConfig {
            mem_size: self.mem,
            harts: self.harts as usize,
            mmu: MmuOptions {
                itlb: self.itlb,
                dtlb: self.dtlb,
                ad_mode: match self.ad_mode {
                    AdArg::Hardware => AdMode::Hardware,
                    AdArg::Fault => AdMode::Fault,
                },
                tlb_check: self.tlb_check,
                shadows: self.shadow_tlb.clone(),
                l2tlb: self.l2tlb,
            },
            bootargs: None,
            timing,
            isa: self.isa.unwrap_or_default(),
        })
    }
}

fn main() -> ExitCode {
    // Every message is `satp: ...` or `satp: warning: ...`, one line.
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn"))
        .format(|buf, record| {
            let level = match record.level() {
                log::Level::Warn => "warning".to_string(),
                l => l.to_string().to_lowercase(),
            };
            writeln!(buf, "satp: {level}: {}", record.args())
        })
        .init();
    // `satp qemu ...`, or satp started as qemu-system-riscv64: QEMU's option syntax.
    let argv: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let invoked_as = argv
        .first()
        .and_then(|a| std::path::Path::new(a).file_name())
        .map(|n| n.to_string_lossy().into_owned());
    if invoked_as.as_deref() == Some(satp::cli::qemu::QEMU_NAME) {
        return qemu(argv.get(1..).unwrap_or_default());
    }
    if argv.get(1).map(String::as_str) == Some("qemu") {
        return qemu(argv.get(2..).unwrap_or_default());
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    match cli.command {
        // `satp` alone: the demo with its defaults.
        None => match DemoOnly::try_parse_from(["satp"]) {
            Ok(d) => demo(d.demo),
            Err(e) => usage_error(e),
        },
        Some(Command::Demo(args)) => demo(*args),
        Some(Command::Run(args)) => run(*args, None),
        Some(Command::Test(args)) => test(*args),
        Some(Command::Bench(args)) => bench(args),
        Some(Command::Sweep(args)) => sweep(*args),
        Some(Command::Plot(args)) => plot(args),
        Some(Command::Disasm { elf }) => disasm(&elf),
        Some(Command::Difftest(args)) => difftest(args),
        Some(Command::Profile) => {
            print!("{}", TimingConfig::default().to_toml_string());
            ExitCode::SUCCESS
        }
        Some(Command::Qemu { args }) => qemu(&args),
    }
}

/// A command-line error: one line with a hint where to look, status 2. Help and version
/// requests print as clap formats them.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit();
    }
    let text = e.to_string();
    let first = text.lines().next().unwrap_or("bad command line");
    let msg = first.strip_prefix("error: ").unwrap_or(first);
    let sub = std::env::args().nth(1).filter(|a| {
        ["run", "test", "bench", "profile", "demo", "sweep", "plot"].contains(&a.as_str())
    });
    let help = match sub {
        Some(sub) => format!("satp {sub} --help"),
        None => "satp --help".to_string(),
    };
    eprintln!("satp: {msg} (see {help})");
    ExitCode::from(2)
}

fn host_error(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("satp: {msg}");
    ExitCode::from(2)
}

fn read_file(path: &PathBuf) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}
