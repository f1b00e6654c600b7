# lui: rd = sext(imm20 << 12) (RV64I).
# The 32-bit result is sign-extended to 64 bits, so immediates with bit 19
# set give negative numbers; the low 12 bits are always zero.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # positive immediates
  TEST_CASE(2, SATP_RD, 0, li SATP_RD, -1; lui SATP_RD, 0)
  TEST_CASE(3, SATP_RD, 0x1000, lui SATP_RD, 1)
  TEST_CASE(4, SATP_RD, 0x12345000, lui SATP_RD, 0x12345)
  TEST_CASE(5, SATP_RD, 0x7ffff000, lui SATP_RD, 0x7ffff)

  # bit 19 set: negative after sign extension
  TEST_CASE(6, SATP_RD, 0xffffffff80000000, lui SATP_RD, 0x80000)
  TEST_CASE(7, SATP_RD, 0xfffffffffffff000, lui SATP_RD, 0xfffff)
  TEST_CASE(8, SATP_RD, 0xffffffffedcba000, lui SATP_RD, 0xedcba)
  TEST_CASE(9, SATP_RD, 0xffffffff80001000, lui SATP_RD, 0x80001)

  # arithmetic on the result shows the sign extension
  TEST_CASE(10, SATP_RD, 0xfffffffffffffc00, lui SATP_RD, 0xfffff; srai SATP_RD, SATP_RD, 2)
  TEST_CASE(11, SATP_RD, 0x3ffffffffffffc00, lui SATP_RD, 0xfffff; srli SATP_RD, SATP_RD, 2)
  TEST_CASE(12, SATP_RD, 0xffffffff80000800, lui SATP_RD, 0x80000; addi SATP_RD, SATP_RD, 0x7ff; addi SATP_RD, SATP_RD, 1)
  # lui + addi with a negative low part (the usual li expansion)
  TEST_CASE(13, SATP_RD, 0x12344fff, lui SATP_RD, 0x12345; addi SATP_RD, SATP_RD, -1)

  # rd = x0: discarded
  TEST_CASE(14, SATP_RD, 0, lui x0, 0x80000; add SATP_RD, x0, x0)
  # result consumed at once
  TEST_CASE(15, SATP_FW, 0xffffffff80000001, lui SATP_RD, 0x80000; addi SATP_FW, SATP_RD, 1)
  # every destination register (x1..x31 except gp, which holds the test number)
  TEST_CASE(16, SATP_RD, 0,
    li SATP_RD, 0;
    .irp r, x1, x2, x4, x5, x6, x7, x8, x9, x10, x11, x12, x14, x15, x16, x17, x18, x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29, x30, x31;
    lui \r, 0xabcde; li SATP_EXP, 0xffffffffabcde000; beq \r, SATP_EXP, 1f; li SATP_RD, 1; 1:;
    .endr)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
