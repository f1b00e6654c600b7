# HINTs that must execute as no-ops (unprivileged spec, "HINT Instructions"):
# Zihintpause PAUSE (FENCE pred=W succ=0), Zihintntl NTL.P1/PALL/S1/ALL
# (ADD x0, x0, x2..x5) and their compressed forms C.NTL.* (C.ADD x0, x2..x5),
# and Zicbop PREFETCH.I/R/W (ORI x0, rs1, imm with imm[4:0] = 0/1/3), which
# never fault, even for addresses with no memory or no mapping ("CMO",
# "Page-Fault, Guest-Page-Fault, and Access-Fault Exceptions").
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # Each case: set a1/a2, run the hints, check that nothing changed.
  TEST_CASE(2, a1, 0x1111, li a1, 0x1111; pause; pause)
  TEST_CASE(3, a1, 0x2222, li a1, 0x2222; add x0, x0, x2; add x0, x0, x3; add x0, x0, x4; add x0, x0, x5)
  TEST_CASE(4, a1, 0, mv a2, sp; add x0, x0, x2; add x0, x0, x5; sub a1, sp, a2)
  /* C.NTL.P1, C.NTL.PALL, C.NTL.S1, C.NTL.ALL: C.ADD with rd = x0 */
  TEST_CASE(5, a1, 0x4444, li a1, 0x4444; .2byte 0x900a; .2byte 0x900e; .2byte 0x9012; .2byte 0x9016)
  /* PREFETCH.* on the test's own data, address 0 and a non-canonical address */
  TEST_CASE(6, a1, 0x5555, la a2, tdat; li a1, 0x5555; prefetch.i 0(a2); prefetch.r 64(a2); prefetch.w -64(a2))
  TEST_CASE(7, a2, 0, li a2, 0; prefetch.r 0(a2); prefetch.w 0(a2); prefetch.i 0(a2))
  TEST_CASE(8, a1, 0x6666, li a1, 0x6666; li a2, 0x5a5a000000000000; prefetch.r 0(a2); prefetch.w 32(a2); prefetch.i -32(a2))
  /* the data are unchanged */
  TEST_CASE(9, a1, 0x0123456789abcdef, la a2, tdat; prefetch.w 0(a2); ld a1, 0(a2))

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .align 6
tdat: .dword 0x0123456789abcdef
  .zero 120
RVTEST_DATA_END
