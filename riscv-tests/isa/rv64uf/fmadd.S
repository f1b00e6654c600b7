# fmadd: FMADD/FMSUB/FNMSUB/FNMADD.S: single rounding, signs, NV
# Expected values were computed with exact rational arithmetic from the
# IEEE 754 rules the F/D chapters require (results rounded once, tininess
# after rounding, canonical NaNs) and checked on QEMU.
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # fused: one rounding of a*b+c; the four sign variants
  TEST_FP3(2, S, fmadd.s, 0x0, 0xffffffff40a00000, 0x3f800000, 0x40000000, 0x40400000)
  TEST_FP3(3, S, fmadd.s, 0x1, 0xffffffff34800000, 0x3f800001, 0x3f800001, 0xbf800000)
  TEST_FP3(4, S, fmadd.s, 0x0, 0xffffffff33000000, 0x3eaaaaab, 0x40400000, 0xbf800000)
  TEST_FP3(5, S, fmadd.s, 0x0, 0xffffffff40880000, 0x40200000, 0x3fc00000, 0x3f000000)
  TEST_FP3(6, S, fmadd.s, 0x0, 0xffffffff7f7fffff, 0x7f7fffff, 0x40000000, 0xff7fffff)
  TEST_FP3(7, S, fmsub.s, 0x0, 0xffffffffbf800000, 0x3f800000, 0x40000000, 0x40400000)
  TEST_FP3(8, S, fmsub.s, 0x1, 0xffffffff40000001, 0x3f800001, 0x3f800001, 0xbf800000)
  TEST_FP3(9, S, fmsub.s, 0x1, 0xffffffff40000000, 0x3eaaaaab, 0x40400000, 0xbf800000)
  TEST_FP3(10, S, fmsub.s, 0x0, 0xffffffff40500000, 0x40200000, 0x3fc00000, 0x3f000000)
  TEST_FP3(11, S, fmsub.s, 0x5, 0xffffffff7f800000, 0x7f7fffff, 0x40000000, 0xff7fffff)
  TEST_FP3(12, S, fnmsub.s, 0x0, 0xffffffff3f800000, 0x3f800000, 0x40000000, 0x40400000)
  TEST_FP3(13, S, fnmsub.s, 0x1, 0xffffffffc0000001, 0x3f800001, 0x3f800001, 0xbf800000)
  TEST_FP3(14, S, fnmsub.s, 0x1, 0xffffffffc0000000, 0x3eaaaaab, 0x40400000, 0xbf800000)
  TEST_FP3(15, S, fnmsub.s, 0x0, 0xffffffffc0500000, 0x40200000, 0x3fc00000, 0x3f000000)
  TEST_FP3(16, S, fnmsub.s, 0x5, 0xffffffffff800000, 0x7f7fffff, 0x40000000, 0xff7fffff)
  TEST_FP3(17, S, fnmadd.s, 0x0, 0xffffffffc0a00000, 0x3f800000, 0x40000000, 0x40400000)
  TEST_FP3(18, S, fnmadd.s, 0x1, 0xffffffffb4800000, 0x3f800001, 0x3f800001, 0xbf800000)
  TEST_FP3(19, S, fnmadd.s, 0x0, 0xffffffffb3000000, 0x3eaaaaab, 0x40400000, 0xbf800000)
  TEST_FP3(20, S, fnmadd.s, 0x0, 0xffffffffc0880000, 0x40200000, 0x3fc00000, 0x3f000000)
  TEST_FP3(21, S, fnmadd.s, 0x0, 0xffffffffff7fffff, 0x7f7fffff, 0x40000000, 0xff7fffff)
  TEST_FP3_RM(22, S, fmadd.s, rne, 0x0, 0xffffffff33000000, 0x3eaaaaab, 0x40400000, 0xbf800000)
  TEST_FP3_RM(23, S, fmadd.s, rtz, 0x0, 0xffffffff33000000, 0x3eaaaaab, 0x40400000, 0xbf800000)
  TEST_FP3_RM(24, S, fmadd.s, rdn, 0x0, 0xffffffff33000000, 0x3eaaaaab, 0x40400000, 0xbf800000)
  TEST_FP3_RM(25, S, fmadd.s, rup, 0x0, 0xffffffff33000000, 0x3eaaaaab, 0x40400000, 0xbf800000)
  TEST_FP3_RM(26, S, fmadd.s, rmm, 0x0, 0xffffffff33000000, 0x3eaaaaab, 0x40400000, 0xbf800000)
  # invalid: inf*0 (NV even with a quiet NaN addend), inf-inf; NaN operands
  TEST_FP3(27, S, fmadd.s, NV, 0xffffffff7fc00000, 0x7f800000, 0, 0x7fc00000)
  TEST_FP3(28, S, fmadd.s, NV, 0xffffffff7fc00000, 0x7f800000, 0x3f800000, 0xff800000)
  TEST_FP3(29, S, fmadd.s, 0, 0xffffffff7fc00000, 0x3f800000, 0x3f800000, 0x7fc12345)
  TEST_FP3(30, S, fnmadd.s, NV, 0xffffffff7fc00000, 0x7f800001, 0x3f800000, 0x3f800000)
  # exact zero results: +0 (RNE), -0 with RDN; (-0)*x + (-0) = -0
  TEST_FP3(31, S, fmadd.s, 0, 0xffffffff00000000, 0x3f800000, 0x3f800000, 0xbf800000)
  TEST_FP3_RM(32, S, fmadd.s, rdn, 0, 0xffffffff80000000, 0x3f800000, 0x3f800000, 0xbf800000)
  TEST_FP3(33, S, fmadd.s, 0, 0xffffffff80000000, 0x80000000, 0x3f800000, 0x80000000)
  TEST_FP3(34, S, fnmadd.s, 0, 0xffffffff80000000, 0, 0x3f800000, 0)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
