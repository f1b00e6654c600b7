# slliw: register-immediate SLLIW (RV64I)
# rd = sext32(rs1[31:0] << shamt), shamt 0..31 (5 bits; larger is reserved).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand / immediate combinations
  TEST_IMM(2, slliw, 1, 1, 0)
  TEST_IMM(3, slliw, 2, 1, 1)
  TEST_IMM(4, slliw, 128, 1, 7)
  TEST_IMM(5, slliw, 0x0000000000008000, 1, 15)
  TEST_IMM(6, slliw, 0x0000000000010000, 1, 16)
  TEST_IMM(7, slliw, 0x0000000040000000, 1, 30)
  TEST_IMM(8, slliw, 0xffffffff80000000, 1, 31)
  TEST_IMM(9, slliw, -1, -1, 0)
  TEST_IMM(10, slliw, -2, -1, 1)
  TEST_IMM(11, slliw, -128, -1, 7)
  TEST_IMM(12, slliw, 0xffffffffffff8000, -1, 15)
  TEST_IMM(13, slliw, 0xffffffffffff0000, -1, 16)
  TEST_IMM(14, slliw, 0xffffffffc0000000, -1, 30)
  TEST_IMM(15, slliw, 0xffffffff80000000, -1, 31)
  TEST_IMM(16, slliw, 0xffffffff80000000, 0x0000000080000000, 0)
  TEST_IMM(17, slliw, 0, 0x0000000080000000, 1)
  TEST_IMM(18, slliw, 0, 0x0000000080000000, 7)
  TEST_IMM(19, slliw, 0, 0x0000000080000000, 15)
  TEST_IMM(20, slliw, 0, 0x0000000080000000, 16)
  TEST_IMM(21, slliw, 0, 0x0000000080000000, 30)
  TEST_IMM(22, slliw, 0, 0x0000000080000000, 31)
  TEST_IMM(23, slliw, 0x000000007fffffff, 0x000000007fffffff, 0)
  TEST_IMM(24, slliw, -2, 0x000000007fffffff, 1)
  TEST_IMM(25, slliw, -128, 0x000000007fffffff, 7)
  TEST_IMM(26, slliw, 0xffffffffffff8000, 0x000000007fffffff, 15)
  TEST_IMM(27, slliw, 0xffffffffffff0000, 0x000000007fffffff, 16)
  TEST_IMM(28, slliw, 0xffffffffc0000000, 0x000000007fffffff, 30)
  TEST_IMM(29, slliw, 0xffffffff80000000, 0x000000007fffffff, 31)
  TEST_IMM(30, slliw, 0xffffffff89abcdef, 0x0123456789abcdef, 0)
  TEST_IMM(31, slliw, 0x0000000013579bde, 0x0123456789abcdef, 1)
  TEST_IMM(32, slliw, 0xffffffffd5e6f780, 0x0123456789abcdef, 7)
  TEST_IMM(33, slliw, 0xffffffffe6f78000, 0x0123456789abcdef, 15)
  TEST_IMM(34, slliw, 0xffffffffcdef0000, 0x0123456789abcdef, 16)
  TEST_IMM(35, slliw, 0xffffffffc0000000, 0x0123456789abcdef, 30)
  TEST_IMM(36, slliw, 0xffffffff80000000, 0x0123456789abcdef, 31)
  TEST_IMM(37, slliw, 0xffffffff87654321, 0x1234567887654321, 0)
  TEST_IMM(38, slliw, 0x000000000eca8642, 0x1234567887654321, 1)
  TEST_IMM(39, slliw, 0xffffffffb2a19080, 0x1234567887654321, 7)
  TEST_IMM(40, slliw, 0xffffffffa1908000, 0x1234567887654321, 15)
  TEST_IMM(41, slliw, 0x0000000043210000, 0x1234567887654321, 16)
  TEST_IMM(42, slliw, 0x0000000040000000, 0x1234567887654321, 30)
  TEST_IMM(43, slliw, 0xffffffff80000000, 0x1234567887654321, 31)
  TEST_IMM(44, slliw, 1, 0xffffffff00000001, 0)
  TEST_IMM(45, slliw, 2, 0xffffffff00000001, 1)
  TEST_IMM(46, slliw, 128, 0xffffffff00000001, 7)
  TEST_IMM(47, slliw, 0x0000000000008000, 0xffffffff00000001, 15)
  TEST_IMM(48, slliw, 0x0000000000010000, 0xffffffff00000001, 16)
  TEST_IMM(49, slliw, 0x0000000040000000, 0xffffffff00000001, 30)
  TEST_IMM(50, slliw, 0xffffffff80000000, 0xffffffff00000001, 31)

  # rd is rs1
  TEST_IMM_RD_EQ_RS1(51, slliw, 0xffffffffbcdef000, 0x0123456789abcdef, 12)
  TEST_IMM_RD_EQ_RS1(52, slliw, 0xffffffff80000000, 0xffffffff80000001, 31)

  # rs1 = x0
  TEST_IMM_X0_RS1(53, slliw, 0, 12)
  TEST_IMM_X0_RS1(54, slliw, 0, 31)

  # rd = x0: the result is discarded
  TEST_IMM_X0_RD(55, slliw, 0x0123456789abcdef, 12)

  # result used by the very next instruction
  TEST_IMM_FORWARD(56, slliw, 0xffffffffbcdef000, 0x0123456789abcdef, 12)
  TEST_IMM_FORWARD(57, slliw, 0xffffffff80000000, 0xffffffff80000001, 31)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
