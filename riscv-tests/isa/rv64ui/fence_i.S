# fence.i: instruction fetches after a FENCE.I see earlier stores to
# instruction memory by the same hart (Zifencei).
# Each test first runs the original code (so any decoded-instruction cache
# holds it), stores new instruction words (assembled into .data), executes
# fence.i and checks that the new instructions run.  Code is modified both
# in place in .text and after being copied to .data.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # patch a subroutine in .text twice
  TEST_CASE(2, SATP_RD, 1, jal ra, fi_func)
  TEST_CASE(3, SATP_RD, 2,
    la SATP_S1, fi_func; la SATP_S2, fi_new_2; lw SATP_S2, 0(SATP_S2); sw SATP_S2, 0(SATP_S1);
    fence.i; jal ra, fi_func)
  TEST_CASE(4, SATP_RD, 3,
    la SATP_S1, fi_func; la SATP_S2, fi_new_3; lw SATP_S2, 0(SATP_S2); sw SATP_S2, 0(SATP_S1);
    fence.i; jal ra, fi_func)

  # patch the instruction right after the fence.i (same straight-line code)
  TEST_CASE(5, SATP_RD, 9,
    la SATP_S1, 1f; la SATP_S2, fi_new_9; lw SATP_S2, 0(SATP_S2); sw SATP_S2, 0(SATP_S1);
    fence.i; 1: addi SATP_RD, x0, 1)

  # patch code inside a loop that has already run many times
  TEST_CASE(6, SATP_RD, 49 + 2 * 51,  /* 49 iterations before the patch, 51 after */
    li SATP_RD, 0; li SATP_FW, 0; la SATP_S1, 3f; la SATP_S2, fi_new_add2; lw SATP_S2, 0(SATP_S2);
    2: addi SATP_FW, SATP_FW, 1;
       li SATP_EXP, 50; bne SATP_FW, SATP_EXP, 3f;
       sw SATP_S2, 0(SATP_S1); fence.i;
    3: addi SATP_RD, SATP_RD, 1;
       li SATP_EXP, 100; bltu SATP_FW, SATP_EXP, 2b)

  # copy a routine to data memory, run it, patch it, run it again
  TEST_CASE(7, SATP_RD, 0x42,
    la SATP_S1, fi_code_src; la SATP_S2, fi_ram_code; li SATP_FW, 4;
    1: lw SATP_EXP, 0(SATP_S1); sw SATP_EXP, 0(SATP_S2); addi SATP_S1, SATP_S1, 4; addi SATP_S2, SATP_S2, 4;
       addi SATP_FW, SATP_FW, -1; bnez SATP_FW, 1b;
    fence.i; la SATP_S1, fi_ram_code; jalr ra, 0(SATP_S1))
  TEST_CASE(8, SATP_RD, 0x43,
    la SATP_S1, fi_ram_code; la SATP_S2, fi_new_43; lw SATP_S2, 0(SATP_S2); sw SATP_S2, 0(SATP_S1);
    fence.i; jalr ra, 0(SATP_S1))
  # patch with a halfword store (the upper half only: imm[11:4] of addi)
  TEST_CASE(9, SATP_RD, 0x7f3,
    la SATP_S1, fi_ram_code; li SATP_S2, 0x7f3 << 4; sh SATP_S2, 2(SATP_S1);
    fence.i; jalr ra, 0(SATP_S1))

  TEST_PASSFAIL

  # subroutine patched by tests 3 and 4
fi_func:
  addi SATP_RD, x0, 1
  ret

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 4
  # replacement instructions (assembled here, copied into code at run time)
fi_new_2:    addi SATP_RD, x0, 2
fi_new_3:    addi SATP_RD, x0, 3
fi_new_9:    addi SATP_RD, x0, 9
fi_new_add2: addi SATP_RD, SATP_RD, 2
fi_new_43:   addi SATP_RD, x0, 0x43
  # routine to copy: 4 words
fi_code_src:
  addi SATP_RD, x0, 0x42
  nop
  ret
  j fail
  .balign 64
fi_ram_code:
  .fill 16, 4, 0
RVTEST_DATA_END
