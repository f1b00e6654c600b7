# fclass: FCLASS.S
# Expected values were computed with exact rational arithmetic from the
# IEEE 754 rules the F/D chapters require (results rounded once, tininess
# after rounding, canonical NaNs) and checked on QEMU.
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # one bit per class: -inf, -normal, -subnormal, -0, +0, +subnormal, +normal, +inf, sNaN, qNaN
  TEST_FP_INT1(2, S, fclass.s, 0, 0x1, 0xff800000)
  TEST_FP_INT1(3, S, fclass.s, 0, 0x2, 0xbf800000)
  TEST_FP_INT1(4, S, fclass.s, 0, 0x4, 0x80000001)
  TEST_FP_INT1(5, S, fclass.s, 0, 0x8, 0x80000000)
  TEST_FP_INT1(6, S, fclass.s, 0, 0x10, 0x0)
  TEST_FP_INT1(7, S, fclass.s, 0, 0x20, 0x1)
  TEST_FP_INT1(8, S, fclass.s, 0, 0x40, 0x800000)
  TEST_FP_INT1(9, S, fclass.s, 0, 0x40, 0x7f7fffff)
  TEST_FP_INT1(10, S, fclass.s, 0, 0x80, 0x7f800000)
  TEST_FP_INT1(11, S, fclass.s, 0, 0x100, 0x7f800001)
  TEST_FP_INT1(12, S, fclass.s, 0, 0x100, 0xff800001)
  TEST_FP_INT1(13, S, fclass.s, 0, 0x200, 0x7fc00000)
  TEST_FP_INT1(14, S, fclass.s, 0, 0x200, 0xffc12345)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
