//! F, D and Zfh/Zfhmin: single-, double- and half-precision floating point (unprivileged
//! spec, "F", "D" and "Zfh" chapters).
//!
//! Arithmetic is Berkeley SoftFloat 3 (through `softfloat-wrapper`, built with its RISC-V
//! specialization): correctly rounded IEEE 754-2008 results in all five rounding modes,
//! tininess detected after rounding, and the RISC-V NaN rules (every NaN result is the
//! canonical NaN; no payload propagation). SoftFloat's rounding mode and exception flags
//! are C globals declared `_Thread_local`, so harts on different host threads (and tests
//! running in parallel) do not mix them; [`softfloat`] clears the flags before each
//! operation and reads them after it, on the same thread.
//!
//! Here, not in SoftFloat: NaN-boxing of single and half values in the 64-bit registers
//! (a half is valid only if bits 63:16 are all ones, else it reads as the canonical half
//! NaN; a single likewise with bits 63:32), FMIN/FMAX
//! (minimumNumber/maximumNumber of the 2019 spec), sign injection, FCLASS and FMV.
//! Rules common to all: mstatus.FS = Off makes every FP instruction illegal; a reserved
//! dynamic rounding mode (frm 5..7) too; writing an f register or fflags sets FS = Dirty.

use super::super::trap::Exception;
use super::super::Hart;
use crate::bus::Bus;
use crate::isa::{FCmpOp, FmaOp, FpFmt, FpOp, Inst, IntFmt, Reg, RM_DYN};
use softfloat_wrapper::{ExceptionFlags, Float, RoundingMode, F16, F32, F64};

/// The canonical NaNs (unprivileged spec, "NaN Generation and Propagation"; the half one
/// from the Zfh chapter).
pub const CANONICAL_NAN_H: u16 = 0x7e00;
pub const CANONICAL_NAN_S: u32 = 0x7fc0_0000;
pub const CANONICAL_NAN_D: u64 = 0x7ff8_0000_0000_0000;

/// fflags bits; SoftFloat's flag bits have the same values.
pub const FLAG_NV: u64 = 0x10;

/// Runs one SoftFloat operation with clean exception flags and returns its result with
/// the flags it raised (NX=1, UF=2, OF=4, DZ=8, NV=16: SoftFloat's inexact, underflow,
/// overflow, infinite and invalid bits are exactly fflags' layout).
#[inline]
fn softfloat<T>(op: impl FnOnce() -> T) -> (T, u64) {
    ExceptionFlags::from_bits(0).set();
    let r = op();
    let mut flags = ExceptionFlags::default();
    flags.get();
    (r, u64::from(flags.to_bits()) & 0x1f)
}

/// One FP format as stored in the 64-bit f registers.
trait Fp: Float + Copy {
    /// Reads a register: doubles as they are; singles and halves unboxed (a value whose
    /// upper 32 or 48 bits are not all ones reads as the canonical NaN).
    fn unbox(raw: u64) -> Self;
    /// The register value holding `self` (singles and halves NaN-boxed).
    fn boxed(self) -> u64;
    /// The raw bits, widened.
    fn raw(self) -> u64;
    const EXP_BITS: u32;
    const FRAC_BITS: u32;
    const CANONICAL_NAN: u64;

    fn is_nan(self) -> bool {
        let exp = (self.raw() >> Self::FRAC_BITS) & ((1 << Self::EXP_BITS) - 1);
        exp == (1 << Self::EXP_BITS) - 1 && self.raw() & ((1 << Self::FRAC_BITS) - 1) != 0
    }

    fn sign_bit(self) -> bool {
        self.raw() >> (Self::EXP_BITS + Self::FRAC_BITS) & 1 != 0
    }

    fn from_raw(raw: u64) -> Self;

    /// `self` with its sign bit flipped (exact, no flags).
    fn negated(self) -> Self {
        Self::from_raw(self.raw() ^ (1 << (Self::EXP_BITS + Self::FRAC_BITS)))
    }
}

