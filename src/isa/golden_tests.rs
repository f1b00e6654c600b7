//! Golden tests for the decoder, the RVC expansion and the disassembler.
//!
//! The tables at the end were produced from GNU binutils 2.40: an assembly file covering
//! every RV64IMA/Zicsr/Zifencei/privileged instruction (with boundary immediates and
//! registers) and every RV64C form (including HINT code points, emitted with `.insn`)
//! was assembled with `riscv64-unknown-elf-as -march=rv64imac_zicsr_zifencei`, linked
//! at 0x80000000 and disassembled with `riscv64-unknown-elf-objdump -d -M no-aliases`.
//! The expected `Inst` of each row was derived from the objdump text alone (not from
//! the instruction bits). For RVC rows the text and `Inst` are those of the
//! hand-written 32-bit expansion (assembled separately with `.option norvc`; gas was
//! also checked to compress that expansion back to the same halfword where it does
//! compress). Rows where our text deliberately differs from objdump carry a comment.
//! The words are literals, so the tests need no cross toolchain.

use super::*;
use crate::isa::disasm::disasm_at;

#[test]
fn golden_32bit_decode_and_disasm() {
    for &(pc, raw, expected, text) in GOLDEN_32 {
        let inst = decode(raw).unwrap_or_else(|e| panic!("{raw:#010x} ({text}): {e}"));
        assert_eq!(inst, expected, "{raw:#010x} ({text})");
        assert_eq!(disasm_at(&inst, pc), text, "{raw:#010x}");
        // Without a pc only jump/branch targets differ (relative decimal offsets).
        if !matches!(inst, Inst::Jal { .. } | Inst::Branch { .. }) {
            assert_eq!(inst.to_string(), text, "{raw:#010x}");
        }
    }
}

#[test]
fn golden_rvc_expansion_and_disasm() {
    for &(pc, raw, expected, text) in GOLDEN_16 {
        let inst = decode_compressed(raw).unwrap_or_else(|e| panic!("{raw:#06x} ({text}): {e}"));
        assert_eq!(inst, expected, "{raw:#06x} ({text})");
        assert_eq!(disasm_at(&inst, pc), text, "{raw:#06x}");
    }
}

#[test]
fn display_prints_relative_targets() {
    let cases: &[(u32, &str)] = &[
        (0x010000ef, "jal ra,16"),
        (0xff9ff06f, "jal zero,-8"),
        (0xfeb50ce3, "beq a0,a1,-8"),
        (0x7eb51fe3, "bne a0,a1,4094"),
        (0x800f7063, "bgeu t5,zero,-4096"),
    ];
    for &(raw, text) in cases {
        assert_eq!(decode(raw).map(|i| i.to_string()), Ok(text.to_string()));
    }
    // C.J -2 and C.BNEZ a0,+8 expand to relative targets as well.
    assert_eq!(decode_compressed(0xbffd).map(|i| i.to_string()), Ok("jal zero,-2".to_string()));
    assert_eq!(decode_compressed(0xe501).map(|i| i.to_string()), Ok("bne a0,zero,8".to_string()));
    // Absolute targets wrap around the address space like the pc does.
    let back = decode(0xff9ff06f).unwrap();
    assert_eq!(disasm_at(&back, 4), "jal zero,fffffffffffffffc");
}

#[test]
fn decode_error_message_and_payload() {
    assert_eq!(DecodeError::Illegal(0x1234).to_string(), "illegal instruction 0x00001234");
    assert_eq!(decode_compressed(0x8002), Err(DecodeError::Illegal(0x8002)));
}

/// 32-bit encodings that must be illegal, with the reason.
const ILLEGAL_32: &[(u32, &str)] = &[
    (0x0000_0000, "all zero"),
    (0xffff_ffff, "all ones"),
    (0x0000_0001, "low bits 01 (compressed)"),
    (0x0000_4502, "low bits 10 (compressed)"),
    (0x0000_001f, "48-bit encoding"),
    (0x0000_005f, "48-bit encoding"),
    (0x0000_003f, "64-bit encoding"),
    (0x0000_007f, ">=80-bit encoding"),
    (0x0000_7003, "LOAD funct3=111"),
    (0x0000_4023, "STORE funct3=100"),
    (0x0000_5023, "STORE funct3=101"),
    (0x0000_6023, "STORE funct3=110"),
    (0x0000_7023, "STORE funct3=111"),
    (0x0000_2063, "BRANCH funct3=010"),
    (0x0000_3063, "BRANCH funct3=011"),
    (0x0000_1067, "JALR funct3=001"),
    (0x0000_7067, "JALR funct3=111"),
    (0x0435_1513, "SLLI funct6=000001"),
    (0x4035_1513, "SLLI funct6=010000"),
    (0x0435_5513, "SRLI funct6=000001"),
    (0x4435_5513, "SRAI funct6=010001"),
    (0xc035_5513, "SRLI funct6=110000"),
    (0x6835_5513, "OP-IMM funct3=101 imm=0x683 (neither rev8 nor brev8)"),
    (0x6b95_d513, "OP-IMM funct3=101 imm=0x6b9 (rev8 is 0x6b8)"),
    (0x6035_9513, "OP-IMM funct3=001 imm=0x603 (no Zbb unary op 3)"),
    (0x6065_9513, "OP-IMM funct3=001 imm=0x606"),
    (0x2865_d513, "OP-IMM funct3=101 imm=0x286 (orc.b is 0x287)"),
    (0x0805_d513, "OP-IMM funct3=101 funct6=000010 (slli.uw is OP-IMM-32 funct3=001)"),
    (0x6035_951b, "OP-IMM-32 funct3=001 imm=0x603"),
    (0x6205_d51b, "RORIW with shamt[5] = 1"),
    (0x4805_d51b, "OP-IMM-32 funct3=101 funct7=0100100 (no bextiw)"),
    (0x08c5_953b, "OP-32 funct7=0000100 funct3=001"),
    (0x0ac5_953b, "OP-32 funct7=0000101 (no minw/clmulw)"),
    (0x0ec5_c533, "OP funct7=0000111 funct3=100 (Zicond uses 101/111)"),
    (0x28c5_b533, "OP funct7=0010100 funct3=011"),
    (0x20c5_8533, "OP funct7=0010000 funct3=000"),
    (0x0835_200f, "CBO imm=0x083 (reserved)"),
    (0x0035_200f, "CBO imm=3 (reserved)"),
    (0x0045_208f, "CBO.ZERO with rd != 0"),
    (0x8000_4073, "SYSTEM funct3=100 bit31 set, not a MOP pattern"),
    (0x91c0_4073, "MOP.R pattern with bit 28 set"),
    (0x0205_951b, "SLLIW imm[5]=1"),
    (0x0205_d51b, "SRLIW imm[5]=1"),
    (0x4205_d51b, "SRAIW imm[5]=1"),
    (0x4005_951b, "SLLIW funct7=0100000"),
    (0x0800_d51b, "SRLIW funct7=0000100"),
    (0x0000_251b, "OP-IMM-32 funct3=010"),
    (0x0000_351b, "OP-IMM-32 funct3=011"),
    (0x0000_451b, "OP-IMM-32 funct3=100"),
    (0x0000_651b, "OP-IMM-32 funct3=110"),
    (0x0000_751b, "OP-IMM-32 funct3=111"),
    (0x04c5_8533, "OP funct7=0000010"),
    (0x40c5_9533, "OP funct7=0100000 funct3=001"),
    (0x40c5_a533, "OP funct7=0100000 funct3=010"),
    (0x80c5_8533, "OP funct7=1000000"),
    (0x0ac5_8533, "OP funct7=0000101 funct3=000"),
    (0x00c5_a53b, "OP-32 funct3=010"),
    (0x00c5_c53b, "OP-32 funct3=100"),
    (0x40c5_953b, "OP-32 funct7=0100000 funct3=001"),
    (0x02c5_953b, "MULHW does not exist"),
    (0x02c5_a53b, "MULHSUW does not exist"),
    (0x02c5_b53b, "MULHUW does not exist"),
    (0x04c5_853b, "OP-32 funct7=0000010"),
    (0x00c5_852f, "AMO funct3=000"),
    (0x00c5_952f, "AMO funct3=001"),
    (0x00c5_c52f, "AMO funct3=100"),
    (0x00c5_f52f, "AMO funct3=111"),
    (0x1015_a52f, "LR.W with rs2 != 0"),
    (0x17f5_b52f, "LR.D.AQRL with rs2 != 0"),
    (0x28c5_a52f, "AMOCAS.W (funct5=00101)"),
    (0x30c5_a52f, "funct5=00110"),
    (0xf0c5_a52f, "funct5=11110"),
    (0x0000_00f3, "ECALL with rd != 0"),
    (0x0000_8073, "ECALL with rs1 != 0"),
    (0x0010_00f3, "EBREAK with rd != 0"),
    (0x0020_0073, "URET"),
    (0x3020_8073, "MRET with rs1 != 0"),
    (0x3030_0073, "MRET with rs2 != 0"),
    (0x1020_00f3, "SRET with rd != 0"),
    (0x1050_8073, "WFI with rs1 != 0"),
    (0x12b5_00f3, "SFENCE.VMA with rd != 0"),
    (0x1200_0873, "SFENCE.VMA with rd = 16"),
    (0x1600_0073, "SINVAL.VMA (Svinval)"),
    (0x2200_0073, "HFENCE.VVMA"),
    (0x6200_0073, "HFENCE.GVMA"),
    (0x7020_0073, "MNRET (Smrnmi)"),
    (0x7b20_0073, "DRET"),
    (0x0000_4073, "SYSTEM funct3=100"),
    (0x6000_4073, "HLV.B"),
    (0x0000_300f, "MISC-MEM funct3=011"),
    (0x0000_700f, "MISC-MEM funct3=111"),
    (0x0005_4007, "LOAD-FP funct3=100 (Q FLQ)"),
    (0x0005_7007, "LOAD-FP funct3=111"),
    (0x0005_4027, "STORE-FP funct3=100 (Q FSQ)"),
    (0x0600_0053, "OP-FP fmt=11 (Q FADD.Q)"),
    (0x0000_5053, "FADD.S rm=101 (reserved)"),
    (0x0000_6053, "FADD.S rm=110 (reserved)"),
    (0x0200_5043, "FMADD.D rm=101 (reserved)"),
    (0x0400_5043, "FMADD.H rm=101 (reserved)"),
    (0x0600_604f, "FNMADD fmt=11 rm=110"),
    (0x5810_0053, "FSQRT.S rs2 != 0"),
    (0x2000_3053, "FSGNJ funct3=011"),
    (0x2800_2053, "FMIN/FMAX funct3=010"),
    (0x4000_0053, "FCVT.S.S (rs2=0 with fmt S)"),
    (0x4210_0053, "FCVT.D.D (rs2=1 with fmt D)"),
    (0x4420_0053, "FCVT.H.H (rs2=2 with fmt H)"),
    (0x4030_0053, "FCVT.S.Q (rs2=3, Q not implemented)"),
    (0x4430_0053, "FCVT.H.Q (rs2=3, Q not implemented)"),
    (0x4640_0053, "FCVT.Q.? (fmt=11)"),
    (0xe400_2053, "FMV.X.H funct3=010"),
    (0xf410_0053, "FMV.H.X rs2 != 0"),
    (0x5c10_0053, "FSQRT.H rs2 != 0"),
    (0xa000_3053, "FCMP funct3=011"),
    (0xc040_0053, "FCVT.W.S rs2=4"),
    (0xd050_0053, "FCVT.S.W rs2=5"),
    (0xe000_2053, "FMV.X.W funct3=010"),
    (0xe010_0053, "FMV.X.W rs2 != 0"),
    (0xe010_1053, "FCLASS rs2 != 0"),
    (0xf000_1053, "FMV.W.X funct3=001"),
    (0xf010_0053, "FMV.W.X rs2 != 0"),
    (0x3000_0053, "OP-FP funct5=00110"),
    (0x2c00_2053, "FMIN.H/FMAX.H funct3=010"),
    (0x6000_0053, "OP-FP funct5=01100"),
    (0x0000_000b, "custom-0"),
    (0x0000_002b, "custom-1"),
    (0x0000_005b, "custom-2"),
    (0x0000_007b, "custom-3"),
    (0x0000_0057, "OP-V"),
    (0x0000_0077, "reserved opcode 1110111"),
    (0x0000_006b, "reserved opcode 1101011"),
];

#[test]
fn illegal_32bit_encodings() {
    for &(raw, why) in ILLEGAL_32 {
        assert_eq!(decode(raw), Err(DecodeError::Illegal(raw)), "{raw:#010x}: {why}");
    }
}

/// 16-bit encodings that must be illegal (RV64C reserved code points, Zcb forms satp
/// does not implement), with the reason.
const ILLEGAL_16: &[(u16, &str)] = &[
    (0x0000, "all-zero halfword"),
    (0x0004, "C.ADDI4SPN nzuimm=0 (rd'=s1)"),
    (0x001c, "C.ADDI4SPN nzuimm=0 (rd'=a5)"),
    (0x8000, "quadrant 0 funct3=100 (reserved; Zcb C.LBU)"),
    (0x8408, "quadrant 0 funct3=100"),
    (0x9c00, "quadrant 0 funct3=100 (Zcb C.SB)"),
    (0x2001, "C.ADDIW rd=0"),
    (0x3005, "C.ADDIW rd=0, imm=-31"),
    (0x6101, "C.ADDI16SP nzimm=0"),
    (0x6001, "C.LUI rd=0 nzimm=0"),
    (0x6081, "C.LUI rd=ra nzimm=0 (Zcmop's C.MOP.1: not implemented)"),
    (0x6501, "C.LUI rd=a0 nzimm=0"),
    (0x6f81, "C.LUI rd=t6 nzimm=0"),
    (0x9c41, "funct6=100111 funct2=10 (Zcb C.MUL)"),
    (0x9c61, "funct6=100111 funct2=11 (Zcb C.ZEXT.B)"),
    (0x9d41, "funct6=100111 funct2=10"),
    (0x9ffd, "funct6=100111 funct2=11 (Zcb C.NOT)"),
    (0x4002, "C.LWSP rd=0"),
    (0x507e, "C.LWSP rd=0"),
    (0x6002, "C.LDSP rd=0"),
    (0x707e, "C.LDSP rd=0"),
    (0x8002, "C.JR rs1=0"),
    (0x0003, "not a compressed instruction (low bits 11)"),
    (0xffff, "not a compressed instruction (low bits 11)"),
];

#[test]
fn illegal_16bit_encodings() {
    for &(raw, why) in ILLEGAL_16 {
        assert_eq!(
            decode_compressed(raw),
            Err(DecodeError::Illegal(raw as u32)),
            "{raw:#06x}: {why}"
        );
    }
}

/// Registers of a decoded instruction, to check they are all architectural.
fn regs(inst: &Inst) -> [Reg; 3] {
    match *inst {
        Inst::Lui { rd, .. } | Inst::Auipc { rd, .. } | Inst::Jal { rd, .. } => [rd, 0, 0],
        Inst::Jalr { rd, rs1, .. }
        | Inst::Load { rd, rs1, .. }
        | Inst::OpImm { rd, rs1, .. }
        | Inst::OpImm32 { rd, rs1, .. }
        | Inst::Lr { rd, rs1, .. } => [rd, rs1, 0],
        Inst::Branch { rs1, rs2, .. }
        | Inst::Store { rs1, rs2, .. }
        | Inst::SfenceVma { rs1, rs2 } => [0, rs1, rs2],
        Inst::Op { rd, rs1, rs2, .. }
        | Inst::Op32 { rd, rs1, rs2, .. }
        | Inst::MulDiv { rd, rs1, rs2, .. }
        | Inst::MulDiv32 { rd, rs1, rs2, .. }
        | Inst::Sc { rd, rs1, rs2, .. }
        | Inst::Amo { rd, rs1, rs2, .. } => [rd, rs1, rs2],
        Inst::Csr { rd, src, .. } => match src {
            CsrSrc::Reg(rs1) => [rd, rs1, 0],
            CsrSrc::Imm(imm) => [rd, imm, 0],
        },
        Inst::FLoad { rd, rs1, .. } => [rd, rs1, 0],
        Inst::FStore { rs1, rs2, .. } => [0, rs1, rs2],
        Inst::FOp { rd, rs1, rs2, .. } | Inst::FCmp { rd, rs1, rs2, .. } => [rd, rs1, rs2],
        Inst::FFma { rd, rs1, rs2, rs3, .. } => [rd, rs1, rs2.max(rs3)],
        Inst::FClass { rd, rs1, .. }
        | Inst::FCvtToInt { rd, rs1, .. }
        | Inst::FCvtFromInt { rd, rs1, .. }
        | Inst::FCvtFp { rd, rs1, .. }
        | Inst::FMvToInt { rd, rs1, .. }
        | Inst::FMvFromInt { rd, rs1, .. } => [rd, rs1, 0],
        Inst::Fence { .. }
        | Inst::FenceI
        | Inst::Ecall
        | Inst::Ebreak
        | Inst::Mret
        | Inst::Sret
        | Inst::Wfi => [0, 0, 0],
        Inst::Bit { rd, rs1, rs2, .. } | Inst::MopRr { rd, rs1, rs2, .. } => [rd, rs1, rs2],
        Inst::BitImm { rd, rs1, .. }
        | Inst::BitUnary { rd, rs1, .. }
        | Inst::MopR { rd, rs1, .. } => [rd, rs1, 0],
        Inst::Cbo { rs1, .. } => [0, rs1, 0],
    }
}

#[test]
fn every_halfword_decodes_or_is_illegal() {
    let mut legal = 0u32;
    for raw in 0..=u16::MAX {
        match decode_compressed(raw) {
            Ok(inst) => {
                legal += 1;
                assert_ne!(raw & 3, 3, "{raw:#06x}: not a compressed encoding");
                assert!(regs(&inst).iter().all(|&r| r < 32), "{raw:#06x}: {inst:?}");
                // Expansions never produce control transfers to odd offsets or
                // misaligned-looking immediates for the scaled loads/stores.
                match inst {
                    Inst::Jal { imm, .. } | Inst::Branch { imm, .. } => assert_eq!(imm & 1, 0),
                    Inst::Load { op, imm, .. } => assert_eq!(imm as u64 % op.size(), 0),
                    Inst::Store { op, imm, .. } => assert_eq!(imm as u64 % op.size(), 0),
                    Inst::FLoad { fmt, imm, .. } | Inst::FStore { fmt, imm, .. } => {
                        assert_eq!(imm as u64 % fmt.size(), 0)
                    }
                    _ => {}
                }
                assert!(!inst.to_string().is_empty());
            }
            Err(e) => assert_eq!(e, DecodeError::Illegal(raw as u32)),
        }
    }
    // Of the 49152 halfwords with low bits != 11, these are illegal (counted from the
    // RVC opcode map, RV64 column):
    //   Q0: C.ADDI4SPN nzuimm=0 (8 rd'), funct3=100 (2048)                 = 2056
    //   Q1: C.ADDIW rd=0 (64), C.ADDI16SP nzimm=0 (1), C.LUI nzimm=0 rd!=2 (31),
    //       funct6=100111 funct2=1x (2*8*8 = 128)                          = 224
    //   Q2: C.LWSP/C.LDSP rd=0 (64 each), C.JR rs1=0 (1)                   = 129
    // (C.FLD, C.FSD, C.FLDSP and C.FSDSP are legal: Zcd.)
    assert_eq!(legal, 49152 - 2056 - 224 - 129);
}

#[test]
fn random_words_never_panic() {
    // xorshift64 with a fixed seed.
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut legal = 0u32;
    for _ in 0..4_000_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        for raw in [state as u32, (state >> 32) as u32 | 3] {
            match decode(raw) {
                Ok(inst) => {
                    legal += 1;
                    assert_eq!(raw & 3, 3, "{raw:#010x}");
                    assert!(regs(&inst).iter().all(|&r| r < 32), "{raw:#010x}");
                    let text = disasm_at(&inst, u64::from(raw) << 1);
                    assert!(!text.is_empty() && !text.contains("invalid"), "{raw:#010x}");
                }
                Err(e) => assert_eq!(e, DecodeError::Illegal(raw)),
            }
        }
    }
    assert!(legal > 0);
}

/// Bit manipulation, CMO and hint rows: from binutils 2.40 where it knows the extension
/// (GOLDEN_BITS_32), otherwise from the specs' encodings (GOLDEN_SPEC_*).
#[test]
fn golden_bitmanip_cmo_and_hints() {
    for &(pc, raw, expected, text) in GOLDEN_BITS_32 {
        let inst = decode(raw).unwrap_or_else(|e| panic!("{raw:#010x} ({text}): {e}"));
        assert_eq!(inst, expected, "{raw:#010x} ({text})");
        assert_eq!(disasm_at(&inst, pc), text, "{raw:#010x}");
    }
    for &(raw, expected, text) in GOLDEN_SPEC_32 {
        let inst = decode(raw).unwrap_or_else(|e| panic!("{raw:#010x} ({text}): {e}"));
        assert_eq!(inst, expected, "{raw:#010x} ({text})");
        assert_eq!(inst.to_string(), text, "{raw:#010x}");
    }
    for &(raw, expected, text) in GOLDEN_SPEC_16 {
        let inst = decode_compressed(raw).unwrap_or_else(|e| panic!("{raw:#06x} ({text}): {e}"));
        assert_eq!(inst, expected, "{raw:#06x} ({text})");
        assert_eq!(inst.to_string(), text, "{raw:#06x}");
    }
}

