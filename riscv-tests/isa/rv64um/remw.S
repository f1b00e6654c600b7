# remw: REMW (RV64M)
# rd = sext32(rs1[31:0] % rs2[31:0]) signed.
# x % 0 = sext32(x[31:0]); -2^31 % -1 = 0.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs: signs, zero, overflow, 32-bit boundaries, upper bits
  TEST_RR(2, remw, 2, 20, 6)
  TEST_RR(3, remw, -2, -20, 6)
  TEST_RR(4, remw, 2, 20, -6)
  TEST_RR(5, remw, -2, -20, -6)
  TEST_RR(6, remw, 0, 7, 7)
  TEST_RR(7, remw, 0, 0, 5)
  TEST_RR(8, remw, 5, 5, 0)
  TEST_RR(9, remw, -5, -5, 0)
  TEST_RR(10, remw, 0, 0, 0)
  TEST_RR(11, remw, 0, 0x8000000000000000, -1)
  TEST_RR(12, remw, 0, 0x8000000000000000, 1)
  TEST_RR(13, remw, 0, 0x8000000000000000, 2)
  TEST_RR(14, remw, 0, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(15, remw, -1, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(16, remw, 0, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(17, remw, 0, 0x7fffffffffffffff, -1)
  TEST_RR(18, remw, -1, -1, 0x8000000000000000)
  TEST_RR(19, remw, 0, -1, 1)
  TEST_RR(20, remw, 0, 1, -1)
  TEST_RR(21, remw, 0, -1, -1)
  TEST_RR(22, remw, 3, 3, 0x0000000100000000)
  TEST_RR(23, remw, -529, 0x0123456789abcdef, 0x0000000000001000)
  TEST_RR(24, remw, 528, 0xfedcba9876543210, 0x0000000000001000)
  TEST_RR(25, remw, 126, 0xfedcba9876543210, 127)
  TEST_RR(26, remw, 126, 0xfedcba9876543210, -127)
  TEST_RR(27, remw, 0, 0x0000000080000000, -1)
  TEST_RR(28, remw, 0, 0xffffffff80000000, -1)
  TEST_RR(29, remw, 0, 0x7fffffff80000000, -1)
  TEST_RR(30, remw, 0, 0x0000000180000000, 0x00000001ffffffff)
  TEST_RR(31, remw, 2, 0x0000000100000014, 0x0000000100000006)
  TEST_RR(32, remw, -2, -20, 0xffffffff00000006)
  TEST_RR(33, remw, 5, 5, 0x0000000100000000)
  TEST_RR(34, remw, -1, 0x00000000ffffffff, 0xffffffff00000000)

  # rd is a source; x0 operands; rd = x0; result forwarded
  TEST_RR_RD_EQ_RS1(35, remw, 2392, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_RS2(36, remw, 2392, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_BOTH(37, remw, 0, -7)
  TEST_RR_RD_EQ_BOTH(38, remw, 0, 0x8000000000000000)
  TEST_RR_X0_RS1(39, remw, 0, 4081)
  TEST_RR_X0_RS2(40, remw, 0x0000000076543210, 0xfedcba9876543210)
  TEST_RR_X0_BOTH(41, remw, 0)
  TEST_RR_X0_RD(42, remw, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(43, remw, 2392, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(44, remw, 0, 0x8000000000000000, -1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
