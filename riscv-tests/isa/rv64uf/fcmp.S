# fcmp: FEQ.S, FLT.S, FLE.S
# Expected values were computed with exact rational arithmetic from the
# IEEE 754 rules the F/D chapters require (results rounded once, tininess
# after rounding, canonical NaNs) and checked on QEMU.
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # FEQ is quiet (NV only for signalling NaNs); FLT and FLE signal on any NaN
  TEST_FP_INT2(2, S, feq.s, 0, 0, 0x3f800000, 0x40000000)
  TEST_FP_INT2(3, S, feq.s, 0, 0, 0x40000000, 0x3f800000)
  TEST_FP_INT2(4, S, feq.s, 0, 1, 0x3f800000, 0x3f800000)
  TEST_FP_INT2(5, S, feq.s, 0, 0, 0xbf800000, 0x3f800000)
  TEST_FP_INT2(6, S, feq.s, 0, 1, 0x0, 0x80000000)
  TEST_FP_INT2(7, S, feq.s, 0, 0, 0xff7fffff, 0x7f7fffff)
  TEST_FP_INT2(8, S, feq.s, 0, 0, 0x7fc00000, 0x3f800000)
  TEST_FP_INT2(9, S, feq.s, 0, 0, 0x3f800000, 0x7fc12345)
  TEST_FP_INT2(10, S, feq.s, NV, 0, 0x7f800001, 0x3f800000)
  TEST_FP_INT2(11, S, feq.s, 0, 0, 0x7fc00000, 0x7fc00000)
  TEST_FP_INT2(12, S, flt.s, 0, 1, 0x3f800000, 0x40000000)
  TEST_FP_INT2(13, S, flt.s, 0, 0, 0x40000000, 0x3f800000)
  TEST_FP_INT2(14, S, flt.s, 0, 0, 0x3f800000, 0x3f800000)
  TEST_FP_INT2(15, S, flt.s, 0, 1, 0xbf800000, 0x3f800000)
  TEST_FP_INT2(16, S, flt.s, 0, 0, 0x0, 0x80000000)
  TEST_FP_INT2(17, S, flt.s, 0, 1, 0xff7fffff, 0x7f7fffff)
  TEST_FP_INT2(18, S, flt.s, NV, 0, 0x7fc00000, 0x3f800000)
  TEST_FP_INT2(19, S, flt.s, NV, 0, 0x3f800000, 0x7fc12345)
  TEST_FP_INT2(20, S, flt.s, NV, 0, 0x7f800001, 0x3f800000)
  TEST_FP_INT2(21, S, flt.s, NV, 0, 0x7fc00000, 0x7fc00000)
  TEST_FP_INT2(22, S, fle.s, 0, 1, 0x3f800000, 0x40000000)
  TEST_FP_INT2(23, S, fle.s, 0, 0, 0x40000000, 0x3f800000)
  TEST_FP_INT2(24, S, fle.s, 0, 1, 0x3f800000, 0x3f800000)
  TEST_FP_INT2(25, S, fle.s, 0, 1, 0xbf800000, 0x3f800000)
  TEST_FP_INT2(26, S, fle.s, 0, 1, 0x0, 0x80000000)
  TEST_FP_INT2(27, S, fle.s, 0, 1, 0xff7fffff, 0x7f7fffff)
  TEST_FP_INT2(28, S, fle.s, NV, 0, 0x7fc00000, 0x3f800000)
  TEST_FP_INT2(29, S, fle.s, NV, 0, 0x3f800000, 0x7fc12345)
  TEST_FP_INT2(30, S, fle.s, NV, 0, 0x7f800001, 0x3f800000)
  TEST_FP_INT2(31, S, fle.s, NV, 0, 0x7fc00000, 0x7fc00000)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
