//! Disassembly of [`Inst`] in the style of GNU objdump `-d -M no-aliases`.
//!
//! `Display` prints branch and jump targets as signed decimal offsets from the
//! instruction (`jal ra,16`); [`disasm_at`] prints the absolute target in hex, as objdump
//! does (`jal ra,80000010`). Compressed instructions are shown as their 32-bit expansion.
//!
//! Deliberate differences from objdump (binutils 2.40):
//! - objdump appends `<symbol+off>` to jump/branch targets and a `# target` comment
//!   after `jalr`; we know no symbols and print neither.
//! - CSRs that [`csr_name`] does not know are printed in hex (`0x7c0`, as objdump does
//!   for CSRs it does not know either); objdump knows more names (e.g. `hstatus`).
//! - FENCE keeps no rd/rs1 (they are ignored by the hardware), so a fence with nonzero
//!   rd/rs1, which objdump shows as `.4byte`, prints as the plain fence. A fence with a
//!   reserved `fm` value is printed as `fence pred,succ # fm=0x..` (objdump: `.4byte`).
//!   PAUSE (`fence w,0`) prints as `pause`, as objdump does when Zihintpause is enabled.
//! - FENCE.I likewise drops its ignored fields.
//! - HINTs of Zicbop (`prefetch.i/r/w`, ORI with rd = x0) and Zihintntl (`ntl.*`, ADD
//!   x0, x0, x2..x5, also from C.ADD) are always printed by those names, as objdump
//!   does when the extension is enabled. objdump 2.40 knows no Zicond, Zihintntl or
//!   Zimop; their text (`czero.eqz`, `ntl.p1`, `mop.r.N`, `mop.rr.N`) is the
//!   mnemonic the specs give, in objdump's operand style.

use std::fmt;

use super::csr::csr_name;
use super::inst::*;

const ABI_NAMES: [&str; 32] = [
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4",
    "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
    "t5", "t6",
];

/// ABI name of a register (`?` for a number that is not a register).
fn reg(r: Reg) -> &'static str {
    ABI_NAMES.get(r as usize).copied().unwrap_or("?")
}

/// Disassemble `inst` located at `pc`: like `Display`, but branch and jump targets are
/// printed as absolute hex addresses, as objdump does.
pub fn disasm_at(inst: &Inst, pc: u64) -> String {
    Disasm { inst, pc: Some(pc) }.to_string()
}

impl fmt::Display for Inst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Disasm { inst: self, pc: None }.fmt(f)
    }
}

struct Disasm<'a> {
    inst: &'a Inst,
    pc: Option<u64>,
}

/// A jump/branch target: absolute hex with a pc, signed decimal offset without.
struct Target(i64, Option<u64>);

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            Some(pc) => write!(f, "{:x}", pc.wrapping_add(self.0 as u64)),
            None => write!(f, "{}", self.0),
        }
    }
}

/// The fence set letters in objdump's order; objdump prints an empty set as `unknown`.
struct FenceSet(u8);

impl fmt::Display for FenceSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 & 0xf == 0 {
            return f.write_str("unknown");
        }
        for (mask, letter) in [(8, "i"), (4, "o"), (2, "r"), (1, "w")] {
            if self.0 & mask != 0 {
                f.write_str(letter)?;
            }
        }
        Ok(())
    }
}

fn alu_name(op: AluOp) -> &'static str {
    match op {
        AluOp::Add => "add",
        AluOp::Sub => "sub",
        AluOp::Sll => "sll",
        AluOp::Slt => "slt",
        AluOp::Sltu => "sltu",
        AluOp::Xor => "xor",
        AluOp::Srl => "srl",
        AluOp::Sra => "sra",
        AluOp::Or => "or",
        AluOp::And => "and",
    }
}

fn mul_name(op: MulOp) -> &'static str {
    match op {
        MulOp::Mul => "mul",
        MulOp::Mulh => "mulh",
        MulOp::Mulhsu => "mulhsu",
        MulOp::Mulhu => "mulhu",
        MulOp::Div => "div",
        MulOp::Divu => "divu",
        MulOp::Rem => "rem",
        MulOp::Remu => "remu",
    }
}

fn amo_name(op: AmoOp) -> &'static str {
    match op {
        AmoOp::Swap => "amoswap",
        AmoOp::Add => "amoadd",
        AmoOp::Xor => "amoxor",
        AmoOp::And => "amoand",
        AmoOp::Or => "amoor",
        AmoOp::Min => "amomin",
        AmoOp::Max => "amomax",
        AmoOp::Minu => "amominu",
        AmoOp::Maxu => "amomaxu",
    }
}

