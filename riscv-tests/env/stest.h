/*
 * stest.h: page-table helpers for the supervisor/MMU tests in isa/rv64si/.
 * Our own, written from the RISC-V privileged specification ("Supervisor-
 * Level ISA": satp, SFENCE.VMA, Sv39, Sv48, "Virtual Address Translation
 * Process").  Include after riscv_test.h, test_macros.h and mtest.h; the
 * bodies are RVTEST_RV64M and use mtest.h's trap records (s6-s11) and mode
 * changes (MTEST_GOTO_MODE, MTEST_BACK_TO_M).
 *
 * Address space built by STEST_VM_ON (Sv39, ASID 0, root = stest_root):
 *   0x8000_0000 +1 GiB  "identity": a 1 GiB leaf onto RAM, so the test
 *                       code and data run at their physical addresses in
 *                       S and U.  RWX, A, D, U=0 (S-mode code); U-mode
 *                       code needs STEST_CODE_USER (U=1), after which
 *                       S-mode can no longer execute there.
 *   0xC000_0000 +1 GiB  "alias": the same RAM again, U=0, so the S trap
 *                       handler can always run: stvec = stvec_handler +
 *                       STEST_ALIAS_OFF.  (mtest.h's S handler only uses
 *                       CSRs and registers, so it runs from any address.)
 *   0x4000_0000 +2 MiB  "window": root[1] -> stest_l1, l1[0] -> stest_l0;
 *                       STEST_WIN(i) is the VA of l0 entry i.  Entries
 *                       start invalid; STEST_MAP fills them.
 * The four 4 KiB test pages stest_page0..3 (STEST_DATA) each hold
 *   offset 0: `addi a0, zero, 0x100 + n; ret`   (fetch tests: jalr to it)
 *   offset 8: the dword STEST_MAGIC(n)          (load tests: which page?)
 *   the rest: zero.
 * Page faults (12, 13, 15) are delegated to S by STEST_VM_ON; everything
 * else stays with M.  Macros clobber t0 and t1 unless noted.
 *
 * TEST_CASE_TRAP* are TEST_CASE-based (named so that check-qemu.sh
 * --mutate finds them): -DSATP_BREAK_TEST=n flips the expected cause.
 */
#ifndef SATP_STEST_H
#define SATP_STEST_H

/* ---- exception codes (privileged spec, "Supervisor Cause Register") */
#define CAUSE_FETCH_PAGE_FAULT 12
#define CAUSE_LOAD_PAGE_FAULT  13
#define CAUSE_STORE_PAGE_FAULT 15
/* An AMO raises store/AMO page faults, never load page faults (privileged
 * spec, Sv32 "Addressing and Memory Protection", note on AMOs).  QEMU 7.2
 * reports an AMO on a page it may not READ (invalid, not readable, wrong
 * U, non-canonical...) as a load page fault (13), so tests use
 * CAUSE_AMO_PAGE_FAULT for those cases: 13 in the QEMU check build, 15 in
 * satp's.  An AMO on a readable page without W is a store page fault (15)
 * on both. */
#ifdef SATP_QEMU_CHECK
#define CAUSE_AMO_PAGE_FAULT   13
#define CAUSE_AMO_ACCESS_FAULT 5     /* the same quirk for access faults */
#else
#define CAUSE_AMO_PAGE_FAULT   15
#define CAUSE_AMO_ACCESS_FAULT 7
#endif

/* ---- PTE fields (Sv39/Sv48) */
#define PTE_V (1 << 0)
#define PTE_R (1 << 1)
#define PTE_W (1 << 2)
#define PTE_X (1 << 3)
#define PTE_U (1 << 4)
#define PTE_G (1 << 5)
#define PTE_A (1 << 6)
#define PTE_D (1 << 7)
#define PTE_PPN_SHIFT 10
/* a leaf with everything but U: RWX, A, D */
#define PTE_LEAF (PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
#define PTE_RW_AD (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)

/* ---- satp fields */
#define SATP_MODE_SHIFT 60
#define SATP_MODE_BARE  0
#define SATP_MODE_SV39  8
#define SATP_MODE_SV48  9
#define SATP_ASID_SHIFT 44
#define SATP_ASID_MASK  (0xffff << SATP_ASID_SHIFT)
#define SATP_PPN_MASK   ((1 << 44) - 1)

/* ---- the address space above */
#define STEST_WIN_BASE   0x40000000
#define STEST_WIN(i)     (STEST_WIN_BASE + (i) * 0x1000)
#define STEST_ALIAS_OFF  0x40000000
#define STEST_MAGIC(n)   (0x5a5a0000c0de0000 + (n))
#define STEST_MAGIC_OFF  8
#define STEST_PF_DELEG   ((1 << CAUSE_FETCH_PAGE_FAULT) |               \
                          (1 << CAUSE_LOAD_PAGE_FAULT) |                \
                          (1 << CAUSE_STORE_PAGE_FAULT))

/* reg = a PTE for the physical address in reg with `flags` (OR'ed).
 * Clobbers t1 (flags may be any 64-bit constant). */
#define STEST_PTE_FROM_REG(reg, flags)                                  \
        srli reg, reg, 12;                                              \
        slli reg, reg, PTE_PPN_SHIFT;                                   \
        li t1, flags;                                                   \
        or reg, reg, t1

/* table[idx] = PTE for the page/table at label `target` with `flags` */
#define STEST_SET_PTE(table, idx, target, flags)                        \
        la t0, target;                                                  \
        STEST_PTE_FROM_REG(t0, flags);                                  \
        la t1, table + (idx) * 8;                                       \
        sd t0, 0(t1)

/* table[idx] = PTE for physical address `pa` (a constant) with `flags` */
#define STEST_SET_PTE_PA(table, idx, pa, flags)                         \
        li t0, pa;                                                      \
        STEST_PTE_FROM_REG(t0, flags);                                  \
        la t1, table + (idx) * 8;                                       \
        sd t0, 0(t1)

/* table[idx] = the 64-bit constant `value` */
#define STEST_SET_RAW(table, idx, value)                                \
        li t0, value;                                                   \
        la t1, table + (idx) * 8;                                       \
        sd t0, 0(t1)

/* reg = table[idx] */
#define STEST_GET_PTE(reg, table, idx)                                  \
        la reg, table + (idx) * 8;                                      \
        ld reg, 0(reg)

/* window page i -> label `page` with `flags`, then a full sfence.vma */
#define STEST_MAP(i, page, flags)                                       \
        STEST_SET_PTE(stest_l0, i, page, flags);                        \
        sfence.vma

/* window page i invalid, then a full sfence.vma */
#define STEST_UNMAP(i)                                                  \
        la t1, stest_l0 + (i) * 8;                                      \
        sd x0, 0(t1);                                                   \
        sfence.vma

/* satp = Sv39, ASID 0, stest_root; build the identity, alias and window
 * pointers; stvec = the alias of stvec_handler; delegate page faults to S.
 * From M-mode (satp does not affect M-mode fetches, loads or stores). */
#define STEST_VM_ON                                                     \
        STEST_SET_PTE_PA(stest_root, 2, 0x80000000, PTE_LEAF);          \
        STEST_SET_PTE_PA(stest_root, 3, 0x80000000, PTE_LEAF);          \
        STEST_SET_PTE(stest_root, 1, stest_l1, PTE_V);                  \
        STEST_SET_PTE(stest_l1, 0, stest_l0, PTE_V);                    \
        la t0, stvec_handler;                                           \
        li t1, STEST_ALIAS_OFF;                                         \
        add t0, t0, t1;                                                 \
        csrw stvec, t0;                                                 \
        li t0, STEST_PF_DELEG;                                          \
        csrs medeleg, t0;                                               \
        STEST_SATP(SATP_MODE_SV39, 0, stest_root)

/* satp = mode | asid | PPN of `root`, then a full sfence.vma */
#define STEST_SATP(mode, asid, root)                                    \
        la t0, root;                                                    \
        srli t0, t0, 12;                                                \
        li t1, ((mode) << SATP_MODE_SHIFT) | ((asid) << SATP_ASID_SHIFT); \
        or t0, t0, t1;                                                  \
        csrw satp, t0;                                                  \
        sfence.vma

/* identity leaf with U=1 (for U-mode code) or U=0 (for S-mode code) */
#define STEST_CODE_USER                                                 \
        STEST_SET_PTE_PA(stest_root, 2, 0x80000000, PTE_LEAF | PTE_U);  \
        sfence.vma
#define STEST_CODE_SUPER                                                \
        STEST_SET_PTE_PA(stest_root, 2, 0x80000000, PTE_LEAF);          \
        sfence.vma

