/*
 * satp ISA test environment "v" (our own, written for satp from the RISC-V
 * privileged specification): the same U-mode test bodies as the p env,
 * run on virtual addresses under Sv39 with demand paging.
 *
 * Selected by the Makefile with `-I env/v -I env` (this file shadows
 * env/riscv_test.h and includes it for everything that is shared:
 * RVTEST_PASS/FAIL, RVTEST_DATA_*, RVTEST_CODE_END, the QEMU report).
 *
 *   M-mode (_start, this file): clear x1-x31; PMP entry 0 = all memory RWX;
 *     satp = 0; medeleg = ecall-from-U (8) and page faults (12, 13, 15);
 *     mideleg = mie = 0; with F, mstatus.FS = Initial and fcsr = 0 (as
 *     in the p env); mret into S-mode at satp_v_kernel_boot.
 *     The M trap vector only reports: an ecall (from U, S or M) stores gp
 *     to tohost (and to the QEMU finisher in SATP_QEMU_CHECK builds);
 *     anything else reports failure code 1337 (tohost = 2675).
 *   S-mode kernel (env/v/entry.S, env/v/vm.c, physical addresses): builds
 *     the Sv39 tables (a global 1 GiB identity leaf over RAM for itself,
 *     U=0), turns on satp and srets to the body's first instruction at its
 *     user virtual address with every user page unmapped.  Each page fault
 *     from U maps the faulting page (V R W X U, A = D = 0); a fault on a
 *     mapped page whose A (or D, for a store) is clear sets it (the Svade
 *     scheme, only seen with `satp run --ad-mode fault`); sret retries.  An
 *     ecall from U is passed on to M (ecall from S) with gp intact, so the
 *     result codes are exactly the p env's.  Any other fault (outside the
 *     user image, table pool exhausted) reports 1337.
 *   Layout (env/v/link.ld): env code, tohost and kernel data at their
 *     physical addresses from 0x80000000; the test's .text/.data/.bss are
 *     LINKED at user virtual address SATP_V_USER_VA (0x12343ff000, so
 *     labels and `.dword label` are virtual) and LOADED right after the
 *     kernel; user VA - PA is a constant, page-aligned offset.
 *
 * Only RVTEST_RV64U bodies are supported.  The mtvec_handler/stvec_handler
 * hooks are not: a test that defines them (or jumps to env_default_trap)
 * cannot run in this env; the Makefile lists such tests in V_EXCLUDE.
 */
#ifndef SATP_V_RISCV_TEST_H
#define SATP_V_RISCV_TEST_H

#include "../riscv_test.h"

#define SATP_V_CAUSE_FETCH_PAGE 12
#define SATP_V_CAUSE_LOAD_PAGE  13
#define SATP_V_CAUSE_STORE_PAGE 15
#define SATP_V_MEDELEG ((1 << SATP_CAUSE_ECALL_U) |                     \
                        (1 << SATP_V_CAUSE_FETCH_PAGE) |                \
                        (1 << SATP_V_CAUSE_LOAD_PAGE) |                 \
                        (1 << SATP_V_CAUSE_STORE_PAGE))

#undef RVTEST_RV64U
#undef RVTEST_RV64S
#undef RVTEST_RV64M
#define RVTEST_RV64U .set satp_test_mode, 0
#define RVTEST_RV64S .error "the v env runs U-mode test bodies only"
#define RVTEST_RV64M .error "the v env runs U-mode test bodies only"

#undef RVTEST_CODE_BEGIN
#define RVTEST_CODE_BEGIN                                               \
        .file __BASE_FILE__;                                            \
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
        /* M-mode trap vector: report and stop */                       \
        .balign 4;                                                      \
        .globl satp_env_trap_vector;                                    \
satp_env_trap_vector:                                                   \
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
satp_env_reset:                                                         \
        SATP_ENV_CLEAR_REGS;                                            \
        /* PMP entry 0: NAPOT over everything, RWX (skipped if absent) */ \
        la t0, satp_env_no_pmp;                                         \
        csrw mtvec, t0;                                                 \
        li t0, -1;                                                      \
        srli t0, t0, 10;                                                \
        csrw pmpaddr0, t0;                                              \
        li t0, SATP_PMP_NAPOT | SATP_PMP_R | SATP_PMP_W | SATP_PMP_X;   \
        csrw pmpcfg0, t0;                                               \
        .balign 4;                                                      \
satp_env_no_pmp:                                                        \
        la t0, satp_env_trap_vector;                                    \
        csrw mtvec, t0;                                                 \
        csrwi satp, 0;                                                  \
        li t0, SATP_V_MEDELEG;                                          \
        csrw medeleg, t0;                                               \
        csrwi mideleg, 0;                                               \
        csrwi mie, 0;                                                   \
        /* mstatus bits 22:0 cleared, then MPP = S */                   \
        li t0, 0x7fffff;                                                \
        csrc mstatus, t0;                                               \
        li t0, (1 << 11);                                               \
        csrs mstatus, t0;                                               \
        SATP_ENV_FP_INIT;                                               \
        la t0, satp_v_kernel_boot;                                      \
        csrw mepc, t0;                                                  \
        li t0, 0;                                                       \
        mret;                                                           \
        .option pop;                                                    \
        .text;                                                          \
        .balign 4;                                                      \
        .globl satp_env_body;                                           \
satp_env_body:

#endif /* SATP_V_RISCV_TEST_H */
