/*
 * FP test macros for the rv64uf / rv64ud / rv64uzfh suites (our own, written
 * from the unprivileged spec's F, D and Zfh chapters).  Include after
 * test_macros.h; the tests are built with F and D (-march ..fd, and _zfh for
 * rv64uzfh), and the env sets mstatus.FS = Initial.
 *
 * Operands and expected results are raw bit patterns, moved into and out of
 * the f registers with FMV, so every check is bit-exact.  Each test clears
 * fflags first, checks the flags the instruction raised against `flags`
 * (NV 0x10, DZ 0x08, OF 0x04, UF 0x02, NX 0x01), then checks the result.
 * Single-precision results are read with FMV.X.D, so the check includes the
 * NaN-boxing (upper 32 bits all ones): use SP(x) for the expected value;
 * likewise HP(x) for half-precision results (upper 48 bits all ones).
 *
 * Registers: f1, f2, f3 operands, f4 result; a1-a3 operand bits, a4 the
 * result bits (SATP_RD is a3 in test_macros.h; here the result is in a4 =
 * SATP_FW), a5 the flags.
 */
#ifndef SATP_FP_MACROS_H
#define SATP_FP_MACROS_H

#define NV 0x10
#define DZ 0x08
#define OF 0x04
#define UF 0x02
#define NX 0x01

/* A single value as it sits NaN-boxed in an f register. */
#define SP(x) (0xffffffff00000000 | (x))

/* A half value as it sits NaN-boxed in an f register. */
#define HP(x) (0xffffffffffff0000 | (x))

/* Canonical NaNs. */
#define QNAN_H 0x7e00
#define QNAN_S 0x7fc00000
#define QNAN_D 0x7ff8000000000000

/* Run `code`, then check fflags == flags and `reg` == exp (mutation-checked). */
#define TEST_FP_CASE(n, flags, reg, exp, code...)                        \
satp_test_##n:                                                          \
        li TESTNUM, n;                                                  \
        fsflags x0;                                                     \
        code;                                                           \
        frflags a5;                                                     \
        SATP_EXPECT(a5, flags);                                         \
        SATP_EXPECT_N(n, reg, exp)

#define SATP_FLD3_H(a, b, c)                                            \
        li a1, a; fmv.h.x f1, a1; li a2, b; fmv.h.x f2, a2;             \
        li a3, c; fmv.h.x f3, a3
#define SATP_FLD3_S(a, b, c)                                            \
        li a1, a; fmv.w.x f1, a1; li a2, b; fmv.w.x f2, a2;             \
        li a3, c; fmv.w.x f3, a3
#define SATP_FLD3_D(a, b, c)                                            \
        li a1, a; fmv.d.x f1, a1; li a2, b; fmv.d.x f2, a2;             \
        li a3, c; fmv.d.x f3, a3

/* f4 = inst f1[, f2[, f3]] [,rm]; check the bits of f4 (fmv.x.d). */
#define TEST_FP1(n, fmt, inst, flags, exp, a)                           \
        TEST_FP_CASE(n, flags, a4, exp,                                 \
            SATP_FLD3_##fmt(a, 0, 0); inst f4, f1; fmv.x.d a4, f4)
#define TEST_FP1_RM(n, fmt, inst, rm, flags, exp, a)                    \
        TEST_FP_CASE(n, flags, a4, exp,                                 \
            SATP_FLD3_##fmt(a, 0, 0); inst f4, f1, rm; fmv.x.d a4, f4)
#define TEST_FP2(n, fmt, inst, flags, exp, a, b)                        \
        TEST_FP_CASE(n, flags, a4, exp,                                 \
            SATP_FLD3_##fmt(a, b, 0); inst f4, f1, f2; fmv.x.d a4, f4)
#define TEST_FP2_RM(n, fmt, inst, rm, flags, exp, a, b)                 \
        TEST_FP_CASE(n, flags, a4, exp,                                 \
            SATP_FLD3_##fmt(a, b, 0); inst f4, f1, f2, rm; fmv.x.d a4, f4)
#define TEST_FP3(n, fmt, inst, flags, exp, a, b, c)                     \
        TEST_FP_CASE(n, flags, a4, exp,                                 \
            SATP_FLD3_##fmt(a, b, c); inst f4, f1, f2, f3; fmv.x.d a4, f4)
#define TEST_FP3_RM(n, fmt, inst, rm, flags, exp, a, b, c)              \
        TEST_FP_CASE(n, flags, a4, exp,                                 \
            SATP_FLD3_##fmt(a, b, c); inst f4, f1, f2, f3, rm;          \
            fmv.x.d a4, f4)

/* Integer results: a4 = inst f1[, f2] [,rm] (compares, FCLASS, FCVT to int). */
#define TEST_FP_INT1(n, fmt, inst, flags, exp, a)                       \
        TEST_FP_CASE(n, flags, a4, exp,                                 \
            SATP_FLD3_##fmt(a, 0, 0); inst a4, f1)
#define TEST_FP_INT1_RM(n, fmt, inst, rm, flags, exp, a)                \
        TEST_FP_CASE(n, flags, a4, exp,                                 \
            SATP_FLD3_##fmt(a, 0, 0); inst a4, f1, rm)
#define TEST_FP_INT2(n, fmt, inst, flags, exp, a, b)                    \
        TEST_FP_CASE(n, flags, a4, exp,                                 \
            SATP_FLD3_##fmt(a, b, 0); inst a4, f1, f2)

/* FP results from an integer: f4 = inst a1 [,rm]. */
#define TEST_INT_FP(n, inst, flags, exp, v)                             \
        TEST_FP_CASE(n, flags, a4, exp,                                 \
            li a1, v; inst f4, a1; fmv.x.d a4, f4)
#define TEST_INT_FP_RM(n, inst, rm, flags, exp, v)                      \
        TEST_FP_CASE(n, flags, a4, exp,                                 \
            li a1, v; inst f4, a1, rm; fmv.x.d a4, f4)

#endif /* SATP_FP_MACROS_H */
