# fdiv: FDIV.S and FSQRT.S: correctly rounded in every mode, DZ, NV
# Expected values were computed with exact rational arithmetic from the
# IEEE 754 rules the F/D chapters require (results rounded once, tininess
# after rounding, canonical NaNs) and checked on QEMU.
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # fdiv.s
  TEST_FP2(2, S, fdiv.s, 0x1, 0xffffffff3eaaaaab, 0x3f800000, 0x40400000)
  TEST_FP2(3, S, fdiv.s, 0x0, 0xffffffff40400000, 0x40c00000, 0x40000000)
  TEST_FP2(4, S, fdiv.s, 0x1, 0xffffffffbeaaaaab, 0xbf800000, 0x40400000)
  TEST_FP2(5, S, fdiv.s, 0x5, 0xffffffff7f800000, 0x7f7fffff, 0x3f000000)
  TEST_FP2(6, S, fdiv.s, 0x3, 0xffffffff002aaaab, 0x800000, 0x40400000)
  TEST_FP2(7, S, fdiv.s, 0x3, 0xffffffff00200000, 0x3f800000, 0x7f7fffff)
  TEST_FP2_RM(8, S, fdiv.s, rne, 0x1, 0xffffffffbeaaaaab, 0xbf800000, 0x40400000)
  TEST_FP2_RM(9, S, fdiv.s, rtz, 0x1, 0xffffffffbeaaaaaa, 0xbf800000, 0x40400000)
  TEST_FP2_RM(10, S, fdiv.s, rdn, 0x1, 0xffffffffbeaaaaab, 0xbf800000, 0x40400000)
  TEST_FP2_RM(11, S, fdiv.s, rup, 0x1, 0xffffffffbeaaaaaa, 0xbf800000, 0x40400000)
  TEST_FP2_RM(12, S, fdiv.s, rmm, 0x1, 0xffffffffbeaaaaab, 0xbf800000, 0x40400000)
  TEST_FP2(13, S, fdiv.s, DZ, 0xffffffff7f800000, 0x3f800000, 0x0)
  TEST_FP2(14, S, fdiv.s, DZ, 0xffffffffff800000, 0xbf800000, 0x0)
  TEST_FP2(15, S, fdiv.s, DZ, 0xffffffffff800000, 0x3f800000, 0x80000000)
  TEST_FP2(16, S, fdiv.s, NV, 0xffffffff7fc00000, 0x0, 0x0)
  TEST_FP2(17, S, fdiv.s, NV, 0xffffffff7fc00000, 0x7f800000, 0xff800000)
  TEST_FP2(18, S, fdiv.s, 0, 0xffffffff00000000, 0x3f800000, 0x7f800000)
  TEST_FP2(19, S, fdiv.s, 0, 0xffffffff7fc00000, 0x7fc00000, 0x0)
  # fsqrt.s
  TEST_FP1(20, S, fsqrt.s, 0x1, 0xffffffff3fb504f3, 0x40000000)
  TEST_FP1(21, S, fsqrt.s, 0x0, 0xffffffff40000000, 0x40800000)
  TEST_FP1(22, S, fsqrt.s, 0x1, 0xffffffff3fddb3d7, 0x40400000)
  TEST_FP1(23, S, fsqrt.s, 0x1, 0xffffffff5f7fffff, 0x7f7fffff)
  TEST_FP1(24, S, fsqrt.s, 0x1, 0xffffffff1a3504f3, 0x1)
  TEST_FP1(25, S, fsqrt.s, 0x1, 0xffffffff3f13cd3a, 0x3eaaaaab)
  TEST_FP1_RM(26, S, fsqrt.s, rne, 0x1, 0xffffffff3fb504f3, 0x40000000)
  TEST_FP1_RM(27, S, fsqrt.s, rtz, 0x1, 0xffffffff3fb504f3, 0x40000000)
  TEST_FP1_RM(28, S, fsqrt.s, rdn, 0x1, 0xffffffff3fb504f3, 0x40000000)
  TEST_FP1_RM(29, S, fsqrt.s, rup, 0x1, 0xffffffff3fb504f4, 0x40000000)
  TEST_FP1_RM(30, S, fsqrt.s, rmm, 0x1, 0xffffffff3fb504f3, 0x40000000)
  TEST_FP1(31, S, fsqrt.s, NV, 0xffffffff7fc00000, 0xbf800000)
  TEST_FP1(32, S, fsqrt.s, 0, 0xffffffff80000000, 0x80000000)
  TEST_FP1(33, S, fsqrt.s, 0, 0xffffffff7f800000, 0x7f800000)
  TEST_FP1(34, S, fsqrt.s, NV, 0xffffffff7fc00000, 0xff800000)
  TEST_FP1(35, S, fsqrt.s, NV, 0xffffffff7fc00000, 0x7f800001)
  TEST_FP1(36, S, fsqrt.s, 0, 0xffffffff7fc00000, 0x7fc12345)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
