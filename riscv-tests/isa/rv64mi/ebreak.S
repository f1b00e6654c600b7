# ebreak: EBREAK and C.EBREAK raise a breakpoint exception (cause 3) in any
# mode, with mepc = the instruction; satp writes the instruction's address
# to mtval (privileged spec, "Machine Trap Value Register": zero or the
# address are both allowed, satp chose the address; QEMU 7.2 writes zero,
# so the QEMU check build expects zero).
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"

#ifdef SATP_QEMU_CHECK
#define CHECK_EBREAK_TVAL(n) CHECK_TVAL(0)
#else
#define CHECK_EBREAK_TVAL(n) CHECK_TVAL_PC(n)
#endif

RVTEST_RV64M
RVTEST_CODE_BEGIN

  TEST_TRAP(2, CAUSE_BREAKPOINT, ebreak)
  CHECK_EBREAK_TVAL(2)
  CHECK_MPP(MODE_M)
  TEST_CASE(3, a0, 0x00100073, la t0, mtest_at_2; lwu a0, 0(t0))

  # c.ebreak (16-bit).  The file is assembled without C so that every other
  # instruction stays 4 bytes long; the 16-bit ones are emitted as .half.
#define C_EBREAK .half 0x9002
#define C_NOP    .half 0x0001
  TEST_TRAP(4, CAUSE_BREAKPOINT, C_EBREAK; C_NOP)
  CHECK_EBREAK_TVAL(4)
  # c.ebreak at an address that is 2 mod 4
  C_NOP
  TEST_TRAP(6, CAUSE_BREAKPOINT, C_EBREAK)
  CHECK_EBREAK_TVAL(6)
  TEST_CASE(7, a0, 2, la a0, mtest_at_6; andi a0, a0, 3)
  # (C_NOP + C_EBREAK: 4 bytes, the rest of the code is 4-byte aligned again)

  # from S and U
  MTEST_GOTO_MODE(MODE_S)
  TEST_TRAP(10, CAUSE_BREAKPOINT, ebreak)
  CHECK_EBREAK_TVAL(10)
  CHECK_MPP(MODE_S)
  TEST_TRAP(11, CAUSE_BREAKPOINT, C_EBREAK; C_NOP)
  CHECK_EBREAK_TVAL(11)
  CHECK_MPP(MODE_S)
  MTEST_BACK_TO_M

  MTEST_GOTO_MODE(MODE_U)
  TEST_TRAP(20, CAUSE_BREAKPOINT, ebreak)
  CHECK_EBREAK_TVAL(20)
  CHECK_MPP(MODE_U)
  TEST_TRAP(21, CAUSE_BREAKPOINT, C_EBREAK; C_NOP)
  CHECK_EBREAK_TVAL(21)
  CHECK_MPP(MODE_U)
  MTEST_BACK_TO_M

  # medeleg[3] delegates breakpoints from U to S
  li t0, (1 << CAUSE_BREAKPOINT)
  csrw medeleg, t0
  MTEST_GOTO_MODE(MODE_U)
  TEST_TRAP(30, CAUSE_BREAKPOINT, ebreak)
  CHECK_HANDLER(1)
  CHECK_EBREAK_TVAL(30)
  CHECK_SPP(MODE_U)
  MTEST_BACK_TO_M
  csrw medeleg, x0

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
