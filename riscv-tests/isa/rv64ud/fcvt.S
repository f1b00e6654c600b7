# fcvt: FCVT.D.W/WU/L/LU and FCVT.S.D/FCVT.D.S
# Expected values were computed with exact rational arithmetic from the
# IEEE 754 rules the F/D chapters require (results rounded once, tininess
# after rounding, canonical NaNs) and checked on QEMU.
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # fcvt.d.w/wu/l/lu: exact and rounded conversions
  TEST_INT_FP(2, fcvt.d.w, 0x0, 0x0, 0x0)
  TEST_INT_FP(3, fcvt.d.w, 0x0, 0xbff0000000000000, 0xffffffffffffffff)
  TEST_INT_FP(4, fcvt.d.w, 0x0, 0x41dfffffffc00000, 0x7fffffff)
  TEST_INT_FP(5, fcvt.d.w, 0x0, 0xc1e0000000000000, 0xffffffff80000000)
  TEST_INT_FP(6, fcvt.d.wu, 0x0, 0x41efffffffe00000, 0xffffffff)
  TEST_INT_FP(7, fcvt.d.wu, 0x0, 0x41efffffffe00000, 0xffffffffffffffff)
  TEST_INT_FP(8, fcvt.d.l, 0x1, 0x43e0000000000000, 0x7fffffffffffffff)
  TEST_INT_FP(9, fcvt.d.l, 0x0, 0xc3e0000000000000, 0x8000000000000000)
  TEST_INT_FP(10, fcvt.d.l, 0x0, 0x4170000010000000, 0x1000001)
  TEST_INT_FP(11, fcvt.d.lu, 0x1, 0x43f0000000000000, 0xffffffffffffffff)
  TEST_INT_FP(12, fcvt.d.lu, 0x0, 0x4008000000000000, 0x3)
  TEST_INT_FP(13, fcvt.d.w, 0x0, 0x4170000010000000, 0x1000001)
  TEST_INT_FP(14, fcvt.d.w, 0x0, 0x4008000000000000, 0xffffffff00000003)
  # fcvt.d.s is exact; fcvt.s.d rounds; NaNs become the canonical NaN
  TEST_FP_CASE(15, 0, a4, 0x3ff0000000000000, li a1, 0x3f800000; fmv.w.x f1, a1; fcvt.d.s f4, f1; fmv.x.d a4, f4)
  TEST_FP_CASE(16, 0, a4, 0x3fd5555560000000, li a1, 0x3eaaaaab; fmv.w.x f1, a1; fcvt.d.s f4, f1; fmv.x.d a4, f4)
  TEST_FP_CASE(17, 0, a4, 0x36a0000000000000, li a1, 0x1; fmv.w.x f1, a1; fcvt.d.s f4, f1; fmv.x.d a4, f4)
  TEST_FP_CASE(18, 0, a4, 0xfff0000000000000, li a1, 0xff800000; fmv.w.x f1, a1; fcvt.d.s f4, f1; fmv.x.d a4, f4)
  TEST_FP_CASE(19, 0, a4, 0x7ff8000000000000, li a1, 0x7fc12345; fmv.w.x f1, a1; fcvt.d.s f4, f1; fmv.x.d a4, f4)
  TEST_FP_CASE(20, NV, a4, 0x7ff8000000000000, li a1, 0x7f800001; fmv.w.x f1, a1; fcvt.d.s f4, f1; fmv.x.d a4, f4)
  # an improperly NaN-boxed single operand reads as the canonical NaN
  TEST_FP_CASE(21, 0, a4, 0x7ff8000000000000, li a1, 0x3f800000; fmv.d.x f1, a1; fcvt.d.s f4, f1; fmv.x.d a4, f4)
  TEST_FP_CASE(22, 0x0, a4, 0xffffffff3f800000, li a1, 0x3ff0000000000000; fmv.d.x f1, a1; fcvt.s.d f4, f1, rne; fmv.x.d a4, f4)
  TEST_FP_CASE(23, 0x1, a4, 0xffffffff3eaaaaab, li a1, 0x3fd5555555555555; fmv.d.x f1, a1; fcvt.s.d f4, f1, rne; fmv.x.d a4, f4)
  TEST_FP_CASE(24, 0x1, a4, 0xffffffff3eaaaaaa, li a1, 0x3fd5555555555555; fmv.d.x f1, a1; fcvt.s.d f4, f1, rtz; fmv.x.d a4, f4)
  TEST_FP_CASE(25, 0x1, a4, 0xffffffff3eaaaaaa, li a1, 0x3fd5555555555555; fmv.d.x f1, a1; fcvt.s.d f4, f1, rdn; fmv.x.d a4, f4)
  TEST_FP_CASE(26, 0x1, a4, 0xffffffff3eaaaaab, li a1, 0x3fd5555555555555; fmv.d.x f1, a1; fcvt.s.d f4, f1, rup; fmv.x.d a4, f4)
  TEST_FP_CASE(27, 0x1, a4, 0xffffffff3eaaaaab, li a1, 0x3fd5555555555555; fmv.d.x f1, a1; fcvt.s.d f4, f1, rmm; fmv.x.d a4, f4)
  TEST_FP_CASE(28, 0x5, a4, 0xffffffff7f800000, li a1, 0x7fefffffffffffff; fmv.d.x f1, a1; fcvt.s.d f4, f1, rne; fmv.x.d a4, f4)
  TEST_FP_CASE(29, 0x3, a4, 0xffffffff00000000, li a1, 0x10000000000000; fmv.d.x f1, a1; fcvt.s.d f4, f1, rne; fmv.x.d a4, f4)
  TEST_FP_CASE(30, 0x0, a4, 0xffffffff00800000, li a1, 0x3810000000000000; fmv.d.x f1, a1; fcvt.s.d f4, f1, rne; fmv.x.d a4, f4)
  TEST_FP_CASE(31, 0x0, a4, 0xffffffff00000001, li a1, 0x36a0000000000000; fmv.d.x f1, a1; fcvt.s.d f4, f1, rne; fmv.x.d a4, f4)
  TEST_FP_CASE(32, 0x0, a4, 0xffffffff80000000, li a1, 0x8000000000000000; fmv.d.x f1, a1; fcvt.s.d f4, f1, rne; fmv.x.d a4, f4)
  TEST_FP_CASE(33, 0, a4, 0xffffffff7fc00000, li a1, 0x7ff800000000beef; fmv.d.x f1, a1; fcvt.s.d f4, f1; fmv.x.d a4, f4)
  TEST_FP_CASE(34, NV, a4, 0xffffffff7fc00000, li a1, 0x7ff0000000000001; fmv.d.x f1, a1; fcvt.s.d f4, f1; fmv.x.d a4, f4)
  TEST_FP_CASE(35, 0, a4, 0xffffffffff800000, li a1, 0xfff0000000000000; fmv.d.x f1, a1; fcvt.s.d f4, f1; fmv.x.d a4, f4)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
