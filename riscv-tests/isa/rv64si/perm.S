# perm: a leaf's R, W and X bits decide which accesses it allows; any
# other access raises the page fault of the access type (privileged spec, Sv32
# "Addressing and Memory Protection": fetch needs X, loads and LR need R,
# stores, SC and AMOs need W; "AMOs never raise load page-fault exceptions";
# translation step 8).  Tried on the five leaf encodings R--, RW-, --X,
# R-X, RWX from S-mode; a faulting store leaves memory unchanged.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define F_AD (PTE_V | PTE_A | PTE_D)
#define W(i) (STEST_WIN(i) + 0x400)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  STEST_MAP(0, stest_page0, F_AD | PTE_R)
  STEST_MAP(1, stest_page1, F_AD | PTE_R | PTE_W)
  STEST_MAP(2, stest_page2, F_AD | PTE_X)
  STEST_MAP(3, stest_page3, F_AD | PTE_R | PTE_X)
  STEST_MAP(4, stest_page0, F_AD | PTE_R | PTE_W | PTE_X)
  MTEST_GOTO_MODE(MODE_S)

  # R--
  TEST_CASE_LOAD_MAGIC(2, 0, 0)
  TEST_CASE_PF(3, CAUSE_STORE_PAGE_FAULT, W(0), sd a0, 0(a1))
  TEST_CASE_PF(4, CAUSE_STORE_PAGE_FAULT, W(0), sb a0, 0(a1))
  TEST_CASE_PF(5, CAUSE_STORE_PAGE_FAULT, W(0), amoswap.w a0, a0, (a1))
  TEST_CASE_FETCH_PF(6, 0)
  TEST_CASE(7, a0, 0, li a1, W(0); lr.d a0, (a1))
  # SC with a valid reservation on a read-only page
  li a1, W(0)
  lr.d a0, (a1)
  TEST_CASE_TRAP(8, CAUSE_STORE_PAGE_FAULT, sc.d a0, a0, (a1))
  CHECK_TVAL_REG(a1)

  # RW-
  TEST_CASE_LOAD_MAGIC(10, 1, 1)
  TEST_CASE(11, a0, 0x1234, li a1, W(1); li a0, 0x1234; sd a0, 0(a1); ld a0, 0(a1))
  TEST_CASE(12, a0, 0x1234, li a1, W(1); li a0, 1; amoadd.d a0, a0, (a1))
  TEST_CASE(13, a0, 0, li a1, W(1); lr.d a0, (a1); sc.d a0, a0, (a1))
  TEST_CASE_FETCH_PF(14, 1)

  # --X
  TEST_CASE_CALL(20, 2, 2)
  TEST_CASE_PF(21, CAUSE_LOAD_PAGE_FAULT, W(2), ld a0, 0(a1))
  TEST_CASE_PF(22, CAUSE_LOAD_PAGE_FAULT, W(2), lr.w a0, (a1))
  TEST_CASE_PF(23, CAUSE_STORE_PAGE_FAULT, W(2), sw a0, 0(a1))
  TEST_CASE_PF(24, CAUSE_AMO_PAGE_FAULT, W(2), amoor.w a0, a0, (a1))

  # R-X
  TEST_CASE_CALL(30, 3, 3)
  TEST_CASE_LOAD_MAGIC(31, 3, 3)
  TEST_CASE_PF(32, CAUSE_STORE_PAGE_FAULT, W(3), sh a0, 0(a1))

  # RWX
  TEST_CASE_CALL(40, 4, 0)
  TEST_CASE_LOAD_MAGIC(41, 4, 0)
  TEST_CASE(42, a0, 0x99, li a1, W(4); li a0, 0x99; sd a0, 0(a1); ld a0, 0(a1))
  MTEST_BACK_TO_M

  # the faulting stores to page0 (R--) changed nothing; the RWX alias's
  # store (test 42) did land
  TEST_CASE(50, a0, 0x99, la a1, stest_page0 + 0x400; ld a0, 0(a1))
  TEST_CASE(51, a0, 0, la a1, stest_page0 + 0x408; ld a0, 0(a1))

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
