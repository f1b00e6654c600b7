# div: DIV (RV64M)
# rd = rs1 / rs2 signed, rounding toward zero.
# Division by zero gives all ones (-1); -2^63 / -1 overflows to -2^63.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs: signs, zero, overflow, 32-bit boundaries, upper bits
  TEST_RR(2, div, 3, 20, 6)
  TEST_RR(3, div, -3, -20, 6)
  TEST_RR(4, div, -3, 20, -6)
  TEST_RR(5, div, 3, -20, -6)
  TEST_RR(6, div, 1, 7, 7)
  TEST_RR(7, div, 0, 0, 5)
  TEST_RR(8, div, -1, 5, 0)
  TEST_RR(9, div, -1, -5, 0)
  TEST_RR(10, div, -1, 0, 0)
  TEST_RR(11, div, 0x8000000000000000, 0x8000000000000000, -1)
  TEST_RR(12, div, 0x8000000000000000, 0x8000000000000000, 1)
  TEST_RR(13, div, 0xc000000000000000, 0x8000000000000000, 2)
  TEST_RR(14, div, 1, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(15, div, 0, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(16, div, -1, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(17, div, 0x8000000000000001, 0x7fffffffffffffff, -1)
  TEST_RR(18, div, 0, -1, 0x8000000000000000)
  TEST_RR(19, div, -1, -1, 1)
  TEST_RR(20, div, -1, 1, -1)
  TEST_RR(21, div, 1, -1, -1)
  TEST_RR(22, div, 0, 3, 0x0000000100000000)
  TEST_RR(23, div, 0x0000123456789abc, 0x0123456789abcdef, 0x0000000000001000)
  TEST_RR(24, div, 0xffffedcba9876544, 0xfedcba9876543210, 0x0000000000001000)
  TEST_RR(25, div, 0xfffdb4deeeca3cde, 0xfedcba9876543210, 127)
  TEST_RR(26, div, 0x00024b211135c322, 0xfedcba9876543210, -127)
  TEST_RR(27, div, 0xffffffff80000000, 0x0000000080000000, -1)
  TEST_RR(28, div, 0x0000000080000000, 0xffffffff80000000, -1)
  TEST_RR(29, div, 0x8000000080000000, 0x7fffffff80000000, -1)
  TEST_RR(30, div, 0, 0x0000000180000000, 0x00000001ffffffff)
  TEST_RR(31, div, 1, 0x0000000100000014, 0x0000000100000006)
  TEST_RR(32, div, 0, -20, 0xffffffff00000006)
  TEST_RR(33, div, 0, 5, 0x0000000100000000)
  TEST_RR(34, div, 0, 0x00000000ffffffff, 0xffffffff00000000)

  # rd is a source; x0 operands; rd = x0; result forwarded
  TEST_RR_RD_EQ_RS1(35, div, 0xffffedba88674615, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_RS2(36, div, 0xffffedba88674615, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_BOTH(37, div, 1, -7)
  TEST_RR_RD_EQ_BOTH(38, div, 1, 0x8000000000000000)
  TEST_RR_X0_RS1(39, div, 0, 4081)
  TEST_RR_X0_RS2(40, div, -1, 0xfedcba9876543210)
  TEST_RR_X0_BOTH(41, div, -1)
  TEST_RR_X0_RD(42, div, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(43, div, 0xffffedba88674615, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(44, div, 0x8000000000000000, 0x8000000000000000, -1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
