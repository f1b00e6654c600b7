# or: register-register OR (RV64I)
# rd = rs1 | rs2.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs (64-bit edge values, 32-bit boundaries, patterns)
  TEST_RR(2, or, 0, 0, 0)
  TEST_RR(3, or, -1, -1, -1)
  TEST_RR(4, or, -1, -1, 0)
  TEST_RR(5, or, -1, 0, -1)
  TEST_RR(6, or, -1, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR(7, or, 0x0123456789abcdef, 0x0123456789abcdef, 0x0123456789abcdef)
  TEST_RR(8, or, 0xfff0fff0fff0fff0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
  TEST_RR(9, or, 0xf0fff0fff0fff0ff, 0x00ff00ff00ff00ff, 0xf00ff00ff00ff00f)
  TEST_RR(10, or, -1, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(11, or, -1, 0xaaaaaaaaaaaaaaaa, 0x5555555555555555)
  TEST_RR(12, or, -1, 0x00000000ffffffff, 0xffffffff00000000)

  # rd is also a source register
  TEST_RR_RD_EQ_RS1(13, or, -1, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS2(14, or, -1, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS1(15, or, -11, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_RS2(16, or, -11, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_BOTH(17, or, 0xffffffff80012345, 0xffffffff80012345)
  TEST_RR_RD_EQ_BOTH(18, or, -1, -1)

  # x0 as a source reads as zero
  TEST_RR_X0_RS1(19, or, 0x000000007ffffff0, 0x000000007ffffff0)
  TEST_RR_X0_RS2(20, or, 0xffffffff80012345, 0xffffffff80012345)
  TEST_RR_X0_BOTH(21, or, 0)

  # x0 as destination: the result is discarded
  TEST_RR_X0_RD(22, or, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_X0_RD(23, or, -1, 1)

  # result used by the very next instruction
  TEST_RR_FORWARD(24, or, -1, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_FORWARD(25, or, -11, 0xffffffff80012345, 0x000000007ffffff0)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