fn width_suffix(width: AmoWidth) -> &'static str {
    match width {
        AmoWidth::W => "w",
        AmoWidth::D => "d",
    }
}

fn order_suffix(aq: bool, rl: bool) -> &'static str {
    match (aq, rl) {
        (false, false) => "",
        (true, false) => ".aq",
        (false, true) => ".rl",
        (true, true) => ".aqrl",
    }
}

/// Mnemonic of an OP-IMM instruction (`None` for `Sub`, which has no immediate form).
fn op_imm_name(op: AluOp) -> Option<&'static str> {
    Some(match op {
        AluOp::Add => "addi",
        AluOp::Slt => "slti",
        AluOp::Sltu => "sltiu",
        AluOp::Xor => "xori",
        AluOp::Or => "ori",
        AluOp::And => "andi",
        AluOp::Sll => "slli",
        AluOp::Srl => "srli",
        AluOp::Sra => "srai",
        AluOp::Sub => return None,
    })
}

fn bit_name(op: BitOp) -> &'static str {
    match op {
        BitOp::AddUw => "add.uw",
        BitOp::Sh1add => "sh1add",
        BitOp::Sh2add => "sh2add",
        BitOp::Sh3add => "sh3add",
        BitOp::Sh1addUw => "sh1add.uw",
        BitOp::Sh2addUw => "sh2add.uw",
        BitOp::Sh3addUw => "sh3add.uw",
        BitOp::SllUw => "slli.uw",
        BitOp::Andn => "andn",
        BitOp::Orn => "orn",
        BitOp::Xnor => "xnor",
        BitOp::Max => "max",
        BitOp::Maxu => "maxu",
        BitOp::Min => "min",
        BitOp::Minu => "minu",
        BitOp::Rol => "rol",
        BitOp::Rolw => "rolw",
        BitOp::Ror => "ror",
        BitOp::Rorw => "rorw",
        BitOp::Clmul => "clmul",
        BitOp::Clmulh => "clmulh",
        BitOp::Clmulr => "clmulr",
        BitOp::Bclr => "bclr",
        BitOp::Bext => "bext",
        BitOp::Binv => "binv",
        BitOp::Bset => "bset",
        BitOp::Pack => "pack",
        BitOp::Packh => "packh",
        BitOp::Packw => "packw",
        BitOp::Xperm4 => "xperm4",
        BitOp::Xperm8 => "xperm8",
        BitOp::CzeroEqz => "czero.eqz",
        BitOp::CzeroNez => "czero.nez",
    }
}

fn unary_name(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Clz => "clz",
        UnaryOp::Clzw => "clzw",
        UnaryOp::Ctz => "ctz",
        UnaryOp::Ctzw => "ctzw",
        UnaryOp::Cpop => "cpop",
        UnaryOp::Cpopw => "cpopw",
        UnaryOp::SextB => "sext.b",
        UnaryOp::SextH => "sext.h",
        UnaryOp::ZextH => "zext.h",
        UnaryOp::OrcB => "orc.b",
        UnaryOp::Rev8 => "rev8",
        UnaryOp::Brev8 => "brev8",
    }
}

/// Zicbop: ORI with rd = x0 and imm[4:0] = 0 / 1 / 3 is PREFETCH.I / .R / .W with the
/// offset imm[11:5] << 5 (objdump prints these names when Zicbop is enabled).
fn prefetch_name(imm: i64) -> Option<&'static str> {
    match imm & 0x1f {
        0 => Some("prefetch.i"),
        1 => Some("prefetch.r"),
        3 => Some("prefetch.w"),
        _ => None,
    }
}

/// Zihintntl: ADD x0, x0, x2..x5 (and C.ADD x0, x2..x5, shown as that expansion).
fn ntl_name(rs2: Reg) -> Option<&'static str> {
    match rs2 {
        2 => Some("ntl.p1"),
        3 => Some("ntl.pall"),
        4 => Some("ntl.s1"),
        5 => Some("ntl.all"),
        _ => None,
    }
}

fn is_shift(op: AluOp) -> bool {
    matches!(op, AluOp::Sll | AluOp::Srl | AluOp::Sra)
}

