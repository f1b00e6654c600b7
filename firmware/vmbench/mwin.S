/*
 * mwin.S: measured windows that run in M-mode without translation (the cache sweep and
 * the branch kernels).  Each is a C-callable function that saves s0..s7, runs its window
 * between WINDOW_START and WINDOW_END (window.h) and stores the deltas in *out (struct
 * meas, bench.h).  Inside a window the only data accesses are the ones being measured.
 */
#include "window.h"
    .file   "mwin.S"
    .text

.macro SAVE_S
    addi    sp, sp, -64
    sd      s0, 0(sp)
    sd      s1, 8(sp)
    sd      s2, 16(sp)
    sd      s3, 24(sp)
    sd      s4, 32(sp)
    sd      s5, 40(sp)
    sd      s6, 48(sp)
    sd      s7, 56(sp)
.endm

/* Stores a0..a7 at *(s8 = out), restores s0..s11 (saved by PROLOGUE) and returns. */
.macro STORE_AND_RETURN
    sd      a0, 0(s8)
    sd      a1, 8(s8)
    sd      a2, 16(s8)
    sd      a3, 24(s8)
    sd      a4, 32(s8)
    sd      a5, 40(s8)
    sd      a6, 48(s8)
    sd      a7, 56(s8)
    ld      s0, 0(sp)
    ld      s1, 8(sp)
    ld      s2, 16(sp)
    ld      s3, 24(sp)
    ld      s4, 32(sp)
    ld      s5, 40(sp)
    ld      s6, 48(sp)
    ld      s7, 56(sp)
    ld      s8, 64(sp)
    ld      s9, 72(sp)
    ld      s10, 80(sp)
    ld      s11, 88(sp)
    addi    sp, sp, 96
    ret
.endm

.macro PROLOGUE
    addi    sp, sp, -32
    sd      s8, 0(sp)
    sd      s9, 8(sp)
    sd      s10, 16(sp)
    sd      s11, 24(sp)
    SAVE_S
.endm

/*
 * void m_sweep(uint64_t base, uint64_t end, uint64_t passes, struct meas *out)
 * One 8-byte load per 64-byte line of [base, end), `passes` times over (passes >= 1,
 * end > base, end - base a multiple of 64).  Three instructions per access; the loaded
 * value is never used, so no load-use stall.
 */
    .globl m_sweep
m_sweep:
    PROLOGUE
    mv      s8, a3
    WINDOW_START
1:  mv      t1, a0
2:  ld      t0, 0(t1)
    addi    t1, t1, 64
    bne     t1, a1, 2b
    addi    a2, a2, -1
    bnez    a2, 1b
    WINDOW_END
    STORE_AND_RETURN

/*
 * Both branch kernels: x = a0 (non-zero seed), a1 = iterations (>= 1), a2 = out,
 * a3 = where to store the result.  Each iteration steps xorshift64 (13, 7, 17) and adds
 * x to the accumulator (s10) when x is odd; both return the same accumulator.
 *   m_branchy:    andi + beqz over the add: taken half the time, at random
 *   m_branchfree: mask = -(x & 1); acc += x & mask (no branch but the loop's own)
 */
.macro XORSHIFT
    slli    t3, t0, 13
    xor     t0, t0, t3
    srli    t3, t0, 7
    xor     t0, t0, t3
    slli    t3, t0, 17
    xor     t0, t0, t3
.endm

    .globl m_branchy
m_branchy:
    PROLOGUE
    mv      s8, a2
    mv      s9, a3
    mv      t0, a0
    li      s10, 0
    mv      t2, a1
    WINDOW_START
1:  XORSHIFT
    andi    t3, t0, 1
    beqz    t3, 2f
    add     s10, s10, t0
2:  addi    t2, t2, -1
    bnez    t2, 1b
    WINDOW_END
    sd      s10, 0(s9)
    STORE_AND_RETURN

    .globl m_branchfree
m_branchfree:
    PROLOGUE
    mv      s8, a2
    mv      s9, a3
    mv      t0, a0
    li      s10, 0
    mv      t2, a1
    WINDOW_START
1:  XORSHIFT
    andi    t3, t0, 1
    neg     t3, t3
    and     t3, t3, t0
    add     s10, s10, t3
    addi    t2, t2, -1
    bnez    t2, 1b
    WINDOW_END
    sd      s10, 0(s9)
    STORE_AND_RETURN
