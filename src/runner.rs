//! `satp test`: runs many guest programs, each in its own fresh machine, on all cores.
//!
//! A program passes when it exits with code 0 (riscv-tests' tohost protocol or an HTIF
//! exit). One line per program, then the closing line `N passed, M failed`.

use crate::machine::{Exit, Machine, MachineConfig};
use crate::mmu::sv39::AdMode;
use crate::progress::Progress;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The outcome of one test program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    /// Exited with a non-zero code (for riscv-tests: the failing test number).
    Fail(u64),
    Timeout,
    Deadlock,
    /// A hart trapped continuously without retiring anything.
    TrapLoop {
        pc: u64,
        cause: u64,
    },
    /// The file could not be run (bad ELF, ...).
    Error(String),
}

impl Outcome {
    pub fn passed(&self) -> bool {
        *self == Outcome::Pass
    }
}

/// Runs one ELF file in a fresh machine. Guest console output is discarded.
pub fn run_one(path: &Path, cfg: &MachineConfig, max_insns: u64) -> Outcome {
    let data = match std::fs::read(path) {
        Ok(d) => d,
        Err(e) => return Outcome::Error(format!("cannot read: {e}")),
    };
    let mut m = Machine::new(cfg, Box::new(std::io::sink()));
    match m.load_elf(&data) {
        Ok(elf) if elf.wants_ad_fault && cfg.mmu.ad_mode != AdMode::Fault => {
            // The test asks for Svade: run it again in a machine configured so.
            let mut svade = cfg.clone();
            svade.mmu.ad_mode = AdMode::Fault;
            m = Machine::new(&svade, Box::new(std::io::sink()));
            if let Err(e) = m.load_elf(&data) {
                return Outcome::Error(e.to_string());
            }
        }
        Ok(_) => {}
        Err(e) => return Outcome::Error(e.to_string()),
    }
    match m.run(Some(max_insns)) {
        Exit::Guest(0) => Outcome::Pass,
        Exit::Guest(code) => Outcome::Fail(code),
        Exit::InstructionLimit => Outcome::Timeout,
        Exit::Deadlock => Outcome::Deadlock,
        Exit::TrapLoop { pc, cause, .. } => Outcome::TrapLoop { pc, cause },
        Exit::Until(_) => Outcome::Pass,
        Exit::FailOn(_) => Outcome::Fail(1),
        Exit::HostQuit => Outcome::Error("quit".into()),
        Exit::ConsoleClosed => Outcome::Error("console closed".into()),
        Exit::Debug => Outcome::Error("stopped for a debugger".into()),
        Exit::Signal(sig) => Outcome::Error(format!("stopped by signal {sig}")),
    }
}

fn is_elf(path: &Path) -> bool {
    let mut magic = [0u8; 4];
    std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut magic))
        .map(|_| &magic == b"\x7fELF")
        .unwrap_or(false)
}

/// Every ELF named in `paths`, or found (recursively) under a named directory, sorted.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut stack = vec![p.clone()];
            while let Some(dir) = stack.pop() {
                let entries =
                    std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                for entry in entries.flatten() {
                    let path = entry.path();
                    if path.is_dir() {
                        stack.push(path);
                    } else if is_elf(&path) {
                        out.push(path);
                    }
                }
            }
        } else if p.exists() {
            out.push(p.clone());
        } else {
            return Err(format!("{}: no such file or directory", p.display()));
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Runs `files` on `jobs` threads, printing one line per file (in order) and the closing
/// line. Returns (passed, failed).
pub fn run_all(
    files: &[PathBuf],
    cfg: &MachineConfig,
    max_insns: u64,
    jobs: usize,
    out: &mut (dyn Write + Send),
) -> (usize, usize) {
    run_all_with(files, cfg, max_insns, jobs, out, &Progress::hidden())
}

/// [`run_all`] with a progress bar (one step per finished program); the result lines are
/// printed above the bar when `out` is its terminal.
pub fn run_all_with(
    files: &[PathBuf],
    cfg: &MachineConfig,
    max_insns: u64,
    jobs: usize,
    out: &mut (dyn Write + Send),
    progress: &Progress,
) -> (usize, usize) {
    let next = AtomicUsize::new(0);
    let results: Mutex<(Vec<Option<Outcome>>, usize)> = Mutex::new((vec![None; files.len()], 0));
    let out = Mutex::new(out);
    let width = files.iter().map(|f| f.display().to_string().len()).max().unwrap_or(0);
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= files.len() {
                    break;
                }
                let outcome = run_one(&files[i], cfg, max_insns);
                let done = files[i].file_name().map(|n| n.to_string_lossy().into_owned());
                progress.inc(&done.unwrap_or_default());
                let mut guard = results.lock().unwrap_or_else(|e| e.into_inner());
                guard.0[i] = Some(outcome);
                // Print every finished result at the head of the list, keeping file order.
                let mut o = out.lock().unwrap_or_else(|e| e.into_inner());
                while guard.1 < files.len() {
                    let Some(r) = guard.0[guard.1].clone() else {
                        break;
                    };
                    let name = files[guard.1].display().to_string();
                    let line = match r {
                        Outcome::Pass => format!("PASS     {name}"),
                        Outcome::Fail(n) => format!("FAIL     {name:width$}  (test {n})"),
                        Outcome::Timeout => {
                            format!("TIMEOUT  {name:width$}  (after {max_insns} instructions)")
                        }
                        Outcome::Deadlock => {
                            format!("FAIL     {name:width$}  (all harts wait for an interrupt)")
                        }
                        Outcome::TrapLoop { pc, cause } => format!(
                            "FAIL     {name:width$}  (stuck in a trap loop at pc {pc:#x}, cause {})",
                            crate::hart::trap::cause_name(cause)
                        ),
                        Outcome::Error(e) => format!("ERROR    {name:width$}  ({e})"),
                    };
                    progress.line(&mut **o, &line);
                    guard.1 += 1;
                }
            });
        }
    });
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner()).0;
    let passed = results.iter().filter(|r| matches!(r, Some(Outcome::Pass))).count();
    let failed = files.len() - passed;
    progress.finish();
    let o = out.into_inner().unwrap_or_else(|e| e.into_inner());
    let _ = writeln!(o, "{passed} passed, {failed} failed");
    (passed, failed)
}
