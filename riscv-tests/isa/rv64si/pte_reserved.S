# pte_reserved: PTE bits 63:54 are reserved (63 for Svnapot, 62:61 for
# Svpbmt, 60:54 for future use; satp implements neither extension): a PTE
# with any of them set raises a page fault for the original access type
# (privileged spec, Sv39 "Addressing and Memory Protection" and "Virtual
# Address Translation Process" step 3), in a leaf or in a pointer.  The RSW
# bits 9:8 are ignored.  In a pointer (non-leaf) PTE, D, A and U are
# "reserved for future standard use" as well, so step 3 applies to them
# too (satp and QEMU 7.2 agree).
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define ADDR0 (STEST_WIN(0) + STEST_MAGIC_OFF)

/* window page 0 -> page0 with PTE_LEAF | (1 << bit): load page fault */
#define TEST_RSVD_LEAF(n, bit)                                          \
        STEST_MAP(0, stest_page0, PTE_LEAF | (1 << (bit)));             \
        MTEST_GOTO_MODE(MODE_S);                                        \
        TEST_CASE_PF(n, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1));    \
        MTEST_BACK_TO_M

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  TEST_RSVD_LEAF(2, 54)
  TEST_RSVD_LEAF(3, 55)
  TEST_RSVD_LEAF(4, 56)
  TEST_RSVD_LEAF(5, 57)
  TEST_RSVD_LEAF(6, 58)
  TEST_RSVD_LEAF(7, 59)
  TEST_RSVD_LEAF(8, 60)
  TEST_RSVD_LEAF(9, 61)
  TEST_RSVD_LEAF(10, 62)
  TEST_RSVD_LEAF(11, 63)

  # store and fetch too
  STEST_MAP(0, stest_page0, PTE_LEAF | (1 << 63))
  STEST_MAP(1, stest_page1, PTE_LEAF | (1 << 54))
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(12, CAUSE_STORE_PAGE_FAULT, ADDR0, sd x0, 0(a1))
  TEST_CASE_FETCH_PF(13, 0)
  TEST_CASE_FETCH_PF(14, 1)
  MTEST_BACK_TO_M

  # the RSW bits (9:8) are for software: ignored
  STEST_MAP(0, stest_page0, PTE_LEAF | (3 << 8))
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_LOAD_MAGIC(15, 0, 0)
  TEST_CASE_CALL(16, 0, 0)
  MTEST_BACK_TO_M

  # reserved bits in the pointers (level 1, then the root)
  STEST_MAP(0, stest_page0, PTE_LEAF)
  STEST_SET_PTE(stest_l1, 0, stest_l0, PTE_V | (1 << 60))
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(20, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  TEST_CASE_FETCH_PF(21, 0)
  MTEST_BACK_TO_M
  STEST_SET_PTE(stest_l1, 0, stest_l0, PTE_V | (1 << 62))
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(22, CAUSE_STORE_PAGE_FAULT, ADDR0, sd a0, 0(a1))
  MTEST_BACK_TO_M
  STEST_SET_PTE(stest_l1, 0, stest_l0, PTE_V)
  STEST_SET_PTE(stest_root, 1, stest_l1, PTE_V | (1 << 55))
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(23, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  MTEST_BACK_TO_M
  STEST_SET_PTE(stest_root, 1, stest_l1, PTE_V)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_LOAD_MAGIC(24, 0, 0)
  MTEST_BACK_TO_M

  # D, A or U in a pointer
  STEST_SET_PTE(stest_l1, 0, stest_l0, PTE_V | PTE_A)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(30, CAUSE_LOAD_PAGE_FAULT, ADDR0, ld a0, 0(a1))
  MTEST_BACK_TO_M
  STEST_SET_PTE(stest_l1, 0, stest_l0, PTE_V | PTE_D)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(31, CAUSE_STORE_PAGE_FAULT, ADDR0, sd a0, 0(a1))
  MTEST_BACK_TO_M
  STEST_SET_PTE(stest_l1, 0, stest_l0, PTE_V)
  STEST_SET_PTE(stest_root, 1, stest_l1, PTE_V | PTE_U)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_FETCH_PF(32, 0)
  MTEST_BACK_TO_M
  STEST_SET_PTE(stest_root, 1, stest_l1, PTE_V)
  sfence.vma
  # G in a pointer is allowed (it makes the subtree global)
  STEST_SET_PTE(stest_l1, 0, stest_l0, PTE_V | PTE_G)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_LOAD_MAGIC(33, 0, 0)
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
