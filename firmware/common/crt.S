/*
 * crt.S: entry point of every satp firmware program.
 *
 * The host starts all harts in M-mode at 0x80000000 (a0 = hart id).  Hart 0 sets up gp, sp,
 * the M-mode trap vector and its stack, zeroes .sbss/.bss, calls main() and passes main's
 * return value to exit().  Every other hart parks in a wfi loop (no interrupts are enabled,
 * so it never leaves it).
 */
    .file   "crt.S"                     /* a fixed name keeps the symbol table reproducible */
    .section .text.init, "ax", @progbits
    .globl _start
_start:
    /* gp must be set before any code the linker may have relaxed to gp-relative form. */
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop

    csrr    t0, mhartid
    bnez    t0, park

    la      t0, trap_entry
    csrw    mtvec, t0                   /* direct mode: the address is 4-byte aligned */
    la      t0, __trap_stack_top
    csrw    mscratch, t0
    la      sp, __stack_top

    /* Zero .sbss and .bss (both ends are 16-byte aligned by the linker script). */
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sd      zero, 0(t0)
    sd      zero, 8(t0)
    addi    t0, t0, 16
    j       1b
2:
    call    main
    call    exit                        /* exit(main()) never returns */

park:
    wfi
    j       park

/*
 * Every trap ends up here in M-mode (nothing is delegated).  Firmware programs do not expect
 * traps, so the handler switches to its own stack, reports the cause and exits with status 2.
 */
    .balign 4
trap_entry:
    csrrw   sp, mscratch, sp
    csrr    a0, mcause
    csrr    a1, mepc
    csrr    a2, mtval
    call    trap_report                 /* never returns */
    j       park
