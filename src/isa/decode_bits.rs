//! Decoding of the bit-manipulation extensions (Zba, Zbb, Zbc, Zbs, Zbkb, Zbkx), Zicond,
//! the cache-block operations (Zicbom, Zicboz) and the may-be-operations (Zimop).
//!
//! [`super::decode`]'s per-opcode functions call these for the encodings the base ISA
//! leaves undefined, so the base decoder stays as it was. Encodings follow the
//! unprivileged spec's chapters "B Extension for Bit Manipulation" (RV64 forms),
//! "Zbkb"/"Zbkx" (scalar cryptography, version 1.0), "Zicond", "Zimop" and the CMO spec
//! ("CMO" chapter, instruction encodings). Each function returns `None` for an encoding
//! that is still undefined; the caller reports it as illegal.

use super::decode::{funct3, funct7, rd, rs1, rs2};
use super::inst::*;

/// OP (0110011): the R-type operations of Zba, Zbb, Zbc, Zbs, Zbkb, Zbkx and Zicond.
/// ZEXT.H on RV64 is in OP-32 (see [`op_32`]); PACK with rs2 = x0 is PACK, not ZEXT.H.
pub(super) fn op(raw: u32) -> Option<Inst> {
    use BitOp::*;
    let op = match (funct7(raw), funct3(raw)) {
        (0b001_0000, 0b010) => Sh1add,
        (0b001_0000, 0b100) => Sh2add,
        (0b001_0000, 0b110) => Sh3add,
        (0b010_0000, 0b111) => Andn,
        (0b010_0000, 0b110) => Orn,
        (0b010_0000, 0b100) => Xnor,
        (0b000_0101, 0b110) => Max,
        (0b000_0101, 0b111) => Maxu,
        (0b000_0101, 0b100) => Min,
        (0b000_0101, 0b101) => Minu,
        (0b000_0101, 0b001) => Clmul,
        (0b000_0101, 0b011) => Clmulh,
        (0b000_0101, 0b010) => Clmulr,
        (0b011_0000, 0b001) => Rol,
        (0b011_0000, 0b101) => Ror,
        (0b010_0100, 0b001) => Bclr,
        (0b010_0100, 0b101) => Bext,
        (0b011_0100, 0b001) => Binv,
        (0b001_0100, 0b001) => Bset,
        (0b000_0100, 0b100) => Pack,
        (0b000_0100, 0b111) => Packh,
        (0b001_0100, 0b010) => Xperm4,
        (0b001_0100, 0b100) => Xperm8,
        (0b000_0111, 0b101) => CzeroEqz,
        (0b000_0111, 0b111) => CzeroNez,
        _ => return None,
    };
    Some(Inst::Bit { op, rd: rd(raw), rs1: rs1(raw), rs2: rs2(raw) })
}

/// OP-32 (0111011): ADD.UW, SHxADD.UW, ROLW, RORW, PACKW; PACKW with rs2 = x0 is
/// ZEXT.H (Zbb's RV64 encoding of zext.h is exactly that word).
pub(super) fn op_32(raw: u32) -> Option<Inst> {
    use BitOp::*;
    let op = match (funct7(raw), funct3(raw)) {
        (0b000_0100, 0b000) => AddUw,
        (0b001_0000, 0b010) => Sh1addUw,
        (0b001_0000, 0b100) => Sh2addUw,
        (0b001_0000, 0b110) => Sh3addUw,
        (0b011_0000, 0b001) => Rolw,
        (0b011_0000, 0b101) => Rorw,
        (0b000_0100, 0b100) if rs2(raw) == 0 => {
            return Some(Inst::BitUnary { op: UnaryOp::ZextH, rd: rd(raw), rs1: rs1(raw) })
        }
        (0b000_0100, 0b100) => Packw,
        _ => return None,
    };
    Some(Inst::Bit { op, rd: rd(raw), rs1: rs1(raw), rs2: rs2(raw) })
}

