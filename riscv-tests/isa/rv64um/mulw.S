# mulw: MULW (RV64M)
# rd = sext32(low 32 bits of rs1 * rs2); upper operand bits ignored.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs: signs, zero, overflow, 32-bit boundaries, upper bits
  TEST_RR(2, mulw, 0, 0, 0)
  TEST_RR(3, mulw, 1, 1, 1)
  TEST_RR(4, mulw, 21, 3, 7)
  TEST_RR(5, mulw, 1, -1, -1)
  TEST_RR(6, mulw, -1, -1, 1)
  TEST_RR(7, mulw, -1, 1, -1)
  TEST_RR(8, mulw, -6, -2, 3)
  TEST_RR(9, mulw, -6, 3, -2)
  TEST_RR(10, mulw, 0, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(11, mulw, 0, 0x8000000000000000, -1)
  TEST_RR(12, mulw, 0, -1, 0x8000000000000000)
  TEST_RR(13, mulw, 1, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_RR(14, mulw, 1, 0x7fffffffffffffff, -1)
  TEST_RR(15, mulw, 0, 0x8000000000000000, 1)
  TEST_RR(16, mulw, 0, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(17, mulw, -2, 0x7fffffffffffffff, 2)
  TEST_RR(18, mulw, 1, 0x00000000ffffffff, 0x00000000ffffffff)
  TEST_RR(19, mulw, 0, 0x0000000100000000, 0x0000000100000000)
  TEST_RR(20, mulw, 0, 0x0000000080000000, 0x0000000080000000)
  TEST_RR(21, mulw, 1, 0x000000007fffffff, 0x000000007fffffff)
  TEST_RR(22, mulw, 0, 0xffffffff80000000, 0xffffffff80000000)
  TEST_RR(23, mulw, 0xffffffff80000000, 0x0000000080000000, -1)
  TEST_RR(24, mulw, 0xffffffffe5618cf0, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR(25, mulw, 0xffffffffe5618cf0, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR(26, mulw, 0xffffffff9abcdef0, 0x0123456789abcdef, 16)
  TEST_RR(27, mulw, 1, 0xaaaaaaaaaaaaaaab, 3)
  TEST_RR(28, mulw, -1, 0x00000000ffffffff, 0xffffffff00000001)

  # rd is a source; x0 operands; rd = x0; result forwarded
  TEST_RR_RD_EQ_RS1(29, mulw, 0xffffffffe5618cf0, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_RD_EQ_RS2(30, mulw, 0xffffffffe5618cf0, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_RD_EQ_BOTH(31, mulw, 49, -7)
  TEST_RR_RD_EQ_BOTH(32, mulw, 0, 0x8000000000000000)
  TEST_RR_X0_RS1(33, mulw, 0, 0x0123456789abcdef)
  TEST_RR_X0_RS2(34, mulw, 0, 0xfedcba9876543210)
  TEST_RR_X0_BOTH(35, mulw, 0)
  TEST_RR_X0_RD(36, mulw, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_FORWARD(37, mulw, 0xffffffffe5618cf0, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_FORWARD(38, mulw, 0, 0x8000000000000000, -1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
