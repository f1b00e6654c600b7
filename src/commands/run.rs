//! `satp run`: its flags (`RunArgs`, and `RunOnly` to parse them alone), the parsers they
//! use, the run itself (`run`), the symbol table for `--profile`, and the exit status.

use crate::{host_error, read_file, terminal, MachineArgs};
use clap::{Args, Parser};
use satp::cli::{check_escapes, parse_count, parse_disk, unescape, DiskSource, DiskSpec};
use satp::devices::virtio::{blk_device, mem_blk_device, VirtioMmio};
use satp::hart::profile::SymbolTable;
use satp::loader::elf_symbols;
use satp::machine::{Exit, LinuxImage, Machine, DEBIAN_FW_JUMP, VIRTIO_SLOTS};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub(crate) struct RunArgs {
    /// The ELF program or kernel to run (with --bios: the kernel, ELF or raw image at 0x80200000)
    elf: PathBuf,
    #[command(flatten)]
    pub(crate) machine: MachineArgs,
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

/// `satp run`'s flags alone, to build the demo's run from them.
#[derive(Parser)]
pub(crate) struct RunOnly {
    #[command(flatten)]
    pub(crate) run: RunArgs,
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

/// `satp run`: the kernel is `args.elf`, or `builtin` (the demo's kernel) when given.
pub(crate) fn run(args: RunArgs, builtin: Option<&'static [u8]>) -> ExitCode {
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
        // read_file's error names the file already.
        let loaded = read_file(path)
            .and_then(|d| m.load_initrd(&d).map_err(|e| format!("{}: {e}", path.display())));
        if let Err(e) = loaded {
            return host_error(e);
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
