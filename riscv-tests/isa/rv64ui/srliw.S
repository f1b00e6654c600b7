# srliw: register-immediate SRLIW (RV64I)
# rd = sext32(rs1[31:0] >> shamt) logical, shamt 0..31.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand / immediate combinations
  TEST_IMM(2, srliw, 1, 1, 0)
  TEST_IMM(3, srliw, 0, 1, 1)
  TEST_IMM(4, srliw, 0, 1, 7)
  TEST_IMM(5, srliw, 0, 1, 15)
  TEST_IMM(6, srliw, 0, 1, 16)
  TEST_IMM(7, srliw, 0, 1, 30)
  TEST_IMM(8, srliw, 0, 1, 31)
  TEST_IMM(9, srliw, -1, -1, 0)
  TEST_IMM(10, srliw, 0x000000007fffffff, -1, 1)
  TEST_IMM(11, srliw, 0x0000000001ffffff, -1, 7)
  TEST_IMM(12, srliw, 0x000000000001ffff, -1, 15)
  TEST_IMM(13, srliw, 0x000000000000ffff, -1, 16)
  TEST_IMM(14, srliw, 3, -1, 30)
  TEST_IMM(15, srliw, 1, -1, 31)
  TEST_IMM(16, srliw, 0xffffffff80000000, 0x0000000080000000, 0)
  TEST_IMM(17, srliw, 0x0000000040000000, 0x0000000080000000, 1)
  TEST_IMM(18, srliw, 0x0000000001000000, 0x0000000080000000, 7)
  TEST_IMM(19, srliw, 0x0000000000010000, 0x0000000080000000, 15)
  TEST_IMM(20, srliw, 0x0000000000008000, 0x0000000080000000, 16)
  TEST_IMM(21, srliw, 2, 0x0000000080000000, 30)
  TEST_IMM(22, srliw, 1, 0x0000000080000000, 31)
  TEST_IMM(23, srliw, 0x000000007fffffff, 0x000000007fffffff, 0)
  TEST_IMM(24, srliw, 0x000000003fffffff, 0x000000007fffffff, 1)
  TEST_IMM(25, srliw, 0x0000000000ffffff, 0x000000007fffffff, 7)
  TEST_IMM(26, srliw, 0x000000000000ffff, 0x000000007fffffff, 15)
  TEST_IMM(27, srliw, 0x0000000000007fff, 0x000000007fffffff, 16)
  TEST_IMM(28, srliw, 1, 0x000000007fffffff, 30)
  TEST_IMM(29, srliw, 0, 0x000000007fffffff, 31)
  TEST_IMM(30, srliw, 0xffffffff89abcdef, 0x0123456789abcdef, 0)
  TEST_IMM(31, srliw, 0x0000000044d5e6f7, 0x0123456789abcdef, 1)
  TEST_IMM(32, srliw, 0x000000000113579b, 0x0123456789abcdef, 7)
  TEST_IMM(33, srliw, 0x0000000000011357, 0x0123456789abcdef, 15)
  TEST_IMM(34, srliw, 0x00000000000089ab, 0x0123456789abcdef, 16)
  TEST_IMM(35, srliw, 2, 0x0123456789abcdef, 30)
  TEST_IMM(36, srliw, 1, 0x0123456789abcdef, 31)
  TEST_IMM(37, srliw, 0xffffffff87654321, 0x1234567887654321, 0)
  TEST_IMM(38, srliw, 0x0000000043b2a190, 0x1234567887654321, 1)
  TEST_IMM(39, srliw, 0x00000000010eca86, 0x1234567887654321, 7)
  TEST_IMM(40, srliw, 0x0000000000010eca, 0x1234567887654321, 15)
  TEST_IMM(41, srliw, 0x0000000000008765, 0x1234567887654321, 16)
  TEST_IMM(42, srliw, 2, 0x1234567887654321, 30)
  TEST_IMM(43, srliw, 1, 0x1234567887654321, 31)
  TEST_IMM(44, srliw, 1, 0xffffffff00000001, 0)
  TEST_IMM(45, srliw, 0, 0xffffffff00000001, 1)
  TEST_IMM(46, srliw, 0, 0xffffffff00000001, 7)
  TEST_IMM(47, srliw, 0, 0xffffffff00000001, 15)
  TEST_IMM(48, srliw, 0, 0xffffffff00000001, 16)
  TEST_IMM(49, srliw, 0, 0xffffffff00000001, 30)
  TEST_IMM(50, srliw, 0, 0xffffffff00000001, 31)

  # rd is rs1
  TEST_IMM_RD_EQ_RS1(51, srliw, 0x0000000000089abc, 0x0123456789abcdef, 12)
  TEST_IMM_RD_EQ_RS1(52, srliw, 1, 0xffffffff80000001, 31)

  # rs1 = x0
  TEST_IMM_X0_RS1(53, srliw, 0, 12)
  TEST_IMM_X0_RS1(54, srliw, 0, 31)

  # rd = x0: the result is discarded
  TEST_IMM_X0_RD(55, srliw, 0x0123456789abcdef, 12)

  # result used by the very next instruction
  TEST_IMM_FORWARD(56, srliw, 0x0000000000089abc, 0x0123456789abcdef, 12)
  TEST_IMM_FORWARD(57, srliw, 1, 0xffffffff80000001, 31)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
