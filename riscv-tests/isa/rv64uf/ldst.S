# ldst: flw / fsw through the same memory path as integer loads and stores:
# bits move unchanged (signalling NaNs too, no flags); flw NaN-boxes and
# fsw stores the low 32 bits of any register, boxed or not
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  TEST_FP_CASE(2, 0, a4, SP(0x3f800000), la a1, tdat; flw f1, 0(a1); fmv.x.d a4, f1)
  TEST_FP_CASE(3, 0, a4, SP(0xc0490fdb), la a1, tdat; flw f1, 4(a1); fmv.x.d a4, f1)
  TEST_FP_CASE(4, 0, a4, SP(0x7f800001), la a1, tdat; flw f1, 8(a1); fmv.x.d a4, f1)
  # negative offset
  TEST_FP_CASE(5, 0, a4, SP(0x3f800000), la a1, tdat; addi a1, a1, 4; flw f1, -4(a1); fmv.x.d a4, f1)
  # store then load back, and read the stored bits with an integer load
  TEST_FP_CASE(6, 0, a4, 0xc0490fdb, la a1, tdat; flw f1, 4(a1); fsw f1, 12(a1); lwu a4, 12(a1); li t0, 0xffffffff; and a4, a4, t0)
  TEST_FP_CASE(7, 0, a4, SP(0x7f800001), la a1, tdat; flw f1, 8(a1); fsw f1, 12(a1); flw f2, 12(a1); fmv.x.d a4, f2)
  # fsw of an unboxed register stores its low 32 bits unchanged
  TEST_FP_CASE(8, 0, a4, 0x40490fdb, la a1, tdat; li a2, 0x1234567840490fdb; fmv.d.x f1, a2; fsw f1, 12(a1); lwu a4, 12(a1))
  # flw overwrites all 64 bits of the register
  TEST_FP_CASE(9, 0, a4, SP(0x3f800000), li a2, 0x1234567812345678; fmv.d.x f1, a2; la a1, tdat; flw f1, 0(a1); fmv.x.d a4, f1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 8
tdat:
  .word 0x3f800000, 0xc0490fdb, 0x7f800001, 0
RVTEST_DATA_END
