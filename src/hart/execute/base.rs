//! RV64I: integer ALU operations, branches and load extension (unprivileged spec,
//! "RV32I Base Integer Instruction Set" and "RV64I Base Integer Instruction Set").

use crate::isa::{AluOp, BranchOp, LoadOp};

/// The 64-bit result of an OP / OP-IMM operation. Shift amounts use the low 6 bits.
#[inline(always)]
pub(crate) fn alu(op: AluOp, a: u64, b: u64) -> u64 {
    match op {
        AluOp::Add => a.wrapping_add(b),
        AluOp::Sub => a.wrapping_sub(b),
        AluOp::Sll => a << (b & 63),
        AluOp::Slt => ((a as i64) < (b as i64)) as u64,
        AluOp::Sltu => (a < b) as u64,
        AluOp::Xor => a ^ b,
        AluOp::Srl => a >> (b & 63),
        AluOp::Sra => ((a as i64) >> (b & 63)) as u64,
        AluOp::Or => a | b,
        AluOp::And => a & b,
    }
}

/// The result of an OP-32 / OP-IMM-32 operation: computed on the low 32 bits, then
/// sign-extended. Shift amounts use the low 5 bits.
#[inline(always)]
pub(crate) fn alu32(op: AluOp, a: u64, b: u64) -> u64 {
    let (a32, b32) = (a as u32, b as u32);
    let r = match op {
        AluOp::Add => a32.wrapping_add(b32),
        AluOp::Sub => a32.wrapping_sub(b32),
        AluOp::Sll => a32 << (b32 & 31),
        AluOp::Srl => a32 >> (b32 & 31),
        AluOp::Sra => ((a32 as i32) >> (b32 & 31)) as u32,
        // The decoder produces no other W operation; computing the 64-bit op keeps this
        // total without a panic path.
        _ => alu(op, a, b) as u32,
    };
    r as i32 as i64 as u64
}

#[inline(always)]
pub(crate) fn branch_taken(op: BranchOp, a: u64, b: u64) -> bool {
    match op {
        BranchOp::Beq => a == b,
        BranchOp::Bne => a != b,
        BranchOp::Blt => (a as i64) < (b as i64),
        BranchOp::Bge => (a as i64) >= (b as i64),
        BranchOp::Bltu => a < b,
        BranchOp::Bgeu => a >= b,
    }
}

/// Sign- or zero-extends a loaded value (already zero-extended to 64 bits).
#[inline(always)]
pub(crate) fn extend_load(op: LoadOp, raw: u64) -> u64 {
    match op {
        LoadOp::Lb => raw as i8 as i64 as u64,
        LoadOp::Lh => raw as i16 as i64 as u64,
        LoadOp::Lw => raw as i32 as i64 as u64,
        LoadOp::Ld | LoadOp::Lbu | LoadOp::Lhu | LoadOp::Lwu => raw,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn w_ops_sign_extend_and_mask_shifts() {
        assert_eq!(alu32(AluOp::Add, 0x7fff_ffff, 1), 0xffff_ffff_8000_0000);
        assert_eq!(alu32(AluOp::Sll, 1, 33), 2, "shift amount is taken mod 32");
        assert_eq!(alu32(AluOp::Sra, 0x8000_0000, 4), 0xffff_ffff_f800_0000);
        assert_eq!(alu32(AluOp::Srl, 0xffff_ffff_8000_0000, 4), 0x0800_0000);
        assert_eq!(alu(AluOp::Sll, 1, 64 + 3), 8, "shift amount is taken mod 64");
        assert_eq!(alu(AluOp::Slt, u64::MAX, 0), 1);
        assert_eq!(alu(AluOp::Sltu, u64::MAX, 0), 0);
        assert_eq!(extend_load(LoadOp::Lh, 0x8000), 0xffff_ffff_ffff_8000);
        assert_eq!(extend_load(LoadOp::Lhu, 0x8000), 0x8000);
    }
}
