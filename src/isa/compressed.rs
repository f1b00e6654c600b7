//! RVC: expansion of 16-bit compressed instructions (RV64C quadrants 0-2) into the
//! equivalent 32-bit [`Inst`].
//!
//! Layouts, expansions, reserved code points and HINTs follow the unprivileged spec,
//! "Zca"/"C" chapter (RV64 column of the RVC opcode map). Reserved encodings are
//! illegal; HINTs are legal and decode to their plain expansion (their writes to `x0`
//! are discarded by the hart). satp has no F/D, so C.FLD, C.FSD, C.FLDSP and C.FSDSP
//! are illegal, as are the Zcb code points (quadrant 0 funct3=100, quadrant 1
//! funct6=100111 with funct2=10/11).

use super::decode::DecodeError;
use super::inst::*;

const SP: Reg = 2;
const RA: Reg = 1;

/// Bits `lo..=hi` of `raw`, moved down to bit 0.
#[inline(always)]
fn bits(raw: u16, hi: u32, lo: u32) -> u32 {
    (raw as u32 >> lo) & ((1 << (hi - lo + 1)) - 1)
}

/// Bit `from` of `raw`, moved to bit `to`.
#[inline(always)]
fn bit(raw: u16, from: u32, to: u32) -> u32 {
    ((raw as u32 >> from) & 1) << to
}

/// Full 5-bit rd/rs1 field, inst[11:7].
#[inline(always)]
fn rd_full(raw: u16) -> Reg {
    bits(raw, 11, 7) as Reg
}

/// Full 5-bit rs2 field, inst[6:2].
#[inline(always)]
fn rs2_full(raw: u16) -> Reg {
    bits(raw, 6, 2) as Reg
}

/// 3-bit rd'/rs1' field in inst[9:7], naming x8..x15.
#[inline(always)]
fn rs1_prime(raw: u16) -> Reg {
    bits(raw, 9, 7) as Reg + 8
}

/// 3-bit rd'/rs2' field in inst[4:2], naming x8..x15.
#[inline(always)]
fn rs2_prime(raw: u16) -> Reg {
    bits(raw, 4, 2) as Reg + 8
}

/// Sign-extends the low `width` bits of `value`.
#[inline(always)]
fn sext(value: u32, width: u32) -> i64 {
    let shift = 32 - width;
    (((value << shift) as i32) >> shift) as i64
}

/// The 6-bit immediate imm[5] = inst[12], imm[4:0] = inst[6:2] of CI-format
/// instructions (C.ADDI, C.ADDIW, C.LI, C.ANDI), sign-extended.
#[inline(always)]
fn imm_ci(raw: u16) -> i64 {
    sext(bit(raw, 12, 5) | bits(raw, 6, 2), 6)
}

/// The 6-bit shift amount shamt[5] = inst[12], shamt[4:0] = inst[6:2] (RV64).
#[inline(always)]
fn shamt(raw: u16) -> i64 {
    (bit(raw, 12, 5) | bits(raw, 6, 2)) as i64
}

/// Decode a 16-bit compressed instruction into the [`Inst`] it expands to.
///
/// A halfword whose low two bits are `0b11` is not a compressed instruction and is
/// reported as illegal. The error carries the 16 bits zero-extended.
#[inline]
pub fn decode_compressed(raw: u16) -> Result<Inst, DecodeError> {
    let inst = match (raw & 3, raw >> 13) {
        (0b00, f3) => quadrant0(raw, f3),
        (0b01, f3) => quadrant1(raw, f3),
        (0b10, f3) => quadrant2(raw, f3),
        _ => None,
    };
    inst.ok_or(DecodeError::Illegal(raw as u32))
}

