# pte_nonleaf_l0: a pointer PTE (V=1, R=W=X=0) reached at level 0 has no
# next level: the walk raises a page fault for the original access type
# (privileged spec, "Virtual Address Translation Process", step 4:
# "If i < 0, stop and raise a page-fault exception").  Also with the
# pointer aimed at a valid table (l0 itself) and with G set.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define ADDR0 (STEST_WIN(0) + STEST_MAGIC_OFF)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  # l0[0] points at page0 as if it were a table
  STEST_MAP(0, stest_page0, PTE_V)
  # l0[1] points back at l0
  STEST_MAP(1, stest_l0, PTE_V | PTE_G)
  # l0[2] is a real leaf (control)
  STEST_MAP(2, stest_page2, PTE_LEAF)
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(2, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  TEST_CASE_PF(3, CAUSE_STORE_PAGE_FAULT, ADDR0, sd a0, 0(a1))
  TEST_CASE_PF(4, CAUSE_AMO_PAGE_FAULT, ADDR0, amoadd.w a0, a0, (a1))
  TEST_CASE_FETCH_PF(5, 0)
  TEST_CASE_PF(6, CAUSE_LOAD_PAGE_FAULT, STEST_WIN(1), ld a0, 0(a1))
  TEST_CASE_FETCH_PF(7, 1)
  TEST_CASE_LOAD_MAGIC(8, 2, 2)
  TEST_CASE_CALL(9, 2, 2)
  MTEST_BACK_TO_M

  # the same in U-mode
  STEST_CODE_USER
  STEST_MAP(2, stest_page2, PTE_LEAF | PTE_U)
  MTEST_GOTO_MODE(MODE_U)
  TEST_CASE_PF(10, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  CHECK_SPP(MODE_U)
  TEST_CASE_FETCH_PF(11, 1)
  TEST_CASE_LOAD_MAGIC(12, 2, 2)
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
