# slt: register-register SLT (RV64I)
# rd = (rs1 < rs2) as signed 64-bit integers.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs (64-bit edge values, 32-bit boundaries, patterns)
  TEST_RR(2, slt, 0, 0, 0)
  TEST_RR(3, slt, 1, 0, 1)
  TEST_RR(4, slt, 0, 1, 0)
  TEST_RR(5, slt, 1, -1, 1)
  TEST_RR(6, slt, 0, 1, -1)
  TEST_RR(7, slt, 0, -1, -1)
  TEST_RR(8, slt, 1, -2, -1)
  TEST_RR(9, slt, 0, -1, -2)
  TEST_RR(10, slt, 1, 0x8000000000000000, 0)
  TEST_RR(11, slt, 0, 0, 0x8000000000000000)
  TEST_RR(12, slt, 0, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(13, slt, 1, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(14, slt, 0, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_RR(15, slt, 0, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(16, slt, 1, 0x8000000000000000, -1)
  TEST_RR(17, slt, 0, -1, 0x8000000000000000)
  TEST_RR(18, slt, 0, 0x0000000080000000, 0x000000007fffffff)
  TEST_RR(19, slt, 1, 0xffffffff80000000, 0x000000007fffffff)
  TEST_RR(20, slt, 0, 0x000000007fffffff, 0xffffffff80000000)
  TEST_RR(21, slt, 0, 0x7fffffffffffffff, -1)
  TEST_RR(22, slt, 1, -1, 0x7fffffffffffffff)

  # rd is also a source register
  TEST_RR_RD_EQ_RS1(23, slt, 0, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS2(24, slt, 0, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS1(25, slt, 1, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_RS2(26, slt, 1, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_BOTH(27, slt, 0, 0xffffffff80012345)
  TEST_RR_RD_EQ_BOTH(28, slt, 0, -1)

  # x0 as a source reads as zero
  TEST_RR_X0_RS1(29, slt, 1, 0x000000007ffffff0)
  TEST_RR_X0_RS2(30, slt, 1, 0xffffffff80012345)
  TEST_RR_X0_BOTH(31, slt, 0)

  # x0 as destination: the result is discarded
  TEST_RR_X0_RD(32, slt, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_X0_RD(33, slt, -1, 1)

  # result used by the very next instruction
  TEST_RR_FORWARD(34, slt, 0, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_FORWARD(35, slt, 1, 0xffffffff80012345, 0x000000007ffffff0)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
