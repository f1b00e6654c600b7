//! Decoding of the F, D and Zfh opcodes: LOAD-FP, STORE-FP, MADD/MSUB/NMSUB/NMADD and
//! OP-FP (unprivileged spec, "F", "D" and "Zfh" chapters, and the RV64F/RV64D/RV64Zfh
//! listings).
//!
//! Called from [`super::decode::decode`] for those major opcodes. Quad encodings
//! (fmt = 11, FLQ/FSQ) and the reserved rounding modes 5 and 6 are illegal here: a reserved static rm is an illegal instruction whatever the hart's state. The
//! dynamic rm (7) is checked against `frm` when the instruction executes.

use super::decode::{funct3, rd, rs1, rs2};
use super::inst::*;

pub(super) const OPC_LOAD_FP: u32 = 0b000_0111;
pub(super) const OPC_STORE_FP: u32 = 0b010_0111;
pub(super) const OPC_MADD: u32 = 0b100_0011;
pub(super) const OPC_MSUB: u32 = 0b100_0111;
pub(super) const OPC_NMSUB: u32 = 0b100_1011;
pub(super) const OPC_NMADD: u32 = 0b100_1111;
pub(super) const OPC_OP_FP: u32 = 0b101_0011;

#[inline(always)]
fn rs3(raw: u32) -> Reg {
    (raw >> 27) as Reg
}

/// The rounding-mode field, `None` for the reserved values 5 and 6.
#[inline(always)]
fn rm(raw: u32) -> Option<u8> {
    match funct3(raw) {
        5 | 6 => None,
        m => Some(m as u8),
    }
}

/// A 2-bit format code: 00 = S, 01 = D, 10 = H (11 = Q is not implemented). Used for
/// the fmt field (inst[26:25]) and for the source format in rs2 of FCVT between FP
/// formats.
#[inline(always)]
fn fmt_code(code: u32) -> Option<FpFmt> {
    match code {
        0 => Some(FpFmt::S),
        1 => Some(FpFmt::D),
        2 => Some(FpFmt::H),
        _ => None,
    }
}

/// The fmt field (inst[26:25]).
#[inline(always)]
fn fmt(raw: u32) -> Option<FpFmt> {
    fmt_code((raw >> 25) & 3)
}

/// Width of an FP load/store from funct3 (001 = H, 010 = W, 011 = D).
#[inline(always)]
fn width(raw: u32) -> Option<FpFmt> {
    match funct3(raw) {
        0b001 => Some(FpFmt::H),
        0b010 => Some(FpFmt::S),
        0b011 => Some(FpFmt::D),
        _ => None,
    }
}

fn int_fmt(sel: Reg) -> Option<IntFmt> {
    match sel {
        0 => Some(IntFmt::W),
        1 => Some(IntFmt::Wu),
        2 => Some(IntFmt::L),
        3 => Some(IntFmt::Lu),
        _ => None,
    }
}

/// Decodes a word whose major opcode is one of the FP opcodes above.
#[inline]
pub(super) fn decode_fp(raw: u32) -> Option<Inst> {
    match raw & 0x7f {
        OPC_LOAD_FP => Some(Inst::FLoad {
            fmt: width(raw)?,
            rd: rd(raw),
            rs1: rs1(raw),
            imm: ((raw as i32) >> 20) as i64,
        }),
        OPC_STORE_FP => Some(Inst::FStore {
            fmt: width(raw)?,
            rs1: rs1(raw),
            rs2: rs2(raw),
            imm: ((((raw as i32) >> 20) & !0x1f) | ((raw >> 7) & 0x1f) as i32) as i64,
        }),
        opc @ (OPC_MADD | OPC_MSUB | OPC_NMSUB | OPC_NMADD) => {
            let op = match opc {
                OPC_MADD => FmaOp::Madd,
                OPC_MSUB => FmaOp::Msub,
                OPC_NMSUB => FmaOp::Nmsub,
                _ => FmaOp::Nmadd,
            };
            Some(Inst::FFma {
                op,
                fmt: fmt(raw)?,
                rd: rd(raw),
                rs1: rs1(raw),
                rs2: rs2(raw),
                rs3: rs3(raw),
                rm: rm(raw)?,
            })
        }
        OPC_OP_FP => decode_op_fp(raw),
        _ => None,
    }
}

/// OP-FP: funct5 in inst[31:27], fmt in inst[26:25].
fn decode_op_fp(raw: u32) -> Option<Inst> {
    let fmt = fmt(raw)?;
    let (rd, rs1, rs2, f3) = (rd(raw), rs1(raw), rs2(raw), funct3(raw));
    let arith = |op| Some(Inst::FOp { op, fmt, rd, rs1, rs2, rm: rm(raw)? });
    let plain = |op| Some(Inst::FOp { op, fmt, rd, rs1, rs2, rm: 0 });
    match raw >> 27 {
        0b00000 => arith(FpOp::Add),
        0b00001 => arith(FpOp::Sub),
        0b00010 => arith(FpOp::Mul),
        0b00011 => arith(FpOp::Div),
        0b01011 if rs2 == 0 => arith(FpOp::Sqrt),
        0b00100 => match f3 {
            0 => plain(FpOp::Sgnj),
            1 => plain(FpOp::Sgnjn),
            2 => plain(FpOp::Sgnjx),
            _ => None,
        },
        0b00101 => match f3 {
            0 => plain(FpOp::Min),
            1 => plain(FpOp::Max),
            _ => None,
        },
        // FCVT.<fmt>.<from>, the source format coded in rs2 like fmt (FCVT.S.D, FCVT.D.S,
        // FCVT.S.H, FCVT.H.S, FCVT.D.H, FCVT.H.D); a conversion to the same format and
        // rs2 = 00011 (Q) or above are reserved.
        0b01000 => {
            let from = fmt_code(u32::from(rs2))?;
            if from == fmt {
                return None;
            }
            Some(Inst::FCvtFp { fmt, from, rd, rs1, rm: rm(raw)? })
        }
        0b10100 => {
            let op = match f3 {
                2 => FCmpOp::Eq,
                1 => FCmpOp::Lt,
                0 => FCmpOp::Le,
                _ => return None,
            };
            Some(Inst::FCmp { op, fmt, rd, rs1, rs2 })
        }
        0b11000 => Some(Inst::FCvtToInt { int: int_fmt(rs2)?, fmt, rd, rs1, rm: rm(raw)? }),
        0b11010 => Some(Inst::FCvtFromInt { int: int_fmt(rs2)?, fmt, rd, rs1, rm: rm(raw)? }),
        0b11100 if rs2 == 0 && f3 == 0 => Some(Inst::FMvToInt { fmt, rd, rs1 }),
        0b11100 if rs2 == 0 && f3 == 1 => Some(Inst::FClass { fmt, rd, rs1 }),
        0b11110 if rs2 == 0 && f3 == 0 => Some(Inst::FMvFromInt { fmt, rd, rs1 }),
        _ => None,
    }
}
