# pte_access_fault: when an implicit page-table access fails a PMA or PMP
# check, the walk raises an ACCESS fault for the original access type
# (fetch 1, load 5, store/AMO 7), not a page fault (privileged spec,
# "Virtual Address Translation Process", step 2; step 9: the A/D store
# likewise).  stval = the original virtual address.  PMP checks the walk as
# S-mode ("Physical Memory Protection and Paging").  A leaf whose page is
# absent or PMP-denied gives the same access faults for the access itself.
# QEMU 7.2 turns a PTE read from unbacked memory into a page fault and does
# not PMP-check the A/D store: those parts are satp-only.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define NO_RAM 0x100000000000       /* 16 TiB: nothing there */
#define ADDR(i) (STEST_WIN(i) + STEST_MAGIC_OFF)
#define PMP_R     0x01
#define PMP_W     0x02
#define PMP_X     0x04
#define PMP_TOR   0x08
#define PMP_NAPOT 0x18

/* Test n: `insn` on addr (a1) from S: access fault `cause`, tval = addr,
 * caught in M (access faults are not delegated here) */
#define TEST_AF(n, cause, addr, insn...)                                \
        li a1, addr;                                                    \
        TEST_CASE_TRAP(n, cause, insn);                                 \
        CHECK_TVAL_REG(a1);                                             \
        CHECK_HANDLER(3);                                               \
        CHECK_MPP(MODE_S)
#define TEST_AF_FETCH(n, addr)                                          \
        li a1, addr;                                                    \
        TEST_CASE_TRAP_EPC(n, CAUSE_FETCH_ACCESS, a1, jalr ra, 0(a1));  \
        CHECK_TVAL_REG(a1);                                             \
        CHECK_HANDLER(3)

/* PMP: entry 0 TOR [0, lo) RWX; entry 1 TOR [lo, lo + 4 KiB) with
 * `perm`; entry 2 NAPOT everything RWX.  lo = the page at `label`. */
#define PMP_HOLE(label, perm)                                           \
        la t0, label;                                                   \
        srli t0, t0, 2;                                                 \
        csrw pmpaddr0, t0;                                              \
        addi t0, t0, 0x1000 >> 2;                                       \
        csrw pmpaddr1, t0;                                              \
        li t0, -1;                                                      \
        srli t0, t0, 10;                                                \
        csrw pmpaddr2, t0;                                              \
        li t0, (PMP_TOR | PMP_R | PMP_W | PMP_X) | ((PMP_TOR | (perm)) << 8) | \
               ((PMP_NAPOT | PMP_R | PMP_W | PMP_X) << 16);             \
        csrw pmpcfg0, t0;                                               \
        sfence.vma
#define PMP_ALL                                                         \
        li t0, -1;                                                      \
        srli t0, t0, 10;                                                \
        csrw pmpaddr0, t0;                                              \
        li t0, PMP_NAPOT | PMP_R | PMP_W | PMP_X;                       \
        csrw pmpcfg0, t0;                                               \
        sfence.vma

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  STEST_MAP(0, stest_page0, PTE_LEAF)
  STEST_MAP(1, stest_page1, PTE_V | PTE_R | PTE_W | PTE_X)   /* A = D = 0 */
  STEST_SET_PTE_PA(stest_l0, 2, NO_RAM, PTE_LEAF)           /* leaf, no RAM */
  STEST_MAP(3, stest_page3, PTE_LEAF)
  sfence.vma

  #------------------------------------------------------------------
  # PMP denies the level-0 table to S: every window access fails
  PMP_HOLE(stest_l0, 0)
  MTEST_GOTO_MODE(MODE_S)
  TEST_AF(2, CAUSE_LOAD_ACCESS, ADDR(0), ld a0, 0(a1))
  TEST_AF(3, CAUSE_STORE_ACCESS, ADDR(0), sd a0, 0(a1))
  TEST_AF(4, CAUSE_AMO_ACCESS_FAULT, ADDR(0), amoadd.d a0, a0, (a1))
  TEST_AF(5, CAUSE_LOAD_ACCESS, ADDR(0), lr.d a0, (a1))
  TEST_AF_FETCH(6, STEST_WIN(0))
  MTEST_BACK_TO_M
  # M-mode is not bound by the (unlocked) entry: the table is intact
  TEST_CASE(7, a0, 0, STEST_GET_PTE(a0, stest_l0, 1); li t0, PTE_A; and a0, a0, t0)

  # PMP denies the data page (page0) itself: access faults too
  PMP_HOLE(stest_page0, 0)
  MTEST_GOTO_MODE(MODE_S)
  TEST_AF(10, CAUSE_LOAD_ACCESS, ADDR(0), ld a0, 0(a1))
  TEST_AF(11, CAUSE_STORE_ACCESS, ADDR(0), sw a0, 0(a1))
  TEST_AF_FETCH(12, STEST_WIN(0))
  # (the other window pages are fine)
  TEST_CASE_LOAD_MAGIC(13, 3, 3)
  MTEST_BACK_TO_M
  PMP_ALL

  # a leaf onto an address with no memory: access faults
  MTEST_GOTO_MODE(MODE_S)
  TEST_AF(20, CAUSE_LOAD_ACCESS, STEST_WIN(2) + 0x10, ld a0, 0(a1))
  TEST_AF(21, CAUSE_STORE_ACCESS, STEST_WIN(2) + 0x18, sd a0, 0(a1))
  TEST_AF_FETCH(22, STEST_WIN(2))
  MTEST_BACK_TO_M

