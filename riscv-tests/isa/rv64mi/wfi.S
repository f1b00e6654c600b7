# wfi: WFI resumes when an interrupt is pending and enabled in mie, whatever
# the global enables and mideleg say; without a trap execution continues
# after the WFI, and an interrupt that arrives while the hart waits is taken
# with mepc = the WFI + 4 (privileged spec, "Wait for Interrupt").
# The timer is the CLINT of the virt platform (mtime 0x200bff8, mtimecmp
# 0x2004000).
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"

#define CLINT_MTIMECMP 0x2004000
#define CLINT_MTIME    0x200bff8

# mtimecmp = mtime + ticks
#define TIMER_IN(ticks)                                                 \
        li t1, CLINT_MTIME;                                             \
        ld t0, 0(t1);                                                   \
        li t2, ticks;                                                   \
        add t0, t0, t2;                                                 \
        li t1, CLINT_MTIMECMP;                                          \
        sd t0, 0(t1)

#define TIMER_OFF                                                       \
        li t1, CLINT_MTIMECMP;                                          \
        li t0, -1;                                                      \
        sd t0, 0(t1)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  csrw mie, x0
  csrw mideleg, x0
  csrw medeleg, x0
  TIMER_OFF
  li t0, MIP_SSIP | MIP_STIP
  csrc mip, t0

  #------------------------------------------------------------------
  # M-mode, MIE = 0: SSIP pending and enabled -> WFI returns, no trap
  li t0, MIP_SSIP
  csrs mip, t0
  csrs mie, t0
  TEST_NO_TRAP(2, wfi)
  TEST_CASE(3, a0, MIP_SSIP, csrr a0, mip; andi a0, a0, MIP_SSIP)

  # the same when the interrupt is delegated to S (masked in M)
  li t0, MIP_SSIP
  csrw mideleg, t0
  TEST_NO_TRAP(4, wfi)
  csrw mideleg, x0

  # S-mode, TW = 0, SIE = 0, SSI delegated: WFI returns, nothing is taken
  li t0, MIP_SSIP
  csrw mideleg, t0
  li t0, MSTATUS_SIE | MSTATUS_TW
  csrc mstatus, t0
  MTEST_GOTO_MODE(MODE_S)
  TEST_NO_TRAP(5, wfi)
  TEST_CASE(6, a0, MIP_SSIP, csrr a0, sip; andi a0, a0, MIP_SSIP)
  li t0, MIP_SSIP
  csrc sip, t0
  MTEST_BACK_TO_M
  csrw mideleg, x0
  csrw mie, x0

  #------------------------------------------------------------------
  # M-mode, MIE = 0, timer enabled: WFI waits for the timer, then continues
  # after it without a trap
  li t0, MIP_MTIP
  csrs mie, t0
  TIMER_IN(1000)
  li TESTNUM, 10
1:wfi
  csrr a0, mip                    # WFI may also return early: loop
  andi a0, a0, MIP_MTIP
  beqz a0, 1b
  TIMER_OFF
  # MTIP drops once mtimecmp is in the future
1:csrr a0, mip
  andi a0, a0, MIP_MTIP
  bnez a0, 1b

  # M-mode, MIE = 1: the timer interrupt is taken with mepc = WFI + 4 (or,
  # when WFI returned early, on a later instruction of the loop)
  li t0, MIP_MTIP
  csrs mie, t0
  li TESTNUM, 11
  TIMER_IN(1000)
  la s11, 2f
  csrsi mstatus, MSTATUS_MIE
1:wfi
3:j 1b
2:CHECK_EQ(s8, CAUSE_INTR | IRQ_MTI)
  CHECK_HANDLER(3)
  CHECK_MPP(MODE_M)
  la t4, 3b                       # the instruction after the WFI ...
  beq s9, t4, 4f
  la t4, 1b                       # ... or the WFI itself after a loop
  bne s9, t4, fail
4:TIMER_OFF

  # S-mode, TW = 0: the (M-level) timer interrupt ends the wait there too
  li t0, MIP_MTIP
  csrs mie, t0
  li TESTNUM, 12
  TIMER_IN(1000)
  la s11, 2f
  MTEST_GOTO_MODE(MODE_S)
1:wfi
3:j 1b
2:CHECK_EQ(s8, CAUSE_INTR | IRQ_MTI)
  CHECK_MPP(MODE_S)
  la t4, 3b
  beq s9, t4, 4f
  la t4, 1b
  bne s9, t4, fail
4:TIMER_OFF
  MTEST_BACK_TO_M

  csrw mie, x0
  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
