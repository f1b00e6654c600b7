/*
 * crt.S: entry point of the picolibc guests (linked by picolibc.ld, -nostartfiles).
 *
 * All harts start in M-mode at 0x80000000 (picolibc.ld puts .text.init.enter first).  Hart 0
 * sets gp, sp, tp (picolibc keeps errno in TLS) and mtvec, turns the FPU on (mstatus.FS is
 * Off at reset, so any FP instruction would trap), then calls runtime_start() in runtime.c,
 * which copies .data/.tdata to RAM, zeroes .bss/.tbss and exits with main's value.  Other
 * harts park in a wfi loop.
 */
    .file   "crt.S"                     /* a fixed name keeps the symbol table reproducible */
    .section .text.init.enter, "ax", @progbits
    .globl _start
_start:
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop

    csrr    t0, mhartid
    bnez    t0, park

    la      sp, __stack
    la      tp, __tls_base
    la      t0, trap_entry
    csrw    mtvec, t0                   /* direct mode: the address is 4-byte aligned */

    li      t0, 1 << 13                 /* mstatus.FS = Initial */
    csrs    mstatus, t0
    csrw    fcsr, zero                  /* round to nearest, no flags */

    call    runtime_start               /* never returns */

park:
    wfi
    j       park

/* No trap is expected: report it on the current stack and exit with status 2. */
    .balign 4
trap_entry:
    csrr    a0, mcause
    csrr    a1, mepc
    csrr    a2, mtval
    call    trap_report                 /* never returns */
    j       park
