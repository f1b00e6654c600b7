//! The `satp` command line: parse flags, build a machine, run, report.

// Unsafe code is allowed only in `terminal` (termios calls).
#![deny(unsafe_code)]

mod terminal;

use clap::{Args, Parser, Subcommand, ValueEnum};
use satp::cli::{
    check_escapes, parse_count, parse_disk, parse_mem, unescape, DiskSource, DiskSpec,
};
use satp::devices::virtio::{blk_device, mem_blk_device, VirtioMmio};
use satp::hart::profile::SymbolTable;
use satp::hart::MmuOptions;
use satp::isa::Isa;
use satp::loader::elf_symbols;
use satp::machine::{Exit, LinuxImage, Machine, MachineConfig, DEBIAN_FW_JUMP, VIRTIO_SLOTS};
use satp::mmu::sv39::AdMode;
use satp::mmu::tlb::TlbConfig;
use satp::timing::{CacheGeometry, ModelKind, TimingConfig};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use std::io::Write;
use std::path::{Path, PathBuf};
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

#[derive(Args)]
struct DifftestArgs {
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

/// The workloads vmos knows (firmware/vmos/README.md describes each).
const DEMO_WORKLOADS: [&str; 9] =
    ["mix", "scan", "random", "phases", "thrash", "refs", "hotcold", "prot", "shm"];
const DEMO_POLICIES: [&str; 4] = ["fifo", "clock", "aging", "random"];
/// The frame counts of the default table.
const DEMO_FRAMES: &str = "64,48,32,24,16,12,8";

#[derive(Args)]
struct DemoArgs {
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
struct DemoOnly {
    #[command(flatten)]
    demo: DemoArgs,
}

/// `satp run`'s flags alone, to build the demo's run from them.
#[derive(Parser)]
struct RunOnly {
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Args)]
struct BenchArgs {
    /// Runs of each configuration; the fastest counts
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..))]
    repeat: u32,
    /// Stop each satp run after N instructions, for a quick check that the bench works (no
    /// satp / QEMU ratio then: QEMU always runs the whole guest)
    #[arg(long, value_name = "N", value_parser = parse_count)]
    max_insns: Option<u64>,
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

fn parse_interval(s: &str) -> Result<u64, String> {
    match parse_count(s)? {
        0 => Err("the interval must be at least 1 instruction".into()),
        n => Ok(n),
    }
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        SIGINT => "SIGINT",
        SIGTERM => "SIGTERM",
        SIGHUP => "SIGHUP",
        SIGQUIT => "SIGQUIT",
        _ => "a signal",
    }
}

