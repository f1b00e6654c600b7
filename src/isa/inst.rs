//! The decoded instruction type.
//!
//! Every 32-bit and 16-bit (RVC) encoding satp understands decodes into one [`Inst`].
//! Variants are grouped by instruction format, so that each execute arm stays small
//! (the same grouping the Sail model uses). Register numbers are `u8` in `0..32`;
//! immediates are already sign-extended to `i64` (or zero-extended where the ISA says so).

/// A register number, 0..=31.
pub type Reg = u8;

/// Conditional branch comparisons (B-type).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BranchOp {
    Beq,
    Bne,
    Blt,
    Bge,
    Bltu,
    Bgeu,
}

/// Load widths and signedness.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoadOp {
    Lb,
    Lh,
    Lw,
    Ld,
    Lbu,
    Lhu,
    Lwu,
}

impl LoadOp {
    /// Access size in bytes.
    pub fn size(self) -> u64 {
        match self {
            LoadOp::Lb | LoadOp::Lbu => 1,
            LoadOp::Lh | LoadOp::Lhu => 2,
            LoadOp::Lw | LoadOp::Lwu => 4,
            LoadOp::Ld => 8,
        }
    }
}

/// Store widths.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StoreOp {
    Sb,
    Sh,
    Sw,
    Sd,
}

impl StoreOp {
    /// Access size in bytes.
    pub fn size(self) -> u64 {
        match self {
            StoreOp::Sb => 1,
            StoreOp::Sh => 2,
            StoreOp::Sw => 4,
            StoreOp::Sd => 8,
        }
    }
}

/// Integer ALU operations of OP, OP-IMM, OP-32 and OP-IMM-32.
///
/// For the `*W` forms (`Inst::Op32`, `Inst::OpImm32`) only `Add`, `Sub`, `Sll`, `Srl`
/// and `Sra` occur.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AluOp {
    Add,
    Sub,
    Sll,
    Slt,
    Sltu,
    Xor,
    Srl,
    Sra,
    Or,
    And,
}

/// M-extension operations. For `Inst::MulDiv32` only `Mul`, `Div`, `Divu`, `Rem`
/// and `Remu` occur.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MulOp {
    Mul,
    Mulh,
    Mulhsu,
    Mulhu,
    Div,
    Divu,
    Rem,
    Remu,
}

/// A-extension read-modify-write operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AmoOp {
    Swap,
    Add,
    Xor,
    And,
    Or,
    Min,
    Max,
    Minu,
    Maxu,
}

/// Width of an atomic memory operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AmoWidth {
    W,
    D,
}

impl AmoWidth {
    /// Access size in bytes.
    pub fn size(self) -> u64 {
        match self {
            AmoWidth::W => 4,
            AmoWidth::D => 8,
        }
    }
}

/// Zicsr operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CsrOp {
    /// CSRRW / CSRRWI
    Rw,
    /// CSRRS / CSRRSI
    Rs,
    /// CSRRC / CSRRCI
    Rc,
}

/// Where the CSR instruction's source operand comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CsrSrc {
    /// A register (CSRRW, CSRRS, CSRRC).
    Reg(Reg),
    /// A 5-bit zero-extended immediate (CSRRWI, CSRRSI, CSRRCI).
    Imm(u8),
}

/// Floating-point format of an F/D/Zfh instruction (the `fmt` field, or the width of an
/// FP load or store).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FpFmt {
    /// Half precision (Zfh, Zfhmin), 16 bits, NaN-boxed in the 64-bit registers.
    H,
    /// Single precision (F), 32 bits, NaN-boxed in the 64-bit registers.
    S,
    /// Double precision (D), 64 bits.
    D,
}

impl FpFmt {
    /// Access size in bytes of an FP load or store of this format.
    pub fn size(self) -> u64 {
        match self {
            FpFmt::H => 2,
            FpFmt::S => 4,
            FpFmt::D => 8,
        }
    }
}

/// Two-operand (and one-operand) OP-FP operations writing an FP register.
/// `Sqrt` has no second operand (its rs2 field is 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FpOp {
    Add,
    Sub,
    Mul,
    Div,
    Sqrt,
    Sgnj,
    Sgnjn,
    Sgnjx,
    Min,
    Max,
}

/// The fused multiply-add family (R4 format).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FmaOp {
    /// rs1 * rs2 + rs3
    Madd,
    /// rs1 * rs2 - rs3
    Msub,
    /// -(rs1 * rs2) + rs3
    Nmsub,
    /// -(rs1 * rs2) - rs3
    Nmadd,
}

/// FP comparisons writing 0 or 1 to an integer register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FCmpOp {
    Eq,
    Lt,
    Le,
}

/// The integer side of an FCVT between FP and integer registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntFmt {
    /// 32-bit signed (results are sign-extended to 64 bits).
    W,
    /// 32-bit unsigned (results are sign-extended to 64 bits, as RV64 does for every
    /// 32-bit value).
    Wu,
    /// 64-bit signed.
    L,
    /// 64-bit unsigned.
    Lu,
}