impl fmt::Display for Disasm<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pc = self.pc;
        match *self.inst {
            // objdump prints the 20-bit U-immediate field in hex.
            Inst::Lui { rd, imm } => write!(f, "lui {},{:#x}", reg(rd), (imm >> 12) & 0xf_ffff),
            Inst::Auipc { rd, imm } => {
                write!(f, "auipc {},{:#x}", reg(rd), (imm >> 12) & 0xf_ffff)
            }
            Inst::Jal { rd, imm } => write!(f, "jal {},{}", reg(rd), Target(imm, pc)),
            Inst::Jalr { rd, rs1, imm } => write!(f, "jalr {},{}({})", reg(rd), imm, reg(rs1)),
            Inst::Branch { op, rs1, rs2, imm } => {
                let name = match op {
                    BranchOp::Beq => "beq",
                    BranchOp::Bne => "bne",
                    BranchOp::Blt => "blt",
                    BranchOp::Bge => "bge",
                    BranchOp::Bltu => "bltu",
                    BranchOp::Bgeu => "bgeu",
                };
                write!(f, "{name} {},{},{}", reg(rs1), reg(rs2), Target(imm, pc))
            }
            Inst::Load { op, rd, rs1, imm } => {
                let name = match op {
                    LoadOp::Lb => "lb",
                    LoadOp::Lh => "lh",
                    LoadOp::Lw => "lw",
                    LoadOp::Ld => "ld",
                    LoadOp::Lbu => "lbu",
                    LoadOp::Lhu => "lhu",
                    LoadOp::Lwu => "lwu",
                };
                write!(f, "{name} {},{}({})", reg(rd), imm, reg(rs1))
            }
            Inst::Store { op, rs1, rs2, imm } => {
                let name = match op {
                    StoreOp::Sb => "sb",
                    StoreOp::Sh => "sh",
                    StoreOp::Sw => "sw",
                    StoreOp::Sd => "sd",
                };
                write!(f, "{name} {},{}({})", reg(rs2), imm, reg(rs1))
            }
            Inst::OpImm { op: AluOp::Or, rd: 0, rs1, imm } if prefetch_name(imm).is_some() => {
                let name = prefetch_name(imm).unwrap_or_default();
                write!(f, "{name} {}({})", imm & !0x1f, reg(rs1))
            }
            Inst::OpImm { op, rd, rs1, imm } | Inst::OpImm32 { op, rd, rs1, imm } => {
                let w = if matches!(self.inst, Inst::OpImm32 { .. }) { "w" } else { "" };
                let name = op_imm_name(op).filter(|_| {
                    w.is_empty() || matches!(op, AluOp::Add | AluOp::Sll | AluOp::Srl | AluOp::Sra)
                });
                let Some(name) = name else {
                    // Not produced by the decoder; print something readable anyway.
                    return write!(f, "<invalid {:?}>", self.inst);
                };
                // objdump prints shift amounts in hex, other immediates in decimal.
                if is_shift(op) {
                    write!(f, "{name}{w} {},{},{:#x}", reg(rd), reg(rs1), imm)
                } else {
                    write!(f, "{name}{w} {},{},{}", reg(rd), reg(rs1), imm)
                }
            }
            Inst::Op { op: AluOp::Add, rd: 0, rs1: 0, rs2 } if ntl_name(rs2).is_some() => {
                f.write_str(ntl_name(rs2).unwrap_or_default())
            }
            Inst::Op { op, rd, rs1, rs2 } => {
                write!(f, "{} {},{},{}", alu_name(op), reg(rd), reg(rs1), reg(rs2))
            }
            Inst::Op32 { op, rd, rs1, rs2 } => {
                write!(f, "{}w {},{},{}", alu_name(op), reg(rd), reg(rs1), reg(rs2))
            }
            Inst::MulDiv { op, rd, rs1, rs2 } => {
                write!(f, "{} {},{},{}", mul_name(op), reg(rd), reg(rs1), reg(rs2))
            }
            Inst::MulDiv32 { op, rd, rs1, rs2 } => {
                write!(f, "{}w {},{},{}", mul_name(op), reg(rd), reg(rs1), reg(rs2))
            }
            Inst::Fence { pred, succ, fm } => match (fm, pred, succ) {
                (0b1000, 0b0011, 0b0011) => f.write_str("fence.tso"),
                (0, 0b0001, 0) => f.write_str("pause"),
                (0, _, _) => write!(f, "fence {},{}", FenceSet(pred), FenceSet(succ)),
                _ => write!(f, "fence {},{} # fm={:#x}", FenceSet(pred), FenceSet(succ), fm),
            },
            Inst::FenceI => f.write_str("fence.i"),
            Inst::Ecall => f.write_str("ecall"),
            Inst::Ebreak => f.write_str("ebreak"),
            Inst::Mret => f.write_str("mret"),
            Inst::Sret => f.write_str("sret"),
            Inst::Wfi => f.write_str("wfi"),
            Inst::SfenceVma { rs1, rs2 } => write!(f, "sfence.vma {},{}", reg(rs1), reg(rs2)),
            Inst::Csr { op, rd, src, csr } => {
                let base = match op {
                    CsrOp::Rw => "csrrw",
                    CsrOp::Rs => "csrrs",
                    CsrOp::Rc => "csrrc",
                };
                let name = csr_name(csr).unwrap_or_else(|| format!("{csr:#x}"));
                match src {
                    CsrSrc::Reg(rs1) => write!(f, "{base} {},{name},{}", reg(rd), reg(rs1)),
                    CsrSrc::Imm(uimm) => write!(f, "{base}i {},{name},{uimm}", reg(rd)),
                }
            }
            Inst::Lr { width, rd, rs1, aq, rl } => write!(
                f,
                "lr.{}{} {},({})",
                width_suffix(width),
                order_suffix(aq, rl),
                reg(rd),
                reg(rs1)
            ),
            Inst::Sc { width, rd, rs1, rs2, aq, rl } => write!(
                f,
                "sc.{}{} {},{},({})",
                width_suffix(width),
                order_suffix(aq, rl),
                reg(rd),
                reg(rs2),
                reg(rs1)
            ),
            Inst::Bit { op, rd, rs1, rs2 } => {
                write!(f, "{} {},{},{}", bit_name(op), reg(rd), reg(rs1), reg(rs2))
            }
            Inst::BitImm { op, rd, rs1, imm } => {
                // The immediate forms are the register mnemonic plus "i" (slli.uw is
                // already named so); objdump prints the amount in hex, as for shifts.
                let i = if op == BitOp::SllUw {
                    ""
                } else if op == BitOp::Rorw {
                    return write!(f, "roriw {},{},{:#x}", reg(rd), reg(rs1), imm);
                } else {
                    "i"
                };
                write!(f, "{}{i} {},{},{:#x}", bit_name(op), reg(rd), reg(rs1), imm)
            }
            Inst::BitUnary { op, rd, rs1 } => {
                write!(f, "{} {},{}", unary_name(op), reg(rd), reg(rs1))
            }
            Inst::Cbo { op, rs1 } => {
                let name = match op {
                    CboOp::Inval => "cbo.inval",
                    CboOp::Clean => "cbo.clean",
                    CboOp::Flush => "cbo.flush",
                    CboOp::Zero => "cbo.zero",
                };
                write!(f, "{name} ({})", reg(rs1))
            }
            Inst::MopR { n, rd, rs1 } => write!(f, "mop.r.{n} {},{}", reg(rd), reg(rs1)),
            Inst::MopRr { n, rd, rs1, rs2 } => {
                write!(f, "mop.rr.{n} {},{},{}", reg(rd), reg(rs1), reg(rs2))
            }
            Inst::Amo { op, width, rd, rs1, rs2, aq, rl } => write!(
                f,
                "{}.{}{} {},{},({})",
                amo_name(op),
                width_suffix(width),
                order_suffix(aq, rl),
                reg(rd),
                reg(rs2),
                reg(rs1)
            ),
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
            | Inst::FMvFromInt { .. } => fp_disasm(self.inst, f),
        }
    }
}

