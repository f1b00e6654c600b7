# mul: MUL (RV64M)
# rd = low 64 bits of rs1 * rs2 (same for signed and unsigned).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs: signs, zero, overflow, 32-bit boundaries, upper bits
  TEST_RR(2, mul, 0, 0, 0)
  TEST_RR(3, mul, 1, 1, 1)
  TEST_RR(4, mul, 21, 3, 7)
  TEST_RR(5, mul, 1, -1, -1)
  TEST_RR(6, mul, -1, -1, 1)
  TEST_RR(7, mul, -1, 1, -1)
  TEST_RR(8, mul, -6, -2, 3)
  TEST_RR(9, mul, -6, 3, -2)
  TEST_RR(10, mul, 0, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(11, mul, 0x8000000000000000, 0x8000000000000000, -1)
  TEST_RR(12, mul, 0x8000000000000000, -1, 0x8000000000000000)
  TEST_RR(13, mul, 1, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_RR(14, mul, 0x8000000000000001, 0x7fffffffffffffff, -1)
  TEST_RR(15, mul, 0x8000000000000000, 0x8000000000000000, 1)
  TEST_RR(16, mul, 0x8000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(17, mul, -2, 0x7fffffffffffffff, 2)
  TEST_RR(18, mul, 0xfffffffe00000001, 0x00000000ffffffff, 0x00000000ffffffff)
  TEST_RR(19, mul, 0, 0x0000000100000000, 0x0000000100000000)
  TEST_RR(20, mul, 0x4000000000000000, 0x0000000080000000, 0x0000000080000000)
  TEST_RR(21, mul, 0x3fffffff00000001, 0x000000007fffffff, 0x000000007fffffff)
  TEST_RR(22, mul, 0x4000000000000000, 0xffffffff80000000, 0xffffffff80000000)
  TEST_RR(23, mul, 0xffffffff80000000, 0x0000000080000000, -1)
  TEST_RR(24, mul, 0x2236d88fe5618cf0, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR(25, mul, 0x2236d88fe5618cf0, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR(26, mul, 0x123456789abcdef0, 0x0123456789abcdef, 16)
  TEST_RR(27, mul, 1, 0xaaaaaaaaaaaaaaab, 3)
  TEST_RR(28, mul, 0x00000001ffffffff, 0x00000000ffffffff, 0xffffffff00000001)

  # rd is a source; x0 operands; rd = x0; result forwarded
  TEST_RR_RD_EQ_RS1(29, mul, 0x2236d88fe5618cf0, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_RD_EQ_RS2(30, mul, 0x2236d88fe5618cf0, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_RD_EQ_BOTH(31, mul, 49, -7)
  TEST_RR_RD_EQ_BOTH(32, mul, 0, 0x8000000000000000)
  TEST_RR_X0_RS1(33, mul, 0, 0x0123456789abcdef)
  TEST_RR_X0_RS2(34, mul, 0, 0xfedcba9876543210)
  TEST_RR_X0_BOTH(35, mul, 0)
  TEST_RR_X0_RD(36, mul, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_FORWARD(37, mul, 0x2236d88fe5618cf0, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR_FORWARD(38, mul, 0x8000000000000000, 0x8000000000000000, -1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
