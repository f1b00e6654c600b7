//! The virt machine: harts, the bus with RAM and devices (QEMU `virt` memory map), HTIF,
//! the device tree, booting, and the run loop.
//!
//! Harts run round-robin in one host thread, a batch of instructions each in turn, so
//! every run is deterministic. Time (mtime) advances with executed work, never with
//! wall-clock time: one timebase tick per [`CYCLES_PER_TICK`] cycles (1 GHz clock, 10 MHz
//! timebase). Under the in-order model the harts run side by side, so a round of batches
//! lasts as long as the slowest hart's cycles; under the functional model every executed
//! instruction of any hart is one cycle of time. When every hart waits in WFI, time jumps
//! to the next timer or device event.

use crate::bus::{Bus, MapError, Target};
use crate::debug::commitlog::Before;
use crate::devices::clint::{CLINT_BASE, CLINT_SIZE};
use crate::devices::console::{Console, PatternWatch};
use crate::devices::htif::{Htif, HtifEvent};
use crate::devices::plic::{PLIC_BASE, PLIC_SIZE, PLIC_SOURCES};
use crate::devices::test_finisher::{TestFinisher, TEST_FINISHER_BASE, TEST_FINISHER_SIZE};
use crate::devices::uart::{Uart, UART_BASE, UART_IRQ, UART_SIZE};
use crate::devices::virtio::{Latency, VirtioMmio};
use crate::engine::BlockCache;
use crate::fdt::{self, FdtConfig};
use crate::hart::csr::{IRQ_STI, MENVCFG_STCE};
use crate::hart::profile::SymbolTable;
use crate::hart::{Hart, MmuOptions};
use crate::isa::Isa;
use crate::loader::{self, LoadError, LoadedElf};
use crate::stats::{DiskLabel, DiskReport, Report};
use crate::timing::{ModelKind, TimingConfig};
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;
use std::time::{Duration, Instant};
use thiserror::Error;

/// Physical address of RAM (as on QEMU's virt board).
pub const RAM_BASE: u64 = 0x8000_0000;
/// Default RAM size.
pub const DEFAULT_MEM: u64 = 128 << 20;
/// Clock cycles per mtime tick with the default clock (1 GHz) and timebase (10 MHz).
pub const CYCLES_PER_TICK: u64 = 100;
/// The timebase advertised in the device tree.
pub const TIMEBASE_HZ: u32 = 10_000_000;
/// Where a kernel goes when firmware is loaded with `--bios` (OpenSBI's fw_jump convention).
pub const KERNEL_BASE: u64 = 0x8020_0000;
/// Where Debian's `opensbi` package installs the generic `fw_jump` firmware, which satp
/// runs first for a Linux Image given without `--bios`.
pub const DEBIAN_FW_JUMP: &str = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin";

/// The header of a RISC-V Linux kernel Image (Linux, Documentation/arch/riscv/boot-image-header.rst):
/// `text_offset` (bytes from the start of RAM where it must be loaded) at 0x08,
/// `image_size` at 0x10, and the magic "RSC\x05" at 0x38.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinuxImage {
    pub text_offset: u64,
    pub image_size: u64,
}

impl LinuxImage {
    /// The header of `data`, if it is a RISC-V Linux Image.
    pub fn parse(data: &[u8]) -> Option<LinuxImage> {
        let u64_at = |at: usize| -> Option<u64> {
            Some(u64::from_le_bytes(data.get(at..at + 8)?.try_into().ok()?))
        };
        if data.get(0x38..0x3c)? != b"RSC\x05" {
            return None;
        }
        Some(LinuxImage { text_offset: u64_at(0x08)?, image_size: u64_at(0x10)? })
    }
}
/// virtio-mmio slots: base of slot 0, stride, count; slot n uses PLIC source n + 1.
pub const VIRTIO_BASE: u64 = 0x1000_1000;
pub const VIRTIO_STRIDE: u64 = 0x1000;
pub const VIRTIO_SLOTS: usize = 8;
/// Most harts a machine may have.
pub const MAX_HARTS: usize = 8;
/// Instructions a hart runs before the next hart's turn.
const BATCH: u64 = 256;

