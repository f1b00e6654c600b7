# stale_tlb: satp caches translations in its TLBs exactly like hardware:
# a PTE change is not seen until an SFENCE.VMA that covers it, or until the
# entry is evicted (privileged spec, "Supervisor Memory-Management Fence
# Instruction": an implicit read "may return any translation for an
# address that was valid at any time since the most recent SFENCE.VMA that
# subsumes that address").  The spec allows over-fencing and any mix of
# old and new, so what this test pins down is satp's model, documented in
# the README: separate iTLB/dTLB (default 32 entries, fully associative,
# LRU), a leaf is dropped by SFENCE.VMA rs1 = an address in its page, or
# rs1 = x0; rs2 = x0 or its ASID; a cached entry's permissions are checked
# as cached; invalid PTEs are not cached.
# QEMU does not model TLB staleness reliably: the QEMU build only passes.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define ADDR(i) (STEST_WIN(i) + STEST_MAGIC_OFF)
/* window page i -> page, without any fence (from S or M) */
#define REMAP(i, page, flags) STEST_SET_PTE(stest_l0, i, page, flags)
#define EVICT_FIRST 256             /* l0[256..511]: eviction pages */

RVTEST_RV64M
RVTEST_CODE_BEGIN

#ifndef SATP_QEMU_CHECK
  STEST_VM_ON
  STEST_MAP(0, stest_page0, PTE_LEAF)
  STEST_MAP(1, stest_page0, PTE_LEAF)
  STEST_MAP(2, stest_page2, PTE_V | PTE_R | PTE_A | PTE_D)
  STEST_MAP(3, stest_page0, PTE_LEAF)
  # eviction pages: l0[256..511] -> page2
  la t2, stest_l0 + EVICT_FIRST * 8
  la t3, stest_l0 + 512 * 8
  la t0, stest_page2
  STEST_PTE_FROM_REG(t0, PTE_LEAF)
1:sd t0, 0(t2)
  addi t2, t2, 8
  bltu t2, t3, 1b
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)

  # data: old translation until a fence for that page
  TEST_CASE_LOAD_MAGIC(2, 0, 0)
  REMAP(0, stest_page1, PTE_LEAF)
  TEST_CASE_LOAD_MAGIC(3, 0, 0)
  TEST_CASE(4, a0, STEST_MAGIC(0), li t0, STEST_WIN(1); sfence.vma t0, x0; li a1, ADDR(0); ld a0, 0(a1))
  TEST_CASE(5, a0, STEST_MAGIC(1), li t0, STEST_WIN(0) + 0x800; sfence.vma t0, x0; li a1, ADDR(0); ld a0, 0(a1))
  # rs2 = another ASID (we run with ASID 0): not flushed; rs2 = a register
  # holding 0 (our ASID): flushed
  REMAP(0, stest_page2, PTE_LEAF)
  TEST_CASE(6, a0, STEST_MAGIC(1), li t0, STEST_WIN(0); li t1, 1; sfence.vma t0, t1; li a1, ADDR(0); ld a0, 0(a1))
  TEST_CASE(7, a0, STEST_MAGIC(1), li t1, 1; sfence.vma x0, t1; li a1, ADDR(0); ld a0, 0(a1))
  TEST_CASE(8, a0, STEST_MAGIC(2), li t0, STEST_WIN(0); li t1, 0; sfence.vma t0, t1; li a1, ADDR(0); ld a0, 0(a1))
  # rs1 = rs2 = x0
  REMAP(0, stest_page3, PTE_LEAF)
  TEST_CASE_LOAD_MAGIC(9, 0, 2)
  TEST_CASE(10, a0, STEST_MAGIC(3), sfence.vma; li a1, ADDR(0); ld a0, 0(a1))

  # instruction fetch (iTLB) likewise
  TEST_CASE_CALL(11, 1, 0)
  REMAP(1, stest_page1, PTE_LEAF)
  TEST_CASE_CALL(12, 1, 0)
  TEST_CASE(13, a0, 0x101, li t0, STEST_WIN(1); sfence.vma t0; li a1, STEST_WIN(1); jalr ra, 0(a1))
  # the data side never cached window 1: it sees page1 at once
  TEST_CASE_LOAD_MAGIC(14, 1, 1)

  # a PTE made invalid stays usable until the fence
  REMAP(0, stest_page3, 0)
  TEST_CASE_LOAD_MAGIC(15, 0, 3)
  sfence.vma
  TEST_CASE_PF(16, CAUSE_LOAD_PAGE_FAULT, ADDR(0), ld a0, 0(a1))
  # ... while an invalid PTE is not cached: made valid, it works at once
  REMAP(0, stest_page0, PTE_LEAF)
  TEST_CASE_LOAD_MAGIC(17, 0, 0)

  # permissions come from the cached entry: R-- cached, PTE made RW-
  # without a fence: the store still faults; after the fence it works
  TEST_CASE_LOAD_MAGIC(20, 2, 2)
  REMAP(2, stest_page2, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
  TEST_CASE_PF(21, CAUSE_STORE_PAGE_FAULT, STEST_WIN(2) + 0x100, sd a0, 0(a1))
  TEST_CASE(22, a0, 5, li t0, STEST_WIN(2); sfence.vma t0; li a1, STEST_WIN(2) + 0x100; li a0, 5; sd a0, 0(a1); ld a0, 0(a1))

  # eviction: after touching 256 other pages, the stale entry is gone
  # (any TLB of up to 256 entries with LRU replacement)
  TEST_CASE_LOAD_MAGIC(30, 3, 0)
  REMAP(3, stest_page1, PTE_LEAF)
  TEST_CASE_LOAD_MAGIC(31, 3, 0)
  li a1, STEST_WIN(EVICT_FIRST)
  li a2, STEST_WIN(512)
1:ld a0, 0(a1)
  li t0, 0x1000
  add a1, a1, t0
  bltu a1, a2, 1b
  TEST_CASE_LOAD_MAGIC(32, 3, 1)
  MTEST_BACK_TO_M
#endif

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
