# subw: register-register SUBW (RV64I)
# rd = sext(low 32 bits of rs1 - rs2); upper operand bits are ignored.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs (64-bit edge values, 32-bit boundaries, patterns)
  TEST_RR(2, subw, 0, 0, 0)
  TEST_RR(3, subw, 0, 1, 1)
  TEST_RR(4, subw, -4, 3, 7)
  TEST_RR(5, subw, 1, 0, -1)
  TEST_RR(6, subw, 0, -1, -1)
  TEST_RR(7, subw, 2, 1, -1)
  TEST_RR(8, subw, -2, 0x7fffffffffffffff, 1)
  TEST_RR(9, subw, 1, 0x8000000000000000, -1)
  TEST_RR(10, subw, 0, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(11, subw, 0, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_RR(12, subw, -1, 0x8000000000000000, 1)
  TEST_RR(13, subw, -1, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(14, subw, 0x000000007ffffffe, 0x000000007fffffff, 1)
  TEST_RR(15, subw, 0xffffffff80000001, 0x0000000080000000, -1)
  TEST_RR(16, subw, -2, 0x00000000ffffffff, 1)
  TEST_RR(17, subw, 0, 0xffffffff80000000, 0x0000000080000000)
  TEST_RR(18, subw, -2, 0x00000000ffffffff, 0xffffffff00000001)
  TEST_RR(19, subw, 0x0000000013579bdf, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR(20, subw, 0xffffffffeca86421, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR(21, subw, 0xffffffff80000000, 0x000000007ffff800, -2048)

  # rd is also a source register
  TEST_RR_RD_EQ_RS1(22, subw, 0x0000000013579bdf, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS2(23, subw, 0x0000000013579bdf, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS1(24, subw, 0x0000000000012355, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_RS2(25, subw, 0x0000000000012355, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_BOTH(26, subw, 0, 0xffffffff80012345)
  TEST_RR_RD_EQ_BOTH(27, subw, 0, -1)

  # x0 as a source reads as zero
  TEST_RR_X0_RS1(28, subw, 0xffffffff80000010, 0x000000007ffffff0)
  TEST_RR_X0_RS2(29, subw, 0xffffffff80012345, 0xffffffff80012345)
  TEST_RR_X0_BOTH(30, subw, 0)

  # x0 as destination: the result is discarded
  TEST_RR_X0_RD(31, subw, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_X0_RD(32, subw, -1, 1)

  # result used by the very next instruction
  TEST_RR_FORWARD(33, subw, 0x0000000013579bdf, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_FORWARD(34, subw, 0x0000000000012355, 0xffffffff80012345, 0x000000007ffffff0)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