/// Steps in a row that take a trap and retire nothing, after which a hart counts as stuck
/// in a trap loop. No useful program comes near it: every trap handler retires
/// instructions before it can trap again.
pub const TRAP_LOOP_STEPS: u64 = 1 << 20;

/// Faults in a row with the same cause at the same pc and no other trap (not even an
/// interrupt) between, after which a hart counts as stuck in a trap loop. A loop that
/// demand-pages a new page per iteration faults at one pc too, but 4 Mi pages (16 GiB)
/// with no timer interrupt between is beyond any real guest.
pub const SAME_FAULT_LIMIT: u64 = 1 << 22;

/// How a machine is built.
#[derive(Clone, Debug)]
pub struct MachineConfig {
    pub mem_size: u64,
    pub harts: usize,
    pub mmu: MmuOptions,
    /// Kernel command line for `/chosen/bootargs`.
    pub bootargs: Option<String>,
    /// The timing model and its parameters.
    pub timing: TimingConfig,
    /// The extensions every hart implements (`--isa`).
    pub isa: Isa,
}

impl MachineConfig {
    /// The modeled latency of a disk request, in mtime ticks: from the timing profile under
    /// the in-order model; none under the functional model (requests complete at once).
    pub fn disk_latency(&self) -> Latency {
        if self.timing.model == ModelKind::Functional {
            return Latency::default();
        }
        Latency {
            fixed: self.timing.cycles_to_ticks(self.timing.disk.fixed_cycles),
            per_sector: self.timing.cycles_to_ticks(self.timing.disk.per_sector_cycles),
        }
    }
}

impl Default for MachineConfig {
    fn default() -> Self {
        MachineConfig {
            mem_size: DEFAULT_MEM,
            harts: 1,
            mmu: MmuOptions::default(),
            bootargs: None,
            timing: TimingConfig::default(),
            isa: Isa::all(),
        }
    }
}

/// Why a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    /// The guest asked to exit (HTIF or the test finisher) with this code.
    Guest(u64),
    /// The instruction limit was reached.
    InstructionLimit,
    /// Every hart waits for an interrupt that nothing can raise.
    Deadlock,
    /// A hart took [`TRAP_LOOP_STEPS`] traps in a row without retiring an instruction
    /// (e.g. its trap vector points at an illegal instruction).
    TrapLoop { hart: usize, pc: u64, cause: u64 },
    /// The console printed an `--until` pattern.
    Until(String),
    /// The console printed a `--fail-on` pattern.
    FailOn(String),
    /// The user quit (Ctrl-A x).
    HostQuit,
    /// A host signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) asked satp to stop.
    Signal(i32),
    /// The console's reader went away (EPIPE on stdout, e.g. `satp run ... | head`).
    ConsoleClosed,
    /// Back to the debugger: a hart stopped (its `debug.stop` says why), or, with
    /// [`Machine::debugger`] set, every hart waits and the debugger may want to look.
    Debug,
}

