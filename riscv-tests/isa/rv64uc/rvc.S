# rvc: every RV64C compressed instruction (C extension, "Compressed
# Instruction Formats" / RV64C listings), each written with its explicit c.*
# mnemonic so the assembler must emit the 16-bit form.  Covers immediate
# extremes and sign extension, the 3-bit register fields (x8-x15) against the
# full 5-bit ones, C.ADDI16SP / C.ADDI4SPN, the stack-pointer-relative loads
# and stores, link values of C.JALR (pc + 2), and 32-bit instructions at
# addresses that are only 2-byte aligned, including one that straddles a
# 4 KiB page boundary.
# RV64 has no C.JAL: its encoding is C.ADDIW, tested here.  C.EBREAK is not
# tested (it traps).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  la sp, rvc_stack_mid

  #------------------------------------------------------------------
  # constants and register-immediate
  TEST_CASE(2, SATP_RD, 31, li SATP_RD, 7; c.li SATP_RD, 31)
  TEST_CASE(3, SATP_RD, -32, c.li SATP_RD, -32)
  TEST_CASE(4, SATP_RD, 0, li SATP_RD, 7; c.li SATP_RD, 0)
  TEST_CASE(5, t6, -1, c.li t6, -1)                 # 5-bit rd field

  TEST_CASE(6, SATP_RD, 0x1000, c.lui SATP_RD, 1)
  TEST_CASE(7, SATP_RD, 0x1f000, c.lui SATP_RD, 0x1f)
  TEST_CASE(8, SATP_RD, 0xfffffffffffe0000, c.lui SATP_RD, 0xfffe0)   # nzimm[17] set: negative
  TEST_CASE(9, SATP_RD, 0xfffffffffffff000, c.lui SATP_RD, 0xfffff)
  TEST_CASE(10, ra, 0xfffffffffffe1000, c.lui ra, 0xfffe1)

  TEST_CASE(11, SATP_RD, 0x100000000 + 31, li SATP_RD, 0x100000000; c.addi SATP_RD, 31)
  TEST_CASE(12, SATP_RD, 0xffffffffffffffe0, li SATP_RD, 0; c.addi SATP_RD, -32)
  TEST_CASE(13, SATP_RD, 0x7fffffffffffffe0, li SATP_RD, 0x8000000000000000; c.addi SATP_RD, -32)   # wraps
  TEST_CASE(14, t3, 0x7fffffffffffffff, li t3, 0x7ffffffffffffff0; c.addi t3, 15)
  TEST_CASE(15, SATP_RD, 5, li SATP_RD, 5; c.nop; c.nop)

  # C.ADDIW: 32-bit add, result sign-extended (the RV32 C.JAL encoding)
  TEST_CASE(16, SATP_RD, 0xffffffff80000000, li SATP_RD, 0x7fffffff; c.addiw SATP_RD, 1)
  TEST_CASE(17, SATP_RD, 0x000000007fffffff, li SATP_RD, 0xffffffff80000000; c.addiw SATP_RD, -1)
  TEST_CASE(18, SATP_RD, 0xffffffff89abcdef, li SATP_RD, 0x0123456789abcdef; c.addiw SATP_RD, 0)   # sext.w
  TEST_CASE(19, SATP_RD, 0xffffffffffffffe0, li SATP_RD, 0x5555555500000000; c.addiw SATP_RD, -32)
  TEST_CASE(20, s11, 30, li s11, 0xffffffff0000001f; c.addiw s11, -1)

  # C.ADDI16SP: sp += nzimm (multiple of 16, -512..496)
  TEST_CASE(21, SATP_RD, 496,
    mv SATP_S1, sp; c.addi16sp sp, 496; sub SATP_RD, sp, SATP_S1; mv sp, SATP_S1)
  TEST_CASE(22, SATP_RD, -512,
    mv SATP_S1, sp; c.addi16sp sp, -512; sub SATP_RD, sp, SATP_S1; mv sp, SATP_S1)
  TEST_CASE(23, SATP_RD, 16 - 32 + 0x150,
    mv SATP_S1, sp; c.addi16sp sp, 16; c.addi16sp sp, -32; c.addi16sp sp, 0x150; sub SATP_RD, sp, SATP_S1; mv sp, SATP_S1)

  # C.ADDI4SPN: rd' = sp + nzuimm (multiple of 4, 4..1020)
  TEST_CASE(24, SATP_RD, 1020, c.addi4spn SATP_RD, sp, 1020; sub SATP_RD, SATP_RD, sp)
  TEST_CASE(25, SATP_RD, 4, c.addi4spn SATP_RD, sp, 4; sub SATP_RD, SATP_RD, sp)
  TEST_CASE(26, s0, 0x2a8, c.addi4spn s0, sp, 0x2a8; sub s0, s0, sp)
  TEST_CASE(27, a5, 0x154, c.addi4spn a5, sp, 0x154; sub a5, a5, sp)

  #------------------------------------------------------------------
  # shifts and C.ANDI (rd' only, except C.SLLI)
  TEST_CASE(28, SATP_RD, 0x7fffffffffffffff, li SATP_RD, -1; c.srli SATP_RD, 1)
  TEST_CASE(29, SATP_RD, 0x00000001ffffffff, li SATP_RD, -1; c.srli SATP_RD, 31)
  TEST_CASE(30, SATP_RD, 0x00000000ffffffff, li SATP_RD, -1; c.srli SATP_RD, 32)
  TEST_CASE(31, SATP_RD, 1, li SATP_RD, 0x8000000000000000; c.srli SATP_RD, 63)
  TEST_CASE(32, SATP_RD, -1, li SATP_RD, 0x8000000000000000; c.srai SATP_RD, 63)
  TEST_CASE(33, SATP_RD, 0xffffffff80000000, li SATP_RD, 0x8000000000000000; c.srai SATP_RD, 32)
  TEST_CASE(34, SATP_RD, 0xffffffffffffffff, li SATP_RD, 0x8000000000000000; c.srai SATP_RD, 63)
  TEST_CASE(35, SATP_RD, 0xc000000000000000, li SATP_RD, 0x8000000000000000; c.srai SATP_RD, 1)
  TEST_CASE(36, SATP_RD, 0x0091a2b3c4d5e6f7, li SATP_RD, 0x0123456789abcdef; c.srai SATP_RD, 1)
  TEST_CASE(37, SATP_RD, 0xfffffffffffffffd, li SATP_RD, -5; c.srai SATP_RD, 1)
  TEST_CASE(38, SATP_RD, 0x8000000000000000, li SATP_RD, 1; c.slli SATP_RD, 63)
  TEST_CASE(39, SATP_RD, 0xffffffff00000000, li SATP_RD, -1; c.slli SATP_RD, 32)
  TEST_CASE(40, SATP_RD, 0xffffffff80000000, li SATP_RD, -1; c.slli SATP_RD, 31)
  TEST_CASE(41, t5, 0x2468acf13579bde, li t5, 0x0123456789abcdef; c.slli t5, 1)
  TEST_CASE(42, SATP_RD, 0xffffffffffffffe0, li SATP_RD, -1; c.andi SATP_RD, -32)
  TEST_CASE(43, SATP_RD, 0xffffffffffffff70, li SATP_RD, 0xffffffffffffff75; c.andi SATP_RD, -16)
  TEST_CASE(44, SATP_RD, 31, li SATP_RD, -1; c.andi SATP_RD, 31)
  TEST_CASE(45, SATP_RD, 0, li SATP_RD, -1; c.andi SATP_RD, 0)
  TEST_CASE(46, SATP_RD, 0x8000000000000001, li SATP_RD, 0x8000000000000003; c.andi SATP_RD, -3)

  #------------------------------------------------------------------
  # register-register
  TEST_CASE(47, SATP_RD, 0x123, li SATP_S1, 0x123; li SATP_RD, -1; c.mv SATP_RD, SATP_S1)
  TEST_CASE(48, t6, 0x8000000000000000, li ra, 0x8000000000000000; c.mv t6, ra)
  TEST_CASE(49, SATP_RD, 0, li SATP_S1, 0x7fffffffffffffff; li SATP_RD, 1; c.add SATP_RD, SATP_S1;
    li SATP_EXP, 0x8000000000000000; bne SATP_RD, SATP_EXP, fail; c.add SATP_RD, SATP_RD; li SATP_EXP, 0; bne SATP_RD, SATP_EXP, fail)
  TEST_CASE(50, s2, 0x1111111111111110, li s2, 0x0123456789abcdef; li s3, 0x0fedcba987654321; c.add s2, s3)
  TEST_CASE(51, SATP_RD, 0xffffffffffffffff, li SATP_RD, 0; li SATP_S1, 1; c.sub SATP_RD, SATP_S1)
  TEST_CASE(52, SATP_RD, 0x8000000000000000, li SATP_RD, 0x7fffffffffffffff; li SATP_S1, -1; c.sub SATP_RD, SATP_S1)
  TEST_CASE(53, SATP_RD, 0xff00ff00ff00ff00 ^ 0x0ff00ff00ff00ff0,
    li SATP_RD, 0xff00ff00ff00ff00; li SATP_S1, 0x0ff00ff00ff00ff0; c.xor SATP_RD, SATP_S1)
  TEST_CASE(54, SATP_RD, 0xff00ff00ff00ff00 | 0x0ff00ff00ff00ff0,
    li SATP_RD, 0xff00ff00ff00ff00; li SATP_S1, 0x0ff00ff00ff00ff0; c.or SATP_RD, SATP_S1)
  TEST_CASE(55, SATP_RD, 0xff00ff00ff00ff00 & 0x0ff00ff00ff00ff0,
    li SATP_RD, 0xff00ff00ff00ff00; li SATP_S1, 0x0ff00ff00ff00ff0; c.and SATP_RD, SATP_S1)
  TEST_CASE(56, SATP_RD, 0xffffffff80000000, li SATP_RD, 0x000000007fffffff; li SATP_S1, 0x1234567800000001; c.addw SATP_RD, SATP_S1)
  TEST_CASE(57, SATP_RD, 0x000000007fffffff, li SATP_RD, 0x0000000080000000; li SATP_S1, 0xffffffff00000001; c.subw SATP_RD, SATP_S1)
  TEST_CASE(58, SATP_RD, 0xffffffffffffffff, li SATP_RD, 0; li SATP_S1, 1; c.subw SATP_RD, SATP_S1)
  TEST_CASE(59, SATP_RD, 0, li SATP_RD, 0x5555555500000007; c.subw SATP_RD, SATP_RD)
  TEST_CASE(60, s0, 0x0000000000000002, li s0, 0xffffffff00000001; li s1, 0x00000001; c.addw s0, s1)

  #------------------------------------------------------------------
  # loads and stores, register-based (rd', rs1' in x8-x15)
  TEST_CASE(61, SATP_RD, 0xffffffff80000001, la SATP_S1, rvc_data; c.lw SATP_RD, 0(SATP_S1))
  TEST_CASE(62, SATP_RD, 0x000000007ffffffe, la SATP_S1, rvc_data; c.lw SATP_RD, 4(SATP_S1))
  TEST_CASE(63, SATP_RD, 0xffffffffdeadbeef, la SATP_S1, rvc_data; c.lw SATP_RD, 124(SATP_S1))
  TEST_CASE(64, SATP_S1, 0xffffffffdeadbeef, la SATP_S1, rvc_data; c.lw SATP_S1, 124(SATP_S1))  # rd' == rs1'
  TEST_CASE(65, SATP_RD, 0x7ffffffe80000001, la SATP_S1, rvc_data; c.ld SATP_RD, 0(SATP_S1))
  TEST_CASE(66, SATP_RD, 0x0123456789abcdef, la SATP_S1, rvc_data; c.ld SATP_RD, 248(SATP_S1))
  TEST_CASE(67, SATP_RD, 0xfffffffff0e1d2c3,
    la SATP_S1, rvc_sbuf; li SATP_S2, -1; sd SATP_S2, 120(SATP_S1);
    li SATP_S2, 0x12345678f0e1d2c3; c.sw SATP_S2, 124(SATP_S1); lw SATP_RD, 124(SATP_S1);
    SATP_EXPECT(SATP_RD, 0xfffffffff0e1d2c3); ld SATP_RD, 120(SATP_S1);
    li SATP_EXP, 0xf0e1d2c3ffffffff; bne SATP_RD, SATP_EXP, fail; lw SATP_RD, 124(SATP_S1))
  TEST_CASE(68, SATP_RD, 0xfedcba9876543210,
    la SATP_S1, rvc_sbuf; li SATP_S2, 0xfedcba9876543210; c.sd SATP_S2, 248(SATP_S1); ld SATP_RD, 248(SATP_S1))
  TEST_CASE(69, SATP_RD, 0x0000000011223344,
    la s0, rvc_sbuf; li a5, 0x11223344; c.sw a5, 0(s0); c.lw SATP_RD, 0(s0))

  # stack-pointer-relative (any rd / rs2)
  TEST_CASE(70, SATP_RD, 0x0123456789abcdef,
    li SATP_S2, 0x0123456789abcdef; c.sdsp SATP_S2, 504(sp); c.ldsp SATP_RD, 504(sp))
  TEST_CASE(71, t6, 0xffffffff87654321,
    li SATP_S2, 0x1234567887654321; c.swsp SATP_S2, 252(sp); c.lwsp t6, 252(sp))
  TEST_CASE(72, ra, 0x000000007edcba98,
    li t4, 0x7edcba98; c.swsp t4, 0(sp); c.lwsp ra, 0(sp))
  TEST_CASE(73, s7, 0x5555aaaa5555aaaa,
    li t3, 0x5555aaaa5555aaaa; c.sdsp t3, 8(sp); c.ldsp s7, 8(sp))
  # the sp-relative accesses hit sp + offset (checked with ordinary loads)
  TEST_CASE(74, SATP_RD, 0x0123456789abcdef, li SATP_S1, 504; add SATP_S1, SATP_S1, sp; ld SATP_RD, 0(SATP_S1))
  TEST_CASE(75, SATP_RD, 0x0000000087654321, lwu SATP_RD, 252(sp))
  # C.LWSP / C.LDSP into the stack pointer itself
  TEST_CASE(76, SATP_RD, 0,
    mv SATP_S1, sp; sd sp, 16(sp); li sp, 0; c.mv sp, SATP_S1; c.ldsp sp, 16(sp); sub SATP_RD, sp, SATP_S1)

  #------------------------------------------------------------------
  # control transfer
  TEST_CASE(77, SATP_RD, 1, li SATP_RD, 0; c.j 1f; j fail; 1: li SATP_RD, 1)
  TEST_CASE(78, SATP_RD, 3,      /* c.j backward, loop of 3 */
    li SATP_RD, 0; li SATP_S1, 3; 1: addi SATP_RD, SATP_RD, 1; beq SATP_RD, SATP_S1, 2f; c.j 1b; 2:)
  TEST_CASE(79, SATP_RD, 1, li SATP_RD, 0; li SATP_S1, 0; c.beqz SATP_S1, 1f; j fail; 1: li SATP_RD, 1)
  TEST_CASE(80, SATP_RD, 1, li SATP_RD, 0; li SATP_S1, 1; c.beqz SATP_S1, 1f; li SATP_RD, 1; 1:)
  TEST_CASE(81, SATP_RD, 1, li SATP_RD, 0; li SATP_S1, 0x8000000000000000; c.bnez SATP_S1, 1f; j fail; 1: li SATP_RD, 1)
  TEST_CASE(82, SATP_RD, 1, li SATP_RD, 0; li SATP_S1, 0; c.bnez SATP_S1, 1f; li SATP_RD, 1; 1:)
  TEST_CASE(83, SATP_RD, 1, li SATP_RD, 0; li SATP_S1, 0x100000000; c.beqz SATP_S1, 1f; li SATP_RD, 1; 1:)  # all 64 bits compared
  TEST_CASE(84, SATP_RD, 4,      /* c.bnez backward: count down */
    li SATP_RD, 0; li SATP_S1, 4; 1: addi SATP_RD, SATP_RD, 1; addi SATP_S1, SATP_S1, -1; c.bnez SATP_S1, 1b)
  TEST_CASE(85, SATP_RD, 2,      /* c.beqz backward */
    li SATP_RD, 0; li SATP_S1, 1; j 2f; 1: addi SATP_RD, SATP_RD, 2; j 3f; 2: li SATP_S1, 0; c.beqz SATP_S1, 1b; j fail; 3:)
  # c.beqz / c.bnez offset extremes (+254 and -256).  The assembler widens a
  # c.beqz this far from its label to a 32-bit beq, so test 86 spells the
  # instruction out: 0xcdfd = c.beqz a1 (x11), +254 (CB format: imm[8|4:3]
  # in bits 12:10 = 011, rs1' = 011, imm[7:6|2:1|5] in bits 6:2 = 11111).
  TEST_CASE(86, SATP_RD, 1,
    li SATP_RD, 0; li SATP_S1, 0; .half 0xcdfd; .fill 126, 2, 0x0001; 1: li SATP_RD, 1)
  .option push
  .option norelax
  TEST_CASE(87, SATP_RD, 2,
    li SATP_RD, 0; li SATP_S1, 5; j 2f; 1: c.li SATP_RD, 2; c.j 3f; .fill 126, 2, 0x0001; 2: c.bnez SATP_S1, 1b; j fail; 3:)
  .option pop

  # C.JR: no link
  TEST_CASE(88, ra, 0x77, li ra, 0x77; la SATP_S1, 1f; c.jr SATP_S1; j fail; 1:)
  # C.JALR: link = address of the next instruction = pc + 2
  TEST_CASE(89, SATP_RD, 0,
    la SATP_S1, 1f; c.jalr SATP_S1; rvc_ret_89: j fail; 1:
    la SATP_S2, rvc_abs_89; ld SATP_S2, 0(SATP_S2); sub SATP_RD, ra, SATP_S2)
  TEST_CASE(90, SATP_RD, 2,
    la SATP_S1, 1f; auipc SATP_S2, 0; c.jalr SATP_S1; j fail; 1: sub SATP_RD, ra, SATP_S2; addi SATP_RD, SATP_RD, -4)
  # C.JALR ra: target is the old ra, then ra = pc + 2
  TEST_CASE(91, SATP_RD, 0,
    la ra, 1f; c.jalr ra; rvc_ret_91: j fail; 1:
    la SATP_S2, rvc_abs_91; ld SATP_S2, 0(SATP_S2); sub SATP_RD, ra, SATP_S2)
  # call and return with compressed instructions
  TEST_CASE(92, SATP_RD, 9,
    li SATP_RD, 0; la t0, rvc_func; c.jalr t0; c.addi SATP_RD, 2; c.j 2f;
    rvc_func: c.addi SATP_RD, 7; c.jr ra; 2:)

  #------------------------------------------------------------------
  # mixing 16- and 32-bit code
  # a 32-bit instruction at an address that is 2 mod 4
  TEST_CASE(93, SATP_RD, 0x12345,
    .balign 4; c.nop; rvc_odd_93: li SATP_RD, 0x12345;
    la SATP_S1, rvc_odd_93; andi SATP_S1, SATP_S1, 3; li SATP_EXP, 2; bne SATP_S1, SATP_EXP, fail)
  # jal from a 2 mod 4 address: link = pc + 4
  TEST_CASE(94, SATP_RD, 0,
    .balign 4; c.nop; jal SATP_RD, 1f; rvc_ret_94: j fail; 1:
    la SATP_S2, rvc_abs_94; ld SATP_S2, 0(SATP_S2); sub SATP_RD, SATP_RD, SATP_S2)
  # jalr and a 32-bit branch to targets that are 2 mod 4 (legal with C)
  TEST_CASE(95, SATP_RD, 1,
    li SATP_RD, 0; la SATP_S1, 1f; jalr x0, 0(SATP_S1); .balign 4; c.nop; 1: li SATP_RD, 1)
  TEST_CASE(96, SATP_RD, 1,
    li SATP_RD, 0; beq x0, x0, 1f; .balign 4; j fail; c.nop; 1: li SATP_RD, 1)
  # a compressed instruction in the upper half of a word, after a 32-bit one
  TEST_CASE(97, SATP_RD, 0x8,
    .balign 4; addi SATP_RD, x0, 1; c.slli SATP_RD, 3)
  # a 32-bit instruction straddling a 4 KiB page boundary
  TEST_CASE(98, SATP_RD, 0x7ff,
    li SATP_RD, 0; j 1f; .balign 4096; .fill 2047, 2, 0x0001; 1: rvc_straddle: addi SATP_RD, x0, 0x7ff;
    la SATP_S1, rvc_straddle; li SATP_S2, 4095; and SATP_S1, SATP_S1, SATP_S2; li SATP_EXP, 4094; bne SATP_S1, SATP_EXP, fail)

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 8
rvc_abs_89: .dword rvc_ret_89
rvc_abs_91: .dword rvc_ret_91
rvc_abs_94: .dword rvc_ret_94

  .balign 64
rvc_data:
  .word 0x80000001, 0x7ffffffe
  .fill 120 / 4 - 2 + 1, 4, 0
  .word 0xdeadbeef          # at 124
  .fill (248 - 128) / 4, 4, 0
  .dword 0x0123456789abcdef # at 248

  .balign 64
rvc_sbuf:
  .fill 256, 1, 0

  .balign 16
rvc_stack:
  .fill 512, 1, 0
rvc_stack_mid:
  .fill 512, 1, 0
RVTEST_DATA_END
