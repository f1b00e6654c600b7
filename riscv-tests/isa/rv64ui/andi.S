# andi: register-immediate ANDI (RV64I)
# rd = rs1 & sext(imm12).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand / immediate combinations
  TEST_IMM(2, andi, 0, 0, 0)
  TEST_IMM(3, andi, 0, 0, 1)
  TEST_IMM(4, andi, 0, 0, -1)
  TEST_IMM(5, andi, 0, 0, 2047)
  TEST_IMM(6, andi, 0, 0, -2048)
  TEST_IMM(7, andi, 0, 1, 0)
  TEST_IMM(8, andi, 1, 1, 1)
  TEST_IMM(9, andi, 1, 1, -1)
  TEST_IMM(10, andi, 1, 1, 2047)
  TEST_IMM(11, andi, 0, 1, -2048)
  TEST_IMM(12, andi, 0, -1, 0)
  TEST_IMM(13, andi, 1, -1, 1)
  TEST_IMM(14, andi, -1, -1, -1)
  TEST_IMM(15, andi, 2047, -1, 2047)
  TEST_IMM(16, andi, -2048, -1, -2048)
  TEST_IMM(17, andi, 0, 0x7fffffffffffffff, 0)
  TEST_IMM(18, andi, 1, 0x7fffffffffffffff, 1)
  TEST_IMM(19, andi, 0x7fffffffffffffff, 0x7fffffffffffffff, -1)
  TEST_IMM(20, andi, 2047, 0x7fffffffffffffff, 2047)
  TEST_IMM(21, andi, 0x7ffffffffffff800, 0x7fffffffffffffff, -2048)
  TEST_IMM(22, andi, 0, 0x8000000000000000, 0)
  TEST_IMM(23, andi, 0, 0x8000000000000000, 1)
  TEST_IMM(24, andi, 0x8000000000000000, 0x8000000000000000, -1)
  TEST_IMM(25, andi, 0, 0x8000000000000000, 2047)
  TEST_IMM(26, andi, 0x8000000000000000, 0x8000000000000000, -2048)
  TEST_IMM(27, andi, 0, 0x000000007fffffff, 0)
  TEST_IMM(28, andi, 1, 0x000000007fffffff, 1)
  TEST_IMM(29, andi, 0x000000007fffffff, 0x000000007fffffff, -1)
  TEST_IMM(30, andi, 2047, 0x000000007fffffff, 2047)
  TEST_IMM(31, andi, 0x000000007ffff800, 0x000000007fffffff, -2048)
  TEST_IMM(32, andi, 0, 0x0000000080000000, 0)
  TEST_IMM(33, andi, 0, 0x0000000080000000, 1)
  TEST_IMM(34, andi, 0x0000000080000000, 0x0000000080000000, -1)
  TEST_IMM(35, andi, 0, 0x0000000080000000, 2047)
  TEST_IMM(36, andi, 0x0000000080000000, 0x0000000080000000, -2048)
  TEST_IMM(37, andi, 0, 0x00000000ffffffff, 0)
  TEST_IMM(38, andi, 1, 0x00000000ffffffff, 1)
  TEST_IMM(39, andi, 0x00000000ffffffff, 0x00000000ffffffff, -1)
  TEST_IMM(40, andi, 2047, 0x00000000ffffffff, 2047)
  TEST_IMM(41, andi, 0x00000000fffff800, 0x00000000ffffffff, -2048)
  TEST_IMM(42, andi, 0, 0x0123456789abcdef, 0)
  TEST_IMM(43, andi, 1, 0x0123456789abcdef, 1)
  TEST_IMM(44, andi, 0x0123456789abcdef, 0x0123456789abcdef, -1)
  TEST_IMM(45, andi, 1519, 0x0123456789abcdef, 2047)
  TEST_IMM(46, andi, 0x0123456789abc800, 0x0123456789abcdef, -2048)
  TEST_IMM(47, andi, 0, 0xfedcba9876543210, 0)
  TEST_IMM(48, andi, 0, 0xfedcba9876543210, 1)
  TEST_IMM(49, andi, 0xfedcba9876543210, 0xfedcba9876543210, -1)
  TEST_IMM(50, andi, 528, 0xfedcba9876543210, 2047)
  TEST_IMM(51, andi, 0xfedcba9876543000, 0xfedcba9876543210, -2048)
  TEST_IMM(52, andi, 0, 0x000000007ffff800, 0)
  TEST_IMM(53, andi, 0, 0x000000007ffff800, 1)
  TEST_IMM(54, andi, 0x000000007ffff800, 0x000000007ffff800, -1)
  TEST_IMM(55, andi, 0, 0x000000007ffff800, 2047)
  TEST_IMM(56, andi, 0x000000007ffff800, 0x000000007ffff800, -2048)
  TEST_IMM(57, andi, 1349, 0x0123456789abcdef, 1365)
  TEST_IMM(58, andi, 0xfedcba9876543200, 0xfedcba9876543210, -1365)
  TEST_IMM(59, andi, 0, 0xffffffff00000000, 2046)
  TEST_IMM(60, andi, 16, 0x000000007fffffff, 16)

  # rd is rs1
  TEST_IMM_RD_EQ_RS1(61, andi, 0x0123456789abc8ab, 0x0123456789abcdef, -1365)
  TEST_IMM_RD_EQ_RS1(62, andi, 1, 0x000000007fffffff, 1)

  # rs1 = x0
  TEST_IMM_X0_RS1(63, andi, 0, -1365)
  TEST_IMM_X0_RS1(64, andi, 0, 1)

  # rd = x0: the result is discarded
  TEST_IMM_X0_RD(65, andi, 0x0123456789abcdef, -1365)

  # result used by the very next instruction
  TEST_IMM_FORWARD(66, andi, 0x0123456789abc8ab, 0x0123456789abcdef, -1365)
  TEST_IMM_FORWARD(67, andi, 1, 0x000000007fffffff, 1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
