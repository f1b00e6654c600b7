# svnapot_pbmt: the PTE bits of Svnapot, Svpbmt and the menvcfg enable of
# Svadu (privileged spec, chapters "Svnapot", "Svpbmt", "Svadu").
#  - Svnapot: a level-0 leaf with N = 1 and ppn[3:0] = 1000 maps a 64 KiB
#    naturally aligned range: VA page k of the range reaches PA page k of
#    the 64 KiB frame (pa.ppn[3:0] = va.vpn[0][3:0]).  Every other N = 1
#    encoding is reserved: a page fault.
#  - Svpbmt: with menvcfg.PBMTE = 0 the PBMT field (bits 62:61) is
#    reserved (page fault if non-zero); with PBMTE = 1, NC (1) and IO (2)
#    translate and the reserved value 3 faults.  Changing PBMTE needs an
#    SFENCE.VMA ("the effect ... is not visible until ... SFENCE.VMA").
#  - Svadu: this test runs under Svade (__satp_ad_mode_fault below: A = 0
#    is a page fault); setting menvcfg.ADUE makes the hardware set A
#    instead, and the PTE in memory then has A.
# QEMU 7.2 has Svnapot and Svpbmt but no Svadu and no menvcfg.PBMTE gate
# in the same form, so the QEMU check build keeps only the NAPOT part.
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"
#include "stest.h"

#define PTE_N      (1 << 63)
#define PBMT(v)    ((v) << 61)
#define MENVCFG_PBMTE (1 << 62)
#define MENVCFG_ADUE  (1 << 61)
#define FRAME      0x80400000          /* 64 KiB aligned, in the identity map */
#define NAPOT_I    16                  /* window entries 16..31: VA 0x40010000 */
#define NAPOT_VA(k) (STEST_WIN(NAPOT_I + (k)) + 8)
#define RD_AD      (PTE_V | PTE_R | PTE_A | PTE_D)

/* Test n: a load from window entry i with PTE = pa | flags reads `value` */
#define TEST_NAPOT_LOAD(n, va, value) \
        TEST_CASE(n, a0, value, li a1, va; ld a0, 0(a1))

RVTEST_RV64M
RVTEST_CODE_BEGIN

  # The 64 KiB frame: page k holds k * 0x1111 at offset 8.
  li t2, FRAME + 8
  li t3, 0
  li t4, 16
1:
  li t5, 0x1111
  mul t5, t5, t3
  sd t5, 0(t2)
  li t5, 4096
  add t2, t2, t5
  addi t3, t3, 1
  bne t3, t4, 1b

  STEST_VM_ON
  # All 16 entries of the range hold the same NAPOT PTE (ppn[3:0] = 1000).
  li t2, 0
2:
  li t0, (FRAME >> 12 | 8) << PTE_PPN_SHIFT | PTE_N | RD_AD
  la t1, stest_l0 + NAPOT_I * 8
  slli t3, t2, 3
  add t1, t1, t3
  sd t0, 0(t1)
  addi t2, t2, 1
  li t3, 16
  bne t2, t3, 2b
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_NAPOT_LOAD(2, NAPOT_VA(0), 0)
  TEST_NAPOT_LOAD(3, NAPOT_VA(5), 5 * 0x1111)
  TEST_NAPOT_LOAD(4, NAPOT_VA(15), 15 * 0x1111)
  TEST_NAPOT_LOAD(5, NAPOT_VA(9), 9 * 0x1111)
  MTEST_BACK_TO_M
  # Reserved NAPOT encodings (ppn[3:0] != 1000) fault.
  STEST_SET_PTE_PA(stest_l0, 40, FRAME + 0x4000, PTE_N | RD_AD)
  STEST_SET_PTE_PA(stest_l0, 41, FRAME, PTE_N | RD_AD)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(6, CAUSE_LOAD_PAGE_FAULT, STEST_WIN(40) + 8, ld a0, 0(a1))
  TEST_CASE_PF(7, CAUSE_LOAD_PAGE_FAULT, STEST_WIN(41) + 8, ld a0, 0(a1))
  MTEST_BACK_TO_M

#ifndef SATP_QEMU_CHECK
  # Svpbmt: PBMTE = 0 (reset) makes PBMT reserved.
  STEST_MAP(0, stest_page0, RD_AD | PBMT(1))
  STEST_MAP(1, stest_page1, RD_AD | PBMT(2))
  STEST_MAP(2, stest_page2, RD_AD | PBMT(3))
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(10, CAUSE_LOAD_PAGE_FAULT, STEST_WIN(0) + 8, ld a0, 0(a1))
  TEST_CASE_PF(11, CAUSE_LOAD_PAGE_FAULT, STEST_WIN(1) + 8, ld a0, 0(a1))
  MTEST_BACK_TO_M
  li t0, MENVCFG_PBMTE
  csrs CSR_MENVCFG, t0
  TEST_CASE(12, a0, MENVCFG_PBMTE, csrr a0, CSR_MENVCFG; li t0, MENVCFG_PBMTE; and a0, a0, t0)
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_LOAD_MAGIC(13, 0, 0)
  TEST_CASE_LOAD_MAGIC(14, 1, 1)
  TEST_CASE_PF(15, CAUSE_LOAD_PAGE_FAULT, STEST_WIN(2) + 8, ld a0, 0(a1))
  MTEST_BACK_TO_M

  # Svadu: under Svade, A = 0 faults while ADUE = 0 ...
  STEST_MAP(3, stest_page3, PTE_V | PTE_R)
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_PF(20, CAUSE_LOAD_PAGE_FAULT, STEST_WIN(3) + 8, ld a0, 0(a1))
  MTEST_BACK_TO_M
  # ... and with ADUE = 1 the hardware sets A in the PTE.
  li t0, MENVCFG_ADUE
  csrs CSR_MENVCFG, t0
  sfence.vma
  MTEST_GOTO_MODE(MODE_S)
  TEST_CASE_LOAD_MAGIC(21, 3, 3)
  MTEST_BACK_TO_M
  TEST_CASE(22, a0, PTE_A, STEST_GET_PTE(a0, stest_l0, 3); andi a0, a0, PTE_A)
#endif

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  STEST_DATA
  # Marker read by satp's test runner: run this test under Svade.
  .globl __satp_ad_mode_fault
__satp_ad_mode_fault:
  .dword 0
RVTEST_DATA_END
