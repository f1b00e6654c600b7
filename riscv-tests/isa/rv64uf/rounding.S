# rounding: the dynamic rounding mode comes from frm; fcsr = frm (bits 7:5) |
# fflags (bits 4:0), with fflags and frm as views of it; flags accrue
# (sticky) until software clears them.
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"

/* -1/3 in single precision under frm = mode (dynamic rm) */
#define TEST_DYN(n, mode, exp)                                          \
  TEST_FP_CASE(n, NX, a4, SP(exp), fsrmi mode;                          \
    li a1, 0xbf800000; fmv.w.x f1, a1; li a2, 0x40400000; fmv.w.x f2, a2; \
    fdiv.s f4, f1, f2; fmv.x.d a4, f4)

RVTEST_RV64U
RVTEST_CODE_BEGIN

  TEST_DYN(2, 0, 0xbeaaaaab)
  TEST_DYN(3, 1, 0xbeaaaaaa)
  TEST_DYN(4, 2, 0xbeaaaaab)
  TEST_DYN(5, 3, 0xbeaaaaaa)
  TEST_DYN(6, 4, 0xbeaaaaab)
  # a static rm overrides frm (frm = RUP here)
  TEST_FP_CASE(7, NX, a4, SP(0xbeaaaaab), fsrmi 3;
    li a1, 0xbf800000; fmv.w.x f1, a1; li a2, 0x40400000; fmv.w.x f2, a2;
    fdiv.s f4, f1, f2, rdn; fmv.x.d a4, f4)
  # 2.5 -> integer under each dynamic mode: 2, 2, 2, 3, 3
  TEST_CASE(8, a4, 2, fsrmi 0; li a1, 0x40200000; fmv.w.x f1, a1; fcvt.w.s a4, f1, dyn)
  TEST_CASE(9, a4, 2, fsrmi 1; li a1, 0x40200000; fmv.w.x f1, a1; fcvt.w.s a4, f1, dyn)
  TEST_CASE(10, a4, 2, fsrmi 2; li a1, 0x40200000; fmv.w.x f1, a1; fcvt.w.s a4, f1, dyn)
  TEST_CASE(11, a4, 3, fsrmi 3; li a1, 0x40200000; fmv.w.x f1, a1; fcvt.w.s a4, f1, dyn)
  TEST_CASE(12, a4, 3, fsrmi 4; li a1, 0x40200000; fmv.w.x f1, a1; fcvt.w.s a4, f1, dyn)
  fsrmi 0

  # fcsr layout: bits above 7 are not kept
  TEST_CASE(13, a4, 0xff, li a1, 0xfff; csrw fcsr, a1; csrr a4, fcsr)
  TEST_CASE(14, a4, 7, csrr a4, frm)
  TEST_CASE(15, a4, 0x1f, csrr a4, fflags)
  TEST_CASE(16, a4, (2 << 5) | 0x1f, csrwi frm, 2; csrr a4, fcsr)
  TEST_CASE(17, a4, (2 << 5) | 0x05, li a1, 0x25; csrw fflags, a1; csrr a4, fcsr)
  # fsrm / fsflags return the old value
  TEST_CASE(18, a4, 2, fsrmi a4, 1)
  TEST_CASE(19, a4, 5, fsflagsi a4, 0)
  TEST_CASE(20, a4, 1 << 5, csrr a4, fcsr)
  fsrmi 0

  # flags accrue: DZ from 1/0, then NX from 1/3, then nothing from 1+1
  TEST_CASE(21, a4, DZ | NX,
    fsflags x0; li a1, 0x3f800000; fmv.w.x f1, a1; fmv.w.x f2, x0;
    fdiv.s f3, f1, f2; li a2, 0x40400000; fmv.w.x f2, a2; fdiv.s f3, f1, f2;
    fadd.s f3, f1, f1; frflags a4)
  # an operation that raises nothing does not clear them
  TEST_CASE(22, a4, DZ | NX, fmul.s f3, f1, f1; frflags a4)
  # NV from a signalling compare joins them
  TEST_CASE(23, a4, NV | DZ | NX,
    li a1, 0x7fc00000; fmv.w.x f2, a1; flt.s a3, f1, f2; frflags a4)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
