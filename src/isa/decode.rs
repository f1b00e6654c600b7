//! The 32-bit instruction decoder: `u32` -> [`Inst`] for RV64 I, M, A, Zicsr, Zifencei
//! and the privileged instructions satp implements.
//!
//! Decoding is a pure function: one `match` on the major opcode, then on the funct
//! fields; no allocation and no tables. Every encoding that is not a defined
//! instruction of those extensions is reported as [`DecodeError::Illegal`] with the raw
//! bits, which the hart uses as `mtval`. The 16-bit (RVC) decoder lives in
//! [`super::compressed`] and is re-exported here.
//!
//! Field names and layouts follow the unprivileged spec, "RV32I Base Integer Instruction
//! Set" (base instruction formats, immediate encoding variants) and "RV64I".
//!
//! Where binutils 2.40's disassembler accepts more than we do, the spec wins: `uret`
//! (the removed N extension), `c.unimp` (the all-zero halfword) and `c.addi16sp sp,0`
//! are illegal here; fences with nonzero rd/rs1 or reserved `fm`, which objdump shows
//! as `.4byte`, execute as fences.

use super::decode_fp;
use super::inst::*;

pub use super::compressed::decode_compressed;

/// An encoding satp cannot execute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Not a defined instruction. Carries the instruction bits (a compressed
    /// instruction is zero-extended from 16 bits) for use as `mtval`.
    #[error("illegal instruction {0:#010x}")]
    Illegal(u32),
}

// Major opcodes (unprivileged spec, "RISC-V base opcode map", bits [6:0]).
const OPC_LOAD: u32 = 0b000_0011;
const OPC_MISC_MEM: u32 = 0b000_1111;
const OPC_OP_IMM: u32 = 0b001_0011;
const OPC_AUIPC: u32 = 0b001_0111;
const OPC_OP_IMM_32: u32 = 0b001_1011;
const OPC_STORE: u32 = 0b010_0011;
const OPC_AMO: u32 = 0b010_1111;
const OPC_OP: u32 = 0b011_0011;
const OPC_LUI: u32 = 0b011_0111;
const OPC_OP_32: u32 = 0b011_1011;
const OPC_BRANCH: u32 = 0b110_0011;
const OPC_JALR: u32 = 0b110_0111;
const OPC_JAL: u32 = 0b110_1111;
const OPC_SYSTEM: u32 = 0b111_0011;

#[inline(always)]
pub(super) fn rd(raw: u32) -> Reg {
    ((raw >> 7) & 0x1f) as Reg
}

#[inline(always)]
pub(super) fn rs1(raw: u32) -> Reg {
    ((raw >> 15) & 0x1f) as Reg
}

#[inline(always)]
pub(super) fn rs2(raw: u32) -> Reg {
    ((raw >> 20) & 0x1f) as Reg
}

#[inline(always)]
pub(super) fn funct3(raw: u32) -> u32 {
    (raw >> 12) & 0x7
}

#[inline(always)]
pub(super) fn funct7(raw: u32) -> u32 {
    raw >> 25
}

/// I-type immediate: inst[31:20], sign-extended.
#[inline(always)]
fn imm_i(raw: u32) -> i64 {
    ((raw as i32) >> 20) as i64
}

/// S-type immediate: inst[31:25] | inst[11:7], sign-extended.
#[inline(always)]
fn imm_s(raw: u32) -> i64 {
    ((((raw as i32) >> 20) & !0x1f) | ((raw >> 7) & 0x1f) as i32) as i64
}

/// B-type immediate: imm[12|10:5] in inst[31:25], imm[4:1|11] in inst[11:7].
#[inline(always)]
fn imm_b(raw: u32) -> i64 {
    let sign = ((raw as i32) >> 19) & !0xfff; // inst[31] -> imm[12] and above
    let b11 = ((raw >> 7) & 1) << 11;
    let b10_5 = ((raw >> 25) & 0x3f) << 5;
    let b4_1 = ((raw >> 8) & 0xf) << 1;
    (sign | (b11 | b10_5 | b4_1) as i32) as i64
}

/// U-type immediate: inst[31:12] << 12, sign-extended to 64 bits (RV64I, LUI/AUIPC).
#[inline(always)]
fn imm_u(raw: u32) -> i64 {
    (raw & 0xffff_f000) as i32 as i64
}

