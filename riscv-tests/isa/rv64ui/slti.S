# slti: register-immediate SLTI (RV64I)
# rd = (rs1 < sext(imm12)) signed.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand / immediate combinations
  TEST_IMM(2, slti, 0, 0, 0)
  TEST_IMM(3, slti, 1, 0, 1)
  TEST_IMM(4, slti, 0, 0, -1)
  TEST_IMM(5, slti, 1, 0, 2047)
  TEST_IMM(6, slti, 0, 0, -2048)
  TEST_IMM(7, slti, 0, 1, 0)
  TEST_IMM(8, slti, 0, 1, 1)
  TEST_IMM(9, slti, 0, 1, -1)
  TEST_IMM(10, slti, 1, 1, 2047)
  TEST_IMM(11, slti, 0, 1, -2048)
  TEST_IMM(12, slti, 1, -1, 0)
  TEST_IMM(13, slti, 1, -1, 1)
  TEST_IMM(14, slti, 0, -1, -1)
  TEST_IMM(15, slti, 1, -1, 2047)
  TEST_IMM(16, slti, 0, -1, -2048)
  TEST_IMM(17, slti, 1, -2, 0)
  TEST_IMM(18, slti, 1, -2, 1)
  TEST_IMM(19, slti, 1, -2, -1)
  TEST_IMM(20, slti, 1, -2, 2047)
  TEST_IMM(21, slti, 0, -2, -2048)
  TEST_IMM(22, slti, 0, 2047, 0)
  TEST_IMM(23, slti, 0, 2047, 1)
  TEST_IMM(24, slti, 0, 2047, -1)
  TEST_IMM(25, slti, 0, 2047, 2047)
  TEST_IMM(26, slti, 0, 2047, -2048)
  TEST_IMM(27, slti, 0, 2048, 0)
  TEST_IMM(28, slti, 0, 2048, 1)
  TEST_IMM(29, slti, 0, 2048, -1)
  TEST_IMM(30, slti, 0, 2048, 2047)
  TEST_IMM(31, slti, 0, 2048, -2048)
  TEST_IMM(32, slti, 1, -2048, 0)
  TEST_IMM(33, slti, 1, -2048, 1)
  TEST_IMM(34, slti, 1, -2048, -1)
  TEST_IMM(35, slti, 1, -2048, 2047)
  TEST_IMM(36, slti, 0, -2048, -2048)
  TEST_IMM(37, slti, 1, -2049, 0)
  TEST_IMM(38, slti, 1, -2049, 1)
  TEST_IMM(39, slti, 1, -2049, -1)
  TEST_IMM(40, slti, 1, -2049, 2047)
  TEST_IMM(41, slti, 1, -2049, -2048)
  TEST_IMM(42, slti, 0, 0x7fffffffffffffff, 0)
  TEST_IMM(43, slti, 0, 0x7fffffffffffffff, 1)
  TEST_IMM(44, slti, 0, 0x7fffffffffffffff, -1)
  TEST_IMM(45, slti, 0, 0x7fffffffffffffff, 2047)
  TEST_IMM(46, slti, 0, 0x7fffffffffffffff, -2048)
  TEST_IMM(47, slti, 1, 0x8000000000000000, 0)
  TEST_IMM(48, slti, 1, 0x8000000000000000, 1)
  TEST_IMM(49, slti, 1, 0x8000000000000000, -1)
  TEST_IMM(50, slti, 1, 0x8000000000000000, 2047)
  TEST_IMM(51, slti, 1, 0x8000000000000000, -2048)
  TEST_IMM(52, slti, 1, -2048, 0)
  TEST_IMM(53, slti, 1, -2048, 1)
  TEST_IMM(54, slti, 1, -2048, -1)
  TEST_IMM(55, slti, 1, -2048, 2047)
  TEST_IMM(56, slti, 0, -2048, -2048)

  # rd is rs1
  TEST_IMM_RD_EQ_RS1(57, slti, 1, -5, -4)
  TEST_IMM_RD_EQ_RS1(58, slti, 1, 0x8000000000000000, 0)

  # rs1 = x0
  TEST_IMM_X0_RS1(59, slti, 0, -4)
  TEST_IMM_X0_RS1(60, slti, 0, 0)

  # rd = x0: the result is discarded
  TEST_IMM_X0_RD(61, slti, -5, -4)

  # result used by the very next instruction
  TEST_IMM_FORWARD(62, slti, 1, -5, -4)
  TEST_IMM_FORWARD(63, slti, 1, 0x8000000000000000, 0)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
