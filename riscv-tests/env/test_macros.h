/*
 * satp ISA test macros (our own; see riscv_test.h for the environment).
 *
 * Every TEST_* macro first sets TESTNUM (gp) to its test number n, runs the
 * instruction under test, then compares a result register with an expected
 * value and branches to `fail` on mismatch.  A test file ends with
 * TEST_PASSFAIL, which defines the labels `fail` and `pass`.
 *
 * Registers used by the macros:
 *   x11 (a1)  first operand / base address      x12 (a2)  second operand
 *   x13 (a3)  result                             x14 (a4)  forwarded copy
 *   x29 (t4)  expected value
 * Bodies may use ';' to put several instructions on one line (GAS RISC-V
 * statement separator), so TEST_CASE takes arbitrary code.
 */
#ifndef SATP_TEST_MACROS_H
#define SATP_TEST_MACROS_H

#define SATP_S1  x11
#define SATP_S2  x12
#define SATP_RD  x13
#define SATP_FW  x14
#define SATP_EXP x29

/* Compare register `reg` with the 64-bit constant `exp`. */
#define SATP_EXPECT(reg, exp)                                           \
        li SATP_EXP, exp;                                               \
        bne reg, SATP_EXP, fail

/*
 * Self-check of the macros: building with -DSATP_BREAK_TEST=n flips bit 0
 * of the expected value of the final check of TEST_CASE-based test n, so
 * that test must then fail with code n (check-qemu.sh --mutate does this).
 */
#ifdef SATP_BREAK_TEST
#define SATP_EXPECT_N(n, reg, exp)                                      \
        .if (n) == SATP_BREAK_TEST;                                     \
        li SATP_EXP, (exp) ^ 1;                                         \
        .else;                                                          \
        li SATP_EXP, exp;                                               \
        .endif;                                                         \
        bne reg, SATP_EXP, fail
#else
#define SATP_EXPECT_N(n, reg, exp) SATP_EXPECT(reg, exp)
#endif

/* Generic: run `code...`, then check `reg` == exp. */
#define TEST_CASE(n, reg, exp, code...)                                 \
satp_test_##n:                                                          \
        li TESTNUM, n;                                                  \
        code;                                                           \
        SATP_EXPECT_N(n, reg, exp)

/* ------------------------------------------------------------------ */
/* Register-register: rd = rs1 op rs2                                  */

#define TEST_RR(n, inst, exp, a, b)                                     \
        TEST_CASE(n, SATP_RD, exp,                                      \
            li SATP_S1, a; li SATP_S2, b; inst SATP_RD, SATP_S1, SATP_S2)

/* rd is rs1 */
#define TEST_RR_RD_EQ_RS1(n, inst, exp, a, b)                           \
        TEST_CASE(n, SATP_S1, exp,                                      \
            li SATP_S1, a; li SATP_S2, b; inst SATP_S1, SATP_S1, SATP_S2)

/* rd is rs2 */
#define TEST_RR_RD_EQ_RS2(n, inst, exp, a, b)                           \
        TEST_CASE(n, SATP_S2, exp,                                      \
            li SATP_S1, a; li SATP_S2, b; inst SATP_S2, SATP_S1, SATP_S2)

/* rd, rs1 and rs2 all the same register */
#define TEST_RR_RD_EQ_BOTH(n, inst, exp, a)                             \
        TEST_CASE(n, SATP_S1, exp,                                      \
            li SATP_S1, a; inst SATP_S1, SATP_S1, SATP_S1)

/* rs1 = x0 */
#define TEST_RR_X0_RS1(n, inst, exp, b)                                 \
        TEST_CASE(n, SATP_RD, exp,                                      \
            li SATP_S2, b; inst SATP_RD, x0, SATP_S2)

/* rs2 = x0 */
#define TEST_RR_X0_RS2(n, inst, exp, a)                                 \
        TEST_CASE(n, SATP_RD, exp,                                      \
            li SATP_S1, a; inst SATP_RD, SATP_S1, x0)