/// J-type immediate: imm[20|10:1|11|19:12] in inst[31:12].
#[inline(always)]
fn imm_j(raw: u32) -> i64 {
    let sign = ((raw as i32) >> 11) & !0xf_ffff; // inst[31] -> imm[20] and above
    let b19_12 = raw & 0xf_f000;
    let b11 = ((raw >> 20) & 1) << 11;
    let b10_1 = ((raw >> 21) & 0x3ff) << 1;
    (sign | (b19_12 | b11 | b10_1) as i32) as i64
}

/// Decode a 32-bit instruction word (low two bits 0b11).
///
/// Words whose low two bits are not `0b11` (compressed instructions) and the longer
/// encodings (low five bits `0b11111`) fall into opcodes that are not matched and are
/// therefore illegal, as are all-zero and all-ones words.
#[inline]
pub fn decode(raw: u32) -> Result<Inst, DecodeError> {
    let inst = match raw & 0x7f {
        OPC_LUI => Some(Inst::Lui { rd: rd(raw), imm: imm_u(raw) }),
        OPC_AUIPC => Some(Inst::Auipc { rd: rd(raw), imm: imm_u(raw) }),
        OPC_JAL => Some(Inst::Jal { rd: rd(raw), imm: imm_j(raw) }),
        OPC_JALR if funct3(raw) == 0 => {
            Some(Inst::Jalr { rd: rd(raw), rs1: rs1(raw), imm: imm_i(raw) })
        }
        OPC_BRANCH => decode_branch(raw),
        OPC_LOAD => decode_load(raw),
        OPC_STORE => decode_store(raw),
        OPC_OP_IMM => decode_op_imm(raw),
        OPC_OP_IMM_32 => decode_op_imm_32(raw),
        OPC_OP => decode_op(raw),
        OPC_OP_32 => decode_op_32(raw),
        OPC_MISC_MEM => decode_misc_mem(raw),
        OPC_SYSTEM => decode_system(raw),
        OPC_AMO => decode_amo(raw),
        decode_fp::OPC_LOAD_FP
        | decode_fp::OPC_STORE_FP
        | decode_fp::OPC_MADD
        | decode_fp::OPC_MSUB
        | decode_fp::OPC_NMSUB
        | decode_fp::OPC_NMADD
        | decode_fp::OPC_OP_FP => decode_fp::decode_fp(raw),
        _ => None,
    };
    inst.ok_or(DecodeError::Illegal(raw))
}

#[inline(always)]
fn decode_branch(raw: u32) -> Option<Inst> {
    let op = match funct3(raw) {
        0b000 => BranchOp::Beq,
        0b001 => BranchOp::Bne,
        0b100 => BranchOp::Blt,
        0b101 => BranchOp::Bge,
        0b110 => BranchOp::Bltu,
        0b111 => BranchOp::Bgeu,
        _ => return None,
    };
    Some(Inst::Branch { op, rs1: rs1(raw), rs2: rs2(raw), imm: imm_b(raw) })
}

#[inline(always)]
fn decode_load(raw: u32) -> Option<Inst> {
    let op = match funct3(raw) {
        0b000 => LoadOp::Lb,
        0b001 => LoadOp::Lh,
        0b010 => LoadOp::Lw,
        0b011 => LoadOp::Ld,
        0b100 => LoadOp::Lbu,
        0b101 => LoadOp::Lhu,
        0b110 => LoadOp::Lwu,
        _ => return None,
    };
    Some(Inst::Load { op, rd: rd(raw), rs1: rs1(raw), imm: imm_i(raw) })
}

#[inline(always)]
fn decode_store(raw: u32) -> Option<Inst> {
    let op = match funct3(raw) {
        0b000 => StoreOp::Sb,
        0b001 => StoreOp::Sh,
        0b010 => StoreOp::Sw,
        0b011 => StoreOp::Sd,
        _ => return None,
    };
    Some(Inst::Store { op, rs1: rs1(raw), rs2: rs2(raw), imm: imm_s(raw) })
}

