//! The M extension (unprivileged spec, "M Extension for Integer Multiplication and
//! Division"), including the defined results of division by zero and overflow (table
//! "Semantics for division by zero and division overflow").

use crate::isa::MulOp;

#[inline(always)]
pub(crate) fn muldiv(op: MulOp, a: u64, b: u64) -> u64 {
    match op {
        MulOp::Mul => a.wrapping_mul(b),
        MulOp::Mulh => ((a as i64 as i128 * b as i64 as i128) >> 64) as u64,
        MulOp::Mulhsu => ((a as i64 as i128).wrapping_mul(b as i128) >> 64) as u64,
        MulOp::Mulhu => ((a as u128 * b as u128) >> 64) as u64,
        MulOp::Div => {
            if b == 0 {
                u64::MAX
            } else {
                (a as i64).wrapping_div(b as i64) as u64
            }
        }
        MulOp::Divu => a.checked_div(b).unwrap_or(u64::MAX),
        MulOp::Rem => {
            if b == 0 {
                a
            } else {
                (a as i64).wrapping_rem(b as i64) as u64
            }
        }
        MulOp::Remu => {
            if b == 0 {
                a
            } else {
                a % b
            }
        }
    }
}

/// The W forms: operate on the low 32 bits, sign-extend the 32-bit result.
#[inline(always)]
pub(crate) fn muldiv32(op: MulOp, a: u64, b: u64) -> u64 {
    let (a, b) = (a as u32, b as u32);
    let r: u32 = match op {
        MulOp::Div => {
            if b == 0 {
                u32::MAX
            } else {
                (a as i32).wrapping_div(b as i32) as u32
            }
        }
        MulOp::Divu => a.checked_div(b).unwrap_or(u32::MAX),
        MulOp::Rem => {
            if b == 0 {
                a
            } else {
                (a as i32).wrapping_rem(b as i32) as u32
            }
        }
        MulOp::Remu => {
            if b == 0 {
                a
            } else {
                a % b
            }
        }
        // MULW; the decoder produces no other W multiply.
        _ => a.wrapping_mul(b),
    };
    r as i32 as i64 as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_edge_cases_follow_the_spec_table() {
        let min = i64::MIN as u64;
        assert_eq!(muldiv(MulOp::Div, 7, 0), u64::MAX);
        assert_eq!(muldiv(MulOp::Rem, 7, 0), 7);
        assert_eq!(muldiv(MulOp::Divu, 7, 0), u64::MAX);
        assert_eq!(muldiv(MulOp::Remu, 7, 0), 7);
        assert_eq!(muldiv(MulOp::Div, min, u64::MAX), min);
        assert_eq!(muldiv(MulOp::Rem, min, u64::MAX), 0);
        assert_eq!(muldiv32(MulOp::Div, 0x8000_0000, u64::MAX), 0xffff_ffff_8000_0000);
        assert_eq!(muldiv32(MulOp::Rem, 0x8000_0000, u64::MAX), 0);
        assert_eq!(muldiv32(MulOp::Divu, 5, 0), u64::MAX);
        assert_eq!(muldiv32(MulOp::Remu, 0xffff_fff5, 0), 0xffff_ffff_ffff_fff5);
    }

    #[test]
    fn high_multiplies_with_mixed_signs() {
        assert_eq!(muldiv(MulOp::Mulh, u64::MAX, u64::MAX), 0);
        assert_eq!(muldiv(MulOp::Mulhu, u64::MAX, u64::MAX), u64::MAX - 1);
        assert_eq!(muldiv(MulOp::Mulhsu, u64::MAX, u64::MAX), u64::MAX);
        assert_eq!(muldiv(MulOp::Mulhsu, 2, u64::MAX), 1);
        assert_eq!(muldiv32(MulOp::Mul, 0x1_0000_0002, 0x8000_0000), 0);
    }
}
