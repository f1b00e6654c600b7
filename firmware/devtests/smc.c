/*
 * smc.c: code that is rewritten in memory must run as its new bytes.
 *
 * Zifencei (Unprivileged spec, chapter "Zifencei"): after a hart stores to instruction
 * memory and executes FENCE.I, its instruction fetches see the store.  An emulator that
 * keeps decoded instructions or blocks of them (keyed by address) must notice every such
 * write.  Each case below first runs the old code, so that an emulator has decoded it,
 * then rewrites it, executes FENCE.I and checks that the new code runs:
 *
 *   a. a function copied into RAM with 32-bit stores (sw) runs; another function's
 *      bytes are copied over it with 64-bit stores (sd); then the first one again;
 *   b. single instructions of a function patched by a 16-bit store (sh: only the
 *      immediate of an ADDI), an 8-bit store (sb: the immediate of a C.LI), AMOSWAP.W,
 *      AMOADD.W (adds to an ADDI's immediate field) and LR.W/SC.W;
 *   c. a function in .text patches two of its own instructions that follow the store in
 *      the same straight-line run (store, FENCE.I, then the patched instructions, no
 *      branch between), so code decoded before the store must not be used for the rest
 *      of that run;
 *   d. one page reused 8 times: a constant function, run, then a different function
 *      copied to the same address, run; instruction boundaries shift by 2 bytes between
 *      the two (a C.NOP in front of one of them);
 *   e. code across a 4 KiB page boundary: a function with two instructions on each page,
 *      the second page patched (sw); then a 32-bit instruction that straddles the
 *      boundary, its upper half (second page) and its lower half (first page) patched in
 *      turn (sh);
 *   f. with 2 harts, 6 rounds on one page: hart 0 writes a function and runs it; hart 1
 *      runs it too, then writes another one over it, which hart 0 runs (FENCE by the
 *      writer, a flag, FENCE.I by the runner).  Each hart runs code that the other wrote
 *      at an address where it ran other code before.  With 1 hart this case is skipped;
 *   g. a store through another virtual address: M-mode stores with mstatus.MPRV set and
 *      an Sv39 alias (VA = PA - 0x80000000), while code is fetched at the physical address
 *      (sw, then AMOSWAP.W).
 *
 * Exit codes 200-225.  Runs on satp (--harts 1 or 2) and on QEMU virt (-smp 1 or 2).
 */
#include "code.h"

const char dt_name[] = "smc";

/* ---- code in .text: two template functions (case a) and the self-patching one (c) ---- */
extern const uint8_t smc_tmpl_a[], smc_tmpl_a_end[], smc_tmpl_b[], smc_tmpl_b_end[];
/* Stores w1 over the ADDI at label 1 and w2 over the one at label 2, FENCE.I, then runs
 * them (label 2 right after the FENCE.I, label 1 after 3 NOPs more). */
long smc_inline(uint32_t w1, uint32_t w2);

__asm__(".pushsection .text.smc, \"ax\", @progbits\n"
        ".option push\n"
        ".option norelax\n"
        /* a0 * 5 + 3, mixed 16- and 32-bit instructions */
        ".balign 8\n"
        ".globl smc_tmpl_a, smc_tmpl_a_end\n"
        "smc_tmpl_a:\n"
        "    slli t0, a0, 2\n"
        "    add a0, a0, t0\n"
        "    addi a0, a0, 3\n"
        "    ret\n"
        ".balign 8\n"
        "smc_tmpl_a_end:\n"
        /* a0 * a0 - ((a0 ^ 0x5a5) << 3) - 1000: longer than smc_tmpl_a */
        ".globl smc_tmpl_b, smc_tmpl_b_end\n"
        "smc_tmpl_b:\n"
        "    xori t0, a0, 0x5a5\n"
        "    slli t0, t0, 3\n"
        "    mul a0, a0, a0\n"
        "    sub a0, a0, t0\n"
        "    addi a0, a0, -1000\n"
        "    ret\n"
        ".balign 8\n"
        "smc_tmpl_b_end:\n"
        ".option norvc\n"
        ".balign 4\n"
        ".globl smc_inline\n"
        "smc_inline:\n"
        "    lla t0, 1f\n"
        "    lla t1, 2f\n"
        "    sw a0, 0(t0)\n"
        "    sw a1, 0(t1)\n"
        "    fence.i\n"
        "2:  addi a0, zero, 0\n"
        "    nop\n"
        "    nop\n"
        "    nop\n"
        "1:  addi a0, a0, 0\n"
        "    ret\n"
        ".option pop\n"
        ".popsection\n");

