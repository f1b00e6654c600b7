# noncanonical: under Sv39, fetch, load and store addresses must have bits
# 63:39 all equal to bit 38, "or else a page-fault exception will occur"
# (privileged spec, Sv39 "Addressing and Memory Protection"), even when the
# low 39 bits would translate.  stval = the address as used (satp keeps all
# 64 bits, as does QEMU), sepc = the faulting instruction (or, for a fetch,
# the jump target).  Canonical high-half addresses translate normally.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define HIGH_GIGA 0xffffffc000000000  /* VPN[2] = 256, bit 38 set */

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  STEST_MAP(0, stest_page0, PTE_LEAF)
  # high half: root[256] = a 1 GiB leaf onto RAM
  STEST_SET_PTE_PA(stest_root, 256, 0x80000000, PTE_LEAF)
  sfence.vma

  MTEST_GOTO_MODE(MODE_S)
  # the window translates ...
  TEST_CASE_LOAD_MAGIC(2, 0, 0)
  TEST_CASE_CALL(3, 0, 0)
  # ... but not with bit 39 set (low 39 bits unchanged)
#define BAD39 (STEST_WIN(0) + STEST_MAGIC_OFF + (1 << 39))
  TEST_CASE_PF(4, CAUSE_LOAD_PAGE_FAULT, BAD39, ld a0, 0(a1))
  TEST_CASE_PF(5, CAUSE_STORE_PAGE_FAULT, BAD39, sd x0, 0(a1))
  TEST_CASE_PF(6, CAUSE_AMO_PAGE_FAULT, BAD39, amoadd.d a0, x0, (a1))
  TEST_CASE_PF(7, CAUSE_LOAD_PAGE_FAULT, BAD39, lr.d a0, (a1))
  # bits 63:39 all set but bit 38 clear
  TEST_CASE_PF(8, CAUSE_LOAD_PAGE_FAULT, STEST_WIN(0) + 0xffffff8000000000, lw a0, 0(a1))
  # only bit 63
  TEST_CASE_PF(9, CAUSE_STORE_PAGE_FAULT, STEST_WIN(0) + 0x8000000000000000, sb x0, 0(a1))
  # fetch: sepc = stval = the jump target
  li a1, STEST_WIN(0) | (1 << 39)
  TEST_CASE_TRAP_EPC(10, CAUSE_FETCH_PAGE_FAULT, a1, jalr ra, 0(a1))
  CHECK_TVAL_REG(a1)
  CHECK_HANDLER(1)
  li a1, STEST_WIN(0) | 0xffffff8000000000
  TEST_CASE_TRAP_EPC(11, CAUSE_FETCH_PAGE_FAULT, a1, jalr ra, 0(a1))
  CHECK_TVAL_REG(a1)

  # the high half: HIGH_GIGA + (x - 0x80000000) reaches x
  TEST_CASE(12, a0, STEST_MAGIC(1),
    la a1, stest_page1 + STEST_MAGIC_OFF; li a2, HIGH_GIGA - 0x80000000; add a1, a1, a2; ld a0, 0(a1))
  # a store there is seen at the physical address
  TEST_CASE(13, a0, 0x1234,
    la a1, stest_page2 + 0x100; li a2, HIGH_GIGA - 0x80000000; add a2, a1, a2;
    li a0, 0x1234; sd a0, 0(a2); li a0, 0; ld a0, 0(a1))
  # fetch from the high half (the page's code: a0 = 0x101)
  TEST_CASE(14, a0, 0x101,
    la a1, stest_page1; li a2, HIGH_GIGA - 0x80000000; add a1, a1, a2; jalr ra, 0(a1))
  # the same VPN[2] = 256 with bits 63:39 clear: not canonical
  la a1, stest_page1 + STEST_MAGIC_OFF
  li a2, (HIGH_GIGA & ((1 << 39) - 1)) - 0x80000000
  add a1, a1, a2
  TEST_CASE_TRAP(15, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
  CHECK_TVAL_REG(a1)
  MTEST_BACK_TO_M

  # U-mode: the same rule
  STEST_CODE_USER
  STEST_MAP(0, stest_page0, PTE_LEAF | PTE_U)
  MTEST_GOTO_MODE(MODE_U)
  TEST_CASE_LOAD_MAGIC(20, 0, 0)
  TEST_CASE_PF(21, CAUSE_LOAD_PAGE_FAULT, STEST_WIN(0) + STEST_MAGIC_OFF + (1 << 40), ld a0, 0(a1))
  CHECK_SPP(MODE_U)
  TEST_CASE_PF(22, CAUSE_STORE_PAGE_FAULT, STEST_WIN(0) + (1 << 62), sw x0, 0(a1))
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