/* rs1 = rs2 = x0 */
#define TEST_RR_X0_BOTH(n, inst, exp)                                   \
        TEST_CASE(n, SATP_RD, exp,                                      \
            li SATP_RD, 0x5a5a; inst SATP_RD, x0, x0)

/* rd = x0: the write is discarded, x0 still reads 0 */
#define TEST_RR_X0_RD(n, inst, a, b)                                    \
        TEST_CASE(n, SATP_RD, 0,                                        \
            li SATP_S1, a; li SATP_S2, b; inst x0, SATP_S1, SATP_S2;    \
            add SATP_RD, x0, x0; SATP_EXPECT(x0, 0))

/* Operands produced right before, result consumed right after. */
#define TEST_RR_FORWARD(n, inst, exp, a, b)                             \
        TEST_CASE(n, SATP_FW, exp,                                      \
            li SATP_S1, a; li SATP_S2, b; inst SATP_RD, SATP_S1, SATP_S2; \
            addi SATP_FW, SATP_RD, 0)

/* ------------------------------------------------------------------ */
/* Register-immediate: rd = rs1 op imm                                 */

#define TEST_IMM(n, inst, exp, a, imm)                                  \
        TEST_CASE(n, SATP_RD, exp,                                      \
            li SATP_S1, a; inst SATP_RD, SATP_S1, imm)

#define TEST_IMM_RD_EQ_RS1(n, inst, exp, a, imm)                        \
        TEST_CASE(n, SATP_S1, exp,                                      \
            li SATP_S1, a; inst SATP_S1, SATP_S1, imm)

#define TEST_IMM_X0_RS1(n, inst, exp, imm)                              \
        TEST_CASE(n, SATP_RD, exp,                                      \
            li SATP_RD, 0x5a5a; inst SATP_RD, x0, imm)

#define TEST_IMM_X0_RD(n, inst, a, imm)                                 \
        TEST_CASE(n, SATP_RD, 0,                                        \
            li SATP_S1, a; inst x0, SATP_S1, imm;                       \
            add SATP_RD, x0, x0; SATP_EXPECT(x0, 0))

#define TEST_IMM_FORWARD(n, inst, exp, a, imm)                          \
        TEST_CASE(n, SATP_FW, exp,                                      \
            li SATP_S1, a; inst SATP_RD, SATP_S1, imm;                  \
            addi SATP_FW, SATP_RD, 0)

/* ------------------------------------------------------------------ */
/* One source register: rd = op(rs1) (Zbb/Zbkb clz, rev8, ...)         */

#define TEST_UNARY(n, inst, exp, a)                                     \
        TEST_CASE(n, SATP_RD, exp,                                      \
            li SATP_S1, a; inst SATP_RD, SATP_S1)

#define TEST_UNARY_RD_EQ_RS1(n, inst, exp, a)                           \
        TEST_CASE(n, SATP_S1, exp,                                      \
            li SATP_S1, a; inst SATP_S1, SATP_S1)

#define TEST_UNARY_X0_RS1(n, inst, exp)                                 \
        TEST_CASE(n, SATP_RD, exp,                                      \
            li SATP_RD, 0x5a5a; inst SATP_RD, x0)

#define TEST_UNARY_X0_RD(n, inst, a)                                    \
        TEST_CASE(n, SATP_RD, 0,                                        \
            li SATP_S1, a; inst x0, SATP_S1;                            \
            add SATP_RD, x0, x0; SATP_EXPECT(x0, 0))

#define TEST_UNARY_FORWARD(n, inst, exp, a)                             \
        TEST_CASE(n, SATP_FW, exp,                                      \
            li SATP_S1, a; inst SATP_RD, SATP_S1;                       \
            addi SATP_FW, SATP_RD, 0)

/* ------------------------------------------------------------------ */
/* Loads and stores.  `sym` is a data label, `off` the 12-bit offset.  */

#define TEST_LOAD(n, inst, exp, off, sym)                               \
        TEST_CASE(n, SATP_RD, exp,                                      \
            la SATP_S1, sym; inst SATP_RD, off(SATP_S1))

/* destination is the base register */
#define TEST_LOAD_RD_EQ_BASE(n, inst, exp, off, sym)                    \
        TEST_CASE(n, SATP_S1, exp,                                      \
            la SATP_S1, sym; inst SATP_S1, off(SATP_S1))