/// Host-side problems building or booting a machine.
#[derive(Debug, Error)]
pub enum MachineError {
    #[error("{0}")]
    Load(#[from] LoadError),
    #[error("device map: {0}")]
    Map(#[from] MapError),
    #[error("device tree: {0}")]
    Fdt(String),
    #[error("the device tree ({0} bytes) does not fit in RAM")]
    FdtTooBig(usize),
    #[error("{what} at {start:#x}..{end:#x} lies outside RAM; try a larger --mem")]
    OutsideRam { what: String, start: u64, end: u64 },
    #[error("--harts must be 1 to {MAX_HARTS}")]
    Harts,
    #[error("cannot allocate {0} MiB of guest RAM on this host; try a smaller --mem")]
    Memory(u64),
}

/// A whole emulated system.
pub struct Machine {
    pub harts: Vec<Hart>,
    pub bus: Bus,
    /// Decoded code, shared by all harts.
    pub blocks: BlockCache,
    htif: Option<Htif>,
    console: Console,
    watch: PatternWatch,
    input: Sender<u8>,
    /// Input may still arrive from the host (a terminal or pipe that is still open), so a
    /// machine whose harts all wait is not dead.
    input_open: Arc<AtomicBool>,
    /// Set by the host (Ctrl-A x) to end the run.
    quit: Arc<AtomicBool>,
    /// Set (to the signal number) by a host signal handler: ends the run.
    signal: Arc<AtomicUsize>,
    cycles_into_tick: u64,
    /// Core cycles per mtime tick (clock / timebase).
    cycles_per_tick: u64,
    elapsed: Duration,
    pub elf: Option<LoadedElf>,
    dtb: Vec<u8>,
    dtb_addr: u64,
    /// `[start, end)` of the initial RAM disk, if one was loaded.
    initrd: Option<(u64, u64)>,
    pub config: MachineConfig,
    /// Print every executed instruction to stderr (`--trace`).
    pub trace: bool,
    /// Write one Spike-format line per retired instruction (`--log-commits`).
    pub commit_log: Option<crate::debug::commitlog::CommitLog>,
    /// `--stats-interval`: every this many instructions, one JSON report line is written
    /// to `interval_out`.
    pub stats_interval: Option<(u64, Box<dyn Write + Send>)>,
    next_interval: u64,
    /// Per hart: steps in a row that retired nothing (see [`TRAP_LOOP_STEPS`]).
    trap_streak: [u64; MAX_HARTS],
    /// The block devices added with [`Machine::add_disk`], for the per-disk report.
    pub disks: Vec<DiskLabel>,
    /// `--profile N`: the report shows the profile, the top N functions in its text.
    pub profile_top: Option<usize>,
    /// A debugger drives the run ([`crate::debug`]): a run whose harts all wait returns
    /// [`Exit::Debug`] instead of sleeping until input arrives.
    pub debugger: bool,
}

impl Machine {
    /// A machine with zeroed RAM and the virt devices, whose harts start at the base of
    /// RAM. Console output (UART and HTIF) goes to `console`.
    ///
    /// # Panics
    /// If `cfg.harts` is not 1 to [`MAX_HARTS`], a host configuration error; use
    /// [`Machine::build`] to get it as an error instead.
    #[allow(clippy::panic, reason = "documented; build is the non-panicking form")]
    pub fn new(cfg: &MachineConfig, console: Box<dyn Write + Send>) -> Machine {
        match Self::build(cfg, console) {
            Ok(m) => m,
            Err(e) => panic!("invalid machine configuration: {e}"),
        }
    }

    /// Like [`Machine::new`], reporting configuration errors.
    pub fn build(
        cfg: &MachineConfig,
        console: Box<dyn Write + Send>,
    ) -> Result<Machine, MachineError> {
        if cfg.harts == 0 || cfg.harts > MAX_HARTS {
            return Err(MachineError::Harts);
        }
        let console = Console::new(console);
        let mut bus =
            Bus::try_new(RAM_BASE, cfg.mem_size).ok_or(MachineError::Memory(cfg.mem_size >> 20))?;
        bus.set_harts(cfg.harts);
        let (tx, rx): (Sender<u8>, Receiver<u8>) = channel();
        bus.add_device(CLINT_BASE, CLINT_SIZE, Target::Clint)?;
        bus.add_device(PLIC_BASE, PLIC_SIZE, Target::Plic)?;
        bus.add_device(TEST_FINISHER_BASE, TEST_FINISHER_SIZE, Box::new(TestFinisher::new()))?;
        bus.add_device(
            UART_BASE,
            UART_SIZE,
            Box::new(Uart::new(Box::new(console.clone()), Some(rx))),
        )?;
        let harts = (0..cfg.harts)
            .map(|i| {
                let mut h = Hart::new(i as u64, i, RAM_BASE, cfg.mmu.clone(), &cfg.timing);
                h.set_isa(cfg.isa);
                h
            })
            .collect();
        let mut blocks = BlockCache::new();
        blocks.set_isa(cfg.isa);
        let mut m = Machine {
            harts,
            bus,
            blocks,
            htif: None,
            console,
            watch: PatternWatch::default(),
            input: tx,
            input_open: Arc::new(AtomicBool::new(false)),
            quit: Arc::new(AtomicBool::new(false)),
            signal: Arc::new(AtomicUsize::new(0)),
            cycles_into_tick: 0,
            cycles_per_tick: cfg.timing.cycles_per_tick(),
            elapsed: Duration::ZERO,
            elf: None,
            dtb: Vec::new(),
            dtb_addr: 0,
            initrd: None,
            config: cfg.clone(),
            trace: false,
            commit_log: None,
            stats_interval: None,
            next_interval: 0,
            trap_streak: [0; MAX_HARTS],
            disks: Vec::new(),
            profile_top: None,
            debugger: false,
        };
        m.place_dtb()?;
        Ok(m)
    }

    /// Registers a virtio-mmio transport in slot `slot` (0..8), wired to PLIC source
    /// `slot + 1`.
    pub fn add_virtio(&mut self, slot: usize, device: VirtioMmio) -> Result<(), MachineError> {
        let base = VIRTIO_BASE + VIRTIO_STRIDE * slot as u64;
        let device = device.with_irq(slot as u32 + 1);
        self.bus.add_device(base, VIRTIO_STRIDE, Box::new(device))?;
        Ok(())
    }

    /// Registers a block device in slot `slot` like [`Machine::add_virtio`], under a name
    /// and role for the report.
    pub fn add_disk(
        &mut self,
        slot: usize,
        device: VirtioMmio,
        name: &str,
        role: Option<&str>,
    ) -> Result<(), MachineError> {
        self.add_virtio(slot, device)?;
        let role = role.map(str::to_string);
        self.disks.push(DiskLabel { slot, name: name.to_string(), role });
        Ok(())
    }

    /// Attributes execution to the functions of `table` from now on (`--profile`,
    /// `--idle-symbol`); `top`: the report shows the profile, with the top N functions in
    /// its text (without it, the table only serves the idle figures).
    pub fn enable_profile(&mut self, table: SymbolTable, top: Option<usize>) {
        let table = Arc::new(table);
        for h in &mut self.harts {
            h.enable_profile(table.clone());
        }
        self.profile_top = top;
    }

    fn fdt_config(&self) -> FdtConfig {
        FdtConfig {
            harts: self.harts.len(),
            ram_base: RAM_BASE,
            ram_size: self.bus.ram_size(),
            timebase_hz: u32::try_from(self.config.timing.timebase_hz).unwrap_or(TIMEBASE_HZ),
            clint: (CLINT_BASE, CLINT_SIZE),
            plic: (PLIC_BASE, PLIC_SIZE),
            plic_sources: PLIC_SOURCES,
            uart: (UART_BASE, UART_SIZE),
            uart_irq: UART_IRQ,
            virtio: (0..VIRTIO_SLOTS)
                .map(|n| (VIRTIO_BASE + VIRTIO_STRIDE * n as u64, VIRTIO_STRIDE, n as u32 + 1))
                .collect(),
            test_finisher: (TEST_FINISHER_BASE, TEST_FINISHER_SIZE),
            bootargs: self.config.bootargs.clone(),
            initrd: self.initrd,
            isa: self.config.isa,
        }
    }

    /// Builds the device tree and places it at the top of RAM.
    fn place_dtb(&mut self) -> Result<(), MachineError> {
        let dtb = fdt::build(&self.fdt_config()).map_err(|e| MachineError::Fdt(e.to_string()))?;
        let len = (dtb.len() as u64 + 0xfff) & !0xfff;
        if len >= self.bus.ram_size() / 2 {
            return Err(MachineError::FdtTooBig(dtb.len()));
        }
        let addr = RAM_BASE + self.bus.ram_size() - len;
        if let Some(dest) = self.bus.ram_slice_mut(addr, dtb.len() as u64) {
            dest.copy_from_slice(&dtb);
        }
        self.dtb_addr = addr;
        self.dtb = dtb;
        for h in &mut self.harts {
            h.x[11] = addr;
        }
        Ok(())
    }

    /// The device tree blob given to the guest.
    pub fn dtb(&self) -> &[u8] {
        &self.dtb
    }

    /// Loads an ELF image (the kernel, or a program), points every hart at its entry with
    /// a0 = hartid and a1 = the device tree, and connects HTIF if the ELF defines `tohost`.
    pub fn load_elf(&mut self, data: &[u8]) -> Result<LoadedElf, LoadError> {
        let loaded = loader::load_elf(data, &mut self.bus)?;
        self.start_at(loaded.entry);
        if let Some(tohost) = loaded.tohost {
            self.htif = Some(Htif::new(tohost, loaded.fromhost));
            self.bus.watch_htif(tohost);
        }
        self.elf = Some(loaded.clone());
        Ok(loaded)
    }

    /// Boots firmware the way QEMU's `-bios` does: `firmware` (ELF, or a raw image placed
    /// at the base of RAM) runs first; `kernel` (ELF at its own addresses, or a raw image
    /// at [`KERNEL_BASE`]) is only loaded.
    pub fn load_bios(
        &mut self,
        firmware: &[u8],
        kernel: Option<&[u8]>,
    ) -> Result<(), MachineError> {
        if let Some(k) = kernel {
            if k.starts_with(b"\x7fELF") {
                loader::load_elf(k, &mut self.bus)?;
            } else {
                // A Linux Image goes where its header asks (text_offset from the start of
                // RAM; 2 MiB for RV64, which is KERNEL_BASE), any other raw image at
                // KERNEL_BASE, where fw_jump jumps.
                let at = LinuxImage::parse(k)
                    .map_or(KERNEL_BASE, |h| RAM_BASE.saturating_add(h.text_offset));
                self.load_raw(at, k, "kernel image")?;
            }
        }
        if firmware.starts_with(b"\x7fELF") {
            self.load_elf(firmware)?;
        } else {
            self.load_raw(RAM_BASE, firmware, "firmware image")?;
            self.start_at(RAM_BASE);
        }
        Ok(())
    }

    /// Loads an initial RAM disk (e.g. a gzipped cpio archive for Linux) high in RAM, on a
    /// page boundary below the device tree with a page of room, and names it in `/chosen`
    /// (`linux,initrd-start`, `linux,initrd-end`). Load kernels first: they sit low in RAM.
    pub fn load_initrd(&mut self, data: &[u8]) -> Result<(u64, u64), MachineError> {
        let too_big = || MachineError::OutsideRam {
            what: "initrd".into(),
            start: RAM_BASE,
            end: RAM_BASE.saturating_add(data.len() as u64),
        };
        // Leave room for the device tree to grow by the two properties (and a page).
        let below = self.dtb_addr.checked_sub(2 * 0x1000).ok_or_else(too_big)?;
        let start = below.checked_sub(data.len() as u64).ok_or_else(too_big)? & !0xfff;
        // Keep the lower half of RAM for the kernel and its early allocations.
        if start < RAM_BASE + self.bus.ram_size() / 2 {
            return Err(too_big());
        }
        let end = start + data.len() as u64;
        let dest = self.bus.ram_slice_mut(start, data.len() as u64).ok_or_else(too_big)?;
        dest.copy_from_slice(data);
        self.initrd = Some((start, end));
        self.place_dtb()?;
        if self.dtb_addr < end {
            return Err(too_big());
        }
        Ok((start, end))
    }

    fn load_raw(&mut self, addr: u64, data: &[u8], what: &str) -> Result<(), MachineError> {
        let end = addr + data.len() as u64;
        if end > self.dtb_addr {
            return Err(MachineError::OutsideRam { what: what.into(), start: addr, end });
        }
        let dest = self
            .bus
            .ram_slice_mut(addr, data.len() as u64)
            .ok_or_else(|| MachineError::OutsideRam { what: what.into(), start: addr, end })?;
        dest.copy_from_slice(data);
        Ok(())
    }

    fn start_at(&mut self, entry: u64) {
        for h in &mut self.harts {
            h.pc = entry;
            h.x[10] = h.csr.hartid;
            h.x[11] = self.dtb_addr;
        }
    }

    /// Queues bytes for the UART receiver, as if typed.
    pub fn send_input(&mut self, bytes: &[u8]) {
        for &b in bytes {
            let _ = self.input.send(b);
        }
    }

    /// A sender for host input (e.g. a stdin reader thread).
    pub fn input_sender(&mut self) -> Sender<u8> {
        self.input.clone()
    }

    /// While this flag is set, host input may still arrive, so harts that all wait are
    /// not deadlocked.
    pub fn input_open_flag(&self) -> Arc<AtomicBool> {
        self.input_open.clone()
    }

    /// Setting this flag ends the run with [`Exit::HostQuit`].
    pub fn quit_flag(&self) -> Arc<AtomicBool> {
        self.quit.clone()
    }

    /// Storing a signal number here ends the run with [`Exit::Signal`] at the next
    /// service point (within one round of the harts).
    pub fn signal_flag(&self) -> Arc<AtomicUsize> {
        self.signal.clone()
    }

    /// Ends the run when the console prints one of `until` (success) or `fail_on`.
    pub fn watch_console(&mut self, until: &[String], fail_on: &[String]) {
        self.watch = PatternWatch::new(until, fail_on);
        if !self.watch.is_empty() {
            self.console.watch();
        }
    }

    /// Instructions retired by all harts.
    pub fn instructions(&self) -> u64 {
        self.harts.iter().map(|h| h.stats.instructions).sum()
    }

    /// Runs until the guest exits, a console pattern matches, or `max_insns`
    /// instructions have retired. Device state is flushed to the host afterwards.
    pub fn run(&mut self, max_insns: Option<u64>) -> Exit {
        let start = Instant::now();
        let exit = self.run_inner(max_insns);
        self.elapsed += start.elapsed();
        let _ = self.console.flush();
        if let Some(log) = self.commit_log.as_mut() {
            if let Err(e) = log.flush() {
                log::warn!("--log-commits: {e}");
            }
        }
        exit
    }

    /// The signature of a riscv-arch-test style guest, in Spike's `+signature=` format:
    /// the memory from the symbol `begin_signature` up to `end_signature`, one
    /// `granularity`-byte little-endian word per line in hexadecimal (a last partial word
    /// is padded with zero bytes).
    pub fn signature(&self, granularity: u64) -> Result<String, String> {
        let elf = self.elf.as_ref().ok_or("no ELF loaded")?;
        let (Some(begin), Some(end)) = (elf.begin_signature, elf.end_signature) else {
            return Err("the ELF has no begin_signature and end_signature symbols".into());
        };
        if end < begin {
            return Err(format!("end_signature {end:#x} is below begin_signature {begin:#x}"));
        }
        let bytes = self
            .bus
            .ram_slice(begin, end - begin)
            .ok_or_else(|| format!("the signature {begin:#x}..{end:#x} is not in RAM"))?;
        let mut out = String::new();
        for chunk in bytes.chunks(granularity as usize) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            let value = u64::from_le_bytes(word);
            out.push_str(&format!("{value:0width$x}\n", width = 2 * granularity as usize));
        }
        Ok(out)
    }

    /// Writes buffered device state (disk images) to the host.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.bus.flush_devices()
    }

