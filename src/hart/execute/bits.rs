//! Bit manipulation (Zba, Zbb, Zbc, Zbs), the scalar-crypto bit operations (Zbkb, Zbkx)
//! and Zicond, RV64 forms: pure functions of the operand values.
//!
//! Semantics follow the unprivileged spec, chapter "B Extension for Bit Manipulation"
//! (each instruction's operation pseudocode), the scalar cryptography spec's Zbkb/Zbkx
//! instructions (`pack`, `packh`, `packw`, `brev8`, `xperm4`, `xperm8`) and "Zicond".
//! Shift amounts and bit indices use the low 6 bits (5 for the `*W` forms), as the
//! spec's `shamt = rs2[log2(XLEN)-1..0]` says; `*.UW` forms zero-extend rs1's low word.

use crate::isa::{BitOp, UnaryOp};

#[inline(always)]
fn zext32(a: u64) -> u64 {
    a & 0xffff_ffff
}

#[inline(always)]
fn sext32(a: u32) -> u64 {
    a as i32 as i64 as u64
}

/// The 128-bit carry-less product of `a` and `b` (as (high, low)).
pub(crate) fn clmul128(a: u64, b: u64) -> (u64, u64) {
    let (mut hi, mut lo) = (0u64, 0u64);
    for i in 0..64 {
        if (b >> i) & 1 != 0 {
            lo ^= a << i;
            // Bits shifted out of the low word; none for i = 0.
            if i != 0 {
                hi ^= a >> (64 - i);
            }
        }
    }
    (hi, lo)
}

/// XPERM4/XPERM8: each `width`-bit element of `b` indexes an element of `a`; an index
/// past the end of the register gives 0 (Zbkx).
fn xperm(a: u64, b: u64, width: u32) -> u64 {
    let mask = (1u64 << width) - 1;
    let count = 64 / width;
    let mut r = 0u64;
    for i in 0..count {
        let idx = (b >> (i * width)) & mask;
        if idx < u64::from(count) {
            r |= ((a >> (idx as u32 * width)) & mask) << (i * width);
        }
    }
    r
}

/// ORC.B: each byte becomes 0xff if it was nonzero, else 0.
fn orc_b(a: u64) -> u64 {
    let mut r = 0u64;
    for i in 0..8 {
        if (a >> (8 * i)) & 0xff != 0 {
            r |= 0xff << (8 * i);
        }
    }
    r
}

/// BREV8: the bits of each byte reversed, bytes in place.
fn brev8(a: u64) -> u64 {
    u64::from_le_bytes(a.to_le_bytes().map(u8::reverse_bits))
}

/// `rd` of a two-operand operation; `b` is rs2 or the immediate.
#[inline(always)]
pub(crate) fn bit_op(op: BitOp, a: u64, b: u64) -> u64 {
    let sh = (b & 63) as u32;
    match op {
        BitOp::AddUw => b.wrapping_add(zext32(a)),
        BitOp::Sh1add => b.wrapping_add(a << 1),
        BitOp::Sh2add => b.wrapping_add(a << 2),
        BitOp::Sh3add => b.wrapping_add(a << 3),
        BitOp::Sh1addUw => b.wrapping_add(zext32(a) << 1),
        BitOp::Sh2addUw => b.wrapping_add(zext32(a) << 2),
        BitOp::Sh3addUw => b.wrapping_add(zext32(a) << 3),
        BitOp::SllUw => zext32(a) << sh,
        BitOp::Andn => a & !b,
        BitOp::Orn => a | !b,
        BitOp::Xnor => !(a ^ b),
        BitOp::Max => (a as i64).max(b as i64) as u64,
        BitOp::Maxu => a.max(b),
        BitOp::Min => (a as i64).min(b as i64) as u64,
        BitOp::Minu => a.min(b),
        BitOp::Rol => a.rotate_left(sh),
        BitOp::Ror => a.rotate_right(sh),
        BitOp::Rolw => sext32((a as u32).rotate_left(sh & 31)),
        BitOp::Rorw => sext32((a as u32).rotate_right(sh & 31)),
        BitOp::Clmul => clmul128(a, b).1,
        BitOp::Clmulh => clmul128(a, b).0,
        // Bits 126..63 of the product.
        BitOp::Clmulr => {
            let (hi, lo) = clmul128(a, b);
            (hi << 1) | (lo >> 63)
        }
        BitOp::Bclr => a & !(1 << sh),
        BitOp::Bext => (a >> sh) & 1,
        BitOp::Binv => a ^ (1 << sh),
        BitOp::Bset => a | (1 << sh),
        BitOp::Pack => zext32(a) | (b << 32),
        BitOp::Packh => (a & 0xff) | ((b & 0xff) << 8),
        BitOp::Packw => sext32(((a & 0xffff) | ((b & 0xffff) << 16)) as u32),
        BitOp::Xperm4 => xperm(a, b, 4),
        BitOp::Xperm8 => xperm(a, b, 8),
        BitOp::CzeroEqz => {
            if b == 0 {
                0
            } else {
                a
            }
        }
        BitOp::CzeroNez => {
            if b != 0 {
                0
            } else {
                a
            }
        }
    }
}

