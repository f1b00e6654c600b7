# counters: Zicntr/Zihpm and the machine counter CSRs (privileged spec,
# "Hardware Performance Monitor", "Machine Counter-Enable Register",
# "Machine Counter-Inhibit Register"; Zicntr in the unprivileged spec).
#  - mcycle and minstret count and are writable; minstret counts retired
#    instructions exactly (checked exactly for satp only: QEMU 7.2 without
#    -icount counts host ticks there);
#  - cycle/time/instret/hpmcounterN from S need mcounteren bit N, from U
#    both mcounteren and scounteren bit N, else illegal instruction;
#  - mhpmcounter3-31 / mhpmevent3-31 exist (they may be read-only zero);
#  - mcountinhibit stops mcycle/minstret; its bit 1 (time) is read-only 0
#    (QEMU 7.2 keeps the bits but does not stop the counters: the stop is
#    only checked for satp).
# The time CSR is compared with the CLINT's mtime (virt: 0x200bff8).
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"

#define CLINT_MTIME 0x200bff8
#define CSR_MHPMCOUNTER(n) (0xb00 + (n))
#define CSR_MHPMEVENT(n)   (0x320 + (n))
#define CSR_HPMCOUNTER(n)  (0xc00 + (n))

#ifdef SATP_QEMU_CHECK
#define EXACT_INSTRET 0
#else
#define EXACT_INSTRET 1
#endif

RVTEST_RV64M
RVTEST_CODE_BEGIN

  csrw CSR_MCOUNTINHIBIT, x0

  #------------------------------------------------------------------
  # mcycle and minstret count up
  li TESTNUM, 2
  csrr a1, mcycle
  nop; nop; nop; nop
  csrr a2, mcycle
  bgeu a1, a2, fail
  li TESTNUM, 3
  csrr a1, minstret
  nop; nop; nop
  csrr a2, minstret
  bgeu a1, a2, fail
#if EXACT_INSTRET
  # the first csrr and three nops retired in between
  sub a0, a2, a1
  CHECK_EQ(a0, 4)
#endif

  # they are writable; the write takes effect after the writing instruction,
  # so minstret reads back exactly the written value right after
  li TESTNUM, 4
  li a1, 0x123456789000
  csrw mcycle, a1
  csrr a2, mcycle
  sub a0, a2, a1
  li t0, 0x100000
  bgeu a0, t0, fail       # a2 in [a1, a1 + 2^20)
  li TESTNUM, 5
  li a1, 0x987654321000
  csrw minstret, a1
  csrr a2, minstret
  sub a0, a2, a1
#if EXACT_INSTRET
  CHECK_EQ(a0, 0)
#else
  li t0, 0x100000
  bgeu a0, t0, fail
#endif

  # cycle and instret are read-only shadows of them
  li TESTNUM, 6
  li a1, 0x5000000000
  csrw mcycle, a1
  csrr a2, cycle
  sub a0, a2, a1
  li t0, 0x100000
  bgeu a0, t0, fail
  li TESTNUM, 7
  li a1, 0x6000000000
  csrw minstret, a1
  csrr a2, instret
  sub a0, a2, a1
#if EXACT_INSTRET
  CHECK_EQ(a0, 0)
#else
  li t0, 0x100000
  bgeu a0, t0, fail
#endif

  # time reads the platform's mtime
  li TESTNUM, 8
  li t1, CLINT_MTIME
  ld a1, 0(t1)
  rdtime a2
  ld a3, 0(t1)
  bltu a2, a1, fail
  bltu a3, a2, fail

  #------------------------------------------------------------------
  # mcountinhibit
  TEST_CASE(10, a0, 1, li t0, 1; csrw CSR_MCOUNTINHIBIT, t0; csrr a0, CSR_MCOUNTINHIBIT)
#ifndef SATP_QEMU_CHECK
  # (QEMU 7.2 keeps counting mcycle with CY inhibited)
  li TESTNUM, 11
  csrr a1, mcycle
  nop; nop; nop; nop
  csrr a2, mcycle
  bne a1, a2, fail
#endif
  TEST_CASE(12, a0, 4, li t0, 4; csrw CSR_MCOUNTINHIBIT, t0; csrr a0, CSR_MCOUNTINHIBIT)
#ifndef SATP_QEMU_CHECK
  # (nor minstret with IR inhibited)
  li TESTNUM, 13
  csrr a1, minstret
  nop; nop; nop; nop
  csrr a2, minstret
  bne a1, a2, fail
#endif
#ifndef SATP_QEMU_CHECK
  # bit 1 is read-only zero (figure "Counter-inhibit mcountinhibit
  # register"; QEMU 7.2 keeps what is written there)
  TEST_CASE(14, a0, 0, li t0, 2; csrw CSR_MCOUNTINHIBIT, t0; csrr a0, CSR_MCOUNTINHIBIT; andi a0, a0, 2)
#endif
  csrw CSR_MCOUNTINHIBIT, x0
  # counting again
  li TESTNUM, 15
  csrr a1, minstret
  nop
  csrr a2, minstret
  bgeu a1, a2, fail

  #------------------------------------------------------------------
  # mhpmevent3-31 and mhpmcounter3-31: present in M-mode; event 0 is "no
  # event", so with it a counter holds what was written (or is read-only 0)
#ifdef SATP_QEMU_CHECK
  # QEMU 7.2 implements 16 of them by default (3-18) and makes the others
  # illegal; the spec says all "should" be implemented.
