/*
 * bench.h: what every vmbench program shares: the hardware performance counters it
 * programs, the measurement record, and printing of ratios with integer arithmetic.
 *
 * Counters (satp's mhpmevent numbers, see the main README):
 *   hpmcounter3 = dTLB misses (event 2)     hpmcounter6 = D-cache misses (event 5)
 *   hpmcounter4 = iTLB misses (event 1)     hpmcounter7 = L2 misses (event 8)
 *   hpmcounter5 = page walks (event 3)      hpmcounter8 = branch mispredicts (event 6)
 * counters_init() selects them from M-mode and sets mcounteren so that S-mode may read
 * cycle, time, instret and hpmcounter3..8 (the S-mode kernel sets scounteren for U-mode).
 */
#ifndef SATP_VMBENCH_BENCH_H
#define SATP_VMBENCH_BENCH_H

#include "runtime.h"

/* Bits 0..8 of mcounteren/scounteren: CY, TM, IR, HPM3..HPM8. */
#define COUNTEREN_USED 0x1ffUL

/*
 * Counter deltas over one measured window.  The assembly routines in vmasm.S fill this
 * record in this order (a0..a7 at their ecall), so the order must not change.
 */
struct meas {
    uint64_t cycles;
    uint64_t instret;
    uint64_t dtlb_misses;
    uint64_t itlb_misses;
    uint64_t page_walks;
    uint64_t dcache_misses;
    uint64_t l2_misses;
    uint64_t mispredicts;
};

/* Physical memory the experiments use: 32 MiB from 64 MiB into RAM, 2 MiB aligned, far
 * beyond the program image and its page-table pool (RAM is 128 MiB by default). */
#define WORK_PA 0x84000000UL
#define WORK_BYTES (32UL << 20)

/* M-mode: select the six events and let S-mode read the counters. */
static inline void counters_init(void)
{
    __asm__ volatile("csrw mhpmevent3, %0" : : "r"(2UL));
    __asm__ volatile("csrw mhpmevent4, %0" : : "r"(1UL));
    __asm__ volatile("csrw mhpmevent5, %0" : : "r"(3UL));
    __asm__ volatile("csrw mhpmevent6, %0" : : "r"(5UL));
    __asm__ volatile("csrw mhpmevent7, %0" : : "r"(8UL));
    __asm__ volatile("csrw mhpmevent8, %0" : : "r"(6UL));
    __asm__ volatile("csrw mcountinhibit, zero");
    __asm__ volatile("csrw mcounteren, %0" : : "r"(COUNTEREN_USED));
}

/*
 * Prints num/den rounded to `decimals` (at most 3) decimal places, e.g. "0.000", "1.000",
 * "23.50"; "-" when den is 0.
 */
static inline void print_ratio(uint64_t num, uint64_t den, int decimals)
{
    if (den == 0) {
        putchar('-');
        return;
    }
    uint64_t scale = 1;
    for (int i = 0; i < decimals; i++)
        scale *= 10;
    uint64_t scaled = (num * scale + den / 2) / den;
    printf("%lu", scaled / scale);
    if (decimals > 0) {
        char fmt[] = ".%0Nlu";
        fmt[3] = (char)('0' + decimals);
        printf(fmt, scaled % scale);
    }
}

#endif
