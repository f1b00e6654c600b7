# superpage: 2 MiB (level 1) and 1 GiB (level 2) leaves translate with
# pa.ppn[i-1:0] = va.vpn[i-1:0]; a superpage leaf whose pte.ppn[i-1:0] is not
# zero is misaligned and raises a page fault for the original access type
# (privileged spec, "Virtual Address Translation Process", steps 5 and 10;
# Sv39: "A page-fault exception is raised if the physical address is
# insufficiently aligned").
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define MEGA  (STEST_WIN_BASE + 0x200000)   /* l1[1] */
#define GIGA  0x100000000                   /* root[4] */

/* reg = `base` + (label - 0x80000000): label seen through a superpage
 * that maps `base` to RAM's start. */
#define THROUGH(reg, base, label)                                       \
        la reg, label;                                                  \
        li t0, (base) - 0x80000000;                                     \
        add reg, reg, t0

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  STEST_SET_PTE_PA(stest_l1, 1, 0x80000000, PTE_LEAF)
  STEST_SET_PTE_PA(stest_root, 4, 0x80000000, PTE_LEAF)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  # loads, stores and fetches through both
  TEST_CASE(2, a0, STEST_MAGIC(1), THROUGH(a1, MEGA, stest_page1 + STEST_MAGIC_OFF); ld a0, 0(a1))
  TEST_CASE(3, a0, STEST_MAGIC(3), THROUGH(a1, MEGA, stest_page3 + STEST_MAGIC_OFF); ld a0, 0(a1))
  TEST_CASE(4, a0, STEST_MAGIC(2), THROUGH(a1, GIGA, stest_page2 + STEST_MAGIC_OFF); ld a0, 0(a1))
  TEST_CASE(5, a0, 0x102, THROUGH(a1, GIGA, stest_page2); jalr ra, 0(a1))
  TEST_CASE(6, a0, 0x103, THROUGH(a1, MEGA, stest_page3); jalr ra, 0(a1))
  TEST_CASE(7, a0, 0xabc,
    THROUGH(a1, MEGA, stest_page0 + 0x800); li a0, 0xabc; sd a0, 0(a1);
    li a0, 0; la a1, stest_page0 + 0x800; ld a0, 0(a1))
  TEST_CASE(8, a0, 0xdef,
    THROUGH(a1, GIGA, stest_page0 + 0x808); li a0, 0xdef; sd a0, 0(a1);
    li a0, 0; la a1, stest_page0 + 0x808; ld a0, 0(a1))
  MTEST_BACK_TO_M

  # misaligned 2 MiB leaf: ppn[0] != 0 (one page off)
  STEST_SET_PTE_PA(stest_l1, 1, 0x80001000, PTE_LEAF)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(10, CAUSE_LOAD_PAGE_FAULT, MEGA + 0x10, ld a0, 0(a1))
  TEST_CASE_PF(11, CAUSE_STORE_PAGE_FAULT, MEGA + 0x1ffff8, sd a0, 0(a1))
  li a1, MEGA
  TEST_CASE_TRAP_EPC(12, CAUSE_FETCH_PAGE_FAULT, a1, jalr ra, 0(a1))
  CHECK_TVAL_REG(a1)
  MTEST_BACK_TO_M
  # ... ppn[0] = 0x100 (1 MiB off)
  STEST_SET_PTE_PA(stest_l1, 1, 0x80100000, PTE_LEAF)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(13, CAUSE_LOAD_PAGE_FAULT, MEGA, lb a0, 0(a1))
  MTEST_BACK_TO_M

  # misaligned 1 GiB leaf: ppn[0] != 0, then ppn[1] != 0, then both
  STEST_SET_PTE_PA(stest_root, 4, 0x80001000, PTE_LEAF)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(20, CAUSE_LOAD_PAGE_FAULT, GIGA + 0x8, ld a0, 0(a1))
  TEST_CASE_PF(21, CAUSE_STORE_PAGE_FAULT, GIGA + 0x3ffffff8, sd a0, 0(a1))
  MTEST_BACK_TO_M
  STEST_SET_PTE_PA(stest_root, 4, 0x80200000, PTE_LEAF)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(22, CAUSE_LOAD_PAGE_FAULT, GIGA + 0x8, ld a0, 0(a1))
  li a1, GIGA
  TEST_CASE_TRAP_EPC(23, CAUSE_FETCH_PAGE_FAULT, a1, jalr ra, 0(a1))
  CHECK_TVAL_REG(a1)
  MTEST_BACK_TO_M
  STEST_SET_PTE_PA(stest_root, 4, 0x80201000, PTE_LEAF)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(24, CAUSE_STORE_PAGE_FAULT, GIGA + 0x12345670, sw a0, 0(a1))
  MTEST_BACK_TO_M

  # aligned again: works
  STEST_SET_PTE_PA(stest_l1, 1, 0x80000000, PTE_LEAF)
  STEST_SET_PTE_PA(stest_root, 4, 0x80000000, PTE_LEAF)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE(30, a0, STEST_MAGIC(0), THROUGH(a1, GIGA, stest_page0 + STEST_MAGIC_OFF); ld a0, 0(a1))
  TEST_CASE(31, a0, STEST_MAGIC(0), THROUGH(a1, MEGA, stest_page0 + STEST_MAGIC_OFF); ld a0, 0(a1))
  MTEST_BACK_TO_M

  # a misaligned superpage in U-mode: page fault too
  STEST_CODE_USER
  STEST_SET_PTE_PA(stest_l1, 1, 0x80003000, PTE_LEAF | PTE_U)
  sfence.vma
  MTEST_GOTO_MODE(MODE_U)
  TEST_CASE_PF(40, CAUSE_LOAD_PAGE_FAULT, MEGA + 0x20, ld a0, 0(a1))
  CHECK_SPP(MODE_U)
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
