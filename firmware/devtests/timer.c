/*
 * timer.c: the CLINT machine timer and the Sstc supervisor timer.
 *
 * M-mode, CLINT (mtime at 0xbff8, mtimecmp[0] at 0x4000):
 *   - mtime advances, and the `time` CSR reads mtime (between two mtime reads);
 *   - mtimecmp reads back; mip.MTIP is set while mtime >= mtimecmp and clears when
 *     mtimecmp moves to the future (Privileged spec, "Machine Timer Registers");
 *   - four machine timer interrupts, each re-armed by the handler with a longer delay
 *     (1000, 2000, 3000, 4000 ticks); each arrives at or after its deadline, MTIP is clear
 *     right after the handler moves mtimecmp, and no fifth interrupt follows.
 * S-mode, Sstc (Sstc extension: menvcfg.STCE, stimecmp CSR 0x14d):
 *   - menvcfg.STCE is writable; with mcounteren.TM clear, S-mode `stimecmp` and `time`
 *     accesses raise illegal-instruction exceptions;
 *   - after an ecall asks M-mode to set mcounteren.TM: sip.STIP follows time >= stimecmp
 *     (set for a past stimecmp, clear at once for a future one);
 *   - three supervisor timer interrupts (STI delegated through mideleg), scause =
 *     interrupt 5, each at or after its deadline, STIP clear as soon as the handler writes a
 *     future stimecmp, and no fourth one.
 * S-mode runs from the same identity-mapped physical memory (satp = Bare); PMP entry 0
 * grants it all of memory.
 */
#include "dt.h"

const char dt_name[] = "timer";

#define MTI_COUNT 4
#define STI_COUNT 3
#define PERIOD 1000 /* ticks of the 10 MHz timebase */

static volatile unsigned mti_count;
static volatile uint64_t mti_deadline;
static volatile unsigned sti_count;
static volatile uint64_t sti_deadline;

/* S-mode asks M-mode for things through these (then ecall). */
static volatile int expect_illegal;
static volatile int illegal_seen;
static volatile int request_tm;

static int mtip(void) { return (csr_read(mip) >> IRQ_MTI) & 1; }
static int stip(void) { return (csr_read(sip) >> IRQ_STI) & 1; }
static void set_mtimecmp(uint64_t v) { mmio_write64(CLINT_MTIMECMP(0), v); }

void mtrap(uint64_t mcause, uint64_t mepc, uint64_t mtval)
{
    dt_watchdog_fired(mcause);
    if (mcause == (CAUSE_INTERRUPT | IRQ_MTI)) {
        uint64_t now = mtime();
        CHECK(20, mti_count < MTI_COUNT, "machine timer interrupt %u, expected %d", mti_count + 1,
              MTI_COUNT);
        CHECK(21, now >= mti_deadline, "machine timer interrupt at mtime %lu, before mtimecmp %lu",
              now, mti_deadline);
        mti_count++;
        if (mti_count < MTI_COUNT) {
            mti_deadline = now + PERIOD * (mti_count + 1);
            set_mtimecmp(mti_deadline);
        } else {
            set_mtimecmp(~0UL);
        }
        CHECK(22, !mtip(), "mip.MTIP still set after mtimecmp moved to the future");
        return;
    }
    if (mcause == EXC_ILLEGAL_INSTRUCTION && expect_illegal) {
        CHECK(23, (csr_read(mstatus) & MSTATUS_MPP_MASK) == MSTATUS_MPP_S,
              "illegal instruction not from S-mode");
        expect_illegal = 0;
        illegal_seen++;
        csr_write(mepc, mepc + 4); /* skip the 4-byte csrr */
        return;
    }
    if (mcause == EXC_ECALL_S) {
        if (request_tm)
            csr_set(mcounteren, COUNTEREN_TM);
        request_tm = 0;
        csr_write(mepc, mepc + 4);
        return;
    }
    trap_report(mcause, mepc, mtval);
}

/* ---- S-mode ---- */

static void strap(uint64_t scause)
{
    CHECK(40, scause == (CAUSE_INTERRUPT | IRQ_STI), "scause 0x%lx, expected interrupt %d",
          scause, IRQ_STI);
    uint64_t now = rdtime();
    CHECK(41, sti_count < STI_COUNT, "supervisor timer interrupt %u, expected %d", sti_count + 1,
          STI_COUNT);
    CHECK(42, now >= sti_deadline, "supervisor timer interrupt at time %lu, before stimecmp %lu",
          now, sti_deadline);
    sti_count++;
    if (sti_count < STI_COUNT) {
        sti_deadline = now + PERIOD * (sti_count + 1);
        csr_write(CSR_STIMECMP, sti_deadline);
    } else {
        csr_write(CSR_STIMECMP, ~0UL);
    }
    CHECK(43, !stip(), "sip.STIP still set right after stimecmp moved to the future");
}

__attribute__((interrupt("supervisor"), aligned(4))) static void strap_entry(void)
{
    strap(csr_read(scause));
}

