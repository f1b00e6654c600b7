//! The hart's side of the timing model: the classification of decoded instructions
//! ([`Meta`], kept in each decoded op so that the engine can tell the model what each
//! instruction did as a [`crate::timing::Retired`]), and the timing of page-fault handlers.

use super::trap::Exception;
use super::Hart;
use crate::isa::{BitOp, CsrOp, CsrSrc, FpFmt, FpOp, Inst, MulOp};
use crate::timing::InstClass;

/// Link registers for the return-address-stack hints (unprivileged spec, JALR).
fn is_link(r: u8) -> bool {
    r == 1 || r == 5
}

/// What the timing model needs to know about an instruction, apart from its outcome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    pub class: InstClass,
    pub rd: u8,
    pub rs1: u8,
    pub rs2: u8,
    pub is_call: bool,
    pub is_return: bool,
    /// Third source (FMA); 0 = none. FP registers are 32 + n throughout.
    pub rs3: u8,
}

/// Classifies a decoded instruction for the timing model.
pub fn classify(inst: &Inst) -> Meta {
    if let Some(meta) = classify_fp(inst) {
        return meta;
    }
    let (class, rd, rs1, rs2, is_call, is_return) = classify_parts(inst);
    Meta { class, rd, rs1, rs2, is_call, is_return, rs3: 0 }
}

/// Class, destination, sources and the call/return hints.
fn classify_parts(inst: &Inst) -> (InstClass, u8, u8, u8, bool, bool) {
    use InstClass as C;
    match *inst {
        Inst::Lui { rd, .. } | Inst::Auipc { rd, .. } => (C::Alu, rd, 0, 0, false, false),
        Inst::Jal { rd, .. } => (C::Jal, rd, 0, 0, is_link(rd), false),
        Inst::Jalr { rd, rs1, .. } => {
            // Hint table: rd link = push; rs1 link (and != rd) = pop; both links and
            // different = pop then push.
            let call = is_link(rd);
            let ret = is_link(rs1) && (!is_link(rd) || rd != rs1);
            (C::Jalr, rd, rs1, 0, call, ret)
        }
        Inst::Branch { rs1, rs2, .. } => (C::Branch, 0, rs1, rs2, false, false),
        Inst::Load { rd, rs1, .. } => (C::Load, rd, rs1, 0, false, false),
        Inst::Store { rs1, rs2, .. } => (C::Store, 0, rs1, rs2, false, false),
        Inst::OpImm { rd, rs1, .. } | Inst::OpImm32 { rd, rs1, .. } => {
            (C::Alu, rd, rs1, 0, false, false)
        }
        Inst::Op { rd, rs1, rs2, .. } | Inst::Op32 { rd, rs1, rs2, .. } => {
            (C::Alu, rd, rs1, rs2, false, false)
        }
        Inst::MulDiv { op, rd, rs1, rs2 } | Inst::MulDiv32 { op, rd, rs1, rs2 } => {
            let class = match op {
                MulOp::Mul | MulOp::Mulh | MulOp::Mulhsu | MulOp::Mulhu => C::Mul,
                _ => C::Div,
            };
            (class, rd, rs1, rs2, false, false)
        }
        Inst::Fence { .. } => (C::Fence, 0, 0, 0, false, false),
        Inst::FenceI => (C::FenceI, 0, 0, 0, false, false),
        Inst::Lr { rd, rs1, .. } => (C::Amo, rd, rs1, 0, false, false),
        Inst::Sc { rd, rs1, rs2, .. } | Inst::Amo { rd, rs1, rs2, .. } => {
            (C::Amo, rd, rs1, rs2, false, false)
        }
        Inst::Csr { op, rd, src, .. } => {
            let (rs1, writes) = match src {
                CsrSrc::Reg(r) => (r, op == CsrOp::Rw || r != 0),
                CsrSrc::Imm(i) => (0, op == CsrOp::Rw || i != 0),
            };
            // A CSR write is treated as serializing (it may change translation, interrupt
            // enables or counters); reads are not.
            (if writes { C::CsrSerializing } else { C::Csr }, rd, rs1, 0, false, false)
        }
        Inst::Mret | Inst::Sret => (C::Xret, 0, 0, 0, false, false),
        Inst::Wfi => (C::Wfi, 0, 0, 0, false, false),
        Inst::SfenceVma { rs1, rs2 } => (C::SfenceVma, 0, rs1, rs2, false, false),
        Inst::Ecall | Inst::Ebreak => (C::Other, 0, 0, 0, false, false),
        // Bit manipulation is single-cycle ALU work, except the carry-less multiplies,
        // which take the multiplier.
        Inst::Bit { op, rd, rs1, rs2 } => {
            let class = match op {
                BitOp::Clmul | BitOp::Clmulh | BitOp::Clmulr => C::Mul,
                _ => C::Alu,
            };
            (class, rd, rs1, rs2, false, false)
        }
        Inst::BitImm { rd, rs1, .. } | Inst::BitUnary { rd, rs1, .. } => {
            (C::Alu, rd, rs1, 0, false, false)
        }
        // CBO.ZERO stores a block; the management operations are treated like stores
        // too (the CMO spec expects them to be processed as stores).
        Inst::Cbo { rs1, .. } => (C::Store, 0, rs1, 0, false, false),
        Inst::MopR { rd, rs1, .. } => (C::Alu, rd, rs1, 0, false, false),
        Inst::MopRr { rd, rs1, rs2, .. } => (C::Alu, rd, rs1, rs2, false, false),
        // Classified by classify_fp.
        _ => (C::Other, 0, 0, 0, false, false),
    }
}

