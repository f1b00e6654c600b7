# svade_ad: under Svade (`satp run --ad-mode fault`), an access to a leaf
# with A = 0, or a store (SC, AMO) to one with D = 0, raises the page
# fault of the access type instead of updating the PTE, which stays
# unchanged (privileged spec, "Svade"; "Virtual Address Translation
# Process" step 9).  A translation cached by a load with D = 0 must not let
# a store through.  After software sets the bits (and SFENCE.VMA) the
# accesses work.
# Needs satp's Svade mode: the symbol __satp_ad_mode_fault tells `satp test`
# (and the cargo harness) to run it with --ad-mode fault; `satp run` needs
# the flag given.  QEMU 7.2 always updates A/D in hardware, so the QEMU
# check build of this test only passes.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define RWX (PTE_V | PTE_R | PTE_W | PTE_X)
#define ADDR(i) (STEST_WIN(i) + STEST_MAGIC_OFF)

#define TEST_PTE(n, i, page, flags)                                     \
        TEST_CASE(n, a0, 0,                                             \
            la a2, page; STEST_PTE_FROM_REG(a2, flags);                 \
            STEST_GET_PTE(a0, stest_l0, i); xor a0, a0, a2)

RVTEST_RV64M
RVTEST_CODE_BEGIN

#ifndef SATP_QEMU_CHECK
  STEST_VM_ON
  STEST_MAP(0, stest_page0, RWX)                /* A = 0 */
  STEST_MAP(1, stest_page1, RWX | PTE_A)        /* D = 0 */
  STEST_MAP(2, stest_page2, RWX | PTE_A | PTE_D)
  MTEST_GOTO_MODE(MODE_S)
  # A = 0: every access faults
  TEST_CASE_PF(2, CAUSE_LOAD_PAGE_FAULT, ADDR(0), ld a0, 0(a1))
  TEST_CASE_PF(3, CAUSE_STORE_PAGE_FAULT, ADDR(0), sd a0, 0(a1))
  TEST_CASE_PF(4, CAUSE_STORE_PAGE_FAULT, ADDR(0), amoadd.d a0, a0, (a1))
  TEST_CASE_PF(5, CAUSE_LOAD_PAGE_FAULT, ADDR(0), lr.d a0, (a1))
  TEST_CASE_FETCH_PF(6, 0)
  TEST_PTE(7, 0, stest_page0, RWX)
  # D = 0: loads and fetches work, stores fault (also once the load has
  # cached the translation)
  TEST_CASE_LOAD_MAGIC(10, 1, 1)
  TEST_CASE_CALL(11, 1, 1)
  TEST_CASE_PF(12, CAUSE_STORE_PAGE_FAULT, ADDR(1), sd a0, 0(a1))
  TEST_CASE_PF(13, CAUSE_STORE_PAGE_FAULT, ADDR(1), amoswap.d a0, a0, (a1))
  li a1, ADDR(1)
  lr.d a0, (a1)
  TEST_CASE_TRAP(14, CAUSE_STORE_PAGE_FAULT, sc.d a0, a0, (a1))
  CHECK_TVAL_REG(a1)
  TEST_PTE(15, 1, stest_page1, RWX | PTE_A)
  TEST_CASE(16, a0, STEST_MAGIC(1), la a1, stest_page1 + STEST_MAGIC_OFF; ld a0, 0(a1))
  # A = D = 1: everything works, nothing changes
  TEST_CASE(17, a0, 7, li a1, STEST_WIN(2) + 0x100; li a0, 7; sd a0, 0(a1); ld a0, 0(a1))
  TEST_PTE(18, 2, stest_page2, RWX | PTE_A | PTE_D)
  MTEST_BACK_TO_M

  # software sets A on page0: loads work, stores still fault (D = 0)
  STEST_MAP(0, stest_page0, RWX | PTE_A)
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_LOAD_MAGIC(20, 0, 0)
  TEST_CASE_PF(21, CAUSE_STORE_PAGE_FAULT, ADDR(0), sw a0, 0(a1))
  MTEST_BACK_TO_M
  # ... and D on page1, with an address-specific fence
  STEST_SET_PTE(stest_l0, 1, stest_page1, RWX | PTE_A | PTE_D)
  li t0, STEST_WIN(1)
  sfence.vma t0, x0
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE(22, a0, 9, li a1, STEST_WIN(1) + 0x100; li a0, 9; sd a0, 0(a1); ld a0, 0(a1))
  MTEST_BACK_TO_M

  # a 2 MiB leaf with A = 0 (l1[1] onto RAM), and U-mode
  STEST_CODE_USER
  STEST_SET_PTE_PA(stest_l1, 1, 0x80000000, RWX | PTE_U)
  STEST_MAP(3, stest_page3, RWX | PTE_U | PTE_A)
  MTEST_GOTO_MODE(MODE_U)
  TEST_CASE_PF(30, CAUSE_LOAD_PAGE_FAULT, STEST_WIN_BASE + 0x200000, ld a0, 0(a1))
  CHECK_SPP(MODE_U)
  TEST_CASE_LOAD_MAGIC(31, 3, 3)
  TEST_CASE_PF(32, CAUSE_STORE_PAGE_FAULT, STEST_WIN(3), sd a0, 0(a1))
  MTEST_BACK_TO_M
  TEST_CASE(33, a0, RWX | PTE_U, STEST_GET_PTE(a0, stest_l1, 1); andi a0, a0, 0xff)
#endif

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
  # Marker read by satp's test runner: run this test under Svade.
  .globl __satp_ad_mode_fault
__satp_ad_mode_fault:
  .dword 0
RVTEST_DATA_END