#define S_WAIT_UNTIL(cond)                        \
    do {                                          \
        for (;;) {                                \
            csr_clear(sstatus, MSTATUS_SIE);      \
            if (cond)                             \
                break;                            \
            wfi();                                \
            csr_set(sstatus, MSTATUS_SIE);        \
        }                                         \
        csr_set(sstatus, MSTATUS_SIE);            \
    } while (0)

static void supervisor_main(void)
{
    /* mcounteren.TM is clear: stimecmp and time are off limits (Sstc; Zicntr). */
    expect_illegal = 1;
    (void)csr_read(CSR_STIMECMP);
    CHECK(44, illegal_seen == 1, "S-mode read stimecmp with mcounteren.TM clear");
    expect_illegal = 1;
    (void)rdtime();
    CHECK(45, illegal_seen == 2, "S-mode read time with mcounteren.TM clear");
    expect_illegal = 0;
    request_tm = 1;
    __asm__ volatile("ecall" ::: "memory");

    uint64_t t0 = rdtime();
    for (volatile int i = 0; i < 20000; i++) {
    }
    uint64_t t1 = rdtime();
    CHECK(46, t1 > t0, "time did not advance in S-mode (%lu, %lu)", t0, t1);

    /* STIP follows time >= stimecmp. */
    csr_write(CSR_STIMECMP, 0);
    CHECK(47, stip(), "sip.STIP clear with stimecmp = 0");
    csr_write(CSR_STIMECMP, rdtime() + 10000000);
    CHECK(48, !stip(), "sip.STIP set with stimecmp 1 s in the future");
    CHECK(49, csr_read(CSR_STIMECMP) > t1, "stimecmp does not read back");

    csr_set(sie, 1UL << IRQ_STI);
    sti_deadline = rdtime() + PERIOD;
    csr_write(CSR_STIMECMP, sti_deadline);
    S_WAIT_UNTIL(sti_count == STI_COUNT);
    uint64_t end = rdtime() + 5 * PERIOD;
    while (rdtime() < end) {
    }
    csr_clear(sstatus, MSTATUS_SIE);
    CHECK(50, sti_count == STI_COUNT, "%u supervisor timer interrupts, expected %d", sti_count,
          STI_COUNT);
    printf("timer: %d supervisor timer interrupts through stimecmp: ok\n", STI_COUNT);
    printf("timer: all checks passed\n");
    exit(0);
}

/* ---- M-mode ---- */

int main(void)
{
    /* mtime advances; time == mtime. */
    uint64_t t0 = mtime();
    for (volatile int i = 0; i < 20000; i++) {
    }
    uint64_t t1 = mtime();
    CHECK(24, t1 > t0, "mtime did not advance (%lu, %lu)", t0, t1);
    uint64_t a = mtime(), b = rdtime(), c = mtime();
    CHECK(25, a <= b && b <= c, "time CSR %lu not between mtime reads %lu and %lu", b, a, c);

    /* mtimecmp and MTIP, polled with interrupts off. */
    set_mtimecmp(0x123456789aUL);
    CHECK(26, mmio_read64(CLINT_MTIMECMP(0)) == 0x123456789aUL, "mtimecmp does not read back");
    set_mtimecmp(0);
    CHECK(27, mtip(), "mip.MTIP clear with mtimecmp = 0");
    set_mtimecmp(~0UL);
    CHECK(28, !mtip(), "mip.MTIP set with mtimecmp = max");

    /* Machine timer interrupts with growing delays. */
    mti_deadline = mtime() + PERIOD;
    set_mtimecmp(mti_deadline);
    csr_set(mie, 1UL << IRQ_MTI);
    WAIT_UNTIL(mti_count == MTI_COUNT);
    uint64_t end = mtime() + 5 * PERIOD;
    while (mtime() < end) {
    }
    csr_clear(mstatus, MSTATUS_MIE);
    csr_clear(mie, 1UL << IRQ_MTI);
    CHECK(29, mti_count == MTI_COUNT, "%u machine timer interrupts, expected %d", mti_count,
          MTI_COUNT);
    printf("timer: %d machine timer interrupts through mtimecmp: ok\n", MTI_COUNT);

    /* Sstc. */
    csr_set(CSR_MENVCFG, MENVCFG_STCE);
    CHECK(30, csr_read(CSR_MENVCFG) & MENVCFG_STCE, "menvcfg.STCE does not stick (no Sstc?)");
    csr_write(CSR_STIMECMP, ~0UL);
    csr_write(mcounteren, 0);
    csr_write(medeleg, 0);
    csr_write(mideleg, 1UL << IRQ_STI);
    csr_write(stvec, (uint64_t)(uintptr_t)strap_entry);
    csr_write(pmpaddr0, ~0UL);
    csr_write(pmpcfg0, 0x1f); /* NAPOT over everything, R W X */
    csr_write(satp, 0);
    dt_watchdog_arm(10000000, 31); /* 1 s of mtime, MTI stays with M-mode */
    csr_write(mepc, (uint64_t)(uintptr_t)supervisor_main);
    csr_clear(mstatus, MSTATUS_MPP_MASK | MSTATUS_MPIE);
    csr_set(mstatus, MSTATUS_MPP_S);
    __asm__ volatile("mret" ::: "memory");
    return 99; /* not reached */
}