impl Fp for F16 {
    #[inline(always)]
    fn unbox(raw: u64) -> Self {
        if raw >> 16 == 0xffff_ffff_ffff {
            F16::from_bits(raw as u16)
        } else {
            F16::from_bits(CANONICAL_NAN_H)
        }
    }
    #[inline(always)]
    fn boxed(self) -> u64 {
        0xffff_ffff_ffff_0000 | u64::from(self.to_bits())
    }
    #[inline(always)]
    fn raw(self) -> u64 {
        u64::from(self.to_bits())
    }
    #[inline(always)]
    fn from_raw(raw: u64) -> Self {
        F16::from_bits(raw as u16)
    }
    const EXP_BITS: u32 = 5;
    const FRAC_BITS: u32 = 10;
    const CANONICAL_NAN: u64 = CANONICAL_NAN_H as u64;
}

impl Fp for F32 {
    #[inline(always)]
    fn unbox(raw: u64) -> Self {
        if raw >> 32 == 0xffff_ffff {
            F32::from_bits(raw as u32)
        } else {
            F32::from_bits(CANONICAL_NAN_S)
        }
    }
    #[inline(always)]
    fn boxed(self) -> u64 {
        0xffff_ffff_0000_0000 | u64::from(self.to_bits())
    }
    #[inline(always)]
    fn raw(self) -> u64 {
        u64::from(self.to_bits())
    }
    #[inline(always)]
    fn from_raw(raw: u64) -> Self {
        F32::from_bits(raw as u32)
    }
    const EXP_BITS: u32 = 8;
    const FRAC_BITS: u32 = 23;
    const CANONICAL_NAN: u64 = CANONICAL_NAN_S as u64;
}

impl Fp for F64 {
    #[inline(always)]
    fn unbox(raw: u64) -> Self {
        F64::from_bits(raw)
    }
    #[inline(always)]
    fn boxed(self) -> u64 {
        self.to_bits()
    }
    #[inline(always)]
    fn raw(self) -> u64 {
        self.to_bits()
    }
    #[inline(always)]
    fn from_raw(raw: u64) -> Self {
        F64::from_bits(raw)
    }
    const EXP_BITS: u32 = 11;
    const FRAC_BITS: u32 = 52;
    const CANONICAL_NAN: u64 = CANONICAL_NAN_D;
}

/// FMIN/FMAX (unprivileged spec since 2.2 / 20190608: IEEE 754-2019 minimumNumber and
/// maximumNumber): a NaN operand is ignored unless both are NaN (then the canonical
/// NaN); any signalling NaN raises NV; -0 is less than +0. Returns (register value, flags).
fn min_max<T: Fp>(a: T, b: T, max: bool) -> (u64, u64) {
    let flags = if a.is_signaling_nan() || b.is_signaling_nan() { FLAG_NV } else { 0 };
    let r = match (a.is_nan(), b.is_nan()) {
        (true, true) => T::from_raw(T::CANONICAL_NAN),
        (true, false) => b,
        (false, true) => a,
        (false, false) => {
            // Quiet comparison of two non-NaNs raises nothing; zeros by sign.
            let magnitude = (1u64 << (T::EXP_BITS + T::FRAC_BITS)) - 1;
            let a_less = if a.raw() & magnitude == 0 && b.raw() & magnitude == 0 {
                a.sign_bit() && !b.sign_bit()
            } else {
                a.lt_quiet(b)
            };
            if a_less != max {
                a
            } else {
                b
            }
        }
    };
    (r.boxed(), flags)
}

/// FCLASS: one of ten bits (unprivileged spec, "Single-Precision Floating-Point
/// Classify Instruction").
fn classify<T: Fp>(a: T) -> u64 {
    let frac = a.raw() & ((1 << T::FRAC_BITS) - 1);
    let exp = (a.raw() >> T::FRAC_BITS) & ((1 << T::EXP_BITS) - 1);
    let max_exp = (1 << T::EXP_BITS) - 1;
    let neg = a.sign_bit();
    let bit = match (exp, frac) {
        (e, 0) if e == max_exp => {
            if neg {
                0
            } else {
                7
            }
        }
        (e, f) if e == max_exp => {
            if f >> (T::FRAC_BITS - 1) != 0 {
                9 // quiet NaN
            } else {
                8 // signalling NaN
            }
        }
        (0, 0) => {
            if neg {
                3
            } else {
                4
            }
        }
        (0, _) => {
            if neg {
                2
            } else {
                5
            }
        }
        _ => {
            if neg {
                1
            } else {
                6
            }
        }
    };
    1 << bit
}

