//! Differential testing against Spike: random programs ([`gen`]) run on satp and on Spike,
//! and their commit logs ([`crate::debug::commitlog`]) compared line by line.
//!
//! Before the comparison both logs are normalized ([`normalize`]):
//! - Spike's boot ROM (at 0x1000, five instructions that jump to the ELF entry) is dropped:
//!   satp starts at the entry itself. Every line whose pc is below RAM is removed.
//! - Both logs end at the store to `tohost` that ends the program. Spike only looks at
//!   `tohost` every few thousand instructions, so its log goes on for a while after it.
//!
//! Spike is an external program (`--spike PATH`, or `SATP_SPIKE` in the tests). It runs
//! with [`SPIKE_ISA`], the extensions satp implements, Zicclsm included (satp performs
//! misaligned loads and stores, which Spike does only with that extension).

pub mod elf;
pub mod gen;

use crate::debug::commitlog::CommitLog;
use crate::machine::{Exit, Machine, MachineConfig};
use crate::timing::{ModelKind, TimingConfig};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

/// The ISA string Spike is given.
pub const SPIKE_ISA: &str = "rv64gc_zfh_zba_zbb_zbc_zbs_zbkb_zbkx_zicond_zicbom_zicboz_zicbop_zimop_zihintntl_zihintpause_zicclsm_zicntr_zihpm_svnapot_svpbmt_svadu_sstc";
/// Instructions after which a run is cut short (a generated program needs a few hundred).
pub const MAX_INSNS: u64 = 100_000;
/// How long Spike may take for one program.
const SPIKE_TIMEOUT: Duration = Duration::from_secs(20);

/// A `Write` that keeps what is written, shared with the caller.
#[derive(Clone, Default)]
pub struct SharedBuffer(pub Arc<Mutex<Vec<u8>>>);

impl Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.0.lock() {
            Ok(mut v) => {
                v.extend_from_slice(buf);
                Ok(buf.len())
            }
            Err(_) => Err(std::io::Error::other("commit log buffer poisoned")),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl SharedBuffer {
    pub fn text(&self) -> String {
        self.0.lock().map(|v| String::from_utf8_lossy(&v).into_owned()).unwrap_or_default()
    }
}

/// satp's commit log of the ELF `elf` (at most `max_insns` instructions), and how the run
/// ended.
pub fn satp_log(elf: &[u8], max_insns: u64) -> Result<(String, Exit), String> {
    let cfg = MachineConfig {
        mem_size: 4 << 20,
        timing: TimingConfig { model: ModelKind::Functional, ..TimingConfig::default() },
        ..MachineConfig::default()
    };
    let mut m = Machine::build(&cfg, Box::new(std::io::sink())).map_err(|e| e.to_string())?;
    m.load_elf(elf).map_err(|e| e.to_string())?;
    let buf = SharedBuffer::default();
    m.commit_log = Some(CommitLog::new(Box::new(buf.clone())));
    let exit = m.run(Some(max_insns));
    Ok((buf.text(), exit))
}

/// Spike's commit log of the ELF at `elf`, written through `log`.
pub fn spike_log(spike: &Path, isa: &str, elf: &Path, log: &Path) -> Result<String, String> {
    let mut child = Command::new(spike)
        .arg(format!("--isa={isa}"))
        .arg("-m0x80000000:0x8000000")
        .arg("--log-commits")
        .arg(format!("--log={}", log.display()))
        .arg(elf)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", spike.display()))?;
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() > SPIKE_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("spike took more than {SPIKE_TIMEOUT:?}"));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => return Err(format!("waiting for spike: {e}")),
        }
    }
    std::fs::read_to_string(log).map_err(|e| format!("{}: {e}", log.display()))
}

/// The pc of a commit-log line.
fn line_pc(line: &str) -> Option<u64> {
    let rest = line.split_once(": ")?.1;
    let pc = rest.split_whitespace().nth(1)?;
    u64::from_str_radix(pc.strip_prefix("0x")?, 16).ok()
}

/// The lines that both emulators must agree on: from the first one in RAM up to the store
/// to `tohost` (inclusive).
pub fn normalize(log: &str, tohost: u64) -> Vec<&str> {
    let store = format!(" mem 0x{tohost:016x} ");
    let mut out = Vec::new();
    for line in log.lines() {
        if line_pc(line).is_none_or(|pc| pc < crate::machine::RAM_BASE) {
            continue;
        }
        out.push(line);
        if line.contains(&store) {
            break;
        }
    }
    out
}

/// One disagreement.
#[derive(Clone, Debug)]
pub struct Mismatch {
    pub seed: u64,
    /// Line number (from 1) in the normalized logs.
    pub line: usize,
    pub satp: String,
    pub spike: String,
}

/// The first line where `satp` and `spike` differ, if any.
pub fn first_difference(satp: &[&str], spike: &[&str]) -> Option<(usize, String, String)> {
    let n = satp.len().max(spike.len());
    (0..n).find_map(|i| {
        let a = satp.get(i).copied().unwrap_or("(end of log)");
        let b = spike.get(i).copied().unwrap_or("(end of log)");
        (a != b).then(|| (i + 1, a.to_string(), b.to_string()))
    })
}

