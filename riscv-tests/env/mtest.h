/*
 * mtest.h: trap-catching helpers for the privileged tests in isa/rv64mi/.
 * Written for satp from the RISC-V privileged specification; used on top of
 * riscv_test.h and test_macros.h (include those first).
 *
 * Register convention (the body must not use these for anything else):
 *   s11 (x27)  resume address: when a trap arrives and s11 != 0, the handler
 *              records it, clears s11 and continues at the old s11.  When
 *              s11 == 0 the trap is unexpected: the M handler passes it to
 *              env_default_trap (ecall = pass/fail report, anything else =
 *              failure), the S handler reports a failure.
 *   s10 (x26)  xtval of the last caught trap
 *   s9  (x25)  xepc
 *   s8  (x24)  xcause
 *   s7  (x23)  xstatus as it was on trap entry (mstatus in the M handler,
 *              sstatus in the S handler): MPP/SPP tell the trapping mode.
 *   s6  (x22)  3 if the M handler caught the trap, 1 if the S handler did.
 *   s5  (x21)  if non-zero when the M handler catches a trap, the handler
 *              resumes in M-mode (MPP := M, with MIE = 0) instead of the
 *              trapping mode, and clears s5.  This is how a test climbs
 *              back to M.
 *   t5  (x30)  clobbered by the env's trap vector and by both handlers.
 *
 * Interrupts: a caught interrupt has its enable bit cleared in mie (M
 * handler) or sie (S handler), and MPIE/SPIE cleared, so returning does not
 * take it again; the pending bit is left alone for the test to inspect.
 *
 * The handlers are defined by MTEST_HANDLERS (mtvec_handler is a hook of the
 * env; stvec_handler is written to stvec by the env).  Tests end with
 * MTEST_PASSFAIL instead of TEST_PASSFAIL; it clears s11 first so that the
 * final ecall reaches the env.
 */
#ifndef SATP_MTEST_H
#define SATP_MTEST_H

/* ---- CSR fields (privileged spec, "Machine Status" / "Supervisor Status") */
#define MSTATUS_SIE   (1 << 1)
#define MSTATUS_MIE   (1 << 3)
#define MSTATUS_SPIE  (1 << 5)
#define MSTATUS_UBE   (1 << 6)
#define MSTATUS_MPIE  (1 << 7)
#define MSTATUS_SPP   (1 << 8)
#define MSTATUS_VS    (3 << 9)
#define MSTATUS_MPP   (3 << 11)
#define MSTATUS_FS    (3 << 13)
#define MSTATUS_XS    (3 << 15)
#define MSTATUS_MPRV  (1 << 17)
#define MSTATUS_SUM   (1 << 18)
#define MSTATUS_MXR   (1 << 19)
#define MSTATUS_TVM   (1 << 20)
#define MSTATUS_TW    (1 << 21)
#define MSTATUS_TSR   (1 << 22)
#define MSTATUS_UXL   (3 << 32)
#define MSTATUS_SXL   (3 << 34)
#define MSTATUS_XL64  ((2 << 32) | (2 << 34))
#define MSTATUS_SD    (1 << 63)

#define MPP_U (0 << 11)
#define MPP_S (1 << 11)
#define MPP_M (3 << 11)

#define MODE_U 0
#define MODE_S 1
#define MODE_M 3

/* interrupt numbers = bit positions in mip/mie/mideleg */
#define IRQ_SSI 1
#define IRQ_MSI 3
#define IRQ_STI 5
#define IRQ_MTI 7
#define IRQ_SEI 9
#define IRQ_MEI 11
#define MIP_SSIP (1 << IRQ_SSI)
#define MIP_STIP (1 << IRQ_STI)
#define MIP_SEIP (1 << IRQ_SEI)
#define MIP_MSIP (1 << IRQ_MSI)
#define MIP_MTIP (1 << IRQ_MTI)
#define MIP_MEIP (1 << IRQ_MEI)