/// FSGNJ, FSGNJN, FSGNJX on unboxed operands.
fn sign_inject<T: Fp>(op: FpOp, a: T, b: T) -> T {
    let sign = 1u64 << (T::EXP_BITS + T::FRAC_BITS);
    let s = match op {
        FpOp::Sgnj => b.raw() & sign,
        FpOp::Sgnjn => !b.raw() & sign,
        _ => (a.raw() ^ b.raw()) & sign,
    };
    T::from_raw((a.raw() & !sign) | s)
}

/// A float-to-integer conversion: the integer register value and the flags. Out-of-range
/// inputs and NaNs saturate with NV (SoftFloat's RISC-V specialization produces the
/// spec's table: NaN and +overflow give the largest value, -overflow the smallest);
/// 32-bit results are sign-extended.
fn to_int<T: Fp>(a: T, int: IntFmt, rm: RoundingMode) -> (u64, u64) {
    softfloat(|| match int {
        IntFmt::W => a.to_i32(rm, true) as i64 as u64,
        IntFmt::Wu => a.to_u32(rm, true) as i32 as i64 as u64,
        IntFmt::L => a.to_i64(rm, true) as u64,
        IntFmt::Lu => a.to_u64(rm, true),
    })
}

/// [`to_int`] of an f register's value.
fn reg_to_int<T: Fp>(a: u64, int: IntFmt, rm: RoundingMode) -> (u64, u64) {
    to_int(T::unbox(a), int, rm)
}

fn from_int<T: Fp>(x: u64, int: IntFmt, rm: RoundingMode) -> (u64, u64) {
    let (r, flags) = softfloat(|| match int {
        IntFmt::W => T::from_i32(x as i32, rm),
        IntFmt::Wu => T::from_u32(x as u32, rm),
        IntFmt::L => T::from_i64(x as i64, rm),
        IntFmt::Lu => T::from_u64(x, rm),
    });
    (r.boxed(), flags)
}

/// The arithmetic of FADD..FSQRT and the non-rounding OP-FP operations, on register
/// values: (result register value, flags).
fn arith<T: Fp>(op: FpOp, a: u64, b: u64, rm: RoundingMode) -> (u64, u64) {
    let (a, b) = (T::unbox(a), T::unbox(b));
    let (r, flags) = match op {
        FpOp::Add => softfloat(|| a.add(b, rm)),
        FpOp::Sub => softfloat(|| a.sub(b, rm)),
        FpOp::Mul => softfloat(|| a.mul(b, rm)),
        FpOp::Div => softfloat(|| a.div(b, rm)),
        FpOp::Sqrt => softfloat(|| a.sqrt(rm)),
        FpOp::Sgnj | FpOp::Sgnjn | FpOp::Sgnjx => (sign_inject(op, a, b), 0),
        FpOp::Min | FpOp::Max => return min_max(a, b, op == FpOp::Max),
    };
    (r.boxed(), flags)
}

/// The fused multiply-adds, with a single rounding. Negating an operand is a sign flip,
/// which keeps NaNs NaNs (their results are canonical anyway) and does not change
/// whether one signals.
fn fma<T: Fp>(op: FmaOp, a: u64, b: u64, c: u64, rm: RoundingMode) -> (u64, u64) {
    let (a, b, c) = (T::unbox(a), T::unbox(b), T::unbox(c));
    let (a, c) = match op {
        FmaOp::Madd => (a, c),
        FmaOp::Msub => (a, c.negated()),
        FmaOp::Nmsub => (a.negated(), c),
        FmaOp::Nmadd => (a.negated(), c.negated()),
    };
    let (r, flags) = softfloat(|| a.fused_mul_add(b, c, rm));
    (r.boxed(), flags)
}

/// FCVT between two FP formats, on register values: (result register value, flags).
/// Widening is exact (a signalling NaN still raises NV); every NaN result is canonical.
fn convert(from: FpFmt, into: FpFmt, a: u64, rm: RoundingMode) -> (u64, u64) {
    fn to<T: Fp>(a: T, fmt: FpFmt, rm: RoundingMode) -> (u64, u64) {
        match fmt {
            FpFmt::H => {
                let (r, flags) = softfloat(|| a.to_f16(rm));
                (r.boxed(), flags)
            }
            FpFmt::S => {
                let (r, flags) = softfloat(|| a.to_f32(rm));
                (r.boxed(), flags)
            }
            FpFmt::D => {
                let (r, flags) = softfloat(|| a.to_f64(rm));
                (r.boxed(), flags)
            }
        }
    }
    match from {
        FpFmt::H => to(F16::unbox(a), into, rm),
        FpFmt::S => to(F32::unbox(a), into, rm),
        FpFmt::D => to(F64::unbox(a), into, rm),
    }
}

