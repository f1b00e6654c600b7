# sltu: register-register SLTU (RV64I)
# rd = (rs1 < rs2) as unsigned 64-bit integers.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs (64-bit edge values, 32-bit boundaries, patterns)
  TEST_RR(2, sltu, 0, 0, 0)
  TEST_RR(3, sltu, 1, 0, 1)
  TEST_RR(4, sltu, 0, 1, 0)
  TEST_RR(5, sltu, 0, -1, 1)
  TEST_RR(6, sltu, 1, 1, -1)
  TEST_RR(7, sltu, 0, -1, -1)
  TEST_RR(8, sltu, 1, -2, -1)
  TEST_RR(9, sltu, 0, -1, -2)
  TEST_RR(10, sltu, 0, 0x8000000000000000, 0)
  TEST_RR(11, sltu, 1, 0, 0x8000000000000000)
  TEST_RR(12, sltu, 1, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(13, sltu, 0, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(14, sltu, 0, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_RR(15, sltu, 0, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(16, sltu, 1, 0x8000000000000000, -1)
  TEST_RR(17, sltu, 0, -1, 0x8000000000000000)
  TEST_RR(18, sltu, 0, 0x0000000080000000, 0x000000007fffffff)
  TEST_RR(19, sltu, 0, 0xffffffff80000000, 0x000000007fffffff)
  TEST_RR(20, sltu, 1, 0x000000007fffffff, 0xffffffff80000000)
  TEST_RR(21, sltu, 1, 0x7fffffffffffffff, -1)
  TEST_RR(22, sltu, 0, -1, 0x7fffffffffffffff)

  # rd is also a source register
  TEST_RR_RD_EQ_RS1(23, sltu, 1, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS2(24, sltu, 1, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS1(25, sltu, 0, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_RS2(26, sltu, 0, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_BOTH(27, sltu, 0, 0xffffffff80012345)
  TEST_RR_RD_EQ_BOTH(28, sltu, 0, -1)

  # x0 as a source reads as zero
  TEST_RR_X0_RS1(29, sltu, 1, 0x000000007ffffff0)
  TEST_RR_X0_RS2(30, sltu, 0, 0xffffffff80012345)
  TEST_RR_X0_BOTH(31, sltu, 0)

  # x0 as destination: the result is discarded
  TEST_RR_X0_RD(32, sltu, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_X0_RD(33, sltu, -1, 1)

  # result used by the very next instruction
  TEST_RR_FORWARD(34, sltu, 1, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_FORWARD(35, sltu, 0, 0xffffffff80012345, 0x000000007ffffff0)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