/// What a differential run is asked to do.
#[derive(Clone, Debug)]
pub struct Config {
    pub spike: PathBuf,
    pub isa: String,
    pub count: u64,
    pub seed: u64,
    /// Body items per program.
    pub items: usize,
    pub jobs: usize,
    /// Where to keep the ELF and both logs of each mismatching program.
    pub keep: Option<PathBuf>,
}

/// What a differential run found.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub programs: u64,
    /// Commit-log lines compared (instructions retired by both, up to a mismatch).
    pub lines: u64,
    pub mismatches: Vec<Mismatch>,
    /// Programs that could not be run (a Spike failure, say), with the reason.
    pub errors: Vec<(u64, String)>,
}

/// The outcome of one program.
enum Outcome {
    Agree(u64),
    Differ(Mismatch, u64),
    Error(String),
}

fn run_one(cfg: &Config, seed: u64, dir: &Path) -> Outcome {
    let program = gen::generate(seed, cfg.items);
    let elf_path = dir.join(format!("p{seed}.elf"));
    let log_path = dir.join(format!("p{seed}.spike.log"));
    if let Err(e) = std::fs::write(&elf_path, &program.elf) {
        return Outcome::Error(format!("{}: {e}", elf_path.display()));
    }
    let ours = match satp_log(&program.elf, MAX_INSNS) {
        Ok((log, _)) => log,
        Err(e) => return Outcome::Error(format!("satp: {e}")),
    };
    let theirs = match spike_log(&cfg.spike, &cfg.isa, &elf_path, &log_path) {
        Ok(log) => log,
        Err(e) => return Outcome::Error(e),
    };
    let a = normalize(&ours, gen::TOHOST);
    let b = normalize(&theirs, gen::TOHOST);
    let outcome = match first_difference(&a, &b) {
        None => Outcome::Agree(a.len() as u64),
        Some((line, satp, spike)) => {
            if let Some(keep) = &cfg.keep {
                let _ = std::fs::create_dir_all(keep);
                let _ = std::fs::write(keep.join(format!("p{seed}.elf")), &program.elf);
                let _ = std::fs::write(keep.join(format!("p{seed}.satp.log")), a.join("\n") + "\n");
                let _ =
                    std::fs::write(keep.join(format!("p{seed}.spike.log")), b.join("\n") + "\n");
            }
            Outcome::Differ(Mismatch { seed, line, satp, spike }, line as u64 - 1)
        }
    };
    let _ = std::fs::remove_file(&elf_path);
    let _ = std::fs::remove_file(&log_path);
    outcome
}

/// Runs programs `cfg.seed .. cfg.seed + cfg.count` on both emulators. `progress` is
/// called after each program with the summary so far.
pub fn run(cfg: &Config, mut progress: impl FnMut(&Summary)) -> Result<Summary, String> {
    let dir = std::env::temp_dir().join(format!("satp-difftest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let (tx, rx) = mpsc::channel();
    let next = Arc::new(Mutex::new(0u64));
    let jobs = cfg.jobs.max(1);
    let mut summary = Summary::default();
    std::thread::scope(|s| {
        for _ in 0..jobs {
            let (tx, next, dir) = (tx.clone(), next.clone(), dir.clone());
            s.spawn(move || loop {
                let i = match next.lock() {
                    Ok(mut n) => {
                        let i = *n;
                        *n += 1;
                        i
                    }
                    Err(_) => return,
                };
                if i >= cfg.count {
                    return;
                }
                let seed = cfg.seed.wrapping_add(i);
                if tx.send((seed, run_one(cfg, seed, &dir))).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        for (seed, outcome) in rx {
            summary.programs += 1;
            match outcome {
                Outcome::Agree(n) => summary.lines += n,
                Outcome::Differ(m, n) => {
                    summary.lines += n;
                    summary.mismatches.push(m);
                }
                Outcome::Error(e) => summary.errors.push((seed, e)),
            }
            progress(&summary);
        }
    });
    let _ = std::fs::remove_dir_all(&dir);
    summary.mismatches.sort_by_key(|m| m.seed);
    summary.errors.sort_by_key(|e| e.0);
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_drops_the_boot_rom_and_ends_at_tohost() {
        let log = "core   0: 3 0x0000000000001000 (0x00000297) x5  0x0000000000001000\n\
                   core   0: 3 0x0000000080000000 (0x00000013)\n\
                   core   0: 3 0x0000000080000004 (0x01f33023) mem 0x0000000080002000 0x0000000000000001\n\
                   core   0: 3 0x0000000080000008 (0x0000006f)\n";
        let n = normalize(log, 0x8000_2000);
        assert_eq!(n.len(), 2);
        assert!(n[0].contains("0x0000000080000000"));
        assert_eq!(first_difference(&n, &n), None);
        assert_eq!(first_difference(&n, &n[..1]).map(|d| d.0), Some(2));
    }
}
