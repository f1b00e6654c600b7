# ad_update: without Svade (satp's default, `--ad-mode hardware`), the
# walk sets A on any access to a leaf with A = 0, and A and D on a store
# with D = 0, by rewriting the whole leaf PTE (other bits kept); pointers
# are never changed (privileged spec, "Virtual Address Translation
# Process" step 9; Sv32 "Addressing and Memory Protection" on A/D).
# Step 9 comes after the permission checks, so an access that faults sets
# nothing (the spec would also allow a speculative A update; satp and
# QEMU update exactly).  A store through a translation that an earlier
# load cached with D = 0 still sets D ("The address-translation cache
# cannot be used in step 9").
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define RWX (PTE_V | PTE_R | PTE_W | PTE_X)

/* Test n: stest_l0[i] == PTE for `page` with `flags` */
#define TEST_PTE(n, i, page, flags)                                     \
        TEST_CASE(n, a0, 0,                                             \
            la a2, page; STEST_PTE_FROM_REG(a2, flags);                 \
            STEST_GET_PTE(a0, stest_l0, i); xor a0, a0, a2)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  STEST_MAP(0, stest_page0, RWX)
  STEST_MAP(1, stest_page1, RWX)
  STEST_MAP(2, stest_page2, RWX | PTE_G | (1 << 8))
  STEST_MAP(3, stest_page3, RWX | PTE_A)
  STEST_MAP(4, stest_page0, PTE_V | PTE_R)
  STEST_MAP(5, stest_page1, RWX | PTE_U)
  STEST_MAP(6, stest_page2, RWX)
  MTEST_GOTO_MODE(MODE_S)

  # a load sets A only
  TEST_CASE_LOAD_MAGIC(2, 0, 0)
  TEST_PTE(3, 0, stest_page0, RWX | PTE_A)
  # a store sets A and D
  TEST_CASE(4, a0, 0x44, li a1, STEST_WIN(1) + 0x100; li a0, 0x44; sd a0, 0(a1); ld a0, 0(a1))
  TEST_PTE(5, 1, stest_page1, RWX | PTE_A | PTE_D)
  # a fetch sets A only; G and the RSW bits are kept
  TEST_CASE_CALL(6, 2, 2)
  TEST_PTE(7, 2, stest_page2, RWX | PTE_G | (1 << 8) | PTE_A)
  # A already set: a load changes nothing, a store adds D
  TEST_CASE_LOAD_MAGIC(8, 3, 3)
  TEST_PTE(9, 3, stest_page3, RWX | PTE_A)
  TEST_CASE(10, a0, 0, li a1, STEST_WIN(3) + 0x100; sw x0, 0(a1); lw a0, 0(a1))
  TEST_PTE(11, 3, stest_page3, RWX | PTE_A | PTE_D)
  # a store through the translation test 2 cached (D = 0) sets D
  TEST_CASE(12, a0, 0, li a1, STEST_WIN(0) + 0x100; sd x0, 0(a1); ld a0, 0(a1))
  TEST_PTE(13, 0, stest_page0, RWX | PTE_A | PTE_D)
  # an AMO is a store
  TEST_CASE(14, a0, 0, li a1, STEST_WIN(6) + 0x100; amoadd.d a0, x0, (a1))
  TEST_PTE(15, 6, stest_page2, RWX | PTE_A | PTE_D)

  # faulting accesses set nothing: a store to R-- (A = 0) ...
  TEST_CASE_PF(20, CAUSE_STORE_PAGE_FAULT, STEST_WIN(4), sd a0, 0(a1))
  TEST_PTE(21, 4, stest_page0, PTE_V | PTE_R)
  TEST_CASE_FETCH_PF(22, 4)
  TEST_PTE(23, 4, stest_page0, PTE_V | PTE_R)
  # ... S-mode accesses to a U page with SUM = 0
  TEST_CASE_PF(24, CAUSE_LOAD_PAGE_FAULT, STEST_WIN(5), ld a0, 0(a1))
  TEST_CASE_PF(25, CAUSE_STORE_PAGE_FAULT, STEST_WIN(5), sd a0, 0(a1))
  TEST_PTE(26, 5, stest_page1, RWX | PTE_U)
  # ... and the pointers on the way never change
  TEST_CASE(27, a0, 0,
    la a2, stest_l0; STEST_PTE_FROM_REG(a2, PTE_V);
    STEST_GET_PTE(a0, stest_l1, 0); xor a0, a0, a2)
  TEST_CASE(28, a0, 0,
    la a2, stest_l1; STEST_PTE_FROM_REG(a2, PTE_V);
    STEST_GET_PTE(a0, stest_root, 1); xor a0, a0, a2)
  # the R-- page's load works and then sets A
  TEST_CASE_LOAD_MAGIC(29, 4, 0)
  TEST_PTE(30, 4, stest_page0, PTE_V | PTE_R | PTE_A)
  MTEST_BACK_TO_M

  # U-mode the same; a superpage leaf too (l1[1]: 2 MiB onto RAM)
  STEST_CODE_USER
  STEST_SET_PTE_PA(stest_l1, 1, 0x80000000, RWX | PTE_U)
  sfence.vma
  MTEST_GOTO_MODE(MODE_U)
  TEST_CASE_LOAD_MAGIC(40, 5, 1)
  TEST_PTE(41, 5, stest_page1, RWX | PTE_U | PTE_A)
  TEST_CASE(42, a0, PTE_A,
    li a1, STEST_WIN_BASE + 0x200000; ld a0, 0(a1);
    STEST_GET_PTE(a0, stest_l1, 1); andi a0, a0, PTE_A | PTE_D)
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
