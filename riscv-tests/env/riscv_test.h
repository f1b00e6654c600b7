/*
 * satp ISA test environment (written for satp from the RISC-V unprivileged
 * and privileged specifications; the file layout follows the riscv-tests
 * conventions so one runner can run both suites).
 *
 * Test program shape:
 *
 *     #include "riscv_test.h"
 *     #include "test_macros.h"
 *     RVTEST_RV64U            // or RVTEST_RV64S / RVTEST_RV64M
 *     RVTEST_CODE_BEGIN
 *       ... test body, TESTNUM (gp) holds the current test number ...
 *     RVTEST_CODE_END
 *     RVTEST_DATA_BEGIN
 *       ... data ...
 *     RVTEST_DATA_END
 *
 * Result protocol ("tohost"):
 *   The body ends with RVTEST_PASS (gp = 1, ecall) or RVTEST_FAIL
 *   (gp = (gp << 1) | 1, ecall).  The env's M-mode trap vector sees the ecall
 *   (from U, S or M mode) and stores gp to the 8-byte symbol `tohost`, again
 *   and again in a loop.  A runner stops at the first write to tohost with
 *   bit 0 set: exit code = value >> 1, 0 = pass, otherwise the failing test
 *   number.
 *   Any trap other than an ecall that the test does not handle itself is a
 *   failure with code SATP_UNEXPECTED_TRAP_CODE (1337): tohost = 2675.
 *   RVTEST_FAIL with gp = 0 (no test started) reports test number 1.
 *   Names starting with satp_ / SATP_ are reserved for the env and macros.
 *
 * Hooks:
 *   mtvec_handler (weak): if the test defines it, the env's M-mode trap
 *     vector jumps to it first.  All registers are as the trapping code left
 *     them EXCEPT t5 (x30), which the vector uses as scratch.  The handler
 *     either finishes the trap itself (e.g. advances mepc and does mret) or
 *     jumps to `env_default_trap` to get the default handling above.
 *     env_default_trap also clobbers t6 (x31) (and t4 in SATP_QEMU_CHECK
 *     builds); it never returns.
 *   stvec_handler (weak): if the test defines it, the env writes its address
 *     to stvec before entering the body.  The env delegates nothing: the test
 *     sets medeleg/mideleg itself.
 *
 * Start-up (RVTEST_CODE_BEGIN, at _start = 0x80000000, section .text.init):
 *   clear x1-x31; mtvec = env trap vector; PMP entry 0 = NAPOT over all of
 *   memory with R/W/X (skipped through a temporary mtvec if PMP is absent);
 *   satp = 0, medeleg = mideleg = 0 (likewise skipped if there is no
 *   S-mode); mie = 0; stvec = stvec_handler if defined; mstatus bits 22:0
 *   cleared (interrupts off, MPRV/SUM/MXR/TVM/TW/TSR off) and MPP = the
 *   selected mode; with F (built with an F -march, __riscv_flen defined):
 *   mstatus.FS = Initial and fcsr = 0 (FS stays Off otherwise, so FP
 *   instructions trap); t0 = gp = 0; mret into the body (symbol satp_env_body)
 *   in the selected mode.  mepc is left pointing at satp_env_body.
 *
 * -DSATP_QEMU_CHECK: the trap vector ALSO reports the result to the SiFive
 *   test finisher at 0x100000 (QEMU virt), so `qemu-system-riscv64 -machine
 *   virt -bios none -kernel ELF` exits with status 0 on pass and the failing
 *   code otherwise.  Never used for the committed ELFs.
 */
#ifndef SATP_RISCV_TEST_H
#define SATP_RISCV_TEST_H

/* ---- CSR numbers and fields used here (privileged spec, ch. "Machine-Level ISA") */
#define SATP_MSTATUS_MIE   0x00000008
#define SATP_MSTATUS_SIE   0x00000002
#define SATP_MSTATUS_MPIE  0x00000080
#define SATP_MSTATUS_MPP   0x00001800
#define SATP_PMP_R         0x01
#define SATP_PMP_W         0x02
#define SATP_PMP_X         0x04
#define SATP_PMP_NAPOT     0x18

#define SATP_CAUSE_ECALL_U 8
#define SATP_CAUSE_ECALL_S 9
#define SATP_CAUSE_ECALL_M 11

/* Failure code written for a trap the test did not expect. */
#define SATP_UNEXPECTED_TRAP_CODE 1337

