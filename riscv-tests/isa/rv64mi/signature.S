# signature: a guest for `satp run --signature FILE` (the riscv-arch-test
# convention: the memory between the symbols begin_signature and
# end_signature is written out at exit, as Spike's +signature= does).
# The body computes the values at run time and stores them between the
# two symbols, so the file shows memory as it is at exit, not as loaded:
#   word 0: 0x01234567 + 0x11111111 = 0x12345678
#   word 1: 0xdeadbeef (built with lui/addi)
#   dword 1 (words 2-3): 0x0123456789abcdef, stored with sd
#   words 4-7: untouched, still the loaded pattern 0xa5a5a5a5
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN

  la s0, begin_signature
  li t0, 0x01234567
  li t1, 0x11111111
  add t0, t0, t1
  sw t0, 0(s0)
  lui t0, 0xdeadc
  addi t0, t0, -0x111
  sw t0, 4(s0)
  li t0, 0x0123456789abcdef
  sd t0, 8(s0)
  TEST_CASE(2, a0, 0x12345678, lwu a0, 0(s0))

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 16
  .globl begin_signature
begin_signature:
  .fill 8, 4, 0xa5a5a5a5
  .globl end_signature
end_signature:
RVTEST_DATA_END