/* ---- trap tests, TEST_CASE-based --------------------------------------- */

/* Test n: `code` must trap with `cause` at its first instruction
 * (stest_at_n): checks xcause and xepc.  Resumes after the check with the
 * trap in s6-s10 (CHECK_TVAL*, CHECK_HANDLER... may follow). */
#define TEST_CASE_TRAP(n, cause, code...)                               \
satp_test_##n:                                                          \
        li TESTNUM, n;                                                  \
        li s8, -1;                                                      \
        la s11, stest_resume_##n;                                       \
stest_at_##n:                                                           \
        code;                                                           \
        j fail;                                                         \
stest_resume_##n:                                                       \
        la t4, stest_at_##n;                                            \
        bne s9, t4, fail;                                               \
        SATP_EXPECT_N(n, s8, cause)

/* Test n: `code` must trap with `cause` with xepc = register `epc` (which
 * `code` must not change), e.g. the target of a jump whose fetch faults. */
#define TEST_CASE_TRAP_EPC(n, cause, epc, code...)                      \
satp_test_##n:                                                          \
        li TESTNUM, n;                                                  \
        li s8, -1;                                                      \
        la s11, stest_resume_##n;                                       \
        code;                                                           \
        j fail;                                                         \
stest_resume_##n:                                                       \
        bne s9, epc, fail;                                              \
        SATP_EXPECT_N(n, s8, cause)

/* After TEST_CASE_TRAP(n, ...): xtval must be the bits of the (32-bit)
 * trapping instruction */
#define CHECK_TVAL_INSN(n)                                              \
        la t4, stest_at_##n;                                            \
        lwu t4, 0(t4);                                                  \
        bne s10, t4, fail

/* After a trap test: xtval must equal register `reg` */
#define CHECK_TVAL_REG(reg)                                             \
        bne s10, reg, fail

/* Test n: `insn` (one instruction, using a1 as its address) at the
 * constant address `addr` must page-fault with `cause` and tval = addr,
 * caught by the S handler. */
#define TEST_CASE_PF(n, cause, addr, insn...)                           \
        li a1, addr;                                                    \
        TEST_CASE_TRAP(n, cause, insn);                                 \
        CHECK_TVAL_REG(a1);                                             \
        CHECK_HANDLER(1)

/* Test n: a fetch at window page i (jalr to it): fetch page fault with
 * sepc = stval = the page's VA, caught by the S handler. */
#define TEST_CASE_FETCH_PF(n, i)                                        \
        li a1, STEST_WIN(i);                                            \
        TEST_CASE_TRAP_EPC(n, CAUSE_FETCH_PAGE_FAULT, a1, jalr ra, 0(a1)); \
        CHECK_TVAL_REG(a1);                                             \
        CHECK_HANDLER(1)

/* Test n: loading the magic dword of window page i gives page `page`'s */
#define TEST_CASE_LOAD_MAGIC(n, i, page)                                \
        TEST_CASE(n, a0, STEST_MAGIC(page),                             \
            li a1, STEST_WIN(i) + STEST_MAGIC_OFF; ld a0, 0(a1))

/* Test n: calling window page i runs page `page`'s code (a0 = 0x100 + page) */
#define TEST_CASE_CALL(n, i, page)                                      \
        TEST_CASE(n, a0, 0x100 + (page),                                \
            li a0, 0; li a1, STEST_WIN(i); jalr ra, 0(a1))

/* ---- data -------------------------------------------------------------- */

/* one test page: code at 0, magic at 8 (see the top of this file) */
#define STEST_PAGE(n)                                                   \
        .balign 4096;                                                   \
        .globl stest_page##n;                                           \
stest_page##n:                                                          \
        addi a0, zero, 0x100 + (n);                                     \
        ret;                                                            \
        .dword STEST_MAGIC(n);                                          \
        .fill 4096 - 16, 1, 0

/* the tables and pages used by STEST_VM_ON / STEST_MAP */
#define STEST_DATA                                                      \
        .balign 4096;                                                   \
stest_root: .fill 512, 8, 0;                                            \
stest_l1:   .fill 512, 8, 0;                                            \
stest_l0:   .fill 512, 8, 0;                                            \
        STEST_PAGE(0);                                                  \
        STEST_PAGE(1);                                                  \
        STEST_PAGE(2);                                                  \
        STEST_PAGE(3)

#endif /* SATP_STEST_H */