#ifndef SATP_QEMU_CHECK
  #------------------------------------------------------------------
  # a pointer onto an address with no memory: the next PTE read fails
  # (root[5]: VA 0x140000000; l1[2]: VA 0x40400000)
  STEST_SET_PTE_PA(stest_root, 5, NO_RAM, PTE_V)
  STEST_SET_PTE_PA(stest_l1, 2, NO_RAM + 0x5000, PTE_V)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_AF(30, CAUSE_LOAD_ACCESS, 0x140000008, ld a0, 0(a1))
  TEST_AF(31, CAUSE_STORE_ACCESS, 0x140000010, sd a0, 0(a1))
  TEST_AF_FETCH(32, 0x140000000)
  TEST_AF(33, CAUSE_LOAD_ACCESS, STEST_WIN_BASE + 0x400008, lw a0, 0(a1))
  TEST_AF_FETCH(34, STEST_WIN_BASE + 0x400000)
  MTEST_BACK_TO_M

  # satp.PPN with no memory behind it, used through MPRV (M-mode fetches
  # are not translated): load and store access faults, taken in M
  li t0, (SATP_MODE_SV39 << SATP_MODE_SHIFT) | (NO_RAM >> 12)
  csrw satp, t0
  sfence.vma
  li t0, MSTATUS_MPP
  csrc mstatus, t0
  li t0, MPP_S | MSTATUS_MPRV
  csrs mstatus, t0
  li a1, 0x80000000
  TEST_CASE_TRAP(35, CAUSE_LOAD_ACCESS, ld a0, 0(a1))
  CHECK_TVAL_REG(a1)
  CHECK_MPP(MODE_M)
  li t0, MPP_S
  csrs mstatus, t0
  TEST_CASE_TRAP(36, CAUSE_STORE_ACCESS, sd a0, 0(a1))
  CHECK_TVAL_REG(a1)
  li t0, MSTATUS_MPRV
  csrc mstatus, t0
  STEST_SATP(SATP_MODE_SV39, 0, stest_root)

  # the A/D update is a store to the PTE: with the level-0 table readable
  # but not writable for S, the first access to page1 (A = 0) fails with
  # an access fault of the original type, and A stays clear
  PMP_HOLE(stest_l0, PMP_R)
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_LOAD_MAGIC(40, 0, 0)
  TEST_AF(41, CAUSE_LOAD_ACCESS, ADDR(1), ld a0, 0(a1))
  TEST_AF(42, CAUSE_STORE_ACCESS, ADDR(1), sd a0, 0(a1))
  TEST_AF_FETCH(43, STEST_WIN(1))
  MTEST_BACK_TO_M
  TEST_CASE(44, a0, 0, STEST_GET_PTE(a0, stest_l0, 1); li t0, PTE_A | PTE_D; and a0, a0, t0)
  PMP_ALL
#endif

  # PMP open again: the walk sets A as usual
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_LOAD_MAGIC(50, 1, 1)
  MTEST_BACK_TO_M
  TEST_CASE(51, a0, PTE_A, STEST_GET_PTE(a0, stest_l0, 1); li t0, PTE_A | PTE_D; and a0, a0, t0)

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
