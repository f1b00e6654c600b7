//! The CLINT (core-local interruptor) of the `virt` platform: per-hart software
//! interrupt bits (`msip`), per-hart timer compare registers (`mtimecmp`) and the shared
//! platform timer `mtime`.
//!
//! Register map (SiFive CLINT, as laid out on QEMU `virt` at [`CLINT_BASE`]):
//!
//! | offset            | register      | width  |
//! |-------------------|---------------|--------|
//! | `0x0000 + 4*h`    | `msip[h]`     | 32 bit (bit 0 only) |
//! | `0x4000 + 8*h`    | `mtimecmp[h]` | 64 bit |
//! | `0xbff8`          | `mtime`       | 64 bit |
//!
//! Accesses are 4 or 8 bytes wide; a 64-bit register can be reached as two 4-byte halves
//! (what RV32 software does) and an 8-byte access is handled as its two 32-bit words, low
//! one first. Offsets inside the range that hold no register (holes, harts that do not
//! exist) read as zero and ignore writes. Other widths are a [`BusFault`].
//!
//! Guest accesses reach it as a [`Device`] mapped on the bus like any other. The bus
//! also holds it typed, so the machine can advance `mtime` and sample [`Clint::lines`] for
//! each hart's `mip.MSIP`/`mip.MTIP` (Privileged spec, "Machine Timer Registers (mtime
//! and mtimecmp)": MTIP is set while `mtime >= mtimecmp`).

use super::{BusFault, Device};

pub const CLINT_BASE: u64 = 0x200_0000;
pub const CLINT_SIZE: u64 = 0x1_0000;

/// `mip` bit values; the same numbers as `hart::csr::IRQ_MSI` / `IRQ_MTI`.
const IRQ_MSI: u64 = 1 << 3;
const IRQ_MTI: u64 = 1 << 7;

const MSIP_BASE: u64 = 0x0000;
const MTIMECMP_BASE: u64 = 0x4000;
const MTIME: u64 = 0xbff8;

/// The CLINT of one machine.
pub struct Clint {
    /// The platform timer, in timebase ticks.
    pub mtime: u64,
    msip: Vec<u32>,
    mtimecmp: Vec<u64>,
}

/// Replaces the 32-bit half `high` (false: bits 31:0, true: bits 63:32) of `reg`.
fn set_half(reg: u64, high: bool, word: u32) -> u64 {
    if high {
        (reg & 0xffff_ffff) | (u64::from(word) << 32)
    } else {
        (reg & !0xffff_ffff) | u64::from(word)
    }
}

fn get_half(reg: u64, high: bool) -> u32 {
    if high {
        (reg >> 32) as u32
    } else {
        reg as u32
    }
}

impl Clint {
    /// A CLINT for `harts` harts. `mtimecmp` resets to `u64::MAX` so that no timer
    /// interrupt is pending before software programs it.
    pub fn new(harts: usize) -> Clint {
        Clint { mtime: 0, msip: vec![0; harts], mtimecmp: vec![u64::MAX; harts] }
    }

    /// Reads the 32-bit word at a 4-aligned `offset`.
    fn read_word(&self, offset: u64) -> u32 {
        if offset < MTIMECMP_BASE {
            let hart = ((offset - MSIP_BASE) / 4) as usize;
            self.msip.get(hart).copied().unwrap_or(0)
        } else if offset < MTIME {
            let hart = ((offset - MTIMECMP_BASE) / 8) as usize;
            let high = offset % 8 == 4;
            self.mtimecmp.get(hart).map_or(0, |&cmp| get_half(cmp, high))
        } else if offset < MTIME + 8 {
            get_half(self.mtime, offset == MTIME + 4)
        } else {
            0
        }
    }

    /// Writes the 32-bit word at a 4-aligned `offset`.
    fn write_word(&mut self, offset: u64, word: u32) {
        if offset < MTIMECMP_BASE {
            let hart = ((offset - MSIP_BASE) / 4) as usize;
            if let Some(m) = self.msip.get_mut(hart) {
                *m = word & 1;
            }
        } else if offset < MTIME {
            let hart = ((offset - MTIMECMP_BASE) / 8) as usize;
            let high = offset % 8 == 4;
            if let Some(cmp) = self.mtimecmp.get_mut(hart) {
                *cmp = set_half(*cmp, high, word);
            }
        } else if offset < MTIME + 8 {
            self.mtime = set_half(self.mtime, offset == MTIME + 4, word);
        }
    }

    fn check(offset: u64, size: u64) -> Result<(), BusFault> {
        let aligned = (size == 4 || size == 8) && offset.is_multiple_of(size);
        if aligned && offset.checked_add(size).is_some_and(|end| end <= CLINT_SIZE) {
            Ok(())
        } else {
            Err(BusFault)
        }
    }

    /// The `mip` bits the CLINT drives for `hart`: MSIP (bit 3) while `msip[hart]` bit 0
    /// is set, MTIP (bit 7) while `mtime >= mtimecmp[hart]`. Zero for a hart that does not
    /// exist.
    pub fn lines(&self, hart: usize) -> u64 {
        let mut bits = 0;
        if self.msip.get(hart).is_some_and(|&m| m & 1 != 0) {
            bits |= IRQ_MSI;
        }
        if self.mtimecmp.get(hart).is_some_and(|&c| self.mtime >= c) {
            bits |= IRQ_MTI;
        }
        bits
    }
}