    fn run_inner(&mut self, max_insns: Option<u64>) -> Exit {
        let limit = max_insns.unwrap_or(u64::MAX);
        let mut done = self.instructions();
        if let Some(e) = self.service() {
            return e;
        }
        loop {
            if done >= limit {
                return Exit::InstructionLimit;
            }
            let mut batch = BATCH.min(limit - done);
            if let Some((every, _)) = &self.stats_interval {
                let every = (*every).max(1);
                if done >= self.next_interval {
                    self.next_interval = (done / every + 1) * every;
                    // The first line comes after the first N instructions: a line before
                    // anything ran would be all zeros.
                    if done > 0 {
                        self.write_interval();
                    }
                }
                // End the batch on the next interval boundary (exact for one hart; with
                // several, the count is over all harts).
                batch = batch.min(self.next_interval - done).max(1);
            }
            let mut longest = 0;
            let mut longest_cycles = 0;
            let mut ran = [0u64; MAX_HARTS];
            let mut debug_stop = false;
            for (i, own) in ran.iter_mut().enumerate().take(self.harts.len()) {
                let hart = &mut self.harts[i];
                let before = hart.stats.instructions;
                let cycles_before = hart.stats.cycles;
                let steps = if self.trace || self.commit_log.is_some() {
                    let mut steps = 0;
                    while steps < batch {
                        let (pc, privilege) = (hart.pc, hart.privilege);
                        let commit = self.commit_log.as_ref().map(|_| Before::capture(hart));
                        if !hart.step(&mut self.bus, &mut self.blocks) {
                            break;
                        }
                        if self.trace {
                            trace_line(hart, pc, privilege);
                        }
                        if let (Some(log), Some(b)) = (self.commit_log.as_mut(), commit) {
                            log.record(hart, &self.bus, &b);
                        }
                        steps += 1;
                        if self.bus.attention {
                            break;
                        }
                    }
                    steps
                } else {
                    hart.run(&mut self.bus, &mut self.blocks, batch)
                };
                longest = longest.max(steps);
                debug_stop |= hart.debug.stop.is_some();
                // Steps that retired nothing were traps: a hart that does only that is
                // stuck, and no instruction limit would ever end the run.
                if steps > 0 && hart.stats.instructions == before {
                    self.trap_streak[i] += steps;
                    if self.trap_streak[i] >= TRAP_LOOP_STEPS {
                        let cause = hart.last_cause;
                        return Exit::TrapLoop { hart: i, pc: hart.pc, cause };
                    }
                } else {
                    self.trap_streak[i] = 0;
                }
                // Or it takes the same fault at the same place again and again, retiring
                // a few handler instructions in between.
                let ((cause, epc, _), repeats) = hart.same_fault;
                if repeats >= SAME_FAULT_LIMIT {
                    return Exit::TrapLoop { hart: i, pc: epc, cause };
                }
                *own = hart.stats.cycles - cycles_before;
                longest_cycles = longest_cycles.max(*own);
                done += hart.stats.instructions - before;
                if self.bus.attention {
                    self.bus.attention = false;
                    if let Some(htif) = self.htif.as_mut() {
                        if let HtifEvent::Exit(code) = htif.poll(&mut self.bus, &mut self.console) {
                            return Exit::Guest(code);
                        }
                    }
                    if let Some(e) = self.service() {
                        return e;
                    }
                }
            }
            // How far time moved in this round. Under a timing model the harts ran side by
            // side, so by the longest of them; under the functional model time counts
            // executed work, a fixed number of ticks per instruction over all harts. A
            // hart that waited in WFI meanwhile spent that time waiting.
            let round = if self.config.timing.model == ModelKind::Functional {
                ran.iter().sum()
            } else {
                longest_cycles
            };
            for (h, &own) in self.harts.iter_mut().zip(ran.iter()) {
                if h.waiting && own < round {
                    h.add_wait_cycles(round - own);
                }
            }
            self.advance_time(round);
            if let Some(e) = self.service() {
                return e;
            }
            if debug_stop {
                return Exit::Debug;
            }
            if longest == 0 {
                // Every hart waits: skip to the next event instead of spinning.
                match self.next_event() {
                    Some(t) => {
                        let now = self.bus.mtime();
                        if t > now {
                            let skipped = (t - now) * self.cycles_per_tick;
                            for h in &mut self.harts {
                                h.add_wait_cycles(skipped);
                            }
                            self.bus.clint.mtime = t;
                            self.cycles_into_tick = 0;
                        }
                        if let Some(e) = self.service() {
                            return e;
                        }
                    }
                    None if self.input_open.load(Ordering::Relaxed) => {
                        std::thread::sleep(Duration::from_millis(1));
                        if self.debugger {
                            return Exit::Debug;
                        }
                    }
                    None => return Exit::Deadlock,
                }
            }
        }
    }

