# divu: DIVU (RV64M)
# rd = rs1 / rs2 unsigned.  Division by zero gives 2^64 - 1.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs: signs, zero, overflow, 32-bit boundaries, upper bits
  TEST_RR(2, divu, 3, 20, 6)
  TEST_RR(3, divu, 0x2aaaaaaaaaaaaaa7, -20, 6)
  TEST_RR(4, divu, 0, 20, -6)
  TEST_RR(5, divu, 0, -20, -6)
  TEST_RR(6, divu, 1, 7, 7)
  TEST_RR(7, divu, 0, 0, 5)
  TEST_RR(8, divu, -1, 5, 0)
  TEST_RR(9, divu, -1, -5, 0)
  TEST_RR(10, divu, -1, 0, 0)
  TEST_RR(11, divu, 0, 0x8000000000000000, -1)
  TEST_RR(12, divu, 0x8000000000000000, 0x8000000000000000, 1)
  TEST_RR(13, divu, 0x4000000000000000, 0x8000000000000000, 2)
  TEST_RR(14, divu, 1, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(15, divu, 0, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(16, divu, 1, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(17, divu, 0, 0x7fffffffffffffff, -1)
  TEST_RR(18, divu, 1, -1, 0x8000000000000000)
  TEST_RR(19, divu, -1, -1, 1)
  TEST_RR(20, divu, 0, 1, -1)
  TEST_RR(21, divu, 1, -1, -1)
  TEST_RR(22, divu, 0, 3, 0x0000000100000000)
  TEST_RR(23, divu, 0x0000123456789abc, 0x0123456789abcdef, 0x0000000000001000)
  TEST_RR(24, divu, 0x000fedcba9876543, 0xfedcba9876543210, 0x0000000000001000)
  TEST_RR(25, divu, 0x0201bcef0f0abddf, 0xfedcba9876543210, 127)
  TEST_RR(26, divu, 0, 0xfedcba9876543210, -127)
  TEST_RR(27, divu, 0, 0x0000000080000000, -1)
  TEST_RR(28, divu, 0, 0xffffffff80000000, -1)
  TEST_RR(29, divu, 0, 0x7fffffff80000000, -1)
  TEST_RR(30, divu, 0, 0x0000000180000000, 0x00000001ffffffff)
  TEST_RR(31, divu, 1, 0x0000000100000014, 0x0000000100000006)
  TEST_RR(32, divu, 1, -20, 0xffffffff00000006)
  TEST_RR(33, divu, 0, 5, 0x0000000100000000)
  TEST_RR(34, divu, 0, 0x00000000ffffffff, 0xffffffff00000000)

  # rd is a source; x0 operands; rd = x0; result forwarded
  TEST_RR_RD_EQ_RS1(35, divu, 0x000ffcc8a5a2adc6, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_RS2(36, divu, 0x000ffcc8a5a2adc6, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_BOTH(37, divu, 1, -7)
  TEST_RR_RD_EQ_BOTH(38, divu, 1, 0x8000000000000000)
  TEST_RR_X0_RS1(39, divu, 0, 4081)
  TEST_RR_X0_RS2(40, divu, -1, 0xfedcba9876543210)
  TEST_RR_X0_BOTH(41, divu, -1)
  TEST_RR_X0_RD(42, divu, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(43, divu, 0x000ffcc8a5a2adc6, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(44, divu, 0, 0x8000000000000000, -1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