/// OP-IMM. On RV64 the shifts take a 6-bit shamt in inst[25:20] and inst[31:26] is the
/// funct6 (000000 for SLLI/SRLI, 010000 for SRAI); any other funct6 is illegal
/// (unprivileged spec, "RV64I: Integer Register-Immediate Instructions").
#[inline(always)]
fn decode_op_imm(raw: u32) -> Option<Inst> {
    let shamt = ((raw >> 20) & 0x3f) as i64;
    let funct6 = raw >> 26;
    let (op, imm) = match funct3(raw) {
        0b000 => (AluOp::Add, imm_i(raw)),
        0b010 => (AluOp::Slt, imm_i(raw)),
        0b011 => (AluOp::Sltu, imm_i(raw)),
        0b100 => (AluOp::Xor, imm_i(raw)),
        0b110 => (AluOp::Or, imm_i(raw)),
        0b111 => (AluOp::And, imm_i(raw)),
        0b001 if funct6 == 0 => (AluOp::Sll, shamt),
        0b101 if funct6 == 0 => (AluOp::Srl, shamt),
        0b101 if funct6 == 0b01_0000 => (AluOp::Sra, shamt),
        _ => return super::decode_bits::op_imm(raw),
    };
    Some(Inst::OpImm { op, rd: rd(raw), rs1: rs1(raw), imm })
}

/// OP-IMM-32. SLLIW/SRLIW/SRAIW take a 5-bit shamt; the encodings with imm[5] set are
/// reserved (unprivileged spec, "RV64I"), which the funct7 check rejects.
#[inline(always)]
fn decode_op_imm_32(raw: u32) -> Option<Inst> {
    let shamt = ((raw >> 20) & 0x1f) as i64;
    let (op, imm) = match (funct3(raw), funct7(raw)) {
        (0b000, _) => (AluOp::Add, imm_i(raw)),
        (0b001, 0b000_0000) => (AluOp::Sll, shamt),
        (0b101, 0b000_0000) => (AluOp::Srl, shamt),
        (0b101, 0b010_0000) => (AluOp::Sra, shamt),
        _ => return super::decode_bits::op_imm_32(raw),
    };
    Some(Inst::OpImm32 { op, rd: rd(raw), rs1: rs1(raw), imm })
}

#[inline(always)]
fn mul_op(funct3: u32) -> MulOp {
    match funct3 & 7 {
        0b000 => MulOp::Mul,
        0b001 => MulOp::Mulh,
        0b010 => MulOp::Mulhsu,
        0b011 => MulOp::Mulhu,
        0b100 => MulOp::Div,
        0b101 => MulOp::Divu,
        0b110 => MulOp::Rem,
        _ => MulOp::Remu,
    }
}

#[inline(always)]
fn decode_op(raw: u32) -> Option<Inst> {
    let (rd, rs1, rs2) = (rd(raw), rs1(raw), rs2(raw));
    let op = match (funct7(raw), funct3(raw)) {
        (0b000_0001, f3) => return Some(Inst::MulDiv { op: mul_op(f3), rd, rs1, rs2 }),
        (0b000_0000, 0b000) => AluOp::Add,
        (0b010_0000, 0b000) => AluOp::Sub,
        (0b000_0000, 0b001) => AluOp::Sll,
        (0b000_0000, 0b010) => AluOp::Slt,
        (0b000_0000, 0b011) => AluOp::Sltu,
        (0b000_0000, 0b100) => AluOp::Xor,
        (0b000_0000, 0b101) => AluOp::Srl,
        (0b010_0000, 0b101) => AluOp::Sra,
        (0b000_0000, 0b110) => AluOp::Or,
        (0b000_0000, 0b111) => AluOp::And,
        _ => return super::decode_bits::op(raw),
    };
    Some(Inst::Op { op, rd, rs1, rs2 })
}

/// OP-32: ADDW/SUBW/SLLW/SRLW/SRAW and the M-extension W forms (no MULHW etc.).
#[inline(always)]
fn decode_op_32(raw: u32) -> Option<Inst> {
    let (rd, rs1, rs2) = (rd(raw), rs1(raw), rs2(raw));
    let op = match (funct7(raw), funct3(raw)) {
        (0b000_0001, f3 @ (0b000 | 0b100 | 0b101 | 0b110 | 0b111)) => {
            return Some(Inst::MulDiv32 { op: mul_op(f3), rd, rs1, rs2 })
        }
        (0b000_0000, 0b000) => AluOp::Add,
        (0b010_0000, 0b000) => AluOp::Sub,
        (0b000_0000, 0b001) => AluOp::Sll,
        (0b000_0000, 0b101) => AluOp::Srl,
        (0b010_0000, 0b101) => AluOp::Sra,
        _ => return super::decode_bits::op_32(raw),
    };
    Some(Inst::Op32 { op, rd, rs1, rs2 })
}