#define HPM_LIST 3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18
#else
#define HPM_LIST 3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
#endif
  li TESTNUM, 20
  .irp n, HPM_LIST
  csrw CSR_MHPMEVENT(\n), x0
  csrr a0, CSR_MHPMEVENT(\n)
  bnez a0, fail
  li a1, 0x1000 + \n
  csrw CSR_MHPMCOUNTER(\n), a1
  csrr a0, CSR_MHPMCOUNTER(\n)
  beqz a0, 1f
  bne a0, a1, fail
1:csrr a2, CSR_HPMCOUNTER(\n)     # the read-only shadow agrees
  bne a0, a2, fail
  csrw CSR_MHPMCOUNTER(\n), x0
  .endr

  #------------------------------------------------------------------
  # mcounteren / scounteren
  TEST_CASE(30, a0, 0xf, li t0, 0xf; csrw mcounteren, t0; csrr a0, mcounteren; andi a0, a0, 0xf)
  TEST_CASE(31, a0, 0xf, li t0, 0xf; csrw scounteren, t0; csrr a0, scounteren; andi a0, a0, 0xf)

  # mcounteren = 0: S and U cannot read any counter
  csrw mcounteren, x0
  csrw scounteren, x0
  MTEST_GOTO_MODE(MODE_S)
  TEST_TRAP(32, CAUSE_ILLEGAL, rdcycle a0)
  CHECK_TVAL_INSN32(32)
  TEST_TRAP(33, CAUSE_ILLEGAL, rdtime a0)
  TEST_TRAP(34, CAUSE_ILLEGAL, rdinstret a0)
  TEST_TRAP(35, CAUSE_ILLEGAL, csrr a0, CSR_HPMCOUNTER(3))
  # M counters are never readable from S
  TEST_TRAP(36, CAUSE_ILLEGAL, csrr a0, mcycle)
  MTEST_BACK_TO_M
  MTEST_GOTO_MODE(MODE_U)
  TEST_TRAP(37, CAUSE_ILLEGAL, rdcycle a0)
  TEST_TRAP(38, CAUSE_ILLEGAL, rdinstret a0)
  MTEST_BACK_TO_M

  # mcounteren = CY|TM|IR, scounteren = 0: S reads them, U does not
  li t0, 7
  csrw mcounteren, t0
  MTEST_GOTO_MODE(MODE_S)
  TEST_NO_TRAP(40, rdcycle a0; rdtime a0; rdinstret a0)
  TEST_TRAP(41, CAUSE_ILLEGAL, csrr a0, CSR_HPMCOUNTER(3))
  MTEST_BACK_TO_M
  MTEST_GOTO_MODE(MODE_U)
  TEST_TRAP(42, CAUSE_ILLEGAL, rdcycle a0)
  TEST_TRAP(43, CAUSE_ILLEGAL, rdtime a0)
  TEST_TRAP(44, CAUSE_ILLEGAL, rdinstret a0)
  MTEST_BACK_TO_M

  # both enabled: U reads them
  li t0, 7
  csrw scounteren, t0
  MTEST_GOTO_MODE(MODE_U)
  TEST_NO_TRAP(45, rdcycle a0; rdtime a0; rdinstret a0)
  MTEST_BACK_TO_M

  # scounteren alone is not enough for U
  csrw mcounteren, x0
  MTEST_GOTO_MODE(MODE_U)
  TEST_TRAP(46, CAUSE_ILLEGAL, rdcycle a0)
  MTEST_BACK_TO_M

  # bit by bit: mcounteren = CY only
  li t0, 1
  csrw mcounteren, t0
  MTEST_GOTO_MODE(MODE_S)
  TEST_NO_TRAP(50, rdcycle a0)
  TEST_TRAP(51, CAUSE_ILLEGAL, rdtime a0)
  TEST_TRAP(52, CAUSE_ILLEGAL, rdinstret a0)
  MTEST_BACK_TO_M
  MTEST_GOTO_MODE(MODE_U)
  TEST_NO_TRAP(53, rdcycle a0)
  TEST_TRAP(54, CAUSE_ILLEGAL, rdinstret a0)
  MTEST_BACK_TO_M
  # mcounteren = IR only; scounteren = CY only: U gets neither
  li t0, 4
  csrw mcounteren, t0
  li t0, 1
  csrw scounteren, t0
  MTEST_GOTO_MODE(MODE_U)
  TEST_TRAP(55, CAUSE_ILLEGAL, rdcycle a0)
  TEST_TRAP(56, CAUSE_ILLEGAL, rdinstret a0)
  MTEST_BACK_TO_M
  MTEST_GOTO_MODE(MODE_S)
  TEST_NO_TRAP(57, rdinstret a0)
  MTEST_BACK_TO_M

  # hpmcounter3 through mcounteren bit 3; hpmcounter4 stays disabled
  li t0, 8
  csrw mcounteren, t0
  MTEST_GOTO_MODE(MODE_S)
  TEST_NO_TRAP(60, csrr a0, CSR_HPMCOUNTER(3))
  TEST_TRAP(61, CAUSE_ILLEGAL, csrr a0, CSR_HPMCOUNTER(4))
  # writes to the shadows are illegal even when reads are allowed
  TEST_TRAP(62, CAUSE_ILLEGAL, csrw CSR_HPMCOUNTER(3), x0)
  MTEST_BACK_TO_M
  # and in U-mode with scounteren bit 3 as well
  li t0, 8
  csrw scounteren, t0
  MTEST_GOTO_MODE(MODE_U)
  TEST_NO_TRAP(63, csrr a0, CSR_HPMCOUNTER(3))
  MTEST_BACK_TO_M

  csrw mcounteren, x0
  csrw scounteren, x0
  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
