# ldst: fld / fsd through the same memory path as integer loads and stores:
# bits move unchanged (signalling NaNs too, no flags)
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  TEST_FP_CASE(2, 0, a4, (0x3ff0000000000000), la a1, tdat; fld f1, 0(a1); fmv.x.d a4, f1)
  TEST_FP_CASE(3, 0, a4, (0xc00921fb54442d18), la a1, tdat; fld f1, 8(a1); fmv.x.d a4, f1)
  TEST_FP_CASE(4, 0, a4, (0x7ff0000000000001), la a1, tdat; fld f1, 16(a1); fmv.x.d a4, f1)
  # negative offset
  TEST_FP_CASE(5, 0, a4, (0x3ff0000000000000), la a1, tdat; addi a1, a1, 8; fld f1, -8(a1); fmv.x.d a4, f1)
  # store then load back, and read the stored bits with an integer load
  TEST_FP_CASE(6, 0, a4, 0xc00921fb54442d18, la a1, tdat; fld f1, 8(a1); fsd f1, 24(a1); ld a4, 24(a1); nop)
  TEST_FP_CASE(7, 0, a4, (0x7ff0000000000001), la a1, tdat; fld f1, 16(a1); fsd f1, 24(a1); fld f2, 24(a1); fmv.x.d a4, f2)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 8
tdat:
  .dword 0x3ff0000000000000, 0xc00921fb54442d18, 0x7ff0000000000001, 0
RVTEST_DATA_END
