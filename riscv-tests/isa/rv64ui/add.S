# add: register-register ADD (RV64I)
# rd = rs1 + rs2, wrapping at 64 bits.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs (64-bit edge values, 32-bit boundaries, patterns)
  TEST_RR(2, add, 0, 0, 0)
  TEST_RR(3, add, 2, 1, 1)
  TEST_RR(4, add, 10, 3, 7)
  TEST_RR(5, add, -1, 0, -1)
  TEST_RR(6, add, -2, -1, -1)
  TEST_RR(7, add, 0, 1, -1)
  TEST_RR(8, add, 0x8000000000000000, 0x7fffffffffffffff, 1)
  TEST_RR(9, add, 0x7fffffffffffffff, 0x8000000000000000, -1)
  TEST_RR(10, add, 0, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(11, add, -2, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_RR(12, add, 0x8000000000000001, 0x8000000000000000, 1)
  TEST_RR(13, add, -1, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(14, add, 0x0000000080000000, 0x000000007fffffff, 1)
  TEST_RR(15, add, 0x000000007fffffff, 0x0000000080000000, -1)
  TEST_RR(16, add, 0x0000000100000000, 0x00000000ffffffff, 1)
  TEST_RR(17, add, 0, 0xffffffff80000000, 0x0000000080000000)
  TEST_RR(18, add, 0, 0x00000000ffffffff, 0xffffffff00000001)
  TEST_RR(19, add, -1, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR(20, add, -1, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR(21, add, 0x000000007ffff000, 0x000000007ffff800, -2048)

  # rd is also a source register
  TEST_RR_RD_EQ_RS1(22, add, -1, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS2(23, add, -1, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS1(24, add, 0x0000000000012335, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_RS2(25, add, 0x0000000000012335, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_BOTH(26, add, 0xffffffff0002468a, 0xffffffff80012345)
  TEST_RR_RD_EQ_BOTH(27, add, -2, -1)

  # x0 as a source reads as zero
  TEST_RR_X0_RS1(28, add, 0x000000007ffffff0, 0x000000007ffffff0)
  TEST_RR_X0_RS2(29, add, 0xffffffff80012345, 0xffffffff80012345)
  TEST_RR_X0_BOTH(30, add, 0)

  # x0 as destination: the result is discarded
  TEST_RR_X0_RD(31, add, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_X0_RD(32, add, -1, 1)

  # result used by the very next instruction
  TEST_RR_FORWARD(33, add, -1, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_FORWARD(34, add, 0x0000000000012335, 0xffffffff80012345, 0x000000007ffffff0)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
