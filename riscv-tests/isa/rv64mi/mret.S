# mret: the trap-return instructions and the mstatus trap controls
# (privileged spec, "Trap-Return Instructions", "Privilege and Global
# Interrupt-Enable Stack in mstatus", "Virtualization Support in mstatus").
#   MRET: mode <- MPP, MIE <- MPIE, MPIE <- 1, MPP <- U (least-privileged
#         mode), MPRV <- 0 when the new mode is not M.
#   SRET: mode <- SPP, SIE <- SPIE, SPIE <- 1, SPP <- U, MPRV <- 0.
#   TSR: sret in S is illegal.  TVM: satp and sfence.vma in S are illegal.
#   TW: wfi in S is illegal if it does not complete in a bounded time.
#       An implementation may also make it trap always, which satp (and QEMU)
#       do; with no interrupt enabled a wfi can never complete anyway.
#   wfi in U is illegal when S-mode exists, whatever TW is (same proviso).
# The mode reached is checked by what traps there (and MPP in the trap).
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"

#define MRET_TO(label)  la t0, label; csrw mepc, t0; mret
#define SET_MPP(m)      li t0, MSTATUS_MPP; csrc mstatus, t0; li t0, (m) << 11; csrs mstatus, t0

RVTEST_RV64M
RVTEST_CODE_BEGIN

  csrw mie, x0
  csrw mideleg, x0
  csrw medeleg, x0

  #------------------------------------------------------------------
  # MRET to M: MIE <- MPIE (1), MPIE <- 1, MPP <- U
  li TESTNUM, 2
  SET_MPP(MODE_M)
  li t0, MSTATUS_MPIE
  csrs mstatus, t0
  csrci mstatus, MSTATUS_MIE
  MRET_TO(1f)
  j fail
1:csrr a1, mstatus
  CHECK_FIELD(a1, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP, MSTATUS_MIE | MSTATUS_MPIE | MPP_U)
  csrci mstatus, MSTATUS_MIE

  # MRET with MPIE = 0: MIE <- 0, MPIE <- 1
  li TESTNUM, 3
  SET_MPP(MODE_M)
  li t0, MSTATUS_MPIE
  csrc mstatus, t0
  csrsi mstatus, MSTATUS_MIE
  MRET_TO(1f)
  j fail
1:csrr a1, mstatus
  CHECK_FIELD(a1, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP, MSTATUS_MPIE | MPP_U)

  # MRET to S: M CSRs trap there, S CSRs do not
  li TESTNUM, 4
  SET_MPP(MODE_S)
  MRET_TO(1f)
  j fail
1:TEST_TRAP(5, CAUSE_ILLEGAL, csrr a0, mstatus)
  CHECK_MPP(MODE_S)
  TEST_NO_TRAP(6, csrr a0, sstatus)
  MTEST_BACK_TO_M

  # MRET to U: S CSRs trap there
  li TESTNUM, 7
  SET_MPP(MODE_U)
  MRET_TO(1f)
  j fail
1:TEST_TRAP(8, CAUSE_ILLEGAL, csrr a0, sstatus)
  CHECK_MPP(MODE_U)
  MTEST_BACK_TO_M

  #------------------------------------------------------------------
  # MPRV is cleared by MRET to S or U, kept by MRET to M ("An MRET or SRET
  # instruction that changes the privilege mode to a mode less privileged
  # than M also sets MPRV=0").  QEMU 7.2 does not clear it: MPRV is not
  # compared there (MPRV_CLEARED below).
  # (With MPP = S/U and satp = 0, M-mode loads/stores just use the PMP
  # permissions of S/U, which the env's PMP entry grants everywhere.)
#ifdef SATP_QEMU_CHECK
#define MPRV_CLEARED 0
#else
#define MPRV_CLEARED MSTATUS_MPRV
#endif
  li t0, MSTATUS_MPRV
  csrs mstatus, t0
  li TESTNUM, 10
  MTEST_GOTO_MODE(MODE_S)
  MTEST_BACK_TO_M
  CHECK_FIELD(s7, MPRV_CLEARED | MSTATUS_MPP, MPP_S)

  li t0, MSTATUS_MPRV
  csrs mstatus, t0
  li TESTNUM, 11
  MTEST_GOTO_MODE(MODE_U)
  MTEST_BACK_TO_M
  CHECK_FIELD(s7, MPRV_CLEARED | MSTATUS_MPP, MPP_U)

  li t0, MSTATUS_MPRV
  csrs mstatus, t0
  li TESTNUM, 12
  MTEST_GOTO_MODE(MODE_M)
  csrr a1, mstatus
  CHECK_FIELD(a1, MSTATUS_MPRV, MSTATUS_MPRV)
  li t0, MSTATUS_MPRV
  csrc mstatus, t0

  #------------------------------------------------------------------
  # SRET from S into U
  MTEST_GOTO_MODE(MODE_S)
  li TESTNUM, 20
  li t0, MSTATUS_SPP
  csrc sstatus, t0
  la t0, 1f
  csrw sepc, t0
  sret
  j fail
1:TEST_TRAP(21, CAUSE_ILLEGAL, csrr a0, sstatus)
  CHECK_MPP(MODE_U)
  MTEST_BACK_TO_M

  # SRET from S to S: SIE <- SPIE (1), SPIE <- 1, SPP <- U
  MTEST_GOTO_MODE(MODE_S)
  li TESTNUM, 22
  li t0, MSTATUS_SPP | MSTATUS_SPIE
  csrs sstatus, t0
  csrci sstatus, MSTATUS_SIE
  la t0, 1f
  csrw sepc, t0
  sret
  j fail
