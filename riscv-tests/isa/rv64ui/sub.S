# sub: register-register SUB (RV64I)
# rd = rs1 - rs2, wrapping at 64 bits.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs (64-bit edge values, 32-bit boundaries, patterns)
  TEST_RR(2, sub, 0, 0, 0)
  TEST_RR(3, sub, 0, 1, 1)
  TEST_RR(4, sub, -4, 3, 7)
  TEST_RR(5, sub, 1, 0, -1)
  TEST_RR(6, sub, 0, -1, -1)
  TEST_RR(7, sub, 2, 1, -1)
  TEST_RR(8, sub, 0x7ffffffffffffffe, 0x7fffffffffffffff, 1)
  TEST_RR(9, sub, 0x8000000000000001, 0x8000000000000000, -1)
  TEST_RR(10, sub, 0, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(11, sub, 0, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_RR(12, sub, 0x7fffffffffffffff, 0x8000000000000000, 1)
  TEST_RR(13, sub, -1, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(14, sub, 0x000000007ffffffe, 0x000000007fffffff, 1)
  TEST_RR(15, sub, 0x0000000080000001, 0x0000000080000000, -1)
  TEST_RR(16, sub, 0x00000000fffffffe, 0x00000000ffffffff, 1)
  TEST_RR(17, sub, 0xffffffff00000000, 0xffffffff80000000, 0x0000000080000000)
  TEST_RR(18, sub, 0x00000001fffffffe, 0x00000000ffffffff, 0xffffffff00000001)
  TEST_RR(19, sub, 0x02468acf13579bdf, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR(20, sub, 0xfdb97530eca86421, 0xfedcba9876543210, 0x0123456789abcdef)
  TEST_RR(21, sub, 0x0000000080000000, 0x000000007ffff800, -2048)

  # rd is also a source register
  TEST_RR_RD_EQ_RS1(22, sub, 0x02468acf13579bdf, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS2(23, sub, 0x02468acf13579bdf, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_RD_EQ_RS1(24, sub, 0xffffffff00012355, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_RS2(25, sub, 0xffffffff00012355, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_RD_EQ_BOTH(26, sub, 0, 0xffffffff80012345)
  TEST_RR_RD_EQ_BOTH(27, sub, 0, -1)

  # x0 as a source reads as zero
  TEST_RR_X0_RS1(28, sub, 0xffffffff80000010, 0x000000007ffffff0)
  TEST_RR_X0_RS2(29, sub, 0xffffffff80012345, 0xffffffff80012345)
  TEST_RR_X0_BOTH(30, sub, 0)

  # x0 as destination: the result is discarded
  TEST_RR_X0_RD(31, sub, 0xffffffff80012345, 0x000000007ffffff0)
  TEST_RR_X0_RD(32, sub, -1, 1)

  # result used by the very next instruction
  TEST_RR_FORWARD(33, sub, 0x02468acf13579bdf, 0x0123456789abcdef, 0xfedcba9876543210)
  TEST_RR_FORWARD(34, sub, 0xffffffff00012355, 0xffffffff80012345, 0x000000007ffffff0)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
