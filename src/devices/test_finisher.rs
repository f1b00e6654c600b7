//! The SiFive test device ("test finisher", `sifive,test0`/`sifive,test1` on QEMU `virt`):
//! a register at offset 0 through which the guest ends the run.
//!
//! A write of 2, 4 or 8 bytes at offset 0 is decoded from its low 32 bits: the low 16 bits
//! select the command, the next 16 bits carry a code.
//! - `0x5555`: pass, exit code 0.
//! - `0x3333`: fail, exit code `value >> 16`; a fail with code 0 (what OpenSBI writes for
//!   a shutdown with a failure reason) becomes exit code 1, so a failure never reads as a
//!   pass.
//! - `0x7777`: reset. satp does not reboot; it logs the request and exits with code 0.
//!
//! Firmware uses 16-bit stores (OpenSBI) and Linux's syscon-poweroff 32-bit ones; both are
//! accepted. Other commands, other offsets and 1-byte writes are ignored; reads return 0.
//! The device records the first request and hands it to the machine by setting
//! `*ctx.exit` in its next `tick`.

use super::{BusFault, Device, DeviceContext};

pub const TEST_FINISHER_BASE: u64 = 0x10_0000;
pub const TEST_FINISHER_SIZE: u64 = 0x1000;

const FINISHER_FAIL: u64 = 0x3333;
const FINISHER_PASS: u64 = 0x5555;
const FINISHER_RESET: u64 = 0x7777;

/// The test finisher.
#[derive(Default)]
pub struct TestFinisher {
    /// Exit code requested and not yet handed to the machine.
    request: Option<u64>,
}

impl TestFinisher {
    pub fn new() -> TestFinisher {
        TestFinisher::default()
    }

    /// The exit code requested by the guest and not yet delivered by `tick`.
    pub fn pending_exit(&self) -> Option<u64> {
        self.request
    }

    fn command(&mut self, value: u64) {
        let code = (value >> 16) & 0xffff;
        let exit = match value & 0xffff {
            FINISHER_PASS => 0,
            FINISHER_FAIL if code == 0 => 1,
            FINISHER_FAIL => code,
            FINISHER_RESET => {
                log::info!("test finisher: guest asked for a reset; ending the run with code 0");
                0
            }
            other => {
                log::warn!("test finisher: ignoring unknown command {other:#x}");
                return;
            }
        };
        self.request.get_or_insert(exit);
    }
}

impl Device for TestFinisher {
    fn name(&self) -> &str {
        "test-finisher"
    }

    fn read(&mut self, _offset: u64, _size: u64) -> Result<u64, BusFault> {
        Ok(0)
    }

    fn write(&mut self, offset: u64, size: u64, value: u64) -> Result<(), BusFault> {
        if offset == 0 && matches!(size, 2 | 4 | 8) {
            let bits = if size == 2 { 0xffff } else { 0xffff_ffff };
            self.command(value & bits);
        }
        Ok(())
    }

    fn tick(&mut self, ctx: &mut DeviceContext) {
        if let Some(code) = self.request.take() {
            *ctx.exit = Some(code);
        }
    }

    /// A recorded request is due at once.
    fn next_event(&self) -> Option<u64> {
        self.request.map(|_| 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::devices::RamView;

    /// Writes `value` with `size` bytes at `offset`, ticks, and returns the exit request.
    fn run(offset: u64, size: u64, value: u64) -> Option<u64> {
        let mut f = TestFinisher::new();
        f.write(offset, size, value).unwrap();
        let mut exit = None;
        let mut ram = [0u8; 0];
        let mut ctx = DeviceContext {
            mtime: 0,
            ram: RamView::new(0, &mut ram),
            exit: &mut exit,
            fault_write: false,
        };
        f.tick(&mut ctx);
        assert_eq!(f.pending_exit(), None, "delivered once");
        exit
    }

    #[test]
    fn finisher_codes() {
        assert_eq!(run(0, 4, 0x5555), Some(0));
        assert_eq!(run(0, 2, 0x5555), Some(0), "OpenSBI's 16-bit store");
        assert_eq!(run(0, 4, (42 << 16) | 0x3333), Some(42));
        assert_eq!(run(0, 4, 0x3333), Some(1), "fail without a code");
        assert_eq!(run(0, 2, 0x3333), Some(1));
        assert_eq!(run(0, 4, 0x7777), Some(0));
        assert_eq!(run(0, 8, (0xdead << 32) | (3 << 16) | 0x3333), Some(3));
        assert_eq!(run(0, 4, 0x1234), None, "unknown command");
        assert_eq!(run(4, 4, 0x5555), None, "other offset");
        assert_eq!(run(0, 1, 0x55), None, "byte write");
    }

    #[test]
    fn first_request_wins_and_waits_for_tick() {
        let mut f = TestFinisher::new();
        f.write(0, 4, (5 << 16) | 0x3333).unwrap();
        f.write(0, 4, 0x5555).unwrap();
        assert_eq!(f.pending_exit(), Some(5));
        assert_eq!(f.next_event(), Some(0));
        assert_eq!(f.read(0, 4), Ok(0));
        assert_eq!(f.read(0xff8, 8), Ok(0));
    }
}
