# sltiu: register-immediate SLTIU (RV64I)
# rd = (rs1 < sext(imm12)) unsigned: the immediate is sign-extended first,
# so -1 compares as 0xffffffffffffffff.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand / immediate combinations
  TEST_IMM(2, sltiu, 0, 0, 0)
  TEST_IMM(3, sltiu, 1, 0, 1)
  TEST_IMM(4, sltiu, 1, 0, -1)
  TEST_IMM(5, sltiu, 1, 0, 2047)
  TEST_IMM(6, sltiu, 1, 0, -2048)
  TEST_IMM(7, sltiu, 0, 1, 0)
  TEST_IMM(8, sltiu, 0, 1, 1)
  TEST_IMM(9, sltiu, 1, 1, -1)
  TEST_IMM(10, sltiu, 1, 1, 2047)
  TEST_IMM(11, sltiu, 1, 1, -2048)
  TEST_IMM(12, sltiu, 0, -1, 0)
  TEST_IMM(13, sltiu, 0, -1, 1)
  TEST_IMM(14, sltiu, 0, -1, -1)
  TEST_IMM(15, sltiu, 0, -1, 2047)
  TEST_IMM(16, sltiu, 0, -1, -2048)
  TEST_IMM(17, sltiu, 0, -2, 0)
  TEST_IMM(18, sltiu, 0, -2, 1)
  TEST_IMM(19, sltiu, 1, -2, -1)
  TEST_IMM(20, sltiu, 0, -2, 2047)
  TEST_IMM(21, sltiu, 0, -2, -2048)
  TEST_IMM(22, sltiu, 0, 2047, 0)
  TEST_IMM(23, sltiu, 0, 2047, 1)
  TEST_IMM(24, sltiu, 1, 2047, -1)
  TEST_IMM(25, sltiu, 0, 2047, 2047)
  TEST_IMM(26, sltiu, 1, 2047, -2048)
  TEST_IMM(27, sltiu, 0, 2048, 0)
  TEST_IMM(28, sltiu, 0, 2048, 1)
  TEST_IMM(29, sltiu, 1, 2048, -1)
  TEST_IMM(30, sltiu, 0, 2048, 2047)
  TEST_IMM(31, sltiu, 1, 2048, -2048)
  TEST_IMM(32, sltiu, 0, -2048, 0)
  TEST_IMM(33, sltiu, 0, -2048, 1)
  TEST_IMM(34, sltiu, 1, -2048, -1)
  TEST_IMM(35, sltiu, 0, -2048, 2047)
  TEST_IMM(36, sltiu, 0, -2048, -2048)
  TEST_IMM(37, sltiu, 0, -2049, 0)
  TEST_IMM(38, sltiu, 0, -2049, 1)
  TEST_IMM(39, sltiu, 1, -2049, -1)
  TEST_IMM(40, sltiu, 0, -2049, 2047)
  TEST_IMM(41, sltiu, 1, -2049, -2048)
  TEST_IMM(42, sltiu, 0, 0x7fffffffffffffff, 0)
  TEST_IMM(43, sltiu, 0, 0x7fffffffffffffff, 1)
  TEST_IMM(44, sltiu, 1, 0x7fffffffffffffff, -1)
  TEST_IMM(45, sltiu, 0, 0x7fffffffffffffff, 2047)
  TEST_IMM(46, sltiu, 1, 0x7fffffffffffffff, -2048)
  TEST_IMM(47, sltiu, 0, 0x8000000000000000, 0)
  TEST_IMM(48, sltiu, 0, 0x8000000000000000, 1)
  TEST_IMM(49, sltiu, 1, 0x8000000000000000, -1)
  TEST_IMM(50, sltiu, 0, 0x8000000000000000, 2047)
  TEST_IMM(51, sltiu, 1, 0x8000000000000000, -2048)
  TEST_IMM(52, sltiu, 0, -2048, 0)
  TEST_IMM(53, sltiu, 0, -2048, 1)
  TEST_IMM(54, sltiu, 1, -2048, -1)
  TEST_IMM(55, sltiu, 0, -2048, 2047)
  TEST_IMM(56, sltiu, 0, -2048, -2048)

  # rd is rs1
  TEST_IMM_RD_EQ_RS1(57, sltiu, 1, -5, -4)
  TEST_IMM_RD_EQ_RS1(58, sltiu, 0, 0x8000000000000000, 0)

  # rs1 = x0
  TEST_IMM_X0_RS1(59, sltiu, 1, -4)
  TEST_IMM_X0_RS1(60, sltiu, 0, 0)

  # rd = x0: the result is discarded
  TEST_IMM_X0_RD(61, sltiu, -5, -4)

  # result used by the very next instruction
  TEST_IMM_FORWARD(62, sltiu, 1, -5, -4)
  TEST_IMM_FORWARD(63, sltiu, 0, 0x8000000000000000, 0)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