/// MISC-MEM. FENCE keeps every pred/succ/fm value: the unused rd/rs1 fields and the
/// reserved fm and pred/succ combinations must be ignored, i.e. executed as a plain
/// fence (unprivileged spec, "Memory Ordering Instructions"). FENCE.I likewise ignores
/// its imm, rs1 and rd fields ("Zifencei" chapter). The CBO.* instructions (funct3=010)
/// are decoded in [`super::decode_bits`].
#[inline(always)]
fn decode_misc_mem(raw: u32) -> Option<Inst> {
    match funct3(raw) {
        0b000 => Some(Inst::Fence {
            pred: ((raw >> 24) & 0xf) as u8,
            succ: ((raw >> 20) & 0xf) as u8,
            fm: (raw >> 28) as u8,
        }),
        0b001 => Some(Inst::FenceI),
        _ => super::decode_bits::misc_mem(raw),
    }
}

/// SYSTEM. funct3=000 holds the privileged instructions, which are matched exactly
/// (all fields other than SFENCE.VMA's rs1/rs2 must be zero); funct3=100 is the
/// hypervisor load/store space, illegal without H, apart from Zimop's MOP.R/MOP.RR
/// ([`super::decode_bits`]); the rest are the Zicsr instructions.
#[inline(always)]
fn decode_system(raw: u32) -> Option<Inst> {
    match funct3(raw) {
        0b000 => match raw {
            0x0000_0073 => Some(Inst::Ecall),
            0x0010_0073 => Some(Inst::Ebreak),
            0x3020_0073 => Some(Inst::Mret),
            0x1020_0073 => Some(Inst::Sret),
            0x1050_0073 => Some(Inst::Wfi),
            // SFENCE.VMA: funct7=0001001, rd=0 (Privileged spec, "Supervisor
            // Memory-Management Fence Instruction").
            _ if raw & 0xfe00_7fff == 0x1200_0073 => {
                Some(Inst::SfenceVma { rs1: rs1(raw), rs2: rs2(raw) })
            }
            _ => None,
        },
        0b100 => super::decode_bits::system_100(raw),
        f3 => {
            let op = match f3 & 3 {
                0b01 => CsrOp::Rw,
                0b10 => CsrOp::Rs,
                _ => CsrOp::Rc,
            };
            let src = if f3 & 0b100 != 0 { CsrSrc::Imm(rs1(raw)) } else { CsrSrc::Reg(rs1(raw)) };
            Some(Inst::Csr { op, rd: rd(raw), src, csr: (raw >> 20) as u16 })
        }
    }
}

/// AMO (A extension): funct5 in inst[31:27], aq in inst[26], rl in inst[25]; width from
/// funct3 (010 = .W, 011 = .D). LR requires rs2 = 0.
#[inline(always)]
fn decode_amo(raw: u32) -> Option<Inst> {
    let width = match funct3(raw) {
        0b010 => AmoWidth::W,
        0b011 => AmoWidth::D,
        _ => return None,
    };
    let (rd, rs1, rs2) = (rd(raw), rs1(raw), rs2(raw));
    let aq = raw & (1 << 26) != 0;
    let rl = raw & (1 << 25) != 0;
    let op = match raw >> 27 {
        0b00010 if rs2 == 0 => return Some(Inst::Lr { width, rd, rs1, aq, rl }),
        0b00011 => return Some(Inst::Sc { width, rd, rs1, rs2, aq, rl }),
        0b00001 => AmoOp::Swap,
        0b00000 => AmoOp::Add,
        0b00100 => AmoOp::Xor,
        0b01100 => AmoOp::And,
        0b01000 => AmoOp::Or,
        0b10000 => AmoOp::Min,
        0b10100 => AmoOp::Max,
        0b11000 => AmoOp::Minu,
        0b11100 => AmoOp::Maxu,
        _ => return None,
    };
    Some(Inst::Amo { op, width, rd, rs1, rs2, aq, rl })
}

#[cfg(test)]
#[path = "golden_tests.rs"]
mod golden_tests;
