# cbo: Zicbom/Zicboz (CMO spec 1.0.0).  CBO.ZERO zeroes exactly the
# naturally aligned 64-byte block holding rs1 (rs1 need not be aligned) and
# is seen by instruction fetch like any store; CBO.CLEAN/FLUSH/INVAL leave
# memory alone.  Enables ("Control and Status Register State"): below M the
# menvcfg field must be set, in U senvcfg's too, else illegal instruction.
# Faults ("Page-Fault, Guest-Page-Fault, and Access-Fault Exceptions"):
# store page faults with xtval = rs1 (the effective address, not the block
# base); CBO.ZERO needs write permission, the management ones a readable
# page.  binutils is given no Zicbom/Zicboz for rv64si: the words are .insn.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define CBO_INVAL(rs) .insn i 0x0f, 2, x0, rs, 0
#define CBO_CLEAN(rs) .insn i 0x0f, 2, x0, rs, 1
#define CBO_FLUSH(rs) .insn i 0x0f, 2, x0, rs, 2
#define CBO_ZERO(rs)  .insn i 0x0f, 2, x0, rs, 4
#define ENVCFG_CBIE_FLUSH (1 << 4)
#define ENVCFG_CBIE   (3 << 4)
#define ENVCFG_CBCFE  (1 << 6)
#define ENVCFG_CBZE   (1 << 7)
#define ENVCFG_ALL    (ENVCFG_CBIE | ENVCFG_CBCFE | ENVCFG_CBZE)

/* buf[0..32) dwords = i + 1 (four 64-byte blocks) */
#define FILL_BUF                                                        \
        la t0, buf; li t1, 1; li t2, 33;                                \
1:      sd t1, 0(t0); addi t0, t0, 8; addi t1, t1, 1; bne t1, t2, 1b

/* a0 = sum of buf[0..32) */
#define SUM_BUF                                                         \
        la t0, buf; li t2, 32; li a0, 0;                                \
1:      ld t1, 0(t0); add a0, a0, t1; addi t0, t0, 8; addi t2, t2, -1; bnez t2, 1b

