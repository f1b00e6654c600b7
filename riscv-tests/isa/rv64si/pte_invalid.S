# pte_invalid: a PTE with V=0 stops the walk with a page fault for the
# original access type, whatever its other bits say, at every level
# (privileged spec, "Virtual Address Translation Process", step 3).
# stval = the virtual address, sepc = the access (or the fetch target).
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define ADDR0 (STEST_WIN(0) + STEST_MAGIC_OFF)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  # leaf with every permission and A/D but V=0
  STEST_MAP(0, stest_page0, PTE_LEAF & ~PTE_V)
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(2, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  TEST_CASE_PF(3, CAUSE_STORE_PAGE_FAULT, ADDR0, sd x0, 0(a1))
  TEST_CASE_PF(4, CAUSE_AMO_PAGE_FAULT, ADDR0, amoor.d a0, x0, (a1))
  TEST_CASE_PF(5, CAUSE_LOAD_PAGE_FAULT, ADDR0, lr.d a0, (a1))
  TEST_CASE_FETCH_PF(6, 0)
  # an all-zero PTE
  TEST_CASE_PF(7, CAUSE_LOAD_PAGE_FAULT, STEST_WIN(1) + 0x123, lbu a0, 0(a1))
  TEST_CASE_FETCH_PF(8, 1)
  MTEST_BACK_TO_M

  # make it valid: the same accesses work
  STEST_MAP(0, stest_page0, PTE_LEAF)
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_LOAD_MAGIC(10, 0, 0)
  TEST_CASE_CALL(11, 0, 0)
  MTEST_BACK_TO_M

  # V=0 in the level-1 pointer (the rest of the PTE still points at l0)
  STEST_SET_PTE(stest_l1, 0, stest_l0, 0)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(20, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  TEST_CASE_PF(21, CAUSE_STORE_PAGE_FAULT, ADDR0, sw x0, 0(a1))
  TEST_CASE_FETCH_PF(22, 0)
  MTEST_BACK_TO_M
  STEST_SET_PTE(stest_l1, 0, stest_l0, PTE_V)

  # V=0 in the root pointer
  STEST_SET_PTE(stest_root, 1, stest_l1, 0)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(30, CAUSE_LOAD_PAGE_FAULT, ADDR0, lh a0, 0(a1))
  TEST_CASE_PF(31, CAUSE_STORE_PAGE_FAULT, ADDR0, sb x0, 0(a1))
  TEST_CASE_FETCH_PF(32, 0)
  MTEST_BACK_TO_M
  STEST_SET_PTE(stest_root, 1, stest_l1, PTE_V)

  # a root entry with V=0 but R/W/X set (not a 1 GiB leaf)
  STEST_SET_PTE_PA(stest_root, 4, 0x80000000, PTE_LEAF & ~PTE_V)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(40, CAUSE_LOAD_PAGE_FAULT, 0x100000000, ld a0, 0(a1))
  # and valid again everywhere
  MTEST_BACK_TO_M
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_LOAD_MAGIC(41, 0, 0)
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
