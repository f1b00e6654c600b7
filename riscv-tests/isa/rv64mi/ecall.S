# ecall: environment calls from U, S and M raise causes 8, 9 and 11 with
# mepc = the ecall itself and mtval = 0 (privileged spec, "Environment Call
# and Breakpoint", "Machine Cause Register"); trap entry saves MIE in MPIE,
# clears MIE and records the previous mode in MPP.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN

  # from M
  li a0, 0x55             # a stale non-zero mtval: the trap must overwrite it
  csrw mtval, a0
  TEST_TRAP(2, CAUSE_ECALL_M, ecall)
  CHECK_TVAL(0)
  CHECK_MPP(MODE_M)
  CHECK_HANDLER(3)

  # trap entry: MPIE <- MIE (1), MIE <- 0.  Nothing is enabled in mie.
  csrwi mie, 0
  csrsi mstatus, MSTATUS_MIE
  TEST_TRAP(3, CAUSE_ECALL_M, ecall)
  CHECK_FIELD(s7, MSTATUS_MIE | MSTATUS_MPIE, MSTATUS_MPIE)
  # mret restored MIE from MPIE
  TEST_CASE(4, a0, MSTATUS_MIE, csrr a0, mstatus; andi a0, a0, MSTATUS_MIE)
  csrci mstatus, MSTATUS_MIE
  # and with MIE = 0: MPIE <- 0
  TEST_TRAP(5, CAUSE_ECALL_M, ecall)
  CHECK_FIELD(s7, MSTATUS_MIE | MSTATUS_MPIE, 0)

  # traps never go to a less-privileged mode: with every medeleg bit set,
  # an ecall from M is still taken in M ("Machine Trap Delegation Registers")
  li t0, -1
  csrw medeleg, t0
  TEST_TRAP(6, CAUSE_ECALL_M, ecall)
  CHECK_HANDLER(3)
  csrw medeleg, x0

  # from S
  MTEST_GOTO_MODE(MODE_S)
  TEST_TRAP(10, CAUSE_ECALL_S, ecall)
  CHECK_TVAL(0)
  CHECK_MPP(MODE_S)
  CHECK_HANDLER(3)
  # the handler returned to S: a second one is again from S
  TEST_TRAP(11, CAUSE_ECALL_S, ecall)
  CHECK_MPP(MODE_S)
  MTEST_BACK_TO_M

  # from U
  MTEST_GOTO_MODE(MODE_U)
  TEST_TRAP(20, CAUSE_ECALL_U, ecall)
  CHECK_TVAL(0)
  CHECK_MPP(MODE_U)
  CHECK_HANDLER(3)
  TEST_TRAP(21, CAUSE_ECALL_U, ecall)
  CHECK_MPP(MODE_U)
  MTEST_BACK_TO_M

  # the ecall is not skipped by hardware: mepc is the ecall itself, a
  # handler that returns to mepc + 4 continues after it (done by hand here)
  la s11, 1f
  li a0, 0
  ecall
  li a0, 7                # skipped: the handler resumes at 1f
1:
  TEST_CASE(30, a0, 0, nop)

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
