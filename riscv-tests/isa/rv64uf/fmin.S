# fmin: FMIN.S, FMAX.S
# Expected values were computed with exact rational arithmetic from the
# IEEE 754 rules the F/D chapters require (results rounded once, tininess
# after rounding, canonical NaNs) and checked on QEMU.
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # minimumNumber / maximumNumber (2019 rules): a NaN operand is ignored,
  # two NaNs give the canonical NaN, a signalling NaN raises NV, -0 < +0
  TEST_FP2(2, S, fmin.s, 0, 0xffffffff3f800000, 0x3f800000, 0x40000000)
  TEST_FP2(3, S, fmin.s, 0, 0xffffffff3f800000, 0x40000000, 0x3f800000)
  TEST_FP2(4, S, fmin.s, 0, 0xffffffffbf800000, 0xbf800000, 0x3f800000)
  TEST_FP2(5, S, fmin.s, 0, 0xffffffffbf800000, 0xbf800000, 0x7f7fffff)
  TEST_FP2(6, S, fmin.s, 0, 0xffffffff80000000, 0x0, 0x80000000)
  TEST_FP2(7, S, fmin.s, 0, 0xffffffff80000000, 0x80000000, 0x0)
  TEST_FP2(8, S, fmin.s, 0, 0xffffffff3f800000, 0x7fc12345, 0x3f800000)
  TEST_FP2(9, S, fmin.s, 0, 0xffffffff3f800000, 0x3f800000, 0x7fc12345)
  TEST_FP2(10, S, fmin.s, NV, 0xffffffff3f800000, 0x7f800001, 0x3f800000)
  TEST_FP2(11, S, fmin.s, NV, 0xffffffff3f800000, 0x3f800000, 0x7f800001)
  TEST_FP2(12, S, fmin.s, 0, 0xffffffff7fc00000, 0x7fc12345, 0x7fc12345)
  TEST_FP2(13, S, fmin.s, NV, 0xffffffff7fc00000, 0x7f800001, 0x7fc00000)
  TEST_FP2(14, S, fmax.s, 0, 0xffffffff40000000, 0x3f800000, 0x40000000)
  TEST_FP2(15, S, fmax.s, 0, 0xffffffff40000000, 0x40000000, 0x3f800000)
  TEST_FP2(16, S, fmax.s, 0, 0xffffffff3f800000, 0xbf800000, 0x3f800000)
  TEST_FP2(17, S, fmax.s, 0, 0xffffffff7f7fffff, 0xbf800000, 0x7f7fffff)
  TEST_FP2(18, S, fmax.s, 0, 0xffffffff00000000, 0x0, 0x80000000)
  TEST_FP2(19, S, fmax.s, 0, 0xffffffff00000000, 0x80000000, 0x0)
  TEST_FP2(20, S, fmax.s, 0, 0xffffffff3f800000, 0x7fc12345, 0x3f800000)
  TEST_FP2(21, S, fmax.s, 0, 0xffffffff3f800000, 0x3f800000, 0x7fc12345)
  TEST_FP2(22, S, fmax.s, NV, 0xffffffff3f800000, 0x7f800001, 0x3f800000)
  TEST_FP2(23, S, fmax.s, NV, 0xffffffff3f800000, 0x3f800000, 0x7f800001)
  TEST_FP2(24, S, fmax.s, 0, 0xffffffff7fc00000, 0x7fc12345, 0x7fc12345)
  TEST_FP2(25, S, fmax.s, NV, 0xffffffff7fc00000, 0x7f800001, 0x7fc00000)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
