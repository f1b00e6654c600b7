# Zimop (unprivileged spec, "May-Be-Operations"): MOP.R.n and MOP.RR.n
# write 0 to rd.  binutils 2.40 does not know them: the words are built here
# (MOP.R.n = 1 n[4] 00 n[3:2] 0111 n[1:0] rs1 100 rd 1110011,
#  MOP.RR.n = 1 n[2] 00 n[1:0] 1 rs2 rs1 100 rd 1110011).
#include "riscv_test.h"
#include "test_macros.h"

/* imm[11:0] of MOP.R.n, as a signed 12-bit .insn immediate */
#define MOP_R_IMM(n) ((0x81c | (((n) >> 4) & 1) << 10 | (((n) >> 2) & 3) << 6 | ((n) & 3)) - 4096)
#define MOP_R(n, rd, rs1) .insn i 0x73, 4, rd, rs1, MOP_R_IMM(n)
#define MOP_RR(n, rd, rs1, rs2) .insn r 0x73, 4, (0x41 | (((n) >> 2) & 1) << 5 | ((n) & 3) << 1), rd, rs1, rs2

RVTEST_RV64U
RVTEST_CODE_BEGIN

  TEST_CASE(2, a3, 0, li a3, -1; li a1, 0x1234; MOP_R(0, a3, a1))
  TEST_CASE(3, a3, 0, li a3, -1; li a1, 0x1234; MOP_R(31, a3, a1))
  TEST_CASE(4, a1, 0, li a1, 0x1234; MOP_R(5, a1, a1))
  TEST_CASE(5, a1, 0x1234, li a1, 0x1234; MOP_R(28, x0, a1))
  TEST_CASE(6, a3, 0, li a3, -1; li a1, 1; li a2, 2; MOP_RR(0, a3, a1, a2))
  TEST_CASE(7, a3, 0, li a3, -1; li a1, 1; li a2, 2; MOP_RR(7, a3, a1, a2))
  TEST_CASE(8, a2, 0, li a1, 1; li a2, 2; MOP_RR(3, a2, a1, a2))
  TEST_CASE(9, a2, 2, li a1, 1; li a2, 2; MOP_RR(4, x0, a1, a2); SATP_EXPECT(a1, 1))
  /* every MOP.R.n and MOP.RR.n writes 0 */
  TEST_CASE(10, a3, 0, li a3, 7; MOP_R(1, a3, a3); li a4, 7; MOP_R(2, a4, a4); or a3, a3, a4; \
            li a4, 7; MOP_R(3, a4, a4); or a3, a3, a4; li a4, 7; MOP_R(12, a4, a4); or a3, a3, a4; \
            li a4, 7; MOP_R(16, a4, a4); or a3, a3, a4; li a4, 7; MOP_R(30, a4, a4); or a3, a3, a4; \
            li a4, 7; MOP_RR(1, a4, a4, a4); or a3, a3, a4; li a4, 7; MOP_RR(2, a4, a4, a4); or a3, a3, a4; \
            li a4, 7; MOP_RR(5, a4, a4, a4); or a3, a3, a4; li a4, 7; MOP_RR(6, a4, a4, a4); or a3, a3, a4)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
