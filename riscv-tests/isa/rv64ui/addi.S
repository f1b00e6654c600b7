# addi: register-immediate ADDI (RV64I)
# rd = rs1 + sext(imm12).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand / immediate combinations
  TEST_IMM(2, addi, 0, 0, 0)
  TEST_IMM(3, addi, 1, 0, 1)
  TEST_IMM(4, addi, -1, 0, -1)
  TEST_IMM(5, addi, 2047, 0, 2047)
  TEST_IMM(6, addi, -2048, 0, -2048)
  TEST_IMM(7, addi, 1, 1, 0)
  TEST_IMM(8, addi, 2, 1, 1)
  TEST_IMM(9, addi, 0, 1, -1)
  TEST_IMM(10, addi, 2048, 1, 2047)
  TEST_IMM(11, addi, -2047, 1, -2048)
  TEST_IMM(12, addi, -1, -1, 0)
  TEST_IMM(13, addi, 0, -1, 1)
  TEST_IMM(14, addi, -2, -1, -1)
  TEST_IMM(15, addi, 2046, -1, 2047)
  TEST_IMM(16, addi, -2049, -1, -2048)
  TEST_IMM(17, addi, 0x7fffffffffffffff, 0x7fffffffffffffff, 0)
  TEST_IMM(18, addi, 0x8000000000000000, 0x7fffffffffffffff, 1)
  TEST_IMM(19, addi, 0x7ffffffffffffffe, 0x7fffffffffffffff, -1)
  TEST_IMM(20, addi, 0x80000000000007fe, 0x7fffffffffffffff, 2047)
  TEST_IMM(21, addi, 0x7ffffffffffff7ff, 0x7fffffffffffffff, -2048)
  TEST_IMM(22, addi, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_IMM(23, addi, 0x8000000000000001, 0x8000000000000000, 1)
  TEST_IMM(24, addi, 0x7fffffffffffffff, 0x8000000000000000, -1)
  TEST_IMM(25, addi, 0x80000000000007ff, 0x8000000000000000, 2047)
  TEST_IMM(26, addi, 0x7ffffffffffff800, 0x8000000000000000, -2048)
  TEST_IMM(27, addi, 0x000000007fffffff, 0x000000007fffffff, 0)
  TEST_IMM(28, addi, 0x0000000080000000, 0x000000007fffffff, 1)
  TEST_IMM(29, addi, 0x000000007ffffffe, 0x000000007fffffff, -1)
  TEST_IMM(30, addi, 0x00000000800007fe, 0x000000007fffffff, 2047)
  TEST_IMM(31, addi, 0x000000007ffff7ff, 0x000000007fffffff, -2048)
  TEST_IMM(32, addi, 0x0000000080000000, 0x0000000080000000, 0)
  TEST_IMM(33, addi, 0x0000000080000001, 0x0000000080000000, 1)
  TEST_IMM(34, addi, 0x000000007fffffff, 0x0000000080000000, -1)
  TEST_IMM(35, addi, 0x00000000800007ff, 0x0000000080000000, 2047)
  TEST_IMM(36, addi, 0x000000007ffff800, 0x0000000080000000, -2048)
  TEST_IMM(37, addi, 0x00000000ffffffff, 0x00000000ffffffff, 0)
  TEST_IMM(38, addi, 0x0000000100000000, 0x00000000ffffffff, 1)
  TEST_IMM(39, addi, 0x00000000fffffffe, 0x00000000ffffffff, -1)
  TEST_IMM(40, addi, 0x00000001000007fe, 0x00000000ffffffff, 2047)
  TEST_IMM(41, addi, 0x00000000fffff7ff, 0x00000000ffffffff, -2048)
  TEST_IMM(42, addi, 0x0123456789abcdef, 0x0123456789abcdef, 0)
  TEST_IMM(43, addi, 0x0123456789abcdf0, 0x0123456789abcdef, 1)
  TEST_IMM(44, addi, 0x0123456789abcdee, 0x0123456789abcdef, -1)
  TEST_IMM(45, addi, 0x0123456789abd5ee, 0x0123456789abcdef, 2047)
  TEST_IMM(46, addi, 0x0123456789abc5ef, 0x0123456789abcdef, -2048)
  TEST_IMM(47, addi, 0xfedcba9876543210, 0xfedcba9876543210, 0)
  TEST_IMM(48, addi, 0xfedcba9876543211, 0xfedcba9876543210, 1)
  TEST_IMM(49, addi, 0xfedcba987654320f, 0xfedcba9876543210, -1)
  TEST_IMM(50, addi, 0xfedcba9876543a0f, 0xfedcba9876543210, 2047)
  TEST_IMM(51, addi, 0xfedcba9876542a10, 0xfedcba9876543210, -2048)
  TEST_IMM(52, addi, 0x000000007ffff800, 0x000000007ffff800, 0)
  TEST_IMM(53, addi, 0x000000007ffff801, 0x000000007ffff800, 1)
  TEST_IMM(54, addi, 0x000000007ffff7ff, 0x000000007ffff800, -1)
  TEST_IMM(55, addi, 0x000000007fffffff, 0x000000007ffff800, 2047)
  TEST_IMM(56, addi, 0x000000007ffff000, 0x000000007ffff800, -2048)
  TEST_IMM(57, addi, 0x0123456789abd344, 0x0123456789abcdef, 1365)
  TEST_IMM(58, addi, 0xfedcba9876542cbb, 0xfedcba9876543210, -1365)
  TEST_IMM(59, addi, 0xffffffff000007fe, 0xffffffff00000000, 2046)
  TEST_IMM(60, addi, 0x000000008000000f, 0x000000007fffffff, 16)

  # rd is rs1
  TEST_IMM_RD_EQ_RS1(61, addi, 0x0123456789abc89a, 0x0123456789abcdef, -1365)
  TEST_IMM_RD_EQ_RS1(62, addi, 0x0000000080000000, 0x000000007fffffff, 1)

  # rs1 = x0
  TEST_IMM_X0_RS1(63, addi, -1365, -1365)
  TEST_IMM_X0_RS1(64, addi, 1, 1)

  # rd = x0: the result is discarded
  TEST_IMM_X0_RD(65, addi, 0x0123456789abcdef, -1365)

  # result used by the very next instruction
  TEST_IMM_FORWARD(66, addi, 0x0123456789abc89a, 0x0123456789abcdef, -1365)
  TEST_IMM_FORWARD(67, addi, 0x0000000080000000, 0x000000007fffffff, 1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
