# satp_mode: "if satp is written with an unsupported MODE, the entire write
# has no effect; no fields in satp are modified" (privileged spec, satp).
# satp (like QEMU) implements Bare (0), Sv39 (8), Sv48 (9) and Sv57 (10);
# 1-7 and 11-13 are reserved, 14-15 custom, all unsupported here.
# ASIDLEN is 16 on both (all ASID bits writable); all 44 PPN bits are kept.
# Checked from M and from S; translation keeps working after an ignored
# write.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define SV39 (SATP_MODE_SV39 << SATP_MODE_SHIFT)
#define SV48 (SATP_MODE_SV48 << SATP_MODE_SHIFT)
#define JUNK ((7 << SATP_ASID_SHIFT) | 0x12345)

/* Test n: writing satp with MODE = mode (and junk ASID/PPN) leaves satp
 * equal to s4 */
#define TEST_SATP_KEEP(n, mode)                                         \
        TEST_CASE(n, a0, 0,                                             \
            li a0, ((mode) << SATP_MODE_SHIFT) | JUNK; csrw satp, a0;   \
            csrr a0, satp; xor a0, a0, s4)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  # from Bare (the env wrote 0)
  TEST_CASE(2, a0, 0, csrr a0, satp)
  li s4, 0
  TEST_SATP_KEEP(3, 1)
  TEST_SATP_KEEP(4, 2)
  TEST_SATP_KEEP(5, 3)
  TEST_SATP_KEEP(6, 4)
  TEST_SATP_KEEP(7, 5)
  TEST_SATP_KEEP(8, 6)
  TEST_SATP_KEEP(9, 7)
  TEST_SATP_KEEP(10, 11)
  TEST_SATP_KEEP(11, 12)
  TEST_SATP_KEEP(12, 13)
  TEST_SATP_KEEP(13, 14)
  TEST_SATP_KEEP(14, 15)
  # Sv57 is supported: stored whole
  TEST_CASE(15, a0, 0,
    li t0, (10 << SATP_MODE_SHIFT) | JUNK; csrw satp, t0; csrr a0, satp; xor a0, a0, t0)
  csrw satp, x0

  # supported modes are stored whole: all 16 ASID bits, all 44 PPN bits
  TEST_CASE(20, a0, 0,
    li t0, SV39 | SATP_ASID_MASK | SATP_PPN_MASK; csrw satp, t0; csrr a0, satp; xor a0, a0, t0)
  TEST_CASE(21, a0, 0,
    li t0, SV48 | (0x1234 << SATP_ASID_SHIFT) | 0x80123; csrw satp, t0; csrr a0, satp; xor a0, a0, t0)
  # from Sv48: an unsupported write changes nothing (not even ASID/PPN)
  li s4, SV48 | (0x1234 << SATP_ASID_SHIFT) | 0x80123
  TEST_SATP_KEEP(22, 1)
  TEST_SATP_KEEP(23, 7)
  TEST_SATP_KEEP(24, 15)
  # Bare (all zero) is accepted
  TEST_CASE(25, a0, 0, csrw satp, x0; csrr a0, satp)

  # from S with translation on
  STEST_VM_ON
  STEST_MAP(0, stest_page0, PTE_LEAF)
  csrr s4, satp
  MTEST_GOTO_MODE(MODE_S)
  TEST_SATP_KEEP(30, 1)
  TEST_SATP_KEEP(31, 4)
  TEST_SATP_KEEP(32, 12)
  TEST_CASE_LOAD_MAGIC(33, 0, 0)
  # and S can write a supported value (the same tables, ASID 9)
  TEST_CASE(34, a0, 0,
    li t0, SATP_ASID_MASK; not t0, t0; and t0, s4, t0; li t1, 9 << SATP_ASID_SHIFT; or t0, t0, t1;
    csrw satp, t0; csrr a0, satp; xor a0, a0, t0)
  TEST_CASE_LOAD_MAGIC(35, 0, 0)
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
RVTEST_DATA_END
