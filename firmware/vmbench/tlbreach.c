/*
 * tlbreach.c: dTLB reach.  A U-mode loop follows a circular list with one node in each of
 * N distinct 4 KiB pages (one load per page per round, rounds after rounds), for N from
 * below to above the dTLB size.  With satp's default dTLB (32 entries, fully associative,
 * LRU) the expected result is exact, not approximate:
 *
 *   extra=0  the window needs no dTLB entry besides the N list pages (registers only, code
 *            through the iTLB): 0 misses for N <= 32, and for N >= 33 every load misses,
 *            because LRU over a round-robin of more pages than entries always evicts the
 *            page that comes next;
 *   extra=1  the window also loads from one more page after every node (like a loop that
 *            keeps a variable on its stack): that page stays the most recently used, so
 *            only 31 entries are left and the knee moves to N = 31 / 32.
 *
 * Each line: tlbreach pages=N extra=E accesses=A dtlb_misses=M page_walks=W
 *            misses/access=M/A cycles/access=C/A      (accesses = list loads in the window)
 */
#include "vm.h"

#define LIST_VA 0x10000000UL  /* 128 user pages, 4 KiB each, over WORK_PA */
#define EXTRA_VA 0x11000000UL /* the extra page */
#define MAX_PAGES 128
#define TARGET_ACCESSES 16384

static const unsigned sweep[] = {8, 16, 24, 28, 30, 31, 32, 33, 34, 36, 40, 48, 64, 128};

static void measure(unsigned pages, int extra)
{
    uint64_t first = build_list(LIST_VA, WORK_PA, pages, PAGE_4K);
    uint64_t rounds = (TARGET_ACCESSES + pages - 1) / pages;
    uint64_t accesses = rounds * pages;
    struct meas m;
    if (extra)
        run_user(user_entry(u_chase_extra), first, pages, accesses, EXTRA_VA, &m);
    else
        run_user(user_entry(u_chase), first, pages, accesses, 0, &m);
    printf("tlbreach pages=%u extra=%d accesses=%lu dtlb_misses=%lu page_walks=%lu misses/access=",
           pages, extra, accesses, m.dtlb_misses, m.page_walks);
    print_ratio(m.dtlb_misses, accesses, 3);
    printf(" cycles/access=");
    print_ratio(m.cycles, accesses, 2);
    putchar('\n');
}

static void __attribute__((noreturn)) kmain(void)
{
    vm_user_init();
    for (uint64_t i = 0; i < MAX_PAGES; i++)
        vm_map(LIST_VA + i * PAGE_4K, WORK_PA + i * PAGE_4K, 0, PTE_U | PTE_R);
    vm_map(EXTRA_VA, WORK_PA + PAGE_2M, 0, PTE_U | PTE_R);
    vm_fence();
    printf("tlbreach: Sv39, 4 KiB user pages, one load per page per round, %d accesses per point\n",
           TARGET_ACCESSES);
    for (int extra = 0; extra <= 1; extra++)
        for (unsigned i = 0; i < sizeof sweep / sizeof sweep[0]; i++)
            measure(sweep[i], extra);
    puts("tlbreach: done");
    exit(0);
}

int main(void)
{
    vm_start(3, kmain);
}
