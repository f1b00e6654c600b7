# sra: register-register SRA (RV64I)
# rd = rs1 >> rs2[5:0] (arithmetic, sign bit shifted in).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand pairs (64-bit edge values, 32-bit boundaries, patterns)
  TEST_RR(2, sra, 1, 1, 0)
  TEST_RR(3, sra, 0, 1, 1)
  TEST_RR(4, sra, 0, 1, 7)
  TEST_RR(5, sra, 0, 1, 31)
  TEST_RR(6, sra, 0, 1, 32)
  TEST_RR(7, sra, 0, 1, 33)
  TEST_RR(8, sra, 0, 1, 63)
  TEST_RR(9, sra, 1, 1, 64)
  TEST_RR(10, sra, 0, 1, 65)
  TEST_RR(11, sra, 0, 1, -47)
  TEST_RR(12, sra, 0, 1, -1)
  TEST_RR(13, sra, -1, -1, 0)
  TEST_RR(14, sra, -1, -1, 1)
  TEST_RR(15, sra, -1, -1, 7)
  TEST_RR(16, sra, -1, -1, 31)
  TEST_RR(17, sra, -1, -1, 32)
  TEST_RR(18, sra, -1, -1, 33)
  TEST_RR(19, sra, -1, -1, 63)
  TEST_RR(20, sra, -1, -1, 64)
  TEST_RR(21, sra, -1, -1, 65)
  TEST_RR(22, sra, -1, -1, -47)
  TEST_RR(23, sra, -1, -1, -1)
  TEST_RR(24, sra, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_RR(25, sra, 0xc000000000000000, 0x8000000000000000, 1)
  TEST_RR(26, sra, 0xff00000000000000, 0x8000000000000000, 7)
  TEST_RR(27, sra, 0xffffffff00000000, 0x8000000000000000, 31)
  TEST_RR(28, sra, 0xffffffff80000000, 0x8000000000000000, 32)
  TEST_RR(29, sra, 0xffffffffc0000000, 0x8000000000000000, 33)
  TEST_RR(30, sra, -1, 0x8000000000000000, 63)
  TEST_RR(31, sra, 0x8000000000000000, 0x8000000000000000, 64)
  TEST_RR(32, sra, 0xc000000000000000, 0x8000000000000000, 65)
  TEST_RR(33, sra, 0xffffc00000000000, 0x8000000000000000, -47)
  TEST_RR(34, sra, -1, 0x8000000000000000, -1)
  TEST_RR(35, sra, 0x0123456789abcdef, 0x0123456789abcdef, 0)
  TEST_RR(36, sra, 0x0091a2b3c4d5e6f7, 0x0123456789abcdef, 1)
  TEST_RR(37, sra, 0x0002468acf13579b, 0x0123456789abcdef, 7)
  TEST_RR(38, sra, 0x0000000002468acf, 0x0123456789abcdef, 31)
  TEST_RR(39, sra, 0x0000000001234567, 0x0123456789abcdef, 32)
  TEST_RR(40, sra, 0x000000000091a2b3, 0x0123456789abcdef, 33)
  TEST_RR(41, sra, 0, 0x0123456789abcdef, 63)
  TEST_RR(42, sra, 0x0123456789abcdef, 0x0123456789abcdef, 64)
  TEST_RR(43, sra, 0x0091a2b3c4d5e6f7, 0x0123456789abcdef, 65)
  TEST_RR(44, sra, 0x00000091a2b3c4d5, 0x0123456789abcdef, -47)
  TEST_RR(45, sra, 0, 0x0123456789abcdef, -1)
  TEST_RR(46, sra, 0xffffffff92345678, 0xffffffff92345678, 0)
  TEST_RR(47, sra, 0xffffffffc91a2b3c, 0xffffffff92345678, 1)
  TEST_RR(48, sra, 0xffffffffff2468ac, 0xffffffff92345678, 7)
  TEST_RR(49, sra, -1, 0xffffffff92345678, 31)
  TEST_RR(50, sra, -1, 0xffffffff92345678, 32)
  TEST_RR(51, sra, -1, 0xffffffff92345678, 33)
  TEST_RR(52, sra, -1, 0xffffffff92345678, 63)
  TEST_RR(53, sra, 0xffffffff92345678, 0xffffffff92345678, 64)
  TEST_RR(54, sra, 0xffffffffc91a2b3c, 0xffffffff92345678, 65)
  TEST_RR(55, sra, 0xffffffffffffc91a, 0xffffffff92345678, -47)
  TEST_RR(56, sra, -1, 0xffffffff92345678, -1)
  TEST_RR(57, sra, 0x0000000080000001, 0x0000000080000001, 0)
  TEST_RR(58, sra, 0x0000000040000000, 0x0000000080000001, 1)
  TEST_RR(59, sra, 0x0000000001000000, 0x0000000080000001, 7)
  TEST_RR(60, sra, 1, 0x0000000080000001, 31)
  TEST_RR(61, sra, 0, 0x0000000080000001, 32)
  TEST_RR(62, sra, 0, 0x0000000080000001, 33)
  TEST_RR(63, sra, 0, 0x0000000080000001, 63)
  TEST_RR(64, sra, 0x0000000080000001, 0x0000000080000001, 64)
  TEST_RR(65, sra, 0x0000000040000000, 0x0000000080000001, 65)
  TEST_RR(66, sra, 0x0000000000004000, 0x0000000080000001, -47)
  TEST_RR(67, sra, 0, 0x0000000080000001, -1)

  # rd is also a source register
  TEST_RR_RD_EQ_RS1(68, sra, 0x0000091a2b3c4d5e, 0x0123456789abcdef, 13)
  TEST_RR_RD_EQ_RS2(69, sra, 0x0000091a2b3c4d5e, 0x0123456789abcdef, 13)
  TEST_RR_RD_EQ_RS1(70, sra, 0, 0x0000000080008765, 35)
  TEST_RR_RD_EQ_RS2(71, sra, 0, 0x0000000080008765, 35)
  TEST_RR_RD_EQ_BOTH(72, sra, 0, 0x0000000080008765)
  TEST_RR_RD_EQ_BOTH(73, sra, -1, -1)

  # x0 as a source reads as zero
  TEST_RR_X0_RS1(74, sra, 0, 35)
  TEST_RR_X0_RS2(75, sra, 0x0000000080008765, 0x0000000080008765)
  TEST_RR_X0_BOTH(76, sra, 0)

  # x0 as destination: the result is discarded
  TEST_RR_X0_RD(77, sra, 0x0000000080008765, 35)
  TEST_RR_X0_RD(78, sra, -1, 1)

  # result used by the very next instruction
  TEST_RR_FORWARD(79, sra, 0x0000091a2b3c4d5e, 0x0123456789abcdef, 13)
  TEST_RR_FORWARD(80, sra, 0, 0x0000000080008765, 35)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