static long tmpl_a(long x) { return x * 5 + 3; }
static long tmpl_b(long x) { return x * x - ((x ^ 0x5a5) << 3) - 1000; }

/* ---- RAM the cases write code into (in .bss, executable: M-mode, no PMP rule) ---- */
static uint64_t buf_a[8] __attribute__((aligned(64)));
static uint64_t buf_b[4] __attribute__((aligned(64)));
static uint64_t page_d[512] __attribute__((aligned(4096)));
static uint64_t pages_e[1024] __attribute__((aligned(4096)));
static uint64_t page_f[512] __attribute__((aligned(4096)));
static uint64_t page_g[512] __attribute__((aligned(4096)));
static uint64_t root_g[512] __attribute__((aligned(4096)));
/* Where functions are generated before they are copied (one per hart). */
static uint16_t staging[2][128] __attribute__((aligned(8)));

/* ---- a ---- */
static void case_a(void)
{
    size_t na = (size_t)(smc_tmpl_a_end - smc_tmpl_a), nb = (size_t)(smc_tmpl_b_end - smc_tmpl_b);
    CHECK(200, run_code(smc_tmpl_a, 7) == tmpl_a(7) && run_code(smc_tmpl_b, 7) == tmpl_b(7),
          "the templates in .text return %ld and %ld, expected %ld and %ld",
          run_code(smc_tmpl_a, 7), run_code(smc_tmpl_b, 7), tmpl_a(7), tmpl_b(7));
    copy_sw(buf_a, smc_tmpl_a, na);
    fence_i();
    long r = run_code(buf_a, 11);
    CHECK(201, r == tmpl_a(11), "function A copied by sw returned %ld, expected %ld", r,
          tmpl_a(11));
    for (long x = 20; x < 23; x++) {
        copy_sd(buf_a, smc_tmpl_b, nb);
        fence_i();
        r = run_code(buf_a, x);
        CHECK(202, r == tmpl_b(x), "function B copied by sd over A returned %ld, expected %ld", r,
              tmpl_b(x));
        copy_sw(buf_a, smc_tmpl_a, na);
        fence_i();
        r = run_code(buf_a, x);
        CHECK(203, r == tmpl_a(x), "function A copied by sw over B returned %ld, expected %ld", r,
              tmpl_a(x));
    }
    printf("smc: a. a function overwritten by sd and sw stores runs the new bytes: ok\n");
}

/* ---- b ---- */
static void case_b(void)
{
    /* c.li a0, 5 / c.nop / addi a0,a0,100 / addi a0,a0,1000 / addi a0,a0,0 / ret */
    struct code c = {staging[0], staging[0]};
    emit16(&c, c_li(X_A0, 5));
    emit16(&c, C_NOP);
    emit32(&c, ADDI(X_A0, X_A0, 100));
    emit32(&c, ADDI(X_A0, X_A0, 1000));
    emit32(&c, ADDI(X_A0, X_A0, 0));
    emit32(&c, RET);
    copy_sd(buf_b, staging[0], code_end(&c));
    fence_i();
    uint8_t *p = (uint8_t *)buf_b;
    long r = run_code(buf_b, 0);
    CHECK(204, r == 1105, "the function to patch returned %ld, expected 1105", r);

    /* sh: the upper half of addi a0,a0,100 holds imm[11:0] and rs1[4:1] only. */
    uint32_t w = ADDI(X_A0, X_A0, -300);
    *(volatile uint16_t *)(p + 6) = (uint16_t)(w >> 16);
    fence_i();
    r = run_code(buf_b, 0);
    CHECK(205, r == 705, "after sh patched an ADDI immediate: %ld, expected 705", r);

    /* sb: the low byte of c.li holds imm[4:0] (and rd[0], the same). */
    *(volatile uint8_t *)p = (uint8_t)c_li(X_A0, 17);
    fence_i();
    r = run_code(buf_b, 0);
    CHECK(206, r == 717, "after sb patched a C.LI immediate: %ld, expected 717", r);

    /* amoswap.w: addi a0,a0,1000 becomes xori a0,a0,0x155. */
    uint32_t old;
    __asm__ volatile("amoswap.w %0, %1, (%2)"
                     : "=r"(old)
                     : "r"(XORI(X_A0, X_A0, 0x155)), "r"(p + 8)
                     : "memory");
    fence_i();
    r = run_code(buf_b, 0);
    long want = (17 - 300) ^ 0x155;
    CHECK(207, old == ADDI(X_A0, X_A0, 1000) && r == want,
          "after amoswap.w: old word 0x%x, result %ld, expected %ld", old, r, want);

    /* amoadd.w: 7 << 20 added to addi a0,a0,0 makes it addi a0,a0,7. */
    __asm__ volatile("amoadd.w %0, %1, (%2)"
                     : "=r"(old)
                     : "r"(7u << 20), "r"(p + 12)
                     : "memory");
    fence_i();
    r = run_code(buf_b, 0);
    CHECK(208, old == ADDI(X_A0, X_A0, 0) && r == want + 7,
          "after amoadd.w: old word 0x%x, result %ld, expected %ld", old, r, want + 7);

    /* lr.w/sc.w: addi a0,a0,-300 becomes addi a0,a0,42. */
    uint32_t rc;
    __asm__ volatile("1: lr.w %0, (%2)\n"
                     "   sc.w %1, %3, (%2)\n"
                     "   bnez %1, 1b\n"
                     : "=&r"(old), "=&r"(rc)
                     : "r"(p + 4), "r"(ADDI(X_A0, X_A0, 42))
                     : "memory");
    fence_i();
    r = run_code(buf_b, 0);
    want = ((17 + 42) ^ 0x155) + 7;
    CHECK(209, old == ADDI(X_A0, X_A0, -300) && r == want,
          "after lr.w/sc.w: old word 0x%x, result %ld, expected %ld", old, r, want);
    printf("smc: b. single instructions patched by sh, sb, amoswap.w, amoadd.w, sc.w: ok\n");
}

/* ---- c ---- */
static void case_c(void)
{
    static const int k[][2] = {{1, 10}, {2, 20}, {-3, 30}, {4, -40}, {5, 50}, {5, 60}, {6, 60}};
    for (unsigned i = 0; i < sizeof k / sizeof k[0]; i++) {
        long r = smc_inline(ADDI(X_A0, X_A0, k[i][0]), ADDI(X_A0, X_ZERO, k[i][1]));
        CHECK(210, r == k[i][0] + k[i][1],
              "call %u: %ld, expected %d (immediates %d after the FENCE.I, %d after 3 NOPs "
              "more)",
              i, r, k[i][0] + k[i][1], k[i][1], k[i][0]);
    }
    printf("smc: c. instructions patched later in the straight-line run that stores: ok\n");
}

/* ---- d ---- */
static void case_d(void)
{
    for (int i = 0; i < 8; i++) {
        int32_t k = 0x13570000 + i * 0x1111 - (i & 1) * 0x5000;
        size_t n = gen_const(staging[0], i & 1, k);
        copy_sd(page_d, staging[0], n);
        fence_i();
        long r = run_code(page_d, 0);
        CHECK(211, r == k, "round %d: constant function returned 0x%lx, expected 0x%x", i, r, k);

        int m = 3 + 2 * i, add = 7 - 100 * i;
        long x = 1000 + i;
        n = gen_affine(staging[0], !(i & 1), m, add);
        copy_sd(page_d, staging[0], n);
        fence_i();
        r = run_code(page_d, x);
        CHECK(212, r == affine(x, m, add),
              "round %d: function copied over the constant one returned %ld, expected %ld", i, r,
              affine(x, m, add));
    }
    printf("smc: d. one page reused for 16 functions in turn: ok\n");
}

/* ---- e ---- */
static void case_e(void)
{
    uint8_t *boundary = (uint8_t *)pages_e + 4096;
    /* addi 1, addi 2 | addi 3, addi 4, ret */
    struct code c = {staging[0], staging[0]};
    for (int i = 1; i <= 4; i++)
        emit32(&c, ADDI(X_A0, X_A0, i));
    emit32(&c, RET);
    size_t n = code_end(&c);
    copy_sd(boundary - 8, staging[0], n);
    fence_i();
    long r = run_code(boundary - 8, 100);
    CHECK(213, r == 110, "function across the page boundary returned %ld, expected 110", r);
    *(volatile uint32_t *)boundary = ADDI(X_A0, X_A0, 300);
    fence_i();
    r = run_code(boundary - 8, 100);
    CHECK(214, r == 407, "after sw on the second page: %ld, expected 407", r);
    *(volatile uint32_t *)(boundary + 4) = ADDI(X_A0, X_A0, -50);
    fence_i();
    r = run_code(boundary - 8, 100);
    CHECK(215, r == 353, "after a second sw on the second page: %ld, expected 353", r);

    /* c.nop | addi a0,a0,77 with its halves on the two pages | ret */
    volatile uint16_t *h = (volatile uint16_t *)(boundary - 4);
    uint32_t add = ADDI(X_A0, X_A0, 77), sub = ADDI(X_A0, X_A0, -77), x77 = XORI(X_A0, X_A0, -77);
    h[0] = C_NOP;
    h[1] = (uint16_t)add;
    h[2] = (uint16_t)(add >> 16);
    h[3] = (uint16_t)RET;
    h[4] = (uint16_t)(RET >> 16);
    fence_i();
    r = run_code(boundary - 4, 1000);
    CHECK(216, r == 1077, "instruction across the page boundary: %ld, expected 1077", r);
    h[2] = (uint16_t)(sub >> 16); /* imm[11:0] and rs1[4:1]: second page */
    fence_i();
    r = run_code(boundary - 4, 1000);
    CHECK(217, r == 923, "after sh on its upper half (second page): %ld, expected 923", r);
    h[1] = (uint16_t)x77; /* opcode, rd, funct3 (ADDI -> XORI), rs1[0]: first page */
    fence_i();
    r = run_code(boundary - 4, 1000);
    CHECK(218, r == (1000 ^ -77), "after sh on its lower half (first page): %ld, expected %ld", r,
          (long)(1000 ^ -77));
    printf("smc: e. code across a page boundary patched on either page: ok\n");
}