#define SATP_FINISHER_ADDR 0x100000
#define SATP_FINISHER_PASS 0x5555
#define SATP_FINISHER_FAIL 0x3333

/* ---- test number register */
#define TESTNUM gp

/* ---- mode selection: privilege level the body runs in (mstatus.MPP value) */
#define RVTEST_RV64U .set satp_test_mode, 0
#define RVTEST_RV64S .set satp_test_mode, 1
#define RVTEST_RV64M .set satp_test_mode, 3

/* ---- start of the test body */
#define RVTEST_CODE_BEGIN                                               \
        /* name the object after the source (as given on the command */ \
        /* line, relative): otherwise ld names it after gcc's random */ \
        /* temporary .o and builds are not reproducible              */ \
        .file __BASE_FILE__;                                            \
        .ifndef satp_test_mode;                                         \
        .set satp_test_mode, 0;                                         \
        .endif;                                                         \
        .weak mtvec_handler;                                            \
        .weak stvec_handler;                                            \
        .pushsection .tohost, "aw", @progbits;                          \
        .balign 64;                                                     \
        .globl tohost;                                                  \
        .type tohost, @object;                                          \
        .size tohost, 8;                                                \
tohost: .dword 0;                                                       \
        .globl fromhost;                                                \
        .type fromhost, @object;                                        \
        .size fromhost, 8;                                              \
fromhost: .dword 0;                                                     \
        .popsection;                                                    \
        .section .text.init, "ax", @progbits;                           \
        .option push;                                                   \
        .option norvc;                                                  \
        .globl _start;                                                  \
_start:                                                                 \
        j satp_env_reset;                                               \
        /* literal pool: weak hook addresses (0 when absent) */         \
        .balign 8;                                                      \
satp_env_mtvec_hook: .dword mtvec_handler;                              \
satp_env_stvec_hook: .dword stvec_handler;                              \
        /* M-mode trap vector (direct mode, 4-byte aligned) */          \
        .balign 4;                                                      \
        .globl satp_env_trap_vector;                                    \
satp_env_trap_vector:                                                   \
        la t5, satp_env_mtvec_hook;                                     \
        ld t5, 0(t5);                                                   \
        beqz t5, env_default_trap;                                      \
        jr t5;                                                          \
        .globl env_default_trap;                                        \
env_default_trap:                                                       \
        csrr t5, mcause;                                                \
        li t6, SATP_CAUSE_ECALL_U;                                      \
        beq t5, t6, satp_env_report;                                    \
        li t6, SATP_CAUSE_ECALL_S;                                      \
        beq t5, t6, satp_env_report;                                    \
        li t6, SATP_CAUSE_ECALL_M;                                      \
        beq t5, t6, satp_env_report;                                    \
        li gp, (SATP_UNEXPECTED_TRAP_CODE << 1) | 1;                    \
satp_env_report:                                                        \
        SATP_ENV_QEMU_REPORT;                                           \
        la t5, tohost;                                                  \
satp_env_report_loop:                                                   \
        sd gp, 0(t5);                                                   \
        j satp_env_report_loop;                                         \
        /* reset */                                                     \
satp_env_reset:                                                         \
        SATP_ENV_CLEAR_REGS;                                            \
        la t0, satp_env_trap_vector;                                    \
        csrw mtvec, t0;                                                 \
        /* PMP entry 0: NAPOT covering everything, RWX.  pmpaddr holds */ \
        /* address bits 55:2; all 54 bits set = largest NAPOT region.  */ \
        /* If PMP is absent the CSR access traps to satp_env_no_pmp.   */ \
        la t0, satp_env_no_pmp;                                         \
        csrw mtvec, t0;                                                 \
        li t0, -1;                                                      \
        srli t0, t0, 10;                                                \
        csrw pmpaddr0, t0;                                              \
        li t0, SATP_PMP_NAPOT | SATP_PMP_R | SATP_PMP_W | SATP_PMP_X;   \
        csrw pmpcfg0, t0;                                               \
        .balign 4;                                                      \
satp_env_no_pmp:                                                        \
        /* S-mode CSRs; skipped the same way if S-mode is absent */     \
        la t0, satp_env_no_smode;                                       \
        csrw mtvec, t0;                                                 \
        csrwi satp, 0;                                                  \
        csrwi medeleg, 0;                                               \
        csrwi mideleg, 0;                                               \
        .balign 4;                                                      \
