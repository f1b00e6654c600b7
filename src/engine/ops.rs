//! Ops: decoded instructions with their handler resolved, so running one is a single
//! indirect call with the register numbers and immediate already extracted.
//!
//! The frequent operations (integer ALU, loads, stores, branches, jumps, multiply/divide)
//! each have a handler of their own; the rest (CSR access, atomics, fences, xRET, WFI,
//! SFENCE.VMA, ECALL/EBREAK) go through the hart's general `execute`, which is where their
//! semantics live. Every handler advances pc (or sets it, for a taken transfer) and returns
//! the exception the instruction raised, exactly as `execute` does.

use crate::bus::Bus;
use crate::hart::execute::{
    alu, alu32, bit_op, branch_taken, extend_load, muldiv, muldiv32, unary_op,
};
use crate::hart::timed::{classify, Meta};
use crate::hart::trap::Exception;
use crate::hart::Hart;
use crate::isa::{AluOp as A, BitOp as B, BranchOp, Inst, LoadOp, MulOp, StoreOp, UnaryOp as U};

/// How an op ended, other than by simply retiring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// It raised this exception and did not retire; pc is still its address.
    Trap(Exception),
    /// It retired, and its block must end here: it wrote a page holding decoded code, or
    /// touched a device (the machine must look at devices or HTIF now).
    Stop,
}

impl From<Exception> for Flow {
    #[inline(always)]
    fn from(e: Exception) -> Flow {
        Flow::Trap(e)
    }
}

/// A handler: runs one op on a hart.
pub type Handler = fn(&mut Hart, &mut Bus, &Op) -> Result<(), Flow>;

/// One decoded instruction, ready to run.
#[derive(Clone, Copy)]
pub struct Op {
    pub(crate) run: Handler,
    /// The immediate, sign-extended (as in [`Inst`]).
    pub(crate) imm: u64,
    pub(crate) rd: u8,
    pub(crate) rs1: u8,
    pub(crate) rs2: u8,
    /// 2 or 4.
    pub(crate) len: u8,
    /// The instruction bits (the illegal-instruction tval; traces).
    pub(crate) raw: u32,
    pub(crate) inst: Inst,
    /// What the timing model needs to know about it.
    pub(crate) meta: Meta,
    /// The op ends its block (see [`Op::ends_block`]).
    ends: bool,
    /// See [`Op::synchronizes`].
    sync: bool,
}

type R = Result<(), Flow>;

/// After an access that took the full memory path: whether it needs the block to end.
#[inline(always)]
fn checked(bus: &Bus) -> R {
    if bus.attention || bus.code.hit {
        Err(Flow::Stop)
    } else {
        Ok(())
    }
}

#[inline(always)]
fn next(h: &mut Hart, op: &Op) -> R {
    h.pc = h.pc.wrapping_add(op.len as u64);
    Ok(())
}

#[inline(always)]
fn rs1(h: &Hart, op: &Op) -> u64 {
    h.reg(op.rs1)
}

#[inline(always)]
fn rs2(h: &Hart, op: &Op) -> u64 {
    h.reg(op.rs2)
}

/// Handlers of register-register and register-immediate operations: `$f(a, b)` with
/// `a` = rs1 and `b` = rs2 or the immediate.
macro_rules! alu_handlers {
    ($($name:ident, $b:ident, $f:expr;)*) => {$(
        fn $name(h: &mut Hart, _bus: &mut Bus, op: &Op) -> R {
            let f: fn(u64, u64) -> u64 = $f;
            let v = f(rs1(h, op), $b(h, op));
            h.set_reg(op.rd, v);
            next(h, op)
        }
    )*};
}

#[inline(always)]
fn imm(_h: &Hart, op: &Op) -> u64 {
    op.imm
}