fn parse_granularity(s: &str) -> Result<u64, String> {
    match s {
        "4" => Ok(4),
        "8" => Ok(8),
        _ => Err("the signature granularity is 4 or 8 bytes".into()),
    }
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

#[derive(Args)]
struct RunArgs {
    /// The ELF program or kernel to run (with --bios: the kernel, ELF or raw image at 0x80200000)
    elf: PathBuf,
    #[command(flatten)]
    machine: MachineArgs,
    /// Firmware to run first (ELF or raw image at 0x80000000), e.g. OpenSBI fw_jump
    #[arg(long, value_name = "FILE")]
    bios: Option<PathBuf>,
    /// A disk for the next virtio-blk slot (up to 8): a raw image PATH, or mem:SIZE for a
    /// zero-filled disk in memory that no file backs (e.g. mem:32M). Options follow commas:
    /// role=NAME names what the disk is for in the report (role=swap: "swap I/O"). A comma
    /// in a path is written twice (a,,b.img); a file named mem:... as ./mem:...
    #[arg(long, value_name = "PATH|mem:SIZE[,role=NAME]", value_parser = parse_disk)]
    disk: Vec<DiskSpec>,
    /// Keep every disk write in memory; image files are never modified
    #[arg(long)]
    snapshot: bool,
    /// Use the legacy (version 1) virtio-mmio register layout
    #[arg(long)]
    virtio_legacy: bool,
    /// An initial RAM disk (e.g. a gzipped cpio archive), loaded high in RAM and named in the
    /// device tree's /chosen (linux,initrd-start/end)
    #[arg(long, value_name = "FILE")]
    initrd: Option<PathBuf>,
    /// Kernel command line (/chosen/bootargs in the device tree)
    #[arg(long, value_name = "ARGS")]
    append: Option<String>,
    /// Write the generated device tree blob to FILE
    #[arg(long, value_name = "FILE")]
    dump_dtb: Option<PathBuf>,
    /// Queue console input bytes (escapes \n \r \t \e \\ \xNN)
    #[arg(long, value_name = "TEXT", value_parser = check_escapes)]
    send: Vec<String>,
    /// End the run with status 0 as soon as the console output contains PATTERN (escapes as --send)
    #[arg(long, value_name = "PATTERN", value_parser = check_escapes)]
    until: Vec<String>,
    /// End the run with status 1 as soon as the console output contains PATTERN (escapes as --send)
    #[arg(long, value_name = "PATTERN", value_parser = check_escapes)]
    fail_on: Vec<String>,
    /// Stop after this many instructions (exit status 3)
    #[arg(long, value_name = "N", value_parser = parse_count, alias = "timeout-insns")]
    max_insns: Option<u64>,
    /// Print the statistics report (to stderr) at exit
    #[arg(long)]
    stats: bool,
    /// Write the statistics report as JSON to FILE at exit
    #[arg(long, value_name = "FILE")]
    stats_json: Option<PathBuf>,
    /// Every N instructions, write the report as one JSON line to stderr (a time series)
    #[arg(long, value_name = "N", value_parser = parse_interval)]
    stats_interval: Option<u64>,
    /// Print every executed instruction (hart, mode, pc, bits, disassembly) to stderr
    #[arg(long)]
    trace: bool,
    /// Profile by function: instructions, cycles and VM events per function of the ELF
    /// symbols (kernel, --bios firmware, --symbols files), by the pc of each instruction;
    /// the report shows the top N (default 15), the JSON all
    #[arg(long, value_name = "N", num_args = 0..=1, require_equals = true, default_missing_value = "15")]
    profile: Option<usize>,
    /// More symbols for --profile and --idle-symbol: an ELF whose code runs at its own
    /// addresses (e.g. a user program); may be repeated
    #[arg(long, value_name = "FILE")]
    symbols: Vec<PathBuf>,
    /// A function the report counts as idle (e.g. a kernel's scheduler loop): cycles with the
    /// pc inside it, like WFI cycles, are left out of the VM share of non-idle cycles; may be
    /// repeated
    #[arg(long, value_name = "SYM")]
    idle_symbol: Vec<String>,
    /// Write one line per retired instruction to FILE in Spike's --log-commits format
    /// (hart, privilege, pc, bits, and every register, CSR and memory write)
    #[arg(long, value_name = "FILE")]
    log_commits: Option<PathBuf>,
    /// At exit, write the memory between the ELF symbols begin_signature and end_signature
    /// to FILE, one hex word per line (as Spike's +signature=, for riscv-arch-test)
    #[arg(long, value_name = "FILE")]
    signature: Option<PathBuf>,
    /// Bytes per line of --signature: 4 or 8
    #[arg(long, value_name = "BYTES", default_value_t = 4, value_parser = parse_granularity)]
    signature_granularity: u64,
    /// Serve the GDB remote protocol on tcp::PORT (see README, "Debugging with GDB")
    #[arg(long, value_name = "tcp::PORT", value_parser = parse_gdb_port)]
    gdb: Option<u16>,
    /// Shorthand for --gdb tcp::1234 (as QEMU's -s)
    #[arg(short = 's')]
    gdb_default_port: bool,
    /// Wait for the debugger before the first instruction (as QEMU's -S; needs --gdb or -s)
    #[arg(short = 'S')]
    wait_for_gdb: bool,
    /// Add KEY=VALUE to a `labels` object in the --stats-json report, with the run's
    /// `exit_status` (satp sweep labels its points so); reports without it are unchanged
    #[arg(long, value_name = "KEY=VALUE", value_parser = parse_label)]
    label: Vec<(String, String)>,
}

fn parse_gdb_port(s: &str) -> Result<u16, String> {
    s.strip_prefix("tcp::")
        .and_then(|p| p.parse::<u16>().ok())
        .filter(|p| *p != 0)
        .ok_or_else(|| format!("'{s}': expected tcp::PORT"))
}

fn parse_label(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(format!("'{s}': a label is KEY=VALUE")),
    }
}

