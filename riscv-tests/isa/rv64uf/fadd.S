# fadd: FADD.S, FSUB.S, FMUL.S: results, flags, NaNs, signed zeros
# Expected values were computed with exact rational arithmetic from the
# IEEE 754 rules the F/D chapters require (results rounded once, tininess
# after rounding, canonical NaNs) and checked on QEMU.
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # fadd.s, fsub.s, fmul.s with the dynamic rounding mode (frm = RNE)
  TEST_FP2(2, S, fadd.s, 0x0, 0xffffffff40600000, 0x40200000, 0x3f800000)
  TEST_FP2(3, S, fadd.s, 0x1, 0xffffffff3faaaaab, 0x3f800000, 0x3eaaaaab)
  TEST_FP2(4, S, fadd.s, 0x0, 0xffffffff00000000, 0xbf800000, 0x3f800000)
  TEST_FP2(5, S, fadd.s, 0x1, 0xffffffff3f800000, 0x3f800000, 0x1)
  TEST_FP2(6, S, fadd.s, 0x0, 0xffffffff007fffff, 0x800000, 0x80000001)
  TEST_FP2(7, S, fadd.s, 0x5, 0xffffffff7f800000, 0x7f7fffff, 0x7f7fffff)
  TEST_FP2(8, S, fadd.s, NV, 0xffffffff7fc00000, 0x7f800000, 0xff800000)
  TEST_FP2(9, S, fadd.s, NV, 0xffffffff7fc00000, 0x7f800001, 0x3f800000)
  TEST_FP2(10, S, fadd.s, 0, 0xffffffff7fc00000, 0x7fc12345, 0x3f800000)
  TEST_FP2(11, S, fadd.s, 0, 0xffffffff7f800000, 0x7f800000, 0x7f7fffff)
  TEST_FP2(12, S, fadd.s, 0, 0xffffffff80000000, 0x80000000, 0x80000000)
  TEST_FP2(13, S, fadd.s, 0, 0xffffffff00000000, 0x80000000, 0x0)
  TEST_FP2_RM(14, S, fadd.s, rdn, 0, 0xffffffff80000000, 0xbf800000, 0x3f800000)
  TEST_FP2(15, S, fsub.s, 0x0, 0xffffffff3fc00000, 0x40200000, 0x3f800000)
  TEST_FP2(16, S, fsub.s, 0x1, 0xffffffff3f2aaaaa, 0x3f800000, 0x3eaaaaab)
  TEST_FP2(17, S, fsub.s, 0x0, 0xffffffff80000001, 0x800000, 0x800001)
  TEST_FP2(18, S, fsub.s, 0x1, 0xffffffffff7fffff, 0xbf800000, 0x7f7fffff)
  TEST_FP2(19, S, fsub.s, NV, 0xffffffff7fc00000, 0x7f800000, 0x7f800000)
  TEST_FP2(20, S, fsub.s, 0, 0xffffffff00000000, 0x3f800000, 0x3f800000)
  TEST_FP2(21, S, fmul.s, 0x0, 0xffffffff40700000, 0x40200000, 0x3fc00000)
  TEST_FP2(22, S, fmul.s, 0x1, 0xffffffff3f800000, 0x3eaaaaab, 0x40400000)
  TEST_FP2(23, S, fmul.s, 0x5, 0xffffffff7f800000, 0x7f7fffff, 0x40000000)
  TEST_FP2(24, S, fmul.s, 0x0, 0xffffffff00400000, 0x800000, 0x3f000000)
  TEST_FP2(25, S, fmul.s, 0x3, 0xffffffff002aaaab, 0x800000, 0x3eaaaaab)
  TEST_FP2(26, S, fmul.s, 0x3, 0xffffffff00000000, 0x1, 0x3f000000)
  TEST_FP2(27, S, fmul.s, 0x0, 0xffffffff00000000, 0xbf800000, 0x80000000)
  TEST_FP2(28, S, fmul.s, NV, 0xffffffff7fc00000, 0x7f800000, 0x0)
  TEST_FP2(29, S, fmul.s, NV, 0xffffffff7fc00000, 0x7f800001, 0x7fc00000)
  TEST_FP2(30, S, fmul.s, 0, 0xffffffffff800000, 0x7f800000, 0xbf800000)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
