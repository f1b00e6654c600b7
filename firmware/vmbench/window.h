/*
 * window.h: assembler macros that open and close a measured window (included by the .S
 * files of vmbench).  Both read only CSRs, so a window contains no data access of its own.
 *
 * WINDOW_START  s2..s7 = hpmcounter3..8, then s1 = instret, then s0 = cycle (last, so the
 *               window's cycles start as late as possible).
 * WINDOW_END    reads cycle first, then instret and hpmcounter3..8, and leaves the deltas in
 *               a0..a7 in the order of struct meas (bench.h): a0 cycles, a1 instret,
 *               a2 dTLB misses, a3 iTLB misses, a4 page walks, a5 D$ misses, a6 L2 misses,
 *               a7 branch mispredicts.  Clobbers t0..t6.
 */
#ifndef SATP_VMBENCH_WINDOW_H
#define SATP_VMBENCH_WINDOW_H

.macro WINDOW_START
    csrr    s2, hpmcounter3
    csrr    s3, hpmcounter4
    csrr    s4, hpmcounter5
    csrr    s5, hpmcounter6
    csrr    s6, hpmcounter7
    csrr    s7, hpmcounter8
    csrr    s1, instret
    csrr    s0, cycle
.endm

.macro WINDOW_END
    csrr    t0, cycle
    csrr    t1, instret
    csrr    t2, hpmcounter3
    csrr    t3, hpmcounter4
    csrr    t4, hpmcounter5
    csrr    t5, hpmcounter6
    csrr    t6, hpmcounter7
    csrr    a7, hpmcounter8
    sub     a0, t0, s0
    sub     a1, t1, s1
    sub     a2, t2, s2
    sub     a3, t3, s3
    sub     a4, t4, s4
    sub     a5, t5, s5
    sub     a6, t6, s6
    sub     a7, a7, s7
.endm

#endif