/* ---- f ---- */
#define F_ROUNDS 6
static volatile uint32_t f_ready; /* hart 1 is up */
static volatile uint32_t f_turn;  /* round r: 2r-1 = hart 1 may go, 2r = hart 1 has written */
static volatile long f_seen[F_ROUNDS + 1]; /* what hart 1's run of hart 0's code returned */

static int32_t f_const(int r) { return 0x2468000 + 0x101 * r; }
static int f_mul(int r) { return 5 + r; }
static int f_add(int r) { return -37 * r; }

/* Spins until *p >= want or `ticks` of mtime have passed (mtime read every 64 rounds). */
static uint32_t spin_until(volatile uint32_t *p, uint32_t want, uint64_t ticks)
{
    uint64_t deadline = mtime() + ticks;
    for (unsigned i = 0;; i++) {
        uint32_t v = *p;
        if (v >= want || (i % 64 == 0 && mtime() >= deadline))
            return v;
    }
}

void secondary_main(uint64_t h)
{
    if (h == 1) {
        f_ready = 1;
        fence();
        mmio_write32(CLINT_MSIP(0), 1); /* wakes hart 0 if it waits for this in case f */
        for (int r = 1; r <= F_ROUNDS; r++) {
            if (spin_until(&f_turn, 2 * r - 1, 10000000) < (uint32_t)(2 * r - 1))
                break; /* hart 0 gave up; it reports the failure */
            fence();
            fence_i();
            f_seen[r] = run_code(page_f, r);
            /* Over the function hart 0 wrote and both harts ran: another one. */
            copy_sd(page_f, staging[1], gen_affine(staging[1], r & 1, f_mul(r), f_add(r)));
            fence();
            f_turn = 2 * r;
        }
    }
    for (;;)
        wfi();
}

/* Hart 0 waits for hart 1 in WFI, woken by hart 1's IPI or by a timer after 1 s of mtime
 * (with one hart, satp skips the idle time at once). */
static volatile int f_timeout;

void mtrap(uint64_t mcause, uint64_t mepc, uint64_t mtval)
{
    if (mcause == (CAUSE_INTERRUPT | IRQ_MSI)) {
        mmio_write32(CLINT_MSIP(hartid()), 0);
    } else if (mcause == (CAUSE_INTERRUPT | IRQ_MTI)) {
        mmio_write64(CLINT_MTIMECMP(hartid()), ~0UL);
        f_timeout = 1;
    } else {
        trap_report(mcause, mepc, mtval);
    }
}

static int hart1_running(void)
{
    mmio_write64(CLINT_MTIMECMP(0), mtime() + 10000000);
    csr_set(mie, 1UL << IRQ_MSI | 1UL << IRQ_MTI);
    WAIT_UNTIL(f_ready || f_timeout);
    csr_clear(mstatus, MSTATUS_MIE);
    csr_clear(mie, 1UL << IRQ_MSI | 1UL << IRQ_MTI);
    mmio_write64(CLINT_MTIMECMP(0), ~0UL);
    return f_ready != 0;
}

static void case_f(void)
{
    if (!hart1_running()) {
        printf("smc: f. skipped: hart 1 is not running (run with 2 harts)\n");
        return;
    }
    for (int r = 1; r <= F_ROUNDS; r++) {
        copy_sd(page_f, staging[0], gen_const(staging[0], !(r & 1), f_const(r)));
        fence_i();
        long v = run_code(page_f, 0);
        CHECK(219, v == f_const(r), "round %d: hart 0 ran its own function: 0x%lx, expected 0x%x",
              r, v, f_const(r));
        fence();
        f_turn = 2 * r - 1;
        uint32_t t = spin_until(&f_turn, 2 * r, 10000000); /* 1 s of mtime */
        CHECK(220, t == (uint32_t)(2 * r), "round %d: hart 1 did not answer", r);
        fence();
        fence_i();
        long x = 77 * r;
        v = run_code(page_f, x);
        CHECK(221, v == affine(x, f_mul(r), f_add(r)),
              "round %d: hart 0 ran hart 1's function: %ld, expected %ld", r, v,
              affine(x, f_mul(r), f_add(r)));
        CHECK(222, f_seen[r] == f_const(r),
              "round %d: hart 1 ran hart 0's function: 0x%lx, expected 0x%x", r, f_seen[r],
              f_const(r));
    }
    printf("smc: f. 2 harts: code written by one hart runs on the other after FENCE.I: ok\n");
}

/* ---- g ---- */
#define PTE_V 0x01UL
#define PTE_R 0x02UL
#define PTE_W 0x04UL
#define PTE_A 0x40UL
#define PTE_D 0x80UL
#define MSTATUS_MPRV (1UL << 17)
#define SATP_SV39 (8UL << 60)
/* VA = PA - RAM_BASE: one 1 GiB leaf in the root table maps VA 0 to RAM_BASE. */
#define ALIAS(p) ((uint64_t)(uintptr_t)(p) - RAM_BASE)

static void case_g(void)
{
    /* S-mode accesses (MPRV with MPP = S) need a PMP entry: entry 0 covers everything. */
    csr_write(pmpaddr0, ~0UL);
    csr_write(pmpcfg0, 0x1f); /* NAPOT, R W X */
    root_g[0] = (RAM_BASE >> 12) << 10 | PTE_V | PTE_R | PTE_W | PTE_A | PTE_D;
    fence();
    csr_write(satp, SATP_SV39 | ((uint64_t)(uintptr_t)root_g >> 12));
    __asm__ volatile("sfence.vma" ::: "memory");
    csr_clear(mstatus, MSTATUS_MPP_MASK);
    csr_set(mstatus, MSTATUS_MPP_S);

    /* addi a0,a0,1 / addi a0,a0,2 / ret, written and run at the physical address. */
    struct code c = {staging[0], staging[0]};
    emit32(&c, ADDI(X_A0, X_A0, 1));
    emit32(&c, ADDI(X_A0, X_A0, 2));
    emit32(&c, RET);
    copy_sd(page_g, staging[0], code_end(&c));
    fence_i();
    long r = run_code(page_g, 10);
    CHECK(223, r == 13, "the function to patch returned %ld, expected 13", r);

    uint64_t va = ALIAS(page_g);
    __asm__ volatile("csrs mstatus, %0\n"
                     "sw %1, 0(%2)\n"
                     "csrc mstatus, %0\n"
                     :
                     : "r"(MSTATUS_MPRV), "r"(ADDI(X_A0, X_A0, 100)), "r"(va)
                     : "memory");
    fence_i();
    r = run_code(page_g, 10);
    CHECK(224, r == 112, "after sw through the alias: %ld, expected 112", r);

    uint32_t old;
    __asm__ volatile("csrs mstatus, %1\n"
                     "amoswap.w %0, %2, (%3)\n"
                     "csrc mstatus, %1\n"
                     : "=&r"(old)
                     : "r"(MSTATUS_MPRV), "r"(XORI(X_A0, X_A0, 0xff)), "r"(va + 4)
                     : "memory");
    fence_i();
    r = run_code(page_g, 10);
    CHECK(225, old == ADDI(X_A0, X_A0, 2) && r == (110 ^ 0xff),
          "after amoswap.w through the alias: old word 0x%x, result %ld, expected %ld", old, r,
          (long)(110 ^ 0xff));

    csr_set(mstatus, MSTATUS_MPP_MASK);
    csr_write(satp, 0);
    __asm__ volatile("sfence.vma" ::: "memory");
    printf("smc: g. code patched through another virtual address (MPRV, Sv39 alias): ok\n");
}

int main(void)
{
    case_a();
    case_b();
    case_c();
    case_d();
    case_e();
    case_f();
    case_g();
    printf("smc: all checks passed\n");
    return 0;
}