/* Test n: `insn` is an illegal instruction from `mode`, caught in M */
#define TEST_ILLEGAL(n, mode, insn...)                                  \
        TEST_CASE_TRAP(n, CAUSE_ILLEGAL, insn);                         \
        CHECK_TVAL_INSN(n);                                             \
        CHECK_HANDLER(3);                                               \
        CHECK_MPP(mode)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  # ---- M-mode: CBO.ZERO zeroes block 1 only (sum 1..32 = 528; block 1 holds 9..16 = 100)
  TEST_CASE(2, a0, 528 - 100, FILL_BUF; la a1, buf + 64 + 37; CBO_ZERO(a1); SUM_BUF)
  TEST_CASE(3, a0, 8, la a1, buf; ld a0, 56(a1))
  TEST_CASE(4, a0, 17, la a1, buf; ld a0, 128(a1))
  # the last byte of a block as rs1
  TEST_CASE(5, a0, 528 - 100 - 228, la a1, buf + 255; CBO_ZERO(a1); SUM_BUF)
  # the management operations change nothing and do not trap in M
  TEST_CASE(6, a0, 528, FILL_BUF; la a1, buf + 3; CBO_CLEAN(a1); CBO_FLUSH(a1); CBO_INVAL(a1); \
            la a1, buf + 200; CBO_INVAL(a1); SUM_BUF)

  # ---- CBO.ZERO on code that has run: the next fetch sees the zeros
  TEST_CASE(7, a0, 0x100, li a0, 0; la a1, stest_page0; jalr ra, 0(a1))
  la a1, stest_page0
  CBO_ZERO(a1)
  TEST_CASE_TRAP_EPC(8, CAUSE_ILLEGAL, a1, jalr ra, 0(a1))
  CHECK_HANDLER(3)

  # ---- menvcfg / senvcfg fields read back
  TEST_CASE(9, a0, ENVCFG_ALL, li t0, ENVCFG_ALL; csrs menvcfg, t0; csrr a0, menvcfg; li t0, ENVCFG_ALL; and a0, a0, t0)
  TEST_CASE(10, a0, ENVCFG_ALL, li t0, ENVCFG_ALL; csrs senvcfg, t0; csrr a0, senvcfg; li t0, ENVCFG_ALL; and a0, a0, t0)
  li t0, ENVCFG_ALL
  csrc menvcfg, t0
  csrc senvcfg, t0

  STEST_VM_ON
  STEST_MAP(0, stest_page1, PTE_RW_AD)
  STEST_MAP(2, stest_page2, PTE_V | PTE_R | PTE_A)
  STEST_MAP(3, stest_page3, PTE_V | PTE_X | PTE_A)

  # ---- S-mode with menvcfg = 0: all illegal
  MTEST_GOTO_MODE(MODE_S)
  la a1, buf
  TEST_ILLEGAL(20, MODE_S, CBO_ZERO(a1))
  TEST_ILLEGAL(21, MODE_S, CBO_CLEAN(a1))
  TEST_ILLEGAL(22, MODE_S, CBO_FLUSH(a1))
  TEST_ILLEGAL(23, MODE_S, CBO_INVAL(a1))
  MTEST_BACK_TO_M
  # only CBZE: clean/flush/inval still illegal
  li t0, ENVCFG_CBZE
  csrs menvcfg, t0
  MTEST_GOTO_MODE(MODE_S)
  la a1, buf
  TEST_ILLEGAL(24, MODE_S, CBO_CLEAN(a1))
  TEST_ILLEGAL(25, MODE_S, CBO_INVAL(a1))
  TEST_CASE(26, a0, 528 - 100, FILL_BUF; la a1, buf + 64; CBO_ZERO(a1); SUM_BUF)
  MTEST_BACK_TO_M
  # all enabled, CBIE = 01 (inval performs a flush)
  li t0, ENVCFG_CBCFE | ENVCFG_CBIE_FLUSH
  csrs menvcfg, t0
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE(27, a0, 528, FILL_BUF; la a1, buf + 100; CBO_CLEAN(a1); CBO_FLUSH(a1); CBO_INVAL(a1); SUM_BUF)
  # ---- S-mode faults, caught by the S handler: stval = rs1
  li a1, STEST_WIN(1) + 0x47
  TEST_CASE_TRAP(30, CAUSE_STORE_PAGE_FAULT, CBO_ZERO(a1))
  CHECK_TVAL_REG(a1)
  CHECK_HANDLER(1)
  TEST_CASE_TRAP(31, CAUSE_STORE_PAGE_FAULT, CBO_CLEAN(a1))
  CHECK_TVAL_REG(a1)
  TEST_CASE_TRAP(32, CAUSE_STORE_PAGE_FAULT, CBO_INVAL(a1))
  CHECK_TVAL_REG(a1)
  # read-only page: zero faults, management works
  li a1, STEST_WIN(2) + 0x81
  TEST_CASE_TRAP(33, CAUSE_STORE_PAGE_FAULT, CBO_ZERO(a1))
  CHECK_TVAL_REG(a1)
  CHECK_HANDLER(1)
  TEST_CASE(34, a0, STEST_MAGIC(2), li a1, STEST_WIN(2) + 8; CBO_FLUSH(a1); CBO_CLEAN(a1); ld a0, 0(a1))
  # execute-only page (MXR = 0): no access at all -> store page fault
  li a1, STEST_WIN(3) + 0x10
  TEST_CASE_TRAP(35, CAUSE_STORE_PAGE_FAULT, CBO_FLUSH(a1))
  CHECK_TVAL_REG(a1)
  # through a mapping: zeroes the block of the physical page (page1's magic)
  TEST_CASE(36, a0, 0, li a1, STEST_WIN(0) + 0x3f; CBO_ZERO(a1); ld a0, -0x37(a1))
  MTEST_BACK_TO_M
  TEST_CASE(37, a0, 0, la a1, stest_page1; ld a0, 8(a1))
  TEST_CASE(38, a0, STEST_MAGIC(3), la a1, stest_page3; ld a0, 8(a1))

  # ---- U-mode: needs senvcfg as well
  STEST_CODE_USER
  MTEST_GOTO_MODE(MODE_U)
  la a1, buf
  TEST_ILLEGAL(40, MODE_U, CBO_ZERO(a1))
  TEST_ILLEGAL(41, MODE_U, CBO_CLEAN(a1))
  TEST_ILLEGAL(42, MODE_U, CBO_INVAL(a1))
  MTEST_BACK_TO_M
  li t0, ENVCFG_ALL
  csrs senvcfg, t0
  MTEST_GOTO_MODE(MODE_U)
  TEST_CASE(43, a0, 528 - 100, FILL_BUF; la a1, buf + 127; CBO_ZERO(a1); CBO_CLEAN(a1); CBO_FLUSH(a1); CBO_INVAL(a1); SUM_BUF)
  MTEST_BACK_TO_M
  # senvcfg on, menvcfg off: still illegal from U
  li t0, ENVCFG_ALL
  csrc menvcfg, t0
  MTEST_GOTO_MODE(MODE_U)
  la a1, buf
  TEST_ILLEGAL(44, MODE_U, CBO_ZERO(a1))
  TEST_ILLEGAL(45, MODE_U, CBO_FLUSH(a1))
  MTEST_BACK_TO_M
  STEST_CODE_SUPER

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 64
buf: .fill 32, 8, 0
  STEST_DATA
RVTEST_DATA_END