/// Quadrant 0: C.ADDI4SPN and the register-based loads and stores.
#[inline(always)]
fn quadrant0(raw: u16, funct3: u16) -> Option<Inst> {
    // C.LW/C.SW offset: uimm[5:3] = inst[12:10], uimm[2] = inst[6], uimm[6] = inst[5].
    let off_w = || (bits(raw, 12, 10) << 3 | bit(raw, 6, 2) | bit(raw, 5, 6)) as i64;
    // C.LD/C.SD offset: uimm[5:3] = inst[12:10], uimm[7:6] = inst[6:5].
    let off_d = || (bits(raw, 12, 10) << 3 | bits(raw, 6, 5) << 6) as i64;
    match funct3 {
        0b000 => {
            // C.ADDI4SPN: nzuimm[5:4|9:6|2|3] = inst[12:5]. nzuimm = 0 is reserved
            // (this includes the all-zero halfword, which is permanently illegal).
            let nzuimm =
                bits(raw, 12, 11) << 4 | bits(raw, 10, 7) << 6 | bit(raw, 6, 2) | bit(raw, 5, 3);
            if nzuimm == 0 {
                return None;
            }
            Some(Inst::OpImm { op: AluOp::Add, rd: rs2_prime(raw), rs1: SP, imm: nzuimm as i64 })
        }
        0b010 => Some(Inst::Load {
            op: LoadOp::Lw,
            rd: rs2_prime(raw),
            rs1: rs1_prime(raw),
            imm: off_w(),
        }),
        0b011 => Some(Inst::Load {
            op: LoadOp::Ld,
            rd: rs2_prime(raw),
            rs1: rs1_prime(raw),
            imm: off_d(),
        }),
        0b110 => Some(Inst::Store {
            op: StoreOp::Sw,
            rs1: rs1_prime(raw),
            rs2: rs2_prime(raw),
            imm: off_w(),
        }),
        0b111 => Some(Inst::Store {
            op: StoreOp::Sd,
            rs1: rs1_prime(raw),
            rs2: rs2_prime(raw),
            imm: off_d(),
        }),
        // 001 C.FLD, 101 C.FSD (no D extension); 100 reserved (Zcb in newer specs).
        _ => None,
    }
}

/// Quadrant 1: immediates, the register-register ALU group, jumps and branches.
#[inline(always)]
fn quadrant1(raw: u16, funct3: u16) -> Option<Inst> {
    let rd = rd_full(raw);
    match funct3 {
        // C.ADDI (C.NOP when rd = 0). rd = 0 with imm != 0 and rd != 0 with imm = 0
        // are HINTs: legal, plain expansion.
        0b000 => Some(Inst::OpImm { op: AluOp::Add, rd, rs1: rd, imm: imm_ci(raw) }),
        // C.ADDIW (RV64): rd = 0 is reserved.
        0b001 if rd != 0 => Some(Inst::OpImm32 { op: AluOp::Add, rd, rs1: rd, imm: imm_ci(raw) }),
        // C.LI: rd = 0 is a HINT.
        0b010 => Some(Inst::OpImm { op: AluOp::Add, rd, rs1: 0, imm: imm_ci(raw) }),
        0b011 if rd == SP => {
            // C.ADDI16SP: nzimm[9] = inst[12], nzimm[4|6|8:7|5] = inst[6:2];
            // nzimm = 0 is reserved.
            let nzimm = bit(raw, 12, 9)
                | bit(raw, 6, 4)
                | bit(raw, 5, 6)
                | bits(raw, 4, 3) << 7
                | bit(raw, 2, 5);
            if nzimm == 0 {
                return None;
            }
            Some(Inst::OpImm { op: AluOp::Add, rd: SP, rs1: SP, imm: sext(nzimm, 10) })
        }
        0b011 => {
            // C.LUI: nzimm[17] = inst[12], nzimm[16:12] = inst[6:2]. nzimm = 0 is
            // reserved (for every rd); rd = 0 with nzimm != 0 is a HINT.
            let nzimm = bit(raw, 12, 17) | bits(raw, 6, 2) << 12;
            if nzimm == 0 {
                return None;
            }
            Some(Inst::Lui { rd, imm: sext(nzimm, 18) })
        }
        0b100 => misc_alu(raw),
        // C.J: expands to jal x0, offset.
        0b101 => Some(Inst::Jal { rd: 0, imm: cj_offset(raw) }),
        // C.BEQZ / C.BNEZ: expand to beq/bne rs1', x0, offset.
        0b110 | 0b111 => Some(Inst::Branch {
            op: if funct3 == 0b110 { BranchOp::Beq } else { BranchOp::Bne },
            rs1: rs1_prime(raw),
            rs2: 0,
            imm: cb_offset(raw),
        }),
        _ => None,
    }
}

/// C.J offset[11|4|9:8|10|6|7|3:1|5] = inst[12:2].
#[inline(always)]
fn cj_offset(raw: u16) -> i64 {
    let off = bit(raw, 12, 11)
        | bit(raw, 11, 4)
        | bits(raw, 10, 9) << 8
        | bit(raw, 8, 10)
        | bit(raw, 7, 6)
        | bit(raw, 6, 7)
        | bits(raw, 5, 3) << 1
        | bit(raw, 2, 5);
    sext(off, 12)
}

/// C.BEQZ/C.BNEZ offset[8|4:3] = inst[12:10], offset[7:6|2:1|5] = inst[6:2].
#[inline(always)]
fn cb_offset(raw: u16) -> i64 {
    let off = bit(raw, 12, 8)
        | bits(raw, 11, 10) << 3
        | bits(raw, 6, 5) << 6
        | bits(raw, 4, 3) << 1
        | bit(raw, 2, 5);
    sext(off, 9)
}

