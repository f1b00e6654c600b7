# asid: satp.ASID tags translations (privileged spec, satp and
# "Supervisor Memory-Management Fence Instruction").  Two address spaces
# map the same window page to different pages: switching satp (PPN and
# ASID together) without any fence always sees the current space's mapping.
# satp-only (TLB staleness, see stale_tlb.S): SFENCE.VMA with rs2 = an ASID
# drops only that ASID's entries, and never global ones (G in the leaf or
# in a pointer above it); SFENCE.VMA with rs2 = x0 drops global ones too;
# rs2 bits above ASIDMAX (16) are ignored.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define ADDR(i) (STEST_WIN(i) + STEST_MAGIC_OFF)
#define GWIN  (STEST_WIN_BASE + 0x200000)   /* l1[1] -> l0g, pointer with G */
#define ASID_A 1
#define ASID_B 2

/* satp = Sv39 | asid | root, no fence */
#define SWITCH(asid, root)                                              \
        la t0, root;                                                    \
        srli t0, t0, 12;                                                \
        li t1, (SATP_MODE_SV39 << SATP_MODE_SHIFT) | ((asid) << SATP_ASID_SHIFT); \
        or t0, t0, t1;                                                  \
        csrw satp, t0
#define IN_A SWITCH(ASID_A, stest_root)
#define IN_B SWITCH(ASID_B, root_b)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  # space A: the stest.h tables; space B: its own root, l1 and l0
  STEST_VM_ON
  STEST_SET_PTE_PA(root_b, 2, 0x80000000, PTE_LEAF)
  STEST_SET_PTE_PA(root_b, 3, 0x80000000, PTE_LEAF)
  STEST_SET_PTE(root_b, 1, l1_b, PTE_V)
  STEST_SET_PTE(l1_b, 0, l0_b, PTE_V)
  STEST_SET_PTE(stest_l0, 0, stest_page0, PTE_LEAF)
  STEST_SET_PTE(l0_b, 0, stest_page1, PTE_LEAF)
  # window 1: global leaf in A, nothing in B
  STEST_SET_PTE(stest_l0, 1, stest_page0, PTE_LEAF | PTE_G)
  # l1[1] in A: a global pointer to l0g, whose leaf has no G
  STEST_SET_PTE(stest_l1, 1, l0_g, PTE_V | PTE_G)
  STEST_SET_PTE(l0_g, 0, stest_page0, PTE_LEAF)
  IN_A
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)

  # switching satp alone selects the mapping
  TEST_CASE_LOAD_MAGIC(2, 0, 0)
  IN_B
  TEST_CASE_LOAD_MAGIC(3, 0, 1)
  IN_A
  TEST_CASE_LOAD_MAGIC(4, 0, 0)
  IN_B
  TEST_CASE_LOAD_MAGIC(5, 0, 1)
  TEST_CASE_CALL(6, 0, 1)
  IN_A
  TEST_CASE_CALL(7, 0, 0)
  # B maps nothing at window 2
  IN_B
  TEST_CASE_PF(8, CAUSE_LOAD_PAGE_FAULT, ADDR(2), ld a0, 0(a1))

#ifndef SATP_QEMU_CHECK
  # both spaces' PTEs change, no fence: each still sees its old page
  STEST_SET_PTE(stest_l0, 0, stest_page2, PTE_LEAF)
  STEST_SET_PTE(l0_b, 0, stest_page3, PTE_LEAF)
  TEST_CASE_LOAD_MAGIC(10, 0, 1)
  IN_A
  TEST_CASE_LOAD_MAGIC(11, 0, 0)
  # flush ASID A (from space B): A sees the new page, B the old one
  IN_B
  li t0, ASID_A
  sfence.vma x0, t0
  TEST_CASE_LOAD_MAGIC(12, 0, 1)
  IN_A
  TEST_CASE_LOAD_MAGIC(13, 0, 2)
  # address + ASID B, from space A
  li t0, STEST_WIN(0)
  li t1, ASID_B
  sfence.vma t0, t1
  IN_B
  TEST_CASE_LOAD_MAGIC(14, 0, 3)
  # bits 63:16 of rs2 are ignored: 0x10000 | A is ASID A
  IN_A
  STEST_SET_PTE(stest_l0, 0, stest_page0, PTE_LEAF)
  TEST_CASE_LOAD_MAGIC(15, 0, 2)
  li t0, (1 << 16) | ASID_A
  sfence.vma x0, t0
  TEST_CASE_LOAD_MAGIC(16, 0, 0)

  # a global leaf survives ASID-specific fences ...
  TEST_CASE_LOAD_MAGIC(20, 1, 0)
  STEST_SET_PTE(stest_l0, 1, stest_page1, PTE_LEAF | PTE_G)
  li t0, ASID_A
  sfence.vma x0, t0
  TEST_CASE_LOAD_MAGIC(21, 1, 0)
  li t0, STEST_WIN(1)
  li t1, ASID_A
  sfence.vma t0, t1
  TEST_CASE_LOAD_MAGIC(22, 1, 0)
  # ... but not an address fence for all ASIDs
  li t0, STEST_WIN(1)
  sfence.vma t0, x0
  TEST_CASE_LOAD_MAGIC(23, 1, 1)
  # ... nor a full one
  STEST_SET_PTE(stest_l0, 1, stest_page2, PTE_LEAF | PTE_G)
  li t0, ASID_A
  sfence.vma x0, t0
  TEST_CASE_LOAD_MAGIC(24, 1, 1)
  sfence.vma
  TEST_CASE_LOAD_MAGIC(25, 1, 2)

  # G in a pointer makes the leaf below it global
  TEST_CASE(30, a0, STEST_MAGIC(0), li a1, GWIN + STEST_MAGIC_OFF; ld a0, 0(a1))
  STEST_SET_PTE(l0_g, 0, stest_page1, PTE_LEAF)
  li t0, ASID_A
  sfence.vma x0, t0
  TEST_CASE(31, a0, STEST_MAGIC(0), li a1, GWIN + STEST_MAGIC_OFF; ld a0, 0(a1))
  sfence.vma x0, x0
  TEST_CASE(32, a0, STEST_MAGIC(1), li a1, GWIN + STEST_MAGIC_OFF; ld a0, 0(a1))
#endif
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
  .balign 4096
root_b: .fill 512, 8, 0
l1_b:   .fill 512, 8, 0
l0_b:   .fill 512, 8, 0
l0_g:   .fill 512, 8, 0
RVTEST_DATA_END
