/*
 * crt.S: entry point of the device test guests (all harts).
 *
 * Every hart starts here in M-mode (satp: at the ELF entry; QEMU -bios none: through its
 * reset vector), with interrupts off.  Each hart gets an 8 KiB stack carved from the top of
 * .stack (hart h: __stack_top - h * 8 KiB; harts 4 and up park), points mtvec at
 * dt_mtrap_entry and clears mie.  Hart 0 zeroes .sbss/.bss, releases the other harts
 * through `dt_bss_ready` (in .data, so it is 0 before anyone runs) and calls
 * exit(main()).  Harts 1..3 wait for the release and call secondary_main(hartid).
 */
    .file   "crt.S"                     /* a fixed name keeps the symbol table reproducible */
    .section .text.init, "ax", @progbits
    .globl _start
_start:
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop

    csrr    s0, mhartid
    li      t0, 4
    bgeu    s0, t0, park
    la      sp, __stack_top
    slli    t0, s0, 13
    sub     sp, sp, t0
    la      t0, dt_mtrap_entry
    csrw    mtvec, t0
    csrw    mie, zero
    bnez    s0, secondary

    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sd      zero, 0(t0)
    sd      zero, 8(t0)
    addi    t0, t0, 16
    j       1b
2:  fence   rw, rw
    la      t0, dt_bss_ready
    li      t1, 1
    sw      t1, 0(t0)
    mv      a0, s0
    call    main
    call    exit

secondary:
    la      t0, dt_bss_ready
3:  lw      t1, 0(t0)
    beqz    t1, 3b
    fence   rw, rw
    mv      a0, s0
    call    secondary_main
park:
    wfi
    j       park

    .data
    .balign 4
    .globl dt_bss_ready
dt_bss_ready:
    .word   0
