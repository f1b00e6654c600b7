# jalr: t = (rs1 + sext(imm12)) & ~1; rd = pc + 4; pc = t (RV64I).
# Covers the link value, positive/negative offsets, bit 0 of the target
# being cleared, rd == rs1 (the target uses the OLD rs1), rd = x0.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # plain indirect jump with link
  TEST_CASE(2, SATP_RD, 0,
    la SATP_S1, 1f; jalr SATP_RD, 0(SATP_S1); jalr_ret_2: j fail; 1:
    la SATP_S1, jalr_abs_2; ld SATP_S1, 0(SATP_S1); sub SATP_RD, SATP_RD, SATP_S1)

  # positive offset
  TEST_CASE(3, SATP_RD, 3,
    li SATP_RD, 0; la SATP_S1, 1f; jalr x0, 4(SATP_S1);
    1: j fail; li SATP_RD, 1; addi SATP_RD, SATP_RD, 2)

  # negative offset
  TEST_CASE(4, SATP_RD, 5,
    li SATP_RD, 0; la SATP_S1, 1f; addi SATP_S1, SATP_S1, 12; jalr x0, -8(SATP_S1);
    1: j fail; li SATP_RD, 5; j 2f; j fail; 2:)

  # 12-bit offset extremes
  TEST_CASE(5, SATP_RD, 1,
    li SATP_RD, 0; la SATP_S1, 1f; li SATP_S2, 2047; sub SATP_S1, SATP_S1, SATP_S2;
    jalr x0, 2047(SATP_S1); j fail; 1: li SATP_RD, 1)
  TEST_CASE(6, SATP_RD, 1,
    li SATP_RD, 0; la SATP_S1, 1f; li SATP_S2, 2048; add SATP_S1, SATP_S1, SATP_S2;
    jalr x0, -2048(SATP_S1); j fail; 1: li SATP_RD, 1)

  # bit 0 of the sum is cleared: target+1 lands on target
  TEST_CASE(7, SATP_RD, 1,
    li SATP_RD, 0; la SATP_S1, 1f; addi SATP_S1, SATP_S1, 1; jalr x0, 0(SATP_S1); j fail; 1: li SATP_RD, 1)
  # ... also when bit 0 comes from the immediate
  TEST_CASE(8, SATP_RD, 1,
    li SATP_RD, 0; la SATP_S1, 1f; jalr x0, 1(SATP_S1); j fail; 1: li SATP_RD, 1)
  # odd rs1 plus odd immediate: the sum is even and used as is
  TEST_CASE(9, SATP_RD, 1,
    li SATP_RD, 0; la SATP_S1, 1f; addi SATP_S1, SATP_S1, -1; jalr x0, 1(SATP_S1); j fail; 1: li SATP_RD, 1)

  # rd == rs1: target computed from the old value, then the link is written
  TEST_CASE(10, SATP_RD, 0,
    la SATP_RD, 1f; jalr SATP_RD, 0(SATP_RD); jalr_ret_10: j fail; 1:
    la SATP_S1, jalr_abs_10; ld SATP_S1, 0(SATP_S1); sub SATP_RD, SATP_RD, SATP_S1)

  # call / return through ra (jalr ra, then jalr x0, 0(ra))
  TEST_CASE(11, SATP_RD, 9,
    li SATP_RD, 0; la SATP_S1, jalr_func; jalr ra, 0(SATP_S1); addi SATP_RD, SATP_RD, 2; j 2f;
    jalr_func: addi SATP_RD, SATP_RD, 7; jalr x0, 0(ra); 2:)

  # rd = x0: no link; x0 still reads 0
  TEST_CASE(12, SATP_RD, 0, la SATP_S1, 1f; jalr x0, 0(SATP_S1); j fail; 1: add SATP_RD, x0, x0)

  # backward indirect jump (loop of 3)
  TEST_CASE(13, SATP_RD, 3,
    li SATP_RD, 0; li SATP_S2, 3; la SATP_S1, 1f;
    1: addi SATP_RD, SATP_RD, 1; beq SATP_RD, SATP_S2, 2f; jalr x0, 0(SATP_S1); 2:)

  # the instruction after the jalr is not executed, and the target register
  # is read before the jalr writes its own rd
  TEST_CASE(14, SATP_RD, 0,
    li SATP_RD, 0; la ra, 1f; jalr ra, 0(ra); li SATP_RD, 1; 1:)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 8
jalr_abs_2:  .dword jalr_ret_2
jalr_abs_10: .dword jalr_ret_10
RVTEST_DATA_END