1:csrr a1, sstatus        # still S: sstatus is readable
  CHECK_FIELD(a1, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP, MSTATUS_SIE | MSTATUS_SPIE)
  # and with SPIE = 0: SIE <- 0
  li TESTNUM, 23
  li t0, MSTATUS_SPP
  csrs sstatus, t0
  li t0, MSTATUS_SPIE
  csrc sstatus, t0
  la t0, 1f
  csrw sepc, t0
  sret
  j fail
1:csrr a1, sstatus
  CHECK_FIELD(a1, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP, MSTATUS_SPIE)
  MTEST_BACK_TO_M

  # SRET executed in M-mode is legal: it goes to SPP and clears MPRV
  li TESTNUM, 24
  li t0, MSTATUS_SPP
  csrc mstatus, t0
  li t0, MSTATUS_MPRV
  csrs mstatus, t0
  SET_MPP(MODE_M)         # so that MPRV changes nothing for M-mode accesses
  la t0, 1f
  csrw sepc, t0
  sret
  j fail
1:TEST_TRAP(25, CAUSE_ILLEGAL, csrr a0, sstatus)
  CHECK_MPP(MODE_U)
  CHECK_FIELD(s7, MPRV_CLEARED, 0)
  MTEST_BACK_TO_M
  li t0, MSTATUS_MPRV
  csrc mstatus, t0

  #------------------------------------------------------------------
  # xRET from a mode that is too low is illegal
  MTEST_GOTO_MODE(MODE_S)
  TEST_TRAP(30, CAUSE_ILLEGAL, mret)
  CHECK_TVAL_INSN32(30)
  CHECK_MPP(MODE_S)
  MTEST_BACK_TO_M
  MTEST_GOTO_MODE(MODE_U)
  TEST_TRAP(31, CAUSE_ILLEGAL, mret)
  CHECK_TVAL_INSN32(31)
  TEST_TRAP(32, CAUSE_ILLEGAL, sret)
  CHECK_TVAL_INSN32(32)
  CHECK_MPP(MODE_U)
  MTEST_BACK_TO_M

  #------------------------------------------------------------------
  # TSR: sret in S traps; in M it still works
  li t0, MSTATUS_TSR
  csrs mstatus, t0
  MTEST_GOTO_MODE(MODE_S)
  li t0, MSTATUS_SPP
  csrs sstatus, t0
  la t0, 1f
  csrw sepc, t0
  TEST_TRAP(40, CAUSE_ILLEGAL, sret)
  CHECK_TVAL_INSN32(40)
  CHECK_MPP(MODE_S)
  MTEST_BACK_TO_M
  li TESTNUM, 41
  li t0, MSTATUS_SPP
  csrs mstatus, t0
  la t0, 1f
  csrw sepc, t0
  sret                    # M-mode, TSR = 1: legal, to S
  j fail
1:TEST_TRAP(42, CAUSE_ILLEGAL, csrr a0, mstatus)
  CHECK_MPP(MODE_S)
  MTEST_BACK_TO_M
  li t0, MSTATUS_TSR
  csrc mstatus, t0

  #------------------------------------------------------------------
  # TVM: satp and sfence.vma trap in S; fine again with TVM = 0
  li t0, MSTATUS_TVM
  csrs mstatus, t0
  MTEST_GOTO_MODE(MODE_S)
  TEST_TRAP(50, CAUSE_ILLEGAL, csrr a0, satp)
  CHECK_TVAL_INSN32(50)
  CHECK_MPP(MODE_S)
  TEST_TRAP(51, CAUSE_ILLEGAL, csrw satp, x0)
  TEST_TRAP(52, CAUSE_ILLEGAL, sfence.vma)
  CHECK_TVAL_INSN32(52)
  TEST_TRAP(53, CAUSE_ILLEGAL, sfence.vma a0, a1)
  CHECK_TVAL_INSN32(53)
  MTEST_BACK_TO_M
  # M-mode is not affected by TVM
  TEST_NO_TRAP(54, csrr a0, satp; sfence.vma)
  li t0, MSTATUS_TVM
  csrc mstatus, t0
  MTEST_GOTO_MODE(MODE_S)
  TEST_NO_TRAP(55, csrr a0, satp; csrw satp, a0; sfence.vma; sfence.vma a0, a1)
  MTEST_BACK_TO_M
  # sfence.vma in U is always illegal
  MTEST_GOTO_MODE(MODE_U)
  TEST_TRAP(56, CAUSE_ILLEGAL, sfence.vma)
  MTEST_BACK_TO_M

  #------------------------------------------------------------------
  # TW (mie = 0: nothing can wake a wfi)
  li t0, MSTATUS_TW
  csrs mstatus, t0
  MTEST_GOTO_MODE(MODE_S)
  TEST_TRAP(60, CAUSE_ILLEGAL, wfi)
  CHECK_TVAL_INSN32(60)
  CHECK_MPP(MODE_S)
  MTEST_BACK_TO_M
  MTEST_GOTO_MODE(MODE_U)
  TEST_TRAP(61, CAUSE_ILLEGAL, wfi)
  CHECK_MPP(MODE_U)
  MTEST_BACK_TO_M
  li t0, MSTATUS_TW
  csrc mstatus, t0
  # U-mode wfi traps with TW = 0 too
  MTEST_GOTO_MODE(MODE_U)
  TEST_TRAP(62, CAUSE_ILLEGAL, wfi)
  CHECK_TVAL_INSN32(62)
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
