/*
 * ipi.c: inter-processor interrupts through the CLINT and atomics between harts.
 * Needs exactly 3 harts (satp --harts 3, QEMU -smp 3).
 *
 * 1. Hart 0 checks its own msip register: it reads back, and sets mip.MSIP while it is 1.
 * 2. Harts 1 and 2 enable mie.MSIE, report ready and wait in WFI.  Hart 0 writes msip[1]
 *    and msip[2].  Each of them takes a machine software interrupt (mcause = interrupt 3),
 *    clears its own msip, writes a reply (its hart ID and a magic value) to shared memory
 *    and sends an IPI back to hart 0, which waits in WFI for both replies.
 * 3. All three harts add 1 to two shared counters 1000 times each, alternating amoadd
 *    with an LR/SC loop: a 32-bit counter (amoadd.w, lr.w/sc.w) and a 64-bit one
 *    (amoadd.d, lr.d/sc.d).  Both must end at exactly 3 * 2 * 1000.  An amoadd or SC by
 *    another hart between an LR and its SC must make the SC fail (Unprivileged spec,
 *    "Load-Reserved/Store-Conditional Instructions"), or increments are lost.
 * Every wait has a watchdog, so a missing interrupt fails instead of hanging.
 */
#include "dt.h"

const char dt_name[] = "ipi";

#define HARTS 3
#define ROUNDS 1000
#define MAGIC 0x1f1f0000u

static volatile uint32_t ready;
static volatile uint32_t replies[HARTS];
static volatile unsigned msi_count[HARTS];
static volatile uint32_t msip_after[HARTS];
static volatile uint32_t arrived;
static volatile uint32_t finished;
static volatile uint32_t counter32;
static volatile uint64_t counter64;
static volatile unsigned sc_failures[HARTS];

void mtrap(uint64_t mcause, uint64_t mepc, uint64_t mtval)
{
    dt_watchdog_fired(mcause);
    uint64_t h = hartid();
    if (mcause != (CAUSE_INTERRUPT | IRQ_MSI) || h >= HARTS)
        trap_report(mcause, mepc, mtval);
    mmio_write32(CLINT_MSIP(h), 0);
    msip_after[h] = mmio_read32(CLINT_MSIP(h));
    msi_count[h]++;
}

static void atomic_inc_w(volatile uint32_t *p)
{
    __asm__ volatile("amoadd.w zero, %1, (%0)" ::"r"(p), "r"(1) : "memory");
}

static void atomic_inc_d(volatile uint64_t *p)
{
    __asm__ volatile("amoadd.d zero, %1, (%0)" ::"r"(p), "r"(1L) : "memory");
}

/* Adds 1 with an LR/SC loop; returns how many SCs failed. */
static unsigned lrsc_inc_w(volatile uint32_t *p)
{
    unsigned fails;
    uint64_t tmp, rc;
    __asm__ volatile("li %0, -1\n"
                     "1: addi %0, %0, 1\n"
                     "lr.w %1, (%3)\n"
                     "addiw %1, %1, 1\n"
                     "sc.w %2, %1, (%3)\n"
                     "bnez %2, 1b\n"
                     : "=&r"(fails), "=&r"(tmp), "=&r"(rc)
                     : "r"(p)
                     : "memory");
    return fails;
}

static unsigned lrsc_inc_d(volatile uint64_t *p)
{
    unsigned fails;
    uint64_t tmp, rc;
    __asm__ volatile("li %0, -1\n"
                     "1: addi %0, %0, 1\n"
                     "lr.d %1, (%3)\n"
                     "addi %1, %1, 1\n"
                     "sc.d %2, %1, (%3)\n"
                     "bnez %2, 1b\n"
                     : "=&r"(fails), "=&r"(tmp), "=&r"(rc)
                     : "r"(p)
                     : "memory");
    return fails;
}

/* Spins until *p reaches `want` or `ticks` of mtime have passed (mtime is read only every
 * 64 rounds: on satp an MMIO read is much slower than a RAM load). */
static uint32_t spin_until(volatile uint32_t *p, uint32_t want, uint64_t ticks)
{
    uint64_t deadline = mtime() + ticks;
    for (unsigned i = 0;; i++) {
        uint32_t v = *p;
        if (v >= want || (i % 64 == 0 && mtime() >= deadline))
            return v;
    }
}

