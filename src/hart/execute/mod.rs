//! Instruction execution, one file per extension family. `Hart::execute` is the single
//! dispatch point: it advances pc, then runs the instruction's arm; an `Err` leaves the
//! architectural state as it was before the instruction (except pc, which `take_trap`
//! overwrites) and becomes a trap.

mod atomic;
mod base;
mod bits;
mod cbo;
mod fp;
mod muldiv;
mod system;

pub(crate) use base::{alu, alu32, branch_taken, extend_load};
pub(crate) use bits::{bit_op, unary_op};
pub(crate) use muldiv::{muldiv, muldiv32};

use super::trap::Exception;
use super::Hart;
use crate::bus::Bus;
use crate::isa::Inst;

impl Hart {
    /// Executes `inst` (of `len` bytes, encoded as `raw`, which is the illegal-instruction
    /// tval) at the current pc. The engine's handlers ([`crate::engine`]) run the frequent
    /// instructions themselves and call this for the rest; every instruction is here, so
    /// this is also the plain reference for what each one does (loads and stores take the
    /// full memory path, without the engine's direct RAM path).
    #[inline(always)]
    pub(crate) fn execute(
        &mut self,
        bus: &mut Bus,
        inst: Inst,
        len: u64,
        raw: u32,
    ) -> Result<(), Exception> {
        let pc = self.pc;
        self.pc = pc.wrapping_add(len);
        match inst {
            Inst::Lui { rd, imm } => self.set_reg(rd, imm as u64),
            Inst::Auipc { rd, imm } => self.set_reg(rd, pc.wrapping_add(imm as u64)),
            Inst::Jal { rd, imm } => {
                self.set_reg(rd, pc.wrapping_add(len));
                self.pc = pc.wrapping_add(imm as u64);
            }
            Inst::Jalr { rd, rs1, imm } => {
                let target = self.reg(rs1).wrapping_add(imm as u64) & !1;
                self.set_reg(rd, pc.wrapping_add(len));
                self.pc = target;
            }
            Inst::Branch { op, rs1, rs2, imm } => {
                if base::branch_taken(op, self.reg(rs1), self.reg(rs2)) {
                    self.pc = pc.wrapping_add(imm as u64);
                }
            }
            Inst::Load { op, rd, rs1, imm } => {
                let addr = self.reg(rs1).wrapping_add(imm as u64);
                let raw = self.load_slow(bus, addr, op.size())?;
                self.set_reg(rd, base::extend_load(op, raw));
            }
            Inst::Store { op, rs1, rs2, imm } => {
                let addr = self.reg(rs1).wrapping_add(imm as u64);
                self.store_slow(bus, addr, op.size(), self.reg(rs2))?;
            }
            Inst::OpImm { op, rd, rs1, imm } => {
                self.set_reg(rd, base::alu(op, self.reg(rs1), imm as u64))
            }
            Inst::OpImm32 { op, rd, rs1, imm } => {
                self.set_reg(rd, base::alu32(op, self.reg(rs1), imm as u64))
            }
            Inst::Op { op, rd, rs1, rs2 } => {
                self.set_reg(rd, base::alu(op, self.reg(rs1), self.reg(rs2)))
            }
            Inst::Op32 { op, rd, rs1, rs2 } => {
                self.set_reg(rd, base::alu32(op, self.reg(rs1), self.reg(rs2)))
            }
            Inst::MulDiv { op, rd, rs1, rs2 } => {
                self.set_reg(rd, muldiv::muldiv(op, self.reg(rs1), self.reg(rs2)))
            }
            Inst::MulDiv32 { op, rd, rs1, rs2 } => {
                self.set_reg(rd, muldiv::muldiv32(op, self.reg(rs1), self.reg(rs2)))
            }
            // One hart executes in program order and the decoded-instruction cache checks
            // the instruction bits on every use, so FENCE and FENCE.I need no action.
            Inst::Fence { .. } | Inst::FenceI => {}
            Inst::Lr { width, rd, rs1, .. } => self.exec_lr(bus, width, rd, rs1)?,
            Inst::Sc { width, rd, rs1, rs2, .. } => self.exec_sc(bus, width, rd, rs1, rs2)?,
            Inst::Amo { op, width, rd, rs1, rs2, .. } => {
                self.exec_amo(bus, op, width, rd, rs1, rs2)?
            }
            Inst::Csr { op, rd, src, csr } => self.exec_csr(bus, op, rd, src, csr, raw)?,
            Inst::Ecall => return Err(self.ecall()),
            Inst::Ebreak => return Err(Exception::Breakpoint(pc)),
            Inst::Mret => self.exec_mret(raw)?,
            Inst::Sret => self.exec_sret(raw)?,
            Inst::Wfi => self.exec_wfi(raw)?,
            Inst::SfenceVma { rs1, rs2 } => self.exec_sfence_vma(rs1, rs2, raw)?,
            Inst::FLoad { .. }
            | Inst::FStore { .. }
            | Inst::FOp { .. }
            | Inst::FFma { .. }
            | Inst::FCmp { .. }
            | Inst::FClass { .. }
            | Inst::FCvtToInt { .. }
            | Inst::FCvtFromInt { .. }
            | Inst::FCvtFp { .. }
            | Inst::FMvToInt { .. }
            | Inst::FMvFromInt { .. } => self.exec_fp(bus, inst, raw)?,
            Inst::Bit { op, rd, rs1, rs2 } => {
                self.set_reg(rd, bits::bit_op(op, self.reg(rs1), self.reg(rs2)))
            }
            Inst::BitImm { op, rd, rs1, imm } => {
                self.set_reg(rd, bits::bit_op(op, self.reg(rs1), u64::from(imm)))
            }
            Inst::BitUnary { op, rd, rs1 } => self.set_reg(rd, bits::unary_op(op, self.reg(rs1))),
            Inst::Cbo { op, rs1 } => self.exec_cbo(bus, op, rs1, raw)?,
            // Zimop: MOP.R.n and MOP.RR.n write 0 to rd.
            Inst::MopR { rd, .. } | Inst::MopRr { rd, .. } => self.set_reg(rd, 0),
        }
        Ok(())
    }
}
