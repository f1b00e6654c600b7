# sraiw: register-immediate SRAIW (RV64I)
# rd = sext32(rs1[31:0] >> shamt) arithmetic, shamt 0..31.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand / immediate combinations
  TEST_IMM(2, sraiw, 1, 1, 0)
  TEST_IMM(3, sraiw, 0, 1, 1)
  TEST_IMM(4, sraiw, 0, 1, 7)
  TEST_IMM(5, sraiw, 0, 1, 15)
  TEST_IMM(6, sraiw, 0, 1, 16)
  TEST_IMM(7, sraiw, 0, 1, 30)
  TEST_IMM(8, sraiw, 0, 1, 31)
  TEST_IMM(9, sraiw, -1, -1, 0)
  TEST_IMM(10, sraiw, -1, -1, 1)
  TEST_IMM(11, sraiw, -1, -1, 7)
  TEST_IMM(12, sraiw, -1, -1, 15)
  TEST_IMM(13, sraiw, -1, -1, 16)
  TEST_IMM(14, sraiw, -1, -1, 30)
  TEST_IMM(15, sraiw, -1, -1, 31)
  TEST_IMM(16, sraiw, 0xffffffff80000000, 0x0000000080000000, 0)
  TEST_IMM(17, sraiw, 0xffffffffc0000000, 0x0000000080000000, 1)
  TEST_IMM(18, sraiw, 0xffffffffff000000, 0x0000000080000000, 7)
  TEST_IMM(19, sraiw, 0xffffffffffff0000, 0x0000000080000000, 15)
  TEST_IMM(20, sraiw, 0xffffffffffff8000, 0x0000000080000000, 16)
  TEST_IMM(21, sraiw, -2, 0x0000000080000000, 30)
  TEST_IMM(22, sraiw, -1, 0x0000000080000000, 31)
  TEST_IMM(23, sraiw, 0x000000007fffffff, 0x000000007fffffff, 0)
  TEST_IMM(24, sraiw, 0x000000003fffffff, 0x000000007fffffff, 1)
  TEST_IMM(25, sraiw, 0x0000000000ffffff, 0x000000007fffffff, 7)
  TEST_IMM(26, sraiw, 0x000000000000ffff, 0x000000007fffffff, 15)
  TEST_IMM(27, sraiw, 0x0000000000007fff, 0x000000007fffffff, 16)
  TEST_IMM(28, sraiw, 1, 0x000000007fffffff, 30)
  TEST_IMM(29, sraiw, 0, 0x000000007fffffff, 31)
  TEST_IMM(30, sraiw, 0xffffffff89abcdef, 0x0123456789abcdef, 0)
  TEST_IMM(31, sraiw, 0xffffffffc4d5e6f7, 0x0123456789abcdef, 1)
  TEST_IMM(32, sraiw, 0xffffffffff13579b, 0x0123456789abcdef, 7)
  TEST_IMM(33, sraiw, 0xffffffffffff1357, 0x0123456789abcdef, 15)
  TEST_IMM(34, sraiw, 0xffffffffffff89ab, 0x0123456789abcdef, 16)
  TEST_IMM(35, sraiw, -2, 0x0123456789abcdef, 30)
  TEST_IMM(36, sraiw, -1, 0x0123456789abcdef, 31)
  TEST_IMM(37, sraiw, 0xffffffff87654321, 0x1234567887654321, 0)
  TEST_IMM(38, sraiw, 0xffffffffc3b2a190, 0x1234567887654321, 1)
  TEST_IMM(39, sraiw, 0xffffffffff0eca86, 0x1234567887654321, 7)
  TEST_IMM(40, sraiw, 0xffffffffffff0eca, 0x1234567887654321, 15)
  TEST_IMM(41, sraiw, 0xffffffffffff8765, 0x1234567887654321, 16)
  TEST_IMM(42, sraiw, -2, 0x1234567887654321, 30)
  TEST_IMM(43, sraiw, -1, 0x1234567887654321, 31)
  TEST_IMM(44, sraiw, 1, 0xffffffff00000001, 0)
  TEST_IMM(45, sraiw, 0, 0xffffffff00000001, 1)
  TEST_IMM(46, sraiw, 0, 0xffffffff00000001, 7)
  TEST_IMM(47, sraiw, 0, 0xffffffff00000001, 15)
  TEST_IMM(48, sraiw, 0, 0xffffffff00000001, 16)
  TEST_IMM(49, sraiw, 0, 0xffffffff00000001, 30)
  TEST_IMM(50, sraiw, 0, 0xffffffff00000001, 31)

  # rd is rs1
  TEST_IMM_RD_EQ_RS1(51, sraiw, 0xfffffffffff89abc, 0x0123456789abcdef, 12)
  TEST_IMM_RD_EQ_RS1(52, sraiw, -1, 0xffffffff80000001, 31)

  # rs1 = x0
  TEST_IMM_X0_RS1(53, sraiw, 0, 12)
  TEST_IMM_X0_RS1(54, sraiw, 0, 31)

  # rd = x0: the result is discarded
  TEST_IMM_X0_RD(55, sraiw, 0x0123456789abcdef, 12)

  # result used by the very next instruction
  TEST_IMM_FORWARD(56, sraiw, 0xfffffffffff89abc, 0x0123456789abcdef, 12)
  TEST_IMM_FORWARD(57, sraiw, -1, 0xffffffff80000001, 31)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