impl Device for Clint {
    fn name(&self) -> &str {
        "clint"
    }

    /// Reads `size` (4 or 8) bytes at `offset` into the CLINT range.
    fn read(&mut self, offset: u64, size: u64) -> Result<u64, BusFault> {
        Self::check(offset, size)?;
        let low = u64::from(self.read_word(offset));
        if size == 8 {
            Ok(low | u64::from(self.read_word(offset + 4)) << 32)
        } else {
            Ok(low)
        }
    }

    /// Writes the low `size` (4 or 8) bytes of `value` at `offset`.
    fn write(&mut self, offset: u64, size: u64, value: u64) -> Result<(), BusFault> {
        Self::check(offset, size)?;
        self.write_word(offset, value as u32);
        if size == 8 {
            self.write_word(offset + 4, (value >> 32) as u32);
        }
        Ok(())
    }

    /// The earliest future `mtime` at which a timer interrupt becomes pending: the
    /// smallest `mtimecmp` above `mtime`. `u64::MAX` counts as disarmed (the reset value,
    /// and what SBI firmware writes to cancel a timer), so a machine where every timer is
    /// disarmed gets `None` rather than a jump to the end of time.
    fn next_event(&self) -> Option<u64> {
        self.mtimecmp.iter().copied().filter(|&c| c > self.mtime && c != u64::MAX).min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timer_line_follows_mtime_against_mtimecmp() {
        let mut c = Clint::new(2);
        assert_eq!(c.lines(0), 0, "reset mtimecmp must not fire");
        assert_eq!(c.next_event(), None);
        c.write(0x4000, 8, 100).unwrap();
        c.write(0x4008, 8, 50).unwrap();
        assert_eq!(c.next_event(), Some(50));
        c.mtime = 50;
        assert_eq!(c.lines(1), IRQ_MTI);
        assert_eq!(c.lines(0), 0);
        assert_eq!(c.next_event(), Some(100));
        c.mtime = 100;
        assert_eq!(c.lines(0), IRQ_MTI);
        assert_eq!(c.next_event(), None);
        // Moving mtimecmp forward clears the line.
        c.write(0x4000, 8, 200).unwrap();
        assert_eq!(c.lines(0), 0);
        assert_eq!(c.lines(7), 0, "no such hart");
    }

    #[test]
    fn software_interrupt_bit_zero_only() {
        let mut c = Clint::new(3);
        c.write(8, 4, 0xffff_fffe).unwrap();
        assert_eq!(c.read(8, 4).unwrap(), 0);
        assert_eq!(c.lines(2), 0);
        c.write(8, 4, 1).unwrap();
        assert_eq!(c.read(8, 4).unwrap(), 1);
        assert_eq!(c.lines(2), IRQ_MSI);
        assert_eq!(c.lines(1), 0);
        // An 8-byte access covers msip[0] and msip[1].
        c.write(0, 8, 1 << 32).unwrap();
        assert_eq!(c.lines(1), IRQ_MSI);
        assert_eq!(c.lines(0), 0);
        assert_eq!(c.read(0, 8).unwrap(), 1 << 32);
        // Hart 3 does not exist: read as zero, write ignored.
        c.write(12, 4, 1).unwrap();
        assert_eq!(c.read(12, 4).unwrap(), 0);
    }

    #[test]
    fn four_byte_halves_of_64_bit_registers() {
        let mut c = Clint::new(1);
        c.write(0x4000, 4, 0x1234_5678).unwrap();
        c.write(0x4004, 4, 0x9).unwrap();
        assert_eq!(c.read(0x4000, 8).unwrap(), 0x9_1234_5678);
        assert_eq!(c.read(0x4004, 4).unwrap(), 0x9);
        assert_eq!(c.read(0x4000, 4).unwrap(), 0x1234_5678);

        c.write(0xbff8, 8, 0xaaaa_bbbb_cccc_dddd).unwrap();
        assert_eq!(c.mtime, 0xaaaa_bbbb_cccc_dddd);
        c.write(0xbffc, 4, 1).unwrap();
        assert_eq!(c.mtime, 0x1_cccc_dddd);
        c.mtime = 0x5_0000_0007;
        assert_eq!(c.read(0xbff8, 4).unwrap(), 7);
        assert_eq!(c.read(0xbffc, 4).unwrap(), 5);
        assert_eq!(c.read(0xbff8, 8).unwrap(), 0x5_0000_0007);
    }

    #[test]
    fn odd_sizes_and_out_of_range_fault() {
        let mut c = Clint::new(1);
        assert_eq!(c.read(0, 1), Err(BusFault));
        assert_eq!(c.read(0, 2), Err(BusFault));
        assert_eq!(c.write(0x4000, 16, 0), Err(BusFault));
        assert_eq!(c.read(0x4002, 4), Err(BusFault), "misaligned");
        assert_eq!(c.read(0x4004, 8), Err(BusFault), "misaligned");
        assert_eq!(c.read(CLINT_SIZE, 4), Err(BusFault));
        assert_eq!(c.read(u64::MAX - 3, 4), Err(BusFault));
        assert_eq!(c.read(0xc000, 4), Ok(0), "hole reads as zero");
        assert_eq!(c.write(0xc000, 4, 5), Ok(()));
    }
}