#[rustfmt::skip]
/// (pc, word, expected expansion, objdump text) for 32-bit instructions.
pub(super) const GOLDEN_32: &[(u64, u32, Inst, &str)] = &[
    (0x80000000, 0x12345537, Inst::Lui { rd: 10, imm: 305418240 }, "lui a0,0x12345"),
    (0x80000004, 0xffffffb7, Inst::Lui { rd: 31, imm: -4096 }, "lui t6,0xfffff"),
    (0x80000008, 0x00000037, Inst::Lui { rd: 0, imm: 0 }, "lui zero,0x0"),
    (0x8000000c, 0x80000db7, Inst::Lui { rd: 27, imm: -2147483648 }, "lui s11,0x80000"),
    (0x80000010, 0x7ffff0b7, Inst::Lui { rd: 1, imm: 2147479552 }, "lui ra,0x7ffff"),
    (0x80000014, 0x80000517, Inst::Auipc { rd: 10, imm: -2147483648 }, "auipc a0,0x80000"),
    (0x80000018, 0x00000117, Inst::Auipc { rd: 2, imm: 0 }, "auipc sp,0x0"),
    (0x8000001c, 0xfffffe17, Inst::Auipc { rd: 28, imm: -4096 }, "auipc t3,0xfffff"),
    (0x80000020, 0x00001197, Inst::Auipc { rd: 3, imm: 4096 }, "auipc gp,0x1"),
    (0x80000024, 0x010000ef, Inst::Jal { rd: 1, imm: 16 }, "jal ra,80000034"),
    (0x80000028, 0xff9ff06f, Inst::Jal { rd: 0, imm: -8 }, "jal zero,80000020"),
    (0x8000002c, 0x7ffff46f, Inst::Jal { rd: 8, imm: 1048574 }, "jal s0,8010002a"),
    (0x80000030, 0x800002ef, Inst::Jal { rd: 5, imm: -1048576 }, "jal t0,7ff00030"),
    (0x80000034, 0x0000056f, Inst::Jal { rd: 10, imm: 0 }, "jal a0,80000034"),
    (0x80000038, 0x001000ef, Inst::Jal { rd: 1, imm: 2048 }, "jal ra,80000838"),
    (0x8000003c, 0x7fe000ef, Inst::Jal { rd: 1, imm: 2046 }, "jal ra,8000083a"),
    (0x80000040, 0x004500e7, Inst::Jalr { rd: 1, rs1: 10, imm: 4 }, "jalr ra,4(a0)"),
    (0x80000044, 0x00008067, Inst::Jalr { rd: 0, rs1: 1, imm: 0 }, "jalr zero,0(ra)"),
    (0x80000048, 0x80038367, Inst::Jalr { rd: 6, rs1: 7, imm: -2048 }, "jalr t1,-2048(t2)"),
    (0x8000004c, 0x7ff904e7, Inst::Jalr { rd: 9, rs1: 18, imm: 2047 }, "jalr s1,2047(s2)"),
    (0x80000050, 0xfff00067, Inst::Jalr { rd: 0, rs1: 0, imm: -1 }, "jalr zero,-1(zero)"),
    (0x80000054, 0x00b50463, Inst::Branch { op: BranchOp::Beq, rs1: 10, rs2: 11, imm: 8 }, "beq a0,a1,8000005c"),
    (0x80000058, 0x800f0063, Inst::Branch { op: BranchOp::Beq, rs1: 30, rs2: 0, imm: -4096 }, "beq t5,zero,7ffff058"),
    (0x8000005c, 0x00b51463, Inst::Branch { op: BranchOp::Bne, rs1: 10, rs2: 11, imm: 8 }, "bne a0,a1,80000064"),
    (0x80000060, 0x800f1063, Inst::Branch { op: BranchOp::Bne, rs1: 30, rs2: 0, imm: -4096 }, "bne t5,zero,7ffff060"),
    (0x80000064, 0x00b54463, Inst::Branch { op: BranchOp::Blt, rs1: 10, rs2: 11, imm: 8 }, "blt a0,a1,8000006c"),
    (0x80000068, 0x800f4063, Inst::Branch { op: BranchOp::Blt, rs1: 30, rs2: 0, imm: -4096 }, "blt t5,zero,7ffff068"),
    (0x8000006c, 0x00b55463, Inst::Branch { op: BranchOp::Bge, rs1: 10, rs2: 11, imm: 8 }, "bge a0,a1,80000074"),
    (0x80000070, 0x800f5063, Inst::Branch { op: BranchOp::Bge, rs1: 30, rs2: 0, imm: -4096 }, "bge t5,zero,7ffff070"),
    (0x80000074, 0x00b56463, Inst::Branch { op: BranchOp::Bltu, rs1: 10, rs2: 11, imm: 8 }, "bltu a0,a1,8000007c"),
    (0x80000078, 0x800f6063, Inst::Branch { op: BranchOp::Bltu, rs1: 30, rs2: 0, imm: -4096 }, "bltu t5,zero,7ffff078"),
    (0x8000007c, 0x00b57463, Inst::Branch { op: BranchOp::Bgeu, rs1: 10, rs2: 11, imm: 8 }, "bgeu a0,a1,80000084"),
    (0x80000080, 0x800f7063, Inst::Branch { op: BranchOp::Bgeu, rs1: 30, rs2: 0, imm: -4096 }, "bgeu t5,zero,7ffff080"),
    (0x80000084, 0x7f498fe3, Inst::Branch { op: BranchOp::Beq, rs1: 19, rs2: 20, imm: 4094 }, "beq s3,s4,80001082"),
    (0x80000088, 0x00001063, Inst::Branch { op: BranchOp::Bne, rs1: 0, rs2: 0, imm: 0 }, "bne zero,zero,80000088"),
    (0x8000008c, 0x0107c0e3, Inst::Branch { op: BranchOp::Blt, rs1: 15, rs2: 16, imm: 2048 }, "blt a5,a6,8000088c"),
    (0x80000090, 0x8158d0e3, Inst::Branch { op: BranchOp::Bge, rs1: 17, rs2: 21, imm: -2048 }, "bge a7,s5,7ffff890"),
    (0x80000094, 0x00810503, Inst::Load { op: LoadOp::Lb, rd: 10, rs1: 2, imm: 8 }, "lb a0,8(sp)"),
    (0x80000098, 0x80058f83, Inst::Load { op: LoadOp::Lb, rd: 31, rs1: 11, imm: -2048 }, "lb t6,-2048(a1)"),
    (0x8000009c, 0x7ff28003, Inst::Load { op: LoadOp::Lb, rd: 0, rs1: 5, imm: 2047 }, "lb zero,2047(t0)"),
    (0x800000a0, 0x00811503, Inst::Load { op: LoadOp::Lh, rd: 10, rs1: 2, imm: 8 }, "lh a0,8(sp)"),
    (0x800000a4, 0x80059f83, Inst::Load { op: LoadOp::Lh, rd: 31, rs1: 11, imm: -2048 }, "lh t6,-2048(a1)"),
    (0x800000a8, 0x7ff29003, Inst::Load { op: LoadOp::Lh, rd: 0, rs1: 5, imm: 2047 }, "lh zero,2047(t0)"),
    (0x800000ac, 0x00812503, Inst::Load { op: LoadOp::Lw, rd: 10, rs1: 2, imm: 8 }, "lw a0,8(sp)"),
    (0x800000b0, 0x8005af83, Inst::Load { op: LoadOp::Lw, rd: 31, rs1: 11, imm: -2048 }, "lw t6,-2048(a1)"),
    (0x800000b4, 0x7ff2a003, Inst::Load { op: LoadOp::Lw, rd: 0, rs1: 5, imm: 2047 }, "lw zero,2047(t0)"),
    (0x800000b8, 0x00813503, Inst::Load { op: LoadOp::Ld, rd: 10, rs1: 2, imm: 8 }, "ld a0,8(sp)"),
    (0x800000bc, 0x8005bf83, Inst::Load { op: LoadOp::Ld, rd: 31, rs1: 11, imm: -2048 }, "ld t6,-2048(a1)"),
    (0x800000c0, 0x7ff2b003, Inst::Load { op: LoadOp::Ld, rd: 0, rs1: 5, imm: 2047 }, "ld zero,2047(t0)"),
    (0x800000c4, 0x00814503, Inst::Load { op: LoadOp::Lbu, rd: 10, rs1: 2, imm: 8 }, "lbu a0,8(sp)"),
    (0x800000c8, 0x8005cf83, Inst::Load { op: LoadOp::Lbu, rd: 31, rs1: 11, imm: -2048 }, "lbu t6,-2048(a1)"),
    (0x800000cc, 0x7ff2c003, Inst::Load { op: LoadOp::Lbu, rd: 0, rs1: 5, imm: 2047 }, "lbu zero,2047(t0)"),
    (0x800000d0, 0x00815503, Inst::Load { op: LoadOp::Lhu, rd: 10, rs1: 2, imm: 8 }, "lhu a0,8(sp)"),
    (0x800000d4, 0x8005df83, Inst::Load { op: LoadOp::Lhu, rd: 31, rs1: 11, imm: -2048 }, "lhu t6,-2048(a1)"),
    (0x800000d8, 0x7ff2d003, Inst::Load { op: LoadOp::Lhu, rd: 0, rs1: 5, imm: 2047 }, "lhu zero,2047(t0)"),
    (0x800000dc, 0x00816503, Inst::Load { op: LoadOp::Lwu, rd: 10, rs1: 2, imm: 8 }, "lwu a0,8(sp)"),
    (0x800000e0, 0x8005ef83, Inst::Load { op: LoadOp::Lwu, rd: 31, rs1: 11, imm: -2048 }, "lwu t6,-2048(a1)"),
    (0x800000e4, 0x7ff2e003, Inst::Load { op: LoadOp::Lwu, rd: 0, rs1: 5, imm: 2047 }, "lwu zero,2047(t0)"),
    (0x800000e8, 0x00110423, Inst::Store { op: StoreOp::Sb, rs1: 2, rs2: 1, imm: 8 }, "sb ra,8(sp)"),
    (0x800000ec, 0x800b0023, Inst::Store { op: StoreOp::Sb, rs1: 22, rs2: 0, imm: -2048 }, "sb zero,-2048(s6)"),
    (0x800000f0, 0x7fd00fa3, Inst::Store { op: StoreOp::Sb, rs1: 0, rs2: 29, imm: 2047 }, "sb t4,2047(zero)"),
    (0x800000f4, 0xfed70fa3, Inst::Store { op: StoreOp::Sb, rs1: 14, rs2: 13, imm: -1 }, "sb a3,-1(a4)"),
    (0x800000f8, 0x00111423, Inst::Store { op: StoreOp::Sh, rs1: 2, rs2: 1, imm: 8 }, "sh ra,8(sp)"),
    (0x800000fc, 0x800b1023, Inst::Store { op: StoreOp::Sh, rs1: 22, rs2: 0, imm: -2048 }, "sh zero,-2048(s6)"),
    (0x80000100, 0x7fd01fa3, Inst::Store { op: StoreOp::Sh, rs1: 0, rs2: 29, imm: 2047 }, "sh t4,2047(zero)"),
    (0x80000104, 0xfed71fa3, Inst::Store { op: StoreOp::Sh, rs1: 14, rs2: 13, imm: -1 }, "sh a3,-1(a4)"),
    (0x80000108, 0x00112423, Inst::Store { op: StoreOp::Sw, rs1: 2, rs2: 1, imm: 8 }, "sw ra,8(sp)"),
    (0x8000010c, 0x800b2023, Inst::Store { op: StoreOp::Sw, rs1: 22, rs2: 0, imm: -2048 }, "sw zero,-2048(s6)"),
    (0x80000110, 0x7fd02fa3, Inst::Store { op: StoreOp::Sw, rs1: 0, rs2: 29, imm: 2047 }, "sw t4,2047(zero)"),
    (0x80000114, 0xfed72fa3, Inst::Store { op: StoreOp::Sw, rs1: 14, rs2: 13, imm: -1 }, "sw a3,-1(a4)"),
    (0x80000118, 0x00113423, Inst::Store { op: StoreOp::Sd, rs1: 2, rs2: 1, imm: 8 }, "sd ra,8(sp)"),
    (0x8000011c, 0x800b3023, Inst::Store { op: StoreOp::Sd, rs1: 22, rs2: 0, imm: -2048 }, "sd zero,-2048(s6)"),
    (0x80000120, 0x7fd03fa3, Inst::Store { op: StoreOp::Sd, rs1: 0, rs2: 29, imm: 2047 }, "sd t4,2047(zero)"),
    (0x80000124, 0xfed73fa3, Inst::Store { op: StoreOp::Sd, rs1: 14, rs2: 13, imm: -1 }, "sd a3,-1(a4)"),
    (0x80000128, 0xffd58513, Inst::OpImm { op: AluOp::Add, rd: 10, rs1: 11, imm: -3 }, "addi a0,a1,-3"),
    (0x8000012c, 0x7ffc0b93, Inst::OpImm { op: AluOp::Add, rd: 23, rs1: 24, imm: 2047 }, "addi s7,s8,2047"),
    (0x80000130, 0x80000293, Inst::OpImm { op: AluOp::Add, rd: 5, rs1: 0, imm: -2048 }, "addi t0,zero,-2048"),
    (0x80000134, 0x00000013, Inst::OpImm { op: AluOp::Add, rd: 0, rs1: 0, imm: 0 }, "addi zero,zero,0"),
    (0x80000138, 0xffd5a513, Inst::OpImm { op: AluOp::Slt, rd: 10, rs1: 11, imm: -3 }, "slti a0,a1,-3"),
    (0x8000013c, 0x7ffc2b93, Inst::OpImm { op: AluOp::Slt, rd: 23, rs1: 24, imm: 2047 }, "slti s7,s8,2047"),
    (0x80000140, 0x80002293, Inst::OpImm { op: AluOp::Slt, rd: 5, rs1: 0, imm: -2048 }, "slti t0,zero,-2048"),
    (0x80000144, 0x00002013, Inst::OpImm { op: AluOp::Slt, rd: 0, rs1: 0, imm: 0 }, "slti zero,zero,0"),
    (0x80000148, 0xffd5b513, Inst::OpImm { op: AluOp::Sltu, rd: 10, rs1: 11, imm: -3 }, "sltiu a0,a1,-3"),
    (0x8000014c, 0x7ffc3b93, Inst::OpImm { op: AluOp::Sltu, rd: 23, rs1: 24, imm: 2047 }, "sltiu s7,s8,2047"),
    (0x80000150, 0x80003293, Inst::OpImm { op: AluOp::Sltu, rd: 5, rs1: 0, imm: -2048 }, "sltiu t0,zero,-2048"),
    (0x80000154, 0x00003013, Inst::OpImm { op: AluOp::Sltu, rd: 0, rs1: 0, imm: 0 }, "sltiu zero,zero,0"),
    (0x80000158, 0xffd5c513, Inst::OpImm { op: AluOp::Xor, rd: 10, rs1: 11, imm: -3 }, "xori a0,a1,-3"),
    (0x8000015c, 0x7ffc4b93, Inst::OpImm { op: AluOp::Xor, rd: 23, rs1: 24, imm: 2047 }, "xori s7,s8,2047"),
    (0x80000160, 0x80004293, Inst::OpImm { op: AluOp::Xor, rd: 5, rs1: 0, imm: -2048 }, "xori t0,zero,-2048"),
    (0x80000164, 0x00004013, Inst::OpImm { op: AluOp::Xor, rd: 0, rs1: 0, imm: 0 }, "xori zero,zero,0"),
    (0x80000168, 0xffd5e513, Inst::OpImm { op: AluOp::Or, rd: 10, rs1: 11, imm: -3 }, "ori a0,a1,-3"),
    (0x8000016c, 0x7ffc6b93, Inst::OpImm { op: AluOp::Or, rd: 23, rs1: 24, imm: 2047 }, "ori s7,s8,2047"),
    (0x80000170, 0x80006293, Inst::OpImm { op: AluOp::Or, rd: 5, rs1: 0, imm: -2048 }, "ori t0,zero,-2048"),
    (0x80000174, 0x00006013, Inst::OpImm { op: AluOp::Or, rd: 0, rs1: 0, imm: 0 }, "prefetch.i 0(zero)"),  // objdump with Zicbop; without: ori zero,zero,0
    (0x80000178, 0xffd5f513, Inst::OpImm { op: AluOp::And, rd: 10, rs1: 11, imm: -3 }, "andi a0,a1,-3"),
    (0x8000017c, 0x7ffc7b93, Inst::OpImm { op: AluOp::And, rd: 23, rs1: 24, imm: 2047 }, "andi s7,s8,2047"),
    (0x80000180, 0x80007293, Inst::OpImm { op: AluOp::And, rd: 5, rs1: 0, imm: -2048 }, "andi t0,zero,-2048"),
    (0x80000184, 0x00007013, Inst::OpImm { op: AluOp::And, rd: 0, rs1: 0, imm: 0 }, "andi zero,zero,0"),
    (0x80000188, 0x00351513, Inst::OpImm { op: AluOp::Sll, rd: 10, rs1: 10, imm: 3 }, "slli a0,a0,0x3"),
    (0x8000018c, 0x000d1c93, Inst::OpImm { op: AluOp::Sll, rd: 25, rs1: 26, imm: 0 }, "slli s9,s10,0x0"),
    (0x80000190, 0x01f39313, Inst::OpImm { op: AluOp::Sll, rd: 6, rs1: 7, imm: 31 }, "slli t1,t2,0x1f"),
    (0x80000194, 0x02069613, Inst::OpImm { op: AluOp::Sll, rd: 12, rs1: 13, imm: 32 }, "slli a2,a3,0x20"),
    (0x80000198, 0x03f11093, Inst::OpImm { op: AluOp::Sll, rd: 1, rs1: 2, imm: 63 }, "slli ra,sp,0x3f"),
    (0x8000019c, 0x00355513, Inst::OpImm { op: AluOp::Srl, rd: 10, rs1: 10, imm: 3 }, "srli a0,a0,0x3"),
    (0x800001a0, 0x000d5c93, Inst::OpImm { op: AluOp::Srl, rd: 25, rs1: 26, imm: 0 }, "srli s9,s10,0x0"),
    (0x800001a4, 0x01f3d313, Inst::OpImm { op: AluOp::Srl, rd: 6, rs1: 7, imm: 31 }, "srli t1,t2,0x1f"),
    (0x800001a8, 0x0206d613, Inst::OpImm { op: AluOp::Srl, rd: 12, rs1: 13, imm: 32 }, "srli a2,a3,0x20"),
    (0x800001ac, 0x03f15093, Inst::OpImm { op: AluOp::Srl, rd: 1, rs1: 2, imm: 63 }, "srli ra,sp,0x3f"),
    (0x800001b0, 0x40355513, Inst::OpImm { op: AluOp::Sra, rd: 10, rs1: 10, imm: 3 }, "srai a0,a0,0x3"),
    (0x800001b4, 0x400d5c93, Inst::OpImm { op: AluOp::Sra, rd: 25, rs1: 26, imm: 0 }, "srai s9,s10,0x0"),
    (0x800001b8, 0x41f3d313, Inst::OpImm { op: AluOp::Sra, rd: 6, rs1: 7, imm: 31 }, "srai t1,t2,0x1f"),
    (0x800001bc, 0x4206d613, Inst::OpImm { op: AluOp::Sra, rd: 12, rs1: 13, imm: 32 }, "srai a2,a3,0x20"),
    (0x800001c0, 0x43f15093, Inst::OpImm { op: AluOp::Sra, rd: 1, rs1: 2, imm: 63 }, "srai ra,sp,0x3f"),
    (0x800001c4, 0xfff5851b, Inst::OpImm32 { op: AluOp::Add, rd: 10, rs1: 11, imm: -1 }, "addiw a0,a1,-1"),
    (0x800001c8, 0x7ff4841b, Inst::OpImm32 { op: AluOp::Add, rd: 8, rs1: 9, imm: 2047 }, "addiw s0,s1,2047"),
    (0x800001cc, 0x8003029b, Inst::OpImm32 { op: AluOp::Add, rd: 5, rs1: 6, imm: -2048 }, "addiw t0,t1,-2048"),
    (0x800001d0, 0x0000001b, Inst::OpImm32 { op: AluOp::Add, rd: 0, rs1: 0, imm: 0 }, "addiw zero,zero,0"),
    (0x800001d4, 0x0005951b, Inst::OpImm32 { op: AluOp::Sll, rd: 10, rs1: 11, imm: 0 }, "slliw a0,a1,0x0"),
    (0x800001d8, 0x01fe9e1b, Inst::OpImm32 { op: AluOp::Sll, rd: 28, rs1: 29, imm: 31 }, "slliw t3,t4,0x1f"),
    (0x800001dc, 0x0079991b, Inst::OpImm32 { op: AluOp::Sll, rd: 18, rs1: 19, imm: 7 }, "slliw s2,s3,0x7"),
    (0x800001e0, 0x0005d51b, Inst::OpImm32 { op: AluOp::Srl, rd: 10, rs1: 11, imm: 0 }, "srliw a0,a1,0x0"),
    (0x800001e4, 0x01fede1b, Inst::OpImm32 { op: AluOp::Srl, rd: 28, rs1: 29, imm: 31 }, "srliw t3,t4,0x1f"),
    (0x800001e8, 0x0079d91b, Inst::OpImm32 { op: AluOp::Srl, rd: 18, rs1: 19, imm: 7 }, "srliw s2,s3,0x7"),
    (0x800001ec, 0x4005d51b, Inst::OpImm32 { op: AluOp::Sra, rd: 10, rs1: 11, imm: 0 }, "sraiw a0,a1,0x0"),
    (0x800001f0, 0x41fede1b, Inst::OpImm32 { op: AluOp::Sra, rd: 28, rs1: 29, imm: 31 }, "sraiw t3,t4,0x1f"),
    (0x800001f4, 0x4079d91b, Inst::OpImm32 { op: AluOp::Sra, rd: 18, rs1: 19, imm: 7 }, "sraiw s2,s3,0x7"),
    (0x800001f8, 0x00c58533, Inst::Op { op: AluOp::Add, rd: 10, rs1: 11, rs2: 12 }, "add a0,a1,a2"),
    (0x800001fc, 0x01b00fb3, Inst::Op { op: AluOp::Add, rd: 31, rs1: 0, rs2: 27 }, "add t6,zero,s11"),
    (0x80000200, 0x01e08033, Inst::Op { op: AluOp::Add, rd: 0, rs1: 1, rs2: 30 }, "add zero,ra,t5"),
    (0x80000204, 0x40c58533, Inst::Op { op: AluOp::Sub, rd: 10, rs1: 11, rs2: 12 }, "sub a0,a1,a2"),
    (0x80000208, 0x41b00fb3, Inst::Op { op: AluOp::Sub, rd: 31, rs1: 0, rs2: 27 }, "sub t6,zero,s11"),
    (0x8000020c, 0x41e08033, Inst::Op { op: AluOp::Sub, rd: 0, rs1: 1, rs2: 30 }, "sub zero,ra,t5"),
    (0x80000210, 0x00c59533, Inst::Op { op: AluOp::Sll, rd: 10, rs1: 11, rs2: 12 }, "sll a0,a1,a2"),
    (0x80000214, 0x01b01fb3, Inst::Op { op: AluOp::Sll, rd: 31, rs1: 0, rs2: 27 }, "sll t6,zero,s11"),
    (0x80000218, 0x01e09033, Inst::Op { op: AluOp::Sll, rd: 0, rs1: 1, rs2: 30 }, "sll zero,ra,t5"),
    (0x8000021c, 0x00c5a533, Inst::Op { op: AluOp::Slt, rd: 10, rs1: 11, rs2: 12 }, "slt a0,a1,a2"),
    (0x80000220, 0x01b02fb3, Inst::Op { op: AluOp::Slt, rd: 31, rs1: 0, rs2: 27 }, "slt t6,zero,s11"),
    (0x80000224, 0x01e0a033, Inst::Op { op: AluOp::Slt, rd: 0, rs1: 1, rs2: 30 }, "slt zero,ra,t5"),
    (0x80000228, 0x00c5b533, Inst::Op { op: AluOp::Sltu, rd: 10, rs1: 11, rs2: 12 }, "sltu a0,a1,a2"),
    (0x8000022c, 0x01b03fb3, Inst::Op { op: AluOp::Sltu, rd: 31, rs1: 0, rs2: 27 }, "sltu t6,zero,s11"),
    (0x80000230, 0x01e0b033, Inst::Op { op: AluOp::Sltu, rd: 0, rs1: 1, rs2: 30 }, "sltu zero,ra,t5"),
    (0x80000234, 0x00c5c533, Inst::Op { op: AluOp::Xor, rd: 10, rs1: 11, rs2: 12 }, "xor a0,a1,a2"),
    (0x80000238, 0x01b04fb3, Inst::Op { op: AluOp::Xor, rd: 31, rs1: 0, rs2: 27 }, "xor t6,zero,s11"),
    (0x8000023c, 0x01e0c033, Inst::Op { op: AluOp::Xor, rd: 0, rs1: 1, rs2: 30 }, "xor zero,ra,t5"),
    (0x80000240, 0x00c5d533, Inst::Op { op: AluOp::Srl, rd: 10, rs1: 11, rs2: 12 }, "srl a0,a1,a2"),
    (0x80000244, 0x01b05fb3, Inst::Op { op: AluOp::Srl, rd: 31, rs1: 0, rs2: 27 }, "srl t6,zero,s11"),
    (0x80000248, 0x01e0d033, Inst::Op { op: AluOp::Srl, rd: 0, rs1: 1, rs2: 30 }, "srl zero,ra,t5"),
    (0x8000024c, 0x40c5d533, Inst::Op { op: AluOp::Sra, rd: 10, rs1: 11, rs2: 12 }, "sra a0,a1,a2"),
    (0x80000250, 0x41b05fb3, Inst::Op { op: AluOp::Sra, rd: 31, rs1: 0, rs2: 27 }, "sra t6,zero,s11"),
    (0x80000254, 0x41e0d033, Inst::Op { op: AluOp::Sra, rd: 0, rs1: 1, rs2: 30 }, "sra zero,ra,t5"),
    (0x80000258, 0x00c5e533, Inst::Op { op: AluOp::Or, rd: 10, rs1: 11, rs2: 12 }, "or a0,a1,a2"),
    (0x8000025c, 0x01b06fb3, Inst::Op { op: AluOp::Or, rd: 31, rs1: 0, rs2: 27 }, "or t6,zero,s11"),
    (0x80000260, 0x01e0e033, Inst::Op { op: AluOp::Or, rd: 0, rs1: 1, rs2: 30 }, "or zero,ra,t5"),
    (0x80000264, 0x00c5f533, Inst::Op { op: AluOp::And, rd: 10, rs1: 11, rs2: 12 }, "and a0,a1,a2"),
    (0x80000268, 0x01b07fb3, Inst::Op { op: AluOp::And, rd: 31, rs1: 0, rs2: 27 }, "and t6,zero,s11"),
    (0x8000026c, 0x01e0f033, Inst::Op { op: AluOp::And, rd: 0, rs1: 1, rs2: 30 }, "and zero,ra,t5"),
    (0x80000270, 0x00c5853b, Inst::Op32 { op: AluOp::Add, rd: 10, rs1: 11, rs2: 12 }, "addw a0,a1,a2"),
    (0x80000274, 0x01b00fbb, Inst::Op32 { op: AluOp::Add, rd: 31, rs1: 0, rs2: 27 }, "addw t6,zero,s11"),
    (0x80000278, 0x01e0803b, Inst::Op32 { op: AluOp::Add, rd: 0, rs1: 1, rs2: 30 }, "addw zero,ra,t5"),
    (0x8000027c, 0x40c5853b, Inst::Op32 { op: AluOp::Sub, rd: 10, rs1: 11, rs2: 12 }, "subw a0,a1,a2"),
    (0x80000280, 0x41b00fbb, Inst::Op32 { op: AluOp::Sub, rd: 31, rs1: 0, rs2: 27 }, "subw t6,zero,s11"),
    (0x80000284, 0x41e0803b, Inst::Op32 { op: AluOp::Sub, rd: 0, rs1: 1, rs2: 30 }, "subw zero,ra,t5"),
    (0x80000288, 0x00c5953b, Inst::Op32 { op: AluOp::Sll, rd: 10, rs1: 11, rs2: 12 }, "sllw a0,a1,a2"),
    (0x8000028c, 0x01b01fbb, Inst::Op32 { op: AluOp::Sll, rd: 31, rs1: 0, rs2: 27 }, "sllw t6,zero,s11"),
    (0x80000290, 0x01e0903b, Inst::Op32 { op: AluOp::Sll, rd: 0, rs1: 1, rs2: 30 }, "sllw zero,ra,t5"),
    (0x80000294, 0x00c5d53b, Inst::Op32 { op: AluOp::Srl, rd: 10, rs1: 11, rs2: 12 }, "srlw a0,a1,a2"),
    (0x80000298, 0x01b05fbb, Inst::Op32 { op: AluOp::Srl, rd: 31, rs1: 0, rs2: 27 }, "srlw t6,zero,s11"),
    (0x8000029c, 0x01e0d03b, Inst::Op32 { op: AluOp::Srl, rd: 0, rs1: 1, rs2: 30 }, "srlw zero,ra,t5"),
    (0x800002a0, 0x40c5d53b, Inst::Op32 { op: AluOp::Sra, rd: 10, rs1: 11, rs2: 12 }, "sraw a0,a1,a2"),
    (0x800002a4, 0x41b05fbb, Inst::Op32 { op: AluOp::Sra, rd: 31, rs1: 0, rs2: 27 }, "sraw t6,zero,s11"),
    (0x800002a8, 0x41e0d03b, Inst::Op32 { op: AluOp::Sra, rd: 0, rs1: 1, rs2: 30 }, "sraw zero,ra,t5"),
    (0x800002ac, 0x02c58533, Inst::MulDiv { op: MulOp::Mul, rd: 10, rs1: 11, rs2: 12 }, "mul a0,a1,a2"),
    (0x800002b0, 0x03b00fb3, Inst::MulDiv { op: MulOp::Mul, rd: 31, rs1: 0, rs2: 27 }, "mul t6,zero,s11"),
    (0x800002b4, 0x03e08033, Inst::MulDiv { op: MulOp::Mul, rd: 0, rs1: 1, rs2: 30 }, "mul zero,ra,t5"),
    (0x800002b8, 0x02c59533, Inst::MulDiv { op: MulOp::Mulh, rd: 10, rs1: 11, rs2: 12 }, "mulh a0,a1,a2"),
    (0x800002bc, 0x03b01fb3, Inst::MulDiv { op: MulOp::Mulh, rd: 31, rs1: 0, rs2: 27 }, "mulh t6,zero,s11"),
    (0x800002c0, 0x03e09033, Inst::MulDiv { op: MulOp::Mulh, rd: 0, rs1: 1, rs2: 30 }, "mulh zero,ra,t5"),
    (0x800002c4, 0x02c5a533, Inst::MulDiv { op: MulOp::Mulhsu, rd: 10, rs1: 11, rs2: 12 }, "mulhsu a0,a1,a2"),
    (0x800002c8, 0x03b02fb3, Inst::MulDiv { op: MulOp::Mulhsu, rd: 31, rs1: 0, rs2: 27 }, "mulhsu t6,zero,s11"),
    (0x800002cc, 0x03e0a033, Inst::MulDiv { op: MulOp::Mulhsu, rd: 0, rs1: 1, rs2: 30 }, "mulhsu zero,ra,t5"),
    (0x800002d0, 0x02c5b533, Inst::MulDiv { op: MulOp::Mulhu, rd: 10, rs1: 11, rs2: 12 }, "mulhu a0,a1,a2"),
    (0x800002d4, 0x03b03fb3, Inst::MulDiv { op: MulOp::Mulhu, rd: 31, rs1: 0, rs2: 27 }, "mulhu t6,zero,s11"),
    (0x800002d8, 0x03e0b033, Inst::MulDiv { op: MulOp::Mulhu, rd: 0, rs1: 1, rs2: 30 }, "mulhu zero,ra,t5"),
    (0x800002dc, 0x02c5c533, Inst::MulDiv { op: MulOp::Div, rd: 10, rs1: 11, rs2: 12 }, "div a0,a1,a2"),
    (0x800002e0, 0x03b04fb3, Inst::MulDiv { op: MulOp::Div, rd: 31, rs1: 0, rs2: 27 }, "div t6,zero,s11"),
    (0x800002e4, 0x03e0c033, Inst::MulDiv { op: MulOp::Div, rd: 0, rs1: 1, rs2: 30 }, "div zero,ra,t5"),
    (0x800002e8, 0x02c5d533, Inst::MulDiv { op: MulOp::Divu, rd: 10, rs1: 11, rs2: 12 }, "divu a0,a1,a2"),
    (0x800002ec, 0x03b05fb3, Inst::MulDiv { op: MulOp::Divu, rd: 31, rs1: 0, rs2: 27 }, "divu t6,zero,s11"),
    (0x800002f0, 0x03e0d033, Inst::MulDiv { op: MulOp::Divu, rd: 0, rs1: 1, rs2: 30 }, "divu zero,ra,t5"),
    (0x800002f4, 0x02c5e533, Inst::MulDiv { op: MulOp::Rem, rd: 10, rs1: 11, rs2: 12 }, "rem a0,a1,a2"),
    (0x800002f8, 0x03b06fb3, Inst::MulDiv { op: MulOp::Rem, rd: 31, rs1: 0, rs2: 27 }, "rem t6,zero,s11"),
    (0x800002fc, 0x03e0e033, Inst::MulDiv { op: MulOp::Rem, rd: 0, rs1: 1, rs2: 30 }, "rem zero,ra,t5"),
    (0x80000300, 0x02c5f533, Inst::MulDiv { op: MulOp::Remu, rd: 10, rs1: 11, rs2: 12 }, "remu a0,a1,a2"),
    (0x80000304, 0x03b07fb3, Inst::MulDiv { op: MulOp::Remu, rd: 31, rs1: 0, rs2: 27 }, "remu t6,zero,s11"),
    (0x80000308, 0x03e0f033, Inst::MulDiv { op: MulOp::Remu, rd: 0, rs1: 1, rs2: 30 }, "remu zero,ra,t5"),
    (0x8000030c, 0x02c5853b, Inst::MulDiv32 { op: MulOp::Mul, rd: 10, rs1: 11, rs2: 12 }, "mulw a0,a1,a2"),
    (0x80000310, 0x03b00fbb, Inst::MulDiv32 { op: MulOp::Mul, rd: 31, rs1: 0, rs2: 27 }, "mulw t6,zero,s11"),
    (0x80000314, 0x03e0803b, Inst::MulDiv32 { op: MulOp::Mul, rd: 0, rs1: 1, rs2: 30 }, "mulw zero,ra,t5"),
    (0x80000318, 0x02c5c53b, Inst::MulDiv32 { op: MulOp::Div, rd: 10, rs1: 11, rs2: 12 }, "divw a0,a1,a2"),
    (0x8000031c, 0x03b04fbb, Inst::MulDiv32 { op: MulOp::Div, rd: 31, rs1: 0, rs2: 27 }, "divw t6,zero,s11"),
    (0x80000320, 0x03e0c03b, Inst::MulDiv32 { op: MulOp::Div, rd: 0, rs1: 1, rs2: 30 }, "divw zero,ra,t5"),
    (0x80000324, 0x02c5d53b, Inst::MulDiv32 { op: MulOp::Divu, rd: 10, rs1: 11, rs2: 12 }, "divuw a0,a1,a2"),
    (0x80000328, 0x03b05fbb, Inst::MulDiv32 { op: MulOp::Divu, rd: 31, rs1: 0, rs2: 27 }, "divuw t6,zero,s11"),
    (0x8000032c, 0x03e0d03b, Inst::MulDiv32 { op: MulOp::Divu, rd: 0, rs1: 1, rs2: 30 }, "divuw zero,ra,t5"),
    (0x80000330, 0x02c5e53b, Inst::MulDiv32 { op: MulOp::Rem, rd: 10, rs1: 11, rs2: 12 }, "remw a0,a1,a2"),
    (0x80000334, 0x03b06fbb, Inst::MulDiv32 { op: MulOp::Rem, rd: 31, rs1: 0, rs2: 27 }, "remw t6,zero,s11"),
    (0x80000338, 0x03e0e03b, Inst::MulDiv32 { op: MulOp::Rem, rd: 0, rs1: 1, rs2: 30 }, "remw zero,ra,t5"),
    (0x8000033c, 0x02c5f53b, Inst::MulDiv32 { op: MulOp::Remu, rd: 10, rs1: 11, rs2: 12 }, "remuw a0,a1,a2"),
    (0x80000340, 0x03b07fbb, Inst::MulDiv32 { op: MulOp::Remu, rd: 31, rs1: 0, rs2: 27 }, "remuw t6,zero,s11"),
    (0x80000344, 0x03e0f03b, Inst::MulDiv32 { op: MulOp::Remu, rd: 0, rs1: 1, rs2: 30 }, "remuw zero,ra,t5"),
    (0x80000348, 0x0ff0000f, Inst::Fence { pred: 15, succ: 15, fm: 0 }, "fence iorw,iorw"),
    (0x8000034c, 0x0210000f, Inst::Fence { pred: 2, succ: 1, fm: 0 }, "fence r,w"),
    (0x80000350, 0x0840000f, Inst::Fence { pred: 8, succ: 4, fm: 0 }, "fence i,o"),
    (0x80000354, 0x0e50000f, Inst::Fence { pred: 14, succ: 5, fm: 0 }, "fence ior,ow"),
    (0x80000358, 0x0330000f, Inst::Fence { pred: 3, succ: 3, fm: 0 }, "fence rw,rw"),
    (0x8000035c, 0x8330000f, Inst::Fence { pred: 3, succ: 3, fm: 8 }, "fence.tso"),
    (0x80000360, 0x0000100f, Inst::FenceI, "fence.i"),
    (0x80000364, 0x0010000f, Inst::Fence { pred: 0, succ: 1, fm: 0 }, "fence unknown,w"),
    (0x80000368, 0x0200000f, Inst::Fence { pred: 2, succ: 0, fm: 0 }, "fence r,unknown"),
    (0x8000036c, 0x0000000f, Inst::Fence { pred: 0, succ: 0, fm: 0 }, "fence unknown,unknown"),
    // .insn 4, 0x0100000f: objdump prints 'fence w,unknown'; our rendering differs, see disasm.rs.
    (0x80000370, 0x0100000f, Inst::Fence { pred: 1, succ: 0, fm: 0 }, "pause"),
    // .insn 4, 0x0ff5000f: objdump prints '.4byte 0xff5000f'; our rendering differs, see disasm.rs.
    (0x80000374, 0x0ff5000f, Inst::Fence { pred: 15, succ: 15, fm: 0 }, "fence iorw,iorw"),
    // .insn 4, 0x0ff00f8f: objdump prints '.4byte 0xff00f8f'; our rendering differs, see disasm.rs.
    (0x80000378, 0x0ff00f8f, Inst::Fence { pred: 15, succ: 15, fm: 0 }, "fence iorw,iorw"),
    // .insn 4, 0x9ff0000f: objdump prints '.4byte 0x9ff0000f'; our rendering differs, see disasm.rs.
    (0x8000037c, 0x9ff0000f, Inst::Fence { pred: 15, succ: 15, fm: 9 }, "fence iorw,iorw # fm=0x9"),
    // .insn 4, 0x8ff0000f: objdump prints '.4byte 0x8ff0000f'; our rendering differs, see disasm.rs.
    (0x80000380, 0x8ff0000f, Inst::Fence { pred: 15, succ: 15, fm: 8 }, "fence iorw,iorw # fm=0x8"),
    // .insn 4, 0x0015100f: objdump prints '.4byte 0x15100f'; our rendering differs, see disasm.rs.
    (0x80000384, 0x0015100f, Inst::FenceI, "fence.i"),
    // .insn 4, 0xffff908f: objdump prints '.4byte 0xffff908f'; our rendering differs, see disasm.rs.
    (0x80000388, 0xffff908f, Inst::FenceI, "fence.i"),
    (0x8000038c, 0x00000073, Inst::Ecall, "ecall"),
    (0x80000390, 0x00100073, Inst::Ebreak, "ebreak"),
    (0x80000394, 0x30200073, Inst::Mret, "mret"),
    (0x80000398, 0x10200073, Inst::Sret, "sret"),
    (0x8000039c, 0x10500073, Inst::Wfi, "wfi"),
    (0x800003a0, 0x12b50073, Inst::SfenceVma { rs1: 10, rs2: 11 }, "sfence.vma a0,a1"),
    (0x800003a4, 0x12000073, Inst::SfenceVma { rs1: 0, rs2: 0 }, "sfence.vma zero,zero"),
    (0x800003a8, 0x12050073, Inst::SfenceVma { rs1: 10, rs2: 0 }, "sfence.vma a0,zero"),
    (0x800003ac, 0x13f00073, Inst::SfenceVma { rs1: 0, rs2: 31 }, "sfence.vma zero,t6"),
    (0x800003b0, 0x30019073, Inst::Csr { op: CsrOp::Rw, rd: 0, src: CsrSrc::Reg(3), csr: 0x300 }, "csrrw zero,mstatus,gp"),
    (0x800003b4, 0x300050f3, Inst::Csr { op: CsrOp::Rw, rd: 1, src: CsrSrc::Imm(0), csr: 0x300 }, "csrrwi ra,mstatus,0"),
    (0x800003b8, 0x301520f3, Inst::Csr { op: CsrOp::Rs, rd: 1, src: CsrSrc::Reg(10), csr: 0x301 }, "csrrs ra,misa,a0"),
    (0x800003bc, 0x3010e373, Inst::Csr { op: CsrOp::Rs, rd: 6, src: CsrSrc::Imm(1), csr: 0x301 }, "csrrsi t1,misa,1"),
    (0x800003c0, 0x3028b173, Inst::Csr { op: CsrOp::Rc, rd: 2, src: CsrSrc::Reg(17), csr: 0x302 }, "csrrc sp,medeleg,a7"),
    (0x800003c4, 0x302175f3, Inst::Csr { op: CsrOp::Rc, rd: 11, src: CsrSrc::Imm(2), csr: 0x302 }, "csrrci a1,medeleg,2"),
    (0x800003c8, 0x303c11f3, Inst::Csr { op: CsrOp::Rw, rd: 3, src: CsrSrc::Reg(24), csr: 0x303 }, "csrrw gp,mideleg,s8"),
    (0x800003cc, 0x3031d873, Inst::Csr { op: CsrOp::Rw, rd: 16, src: CsrSrc::Imm(3), csr: 0x303 }, "csrrwi a6,mideleg,3"),
    (0x800003d0, 0x304fa273, Inst::Csr { op: CsrOp::Rs, rd: 4, src: CsrSrc::Reg(31), csr: 0x304 }, "csrrs tp,mie,t6"),
    (0x800003d4, 0x30426af3, Inst::Csr { op: CsrOp::Rs, rd: 21, src: CsrSrc::Imm(4), csr: 0x304 }, "csrrsi s5,mie,4"),
    (0x800003d8, 0x305332f3, Inst::Csr { op: CsrOp::Rc, rd: 5, src: CsrSrc::Reg(6), csr: 0x305 }, "csrrc t0,mtvec,t1"),
    (0x800003dc, 0x3052fd73, Inst::Csr { op: CsrOp::Rc, rd: 26, src: CsrSrc::Imm(5), csr: 0x305 }, "csrrci s10,mtvec,5"),
    (0x800003e0, 0x30669373, Inst::Csr { op: CsrOp::Rw, rd: 6, src: CsrSrc::Reg(13), csr: 0x306 }, "csrrw t1,mcounteren,a3"),
    (0x800003e4, 0x30635ff3, Inst::Csr { op: CsrOp::Rw, rd: 31, src: CsrSrc::Imm(6), csr: 0x306 }, "csrrwi t6,mcounteren,6"),
    (0x800003e8, 0x340a23f3, Inst::Csr { op: CsrOp::Rs, rd: 7, src: CsrSrc::Reg(20), csr: 0x340 }, "csrrs t2,mscratch,s4"),
    (0x800003ec, 0x3403e273, Inst::Csr { op: CsrOp::Rs, rd: 4, src: CsrSrc::Imm(7), csr: 0x340 }, "csrrsi tp,mscratch,7"),
    (0x800003f0, 0x341db473, Inst::Csr { op: CsrOp::Rc, rd: 8, src: CsrSrc::Reg(27), csr: 0x341 }, "csrrc s0,mepc,s11"),
    (0x800003f4, 0x341474f3, Inst::Csr { op: CsrOp::Rc, rd: 9, src: CsrSrc::Imm(8), csr: 0x341 }, "csrrci s1,mepc,8"),
    (0x800003f8, 0x342114f3, Inst::Csr { op: CsrOp::Rw, rd: 9, src: CsrSrc::Reg(2), csr: 0x342 }, "csrrw s1,mcause,sp"),
    (0x800003fc, 0x3424d773, Inst::Csr { op: CsrOp::Rw, rd: 14, src: CsrSrc::Imm(9), csr: 0x342 }, "csrrwi a4,mcause,9"),
    (0x80000400, 0x3434a573, Inst::Csr { op: CsrOp::Rs, rd: 10, src: CsrSrc::Reg(9), csr: 0x343 }, "csrrs a0,mtval,s1"),
    (0x80000404, 0x343569f3, Inst::Csr { op: CsrOp::Rs, rd: 19, src: CsrSrc::Imm(10), csr: 0x343 }, "csrrsi s3,mtval,10"),
    (0x80000408, 0x344835f3, Inst::Csr { op: CsrOp::Rc, rd: 11, src: CsrSrc::Reg(16), csr: 0x344 }, "csrrc a1,mip,a6"),
    (0x8000040c, 0x3445fc73, Inst::Csr { op: CsrOp::Rc, rd: 24, src: CsrSrc::Imm(11), csr: 0x344 }, "csrrci s8,mip,11"),
    (0x80000410, 0xf14b9673, Inst::Csr { op: CsrOp::Rw, rd: 12, src: CsrSrc::Reg(23), csr: 0xf14 }, "csrrw a2,mhartid,s7"),
    (0x80000414, 0xf1465ef3, Inst::Csr { op: CsrOp::Rw, rd: 29, src: CsrSrc::Imm(12), csr: 0xf14 }, "csrrwi t4,mhartid,12"),
    (0x80000418, 0xf11f26f3, Inst::Csr { op: CsrOp::Rs, rd: 13, src: CsrSrc::Reg(30), csr: 0xf11 }, "csrrs a3,mvendorid,t5"),
    (0x8000041c, 0xf116e173, Inst::Csr { op: CsrOp::Rs, rd: 2, src: CsrSrc::Imm(13), csr: 0xf11 }, "csrrsi sp,mvendorid,13"),
    (0x80000420, 0xf122b773, Inst::Csr { op: CsrOp::Rc, rd: 14, src: CsrSrc::Reg(5), csr: 0xf12 }, "csrrc a4,marchid,t0"),
    (0x80000424, 0xf12773f3, Inst::Csr { op: CsrOp::Rc, rd: 7, src: CsrSrc::Imm(14), csr: 0xf12 }, "csrrci t2,marchid,14"),
    (0x80000428, 0xf13617f3, Inst::Csr { op: CsrOp::Rw, rd: 15, src: CsrSrc::Reg(12), csr: 0xf13 }, "csrrw a5,mimpid,a2"),
    (0x8000042c, 0xf137d673, Inst::Csr { op: CsrOp::Rw, rd: 12, src: CsrSrc::Imm(15), csr: 0xf13 }, "csrrwi a2,mimpid,15"),
    (0x80000430, 0x1009a873, Inst::Csr { op: CsrOp::Rs, rd: 16, src: CsrSrc::Reg(19), csr: 0x100 }, "csrrs a6,sstatus,s3"),
    (0x80000434, 0x100868f3, Inst::Csr { op: CsrOp::Rs, rd: 17, src: CsrSrc::Imm(16), csr: 0x100 }, "csrrsi a7,sstatus,16"),
    (0x80000438, 0x104d38f3, Inst::Csr { op: CsrOp::Rc, rd: 17, src: CsrSrc::Reg(26), csr: 0x104 }, "csrrc a7,sie,s10"),
    (0x8000043c, 0x1048fb73, Inst::Csr { op: CsrOp::Rc, rd: 22, src: CsrSrc::Imm(17), csr: 0x104 }, "csrrci s6,sie,17"),
    (0x80000440, 0x10509973, Inst::Csr { op: CsrOp::Rw, rd: 18, src: CsrSrc::Reg(1), csr: 0x105 }, "csrrw s2,stvec,ra"),
    (0x80000444, 0x10595df3, Inst::Csr { op: CsrOp::Rw, rd: 27, src: CsrSrc::Imm(18), csr: 0x105 }, "csrrwi s11,stvec,18"),
    (0x80000448, 0x106429f3, Inst::Csr { op: CsrOp::Rs, rd: 19, src: CsrSrc::Reg(8), csr: 0x106 }, "csrrs s3,scounteren,s0"),
    (0x8000044c, 0x1069e073, Inst::Csr { op: CsrOp::Rs, rd: 0, src: CsrSrc::Imm(19), csr: 0x106 }, "csrrsi zero,scounteren,19"),
    (0x80000450, 0x1407ba73, Inst::Csr { op: CsrOp::Rc, rd: 20, src: CsrSrc::Reg(15), csr: 0x140 }, "csrrc s4,sscratch,a5"),
    (0x80000454, 0x140a72f3, Inst::Csr { op: CsrOp::Rc, rd: 5, src: CsrSrc::Imm(20), csr: 0x140 }, "csrrci t0,sscratch,20"),
    (0x80000458, 0x141b1af3, Inst::Csr { op: CsrOp::Rw, rd: 21, src: CsrSrc::Reg(22), csr: 0x141 }, "csrrw s5,sepc,s6"),
    (0x8000045c, 0x141ad573, Inst::Csr { op: CsrOp::Rw, rd: 10, src: CsrSrc::Imm(21), csr: 0x141 }, "csrrwi a0,sepc,21"),
    (0x80000460, 0x142eab73, Inst::Csr { op: CsrOp::Rs, rd: 22, src: CsrSrc::Reg(29), csr: 0x142 }, "csrrs s6,scause,t4"),
    (0x80000464, 0x142b67f3, Inst::Csr { op: CsrOp::Rs, rd: 15, src: CsrSrc::Imm(22), csr: 0x142 }, "csrrsi a5,scause,22"),
    (0x80000468, 0x14323bf3, Inst::Csr { op: CsrOp::Rc, rd: 23, src: CsrSrc::Reg(4), csr: 0x143 }, "csrrc s7,stval,tp"),
    (0x8000046c, 0x143bfa73, Inst::Csr { op: CsrOp::Rc, rd: 20, src: CsrSrc::Imm(23), csr: 0x143 }, "csrrci s4,stval,23"),
    (0x80000470, 0x14459c73, Inst::Csr { op: CsrOp::Rw, rd: 24, src: CsrSrc::Reg(11), csr: 0x144 }, "csrrw s8,sip,a1"),
    (0x80000474, 0x144c5cf3, Inst::Csr { op: CsrOp::Rw, rd: 25, src: CsrSrc::Imm(24), csr: 0x144 }, "csrrwi s9,sip,24"),
    (0x80000478, 0x18092cf3, Inst::Csr { op: CsrOp::Rs, rd: 25, src: CsrSrc::Reg(18), csr: 0x180 }, "csrrs s9,satp,s2"),
    (0x8000047c, 0x180cef73, Inst::Csr { op: CsrOp::Rs, rd: 30, src: CsrSrc::Imm(25), csr: 0x180 }, "csrrsi t5,satp,25"),
    (0x80000480, 0xc00cbd73, Inst::Csr { op: CsrOp::Rc, rd: 26, src: CsrSrc::Reg(25), csr: 0xc00 }, "csrrc s10,cycle,s9"),
    (0x80000484, 0xc00d71f3, Inst::Csr { op: CsrOp::Rc, rd: 3, src: CsrSrc::Imm(26), csr: 0xc00 }, "csrrci gp,cycle,26"),
    (0x80000488, 0xc0101df3, Inst::Csr { op: CsrOp::Rw, rd: 27, src: CsrSrc::Reg(0), csr: 0xc01 }, "csrrw s11,time,zero"),
    (0x8000048c, 0xc01dd473, Inst::Csr { op: CsrOp::Rw, rd: 8, src: CsrSrc::Imm(27), csr: 0xc01 }, "csrrwi s0,time,27"),
    (0x80000490, 0xc023ae73, Inst::Csr { op: CsrOp::Rs, rd: 28, src: CsrSrc::Reg(7), csr: 0xc02 }, "csrrs t3,instret,t2"),
    (0x80000494, 0xc02e66f3, Inst::Csr { op: CsrOp::Rs, rd: 13, src: CsrSrc::Imm(28), csr: 0xc02 }, "csrrsi a3,instret,28"),
    (0x80000498, 0xb0073ef3, Inst::Csr { op: CsrOp::Rc, rd: 29, src: CsrSrc::Reg(14), csr: 0xb00 }, "csrrc t4,mcycle,a4"),
    (0x8000049c, 0xb00ef973, Inst::Csr { op: CsrOp::Rc, rd: 18, src: CsrSrc::Imm(29), csr: 0xb00 }, "csrrci s2,mcycle,29"),
    (0x800004a0, 0xb02a9f73, Inst::Csr { op: CsrOp::Rw, rd: 30, src: CsrSrc::Reg(21), csr: 0xb02 }, "csrrw t5,minstret,s5"),
    (0x800004a4, 0xb02f5bf3, Inst::Csr { op: CsrOp::Rw, rd: 23, src: CsrSrc::Imm(30), csr: 0xb02 }, "csrrwi s7,minstret,30"),
    (0x800004a8, 0x3a0e2ff3, Inst::Csr { op: CsrOp::Rs, rd: 31, src: CsrSrc::Reg(28), csr: 0x3a0 }, "csrrs t6,pmpcfg0,t3"),
    (0x800004ac, 0x3a0fee73, Inst::Csr { op: CsrOp::Rs, rd: 28, src: CsrSrc::Imm(31), csr: 0x3a0 }, "csrrsi t3,pmpcfg0,31"),
    (0x800004b0, 0x3a21b073, Inst::Csr { op: CsrOp::Rc, rd: 0, src: CsrSrc::Reg(3), csr: 0x3a2 }, "csrrc zero,pmpcfg2,gp"),
    (0x800004b4, 0x3a2070f3, Inst::Csr { op: CsrOp::Rc, rd: 1, src: CsrSrc::Imm(0), csr: 0x3a2 }, "csrrci ra,pmpcfg2,0"),
    (0x800004b8, 0x3b0510f3, Inst::Csr { op: CsrOp::Rw, rd: 1, src: CsrSrc::Reg(10), csr: 0x3b0 }, "csrrw ra,pmpaddr0,a0"),
    (0x800004bc, 0x3b00d373, Inst::Csr { op: CsrOp::Rw, rd: 6, src: CsrSrc::Imm(1), csr: 0x3b0 }, "csrrwi t1,pmpaddr0,1"),
    (0x800004c0, 0x3bf8a173, Inst::Csr { op: CsrOp::Rs, rd: 2, src: CsrSrc::Reg(17), csr: 0x3bf }, "csrrs sp,pmpaddr15,a7"),
    (0x800004c4, 0x3bf165f3, Inst::Csr { op: CsrOp::Rs, rd: 11, src: CsrSrc::Imm(2), csr: 0x3bf }, "csrrsi a1,pmpaddr15,2"),
    (0x800004c8, 0xb03c31f3, Inst::Csr { op: CsrOp::Rc, rd: 3, src: CsrSrc::Reg(24), csr: 0xb03 }, "csrrc gp,mhpmcounter3,s8"),
    (0x800004cc, 0xb031f873, Inst::Csr { op: CsrOp::Rc, rd: 16, src: CsrSrc::Imm(3), csr: 0xb03 }, "csrrci a6,mhpmcounter3,3"),
    (0x800004d0, 0xb1ff9273, Inst::Csr { op: CsrOp::Rw, rd: 4, src: CsrSrc::Reg(31), csr: 0xb1f }, "csrrw tp,mhpmcounter31,t6"),
    (0x800004d4, 0xb1f25af3, Inst::Csr { op: CsrOp::Rw, rd: 21, src: CsrSrc::Imm(4), csr: 0xb1f }, "csrrwi s5,mhpmcounter31,4"),
    (0x800004d8, 0x323322f3, Inst::Csr { op: CsrOp::Rs, rd: 5, src: CsrSrc::Reg(6), csr: 0x323 }, "csrrs t0,mhpmevent3,t1"),
    (0x800004dc, 0x3232ed73, Inst::Csr { op: CsrOp::Rs, rd: 26, src: CsrSrc::Imm(5), csr: 0x323 }, "csrrsi s10,mhpmevent3,5"),
    (0x800004e0, 0x33f6b373, Inst::Csr { op: CsrOp::Rc, rd: 6, src: CsrSrc::Reg(13), csr: 0x33f }, "csrrc t1,mhpmevent31,a3"),
    (0x800004e4, 0x33f37ff3, Inst::Csr { op: CsrOp::Rc, rd: 31, src: CsrSrc::Imm(6), csr: 0x33f }, "csrrci t6,mhpmevent31,6"),
    (0x800004e8, 0xc03a13f3, Inst::Csr { op: CsrOp::Rw, rd: 7, src: CsrSrc::Reg(20), csr: 0xc03 }, "csrrw t2,hpmcounter3,s4"),
    (0x800004ec, 0xc033d273, Inst::Csr { op: CsrOp::Rw, rd: 4, src: CsrSrc::Imm(7), csr: 0xc03 }, "csrrwi tp,hpmcounter3,7"),
    (0x800004f0, 0xc1fda473, Inst::Csr { op: CsrOp::Rs, rd: 8, src: CsrSrc::Reg(27), csr: 0xc1f }, "csrrs s0,hpmcounter31,s11"),
    (0x800004f4, 0xc1f464f3, Inst::Csr { op: CsrOp::Rs, rd: 9, src: CsrSrc::Imm(8), csr: 0xc1f }, "csrrsi s1,hpmcounter31,8"),
    (0x800004f8, 0x001134f3, Inst::Csr { op: CsrOp::Rc, rd: 9, src: CsrSrc::Reg(2), csr: 0x1 }, "csrrc s1,fflags,sp"),
    (0x800004fc, 0x0014f773, Inst::Csr { op: CsrOp::Rc, rd: 14, src: CsrSrc::Imm(9), csr: 0x1 }, "csrrci a4,fflags,9"),
    (0x80000500, 0x00249573, Inst::Csr { op: CsrOp::Rw, rd: 10, src: CsrSrc::Reg(9), csr: 0x2 }, "csrrw a0,frm,s1"),
    (0x80000504, 0x002559f3, Inst::Csr { op: CsrOp::Rw, rd: 19, src: CsrSrc::Imm(10), csr: 0x2 }, "csrrwi s3,frm,10"),
    (0x80000508, 0x003825f3, Inst::Csr { op: CsrOp::Rs, rd: 11, src: CsrSrc::Reg(16), csr: 0x3 }, "csrrs a1,fcsr,a6"),
    (0x8000050c, 0x0035ec73, Inst::Csr { op: CsrOp::Rs, rd: 24, src: CsrSrc::Imm(11), csr: 0x3 }, "csrrsi s8,fcsr,11"),
    (0x80000510, 0x7a0bb673, Inst::Csr { op: CsrOp::Rc, rd: 12, src: CsrSrc::Reg(23), csr: 0x7a0 }, "csrrc a2,tselect,s7"),
    (0x80000514, 0x7a067ef3, Inst::Csr { op: CsrOp::Rc, rd: 29, src: CsrSrc::Imm(12), csr: 0x7a0 }, "csrrci t4,tselect,12"),
    (0x80000518, 0x7a1f16f3, Inst::Csr { op: CsrOp::Rw, rd: 13, src: CsrSrc::Reg(30), csr: 0x7a1 }, "csrrw a3,tdata1,t5"),
    (0x8000051c, 0x7a16d173, Inst::Csr { op: CsrOp::Rw, rd: 2, src: CsrSrc::Imm(13), csr: 0x7a1 }, "csrrwi sp,tdata1,13"),
    (0x80000520, 0x7a22a773, Inst::Csr { op: CsrOp::Rs, rd: 14, src: CsrSrc::Reg(5), csr: 0x7a2 }, "csrrs a4,tdata2,t0"),
    (0x80000524, 0x7a2763f3, Inst::Csr { op: CsrOp::Rs, rd: 7, src: CsrSrc::Imm(14), csr: 0x7a2 }, "csrrsi t2,tdata2,14"),
    (0x80000528, 0x7a3637f3, Inst::Csr { op: CsrOp::Rc, rd: 15, src: CsrSrc::Reg(12), csr: 0x7a3 }, "csrrc a5,tdata3,a2"),
    (0x8000052c, 0x7a37f673, Inst::Csr { op: CsrOp::Rc, rd: 12, src: CsrSrc::Imm(15), csr: 0x7a3 }, "csrrci a2,tdata3,15"),
    (0x80000530, 0x7b099873, Inst::Csr { op: CsrOp::Rw, rd: 16, src: CsrSrc::Reg(19), csr: 0x7b0 }, "csrrw a6,dcsr,s3"),
    (0x80000534, 0x7b0858f3, Inst::Csr { op: CsrOp::Rw, rd: 17, src: CsrSrc::Imm(16), csr: 0x7b0 }, "csrrwi a7,dcsr,16"),
    (0x80000538, 0x7b1d28f3, Inst::Csr { op: CsrOp::Rs, rd: 17, src: CsrSrc::Reg(26), csr: 0x7b1 }, "csrrs a7,dpc,s10"),
    (0x8000053c, 0x7b18eb73, Inst::Csr { op: CsrOp::Rs, rd: 22, src: CsrSrc::Imm(17), csr: 0x7b1 }, "csrrsi s6,dpc,17"),
    (0x80000540, 0x7b20b973, Inst::Csr { op: CsrOp::Rc, rd: 18, src: CsrSrc::Reg(1), csr: 0x7b2 }, "csrrc s2,dscratch0,ra"),
    (0x80000544, 0x7b297df3, Inst::Csr { op: CsrOp::Rc, rd: 27, src: CsrSrc::Imm(18), csr: 0x7b2 }, "csrrci s11,dscratch0,18"),
    (0x80000548, 0x7b3419f3, Inst::Csr { op: CsrOp::Rw, rd: 19, src: CsrSrc::Reg(8), csr: 0x7b3 }, "csrrw s3,dscratch1,s0"),
    (0x8000054c, 0x7b39d073, Inst::Csr { op: CsrOp::Rw, rd: 0, src: CsrSrc::Imm(19), csr: 0x7b3 }, "csrrwi zero,dscratch1,19"),
    (0x80000550, 0x3207aa73, Inst::Csr { op: CsrOp::Rs, rd: 20, src: CsrSrc::Reg(15), csr: 0x320 }, "csrrs s4,mcountinhibit,a5"),
    (0x80000554, 0x320a62f3, Inst::Csr { op: CsrOp::Rs, rd: 5, src: CsrSrc::Imm(20), csr: 0x320 }, "csrrsi t0,mcountinhibit,20"),
    // objdump 2.40 has no name for mtinst (0x34a); we print the name.
    (0x80000558, 0x34ab3af3, Inst::Csr { op: CsrOp::Rc, rd: 21, src: CsrSrc::Reg(22), csr: 0x34a }, "csrrc s5,mtinst,s6"),
    // objdump 2.40 has no name for mtinst (0x34a); we print the name.
    (0x8000055c, 0x34aaf573, Inst::Csr { op: CsrOp::Rc, rd: 10, src: CsrSrc::Imm(21), csr: 0x34a }, "csrrci a0,mtinst,21"),
    // objdump 2.40 has no name for mtval2 (0x34b); we print the name.
    (0x80000560, 0x34be9b73, Inst::Csr { op: CsrOp::Rw, rd: 22, src: CsrSrc::Reg(29), csr: 0x34b }, "csrrw s6,mtval2,t4"),
    // objdump 2.40 has no name for mtval2 (0x34b); we print the name.
    (0x80000564, 0x34bb57f3, Inst::Csr { op: CsrOp::Rw, rd: 15, src: CsrSrc::Imm(22), csr: 0x34b }, "csrrwi a5,mtval2,22"),
    (0x80000568, 0x7c051073, Inst::Csr { op: CsrOp::Rw, rd: 0, src: CsrSrc::Reg(10), csr: 0x7c0 }, "csrrw zero,0x7c0,a0"),
    (0x8000056c, 0xffffd573, Inst::Csr { op: CsrOp::Rw, rd: 10, src: CsrSrc::Imm(31), csr: 0xfff }, "csrrwi a0,0xfff,31"),
    (0x80000570, 0x5c0012f3, Inst::Csr { op: CsrOp::Rw, rd: 5, src: CsrSrc::Reg(0), csr: 0x5c0 }, "csrrw t0,0x5c0,zero"),
    (0x80000574, 0x80005073, Inst::Csr { op: CsrOp::Rw, rd: 0, src: CsrSrc::Imm(0), csr: 0x800 }, "csrrwi zero,0x800,0"),
    (0x80000578, 0x7c052073, Inst::Csr { op: CsrOp::Rs, rd: 0, src: CsrSrc::Reg(10), csr: 0x7c0 }, "csrrs zero,0x7c0,a0"),
    (0x8000057c, 0xffffe573, Inst::Csr { op: CsrOp::Rs, rd: 10, src: CsrSrc::Imm(31), csr: 0xfff }, "csrrsi a0,0xfff,31"),
    (0x80000580, 0x5c0022f3, Inst::Csr { op: CsrOp::Rs, rd: 5, src: CsrSrc::Reg(0), csr: 0x5c0 }, "csrrs t0,0x5c0,zero"),
    (0x80000584, 0x80006073, Inst::Csr { op: CsrOp::Rs, rd: 0, src: CsrSrc::Imm(0), csr: 0x800 }, "csrrsi zero,0x800,0"),
    (0x80000588, 0x7c053073, Inst::Csr { op: CsrOp::Rc, rd: 0, src: CsrSrc::Reg(10), csr: 0x7c0 }, "csrrc zero,0x7c0,a0"),
    (0x8000058c, 0xfffff573, Inst::Csr { op: CsrOp::Rc, rd: 10, src: CsrSrc::Imm(31), csr: 0xfff }, "csrrci a0,0xfff,31"),
    (0x80000590, 0x5c0032f3, Inst::Csr { op: CsrOp::Rc, rd: 5, src: CsrSrc::Reg(0), csr: 0x5c0 }, "csrrc t0,0x5c0,zero"),
    (0x80000594, 0x80007073, Inst::Csr { op: CsrOp::Rc, rd: 0, src: CsrSrc::Imm(0), csr: 0x800 }, "csrrci zero,0x800,0"),
    (0x80000598, 0x1005a52f, Inst::Lr { width: AmoWidth::W, rd: 10, rs1: 11, aq: false, rl: false }, "lr.w a0,(a1)"),
    (0x8000059c, 0x1863a2af, Inst::Sc { width: AmoWidth::W, rd: 5, rs1: 7, rs2: 6, aq: false, rl: false }, "sc.w t0,t1,(t2)"),
    (0x800005a0, 0x08c5a52f, Inst::Amo { op: AmoOp::Swap, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amoswap.w a0,a2,(a1)"),
    (0x800005a4, 0x00c5a52f, Inst::Amo { op: AmoOp::Add, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amoadd.w a0,a2,(a1)"),
    (0x800005a8, 0x20c5a52f, Inst::Amo { op: AmoOp::Xor, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amoxor.w a0,a2,(a1)"),
    (0x800005ac, 0x60c5a52f, Inst::Amo { op: AmoOp::And, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amoand.w a0,a2,(a1)"),
    (0x800005b0, 0x40c5a52f, Inst::Amo { op: AmoOp::Or, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amoor.w a0,a2,(a1)"),
    (0x800005b4, 0x80c5a52f, Inst::Amo { op: AmoOp::Min, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amomin.w a0,a2,(a1)"),
    (0x800005b8, 0xa0c5a52f, Inst::Amo { op: AmoOp::Max, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amomax.w a0,a2,(a1)"),
    (0x800005bc, 0xc0c5a52f, Inst::Amo { op: AmoOp::Minu, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amominu.w a0,a2,(a1)"),
    (0x800005c0, 0xe0c5a52f, Inst::Amo { op: AmoOp::Maxu, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amomaxu.w a0,a2,(a1)"),
    (0x800005c4, 0x1405a52f, Inst::Lr { width: AmoWidth::W, rd: 10, rs1: 11, aq: true, rl: false }, "lr.w.aq a0,(a1)"),
    (0x800005c8, 0x1c63a2af, Inst::Sc { width: AmoWidth::W, rd: 5, rs1: 7, rs2: 6, aq: true, rl: false }, "sc.w.aq t0,t1,(t2)"),
    (0x800005cc, 0x0cc5a52f, Inst::Amo { op: AmoOp::Swap, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amoswap.w.aq a0,a2,(a1)"),
    (0x800005d0, 0x04c5a52f, Inst::Amo { op: AmoOp::Add, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amoadd.w.aq a0,a2,(a1)"),
    (0x800005d4, 0x24c5a52f, Inst::Amo { op: AmoOp::Xor, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amoxor.w.aq a0,a2,(a1)"),
    (0x800005d8, 0x64c5a52f, Inst::Amo { op: AmoOp::And, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amoand.w.aq a0,a2,(a1)"),
    (0x800005dc, 0x44c5a52f, Inst::Amo { op: AmoOp::Or, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amoor.w.aq a0,a2,(a1)"),
    (0x800005e0, 0x84c5a52f, Inst::Amo { op: AmoOp::Min, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amomin.w.aq a0,a2,(a1)"),
    (0x800005e4, 0xa4c5a52f, Inst::Amo { op: AmoOp::Max, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amomax.w.aq a0,a2,(a1)"),
    (0x800005e8, 0xc4c5a52f, Inst::Amo { op: AmoOp::Minu, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amominu.w.aq a0,a2,(a1)"),
    (0x800005ec, 0xe4c5a52f, Inst::Amo { op: AmoOp::Maxu, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amomaxu.w.aq a0,a2,(a1)"),
    (0x800005f0, 0x1205a52f, Inst::Lr { width: AmoWidth::W, rd: 10, rs1: 11, aq: false, rl: true }, "lr.w.rl a0,(a1)"),
    (0x800005f4, 0x1a63a2af, Inst::Sc { width: AmoWidth::W, rd: 5, rs1: 7, rs2: 6, aq: false, rl: true }, "sc.w.rl t0,t1,(t2)"),
    (0x800005f8, 0x0ac5a52f, Inst::Amo { op: AmoOp::Swap, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amoswap.w.rl a0,a2,(a1)"),
    (0x800005fc, 0x02c5a52f, Inst::Amo { op: AmoOp::Add, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amoadd.w.rl a0,a2,(a1)"),
    (0x80000600, 0x22c5a52f, Inst::Amo { op: AmoOp::Xor, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amoxor.w.rl a0,a2,(a1)"),
    (0x80000604, 0x62c5a52f, Inst::Amo { op: AmoOp::And, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amoand.w.rl a0,a2,(a1)"),
    (0x80000608, 0x42c5a52f, Inst::Amo { op: AmoOp::Or, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amoor.w.rl a0,a2,(a1)"),
    (0x8000060c, 0x82c5a52f, Inst::Amo { op: AmoOp::Min, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amomin.w.rl a0,a2,(a1)"),
    (0x80000610, 0xa2c5a52f, Inst::Amo { op: AmoOp::Max, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amomax.w.rl a0,a2,(a1)"),
    (0x80000614, 0xc2c5a52f, Inst::Amo { op: AmoOp::Minu, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amominu.w.rl a0,a2,(a1)"),
    (0x80000618, 0xe2c5a52f, Inst::Amo { op: AmoOp::Maxu, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amomaxu.w.rl a0,a2,(a1)"),
    (0x8000061c, 0x1605a52f, Inst::Lr { width: AmoWidth::W, rd: 10, rs1: 11, aq: true, rl: true }, "lr.w.aqrl a0,(a1)"),
    (0x80000620, 0x1e63a2af, Inst::Sc { width: AmoWidth::W, rd: 5, rs1: 7, rs2: 6, aq: true, rl: true }, "sc.w.aqrl t0,t1,(t2)"),
    (0x80000624, 0x0ec5a52f, Inst::Amo { op: AmoOp::Swap, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amoswap.w.aqrl a0,a2,(a1)"),
    (0x80000628, 0x06c5a52f, Inst::Amo { op: AmoOp::Add, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amoadd.w.aqrl a0,a2,(a1)"),
    (0x8000062c, 0x26c5a52f, Inst::Amo { op: AmoOp::Xor, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amoxor.w.aqrl a0,a2,(a1)"),
    (0x80000630, 0x66c5a52f, Inst::Amo { op: AmoOp::And, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amoand.w.aqrl a0,a2,(a1)"),
    (0x80000634, 0x46c5a52f, Inst::Amo { op: AmoOp::Or, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amoor.w.aqrl a0,a2,(a1)"),
    (0x80000638, 0x86c5a52f, Inst::Amo { op: AmoOp::Min, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amomin.w.aqrl a0,a2,(a1)"),
    (0x8000063c, 0xa6c5a52f, Inst::Amo { op: AmoOp::Max, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amomax.w.aqrl a0,a2,(a1)"),
    (0x80000640, 0xc6c5a52f, Inst::Amo { op: AmoOp::Minu, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amominu.w.aqrl a0,a2,(a1)"),
    (0x80000644, 0xe6c5a52f, Inst::Amo { op: AmoOp::Maxu, width: AmoWidth::W, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amomaxu.w.aqrl a0,a2,(a1)"),
    (0x80000648, 0x1000202f, Inst::Lr { width: AmoWidth::W, rd: 0, rs1: 0, aq: false, rl: false }, "lr.w zero,(zero)"),
    (0x8000064c, 0x1800202f, Inst::Sc { width: AmoWidth::W, rd: 0, rs1: 0, rs2: 0, aq: false, rl: false }, "sc.w zero,zero,(zero)"),
    (0x80000650, 0x01eeafaf, Inst::Amo { op: AmoOp::Add, width: AmoWidth::W, rd: 31, rs1: 29, rs2: 30, aq: false, rl: false }, "amoadd.w t6,t5,(t4)"),
    (0x80000654, 0x1005b52f, Inst::Lr { width: AmoWidth::D, rd: 10, rs1: 11, aq: false, rl: false }, "lr.d a0,(a1)"),
    (0x80000658, 0x1863b2af, Inst::Sc { width: AmoWidth::D, rd: 5, rs1: 7, rs2: 6, aq: false, rl: false }, "sc.d t0,t1,(t2)"),
    (0x8000065c, 0x08c5b52f, Inst::Amo { op: AmoOp::Swap, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amoswap.d a0,a2,(a1)"),
    (0x80000660, 0x00c5b52f, Inst::Amo { op: AmoOp::Add, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amoadd.d a0,a2,(a1)"),
    (0x80000664, 0x20c5b52f, Inst::Amo { op: AmoOp::Xor, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amoxor.d a0,a2,(a1)"),
    (0x80000668, 0x60c5b52f, Inst::Amo { op: AmoOp::And, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amoand.d a0,a2,(a1)"),
    (0x8000066c, 0x40c5b52f, Inst::Amo { op: AmoOp::Or, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amoor.d a0,a2,(a1)"),
    (0x80000670, 0x80c5b52f, Inst::Amo { op: AmoOp::Min, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amomin.d a0,a2,(a1)"),
    (0x80000674, 0xa0c5b52f, Inst::Amo { op: AmoOp::Max, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amomax.d a0,a2,(a1)"),
    (0x80000678, 0xc0c5b52f, Inst::Amo { op: AmoOp::Minu, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amominu.d a0,a2,(a1)"),
    (0x8000067c, 0xe0c5b52f, Inst::Amo { op: AmoOp::Maxu, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: false }, "amomaxu.d a0,a2,(a1)"),
    (0x80000680, 0x1405b52f, Inst::Lr { width: AmoWidth::D, rd: 10, rs1: 11, aq: true, rl: false }, "lr.d.aq a0,(a1)"),
    (0x80000684, 0x1c63b2af, Inst::Sc { width: AmoWidth::D, rd: 5, rs1: 7, rs2: 6, aq: true, rl: false }, "sc.d.aq t0,t1,(t2)"),
    (0x80000688, 0x0cc5b52f, Inst::Amo { op: AmoOp::Swap, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amoswap.d.aq a0,a2,(a1)"),
    (0x8000068c, 0x04c5b52f, Inst::Amo { op: AmoOp::Add, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amoadd.d.aq a0,a2,(a1)"),
    (0x80000690, 0x24c5b52f, Inst::Amo { op: AmoOp::Xor, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amoxor.d.aq a0,a2,(a1)"),
    (0x80000694, 0x64c5b52f, Inst::Amo { op: AmoOp::And, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amoand.d.aq a0,a2,(a1)"),
    (0x80000698, 0x44c5b52f, Inst::Amo { op: AmoOp::Or, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amoor.d.aq a0,a2,(a1)"),
    (0x8000069c, 0x84c5b52f, Inst::Amo { op: AmoOp::Min, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amomin.d.aq a0,a2,(a1)"),
    (0x800006a0, 0xa4c5b52f, Inst::Amo { op: AmoOp::Max, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amomax.d.aq a0,a2,(a1)"),
    (0x800006a4, 0xc4c5b52f, Inst::Amo { op: AmoOp::Minu, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amominu.d.aq a0,a2,(a1)"),
    (0x800006a8, 0xe4c5b52f, Inst::Amo { op: AmoOp::Maxu, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: false }, "amomaxu.d.aq a0,a2,(a1)"),
    (0x800006ac, 0x1205b52f, Inst::Lr { width: AmoWidth::D, rd: 10, rs1: 11, aq: false, rl: true }, "lr.d.rl a0,(a1)"),
    (0x800006b0, 0x1a63b2af, Inst::Sc { width: AmoWidth::D, rd: 5, rs1: 7, rs2: 6, aq: false, rl: true }, "sc.d.rl t0,t1,(t2)"),
    (0x800006b4, 0x0ac5b52f, Inst::Amo { op: AmoOp::Swap, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amoswap.d.rl a0,a2,(a1)"),
    (0x800006b8, 0x02c5b52f, Inst::Amo { op: AmoOp::Add, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amoadd.d.rl a0,a2,(a1)"),
    (0x800006bc, 0x22c5b52f, Inst::Amo { op: AmoOp::Xor, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amoxor.d.rl a0,a2,(a1)"),
    (0x800006c0, 0x62c5b52f, Inst::Amo { op: AmoOp::And, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amoand.d.rl a0,a2,(a1)"),
    (0x800006c4, 0x42c5b52f, Inst::Amo { op: AmoOp::Or, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amoor.d.rl a0,a2,(a1)"),
    (0x800006c8, 0x82c5b52f, Inst::Amo { op: AmoOp::Min, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amomin.d.rl a0,a2,(a1)"),
    (0x800006cc, 0xa2c5b52f, Inst::Amo { op: AmoOp::Max, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amomax.d.rl a0,a2,(a1)"),
    (0x800006d0, 0xc2c5b52f, Inst::Amo { op: AmoOp::Minu, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amominu.d.rl a0,a2,(a1)"),
    (0x800006d4, 0xe2c5b52f, Inst::Amo { op: AmoOp::Maxu, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: false, rl: true }, "amomaxu.d.rl a0,a2,(a1)"),
    (0x800006d8, 0x1605b52f, Inst::Lr { width: AmoWidth::D, rd: 10, rs1: 11, aq: true, rl: true }, "lr.d.aqrl a0,(a1)"),
    (0x800006dc, 0x1e63b2af, Inst::Sc { width: AmoWidth::D, rd: 5, rs1: 7, rs2: 6, aq: true, rl: true }, "sc.d.aqrl t0,t1,(t2)"),
    (0x800006e0, 0x0ec5b52f, Inst::Amo { op: AmoOp::Swap, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amoswap.d.aqrl a0,a2,(a1)"),
    (0x800006e4, 0x06c5b52f, Inst::Amo { op: AmoOp::Add, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amoadd.d.aqrl a0,a2,(a1)"),
    (0x800006e8, 0x26c5b52f, Inst::Amo { op: AmoOp::Xor, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amoxor.d.aqrl a0,a2,(a1)"),
    (0x800006ec, 0x66c5b52f, Inst::Amo { op: AmoOp::And, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amoand.d.aqrl a0,a2,(a1)"),
    (0x800006f0, 0x46c5b52f, Inst::Amo { op: AmoOp::Or, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amoor.d.aqrl a0,a2,(a1)"),
    (0x800006f4, 0x86c5b52f, Inst::Amo { op: AmoOp::Min, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amomin.d.aqrl a0,a2,(a1)"),
    (0x800006f8, 0xa6c5b52f, Inst::Amo { op: AmoOp::Max, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amomax.d.aqrl a0,a2,(a1)"),
    (0x800006fc, 0xc6c5b52f, Inst::Amo { op: AmoOp::Minu, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amominu.d.aqrl a0,a2,(a1)"),
    (0x80000700, 0xe6c5b52f, Inst::Amo { op: AmoOp::Maxu, width: AmoWidth::D, rd: 10, rs1: 11, rs2: 12, aq: true, rl: true }, "amomaxu.d.aqrl a0,a2,(a1)"),
    (0x80000704, 0x1000302f, Inst::Lr { width: AmoWidth::D, rd: 0, rs1: 0, aq: false, rl: false }, "lr.d zero,(zero)"),
    (0x80000708, 0x1800302f, Inst::Sc { width: AmoWidth::D, rd: 0, rs1: 0, rs2: 0, aq: false, rl: false }, "sc.d zero,zero,(zero)"),
    (0x8000070c, 0x01eebfaf, Inst::Amo { op: AmoOp::Add, width: AmoWidth::D, rd: 31, rs1: 29, rs2: 30, aq: false, rl: false }, "amoadd.d t6,t5,(t4)"),
];

#[rustfmt::skip]
/// (pc, halfword, expected expansion, objdump text of the 32-bit expansion at that pc)
/// for compressed instructions; HINT code points are marked.
pub(super) const GOLDEN_16: &[(u64, u16, Inst, &str)] = &[
    (0x80010000, 0x0040, Inst::OpImm { op: AluOp::Add, rd: 8, rs1: 2, imm: 4 }, "addi s0,sp,4"),  // c.addi4spn s0,sp,4
    (0x80010002, 0x1ffc, Inst::OpImm { op: AluOp::Add, rd: 15, rs1: 2, imm: 1020 }, "addi a5,sp,1020"),  // c.addi4spn a5,sp,1020
    (0x80010004, 0x0808, Inst::OpImm { op: AluOp::Add, rd: 10, rs1: 2, imm: 16 }, "addi a0,sp,16"),  // c.addi4spn a0,sp,16
    (0x80010006, 0x0404, Inst::OpImm { op: AluOp::Add, rd: 9, rs1: 2, imm: 512 }, "addi s1,sp,512"),  // c.addi4spn s1,sp,512
    (0x80010008, 0x002c, Inst::OpImm { op: AluOp::Add, rd: 11, rs1: 2, imm: 8 }, "addi a1,sp,8"),  // c.addi4spn a1,sp,8
    (0x8001000a, 0x1010, Inst::OpImm { op: AluOp::Add, rd: 12, rs1: 2, imm: 32 }, "addi a2,sp,32"),  // c.addi4spn a2,sp,32
    (0x8001000c, 0x0094, Inst::OpImm { op: AluOp::Add, rd: 13, rs1: 2, imm: 64 }, "addi a3,sp,64"),  // c.addi4spn a3,sp,64
    (0x8001000e, 0x0118, Inst::OpImm { op: AluOp::Add, rd: 14, rs1: 2, imm: 128 }, "addi a4,sp,128"),  // c.addi4spn a4,sp,128
    (0x80010010, 0x021c, Inst::OpImm { op: AluOp::Add, rd: 15, rs1: 2, imm: 256 }, "addi a5,sp,256"),  // c.addi4spn a5,sp,256
    (0x80010012, 0x4188, Inst::Load { op: LoadOp::Lw, rd: 10, rs1: 11, imm: 0 }, "lw a0,0(a1)"),  // c.lw a0,0(a1)
    (0x80010014, 0x5fe0, Inst::Load { op: LoadOp::Lw, rd: 8, rs1: 15, imm: 124 }, "lw s0,124(a5)"),  // c.lw s0,124(a5)
    (0x80010016, 0x405c, Inst::Load { op: LoadOp::Lw, rd: 15, rs1: 8, imm: 4 }, "lw a5,4(s0)"),  // c.lw a5,4(s0)
    (0x80010018, 0x4224, Inst::Load { op: LoadOp::Lw, rd: 9, rs1: 12, imm: 64 }, "lw s1,64(a2)"),  // c.lw s1,64(a2)
    (0x8001001a, 0x4714, Inst::Load { op: LoadOp::Lw, rd: 13, rs1: 14, imm: 8 }, "lw a3,8(a4)"),  // c.lw a3,8(a4)
    (0x8001001c, 0x6188, Inst::Load { op: LoadOp::Ld, rd: 10, rs1: 11, imm: 0 }, "ld a0,0(a1)"),  // c.ld a0,0(a1)
    (0x8001001e, 0x7fe0, Inst::Load { op: LoadOp::Ld, rd: 8, rs1: 15, imm: 248 }, "ld s0,248(a5)"),  // c.ld s0,248(a5)
    (0x80010020, 0x641c, Inst::Load { op: LoadOp::Ld, rd: 15, rs1: 8, imm: 8 }, "ld a5,8(s0)"),  // c.ld a5,8(s0)
    (0x80010022, 0x6244, Inst::Load { op: LoadOp::Ld, rd: 9, rs1: 12, imm: 128 }, "ld s1,128(a2)"),  // c.ld s1,128(a2)
    (0x80010024, 0x6334, Inst::Load { op: LoadOp::Ld, rd: 13, rs1: 14, imm: 64 }, "ld a3,64(a4)"),  // c.ld a3,64(a4)
    (0x80010026, 0xc188, Inst::Store { op: StoreOp::Sw, rs1: 11, rs2: 10, imm: 0 }, "sw a0,0(a1)"),  // c.sw a0,0(a1)
    (0x80010028, 0xdfe0, Inst::Store { op: StoreOp::Sw, rs1: 15, rs2: 8, imm: 124 }, "sw s0,124(a5)"),  // c.sw s0,124(a5)
    (0x8001002a, 0xc05c, Inst::Store { op: StoreOp::Sw, rs1: 8, rs2: 15, imm: 4 }, "sw a5,4(s0)"),  // c.sw a5,4(s0)
    (0x8001002c, 0xc0b0, Inst::Store { op: StoreOp::Sw, rs1: 9, rs2: 12, imm: 64 }, "sw a2,64(s1)"),  // c.sw a2,64(s1)
    (0x8001002e, 0xe188, Inst::Store { op: StoreOp::Sd, rs1: 11, rs2: 10, imm: 0 }, "sd a0,0(a1)"),  // c.sd a0,0(a1)
    (0x80010030, 0xffe0, Inst::Store { op: StoreOp::Sd, rs1: 15, rs2: 8, imm: 248 }, "sd s0,248(a5)"),  // c.sd s0,248(a5)
    (0x80010032, 0xe41c, Inst::Store { op: StoreOp::Sd, rs1: 8, rs2: 15, imm: 8 }, "sd a5,8(s0)"),  // c.sd a5,8(s0)
    (0x80010034, 0xe0d0, Inst::Store { op: StoreOp::Sd, rs1: 9, rs2: 12, imm: 128 }, "sd a2,128(s1)"),  // c.sd a2,128(s1)
    (0x80010036, 0x0001, Inst::OpImm { op: AluOp::Add, rd: 0, rs1: 0, imm: 0 }, "addi zero,zero,0"),  // c.addi zero,0
    (0x80010038, 0x0015, Inst::OpImm { op: AluOp::Add, rd: 0, rs1: 0, imm: 5 }, "addi zero,zero,5"),  // HINT c.addi zero,5
    (0x8001003a, 0x1001, Inst::OpImm { op: AluOp::Add, rd: 0, rs1: 0, imm: -32 }, "addi zero,zero,-32"),  // HINT c.addi zero,-32
    (0x8001003c, 0x0505, Inst::OpImm { op: AluOp::Add, rd: 10, rs1: 10, imm: 1 }, "addi a0,a0,1"),  // c.addi a0,1
    (0x8001003e, 0x1f81, Inst::OpImm { op: AluOp::Add, rd: 31, rs1: 31, imm: -32 }, "addi t6,t6,-32"),  // c.addi t6,-32
    (0x80010040, 0x017d, Inst::OpImm { op: AluOp::Add, rd: 2, rs1: 2, imm: 31 }, "addi sp,sp,31"),  // c.addi sp,31
    (0x80010042, 0x10fd, Inst::OpImm { op: AluOp::Add, rd: 1, rs1: 1, imm: -1 }, "addi ra,ra,-1"),  // c.addi ra,-1
    (0x80010044, 0x0501, Inst::OpImm { op: AluOp::Add, rd: 10, rs1: 10, imm: 0 }, "addi a0,a0,0"),  // HINT c.addi a0,0
    (0x80010046, 0x2505, Inst::OpImm32 { op: AluOp::Add, rd: 10, rs1: 10, imm: 1 }, "addiw a0,a0,1"),  // c.addiw a0,1
    (0x80010048, 0x3f81, Inst::OpImm32 { op: AluOp::Add, rd: 31, rs1: 31, imm: -32 }, "addiw t6,t6,-32"),  // c.addiw t6,-32
    (0x8001004a, 0x247d, Inst::OpImm32 { op: AluOp::Add, rd: 8, rs1: 8, imm: 31 }, "addiw s0,s0,31"),  // c.addiw s0,31
    (0x8001004c, 0x2081, Inst::OpImm32 { op: AluOp::Add, rd: 1, rs1: 1, imm: 0 }, "addiw ra,ra,0"),  // c.addiw ra,0
    (0x8001004e, 0x4505, Inst::OpImm { op: AluOp::Add, rd: 10, rs1: 0, imm: 1 }, "addi a0,zero,1"),  // c.li a0,1
    (0x80010050, 0x5f81, Inst::OpImm { op: AluOp::Add, rd: 31, rs1: 0, imm: -32 }, "addi t6,zero,-32"),  // c.li t6,-32
    (0x80010052, 0x447d, Inst::OpImm { op: AluOp::Add, rd: 8, rs1: 0, imm: 31 }, "addi s0,zero,31"),  // c.li s0,31
    (0x80010054, 0x4081, Inst::OpImm { op: AluOp::Add, rd: 1, rs1: 0, imm: 0 }, "addi ra,zero,0"),  // c.li ra,0
    (0x80010056, 0x4015, Inst::OpImm { op: AluOp::Add, rd: 0, rs1: 0, imm: 5 }, "addi zero,zero,5"),  // HINT c.li zero,5
    (0x80010058, 0x6505, Inst::Lui { rd: 10, imm: 4096 }, "lui a0,0x1"),  // c.lui a0,0x1
    (0x8001005a, 0x6ffd, Inst::Lui { rd: 31, imm: 126976 }, "lui t6,0x1f"),  // c.lui t6,0x1f
    (0x8001005c, 0x7401, Inst::Lui { rd: 8, imm: -131072 }, "lui s0,0xfffe0"),  // c.lui s0,0xfffe0
    (0x8001005e, 0x70fd, Inst::Lui { rd: 1, imm: -4096 }, "lui ra,0xfffff"),  // c.lui ra,0xfffff
    (0x80010060, 0x61c1, Inst::Lui { rd: 3, imm: 65536 }, "lui gp,0x10"),  // c.lui gp,0x10
    (0x80010062, 0x6005, Inst::Lui { rd: 0, imm: 4096 }, "lui zero,0x1"),  // HINT c.lui zero,0x1
    (0x80010064, 0x7005, Inst::Lui { rd: 0, imm: -126976 }, "lui zero,0xfffe1"),  // HINT c.lui zero,0xfffe1
    (0x80010066, 0x6141, Inst::OpImm { op: AluOp::Add, rd: 2, rs1: 2, imm: 16 }, "addi sp,sp,16"),  // c.addi16sp sp,16
    (0x80010068, 0x7101, Inst::OpImm { op: AluOp::Add, rd: 2, rs1: 2, imm: -512 }, "addi sp,sp,-512"),  // c.addi16sp sp,-512
    (0x8001006a, 0x617d, Inst::OpImm { op: AluOp::Add, rd: 2, rs1: 2, imm: 496 }, "addi sp,sp,496"),  // c.addi16sp sp,496
    (0x8001006c, 0x717d, Inst::OpImm { op: AluOp::Add, rd: 2, rs1: 2, imm: -16 }, "addi sp,sp,-16"),  // c.addi16sp sp,-16
    (0x8001006e, 0x6105, Inst::OpImm { op: AluOp::Add, rd: 2, rs1: 2, imm: 32 }, "addi sp,sp,32"),  // c.addi16sp sp,32
    (0x80010070, 0x6121, Inst::OpImm { op: AluOp::Add, rd: 2, rs1: 2, imm: 64 }, "addi sp,sp,64"),  // c.addi16sp sp,64
    (0x80010072, 0x6109, Inst::OpImm { op: AluOp::Add, rd: 2, rs1: 2, imm: 128 }, "addi sp,sp,128"),  // c.addi16sp sp,128
    (0x80010074, 0x6111, Inst::OpImm { op: AluOp::Add, rd: 2, rs1: 2, imm: 256 }, "addi sp,sp,256"),  // c.addi16sp sp,256
    (0x80010076, 0x8105, Inst::OpImm { op: AluOp::Srl, rd: 10, rs1: 10, imm: 1 }, "srli a0,a0,0x1"),  // c.srli a0,0x1
    (0x80010078, 0x907d, Inst::OpImm { op: AluOp::Srl, rd: 8, rs1: 8, imm: 63 }, "srli s0,s0,0x3f"),  // c.srli s0,0x3f
    (0x8001007a, 0x9381, Inst::OpImm { op: AluOp::Srl, rd: 15, rs1: 15, imm: 32 }, "srli a5,a5,0x20"),  // c.srli a5,0x20
    (0x8001007c, 0x8101, Inst::OpImm { op: AluOp::Srl, rd: 10, rs1: 10, imm: 0 }, "srli a0,a0,0x0"),  // HINT c.srli64 a0
    (0x8001007e, 0x8505, Inst::OpImm { op: AluOp::Sra, rd: 10, rs1: 10, imm: 1 }, "srai a0,a0,0x1"),  // c.srai a0,0x1
    (0x80010080, 0x947d, Inst::OpImm { op: AluOp::Sra, rd: 8, rs1: 8, imm: 63 }, "srai s0,s0,0x3f"),  // c.srai s0,0x3f
    (0x80010082, 0x9781, Inst::OpImm { op: AluOp::Sra, rd: 15, rs1: 15, imm: 32 }, "srai a5,a5,0x20"),  // c.srai a5,0x20
    (0x80010084, 0x8501, Inst::OpImm { op: AluOp::Sra, rd: 10, rs1: 10, imm: 0 }, "srai a0,a0,0x0"),  // HINT c.srai64 a0
    (0x80010086, 0x8905, Inst::OpImm { op: AluOp::And, rd: 10, rs1: 10, imm: 1 }, "andi a0,a0,1"),  // c.andi a0,1
    (0x80010088, 0x9801, Inst::OpImm { op: AluOp::And, rd: 8, rs1: 8, imm: -32 }, "andi s0,s0,-32"),  // c.andi s0,-32
    (0x8001008a, 0x8bfd, Inst::OpImm { op: AluOp::And, rd: 15, rs1: 15, imm: 31 }, "andi a5,a5,31"),  // c.andi a5,31
    (0x8001008c, 0x8981, Inst::OpImm { op: AluOp::And, rd: 11, rs1: 11, imm: 0 }, "andi a1,a1,0"),  // c.andi a1,0
    (0x8001008e, 0x8d0d, Inst::Op { op: AluOp::Sub, rd: 10, rs1: 10, rs2: 11 }, "sub a0,a0,a1"),  // c.sub a0,a1
    (0x80010090, 0x8c1d, Inst::Op { op: AluOp::Sub, rd: 8, rs1: 8, rs2: 15 }, "sub s0,s0,a5"),  // c.sub s0,a5
    (0x80010092, 0x8f85, Inst::Op { op: AluOp::Sub, rd: 15, rs1: 15, rs2: 9 }, "sub a5,a5,s1"),  // c.sub a5,s1
    (0x80010094, 0x8d2d, Inst::Op { op: AluOp::Xor, rd: 10, rs1: 10, rs2: 11 }, "xor a0,a0,a1"),  // c.xor a0,a1
    (0x80010096, 0x8c3d, Inst::Op { op: AluOp::Xor, rd: 8, rs1: 8, rs2: 15 }, "xor s0,s0,a5"),  // c.xor s0,a5
    (0x80010098, 0x8fa5, Inst::Op { op: AluOp::Xor, rd: 15, rs1: 15, rs2: 9 }, "xor a5,a5,s1"),  // c.xor a5,s1
    (0x8001009a, 0x8d4d, Inst::Op { op: AluOp::Or, rd: 10, rs1: 10, rs2: 11 }, "or a0,a0,a1"),  // c.or a0,a1
    (0x8001009c, 0x8c5d, Inst::Op { op: AluOp::Or, rd: 8, rs1: 8, rs2: 15 }, "or s0,s0,a5"),  // c.or s0,a5
    (0x8001009e, 0x8fc5, Inst::Op { op: AluOp::Or, rd: 15, rs1: 15, rs2: 9 }, "or a5,a5,s1"),  // c.or a5,s1
    (0x800100a0, 0x8d6d, Inst::Op { op: AluOp::And, rd: 10, rs1: 10, rs2: 11 }, "and a0,a0,a1"),  // c.and a0,a1
    (0x800100a2, 0x8c7d, Inst::Op { op: AluOp::And, rd: 8, rs1: 8, rs2: 15 }, "and s0,s0,a5"),  // c.and s0,a5
    (0x800100a4, 0x8fe5, Inst::Op { op: AluOp::And, rd: 15, rs1: 15, rs2: 9 }, "and a5,a5,s1"),  // c.and a5,s1
    (0x800100a6, 0x9d0d, Inst::Op32 { op: AluOp::Sub, rd: 10, rs1: 10, rs2: 11 }, "subw a0,a0,a1"),  // c.subw a0,a1
    (0x800100a8, 0x9c1d, Inst::Op32 { op: AluOp::Sub, rd: 8, rs1: 8, rs2: 15 }, "subw s0,s0,a5"),  // c.subw s0,a5
    (0x800100aa, 0x9f85, Inst::Op32 { op: AluOp::Sub, rd: 15, rs1: 15, rs2: 9 }, "subw a5,a5,s1"),  // c.subw a5,s1
    (0x800100ac, 0x9d2d, Inst::Op32 { op: AluOp::Add, rd: 10, rs1: 10, rs2: 11 }, "addw a0,a0,a1"),  // c.addw a0,a1
    (0x800100ae, 0x9c3d, Inst::Op32 { op: AluOp::Add, rd: 8, rs1: 8, rs2: 15 }, "addw s0,s0,a5"),  // c.addw s0,a5
    (0x800100b0, 0x9fa5, Inst::Op32 { op: AluOp::Add, rd: 15, rs1: 15, rs2: 9 }, "addw a5,a5,s1"),  // c.addw a5,s1
    (0x800100b2, 0xa009, Inst::Jal { rd: 0, imm: 2 }, "jal zero,800100b4"),  // c.j 800100b4
    (0x800100b4, 0xb001, Inst::Jal { rd: 0, imm: -2048 }, "jal zero,8000f8b4"),  // c.j 8000f8b4
    (0x800100b6, 0xaffd, Inst::Jal { rd: 0, imm: 2046 }, "jal zero,800108b4"),  // c.j 800108b4
    (0x800100b8, 0xbffd, Inst::Jal { rd: 0, imm: -2 }, "jal zero,800100b6"),  // c.j 800100b6
    (0x800100ba, 0xa801, Inst::Jal { rd: 0, imm: 16 }, "jal zero,800100ca"),  // c.j 800100ca
    (0x800100bc, 0xa005, Inst::Jal { rd: 0, imm: 32 }, "jal zero,800100dc"),  // c.j 800100dc
    (0x800100be, 0xa081, Inst::Jal { rd: 0, imm: 64 }, "jal zero,800100fe"),  // c.j 800100fe
    (0x800100c0, 0xa041, Inst::Jal { rd: 0, imm: 128 }, "jal zero,80010140"),  // c.j 80010140
    (0x800100c2, 0xa201, Inst::Jal { rd: 0, imm: 256 }, "jal zero,800101c2"),  // c.j 800101c2
    (0x800100c4, 0xa401, Inst::Jal { rd: 0, imm: 512 }, "jal zero,800102c4"),  // c.j 800102c4
    (0x800100c6, 0xa101, Inst::Jal { rd: 0, imm: 1024 }, "jal zero,800104c6"),  // c.j 800104c6
    (0x800100c8, 0xa021, Inst::Jal { rd: 0, imm: 8 }, "jal zero,800100d0"),  // c.j 800100d0
    (0x800100ca, 0xa011, Inst::Jal { rd: 0, imm: 4 }, "jal zero,800100ce"),  // c.j 800100ce
    (0x800100cc, 0xc109, Inst::Branch { op: BranchOp::Beq, rs1: 10, rs2: 0, imm: 2 }, "beq a0,zero,800100ce"),  // c.beqz a0,800100ce
    (0x800100ce, 0xd001, Inst::Branch { op: BranchOp::Beq, rs1: 8, rs2: 0, imm: -256 }, "beq s0,zero,8000ffce"),  // c.beqz s0,8000ffce
    (0x800100d0, 0xcffd, Inst::Branch { op: BranchOp::Beq, rs1: 15, rs2: 0, imm: 254 }, "beq a5,zero,800101ce"),  // c.beqz a5,800101ce
    (0x800100d2, 0xdcfd, Inst::Branch { op: BranchOp::Beq, rs1: 9, rs2: 0, imm: -2 }, "beq s1,zero,800100d0"),  // c.beqz s1,800100d0
    (0x800100d4, 0xc581, Inst::Branch { op: BranchOp::Beq, rs1: 11, rs2: 0, imm: 8 }, "beq a1,zero,800100dc"),  // c.beqz a1,800100dc
    (0x800100d6, 0xca01, Inst::Branch { op: BranchOp::Beq, rs1: 12, rs2: 0, imm: 16 }, "beq a2,zero,800100e6"),  // c.beqz a2,800100e6
    (0x800100d8, 0xc285, Inst::Branch { op: BranchOp::Beq, rs1: 13, rs2: 0, imm: 32 }, "beq a3,zero,800100f8"),  // c.beqz a3,800100f8
    (0x800100da, 0xc321, Inst::Branch { op: BranchOp::Beq, rs1: 14, rs2: 0, imm: 64 }, "beq a4,zero,8001011a"),  // c.beqz a4,8001011a
    (0x800100dc, 0xc341, Inst::Branch { op: BranchOp::Beq, rs1: 14, rs2: 0, imm: 128 }, "beq a4,zero,8001015c"),  // c.beqz a4,8001015c
    (0x800100de, 0xc311, Inst::Branch { op: BranchOp::Beq, rs1: 14, rs2: 0, imm: 4 }, "beq a4,zero,800100e2"),  // c.beqz a4,800100e2
    (0x800100e0, 0xe109, Inst::Branch { op: BranchOp::Bne, rs1: 10, rs2: 0, imm: 2 }, "bne a0,zero,800100e2"),  // c.bnez a0,800100e2
    (0x800100e2, 0xf001, Inst::Branch { op: BranchOp::Bne, rs1: 8, rs2: 0, imm: -256 }, "bne s0,zero,8000ffe2"),  // c.bnez s0,8000ffe2
    (0x800100e4, 0xeffd, Inst::Branch { op: BranchOp::Bne, rs1: 15, rs2: 0, imm: 254 }, "bne a5,zero,800101e2"),  // c.bnez a5,800101e2
    (0x800100e6, 0xfcfd, Inst::Branch { op: BranchOp::Bne, rs1: 9, rs2: 0, imm: -2 }, "bne s1,zero,800100e4"),  // c.bnez s1,800100e4
    (0x800100e8, 0xe581, Inst::Branch { op: BranchOp::Bne, rs1: 11, rs2: 0, imm: 8 }, "bne a1,zero,800100f0"),  // c.bnez a1,800100f0
    (0x800100ea, 0xea01, Inst::Branch { op: BranchOp::Bne, rs1: 12, rs2: 0, imm: 16 }, "bne a2,zero,800100fa"),  // c.bnez a2,800100fa
    (0x800100ec, 0xe285, Inst::Branch { op: BranchOp::Bne, rs1: 13, rs2: 0, imm: 32 }, "bne a3,zero,8001010c"),  // c.bnez a3,8001010c
    (0x800100ee, 0xe321, Inst::Branch { op: BranchOp::Bne, rs1: 14, rs2: 0, imm: 64 }, "bne a4,zero,8001012e"),  // c.bnez a4,8001012e
    (0x800100f0, 0xe341, Inst::Branch { op: BranchOp::Bne, rs1: 14, rs2: 0, imm: 128 }, "bne a4,zero,80010170"),  // c.bnez a4,80010170
    (0x800100f2, 0xe311, Inst::Branch { op: BranchOp::Bne, rs1: 14, rs2: 0, imm: 4 }, "bne a4,zero,800100f6"),  // c.bnez a4,800100f6
    (0x800100f4, 0x0506, Inst::OpImm { op: AluOp::Sll, rd: 10, rs1: 10, imm: 1 }, "slli a0,a0,0x1"),  // c.slli a0,0x1
    (0x800100f6, 0x1ffe, Inst::OpImm { op: AluOp::Sll, rd: 31, rs1: 31, imm: 63 }, "slli t6,t6,0x3f"),  // c.slli t6,0x3f
    (0x800100f8, 0x1082, Inst::OpImm { op: AluOp::Sll, rd: 1, rs1: 1, imm: 32 }, "slli ra,ra,0x20"),  // c.slli ra,0x20
    (0x800100fa, 0x1506, Inst::OpImm { op: AluOp::Sll, rd: 10, rs1: 10, imm: 33 }, "slli a0,a0,0x21"),  // HINT c.slli a0,0x21
    (0x800100fc, 0x0006, Inst::OpImm { op: AluOp::Sll, rd: 0, rs1: 0, imm: 1 }, "slli zero,zero,0x1"),  // HINT c.slli zero,0x1
    (0x800100fe, 0x0502, Inst::OpImm { op: AluOp::Sll, rd: 10, rs1: 10, imm: 0 }, "slli a0,a0,0x0"),  // HINT c.slli64 a0
    (0x80010100, 0x4502, Inst::Load { op: LoadOp::Lw, rd: 10, rs1: 2, imm: 0 }, "lw a0,0(sp)"),  // c.lwsp a0,0(sp)
    (0x80010102, 0x5ffe, Inst::Load { op: LoadOp::Lw, rd: 31, rs1: 2, imm: 252 }, "lw t6,252(sp)"),  // c.lwsp t6,252(sp)
    (0x80010104, 0x4092, Inst::Load { op: LoadOp::Lw, rd: 1, rs1: 2, imm: 4 }, "lw ra,4(sp)"),  // c.lwsp ra,4(sp)
    (0x80010106, 0x5402, Inst::Load { op: LoadOp::Lw, rd: 8, rs1: 2, imm: 32 }, "lw s0,32(sp)"),  // c.lwsp s0,32(sp)
    (0x80010108, 0x4486, Inst::Load { op: LoadOp::Lw, rd: 9, rs1: 2, imm: 64 }, "lw s1,64(sp)"),  // c.lwsp s1,64(sp)
    (0x8001010a, 0x490a, Inst::Load { op: LoadOp::Lw, rd: 18, rs1: 2, imm: 128 }, "lw s2,128(sp)"),  // c.lwsp s2,128(sp)
    (0x8001010c, 0x49a2, Inst::Load { op: LoadOp::Lw, rd: 19, rs1: 2, imm: 8 }, "lw s3,8(sp)"),  // c.lwsp s3,8(sp)
    (0x8001010e, 0x4a42, Inst::Load { op: LoadOp::Lw, rd: 20, rs1: 2, imm: 16 }, "lw s4,16(sp)"),  // c.lwsp s4,16(sp)
    (0x80010110, 0x6502, Inst::Load { op: LoadOp::Ld, rd: 10, rs1: 2, imm: 0 }, "ld a0,0(sp)"),  // c.ldsp a0,0(sp)
    (0x80010112, 0x7ffe, Inst::Load { op: LoadOp::Ld, rd: 31, rs1: 2, imm: 504 }, "ld t6,504(sp)"),  // c.ldsp t6,504(sp)
    (0x80010114, 0x60a2, Inst::Load { op: LoadOp::Ld, rd: 1, rs1: 2, imm: 8 }, "ld ra,8(sp)"),  // c.ldsp ra,8(sp)
    (0x80010116, 0x7402, Inst::Load { op: LoadOp::Ld, rd: 8, rs1: 2, imm: 32 }, "ld s0,32(sp)"),  // c.ldsp s0,32(sp)
    (0x80010118, 0x6486, Inst::Load { op: LoadOp::Ld, rd: 9, rs1: 2, imm: 64 }, "ld s1,64(sp)"),  // c.ldsp s1,64(sp)
    (0x8001011a, 0x690a, Inst::Load { op: LoadOp::Ld, rd: 18, rs1: 2, imm: 128 }, "ld s2,128(sp)"),  // c.ldsp s2,128(sp)
    (0x8001011c, 0x6992, Inst::Load { op: LoadOp::Ld, rd: 19, rs1: 2, imm: 256 }, "ld s3,256(sp)"),  // c.ldsp s3,256(sp)
    (0x8001011e, 0x6a42, Inst::Load { op: LoadOp::Ld, rd: 20, rs1: 2, imm: 16 }, "ld s4,16(sp)"),  // c.ldsp s4,16(sp)
    (0x80010120, 0x8082, Inst::Jalr { rd: 0, rs1: 1, imm: 0 }, "jalr zero,0(ra)"),  // c.jr ra
    (0x80010122, 0x8f82, Inst::Jalr { rd: 0, rs1: 31, imm: 0 }, "jalr zero,0(t6)"),  // c.jr t6
    (0x80010124, 0x8502, Inst::Jalr { rd: 0, rs1: 10, imm: 0 }, "jalr zero,0(a0)"),  // c.jr a0
    (0x80010126, 0x852e, Inst::Op { op: AluOp::Add, rd: 10, rs1: 0, rs2: 11 }, "add a0,zero,a1"),  // c.mv a0,a1
    (0x80010128, 0x8f86, Inst::Op { op: AluOp::Add, rd: 31, rs1: 0, rs2: 1 }, "add t6,zero,ra"),  // c.mv t6,ra
    (0x8001012a, 0x80fe, Inst::Op { op: AluOp::Add, rd: 1, rs1: 0, rs2: 31 }, "add ra,zero,t6"),  // c.mv ra,t6
    (0x8001012c, 0x802e, Inst::Op { op: AluOp::Add, rd: 0, rs1: 0, rs2: 11 }, "add zero,zero,a1"),  // HINT c.mv zero,a1
    (0x8001012e, 0x9002, Inst::Ebreak, "ebreak"),  // c.ebreak
    (0x80010130, 0x9082, Inst::Jalr { rd: 1, rs1: 1, imm: 0 }, "jalr ra,0(ra)"),  // c.jalr ra
    (0x80010132, 0x9f82, Inst::Jalr { rd: 1, rs1: 31, imm: 0 }, "jalr ra,0(t6)"),  // c.jalr t6
    (0x80010134, 0x9502, Inst::Jalr { rd: 1, rs1: 10, imm: 0 }, "jalr ra,0(a0)"),  // c.jalr a0
    (0x80010136, 0x952e, Inst::Op { op: AluOp::Add, rd: 10, rs1: 10, rs2: 11 }, "add a0,a0,a1"),  // c.add a0,a1
    (0x80010138, 0x9f86, Inst::Op { op: AluOp::Add, rd: 31, rs1: 31, rs2: 1 }, "add t6,t6,ra"),  // c.add t6,ra
    (0x8001013a, 0x90fe, Inst::Op { op: AluOp::Add, rd: 1, rs1: 1, rs2: 31 }, "add ra,ra,t6"),  // c.add ra,t6
    (0x8001013c, 0x902e, Inst::Op { op: AluOp::Add, rd: 0, rs1: 0, rs2: 11 }, "add zero,zero,a1"),  // HINT c.add zero,a1
    (0x8001013e, 0x900a, Inst::Op { op: AluOp::Add, rd: 0, rs1: 0, rs2: 2 }, "ntl.p1"),  // HINT c.add zero,sp = c.ntl.p1 (Zihintntl; objdump 2.40: add zero,zero,sp)
    (0x80010140, 0xc02a, Inst::Store { op: StoreOp::Sw, rs1: 2, rs2: 10, imm: 0 }, "sw a0,0(sp)"),  // c.swsp a0,0(sp)
    (0x80010142, 0xdffe, Inst::Store { op: StoreOp::Sw, rs1: 2, rs2: 31, imm: 252 }, "sw t6,252(sp)"),  // c.swsp t6,252(sp)
    (0x80010144, 0xc202, Inst::Store { op: StoreOp::Sw, rs1: 2, rs2: 0, imm: 4 }, "sw zero,4(sp)"),  // c.swsp zero,4(sp)
    (0x80010146, 0xd022, Inst::Store { op: StoreOp::Sw, rs1: 2, rs2: 8, imm: 32 }, "sw s0,32(sp)"),  // c.swsp s0,32(sp)
    (0x80010148, 0xc0a6, Inst::Store { op: StoreOp::Sw, rs1: 2, rs2: 9, imm: 64 }, "sw s1,64(sp)"),  // c.swsp s1,64(sp)
    (0x8001014a, 0xc14a, Inst::Store { op: StoreOp::Sw, rs1: 2, rs2: 18, imm: 128 }, "sw s2,128(sp)"),  // c.swsp s2,128(sp)
    (0x8001014c, 0xc44e, Inst::Store { op: StoreOp::Sw, rs1: 2, rs2: 19, imm: 8 }, "sw s3,8(sp)"),  // c.swsp s3,8(sp)
    (0x8001014e, 0xc852, Inst::Store { op: StoreOp::Sw, rs1: 2, rs2: 20, imm: 16 }, "sw s4,16(sp)"),  // c.swsp s4,16(sp)
    (0x80010150, 0xe02a, Inst::Store { op: StoreOp::Sd, rs1: 2, rs2: 10, imm: 0 }, "sd a0,0(sp)"),  // c.sdsp a0,0(sp)
    (0x80010152, 0xfffe, Inst::Store { op: StoreOp::Sd, rs1: 2, rs2: 31, imm: 504 }, "sd t6,504(sp)"),  // c.sdsp t6,504(sp)
    (0x80010154, 0xe402, Inst::Store { op: StoreOp::Sd, rs1: 2, rs2: 0, imm: 8 }, "sd zero,8(sp)"),  // c.sdsp zero,8(sp)
    (0x80010156, 0xf022, Inst::Store { op: StoreOp::Sd, rs1: 2, rs2: 8, imm: 32 }, "sd s0,32(sp)"),  // c.sdsp s0,32(sp)
    (0x80010158, 0xe0a6, Inst::Store { op: StoreOp::Sd, rs1: 2, rs2: 9, imm: 64 }, "sd s1,64(sp)"),  // c.sdsp s1,64(sp)
    (0x8001015a, 0xe14a, Inst::Store { op: StoreOp::Sd, rs1: 2, rs2: 18, imm: 128 }, "sd s2,128(sp)"),  // c.sdsp s2,128(sp)
    (0x8001015c, 0xe24e, Inst::Store { op: StoreOp::Sd, rs1: 2, rs2: 19, imm: 256 }, "sd s3,256(sp)"),  // c.sdsp s3,256(sp)
    (0x8001015e, 0xe852, Inst::Store { op: StoreOp::Sd, rs1: 2, rs2: 20, imm: 16 }, "sd s4,16(sp)"),  // c.sdsp s4,16(sp)
];

#[test]
fn golden_fp_decode_and_disasm() {
    for &(pc, raw, expected, text) in GOLDEN_FP_32 {
        let inst = decode(raw).unwrap_or_else(|e| panic!("{raw:#010x} ({text}): {e}"));
        assert_eq!(inst, expected, "{raw:#010x} ({text})");
        assert_eq!(disasm_at(&inst, pc), text, "{raw:#010x}");
    }
    for &(pc, raw, expected, text) in GOLDEN_FP_16 {
        let inst = decode_compressed(raw).unwrap_or_else(|e| panic!("{raw:#06x} ({text}): {e}"));
        assert_eq!(inst, expected, "{raw:#06x} ({text})");
        assert_eq!(disasm_at(&inst, pc), text, "{raw:#06x}");
    }
}

#[test]
fn exact_conversions_print_a_nonzero_rm() {
    // objdump prints these only with rm = 0 (what gas emits) and shows `.4byte` otherwise.
    assert_eq!(decode(0xd205_9553).map(|i| i.to_string()), Ok("fcvt.d.w fa0,a1,rtz".into()));
    assert_eq!(decode(0x4205_f553).map(|i| i.to_string()), Ok("fcvt.d.s fa0,fa1".into()));
    assert_eq!(decode(0x4025_9553).map(|i| i.to_string()), Ok("fcvt.s.h fa0,fa1,rtz".into()));
    assert_eq!(decode(0x4225_f553).map(|i| i.to_string()), Ok("fcvt.d.h fa0,fa1".into()));
}

#[test]
fn golden_zfh_decode_and_disasm() {
    for &(pc, raw, expected, text) in GOLDEN_ZFH_32 {
        let inst = decode(raw).unwrap_or_else(|e| panic!("{raw:#010x} ({text}): {e}"));
        assert_eq!(inst, expected, "{raw:#010x} ({text})");
        assert_eq!(disasm_at(&inst, pc), text, "{raw:#010x}");
    }
}

// F and D, produced like the tables above (binutils 2.40, `-march=rv64g` for the 32-bit
// forms, `-march=rv64gc` for C.FLD/C.FSD/C.FLDSP/C.FSDSP, objdump `-d -M no-aliases`);
// every rounding mode, boundary registers and offsets. Rows written with an explicit
// `dyn` rm print without one, as objdump does.
#[rustfmt::skip]
/// (pc, word, expected instruction, objdump text) for the F and D instructions.
pub(super) const GOLDEN_FP_32: &[(u64, u32, Inst, &str)] = &[
    (0x80020000, 0x00c5f553, Inst::FOp { op: FpOp::Add, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12, rm: 7 }, "fadd.s fa0,fa1,fa2"),
    (0x80020004, 0x008f8053, Inst::FOp { op: FpOp::Add, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fadd.s ft0,ft11,fs0,rne"),
    (0x80020008, 0x01101fd3, Inst::FOp { op: FpOp::Add, fmt: FpFmt::S, rd: 31, rs1: 0, rs2: 17, rm: 1 }, "fadd.s ft11,ft0,fa7,rtz"),
    (0x8002000c, 0x08c5a553, Inst::FOp { op: FpOp::Sub, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12, rm: 2 }, "fsub.s fa0,fa1,fa2,rdn"),
    (0x80020010, 0x088fb053, Inst::FOp { op: FpOp::Sub, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 8, rm: 3 }, "fsub.s ft0,ft11,fs0,rup"),
    (0x80020014, 0x09104fd3, Inst::FOp { op: FpOp::Sub, fmt: FpFmt::S, rd: 31, rs1: 0, rs2: 17, rm: 4 }, "fsub.s ft11,ft0,fa7,rmm"),
    (0x80020018, 0x10c5f553, Inst::FOp { op: FpOp::Mul, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12, rm: 7 }, "fmul.s fa0,fa1,fa2"),
    (0x8002001c, 0x108ff053, Inst::FOp { op: FpOp::Mul, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 8, rm: 7 }, "fmul.s ft0,ft11,fs0"),
    (0x80020020, 0x11100fd3, Inst::FOp { op: FpOp::Mul, fmt: FpFmt::S, rd: 31, rs1: 0, rs2: 17, rm: 0 }, "fmul.s ft11,ft0,fa7,rne"),
    (0x80020024, 0x18c59553, Inst::FOp { op: FpOp::Div, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12, rm: 1 }, "fdiv.s fa0,fa1,fa2,rtz"),
    (0x80020028, 0x188fa053, Inst::FOp { op: FpOp::Div, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 8, rm: 2 }, "fdiv.s ft0,ft11,fs0,rdn"),
    (0x8002002c, 0x19103fd3, Inst::FOp { op: FpOp::Div, fmt: FpFmt::S, rd: 31, rs1: 0, rs2: 17, rm: 3 }, "fdiv.s ft11,ft0,fa7,rup"),
    (0x80020030, 0x5805c553, Inst::FOp { op: FpOp::Sqrt, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 0, rm: 4 }, "fsqrt.s fa0,fa1,rmm"),
    (0x80020034, 0x580ff053, Inst::FOp { op: FpOp::Sqrt, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 0, rm: 7 }, "fsqrt.s ft0,ft11"),
    (0x80020038, 0x58007fd3, Inst::FOp { op: FpOp::Sqrt, fmt: FpFmt::S, rd: 31, rs1: 0, rs2: 0, rm: 7 }, "fsqrt.s ft11,ft0"),
    (0x8002003c, 0x20c58553, Inst::FOp { op: FpOp::Sgnj, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fsgnj.s fa0,fa1,fa2"),
    (0x80020040, 0x208f8053, Inst::FOp { op: FpOp::Sgnj, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fsgnj.s ft0,ft11,fs0"),
    (0x80020044, 0x20c59553, Inst::FOp { op: FpOp::Sgnjn, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fsgnjn.s fa0,fa1,fa2"),
    (0x80020048, 0x208f9053, Inst::FOp { op: FpOp::Sgnjn, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fsgnjn.s ft0,ft11,fs0"),
    (0x8002004c, 0x20c5a553, Inst::FOp { op: FpOp::Sgnjx, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fsgnjx.s fa0,fa1,fa2"),
    (0x80020050, 0x208fa053, Inst::FOp { op: FpOp::Sgnjx, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fsgnjx.s ft0,ft11,fs0"),
    (0x80020054, 0x28c58553, Inst::FOp { op: FpOp::Min, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fmin.s fa0,fa1,fa2"),
    (0x80020058, 0x288f8053, Inst::FOp { op: FpOp::Min, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fmin.s ft0,ft11,fs0"),
    (0x8002005c, 0x28c59553, Inst::FOp { op: FpOp::Max, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fmax.s fa0,fa1,fa2"),
    (0x80020060, 0x288f9053, Inst::FOp { op: FpOp::Max, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fmax.s ft0,ft11,fs0"),
    (0x80020064, 0x68c58543, Inst::FFma { op: FmaOp::Madd, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 0 }, "fmadd.s fa0,fa1,fa2,fa3,rne"),
    (0x80020068, 0xd88f9043, Inst::FFma { op: FmaOp::Madd, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 1 }, "fmadd.s ft0,ft11,fs0,fs11,rtz"),
    (0x8002006c, 0xe1102fc3, Inst::FFma { op: FmaOp::Madd, fmt: FpFmt::S, rd: 31, rs1: 0, rs2: 17, rs3: 28, rm: 2 }, "fmadd.s ft11,ft0,fa7,ft8,rdn"),
    (0x80020070, 0x68c5b547, Inst::FFma { op: FmaOp::Msub, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 3 }, "fmsub.s fa0,fa1,fa2,fa3,rup"),
    (0x80020074, 0xd88fc047, Inst::FFma { op: FmaOp::Msub, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 4 }, "fmsub.s ft0,ft11,fs0,fs11,rmm"),
    (0x80020078, 0xe1107fc7, Inst::FFma { op: FmaOp::Msub, fmt: FpFmt::S, rd: 31, rs1: 0, rs2: 17, rs3: 28, rm: 7 }, "fmsub.s ft11,ft0,fa7,ft8"),
    (0x8002007c, 0x68c5f54b, Inst::FFma { op: FmaOp::Nmsub, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 7 }, "fnmsub.s fa0,fa1,fa2,fa3"),
    (0x80020080, 0xd88f804b, Inst::FFma { op: FmaOp::Nmsub, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 0 }, "fnmsub.s ft0,ft11,fs0,fs11,rne"),
    (0x80020084, 0xe1101fcb, Inst::FFma { op: FmaOp::Nmsub, fmt: FpFmt::S, rd: 31, rs1: 0, rs2: 17, rs3: 28, rm: 1 }, "fnmsub.s ft11,ft0,fa7,ft8,rtz"),
    (0x80020088, 0x68c5a54f, Inst::FFma { op: FmaOp::Nmadd, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 2 }, "fnmadd.s fa0,fa1,fa2,fa3,rdn"),
    (0x8002008c, 0xd88fb04f, Inst::FFma { op: FmaOp::Nmadd, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 3 }, "fnmadd.s ft0,ft11,fs0,fs11,rup"),
    (0x80020090, 0xe1104fcf, Inst::FFma { op: FmaOp::Nmadd, fmt: FpFmt::S, rd: 31, rs1: 0, rs2: 17, rs3: 28, rm: 4 }, "fnmadd.s ft11,ft0,fa7,ft8,rmm"),
    (0x80020094, 0xa0c5a553, Inst::FCmp { op: FCmpOp::Eq, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12 }, "feq.s a0,fa1,fa2"),
    (0x80020098, 0xa00fa053, Inst::FCmp { op: FCmpOp::Eq, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 0 }, "feq.s zero,ft11,ft0"),
    (0x8002009c, 0xa1b02fd3, Inst::FCmp { op: FCmpOp::Eq, fmt: FpFmt::S, rd: 31, rs1: 0, rs2: 27 }, "feq.s t6,ft0,fs11"),
    (0x800200a0, 0xa0c59553, Inst::FCmp { op: FCmpOp::Lt, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12 }, "flt.s a0,fa1,fa2"),
    (0x800200a4, 0xa00f9053, Inst::FCmp { op: FCmpOp::Lt, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 0 }, "flt.s zero,ft11,ft0"),
    (0x800200a8, 0xa1b01fd3, Inst::FCmp { op: FCmpOp::Lt, fmt: FpFmt::S, rd: 31, rs1: 0, rs2: 27 }, "flt.s t6,ft0,fs11"),
    (0x800200ac, 0xa0c58553, Inst::FCmp { op: FCmpOp::Le, fmt: FpFmt::S, rd: 10, rs1: 11, rs2: 12 }, "fle.s a0,fa1,fa2"),
    (0x800200b0, 0xa00f8053, Inst::FCmp { op: FCmpOp::Le, fmt: FpFmt::S, rd: 0, rs1: 31, rs2: 0 }, "fle.s zero,ft11,ft0"),
    (0x800200b4, 0xa1b00fd3, Inst::FCmp { op: FCmpOp::Le, fmt: FpFmt::S, rd: 31, rs1: 0, rs2: 27 }, "fle.s t6,ft0,fs11"),
    (0x800200b8, 0xe0059553, Inst::FClass { fmt: FpFmt::S, rd: 10, rs1: 11 }, "fclass.s a0,fa1"),
    (0x800200bc, 0xe0001fd3, Inst::FClass { fmt: FpFmt::S, rd: 31, rs1: 0 }, "fclass.s t6,ft0"),
    (0x800200c0, 0xc005f553, Inst::FCvtToInt { int: IntFmt::W, fmt: FpFmt::S, rd: 10, rs1: 11, rm: 7 }, "fcvt.w.s a0,fa1"),
    (0x800200c4, 0xd00575d3, Inst::FCvtFromInt { int: IntFmt::W, fmt: FpFmt::S, rd: 11, rs1: 10, rm: 7 }, "fcvt.s.w fa1,a0"),
    (0x800200c8, 0xc0000fd3, Inst::FCvtToInt { int: IntFmt::W, fmt: FpFmt::S, rd: 31, rs1: 0, rm: 0 }, "fcvt.w.s t6,ft0,rne"),
    (0x800200cc, 0xd00f9053, Inst::FCvtFromInt { int: IntFmt::W, fmt: FpFmt::S, rd: 0, rs1: 31, rm: 1 }, "fcvt.s.w ft0,t6,rtz"),
    (0x800200d0, 0xc00fa053, Inst::FCvtToInt { int: IntFmt::W, fmt: FpFmt::S, rd: 0, rs1: 31, rm: 2 }, "fcvt.w.s zero,ft11,rdn"),
    (0x800200d4, 0xd0003fd3, Inst::FCvtFromInt { int: IntFmt::W, fmt: FpFmt::S, rd: 31, rs1: 0, rm: 3 }, "fcvt.s.w ft11,zero,rup"),
    (0x800200d8, 0xc015c553, Inst::FCvtToInt { int: IntFmt::Wu, fmt: FpFmt::S, rd: 10, rs1: 11, rm: 4 }, "fcvt.wu.s a0,fa1,rmm"),
    (0x800200dc, 0xd01575d3, Inst::FCvtFromInt { int: IntFmt::Wu, fmt: FpFmt::S, rd: 11, rs1: 10, rm: 7 }, "fcvt.s.wu fa1,a0"),
    (0x800200e0, 0xc0107fd3, Inst::FCvtToInt { int: IntFmt::Wu, fmt: FpFmt::S, rd: 31, rs1: 0, rm: 7 }, "fcvt.wu.s t6,ft0"),
    (0x800200e4, 0xd01f8053, Inst::FCvtFromInt { int: IntFmt::Wu, fmt: FpFmt::S, rd: 0, rs1: 31, rm: 0 }, "fcvt.s.wu ft0,t6,rne"),
    (0x800200e8, 0xc01f9053, Inst::FCvtToInt { int: IntFmt::Wu, fmt: FpFmt::S, rd: 0, rs1: 31, rm: 1 }, "fcvt.wu.s zero,ft11,rtz"),
    (0x800200ec, 0xd0102fd3, Inst::FCvtFromInt { int: IntFmt::Wu, fmt: FpFmt::S, rd: 31, rs1: 0, rm: 2 }, "fcvt.s.wu ft11,zero,rdn"),
    (0x800200f0, 0xc025b553, Inst::FCvtToInt { int: IntFmt::L, fmt: FpFmt::S, rd: 10, rs1: 11, rm: 3 }, "fcvt.l.s a0,fa1,rup"),
    (0x800200f4, 0xd02545d3, Inst::FCvtFromInt { int: IntFmt::L, fmt: FpFmt::S, rd: 11, rs1: 10, rm: 4 }, "fcvt.s.l fa1,a0,rmm"),
    (0x800200f8, 0xc0207fd3, Inst::FCvtToInt { int: IntFmt::L, fmt: FpFmt::S, rd: 31, rs1: 0, rm: 7 }, "fcvt.l.s t6,ft0"),
    (0x800200fc, 0xd02ff053, Inst::FCvtFromInt { int: IntFmt::L, fmt: FpFmt::S, rd: 0, rs1: 31, rm: 7 }, "fcvt.s.l ft0,t6"),
    (0x80020100, 0xc02f8053, Inst::FCvtToInt { int: IntFmt::L, fmt: FpFmt::S, rd: 0, rs1: 31, rm: 0 }, "fcvt.l.s zero,ft11,rne"),
    (0x80020104, 0xd0201fd3, Inst::FCvtFromInt { int: IntFmt::L, fmt: FpFmt::S, rd: 31, rs1: 0, rm: 1 }, "fcvt.s.l ft11,zero,rtz"),
    (0x80020108, 0xc035a553, Inst::FCvtToInt { int: IntFmt::Lu, fmt: FpFmt::S, rd: 10, rs1: 11, rm: 2 }, "fcvt.lu.s a0,fa1,rdn"),
    (0x8002010c, 0xd03535d3, Inst::FCvtFromInt { int: IntFmt::Lu, fmt: FpFmt::S, rd: 11, rs1: 10, rm: 3 }, "fcvt.s.lu fa1,a0,rup"),
    (0x80020110, 0xc0304fd3, Inst::FCvtToInt { int: IntFmt::Lu, fmt: FpFmt::S, rd: 31, rs1: 0, rm: 4 }, "fcvt.lu.s t6,ft0,rmm"),
    (0x80020114, 0xd03ff053, Inst::FCvtFromInt { int: IntFmt::Lu, fmt: FpFmt::S, rd: 0, rs1: 31, rm: 7 }, "fcvt.s.lu ft0,t6"),
    (0x80020118, 0xc03ff053, Inst::FCvtToInt { int: IntFmt::Lu, fmt: FpFmt::S, rd: 0, rs1: 31, rm: 7 }, "fcvt.lu.s zero,ft11"),
    (0x8002011c, 0xd0300fd3, Inst::FCvtFromInt { int: IntFmt::Lu, fmt: FpFmt::S, rd: 31, rs1: 0, rm: 0 }, "fcvt.s.lu ft11,zero,rne"),
    (0x80020120, 0xe0058553, Inst::FMvToInt { fmt: FpFmt::S, rd: 10, rs1: 11 }, "fmv.x.w a0,fa1"),
    (0x80020124, 0xe00f8fd3, Inst::FMvToInt { fmt: FpFmt::S, rd: 31, rs1: 31 }, "fmv.x.w t6,ft11"),
    (0x80020128, 0xf0058553, Inst::FMvFromInt { fmt: FpFmt::S, rd: 10, rs1: 11 }, "fmv.w.x fa0,a1"),
    (0x8002012c, 0xf0000053, Inst::FMvFromInt { fmt: FpFmt::S, rd: 0, rs1: 0 }, "fmv.w.x ft0,zero"),
    (0x80020130, 0x00052507, Inst::FLoad { fmt: FpFmt::S, rd: 10, rs1: 10, imm: 0 }, "flw fa0,0(a0)"),
    (0x80020134, 0x800faf87, Inst::FLoad { fmt: FpFmt::S, rd: 31, rs1: 31, imm: -2048 }, "flw ft11,-2048(t6)"),
    (0x80020138, 0x7ff12007, Inst::FLoad { fmt: FpFmt::S, rd: 0, rs1: 2, imm: 2047 }, "flw ft0,2047(sp)"),
    (0x8002013c, 0x00a52027, Inst::FStore { fmt: FpFmt::S, rs1: 10, rs2: 10, imm: 0 }, "fsw fa0,0(a0)"),
    (0x80020140, 0x81ffa027, Inst::FStore { fmt: FpFmt::S, rs1: 31, rs2: 31, imm: -2048 }, "fsw ft11,-2048(t6)"),
    (0x80020144, 0x7e002fa7, Inst::FStore { fmt: FpFmt::S, rs1: 0, rs2: 0, imm: 2047 }, "fsw ft0,2047(zero)"),  // objdump adds "# 7ff <symbol>"
    (0x80020148, 0xffb12fa7, Inst::FStore { fmt: FpFmt::S, rs1: 2, rs2: 27, imm: -1 }, "fsw fs11,-1(sp)"),
    (0x8002014c, 0x02c59553, Inst::FOp { op: FpOp::Add, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12, rm: 1 }, "fadd.d fa0,fa1,fa2,rtz"),
    (0x80020150, 0x028fa053, Inst::FOp { op: FpOp::Add, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 8, rm: 2 }, "fadd.d ft0,ft11,fs0,rdn"),
    (0x80020154, 0x03103fd3, Inst::FOp { op: FpOp::Add, fmt: FpFmt::D, rd: 31, rs1: 0, rs2: 17, rm: 3 }, "fadd.d ft11,ft0,fa7,rup"),
    (0x80020158, 0x0ac5c553, Inst::FOp { op: FpOp::Sub, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12, rm: 4 }, "fsub.d fa0,fa1,fa2,rmm"),
    (0x8002015c, 0x0a8ff053, Inst::FOp { op: FpOp::Sub, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 8, rm: 7 }, "fsub.d ft0,ft11,fs0"),
    (0x80020160, 0x0b107fd3, Inst::FOp { op: FpOp::Sub, fmt: FpFmt::D, rd: 31, rs1: 0, rs2: 17, rm: 7 }, "fsub.d ft11,ft0,fa7"),
    (0x80020164, 0x12c58553, Inst::FOp { op: FpOp::Mul, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fmul.d fa0,fa1,fa2,rne"),
    (0x80020168, 0x128f9053, Inst::FOp { op: FpOp::Mul, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 8, rm: 1 }, "fmul.d ft0,ft11,fs0,rtz"),
    (0x8002016c, 0x13102fd3, Inst::FOp { op: FpOp::Mul, fmt: FpFmt::D, rd: 31, rs1: 0, rs2: 17, rm: 2 }, "fmul.d ft11,ft0,fa7,rdn"),
    (0x80020170, 0x1ac5b553, Inst::FOp { op: FpOp::Div, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12, rm: 3 }, "fdiv.d fa0,fa1,fa2,rup"),
    (0x80020174, 0x1a8fc053, Inst::FOp { op: FpOp::Div, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 8, rm: 4 }, "fdiv.d ft0,ft11,fs0,rmm"),
    (0x80020178, 0x1b107fd3, Inst::FOp { op: FpOp::Div, fmt: FpFmt::D, rd: 31, rs1: 0, rs2: 17, rm: 7 }, "fdiv.d ft11,ft0,fa7"),
    (0x8002017c, 0x5a05f553, Inst::FOp { op: FpOp::Sqrt, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 0, rm: 7 }, "fsqrt.d fa0,fa1"),
    (0x80020180, 0x5a0f8053, Inst::FOp { op: FpOp::Sqrt, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 0, rm: 0 }, "fsqrt.d ft0,ft11,rne"),
    (0x80020184, 0x5a001fd3, Inst::FOp { op: FpOp::Sqrt, fmt: FpFmt::D, rd: 31, rs1: 0, rs2: 0, rm: 1 }, "fsqrt.d ft11,ft0,rtz"),
    (0x80020188, 0x22c58553, Inst::FOp { op: FpOp::Sgnj, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fsgnj.d fa0,fa1,fa2"),
    (0x8002018c, 0x228f8053, Inst::FOp { op: FpOp::Sgnj, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fsgnj.d ft0,ft11,fs0"),
    (0x80020190, 0x22c59553, Inst::FOp { op: FpOp::Sgnjn, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fsgnjn.d fa0,fa1,fa2"),
    (0x80020194, 0x228f9053, Inst::FOp { op: FpOp::Sgnjn, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fsgnjn.d ft0,ft11,fs0"),
    (0x80020198, 0x22c5a553, Inst::FOp { op: FpOp::Sgnjx, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fsgnjx.d fa0,fa1,fa2"),
    (0x8002019c, 0x228fa053, Inst::FOp { op: FpOp::Sgnjx, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fsgnjx.d ft0,ft11,fs0"),
    (0x800201a0, 0x2ac58553, Inst::FOp { op: FpOp::Min, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fmin.d fa0,fa1,fa2"),
    (0x800201a4, 0x2a8f8053, Inst::FOp { op: FpOp::Min, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fmin.d ft0,ft11,fs0"),
    (0x800201a8, 0x2ac59553, Inst::FOp { op: FpOp::Max, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fmax.d fa0,fa1,fa2"),
    (0x800201ac, 0x2a8f9053, Inst::FOp { op: FpOp::Max, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fmax.d ft0,ft11,fs0"),
    (0x800201b0, 0x6ac5a543, Inst::FFma { op: FmaOp::Madd, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 2 }, "fmadd.d fa0,fa1,fa2,fa3,rdn"),
    (0x800201b4, 0xda8fb043, Inst::FFma { op: FmaOp::Madd, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 3 }, "fmadd.d ft0,ft11,fs0,fs11,rup"),
    (0x800201b8, 0xe3104fc3, Inst::FFma { op: FmaOp::Madd, fmt: FpFmt::D, rd: 31, rs1: 0, rs2: 17, rs3: 28, rm: 4 }, "fmadd.d ft11,ft0,fa7,ft8,rmm"),
    (0x800201bc, 0x6ac5f547, Inst::FFma { op: FmaOp::Msub, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 7 }, "fmsub.d fa0,fa1,fa2,fa3"),
    (0x800201c0, 0xda8ff047, Inst::FFma { op: FmaOp::Msub, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 7 }, "fmsub.d ft0,ft11,fs0,fs11"),
    (0x800201c4, 0xe3100fc7, Inst::FFma { op: FmaOp::Msub, fmt: FpFmt::D, rd: 31, rs1: 0, rs2: 17, rs3: 28, rm: 0 }, "fmsub.d ft11,ft0,fa7,ft8,rne"),
    (0x800201c8, 0x6ac5954b, Inst::FFma { op: FmaOp::Nmsub, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 1 }, "fnmsub.d fa0,fa1,fa2,fa3,rtz"),
    (0x800201cc, 0xda8fa04b, Inst::FFma { op: FmaOp::Nmsub, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 2 }, "fnmsub.d ft0,ft11,fs0,fs11,rdn"),
    (0x800201d0, 0xe3103fcb, Inst::FFma { op: FmaOp::Nmsub, fmt: FpFmt::D, rd: 31, rs1: 0, rs2: 17, rs3: 28, rm: 3 }, "fnmsub.d ft11,ft0,fa7,ft8,rup"),
    (0x800201d4, 0x6ac5c54f, Inst::FFma { op: FmaOp::Nmadd, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 4 }, "fnmadd.d fa0,fa1,fa2,fa3,rmm"),
    (0x800201d8, 0xda8ff04f, Inst::FFma { op: FmaOp::Nmadd, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 7 }, "fnmadd.d ft0,ft11,fs0,fs11"),
    (0x800201dc, 0xe3107fcf, Inst::FFma { op: FmaOp::Nmadd, fmt: FpFmt::D, rd: 31, rs1: 0, rs2: 17, rs3: 28, rm: 7 }, "fnmadd.d ft11,ft0,fa7,ft8"),
    (0x800201e0, 0xa2c5a553, Inst::FCmp { op: FCmpOp::Eq, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12 }, "feq.d a0,fa1,fa2"),
    (0x800201e4, 0xa20fa053, Inst::FCmp { op: FCmpOp::Eq, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 0 }, "feq.d zero,ft11,ft0"),
    (0x800201e8, 0xa3b02fd3, Inst::FCmp { op: FCmpOp::Eq, fmt: FpFmt::D, rd: 31, rs1: 0, rs2: 27 }, "feq.d t6,ft0,fs11"),
    (0x800201ec, 0xa2c59553, Inst::FCmp { op: FCmpOp::Lt, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12 }, "flt.d a0,fa1,fa2"),
    (0x800201f0, 0xa20f9053, Inst::FCmp { op: FCmpOp::Lt, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 0 }, "flt.d zero,ft11,ft0"),
    (0x800201f4, 0xa3b01fd3, Inst::FCmp { op: FCmpOp::Lt, fmt: FpFmt::D, rd: 31, rs1: 0, rs2: 27 }, "flt.d t6,ft0,fs11"),
    (0x800201f8, 0xa2c58553, Inst::FCmp { op: FCmpOp::Le, fmt: FpFmt::D, rd: 10, rs1: 11, rs2: 12 }, "fle.d a0,fa1,fa2"),
    (0x800201fc, 0xa20f8053, Inst::FCmp { op: FCmpOp::Le, fmt: FpFmt::D, rd: 0, rs1: 31, rs2: 0 }, "fle.d zero,ft11,ft0"),
    (0x80020200, 0xa3b00fd3, Inst::FCmp { op: FCmpOp::Le, fmt: FpFmt::D, rd: 31, rs1: 0, rs2: 27 }, "fle.d t6,ft0,fs11"),
    (0x80020204, 0xe2059553, Inst::FClass { fmt: FpFmt::D, rd: 10, rs1: 11 }, "fclass.d a0,fa1"),
    (0x80020208, 0xe2001fd3, Inst::FClass { fmt: FpFmt::D, rd: 31, rs1: 0 }, "fclass.d t6,ft0"),
    (0x8002020c, 0xc2058553, Inst::FCvtToInt { int: IntFmt::W, fmt: FpFmt::D, rd: 10, rs1: 11, rm: 0 }, "fcvt.w.d a0,fa1,rne"),
    (0x80020210, 0xd20505d3, Inst::FCvtFromInt { int: IntFmt::W, fmt: FpFmt::D, rd: 11, rs1: 10, rm: 0 }, "fcvt.d.w fa1,a0"),
    (0x80020214, 0xc2002fd3, Inst::FCvtToInt { int: IntFmt::W, fmt: FpFmt::D, rd: 31, rs1: 0, rm: 2 }, "fcvt.w.d t6,ft0,rdn"),
    (0x80020218, 0xd20f8053, Inst::FCvtFromInt { int: IntFmt::W, fmt: FpFmt::D, rd: 0, rs1: 31, rm: 0 }, "fcvt.d.w ft0,t6"),
    (0x8002021c, 0xc20fc053, Inst::FCvtToInt { int: IntFmt::W, fmt: FpFmt::D, rd: 0, rs1: 31, rm: 4 }, "fcvt.w.d zero,ft11,rmm"),
    (0x80020220, 0xd2000fd3, Inst::FCvtFromInt { int: IntFmt::W, fmt: FpFmt::D, rd: 31, rs1: 0, rm: 0 }, "fcvt.d.w ft11,zero"),
    (0x80020224, 0xc215f553, Inst::FCvtToInt { int: IntFmt::Wu, fmt: FpFmt::D, rd: 10, rs1: 11, rm: 7 }, "fcvt.wu.d a0,fa1"),
    (0x80020228, 0xd21505d3, Inst::FCvtFromInt { int: IntFmt::Wu, fmt: FpFmt::D, rd: 11, rs1: 10, rm: 0 }, "fcvt.d.wu fa1,a0"),
    (0x8002022c, 0xc2101fd3, Inst::FCvtToInt { int: IntFmt::Wu, fmt: FpFmt::D, rd: 31, rs1: 0, rm: 1 }, "fcvt.wu.d t6,ft0,rtz"),
    (0x80020230, 0xd21f8053, Inst::FCvtFromInt { int: IntFmt::Wu, fmt: FpFmt::D, rd: 0, rs1: 31, rm: 0 }, "fcvt.d.wu ft0,t6"),
    (0x80020234, 0xc21fb053, Inst::FCvtToInt { int: IntFmt::Wu, fmt: FpFmt::D, rd: 0, rs1: 31, rm: 3 }, "fcvt.wu.d zero,ft11,rup"),
    (0x80020238, 0xd2100fd3, Inst::FCvtFromInt { int: IntFmt::Wu, fmt: FpFmt::D, rd: 31, rs1: 0, rm: 0 }, "fcvt.d.wu ft11,zero"),
    (0x8002023c, 0xc225f553, Inst::FCvtToInt { int: IntFmt::L, fmt: FpFmt::D, rd: 10, rs1: 11, rm: 7 }, "fcvt.l.d a0,fa1"),
    (0x80020240, 0xd22575d3, Inst::FCvtFromInt { int: IntFmt::L, fmt: FpFmt::D, rd: 11, rs1: 10, rm: 7 }, "fcvt.d.l fa1,a0"),
    (0x80020244, 0xc2200fd3, Inst::FCvtToInt { int: IntFmt::L, fmt: FpFmt::D, rd: 31, rs1: 0, rm: 0 }, "fcvt.l.d t6,ft0,rne"),
    (0x80020248, 0xd22f9053, Inst::FCvtFromInt { int: IntFmt::L, fmt: FpFmt::D, rd: 0, rs1: 31, rm: 1 }, "fcvt.d.l ft0,t6,rtz"),
    (0x8002024c, 0xc22fa053, Inst::FCvtToInt { int: IntFmt::L, fmt: FpFmt::D, rd: 0, rs1: 31, rm: 2 }, "fcvt.l.d zero,ft11,rdn"),
    (0x80020250, 0xd2203fd3, Inst::FCvtFromInt { int: IntFmt::L, fmt: FpFmt::D, rd: 31, rs1: 0, rm: 3 }, "fcvt.d.l ft11,zero,rup"),
    (0x80020254, 0xc235c553, Inst::FCvtToInt { int: IntFmt::Lu, fmt: FpFmt::D, rd: 10, rs1: 11, rm: 4 }, "fcvt.lu.d a0,fa1,rmm"),
    (0x80020258, 0xd23575d3, Inst::FCvtFromInt { int: IntFmt::Lu, fmt: FpFmt::D, rd: 11, rs1: 10, rm: 7 }, "fcvt.d.lu fa1,a0"),
    (0x8002025c, 0xc2307fd3, Inst::FCvtToInt { int: IntFmt::Lu, fmt: FpFmt::D, rd: 31, rs1: 0, rm: 7 }, "fcvt.lu.d t6,ft0"),
    (0x80020260, 0xd23f8053, Inst::FCvtFromInt { int: IntFmt::Lu, fmt: FpFmt::D, rd: 0, rs1: 31, rm: 0 }, "fcvt.d.lu ft0,t6,rne"),
    (0x80020264, 0xc23f9053, Inst::FCvtToInt { int: IntFmt::Lu, fmt: FpFmt::D, rd: 0, rs1: 31, rm: 1 }, "fcvt.lu.d zero,ft11,rtz"),
    (0x80020268, 0xd2302fd3, Inst::FCvtFromInt { int: IntFmt::Lu, fmt: FpFmt::D, rd: 31, rs1: 0, rm: 2 }, "fcvt.d.lu ft11,zero,rdn"),
    (0x8002026c, 0xe2058553, Inst::FMvToInt { fmt: FpFmt::D, rd: 10, rs1: 11 }, "fmv.x.d a0,fa1"),
    (0x80020270, 0xe20f8fd3, Inst::FMvToInt { fmt: FpFmt::D, rd: 31, rs1: 31 }, "fmv.x.d t6,ft11"),
    (0x80020274, 0xf2058553, Inst::FMvFromInt { fmt: FpFmt::D, rd: 10, rs1: 11 }, "fmv.d.x fa0,a1"),
    (0x80020278, 0xf2000053, Inst::FMvFromInt { fmt: FpFmt::D, rd: 0, rs1: 0 }, "fmv.d.x ft0,zero"),
    (0x8002027c, 0x00053507, Inst::FLoad { fmt: FpFmt::D, rd: 10, rs1: 10, imm: 0 }, "fld fa0,0(a0)"),
    (0x80020280, 0x800fbf87, Inst::FLoad { fmt: FpFmt::D, rd: 31, rs1: 31, imm: -2048 }, "fld ft11,-2048(t6)"),
    (0x80020284, 0x7ff13007, Inst::FLoad { fmt: FpFmt::D, rd: 0, rs1: 2, imm: 2047 }, "fld ft0,2047(sp)"),
    (0x80020288, 0x00a53027, Inst::FStore { fmt: FpFmt::D, rs1: 10, rs2: 10, imm: 0 }, "fsd fa0,0(a0)"),
    (0x8002028c, 0x81ffb027, Inst::FStore { fmt: FpFmt::D, rs1: 31, rs2: 31, imm: -2048 }, "fsd ft11,-2048(t6)"),
    (0x80020290, 0x7e003fa7, Inst::FStore { fmt: FpFmt::D, rs1: 0, rs2: 0, imm: 2047 }, "fsd ft0,2047(zero)"),  // objdump adds "# 7ff <symbol>"
    (0x80020294, 0xffb13fa7, Inst::FStore { fmt: FpFmt::D, rs1: 2, rs2: 27, imm: -1 }, "fsd fs11,-1(sp)"),
    (0x80020298, 0x4015f553, Inst::FCvtFp { fmt: FpFmt::S, from: FpFmt::D, rd: 10, rs1: 11, rm: 7 }, "fcvt.s.d fa0,fa1"),
    (0x8002029c, 0x40158553, Inst::FCvtFp { fmt: FpFmt::S, from: FpFmt::D, rd: 10, rs1: 11, rm: 0 }, "fcvt.s.d fa0,fa1,rne"),
    (0x800202a0, 0x40159553, Inst::FCvtFp { fmt: FpFmt::S, from: FpFmt::D, rd: 10, rs1: 11, rm: 1 }, "fcvt.s.d fa0,fa1,rtz"),
    (0x800202a4, 0x4015a553, Inst::FCvtFp { fmt: FpFmt::S, from: FpFmt::D, rd: 10, rs1: 11, rm: 2 }, "fcvt.s.d fa0,fa1,rdn"),
    (0x800202a8, 0x4015b553, Inst::FCvtFp { fmt: FpFmt::S, from: FpFmt::D, rd: 10, rs1: 11, rm: 3 }, "fcvt.s.d fa0,fa1,rup"),
    (0x800202ac, 0x4015c553, Inst::FCvtFp { fmt: FpFmt::S, from: FpFmt::D, rd: 10, rs1: 11, rm: 4 }, "fcvt.s.d fa0,fa1,rmm"),
    (0x800202b0, 0x40107fd3, Inst::FCvtFp { fmt: FpFmt::S, from: FpFmt::D, rd: 31, rs1: 0, rm: 7 }, "fcvt.s.d ft11,ft0"),
    (0x800202b4, 0x42058553, Inst::FCvtFp { fmt: FpFmt::D, from: FpFmt::S, rd: 10, rs1: 11, rm: 0 }, "fcvt.d.s fa0,fa1"),
    (0x800202b8, 0x420f8053, Inst::FCvtFp { fmt: FpFmt::D, from: FpFmt::S, rd: 0, rs1: 31, rm: 0 }, "fcvt.d.s ft0,ft11"),
];

#[rustfmt::skip]
/// (pc, halfword, expected expansion, text of the 32-bit expansion) for RV64 Zcd.
pub(super) const GOLDEN_FP_16: &[(u64, u16, Inst, &str)] = &[
    (0x80030000, 0x2188, Inst::FLoad { fmt: FpFmt::D, rd: 10, rs1: 11, imm: 0 }, "fld fa0,0(a1)"),  // c.fld fa0,0(a1)
    (0x80030002, 0x3fe0, Inst::FLoad { fmt: FpFmt::D, rd: 8, rs1: 15, imm: 248 }, "fld fs0,248(a5)"),  // c.fld fs0,248(a5)
    (0x80030004, 0x241c, Inst::FLoad { fmt: FpFmt::D, rd: 15, rs1: 8, imm: 8 }, "fld fa5,8(s0)"),  // c.fld fa5,8(s0)
    (0x80030006, 0xa380, Inst::FStore { fmt: FpFmt::D, rs1: 15, rs2: 8, imm: 0 }, "fsd fs0,0(a5)"),  // c.fsd fs0,0(a5)
    (0x80030008, 0xbc7c, Inst::FStore { fmt: FpFmt::D, rs1: 8, rs2: 15, imm: 248 }, "fsd fa5,248(s0)"),  // c.fsd fa5,248(s0)
    (0x8003000a, 0xa1c8, Inst::FStore { fmt: FpFmt::D, rs1: 11, rs2: 10, imm: 128 }, "fsd fa0,128(a1)"),  // c.fsd fa0,128(a1)
    (0x8003000c, 0x2502, Inst::FLoad { fmt: FpFmt::D, rd: 10, rs1: 2, imm: 0 }, "fld fa0,0(sp)"),  // c.fldsp fa0,0(sp)
    (0x8003000e, 0x307e, Inst::FLoad { fmt: FpFmt::D, rd: 0, rs1: 2, imm: 504 }, "fld ft0,504(sp)"),  // c.fldsp ft0,504(sp)
    (0x80030010, 0x2fa2, Inst::FLoad { fmt: FpFmt::D, rd: 31, rs1: 2, imm: 8 }, "fld ft11,8(sp)"),  // c.fldsp ft11,8(sp)
    (0x80030012, 0xa02a, Inst::FStore { fmt: FpFmt::D, rs1: 2, rs2: 10, imm: 0 }, "fsd fa0,0(sp)"),  // c.fsdsp fa0,0(sp)
    (0x80030014, 0xbf82, Inst::FStore { fmt: FpFmt::D, rs1: 2, rs2: 0, imm: 504 }, "fsd ft0,504(sp)"),  // c.fsdsp ft0,504(sp)
    (0x80030016, 0xa47e, Inst::FStore { fmt: FpFmt::D, rs1: 2, rs2: 31, imm: 8 }, "fsd ft11,8(sp)"),  // c.fsdsp ft11,8(sp)
];

/// Zba, Zbb, Zbc, Zbs, Zbkb, Zbkx, Zicbom, Zicboz, Zicbop and Zihintpause rows: assembled
/// with `riscv64-unknown-elf-as -march=rv64gc_zba_zbb_zbc_zbs_zbkb_zbkx_zicbom_zicboz_
/// zicbop_zihintpause` (binutils 2.40), linked at 0x80000000 and disassembled with
/// `objdump -d -M no-aliases`; the expected `Inst` is read from the text.
#[rustfmt::skip]
pub(super) const GOLDEN_BITS_32: &[(u64, u32, Inst, &str)] = &[
    (0x80000000, 0x08c5853b, Inst::Bit { op: BitOp::AddUw, rd: 10, rs1: 11, rs2: 12 }, "add.uw a0,a1,a2"),
    (0x80000004, 0x088f803b, Inst::Bit { op: BitOp::AddUw, rd: 0, rs1: 31, rs2: 8 }, "add.uw zero,t6,s0"),
    (0x80000008, 0x20c5a533, Inst::Bit { op: BitOp::Sh1add, rd: 10, rs1: 11, rs2: 12 }, "sh1add a0,a1,a2"),
    (0x8000000c, 0x20104fb3, Inst::Bit { op: BitOp::Sh2add, rd: 31, rs1: 0, rs2: 1 }, "sh2add t6,zero,ra"),
    (0x80000010, 0x20c5e533, Inst::Bit { op: BitOp::Sh3add, rd: 10, rs1: 11, rs2: 12 }, "sh3add a0,a1,a2"),
    (0x80000014, 0x20c5a53b, Inst::Bit { op: BitOp::Sh1addUw, rd: 10, rs1: 11, rs2: 12 }, "sh1add.uw a0,a1,a2"),
    (0x80000018, 0x21de4dbb, Inst::Bit { op: BitOp::Sh2addUw, rd: 27, rs1: 28, rs2: 29 }, "sh2add.uw s11,t3,t4"),
    (0x8000001c, 0x20c5e53b, Inst::Bit { op: BitOp::Sh3addUw, rd: 10, rs1: 11, rs2: 12 }, "sh3add.uw a0,a1,a2"),
    (0x80000020, 0x0bf5951b, Inst::BitImm { op: BitOp::SllUw, rd: 10, rs1: 11, imm: 63 }, "slli.uw a0,a1,0x3f"),
    (0x80000024, 0x0803129b, Inst::BitImm { op: BitOp::SllUw, rd: 5, rs1: 6, imm: 0 }, "slli.uw t0,t1,0x0"),
    (0x80000028, 0x0a05951b, Inst::BitImm { op: BitOp::SllUw, rd: 10, rs1: 11, imm: 32 }, "slli.uw a0,a1,0x20"),
    (0x8000002c, 0x0805853b, Inst::Bit { op: BitOp::AddUw, rd: 10, rs1: 11, rs2: 0 }, "add.uw a0,a1,zero"),
    (0x80000030, 0x40c5f533, Inst::Bit { op: BitOp::Andn, rd: 10, rs1: 11, rs2: 12 }, "andn a0,a1,a2"),
    (0x80000034, 0x403160b3, Inst::Bit { op: BitOp::Orn, rd: 1, rs1: 2, rs2: 3 }, "orn ra,sp,gp"),
    (0x80000038, 0x40c5c533, Inst::Bit { op: BitOp::Xnor, rd: 10, rs1: 11, rs2: 12 }, "xnor a0,a1,a2"),
    (0x8000003c, 0x60059513, Inst::BitUnary { op: UnaryOp::Clz, rd: 10, rs1: 11 }, "clz a0,a1"),
    (0x80000040, 0x600f9013, Inst::BitUnary { op: UnaryOp::Clz, rd: 0, rs1: 31 }, "clz zero,t6"),
    (0x80000044, 0x6005951b, Inst::BitUnary { op: UnaryOp::Clzw, rd: 10, rs1: 11 }, "clzw a0,a1"),
    (0x80000048, 0x60159513, Inst::BitUnary { op: UnaryOp::Ctz, rd: 10, rs1: 11 }, "ctz a0,a1"),
    (0x8000004c, 0x6015951b, Inst::BitUnary { op: UnaryOp::Ctzw, rd: 10, rs1: 11 }, "ctzw a0,a1"),
    (0x80000050, 0x60259513, Inst::BitUnary { op: UnaryOp::Cpop, rd: 10, rs1: 11 }, "cpop a0,a1"),
    (0x80000054, 0x6025951b, Inst::BitUnary { op: UnaryOp::Cpopw, rd: 10, rs1: 11 }, "cpopw a0,a1"),
    (0x80000058, 0x0ac5e533, Inst::Bit { op: BitOp::Max, rd: 10, rs1: 11, rs2: 12 }, "max a0,a1,a2"),
    (0x8000005c, 0x0ac5f533, Inst::Bit { op: BitOp::Maxu, rd: 10, rs1: 11, rs2: 12 }, "maxu a0,a1,a2"),
    (0x80000060, 0x0ac5c533, Inst::Bit { op: BitOp::Min, rd: 10, rs1: 11, rs2: 12 }, "min a0,a1,a2"),
    (0x80000064, 0x0ac5d533, Inst::Bit { op: BitOp::Minu, rd: 10, rs1: 11, rs2: 12 }, "minu a0,a1,a2"),
    (0x80000068, 0x60459513, Inst::BitUnary { op: UnaryOp::SextB, rd: 10, rs1: 11 }, "sext.b a0,a1"),
    (0x8000006c, 0x60559513, Inst::BitUnary { op: UnaryOp::SextH, rd: 10, rs1: 11 }, "sext.h a0,a1"),
    (0x80000070, 0x0805c53b, Inst::BitUnary { op: UnaryOp::ZextH, rd: 10, rs1: 11 }, "zext.h a0,a1"),
    (0x80000074, 0x08004fbb, Inst::BitUnary { op: UnaryOp::ZextH, rd: 31, rs1: 0 }, "zext.h t6,zero"),
    (0x80000078, 0x60c59533, Inst::Bit { op: BitOp::Rol, rd: 10, rs1: 11, rs2: 12 }, "rol a0,a1,a2"),
    (0x8000007c, 0x60c5953b, Inst::Bit { op: BitOp::Rolw, rd: 10, rs1: 11, rs2: 12 }, "rolw a0,a1,a2"),
    (0x80000080, 0x60c5d533, Inst::Bit { op: BitOp::Ror, rd: 10, rs1: 11, rs2: 12 }, "ror a0,a1,a2"),
    (0x80000084, 0x63f5d513, Inst::BitImm { op: BitOp::Ror, rd: 10, rs1: 11, imm: 63 }, "rori a0,a1,0x3f"),
    (0x80000088, 0x6015d513, Inst::BitImm { op: BitOp::Ror, rd: 10, rs1: 11, imm: 1 }, "rori a0,a1,0x1"),
    (0x8000008c, 0x6205d513, Inst::BitImm { op: BitOp::Ror, rd: 10, rs1: 11, imm: 32 }, "rori a0,a1,0x20"),
    (0x80000090, 0x61f5d51b, Inst::BitImm { op: BitOp::Rorw, rd: 10, rs1: 11, imm: 31 }, "roriw a0,a1,0x1f"),
    (0x80000094, 0x6005d51b, Inst::BitImm { op: BitOp::Rorw, rd: 10, rs1: 11, imm: 0 }, "roriw a0,a1,0x0"),
    (0x80000098, 0x60c5d53b, Inst::Bit { op: BitOp::Rorw, rd: 10, rs1: 11, rs2: 12 }, "rorw a0,a1,a2"),
    (0x8000009c, 0x2875d513, Inst::BitUnary { op: UnaryOp::OrcB, rd: 10, rs1: 11 }, "orc.b a0,a1"),
    (0x800000a0, 0x6b85d513, Inst::BitUnary { op: UnaryOp::Rev8, rd: 10, rs1: 11 }, "rev8 a0,a1"),
    (0x800000a4, 0x6b895493, Inst::BitUnary { op: UnaryOp::Rev8, rd: 9, rs1: 18 }, "rev8 s1,s2"),
    (0x800000a8, 0x0ac59533, Inst::Bit { op: BitOp::Clmul, rd: 10, rs1: 11, rs2: 12 }, "clmul a0,a1,a2"),
    (0x800000ac, 0x0ac5b533, Inst::Bit { op: BitOp::Clmulh, rd: 10, rs1: 11, rs2: 12 }, "clmulh a0,a1,a2"),
    (0x800000b0, 0x0ac5a533, Inst::Bit { op: BitOp::Clmulr, rd: 10, rs1: 11, rs2: 12 }, "clmulr a0,a1,a2"),
    (0x800000b4, 0x48c59533, Inst::Bit { op: BitOp::Bclr, rd: 10, rs1: 11, rs2: 12 }, "bclr a0,a1,a2"),
    (0x800000b8, 0x4bf59513, Inst::BitImm { op: BitOp::Bclr, rd: 10, rs1: 11, imm: 63 }, "bclri a0,a1,0x3f"),
    (0x800000bc, 0x48059513, Inst::BitImm { op: BitOp::Bclr, rd: 10, rs1: 11, imm: 0 }, "bclri a0,a1,0x0"),
    (0x800000c0, 0x48c5d533, Inst::Bit { op: BitOp::Bext, rd: 10, rs1: 11, rs2: 12 }, "bext a0,a1,a2"),
    (0x800000c4, 0x4805d513, Inst::BitImm { op: BitOp::Bext, rd: 10, rs1: 11, imm: 0 }, "bexti a0,a1,0x0"),
    (0x800000c8, 0x4bf5d513, Inst::BitImm { op: BitOp::Bext, rd: 10, rs1: 11, imm: 63 }, "bexti a0,a1,0x3f"),
    (0x800000cc, 0x68c59533, Inst::Bit { op: BitOp::Binv, rd: 10, rs1: 11, rs2: 12 }, "binv a0,a1,a2"),
    (0x800000d0, 0x68559513, Inst::BitImm { op: BitOp::Binv, rd: 10, rs1: 11, imm: 5 }, "binvi a0,a1,0x5"),
    (0x800000d4, 0x28c59533, Inst::Bit { op: BitOp::Bset, rd: 10, rs1: 11, rs2: 12 }, "bset a0,a1,a2"),
    (0x800000d8, 0x2a059513, Inst::BitImm { op: BitOp::Bset, rd: 10, rs1: 11, imm: 32 }, "bseti a0,a1,0x20"),
    (0x800000dc, 0x08c5c533, Inst::Bit { op: BitOp::Pack, rd: 10, rs1: 11, rs2: 12 }, "pack a0,a1,a2"),
    (0x800000e0, 0x0805c533, Inst::Bit { op: BitOp::Pack, rd: 10, rs1: 11, rs2: 0 }, "pack a0,a1,zero"),
    (0x800000e4, 0x08c5f533, Inst::Bit { op: BitOp::Packh, rd: 10, rs1: 11, rs2: 12 }, "packh a0,a1,a2"),
    (0x800000e8, 0x08c5c53b, Inst::Bit { op: BitOp::Packw, rd: 10, rs1: 11, rs2: 12 }, "packw a0,a1,a2"),
    (0x800000ec, 0x6875d513, Inst::BitUnary { op: UnaryOp::Brev8, rd: 10, rs1: 11 }, "brev8 a0,a1"),
    (0x800000f0, 0x28c5a533, Inst::Bit { op: BitOp::Xperm4, rd: 10, rs1: 11, rs2: 12 }, "xperm4 a0,a1,a2"),
    (0x800000f4, 0x28c5c533, Inst::Bit { op: BitOp::Xperm8, rd: 10, rs1: 11, rs2: 12 }, "xperm8 a0,a1,a2"),
    (0x800000f8, 0x0015200f, Inst::Cbo { op: CboOp::Clean, rs1: 10 }, "cbo.clean (a0)"),
    (0x800000fc, 0x0025a00f, Inst::Cbo { op: CboOp::Flush, rs1: 11 }, "cbo.flush (a1)"),
    (0x80000100, 0x000fa00f, Inst::Cbo { op: CboOp::Inval, rs1: 31 }, "cbo.inval (t6)"),
    (0x80000104, 0x0040200f, Inst::Cbo { op: CboOp::Zero, rs1: 0 }, "cbo.zero (zero)"),
    (0x80000108, 0x0041200f, Inst::Cbo { op: CboOp::Zero, rs1: 2 }, "cbo.zero (sp)"),
    (0x8000010c, 0x02056013, Inst::OpImm { op: AluOp::Or, rd: 0, rs1: 10, imm: 32 }, "prefetch.i 32(a0)"),
    (0x80000110, 0xfc15e013, Inst::OpImm { op: AluOp::Or, rd: 0, rs1: 11, imm: -63 }, "prefetch.r -64(a1)"),
    (0x80000114, 0x7e316013, Inst::OpImm { op: AluOp::Or, rd: 0, rs1: 2, imm: 2019 }, "prefetch.w 2016(sp)"),
    (0x80000118, 0x803fe013, Inst::OpImm { op: AluOp::Or, rd: 0, rs1: 31, imm: -2045 }, "prefetch.w -2048(t6)"),
    (0x8000011c, 0x0100000f, Inst::Fence { pred: 1, succ: 0, fm: 0 }, "pause"),
];

/// Zicond, Zihintntl and Zimop, which binutils 2.40 does not know: words built
/// from the encodings in the specs (Zicond: funct7 0000111, funct3 101/111; NTL: ADD and
/// C.ADD with rd = rs1 = x0, rs2 = x2..x5; Zimop: MOP.R.n = 1 n[4] 00 n[3:2] 0111 n[1:0]
/// rs1 100 rd 1110011, MOP.RR.n = 1 n[2] 00 n[1:0] 1 rs2 rs1 100 rd 1110011); text in
/// objdump's operand style.
#[rustfmt::skip]
pub(super) const GOLDEN_SPEC_32: &[(u32, Inst, &str)] = &[
    (0x0ec5d533, Inst::Bit { op: BitOp::CzeroEqz, rd: 10, rs1: 11, rs2: 12 }, "czero.eqz a0,a1,a2"),
    (0x0ec5f533, Inst::Bit { op: BitOp::CzeroNez, rd: 10, rs1: 11, rs2: 12 }, "czero.nez a0,a1,a2"),
    (0x0e0ff033, Inst::Bit { op: BitOp::CzeroNez, rd: 0, rs1: 31, rs2: 0 }, "czero.nez zero,t6,zero"),
    (0x00200033, Inst::Op { op: AluOp::Add, rd: 0, rs1: 0, rs2: 2 }, "ntl.p1"),
    (0x00300033, Inst::Op { op: AluOp::Add, rd: 0, rs1: 0, rs2: 3 }, "ntl.pall"),
    (0x00400033, Inst::Op { op: AluOp::Add, rd: 0, rs1: 0, rs2: 4 }, "ntl.s1"),
    (0x00500033, Inst::Op { op: AluOp::Add, rd: 0, rs1: 0, rs2: 5 }, "ntl.all"),
    (0x00600033, Inst::Op { op: AluOp::Add, rd: 0, rs1: 0, rs2: 6 }, "add zero,zero,t1"),
    (0x81c5c573, Inst::MopR { n: 0, rd: 10, rs1: 11 }, "mop.r.0 a0,a1"),
    (0xcdf04ff3, Inst::MopR { n: 31, rd: 31, rs1: 0 }, "mop.r.31 t6,zero"),
    (0x85d5c573, Inst::MopR { n: 5, rd: 10, rs1: 11 }, "mop.r.5 a0,a1"),
    (0xcdc140f3, Inst::MopR { n: 28, rd: 1, rs1: 2 }, "mop.r.28 ra,sp"),
    (0xc1f04073, Inst::MopR { n: 19, rd: 0, rs1: 0 }, "mop.r.19 zero,zero"),
    (0x82c5c573, Inst::MopRr { n: 0, rd: 10, rs1: 11, rs2: 12 }, "mop.rr.0 a0,a1,a2"),
    (0xcec5c573, Inst::MopRr { n: 7, rd: 10, rs1: 11, rs2: 12 }, "mop.rr.7 a0,a1,a2"),
    (0x8e8fc073, Inst::MopRr { n: 3, rd: 0, rs1: 31, rs2: 8 }, "mop.rr.3 zero,t6,s0"),
    (0xc27342f3, Inst::MopRr { n: 4, rd: 5, rs1: 6, rs2: 7 }, "mop.rr.4 t0,t1,t2"),
];

#[rustfmt::skip]
pub(super) const GOLDEN_SPEC_16: &[(u16, Inst, &str)] = &[
    (0x900a, Inst::Op { op: AluOp::Add, rd: 0, rs1: 0, rs2: 2 }, "ntl.p1"),
    (0x900e, Inst::Op { op: AluOp::Add, rd: 0, rs1: 0, rs2: 3 }, "ntl.pall"),
    (0x9012, Inst::Op { op: AluOp::Add, rd: 0, rs1: 0, rs2: 4 }, "ntl.s1"),
    (0x9016, Inst::Op { op: AluOp::Add, rd: 0, rs1: 0, rs2: 5 }, "ntl.all"),
];

// Zfh and Zfhmin, produced like the F and D rows (binutils 2.40, `-march=rv64gc_zfh`,
// objdump `-d -M no-aliases`): every instruction, every rounding mode, boundary
// registers and offsets. FCVT.S.H and FCVT.D.H are exact: gas emits rm = 0 and objdump
// prints none.
#[rustfmt::skip]
/// (pc, word, expected instruction, objdump text) for the Zfh instructions.
pub(super) const GOLDEN_ZFH_32: &[(u64, u32, Inst, &str)] = &[
    (0x80040000, 0x00059507, Inst::FLoad { fmt: FpFmt::H, rd: 10, rs1: 11, imm: 0 }, "flh fa0,0(a1)"),
    (0x80040004, 0x80011007, Inst::FLoad { fmt: FpFmt::H, rd: 0, rs1: 2, imm: -2048 }, "flh ft0,-2048(sp)"),
    (0x80040008, 0x7fff9f87, Inst::FLoad { fmt: FpFmt::H, rd: 31, rs1: 31, imm: 2047 }, "flh ft11,2047(t6)"),
    (0x8004000c, 0x00a59027, Inst::FStore { fmt: FpFmt::H, rs1: 11, rs2: 10, imm: 0 }, "fsh fa0,0(a1)"),
    (0x80040010, 0x80011027, Inst::FStore { fmt: FpFmt::H, rs1: 2, rs2: 0, imm: -2048 }, "fsh ft0,-2048(sp)"),
    (0x80040014, 0x7fff9fa7, Inst::FStore { fmt: FpFmt::H, rs1: 31, rs2: 31, imm: 2047 }, "fsh ft11,2047(t6)"),
    (0x80040018, 0x04c5f553, Inst::FOp { op: FpOp::Add, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rm: 7 }, "fadd.h fa0,fa1,fa2"),
    (0x8004001c, 0x048f8053, Inst::FOp { op: FpOp::Add, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fadd.h ft0,ft11,fs0,rne"),
    (0x80040020, 0x05101fd3, Inst::FOp { op: FpOp::Add, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rm: 1 }, "fadd.h ft11,ft0,fa7,rtz"),
    (0x80040024, 0x04c5a553, Inst::FOp { op: FpOp::Add, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rm: 2 }, "fadd.h fa0,fa1,fa2,rdn"),
    (0x80040028, 0x048fb053, Inst::FOp { op: FpOp::Add, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rm: 3 }, "fadd.h ft0,ft11,fs0,rup"),
    (0x8004002c, 0x05104fd3, Inst::FOp { op: FpOp::Add, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rm: 4 }, "fadd.h ft11,ft0,fa7,rmm"),
    (0x80040030, 0x0cc5f553, Inst::FOp { op: FpOp::Sub, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rm: 7 }, "fsub.h fa0,fa1,fa2"),
    (0x80040034, 0x0c8f8053, Inst::FOp { op: FpOp::Sub, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fsub.h ft0,ft11,fs0,rne"),
    (0x80040038, 0x0d101fd3, Inst::FOp { op: FpOp::Sub, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rm: 1 }, "fsub.h ft11,ft0,fa7,rtz"),
    (0x8004003c, 0x0cc5a553, Inst::FOp { op: FpOp::Sub, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rm: 2 }, "fsub.h fa0,fa1,fa2,rdn"),
    (0x80040040, 0x0c8fb053, Inst::FOp { op: FpOp::Sub, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rm: 3 }, "fsub.h ft0,ft11,fs0,rup"),
    (0x80040044, 0x0d104fd3, Inst::FOp { op: FpOp::Sub, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rm: 4 }, "fsub.h ft11,ft0,fa7,rmm"),
    (0x80040048, 0x14c5f553, Inst::FOp { op: FpOp::Mul, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rm: 7 }, "fmul.h fa0,fa1,fa2"),
    (0x8004004c, 0x148f8053, Inst::FOp { op: FpOp::Mul, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fmul.h ft0,ft11,fs0,rne"),
    (0x80040050, 0x15101fd3, Inst::FOp { op: FpOp::Mul, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rm: 1 }, "fmul.h ft11,ft0,fa7,rtz"),
    (0x80040054, 0x14c5a553, Inst::FOp { op: FpOp::Mul, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rm: 2 }, "fmul.h fa0,fa1,fa2,rdn"),
    (0x80040058, 0x148fb053, Inst::FOp { op: FpOp::Mul, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rm: 3 }, "fmul.h ft0,ft11,fs0,rup"),
    (0x8004005c, 0x15104fd3, Inst::FOp { op: FpOp::Mul, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rm: 4 }, "fmul.h ft11,ft0,fa7,rmm"),
    (0x80040060, 0x1cc5f553, Inst::FOp { op: FpOp::Div, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rm: 7 }, "fdiv.h fa0,fa1,fa2"),
    (0x80040064, 0x1c8f8053, Inst::FOp { op: FpOp::Div, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fdiv.h ft0,ft11,fs0,rne"),
    (0x80040068, 0x1d101fd3, Inst::FOp { op: FpOp::Div, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rm: 1 }, "fdiv.h ft11,ft0,fa7,rtz"),
    (0x8004006c, 0x1cc5a553, Inst::FOp { op: FpOp::Div, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rm: 2 }, "fdiv.h fa0,fa1,fa2,rdn"),
    (0x80040070, 0x1c8fb053, Inst::FOp { op: FpOp::Div, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rm: 3 }, "fdiv.h ft0,ft11,fs0,rup"),
    (0x80040074, 0x1d104fd3, Inst::FOp { op: FpOp::Div, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rm: 4 }, "fdiv.h ft11,ft0,fa7,rmm"),
    (0x80040078, 0x5c05f553, Inst::FOp { op: FpOp::Sqrt, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 0, rm: 7 }, "fsqrt.h fa0,fa1"),
    (0x8004007c, 0x5c0f8053, Inst::FOp { op: FpOp::Sqrt, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 0, rm: 0 }, "fsqrt.h ft0,ft11,rne"),
    (0x80040080, 0x5c001fd3, Inst::FOp { op: FpOp::Sqrt, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 0, rm: 1 }, "fsqrt.h ft11,ft0,rtz"),
    (0x80040084, 0x5c05a553, Inst::FOp { op: FpOp::Sqrt, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 0, rm: 2 }, "fsqrt.h fa0,fa1,rdn"),
    (0x80040088, 0x5c0fb053, Inst::FOp { op: FpOp::Sqrt, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 0, rm: 3 }, "fsqrt.h ft0,ft11,rup"),
    (0x8004008c, 0x5c004fd3, Inst::FOp { op: FpOp::Sqrt, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 0, rm: 4 }, "fsqrt.h ft11,ft0,rmm"),
    (0x80040090, 0x6cc5f543, Inst::FFma { op: FmaOp::Madd, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 7 }, "fmadd.h fa0,fa1,fa2,fa3"),
    (0x80040094, 0xdc8f8043, Inst::FFma { op: FmaOp::Madd, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 0 }, "fmadd.h ft0,ft11,fs0,fs11,rne"),
    (0x80040098, 0x0d101fc3, Inst::FFma { op: FmaOp::Madd, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rs3: 1, rm: 1 }, "fmadd.h ft11,ft0,fa7,ft1,rtz"),
    (0x8004009c, 0x6cc5a543, Inst::FFma { op: FmaOp::Madd, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 2 }, "fmadd.h fa0,fa1,fa2,fa3,rdn"),
    (0x800400a0, 0xdc8fb043, Inst::FFma { op: FmaOp::Madd, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 3 }, "fmadd.h ft0,ft11,fs0,fs11,rup"),
    (0x800400a4, 0x0d104fc3, Inst::FFma { op: FmaOp::Madd, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rs3: 1, rm: 4 }, "fmadd.h ft11,ft0,fa7,ft1,rmm"),
    (0x800400a8, 0x6cc5f547, Inst::FFma { op: FmaOp::Msub, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 7 }, "fmsub.h fa0,fa1,fa2,fa3"),
    (0x800400ac, 0xdc8f8047, Inst::FFma { op: FmaOp::Msub, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 0 }, "fmsub.h ft0,ft11,fs0,fs11,rne"),
    (0x800400b0, 0x0d101fc7, Inst::FFma { op: FmaOp::Msub, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rs3: 1, rm: 1 }, "fmsub.h ft11,ft0,fa7,ft1,rtz"),
    (0x800400b4, 0x6cc5a547, Inst::FFma { op: FmaOp::Msub, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 2 }, "fmsub.h fa0,fa1,fa2,fa3,rdn"),
    (0x800400b8, 0xdc8fb047, Inst::FFma { op: FmaOp::Msub, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 3 }, "fmsub.h ft0,ft11,fs0,fs11,rup"),
    (0x800400bc, 0x0d104fc7, Inst::FFma { op: FmaOp::Msub, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rs3: 1, rm: 4 }, "fmsub.h ft11,ft0,fa7,ft1,rmm"),
    (0x800400c0, 0x6cc5f54b, Inst::FFma { op: FmaOp::Nmsub, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 7 }, "fnmsub.h fa0,fa1,fa2,fa3"),
    (0x800400c4, 0xdc8f804b, Inst::FFma { op: FmaOp::Nmsub, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 0 }, "fnmsub.h ft0,ft11,fs0,fs11,rne"),
    (0x800400c8, 0x0d101fcb, Inst::FFma { op: FmaOp::Nmsub, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rs3: 1, rm: 1 }, "fnmsub.h ft11,ft0,fa7,ft1,rtz"),
    (0x800400cc, 0x6cc5a54b, Inst::FFma { op: FmaOp::Nmsub, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 2 }, "fnmsub.h fa0,fa1,fa2,fa3,rdn"),
    (0x800400d0, 0xdc8fb04b, Inst::FFma { op: FmaOp::Nmsub, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 3 }, "fnmsub.h ft0,ft11,fs0,fs11,rup"),
    (0x800400d4, 0x0d104fcb, Inst::FFma { op: FmaOp::Nmsub, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rs3: 1, rm: 4 }, "fnmsub.h ft11,ft0,fa7,ft1,rmm"),
    (0x800400d8, 0x6cc5f54f, Inst::FFma { op: FmaOp::Nmadd, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 7 }, "fnmadd.h fa0,fa1,fa2,fa3"),
    (0x800400dc, 0xdc8f804f, Inst::FFma { op: FmaOp::Nmadd, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 0 }, "fnmadd.h ft0,ft11,fs0,fs11,rne"),
    (0x800400e0, 0x0d101fcf, Inst::FFma { op: FmaOp::Nmadd, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rs3: 1, rm: 1 }, "fnmadd.h ft11,ft0,fa7,ft1,rtz"),
    (0x800400e4, 0x6cc5a54f, Inst::FFma { op: FmaOp::Nmadd, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rs3: 13, rm: 2 }, "fnmadd.h fa0,fa1,fa2,fa3,rdn"),
    (0x800400e8, 0xdc8fb04f, Inst::FFma { op: FmaOp::Nmadd, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rs3: 27, rm: 3 }, "fnmadd.h ft0,ft11,fs0,fs11,rup"),
    (0x800400ec, 0x0d104fcf, Inst::FFma { op: FmaOp::Nmadd, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 17, rs3: 1, rm: 4 }, "fnmadd.h ft11,ft0,fa7,ft1,rmm"),
    (0x800400f0, 0x24c58553, Inst::FOp { op: FpOp::Sgnj, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fsgnj.h fa0,fa1,fa2"),
    (0x800400f4, 0x248f8053, Inst::FOp { op: FpOp::Sgnj, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fsgnj.h ft0,ft11,fs0"),
    (0x800400f8, 0x24c59553, Inst::FOp { op: FpOp::Sgnjn, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fsgnjn.h fa0,fa1,fa2"),
    (0x800400fc, 0x248f9053, Inst::FOp { op: FpOp::Sgnjn, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fsgnjn.h ft0,ft11,fs0"),
    (0x80040100, 0x24c5a553, Inst::FOp { op: FpOp::Sgnjx, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fsgnjx.h fa0,fa1,fa2"),
    (0x80040104, 0x248fa053, Inst::FOp { op: FpOp::Sgnjx, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fsgnjx.h ft0,ft11,fs0"),
    (0x80040108, 0x2cc58553, Inst::FOp { op: FpOp::Min, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fmin.h fa0,fa1,fa2"),
    (0x8004010c, 0x2c8f8053, Inst::FOp { op: FpOp::Min, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fmin.h ft0,ft11,fs0"),
    (0x80040110, 0x2cc59553, Inst::FOp { op: FpOp::Max, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12, rm: 0 }, "fmax.h fa0,fa1,fa2"),
    (0x80040114, 0x2c8f9053, Inst::FOp { op: FpOp::Max, fmt: FpFmt::H, rd: 0, rs1: 31, rs2: 8, rm: 0 }, "fmax.h ft0,ft11,fs0"),
    (0x80040118, 0xa4c5a553, Inst::FCmp { op: FCmpOp::Eq, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12 }, "feq.h a0,fa1,fa2"),
    (0x8004011c, 0xa5f02fd3, Inst::FCmp { op: FCmpOp::Eq, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 31 }, "feq.h t6,ft0,ft11"),
    (0x80040120, 0xa4c59553, Inst::FCmp { op: FCmpOp::Lt, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12 }, "flt.h a0,fa1,fa2"),
    (0x80040124, 0xa5f01fd3, Inst::FCmp { op: FCmpOp::Lt, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 31 }, "flt.h t6,ft0,ft11"),
    (0x80040128, 0xa4c58553, Inst::FCmp { op: FCmpOp::Le, fmt: FpFmt::H, rd: 10, rs1: 11, rs2: 12 }, "fle.h a0,fa1,fa2"),
    (0x8004012c, 0xa5f00fd3, Inst::FCmp { op: FCmpOp::Le, fmt: FpFmt::H, rd: 31, rs1: 0, rs2: 31 }, "fle.h t6,ft0,ft11"),
    (0x80040130, 0xe4059553, Inst::FClass { fmt: FpFmt::H, rd: 10, rs1: 11 }, "fclass.h a0,fa1"),
    (0x80040134, 0xe40f9053, Inst::FClass { fmt: FpFmt::H, rd: 0, rs1: 31 }, "fclass.h zero,ft11"),
    (0x80040138, 0xc405f553, Inst::FCvtToInt { int: IntFmt::W, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 7 }, "fcvt.w.h a0,fa1"),
    (0x8004013c, 0xd405f553, Inst::FCvtFromInt { int: IntFmt::W, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 7 }, "fcvt.h.w fa0,a1"),
    (0x80040140, 0xc4058553, Inst::FCvtToInt { int: IntFmt::W, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 0 }, "fcvt.w.h a0,fa1,rne"),
    (0x80040144, 0xd4058553, Inst::FCvtFromInt { int: IntFmt::W, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 0 }, "fcvt.h.w fa0,a1,rne"),
    (0x80040148, 0xc4059553, Inst::FCvtToInt { int: IntFmt::W, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 1 }, "fcvt.w.h a0,fa1,rtz"),
    (0x8004014c, 0xd4059553, Inst::FCvtFromInt { int: IntFmt::W, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 1 }, "fcvt.h.w fa0,a1,rtz"),
    (0x80040150, 0xc405a553, Inst::FCvtToInt { int: IntFmt::W, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 2 }, "fcvt.w.h a0,fa1,rdn"),
    (0x80040154, 0xd405a553, Inst::FCvtFromInt { int: IntFmt::W, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 2 }, "fcvt.h.w fa0,a1,rdn"),
    (0x80040158, 0xc405b553, Inst::FCvtToInt { int: IntFmt::W, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 3 }, "fcvt.w.h a0,fa1,rup"),
    (0x8004015c, 0xd405b553, Inst::FCvtFromInt { int: IntFmt::W, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 3 }, "fcvt.h.w fa0,a1,rup"),
    (0x80040160, 0xc405c553, Inst::FCvtToInt { int: IntFmt::W, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 4 }, "fcvt.w.h a0,fa1,rmm"),
    (0x80040164, 0xd405c553, Inst::FCvtFromInt { int: IntFmt::W, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 4 }, "fcvt.h.w fa0,a1,rmm"),
    (0x80040168, 0xc415f553, Inst::FCvtToInt { int: IntFmt::Wu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 7 }, "fcvt.wu.h a0,fa1"),
    (0x8004016c, 0xd415f553, Inst::FCvtFromInt { int: IntFmt::Wu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 7 }, "fcvt.h.wu fa0,a1"),
    (0x80040170, 0xc4158553, Inst::FCvtToInt { int: IntFmt::Wu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 0 }, "fcvt.wu.h a0,fa1,rne"),
    (0x80040174, 0xd4158553, Inst::FCvtFromInt { int: IntFmt::Wu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 0 }, "fcvt.h.wu fa0,a1,rne"),
    (0x80040178, 0xc4159553, Inst::FCvtToInt { int: IntFmt::Wu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 1 }, "fcvt.wu.h a0,fa1,rtz"),
    (0x8004017c, 0xd4159553, Inst::FCvtFromInt { int: IntFmt::Wu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 1 }, "fcvt.h.wu fa0,a1,rtz"),
    (0x80040180, 0xc415a553, Inst::FCvtToInt { int: IntFmt::Wu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 2 }, "fcvt.wu.h a0,fa1,rdn"),
    (0x80040184, 0xd415a553, Inst::FCvtFromInt { int: IntFmt::Wu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 2 }, "fcvt.h.wu fa0,a1,rdn"),
    (0x80040188, 0xc415b553, Inst::FCvtToInt { int: IntFmt::Wu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 3 }, "fcvt.wu.h a0,fa1,rup"),
    (0x8004018c, 0xd415b553, Inst::FCvtFromInt { int: IntFmt::Wu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 3 }, "fcvt.h.wu fa0,a1,rup"),
    (0x80040190, 0xc415c553, Inst::FCvtToInt { int: IntFmt::Wu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 4 }, "fcvt.wu.h a0,fa1,rmm"),
    (0x80040194, 0xd415c553, Inst::FCvtFromInt { int: IntFmt::Wu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 4 }, "fcvt.h.wu fa0,a1,rmm"),
    (0x80040198, 0xc425f553, Inst::FCvtToInt { int: IntFmt::L, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 7 }, "fcvt.l.h a0,fa1"),
    (0x8004019c, 0xd425f553, Inst::FCvtFromInt { int: IntFmt::L, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 7 }, "fcvt.h.l fa0,a1"),
    (0x800401a0, 0xc4258553, Inst::FCvtToInt { int: IntFmt::L, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 0 }, "fcvt.l.h a0,fa1,rne"),
    (0x800401a4, 0xd4258553, Inst::FCvtFromInt { int: IntFmt::L, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 0 }, "fcvt.h.l fa0,a1,rne"),
    (0x800401a8, 0xc4259553, Inst::FCvtToInt { int: IntFmt::L, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 1 }, "fcvt.l.h a0,fa1,rtz"),
    (0x800401ac, 0xd4259553, Inst::FCvtFromInt { int: IntFmt::L, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 1 }, "fcvt.h.l fa0,a1,rtz"),
    (0x800401b0, 0xc425a553, Inst::FCvtToInt { int: IntFmt::L, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 2 }, "fcvt.l.h a0,fa1,rdn"),
    (0x800401b4, 0xd425a553, Inst::FCvtFromInt { int: IntFmt::L, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 2 }, "fcvt.h.l fa0,a1,rdn"),
    (0x800401b8, 0xc425b553, Inst::FCvtToInt { int: IntFmt::L, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 3 }, "fcvt.l.h a0,fa1,rup"),
    (0x800401bc, 0xd425b553, Inst::FCvtFromInt { int: IntFmt::L, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 3 }, "fcvt.h.l fa0,a1,rup"),
    (0x800401c0, 0xc425c553, Inst::FCvtToInt { int: IntFmt::L, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 4 }, "fcvt.l.h a0,fa1,rmm"),
    (0x800401c4, 0xd425c553, Inst::FCvtFromInt { int: IntFmt::L, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 4 }, "fcvt.h.l fa0,a1,rmm"),
    (0x800401c8, 0xc435f553, Inst::FCvtToInt { int: IntFmt::Lu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 7 }, "fcvt.lu.h a0,fa1"),
    (0x800401cc, 0xd435f553, Inst::FCvtFromInt { int: IntFmt::Lu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 7 }, "fcvt.h.lu fa0,a1"),
    (0x800401d0, 0xc4358553, Inst::FCvtToInt { int: IntFmt::Lu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 0 }, "fcvt.lu.h a0,fa1,rne"),
    (0x800401d4, 0xd4358553, Inst::FCvtFromInt { int: IntFmt::Lu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 0 }, "fcvt.h.lu fa0,a1,rne"),
    (0x800401d8, 0xc4359553, Inst::FCvtToInt { int: IntFmt::Lu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 1 }, "fcvt.lu.h a0,fa1,rtz"),
    (0x800401dc, 0xd4359553, Inst::FCvtFromInt { int: IntFmt::Lu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 1 }, "fcvt.h.lu fa0,a1,rtz"),
    (0x800401e0, 0xc435a553, Inst::FCvtToInt { int: IntFmt::Lu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 2 }, "fcvt.lu.h a0,fa1,rdn"),
    (0x800401e4, 0xd435a553, Inst::FCvtFromInt { int: IntFmt::Lu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 2 }, "fcvt.h.lu fa0,a1,rdn"),
    (0x800401e8, 0xc435b553, Inst::FCvtToInt { int: IntFmt::Lu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 3 }, "fcvt.lu.h a0,fa1,rup"),
    (0x800401ec, 0xd435b553, Inst::FCvtFromInt { int: IntFmt::Lu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 3 }, "fcvt.h.lu fa0,a1,rup"),
    (0x800401f0, 0xc435c553, Inst::FCvtToInt { int: IntFmt::Lu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 4 }, "fcvt.lu.h a0,fa1,rmm"),
    (0x800401f4, 0xd435c553, Inst::FCvtFromInt { int: IntFmt::Lu, fmt: FpFmt::H, rd: 10, rs1: 11, rm: 4 }, "fcvt.h.lu fa0,a1,rmm"),
    (0x800401f8, 0x40258553, Inst::FCvtFp { fmt: FpFmt::S, from: FpFmt::H, rd: 10, rs1: 11, rm: 0 }, "fcvt.s.h fa0,fa1"),
    (0x800401fc, 0x40200fd3, Inst::FCvtFp { fmt: FpFmt::S, from: FpFmt::H, rd: 31, rs1: 0, rm: 0 }, "fcvt.s.h ft11,ft0"),
    (0x80040200, 0x42258553, Inst::FCvtFp { fmt: FpFmt::D, from: FpFmt::H, rd: 10, rs1: 11, rm: 0 }, "fcvt.d.h fa0,fa1"),
    (0x80040204, 0x42200fd3, Inst::FCvtFp { fmt: FpFmt::D, from: FpFmt::H, rd: 31, rs1: 0, rm: 0 }, "fcvt.d.h ft11,ft0"),
    (0x80040208, 0x4405f553, Inst::FCvtFp { fmt: FpFmt::H, from: FpFmt::S, rd: 10, rs1: 11, rm: 7 }, "fcvt.h.s fa0,fa1"),
    (0x8004020c, 0x44058553, Inst::FCvtFp { fmt: FpFmt::H, from: FpFmt::S, rd: 10, rs1: 11, rm: 0 }, "fcvt.h.s fa0,fa1,rne"),
    (0x80040210, 0x44059553, Inst::FCvtFp { fmt: FpFmt::H, from: FpFmt::S, rd: 10, rs1: 11, rm: 1 }, "fcvt.h.s fa0,fa1,rtz"),
    (0x80040214, 0x4405a553, Inst::FCvtFp { fmt: FpFmt::H, from: FpFmt::S, rd: 10, rs1: 11, rm: 2 }, "fcvt.h.s fa0,fa1,rdn"),
    (0x80040218, 0x4405b553, Inst::FCvtFp { fmt: FpFmt::H, from: FpFmt::S, rd: 10, rs1: 11, rm: 3 }, "fcvt.h.s fa0,fa1,rup"),
    (0x8004021c, 0x4405c553, Inst::FCvtFp { fmt: FpFmt::H, from: FpFmt::S, rd: 10, rs1: 11, rm: 4 }, "fcvt.h.s fa0,fa1,rmm"),
    (0x80040220, 0x4415f553, Inst::FCvtFp { fmt: FpFmt::H, from: FpFmt::D, rd: 10, rs1: 11, rm: 7 }, "fcvt.h.d fa0,fa1"),
    (0x80040224, 0x44158553, Inst::FCvtFp { fmt: FpFmt::H, from: FpFmt::D, rd: 10, rs1: 11, rm: 0 }, "fcvt.h.d fa0,fa1,rne"),
    (0x80040228, 0x44159553, Inst::FCvtFp { fmt: FpFmt::H, from: FpFmt::D, rd: 10, rs1: 11, rm: 1 }, "fcvt.h.d fa0,fa1,rtz"),
    (0x8004022c, 0x4415a553, Inst::FCvtFp { fmt: FpFmt::H, from: FpFmt::D, rd: 10, rs1: 11, rm: 2 }, "fcvt.h.d fa0,fa1,rdn"),
    (0x80040230, 0x4415b553, Inst::FCvtFp { fmt: FpFmt::H, from: FpFmt::D, rd: 10, rs1: 11, rm: 3 }, "fcvt.h.d fa0,fa1,rup"),
    (0x80040234, 0x4415c553, Inst::FCvtFp { fmt: FpFmt::H, from: FpFmt::D, rd: 10, rs1: 11, rm: 4 }, "fcvt.h.d fa0,fa1,rmm"),
    (0x80040238, 0xe4058553, Inst::FMvToInt { fmt: FpFmt::H, rd: 10, rs1: 11 }, "fmv.x.h a0,fa1"),
    (0x8004023c, 0xe4000fd3, Inst::FMvToInt { fmt: FpFmt::H, rd: 31, rs1: 0 }, "fmv.x.h t6,ft0"),
    (0x80040240, 0xf4058553, Inst::FMvFromInt { fmt: FpFmt::H, rd: 10, rs1: 11 }, "fmv.h.x fa0,a1"),
    (0x80040244, 0xf4000fd3, Inst::FMvFromInt { fmt: FpFmt::H, rd: 31, rs1: 0 }, "fmv.h.x ft11,zero"),
];
