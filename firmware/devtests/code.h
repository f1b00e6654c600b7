/*
 * code.h: building and running machine code at run time, for the tests of code
 * modification (smc.c, virtio-code.c).
 *
 * Encodings are those of the RISC-V Unprivileged spec, "RV32I Base Integer Instruction
 * Set" (I-, R- and U-type formats), "RV64I" (ADDIW, 6-bit shift amounts), "M" (MUL) and
 * "C" (C.LI, C.NOP).  A function built here takes its argument in a0 and returns in a0;
 * it may use t0 and nothing else.
 *
 * Zifencei: a store to instruction memory is guaranteed to be seen by this hart's
 * instruction fetches only after it executes FENCE.I (fence_i() below); another hart's
 * store needs a FENCE by the writer, then FENCE.I by the hart that runs the code.
 */
#ifndef SATP_DEVTESTS_CODE_H
#define SATP_DEVTESTS_CODE_H

#include "dt.h"

enum { X_ZERO = 0, X_RA = 1, X_T0 = 5, X_A0 = 10 };

static inline uint32_t enc_i(uint32_t opcode, uint32_t funct3, unsigned rd, unsigned rs1,
                             int32_t imm)
{
    return ((uint32_t)imm & 0xfff) << 20 | (uint32_t)rs1 << 15 | funct3 << 12 |
           (uint32_t)rd << 7 | opcode;
}

static inline uint32_t enc_r(uint32_t funct7, uint32_t funct3, unsigned rd, unsigned rs1,
                             unsigned rs2)
{
    return funct7 << 25 | (uint32_t)rs2 << 20 | (uint32_t)rs1 << 15 | funct3 << 12 |
           (uint32_t)rd << 7 | 0x33;
}

#define ADDI(rd, rs1, imm) enc_i(0x13, 0, (rd), (rs1), (imm))
#define SLLI(rd, rs1, sh) enc_i(0x13, 1, (rd), (rs1), (sh))
#define XORI(rd, rs1, imm) enc_i(0x13, 4, (rd), (rs1), (imm))
#define ADDIW(rd, rs1, imm) enc_i(0x1b, 0, (rd), (rs1), (imm))
#define JALR(rd, rs1, imm) enc_i(0x67, 0, (rd), (rs1), (imm))
#define RET JALR(X_ZERO, X_RA, 0)
#define ADD(rd, rs1, rs2) enc_r(0x00, 0, (rd), (rs1), (rs2))
#define SUB(rd, rs1, rs2) enc_r(0x20, 0, (rd), (rs1), (rs2))
#define XOR(rd, rs1, rs2) enc_r(0x00, 4, (rd), (rs1), (rs2))
#define MUL(rd, rs1, rs2) enc_r(0x01, 0, (rd), (rs1), (rs2))
#define LUI(rd, imm20) ((((uint32_t)(imm20)) & 0xfffff) << 12 | (uint32_t)(rd) << 7 | 0x37)

/* C.LI rd, imm (6-bit signed) and C.NOP, quadrant 1. */
static inline uint16_t c_li(unsigned rd, int imm)
{
    return (uint16_t)(0x4001 | (((unsigned)imm >> 5) & 1) << 12 | rd << 7 |
                      ((unsigned)imm & 0x1f) << 2);
}
#define C_NOP ((uint16_t)0x0001)

/* A function under construction, written as 16-bit parcels (instructions need only be
 * 2-byte aligned with C). */
struct code {
    uint16_t *start;
    uint16_t *p;
};

static inline void emit16(struct code *c, uint16_t h) { *c->p++ = h; }
static inline void emit32(struct code *c, uint32_t w)
{
    emit16(c, (uint16_t)w);
    emit16(c, (uint16_t)(w >> 16));
}
/* a0 = k (any 32-bit value, sign-extended): LUI + ADDIW. */
static inline void emit_li32(struct code *c, unsigned rd, int32_t k)
{
    int32_t lo = (int32_t)(((uint32_t)k & 0xfff) ^ 0x800) - 0x800;
    uint32_t hi = ((uint32_t)k - (uint32_t)lo) >> 12;
    emit32(c, LUI(rd, hi));
    emit32(c, ADDIW(rd, rd, lo));
}
/* Pads with zero parcels (never executed) to a multiple of 8 bytes; returns the size. */
static inline size_t code_end(struct code *c)
{
    while ((c->p - c->start) % 4 != 0)
        emit16(c, 0);
    return (size_t)(c->p - c->start) * 2;
}

/* Copies with stores of one width only (volatile: the compiler keeps the width).  The
 * source was written as 16-bit parcels, so it is read through may_alias types. */
typedef uint64_t __attribute__((may_alias)) alias_u64;
typedef uint32_t __attribute__((may_alias)) alias_u32;
static inline void copy_sd(void *dst, const void *src, size_t bytes)
{
    for (size_t i = 0; i < bytes / 8; i++)
        ((volatile alias_u64 *)dst)[i] = ((const alias_u64 *)src)[i];
}
static inline void copy_sw(void *dst, const void *src, size_t bytes)
{
    for (size_t i = 0; i < bytes / 4; i++)
        ((volatile alias_u32 *)dst)[i] = ((const alias_u32 *)src)[i];
}

static inline void fence_i(void) { __asm__ volatile("fence.i" ::: "memory"); }

typedef long (*code_fn)(long);
static inline long run_code(const void *code, long x)
{
    return ((code_fn)(uintptr_t)code)(x);
}

/* The two shapes of generated function used by several cases, and their results. */
/* K: returns the constant k (LUI + ADDIW), after `pad` C.NOPs. */
static inline size_t gen_const(uint16_t *buf, int pad, int32_t k)
{
    struct code c = {buf, buf};
    for (int i = 0; i < pad; i++)
        emit16(&c, C_NOP);
    emit_li32(&c, X_A0, k);
    emit32(&c, RET);
    return code_end(&c);
}

/* (x * m + add) ^ m, m and add 12-bit signed, after `pad` C.NOPs. */
static inline size_t gen_affine(uint16_t *buf, int pad, int m, int add)
{
    struct code c = {buf, buf};
    for (int i = 0; i < pad; i++)
        emit16(&c, C_NOP);
    emit32(&c, ADDI(X_T0, X_ZERO, m));
    emit32(&c, MUL(X_A0, X_A0, X_T0));
    emit32(&c, ADDI(X_A0, X_A0, add));
    emit32(&c, XOR(X_A0, X_A0, X_T0));
    emit32(&c, RET);
    return code_end(&c);
}
static inline long affine(long x, long m, long add) { return (x * m + add) ^ m; }

#endif
