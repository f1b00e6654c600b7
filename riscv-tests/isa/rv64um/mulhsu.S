# mulhsu: MULHSU (RV64M)
# rd = high 64 bits of signed(rs1) * unsigned(rs2).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs: signs, zero, overflow, 32-bit boundaries, upper bits
  TEST_RR(2, mulhsu, 0, 0, 0)
  TEST_RR(3, mulhsu, 0, 1, 1)
  TEST_RR(4, mulhsu, 0, 3, 7)
  TEST_RR(5, mulhsu, -1, -1, -1)
  TEST_RR(6, mulhsu, -1, -1, 1)
  TEST_RR(7, mulhsu, 0, 1, -1)
  TEST_RR(8, mulhsu, -1, -2, 3)
  TEST_RR(9, mulhsu, 2, 3, -2)
  TEST_RR(10, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(11, mulhsu, 0x8000000000000000, 0x8000000000000000, -1)
  TEST_RR(12, mulhsu, -1, -1, 0x8000000000000000)
  TEST_RR(13, mulhsu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_RR(14, mulhsu, 0x7ffffffffffffffe, 0x7fffffffffffffff, -1)
  TEST_RR(15, mulhsu, -1, 0x8000000000000000, 1)
  TEST_RR(16, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(17, mulhsu, 0, 0x7fffffffffffffff, 2)
  TEST_RR(18, mulhsu, 0, 0x00000000ffffffff, 0x00000000ffffffff)
  TEST_RR(19, mulhsu, 1, 0x0000000100000000, 0x0000000100000000)
  TEST_RR(20, mulhsu, 0, 0x0000000080000000, 0x0000000080000000)
  TEST_RR(21, mulhsu, 0, 0x000000007fffffff, 0x000000007fffffff)
  TEST_RR(22, mulhsu, 0xffffffff80000000, 0xffffffff80000000, 0xffffffff80000000)
  TEST_RR(23, mulhsu, 0x000000007fffffff, 0x0000000080000000, -1)
  TEST_RR(24, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR(25, mulhsu, 0xfffeb49923cc0953, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR(26, mulhsu, 0, 0x0123456789abcdef, 16)
  TEST_RR(27, mulhsu, -1, 0xaaaaaaaaaaaaaaab, 3)
  TEST_RR(28, mulhsu, 0x00000000fffffffe, 0x00000000ffffffff, 0xffffffff00000001)

  # rd is a source; x0 operands; rd = x0; result forwarded
  TEST_RR_RD_EQ_RS1(29, mulhsu, 0xfffeb49923cc0953, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_RD_EQ_RS2(30, mulhsu, 0xfffeb49923cc0953, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_RD_EQ_BOTH(31, mulhsu, -7, -7)
  TEST_RR_RD_EQ_BOTH(32, mulhsu, 0xc000000000000000, 0x8000000000000000)
  TEST_RR_X0_RS1(33, mulhsu, 0, 0x0123456789abcdef)
  TEST_RR_X0_RS2(34, mulhsu, 0, 0xfedcba9876543210)
  TEST_RR_X0_BOTH(35, mulhsu, 0)
  TEST_RR_X0_RD(36, mulhsu, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_FORWARD(37, mulhsu, 0xfffeb49923cc0953, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_FORWARD(38, mulhsu, 0x8000000000000000, 0x8000000000000000, -1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