    /// The next mtime at which something will raise an interrupt by itself.
    fn next_event(&self) -> Option<u64> {
        let now = self.bus.mtime();
        let stimers = self
            .harts
            .iter()
            .filter(|h| h.csr.menvcfg & MENVCFG_STCE != 0 && h.csr.stimecmp > now)
            .map(|h| h.csr.stimecmp);
        self.bus.next_event().into_iter().chain(stimers).filter(|&t| t > now).min()
    }

    /// Ticks devices, drives every hart's interrupt lines, and checks console patterns.
    fn service(&mut self) -> Option<Exit> {
        if self.quit.load(Ordering::Relaxed) {
            return Some(Exit::HostQuit);
        }
        if self.console.closed() {
            return Some(Exit::ConsoleClosed);
        }
        let signal = self.signal.load(Ordering::Relaxed);
        if signal != 0 {
            return Some(Exit::Signal(signal as i32));
        }
        if let Some(code) = self.bus.service_devices() {
            return Some(Exit::Guest(code));
        }
        let now = self.bus.mtime();
        for (i, h) in self.harts.iter_mut().enumerate() {
            let mut lines = self.bus.clint.lines(i) | self.bus.plic.lines(i);
            // Sstc: STIP follows stimecmp while menvcfg.STCE is set.
            if h.csr.menvcfg & MENVCFG_STCE != 0 && now >= h.csr.stimecmp {
                lines |= IRQ_STI;
            }
            h.csr.mip_lines = lines;
        }
        if !self.watch.is_empty() {
            let new = self.console.take_unseen();
            if let Some((pattern, ok)) = self.watch.feed(&new) {
                return Some(if ok { Exit::Until(pattern) } else { Exit::FailOn(pattern) });
            }
        }
        None
    }

