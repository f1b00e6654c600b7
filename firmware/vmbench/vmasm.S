/*
 * vmasm.S: the switch between the S-mode kernel and U-mode (run_user, s_trap), and the
 * measured user routines, which sit in a 4 KiB page of their own (user_text_start ..
 * user_text_end) that the kernel maps for U-mode at UCODE_VA.
 *
 * A measured routine reads the counters (WINDOW_START, window.h), runs its window and
 * ECALLs with the deltas in a0..a7 (WINDOW_END), in the order of struct meas (bench.h).
 * The routines use registers only (no stack, no globals): inside a window the only data
 * accesses are the loads of the list being chased (and, in u_chase_extra, one extra page).
 */
#include "window.h"
    .file   "vmasm.S"
    .option norelax            /* s_trap runs with the user's gp: no gp-relative code */

/* ---------------------------------------------------------------- kernel side */
    .text
    .globl run_user
/* void run_user(uint64_t entry, uint64_t a0, a1, a2, a3, struct meas *out) */
run_user:
    la      t0, kctx
    sd      ra, 0(t0)
    sd      sp, 8(t0)
    sd      gp, 16(t0)
    sd      tp, 24(t0)
    sd      s0, 32(t0)
    sd      s1, 40(t0)
    sd      s2, 48(t0)
    sd      s3, 56(t0)
    sd      s4, 64(t0)
    sd      s5, 72(t0)
    sd      s6, 80(t0)
    sd      s7, 88(t0)
    sd      s8, 96(t0)
    sd      s9, 104(t0)
    sd      s10, 112(t0)
    sd      s11, 120(t0)
    sd      a5, 128(t0)
    csrw    sepc, a0
    li      t1, 1 << 8                  /* sstatus.SPP = 0: sret goes to U-mode */
    csrc    sstatus, t1
    mv      a0, a1
    mv      a1, a2
    mv      a2, a3
    mv      a3, a4
    sret

    .balign 4
    .globl s_trap
s_trap:
    csrr    t0, scause
    li      t1, 8                       /* environment call from U-mode */
    la      t2, kctx
    bne     t0, t1, 1f
    ld      t3, 128(t2)                 /* struct meas *out */
    sd      a0, 0(t3)
    sd      a1, 8(t3)
    sd      a2, 16(t3)
    sd      a3, 24(t3)
    sd      a4, 32(t3)
    sd      a5, 40(t3)
    sd      a6, 48(t3)
    sd      a7, 56(t3)
1:  ld      ra, 0(t2)
    ld      sp, 8(t2)
    ld      gp, 16(t2)
    ld      tp, 24(t2)
    ld      s0, 32(t2)
    ld      s1, 40(t2)
    ld      s2, 48(t2)
    ld      s3, 56(t2)
    ld      s4, 64(t2)
    ld      s5, 72(t2)
    ld      s6, 80(t2)
    ld      s7, 88(t2)
    ld      s8, 96(t2)
    ld      s9, 104(t2)
    ld      s10, 112(t2)
    ld      s11, 120(t2)
    bne     t0, t1, 2f
    ret                                 /* back to run_user's caller */
2:  csrr    a0, scause
    csrr    a1, sepc
    csrr    a2, stval
    call    s_trap_report               /* never returns */

    .bss
    .balign 8
kctx:
    .space  136

/* ---------------------------------------------------------------- user side */
    .section .text.user, "ax", @progbits
    .balign 4096
    .globl user_text_start
user_text_start:

/*
 * u_chase: a0 = first node, a1 = warm-up loads (>= 1), a2 = measured loads (>= 1).
 * Follows the list a1 times (this fills the dTLB with the list's pages), then a2 times
 * inside the window.  dTLB entries used by the window: the list's pages only.
 */
    .globl u_chase
u_chase:
1:  ld      a0, 0(a0)
    addi    a1, a1, -1
    bnez    a1, 1b
    WINDOW_START
2:  ld      a0, 0(a0)
    addi    a2, a2, -1
    bnez    a2, 2b
    WINDOW_END
    ecall

/*
 * u_chase_extra: as u_chase, plus a load from the page at a3 after every node (think of a
 * loop that keeps a local variable on its stack).  dTLB entries used: the list's pages + 1.
 */
    .globl u_chase_extra
u_chase_extra:
1:  ld      a0, 0(a0)
    ld      t0, 0(a3)
    addi    a1, a1, -1
    bnez    a1, 1b
    WINDOW_START
2:  ld      a0, 0(a0)
    ld      t0, 0(a3)
    addi    a2, a2, -1
    bnez    a2, 2b
    WINDOW_END
    ecall

/*
 * u_walk: a0 = first node, a1 = warm-up loads (>= 1).  The window is UWALK_LOADS (512)
 * dependent loads in straight-line code: no branch inside it, so two runs that follow
 * different lists execute exactly the same instructions with the same predictor outcome,
 * and differ only in the translations the loads need.
 */
    .globl u_walk
u_walk:
1:  ld      a0, 0(a0)
    addi    a1, a1, -1
    bnez    a1, 1b
    WINDOW_START
    .rept 512
    ld      a0, 0(a0)
    .endr
    WINDOW_END
    ecall

    .balign 4096
    .globl user_text_end
user_text_end:
