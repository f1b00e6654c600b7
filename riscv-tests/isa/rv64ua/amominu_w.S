# amominu.w: atomic memory operation (RV64A)
# rd = old memory value (the 32-bit word, sign-extended); memory = min(old, rs2), unsigned (32-bit, low word of rs2).
# Each test checks the returned old value and the whole aligned doubleword
# around the target afterwards.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # value pairs (memory, rs2); word at offset 0 and 4, other word untouched
  TEST_AMO(2, amominu.w, 0, 0xc3c3c3c300000000, 0xc3c3c3c300000000, 0, 0, amo_buf)
  TEST_AMO(3, amominu.w, 0, 0x00000000c3c3c3c3, 0x00000000c3c3c3c3, 0, 4, amo_buf)
  TEST_AMO(4, amominu.w, 1, 0xc2c2c2c200000001, 0xc2c2c2c200000001, 0xffffffff00000002, 0, amo_buf)
  TEST_AMO(5, amominu.w, 1, 0x00000001c2c2c2c2, 0x00000001c2c2c2c2, 0xffffffff00000002, 4, amo_buf)
  TEST_AMO(6, amominu.w, 2, 0xc1c1c1c100000001, 0xc1c1c1c100000002, 0x5a5a5a5a00000001, 0, amo_buf)
  TEST_AMO(7, amominu.w, 2, 0x00000001c1c1c1c1, 0x00000002c1c1c1c1, 0x5a5a5a5a00000001, 4, amo_buf)
  TEST_AMO(8, amominu.w, -1, 0xc0c0c0c000000001, 0xc0c0c0c0ffffffff, 0x0000000100000001, 0, amo_buf)
  TEST_AMO(9, amominu.w, -1, 0x00000001c0c0c0c0, 0xffffffffc0c0c0c0, 0x0000000100000001, 4, amo_buf)
  TEST_AMO(10, amominu.w, 1, 0xc7c7c7c700000001, 0xc7c7c7c700000001, 0x00000000ffffffff, 0, amo_buf)
  TEST_AMO(11, amominu.w, 1, 0x00000001c7c7c7c7, 0x00000001c7c7c7c7, 0x00000000ffffffff, 4, amo_buf)
  TEST_AMO(12, amominu.w, 0xffffffff80000000, 0xc6c6c6c600000000, 0xc6c6c6c680000000, 0xffffffff00000000, 0, amo_buf)
  TEST_AMO(13, amominu.w, 0xffffffff80000000, 0x00000000c6c6c6c6, 0x80000000c6c6c6c6, 0xffffffff00000000, 4, amo_buf)
  TEST_AMO(14, amominu.w, 0, 0xc5c5c5c500000000, 0xc5c5c5c500000000, 0x5a5a5a5a80000000, 0, amo_buf)
  TEST_AMO(15, amominu.w, 0, 0x00000000c5c5c5c5, 0x00000000c5c5c5c5, 0x5a5a5a5a80000000, 4, amo_buf)
  TEST_AMO(16, amominu.w, 0xffffffff80000000, 0xc4c4c4c47fffffff, 0xc4c4c4c480000000, 0x000000017fffffff, 0, amo_buf)
  TEST_AMO(17, amominu.w, 0xffffffff80000000, 0x7fffffffc4c4c4c4, 0x80000000c4c4c4c4, 0x000000017fffffff, 4, amo_buf)
  TEST_AMO(18, amominu.w, 0x000000007fffffff, 0xcbcbcbcb7fffffff, 0xcbcbcbcb7fffffff, 0x0000000080000000, 0, amo_buf)
  TEST_AMO(19, amominu.w, 0x000000007fffffff, 0x7fffffffcbcbcbcb, 0x7fffffffcbcbcbcb, 0x0000000080000000, 4, amo_buf)
  TEST_AMO(20, amominu.w, 0x000000007fffffff, 0xcacacaca00000001, 0xcacacaca7fffffff, 0xffffffff00000001, 0, amo_buf)
  TEST_AMO(21, amominu.w, 0x000000007fffffff, 0x00000001cacacaca, 0x7fffffffcacacaca, 0xffffffff00000001, 4, amo_buf)
  TEST_AMO(22, amominu.w, 0xffffffff89abcdef, 0xc9c9c9c901234567, 0xc9c9c9c989abcdef, 0x5a5a5a5a01234567, 0, amo_buf)
  TEST_AMO(23, amominu.w, 0xffffffff89abcdef, 0x01234567c9c9c9c9, 0x89abcdefc9c9c9c9, 0x5a5a5a5a01234567, 4, amo_buf)
  TEST_AMO(24, amominu.w, -2, 0xc8c8c8c8fffffffe, 0xc8c8c8c8fffffffe, 0x00000001ffffffff, 0, amo_buf)
  TEST_AMO(25, amominu.w, -2, 0xfffffffec8c8c8c8, 0xfffffffec8c8c8c8, 0x00000001ffffffff, 4, amo_buf)

  # ordering bits (aq, rl, aqrl) do not change the result
  TEST_AMO(26, amominu.w.aq, 0x000000007fffffff, 0x111111117fffffff, 0x111111117fffffff, 0x0000000080000000, 0, amo_buf)
  TEST_AMO(27, amominu.w.rl, 0x000000007fffffff, 0x111111117fffffff, 0x111111117fffffff, 0x0000000080000000, 0, amo_buf)
  TEST_AMO(28, amominu.w.aqrl, 0x000000007fffffff, 0x111111117fffffff, 0x111111117fffffff, 0x0000000080000000, 0, amo_buf)

  # rd == rs2: rs2 is read before rd receives the old value
  TEST_CASE(29, SATP_RD, 0x222222227ffffffe, la SATP_S1, amo_buf; li SATP_S2, 0x2222222280000001; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0x000000007ffffffe;
    amominu.w SATP_S2, SATP_S2, (SATP_S1); SATP_EXPECT(SATP_S2, 0xffffffff80000001); ld SATP_RD, 0(SATP_S1))

  # rd == rs1 (address register): the access uses the old address
  TEST_CASE(30, SATP_RD, 0x222222227ffffffe, la SATP_S1, amo_buf; li SATP_S2, 0x2222222280000001; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0x000000007ffffffe;
    amominu.w SATP_S1, SATP_S2, (SATP_S1); SATP_EXPECT(SATP_S1, 0xffffffff80000001); la SATP_S1, amo_buf; ld SATP_RD, 0(SATP_S1))

  # rd = x0: the old value is discarded, memory still updated
  TEST_CASE(31, SATP_RD, 0x222222227ffffffe, la SATP_S1, amo_buf; li SATP_S2, 0x2222222280000001; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0x000000007ffffffe;
    amominu.w x0, SATP_S2, (SATP_S1); SATP_EXPECT(x0, 0); ld SATP_RD, 0(SATP_S1))

  # rs2 = x0
  TEST_CASE(32, SATP_RD, 0x2222222200000000, la SATP_S1, amo_buf; li SATP_S2, 0x2222222280000001; sd SATP_S2, 0(SATP_S1);
    amominu.w SATP_FW, x0, (SATP_S1); SATP_EXPECT(SATP_FW, 0xffffffff80000001); ld SATP_RD, 0(SATP_S1))

  # two AMOs in a row on the same location: the second sees the first's result
  TEST_CASE(33, SATP_RD, 0x2222222200000005, la SATP_S1, amo_buf; li SATP_S2, 0x2222222280000001; sd SATP_S2, 0(SATP_S1); li SATP_S2, 5;
    amominu.w x0, SATP_S2, (SATP_S1); li SATP_S2, 0x00000000fffffffd; amominu.w SATP_RD, SATP_S2, (SATP_S1);
    SATP_EXPECT(SATP_RD, 5); ld SATP_RD, 0(SATP_S1))

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 64
amo_buf:
  .dword 0, 0, 0, 0
RVTEST_DATA_END
