# mprv: with mstatus.MPRV = 1, M-mode loads and stores are translated and
# protected as though the privilege were mstatus.MPP (S: SUM and MXR apply;
# U: only U=1 pages); MPP = M means no translation; instruction fetches are
# never affected (privileged spec, "Memory Privilege in mstatus Register").
# Faults of such accesses are taken in M (traps from M are never delegated)
# with mtval = the virtual address.  An MRET to a less-privileged mode
# clears MPRV.
# The identity mapping is removed for most of the test, so a translated
# fetch of the M-mode code would fail.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define ADDR(i) (STEST_WIN(i) + STEST_MAGIC_OFF)

/* MPRV = 1 with MPP = mode (a trap into M sets MPP = M: repeat it) */
#define MPRV_AS(mode)                                                   \
        li t0, MSTATUS_MPP;                                             \
        csrc mstatus, t0;                                               \
        li t0, ((mode) << 11) | MSTATUS_MPRV;                           \
        csrs mstatus, t0
#define MPRV_OFF                                                        \
        li t0, MSTATUS_MPRV;                                            \
        csrc mstatus, t0

/* Test n: in M-mode with MPRV and MPP = mode, `insn` at addr faults
 * with `cause`, caught in M, tval = addr (a1) */
#define TEST_MPRV_FAULT(n, mode, cause, addr, insn...)                  \
        li a1, addr;                                                    \
        MPRV_AS(mode);                                                  \
        TEST_CASE_TRAP(n, cause, insn);                                 \
        CHECK_TVAL_REG(a1);                                             \
        CHECK_HANDLER(3);                                               \
        CHECK_MPP(MODE_M)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  STEST_MAP(0, stest_page0, PTE_LEAF)                                 /* S RWX */
  STEST_MAP(1, stest_page1, PTE_LEAF | PTE_U)                         /* U RWX */
  STEST_MAP(2, stest_page2, PTE_V | PTE_X | PTE_A | PTE_D)            /* S --X */
  STEST_MAP(3, stest_page3, PTE_V | PTE_X | PTE_U | PTE_A | PTE_D)    /* U --X */
  STEST_SET_RAW(stest_root, 2, 0)        /* no identity mapping */
  sfence.vma

  # MPP = S
  TEST_CASE(2, a0, STEST_MAGIC(0), li a1, ADDR(0); MPRV_AS(MODE_S); ld a0, 0(a1))
  TEST_CASE(3, a0, 0x3333,
    li a1, STEST_WIN(0) + 0x300; li a0, 0x3333; MPRV_AS(MODE_S); sd a0, 0(a1);
    MPRV_OFF; li a0, 0; la a1, stest_page0 + 0x300; ld a0, 0(a1))
  TEST_MPRV_FAULT(4, MODE_S, CAUSE_LOAD_PAGE_FAULT, ADDR(1), ld a0, 0(a1))
  TEST_MPRV_FAULT(5, MODE_S, CAUSE_STORE_PAGE_FAULT, ADDR(1), sd a0, 0(a1))
  # ... SUM counts
  li t0, MSTATUS_SUM
  csrs mstatus, t0
  TEST_CASE(6, a0, STEST_MAGIC(1), li a1, ADDR(1); MPRV_AS(MODE_S); ld a0, 0(a1))
  li t0, MSTATUS_SUM
  csrc mstatus, t0
  # ... MXR counts
  TEST_MPRV_FAULT(7, MODE_S, CAUSE_LOAD_PAGE_FAULT, ADDR(2), ld a0, 0(a1))
  li t0, MSTATUS_MXR
  csrs mstatus, t0
  TEST_CASE(8, a0, STEST_MAGIC(2), li a1, ADDR(2); MPRV_AS(MODE_S); ld a0, 0(a1))
  li t0, MSTATUS_MXR
  csrc mstatus, t0
  # ... a physical address is not mapped (no identity leaf)
  la a0, stest_page0 + STEST_MAGIC_OFF
  MPRV_AS(MODE_S)
  TEST_CASE_TRAP(9, CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
  CHECK_TVAL_REG(a0)
  CHECK_HANDLER(3)

  # MPP = U
  TEST_CASE(10, a0, STEST_MAGIC(1), li a1, ADDR(1); MPRV_AS(MODE_U); ld a0, 0(a1))
  TEST_CASE(11, a0, 0x1111,
    li a1, STEST_WIN(1) + 0x300; li a0, 0x1111; MPRV_AS(MODE_U); sd a0, 0(a1);
    MPRV_OFF; li a0, 0; la a1, stest_page1 + 0x300; ld a0, 0(a1))
  TEST_MPRV_FAULT(12, MODE_U, CAUSE_LOAD_PAGE_FAULT, ADDR(0), ld a0, 0(a1))
  TEST_MPRV_FAULT(13, MODE_U, CAUSE_STORE_PAGE_FAULT, ADDR(0), sw a0, 0(a1))
  # SUM does not help U
  li t0, MSTATUS_SUM
  csrs mstatus, t0
  TEST_MPRV_FAULT(14, MODE_U, CAUSE_LOAD_PAGE_FAULT, ADDR(0), lw a0, 0(a1))
  li t0, MSTATUS_SUM
  csrc mstatus, t0
  # MXR with U
  TEST_MPRV_FAULT(15, MODE_U, CAUSE_LOAD_PAGE_FAULT, ADDR(3), ld a0, 0(a1))
  li t0, MSTATUS_MXR
  csrs mstatus, t0
  TEST_CASE(16, a0, STEST_MAGIC(3), li a1, ADDR(3); MPRV_AS(MODE_U); ld a0, 0(a1))
  li t0, MSTATUS_MXR
  csrc mstatus, t0

  # MPP = M: no translation, physical addresses work
  TEST_CASE(20, a0, STEST_MAGIC(0),
    la a1, stest_page0 + STEST_MAGIC_OFF; MPRV_AS(MODE_M); ld a0, 0(a1))

  # fetches ignore MPRV: this code keeps running, and calling page1's code
  # at its physical address works with MPP = S and U (a translated fetch
  # would fault: no identity leaf)
  TEST_CASE(21, a0, 0x101, la a1, stest_page1; MPRV_AS(MODE_S); jalr ra, 0(a1))
  TEST_CASE(22, a0, 0x103, la a1, stest_page3; MPRV_AS(MODE_U); jalr ra, 0(a1))
  # ... and the window VA is not fetchable from M (not translated: no RAM
  # there on satp; skipped on QEMU where 0x40000000 is PCIe space)
#ifndef SATP_QEMU_CHECK
  li a1, STEST_WIN(1)
  MPRV_AS(MODE_U)
  TEST_CASE_TRAP_EPC(23, CAUSE_FETCH_ACCESS, a1, jalr ra, 0(a1))
  CHECK_TVAL_REG(a1)
#endif
  MPRV_OFF

  # an MRET to S clears MPRV (QEMU 7.2 does not: not in the QEMU build)
  STEST_SET_PTE_PA(stest_root, 2, 0x80000000, PTE_LEAF)
  sfence.vma
  li t0, MSTATUS_MPRV
  csrs mstatus, t0
  MTEST_GOTO_MODE(MODE_S)
  MTEST_BACK_TO_M
#ifndef SATP_QEMU_CHECK
  TEST_CASE(30, a0, 0, csrr a0, mstatus; li t0, MSTATUS_MPRV; and a0, a0, t0)
#endif

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