#define CAUSE_INTR            (1 << 63)
#define CAUSE_MISALIGNED_FETCH 0
#define CAUSE_FETCH_ACCESS    1
#define CAUSE_ILLEGAL         2
#define CAUSE_BREAKPOINT      3
#define CAUSE_MISALIGNED_LOAD 4
#define CAUSE_LOAD_ACCESS     5
#define CAUSE_MISALIGNED_STORE 6
#define CAUSE_STORE_ACCESS    7
#define CAUSE_ECALL_U         8
#define CAUSE_ECALL_S         9
#define CAUSE_ECALL_M         11

#define MENVCFG_FIOM  1
#define MENVCFG_STCE  (1 << 63)

/* CSR numbers that older assemblers may not know by name */
#define CSR_MCONFIGPTR    0xf15
#define CSR_MENVCFG       0x30a
#define CSR_SENVCFG       0x10a
#define CSR_MCOUNTINHIBIT 0x320

/* ---- the trap handlers ------------------------------------------------ */
#define MTEST_HANDLERS                                                  \
        .option push;                                                   \
        .option norvc;                                                  \
        .balign 4;                                                      \
        .globl mtvec_handler;                                           \
mtvec_handler:                                                          \
        beqz s11, env_default_trap;                                     \
        csrr s8, mcause;                                                \
        csrr s9, mepc;                                                  \
        csrr s10, mtval;                                                \
        csrr s7, mstatus;                                               \
        li s6, 3;                                                       \
        bgez s8, 1f;                                                    \
        /* interrupt: disable this source, keep MIE off on return */    \
        li t5, 1;                                                       \
        sll t5, t5, s8;                                                 \
        csrc mie, t5;                                                   \
        li t5, MSTATUS_MPIE;                                            \
        csrc mstatus, t5;                                               \
1:      beqz s5, 2f;                                                    \
        li t5, MSTATUS_MPP;                                             \
        csrs mstatus, t5;                                               \
        li t5, MSTATUS_MPIE;                                            \
        csrc mstatus, t5;                                               \
        li s5, 0;                                                       \
2:      csrw mepc, s11;                                                 \
        li s11, 0;                                                      \
        mret;                                                           \
                                                                        \
        .balign 4;                                                      \
        .globl stvec_handler;                                           \
stvec_handler:                                                          \
        beqz s11, 3f;                                                   \
        csrr s8, scause;                                                \
        csrr s9, sepc;                                                  \
        csrr s10, stval;                                                \
        csrr s7, sstatus;                                               \
        li s6, 1;                                                       \
        bgez s8, 4f;                                                    \
        li t5, 1;                                                       \
        sll t5, t5, s8;                                                 \
        csrc sie, t5;                                                   \
        li t5, MSTATUS_SPIE;                                            \
        csrc sstatus, t5;                                               \
4:      csrw sepc, s11;                                                 \
        li s11, 0;                                                      \
        sret;                                                           \
        /* unexpected trap in S: report failure of the current test */  \
3:      bnez TESTNUM, 5f;                                               \
        li TESTNUM, 1;                                                  \
5:      slli TESTNUM, TESTNUM, 1;                                       \
        ori TESTNUM, TESTNUM, 1;                                        \
        ecall;                                                          \
        j 3b;                                                           \
        .option pop

/* ---- test end: like TEST_PASSFAIL, but with s11 cleared so the final
 * ecall is reported by the env even after an expected trap did not come. */
#define MTEST_PASSFAIL                                                  \
        bne x0, TESTNUM, pass;                                          \
fail:                                                                   \
        li s11, 0;                                                      \
        li s5, 0;                                                       \
        RVTEST_FAIL;                                                    \
pass:                                                                   \
        li s11, 0;                                                      \
        li s5, 0;                                                       \
        RVTEST_PASS

/* ---- mode changes ------------------------------------------------------ */

/* From M-mode: continue at the next instruction in `mode` (MODE_U/S/M),
 * via mret, with mstatus.MIE = 0 afterwards (MPIE is cleared first).
 * Clobbers t4. */