const FP_ABI_NAMES: [&str; 32] = [
    "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1", "fa2",
    "fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9",
    "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
];

/// ABI name of an FP register.
fn freg(r: Reg) -> &'static str {
    FP_ABI_NAMES.get(r as usize).copied().unwrap_or("?")
}

fn fmt_suffix(fmt: FpFmt) -> &'static str {
    match fmt {
        FpFmt::H => "h",
        FpFmt::S => "s",
        FpFmt::D => "d",
    }
}

/// H, S, D as 0, 1, 2 (for the mnemonics that name the width, not the format).
fn fmt_index(fmt: FpFmt) -> usize {
    match fmt {
        FpFmt::H => 0,
        FpFmt::S => 1,
        FpFmt::D => 2,
    }
}

fn int_suffix(int: IntFmt) -> &'static str {
    match int {
        IntFmt::W => "w",
        IntFmt::Wu => "wu",
        IntFmt::L => "l",
        IntFmt::Lu => "lu",
    }
}

/// The `,rm` operand objdump appends when the rounding mode is not dynamic.
struct Rm(u8);

impl fmt::Display for Rm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            0 => f.write_str(",rne"),
            1 => f.write_str(",rtz"),
            2 => f.write_str(",rdn"),
            3 => f.write_str(",rup"),
            4 => f.write_str(",rmm"),
            RM_DYN => Ok(()),
            m => write!(f, ",{m}"),
        }
    }
}