alu_handlers! {
    add, rs2, |a, b| alu(A::Add, a, b);
    sub, rs2, |a, b| alu(A::Sub, a, b);
    sll, rs2, |a, b| alu(A::Sll, a, b);
    slt, rs2, |a, b| alu(A::Slt, a, b);
    sltu, rs2, |a, b| alu(A::Sltu, a, b);
    xor, rs2, |a, b| alu(A::Xor, a, b);
    srl, rs2, |a, b| alu(A::Srl, a, b);
    sra, rs2, |a, b| alu(A::Sra, a, b);
    or, rs2, |a, b| alu(A::Or, a, b);
    and, rs2, |a, b| alu(A::And, a, b);
    addi, imm, |a, b| alu(A::Add, a, b);
    slli, imm, |a, b| alu(A::Sll, a, b);
    slti, imm, |a, b| alu(A::Slt, a, b);
    sltiu, imm, |a, b| alu(A::Sltu, a, b);
    xori, imm, |a, b| alu(A::Xor, a, b);
    srli, imm, |a, b| alu(A::Srl, a, b);
    srai, imm, |a, b| alu(A::Sra, a, b);
    ori, imm, |a, b| alu(A::Or, a, b);
    andi, imm, |a, b| alu(A::And, a, b);
    addw, rs2, |a, b| alu32(A::Add, a, b);
    subw, rs2, |a, b| alu32(A::Sub, a, b);
    sllw, rs2, |a, b| alu32(A::Sll, a, b);
    srlw, rs2, |a, b| alu32(A::Srl, a, b);
    sraw, rs2, |a, b| alu32(A::Sra, a, b);
    addiw, imm, |a, b| alu32(A::Add, a, b);
    slliw, imm, |a, b| alu32(A::Sll, a, b);
    srliw, imm, |a, b| alu32(A::Srl, a, b);
    sraiw, imm, |a, b| alu32(A::Sra, a, b);
    mul, rs2, |a, b| muldiv(MulOp::Mul, a, b);
    mulh, rs2, |a, b| muldiv(MulOp::Mulh, a, b);
    mulhsu, rs2, |a, b| muldiv(MulOp::Mulhsu, a, b);
    mulhu, rs2, |a, b| muldiv(MulOp::Mulhu, a, b);
    div, rs2, |a, b| muldiv(MulOp::Div, a, b);
    divu, rs2, |a, b| muldiv(MulOp::Divu, a, b);
    rem, rs2, |a, b| muldiv(MulOp::Rem, a, b);
    remu, rs2, |a, b| muldiv(MulOp::Remu, a, b);
    mulw, rs2, |a, b| muldiv32(MulOp::Mul, a, b);
    divw, rs2, |a, b| muldiv32(MulOp::Div, a, b);
    divuw, rs2, |a, b| muldiv32(MulOp::Divu, a, b);
    remw, rs2, |a, b| muldiv32(MulOp::Rem, a, b);
    remuw, rs2, |a, b| muldiv32(MulOp::Remu, a, b);
    add_uw, rs2, |a, b| bit_op(B::AddUw, a, b);
    sh1add, rs2, |a, b| bit_op(B::Sh1add, a, b);
    sh2add, rs2, |a, b| bit_op(B::Sh2add, a, b);
    sh3add, rs2, |a, b| bit_op(B::Sh3add, a, b);
    sh1add_uw, rs2, |a, b| bit_op(B::Sh1addUw, a, b);
    sh2add_uw, rs2, |a, b| bit_op(B::Sh2addUw, a, b);
    sh3add_uw, rs2, |a, b| bit_op(B::Sh3addUw, a, b);
    slli_uw, imm, |a, b| bit_op(B::SllUw, a, b);
    andn, rs2, |a, b| bit_op(B::Andn, a, b);
    orn, rs2, |a, b| bit_op(B::Orn, a, b);
    xnor, rs2, |a, b| bit_op(B::Xnor, a, b);
    max, rs2, |a, b| bit_op(B::Max, a, b);
    maxu, rs2, |a, b| bit_op(B::Maxu, a, b);
    min, rs2, |a, b| bit_op(B::Min, a, b);
    minu, rs2, |a, b| bit_op(B::Minu, a, b);
    sext_b, imm, |a, _| unary_op(U::SextB, a);
    sext_h, imm, |a, _| unary_op(U::SextH, a);
    zext_h, imm, |a, _| unary_op(U::ZextH, a);
    rev8, imm, |a, _| unary_op(U::Rev8, a);
    clz, imm, |a, _| unary_op(U::Clz, a);
    ctz, imm, |a, _| unary_op(U::Ctz, a);
    cpop, imm, |a, _| unary_op(U::Cpop, a);
}

