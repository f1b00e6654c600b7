# auipc: rd = pc + sext(imm20 << 12) (RV64I).
# The pc of each auipc is obtained independently with jal (link = pc + 4)
# and, for absolute checks, from a linker-filled .dword holding the label.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # imm 0: rd = pc of the auipc itself
  TEST_CASE(2, SATP_RD, 0,
    jal SATP_S1, 1f; 1: auipc SATP_RD, 0; sub SATP_RD, SATP_RD, SATP_S1)

  # absolute address from the linker
  TEST_CASE(3, SATP_RD, 0,
    auipc_pc_3: auipc SATP_RD, 0;
    la SATP_S1, auipc_abs_3; ld SATP_S1, 0(SATP_S1); sub SATP_RD, SATP_RD, SATP_S1)

  # positive immediates
  TEST_CASE(4, SATP_RD, 0x1000,
    jal SATP_S1, 1f; 1: auipc SATP_RD, 1; sub SATP_RD, SATP_RD, SATP_S1)
  TEST_CASE(5, SATP_RD, 0x7ffff000,
    jal SATP_S1, 1f; 1: auipc SATP_RD, 0x7ffff; sub SATP_RD, SATP_RD, SATP_S1)

  # negative immediates (bit 19 set): sign-extended before the add
  TEST_CASE(6, SATP_RD, 0xfffffffffffff000,
    jal SATP_S1, 1f; 1: auipc SATP_RD, 0xfffff; sub SATP_RD, SATP_RD, SATP_S1)
  TEST_CASE(7, SATP_RD, 0xffffffff80000000,
    jal SATP_S1, 1f; 1: auipc SATP_RD, 0x80000; sub SATP_RD, SATP_RD, SATP_S1)
  # pc (0x8000xxxx) - 0x80000000 lands near 0: the add is 64-bit, not 32-bit
  TEST_CASE(8, SATP_RD, 0,
    auipc_pc_8: auipc SATP_RD, 0x80000;
    la SATP_S1, auipc_abs_8; ld SATP_S1, 0(SATP_S1);
    li SATP_S2, 0xffffffff80000000; add SATP_S1, SATP_S1, SATP_S2;
    sub SATP_RD, SATP_RD, SATP_S1)
  # and the result really is small and positive
  TEST_CASE(9, SATP_RD, 1,
    auipc SATP_RD, 0x80000; li SATP_S1, 0x100000; sltu SATP_RD, SATP_RD, SATP_S1)

  # auipc + addi reaches a label (the la idiom, written out)
  TEST_CASE(10, SATP_RD, 0x0123456789abcdef,
    1: auipc SATP_S1, %pcrel_hi(auipc_word); ld SATP_RD, %pcrel_lo(1b)(SATP_S1))

  # rd = x0: discarded
  TEST_CASE(11, SATP_RD, 0, auipc x0, 0x12345; add SATP_RD, x0, x0)
  # two auipc in a row differ by 4
  TEST_CASE(12, SATP_RD, 4, auipc SATP_S1, 0; auipc SATP_S2, 0; sub SATP_RD, SATP_S2, SATP_S1)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 8
auipc_abs_3: .dword auipc_pc_3
auipc_abs_8: .dword auipc_pc_8
auipc_word:  .dword 0x0123456789abcdef
RVTEST_DATA_END