/* Every hart: ROUNDS times, amoadd and LR/SC on both counters. */
static void contend(uint64_t h)
{
    atomic_inc_w(&arrived);
    while (arrived < HARTS) {
    }
    unsigned fails = 0;
    for (int i = 0; i < ROUNDS; i++) {
        atomic_inc_w(&counter32);
        fails += lrsc_inc_w(&counter32);
        atomic_inc_d(&counter64);
        fails += lrsc_inc_d(&counter64);
    }
    sc_failures[h] = fails;
    atomic_inc_w(&finished);
}

void secondary_main(uint64_t h)
{
    if (h >= HARTS) {
        for (;;)
            wfi();
    }
    dt_watchdog_arm(10000000, 190 + (int)h); /* 1 s of mtime */
    csr_set(mie, 1UL << IRQ_MSI);
    atomic_inc_w(&ready);
    WAIT_UNTIL(msi_count[h] != 0);
    csr_clear(mstatus, MSTATUS_MIE);
    replies[h] = MAGIC | (uint32_t)h;
    fence();
    mmio_write32(CLINT_MSIP(0), 1);
    contend(h);
    dt_watchdog_disarm();
    for (;;)
        wfi();
}

int main(void)
{
    /* 1. Own msip, with the interrupt disabled: a pending bit only. */
    mmio_write32(CLINT_MSIP(0), 1);
    CHECK(170, mmio_read32(CLINT_MSIP(0)) == 1, "msip[0] does not read back 1");
    CHECK(171, (csr_read(mip) >> IRQ_MSI) & 1, "mip.MSIP clear while msip[0] = 1");
    mmio_write32(CLINT_MSIP(0), 0);
    CHECK(172, !((csr_read(mip) >> IRQ_MSI) & 1), "mip.MSIP set while msip[0] = 0");

    /* 2. IPIs out and back. */
    dt_watchdog_arm(10000000, 173);
    spin_until(&ready, HARTS - 1, 100000); /* 10 ms */
    CHECK(174, ready == HARTS - 1, "%u of %d secondary harts came up (run with 3 harts)", ready,
          HARTS - 1);
    csr_set(mie, 1UL << IRQ_MSI);
    for (int h = 1; h < HARTS; h++)
        mmio_write32(CLINT_MSIP(h), 1);
    WAIT_UNTIL(replies[1] != 0 && replies[2] != 0);
    csr_clear(mstatus, MSTATUS_MIE);
    fence();
    for (int h = 1; h < HARTS; h++) {
        CHECK(175, replies[h] == (MAGIC | (uint32_t)h), "hart %d replied 0x%x", h, replies[h]);
        CHECK(176, msi_count[h] == 1, "hart %d took %u software interrupts, expected 1", h,
              msi_count[h]);
        CHECK(177, msip_after[h] == 0, "hart %d: msip reads %u after clearing", h, msip_after[h]);
    }
    /* Both replies are in; hart 0's IPI may still be pending if the second reply raced
     * with the first interrupt, so wait for the interrupt itself. */
    WAIT_UNTIL(msi_count[0] != 0);
    csr_clear(mstatus, MSTATUS_MIE);
    CHECK(178, msi_count[0] >= 1 && msi_count[0] <= 2, "hart 0 took %u software interrupts",
          msi_count[0]);
    printf("ipi: harts 1 and 2 answered hart 0's IPIs (hart 0 took %u interrupts): ok\n",
           msi_count[0]);

    /* 3. Contention. */
    contend(0);
    spin_until(&finished, HARTS, 1000000); /* 0.1 s */
    CHECK(179, finished == HARTS, "only %u harts finished the atomic loops", finished);
    dt_watchdog_disarm();
    fence();
    CHECK(180, counter32 == HARTS * 2 * ROUNDS, "32-bit counter is %u, expected %d", counter32,
          HARTS * 2 * ROUNDS);
    CHECK(181, counter64 == HARTS * 2 * ROUNDS, "64-bit counter is %lu, expected %d", counter64,
          HARTS * 2 * ROUNDS);
    printf("ipi: counters %u and %lu after %d amoadd + %d LR/SC increments per hart per width "
           "(SC failures: %u %u %u): ok\n",
           counter32, counter64, ROUNDS, ROUNDS, sc_failures[0], sc_failures[1], sc_failures[2]);
    printf("ipi: all checks passed\n");
    return 0;
}
