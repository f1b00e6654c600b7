# illegal: reserved and unimplemented encodings raise an illegal-instruction
# exception (mcause 2) with mepc = the instruction and mtval = its bits
# (privileged spec, "Machine Trap Value Register": for an illegal
# instruction mtval holds the shortest of the instruction, its first ILEN
# bits or its first MXLEN bits; satp always writes them).
#
# The instructions are emitted as raw .word / .half so the assembler cannot
# refuse or rewrite them.  16-bit ones assume misa.C = 1 (satp is RV64IMAC).
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"

#define ILLEGAL32(n, bits)                                              \
  TEST_TRAP(n, CAUSE_ILLEGAL, .word bits);                              \
  CHECK_TVAL(bits);                                                     \
  CHECK_TVAL_INSN32(n)

#define ILLEGAL16(n, bits)                                              \
  TEST_TRAP(n, CAUSE_ILLEGAL, .half bits; .half 0x0001 /* c.nop */);    \
  CHECK_TVAL(bits);                                                     \
  CHECK_TVAL_INSN16(n)

RVTEST_RV64M
RVTEST_CODE_BEGIN

  # all-zero word: the 16-bit all-zero parcel is defined illegal (C), tval 0
  ILLEGAL32(2, 0x00000000)
  # unimp as GAS emits it without C: csrrw x0, cycle, x0 (write to a
  # read-only CSR)
  ILLEGAL32(3, 0xc0001073)
  # custom-0 major opcode: satp has no custom instructions
  ILLEGAL32(4, 0x0000000b)
  # LOAD with funct3 = 7 (reserved in RV64)
  ILLEGAL32(5, 0x00007003)
  # STORE with funct3 = 4 (sq, RV128 only)
  ILLEGAL32(6, 0x00004023)
  # slliw with shamt[5] = 1 (reserved)
  ILLEGAL32(7, 0x0200101b)
  # OP with funct7 = 0000010 (unused)
  ILLEGAL32(8, 0x04000033)
  # ecall with rd = x1 (SYSTEM PRIV encodings require rd = rs1 = 0)
  ILLEGAL32(9, 0x000000f3)
  # fadd.s f0, f0, f0: satp has no F (and with F, mstatus.FS = Off traps too)
  ILLEGAL32(10, 0x00007053)
  # AMO with an unused funct5 (11110)
  ILLEGAL32(11, 0xf000202f)
  # lr.w with rs2 != 0 (reserved)
  ILLEGAL32(12, 0x1010202f)
  # AMO on a byte (funct3 = 0): needs Zabha, which satp does not have
  ILLEGAL32(13, 0x0000002f)
  # sfence.vma with rd != 0 (reserved)
  ILLEGAL32(14, 0x120000f3)

  # 16-bit reserved encodings (C extension, "RVC Instruction Set Listings")
  ILLEGAL16(20, 0x0004)   # c.addi4spn with nzuimm = 0
  ILLEGAL16(21, 0x6081)   # c.lui x1, 0 (nzimm = 0)
  ILLEGAL16(22, 0x6101)   # c.addi16sp 0 (nzimm = 0)
  ILLEGAL16(23, 0x4002)   # c.lwsp x0
  ILLEGAL16(24, 0x6002)   # c.ldsp x0
  ILLEGAL16(25, 0x8002)   # c.jr x0
  ILLEGAL16(26, 0x2001)   # c.addiw x0

  # a 16-bit illegal instruction at an address that is not 4-byte aligned
  .half 0x0001            # c.nop
  ILLEGAL16(27, 0x8002)
  .half 0x0001            # back to 4-byte alignment

  # the same from S-mode and U-mode: same cause, tval; mepc, MPP tell where
  MTEST_GOTO_MODE(MODE_S)
  ILLEGAL32(30, 0x00007003)
  CHECK_MPP(MODE_S)
  ILLEGAL16(31, 0x6081)
  CHECK_MPP(MODE_S)
  MTEST_BACK_TO_M
  MTEST_GOTO_MODE(MODE_U)
  ILLEGAL32(32, 0x0000000b)
  CHECK_MPP(MODE_U)
  ILLEGAL16(33, 0x0004)
  CHECK_MPP(MODE_U)
  MTEST_BACK_TO_M

  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