/// FEQ (quiet: NV only for signalling NaNs), FLT and FLE (signalling: NV for any NaN).
fn compare<T: Fp>(op: FCmpOp, a: u64, b: u64) -> (u64, u64) {
    let (a, b) = (T::unbox(a), T::unbox(b));
    let (r, flags) = softfloat(|| match op {
        FCmpOp::Eq => a.eq(b),
        FCmpOp::Lt => a.lt(b),
        FCmpOp::Le => a.le(b),
    });
    (u64::from(r), flags)
}

/// Dispatches a generic FP function on the format.
macro_rules! by_fmt {
    ($fmt:expr, $f:ident($($arg:expr),*)) => {
        match $fmt {
            FpFmt::H => $f::<F16>($($arg),*),
            FpFmt::S => $f::<F32>($($arg),*),
            FpFmt::D => $f::<F64>($($arg),*),
        }
    };
}

impl Hart {
    /// An FP register.
    #[inline(always)]
    pub fn freg(&self, r: Reg) -> u64 {
        self.f[(r & 31) as usize]
    }

    /// Writes an FP register (the value already NaN-boxed where needed) and marks the FP
    /// state Dirty.
    #[inline(always)]
    pub fn set_freg(&mut self, r: Reg, value: u64) {
        self.f[(r & 31) as usize] = value;
        self.csr.set_fs_dirty();
    }

    /// Accrues the flags an instruction raised; raising any dirties the FP state.
    #[inline(always)]
    fn accrue(&mut self, flags: u64) {
        if flags != 0 {
            self.csr.accrue_fflags(flags);
            self.csr.set_fs_dirty();
        }
    }

    /// The rounding mode of an rm field: static 0-4, or frm for 7; frm values 5-7 are
    /// reserved and make the instruction illegal (the decoder already rejected static 5
    /// and 6).
    fn rounding(&self, rm: u8, raw: u32) -> Result<RoundingMode, Exception> {
        let mode = if rm == RM_DYN { ((self.csr.fcsr >> 5) & 7) as u8 } else { rm };
        Ok(match mode {
            0 => RoundingMode::TiesToEven,
            1 => RoundingMode::TowardZero,
            2 => RoundingMode::TowardNegative,
            3 => RoundingMode::TowardPositive,
            4 => RoundingMode::TiesToAway,
            _ => return Err(Exception::IllegalInstruction(raw as u64)),
        })
    }

