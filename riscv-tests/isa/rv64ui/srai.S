# srai: register-immediate SRAI (RV64I)
# rd = rs1 >> shamt, arithmetic (6-bit shamt).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand / immediate combinations
  TEST_IMM(2, srai, 1, 1, 0)
  TEST_IMM(3, srai, 0, 1, 1)
  TEST_IMM(4, srai, 0, 1, 7)
  TEST_IMM(5, srai, 0, 1, 31)
  TEST_IMM(6, srai, 0, 1, 32)
  TEST_IMM(7, srai, 0, 1, 33)
  TEST_IMM(8, srai, 0, 1, 62)
  TEST_IMM(9, srai, 0, 1, 63)
  TEST_IMM(10, srai, -1, -1, 0)
  TEST_IMM(11, srai, -1, -1, 1)
  TEST_IMM(12, srai, -1, -1, 7)
  TEST_IMM(13, srai, -1, -1, 31)
  TEST_IMM(14, srai, -1, -1, 32)
  TEST_IMM(15, srai, -1, -1, 33)
  TEST_IMM(16, srai, -1, -1, 62)
  TEST_IMM(17, srai, -1, -1, 63)
  TEST_IMM(18, srai, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_IMM(19, srai, 0xc000000000000000, 0x8000000000000000, 1)
  TEST_IMM(20, srai, 0xff00000000000000, 0x8000000000000000, 7)
  TEST_IMM(21, srai, 0xffffffff00000000, 0x8000000000000000, 31)
  TEST_IMM(22, srai, 0xffffffff80000000, 0x8000000000000000, 32)
  TEST_IMM(23, srai, 0xffffffffc0000000, 0x8000000000000000, 33)
  TEST_IMM(24, srai, -2, 0x8000000000000000, 62)
  TEST_IMM(25, srai, -1, 0x8000000000000000, 63)
  TEST_IMM(26, srai, 0x0123456789abcdef, 0x0123456789abcdef, 0)
  TEST_IMM(27, srai, 0x0091a2b3c4d5e6f7, 0x0123456789abcdef, 1)
  TEST_IMM(28, srai, 0x0002468acf13579b, 0x0123456789abcdef, 7)
  TEST_IMM(29, srai, 0x0000000002468acf, 0x0123456789abcdef, 31)
  TEST_IMM(30, srai, 0x0000000001234567, 0x0123456789abcdef, 32)
  TEST_IMM(31, srai, 0x000000000091a2b3, 0x0123456789abcdef, 33)
  TEST_IMM(32, srai, 0, 0x0123456789abcdef, 62)
  TEST_IMM(33, srai, 0, 0x0123456789abcdef, 63)
  TEST_IMM(34, srai, 0xffffffff92345678, 0xffffffff92345678, 0)
  TEST_IMM(35, srai, 0xffffffffc91a2b3c, 0xffffffff92345678, 1)
  TEST_IMM(36, srai, 0xffffffffff2468ac, 0xffffffff92345678, 7)
  TEST_IMM(37, srai, -1, 0xffffffff92345678, 31)
  TEST_IMM(38, srai, -1, 0xffffffff92345678, 32)
  TEST_IMM(39, srai, -1, 0xffffffff92345678, 33)
  TEST_IMM(40, srai, -1, 0xffffffff92345678, 62)
  TEST_IMM(41, srai, -1, 0xffffffff92345678, 63)
  TEST_IMM(42, srai, 0x0000000080000001, 0x0000000080000001, 0)
  TEST_IMM(43, srai, 0x0000000040000000, 0x0000000080000001, 1)
  TEST_IMM(44, srai, 0x0000000001000000, 0x0000000080000001, 7)
  TEST_IMM(45, srai, 1, 0x0000000080000001, 31)
  TEST_IMM(46, srai, 0, 0x0000000080000001, 32)
  TEST_IMM(47, srai, 0, 0x0000000080000001, 33)
  TEST_IMM(48, srai, 0, 0x0000000080000001, 62)
  TEST_IMM(49, srai, 0, 0x0000000080000001, 63)

  # rd is rs1
  TEST_IMM_RD_EQ_RS1(50, srai, 0x0000000000012345, 0x0123456789abcdef, 40)
  TEST_IMM_RD_EQ_RS1(51, srai, -1, 0xffffffff80000001, 63)

  # rs1 = x0
  TEST_IMM_X0_RS1(52, srai, 0, 40)
  TEST_IMM_X0_RS1(53, srai, 0, 63)

  # rd = x0: the result is discarded
  TEST_IMM_X0_RD(54, srai, 0x0123456789abcdef, 40)

  # result used by the very next instruction
  TEST_IMM_FORWARD(55, srai, 0x0000000000012345, 0x0123456789abcdef, 40)
  TEST_IMM_FORWARD(56, srai, -1, 0xffffffff80000001, 63)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
