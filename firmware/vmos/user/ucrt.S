/*
 * ucrt.S: entry of every vmos user program.  The kernel starts a process here with
 * sp = top of its stack, a0 = program number, a1, a2 = arguments, a3 = pid.
 */
    .file   "ucrt.S"
    .section .text.entry, "ax", @progbits
    .globl _ustart
_ustart:
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    call    umain
    li      a7, 2                       /* SYS_EXIT with umain's result */
    ecall
1:  j       1b
