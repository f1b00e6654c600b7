//! The QEMU-compatible command line: `satp qemu <QEMU options>`, or satp started through a
//! link named `qemu-system-riscv64`.
//!
//! It accepts the subset of `qemu-system-riscv64` options that course Makefiles (xv6's) and
//! graders use, and turns it into the equivalent `satp run` command line
//! ([`QemuOptions::to_run_args`]), so both front ends share one path. Any other option is
//! an error that names it.

use super::parse_mem;
use std::ffi::OsString;
use std::path::PathBuf;
use thiserror::Error;

/// The program name under which satp reads QEMU's options.
pub const QEMU_NAME: &str = "qemu-system-riscv64";

/// The port `-s` listens on (QEMU's shorthand for `-gdb tcp::1234`).
pub const DEFAULT_GDB_PORT: u16 = 1234;

/// The virtio-mmio slots a `-device ...,bus=virtio-mmio-bus.N` may name.
const SLOTS: usize = 8;

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QemuCommand {
    /// `-help`: print [`help_text`].
    Help,
    /// `-version`: print [`version_text`].
    Version,
    /// Boot a machine.
    Run(QemuOptions),
}

/// `-bios`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Bios {
    /// `-bios none`: the kernel runs first, in M-mode (satp's default).
    #[default]
    None,
    /// `-bios default` (QEMU's default without `-bios`): OpenSBI; satp has none built in,
    /// so the front end looks for Debian's.
    Default,
    /// `-bios FILE`.
    File(PathBuf),
}

/// A machine described by QEMU options.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QemuOptions {
    pub kernel: Option<PathBuf>,
    /// `-initrd FILE`: satp's `--initrd`.
    pub initrd: Option<PathBuf>,
    /// `None` when `-bios` was not given (QEMU then loads its default firmware).
    pub bios: Option<Bios>,
    pub append: Option<String>,
    /// RAM in bytes.
    pub mem: Option<u64>,
    pub smp: Option<u8>,
    /// `-global virtio-mmio.force-legacy=...`.
    pub force_legacy: Option<bool>,
    /// Disk images by virtio-mmio slot, from slot 0 up.
    pub disks: Vec<PathBuf>,
    pub snapshot: bool,
    /// `-gdb tcp::PORT` or `-s`.
    pub gdb: Option<u16>,
    /// `-S`: wait for the debugger before the first instruction.
    pub wait_for_gdb: bool,
    /// `-cpu`, as an ISA string for `--isa` (`None`: everything satp implements).
    pub isa: Option<String>,
    pub no_reboot: bool,
}

/// A command line satp does not accept, with what to do about it.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum QemuError {
    #[error("unsupported option '{0}' (satp accepts the subset listed by -help)")]
    Unsupported(String),
    #[error("option '{0}' needs an argument")]
    MissingArgument(String),
    #[error("{option} {value}: {why}")]
    BadValue { option: String, value: String, why: String },
    #[error("unexpected argument '{0}' (QEMU options start with '-')")]
    Positional(String),
}

fn bad(option: &str, value: &str, why: impl Into<String>) -> QemuError {
    QemuError::BadValue { option: option.into(), value: value.into(), why: why.into() }
}

/// Options that take an argument.
const WITH_ARG: &[&str] = &[
    "machine", "M", "bios", "kernel", "initrd", "append", "m", "smp", "serial", "global", "drive",
    "device", "gdb", "cpu",
];

/// Splits `a=1,b=2` into pairs; a bare word is returned with key "" (QEMU's implied key).
fn key_values(s: &str) -> Vec<(&str, &str)> {
    s.split(',').map(|kv| kv.split_once('=').unwrap_or(("", kv))).collect()
}

fn parse_bool(option: &str, value: &str) -> Result<bool, QemuError> {
    match value {
        "true" | "on" | "yes" => Ok(true),
        "false" | "off" | "no" => Ok(false),
        _ => Err(bad(option, value, "expected true or false")),
    }
}

/// A `-drive`: its image file.
struct Drive {
    id: String,
    file: PathBuf,
}

/// Parses QEMU options (without the program name).
pub fn parse<S: AsRef<str>>(args: &[S]) -> Result<QemuCommand, QemuError> {
    let mut o = QemuOptions::default();
    let mut drives: Vec<Drive> = Vec::new();
    // (slot or None for the next free one, drive id) per -device.
    let mut devices: Vec<(Option<usize>, String)> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_ref();
        i += 1;
        let Some(name) = arg.strip_prefix("--").or_else(|| arg.strip_prefix('-')) else {
            return Err(QemuError::Positional(arg.into()));
        };
        let value = if WITH_ARG.contains(&name) {
            match args.get(i) {
                Some(v) => {
                    i += 1;
                    v.as_ref()
                }
                None => return Err(QemuError::MissingArgument(arg.into())),
            }
        } else {
            ""
        };
        match name {
            "help" | "h" => return Ok(QemuCommand::Help),
            "version" => return Ok(QemuCommand::Version),
            "machine" | "M" => {
                let kv = key_values(value);
                let machine = kv.iter().find(|(k, _)| k.is_empty() || *k == "type");
                if machine.map(|(_, v)| *v) != Some("virt") || kv.len() != 1 {
                    return Err(bad(
                        arg,
                        value,
                        "satp emulates only '-machine virt', without options",
                    ));
                }
            }
            "bios" => {
                o.bios = Some(match value {
                    "none" => Bios::None,
                    "default" => Bios::Default,
                    file => Bios::File(file.into()),
                })
            }
            "kernel" => o.kernel = Some(value.into()),
            "initrd" => o.initrd = Some(value.into()),
            "append" => o.append = Some(value.into()),
            "m" => {
                let size = value.strip_prefix("size=").unwrap_or(value);
                // QEMU reads a number without a suffix as MiB.
                let size = if size.chars().all(|c| c.is_ascii_digit()) {
                    format!("{size}M")
                } else {
                    size.to_string()
                };
                o.mem = Some(parse_mem(&size).map_err(|e| bad(arg, value, e))?);
            }
            "smp" => {
                let mut cpus = None;
                for (k, v) in key_values(value) {
                    match k {
                        "" | "cpus" => cpus = Some(v),
                        "maxcpus" | "sockets" | "cores" | "threads" | "dies" | "clusters" => {}
                        _ => return Err(bad(arg, value, format!("unknown property '{k}'"))),
                    }
                }
                let n = cpus.and_then(|c| c.parse::<u8>().ok()).filter(|n| (1..=8).contains(n));
                o.smp = Some(n.ok_or_else(|| bad(arg, value, "satp runs 1 to 8 harts"))?);
            }
            "nographic" | "snapshot" | "s" | "S" | "no-reboot" => match name {
                "snapshot" => o.snapshot = true,
                "s" => o.gdb = Some(DEFAULT_GDB_PORT),
                "S" => o.wait_for_gdb = true,
                "no-reboot" => o.no_reboot = true,
                _ => {}
            },
            "serial" => {
                if value != "mon:stdio" && value != "stdio" {
                    return Err(bad(arg, value, "satp's UART is always on stdio (mon:stdio)"));
                }
            }
            "global" => match value.split_once('=') {
                Some(("virtio-mmio.force-legacy", v)) => o.force_legacy = Some(parse_bool(arg, v)?),
                _ => {
                    return Err(bad(
                        arg,
                        value,
                        "only virtio-mmio.force-legacy=true|false is known",
                    ))
                }
            },
            "drive" => {
                let (mut id, mut file) = (None, None);
                for (k, v) in key_values(value) {
                    match (k, v) {
                        ("file", f) => file = Some(PathBuf::from(f)),
                        ("id", d) => id = Some(d.to_string()),
                        ("if", "none") | ("format", "raw") | ("media", "disk") => {}
                        ("if", _) => return Err(bad(
                            arg,
                            value,
                            "satp attaches drives only with if=none and -device virtio-blk-device",
                        )),
                        ("format", _) => return Err(bad(arg, value, "satp reads raw images only")),
                        _ => return Err(bad(arg, value, format!("unknown property '{k}'"))),
                    }
                }
                let (Some(id), Some(file)) = (id, file) else {
                    return Err(bad(arg, value, "a drive needs file=F and id=ID"));
                };
                drives.push(Drive { id, file });
            }
            "device" => {
                let mut kv = key_values(value).into_iter();
                if kv.next() != Some(("", "virtio-blk-device")) {
                    return Err(bad(arg, value, "satp has only virtio-blk-device"));
                }
                let (mut drive, mut slot) = (None, None);
                for (k, v) in kv {
                    match k {
                        "drive" => drive = Some(v.to_string()),
                        "bus" => {
                            let n = v.strip_prefix("virtio-mmio-bus.").and_then(|n| n.parse().ok());
                            match n {
                                Some(n) if n < SLOTS => slot = Some(n),
                                _ => {
                                    return Err(bad(
                                        arg,
                                        value,
                                        "bus must be virtio-mmio-bus.0 to .7",
                                    ))
                                }
                            }
                        }
                        _ => return Err(bad(arg, value, format!("unknown property '{k}'"))),
                    }
                }
                let drive = drive.ok_or_else(|| bad(arg, value, "drive=ID is missing"))?;
                devices.push((slot, drive));
            }
            "gdb" => {
                o.gdb = Some(parse_gdb(value).ok_or_else(|| bad(arg, value, "expected tcp::PORT"))?)
            }
            "cpu" => {
                o.isa = match value {
                    "rv64" | "max" => None,
                    "sifive-u54" => Some("rv64gc".into()),
                    _ => {
                        return Err(bad(
                            arg,
                            value,
                            "known CPUs: rv64, max, sifive-u54 (or use satp run --isa)",
                        ))
                    }
                }
            }
            _ => return Err(QemuError::Unsupported(arg.into())),
        }
    }
    // Disks by slot: explicit buses first, then the others in the next free slots.
    let mut slots: [Option<PathBuf>; SLOTS] = Default::default();
    let find = |id: &str| drives.iter().find(|d| d.id == id).map(|d| d.file.clone());
    for (slot, id) in devices.iter().filter(|(s, _)| s.is_some()) {
        let file = find(id).ok_or_else(|| bad("-device", id, "no -drive has this id"))?;
        let n = slot.unwrap_or(0);
        if slots[n].replace(file).is_some() {
            return Err(bad("-device", id, format!("virtio-mmio-bus.{n} is taken")));
        }
    }
    for (_, id) in devices.iter().filter(|(s, _)| s.is_none()) {
        let file = find(id).ok_or_else(|| bad("-device", id, "no -drive has this id"))?;
        match slots.iter_mut().find(|s| s.is_none()) {
            Some(s) => *s = Some(file),
            None => return Err(bad("-device", id, "all 8 virtio-mmio buses are taken")),
        }
    }
    let used = slots.iter().rposition(Option::is_some).map_or(0, |n| n + 1);
    for (n, s) in slots.iter_mut().take(used).enumerate() {
        match s.take() {
            Some(f) => o.disks.push(f),
            None => {
                return Err(bad(
                    "-device",
                    &format!("bus=virtio-mmio-bus.{}", used - 1),
                    format!("satp fills virtio-mmio buses from 0 up, and bus {n} is empty"),
                ))
            }
        }
    }
    Ok(QemuCommand::Run(o))
}

/// `tcp::PORT`, `tcp:localhost:PORT` or `tcp:127.0.0.1:PORT`.
fn parse_gdb(s: &str) -> Option<u16> {
    let rest = s.strip_prefix("tcp:")?;
    let (host, port) = rest.rsplit_once(':')?;
    if !matches!(host, "" | "localhost" | "127.0.0.1") {
        return None;
    }
    port.parse().ok().filter(|p| *p != 0)
}

impl QemuOptions {
    /// The equivalent `satp run` arguments (after `satp run`). `default_bios` is the
    /// firmware to use for `-bios default`, or for no `-bios` at all, as QEMU does; `None`
    /// when there is none on this host.
    pub fn to_run_args(&self, default_bios: Option<PathBuf>) -> Result<Vec<OsString>, QemuError> {
        let mut a: Vec<OsString> = Vec::new();
        let bios = match self.bios.clone().unwrap_or(Bios::Default) {
            Bios::None => None,
            Bios::File(f) => Some(f),
            Bios::Default => Some(default_bios.ok_or_else(|| {
                bad(
                    "-bios",
                    "default",
                    "satp has no built-in firmware and found no OpenSBI (apt-get install opensbi); use -bios none or -bios FILE",
                )
            })?),
        };
        match (&self.kernel, bios) {
            (Some(k), bios) => {
                a.push(k.clone().into());
                if let Some(b) = bios {
                    a.push("--bios".into());
                    a.push(b.into());
                }
            }
            (None, Some(b)) => a.push(b.into()),
            (None, None) => return Err(QemuError::MissingArgument("-kernel".into())),
        }
        if let Some(m) = self.mem {
            a.extend([OsString::from("--mem"), format!("{}K", m >> 10).into()]);
        }
        if let Some(n) = self.smp {
            a.extend([OsString::from("--harts"), n.to_string().into()]);
        }
        if let Some(f) = &self.initrd {
            a.extend([OsString::from("--initrd"), f.into()]);
        }
        if let Some(s) = &self.append {
            a.extend([OsString::from("--append"), s.into()]);
        }
        for d in &self.disks {
            a.extend([OsString::from("--disk"), d.clone().into()]);
        }
        if self.snapshot {
            a.push("--snapshot".into());
        }
        if self.force_legacy == Some(true) {
            a.push("--virtio-legacy".into());
        }
        if let Some(isa) = &self.isa {
            a.extend([OsString::from("--isa"), isa.into()]);
        }
        if let Some(p) = self.gdb {
            a.extend([OsString::from("--gdb"), format!("tcp::{p}").into()]);
        }
        if self.wait_for_gdb {
            a.push("-S".into());
        }
        Ok(a)
    }
}

/// `-version`, in QEMU's layout (scripts read the version from the first line).
pub fn version_text() -> String {
    format!(
        "QEMU emulator version 7.2.0 (satp {}, a QEMU-compatible command line)\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// `-help`, in QEMU's layout: one option per line, starting at the first column (xv6's
/// Makefile looks for a line starting with `-gdb`).
pub fn help_text() -> String {
    format!(
        "\
{}usage: qemu-system-riscv64 [options]

satp accepts this subset of QEMU's options:

-machine virt   the virt board (also -M virt)
-bios none|default|file
                firmware: none (the kernel starts in M-mode), default (Debian's OpenSBI
                fw_jump), or an ELF or raw image at 0x80000000
-kernel bzImage use 'bzImage' as kernel image (an ELF, or a raw image at 0x80200000 with -bios)
-append cmdline use 'cmdline' as kernel command line
-initrd file    use 'file' as initial ram disk
-m [size=]megs  RAM size (a number alone is MiB; suffixes K, M, G)
-smp [cpus=]n   number of harts (1 to 8)
-cpu rv64|max|sifive-u54
                the harts' ISA (satp run --isa chooses any subset)
-nographic      no graphics; the UART is on stdio (Ctrl-A x quits)
-serial mon:stdio
                the UART on stdio (the only choice)
-global virtio-mmio.force-legacy=true|false
                legacy (version 1) or modern virtio-mmio registers
-drive file=file,if=none,format=raw,id=id
                a raw disk image
-device virtio-blk-device,drive=id[,bus=virtio-mmio-bus.n]
                attach drive 'id' to virtio-mmio slot n
-snapshot       write to temporary files instead of disk image files
-no-reboot      exit instead of rebooting
-S              freeze CPU at startup (wait for the debugger)
-s              shorthand for -gdb tcp::{}
-gdb tcp::port  wait for gdb connection on 'port'
-h or -help     display this help and exit
-version        display version information and exit

Any other option is an error.
",
        version_text(),
        DEFAULT_GDB_PORT
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &str) -> QemuOptions {
        let v: Vec<&str> = args.split_whitespace().collect();
        match parse(&v) {
            Ok(QemuCommand::Run(o)) => o,
            other => panic!("{args}: {other:?}"),
        }
    }

    fn err(args: &str) -> QemuError {
        let v: Vec<&str> = args.split_whitespace().collect();
        match parse(&v) {
            Err(e) => e,
            other => panic!("{args}: accepted as {other:?}"),
        }
    }

    fn strings(v: Vec<OsString>) -> Vec<String> {
        v.into_iter().map(|s| s.to_string_lossy().into_owned()).collect()
    }

    #[test]
    fn xv6_makefile_line() {
        let o = run("-machine virt -bios none -kernel kernel/kernel -m 128M -smp 3 -nographic \
             -global virtio-mmio.force-legacy=false -drive file=fs.img,if=none,format=raw,id=x0 \
             -device virtio-blk-device,drive=x0,bus=virtio-mmio-bus.0 -S -gdb tcp::26000");
        assert_eq!(o.kernel, Some("kernel/kernel".into()));
        assert_eq!(o.bios, Some(Bios::None));
        assert_eq!((o.mem, o.smp, o.force_legacy), (Some(128 << 20), Some(3), Some(false)));
        assert_eq!(o.disks, vec![PathBuf::from("fs.img")]);
        assert_eq!((o.gdb, o.wait_for_gdb), (Some(26000), true));
        assert_eq!(
            strings(o.to_run_args(None).unwrap()),
            "kernel/kernel --mem 131072K --harts 3 --disk fs.img --gdb tcp::26000 -S"
                .split(' ')
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn every_accepted_form() {
        assert_eq!(parse(&["-help"]), Ok(QemuCommand::Help));
        assert_eq!(parse(&["-h"]), Ok(QemuCommand::Help));
        assert_eq!(parse(&["--help"]), Ok(QemuCommand::Help));
        assert_eq!(parse(&["-version"]), Ok(QemuCommand::Version));
        assert_eq!(run("-M virt").kernel, None);
        let linux = run("-machine virt -kernel Image -initrd rd.gz -append console=ttyS0");
        assert_eq!(linux.initrd, Some("rd.gz".into()));
        let args = linux.to_run_args(Some("fw.bin".into())).unwrap();
        let args: Vec<String> = args.iter().map(|a| a.to_string_lossy().into_owned()).collect();
        assert!(args.windows(2).any(|w| w == ["--initrd", "rd.gz"]), "{args:?}");
        run("-machine type=virt");
        run("--machine virt");
        assert_eq!(run("-bios default").bios, Some(Bios::Default));
        assert_eq!(run("-bios fw.elf").bios, Some(Bios::File("fw.elf".into())));
        assert_eq!(run("-append console=ttyS0").append, Some("console=ttyS0".into()));
        assert_eq!(run("-m 64").mem, Some(64 << 20), "a bare number is MiB");
        assert_eq!(run("-m size=1G").mem, Some(1 << 30));
        assert_eq!(run("-m 16M").mem, Some(16 << 20));
        assert_eq!(run("-smp 1").smp, Some(1));
        assert_eq!(run("-smp cpus=8").smp, Some(8));
        assert_eq!(run("-smp 2,sockets=1").smp, Some(2));
        run("-nographic -serial mon:stdio");
        run("-serial stdio");
        assert_eq!(run("-global virtio-mmio.force-legacy=true").force_legacy, Some(true));
        assert!(run("-snapshot").snapshot);
        assert!(run("-no-reboot").no_reboot);
        assert_eq!(run("-s").gdb, Some(1234));
        assert!(run("-S").wait_for_gdb);
        assert_eq!(run("-gdb tcp:localhost:4000").gdb, Some(4000));
        assert_eq!(run("-gdb tcp:127.0.0.1:4001").gdb, Some(4001));
        assert_eq!(run("-cpu rv64").isa, None);
        assert_eq!(run("-cpu max").isa, None);
        assert_eq!(run("-cpu sifive-u54").isa, Some("rv64gc".into()));
        // Drives: explicit buses, then the next free ones; -device before -drive is fine.
        let o = run("-device virtio-blk-device,drive=b,bus=virtio-mmio-bus.1 \
                     -drive file=a.img,if=none,format=raw,id=a -drive file=b.img,id=b,if=none \
                     -device virtio-blk-device,drive=a");
        assert_eq!(o.disks, vec![PathBuf::from("a.img"), PathBuf::from("b.img")]);
        // Everything reaches satp run.
        let o = run("-kernel k -bios fw -m 32M -smp 2 -append a=b -snapshot -cpu sifive-u54 \
                     -global virtio-mmio.force-legacy=on -s");
        assert_eq!(
            strings(o.to_run_args(None).unwrap()),
            "k --bios fw --mem 32768K --harts 2 --append a=b --snapshot --virtio-legacy --isa rv64gc --gdb tcp::1234"
                .split(' ')
                .collect::<Vec<_>>()
        );
        // -bios default (or no -bios) uses the firmware found on the host.
        let o = run("-kernel k");
        assert_eq!(
            strings(o.to_run_args(Some("sbi.elf".into())).unwrap()),
            ["k", "--bios", "sbi.elf"]
        );
        assert!(matches!(o.to_run_args(None), Err(QemuError::BadValue { .. })));
        // Firmware alone.
        assert_eq!(strings(run("-bios fw").to_run_args(None).unwrap()), ["fw"]);
        assert_eq!(
            run("-bios none").to_run_args(None),
            Err(QemuError::MissingArgument("-kernel".into()))
        );
    }

    #[test]
    fn rejected_forms() {
        assert_eq!(err("-vga std"), QemuError::Unsupported("-vga".into()));
        assert_eq!(err("-enable-kvm"), QemuError::Unsupported("-enable-kvm".into()));
        assert_eq!(err("-p 1234"), QemuError::Unsupported("-p".into()));
        assert_eq!(err("-kernel"), QemuError::MissingArgument("-kernel".into()));
        assert_eq!(err("kernel"), QemuError::Positional("kernel".into()));
        for bad in [
            "-machine sifive_u",
            "-machine virt,aclint=on",
            "-m 1M",
            "-m lots",
            "-smp 9",
            "-smp 0",
            "-smp cpus=2,foo=1",
            "-serial pty",
            "-global virtio-mmio.force-legacy=maybe",
            "-global foo.bar=1",
            "-drive file=a.img,if=virtio",
            "-drive file=a.img,format=qcow2,id=a",
            "-drive file=a.img,if=none",
            "-drive file=a.img,id=a,cache=none",
            "-device e1000",
            "-device virtio-blk-device",
            "-device virtio-blk-device,drive=nope",
            "-drive file=a,id=a,if=none -device virtio-blk-device,drive=a,bus=virtio-mmio-bus.8",
            "-drive file=a,id=a,if=none -device virtio-blk-device,drive=a,bus=pci.0",
            "-drive file=a,id=a,if=none -device virtio-blk-device,drive=a,bus=virtio-mmio-bus.1",
            "-drive file=a,id=a,if=none -device virtio-blk-device,drive=a,bus=virtio-mmio-bus.0 \
             -device virtio-blk-device,drive=a,bus=virtio-mmio-bus.0",
            "-drive file=a,id=a,if=none -device virtio-blk-device,drive=a,serial=x",
            "-gdb udp::1234",
            "-gdb tcp:example.com:1234",
            "-gdb tcp::0",
            "-gdb tcp::99999",
            "-cpu rv64,v=true",
            "-cpu sifive-e31",
        ] {
            assert!(matches!(err(bad), QemuError::BadValue { .. }), "{bad}");
        }
        // Every message is one line that names the option.
        let e = err("-foo").to_string();
        assert!(e.contains("'-foo'") && !e.contains('\n'), "{e}");
        let e = err("-smp 9").to_string();
        assert!(e.starts_with("-smp 9: "), "{e}");
    }

    #[test]
    fn help_has_gdb_at_the_start_of_a_line_as_xv6_checks() {
        let help = help_text();
        assert!(help.lines().any(|l| l.starts_with("-gdb")));
        assert!(help.starts_with("QEMU emulator version 7"));
        assert!(version_text().starts_with("QEMU emulator version "));
    }
}
