# bge: conditional branch (RV64I)
# branch if rs1 >= rs2 (signed).
# Each pair is tried with a forward and a backward target; signed and
# unsigned orderings disagree on pairs with the top bit set (0x8000...).
# Branch offsets near the +-4 KiB limit are tried at the end.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # register pairs, taken or not as the comparison says
  TEST_BR_TAKEN(2, bge, 0, 0)
  TEST_BR_TAKEN(3, bge, 1, 1)
  TEST_BR_TAKEN(4, bge, -1, -1)
  TEST_BR_NOT_TAKEN(5, bge, 0, 1)
  TEST_BR_TAKEN(6, bge, 1, 0)
  TEST_BR_NOT_TAKEN(7, bge, -1, 1)
  TEST_BR_TAKEN(8, bge, 1, -1)
  TEST_BR_NOT_TAKEN(9, bge, -2, -1)
  TEST_BR_TAKEN(10, bge, -1, -2)
  TEST_BR_NOT_TAKEN(11, bge, 0x8000000000000000, 0)
  TEST_BR_TAKEN(12, bge, 0, 0x8000000000000000)
  TEST_BR_NOT_TAKEN(13, bge, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_BR_TAKEN(14, bge, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_BR_NOT_TAKEN(15, bge, 0x8000000000000000, -1)
  TEST_BR_TAKEN(16, bge, -1, 0x8000000000000000)
  TEST_BR_TAKEN(17, bge, 0x8000000000000000, 0x8000000000000000)
  TEST_BR_TAKEN(18, bge, 0x0000000080000000, 0x000000007fffffff)
  TEST_BR_NOT_TAKEN(19, bge, 0xffffffff80000000, 0x0000000080000000)
  TEST_BR_TAKEN(20, bge, 0x0000000100000000, 0x00000000ffffffff)
  TEST_BR_TAKEN(21, bge, 0x0123456789abcdef, 0x0123446789abcdef)
  TEST_BR_TAKEN(22, bge, 0x0123456789abcdef, 0x0123456789abcdef)

  # same register as both operands
  TEST_CASE(23, SATP_RD, 2, li SATP_RD, 0; li SATP_S1, -7; bge SATP_S1, SATP_S1, 1f; li SATP_RD, 1; j 2f; 1: li SATP_RD, 2; 2:)

  # x0 as an operand (reads as zero)
  TEST_CASE(24, SATP_RD, 2, li SATP_RD, 0; li SATP_S1, 0; bge x0, SATP_S1, 1f; li SATP_RD, 1; j 2f; 1: li SATP_RD, 2; 2:)
  TEST_CASE(25, SATP_RD, 2, li SATP_RD, 0; li SATP_S1, 0; bge SATP_S1, x0, 1f; li SATP_RD, 1; j 2f; 1: li SATP_RD, 2; 2:)
  TEST_CASE(26, SATP_RD, 1, li SATP_RD, 0; li SATP_S1, 1; bge x0, SATP_S1, 1f; li SATP_RD, 1; j 2f; 1: li SATP_RD, 2; 2:)
  TEST_CASE(27, SATP_RD, 2, li SATP_RD, 0; li SATP_S1, 1; bge SATP_S1, x0, 1f; li SATP_RD, 1; j 2f; 1: li SATP_RD, 2; 2:)
  TEST_CASE(28, SATP_RD, 2, li SATP_RD, 0; li SATP_S1, -1; bge x0, SATP_S1, 1f; li SATP_RD, 1; j 2f; 1: li SATP_RD, 2; 2:)
  TEST_CASE(29, SATP_RD, 1, li SATP_RD, 0; li SATP_S1, -1; bge SATP_S1, x0, 1f; li SATP_RD, 1; j 2f; 1: li SATP_RD, 2; 2:)

  # the instruction after a not-taken branch executes; the one after a taken

  # branch does not (counted in SATP_RD)
  TEST_CASE(30, SATP_RD, 3, li SATP_RD, 0; li SATP_S1, 3; li SATP_S2, 3; bge SATP_S1, SATP_S2, 1f; addi SATP_RD, SATP_RD, 1; addi SATP_RD, SATP_RD, 1; 1: addi SATP_RD, SATP_RD, 3)

  # largest forward offset for 4-byte code (+4092) and largest backward (-4096)
satp_far_31:
  .option push
  .option norelax
  li TESTNUM, 31
  li SATP_S1, 3
  li SATP_S2, 3
  li SATP_RD, 0
satp_far_fwd_31:
  bge SATP_S1, SATP_S2, satp_far_fwd_tgt_31
  j fail
satp_far_back_tgt_31:
  li SATP_RD, 1
  j satp_far_done_31
  .fill (4092 - 16) / 4, 4, 0x00000013   # nops
satp_far_fwd_tgt_31:
  j satp_far_back_31
  .fill 2, 4, 0x00000013
satp_far_back_31:
  bge SATP_S1, SATP_S2, satp_far_back_tgt_31
  j fail
satp_far_done_31:
  li SATP_EXP, 1
  bne SATP_RD, SATP_EXP, fail
  .option pop

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN

RVTEST_DATA_END
