/*
 * v env, S-mode kernel entry points (see env/v/riscv_test.h for the whole
 * design and env/v/vm.c for the page tables).  Everything here lives in
 * kernel sections (.text.satp_v*, .rodata.satp_v*, .bss.satp_v*), which
 * env/v/link.ld places at physical addresses; the test's own .text/.data are
 * the user image.
 *
 *   satp_v_kernel_boot  entered from M-mode (mret, S-mode, satp = 0):
 *                       satp_v_init() builds the tables; then stvec,
 *                       sscratch, satp, sfence.vma, and sret to the body
 *                       in U-mode with x1-x31 = 0.
 *   satp_v_strap        stvec: ecall from U -> ecall from S (M reports gp);
 *                       page faults -> satp_v_page_fault(scause, stval,
 *                       sepc), then sret (retry) if it returns 0, else
 *                       failure 1337 through the same ecall.
 * sscratch holds the trap frame's address while U-mode runs.
 */
        .file "env/v/entry.S"
        .option norvc

#define SATP_V_UNEXPECTED ((1337 << 1) | 1)
#define FRAME_SIZE (32 * 8)

        .section .text.satp_v_entry, "ax", @progbits
        .balign 4
        .globl satp_v_kernel_boot
satp_v_kernel_boot:
        la sp, satp_v_stack_top
        call satp_v_init                /* a0 = the satp value */
        la t0, satp_v_strap
        csrw stvec, t0
        la t0, satp_v_frame
        csrw sscratch, t0
        csrw satp, a0
        sfence.vma
        ld t0, satp_v_user_entry        /* virtual address of the body */
        csrw sepc, t0
        li t0, (1 << 8) | (1 << 5) | (1 << 1)   /* SPP, SPIE, SIE */
        csrc sstatus, t0                /* sret to U, interrupts stay off */
        li x1, 0
        li x2, 0
        li x3, 0
        li x4, 0
        li x5, 0
        li x6, 0
        li x7, 0
        li x8, 0
        li x9, 0
        li x10, 0
        li x11, 0
        li x12, 0
        li x13, 0
        li x14, 0
        li x15, 0
        li x16, 0
        li x17, 0
        li x18, 0
        li x19, 0
        li x20, 0
        li x21, 0
        li x22, 0
        li x23, 0
        li x24, 0
        li x25, 0
        li x26, 0
        li x27, 0
        li x28, 0
        li x29, 0
        li x30, 0
        li x31, 0
        sret

        .balign 4
        .globl satp_v_strap
satp_v_strap:
        csrrw sp, sscratch, sp          /* sp = frame, sscratch = user sp */
        sd x1, 1 * 8(sp)
        sd x3, 3 * 8(sp)
        sd x4, 4 * 8(sp)
        sd x5, 5 * 8(sp)
        sd x6, 6 * 8(sp)
        sd x7, 7 * 8(sp)
        sd x8, 8 * 8(sp)
        sd x9, 9 * 8(sp)
        sd x10, 10 * 8(sp)
        sd x11, 11 * 8(sp)
        sd x12, 12 * 8(sp)
        sd x13, 13 * 8(sp)
        sd x14, 14 * 8(sp)
        sd x15, 15 * 8(sp)
        sd x16, 16 * 8(sp)
        sd x17, 17 * 8(sp)
        sd x18, 18 * 8(sp)
        sd x19, 19 * 8(sp)
        sd x20, 20 * 8(sp)
        sd x21, 21 * 8(sp)
        sd x22, 22 * 8(sp)
        sd x23, 23 * 8(sp)
        sd x24, 24 * 8(sp)
        sd x25, 25 * 8(sp)
        sd x26, 26 * 8(sp)
        sd x27, 27 * 8(sp)
        sd x28, 28 * 8(sp)
        sd x29, 29 * 8(sp)
        sd x30, 30 * 8(sp)
        sd x31, 31 * 8(sp)
        csrr t0, sscratch
        sd t0, 2 * 8(sp)                /* the user's sp */
        csrw sscratch, sp               /* frame address again */
        csrr a0, scause
        li t1, 8                        /* ecall from U: end of the test */
        bne a0, t1, 1f
        ld gp, 3 * 8(sp)
        ecall                           /* from S: M reports gp */
        j satp_v_die
1:      mv s0, sp
        la sp, satp_v_stack_top
        csrr a1, stval
        csrr a2, sepc
        call satp_v_page_fault
        bnez a0, satp_v_die
        mv sp, s0
        ld x1, 1 * 8(sp)
        ld x3, 3 * 8(sp)
        ld x4, 4 * 8(sp)
        ld x5, 5 * 8(sp)
        ld x6, 6 * 8(sp)
        ld x7, 7 * 8(sp)
        ld x8, 8 * 8(sp)
        ld x9, 9 * 8(sp)
        ld x10, 10 * 8(sp)
        ld x11, 11 * 8(sp)
        ld x12, 12 * 8(sp)
        ld x13, 13 * 8(sp)
        ld x14, 14 * 8(sp)
        ld x15, 15 * 8(sp)
        ld x16, 16 * 8(sp)
        ld x17, 17 * 8(sp)
        ld x18, 18 * 8(sp)
        ld x19, 19 * 8(sp)
        ld x20, 20 * 8(sp)
        ld x21, 21 * 8(sp)
        ld x22, 22 * 8(sp)
        ld x23, 23 * 8(sp)
        ld x24, 24 * 8(sp)
        ld x25, 25 * 8(sp)
        ld x26, 26 * 8(sp)
        ld x27, 27 * 8(sp)
        ld x28, 28 * 8(sp)
        ld x29, 29 * 8(sp)
        ld x30, 30 * 8(sp)
        ld x31, 31 * 8(sp)
        ld x2, 2 * 8(sp)
        sret

satp_v_die:
        li gp, SATP_V_UNEXPECTED
        ecall
        j satp_v_die

        /* The user image, from the linker script (these addresses are far */
        /* from the kernel: medany code cannot form them pc-relatively).   */
        .section .rodata.satp_v_layout, "a", @progbits
        .balign 8
        .globl satp_v_layout
satp_v_layout:
satp_v_user_entry:
        .dword satp_env_body            /* [0] first instruction (VA) */
        .dword satp_v_user_va           /* [1] first user page (VA) */
        .dword satp_v_user_va_end       /* [2] end of the user image (VA) */
        .dword satp_v_user_pa           /* [3] where [1] is loaded (PA) */

        .section .bss.satp_v_frame, "aw", @nobits
        .balign 16
satp_v_frame:
        .zero FRAME_SIZE
        .section .bss.satp_v_stack, "aw", @nobits
        .balign 16
        .zero 4096
satp_v_stack_top:
