//! The GDB stub over TCP: the remote protocol spoken by hand (registers, memory through a
//! page table, breakpoints, single step, watchpoints), and, when `gdb-multiarch` is
//! installed, GDB itself in batch mode against the same guest.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A user-mode riscv-test under Sv39: its code runs at virtual 0x12343ff000.
const GUEST: &str = "riscv-tests/isa/rv64ui-v-add";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn symbol(path: &str, name: &str) -> u64 {
    let data = std::fs::read(path).unwrap();
    let elf = goblin::elf::Elf::parse(&data).unwrap();
    elf.syms
        .iter()
        .find(|s| elf.strtab.get_at(s.st_name) == Some(name))
        .map(|s| s.st_value)
        .unwrap_or_else(|| panic!("no symbol {name}"))
}

struct Satp(Child);

impl Drop for Satp {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts satp waiting for GDB (-S), and returns once it listens.
fn start(port: u16) -> Satp {
    let mut child = Command::new(env!("CARGO_BIN_EXE_satp"))
        .args(["run", GUEST, "--gdb", &format!("tcp::{port}"), "-S"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut err, &mut line).unwrap();
    assert!(line.contains("waiting for GDB"), "{line}");
    Satp(child)
}

fn connect(port: u16) -> TcpStream {
    let s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s
}

/// Sends one packet and returns the reply's payload.
fn packet(s: &mut TcpStream, data: &str) -> String {
    let sum = data.bytes().fold(0u8, |a, b| a.wrapping_add(b));
    write!(s, "${data}#{sum:02x}").unwrap();
    let mut reply = Vec::new();
    let mut byte = [0u8];
    // Skip acks up to '$', then read to '#' and the two checksum digits.
    loop {
        s.read_exact(&mut byte).unwrap();
        if byte[0] == b'$' {
            break;
        }
    }
    loop {
        s.read_exact(&mut byte).unwrap();
        if byte[0] == b'#' {
            break;
        }
        reply.push(byte[0]);
    }
    let mut sum = [0u8; 2];
    s.read_exact(&mut sum).unwrap();
    s.write_all(b"+").unwrap();
    // Run-length encoding: "c*N" is c repeated N - 29 more times.
    let mut out = Vec::new();
    let mut i = 0;
    while i < reply.len() {
        if reply[i] == b'*' && i + 1 < reply.len() {
            let last = *out.last().unwrap();
            out.extend(std::iter::repeat_n(last, (reply[i + 1] - 29) as usize));
            i += 2;
        } else {
            out.push(reply[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// A little-endian hex register value.
fn le_hex(h: &str) -> u64 {
    let bytes: Vec<u8> =
        (0..h.len() / 2).map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).unwrap()).collect();
    bytes.iter().rev().fold(0, |a, b| (a << 8) | *b as u64)
}

#[test]
fn the_remote_protocol_by_hand() {
    let bp = symbol(GUEST, "satp_test_10");
    let tohost = symbol(GUEST, "tohost");
    let port = free_port();
    let mut satp = start(port);
    let mut s = connect(port);
    assert!(packet(&mut s, "?").starts_with('T'), "stopped before the first instruction");
    // Registers: x0..x31, pc (the entry), then the FPU's.
    let g = packet(&mut s, "g");
    assert_eq!(g.len(), (65 * 8 + 12) * 2);
    assert_eq!(le_hex(&g[32 * 16..33 * 16]), 0x8000_0000);
    assert_eq!(le_hex(&packet(&mut s, "p20")), 0x8000_0000, "pc");
    assert_eq!(le_hex(&packet(&mut s, "p1041")), 3, "priv: M-mode");
    assert_eq!(le_hex(&packet(&mut s, &format!("p{:x}", 65 + 0xf14))), 0, "mhartid");
    // The target description, read in pieces as GDB does.
    let mut xml = String::new();
    loop {
        let part = packet(&mut s, &format!("qXfer:features:read:target.xml:{:x},400", xml.len()));
        xml.push_str(&part[1..]);
        if !part.starts_with('m') {
            break;
        }
    }
    assert!(xml.contains("org.gnu.gdb.riscv.csr") && xml.contains("\"satp\""), "{xml}");
    assert!(xml.contains("org.gnu.gdb.riscv.fpu") && xml.ends_with("</target>\n"), "{xml}");
    // One hart, one thread.
    assert_eq!(packet(&mut s, "qfThreadInfo"), "m01");
    // A breakpoint on user code at a virtual address.
    assert_eq!(packet(&mut s, &format!("Z0,{bp:x},4")), "OK");
    let stop = packet(&mut s, "vCont;c");
    assert!(stop.starts_with("T05") && stop.contains("swbreak"), "{stop}");
    assert_eq!(le_hex(&packet(&mut s, "p20")), bp);
    assert_eq!(le_hex(&packet(&mut s, "p1041")), 0, "priv: U-mode");
    let satp_reg = le_hex(&packet(&mut s, &format!("p{:x}", 65 + 0x180)));
    assert_eq!(satp_reg >> 60, 8, "Sv39 is on");
    // Memory through the page table: `li gp, 10` at the breakpoint (0x00a00193).
    assert_eq!(packet(&mut s, &format!("m{bp:x},4")), "9301a000");
    // An unmapped address is an error, not a panic.
    assert!(packet(&mut s, "m7fff000000,4").starts_with('E'));
    // Single step: from the breakpoint (removed first, as GDB does) to the next one.
    assert_eq!(packet(&mut s, &format!("z0,{bp:x},4")), "OK");
    let stop = packet(&mut s, "vCont;s:1");
    assert!(stop.starts_with("T05") || stop == "S05", "{stop}");
    assert_eq!(le_hex(&packet(&mut s, "p20")), bp + 4);
    assert_eq!(le_hex(&packet(&mut s, "p3")), 10, "gp = 10 after li gp, 10");
    // A write watchpoint on tohost (the environment's final write): the store stops
    // before it is made.
    assert_eq!(packet(&mut s, &format!("Z2,{tohost:x},8")), "OK");
    let stop = packet(&mut s, "vCont;c");
    assert!(stop.contains(&format!("watch:{tohost:x}")), "{stop}");
    assert_eq!(packet(&mut s, &format!("m{tohost:x},8")), "0000000000000000");
    // Resumed, the store is made and the guest exits with code 0.
    let stop = packet(&mut s, "vCont;c");
    assert_eq!(stop, "W00");
    let status = satp.0.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

#[test]
fn gdb_multiarch_in_batch_mode() {
    if Command::new("gdb-multiarch").arg("--version").output().is_err() {
        // CI installs gdb-multiarch and sets SATP_NEED_GDB, so there this cannot skip.
        assert!(
            std::env::var_os("SATP_NEED_GDB").is_none(),
            "SATP_NEED_GDB is set but gdb-multiarch is not installed"
        );
        eprintln!("gdb-multiarch is not installed: skipped (apt-get install gdb-multiarch)");
        return;
    }
    let port = free_port();
    let _satp = start(port);
    let out = Command::new("gdb-multiarch")
        .args(["-nx", "-batch", "-ex", "set architecture riscv:rv64", "-ex"])
        .arg(format!("file {GUEST}"))
        .args(["-ex", &format!("target remote 127.0.0.1:{port}")])
        .args(["-ex", "break satp_test_10", "-ex", "continue", "-ex", "p/x $satp"])
        .args(["-ex", "info registers pc", "-ex", "stepi", "-ex", "p $gp", "-ex", "p $priv"])
        .args(["-ex", "x/2i $pc", "-ex", "kill"])
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("Breakpoint 1, 0x00000012343ff0d8 in satp_test_10"), "{text}");
    assert!(text.contains("= 0x80001"), "satp shows Sv39: {text}");
    assert!(text.contains("$2 = (void *) 0xa"), "gp = 10: {text}");
    assert!(text.contains("$3 = 0"), "priv U: {text}");
    assert!(text.contains("satp_test_10+8"), "{text}");
}
