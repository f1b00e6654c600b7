# mulh: MULH (RV64M)
# rd = high 64 bits of signed(rs1) * signed(rs2).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs: signs, zero, overflow, 32-bit boundaries, upper bits
  TEST_RR(2, mulh, 0, 0, 0)
  TEST_RR(3, mulh, 0, 1, 1)
  TEST_RR(4, mulh, 0, 3, 7)
  TEST_RR(5, mulh, 0, -1, -1)
  TEST_RR(6, mulh, -1, -1, 1)
  TEST_RR(7, mulh, -1, 1, -1)
  TEST_RR(8, mulh, -1, -2, 3)
  TEST_RR(9, mulh, -1, 3, -2)
  TEST_RR(10, mulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(11, mulh, 0, 0x8000000000000000, -1)
  TEST_RR(12, mulh, 0, -1, 0x8000000000000000)
  TEST_RR(13, mulh, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_RR(14, mulh, -1, 0x7fffffffffffffff, -1)
  TEST_RR(15, mulh, -1, 0x8000000000000000, 1)
  TEST_RR(16, mulh, 0xc000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(17, mulh, 0, 0x7fffffffffffffff, 2)
  TEST_RR(18, mulh, 0, 0x00000000ffffffff, 0x00000000ffffffff)
  TEST_RR(19, mulh, 1, 0x0000000100000000, 0x0000000100000000)
  TEST_RR(20, mulh, 0, 0x0000000080000000, 0x0000000080000000)
  TEST_RR(21, mulh, 0, 0x000000007fffffff, 0x000000007fffffff)
  TEST_RR(22, mulh, 0, 0xffffffff80000000, 0xffffffff80000000)
  TEST_RR(23, mulh, -1, 0x0000000080000000, -1)
  TEST_RR(24, mulh, 0xfffeb49923cc0953, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR(25, mulh, 0xfffeb49923cc0953, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR(26, mulh, 0, 0x0123456789abcdef, 16)
  TEST_RR(27, mulh, -1, 0xaaaaaaaaaaaaaaab, 3)
  TEST_RR(28, mulh, -1, 0x00000000ffffffff, 0xffffffff00000001)

  # rd is a source; x0 operands; rd = x0; result forwarded
  TEST_RR_RD_EQ_RS1(29, mulh, 0xfffeb49923cc0953, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_RD_EQ_RS2(30, mulh, 0xfffeb49923cc0953, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_RD_EQ_BOTH(31, mulh, 0, -7)
  TEST_RR_RD_EQ_BOTH(32, mulh, 0x4000000000000000, 0x8000000000000000)
  TEST_RR_X0_RS1(33, mulh, 0, 0x0123456789abcdef)
  TEST_RR_X0_RS2(34, mulh, 0, 0xfedcba9876543210)
  TEST_RR_X0_BOTH(35, mulh, 0)
  TEST_RR_X0_RD(36, mulh, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_FORWARD(37, mulh, 0xfffeb49923cc0953, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_FORWARD(38, mulh, 0, 0x8000000000000000, -1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