/// The scoreboard number of FP register `r`.
fn f(r: u8) -> u8 {
    32 + (r & 31)
}

/// Classes and registers of the F, D and Zfh instructions (`None` for other
/// instructions). Half precision takes the single-precision latencies.
fn classify_fp(inst: &Inst) -> Option<Meta> {
    use InstClass as C;
    let by = |fmt: FpFmt, s: C, d: C| if fmt == FpFmt::D { d } else { s };
    let meta = |class, rd, rs1, rs2| Meta { class, rd, rs1, rs2, ..Meta::default() };
    Some(match *inst {
        Inst::FLoad { rd, rs1, .. } => meta(C::Load, f(rd), rs1, 0),
        Inst::FStore { rs1, rs2, .. } => meta(C::Store, 0, rs1, f(rs2)),
        Inst::FOp { op, fmt, rd, rs1, rs2, .. } => {
            let class = match op {
                FpOp::Add | FpOp::Sub => by(fmt, C::FpAddS, C::FpAddD),
                FpOp::Mul => by(fmt, C::FpMulS, C::FpMulD),
                FpOp::Div => by(fmt, C::FpDivS, C::FpDivD),
                FpOp::Sqrt => return Some(meta(by(fmt, C::FpSqrtS, C::FpSqrtD), f(rd), f(rs1), 0)),
                _ => C::FpMisc,
            };
            meta(class, f(rd), f(rs1), f(rs2))
        }
        Inst::FFma { fmt, rd, rs1, rs2, rs3, .. } => {
            Meta { rs3: f(rs3), ..meta(by(fmt, C::FpFmaS, C::FpFmaD), f(rd), f(rs1), f(rs2)) }
        }
        Inst::FCmp { rd, rs1, rs2, .. } => meta(C::FpMisc, rd, f(rs1), f(rs2)),
        Inst::FClass { rd, rs1, .. }
        | Inst::FCvtToInt { rd, rs1, .. }
        | Inst::FMvToInt { rd, rs1, .. } => meta(C::FpMisc, rd, f(rs1), 0),
        Inst::FCvtFromInt { rd, rs1, .. } | Inst::FMvFromInt { rd, rs1, .. } => {
            meta(C::FpMisc, f(rd), rs1, 0)
        }
        Inst::FCvtFp { rd, rs1, .. } => meta(C::FpMisc, f(rd), f(rs1), 0),
        _ => return None,
    })
}

impl Hart {
    /// Starts timing a page-fault handler (called when a page fault is taken).
    /// `space` is the address space that took the fault.
    pub(crate) fn note_page_fault_entry(&mut self, e: Exception, space: usize) {
        let pf = matches!(
            e,
            Exception::InstructionPageFault(_)
                | Exception::LoadPageFault(_)
                | Exception::StorePageFault(_)
        );
        if pf && self.probe.pf_handler.is_none() {
            self.probe.pf_handler = Some((self.stats.cycles, self.privilege, space));
        }
    }

    /// Ends the page-fault handler timing when the handler's xRET executes.
    pub(crate) fn note_xret(&mut self) {
        if let Some((start, level, space)) = self.probe.pf_handler {
            if level == self.privilege {
                let cycles = self.stats.cycles - start;
                self.stats.page_fault_handler_cycles += cycles;
                self.stats.by_mode[level as usize].page_fault_handler_cycles += cycles;
                if let Some((_, s)) = self.spaces.entries.get_mut(space) {
                    s.page_fault_handler_cycles += cycles;
                }
                self.probe.pf_handler = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::isa::decode;

    #[test]
    fn calls_and_returns_follow_the_hint_table() {
        // jal ra, x; jalr zero, 0(ra); jalr ra, 0(t0); jalr t0, 0(t0)
        let cases = [
            (0x008000ef, true, false),
            (0x00008067, false, true),
            (0x000280e7, true, true),
            (0x000282e7, true, false),
        ];
        for (word, call, ret) in cases {
            let m = classify(&decode(word).unwrap());
            assert_eq!((m.is_call, m.is_return), (call, ret), "{word:#x}");
        }
        let m = classify(&decode(0x02b50533).unwrap()); // mul a0,a0,a1
        assert_eq!((m.class, m.rd), (InstClass::Mul, 10));
        let m = classify(&decode(0x34011173).unwrap()); // csrrw sp,mscratch,sp
        assert_eq!(m.class, InstClass::CsrSerializing);
    }
}
