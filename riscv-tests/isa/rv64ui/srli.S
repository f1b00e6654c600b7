# srli: register-immediate SRLI (RV64I)
# rd = rs1 >> shamt, logical (6-bit shamt).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand / immediate combinations
  TEST_IMM(2, srli, 1, 1, 0)
  TEST_IMM(3, srli, 0, 1, 1)
  TEST_IMM(4, srli, 0, 1, 7)
  TEST_IMM(5, srli, 0, 1, 31)
  TEST_IMM(6, srli, 0, 1, 32)
  TEST_IMM(7, srli, 0, 1, 33)
  TEST_IMM(8, srli, 0, 1, 62)
  TEST_IMM(9, srli, 0, 1, 63)
  TEST_IMM(10, srli, -1, -1, 0)
  TEST_IMM(11, srli, 0x7fffffffffffffff, -1, 1)
  TEST_IMM(12, srli, 0x01ffffffffffffff, -1, 7)
  TEST_IMM(13, srli, 0x00000001ffffffff, -1, 31)
  TEST_IMM(14, srli, 0x00000000ffffffff, -1, 32)
  TEST_IMM(15, srli, 0x000000007fffffff, -1, 33)
  TEST_IMM(16, srli, 3, -1, 62)
  TEST_IMM(17, srli, 1, -1, 63)
  TEST_IMM(18, srli, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_IMM(19, srli, 0x4000000000000000, 0x8000000000000000, 1)
  TEST_IMM(20, srli, 0x0100000000000000, 0x8000000000000000, 7)
  TEST_IMM(21, srli, 0x0000000100000000, 0x8000000000000000, 31)
  TEST_IMM(22, srli, 0x0000000080000000, 0x8000000000000000, 32)
  TEST_IMM(23, srli, 0x0000000040000000, 0x8000000000000000, 33)
  TEST_IMM(24, srli, 2, 0x8000000000000000, 62)
  TEST_IMM(25, srli, 1, 0x8000000000000000, 63)
  TEST_IMM(26, srli, 0x0123456789abcdef, 0x0123456789abcdef, 0)
  TEST_IMM(27, srli, 0x0091a2b3c4d5e6f7, 0x0123456789abcdef, 1)
  TEST_IMM(28, srli, 0x0002468acf13579b, 0x0123456789abcdef, 7)
  TEST_IMM(29, srli, 0x0000000002468acf, 0x0123456789abcdef, 31)
  TEST_IMM(30, srli, 0x0000000001234567, 0x0123456789abcdef, 32)
  TEST_IMM(31, srli, 0x000000000091a2b3, 0x0123456789abcdef, 33)
  TEST_IMM(32, srli, 0, 0x0123456789abcdef, 62)
  TEST_IMM(33, srli, 0, 0x0123456789abcdef, 63)
  TEST_IMM(34, srli, 0xffffffff92345678, 0xffffffff92345678, 0)
  TEST_IMM(35, srli, 0x7fffffffc91a2b3c, 0xffffffff92345678, 1)
  TEST_IMM(36, srli, 0x01ffffffff2468ac, 0xffffffff92345678, 7)
  TEST_IMM(37, srli, 0x00000001ffffffff, 0xffffffff92345678, 31)
  TEST_IMM(38, srli, 0x00000000ffffffff, 0xffffffff92345678, 32)
  TEST_IMM(39, srli, 0x000000007fffffff, 0xffffffff92345678, 33)
  TEST_IMM(40, srli, 3, 0xffffffff92345678, 62)
  TEST_IMM(41, srli, 1, 0xffffffff92345678, 63)
  TEST_IMM(42, srli, 0x0000000080000001, 0x0000000080000001, 0)
  TEST_IMM(43, srli, 0x0000000040000000, 0x0000000080000001, 1)
  TEST_IMM(44, srli, 0x0000000001000000, 0x0000000080000001, 7)
  TEST_IMM(45, srli, 1, 0x0000000080000001, 31)
  TEST_IMM(46, srli, 0, 0x0000000080000001, 32)
  TEST_IMM(47, srli, 0, 0x0000000080000001, 33)
  TEST_IMM(48, srli, 0, 0x0000000080000001, 62)
  TEST_IMM(49, srli, 0, 0x0000000080000001, 63)

  # rd is rs1
  TEST_IMM_RD_EQ_RS1(50, srli, 0x0000000000012345, 0x0123456789abcdef, 40)
  TEST_IMM_RD_EQ_RS1(51, srli, 1, 0xffffffff80000001, 63)

  # rs1 = x0
  TEST_IMM_X0_RS1(52, srli, 0, 40)
  TEST_IMM_X0_RS1(53, srli, 0, 63)

  # rd = x0: the result is discarded
  TEST_IMM_X0_RD(54, srli, 0x0123456789abcdef, 40)

  # result used by the very next instruction
  TEST_IMM_FORWARD(55, srli, 0x0000000000012345, 0x0123456789abcdef, 40)
  TEST_IMM_FORWARD(56, srli, 1, 0xffffffff80000001, 63)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
