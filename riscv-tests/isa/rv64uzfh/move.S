# move: FMV.X.H / FMV.H.X and sign injection (FSGNJ/FSGNJN/FSGNJX.H): bits
# move unchanged, FMV.X.H sign-extends bit 15, FMV.H.X NaN-boxes (bits 63:16
# all ones), and an operand whose bits 63:16 are not all ones reads as the
# canonical half NaN 0x7e00.  No flags, ever.
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # fmv.x.h sign-extends bit 15; fmv.h.x boxes (seen through fmv.x.d)
  TEST_FP_CASE(2, 0, a4, 0xffffffffffff8001, li a1, 0x1234567800008001; fmv.h.x f1, a1; fmv.x.h a4, f1)
  TEST_FP_CASE(3, 0, a4, 0x7c01, li a1, 0x7c01; fmv.h.x f1, a1; fmv.x.h a4, f1)
  TEST_FP_CASE(4, 0, a4, HP(0x7c01), li a1, 0x123456789abc7c01; fmv.h.x f1, a1; fmv.x.d a4, f1)
  # fmv.x.h of an unboxed register moves its low 16 bits as they are
  TEST_FP_CASE(5, 0, a4, 0x3c00, li a1, 0x123456789abc3c00; fmv.d.x f1, a1; fmv.x.h a4, f1)
  TEST_FP_CASE(6, 0, a4, 0xffffffffffffbc00, li a1, 0xbf80bc00; fmv.w.x f1, a1; fmv.x.h a4, f1)
  # sign injection (signalling NaNs pass through, no NV)
  TEST_FP2(7, H, fsgnj.h, 0, HP(0xbc00), 0x3c00, 0x8000)
  TEST_FP2(8, H, fsgnj.h, 0, HP(0x3c00), 0xbc00, 0x0000)
  TEST_FP2(9, H, fsgnjn.h, 0, HP(0x3c00), 0x3c00, 0x8000)
  TEST_FP2(10, H, fsgnjn.h, 0, HP(0xbc00), 0x3c00, 0x7e00)
  TEST_FP2(11, H, fsgnjx.h, 0, HP(0x3c00), 0xbc00, 0xbc00)
  TEST_FP2(12, H, fsgnjx.h, 0, HP(0xfc01), 0x7c01, 0x8000)
  TEST_FP2(13, H, fsgnj.h, 0, HP(0xfc01), 0x7c01, 0xffff)
  # an operand that is not NaN-boxed is the canonical NaN 0x7e00 (sign 0)
  TEST_FP_CASE(14, 0, a4, HP(0xfe00), li a1, 0x3f800000; fmv.w.x f1, a1; li a2, 0xbc00; fmv.h.x f2, a2; fsgnj.h f4, f1, f2; fmv.x.d a4, f4)
  TEST_FP_CASE(15, 0, a4, HP(0xbc00), li a1, 0x3c00; fmv.h.x f1, a1; li a2, 0xffffffff0000bc00; fmv.d.x f2, a2; fsgnjn.h f4, f1, f2; fmv.x.d a4, f4)
  TEST_FP_CASE(16, 0, a4, HP(0x7e00), li a1, 0xfffeffffffff3c00; fmv.d.x f1, a1; fsgnj.h f4, f1, f1; fmv.x.d a4, f4)
  # fsgnj.h with rs1 = rs2 is fmv.h: a boxed value is copied exactly
  TEST_FP_CASE(17, 0, a4, HP(0x7c01), li a1, 0x7c01; fmv.h.x f1, a1; fsgnj.h f4, f1, f1; fmv.x.d a4, f4)
  # a boxed half read as a single is the single 0xffffxxxx (here a quiet NaN)
  TEST_FP_CASE(18, 0, a4, QNAN_D, li a1, 0x3c00; fmv.h.x f1, a1; fcvt.d.s f4, f1; fmv.x.d a4, f4)
  # a boxed single read as a half: bits 31:16 not all ones, the canonical NaN
  TEST_FP_CASE(19, 0, a4, 0x7e00, li a1, 0x3f800000; fmv.w.x f1, a1; fadd.h f4, f1, f1; fmv.x.h a4, f4)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