/// Rounding-mode field value meaning "use frm" (unprivileged spec, "Rounding Modes").
pub const RM_DYN: u8 = 7;

// ---- Bit manipulation (Zba, Zbb, Zbc, Zbs, Zbkb, Zbkx), Zicond, CMO, Zimop.
// Kept together (enums here, variants at the end of `Inst`) so they merge as one block.

/// Two-operand operations of Zba, Zbb, Zbc, Zbs, Zbkb, Zbkx and Zicond: `rd = f(rs1, b)`
/// where `b` is rs2 ([`Inst::Bit`]) or an immediate ([`Inst::BitImm`]). The `*W` / `*Uw`
/// forms are RV64's OP-32 / OP-IMM-32 instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BitOp {
    // Zba
    AddUw,
    Sh1add,
    Sh2add,
    Sh3add,
    Sh1addUw,
    Sh2addUw,
    Sh3addUw,
    /// Only as an immediate (SLLI.UW).
    SllUw,
    // Zbb (and Zbkb: andn, orn, xnor, rol, ror, rolw, rorw)
    Andn,
    Orn,
    Xnor,
    Max,
    Maxu,
    Min,
    Minu,
    Rol,
    Rolw,
    /// ROR, and RORI as an immediate.
    Ror,
    /// RORW, and RORIW as an immediate.
    Rorw,
    // Zbc
    Clmul,
    Clmulh,
    Clmulr,
    // Zbs (register and immediate forms)
    Bclr,
    Bext,
    Binv,
    Bset,
    // Zbkb
    Pack,
    Packh,
    Packw,
    // Zbkx
    Xperm4,
    Xperm8,
    // Zicond
    CzeroEqz,
    CzeroNez,
}

/// One-operand operations of Zbb and Zbkb: `rd = f(rs1)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Clz,
    Clzw,
    Ctz,
    Ctzw,
    Cpop,
    Cpopw,
    SextB,
    SextH,
    /// ZEXT.H (RV64: the encoding of PACKW rd, rs1, x0, so also in Zbkb).
    ZextH,
    OrcB,
    Rev8,
    /// Zbkb.
    Brev8,
}