#[derive(Args)]
struct SweepArgs {
    /// The guests (ELF files) to run at every point
    #[arg(required_unless_present = "merge")]
    guests: Vec<PathBuf>,
    /// A parameter and its values, NAME=V1,V2,... (repeatable; the grid is every
    /// combination). NAME is a satp run flag: itlb, dtlb, shadow-tlb, l2tlb, l2tlb-latency,
    /// icache, dcache, l2, mem, harts, model, timing, clock-hz, ad-mode, append, send,
    /// max-insns, isa; or itlb-ways, itlb-policy, dtlb-ways, dtlb-policy (fields of
    /// --itlb/--dtlb). append, send and shadow-tlb take one value per --vary, since theirs
    /// may contain commas
    #[arg(long, value_name = "NAME=V1,V2,...")]
    vary: Vec<String>,
    /// Directory for the points' reports and the table (created if needed)
    #[arg(long, short, value_name = "DIR", default_value = "sweep-out")]
    out: PathBuf,
    /// Parallel runs (default: all cores)
    #[arg(long, short, value_name = "N")]
    jobs: Option<usize>,
    /// A table column to plot (repeatable; each writes DIR/COLUMN.svg), e.g. dtlb.mpki,
    /// cycles, vm_cycle_share [default: dtlb.mpki]
    #[arg(long, value_name = "COLUMN")]
    plot: Vec<String>,
    /// The parameter on the plots' x axis [default: the first --vary]
    #[arg(long, value_name = "NAME")]
    x: Option<String>,
    /// Log2 x axis (for sizes that double)
    #[arg(long)]
    log_x: bool,
    /// Print one self-contained satp run command line per point (for GNU parallel or a
    /// Slurm job array) instead of running them; each writes DIR/pNNNNN.json
    #[arg(long, conflicts_with = "merge")]
    emit_jobs: bool,
    /// Build the table and plots from the reports in DIR (written by --emit-jobs lines)
    #[arg(long, value_name = "DIR")]
    merge: Option<PathBuf>,
    /// The satp binary the emitted command lines run [default: this one]
    #[arg(long, value_name = "PATH")]
    satp: Option<PathBuf>,
    /// satp run flags for every point, after --, e.g. -- --model functional --max-insns 50M
    #[arg(last = true, value_name = "RUN FLAGS")]
    run_flags: Vec<String>,
}

