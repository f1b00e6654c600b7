//! Linux on satp: Debian's riscv64 kernel with a busybox initramfs, under Debian's OpenSBI,
//! boots to a shell with 1 and 4 harts, runs commands, swaps to a virtio disk, and ends the
//! run with `poweroff -f` (status 0). `SATP_LINUX` names the directory that
//! `scripts/linux-guest.sh DIR` fills (Image, initramfs.gz, fw_jump.bin; none of it is
//! ours, so none of it is committed). Without it these tests show as ignored.

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn guest() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("SATP_LINUX")?);
    for f in ["Image", "initramfs.gz", "fw_jump.bin"] {
        assert!(dir.join(f).is_file(), "SATP_LINUX has no {f}: run scripts/linux-guest.sh");
    }
    Some(dir)
}

/// Boots Linux with `args` and types `input` at the shell. The first bytes typed can be
/// lost while the kernel sets up the serial port (as on a real board), so a line of
/// spaces goes first.
fn boot(dir: &Path, args: &[&str], input: &str) -> (Output, String) {
    let path = |f: &str| dir.join(f).to_string_lossy().into_owned();
    let send = format!("{}\n{input}", " ".repeat(64));
    let o = Command::new(env!("CARGO_BIN_EXE_satp"))
        .args(["run", &path("Image"), "--initrd", &path("initramfs.gz")])
        .args(["--bios", &path("fw_jump.bin"), "--append", "console=ttyS0 quiet"])
        .args(["--send", &send, "--fail-on", "Kernel panic", "--max-insns", "40G"])
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("satp runs");
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    (o, out)
}

#[test]
#[cfg_attr(
    not(satp_linux),
    ignore = "set SATP_LINUX to a directory made by scripts/linux-guest.sh"
)]
fn boots_to_a_shell_with_1_and_4_harts_and_powers_off() {
    let Some(dir) = guest() else { return };
    for harts in ["1", "4"] {
        let (o, out) = boot(
            &dir,
            &["--harts", harts, "--mem", "256M", "--model", "functional"],
            "echo sum=$((6*7)); grep -c ^processor /proc/cpuinfo; poweroff -f\n",
        );
        assert_eq!(
            o.status.code(),
            Some(0),
            "{harts} harts:\n{out}{}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(out.contains(&format!("{harts} harts; poweroff -f ends the run")), "{out}");
        assert!(out.contains("sum=42"), "{out}");
        assert!(out.contains("reboot: Power down"), "{out}");
    }
}

#[test]
#[cfg_attr(
    not(satp_linux),
    ignore = "set SATP_LINUX to a directory made by scripts/linux-guest.sh"
)]
fn swaps_to_a_virtio_disk_and_the_report_shows_it() {
    let Some(dir) = guest() else { return };
    let json = tempfile::NamedTempFile::new().unwrap().into_temp_path();
    let (o, out) = boot(
        &dir,
        &[
            "--mem",
            "128M",
            "--model",
            "functional",
            "--disk",
            "mem:256M,role=swap",
            "--stats-json",
            json.to_str().unwrap(),
        ],
        "mkswap /dev/vda && swapon /dev/vda && mount -t tmpfs -o size=400M tmpfs /mnt && \
         dd if=/dev/zero of=/mnt/big bs=1M count=160 && grep pswpout /proc/vmstat && poweroff -f\n",
    );
    assert_eq!(o.status.code(), Some(0), "{out}{}", String::from_utf8_lossy(&o.stderr));
    let pswpout: u64 = out
        .lines()
        .find_map(|l| l.strip_prefix("pswpout "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no pswpout line:\n{out}"));
    assert!(pswpout > 0, "Linux swapped out: {out}");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let disk = &v["disks"][0];
    assert_eq!(disk["role"], "swap", "{disk}");
    // Every page swapped out is 8 sectors written to the swap disk.
    assert!(disk["sectors_written"].as_u64().unwrap() >= 8 * pswpout, "{disk} vs {pswpout}");
}