/// Cache-block operations (Zicbom, Zicboz): MISC-MEM funct3 = 010.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CboOp {
    Inval,
    Clean,
    Flush,
    Zero,
}

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Inst {
    /// LUI: `imm` is the sign-extended value written to rd (already shifted by 12).
    Lui {
        rd: Reg,
        imm: i64,
    },
    /// AUIPC: `imm` is the sign-extended offset added to pc (already shifted by 12).
    Auipc {
        rd: Reg,
        imm: i64,
    },
    Jal {
        rd: Reg,
        imm: i64,
    },
    Jalr {
        rd: Reg,
        rs1: Reg,
        imm: i64,
    },
    Branch {
        op: BranchOp,
        rs1: Reg,
        rs2: Reg,
        imm: i64,
    },
    Load {
        op: LoadOp,
        rd: Reg,
        rs1: Reg,
        imm: i64,
    },
    Store {
        op: StoreOp,
        rs1: Reg,
        rs2: Reg,
        imm: i64,
    },
    /// OP-IMM. For shifts, `imm` is the shift amount (0..64).
    OpImm {
        op: AluOp,
        rd: Reg,
        rs1: Reg,
        imm: i64,
    },
    /// OP-IMM-32 (ADDIW, SLLIW, SRLIW, SRAIW). For shifts, `imm` is 0..32.
    OpImm32 {
        op: AluOp,
        rd: Reg,
        rs1: Reg,
        imm: i64,
    },
    Op {
        op: AluOp,
        rd: Reg,
        rs1: Reg,
        rs2: Reg,
    },
    Op32 {
        op: AluOp,
        rd: Reg,
        rs1: Reg,
        rs2: Reg,
    },
    MulDiv {
        op: MulOp,
        rd: Reg,
        rs1: Reg,
        rs2: Reg,
    },
    MulDiv32 {
        op: MulOp,
        rd: Reg,
        rs1: Reg,
        rs2: Reg,
    },
    /// FENCE (including FENCE.TSO and PAUSE, which are FENCEs with particular fields).
    Fence {
        pred: u8,
        succ: u8,
        fm: u8,
    },
    FenceI,
    Ecall,
    Ebreak,
    Mret,
    Sret,
    Wfi,
    SfenceVma {
        rs1: Reg,
        rs2: Reg,
    },
    Csr {
        op: CsrOp,
        rd: Reg,
        src: CsrSrc,
        csr: u16,
    },
    Lr {
        width: AmoWidth,
        rd: Reg,
        rs1: Reg,
        aq: bool,
        rl: bool,
    },
    Sc {
        width: AmoWidth,
        rd: Reg,
        rs1: Reg,
        rs2: Reg,
        aq: bool,
        rl: bool,
    },
    Amo {
        op: AmoOp,
        width: AmoWidth,
        rd: Reg,
        rs1: Reg,
        rs2: Reg,
        aq: bool,
        rl: bool,
    },
    // ---- F and D (unprivileged spec, "F" and "D" chapters). FP register numbers are
    // `Reg` like integer ones; which file a field names is fixed per variant. `rm` is the
    // raw rounding-mode field (0-4 static, 7 = dynamic; the reserved 5 and 6 never
    // decode).
    /// FLH / FLW / FLD (and C.FLD, C.FLDSP): `rd` is an FP register.
    FLoad {
        fmt: FpFmt,
        rd: Reg,
        rs1: Reg,
        imm: i64,
    },
    /// FSH / FSW / FSD (and C.FSD, C.FSDSP): `rs2` is an FP register.
    FStore {
        fmt: FpFmt,
        rs1: Reg,
        rs2: Reg,
        imm: i64,
    },
    /// FADD .. FMAX: all registers FP. `rm` matters for Add/Sub/Mul/Div/Sqrt only.
    FOp {
        op: FpOp,
        fmt: FpFmt,
        rd: Reg,
        rs1: Reg,
        rs2: Reg,
        rm: u8,
    },
    /// FMADD, FMSUB, FNMSUB, FNMADD: all registers FP.
    FFma {
        op: FmaOp,
        fmt: FpFmt,
        rd: Reg,
        rs1: Reg,
        rs2: Reg,
        rs3: Reg,
        rm: u8,
    },
    /// FEQ, FLT, FLE: `rd` is an integer register.
    FCmp {
        op: FCmpOp,
        fmt: FpFmt,
        rd: Reg,
        rs1: Reg,
        rs2: Reg,
    },
    /// FCLASS: `rd` is an integer register.
    FClass {
        fmt: FpFmt,
        rd: Reg,
        rs1: Reg,
    },
    /// FCVT.{W,WU,L,LU}.{H,S,D}: FP `rs1` to integer `rd`.
    FCvtToInt {
        int: IntFmt,
        fmt: FpFmt,
        rd: Reg,
        rs1: Reg,
        rm: u8,
    },
    /// FCVT.{H,S,D}.{W,WU,L,LU}: integer `rs1` to FP `rd`.
    FCvtFromInt {
        int: IntFmt,
        fmt: FpFmt,
        rd: Reg,
        rs1: Reg,
        rm: u8,
    },
    /// FCVT.S.D, FCVT.D.S and the half conversions FCVT.{S,D}.H, FCVT.H.{S,D}: `fmt` is
    /// the destination format, `from` the source.
    FCvtFp {
        fmt: FpFmt,
        from: FpFmt,
        rd: Reg,
        rs1: Reg,
        rm: u8,
    },
    /// FMV.X.H / FMV.X.W / FMV.X.D: FP bits to integer `rd` (FMV.X.H and FMV.X.W
    /// sign-extend).
    FMvToInt {
        fmt: FpFmt,
        rd: Reg,
        rs1: Reg,
    },
    /// FMV.H.X / FMV.W.X / FMV.D.X: integer bits to FP `rd` (FMV.H.X and FMV.W.X NaN-box).
    FMvFromInt {
        fmt: FpFmt,
        rd: Reg,
        rs1: Reg,
    },
    // ---- Bit manipulation, Zicond, CMO, may-be-operations (one block; see the enums).
    /// Zba/Zbb/Zbc/Zbs/Zbkb/Zbkx/Zicond register-register operations.
    Bit {
        op: BitOp,
        rd: Reg,
        rs1: Reg,
        rs2: Reg,
    },
    /// Their immediate forms (SLLI.UW, RORI, RORIW, BCLRI, BEXTI, BINVI, BSETI): `imm` is
    /// the shift amount or bit index (0..64; 0..32 for RORIW).
    BitImm {
        op: BitOp,
        rd: Reg,
        rs1: Reg,
        imm: u8,
    },
    /// Zbb/Zbkb one-operand operations.
    BitUnary {
        op: UnaryOp,
        rd: Reg,
        rs1: Reg,
    },
    /// CBO.INVAL/CLEAN/FLUSH/ZERO on the cache block holding the address in rs1.
    Cbo {
        op: CboOp,
        rs1: Reg,
    },
    /// Zimop MOP.R.n (n = 0..=31): writes 0 to rd.
    MopR {
        n: u8,
        rd: Reg,
        rs1: Reg,
    },
    /// Zimop MOP.RR.n (n = 0..=7): writes 0 to rd.
    MopRr {
        n: u8,
        rd: Reg,
        rs1: Reg,
        rs2: Reg,
    },
}

/// Length in bytes of the instruction whose low 16 bits are `low`:
/// 2 for a compressed instruction (low two bits != 0b11), otherwise 4.
#[inline(always)]
pub fn inst_len(low: u16) -> u64 {
    if low & 3 == 3 {
        4
    } else {
        2
    }
}
