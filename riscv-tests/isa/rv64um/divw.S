# divw: DIVW (RV64M)
# rd = sext32(rs1[31:0] / rs2[31:0]) signed.
# /0 gives -1; -2^31 / -1 gives -2^31 (sign-extended).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs: signs, zero, overflow, 32-bit boundaries, upper bits
  TEST_RR(2, divw, 3, 20, 6)
  TEST_RR(3, divw, -3, -20, 6)
  TEST_RR(4, divw, -3, 20, -6)
  TEST_RR(5, divw, 3, -20, -6)
  TEST_RR(6, divw, 1, 7, 7)
  TEST_RR(7, divw, 0, 0, 5)
  TEST_RR(8, divw, -1, 5, 0)
  TEST_RR(9, divw, -1, -5, 0)
  TEST_RR(10, divw, -1, 0, 0)
  TEST_RR(11, divw, 0, 0x8000000000000000, -1)
  TEST_RR(12, divw, 0, 0x8000000000000000, 1)
  TEST_RR(13, divw, 0, 0x8000000000000000, 2)
  TEST_RR(14, divw, -1, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(15, divw, -1, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(16, divw, 0, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(17, divw, 1, 0x7fffffffffffffff, -1)
  TEST_RR(18, divw, -1, -1, 0x8000000000000000)
  TEST_RR(19, divw, -1, -1, 1)
  TEST_RR(20, divw, -1, 1, -1)
  TEST_RR(21, divw, 1, -1, -1)
  TEST_RR(22, divw, -1, 3, 0x0000000100000000)
  TEST_RR(23, divw, 0xfffffffffff89abd, 0x0123456789abcdef, 0x0000000000001000)
  TEST_RR(24, divw, 0x0000000000076543, 0xfedcba9876543210, 0x0000000000001000)
  TEST_RR(25, divw, 0x0000000000ee856e, 0xfedcba9876543210, 127)
  TEST_RR(26, divw, 0xffffffffff117a92, 0xfedcba9876543210, -127)
  TEST_RR(27, divw, 0xffffffff80000000, 0x0000000080000000, -1)
  TEST_RR(28, divw, 0xffffffff80000000, 0xffffffff80000000, -1)
  TEST_RR(29, divw, 0xffffffff80000000, 0x7fffffff80000000, -1)
  TEST_RR(30, divw, 0xffffffff80000000, 0x0000000180000000, 0x00000001ffffffff)
  TEST_RR(31, divw, 3, 0x0000000100000014, 0x0000000100000006)
  TEST_RR(32, divw, -3, -20, 0xffffffff00000006)
  TEST_RR(33, divw, -1, 5, 0x0000000100000000)
  TEST_RR(34, divw, -1, 0x00000000ffffffff, 0xffffffff00000000)

  # rd is a source; x0 operands; rd = x0; result forwarded
  TEST_RR_RD_EQ_RS1(35, divw, 0x0000000000076c38, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_RS2(36, divw, 0x0000000000076c38, 0xfedcba9876543210, 4081)
  TEST_RR_RD_EQ_BOTH(37, divw, 1, -7)
  TEST_RR_RD_EQ_BOTH(38, divw, -1, 0x8000000000000000)
  TEST_RR_X0_RS1(39, divw, 0, 4081)
  TEST_RR_X0_RS2(40, divw, -1, 0xfedcba9876543210)
  TEST_RR_X0_BOTH(41, divw, -1)
  TEST_RR_X0_RD(42, divw, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(43, divw, 0x0000000000076c38, 0xfedcba9876543210, 4081)
  TEST_RR_FORWARD(44, divw, 0, 0x8000000000000000, -1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
