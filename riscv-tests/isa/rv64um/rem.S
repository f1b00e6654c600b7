# rem: REM (RV64M)
# rd = rs1 % rs2 signed; the sign follows the dividend.
# x % 0 = x; -2^63 % -1 = 0.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs: signs, zero, overflow, 32-bit boundaries, upper bits
  TEST_RR(2, rem, 2, 20, 6)
  TEST_RR(3, rem, -2, -20, 6)
  TEST_RR(4, rem, 2, 20, -6)
  TEST_RR(5, rem, -2, -20, -6)
  TEST_RR(6, rem, 0, 7, 7)
  TEST_RR(7, rem, 0, 0, 5)
  TEST_RR(8, rem, 5, 5, 0)
  TEST_RR(9, rem, -5, -5, 0)
  TEST_RR(10, rem, 0, 0, 0)
  TEST_RR(11, rem, 0, 0x8000000000000000, -1)
  TEST_RR(12, rem, 0, 0x8000000000000000, 1)
  TEST_RR(13, rem, 0, 0x8000000000000000, 2)
  TEST_RR(14, rem, 0, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(15, rem, 0x7fffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(16, rem, -1, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(17, rem, 0, 0x7fffffffffffffff, -1)
  TEST_RR(18, rem, -1, -1, 0x8000000000000000)
  TEST_RR(19, rem, 0, -1, 1)
  TEST_RR(20, rem, 0, 1, -1)
  TEST_RR(21, rem, 0, -1, -1)
  TEST_RR(22, rem, 3, 3, 0x0000000100000000)
  TEST_RR(23, rem, 3567, 0x0123456789abcdef, 0x0000000000001000)
  TEST_RR(24, rem, -3568, 0xfedcba9876543210, 0x0000000000001000)
  TEST_RR(25, rem, -18, 0xfedcba9876543210, 127)
  TEST_RR(26, rem, -18, 0xfedcba9876543210, -127)
  TEST_RR(27, rem, 0, 0x0000000080000000, -1)
  TEST_RR(28, rem, 0, 0xffffffff80000000, -1)
  TEST_RR(29, rem, 0, 0x7fffffff80000000, -1)
  TEST_RR(30, rem, 0x0000000180000000, 0x0000000180000000, 0x00000001ffffffff)
  TEST_RR(31, rem, 14, 0x0000000100000014, 0x0000000100000006)
  TEST_RR(32, rem, -20, -20, 0xffffffff00000006)
  TEST_RR(33, rem, 5, 5, 0x0000000100000000)
  TEST_RR(34, rem, 0x00000000ffffffff, 0x00000000ffffffff, 0xffffffff00000000)

  # rd is a source; x0 operands; rd = x0; result forwarded
  TEST_RR_RD_EQ_RS1(35, rem, -693, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_RS2(36, rem, -693, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_BOTH(37, rem, 0, -7)
  TEST_RR_RD_EQ_BOTH(38, rem, 0, 0x8000000000000000)
  TEST_RR_X0_RS1(39, rem, 0, 4081)
  TEST_RR_X0_RS2(40, rem, 0xfedcba9876543210, 0xfedcba9876543210)
  TEST_RR_X0_BOTH(41, rem, 0)
  TEST_RR_X0_RD(42, rem, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(43, rem, -693, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(44, rem, 0, 0x8000000000000000, -1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
