//! The A extension: LR/SC with a reservation kept on the bus (so a store by anyone to the
//! reserved doubleword breaks it) and the AMOs, performed as one indivisible
//! read-modify-write (unprivileged spec, "A Extension for Atomic Instructions").
//!
//! Misaligned LR raises load-address-misaligned; misaligned SC/AMO raise
//! store/AMO-address-misaligned. AMOs and SC need RAM: anywhere else is an access fault.

use super::super::trap::Exception;
use super::super::Hart;
use crate::bus::Bus;
use crate::isa::{AmoOp, AmoWidth, Reg};
use crate::mmu::sv39::AccessType;

impl Hart {
    /// The checks every atomic makes before touching memory: natural alignment (else
    /// address-misaligned), translation, and RAM (else access fault). LR reports load
    /// exceptions, SC and AMOs store/AMO ones. Returns the virtual and physical address.
    fn atomic_address(
        &mut self,
        bus: &mut Bus,
        rs1: Reg,
        width: AmoWidth,
        access: AccessType,
    ) -> Result<(u64, u64), Exception> {
        let addr = self.reg(rs1);
        let size = width.size();
        let load = access == AccessType::Load;
        if !addr.is_multiple_of(size) {
            return Err(if load {
                Exception::LoadAddressMisaligned(addr)
            } else {
                Exception::StoreAddressMisaligned(addr)
            });
        }
        let paddr = self.translate_data(bus, addr, size, access)?;
        self.probe.mem_paddr = paddr;
        self.probe.mem_size = size as u8;
        if !bus.is_ram(paddr, size) {
            return Err(if load {
                Exception::LoadAccessFault(addr)
            } else {
                Exception::StoreAccessFault(addr)
            });
        }
        Ok((addr, paddr))
    }

    pub(super) fn exec_lr(
        &mut self,
        bus: &mut Bus,
        width: AmoWidth,
        rd: Reg,
        rs1: Reg,
    ) -> Result<(), Exception> {
        let (addr, paddr) = self.atomic_address(bus, rs1, width, AccessType::Load)?;
        let v = bus.read(paddr, width.size()).map_err(|_| Exception::LoadAccessFault(addr))?;
        bus.reserve(self.index, paddr);
        self.set_reg(rd, sign_extend(width, v));
        Ok(())
    }

    pub(super) fn exec_sc(
        &mut self,
        bus: &mut Bus,
        width: AmoWidth,
        rd: Reg,
        rs1: Reg,
        rs2: Reg,
    ) -> Result<(), Exception> {
        let (addr, paddr) = self.atomic_address(bus, rs1, width, AccessType::Store)?;
        if bus.take_reservation(self.index, paddr) {
            bus.write(paddr, width.size(), self.reg(rs2))
                .map_err(|_| Exception::StoreAccessFault(addr))?;
            self.set_reg(rd, 0);
        } else {
            self.set_reg(rd, 1);
        }
        Ok(())
    }

    pub(super) fn exec_amo(
        &mut self,
        bus: &mut Bus,
        op: AmoOp,
        width: AmoWidth,
        rd: Reg,
        rs1: Reg,
        rs2: Reg,
    ) -> Result<(), Exception> {
        let (addr, paddr) = self.atomic_address(bus, rs1, width, AccessType::Store)?;
        let size = width.size();
        let fault = |_| Exception::StoreAccessFault(addr);
        let old = sign_extend(width, bus.read(paddr, size).map_err(fault)?);
        let src = sign_extend(width, self.reg(rs2));
        let new = amo_result(op, width, old, src);
        bus.write(paddr, size, new).map_err(fault)?;
        self.set_reg(rd, old);
        Ok(())
    }
}

#[inline(always)]
fn sign_extend(width: AmoWidth, v: u64) -> u64 {
    match width {
        AmoWidth::W => v as i32 as i64 as u64,
        AmoWidth::D => v,
    }
}

/// The value an AMO stores, given the old memory value and rs2, both sign-extended to
/// 64 bits (for .W the comparisons are then on the 32-bit values, as required).
fn amo_result(op: AmoOp, _width: AmoWidth, old: u64, src: u64) -> u64 {
    match op {
        AmoOp::Swap => src,
        AmoOp::Add => old.wrapping_add(src),
        AmoOp::Xor => old ^ src,
        AmoOp::And => old & src,
        AmoOp::Or => old | src,
        AmoOp::Min => (old as i64).min(src as i64) as u64,
        AmoOp::Max => (old as i64).max(src as i64) as u64,
        // Unsigned comparison of the sign-extended values orders 32-bit values the same
        // way as comparing them as u32.
        AmoOp::Minu => old.min(src),
        AmoOp::Maxu => old.max(src),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_amos_compare_32_bit_values() {
        let neg = sign_extend(AmoWidth::W, 0x8000_0000);
        let one = 1;
        assert_eq!(amo_result(AmoOp::Min, AmoWidth::W, neg, one) as u32, 0x8000_0000);
        assert_eq!(amo_result(AmoOp::Minu, AmoWidth::W, neg, one) as u32, 1);
        assert_eq!(amo_result(AmoOp::Maxu, AmoWidth::W, neg, one) as u32, 0x8000_0000);
        assert_eq!(amo_result(AmoOp::Max, AmoWidth::D, u64::MAX, 0), 0);
    }
}
