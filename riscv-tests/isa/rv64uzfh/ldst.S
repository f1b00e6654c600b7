# ldst: flh / fsh through the same memory path as integer loads and stores:
# bits move unchanged (signalling NaNs too, no flags); flh NaN-boxes (bits
# 63:16 all ones) and fsh stores the low 16 bits of any register, boxed or not
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  TEST_FP_CASE(2, 0, a4, HP(0x3c00), la a1, tdat; flh f1, 0(a1); fmv.x.d a4, f1)
  TEST_FP_CASE(3, 0, a4, HP(0xc248), la a1, tdat; flh f1, 2(a1); fmv.x.d a4, f1)
  TEST_FP_CASE(4, 0, a4, HP(0x7c01), la a1, tdat; flh f1, 4(a1); fmv.x.d a4, f1)
  # negative offset
  TEST_FP_CASE(5, 0, a4, HP(0x3c00), la a1, tdat; addi a1, a1, 2; flh f1, -2(a1); fmv.x.d a4, f1)
  # store then load back, and read the stored bits with an integer load
  TEST_FP_CASE(6, 0, a4, 0xc248, la a1, tdat; flh f1, 2(a1); fsh f1, 6(a1); lhu a4, 6(a1))
  TEST_FP_CASE(7, 0, a4, HP(0x7c01), la a1, tdat; flh f1, 4(a1); fsh f1, 6(a1); flh f2, 6(a1); fmv.x.d a4, f2)
  # fsh of an unboxed register stores its low 16 bits unchanged
  TEST_FP_CASE(8, 0, a4, 0x4248, la a1, tdat; li a2, 0x123456789abc4248; fmv.d.x f1, a2; fsh f1, 6(a1); lhu a4, 6(a1))
  # fsh writes two bytes only
  TEST_FP_CASE(9, 0, a4, 0x42487c01, la a1, tdat; lwu a4, 4(a1))
  # flh overwrites all 64 bits of the register
  TEST_FP_CASE(10, 0, a4, HP(0x3c00), li a2, 0x1234567812345678; fmv.d.x f1, a2; la a1, tdat; flh f1, 0(a1); fmv.x.d a4, f1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 8
tdat:
  .half 0x3c00, 0xc248, 0x7c01, 0
RVTEST_DATA_END
