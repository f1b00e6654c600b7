/*
 * branch.c: the same work with and without a data-dependent branch.  Each of ITERATIONS
 * iterations steps a xorshift64 generator and adds x to an accumulator when x is odd.
 * -DBRANCHY=1 (branchy.elf) does that with a conditional branch, taken at random half of
 * the time, which a 2-bit-counter predictor cannot learn; -DBRANCHY=0 (branchfree.elf)
 * with a mask, leaving only the loop's own branch.  Both print the same result.
 *
 * Line: branch variant=V iterations=N result=0x... cycles=C instret=I mispredicts=B
 *       mispredicts/iteration=B/N cycles/iteration=C/N
 */
#include "bench.h"

#ifndef BRANCHY
#define BRANCHY 1
#endif

#define ITERATIONS 100000
#define SEED 0x9e3779b97f4a7c15UL

void m_branchy(uint64_t seed, uint64_t iterations, struct meas *out, uint64_t *result);
void m_branchfree(uint64_t seed, uint64_t iterations, struct meas *out, uint64_t *result);

int main(void)
{
    counters_init();
    struct meas m;
    uint64_t result;
    if (BRANCHY)
        m_branchy(SEED, ITERATIONS, &m, &result);
    else
        m_branchfree(SEED, ITERATIONS, &m, &result);
    printf("branch variant=%s iterations=%d result=0x%lx cycles=%lu instret=%lu mispredicts=%lu "
           "mispredicts/iteration=",
           BRANCHY ? "branchy" : "branchfree", ITERATIONS, result, m.cycles, m.instret,
           m.mispredicts);
    print_ratio(m.mispredicts, ITERATIONS, 3);
    printf(" cycles/iteration=");
    print_ratio(m.cycles, ITERATIONS, 2);
    putchar('\n');
    return 0;
}
