//! The `satp` command line: parse flags, build a machine, run, report.

// Unsafe code is allowed only in `terminal` (termios calls).
#![deny(unsafe_code)]

mod terminal;

use clap::{Args, Parser, Subcommand, ValueEnum};
use satp::cli::{check_escapes, parse_count, parse_mem, unescape};
use satp::devices::virtio::{blk_device, VirtioMmio};
use satp::hart::MmuOptions;
use satp::isa::Isa;
use satp::machine::{Exit, Machine, MachineConfig, VIRTIO_SLOTS};
use satp::mmu::sv39::AdMode;
use satp::mmu::tlb::TlbConfig;
use satp::timing::{CacheGeometry, ModelKind, TimingConfig};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use std::io::Write;
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
    Run(Box<RunArgs>),
    /// Run every ELF named (or found under a named directory), each in a fresh machine, in parallel
    Test(Box<TestArgs>),
    /// Measure emulation speed on the built-in CPU benchmark (Bare and Sv39, each timing model),
    /// and on qemu-system-riscv64 for a speed ratio if it is on PATH
    Bench(BenchArgs),
    /// Print the built-in timing profile as TOML (a starting point for --timing FILE)
    Profile,
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
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    match cli.command {
        None => demo(),
        Some(Command::Run(args)) => run(*args),
        Some(Command::Test(args)) => test(*args),
        Some(Command::Bench(args)) => bench(args),
        Some(Command::Disasm { elf }) => disasm(&elf),
        Some(Command::Difftest(args)) => difftest(args),
        Some(Command::Profile) => {
            print!("{}", TimingConfig::default().to_toml_string());
            ExitCode::SUCCESS
        }
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
    let sub = std::env::args()
        .nth(1)
        .filter(|a| ["run", "test", "bench", "profile"].contains(&a.as_str()));
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
    let mut cfg = match args.machine.config() {
        Ok(c) => c,
        Err(e) => return host_error(e),
    };
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
                match blk_device(path, args.snapshot, args.virtio_legacy, cfg.disk_latency()) {
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
    let exit = m.run(args.max_insns);
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
    let (_, failed) = satp::runner::run_all(&files, &cfg, args.max_insns, jobs, &mut out);
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