fn lui(h: &mut Hart, _bus: &mut Bus, op: &Op) -> R {
    h.set_reg(op.rd, op.imm);
    next(h, op)
}

fn auipc(h: &mut Hart, _bus: &mut Bus, op: &Op) -> R {
    h.set_reg(op.rd, h.pc.wrapping_add(op.imm));
    next(h, op)
}

fn jal(h: &mut Hart, _bus: &mut Bus, op: &Op) -> R {
    let pc = h.pc;
    h.set_reg(op.rd, pc.wrapping_add(op.len as u64));
    h.pc = pc.wrapping_add(op.imm);
    Ok(())
}

fn jalr(h: &mut Hart, _bus: &mut Bus, op: &Op) -> R {
    let pc = h.pc;
    let target = rs1(h, op).wrapping_add(op.imm) & !1;
    h.set_reg(op.rd, pc.wrapping_add(op.len as u64));
    h.pc = target;
    Ok(())
}

macro_rules! branch_handlers {
    ($($name:ident, $cond:expr;)*) => {$(
        fn $name(h: &mut Hart, _bus: &mut Bus, op: &Op) -> R {
            let cond: fn(u64, u64) -> bool = $cond;
            let step = if cond(rs1(h, op), rs2(h, op)) { op.imm } else { op.len as u64 };
            h.pc = h.pc.wrapping_add(step);
            Ok(())
        }
    )*};
}

branch_handlers! {
    beq, |a, b| branch_taken(BranchOp::Beq, a, b);
    bne, |a, b| branch_taken(BranchOp::Bne, a, b);
    blt, |a, b| branch_taken(BranchOp::Blt, a, b);
    bge, |a, b| branch_taken(BranchOp::Bge, a, b);
    bltu, |a, b| branch_taken(BranchOp::Bltu, a, b);
    bgeu, |a, b| branch_taken(BranchOp::Bgeu, a, b);
}

macro_rules! load_handlers {
    ($($name:ident, $op:expr;)*) => {$(
        fn $name(h: &mut Hart, bus: &mut Bus, op: &Op) -> R {
            let addr = rs1(h, op).wrapping_add(op.imm);
            if let Some(v) = h.load_direct(bus, addr, $op.size()) {
                h.set_reg(op.rd, extend_load($op, v));
                return next(h, op);
            }
            let v = h.load_slow(bus, addr, $op.size())?;
            h.set_reg(op.rd, extend_load($op, v));
            next(h, op)?;
            checked(bus)
        }
    )*};
}

load_handlers! {
    lb, LoadOp::Lb;
    lh, LoadOp::Lh;
    lw, LoadOp::Lw;
    ld, LoadOp::Ld;
    lbu, LoadOp::Lbu;
    lhu, LoadOp::Lhu;
    lwu, LoadOp::Lwu;
}

macro_rules! store_handlers {
    ($($name:ident, $size:expr;)*) => {$(
        fn $name(h: &mut Hart, bus: &mut Bus, op: &Op) -> R {
            let addr = rs1(h, op).wrapping_add(op.imm);
            if h.store_direct(bus, addr, $size, rs2(h, op)) {
                return next(h, op);
            }
            h.store_slow(bus, addr, $size, rs2(h, op))?;
            next(h, op)?;
            checked(bus)
        }
    )*};
}

store_handlers! {
    sb, 1;
    sh, 2;
    sw, 4;
    sd, 8;
}

