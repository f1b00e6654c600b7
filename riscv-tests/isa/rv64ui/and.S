# and: register-register AND (RV64I)
# rd = rs1 & rs2.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs (64-bit edge values, 32-bit boundaries, patterns)
  TEST_RR(2, and, 0, 0, 0)
  TEST_RR(3, and, -1, -1, -1)
  TEST_RR(4, and, 0, -1, 0)
  TEST_RR(5, and, 0, 0, -1)
  TEST_RR(6, and, 0, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR(7, and, 0x0123456789abcdef, 0x0123456789abcdef, 0x0123456789abcdef)
  TEST_RR(8, and, 0x0f000f000f000f00, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
  TEST_RR(9, and, 0x000f000f000f000f, 0x00ff00ff00ff00ff, 0xf00ff00ff00ff00f)
  TEST_RR(10, and, 0, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(11, and, 0, 0xaaaaaaaaaaaaaaaa, 0x5555555555555555)
  TEST_RR(12, and, 0, 0x00000000ffffffff, 0xffffffff00000000)

  # rd is also a source register
  TEST_RR_RD_EQ_RS1(13, and, 0, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS2(14, and, 0, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS1(15, and, 0x0000000000012340, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_RS2(16, and, 0x0000000000012340, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_BOTH(17, and, 0xffffffff80012345, 0xffffffff80012345)
  TEST_RR_RD_EQ_BOTH(18, and, -1, -1)

  # x0 as a source reads as zero
  TEST_RR_X0_RS1(19, and, 0, 0x000000007ffffff0)
  TEST_RR_X0_RS2(20, and, 0, 0xffffffff80012345)
  TEST_RR_X0_BOTH(21, and, 0)

  # x0 as destination: the result is discarded
  TEST_RR_X0_RD(22, and, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_X0_RD(23, and, -1, 1)

  # result used by the very next instruction
  TEST_RR_FORWARD(24, and, 0, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_FORWARD(25, and, 0x0000000000012340, 0xffffffff80012345, 0x000000007ffffff0)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
