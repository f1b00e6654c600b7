# sv48: satp.MODE = 9 walks four levels (privileged spec, "Sv48: Page-
# Based 48-bit Virtual-Memory System"): VA bits 63:48 must equal bit 47;
# leaves at any level, including 512 GiB "terapages" at level 3, which must
# be aligned (pte.ppn[2:0] = 0) or the walk page-faults.
# Tables: root48[0] -> stest_root (as the level-2 table: identity, alias
# and window of stest.h work unchanged), root48[1] = terapage onto PA 0,
# root48[256] (VA 0xffff800000000000) -> stest_root as well.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define TERA  0x0000008000000000    /* root48[1] */
#define HIGH  0xffff800000000000    /* root48[256] */

/* reg = base + label (label's physical address seen through base) */
#define AT(reg, base, label)                                            \
        la reg, label;                                                  \
        li t0, base;                                                    \
        add reg, reg, t0

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON                                    /* Sv39 first */
  STEST_SET_PTE(root48, 0, stest_root, PTE_V)
  STEST_SET_PTE_PA(root48, 1, 0, PTE_LEAF)
  STEST_SET_PTE(root48, 256, stest_root, PTE_V)
  STEST_MAP(0, stest_page0, PTE_LEAF)
  STEST_SATP(SATP_MODE_SV48, 0, root48)
  TEST_CASE(2, a0, SATP_MODE_SV48, csrr a0, satp; srli a0, a0, SATP_MODE_SHIFT)

  MTEST_GOTO_MODE(MODE_S)
  # a 4 KiB page at the end of a 4-level walk
  TEST_CASE_LOAD_MAGIC(3, 0, 0)
  TEST_CASE_CALL(4, 0, 0)
  # the terapage (VA 0x80_xxxx_xxxx: not canonical for Sv39)
  TEST_CASE(5, a0, STEST_MAGIC(1), AT(a1, TERA, stest_page1 + STEST_MAGIC_OFF); ld a0, 0(a1))
  TEST_CASE(6, a0, 0x4848,
    AT(a1, TERA, stest_page1 + 0x200); li a0, 0x4848; sd a0, 0(a1);
    li a0, 0; la a1, stest_page1 + 0x200; ld a0, 0(a1))
  TEST_CASE(7, a0, 0x101, AT(a1, TERA, stest_page1); jalr ra, 0(a1))
  # the upper half
  TEST_CASE(8, a0, STEST_MAGIC(2), AT(a1, HIGH, stest_page2 + STEST_MAGIC_OFF); ld a0, 0(a1))
  TEST_CASE(9, a0, 0x102, AT(a1, HIGH, stest_page2); jalr ra, 0(a1))
  TEST_CASE(10, a0, STEST_MAGIC(0), li a1, HIGH + STEST_WIN(0) + STEST_MAGIC_OFF; ld a0, 0(a1))
  # not canonical for Sv48: bit 48 != bit 47
  TEST_CASE_PF(11, CAUSE_LOAD_PAGE_FAULT, (1 << 48) + STEST_WIN(0) + STEST_MAGIC_OFF, ld a0, 0(a1))
  TEST_CASE_PF(12, CAUSE_STORE_PAGE_FAULT, 0xffff000000000000 + STEST_WIN(0), sd a0, 0(a1))
  li a1, (1 << 63) + STEST_WIN(0)
  TEST_CASE_TRAP_EPC(13, CAUSE_FETCH_PAGE_FAULT, a1, jalr ra, 0(a1))
  CHECK_TVAL_REG(a1)
  MTEST_BACK_TO_M

  # misaligned terapages: ppn[2] != 0, then ppn[0] != 0
  STEST_SET_PTE_PA(root48, 1, 0x80000000, PTE_LEAF)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(20, CAUSE_LOAD_PAGE_FAULT, TERA + 0x80000008, ld a0, 0(a1))
  MTEST_BACK_TO_M
  STEST_SET_PTE_PA(root48, 1, 0x1000, PTE_LEAF)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(21, CAUSE_STORE_PAGE_FAULT, TERA + 0x80000010, sd a0, 0(a1))
  li a1, TERA + 0x80000000
  TEST_CASE_TRAP_EPC(22, CAUSE_FETCH_PAGE_FAULT, a1, jalr ra, 0(a1))
  CHECK_TVAL_REG(a1)
  MTEST_BACK_TO_M
  # a 1 GiB leaf at level 2 under Sv48 (root48[2] -> level-2 table l2x)
  STEST_SET_PTE(root48, 2, l2x, PTE_V)
  STEST_SET_PTE_PA(l2x, 0, 0x80000000, PTE_LEAF)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE(23, a0, STEST_MAGIC(3), AT(a1, 2 * TERA - 0x80000000, stest_page3 + STEST_MAGIC_OFF); ld a0, 0(a1))
  MTEST_BACK_TO_M

  # back to Sv39 on the same level-2 table: the terapage VA is now not
  # canonical; the window still works
  STEST_SATP(SATP_MODE_SV39, 0, stest_root)
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(30, CAUSE_LOAD_PAGE_FAULT, TERA + 0x80000008, ld a0, 0(a1))
  TEST_CASE_LOAD_MAGIC(31, 0, 0)
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
  .balign 4096
root48: .fill 512, 8, 0
l2x:    .fill 512, 8, 0
RVTEST_DATA_END