/// Everything without a handler of its own: the hart's general `execute` (which
/// advances pc before it runs the instruction; a trap leaves pc at the instruction).
fn general(h: &mut Hart, bus: &mut Bus, op: &Op) -> R {
    let pc = h.pc;
    if let Err(e) = h.execute(bus, op.inst, op.len as u64, op.raw) {
        h.pc = pc;
        return Err(Flow::Trap(e));
    }
    checked(bus)
}

/// An encoding that decodes to nothing: illegal instruction, tval = its bits.
fn illegal(_h: &mut Hart, _bus: &mut Bus, op: &Op) -> R {
    Err(Flow::Trap(Exception::IllegalInstruction(op.raw as u64)))
}

/// The handler and operands of an instruction.
fn handler(inst: &Inst) -> (Handler, u8, u8, u8, u64) {
    match *inst {
        Inst::Lui { rd, imm } => (lui, rd, 0, 0, imm as u64),
        Inst::Auipc { rd, imm } => (auipc, rd, 0, 0, imm as u64),
        Inst::Jal { rd, imm } => (jal, rd, 0, 0, imm as u64),
        Inst::Jalr { rd, rs1, imm } => (jalr, rd, rs1, 0, imm as u64),
        Inst::Branch { op, rs1, rs2, imm } => {
            let f: Handler = match op {
                BranchOp::Beq => beq,
                BranchOp::Bne => bne,
                BranchOp::Blt => blt,
                BranchOp::Bge => bge,
                BranchOp::Bltu => bltu,
                BranchOp::Bgeu => bgeu,
            };
            (f, 0, rs1, rs2, imm as u64)
        }
        Inst::Load { op, rd, rs1, imm } => {
            let f: Handler = match op {
                LoadOp::Lb => lb,
                LoadOp::Lh => lh,
                LoadOp::Lw => lw,
                LoadOp::Ld => ld,
                LoadOp::Lbu => lbu,
                LoadOp::Lhu => lhu,
                LoadOp::Lwu => lwu,
            };
            (f, rd, rs1, 0, imm as u64)
        }
        Inst::Store { op, rs1, rs2, imm } => {
            let f: Handler = match op {
                StoreOp::Sb => sb,
                StoreOp::Sh => sh,
                StoreOp::Sw => sw,
                StoreOp::Sd => sd,
            };
            (f, 0, rs1, rs2, imm as u64)
        }
        Inst::OpImm { op, rd, rs1, imm } => {
            let f: Handler = match op {
                A::Add => addi,
                A::Sll => slli,
                A::Slt => slti,
                A::Sltu => sltiu,
                A::Xor => xori,
                A::Srl => srli,
                A::Sra => srai,
                A::Or => ori,
                A::And => andi,
                A::Sub => general,
            };
            (f, rd, rs1, 0, imm as u64)
        }
        Inst::OpImm32 { op, rd, rs1, imm } => {
            let f: Handler = match op {
                A::Add => addiw,
                A::Sll => slliw,
                A::Srl => srliw,
                A::Sra => sraiw,
                _ => general,
            };
            (f, rd, rs1, 0, imm as u64)
        }
        Inst::Op { op, rd, rs1, rs2 } => {
            let f: Handler = match op {
                A::Add => add,
                A::Sub => sub,
                A::Sll => sll,
                A::Slt => slt,
                A::Sltu => sltu,
                A::Xor => xor,
                A::Srl => srl,
                A::Sra => sra,
                A::Or => or,
                A::And => and,
            };
            (f, rd, rs1, rs2, 0)
        }
        Inst::Op32 { op, rd, rs1, rs2 } => {
            let f: Handler = match op {
                A::Add => addw,
                A::Sub => subw,
                A::Sll => sllw,
                A::Srl => srlw,
                A::Sra => sraw,
                _ => general,
            };
            (f, rd, rs1, rs2, 0)
        }
        Inst::MulDiv { op, rd, rs1, rs2 } => {
            let f: Handler = match op {
                MulOp::Mul => mul,
                MulOp::Mulh => mulh,
                MulOp::Mulhsu => mulhsu,
                MulOp::Mulhu => mulhu,
                MulOp::Div => div,
                MulOp::Divu => divu,
                MulOp::Rem => rem,
                MulOp::Remu => remu,
            };
            (f, rd, rs1, rs2, 0)
        }
        Inst::MulDiv32 { op, rd, rs1, rs2 } => {
            let f: Handler = match op {
                MulOp::Mul => mulw,
                MulOp::Div => divw,
                MulOp::Divu => divuw,
                MulOp::Rem => remw,
                MulOp::Remu => remuw,
                _ => general,
            };
            (f, rd, rs1, rs2, 0)
        }
        // Zba and the common Zbb operations; the rest of the bit manipulation goes
        // through `general`.
        Inst::Bit { op, rd, rs1, rs2 } => {
            let f: Handler = match op {
                B::AddUw => add_uw,
                B::Sh1add => sh1add,
                B::Sh2add => sh2add,
                B::Sh3add => sh3add,
                B::Sh1addUw => sh1add_uw,
                B::Sh2addUw => sh2add_uw,
                B::Sh3addUw => sh3add_uw,
                B::Andn => andn,
                B::Orn => orn,
                B::Xnor => xnor,
                B::Max => max,
                B::Maxu => maxu,
                B::Min => min,
                B::Minu => minu,
                _ => general,
            };
            (f, rd, rs1, rs2, 0)
        }
        Inst::BitImm { op: B::SllUw, rd, rs1, imm } => (slli_uw, rd, rs1, 0, u64::from(imm)),
        Inst::BitUnary { op, rd, rs1 } => {
            let f: Handler = match op {
                U::SextB => sext_b,
                U::SextH => sext_h,
                U::ZextH => zext_h,
                U::Rev8 => rev8,
                U::Clz => clz,
                U::Ctz => ctz,
                U::Cpop => cpop,
                _ => general,
            };
            (f, rd, rs1, 0, 0)
        }
        _ => (general, 0, 0, 0, 0),
    }
}

