# divuw: DIVUW (RV64M)
# rd = sext32(rs1[31:0] / rs2[31:0]) unsigned.
# /0 gives all ones (0xffffffff sign-extended to 64 bits); results with
# bit 31 set are sign-extended.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs: signs, zero, overflow, 32-bit boundaries, upper bits
  TEST_RR(2, divuw, 3, 20, 6)
  TEST_RR(3, divuw, 0x000000002aaaaaa7, -20, 6)
  TEST_RR(4, divuw, 0, 20, -6)
  TEST_RR(5, divuw, 0, -20, -6)
  TEST_RR(6, divuw, 1, 7, 7)
  TEST_RR(7, divuw, 0, 0, 5)
  TEST_RR(8, divuw, -1, 5, 0)
  TEST_RR(9, divuw, -1, -5, 0)
  TEST_RR(10, divuw, -1, 0, 0)
  TEST_RR(11, divuw, 0, 0x8000000000000000, -1)
  TEST_RR(12, divuw, 0, 0x8000000000000000, 1)
  TEST_RR(13, divuw, 0, 0x8000000000000000, 2)
  TEST_RR(14, divuw, -1, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(15, divuw, -1, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(16, divuw, 0, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(17, divuw, 1, 0x7fffffffffffffff, -1)
  TEST_RR(18, divuw, -1, -1, 0x8000000000000000)
  TEST_RR(19, divuw, -1, -1, 1)
  TEST_RR(20, divuw, 0, 1, -1)
  TEST_RR(21, divuw, 1, -1, -1)
  TEST_RR(22, divuw, -1, 3, 0x0000000100000000)
  TEST_RR(23, divuw, 0x0000000000089abc, 0x0123456789abcdef, 0x0000000000001000)
  TEST_RR(24, divuw, 0x0000000000076543, 0xfedcba9876543210, 0x0000000000001000)
  TEST_RR(25, divuw, 0x0000000000ee856e, 0xfedcba9876543210, 127)
  TEST_RR(26, divuw, 0, 0xfedcba9876543210, -127)
  TEST_RR(27, divuw, 0, 0x0000000080000000, -1)
  TEST_RR(28, divuw, 0, 0xffffffff80000000, -1)
  TEST_RR(29, divuw, 0, 0x7fffffff80000000, -1)
  TEST_RR(30, divuw, 0, 0x0000000180000000, 0x00000001ffffffff)
  TEST_RR(31, divuw, 3, 0x0000000100000014, 0x0000000100000006)
  TEST_RR(32, divuw, 0x000000002aaaaaa7, -20, 0xffffffff00000006)
  TEST_RR(33, divuw, -1, 5, 0x0000000100000000)
  TEST_RR(34, divuw, -1, 0x00000000ffffffff, 0xffffffff00000000)

  # rd is a source; x0 operands; rd = x0; result forwarded
  TEST_RR_RD_EQ_RS1(35, divuw, 0x0000000000076c38, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_RS2(36, divuw, 0x0000000000076c38, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_BOTH(37, divuw, 1, -7)
  TEST_RR_RD_EQ_BOTH(38, divuw, -1, 0x8000000000000000)
  TEST_RR_X0_RS1(39, divuw, 0, 4081)
  TEST_RR_X0_RS2(40, divuw, -1, 0xfedcba9876543210)
  TEST_RR_X0_BOTH(41, divuw, -1)
  TEST_RR_X0_RD(42, divuw, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(43, divuw, 0x0000000000076c38, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(44, divuw, 0, 0x8000000000000000, -1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
