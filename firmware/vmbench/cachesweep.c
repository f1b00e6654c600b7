/*
 * cachesweep.c: cycles per access over working sets from 4 KiB to 8 MiB.  M-mode, no
 * translation (so no TLB effect): one 8-byte load per 64-byte line, the set read over and
 * over (one untimed pass first, then at least 32768 timed accesses and at least one pass).
 * Expected with satp's default caches (L1 D 32K:8:64, L2 2M:16:64, LRU, l2_latency 20,
 * dram_latency 100): about 3 cycles per access (the loop's 3 instructions) up to 32 KiB,
 * every access an L1 miss served by the L2 (about 3 + 20) from 64 KiB to 2 MiB, and every
 * access an L2 miss too (about 3 + 20 + 100) from 4 MiB.
 *
 * Each line: cachesweep size=S accesses=A cycles=C dcache_misses=D l2_misses=L
 *            cycles/access=C/A dcache_misses/access=D/A l2_misses/access=L/A
 */
#include "bench.h"

#define LINE 64
#define MIN_ACCESSES 32768

void m_sweep(uint64_t base, uint64_t end, uint64_t passes, struct meas *out);

static void print_size(uint64_t bytes)
{
    if (bytes >= (1UL << 20))
        printf("%luM", bytes >> 20);
    else
        printf("%luK", bytes >> 10);
}

int main(void)
{
    counters_init();
    printf("cachesweep: M-mode, one load per %d-byte line, at least %d accesses per size\n",
           LINE, MIN_ACCESSES);
    for (uint64_t size = 4UL << 10; size <= (8UL << 20); size *= 2) {
        uint64_t lines = size / LINE;
        uint64_t passes = lines >= MIN_ACCESSES ? 1 : MIN_ACCESSES / lines;
        uint64_t accesses = passes * lines;
        struct meas m;
        m_sweep(WORK_PA, WORK_PA + size, 1, &m); /* warm-up pass */
        m_sweep(WORK_PA, WORK_PA + size, passes, &m);
        printf("cachesweep size=");
        print_size(size);
        printf(" accesses=%lu cycles=%lu dcache_misses=%lu l2_misses=%lu cycles/access=",
               accesses, m.cycles, m.dcache_misses, m.l2_misses);
        print_ratio(m.cycles, accesses, 2);
        printf(" dcache_misses/access=");
        print_ratio(m.dcache_misses, accesses, 3);
        printf(" l2_misses/access=");
        print_ratio(m.l2_misses, accesses, 3);
        putchar('\n');
    }
    puts("cachesweep: done");
    return 0;
}
