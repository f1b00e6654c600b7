# amoadd.d: atomic memory operation (RV64A)
# rd = old memory value; memory = old + rs2.
# Each test checks the returned old value and the whole aligned doubleword
# around the target afterwards.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # value pairs (memory, rs2)
  TEST_AMO(2, amoadd.d, 0, 0, 0, 0, 0, amo_buf)
  TEST_AMO(3, amoadd.d, 1, 3, 1, 2, 0, amo_buf)
  TEST_AMO(4, amoadd.d, 2, 3, 2, 1, 0, amo_buf)
  TEST_AMO(5, amoadd.d, -1, 0, -1, 1, 0, amo_buf)
  TEST_AMO(6, amoadd.d, 1, 0, 1, -1, 0, amo_buf)
  TEST_AMO(7, amoadd.d, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000, 0, 0, amo_buf)
  TEST_AMO(8, amoadd.d, 0, 0x8000000000000000, 0, 0x8000000000000000, 0, amo_buf)
  TEST_AMO(9, amoadd.d, 0x8000000000000000, -1, 0x8000000000000000, 0x7fffffffffffffff, 0, amo_buf)
  TEST_AMO(10, amoadd.d, 0x7fffffffffffffff, -1, 0x7fffffffffffffff, 0x8000000000000000, 0, amo_buf)
  TEST_AMO(11, amoadd.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, -1, 0, amo_buf)
  TEST_AMO(12, amoadd.d, -1, 0x7fffffffffffffff, -1, 0x8000000000000000, 0, amo_buf)
  TEST_AMO(13, amoadd.d, 0x0123456789abcdef, -1, 0x0123456789abcdef, 0xfedcba9876543210, 0, amo_buf)
  TEST_AMO(14, amoadd.d, 0xfedcba9876543210, -1, 0xfedcba9876543210, 0x0123456789abcdef, 0, amo_buf)
  TEST_AMO(15, amoadd.d, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff, 1, 0, amo_buf)
  TEST_AMO(16, amoadd.d, 0x0000000080000000, 0x00000000ffffffff, 0x0000000080000000, 0x000000007fffffff, 0, amo_buf)
  TEST_AMO(17, amoadd.d, -5, -10, -5, -5, 0, amo_buf)

  # ordering bits (aq, rl, aqrl) do not change the result
  TEST_AMO(18, amoadd.d.aq, 0x7fffffffffffffff, -1, 0x7fffffffffffffff, 0x8000000000000000, 0, amo_buf)
  TEST_AMO(19, amoadd.d.rl, 0x7fffffffffffffff, -1, 0x7fffffffffffffff, 0x8000000000000000, 0, amo_buf)
  TEST_AMO(20, amoadd.d.aqrl, 0x7fffffffffffffff, -1, 0x7fffffffffffffff, 0x8000000000000000, 0, amo_buf)

  # rd == rs2: rs2 is read before rd receives the old value
  TEST_CASE(21, SATP_RD, -1, la SATP_S1, amo_buf; li SATP_S2, 0x8000000000000001; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0x7ffffffffffffffe;
    amoadd.d SATP_S2, SATP_S2, (SATP_S1); SATP_EXPECT(SATP_S2, 0x8000000000000001); ld SATP_RD, 0(SATP_S1))

  # rd == rs1 (address register): the access uses the old address
  TEST_CASE(22, SATP_RD, -1, la SATP_S1, amo_buf; li SATP_S2, 0x8000000000000001; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0x7ffffffffffffffe;
    amoadd.d SATP_S1, SATP_S2, (SATP_S1); SATP_EXPECT(SATP_S1, 0x8000000000000001); la SATP_S1, amo_buf; ld SATP_RD, 0(SATP_S1))

  # rd = x0: the old value is discarded, memory still updated
  TEST_CASE(23, SATP_RD, -1, la SATP_S1, amo_buf; li SATP_S2, 0x8000000000000001; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0x7ffffffffffffffe;
    amoadd.d x0, SATP_S2, (SATP_S1); SATP_EXPECT(x0, 0); ld SATP_RD, 0(SATP_S1))

  # rs2 = x0
  TEST_CASE(24, SATP_RD, 0x8000000000000001, la SATP_S1, amo_buf; li SATP_S2, 0x8000000000000001; sd SATP_S2, 0(SATP_S1);
    amoadd.d SATP_FW, x0, (SATP_S1); SATP_EXPECT(SATP_FW, 0x8000000000000001); ld SATP_RD, 0(SATP_S1))

  # two AMOs in a row on the same location: the second sees the first's result
  TEST_CASE(25, SATP_RD, 0x8000000000000003, la SATP_S1, amo_buf; li SATP_S2, 0x8000000000000001; sd SATP_S2, 0(SATP_S1); li SATP_S2, 5;
    amoadd.d x0, SATP_S2, (SATP_S1); li SATP_S2, -3; amoadd.d SATP_RD, SATP_S2, (SATP_S1);
    SATP_EXPECT(SATP_RD, 0x8000000000000006); ld SATP_RD, 0(SATP_S1))

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 64
amo_buf:
  .dword 0, 0, 0, 0
RVTEST_DATA_END