/// Quadrant 1, funct3 = 100: C.SRLI, C.SRAI, C.ANDI and the CA-format group.
#[inline(always)]
fn misc_alu(raw: u16) -> Option<Inst> {
    let rd = rs1_prime(raw);
    let rs2 = rs2_prime(raw);
    let op_imm = |op, imm| Inst::OpImm { op, rd, rs1: rd, imm };
    match bits(raw, 11, 10) {
        // C.SRLI / C.SRAI: on RV64 shamt = 0 is a HINT (legal).
        0b00 => Some(op_imm(AluOp::Srl, shamt(raw))),
        0b01 => Some(op_imm(AluOp::Sra, shamt(raw))),
        0b10 => Some(op_imm(AluOp::And, imm_ci(raw))),
        // CA format: C.SUB, C.XOR, C.OR, C.AND (inst[12] = 0), C.SUBW, C.ADDW
        // (inst[12] = 1). funct6 = 100111 with funct2 = 10/11 is reserved in RV64C.
        _ => match (bit(raw, 12, 0), bits(raw, 6, 5)) {
            (0, f2) => Some(Inst::Op {
                op: match f2 {
                    0b00 => AluOp::Sub,
                    0b01 => AluOp::Xor,
                    0b10 => AluOp::Or,
                    _ => AluOp::And,
                },
                rd,
                rs1: rd,
                rs2,
            }),
            (_, f2 @ (0b00 | 0b01)) => Some(Inst::Op32 {
                op: if f2 == 0 { AluOp::Sub } else { AluOp::Add },
                rd,
                rs1: rd,
                rs2,
            }),
            _ => None,
        },
    }
}

/// Quadrant 2: C.SLLI, stack-pointer-based loads and stores, and the
/// C.JR/C.MV/C.EBREAK/C.JALR/C.ADD group.
#[inline(always)]
fn quadrant2(raw: u16, funct3: u16) -> Option<Inst> {
    let rd = rd_full(raw);
    let rs2 = rs2_full(raw);
    match funct3 {
        // C.SLLI: rd = 0 or shamt = 0 are HINTs (legal).
        0b000 => Some(Inst::OpImm { op: AluOp::Sll, rd, rs1: rd, imm: shamt(raw) }),
        // C.LWSP: uimm[5] = inst[12], uimm[4:2|7:6] = inst[6:2]; rd = 0 reserved.
        0b010 if rd != 0 => Some(Inst::Load {
            op: LoadOp::Lw,
            rd,
            rs1: SP,
            imm: (bit(raw, 12, 5) | bits(raw, 6, 4) << 2 | bits(raw, 3, 2) << 6) as i64,
        }),
        // C.LDSP: uimm[5] = inst[12], uimm[4:3|8:6] = inst[6:2]; rd = 0 reserved.
        0b011 if rd != 0 => Some(Inst::Load {
            op: LoadOp::Ld,
            rd,
            rs1: SP,
            imm: (bit(raw, 12, 5) | bits(raw, 6, 5) << 3 | bits(raw, 4, 2) << 6) as i64,
        }),
        0b100 => match (bit(raw, 12, 0), rd, rs2) {
            // C.JR with rs1 = 0 is reserved.
            (0, 0, 0) => None,
            // C.JR: jalr x0, 0(rs1).
            (0, _, 0) => Some(Inst::Jalr { rd: 0, rs1: rd, imm: 0 }),
            // C.MV: add rd, x0, rs2 (rd = 0 is a HINT).
            (0, _, _) => Some(Inst::Op { op: AluOp::Add, rd, rs1: 0, rs2 }),
            (_, 0, 0) => Some(Inst::Ebreak),
            // C.JALR: jalr x1, 0(rs1).
            (_, _, 0) => Some(Inst::Jalr { rd: RA, rs1: rd, imm: 0 }),
            // C.ADD: add rd, rd, rs2 (rd = 0 is a HINT).
            _ => Some(Inst::Op { op: AluOp::Add, rd, rs1: rd, rs2 }),
        },
        // C.SWSP: uimm[5:2|7:6] = inst[12:7].
        0b110 => Some(Inst::Store {
            op: StoreOp::Sw,
            rs1: SP,
            rs2,
            imm: (bits(raw, 12, 9) << 2 | bits(raw, 8, 7) << 6) as i64,
        }),
        // C.SDSP: uimm[5:3|8:6] = inst[12:7].
        0b111 => Some(Inst::Store {
            op: StoreOp::Sd,
            rs1: SP,
            rs2,
            imm: (bits(raw, 12, 10) << 3 | bits(raw, 9, 7) << 6) as i64,
        }),
        // 001 C.FLDSP, 101 C.FSDSP (no D extension); C.LWSP/C.LDSP with rd = 0.
        _ => None,
    }
}