/// `rd` of a one-operand operation.
#[inline(always)]
pub(crate) fn unary_op(op: UnaryOp, a: u64) -> u64 {
    match op {
        UnaryOp::Clz => u64::from(a.leading_zeros()),
        UnaryOp::Clzw => u64::from((a as u32).leading_zeros()),
        UnaryOp::Ctz => u64::from(a.trailing_zeros()),
        UnaryOp::Ctzw => u64::from((a as u32).trailing_zeros()),
        UnaryOp::Cpop => u64::from(a.count_ones()),
        UnaryOp::Cpopw => u64::from((a as u32).count_ones()),
        UnaryOp::SextB => a as i8 as i64 as u64,
        UnaryOp::SextH => a as i16 as i64 as u64,
        UnaryOp::ZextH => a & 0xffff,
        UnaryOp::OrcB => orc_b(a),
        UnaryOp::Rev8 => a.swap_bytes(),
        UnaryOp::Brev8 => brev8(a),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Carry-less product by the definition (polynomial multiplication over GF(2)),
    /// bit by bit, as a check of the word-wise [`clmul128`].
    fn clmul_reference(a: u64, b: u64) -> u128 {
        let mut r = 0u128;
        for i in 0..64 {
            for j in 0..64 {
                if (a >> i) & 1 != 0 && (b >> j) & 1 != 0 {
                    r ^= 1u128 << (i + j);
                }
            }
        }
        r
    }

    #[test]
    fn carry_less_multiplication() {
        // x^2+x+1 squared = x^4+x^2+1 (no carries): 0b111 * 0b111 = 0b10101.
        assert_eq!(bit_op(BitOp::Clmul, 7, 7), 0b10101);
        assert_eq!(bit_op(BitOp::Clmulh, 7, 7), 0);
        // x^63 * x^63 = x^126: high word bit 62; clmulr gives bits 126..63 -> bit 63.
        let top = 1u64 << 63;
        assert_eq!(bit_op(BitOp::Clmul, top, top), 0);
        assert_eq!(bit_op(BitOp::Clmulh, top, top), 1 << 62);
        assert_eq!(bit_op(BitOp::Clmulr, top, top), 1 << 63);
        // All ones times all ones: x^i terms cancel in pairs; bit k of the product is
        // the parity of the number of (i, j) with i + j = k, i.e. of min(k, 126-k) + 1.
        let ones = u64::MAX;
        assert_eq!(bit_op(BitOp::Clmul, ones, ones), 0x5555_5555_5555_5555);
        assert_eq!(bit_op(BitOp::Clmulh, ones, ones), 0x5555_5555_5555_5555);
        assert_eq!(bit_op(BitOp::Clmulr, ones, ones), 0xaaaa_aaaa_aaaa_aaaa);
        let mut s = 0x1234_5678_9abc_def1u64;
        for _ in 0..200 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            let (a, b) = (s, s.rotate_left(23) ^ 0x0f0f_0f0f_0f0f_0f0f);
            let r = clmul_reference(a, b);
            assert_eq!(bit_op(BitOp::Clmul, a, b), r as u64);
            assert_eq!(bit_op(BitOp::Clmulh, a, b), (r >> 64) as u64);
            assert_eq!(bit_op(BitOp::Clmulr, a, b), (r >> 63) as u64);
        }
    }

    #[test]
    fn byte_operations() {
        assert_eq!(unary_op(UnaryOp::OrcB, 0x0001_0000_8000_00ff), 0x00ff_0000_ff00_00ff);
        assert_eq!(unary_op(UnaryOp::OrcB, 0), 0);
        assert_eq!(unary_op(UnaryOp::Rev8, 0x0102_0304_0506_0708), 0x0807_0605_0403_0201);
        assert_eq!(unary_op(UnaryOp::Brev8, 0x0102_0304_0506_0780), 0x8040_c020_a060_e001);
        assert_eq!(unary_op(UnaryOp::Brev8, u64::MAX), u64::MAX);
        assert_eq!(unary_op(UnaryOp::SextB, 0x80), 0xffff_ffff_ffff_ff80);
        assert_eq!(unary_op(UnaryOp::SextH, 0x1234_7fff), 0x7fff);
        assert_eq!(unary_op(UnaryOp::ZextH, u64::MAX), 0xffff);
    }

    #[test]
    fn counts() {
        assert_eq!(unary_op(UnaryOp::Clz, 0), 64);
        assert_eq!(unary_op(UnaryOp::Clzw, 0xffff_ffff_0000_0000), 32);
        assert_eq!(unary_op(UnaryOp::Ctz, 0), 64);
        assert_eq!(unary_op(UnaryOp::Ctzw, 0x1_0000_0000), 32);
        assert_eq!(unary_op(UnaryOp::Cpop, u64::MAX), 64);
        assert_eq!(unary_op(UnaryOp::Cpopw, u64::MAX), 32);
        assert_eq!(unary_op(UnaryOp::Clz, 1), 63);
    }

    #[test]
    fn crossbar_permutations() {
        // xperm8 with indices 7..0 reverses the bytes; index >= 8 gives 0.
        let a = 0x0807_0605_0403_0201;
        assert_eq!(bit_op(BitOp::Xperm8, a, 0x0001_0203_0405_0607), 0x0102_0304_0506_0708);
        assert_eq!(bit_op(BitOp::Xperm8, a, 0x0808_ff10_0000_0000), 0x0000_0000_0101_0101);
        // xperm4: every 4-bit index is in range on RV64.
        let a = 0xfedc_ba98_7654_3210;
        assert_eq!(bit_op(BitOp::Xperm4, a, 0x0123_4567_89ab_cdef), 0x0123_4567_89ab_cdef);
        assert_eq!(bit_op(BitOp::Xperm4, 0x1234_5678_9abc_def0, 0x0000_0000_0000_000f), 1);
        assert_eq!(bit_op(BitOp::Xperm4, 0xa000_0000_0000_0000, u64::MAX), 0xaaaa_aaaa_aaaa_aaaa);
    }

    #[test]
    fn packing() {
        let (a, b) = (0x1111_2222_3333_4444, 0x5555_6666_7777_8888);
        assert_eq!(bit_op(BitOp::Pack, a, b), 0x7777_8888_3333_4444);
        assert_eq!(bit_op(BitOp::Packh, a, b), 0x8844);
        assert_eq!(bit_op(BitOp::Packw, a, b), 0xffff_ffff_8888_4444);
        assert_eq!(bit_op(BitOp::Packw, a, 0x7fff), 0x7fff_4444);
    }

    #[test]
    fn address_generation_and_single_bits() {
        let a = 0xffff_ffff_8000_0001;
        assert_eq!(bit_op(BitOp::AddUw, a, 1), 0x8000_0002);
        assert_eq!(bit_op(BitOp::Sh3addUw, a, 0), 0x4_0000_0008);
        assert_eq!(bit_op(BitOp::Sh1add, a, 0), 0xffff_ffff_0000_0002);
        assert_eq!(bit_op(BitOp::SllUw, a, 63), 1 << 63);
        assert_eq!(bit_op(BitOp::Bext, 1 << 63, 127), 1, "index taken mod 64");
        assert_eq!(bit_op(BitOp::Bset, 0, 64), 1);
        assert_eq!(bit_op(BitOp::Rolw, 0x8000_0000, 33), 1);
        assert_eq!(bit_op(BitOp::Rorw, 1, 1), 0xffff_ffff_8000_0000);
        assert_eq!(bit_op(BitOp::Ror, 1, 64), 1);
        assert_eq!(bit_op(BitOp::CzeroEqz, 5, 0), 0);
        assert_eq!(bit_op(BitOp::CzeroNez, 5, 0), 5);
    }
}
