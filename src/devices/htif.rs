//! HTIF, the host-target interface of Spike and riscv-tests: the guest writes a command
//! to the `tohost` doubleword in RAM and the host answers through `fromhost`.
//!
//! Commands (device = bits 63:56, command = bits 55:48, payload = bits 47:0):
//! - device 0, payload with bit 0 set: exit with code `payload >> 1`;
//! - device 0, payload with bit 0 clear: system call proxy; the payload points at
//!   `magic_mem[8]` = {number, a0, a1, ...}. `write` (64) and `exit` (93) are served; others
//!   return -ENOSYS. The result goes back to `magic_mem[0]`, then fromhost is set to 1;
//! - device 1, command 1: write the low byte to the console; fromhost answers.
//!
//! Output goes to an injected writer so tests can capture it. Memory is reached through
//! [`PhysMemory`], which the bus implements.

use super::BusFault;
use std::io::Write;

/// Physical memory as HTIF sees it: the mailbox and the syscall blocks it points at.
/// Implemented by [`crate::bus::Bus`], whose writes break reservations and invalidate
/// decoded code like a store.
pub trait PhysMemory {
    /// Reads a little-endian value of `size` bytes (1, 2, 4 or 8).
    fn read(&mut self, paddr: u64, size: u64) -> Result<u64, BusFault>;
    /// Writes the low `size` bytes of `value`, little-endian.
    fn write(&mut self, paddr: u64, size: u64, value: u64) -> Result<(), BusFault>;
    /// The RAM bytes at `[paddr, paddr+len)`, if wholly in RAM.
    fn ram_slice(&self, paddr: u64, len: u64) -> Option<&[u8]>;
}

/// What an HTIF command asked the machine to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HtifEvent {
    None,
    Exit(u64),
}

const SYS_WRITE: u64 = 64;
const SYS_EXIT: u64 = 93;
const ENOSYS: i64 = 38;

/// The HTIF endpoint of one machine.
pub struct Htif {
    tohost: u64,
    fromhost: Option<u64>,
}

impl Htif {
    pub fn new(tohost: u64, fromhost: Option<u64>) -> Htif {
        Htif { tohost, fromhost }
    }

    pub fn tohost_addr(&self) -> u64 {
        self.tohost
    }

    fn respond(&self, bus: &mut impl PhysMemory, value: u64) {
        if let Some(fh) = self.fromhost {
            let _ = bus.write(fh, 8, value);
        }
    }

    /// Handles a pending command in tohost, if any. Called after a store touched the
    /// tohost/fromhost bytes.
    pub fn poll(&mut self, bus: &mut impl PhysMemory, out: &mut dyn Write) -> HtifEvent {
        let value = match bus.read(self.tohost, 8) {
            Ok(v) => v,
            Err(_) => return HtifEvent::None,
        };
        if value == 0 {
            return HtifEvent::None;
        }
        let _ = bus.write(self.tohost, 8, 0);
        let device = value >> 56;
        let command = (value >> 48) & 0xff;
        let payload = value & ((1 << 48) - 1);
        let event = match (device, command) {
            (0, 0) if payload & 1 == 1 => HtifEvent::Exit(payload >> 1),
            (0, 0) => self.syscall(bus, payload, out),
            (1, 1) => {
                let _ = out.write_all(&[payload as u8]);
                let _ = out.flush();
                self.respond(bus, (1 << 56) | (1 << 48));
                HtifEvent::None
            }
            _ => {
                log::debug!("htif: ignored command {value:#x}");
                HtifEvent::None
            }
        };
        event
    }

    fn syscall(&mut self, bus: &mut impl PhysMemory, magic: u64, out: &mut dyn Write) -> HtifEvent {
        let mut args = [0u64; 8];
        for (i, a) in args.iter_mut().enumerate() {
            match bus.read(magic + 8 * i as u64, 8) {
                Ok(v) => *a = v,
                Err(_) => {
                    log::warn!("htif: syscall block at {magic:#x} is not in RAM");
                    return HtifEvent::None;
                }
            }
        }
        let ret: i64 = match args[0] {
            SYS_EXIT => return HtifEvent::Exit(args[1]),
            SYS_WRITE => {
                let (fd, buf, len) = (args[1], args[2], args[3]);
                match bus.ram_slice(buf, len) {
                    Some(bytes) if fd == 1 || fd == 2 => {
                        let _ = out.write_all(bytes);
                        let _ = out.flush();
                        len as i64
                    }
                    Some(_) => -9, // EBADF
                    None => -14,   // EFAULT
                }
            }
            n => {
                log::debug!("htif: unsupported syscall {n}");
                -ENOSYS
            }
        };
        let _ = bus.write(magic, 8, ret as u64);
        self.respond(bus, 1);
        HtifEvent::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bus::Bus;

    #[test]
    fn console_exit_and_syscall_write() {
        let mut bus = Bus::new(0x8000_0000, 0x2000);
        let mut htif = Htif::new(0x8000_1000, Some(0x8000_1008));
        let mut out = Vec::new();
        bus.write(0x8000_1000, 8, (1 << 56) | (1 << 48) | b'A' as u64).unwrap();
        assert_eq!(htif.poll(&mut bus, &mut out), HtifEvent::None);
        assert_eq!(out, b"A");
        assert_eq!(bus.read(0x8000_1000, 8).unwrap(), 0, "tohost is cleared");
        assert_ne!(bus.read(0x8000_1008, 8).unwrap(), 0, "fromhost answers");

        bus.ram_slice_mut(0x8000_0100, 3).unwrap().copy_from_slice(b"hi\n");
        for (i, v) in [SYS_WRITE, 1, 0x8000_0100, 3].iter().enumerate() {
            bus.write(0x8000_0040 + 8 * i as u64, 8, *v).unwrap();
        }
        bus.write(0x8000_1000, 8, 0x8000_0040).unwrap();
        assert_eq!(htif.poll(&mut bus, &mut out), HtifEvent::None);
        assert_eq!(out, b"Ahi\n");
        assert_eq!(bus.read(0x8000_0040, 8).unwrap(), 3, "write returns its length");

        bus.write(0x8000_1000, 8, (5 << 1) | 1).unwrap();
        assert_eq!(htif.poll(&mut bus, &mut out), HtifEvent::Exit(5));
    }
}