/* loaded value consumed by the next instruction */
#define TEST_LOAD_FORWARD(n, inst, exp, off, sym)                       \
        TEST_CASE(n, SATP_FW, exp,                                      \
            la SATP_S1, sym; inst SATP_RD, off(SATP_S1);                \
            addi SATP_FW, SATP_RD, 0)

/* load into x0: discarded (the access still happens) */
#define TEST_LOAD_X0_RD(n, inst, off, sym)                              \
        TEST_CASE(n, SATP_RD, 0,                                        \
            la SATP_S1, sym; inst x0, off(SATP_S1);                     \
            add SATP_RD, x0, x0)

/* store `val`, read it back with `ld_inst`, expect `exp` */
#define TEST_STORE(n, ld_inst, st_inst, exp, val, off, sym)             \
        TEST_CASE(n, SATP_RD, exp,                                      \
            la SATP_S1, sym; li SATP_S2, val;                           \
            st_inst SATP_S2, off(SATP_S1);                              \
            ld_inst SATP_RD, off(SATP_S1))

/* store, then read back the whole doubleword at `sym` (aligned),      */
/* to check that exactly the right bytes changed                       */
#define TEST_STORE_DWORD(n, st_inst, exp_dword, val, off, sym)          \
        TEST_CASE(n, SATP_RD, exp_dword,                                \
            la SATP_S1, sym; li SATP_S2, val;                           \
            st_inst SATP_S2, off(SATP_S1);                              \
            ld SATP_RD, 0(SATP_S1))

/* ------------------------------------------------------------------ */
/* Branches: taken forward and backward, not taken forward and backward */

#define TEST_BR_TAKEN(n, inst, a, b)                                    \
satp_test_##n:                                                          \
        li TESTNUM, n;                                                  \
        li SATP_S1, a; li SATP_S2, b;                                   \
        inst SATP_S1, SATP_S2, 2f;  /* forward */                       \
        j fail;                                                         \
2:      j 4f;                                                           \
3:      j 5f;                                                           \
4:      inst SATP_S1, SATP_S2, 3b;  /* backward */                      \
        j fail;                                                         \
5:

#define TEST_BR_NOT_TAKEN(n, inst, a, b)                                \
satp_test_##n:                                                          \
        li TESTNUM, n;                                                  \
        li SATP_S1, a; li SATP_S2, b;                                   \
        inst SATP_S1, SATP_S2, 2f;  /* forward */                       \
        j 3f;                                                           \
2:      j fail;                                                         \
3:      j 5f;                                                           \
4:      j fail;                                                         \
5:      inst SATP_S1, SATP_S2, 4b;  /* backward */

/* ------------------------------------------------------------------ */
/* Atomics (A extension).  The aligned doubleword at `sym` is set to     */
/* `init`, then `inst rd, rs2, (sym + off)` runs with rs2 = val.  The old */
/* value returned in rd must be `exp_rd`; the final check is the whole    */
/* doubleword at `sym`, `exp_mem` (so an AMO.W at off 0 or 4 is seen not  */
/* to touch the other word).                                              */

#define TEST_AMO(n, inst, exp_rd, exp_mem, init, val, off, sym)         \
        TEST_CASE(n, SATP_RD, exp_mem,                                  \
            la SATP_S1, sym; li SATP_S2, init; sd SATP_S2, 0(SATP_S1);  \
            li SATP_S2, val; addi SATP_S1, SATP_S1, off;                \
            inst SATP_FW, SATP_S2, (SATP_S1);                           \
            SATP_EXPECT(SATP_FW, exp_rd);                               \
            ld SATP_RD, -(off)(SATP_S1))

/* ------------------------------------------------------------------ */
/* End of every test file. */
#define TEST_PASSFAIL                                                   \
        bne x0, TESTNUM, pass;                                          \
fail:                                                                   \
        RVTEST_FAIL;                                                    \
pass:                                                                   \
        RVTEST_PASS

#endif /* SATP_TEST_MACROS_H */
