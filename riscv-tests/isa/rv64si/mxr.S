# mxr: with mstatus.MXR = 1, loads from pages marked executable succeed
# even when R=0; with MXR = 0 only R=1 pages are readable (privileged spec,
# "Memory Privilege in mstatus Register").  MXR never makes a page writable,
# applies to S and U loads, and changes take effect immediately (no
# SFENCE.VMA needed), also for a translation already used.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define ADDR0 (STEST_WIN(0) + STEST_MAGIC_OFF)
#define MXR_ON  li t0, MSTATUS_MXR; csrs sstatus, t0
#define MXR_OFF li t0, MSTATUS_MXR; csrc sstatus, t0

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  STEST_MAP(0, stest_page0, PTE_V | PTE_X | PTE_A | PTE_D)    /* --X */
  STEST_MAP(1, stest_page1, PTE_V | PTE_R | PTE_A | PTE_D)    /* R-- */
  MTEST_GOTO_MODE(MODE_S)
  # MXR = 0: execute-only is not readable
  TEST_CASE_CALL(2, 0, 0)
  TEST_CASE_PF(3, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  TEST_CASE_PF(4, CAUSE_LOAD_PAGE_FAULT, ADDR0, lr.d a0, (a1))
  # MXR = 1: it is (loads and LR), never writable
  MXR_ON
  TEST_CASE_LOAD_MAGIC(5, 0, 0)
  TEST_CASE(6, a0, STEST_MAGIC(0), li a1, ADDR0; lr.d a0, (a1))
  TEST_CASE_PF(7, CAUSE_STORE_PAGE_FAULT, ADDR0, sd a0, 0(a1))
  TEST_CASE_PF(8, CAUSE_STORE_PAGE_FAULT, ADDR0, amoadd.d a0, x0, (a1))
  # R-- pages are unaffected; MXR does not make them executable
  TEST_CASE_LOAD_MAGIC(9, 1, 1)
  TEST_CASE_FETCH_PF(10, 1)
  # MXR back to 0, translation cached by test 5: faults at once
  MXR_OFF
  TEST_CASE_PF(11, CAUSE_LOAD_PAGE_FAULT, ADDR0, lw a0, 0(a1))
  MTEST_BACK_TO_M

  # U-mode: an execute-only user page
  STEST_CODE_USER
  STEST_MAP(0, stest_page0, PTE_V | PTE_X | PTE_U | PTE_A | PTE_D)
  MTEST_GOTO_MODE(MODE_U)
  TEST_CASE_CALL(20, 0, 0)
  TEST_CASE_PF(21, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  CHECK_SPP(MODE_U)
  MTEST_BACK_TO_M
  li t0, MSTATUS_MXR
  csrs mstatus, t0
  MTEST_GOTO_MODE(MODE_U)
  TEST_CASE_LOAD_MAGIC(22, 0, 0)
  TEST_CASE_PF(23, CAUSE_STORE_PAGE_FAULT, ADDR0, sh a0, 0(a1))
  CHECK_SPP(MODE_U)
  # MXR does not lift the U check: a U=0 X page stays unreadable for U
  MTEST_BACK_TO_M
  STEST_MAP(0, stest_page0, PTE_V | PTE_X | PTE_A | PTE_D)
  MTEST_GOTO_MODE(MODE_U)
  TEST_CASE_PF(24, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  MTEST_BACK_TO_M
  li t0, MSTATUS_MXR
  csrc mstatus, t0

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
