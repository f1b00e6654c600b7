# remuw: REMUW (RV64M)
# rd = sext32(rs1[31:0] % rs2[31:0]) unsigned.
# x % 0 = sext32(x[31:0]).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs: signs, zero, overflow, 32-bit boundaries, upper bits
  TEST_RR(2, remuw, 2, 20, 6)
  TEST_RR(3, remuw, 2, -20, 6)
  TEST_RR(4, remuw, 20, 20, -6)
  TEST_RR(5, remuw, -20, -20, -6)
  TEST_RR(6, remuw, 0, 7, 7)
  TEST_RR(7, remuw, 0, 0, 5)
  TEST_RR(8, remuw, 5, 5, 0)
  TEST_RR(9, remuw, -5, -5, 0)
  TEST_RR(10, remuw, 0, 0, 0)
  TEST_RR(11, remuw, 0, 0x8000000000000000, -1)
  TEST_RR(12, remuw, 0, 0x8000000000000000, 1)
  TEST_RR(13, remuw, 0, 0x8000000000000000, 2)
  TEST_RR(14, remuw, 0, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(15, remuw, -1, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(16, remuw, 0, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(17, remuw, 0, 0x7fffffffffffffff, -1)
  TEST_RR(18, remuw, -1, -1, 0x8000000000000000)
  TEST_RR(19, remuw, 0, -1, 1)
  TEST_RR(20, remuw, 1, 1, -1)
  TEST_RR(21, remuw, 0, -1, -1)
  TEST_RR(22, remuw, 3, 3, 0x0000000100000000)
  TEST_RR(23, remuw, 3567, 0x0123456789abcdef, 0x0000000000001000)
  TEST_RR(24, remuw, 528, 0xfedcba9876543210, 0x0000000000001000)
  TEST_RR(25, remuw, 126, 0xfedcba9876543210, 127)
  TEST_RR(26, remuw, 0x0000000076543210, 0xfedcba9876543210, -127)
  TEST_RR(27, remuw, 0xffffffff80000000, 0x0000000080000000, -1)
  TEST_RR(28, remuw, 0xffffffff80000000, 0xffffffff80000000, -1)
  TEST_RR(29, remuw, 0xffffffff80000000, 0x7fffffff80000000, -1)
  TEST_RR(30, remuw, 0xffffffff80000000, 0x0000000180000000, 0x00000001ffffffff)
  TEST_RR(31, remuw, 2, 0x0000000100000014, 0x0000000100000006)
  TEST_RR(32, remuw, 2, -20, 0xffffffff00000006)
  TEST_RR(33, remuw, 5, 5, 0x0000000100000000)
  TEST_RR(34, remuw, -1, 0x00000000ffffffff, 0xffffffff00000000)

  # rd is a source; x0 operands; rd = x0; result forwarded
  TEST_RR_RD_EQ_RS1(35, remuw, 2392, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_RS2(36, remuw, 2392, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_BOTH(37, remuw, 0, -7)
  TEST_RR_RD_EQ_BOTH(38, remuw, 0, 0x8000000000000000)
  TEST_RR_X0_RS1(39, remuw, 0, 4081)
  TEST_RR_X0_RS2(40, remuw, 0x0000000076543210, 0xfedcba9876543210)
  TEST_RR_X0_BOTH(41, remuw, 0)
  TEST_RR_X0_RD(42, remuw, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(43, remuw, 2392, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(44, remuw, 0, 0x8000000000000000, -1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