impl Op {
    /// The op of a decoded instruction of `len` bytes encoded as `raw`.
    pub fn new(inst: Inst, len: u8, raw: u32) -> Op {
        let (run, rd, rs1, rs2, imm) = handler(&inst);
        let sync = matches!(
            inst,
            Inst::Csr { .. }
                | Inst::Ecall
                | Inst::Ebreak
                | Inst::Mret
                | Inst::Sret
                | Inst::Wfi
                | Inst::SfenceVma { .. }
                | Inst::FenceI
        );
        let transfer = matches!(inst, Inst::Jal { .. } | Inst::Jalr { .. } | Inst::Branch { .. });
        let meta = classify(&inst);
        Op { run, imm, rd, rs1, rs2, len, raw, inst, meta, ends: sync || transfer, sync }
    }

    /// The op of an encoding that is not a valid instruction.
    pub fn illegal(len: u8, raw: u32) -> Op {
        let inst = Inst::Fence { pred: 0, succ: 0, fm: 0 };
        let meta = Meta::default();
        Op {
            run: illegal,
            imm: 0,
            rd: 0,
            rs1: 0,
            rs2: 0,
            len,
            raw,
            inst,
            meta,
            ends: true,
            sync: false,
        }
    }

    /// Whether this op ends its block: a control transfer, anything that may change
    /// privilege, translation, interrupt state or counters, or an illegal encoding.
    #[inline(always)]
    pub fn ends_block(&self) -> bool {
        self.ends
    }

    /// Instructions that read or change state the engine keeps in bulk (counters, the
    /// iTLB's replacement state) or that may change privilege, translation or interrupts:
    /// the hart brings its bulk accounting up to date before running one. Each ends its
    /// block.
    #[inline(always)]
    pub fn synchronizes(&self) -> bool {
        self.sync
    }
}
