//! The benchmark guest on QEMU, so that `satp bench` can give satp's speed as a ratio of
//! QEMU's measured in the same run (absolute MIPS vary between machines; ratios much less).
//!
//! QEMU is `qemu-system-riscv64`, found on `PATH`. It runs the same ELF as satp on its `virt`
//! machine: `-machine virt -bios none -kernel ELF -m 128M -smp 1 -nographic -monitor none
//! -serial null`. The bench guests print through the UART and end through the SiFive test
//! finisher, which both machines have, so QEMU exits with the guest's status.
//!
//! A run is timed from spawning QEMU to its exit, so it includes QEMU's start-up (machine and
//! TCG setup, loading the ELF) and shutdown. [`Qemu::startup`] times the same invocation on a
//! guest that ends at once; `satp bench` subtracts that from each run, so that QEMU, like
//! satp's own rows, is timed on the guest alone.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};
use thiserror::Error;

/// The QEMU binary looked for on `PATH`.
pub const QEMU_BINARY: &str = "qemu-system-riscv64";

/// A run that takes longer is stopped: the bench guest takes well under a second on QEMU.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// How often a running QEMU is polled for its exit; the timing error is at most about this,
/// and it is the same in the start-up measurement that is subtracted.
const POLL: Duration = Duration::from_micros(500);

/// A guest that ends at once, loaded as a raw image at 0x80000000: it writes 0x5555 (pass)
/// to the test finisher at 0x100000.
const EXIT_AT_ONCE: [u32; 5] = [
    0x0010_02b7, // lui  t0, 0x100        t0 = 0x100000
    0x0000_5337, // lui  t1, 0x5
    0x5553_0313, // addi t1, t1, 0x555    t1 = 0x5555
    0x0062_a023, // sw   t1, 0(t0)
    0x0000_006f, // j    .
];

/// Why QEMU could not be timed.
#[derive(Debug, Error)]
pub enum QemuError {
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: std::io::Error },
    #[error("cannot start {}: {source}", path.display())]
    Start { path: PathBuf, source: std::io::Error },
    #[error("{guest} on QEMU ended with {status}{}", first_line(stderr))]
    Failed { guest: String, status: ExitStatus, stderr: String },
    #[error("{guest} on QEMU did not end within {} s", TIMEOUT.as_secs())]
    Timeout { guest: String },
}

/// ": LINE" for the first non-empty line of `text`, or nothing.
fn first_line(text: &str) -> String {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .map(|l| format!(": {}", l.trim()))
        .unwrap_or_default()
}

/// The first `qemu-system-riscv64` on `PATH` that is an executable file.
pub fn find_on_path() -> Option<PathBuf> {
    find_in(&std::env::var_os("PATH")?)
}

/// The first `qemu-system-riscv64` in a `PATH`-style list of directories.
pub fn find_in(path: &OsStr) -> Option<PathBuf> {
    std::env::split_paths(path).map(|dir| dir.join(QEMU_BINARY)).find(|p| is_executable(p))
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata().is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file()
}

/// A QEMU binary and a private temporary directory for the images it runs (removed on drop).
#[derive(Debug)]
pub struct Qemu {
    binary: PathBuf,
    dir: PathBuf,
}

impl Qemu {
    /// Prepares to run `binary`; creates the temporary directory.
    pub fn new(binary: PathBuf) -> Result<Qemu, QemuError> {
        let dir = std::env::temp_dir().join(format!("satp-bench-qemu-{}", std::process::id()));
        std::fs::create_dir_all(&dir)
            .map_err(|source| QemuError::Write { path: dir.clone(), source })?;
        Ok(Qemu { binary, dir })
    }

    pub fn binary(&self) -> &Path {
        &self.binary
    }