satp_env_no_smode:                                                      \
        la t0, satp_env_trap_vector;                                    \
        csrw mtvec, t0;                                                 \
        csrwi mie, 0;                                                   \
        /* stvec hook, if the test has one */                           \
        la t0, satp_env_stvec_hook;                                     \
        ld t0, 0(t0);                                                   \
        beqz t0, 1f;                                                    \
        csrw stvec, t0;                                                 \
        /* mstatus: clear bits 22:0 (interrupt enables, MPP, SPP,     */ \
        /* MPRV, SUM, MXR, TVM, TW, TSR, FS, VS), keep UXL/SXL/xBE,    */ \
        /* then MPP = selected mode.                                   */ \
1:      li t0, 0x7fffff;                                                \
        csrc mstatus, t0;                                               \
        li t0, (satp_test_mode << 11);                                  \
        csrs mstatus, t0;                                               \
        SATP_ENV_FP_INIT;                                               \
        la t0, satp_env_body;                                           \
        csrw mepc, t0;                                                  \
        li t0, 0;                                                       \
        li gp, 0;                                                       \
        mret;                                                           \
        .option pop;                                                    \
        .text;                                                          \
        .balign 4;                                                      \
        .globl satp_env_body;                                           \
satp_env_body:

/* ---- end of the test body: running past it is a failure (illegal instruction) */
#define RVTEST_CODE_END                                                 \
        unimp;                                                          \
        .globl satp_env_code_end;                                       \
satp_env_code_end:

/* ---- pass / fail */
#define RVTEST_PASS                                                     \
        fence;                                                          \
        li TESTNUM, 1;                                                  \
        ecall

/* gp = (gp << 1) | 1; a test number of 0 is reported as test 1 */
#define RVTEST_FAIL                                                     \
        fence;                                                          \
        bnez TESTNUM, 1f;                                               \
        li TESTNUM, 1;                                                  \
1:      slli TESTNUM, TESTNUM, 1;                                       \
        ori TESTNUM, TESTNUM, 1;                                        \
        ecall

/* ---- data */
#define RVTEST_DATA_BEGIN                                               \
        .data;                                                          \
        .balign 64;                                                     \
        .globl satp_env_data_begin;                                     \
satp_env_data_begin:

#define RVTEST_DATA_END                                                 \
        .data;                                                          \
        .globl satp_env_data_end;                                       \
satp_env_data_end:

/* ---- helpers used above */
#define SATP_ENV_CLEAR_REGS                                             \
        li x1, 0;  li x2, 0;  li x3, 0;  li x4, 0;                      \
        li x5, 0;  li x6, 0;  li x7, 0;  li x8, 0;                      \
        li x9, 0;  li x10, 0; li x11, 0; li x12, 0;                     \
        li x13, 0; li x14, 0; li x15, 0; li x16, 0;                     \
        li x17, 0; li x18, 0; li x19, 0; li x20, 0;                     \
        li x21, 0; li x22, 0; li x23, 0; li x24, 0;                     \
        li x25, 0; li x26, 0; li x27, 0; li x28, 0;                     \
        li x29, 0; li x30, 0; li x31, 0

/* FS = Initial (mstatus bits 14:13 = 01) and fcsr = 0, for tests built with F.
 * The f registers are left as they are (not read before written by a test). */
#ifdef __riscv_flen
#define SATP_ENV_FP_INIT                                                \
        li t0, (1 << 13);                                               \
        csrs mstatus, t0;                                               \
        csrwi fcsr, 0
#else
#define SATP_ENV_FP_INIT
#endif

#ifdef SATP_QEMU_CHECK
/* gp == 1: pass (0x5555); else code = gp >> 1: (code << 16) | 0x3333 */
#define SATP_ENV_QEMU_REPORT                                            \
        li t5, SATP_FINISHER_ADDR;                                      \
        li t6, 1;                                                       \
        bne gp, t6, 2f;                                                 \
        li t6, SATP_FINISHER_PASS;                                      \
        j 3f;                                                           \
2:      srli t6, gp, 1;                                                 \
        slli t6, t6, 16;                                                \
        li t4, SATP_FINISHER_FAIL;                                      \
        or t6, t6, t4;                                                  \
3:      sw t6, 0(t5)
#else
#define SATP_ENV_QEMU_REPORT
#endif

#endif /* SATP_RISCV_TEST_H */