#[derive(Args)]
struct PlotArgs {
    /// The --stats-interval output (JSON lines; other lines are skipped), or - for stdin
    file: PathBuf,
    /// The SVG file to write [default: FILE with the extension .svg]
    #[arg(long, short, value_name = "SVG")]
    out: Option<PathBuf>,
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

/// `satp qemu ARGS`: QEMU's options, turned into a `satp run` command line.
fn qemu(args: &[String]) -> ExitCode {
    use satp::cli::qemu::{help_text, parse, version_text, QemuCommand};
    let fail = |e: &dyn std::fmt::Display| {
        eprintln!("satp: qemu: {e}");
        ExitCode::from(2)
    };
    let opts = match parse(args) {
        Ok(QemuCommand::Help) => {
            print!("{}", help_text());
            return ExitCode::SUCCESS;
        }
        Ok(QemuCommand::Version) => {
            print!("{}", version_text());
            return ExitCode::SUCCESS;
        }
        Ok(QemuCommand::Run(o)) => o,
        Err(e) => return fail(&e),
    };
    let bios = Some(PathBuf::from(DEBIAN_FW_JUMP)).filter(|p| p.is_file());
    let run_args = match opts.to_run_args(bios) {
        Ok(a) => a,
        Err(e) => return fail(&e),
    };
    let argv = ["satp".into(), "run".into()].into_iter().chain(run_args);
    match Cli::try_parse_from(argv) {
        Ok(Cli { command: Some(Command::Run(r)) }) => run(*r, None),
        Ok(_) => fail(&"internal error: not a run command"),
        Err(e) => fail(
            &e.to_string().lines().next().unwrap_or("bad option").trim_start_matches("error: "),
        ),
    }
}

/// `satp difftest`: random programs on satp and Spike, commit logs compared.
fn difftest(args: DifftestArgs) -> ExitCode {
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
fn disasm(path: &PathBuf) -> ExitCode {
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

/// The built-in demo: vmos with a swap disk in memory, its table, then satp's report.
fn demo(d: DemoArgs) -> ExitCode {
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

fn read_file(path: &PathBuf) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// `satp run`: the kernel is `args.elf`, or `builtin` (the demo's kernel) when given.
fn run(args: RunArgs, builtin: Option<&'static [u8]>) -> ExitCode {
    let gdb_port = args.gdb.or(args.gdb_default_port.then_some(satp::cli::qemu::DEFAULT_GDB_PORT));
    if args.wait_for_gdb && gdb_port.is_none() {
        return host_error("-S waits for a debugger: give --gdb tcp::PORT or -s too");
    }
    let mut cfg = match args.machine.config() {
        Ok(c) => c,
        Err(e) => return host_error(e),
    };
    cfg.bootargs = args.append.clone();
    if args.disk.len() > VIRTIO_SLOTS {
        return host_error(format!("at most {VIRTIO_SLOTS} disks"));
    }
    let kernel = match builtin.map(|b| Ok(b.to_vec())).unwrap_or_else(|| read_file(&args.elf)) {
        Ok(d) => d,
        Err(e) => return host_error(e),
    };
    let mut m = match Machine::build(&cfg, Box::new(std::io::stdout())) {
        Ok(m) => m,
        Err(e) => return host_error(e),
    };
    for slot in 0..VIRTIO_SLOTS {
        let added = match args.disk.get(slot) {
            Some(spec) => {
                let latency = cfg.disk_latency();
                let legacy = args.virtio_legacy;
                let device = match &spec.source {
                    DiskSource::File(path) => blk_device(path, args.snapshot, legacy, latency),
                    DiskSource::Mem(size) => mem_blk_device(*size, legacy, latency),
                };
                match device {
                    Ok(d) => m.add_disk(slot, d, &spec.name, spec.role.as_deref()),
                    Err(e) => return host_error(e),
                }
            }
            None => m.add_virtio(slot, VirtioMmio::empty(args.virtio_legacy)),
        };
        if let Err(e) = added {
            return host_error(e);
        }
    }
    // A Linux Image needs SBI firmware under it: Debian's OpenSBI unless --bios names one.
    let is_image = LinuxImage::parse(&kernel).is_some();
    let bios = match (&args.bios, is_image) {
        (None, true) if Path::new(DEBIAN_FW_JUMP).is_file() => Some(PathBuf::from(DEBIAN_FW_JUMP)),
        (None, true) => {
            return host_error(format!(
                "{} is a Linux Image, which runs on SBI firmware: install Debian's opensbi \
                 package ({DEBIAN_FW_JUMP}) or give the firmware with --bios",
                args.elf.display()
            ))
        }
        (bios, _) => bios.clone(),
    };
    let firmware = match &bios {
        Some(bios) => match read_file(bios) {
            Ok(d) => Some(d),
            Err(e) => return host_error(e),
        },
        None => None,
    };
    let loaded = match &firmware {
        Some(fw) => m.load_bios(fw, Some(&kernel)).map_err(|e| e.to_string()),
        None => m.load_elf(&kernel).map(|_| ()).map_err(|e| e.to_string()),
    };
    if let Err(e) = loaded {
        return host_error(format!("{}: {e}", args.elf.display()));
    }
    if let Some(path) = &args.initrd {
        let loaded = read_file(path).and_then(|d| m.load_initrd(&d).map_err(|e| e.to_string()));
        if let Err(e) = loaded {
            return host_error(format!("{}: {e}", path.display()));
        }
    }
    // The device tree as the guest gets it (after the initrd has been placed).
    if let Some(path) = &args.dump_dtb {
        if let Err(e) = std::fs::write(path, m.dtb()) {
            return host_error(format!("{}: {e}", path.display()));
        }
    }
    if args.profile.is_some() || !args.idle_symbol.is_empty() {
        match symbol_table(&args, &kernel, firmware.as_deref()) {
            Ok(table) => m.enable_profile(table, args.profile),
            Err(e) => return host_error(e),
        }
    }
    if args.signature.is_some() {
        // Check now, not after the whole run.
        if let Err(e) = m.signature(args.signature_granularity) {
            return host_error(format!("{}: --signature: {e}", args.elf.display()));
        }
    }
    for s in &args.send {
        m.send_input(&unescape(s));
    }
    let patterns = |v: &[String]| -> Vec<String> {
        v.iter().map(|p| String::from_utf8_lossy(&unescape(p)).into_owned()).collect()
    };
    m.watch_console(&patterns(&args.until), &patterns(&args.fail_on));
    m.trace = args.trace;
    if let Some(path) = &args.log_commits {
        match std::fs::File::create(path) {
            Ok(f) => {
                let out = Box::new(std::io::BufWriter::new(f));
                m.commit_log = Some(satp::debug::commitlog::CommitLog::new(out));
            }
            Err(e) => return host_error(format!("{}: {e}", path.display())),
        }
    }
    if let Some(n) = args.stats_interval {
        m.stats_interval = Some((n, Box::new(std::io::stderr())));
    }
    // Output files are created now, so a bad path is reported before the run, not after.
    let mut stats_file = match &args.stats_json {
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => Some(f),
            Err(e) => return host_error(format!("{}: {e}", path.display())),
        },
        None => None,
    };
    if let Some(path) = &args.signature {
        if let Err(e) = std::fs::File::create(path) {
            return host_error(format!("{}: {e}", path.display()));
        }
    }
    // SIGINT, SIGTERM, SIGHUP and SIGQUIT end the run cleanly: disks flushed, terminal
    // restored, the report written (marked as interrupted), exit status 128 + signal.
    let signal = m.signal_flag();
    for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
        if let Err(e) = signal_hook::flag::register_usize(sig, signal.clone(), sig as usize) {
            return host_error(format!("cannot handle signal {sig}: {e}"));
        }
    }
    let term = terminal::attach_stdin(&mut m);
    let exit = match gdb_port {
        Some(port) => {
            match satp::debug::gdb::serve(&mut m, port, args.wait_for_gdb, args.max_insns) {
                Ok(e) => e,
                Err(e) => {
                    drop(term);
                    return host_error(e);
                }
            }
        }
        None => m.run(args.max_insns),
    };
    drop(term);
    let flushed = m.flush();
    let report = m.report();
    let interrupted = match exit {
        Exit::Signal(sig) => Some(signal_name(sig)),
        _ => None,
    };
    if args.stats {
        if let Some(name) = interrupted {
            eprintln!("(run interrupted by {name})");
        }
        eprint!("{}", report.to_text());
    }
    if let (Some(path), Some(file)) = (&args.stats_json, stats_file.as_mut()) {
        let mut json = report.to_json();
        if let (Some(name), Some(obj)) = (interrupted, json.as_object_mut()) {
            obj.insert("interrupted".into(), serde_json::Value::from(name));
        }
        if let (false, Some(obj)) = (args.label.is_empty(), json.as_object_mut()) {
            let labels: serde_json::Map<String, serde_json::Value> =
                args.label.iter().map(|(k, v)| (k.clone(), v.clone().into())).collect();
            obj.insert("labels".into(), labels.into());
            obj.insert("exit_status".into(), satp::sweep::exit_status(&exit).into());
        }
        let text = serde_json::to_string_pretty(&json).unwrap_or_default();
        if let Err(e) = writeln!(file, "{text}") {
            return host_error(format!("{}: {e}", path.display()));
        }
    }
    if let Some(path) = &args.signature {
        let written = m
            .signature(args.signature_granularity)
            .and_then(|text| std::fs::write(path, text).map_err(|e| e.to_string()));
        if let Err(e) = written {
            return host_error(format!("{}: {e}", path.display()));
        }
    }
    if let Err(e) = flushed {
        return host_error(format!("writing disk image: {e}"));
    }
    finish(exit, m.elf.as_ref().is_some_and(|e| e.riscv_test), &m)
}

/// The symbols of the kernel, the firmware and the `--symbols` files, as the table that
/// `--profile` and `--idle-symbol` need (every function with `--profile`; only the idle
/// ones without it).
fn symbol_table(
    args: &RunArgs,
    kernel: &[u8],
    firmware: Option<&[u8]>,
) -> Result<SymbolTable, String> {
    let mut symbols = Vec::new();
    let mut sources = vec![args.elf.display().to_string()];
    for (data, path) in
        [(Some(kernel), &args.elf), (firmware, args.bios.as_ref().unwrap_or(&args.elf))]
    {
        // A raw image has no symbols.
        if let Some(d) = data.filter(|d| d.starts_with(b"\x7fELF")) {
            symbols.extend(elf_symbols(d).map_err(|e| format!("{}: {e}", path.display()))?);
        }
    }
    if let Some(bios) = &args.bios {
        sources.push(bios.display().to_string());
    }
    for path in &args.symbols {
        let data = read_file(path)?;
        symbols
            .extend(elf_symbols(&data).map_err(|e| format!("{}: --symbols: {e}", path.display()))?);
        sources.push(path.display().to_string());
    }
    for name in &args.idle_symbol {
        match symbols.iter().find(|s| &s.name == name && s.size > 0) {
            Some(_) => {}
            None if symbols.iter().any(|s| &s.name == name) => {
                return Err(format!("--idle-symbol {name}: the symbol has no size, so no range"))
            }
            None => {
                return Err(format!(
                    "--idle-symbol {name}: no such function in {}",
                    sources.join(", ")
                ))
            }
        }
    }
    if args.profile.is_none() {
        symbols.retain(|s| args.idle_symbol.contains(&s.name));
    }
    Ok(SymbolTable::new(&symbols, &args.idle_symbol))
}

fn finish(exit: Exit, riscv_test: bool, m: &Machine) -> ExitCode {
    match exit {
        Exit::Guest(0) => ExitCode::SUCCESS,
        Exit::Guest(code) => {
            // Upstream's riscv-tests environments end with 1337 (p) or 1339 (v), i.e. codes
            // 668 and 669, on a trap they did not expect, and ours with 1337: after an
            // illegal instruction that is no test failure but an instruction this hart
            // does not implement.
            let illegal = m.harts.first().and_then(|h| h.last_illegal);
            if let (true, 668 | 669 | 1337, Some((pc, bits))) = (riscv_test, code, illegal) {
                eprintln!(
                    "satp: guest exited with code {code} after an illegal instruction at pc {pc:#x} (bits {bits:#x}): not implemented by this hart (see --isa)"
                );
            } else if riscv_test {
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
        Exit::TrapLoop { hart, pc, cause } => {
            eprintln!(
                "\nsatp: hart {hart} is stuck in a trap loop at pc {pc:#x}, cause {}",
                satp::hart::trap::cause_name(cause)
            );
            ExitCode::from(3)
        }
        Exit::Deadlock => {
            eprintln!("satp: every hart is waiting (WFI) for an interrupt that nothing can raise");
            ExitCode::from(1)
        }
        Exit::ConsoleClosed => {
            eprintln!("\nsatp: the console's reader closed stdout; the run ends here");
            ExitCode::from(141)
        }
        Exit::Signal(sig) => {
            eprintln!("\nsatp: stopped by {}", signal_name(sig));
            ExitCode::from((128 + sig).clamp(0, 255) as u8)
        }
        Exit::HostQuit => {
            eprintln!("\nsatp: quit (Ctrl-A x)");
            ExitCode::SUCCESS
        }
        Exit::Debug => {
            eprintln!("\nsatp: the debugger ended the run");
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

fn bench(args: BenchArgs) -> ExitCode {
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

/// `satp sweep`: build the grid, check every point's flags, then run the points here (or
/// print them as jobs), and write the table and plots.
fn sweep(args: SweepArgs) -> ExitCode {
    use satp::sweep::{self, table::Table, Grid};
    let plots =
        if args.plot.is_empty() { vec!["dtlb.mpki".to_string()] } else { args.plot.clone() };
    if let Some(dir) = &args.merge {
        let (table, missing) = match Table::from_dir(dir) {
            Ok(t) => t,
            Err(e) => return host_error(e),
        };
        if !missing.is_empty() {
            let names: Vec<String> = missing.iter().take(8).map(|p| format!("p{p:05}")).collect();
            eprintln!(
                "satp: warning: {}: {} of {} points have no report ({}{})",
                dir.display(),
                missing.len(),
                table.points,
                names.join(", "),
                if missing.len() > 8 { ", ..." } else { "" }
            );
        }
        return sweep_outputs(dir, &table, &plots, &args, !missing.is_empty());
    }
    let mut grid = Grid { run_flags: args.run_flags.clone(), ..Grid::default() };
    for g in &args.guests {
        match std::fs::canonicalize(g) {
            Ok(abs) => grid.guests.push((g.display().to_string(), abs)),
            Err(e) => return host_error(format!("{}: {e}", g.display())),
        }
    }
    for v in &args.vary {
        if let Err(e) = sweep::add_vary(&mut grid.axes, v) {
            return host_error(e);
        }
    }
    if let Some(x) = &args.x {
        if !grid.axes.iter().any(|a| &a.name == x) && x != "guest" {
            return host_error(format!("--x {x}: not a --vary parameter"));
        }
    }
    if let Err(e) = std::fs::create_dir_all(&args.out) {
        return host_error(format!("{}: {e}", args.out.display()));
    }
    let dir = match std::fs::canonicalize(&args.out) {
        Ok(d) => d,
        Err(e) => return host_error(format!("{}: {e}", args.out.display())),
    };
    let points = grid.points();
    // Every point's command line must be one satp run accepts, before anything runs.
    for p in &points {
        let argv = grid.run_args(p, points.len(), &dir);
        let checked = RunOnly::try_parse_from(
            std::iter::once("satp".to_string()).chain(argv.into_iter().skip(1)),
        )
        .map_err(|e| {
            e.to_string().lines().next().unwrap_or("").trim_start_matches("error: ").to_string()
        })
        .and_then(|r| r.run.machine.config().map(|_| ()));
        if let Err(e) = checked {
            let what: Vec<String> = p.params.iter().map(|(k, v)| format!("{k}={v}")).collect();
            return host_error(format!("sweep point {} ({}): {e}", p.index, what.join(" ")));
        }
    }
    let satp_bin = match args.satp.clone().map(Ok).unwrap_or_else(std::env::current_exe) {
        Ok(p) => p,
        Err(e) => return host_error(format!("cannot find the satp binary: {e}")),
    };
    if args.emit_jobs {
        for p in &points {
            println!("{}", sweep::shell_line(&satp_bin, &grid.run_args(p, points.len(), &dir)));
        }
        eprintln!(
            "satp: {} jobs; once they have run: satp sweep --merge {}",
            points.len(),
            dir.display()
        );
        return ExitCode::SUCCESS;
    }
    if let Err(e) = sweep::clear_points(&dir) {
        return host_error(e);
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    let progress = satp::progress::Progress::new(points.len() as u64, "sweep");
    if !progress.visible() {
        eprintln!("satp: sweep: {} points on {jobs} cores into {}", points.len(), dir.display());
    }
    let failed = sweep::run_local(&satp_bin, &grid, &dir, jobs, &progress);
    progress.finish();
    for f in &failed {
        let status = f.status.map(|s| s.to_string()).unwrap_or_else(|| "killed".into());
        eprintln!(
            "satp: warning: point {} left no report (status {status}): {}",
            f.index, f.message
        );
    }
    let table = match Table::from_dir(&dir) {
        Ok((t, _)) => t,
        Err(e) => return host_error(e),
    };
    sweep_outputs(&dir, &table, &plots, &args, !failed.is_empty())
}

fn sweep_outputs(
    dir: &std::path::Path,
    table: &satp::sweep::table::Table,
    plots: &[String],
    args: &SweepArgs,
    incomplete: bool,
) -> ExitCode {
    let files = match satp::sweep::write_outputs(dir, table, plots, args.x.as_deref(), args.log_x) {
        Ok(f) => f,
        Err(e) => return host_error(e),
    };
    print!("{}", satp::sweep::summary(table, plots));
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    eprintln!("satp: sweep: {} rows; wrote {}", table.rows.len(), names.join(", "));
    if incomplete {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `satp plot`: a --stats-interval file as SVG time series.
fn plot(args: PlotArgs) -> ExitCode {
    let stdin = args.file.as_os_str() == "-";
    let text = if stdin {
        let mut s = String::new();
        match std::io::Read::read_to_string(&mut std::io::stdin(), &mut s) {
            Ok(_) => s,
            Err(e) => return host_error(format!("stdin: {e}")),
        }
    } else {
        match std::fs::read_to_string(&args.file) {
            Ok(s) => s,
            Err(e) => return host_error(format!("{}: {e}", args.file.display())),
        }
    };
    let out = match (&args.out, stdin) {
        (Some(o), _) => o.clone(),
        (None, true) => PathBuf::from("interval.svg"),
        (None, false) => args.file.with_extension("svg"),
    };
    let charts = match satp::plot::interval_charts(&text) {
        Ok(c) => c,
        Err(e) => return host_error(format!("{}: {e}", args.file.display())),
    };
    let svg = match satp::plot::svg(&charts, 1000, 300) {
        Ok(s) => s,
        Err(e) => return host_error(format!("plot: {e}")),
    };
    if let Err(e) = std::fs::write(&out, svg) {
        return host_error(format!("{}: {e}", out.display()));
    }
    eprintln!("satp: wrote {}", out.display());
    ExitCode::SUCCESS
}
