//! The `satp` command line: parse flags, build a machine, run, report.

mod terminal;

use clap::{Args, Parser, Subcommand, ValueEnum};
use satp::cli::{parse_count, parse_mem, unescape};
use satp::devices::virtio::{blk_device, Latency, VirtioMmio};
use satp::hart::MmuOptions;
use satp::machine::{Exit, Machine, MachineConfig, VIRTIO_SLOTS};
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
    /// Run an ELF program or kernel on the virt machine (exit status: 0 guest exit 0 or --until
    /// matched, 1 guest exit non-zero or --fail-on matched, 2 host error, 3 instruction limit)
    Run(RunArgs),
    /// Run every ELF named (or found under a named directory), each in a fresh machine, in parallel
    Test(TestArgs),
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
            harts: self.harts as usize,
            mmu: MmuOptions {
                itlb: self.itlb,
                dtlb: self.dtlb,
                ad_mode: match self.ad_mode {
                    AdArg::Hardware => AdMode::Hardware,
                    AdArg::Fault => AdMode::Fault,
                },
                tlb_check: self.tlb_check,
            },
            bootargs: None,
        }
    }
}

#[derive(Args)]
struct RunArgs {
    /// The ELF program or kernel to run (with --bios: the kernel, ELF or raw image at 0x80200000)
    elf: PathBuf,
    #[command(flatten)]
    machine: MachineArgs,
    /// Firmware to run first (ELF or raw image at 0x80000000), e.g. OpenSBI fw_jump
    #[arg(long, value_name = "FILE")]
    bios: Option<PathBuf>,
    /// A raw disk image for the next virtio-blk slot (may be given up to 8 times)
    #[arg(long, value_name = "PATH")]
    disk: Vec<PathBuf>,
    /// Keep every disk write in memory; image files are never modified
    #[arg(long)]
    snapshot: bool,
    /// Use the legacy (version 1) virtio-mmio register layout
    #[arg(long)]
    virtio_legacy: bool,
    /// Kernel command line (/chosen/bootargs in the device tree)
    #[arg(long, value_name = "ARGS")]
    append: Option<String>,
    /// Write the generated device tree blob to FILE
    #[arg(long, value_name = "FILE")]
    dump_dtb: Option<PathBuf>,
    /// Queue console input bytes (escapes \n \r \t \\ \xNN)
    #[arg(long, value_name = "TEXT")]
    send: Vec<String>,
    /// End the run with status 0 as soon as the console output contains PATTERN (escapes as --send)
    #[arg(long, value_name = "PATTERN")]
    until: Vec<String>,
    /// End the run with status 1 as soon as the console output contains PATTERN (escapes as --send)
    #[arg(long, value_name = "PATTERN")]
    fail_on: Vec<String>,
    /// Stop after this many instructions (exit status 3)
    #[arg(long, value_name = "N", value_parser = parse_count, alias = "timeout-insns")]
    max_insns: Option<u64>,
    /// Print the statistics report (to stderr) at exit
    #[arg(long)]
    stats: bool,
    /// Print every executed instruction (hart, mode, pc, bits, disassembly) to stderr
    #[arg(long)]
    trace: bool,
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

fn read_file(path: &PathBuf) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(args: RunArgs) -> ExitCode {
    let mut cfg = args.machine.config();
    cfg.bootargs = args.append.clone();
    if args.disk.len() > VIRTIO_SLOTS {
        return host_error(format!("at most {VIRTIO_SLOTS} disks"));
    }
    let kernel = match read_file(&args.elf) {
        Ok(d) => d,
        Err(e) => return host_error(e),
    };
    let mut m = match Machine::build(&cfg, Box::new(std::io::stdout())) {
        Ok(m) => m,
        Err(e) => return host_error(e),
    };
    for slot in 0..VIRTIO_SLOTS {
        let device = match args.disk.get(slot) {
            Some(path) => {
                match blk_device(path, args.snapshot, args.virtio_legacy, Latency::default()) {
                    Ok(d) => d,
                    Err(e) => return host_error(e),
                }
            }
            None => VirtioMmio::empty(args.virtio_legacy),
        };
        if let Err(e) = m.add_virtio(slot, device) {
            return host_error(e);
        }
    }
    if let Some(path) = &args.dump_dtb {
        if let Err(e) = std::fs::write(path, m.dtb()) {
            return host_error(format!("{}: {e}", path.display()));
        }
    }
    let loaded = match &args.bios {
        Some(bios) => {
            let fw = match read_file(bios) {
                Ok(d) => d,
                Err(e) => return host_error(e),
            };
            m.load_bios(&fw, Some(&kernel)).map_err(|e| e.to_string())
        }
        None => m.load_elf(&kernel).map(|_| ()).map_err(|e| e.to_string()),
    };
    if let Err(e) = loaded {
        return host_error(format!("{}: {e}", args.elf.display()));
    }
    for s in &args.send {
        m.send_input(&unescape(s));
    }
    let patterns = |v: &[String]| -> Vec<String> {
        v.iter()
            .map(|p| String::from_utf8_lossy(&unescape(p)).into_owned())
            .collect()
    };
    m.watch_console(&patterns(&args.until), &patterns(&args.fail_on));
    m.trace = args.trace;
    let term = terminal::attach_stdin(&mut m);
    let exit = m.run(args.max_insns);
    drop(term);
    let flushed = m.flush();
    if args.stats {
        eprint!("{}", m.report().to_text());
    }
    if let Err(e) = flushed {
        return host_error(format!("writing disk image: {e}"));
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
        Exit::Until(p) => {
            eprintln!("\nsatp: console printed {p:?}");
            ExitCode::SUCCESS
        }
        Exit::FailOn(p) => {
            eprintln!("\nsatp: console printed {p:?} (--fail-on)");
            ExitCode::from(1)
        }
        Exit::InstructionLimit => {
            eprintln!(
                "\nsatp: instruction limit reached after {} instructions (pc {:#x})",
                m.instructions(),
                m.harts.first().map(|h| h.pc).unwrap_or(0)
            );
            ExitCode::from(3)
        }
        Exit::Deadlock => {
            eprintln!("satp: every hart is waiting (WFI) for an interrupt that nothing can raise");
            ExitCode::from(1)
        }
        Exit::HostQuit => {
            eprintln!("\nsatp: quit (Ctrl-A x)");
            ExitCode::SUCCESS
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
