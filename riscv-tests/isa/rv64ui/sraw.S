# sraw: register-register SRAW (RV64I)
# rd = sext32(rs1[31:0] >> rs2[4:0]) (arithmetic); only 5 bits of rs2 count.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs (64-bit edge values, 32-bit boundaries, patterns)
  TEST_RR(2, sraw, 1, 1, 0)
  TEST_RR(3, sraw, 0, 1, 1)
  TEST_RR(4, sraw, 0, 1, 7)
  TEST_RR(5, sraw, 0, 1, 16)
  TEST_RR(6, sraw, 0, 1, 31)
  TEST_RR(7, sraw, 1, 1, 32)
  TEST_RR(8, sraw, 0, 1, 33)
  TEST_RR(9, sraw, 0, 1, 63)
  TEST_RR(10, sraw, 0, 1, 0x8000000000000021)
  TEST_RR(11, sraw, 0, 1, -1)
  TEST_RR(12, sraw, -1, -1, 0)
  TEST_RR(13, sraw, -1, -1, 1)
  TEST_RR(14, sraw, -1, -1, 7)
  TEST_RR(15, sraw, -1, -1, 16)
  TEST_RR(16, sraw, -1, -1, 31)
  TEST_RR(17, sraw, -1, -1, 32)
  TEST_RR(18, sraw, -1, -1, 33)
  TEST_RR(19, sraw, -1, -1, 63)
  TEST_RR(20, sraw, -1, -1, 0x8000000000000021)
  TEST_RR(21, sraw, -1, -1, -1)
  TEST_RR(22, sraw, 0xffffffff80000000, 0x0000000080000000, 0)
  TEST_RR(23, sraw, 0xffffffffc0000000, 0x0000000080000000, 1)
  TEST_RR(24, sraw, 0xffffffffff000000, 0x0000000080000000, 7)
  TEST_RR(25, sraw, 0xffffffffffff8000, 0x0000000080000000, 16)
  TEST_RR(26, sraw, -1, 0x0000000080000000, 31)
  TEST_RR(27, sraw, 0xffffffff80000000, 0x0000000080000000, 32)
  TEST_RR(28, sraw, 0xffffffffc0000000, 0x0000000080000000, 33)
  TEST_RR(29, sraw, -1, 0x0000000080000000, 63)
  TEST_RR(30, sraw, 0xffffffffc0000000, 0x0000000080000000, 0x8000000000000021)
  TEST_RR(31, sraw, -1, 0x0000000080000000, -1)
  TEST_RR(32, sraw, 0x000000007fffffff, 0x000000007fffffff, 0)
  TEST_RR(33, sraw, 0x000000003fffffff, 0x000000007fffffff, 1)
  TEST_RR(34, sraw, 0x0000000000ffffff, 0x000000007fffffff, 7)
  TEST_RR(35, sraw, 0x0000000000007fff, 0x000000007fffffff, 16)
  TEST_RR(36, sraw, 0, 0x000000007fffffff, 31)
  TEST_RR(37, sraw, 0x000000007fffffff, 0x000000007fffffff, 32)
  TEST_RR(38, sraw, 0x000000003fffffff, 0x000000007fffffff, 33)
  TEST_RR(39, sraw, 0, 0x000000007fffffff, 63)
  TEST_RR(40, sraw, 0x000000003fffffff, 0x000000007fffffff, 0x8000000000000021)
  TEST_RR(41, sraw, 0, 0x000000007fffffff, -1)
  TEST_RR(42, sraw, 0xffffffff89abcdef, 0x0123456789abcdef, 0)
  TEST_RR(43, sraw, 0xffffffffc4d5e6f7, 0x0123456789abcdef, 1)
  TEST_RR(44, sraw, 0xffffffffff13579b, 0x0123456789abcdef, 7)
  TEST_RR(45, sraw, 0xffffffffffff89ab, 0x0123456789abcdef, 16)
  TEST_RR(46, sraw, -1, 0x0123456789abcdef, 31)
  TEST_RR(47, sraw, 0xffffffff89abcdef, 0x0123456789abcdef, 32)
  TEST_RR(48, sraw, 0xffffffffc4d5e6f7, 0x0123456789abcdef, 33)
  TEST_RR(49, sraw, -1, 0x0123456789abcdef, 63)
  TEST_RR(50, sraw, 0xffffffffc4d5e6f7, 0x0123456789abcdef, 0x8000000000000021)
  TEST_RR(51, sraw, -1, 0x0123456789abcdef, -1)
  TEST_RR(52, sraw, 0xffffffff87654321, 0x1234567887654321, 0)
  TEST_RR(53, sraw, 0xffffffffc3b2a190, 0x1234567887654321, 1)
  TEST_RR(54, sraw, 0xffffffffff0eca86, 0x1234567887654321, 7)
  TEST_RR(55, sraw, 0xffffffffffff8765, 0x1234567887654321, 16)
  TEST_RR(56, sraw, -1, 0x1234567887654321, 31)
  TEST_RR(57, sraw, 0xffffffff87654321, 0x1234567887654321, 32)
  TEST_RR(58, sraw, 0xffffffffc3b2a190, 0x1234567887654321, 33)
  TEST_RR(59, sraw, -1, 0x1234567887654321, 63)
  TEST_RR(60, sraw, 0xffffffffc3b2a190, 0x1234567887654321, 0x8000000000000021)
  TEST_RR(61, sraw, -1, 0x1234567887654321, -1)
  TEST_RR(62, sraw, 1, 0xffffffff00000001, 0)
  TEST_RR(63, sraw, 0, 0xffffffff00000001, 1)
  TEST_RR(64, sraw, 0, 0xffffffff00000001, 7)
  TEST_RR(65, sraw, 0, 0xffffffff00000001, 16)
  TEST_RR(66, sraw, 0, 0xffffffff00000001, 31)
  TEST_RR(67, sraw, 1, 0xffffffff00000001, 32)
  TEST_RR(68, sraw, 0, 0xffffffff00000001, 33)
  TEST_RR(69, sraw, 0, 0xffffffff00000001, 63)
  TEST_RR(70, sraw, 0, 0xffffffff00000001, 0x8000000000000021)
  TEST_RR(71, sraw, 0, 0xffffffff00000001, -1)

  # rd is also a source register
  TEST_RR_RD_EQ_RS1(72, sraw, 0xfffffffffffc4d5e, 0x0123456789abcdef, 13)
  TEST_RR_RD_EQ_RS2(73, sraw, 0xfffffffffffc4d5e, 0x0123456789abcdef, 13)
  TEST_RR_RD_EQ_RS1(74, sraw, 0xfffffffff00010ec, 0x0000000080008765, 35)
  TEST_RR_RD_EQ_RS2(75, sraw, 0xfffffffff00010ec, 0x0000000080008765, 35)
  TEST_RR_RD_EQ_BOTH(76, sraw, 0xfffffffffc00043b, 0x0000000080008765)
  TEST_RR_RD_EQ_BOTH(77, sraw, -1, -1)

  # x0 as a source reads as zero
  TEST_RR_X0_RS1(78, sraw, 0, 35)
  TEST_RR_X0_RS2(79, sraw, 0xffffffff80008765, 0x0000000080008765)
  TEST_RR_X0_BOTH(80, sraw, 0)

  # x0 as destination: the result is discarded
  TEST_RR_X0_RD(81, sraw, 0x0000000080008765, 35)
  TEST_RR_X0_RD(82, sraw, -1, 1)

  # result used by the very next instruction
  TEST_RR_FORWARD(83, sraw, 0xfffffffffffc4d5e, 0x0123456789abcdef, 13)
  TEST_RR_FORWARD(84, sraw, 0xfffffffff00010ec, 0x0000000080008765, 35)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