#define MTEST_GOTO_MODE(mode)                                           \
        li t4, MSTATUS_MPP | MSTATUS_MPIE;                              \
        csrc mstatus, t4;                                               \
        li t4, ((mode) << 11);                                          \
        csrs mstatus, t4;                                               \
        la t4, 9001f;                                                   \
        csrw mepc, t4;                                                  \
        mret;                                                           \
9001:

/* From any mode: back to M-mode at the next instruction, with MIE = 0,
 * through an ecall caught by the M handler (ecalls from U or S must not be
 * delegated when this is used).  Clobbers the trap record s6-s10. */
#define MTEST_BACK_TO_M                                                 \
        li s5, 1;                                                       \
        la s11, 9002f;                                                  \
        ecall;                                                          \
9002:

/* Same, through ebreak, for tests that delegate ecalls to S. */
#define MTEST_BACK_TO_M_EBREAK                                          \
        li s5, 1;                                                       \
        la s11, 9003f;                                                  \
        ebreak;                                                         \
9003:

/* ---- trap tests -------------------------------------------------------- */

/* Test n: `code` must trap at the instruction labelled mtest_at_n (the
 * first instruction of code); execution resumes after the check with the
 * trap recorded in s6-s10.  Checks the cause and that xepc is that
 * instruction.  Falling through `code` without a trap fails. */
#define TEST_TRAP(n, cause, code...)                                    \
satp_test_##n:                                                          \
        li TESTNUM, n;                                                  \
        li s8, -1;                                                      \
        la s11, mtest_resume_##n;                                       \
mtest_at_##n:                                                           \
        code;                                                           \
        j fail;                                                         \
mtest_resume_##n:                                                       \
        li t4, cause;                                                   \
        bne s8, t4, fail;                                               \
        la t4, mtest_at_##n;                                            \
        bne s9, t4, fail

/* Test n: `code` must run without any trap. */
#define TEST_NO_TRAP(n, code...)                                        \
satp_test_##n:                                                          \
        li TESTNUM, n;                                                  \
        li s11, 0;                                                      \
        code

/* After TEST_TRAP(n, ...): check the recorded xtval. */
#define CHECK_TVAL(v)                                                   \
        li t4, v;                                                       \
        bne s10, t4, fail

/* After TEST_TRAP(n, ...): xtval must hold the bits of the trapping
 * instruction (32-bit, or 16-bit zero-extended for compressed ones). */
#define CHECK_TVAL_INSN32(n)                                            \
        la t4, mtest_at_##n;                                            \
        lwu t4, 0(t4);                                                  \
        bne s10, t4, fail
#define CHECK_TVAL_INSN16(n)                                            \
        la t4, mtest_at_##n;                                            \
        lhu t4, 0(t4);                                                  \
        bne s10, t4, fail

/* After TEST_TRAP(n, ...): xtval must be the trapping pc. */
#define CHECK_TVAL_PC(n)                                                \
        la t4, mtest_at_##n;                                            \
        bne s10, t4, fail

/* After a caught trap: which handler (3 = M, 1 = S). */
#define CHECK_HANDLER(lvl)                                              \
        li t4, lvl;                                                     \
        bne s6, t4, fail

/* After a trap caught in M: mstatus.MPP (the trapping mode). */
#define CHECK_MPP(mode)                                                 \
        srli t4, s7, 11;                                                \
        andi t4, t4, 3;                                                 \
        li t3, mode;                                                    \
        bne t4, t3, fail

/* After a trap caught in S: sstatus.SPP (0 = from U, 1 = from S). */
#define CHECK_SPP(mode)                                                 \
        srli t4, s7, 8;                                                 \
        andi t4, t4, 1;                                                 \
        li t3, mode;                                                    \
        bne t4, t3, fail

/* reg & mask must equal val (clobbers t3, t4) */
#define CHECK_FIELD(reg, mask, val)                                     \
        li t4, mask;                                                    \
        and t4, reg, t4;                                                \
        li t3, val;                                                     \
        bne t4, t3, fail

/* reg must equal val (clobbers t4) */
#define CHECK_EQ(reg, val)                                              \
        li t4, val;                                                     \
        bne reg, t4, fail

#endif /* SATP_MTEST_H */