/// OP-IMM (0010011) funct3 = 001 / 101 with a funct6 the base leaves undefined: the
/// single-bit immediates (6-bit index), RORI (6-bit shamt), and the unary operations
/// encoded by the whole imm[11:0] field.
pub(super) fn op_imm(raw: u32) -> Option<Inst> {
    let (rd, rs1) = (rd(raw), rs1(raw));
    let imm12 = raw >> 20;
    let shamt = ((raw >> 20) & 0x3f) as u8;
    let unary = |op| Some(Inst::BitUnary { op, rd, rs1 });
    let imm = |op| Some(Inst::BitImm { op, rd, rs1, imm: shamt });
    match (funct3(raw), raw >> 26) {
        (0b001, _) if imm12 == 0x600 => unary(UnaryOp::Clz),
        (0b001, _) if imm12 == 0x601 => unary(UnaryOp::Ctz),
        (0b001, _) if imm12 == 0x602 => unary(UnaryOp::Cpop),
        (0b001, _) if imm12 == 0x604 => unary(UnaryOp::SextB),
        (0b001, _) if imm12 == 0x605 => unary(UnaryOp::SextH),
        (0b101, _) if imm12 == 0x287 => unary(UnaryOp::OrcB),
        (0b101, _) if imm12 == 0x6b8 => unary(UnaryOp::Rev8),
        (0b101, _) if imm12 == 0x687 => unary(UnaryOp::Brev8),
        (0b001, 0b01_0010) => imm(BitOp::Bclr),
        (0b001, 0b01_1010) => imm(BitOp::Binv),
        (0b001, 0b00_1010) => imm(BitOp::Bset),
        (0b101, 0b01_0010) => imm(BitOp::Bext),
        (0b101, 0b01_1000) => imm(BitOp::Ror),
        _ => None,
    }
}

/// OP-IMM-32 (0011011): SLLI.UW (6-bit shamt, funct6 = 000010), RORIW (5-bit shamt),
/// CLZW, CTZW, CPOPW.
pub(super) fn op_imm_32(raw: u32) -> Option<Inst> {
    let (rd, rs1) = (rd(raw), rs1(raw));
    let imm12 = raw >> 20;
    let unary = |op| Some(Inst::BitUnary { op, rd, rs1 });
    match funct3(raw) {
        0b001 if raw >> 26 == 0b00_0010 => {
            Some(Inst::BitImm { op: BitOp::SllUw, rd, rs1, imm: ((raw >> 20) & 0x3f) as u8 })
        }
        0b001 if imm12 == 0x600 => unary(UnaryOp::Clzw),
        0b001 if imm12 == 0x601 => unary(UnaryOp::Ctzw),
        0b001 if imm12 == 0x602 => unary(UnaryOp::Cpopw),
        0b101 if funct7(raw) == 0b011_0000 => {
            Some(Inst::BitImm { op: BitOp::Rorw, rd, rs1, imm: ((raw >> 20) & 0x1f) as u8 })
        }
        _ => None,
    }
}

/// MISC-MEM (0001111) funct3 = 010: CBO.INVAL/CLEAN/FLUSH (imm 0/1/2, Zicbom) and
/// CBO.ZERO (imm 4, Zicboz), each with rd = 0; other values are reserved.
pub(super) fn misc_mem(raw: u32) -> Option<Inst> {
    if funct3(raw) != 0b010 || rd(raw) != 0 {
        return None;
    }
    let op = match raw >> 20 {
        0 => CboOp::Inval,
        1 => CboOp::Clean,
        2 => CboOp::Flush,
        4 => CboOp::Zero,
        _ => return None,
    };
    Some(Inst::Cbo { op, rs1: rs1(raw) })
}

/// SYSTEM (1110011) funct3 = 100: Zimop's MOP.R.n
/// (`1 n[4] 00 n[3:2] 0111 n[1:0] rs1 100 rd`) and MOP.RR.n (`1 n[2] 00 n[1:0] 1 rs2 rs1
/// 100 rd`). The rest of funct3 = 100 (the hypervisor loads and stores) stays illegal.
pub(super) fn system_100(raw: u32) -> Option<Inst> {
    let (rd, rs1) = (rd(raw), rs1(raw));
    if raw & 0xb3c0_707f == 0x81c0_4073 {
        let n = ((raw >> 30) & 1) << 4 | ((raw >> 26) & 3) << 2 | ((raw >> 20) & 3);
        return Some(Inst::MopR { n: n as u8, rd, rs1 });
    }
    if raw & 0xb200_707f == 0x8200_4073 {
        let n = ((raw >> 30) & 1) << 2 | ((raw >> 26) & 3);
        return Some(Inst::MopRr { n: n as u8, rd, rs1, rs2: rs2(raw) });
    }
    None
}
