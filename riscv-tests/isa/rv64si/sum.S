# sum: S-mode loads and stores to U=1 pages fault unless sstatus.SUM = 1;
# S-mode never executes U=1 pages, whatever SUM is (privileged spec, Sv32
# "Addressing and Memory Protection": "Irrespective of SUM, the supervisor
# may not execute code on pages with U=1"; "Memory Privilege in mstatus").
# Changes to SUM take effect immediately, without SFENCE.VMA ("Supervisor
# Memory-Management Fence Instruction"), also for a translation already
# used.  SUM does not matter for U=0 pages nor for U-mode.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define ADDR0 (STEST_WIN(0) + STEST_MAGIC_OFF)
#define ADDR1 (STEST_WIN(1) + STEST_MAGIC_OFF)
#define SUM_ON  li t0, MSTATUS_SUM; csrs sstatus, t0
#define SUM_OFF li t0, MSTATUS_SUM; csrc sstatus, t0

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  STEST_MAP(0, stest_page0, PTE_LEAF | PTE_U)
  STEST_MAP(1, stest_page1, PTE_LEAF)
  MTEST_GOTO_MODE(MODE_S)
  # SUM = 0 (the env clears it)
  TEST_CASE_PF(2, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  CHECK_SPP(MODE_S)
  TEST_CASE_PF(3, CAUSE_STORE_PAGE_FAULT, ADDR0, sd a0, 0(a1))
  TEST_CASE_PF(4, CAUSE_AMO_PAGE_FAULT, ADDR0, amoand.d a0, a0, (a1))
  TEST_CASE_PF(5, CAUSE_LOAD_PAGE_FAULT, ADDR0, lr.d a0, (a1))
  TEST_CASE_FETCH_PF(6, 0)
  TEST_CASE_LOAD_MAGIC(7, 1, 1)

  # SUM = 1: fetch still faults, data accesses work
  SUM_ON
  TEST_CASE_FETCH_PF(10, 0)
  TEST_CASE_LOAD_MAGIC(11, 0, 0)
  TEST_CASE(12, a0, 0x66, li a1, STEST_WIN(0) + 0x200; li a0, 0x66; sd a0, 0(a1); ld a0, 0(a1))
  TEST_CASE(13, a0, 0x66, li a1, STEST_WIN(0) + 0x200; amoswap.d a0, x0, (a1))
#ifndef SATP_QEMU_CHECK
  # ... also once loads have used the translation (QEMU 7.2 then lets the
  # fetch through: its TLB entry, filled by the load, carries execute)
  TEST_CASE_FETCH_PF(14, 0)
#endif
  TEST_CASE_LOAD_MAGIC(15, 1, 1)
  TEST_CASE_CALL(16, 1, 1)

  # SUM back to 0 with the translation cached from tests 11-13: faults
  # again at once
  SUM_OFF
  TEST_CASE_PF(20, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  TEST_CASE_PF(21, CAUSE_STORE_PAGE_FAULT, ADDR0, sd a0, 0(a1))
  SUM_ON
  TEST_CASE_LOAD_MAGIC(22, 0, 0)
  SUM_OFF
  MTEST_BACK_TO_M

  # SUM = 1 does not let S-mode run U-mode code: the S code itself on a
  # U=1 page faults at once (caught in M: not delegated here)
  li t0, 1 << CAUSE_FETCH_PAGE_FAULT
  csrc medeleg, t0
  li t0, MSTATUS_SUM
  csrs mstatus, t0
  STEST_CODE_USER
  li TESTNUM, 30
  li s5, 1
  la s11, 1f
  MTEST_GOTO_MODE(MODE_S)
2:j fail
1:CHECK_HANDLER(3)
  CHECK_MPP(MODE_S)
  la a1, 2b
  bne s9, a1, fail
  CHECK_TVAL_REG(a1)
  SATP_EXPECT_N(30, s8, CAUSE_FETCH_PAGE_FAULT)
  li t0, 1 << CAUSE_FETCH_PAGE_FAULT
  csrs medeleg, t0

  # U-mode ignores SUM: a U=0 page stays out of reach
  MTEST_GOTO_MODE(MODE_U)
  TEST_CASE_PF(31, CAUSE_LOAD_PAGE_FAULT, ADDR1, ld a0, 0(a1))
  CHECK_SPP(MODE_U)
  TEST_CASE_LOAD_MAGIC(32, 0, 0)
  MTEST_BACK_TO_M
  li t0, MSTATUS_SUM
  csrc mstatus, t0

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
