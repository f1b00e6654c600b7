# pte_wnr: R=0 with W=1 is a reserved encoding ("Writable pages must also
# be marked readable; the contrary combinations are reserved"): the walk
# stops with a page fault for the original access type (privileged spec,
# "Virtual Address Translation Process", step 3) - even a store, even a
# fetch from an X=1 page - at a leaf of any level.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define ADDR0 (STEST_WIN(0) + STEST_MAGIC_OFF)
#define ADDR1 (STEST_WIN(1) + STEST_MAGIC_OFF)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  STEST_MAP(0, stest_page0, PTE_V | PTE_W | PTE_A | PTE_D)          /* -W- */
  STEST_MAP(1, stest_page1, PTE_V | PTE_W | PTE_X | PTE_A | PTE_D)  /* -WX */
  STEST_MAP(2, stest_page2, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)  /* RW- */
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(2, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  TEST_CASE_PF(3, CAUSE_STORE_PAGE_FAULT, ADDR0, sd x0, 0(a1))
  TEST_CASE_PF(4, CAUSE_AMO_PAGE_FAULT, ADDR0, amoswap.d a0, x0, (a1))
  TEST_CASE_FETCH_PF(5, 0)
  TEST_CASE_PF(6, CAUSE_LOAD_PAGE_FAULT, ADDR1, lw a0, 0(a1))
  TEST_CASE_PF(7, CAUSE_STORE_PAGE_FAULT, ADDR1, sw x0, 0(a1))
  TEST_CASE_FETCH_PF(8, 1)
  # RW- is fine for data
  TEST_CASE_LOAD_MAGIC(9, 2, 2)
  TEST_CASE(10, a0, 0x77, li a1, STEST_WIN(2) + 0x80; li a0, 0x77; sd a0, 0(a1); ld a0, 0(a1))
  MTEST_BACK_TO_M

  # a 2 MiB leaf with -W- (l1[1] -> RAM at 0x80000000)
  STEST_SET_PTE_PA(stest_l1, 1, 0x80000000, PTE_V | PTE_W | PTE_A | PTE_D)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(20, CAUSE_LOAD_PAGE_FAULT, STEST_WIN_BASE + 0x200000, ld a0, 0(a1))
  TEST_CASE_PF(21, CAUSE_STORE_PAGE_FAULT, STEST_WIN_BASE + 0x200010, sd a0, 0(a1))
  MTEST_BACK_TO_M

  # a 1 GiB leaf with -WX (root[4]: VA 0x100000000 -> RAM)
  STEST_SET_PTE_PA(stest_root, 4, 0x80000000, PTE_V | PTE_W | PTE_X | PTE_A | PTE_D)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(30, CAUSE_LOAD_PAGE_FAULT, 0x100000000, ld a0, 0(a1))
  TEST_CASE_PF(31, CAUSE_STORE_PAGE_FAULT, 0x100000008, sd a0, 0(a1))
  la a1, satp_env_body
  li t0, 0x100000000 - 0x80000000
  add a1, a1, t0
  TEST_CASE_TRAP_EPC(32, CAUSE_FETCH_PAGE_FAULT, a1, jalr ra, 0(a1))
  CHECK_TVAL_REG(a1)
  MTEST_BACK_TO_M

  # U-mode sees the same (U=1 added)
  STEST_CODE_USER
  STEST_MAP(0, stest_page0, PTE_V | PTE_W | PTE_U | PTE_A | PTE_D)
  MTEST_GOTO_MODE(MODE_U)
  TEST_CASE_PF(40, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  TEST_CASE_PF(41, CAUSE_STORE_PAGE_FAULT, ADDR0, sd a0, 0(a1))
  CHECK_SPP(MODE_U)
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
