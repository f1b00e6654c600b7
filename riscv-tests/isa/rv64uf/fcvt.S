# fcvt: FCVT.S.W/WU/L/LU
# Expected values were computed with exact rational arithmetic from the
# IEEE 754 rules the F/D chapters require (results rounded once, tininess
# after rounding, canonical NaNs) and checked on QEMU.
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # fcvt.s.w/wu/l/lu: exact and rounded conversions
  TEST_INT_FP(2, fcvt.s.w, 0x0, 0xffffffff00000000, 0x0)
  TEST_INT_FP(3, fcvt.s.w, 0x0, 0xffffffffbf800000, 0xffffffffffffffff)
  TEST_INT_FP(4, fcvt.s.w, 0x1, 0xffffffff4f000000, 0x7fffffff)
  TEST_INT_FP(5, fcvt.s.w, 0x0, 0xffffffffcf000000, 0xffffffff80000000)
  TEST_INT_FP(6, fcvt.s.wu, 0x1, 0xffffffff4f800000, 0xffffffff)
  TEST_INT_FP(7, fcvt.s.wu, 0x1, 0xffffffff4f800000, 0xffffffffffffffff)
  TEST_INT_FP(8, fcvt.s.l, 0x1, 0xffffffff5f000000, 0x7fffffffffffffff)
  TEST_INT_FP(9, fcvt.s.l, 0x0, 0xffffffffdf000000, 0x8000000000000000)
  TEST_INT_FP(10, fcvt.s.l, 0x1, 0xffffffff4b800000, 0x1000001)
  TEST_INT_FP(11, fcvt.s.lu, 0x1, 0xffffffff5f800000, 0xffffffffffffffff)
  TEST_INT_FP(12, fcvt.s.lu, 0x0, 0xffffffff40400000, 0x3)
  TEST_INT_FP(13, fcvt.s.w, 0x1, 0xffffffff4b800000, 0x1000001)
  TEST_INT_FP_RM(14, fcvt.s.w, rne, 0x1, 0xffffffff4b800000, 0x1000001)
  TEST_INT_FP_RM(15, fcvt.s.w, rtz, 0x1, 0xffffffff4b800000, 0x1000001)
  TEST_INT_FP_RM(16, fcvt.s.w, rdn, 0x1, 0xffffffff4b800000, 0x1000001)
  TEST_INT_FP_RM(17, fcvt.s.w, rup, 0x1, 0xffffffff4b800001, 0x1000001)
  TEST_INT_FP_RM(18, fcvt.s.w, rmm, 0x1, 0xffffffff4b800001, 0x1000001)
  TEST_INT_FP(19, fcvt.s.w, 0x0, 0xffffffff40400000, 0xffffffff00000003)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
