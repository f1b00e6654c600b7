/*
 * start.S: vmos's entry in M-mode, its S-mode trap entry and the return to U-mode.
 *
 * Hart 0 sets gp and sp, zeroes .bss and calls mstart(hartid, dtb) (machine.c), which
 * never returns.  Other harts park in WFI.
 *
 * S-mode traps (stvec = strap): while a process runs, sscratch holds its struct proc
 * (whose first member is the trap frame); in the kernel sscratch is 0.  So a trap from the
 * kernel itself is recognised and reported instead of overwriting a frame.
 */
    .file   "start.S"
    .option norelax
    .section .text.init, "ax", @progbits
    .globl _start
_start:
    la      gp, __global_pointer$
    csrr    t0, mhartid
    bnez    t0, park
    la      sp, __stack_top
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sd      zero, 0(t0)
    addi    t0, t0, 8
    j       1b
2:  la      t0, mtrap
    csrw    mtvec, t0
    call    mstart
park:
    wfi
    j       park

/* Any trap that reaches M-mode is a bug: report it (runtime's trap_report exits). */
    .balign 4
mtrap:
    la      sp, __stack_top
    csrr    a0, mcause
    csrr    a1, mepc
    csrr    a2, mtval
    call    trap_report

    .text
    .balign 4
    .globl strap
strap:
    csrrw   sp, sscratch, sp
    beqz    sp, from_kernel
    sd      x1, 8(sp)
    sd      x3, 24(sp)
    sd      x4, 32(sp)
    sd      x5, 40(sp)
    sd      x6, 48(sp)
    sd      x7, 56(sp)
    sd      x8, 64(sp)
    sd      x9, 72(sp)
    sd      x10, 80(sp)
    sd      x11, 88(sp)
    sd      x12, 96(sp)
    sd      x13, 104(sp)
    sd      x14, 112(sp)
    sd      x15, 120(sp)
    sd      x16, 128(sp)
    sd      x17, 136(sp)
    sd      x18, 144(sp)
    sd      x19, 152(sp)
    sd      x20, 160(sp)
    sd      x21, 168(sp)
    sd      x22, 176(sp)
    sd      x23, 184(sp)
    sd      x24, 192(sp)
    sd      x25, 200(sp)
    sd      x26, 208(sp)
    sd      x27, 216(sp)
    sd      x28, 224(sp)
    sd      x29, 232(sp)
    sd      x30, 240(sp)
    sd      x31, 248(sp)
    csrr    t0, sscratch
    sd      t0, 16(sp)                  /* the user's sp */
    csrr    t0, sepc
    sd      t0, 256(sp)
    csrw    sscratch, zero
    mv      a0, sp
    la      gp, __global_pointer$
    la      sp, __trap_stack_top
    call    ktrap                       /* never returns: it ends in user_return */
from_kernel:
    csrrw   sp, sscratch, sp
    la      sp, __trap_stack_top
    csrr    a0, scause
    csrr    a1, sepc
    csrr    a2, stval
    call    kernel_trap                 /* never returns */

/* void user_return(struct trapframe *tf): back to U-mode with the frame's registers. */
    .globl user_return
user_return:
    csrw    sscratch, a0
    ld      t0, 256(a0)
    csrw    sepc, t0
    ld      x1, 8(a0)
    ld      x2, 16(a0)
    ld      x3, 24(a0)
    ld      x4, 32(a0)
    ld      x5, 40(a0)
    ld      x6, 48(a0)
    ld      x7, 56(a0)
    ld      x8, 64(a0)
    ld      x9, 72(a0)
    ld      x11, 88(a0)
    ld      x12, 96(a0)
    ld      x13, 104(a0)
    ld      x14, 112(a0)
    ld      x15, 120(a0)
    ld      x16, 128(a0)
    ld      x17, 136(a0)
    ld      x18, 144(a0)
    ld      x19, 152(a0)
    ld      x20, 160(a0)
    ld      x21, 168(a0)
    ld      x22, 176(a0)
    ld      x23, 184(a0)
    ld      x24, 192(a0)
    ld      x25, 200(a0)
    ld      x26, 208(a0)
    ld      x27, 216(a0)
    ld      x28, 224(a0)
    ld      x29, 232(a0)
    ld      x30, 240(a0)
    ld      x31, 248(a0)
    ld      x10, 80(a0)
    sret

/* int ctx_save(struct kctx *c): 0 now, 1 when ctx_restore(c) comes back here. */
    .globl ctx_save
ctx_save:
    sd      ra, 0(a0)
    sd      sp, 8(a0)
    sd      s0, 16(a0)
    sd      s1, 24(a0)
    sd      s2, 32(a0)
    sd      s3, 40(a0)
    sd      s4, 48(a0)
    sd      s5, 56(a0)
    sd      s6, 64(a0)
    sd      s7, 72(a0)
    sd      s8, 80(a0)
    sd      s9, 88(a0)
    sd      s10, 96(a0)
    sd      s11, 104(a0)
    li      a0, 0
    ret

    .globl ctx_restore
ctx_restore:
    ld      ra, 0(a0)
    ld      sp, 8(a0)
    ld      s0, 16(a0)
    ld      s1, 24(a0)
    ld      s2, 32(a0)
    ld      s3, 40(a0)
    ld      s4, 48(a0)
    ld      s5, 56(a0)
    ld      s6, 64(a0)
    ld      s7, 72(a0)
    ld      s8, 80(a0)
    ld      s9, 88(a0)
    ld      s10, 96(a0)
    ld      s11, 104(a0)
    li      a0, 1
    ret

/* void page_zero(uint64_t pa): 4 KiB of zeros, 64 bytes per iteration. */
    .globl page_zero
page_zero:
    li      t0, 4096
    add     t0, a0, t0
1:  sd      zero, 0(a0)
    sd      zero, 8(a0)
    sd      zero, 16(a0)
    sd      zero, 24(a0)
    sd      zero, 32(a0)
    sd      zero, 40(a0)
    sd      zero, 48(a0)
    sd      zero, 56(a0)
    addi    a0, a0, 64
    bltu    a0, t0, 1b
    ret

/* void page_copy(uint64_t dst, const void *src, uint64_t n): n a multiple of 64, both
 * 8-byte aligned. */
    .globl page_copy
page_copy:
    beqz    a2, 2f
    add     a2, a0, a2
1:  ld      t0, 0(a1)
    ld      t1, 8(a1)
    ld      t2, 16(a1)
    ld      t3, 24(a1)
    ld      t4, 32(a1)
    ld      t5, 40(a1)
    ld      t6, 48(a1)
    ld      a3, 56(a1)
    sd      t0, 0(a0)
    sd      t1, 8(a0)
    sd      t2, 16(a0)
    sd      t3, 24(a0)
    sd      t4, 32(a0)
    sd      t5, 40(a0)
    sd      t6, 48(a0)
    sd      a3, 56(a0)
    addi    a0, a0, 64
    addi    a1, a1, 64
    bltu    a0, a2, 1b
2:  ret

/* The user image (user/user.bin, built first), page aligned. */
    .section .rodata.uimage, "a", @progbits
    .balign 4096
    .globl uimage_start, uimage_end
uimage_start:
    .incbin USER_BIN
uimage_end:
    .balign 4096
