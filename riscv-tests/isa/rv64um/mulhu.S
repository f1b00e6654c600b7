# mulhu: MULHU (RV64M)
# rd = high 64 bits of unsigned(rs1) * unsigned(rs2).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs: signs, zero, overflow, 32-bit boundaries, upper bits
  TEST_RR(2, mulhu, 0, 0, 0)
  TEST_RR(3, mulhu, 0, 1, 1)
  TEST_RR(4, mulhu, 0, 3, 7)
  TEST_RR(5, mulhu, -2, -1, -1)
  TEST_RR(6, mulhu, 0, -1, 1)
  TEST_RR(7, mulhu, 0, 1, -1)
  TEST_RR(8, mulhu, 2, -2, 3)
  TEST_RR(9, mulhu, 2, 3, -2)
  TEST_RR(10, mulhu, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(11, mulhu, 0x7fffffffffffffff, 0x8000000000000000, -1)
  TEST_RR(12, mulhu, 0x7fffffffffffffff, -1, 0x8000000000000000)
  TEST_RR(13, mulhu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_RR(14, mulhu, 0x7ffffffffffffffe, 0x7fffffffffffffff, -1)
  TEST_RR(15, mulhu, 0, 0x8000000000000000, 1)
  TEST_RR(16, mulhu, 0x3fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(17, mulhu, 0, 0x7fffffffffffffff, 2)
  TEST_RR(18, mulhu, 0, 0x00000000ffffffff, 0x00000000ffffffff)
  TEST_RR(19, mulhu, 1, 0x0000000100000000, 0x0000000100000000)
  TEST_RR(20, mulhu, 0, 0x0000000080000000, 0x0000000080000000)
  TEST_RR(21, mulhu, 0, 0x000000007fffffff, 0x000000007fffffff)
  TEST_RR(22, mulhu, 0xffffffff00000000, 0xffffffff80000000, 0xffffffff80000000)
  TEST_RR(23, mulhu, 0x000000007fffffff, 0x0000000080000000, -1)
  TEST_RR(24, mulhu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR(25, mulhu, 0x0121fa00ad77d742, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR(26, mulhu, 0, 0x0123456789abcdef, 16)
  TEST_RR(27, mulhu, 2, 0xaaaaaaaaaaaaaaab, 3)
  TEST_RR(28, mulhu, 0x00000000fffffffe, 0x00000000ffffffff, 0xffffffff00000001)

  # rd is a source; x0 operands; rd = x0; result forwarded
  TEST_RR_RD_EQ_RS1(29, mulhu, 0x0121fa00ad77d742, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_RD_EQ_RS2(30, mulhu, 0x0121fa00ad77d742, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_RD_EQ_BOTH(31, mulhu, -14, -7)
  TEST_RR_RD_EQ_BOTH(32, mulhu, 0x4000000000000000, 0x8000000000000000)
  TEST_RR_X0_RS1(33, mulhu, 0, 0x0123456789abcdef)
  TEST_RR_X0_RS2(34, mulhu, 0, 0xfedcba9876543210)
  TEST_RR_X0_BOTH(35, mulhu, 0)
  TEST_RR_X0_RD(36, mulhu, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_FORWARD(37, mulhu, 0x0121fa00ad77d742, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_FORWARD(38, mulhu, 0x7fffffffffffffff, 0x8000000000000000, -1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
