# addiw: register-immediate ADDIW (RV64I)
# rd = sext32(rs1 + sext(imm12)); addiw rd, rs, 0 is sext.w.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # operand / immediate combinations
  TEST_IMM(2, addiw, 0, 0, 0)
  TEST_IMM(3, addiw, 1, 0, 1)
  TEST_IMM(4, addiw, -1, 0, -1)
  TEST_IMM(5, addiw, 2047, 0, 2047)
  TEST_IMM(6, addiw, -2048, 0, -2048)
  TEST_IMM(7, addiw, 1, 1, 0)
  TEST_IMM(8, addiw, 2, 1, 1)
  TEST_IMM(9, addiw, 0, 1, -1)
  TEST_IMM(10, addiw, 2048, 1, 2047)
  TEST_IMM(11, addiw, -2047, 1, -2048)
  TEST_IMM(12, addiw, -1, -1, 0)
  TEST_IMM(13, addiw, 0, -1, 1)
  TEST_IMM(14, addiw, -2, -1, -1)
  TEST_IMM(15, addiw, 2046, -1, 2047)
  TEST_IMM(16, addiw, -2049, -1, -2048)
  TEST_IMM(17, addiw, -1, 0x7fffffffffffffff, 0)
  TEST_IMM(18, addiw, 0, 0x7fffffffffffffff, 1)
  TEST_IMM(19, addiw, -2, 0x7fffffffffffffff, -1)
  TEST_IMM(20, addiw, 2046, 0x7fffffffffffffff, 2047)
  TEST_IMM(21, addiw, -2049, 0x7fffffffffffffff, -2048)
  TEST_IMM(22, addiw, 0, 0x8000000000000000, 0)
  TEST_IMM(23, addiw, 1, 0x8000000000000000, 1)
  TEST_IMM(24, addiw, -1, 0x8000000000000000, -1)
  TEST_IMM(25, addiw, 2047, 0x8000000000000000, 2047)
  TEST_IMM(26, addiw, -2048, 0x8000000000000000, -2048)
  TEST_IMM(27, addiw, 0x000000007fffffff, 0x000000007fffffff, 0)
  TEST_IMM(28, addiw, 0xffffffff80000000, 0x000000007fffffff, 1)
  TEST_IMM(29, addiw, 0x000000007ffffffe, 0x000000007fffffff, -1)
  TEST_IMM(30, addiw, 0xffffffff800007fe, 0x000000007fffffff, 2047)
  TEST_IMM(31, addiw, 0x000000007ffff7ff, 0x000000007fffffff, -2048)
  TEST_IMM(32, addiw, 0xffffffff80000000, 0x0000000080000000, 0)
  TEST_IMM(33, addiw, 0xffffffff80000001, 0x0000000080000000, 1)
  TEST_IMM(34, addiw, 0x000000007fffffff, 0x0000000080000000, -1)
  TEST_IMM(35, addiw, 0xffffffff800007ff, 0x0000000080000000, 2047)
  TEST_IMM(36, addiw, 0x000000007ffff800, 0x0000000080000000, -2048)
  TEST_IMM(37, addiw, -1, 0x00000000ffffffff, 0)
  TEST_IMM(38, addiw, 0, 0x00000000ffffffff, 1)
  TEST_IMM(39, addiw, -2, 0x00000000ffffffff, -1)
  TEST_IMM(40, addiw, 2046, 0x00000000ffffffff, 2047)
  TEST_IMM(41, addiw, -2049, 0x00000000ffffffff, -2048)
  TEST_IMM(42, addiw, 0xffffffff89abcdef, 0x0123456789abcdef, 0)
  TEST_IMM(43, addiw, 0xffffffff89abcdf0, 0x0123456789abcdef, 1)
  TEST_IMM(44, addiw, 0xffffffff89abcdee, 0x0123456789abcdef, -1)
  TEST_IMM(45, addiw, 0xffffffff89abd5ee, 0x0123456789abcdef, 2047)
  TEST_IMM(46, addiw, 0xffffffff89abc5ef, 0x0123456789abcdef, -2048)
  TEST_IMM(47, addiw, 0x0000000076543210, 0xfedcba9876543210, 0)
  TEST_IMM(48, addiw, 0x0000000076543211, 0xfedcba9876543210, 1)
  TEST_IMM(49, addiw, 0x000000007654320f, 0xfedcba9876543210, -1)
  TEST_IMM(50, addiw, 0x0000000076543a0f, 0xfedcba9876543210, 2047)
  TEST_IMM(51, addiw, 0x0000000076542a10, 0xfedcba9876543210, -2048)
  TEST_IMM(52, addiw, 0x000000007ffff800, 0x000000007ffff800, 0)
  TEST_IMM(53, addiw, 0x000000007ffff801, 0x000000007ffff800, 1)
  TEST_IMM(54, addiw, 0x000000007ffff7ff, 0x000000007ffff800, -1)
  TEST_IMM(55, addiw, 0x000000007fffffff, 0x000000007ffff800, 2047)
  TEST_IMM(56, addiw, 0x000000007ffff000, 0x000000007ffff800, -2048)
  TEST_IMM(57, addiw, 0xffffffff89abd344, 0x0123456789abcdef, 1365)
  TEST_IMM(58, addiw, 0x0000000076542cbb, 0xfedcba9876543210, -1365)
  TEST_IMM(59, addiw, 2046, 0xffffffff00000000, 2046)
  TEST_IMM(60, addiw, 0xffffffff8000000f, 0x000000007fffffff, 16)

  # rd is rs1
  TEST_IMM_RD_EQ_RS1(61, addiw, 0xffffffff89abc89a, 0x0123456789abcdef, -1365)
  TEST_IMM_RD_EQ_RS1(62, addiw, 0xffffffff80000000, 0x000000007fffffff, 1)

  # rs1 = x0
  TEST_IMM_X0_RS1(63, addiw, -1365, -1365)
  TEST_IMM_X0_RS1(64, addiw, 1, 1)

  # rd = x0: the result is discarded
  TEST_IMM_X0_RD(65, addiw, 0x0123456789abcdef, -1365)

  # result used by the very next instruction
  TEST_IMM_FORWARD(66, addiw, 0xffffffff89abc89a, 0x0123456789abcdef, -1365)
  TEST_IMM_FORWARD(67, addiw, 0xffffffff80000000, 0x000000007fffffff, 1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
