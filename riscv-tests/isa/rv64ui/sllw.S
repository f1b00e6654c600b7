# sllw: register-register SLLW (RV64I)
# rd = sext32(rs1[31:0] << rs2[4:0]); only 5 bits of rs2 count.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs (64-bit edge values, 32-bit boundaries, patterns)
  TEST_RR(2, sllw, 1, 1, 0)
  TEST_RR(3, sllw, 2, 1, 1)
  TEST_RR(4, sllw, 128, 1, 7)
  TEST_RR(5, sllw, 0x0000000000010000, 1, 16)
  TEST_RR(6, sllw, 0xffffffff80000000, 1, 31)
  TEST_RR(7, sllw, 1, 1, 32)
  TEST_RR(8, sllw, 2, 1, 33)
  TEST_RR(9, sllw, 0xffffffff80000000, 1, 63)
  TEST_RR(10, sllw, 2, 1, 0x8000000000000021)
  TEST_RR(11, sllw, 0xffffffff80000000, 1, -1)
  TEST_RR(12, sllw, -1, -1, 0)
  TEST_RR(13, sllw, -2, -1, 1)
  TEST_RR(14, sllw, -128, -1, 7)
  TEST_RR(15, sllw, 0xffffffffffff0000, -1, 16)
  TEST_RR(16, sllw, 0xffffffff80000000, -1, 31)
  TEST_RR(17, sllw, -1, -1, 32)
  TEST_RR(18, sllw, -2, -1, 33)
  TEST_RR(19, sllw, 0xffffffff80000000, -1, 63)
  TEST_RR(20, sllw, -2, -1, 0x8000000000000021)
  TEST_RR(21, sllw, 0xffffffff80000000, -1, -1)
  TEST_RR(22, sllw, 0xffffffff80000000, 0x0000000080000000, 0)
  TEST_RR(23, sllw, 0, 0x0000000080000000, 1)
  TEST_RR(24, sllw, 0, 0x0000000080000000, 7)
  TEST_RR(25, sllw, 0, 0x0000000080000000, 16)
  TEST_RR(26, sllw, 0, 0x0000000080000000, 31)
  TEST_RR(27, sllw, 0xffffffff80000000, 0x0000000080000000, 32)
  TEST_RR(28, sllw, 0, 0x0000000080000000, 33)
  TEST_RR(29, sllw, 0, 0x0000000080000000, 63)
  TEST_RR(30, sllw, 0, 0x0000000080000000, 0x8000000000000021)
  TEST_RR(31, sllw, 0, 0x0000000080000000, -1)
  TEST_RR(32, sllw, 0x000000007fffffff, 0x000000007fffffff, 0)
  TEST_RR(33, sllw, -2, 0x000000007fffffff, 1)
  TEST_RR(34, sllw, -128, 0x000000007fffffff, 7)
  TEST_RR(35, sllw, 0xffffffffffff0000, 0x000000007fffffff, 16)
  TEST_RR(36, sllw, 0xffffffff80000000, 0x000000007fffffff, 31)
  TEST_RR(37, sllw, 0x000000007fffffff, 0x000000007fffffff, 32)
  TEST_RR(38, sllw, -2, 0x000000007fffffff, 33)
  TEST_RR(39, sllw, 0xffffffff80000000, 0x000000007fffffff, 63)
  TEST_RR(40, sllw, -2, 0x000000007fffffff, 0x8000000000000021)
  TEST_RR(41, sllw, 0xffffffff80000000, 0x000000007fffffff, -1)
  TEST_RR(42, sllw, 0xffffffff89abcdef, 0x0123456789abcdef, 0)
  TEST_RR(43, sllw, 0x0000000013579bde, 0x0123456789abcdef, 1)
  TEST_RR(44, sllw, 0xffffffffd5e6f780, 0x0123456789abcdef, 7)
  TEST_RR(45, sllw, 0xffffffffcdef0000, 0x0123456789abcdef, 16)
  TEST_RR(46, sllw, 0xffffffff80000000, 0x0123456789abcdef, 31)
  TEST_RR(47, sllw, 0xffffffff89abcdef, 0x0123456789abcdef, 32)
  TEST_RR(48, sllw, 0x0000000013579bde, 0x0123456789abcdef, 33)
  TEST_RR(49, sllw, 0xffffffff80000000, 0x0123456789abcdef, 63)
  TEST_RR(50, sllw, 0x0000000013579bde, 0x0123456789abcdef, 0x8000000000000021)
  TEST_RR(51, sllw, 0xffffffff80000000, 0x0123456789abcdef, -1)
  TEST_RR(52, sllw, 0xffffffff87654321, 0x1234567887654321, 0)
  TEST_RR(53, sllw, 0x000000000eca8642, 0x1234567887654321, 1)
  TEST_RR(54, sllw, 0xffffffffb2a19080, 0x1234567887654321, 7)
  TEST_RR(55, sllw, 0x0000000043210000, 0x1234567887654321, 16)
  TEST_RR(56, sllw, 0xffffffff80000000, 0x1234567887654321, 31)
  TEST_RR(57, sllw, 0xffffffff87654321, 0x1234567887654321, 32)
  TEST_RR(58, sllw, 0x000000000eca8642, 0x1234567887654321, 33)
  TEST_RR(59, sllw, 0xffffffff80000000, 0x1234567887654321, 63)
  TEST_RR(60, sllw, 0x000000000eca8642, 0x1234567887654321, 0x8000000000000021)
  TEST_RR(61, sllw, 0xffffffff80000000, 0x1234567887654321, -1)
  TEST_RR(62, sllw, 1, 0xffffffff00000001, 0)
  TEST_RR(63, sllw, 2, 0xffffffff00000001, 1)
  TEST_RR(64, sllw, 128, 0xffffffff00000001, 7)
  TEST_RR(65, sllw, 0x0000000000010000, 0xffffffff00000001, 16)
  TEST_RR(66, sllw, 0xffffffff80000000, 0xffffffff00000001, 31)
  TEST_RR(67, sllw, 1, 0xffffffff00000001, 32)
  TEST_RR(68, sllw, 2, 0xffffffff00000001, 33)
  TEST_RR(69, sllw, 0xffffffff80000000, 0xffffffff00000001, 63)
  TEST_RR(70, sllw, 2, 0xffffffff00000001, 0x8000000000000021)
  TEST_RR(71, sllw, 0xffffffff80000000, 0xffffffff00000001, -1)

  # rd is also a source register
  TEST_RR_RD_EQ_RS1(72, sllw, 0x0000000079bde000, 0x0123456789abcdef, 13)
  TEST_RR_RD_EQ_RS2(73, sllw, 0x0000000079bde000, 0x0123456789abcdef, 13)
  TEST_RR_RD_EQ_RS1(74, sllw, 0x0000000000043b28, 0x0000000080008765, 35)
  TEST_RR_RD_EQ_RS2(75, sllw, 0x0000000000043b28, 0x0000000080008765, 35)
  TEST_RR_RD_EQ_BOTH(76, sllw, 0x000000000010eca0, 0x0000000080008765)
  TEST_RR_RD_EQ_BOTH(77, sllw, 0xffffffff80000000, -1)

  # x0 as a source reads as zero
  TEST_RR_X0_RS1(78, sllw, 0, 35)
  TEST_RR_X0_RS2(79, sllw, 0xffffffff80008765, 0x0000000080008765)
  TEST_RR_X0_BOTH(80, sllw, 0)

  # x0 as destination: the result is discarded
  TEST_RR_X0_RD(81, sllw, 0x0000000080008765, 35)
  TEST_RR_X0_RD(82, sllw, -1, 1)

  # result used by the very next instruction
  TEST_RR_FORWARD(83, sllw, 0x0000000079bde000, 0x0123456789abcdef, 13)
  TEST_RR_FORWARD(84, sllw, 0x0000000000043b28, 0x0000000080008765, 35)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
