# remu: REMU (RV64M)
# rd = rs1 % rs2 unsigned.  x % 0 = x.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs: signs, zero, overflow, 32-bit boundaries, upper bits
  TEST_RR(2, remu, 2, 20, 6)
  TEST_RR(3, remu, 2, -20, 6)
  TEST_RR(4, remu, 20, 20, -6)
  TEST_RR(5, remu, -20, -20, -6)
  TEST_RR(6, remu, 0, 7, 7)
  TEST_RR(7, remu, 0, 0, 5)
  TEST_RR(8, remu, 5, 5, 0)
  TEST_RR(9, remu, -5, -5, 0)
  TEST_RR(10, remu, 0, 0, 0)
  TEST_RR(11, remu, 0x8000000000000000, 0x8000000000000000, -1)
  TEST_RR(12, remu, 0, 0x8000000000000000, 1)
  TEST_RR(13, remu, 0, 0x8000000000000000, 2)
  TEST_RR(14, remu, 0, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(15, remu, 0x7fffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(16, remu, 1, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(17, remu, 0x7fffffffffffffff, 0x7fffffffffffffff, -1)
  TEST_RR(18, remu, 0x7fffffffffffffff, -1, 0x8000000000000000)
  TEST_RR(19, remu, 0, -1, 1)
  TEST_RR(20, remu, 1, 1, -1)
  TEST_RR(21, remu, 0, -1, -1)
  TEST_RR(22, remu, 3, 3, 0x0000000100000000)
  TEST_RR(23, remu, 3567, 0x0123456789abcdef, 0x0000000000001000)
  TEST_RR(24, remu, 528, 0xfedcba9876543210, 0x0000000000001000)
  TEST_RR(25, remu, 111, 0xfedcba9876543210, 127)
  TEST_RR(26, remu, 0xfedcba9876543210, 0xfedcba9876543210, -127)
  TEST_RR(27, remu, 0x0000000080000000, 0x0000000080000000, -1)
  TEST_RR(28, remu, 0xffffffff80000000, 0xffffffff80000000, -1)
  TEST_RR(29, remu, 0x7fffffff80000000, 0x7fffffff80000000, -1)
  TEST_RR(30, remu, 0x0000000180000000, 0x0000000180000000, 0x00000001ffffffff)
  TEST_RR(31, remu, 14, 0x0000000100000014, 0x0000000100000006)
  TEST_RR(32, remu, 0x00000000ffffffe6, -20, 0xffffffff00000006)
  TEST_RR(33, remu, 5, 5, 0x0000000100000000)
  TEST_RR(34, remu, 0x00000000ffffffff, 0x00000000ffffffff, 0xffffffff00000000)

  # rd is a source; x0 operands; rd = x0; result forwarded
  TEST_RR_RD_EQ_RS1(35, remu, 170, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_RS2(36, remu, 170, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_BOTH(37, remu, 0, -7)
  TEST_RR_RD_EQ_BOTH(38, remu, 0, 0x8000000000000000)
  TEST_RR_X0_RS1(39, remu, 0, 4081)
  TEST_RR_X0_RS2(40, remu, 0xfedcba9876543210, 0xfedcba9876543210)
  TEST_RR_X0_BOTH(41, remu, 0)
  TEST_RR_X0_RD(42, remu, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(43, remu, 170, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(44, remu, 0x8000000000000000, 0x8000000000000000, -1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
