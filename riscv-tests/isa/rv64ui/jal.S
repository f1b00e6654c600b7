# jal: rd = pc + 4; pc = pc + sext(offset) (RV64I).
# Link values are compared with linker-computed addresses; jumps go forward
# and backward, with offsets that set immediate bits 1..12 and the sign bit.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # link value is the address of the next instruction
  TEST_CASE(2, SATP_RD, 0,
    jal SATP_RD, 1f; jal_ret_2: j fail; 1:
    la SATP_S1, jal_abs_2; ld SATP_S1, 0(SATP_S1); sub SATP_RD, SATP_RD, SATP_S1)

  # link register ra, the usual call: call and return
  TEST_CASE(3, SATP_RD, 7,
    li SATP_RD, 0; jal ra, jal_func_add7; j 2f;
    jal_func_add7: addi SATP_RD, SATP_RD, 7; ret; 2:)

  # jal x0 (j): no link written anywhere; x0 still zero
  TEST_CASE(4, SATP_RD, 0, j 1f; j fail; 1: add SATP_RD, x0, x0)
  TEST_CASE(5, SATP_RD, 0, jal x0, 1f; j fail; 1: add SATP_RD, x0, x0)

  # backward jump: run a small loop 5 times with jal going back
  TEST_CASE(6, SATP_RD, 5,
    li SATP_RD, 0; li SATP_S1, 5;
    1: addi SATP_RD, SATP_RD, 1; beq SATP_RD, SATP_S1, 2f; jal x0, 1b; 2:)

  # backward jump with link: the link is the address after the jal
  TEST_CASE(7, SATP_RD, 0,
    j 2f; 1: j 3f; 2: jal SATP_RD, 1b; jal_ret_7: j fail; 3:
    la SATP_S1, jal_abs_7; ld SATP_S1, 0(SATP_S1); sub SATP_RD, SATP_RD, SATP_S1)

  # rd == the register holding the old value: overwritten by the link
  TEST_CASE(8, SATP_RD, 0,
    li SATP_RD, -1; jal SATP_RD, 1f; jal_ret_8: j fail; 1:
    la SATP_S1, jal_abs_8; ld SATP_S1, 0(SATP_S1); sub SATP_RD, SATP_RD, SATP_S1)

  # offsets 2048 (bit 11) and 4096+2048+1024+... (bits 10..12): skip over nops
  TEST_CASE(9, SATP_RD, 1,
    li SATP_RD, 0; jal x0, 1f; .fill 511, 4, 0x00000013; j fail; 1: li SATP_RD, 1)
  TEST_CASE(10, SATP_RD, 1,
    li SATP_RD, 0; jal x0, 1f; .fill 2045, 4, 0x00000013; j fail; 1: li SATP_RD, 1)
  # and backward by more than 4 KiB (negative offset with bits 12.. set)
  TEST_CASE(11, SATP_RD, 2,
    li SATP_RD, 0; j 2f; 1: addi SATP_RD, SATP_RD, 1; j 3f; .fill 1200, 4, 0x00000013;
    2: addi SATP_RD, SATP_RD, 1; jal x0, 1b; j fail; 3:)

  # the instruction after the jal is not executed
  TEST_CASE(12, SATP_RD, 0, li SATP_RD, 0; jal x0, 1f; li SATP_RD, 1; 1:)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 8
jal_abs_2: .dword jal_ret_2
jal_abs_7: .dword jal_ret_7
jal_abs_8: .dword jal_ret_8
RVTEST_DATA_END
