# user_page: U-mode may only access pages with U=1 (privileged spec, Sv32
# "Addressing and Memory Protection": "U-mode software may only access the
# page when U=1"; translation step 6): a U-mode load, store, AMO or fetch
# on a U=0 page raises the page fault of the access type; U=1 pages work.
# Faults go to S (delegated) with SPP = U, stval = the address; the fetch
# case with the U-mode code itself on a U=0 page is caught in M.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define ADDR0 (STEST_WIN(0) + STEST_MAGIC_OFF)
#define ADDR1 (STEST_WIN(1) + STEST_MAGIC_OFF)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  STEST_CODE_USER
  STEST_MAP(0, stest_page0, PTE_LEAF)            /* U=0 */
  STEST_MAP(1, stest_page1, PTE_LEAF | PTE_U)    /* U=1 */
  MTEST_GOTO_MODE(MODE_U)
  TEST_CASE_PF(2, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  CHECK_SPP(MODE_U)
  TEST_CASE_PF(3, CAUSE_STORE_PAGE_FAULT, ADDR0, sd a0, 0(a1))
  CHECK_SPP(MODE_U)
  TEST_CASE_PF(4, CAUSE_AMO_PAGE_FAULT, ADDR0, amomax.w a0, a0, (a1))
  TEST_CASE_PF(5, CAUSE_LOAD_PAGE_FAULT, ADDR0, lr.w a0, (a1))
  TEST_CASE_FETCH_PF(6, 0)
  CHECK_SPP(MODE_U)
  # U=1: everything works
  TEST_CASE_LOAD_MAGIC(7, 1, 1)
  TEST_CASE_CALL(8, 1, 1)
  TEST_CASE(9, a0, 0x55, li a1, STEST_WIN(1) + 0x100; li a0, 0x55; sd a0, 0(a1); ld a0, 0(a1))
  TEST_CASE(10, a0, 0x55, li a1, STEST_WIN(1) + 0x100; li a0, 1; amoadd.d a0, a0, (a1))
  # the fault left page0 untouched
  MTEST_BACK_TO_M
  TEST_CASE(11, a0, STEST_MAGIC(0), la a1, stest_page0 + STEST_MAGIC_OFF; ld a0, 0(a1))

  # U-mode code on a U=0 page: the first fetch after the mret faults.
  # Not delegated here: M catches it and comes back in M-mode.
  li t0, 1 << CAUSE_FETCH_PAGE_FAULT
  csrc medeleg, t0
  STEST_CODE_SUPER
  li TESTNUM, 20
  li s5, 1
  la s11, 1f
  MTEST_GOTO_MODE(MODE_U)
2:j fail
1:CHECK_HANDLER(3)
  CHECK_MPP(MODE_U)
  la a1, 2b
  bne s9, a1, fail
  CHECK_TVAL_REG(a1)
  SATP_EXPECT_N(20, s8, CAUSE_FETCH_PAGE_FAULT)
  li t0, 1 << CAUSE_FETCH_PAGE_FAULT
  csrs medeleg, t0

  # the same page with U=0 is fine for S-mode
  STEST_CODE_SUPER
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_LOAD_MAGIC(21, 0, 0)
  TEST_CASE_CALL(22, 0, 0)
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
