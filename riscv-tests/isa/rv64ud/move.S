# move: FMV.X.D / FMV.D.X and FSGNJ/FSGNJN/FSGNJX.D: all 64 bits move
# unchanged (NaNs included, no flags); a D operation on a NaN-boxed single
# sees the 64-bit pattern, and a single operation on the result of a D
# operation sees a canonical NaN unless the upper half is all ones.
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  TEST_FP_CASE(2, 0, a4, 0x123456789abcdef0, li a1, 0x123456789abcdef0; fmv.d.x f1, a1; fmv.x.d a4, f1)
  TEST_FP_CASE(3, 0, a4, 0x7ff0000000000001, li a1, 0x7ff0000000000001; fmv.d.x f1, a1; fmv.x.d a4, f1)
  TEST_FP2(4, D, fsgnj.d, 0, 0xbff0000000000000, 0x3ff0000000000000, 0x8000000000000000)
  TEST_FP2(5, D, fsgnjn.d, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xffffffffffffffff)
  TEST_FP2(6, D, fsgnjx.d, 0, 0x3ff0000000000000, 0xbff0000000000000, 0x8000000000000000)
  TEST_FP2(7, D, fsgnjx.d, 0, 0xfff0000000000001, 0x7ff0000000000001, 0x8000000000000000)
  TEST_FP2(8, D, fsgnjn.d, 0, 0x7ff8000000000001, 0x7ff8000000000001, 0xfff0000000000000)
  # fsgnjn.d on a boxed single clears bit 63: the register is no longer a boxed single
  TEST_FP_CASE(9, 0, a4, 0x7fffffff3f800000, li a1, 0x3f800000; fmv.w.x f1, a1; fsgnjn.d f2, f1, f1; fmv.x.d a4, f2)
  TEST_FP_CASE(10, 0, a4, SP(0x7fc00000), li a1, 0x3f800000; fmv.w.x f1, a1; fsgnjn.d f2, f1, f1; fsgnj.s f4, f2, f2; fmv.x.d a4, f4)
  # fsgnj.d keeps it boxed: the single operation sees 1.0
  TEST_FP_CASE(11, 0, a4, SP(0x40000000), li a1, 0x3f800000; fmv.w.x f1, a1; fsgnj.d f2, f1, f1; fadd.s f4, f2, f2; fmv.x.d a4, f4)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
