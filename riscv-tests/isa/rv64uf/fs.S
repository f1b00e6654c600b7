# fs: mstatus.FS (privileged spec, "Extension Context Status in mstatus").
# FS = Off makes every FP instruction and every fflags/frm/fcsr access an
# illegal instruction; an instruction that writes an f register or fflags/frm
# makes FS Dirty, which sets SD; reads and FP-to-integer moves change
# nothing.  Also: the reserved rounding modes (static 5, 6; dynamic with
# frm = 5, 6, 7) are illegal.  M-mode body (p env only).
#include "riscv_test.h"
#include "test_macros.h"
#include "fp_macros.h"
#include "mtest.h"

#define FS_SET(v)  li t0, MSTATUS_FS; csrc mstatus, t0; li t0, (v) << 13; csrs mstatus, t0
#define FS_GET(r)  csrr r, mstatus; srli r, r, 13; andi r, r, 3
#define SD_GET(r)  csrr r, mstatus; srli r, r, 63

#define ILLEGAL(n, code...)                                             \
  TEST_TRAP(n, CAUSE_ILLEGAL, code);                                    \
  CHECK_TVAL_INSN32(n)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  # ---- FS = Off
  FS_SET(0)
  TEST_CASE(2, a0, 0, SD_GET(a0))
  ILLEGAL(3, fadd.s f1, f1, f1)
  ILLEGAL(4, flw f1, 0(zero))
  ILLEGAL(5, fsd f1, 0(zero))
  ILLEGAL(6, fmv.x.w a0, f1)
  ILLEGAL(7, fmv.d.x f1, a0)
  ILLEGAL(8, fmadd.d f1, f1, f1, f1)
  ILLEGAL(9, fcvt.w.s a0, f1)
  ILLEGAL(10, feq.d a0, f1, f1)
  ILLEGAL(11, csrr a0, fflags)
  ILLEGAL(12, csrr a0, frm)
  ILLEGAL(13, csrw fcsr, zero)
  ILLEGAL(14, fsflagsi 1)
  # still Off: nothing was executed
  TEST_CASE(15, a0, 0, FS_GET(a0))

  # ---- Initial: reads and moves to integer registers leave FS alone
  FS_SET(1)
  TEST_CASE(16, a0, 1, fmv.x.w a1, f1; csrr a2, fcsr; frflags a2; FS_GET(a0))
  TEST_CASE(17, a0, 0, SD_GET(a0))
  # writing an f register: Dirty, and SD
  TEST_CASE(18, a0, 3, fmv.w.x f1, zero; FS_GET(a0))
  TEST_CASE(19, a0, 1, SD_GET(a0))
  # sstatus shows the same FS and SD
  TEST_CASE(20, a0, (3 << 13) | (1 << 63),
    csrr a0, sstatus; li t0, (3 << 13) | (1 << 63); and a0, a0, t0)
  # Clean, then a compare (integer result, no flags) keeps it Clean ...
  FS_SET(2)
  TEST_CASE(21, a0, 0, SD_GET(a0))
  TEST_CASE(22, a0, 2, feq.s a1, f1, f1; fclass.s a1, f1; FS_GET(a0))
  # ... and writes to fflags or frm make it Dirty
  TEST_CASE(23, a0, 3, fsflagsi 0; FS_GET(a0))
  FS_SET(2)
  TEST_CASE(24, a0, 3, fsrmi 0; FS_GET(a0))
  FS_SET(2)
  TEST_CASE(25, a0, 3, li a1, 0x3ff0000000000000; fmv.d.x f2, a1; FS_GET(a0))
  FS_SET(2)
  TEST_CASE(26, a0, 3, la a1, tdat; fld f3, 0(a1); FS_GET(a0))
  # FS written through sstatus
  TEST_CASE(27, a0, 0, li t0, MSTATUS_FS; csrc sstatus, t0; FS_GET(a0))
  ILLEGAL(28, fadd.d f1, f1, f1)
  TEST_CASE(29, a0, 1, li t0, 1 << 13; csrs sstatus, t0; FS_GET(a0))

  # ---- reserved rounding modes
  fsrmi 0
  # fadd.s f1, f1, f1 with rm = 5 and rm = 6; fmadd.d f1, f1, f1, f1 rm = 5
  ILLEGAL(30, .word 0x0010d0d3)
  ILLEGAL(31, .word 0x0010e0d3)
  ILLEGAL(32, .word 0x0a10d0c3)
  # dynamic rm with frm = 5, 6, 7
  fsrmi 5
  ILLEGAL(33, fadd.s f1, f1, f1)
  ILLEGAL(34, fcvt.w.d a0, f1)
  fsrmi 6
  ILLEGAL(35, fsqrt.d f1, f1)
  fsrmi 7
  ILLEGAL(36, fcvt.s.l f1, a0)
  # instructions without a rounding mode do not care
  TEST_CASE(37, a0, 1, fsgnj.d f1, f2, f2; feq.d a0, f1, f2)
  # a static rm does not care either
  TEST_CASE(38, a0, 0x4000000000000000, fadd.d f1, f2, f2, rne; fmv.x.d a0, f1)
  fsrmi 0

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 8
tdat:
  .dword 0x3ff0000000000000
RVTEST_DATA_END
