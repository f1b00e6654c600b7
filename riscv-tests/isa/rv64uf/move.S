# move: FMV.X.W / FMV.W.X and sign injection (FSGNJ/FSGNJN/FSGNJX.S): bits move
# unchanged, FMV.X.W sign-extends, FMV.W.X NaN-boxes, and an improperly
# NaN-boxed operand of FSGNJ* reads as the canonical NaN.  No flags, ever.
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # fmv.x.w sign-extends bit 31; fmv.w.x boxes (seen through fmv.x.d)
  TEST_FP_CASE(2, 0, a4, 0xffffffff80000001, li a1, 0x1234567880000001; fmv.w.x f1, a1; fmv.x.w a4, f1)
  TEST_FP_CASE(3, 0, a4, 0x7f800001, li a1, 0x7f800001; fmv.w.x f1, a1; fmv.x.w a4, f1)
  TEST_FP_CASE(4, 0, a4, 0xffffffff7f800001, li a1, 0x7f800001; fmv.w.x f1, a1; fmv.x.d a4, f1)
  # fmv.x.w of an unboxed register moves its low 32 bits as they are
  TEST_FP_CASE(5, 0, a4, 0x3f800000, li a1, 0x123456783f800000; fmv.d.x f1, a1; fmv.x.w a4, f1)
  # sign injection (signalling NaNs pass through, no NV)
  TEST_FP2(6, S, fsgnj.s, 0, SP(0xbf800000), 0x3f800000, 0x80000000)
  TEST_FP2(7, S, fsgnj.s, 0, SP(0x3f800000), 0xbf800000, 0x00000000)
  TEST_FP2(8, S, fsgnjn.s, 0, SP(0x3f800000), 0x3f800000, 0x80000000)
  TEST_FP2(9, S, fsgnjn.s, 0, SP(0xbf800000), 0x3f800000, 0x7fc00000)
  TEST_FP2(10, S, fsgnjx.s, 0, SP(0x3f800000), 0xbf800000, 0xbf800000)
  TEST_FP2(11, S, fsgnjx.s, 0, SP(0xff800001), 0x7f800001, 0x80000000)
  TEST_FP2(12, S, fsgnj.s, 0, SP(0xff800001), 0x7f800001, 0xffffffff)
  # an operand that is not NaN-boxed is the canonical NaN 0x7fc00000 (sign 0)
  TEST_FP_CASE(13, 0, a4, SP(0xffc00000), li a1, 0x3f800000; fmv.d.x f1, a1; li a2, 0xbf800000; fmv.w.x f2, a2; fsgnj.s f4, f1, f2; fmv.x.d a4, f4)
  TEST_FP_CASE(14, 0, a4, SP(0xbf800000), li a1, 0x3f800000; fmv.w.x f1, a1; li a2, 0x00000000bf800000; fmv.d.x f2, a2; fsgnjn.s f4, f1, f2; fmv.x.d a4, f4)
  TEST_FP_CASE(15, 0, a4, SP(0x7fc00000), li a1, 0xfffffffe3f800000; fmv.d.x f1, a1; fsgnj.s f4, f1, f1; fmv.x.d a4, f4)
  # fsgnj.s with rs1 = rs2 is fmv.s: a boxed value is copied exactly
  TEST_FP_CASE(16, 0, a4, SP(0x7f800001), li a1, 0x7f800001; fmv.w.x f1, a1; fsgnj.s f4, f1, f1; fmv.x.d a4, f4)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
