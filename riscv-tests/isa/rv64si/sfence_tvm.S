# sfence_tvm: SFENCE.VMA is illegal in U-mode; with mstatus.TVM = 1,
# S-mode reads or writes of satp and SFENCE.VMA raise an illegal-
# instruction exception, M-mode is not affected (privileged spec,
# "Virtualization Support in mstatus Register"; "Supervisor Instructions").
# mtval = the instruction bits (satp and QEMU write them); satp keeps its
# value after a trapping write.  SFENCE.VMA with an invalid (non-canonical)
# address in rs1 is no error ("the SFENCE.VMA instruction has no effect.
# No exception is raised").
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define TVM_ON  li t0, MSTATUS_TVM; csrs mstatus, t0
#define TVM_OFF li t0, MSTATUS_TVM; csrc mstatus, t0

/* Test n: `insn` is an illegal instruction, caught in M from `mode` */
#define TEST_ILLEGAL(n, mode, insn...)                                  \
        TEST_CASE_TRAP(n, CAUSE_ILLEGAL, insn);                         \
        CHECK_TVAL_INSN(n);                                             \
        CHECK_HANDLER(3);                                               \
        CHECK_MPP(mode)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  STEST_MAP(0, stest_page0, PTE_LEAF)

  # U-mode: never
  STEST_CODE_USER
  MTEST_GOTO_MODE(MODE_U)
  TEST_ILLEGAL(2, MODE_U, sfence.vma)
  li a1, STEST_WIN(0)
  TEST_ILLEGAL(3, MODE_U, sfence.vma a1, x0)
  TEST_ILLEGAL(4, MODE_U, sfence.vma x0, a1)
  TEST_ILLEGAL(5, MODE_U, csrr a0, satp)
  MTEST_BACK_TO_M
  STEST_CODE_SUPER

  # S-mode, TVM = 0: allowed
  csrr s4, satp
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE(10, a0, 0, sfence.vma; li a1, STEST_WIN(0); li a2, 0; sfence.vma a1, a2; csrr a0, satp; xor a0, a0, s4)
  TEST_CASE(11, a0, 0, csrw satp, s4; csrr a0, satp; xor a0, a0, s4)
  # an invalid address in rs1: no effect, no exception
  TEST_CASE(12, a0, 0, li a1, 0x0000100000000000; sfence.vma a1, x0; li a1, -1; sfence.vma a1, x0; li a0, 0)
  MTEST_BACK_TO_M

  # TVM reads back
  TEST_CASE(13, a0, MSTATUS_TVM, TVM_ON; csrr a0, mstatus; li t0, MSTATUS_TVM; and a0, a0, t0)

  # S-mode, TVM = 1: all illegal; satp unchanged
  MTEST_GOTO_MODE(MODE_S)
  TEST_ILLEGAL(20, MODE_S, sfence.vma)
  li a1, STEST_WIN(0)
  TEST_ILLEGAL(21, MODE_S, sfence.vma a1, a1)
  li a0, 0x5555
  TEST_ILLEGAL(22, MODE_S, csrr a0, satp)
  CHECK_EQ(a0, 0x5555)
  TEST_ILLEGAL(23, MODE_S, csrw satp, x0)
  TEST_ILLEGAL(24, MODE_S, csrrs a0, satp, x0)
  TEST_ILLEGAL(25, MODE_S, csrrwi a0, satp, 0)
  # the page tables are still in use (a write of 0 would have turned
  # translation off: the window would be gone)
  TEST_CASE_LOAD_MAGIC(26, 0, 0)
  # other S CSRs are fine
  TEST_CASE(27, a0, 0x1234, li a0, 0x1234; csrw sscratch, a0; li a0, 0; csrr a0, sscratch)
  MTEST_BACK_TO_M
  TEST_CASE(28, a0, 0, csrr a0, satp; xor a0, a0, s4)

  # M-mode with TVM = 1: allowed
  TEST_CASE(30, a0, 0, sfence.vma; csrw satp, s4; csrr a0, satp; xor a0, a0, s4)

  TVM_OFF
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE(31, a0, 0, sfence.vma; csrr a0, satp; xor a0, a0, s4)
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
