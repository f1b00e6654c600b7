# fclass: FCLASS.D
# Expected values were computed with exact rational arithmetic from the
# IEEE 754 rules the F/D chapters require (results rounded once, tininess
# after rounding, canonical NaNs) and checked on QEMU.
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # one bit per class: -inf, -normal, -subnormal, -0, +0, +subnormal, +normal, +inf, sNaN, qNaN
  TEST_FP_INT1(2, D, fclass.d, 0, 0x1, 0xfff0000000000000)
  TEST_FP_INT1(3, D, fclass.d, 0, 0x2, 0xbff0000000000000)
  TEST_FP_INT1(4, D, fclass.d, 0, 0x4, 0x8000000000000001)
  TEST_FP_INT1(5, D, fclass.d, 0, 0x8, 0x8000000000000000)
  TEST_FP_INT1(6, D, fclass.d, 0, 0x10, 0x0)
  TEST_FP_INT1(7, D, fclass.d, 0, 0x20, 0x1)
  TEST_FP_INT1(8, D, fclass.d, 0, 0x40, 0x10000000000000)
  TEST_FP_INT1(9, D, fclass.d, 0, 0x40, 0x7fefffffffffffff)
  TEST_FP_INT1(10, D, fclass.d, 0, 0x80, 0x7ff0000000000000)
  TEST_FP_INT1(11, D, fclass.d, 0, 0x100, 0x7ff0000000000001)
  TEST_FP_INT1(12, D, fclass.d, 0, 0x100, 0xfff0000000000001)
  TEST_FP_INT1(13, D, fclass.d, 0, 0x200, 0x7ff8000000000000)
  TEST_FP_INT1(14, D, fclass.d, 0, 0x200, 0xfff800000000beef)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
