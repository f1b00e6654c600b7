# xori: register-immediate XORI (RV64I)
# rd = rs1 ^ sext(imm12); xori rd, rs, -1 is NOT.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand / immediate combinations
  TEST_IMM(2, xori, 0, 0, 0)
  TEST_IMM(3, xori, 1, 0, 1)
  TEST_IMM(4, xori, -1, 0, -1)
  TEST_IMM(5, xori, 2047, 0, 2047)
  TEST_IMM(6, xori, -2048, 0, -2048)
  TEST_IMM(7, xori, 1, 1, 0)
  TEST_IMM(8, xori, 0, 1, 1)
  TEST_IMM(9, xori, -2, 1, -1)
  TEST_IMM(10, xori, 2046, 1, 2047)
  TEST_IMM(11, xori, -2047, 1, -2048)
  TEST_IMM(12, xori, -1, -1, 0)
  TEST_IMM(13, xori, -2, -1, 1)
  TEST_IMM(14, xori, 0, -1, -1)
  TEST_IMM(15, xori, -2048, -1, 2047)
  TEST_IMM(16, xori, 2047, -1, -2048)
  TEST_IMM(17, xori, 0x7fffffffffffffff, 0x7fffffffffffffff, 0)
  TEST_IMM(18, xori, 0x7ffffffffffffffe, 0x7fffffffffffffff, 1)
  TEST_IMM(19, xori, 0x8000000000000000, 0x7fffffffffffffff, -1)
  TEST_IMM(20, xori, 0x7ffffffffffff800, 0x7fffffffffffffff, 2047)
  TEST_IMM(21, xori, 0x80000000000007ff, 0x7fffffffffffffff, -2048)
  TEST_IMM(22, xori, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_IMM(23, xori, 0x8000000000000001, 0x8000000000000000, 1)
  TEST_IMM(24, xori, 0x7fffffffffffffff, 0x8000000000000000, -1)
  TEST_IMM(25, xori, 0x80000000000007ff, 0x8000000000000000, 2047)
  TEST_IMM(26, xori, 0x7ffffffffffff800, 0x8000000000000000, -2048)
  TEST_IMM(27, xori, 0x000000007fffffff, 0x000000007fffffff, 0)
  TEST_IMM(28, xori, 0x000000007ffffffe, 0x000000007fffffff, 1)
  TEST_IMM(29, xori, 0xffffffff80000000, 0x000000007fffffff, -1)
  TEST_IMM(30, xori, 0x000000007ffff800, 0x000000007fffffff, 2047)
  TEST_IMM(31, xori, 0xffffffff800007ff, 0x000000007fffffff, -2048)
  TEST_IMM(32, xori, 0x0000000080000000, 0x0000000080000000, 0)
  TEST_IMM(33, xori, 0x0000000080000001, 0x0000000080000000, 1)
  TEST_IMM(34, xori, 0xffffffff7fffffff, 0x0000000080000000, -1)
  TEST_IMM(35, xori, 0x00000000800007ff, 0x0000000080000000, 2047)
  TEST_IMM(36, xori, 0xffffffff7ffff800, 0x0000000080000000, -2048)
  TEST_IMM(37, xori, 0x00000000ffffffff, 0x00000000ffffffff, 0)
  TEST_IMM(38, xori, 0x00000000fffffffe, 0x00000000ffffffff, 1)
  TEST_IMM(39, xori, 0xffffffff00000000, 0x00000000ffffffff, -1)
  TEST_IMM(40, xori, 0x00000000fffff800, 0x00000000ffffffff, 2047)
  TEST_IMM(41, xori, 0xffffffff000007ff, 0x00000000ffffffff, -2048)
  TEST_IMM(42, xori, 0x0123456789abcdef, 0x0123456789abcdef, 0)
  TEST_IMM(43, xori, 0x0123456789abcdee, 0x0123456789abcdef, 1)
  TEST_IMM(44, xori, 0xfedcba9876543210, 0x0123456789abcdef, -1)
  TEST_IMM(45, xori, 0x0123456789abca10, 0x0123456789abcdef, 2047)
  TEST_IMM(46, xori, 0xfedcba98765435ef, 0x0123456789abcdef, -2048)
  TEST_IMM(47, xori, 0xfedcba9876543210, 0xfedcba9876543210, 0)
  TEST_IMM(48, xori, 0xfedcba9876543211, 0xfedcba9876543210, 1)
  TEST_IMM(49, xori, 0x0123456789abcdef, 0xfedcba9876543210, -1)
  TEST_IMM(50, xori, 0xfedcba98765435ef, 0xfedcba9876543210, 2047)
  TEST_IMM(51, xori, 0x0123456789abca10, 0xfedcba9876543210, -2048)
  TEST_IMM(52, xori, 0x000000007ffff800, 0x000000007ffff800, 0)
  TEST_IMM(53, xori, 0x000000007ffff801, 0x000000007ffff800, 1)
  TEST_IMM(54, xori, 0xffffffff800007ff, 0x000000007ffff800, -1)
  TEST_IMM(55, xori, 0x000000007fffffff, 0x000000007ffff800, 2047)
  TEST_IMM(56, xori, 0xffffffff80000000, 0x000000007ffff800, -2048)
  TEST_IMM(57, xori, 0x0123456789abc8ba, 0x0123456789abcdef, 1365)
  TEST_IMM(58, xori, 0x0123456789abc8bb, 0xfedcba9876543210, -1365)
  TEST_IMM(59, xori, 0xffffffff000007fe, 0xffffffff00000000, 2046)
  TEST_IMM(60, xori, 0x000000007fffffef, 0x000000007fffffff, 16)

  # rd is rs1
  TEST_IMM_RD_EQ_RS1(61, xori, 0xfedcba9876543744, 0x0123456789abcdef, -1365)
  TEST_IMM_RD_EQ_RS1(62, xori, 0x000000007ffffffe, 0x000000007fffffff, 1)

  # rs1 = x0
  TEST_IMM_X0_RS1(63, xori, -1365, -1365)
  TEST_IMM_X0_RS1(64, xori, 1, 1)

  # rd = x0: the result is discarded
  TEST_IMM_X0_RD(65, xori, 0x0123456789abcdef, -1365)

  # result used by the very next instruction
  TEST_IMM_FORWARD(66, xori, 0xfedcba9876543744, 0x0123456789abcdef, -1365)
  TEST_IMM_FORWARD(67, xori, 0x000000007ffffffe, 0x000000007fffffff, 1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
