# cross_page: accesses that span two pages.  A 4-byte instruction whose
# second half lies on an unmapped (or non-executable, or U) page raises an
# instruction page fault with sepc = the instruction's address and stval =
# the address of the faulting portion, the page boundary (privileged spec,
# "Supervisor Trap Value Register": "stval will contain the virtual address
# of the portion of the instruction that caused the fault, while sepc will
# point to the beginning of the instruction").  A misaligned load or store
# spanning into an unmapped or read-only page raises a load/store page
# fault with stval = the faulting portion's address (satp, like QEMU,
# performs misaligned accesses in hardware; see rv64ui/ma_data).
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define C_LI_A0_7 0x451d            /* c.li a0, 7 */
#define C_LI_A0_9 0x4525            /* c.li a0, 9 */
#define W0 STEST_WIN(0)
#define W1 STEST_WIN(1)
#define W2 STEST_WIN(2)
#define W3 STEST_WIN(3)

/* Test n: call `entry`; the fetch at `epc` faults with stval = `tval` */
#define TEST_XFETCH(n, entry, epc, tval)                                \
        li a1, entry;                                                   \
        li a2, epc;                                                     \
        TEST_CASE_TRAP_EPC(n, CAUSE_FETCH_PAGE_FAULT, a2, jalr ra, 0(a1)); \
        li a3, tval;                                                    \
        CHECK_TVAL_REG(a3);                                             \
        CHECK_HANDLER(1)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  STEST_VM_ON
  STEST_MAP(0, xpage_a, PTE_LEAF)
  STEST_MAP(1, xpage_b, PTE_LEAF)
  STEST_MAP(2, xpage_c, PTE_LEAF)
  STEST_MAP(3, xpage_d, PTE_LEAF)
  MTEST_GOTO_MODE(MODE_S)
  # everything mapped: the straddling instruction runs
  TEST_CASE(2, a0, 42, li a1, W0 + 0xffc; jalr ra, 0(a1))
  TEST_CASE(3, a0, 36, li a0, 1; li a1, W0 + 0xffe; jalr ra, 0(a1))
  TEST_CASE(4, a0, 9, li a1, W2 + 0xffe; jalr ra, 0(a1))
  MTEST_BACK_TO_M

  # second page unmapped
  STEST_UNMAP(1)
  STEST_UNMAP(3)
  MTEST_GOTO_MODE(MODE_S)
  TEST_XFETCH(5, W0 + 0xffc, W0 + 0xffe, W1)
  CHECK_EQ(a0, 7)                   /* the c.li before it ran */
  TEST_XFETCH(6, W0 + 0xffe, W0 + 0xffe, W1)
  # a 2-byte instruction ends the page: the next fetch faults on its own
  TEST_XFETCH(7, W2 + 0xffe, W3, W3)
  CHECK_EQ(a0, 9)
  MTEST_BACK_TO_M

  # second page mapped without X, then with U = 1
  STEST_MAP(1, xpage_b, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
  MTEST_GOTO_MODE(MODE_S)
  TEST_XFETCH(8, W0 + 0xffe, W0 + 0xffe, W1)
  MTEST_BACK_TO_M
  STEST_MAP(1, xpage_b, PTE_LEAF | PTE_U)
  MTEST_GOTO_MODE(MODE_S)
  TEST_XFETCH(9, W0 + 0xffe, W0 + 0xffe, W1)
  MTEST_BACK_TO_M

  # misaligned data: window 2 (RWX) then window 3 unmapped
  MTEST_GOTO_MODE(MODE_S)
  li a2, W3
  li a1, W2 + 0xffc
  TEST_CASE_TRAP(10, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
  CHECK_TVAL_REG(a2)
  li a1, W2 + 0xffe
  TEST_CASE_TRAP(11, CAUSE_LOAD_PAGE_FAULT, lw a0, 0(a1))
  CHECK_TVAL_REG(a2)
  li a1, W2 + 0xfff
  TEST_CASE_TRAP(12, CAUSE_LOAD_PAGE_FAULT, lhu a0, 0(a1))
  CHECK_TVAL_REG(a2)
  li a1, W2 + 0xff9
  TEST_CASE_TRAP(13, CAUSE_STORE_PAGE_FAULT, sd a0, 0(a1))
  CHECK_TVAL_REG(a2)
  MTEST_BACK_TO_M

  # window 3 read-only: loads across work, stores fault on the second page
  STEST_MAP(3, xpage_d, PTE_V | PTE_R | PTE_A | PTE_D)
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE(14, a0, 0x0000806745250000, li a1, W2 + 0xffc; ld a0, 0(a1))
  TEST_CASE(15, a0, 0x6745, li a1, W2 + 0xfff; lhu a0, 0(a1))
  li a2, W3
  li a1, W2 + 0xffe
  TEST_CASE_TRAP(16, CAUSE_STORE_PAGE_FAULT, sw a0, 0(a1))
  CHECK_TVAL_REG(a2)
  MTEST_BACK_TO_M

  # first page unmapped, second mapped: stval = the access's own address
  STEST_UNMAP(1)
  MTEST_GOTO_MODE(MODE_S)
  li a1, W1 + 0xffc
  TEST_CASE_TRAP(20, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
  CHECK_TVAL_REG(a1)
  TEST_XFETCH(21, W1 + 0xffe, W1 + 0xffe, W1 + 0xffe)
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
  # page A ends with c.li a0, 7 and the first half of addi a0, a0, 35;
  # page B starts with its second half, then ret.
  .balign 4096
xpage_a:
  .fill 0xffc, 1, 0
  .2byte C_LI_A0_7
  addi a0, a0, 35
  ret
  .balign 4096
  # page C ends with c.li a0, 9; page D starts with ret.
xpage_c:
  .fill 0xffe, 1, 0
  .2byte C_LI_A0_9
  ret
  .balign 4096
RVTEST_DATA_END
  .set xpage_b, xpage_a + 0x1000
  .set xpage_d, xpage_c + 0x1000