    /// The first line of `qemu-system-riscv64 --version`, if it prints one.
    pub fn version(&self) -> Option<String> {
        let out = Command::new(&self.binary)
            .arg("--version")
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&out.stdout);
        text.lines().next().map(|l| l.trim().to_string()).filter(|l| !l.is_empty())
    }

    /// The shortest of `repeat` runs of a guest that ends at once: QEMU's start-up and
    /// shutdown time.
    pub fn startup(&self, repeat: u32) -> Result<Duration, QemuError> {
        let image: Vec<u8> = EXIT_AT_ONCE.iter().flat_map(|w| w.to_le_bytes()).collect();
        self.best_of("exit-at-once", &image, repeat)
    }

    /// The shortest of `repeat` runs of `elf`, from spawning QEMU to its exit.
    pub fn time(&self, guest: &str, elf: &[u8], repeat: u32) -> Result<Duration, QemuError> {
        self.best_of(guest, elf, repeat)
    }

    fn best_of(&self, name: &str, image: &[u8], repeat: u32) -> Result<Duration, QemuError> {
        let path = self.dir.join(name);
        std::fs::write(&path, image)
            .map_err(|source| QemuError::Write { path: path.clone(), source })?;
        let mut best = Duration::MAX;
        for _ in 0..repeat.max(1) {
            best = best.min(self.run_once(name, &path)?);
        }
        Ok(best)
    }

    /// Runs QEMU on `image` once and returns its wall time. Its standard error goes to a
    /// file (never a pipe that could fill while it runs), kept for the error message.
    fn run_once(&self, name: &str, image: &Path) -> Result<Duration, QemuError> {
        let err_path = self.dir.join("qemu-stderr.txt");
        let err_file = std::fs::File::create(&err_path)
            .map_err(|source| QemuError::Write { path: err_path.clone(), source })?;
        let start = Instant::now();
        let mut child = Command::new(&self.binary)
            .args(["-machine", "virt", "-bios", "none", "-kernel"])
            .arg(image)
            .args(["-m", "128M", "-smp", "1", "-nographic", "-monitor", "none", "-serial", "null"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(err_file)
            .spawn()
            .map_err(|source| QemuError::Start { path: self.binary.clone(), source })?;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if start.elapsed() < TIMEOUT => std::thread::sleep(POLL),
                Ok(None) | Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(QemuError::Timeout { guest: name.to_string() });
                }
            }
        };
        let wall = start.elapsed();
        if !status.success() {
            let stderr = std::fs::read_to_string(&err_path).unwrap_or_default();
            return Err(QemuError::Failed { guest: name.to_string(), status, stderr });
        }
        Ok(wall)
    }
}

impl Drop for Qemu {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_an_executable_named_qemu_on_a_path_list() {
        let base = std::env::temp_dir().join(format!("satp-qemu-path-{}", std::process::id()));
        let (empty, with) = (base.join("empty"), base.join("with"));
        std::fs::create_dir_all(&empty).unwrap();
        std::fs::create_dir_all(&with).unwrap();
        let fake = with.join(QEMU_BINARY);
        std::fs::write(&fake, "#!/bin/sh\n").unwrap();
        let list = std::env::join_paths([&empty, &with]).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // Not executable: not QEMU.
            std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o644)).unwrap();
            assert_eq!(find_in(&list), None);
            std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        assert_eq!(find_in(&list), Some(fake));
        assert_eq!(find_in(empty.as_os_str()), None);
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn the_exit_guest_ends_at_once_with_status_0() {
        use crate::machine::{Exit, Machine, MachineConfig};
        let mut m = Machine::new(&MachineConfig::default(), Box::new(std::io::sink()));
        for (i, word) in EXIT_AT_ONCE.iter().enumerate() {
            m.bus.write(0x8000_0000 + 4 * i as u64, 4, *word as u64).unwrap();
        }
        assert_eq!(m.run(Some(100)), Exit::Guest(0));
        assert_eq!(m.report().total.instructions, 4);
    }

    #[test]
    fn failure_messages_name_the_guest_and_quote_qemu() {
        assert_eq!(first_line("\n  qemu: bad option\nmore"), ": qemu: bad option");
        assert_eq!(first_line(""), "");
        let e = QemuError::Timeout { guest: "bench-bare".into() };
        assert_eq!(e.to_string(), "bench-bare on QEMU did not end within 60 s");
    }
}
