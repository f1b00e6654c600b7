//! The machine: harts, the bus with RAM and devices, HTIF, and the run loop.
//!
//! Harts run round-robin in one host thread, a batch of instructions each in turn, so
//! every run is deterministic. Time (mtime) advances with executed work: one timebase tick
//! per [`CYCLES_PER_TICK`] cycles (1 GHz clock, 10 MHz timebase), never with wall-clock
//! time.

use crate::bus::Bus;
use crate::devices::htif::{Htif, HtifEvent};
use crate::hart::{Hart, MmuOptions};
use crate::loader::{self, LoadError, LoadedElf};
use crate::stats::Report;
use std::io::Write;
use std::time::{Duration, Instant};

/// Physical address of RAM (as on QEMU's virt board).
pub const RAM_BASE: u64 = 0x8000_0000;
/// Default RAM size.
pub const DEFAULT_MEM: u64 = 128 << 20;
/// Clock cycles per mtime tick.
pub const CYCLES_PER_TICK: u64 = 100;
/// Instructions a hart runs before the next hart's turn.
const BATCH: u64 = 256;

/// How a machine is built.
#[derive(Clone, Debug)]
pub struct MachineConfig {
    pub mem_size: u64,
    pub harts: usize,
    pub mmu: MmuOptions,
}

impl Default for MachineConfig {
    fn default() -> Self {
        MachineConfig {
            mem_size: DEFAULT_MEM,
            harts: 1,
            mmu: MmuOptions::default(),
        }
    }
}

/// Why a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// The guest asked to exit (HTIF) with this code.
    Guest(u64),
    /// The instruction limit was reached.
    InstructionLimit,
    /// Every hart waits for an interrupt that nothing can raise.
    Deadlock,
}

/// A whole emulated system.
pub struct Machine {
    pub harts: Vec<Hart>,
    pub bus: Bus,
    htif: Option<Htif>,
    console: Box<dyn Write + Send>,
    cycles_into_tick: u64,
    elapsed: Duration,
    pub elf: Option<LoadedElf>,
}

impl Machine {
    /// A machine with zeroed RAM whose harts start at the base of RAM. Console output goes
    /// to `console`.
    pub fn new(cfg: &MachineConfig, console: Box<dyn Write + Send>) -> Machine {
        let mut bus = Bus::new(RAM_BASE, cfg.mem_size);
        bus.set_harts(cfg.harts);
        let harts = (0..cfg.harts)
            .map(|i| Hart::new(i as u64, i, RAM_BASE, cfg.mmu.clone()))
            .collect();
        Machine {
            harts,
            bus,
            htif: None,
            console,
            cycles_into_tick: 0,
            elapsed: Duration::ZERO,
            elf: None,
        }
    }

    /// Loads an ELF image, points every hart at its entry (a0 = hartid) and connects HTIF
    /// if the ELF defines `tohost`.
    pub fn load_elf(&mut self, data: &[u8]) -> Result<LoadedElf, LoadError> {
        let loaded = loader::load_elf(data, &mut self.bus)?;
        for h in &mut self.harts {
            h.pc = loaded.entry;
            h.x[10] = h.csr.hartid;
        }
        if let Some(tohost) = loaded.tohost {
            self.htif = Some(Htif::new(tohost, loaded.fromhost));
            self.bus.watch_htif(tohost);
        }
        self.elf = Some(loaded.clone());
        Ok(loaded)
    }

    /// Instructions retired by all harts.
    pub fn instructions(&self) -> u64 {
        self.harts.iter().map(|h| h.stats.instructions).sum()
    }

    /// Runs until the guest exits, or until `max_insns` instructions have retired.
    pub fn run(&mut self, max_insns: Option<u64>) -> Exit {
        let start = Instant::now();
        let exit = self.run_inner(max_insns);
        self.elapsed += start.elapsed();
        let _ = self.console.flush();
        exit
    }

    fn run_inner(&mut self, max_insns: Option<u64>) -> Exit {
        let limit = max_insns.unwrap_or(u64::MAX);
        let mut done = self.instructions();
        loop {
            if done >= limit {
                return Exit::InstructionLimit;
            }
            let batch = BATCH.min(limit - done);
            let mut all_waiting = true;
            for i in 0..self.harts.len() {
                let hart = &mut self.harts[i];
                let before = hart.stats.instructions;
                let mut steps = 0;
                while steps < batch {
                    if !hart.step(&mut self.bus) {
                        break;
                    }
                    steps += 1;
                    if self.bus.htif_touched {
                        break;
                    }
                }
                if steps > 0 {
                    all_waiting = false;
                }
                done += hart.stats.instructions - before;
                if self.bus.htif_touched {
                    if let Some(htif) = self.htif.as_mut() {
                        if let HtifEvent::Exit(code) = htif.poll(&mut self.bus, &mut *self.console)
                        {
                            return Exit::Guest(code);
                        }
                    }
                    self.bus.htif_touched = false;
                }
            }
            if all_waiting {
                // No device can raise an interrupt yet, so a machine whose harts all wait
                // would wait forever.
                return Exit::Deadlock;
            }
            self.advance_time(batch);
        }
    }

    fn advance_time(&mut self, cycles: u64) {
        self.cycles_into_tick += cycles;
        self.bus.mtime += self.cycles_into_tick / CYCLES_PER_TICK;
        self.cycles_into_tick %= CYCLES_PER_TICK;
    }

    /// The statistics report for everything run so far.
    pub fn report(&self) -> Report {
        Report::gather(&self.harts, self.elapsed)
    }
}
