# ori: register-immediate ORI (RV64I)
# rd = rs1 | sext(imm12).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand / immediate combinations
  TEST_IMM(2, ori, 0, 0, 0)
  TEST_IMM(3, ori, 1, 0, 1)
  TEST_IMM(4, ori, -1, 0, -1)
  TEST_IMM(5, ori, 2047, 0, 2047)
  TEST_IMM(6, ori, -2048, 0, -2048)
  TEST_IMM(7, ori, 1, 1, 0)
  TEST_IMM(8, ori, 1, 1, 1)
  TEST_IMM(9, ori, -1, 1, -1)
  TEST_IMM(10, ori, 2047, 1, 2047)
  TEST_IMM(11, ori, -2047, 1, -2048)
  TEST_IMM(12, ori, -1, -1, 0)
  TEST_IMM(13, ori, -1, -1, 1)
  TEST_IMM(14, ori, -1, -1, -1)
  TEST_IMM(15, ori, -1, -1, 2047)
  TEST_IMM(16, ori, -1, -1, -2048)
  TEST_IMM(17, ori, 0x7fffffffffffffff, 0x7fffffffffffffff, 0)
  TEST_IMM(18, ori, 0x7fffffffffffffff, 0x7fffffffffffffff, 1)
  TEST_IMM(19, ori, -1, 0x7fffffffffffffff, -1)
  TEST_IMM(20, ori, 0x7fffffffffffffff, 0x7fffffffffffffff, 2047)
  TEST_IMM(21, ori, -1, 0x7fffffffffffffff, -2048)
  TEST_IMM(22, ori, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_IMM(23, ori, 0x8000000000000001, 0x8000000000000000, 1)
  TEST_IMM(24, ori, -1, 0x8000000000000000, -1)
  TEST_IMM(25, ori, 0x80000000000007ff, 0x8000000000000000, 2047)
  TEST_IMM(26, ori, -2048, 0x8000000000000000, -2048)
  TEST_IMM(27, ori, 0x000000007fffffff, 0x000000007fffffff, 0)
  TEST_IMM(28, ori, 0x000000007fffffff, 0x000000007fffffff, 1)
  TEST_IMM(29, ori, -1, 0x000000007fffffff, -1)
  TEST_IMM(30, ori, 0x000000007fffffff, 0x000000007fffffff, 2047)
  TEST_IMM(31, ori, -1, 0x000000007fffffff, -2048)
  TEST_IMM(32, ori, 0x0000000080000000, 0x0000000080000000, 0)
  TEST_IMM(33, ori, 0x0000000080000001, 0x0000000080000000, 1)
  TEST_IMM(34, ori, -1, 0x0000000080000000, -1)
  TEST_IMM(35, ori, 0x00000000800007ff, 0x0000000080000000, 2047)
  TEST_IMM(36, ori, -2048, 0x0000000080000000, -2048)
  TEST_IMM(37, ori, 0x00000000ffffffff, 0x00000000ffffffff, 0)
  TEST_IMM(38, ori, 0x00000000ffffffff, 0x00000000ffffffff, 1)
  TEST_IMM(39, ori, -1, 0x00000000ffffffff, -1)
  TEST_IMM(40, ori, 0x00000000ffffffff, 0x00000000ffffffff, 2047)
  TEST_IMM(41, ori, -1, 0x00000000ffffffff, -2048)
  TEST_IMM(42, ori, 0x0123456789abcdef, 0x0123456789abcdef, 0)
  TEST_IMM(43, ori, 0x0123456789abcdef, 0x0123456789abcdef, 1)
  TEST_IMM(44, ori, -1, 0x0123456789abcdef, -1)
  TEST_IMM(45, ori, 0x0123456789abcfff, 0x0123456789abcdef, 2047)
  TEST_IMM(46, ori, -529, 0x0123456789abcdef, -2048)
  TEST_IMM(47, ori, 0xfedcba9876543210, 0xfedcba9876543210, 0)
  TEST_IMM(48, ori, 0xfedcba9876543211, 0xfedcba9876543210, 1)
  TEST_IMM(49, ori, -1, 0xfedcba9876543210, -1)
  TEST_IMM(50, ori, 0xfedcba98765437ff, 0xfedcba9876543210, 2047)
  TEST_IMM(51, ori, -1520, 0xfedcba9876543210, -2048)
  TEST_IMM(52, ori, 0x000000007ffff800, 0x000000007ffff800, 0)
  TEST_IMM(53, ori, 0x000000007ffff801, 0x000000007ffff800, 1)
  TEST_IMM(54, ori, -1, 0x000000007ffff800, -1)
  TEST_IMM(55, ori, 0x000000007fffffff, 0x000000007ffff800, 2047)
  TEST_IMM(56, ori, -2048, 0x000000007ffff800, -2048)
  TEST_IMM(57, ori, 0x0123456789abcdff, 0x0123456789abcdef, 1365)
  TEST_IMM(58, ori, -1349, 0xfedcba9876543210, -1365)
  TEST_IMM(59, ori, 0xffffffff000007fe, 0xffffffff00000000, 2046)
  TEST_IMM(60, ori, 0x000000007fffffff, 0x000000007fffffff, 16)

  # rd is rs1
  TEST_IMM_RD_EQ_RS1(61, ori, -17, 0x0123456789abcdef, -1365)
  TEST_IMM_RD_EQ_RS1(62, ori, 0x000000007fffffff, 0x000000007fffffff, 1)

  # rs1 = x0
  TEST_IMM_X0_RS1(63, ori, -1365, -1365)
  TEST_IMM_X0_RS1(64, ori, 1, 1)

  # rd = x0: the result is discarded
  TEST_IMM_X0_RD(65, ori, 0x0123456789abcdef, -1365)

  # result used by the very next instruction
  TEST_IMM_FORWARD(66, ori, -17, 0x0123456789abcdef, -1365)
  TEST_IMM_FORWARD(67, ori, 0x000000007fffffff, 0x000000007fffffff, 1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
