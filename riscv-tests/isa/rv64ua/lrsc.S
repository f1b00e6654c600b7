# lrsc: load-reserved / store-conditional (RV64A).
# LR loads (LR.W sign-extends) and registers a reservation; SC stores only
# when the reservation is still valid, writing 0 to rd on success and 1 on
# failure (the only failure code the spec defines); any SC, successful or
# not, ends the reservation.
# Unprivileged spec, "Load-Reserved/Store-Conditional Instructions":
#   - an SC with no reservation, or to an address outside the reservation
#     set of the most recent LR, must fail;
#   - whether a store by the same hart between LR and SC makes the SC fail is
#     left to the implementation.  satp ends the reservation on any store to
#     the reservation set, and so does QEMU when the stored value differs
#     (tests 12 and 13 change the value, so both agree).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # SC with no reservation ever made: fails with 1, memory unchanged
  TEST_CASE(2, SATP_RD, 0x1111111111111111,
    la SATP_S1, lr_a; li SATP_S2, 0x1111111111111111; sd SATP_S2, 0(SATP_S1);
    li SATP_S2, 0x2222222222222222; sc.d SATP_FW, SATP_S2, (SATP_S1);
    SATP_EXPECT(SATP_FW, 1); ld SATP_RD, 0(SATP_S1))
  TEST_CASE(3, SATP_RD, 0x1111111111111111,
    la SATP_S1, lr_a; li SATP_S2, 0x22222222; sc.w SATP_FW, SATP_S2, (SATP_S1);
    SATP_EXPECT(SATP_FW, 1); ld SATP_RD, 0(SATP_S1))

  # LR values: LR.D full doubleword, LR.W sign-extended, both words
  TEST_CASE(4, SATP_RD, 0x8000000000000001,
    la SATP_S1, lr_a; li SATP_S2, 0x8000000000000001; sd SATP_S2, 0(SATP_S1);
    lr.d SATP_RD, (SATP_S1))
  TEST_CASE(5, SATP_RD, 0xffffffff80000000,
    la SATP_S1, lr_a; li SATP_S2, 0x7fffffff80000000; sd SATP_S2, 0(SATP_S1);
    lr.w SATP_RD, (SATP_S1))
  TEST_CASE(6, SATP_RD, 0x7fffffff,
    la SATP_S1, lr_a; addi SATP_S1, SATP_S1, 4; lr.w SATP_RD, (SATP_S1))

  # LR.D / SC.D pair succeeds: rd = 0 and the store happens
  TEST_CASE(7, SATP_RD, 0x0123456789abcdef,
    la SATP_S1, lr_a; lr.d SATP_FW, (SATP_S1); li SATP_S2, 0x0123456789abcdef;
    sc.d SATP_FW, SATP_S2, (SATP_S1); SATP_EXPECT(SATP_FW, 0); ld SATP_RD, 0(SATP_S1))

  # a second SC after the successful one fails: the reservation is gone
  TEST_CASE(8, SATP_RD, 0x0123456789abcdef,
    la SATP_S1, lr_a; li SATP_S2, 0x5555; sc.d SATP_FW, SATP_S2, (SATP_S1);
    SATP_EXPECT(SATP_FW, 1); ld SATP_RD, 0(SATP_S1))

  # LR.W / SC.W: only the addressed word is written, with rs2's low 32 bits
  TEST_CASE(9, SATP_RD, 0x9abcdef089abcdef,
    la SATP_S1, lr_a; addi SATP_S1, SATP_S1, 4; lr.w SATP_FW, (SATP_S1);
    SATP_EXPECT(SATP_FW, 0x01234567);
    li SATP_S2, 0x123456789abcdef0; sc.w SATP_FW, SATP_S2, (SATP_S1);
    SATP_EXPECT(SATP_FW, 0); ld SATP_RD, -4(SATP_S1))
  TEST_CASE(10, SATP_RD, 0x9abcdef000000007,
    la SATP_S1, lr_a; lr.w SATP_FW, (SATP_S1); li SATP_S2, 0xffffffff00000007;
    sc.w SATP_FW, SATP_S2, (SATP_S1); SATP_EXPECT(SATP_FW, 0); ld SATP_RD, 0(SATP_S1))
  # and a second SC.W fails
  TEST_CASE(11, SATP_RD, 0x9abcdef000000007,
    la SATP_S1, lr_a; li SATP_S2, 8; sc.w SATP_FW, SATP_S2, (SATP_S1);
    SATP_EXPECT(SATP_FW, 1); ld SATP_RD, 0(SATP_S1))

  # a store to the reserved location between LR and SC makes the SC fail;
  # memory keeps the plain store's value
  TEST_CASE(12, SATP_RD, 0x3333,
    la SATP_S1, lr_a; lr.d SATP_FW, (SATP_S1); li SATP_S2, 0x3333; sd SATP_S2, 0(SATP_S1);
    li SATP_S2, 0x4444; sc.d SATP_FW, SATP_S2, (SATP_S1);
    SATP_EXPECT(SATP_FW, 1); ld SATP_RD, 0(SATP_S1))
  # likewise an AMO in between
  TEST_CASE(13, SATP_RD, 0x3334,
    la SATP_S1, lr_a; lr.w SATP_FW, (SATP_S1); li SATP_S2, 1; amoadd.w x0, SATP_S2, (SATP_S1);
    li SATP_S2, 0x4444; sc.w SATP_FW, SATP_S2, (SATP_S1);
    SATP_EXPECT(SATP_FW, 1); ld SATP_RD, 0(SATP_S1))

  # SC to an address outside the reservation set (another page) fails and
  # writes nothing there
  TEST_CASE(14, SATP_RD, 0x6666,
    la SATP_S1, lr_a; la SATP_S2, lr_far; li SATP_FW, 0x6666; sd SATP_FW, 0(SATP_S2);
    lr.d SATP_FW, (SATP_S1); li SATP_FW, 0x7777; sc.d SATP_FW, SATP_FW, (SATP_S2);
    SATP_EXPECT(SATP_FW, 1); ld SATP_RD, 0(SATP_S2))
  # ... and that failed SC also ended the reservation on lr_a
  TEST_CASE(15, SATP_RD, 0x3334,
    la SATP_S1, lr_a; li SATP_S2, 0x8888; sc.d SATP_FW, SATP_S2, (SATP_S1);
    SATP_EXPECT(SATP_FW, 1); ld SATP_RD, 0(SATP_S1))

  # a new LR after a failed SC gives a fresh reservation
  TEST_CASE(16, SATP_RD, 0x9999,
    la SATP_S1, lr_a; lr.d SATP_FW, (SATP_S1); SATP_EXPECT(SATP_FW, 0x3334);
    li SATP_S2, 0x9999; sc.d SATP_FW, SATP_S2, (SATP_S1);
    SATP_EXPECT(SATP_FW, 0); ld SATP_RD, 0(SATP_S1))

  # the most recent LR wins: LR a, LR far, SC far succeeds
  TEST_CASE(17, SATP_RD, 0xaaaa,
    la SATP_S1, lr_a; la SATP_S2, lr_far; lr.d SATP_FW, (SATP_S1); lr.d SATP_FW, (SATP_S2);
    li SATP_FW, 0xaaaa; sc.d SATP_FW, SATP_FW, (SATP_S2);
    SATP_EXPECT(SATP_FW, 0); ld SATP_RD, 0(SATP_S2))

  # rd == rs2 on SC: the old rs2 is stored, then rd = 0
  TEST_CASE(18, SATP_RD, 0xbbbb,
    la SATP_S1, lr_a; lr.d SATP_FW, (SATP_S1); li SATP_S2, 0xbbbb;
    sc.d SATP_S2, SATP_S2, (SATP_S1); SATP_EXPECT(SATP_S2, 0); ld SATP_RD, 0(SATP_S1))
  # LR with rd = x0 still reserves; SC with rd = x0 still stores
  TEST_CASE(19, SATP_RD, 0xcccc,
    la SATP_S1, lr_a; lr.d x0, (SATP_S1); SATP_EXPECT(x0, 0); li SATP_S2, 0xcccc;
    sc.d x0, SATP_S2, (SATP_S1); SATP_EXPECT(x0, 0); ld SATP_RD, 0(SATP_S1))
  # LR with rd == rs1: the address is used before it is overwritten
  TEST_CASE(20, SATP_RD, 0xcccc, la SATP_RD, lr_a; lr.d SATP_RD, (SATP_RD))

  # ordering bits do not change the behaviour
  TEST_CASE(21, SATP_RD, 0xdddd,
    la SATP_S1, lr_a; lr.d.aq SATP_FW, (SATP_S1); li SATP_S2, 0xdddd;
    sc.d.rl SATP_FW, SATP_S2, (SATP_S1); SATP_EXPECT(SATP_FW, 0); ld SATP_RD, 0(SATP_S1))
  TEST_CASE(22, SATP_RD, 0xeeee,
    la SATP_S1, lr_a; lr.w.aqrl SATP_FW, (SATP_S1); li SATP_S2, 0xeeee;
    sc.w.aqrl SATP_FW, SATP_S2, (SATP_S1); SATP_EXPECT(SATP_FW, 0); ld SATP_RD, 0(SATP_S1))

  # the usual LR/SC retry loop: atomic increment, 100 times
  TEST_CASE(23, SATP_RD, 0xeeee + 100,
    la SATP_S1, lr_a; li SATP_S2, 100;
    1: lr.d SATP_FW, (SATP_S1); addi SATP_FW, SATP_FW, 1; sc.d SATP_FW, SATP_FW, (SATP_S1);
       bnez SATP_FW, 1b; addi SATP_S2, SATP_S2, -1; bnez SATP_S2, 1b;
    ld SATP_RD, 0(SATP_S1))
  # same with words and a negative result (sign extension on LR.W)
  TEST_CASE(24, SATP_RD, 0xfffffffffffffffb,
    la SATP_S1, lr_w; sw x0, 0(SATP_S1); li SATP_S2, 5;
    1: lr.w SATP_FW, (SATP_S1); addi SATP_FW, SATP_FW, -1; sc.w SATP_FW, SATP_FW, (SATP_S1);
       bnez SATP_FW, 1b; addi SATP_S2, SATP_S2, -1; bnez SATP_S2, 1b;
    lr.w SATP_RD, (SATP_S1))

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 64
lr_a:  .dword 0
  .balign 64
lr_w:  .dword 0
  .balign 4096
lr_far: .dword 0
RVTEST_DATA_END