    /// Executes an F, D or Zfh instruction (`inst` is one of the FP variants).
    pub(super) fn exec_fp(&mut self, bus: &mut Bus, inst: Inst, raw: u32) -> Result<(), Exception> {
        if !self.csr.fp_enabled() {
            return Err(Exception::IllegalInstruction(raw as u64));
        }
        match inst {
            Inst::FLoad { fmt, rd, rs1, imm } => {
                let addr = self.reg(rs1).wrapping_add(imm as u64);
                let v = self.load_slow(bus, addr, fmt.size())?;
                let v = match fmt {
                    FpFmt::H => F16::from_raw(v).boxed(),
                    FpFmt::S => F32::from_raw(v).boxed(),
                    FpFmt::D => v,
                };
                self.set_freg(rd, v);
            }
            Inst::FStore { fmt, rs1, rs2, imm } => {
                // Stores move the bits unchanged (FSW: the low 32, FSH the low 16, boxed
                // or not).
                let addr = self.reg(rs1).wrapping_add(imm as u64);
                self.store_slow(bus, addr, fmt.size(), self.freg(rs2))?;
            }
            Inst::FOp { op, fmt, rd, rs1, rs2, rm } => {
                let mode = match op {
                    FpOp::Add | FpOp::Sub | FpOp::Mul | FpOp::Div | FpOp::Sqrt => {
                        self.rounding(rm, raw)?
                    }
                    _ => RoundingMode::TiesToEven,
                };
                let (a, b) = (self.freg(rs1), self.freg(rs2));
                let (r, flags) = by_fmt!(fmt, arith(op, a, b, mode));
                self.set_freg(rd, r);
                self.accrue(flags);
            }
            Inst::FFma { op, fmt, rd, rs1, rs2, rs3, rm } => {
                let mode = self.rounding(rm, raw)?;
                let (a, b, c) = (self.freg(rs1), self.freg(rs2), self.freg(rs3));
                let (r, flags) = by_fmt!(fmt, fma(op, a, b, c, mode));
                self.set_freg(rd, r);
                self.accrue(flags);
            }
            Inst::FCmp { op, fmt, rd, rs1, rs2 } => {
                let (a, b) = (self.freg(rs1), self.freg(rs2));
                let (r, flags) = by_fmt!(fmt, compare(op, a, b));
                self.set_reg(rd, r);
                self.accrue(flags);
            }
            Inst::FClass { fmt, rd, rs1 } => {
                let a = self.freg(rs1);
                let r = match fmt {
                    FpFmt::H => classify(F16::unbox(a)),
                    FpFmt::S => classify(F32::unbox(a)),
                    FpFmt::D => classify(F64::unbox(a)),
                };
                self.set_reg(rd, r);
            }
            Inst::FCvtToInt { int, fmt, rd, rs1, rm } => {
                let mode = self.rounding(rm, raw)?;
                let a = self.freg(rs1);
                let (r, flags) = by_fmt!(fmt, reg_to_int(a, int, mode));
                self.set_reg(rd, r);
                self.accrue(flags);
            }
            Inst::FCvtFromInt { int, fmt, rd, rs1, rm } => {
                let mode = self.rounding(rm, raw)?;
                let x = self.reg(rs1);
                let (r, flags) = by_fmt!(fmt, from_int(x, int, mode));
                self.set_freg(rd, r);
                self.accrue(flags);
            }
            Inst::FCvtFp { fmt, from, rd, rs1, rm } => {
                let mode = self.rounding(rm, raw)?;
                let a = self.freg(rs1);
                let (r, flags) = convert(from, fmt, a, mode);
                self.set_freg(rd, r);
                self.accrue(flags);
            }
            Inst::FMvToInt { fmt, rd, rs1 } => {
                let a = self.freg(rs1);
                let r = match fmt {
                    FpFmt::H => a as u16 as i16 as i64 as u64,
                    FpFmt::S => a as u32 as i32 as i64 as u64,
                    FpFmt::D => a,
                };
                self.set_reg(rd, r);
            }
            Inst::FMvFromInt { fmt, rd, rs1 } => {
                let x = self.reg(rs1);
                let r = match fmt {
                    FpFmt::H => F16::from_raw(x).boxed(),
                    FpFmt::S => F32::from_raw(x).boxed(),
                    FpFmt::D => x,
                };
                self.set_freg(rd, r);
            }
            // Only FP variants are dispatched here.
            _ => return Err(Exception::IllegalInstruction(raw as u64)),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rne() -> RoundingMode {
        RoundingMode::TiesToEven
    }

    #[test]
    fn singles_are_nan_boxed() {
        assert_eq!(F32::unbox(0xffff_ffff_3f80_0000).to_bits(), 0x3f80_0000);
        // Not properly boxed: the canonical NaN, whatever the low bits.
        assert_eq!(F32::unbox(0x0000_0000_3f80_0000).to_bits(), CANONICAL_NAN_S);
        assert_eq!(F32::unbox(0xffff_fffe_3f80_0000).to_bits(), CANONICAL_NAN_S);
        assert_eq!(F32::from_bits(0x4000_0000).boxed(), 0xffff_ffff_4000_0000);
        // 1.0 + improperly boxed value = canonical NaN, no flags (a quiet NaN).
        let (r, flags) = arith::<F32>(FpOp::Add, 0xffff_ffff_3f80_0000, 0x3f80_0000, rne());
        assert_eq!((r, flags), (0xffff_ffff_7fc0_0000, 0));
    }

    #[test]
    fn nan_results_are_canonical() {
        // qNaN with a payload + 1.0 = canonical NaN (no payload propagation).
        let (r, flags) = arith::<F64>(FpOp::Add, 0x7ff8_0000_dead_beef, 0x3ff0 << 48, rne());
        assert_eq!((r, flags), (CANONICAL_NAN_D, 0));
        // sNaN input raises NV.
        let (r, flags) = arith::<F32>(FpOp::Mul, F32::from_bits(0x7f80_0001).boxed(), 0, rne());
        assert_eq!((r as u32, flags), (CANONICAL_NAN_S, FLAG_NV));
        // 0/0 is invalid, 1/0 divides by zero.
        assert_eq!(arith::<F64>(FpOp::Div, 0, 0, rne()), (CANONICAL_NAN_D, FLAG_NV));
        assert_eq!(arith::<F64>(FpOp::Div, 0x3ff0 << 48, 0, rne()), (0x7ff0 << 48, 0x08));
    }

    #[test]
    fn fcvt_saturates() {
        let big = F64::from_bits(0x43e0_0000_0000_0000); // 2^63
        assert_eq!(to_int(big, IntFmt::L, rne()), (i64::MAX as u64, FLAG_NV));
        assert_eq!(to_int(big.negated(), IntFmt::L, rne()), (i64::MIN as u64, 0));
        let nan = F32::from_bits(CANONICAL_NAN_S);
        assert_eq!(to_int(nan, IntFmt::W, rne()), (0x7fff_ffff, FLAG_NV));
        assert_eq!(to_int(nan, IntFmt::Wu, rne()), (u64::MAX, FLAG_NV));
        assert_eq!(to_int(nan, IntFmt::Lu, rne()), (u64::MAX, FLAG_NV));
        let minus_one = F32::from_bits(0xbf80_0000);
        assert_eq!(to_int(minus_one, IntFmt::Wu, rne()), (0, FLAG_NV));
        // -0.5 rounds to -0 = 0: inexact only.
        let half = F32::from_bits(0xbf00_0000);
        assert_eq!(to_int(half, IntFmt::Wu, rne()), (0, 0x01));
        // WU results are sign-extended: 3e9 -> 0xffff_ffff_b2d0_5e00.
        let three_e9 = F64::from_bits(0x41e6_5a0b_c000_0000);
        assert_eq!(to_int(three_e9, IntFmt::Wu, rne()), (0xffff_ffff_b2d0_5e00, 0));
    }

    #[test]
    fn min_max_follow_minimum_number() {
        let (one, two) = (F32::from_bits(0x3f80_0000), F32::from_bits(0x4000_0000));
        let qnan = F32::from_bits(0x7fc0_0001);
        let snan = F32::from_bits(0x7f80_0001);
        assert_eq!(min_max(one, two, false), (one.boxed(), 0));
        assert_eq!(min_max(one, two, true), (two.boxed(), 0));
        assert_eq!(min_max(qnan, two, false), (two.boxed(), 0));
        assert_eq!(min_max(snan, two, true), (two.boxed(), FLAG_NV));
        assert_eq!(min_max(snan, qnan, true), (0xffff_ffff_7fc0_0000, FLAG_NV));
        let (pz, nz) = (F64::from_bits(0), F64::from_bits(1 << 63));
        assert_eq!(min_max(pz, nz, false).0, 1 << 63);
        assert_eq!(min_max(nz, pz, true).0, 0);
        let (pz, nz) = (F32::from_bits(0), F32::from_bits(0x8000_0000));
        assert_eq!(min_max(nz, pz, false).0, 0xffff_ffff_8000_0000);
        assert_eq!(min_max(pz, nz, false).0, 0xffff_ffff_8000_0000);
        assert_eq!(min_max(nz, pz, true).0, 0xffff_ffff_0000_0000);
    }

    #[test]
    fn rmm_rounds_ties_away() {
        // 2.5 -> 3 under RMM, 2 under RNE; -2.5 -> -3.
        let x = F64::from_bits(0x4004_0000_0000_0000);
        assert_eq!(to_int(x, IntFmt::L, RoundingMode::TiesToAway), (3, 0x01));
        assert_eq!(to_int(x, IntFmt::L, rne()), (2, 0x01));
        assert_eq!(to_int(x.negated(), IntFmt::L, RoundingMode::TiesToAway).0, -3i64 as u64);
        // 1 + 2^-24 in single: a tie between 1 and 1 + 2^-23; RMM goes away from zero.
        let (r, _) = from_int::<F32>(0x0100_0001, IntFmt::W, RoundingMode::TiesToAway);
        assert_eq!(r as u32, 0x4b80_0001);
        let (r, _) = from_int::<F32>(0x0100_0001, IntFmt::W, rne());
        assert_eq!(r as u32, 0x4b80_0000);
    }

    #[test]
    fn fma_rounds_once_and_classes() {
        // (1 + 2^-52) * (1 - 2^-52) - 1 = -2^-104 exactly with one rounding.
        let a = 0x3ff0_0000_0000_0001;
        let b = 0x3fef_ffff_ffff_fffe;
        let c = 0x3ff0_0000_0000_0000;
        let (r, flags) = fma::<F64>(FmaOp::Msub, a, b, c, rne());
        assert_eq!((r, flags), (0xb970_0000_0000_0000, 0));
        // inf * 0 + qNaN raises NV (RISC-V requires it).
        let (r, flags) = fma::<F64>(FmaOp::Madd, 0x7ff0 << 48, 0, CANONICAL_NAN_D, rne());
        assert_eq!((r, flags), (CANONICAL_NAN_D, FLAG_NV));
        assert_eq!(classify(F64::from_bits(1 << 63)), 1 << 3);
        assert_eq!(classify(F32::from_bits(0x7f80_0001)), 1 << 8);
        assert_eq!(classify(F32::from_bits(0x0000_0001)), 1 << 5);
        assert_eq!(classify(F32::from_bits(0xff80_0000)), 1 << 0);
    }

    #[test]
    fn halves_are_nan_boxed_and_convert() {
        let one_h = 0xffff_ffff_ffff_3c00;
        assert_eq!(F16::unbox(one_h).to_bits(), 0x3c00);
        // Bits 63:16 not all ones: the canonical half NaN.
        assert_eq!(F16::unbox(0xffff_ffff_0000_3c00).to_bits(), CANONICAL_NAN_H);
        assert_eq!(F16::unbox(0x7fff_ffff_ffff_3c00).to_bits(), CANONICAL_NAN_H);
        assert_eq!(arith::<F16>(FpOp::Add, one_h, one_h, rne()), (0xffff_ffff_ffff_4000, 0));
        assert_eq!(arith::<F16>(FpOp::Add, one_h, 0x3c00, rne()), (0xffff_ffff_ffff_7e00, 0));
        // 65504 + 65504 overflows: OF and NX.
        let max = F16::from_bits(0x7bff).boxed();
        assert_eq!(arith::<F16>(FpOp::Add, max, max, rne()), (0xffff_ffff_ffff_7c00, 0x05));
        // 1/3 single -> half rounds (inexact); half -> double is exact; an sNaN gives
        // the canonical NaN of the destination with NV.
        let third = F32::from_bits(0x3eaa_aaab).boxed();
        assert_eq!(convert(FpFmt::S, FpFmt::H, third, rne()), (0xffff_ffff_ffff_3555, 0x01));
        assert_eq!(convert(FpFmt::H, FpFmt::D, one_h, rne()), (0x3ff0 << 48, 0));
        let snan_h = F16::from_bits(0x7c01).boxed();
        assert_eq!(convert(FpFmt::H, FpFmt::D, snan_h, rne()), (CANONICAL_NAN_D, FLAG_NV));
        assert_eq!(convert(FpFmt::H, FpFmt::S, snan_h, rne()).0 as u32, CANONICAL_NAN_S);
        // An improperly boxed single converts as the canonical single NaN: no NV.
        assert_eq!(convert(FpFmt::S, FpFmt::H, 0x3f80_0000, rne()), (0xffff_ffff_ffff_7e00, 0));
        assert_eq!(reg_to_int::<F16>(max, IntFmt::W, rne()), (65504, 0));
        assert_eq!(reg_to_int::<F16>(0x3c00, IntFmt::L, rne()), (i64::MAX as u64, FLAG_NV));
        assert_eq!(classify(F16::from_bits(0x7c01)), 1 << 8);
        assert_eq!(classify(F16::from_bits(0x0001)), 1 << 5);
        assert_eq!(classify(F16::from_bits(0xfc00)), 1 << 0);
        let (qnan, snan) = (F16::from_bits(0x7e01), F16::from_bits(0x7c01));
        assert_eq!(min_max(qnan, snan, false), (0xffff_ffff_ffff_7e00, FLAG_NV));
    }
}