    fn advance_time(&mut self, cycles: u64) {
        self.cycles_into_tick += cycles;
        self.bus.clint.mtime += self.cycles_into_tick / self.cycles_per_tick;
        self.cycles_into_tick %= self.cycles_per_tick;
    }

    #[cold]
    fn write_interval(&mut self) {
        let line = self.report().to_json().to_string();
        if let Some((_, out)) = self.stats_interval.as_mut() {
            let _ = writeln!(out, "{line}");
        }
    }

    /// The statistics report for everything run so far.
    pub fn report(&self) -> Report {
        let mut r = Report::gather(&self.harts, self.bus.disk_stats(), self.elapsed);
        r.cycles_per_tick = self.cycles_per_tick;
        for d in &self.disks {
            let base = VIRTIO_BASE + VIRTIO_STRIDE * d.slot as u64;
            let stats = self.bus.disk_stats_at(base).unwrap_or_default();
            r.disks.push(DiskReport { label: d.clone(), stats });
        }
        r.add_profile(&self.harts, self.profile_top);
        r
    }
}

/// One `--trace` line: hart, mode, pc, instruction bits and disassembly, then where the
/// hart went if it did not fall through (a jump, a trap or an xRET).
#[cold]
fn trace_line(hart: &Hart, pc: u64, privilege: crate::isa::Privilege) {
    let raw = hart.last_raw;
    let (len, text) = if raw & 3 == 3 {
        (4, crate::isa::decode(raw).map(|i| crate::isa::disasm::disasm_at(&i, pc)))
    } else {
        (
            2,
            crate::isa::decode_compressed(raw as u16)
                .map(|i| crate::isa::disasm::disasm_at(&i, pc)),
        )
    };
    let text = text.unwrap_or_else(|_| "(illegal)".into());
    let bits = if len == 4 { format!("{raw:08x}") } else { format!("    {:04x}", raw & 0xffff) };
    let next = if hart.pc != pc.wrapping_add(len) || hart.privilege != privilege {
        format!("   -> {}:{:#x}", hart.privilege.letter(), hart.pc)
    } else {
        String::new()
    };
    eprintln!("{} {} {pc:016x} {bits}  {text}{next}", hart.csr.hartid, privilege.letter());
}

#[cfg(test)]
#[path = "machine_tests.rs"]
mod tests;