/// F, D and Zfh instructions, as objdump `-M no-aliases` prints them. The exact
/// conversions (FCVT.D.S, FCVT.D.W, FCVT.D.WU, FCVT.S.H, FCVT.D.H) are printed without a rounding mode when rm is 0, the
/// encoding gas emits; objdump shows any other rm there as `.4byte`, we print `,rm`.
fn fp_disasm(inst: &Inst, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let fs = fmt_suffix;
    match *inst {
        Inst::FLoad { fmt, rd, rs1, imm } => {
            let name = ["flh", "flw", "fld"][fmt_index(fmt)];
            write!(f, "{name} {},{}({})", freg(rd), imm, reg(rs1))
        }
        Inst::FStore { fmt, rs1, rs2, imm } => {
            let name = ["fsh", "fsw", "fsd"][fmt_index(fmt)];
            write!(f, "{name} {},{}({})", freg(rs2), imm, reg(rs1))
        }
        Inst::FOp { op, fmt, rd, rs1, rs2, rm } => {
            let (name, rounds) = match op {
                FpOp::Add => ("fadd", true),
                FpOp::Sub => ("fsub", true),
                FpOp::Mul => ("fmul", true),
                FpOp::Div => ("fdiv", true),
                FpOp::Sqrt => {
                    return write!(f, "fsqrt.{} {},{}{}", fs(fmt), freg(rd), freg(rs1), Rm(rm))
                }
                FpOp::Sgnj => ("fsgnj", false),
                FpOp::Sgnjn => ("fsgnjn", false),
                FpOp::Sgnjx => ("fsgnjx", false),
                FpOp::Min => ("fmin", false),
                FpOp::Max => ("fmax", false),
            };
            let rm = Rm(if rounds { rm } else { RM_DYN });
            write!(f, "{name}.{} {},{},{}{rm}", fs(fmt), freg(rd), freg(rs1), freg(rs2))
        }
        Inst::FFma { op, fmt, rd, rs1, rs2, rs3, rm } => {
            let name = match op {
                FmaOp::Madd => "fmadd",
                FmaOp::Msub => "fmsub",
                FmaOp::Nmsub => "fnmsub",
                FmaOp::Nmadd => "fnmadd",
            };
            let (d, a, b, c) = (freg(rd), freg(rs1), freg(rs2), freg(rs3));
            write!(f, "{name}.{} {d},{a},{b},{c}{}", fs(fmt), Rm(rm))
        }
        Inst::FCmp { op, fmt, rd, rs1, rs2 } => {
            let name = match op {
                FCmpOp::Eq => "feq",
                FCmpOp::Lt => "flt",
                FCmpOp::Le => "fle",
            };
            write!(f, "{name}.{} {},{},{}", fs(fmt), reg(rd), freg(rs1), freg(rs2))
        }
        Inst::FClass { fmt, rd, rs1 } => write!(f, "fclass.{} {},{}", fs(fmt), reg(rd), freg(rs1)),
        Inst::FCvtToInt { int, fmt, rd, rs1, rm } => {
            write!(f, "fcvt.{}.{} {},{}{}", int_suffix(int), fs(fmt), reg(rd), freg(rs1), Rm(rm))
        }
        Inst::FCvtFromInt { int, fmt, rd, rs1, rm } => {
            let exact = fmt == FpFmt::D && matches!(int, IntFmt::W | IntFmt::Wu);
            let rm = Rm(if exact && rm == 0 { RM_DYN } else { rm });
            write!(f, "fcvt.{}.{} {},{}{rm}", fs(fmt), int_suffix(int), freg(rd), reg(rs1))
        }
        Inst::FCvtFp { fmt, from, rd, rs1, rm } => {
            let exact = fmt.size() > from.size();
            let rm = Rm(if exact && rm == 0 { RM_DYN } else { rm });
            write!(f, "fcvt.{}.{} {},{}{rm}", fs(fmt), fs(from), freg(rd), freg(rs1))
        }
        Inst::FMvToInt { fmt, rd, rs1 } => {
            let x = ["h", "w", "d"][fmt_index(fmt)];
            write!(f, "fmv.x.{x} {},{}", reg(rd), freg(rs1))
        }
        Inst::FMvFromInt { fmt, rd, rs1 } => {
            let x = ["h", "w", "d"][fmt_index(fmt)];
            write!(f, "fmv.{x}.x {},{}", freg(rd), reg(rs1))
        }
        _ => write!(f, "<invalid {inst:?}>"),
    }
}
