/*
 * walkcost.c: what one dTLB miss costs.  The same U-mode window (u_walk: 512 dependent
 * loads in straight-line code, so no branch prediction is involved) runs twice:
 *
 *   run=miss  the list visits 64 pages round robin: with a 32-entry LRU dTLB every load
 *             misses and walks the page table;
 *   run=hit   the list is one node that points to itself: every load hits the dTLB.
 *
 * The two windows execute the same instructions, so the difference in cycles is the cost
 * of the misses alone.  With every cache off and no page-walk cache, satp's in-order model
 * documents a walk as exactly levels x dram_latency cycles, so
 *   extra_cycles = dtlb_misses x levels x dram_latency.
 * Built for Sv39 (levels=3, walkcost-sv39.elf) and Sv48 (-DVM_LEVELS=4, walkcost-sv48.elf).
 * Both lists are run once before they are measured, so that nothing else (the iTLB, the
 * predictor state of the warm-up loop) differs between the measured runs.
 *
 * Lines: walkcost levels=L run=R loads=512 cycles=C instret=I dtlb_misses=M itlb_misses=J
 *                 page_walks=W mispredicts=B
 *        walkcost levels=L extra_cycles=X per_miss=X/M
 */
#include "vm.h"

#ifndef VM_LEVELS
#define VM_LEVELS 3
#endif

#define LIST_VA 0x10000000UL
#define PAGES 64

static uint64_t miss_list, hit_list;

static void run(const char *name, uint64_t first, uint64_t warm, struct meas *m, int print)
{
    run_user(user_entry(u_walk), first, warm, 0, 0, m);
    if (print)
        printf("walkcost levels=%d run=%s loads=%d cycles=%lu instret=%lu dtlb_misses=%lu "
               "itlb_misses=%lu page_walks=%lu mispredicts=%lu\n",
               vm_levels(), name, UWALK_LOADS, m->cycles, m->instret, m->dtlb_misses,
               m->itlb_misses, m->page_walks, m->mispredicts);
}

static void __attribute__((noreturn)) kmain(void)
{
    vm_user_init();
    /* Pages 0..63 hold the miss list, page 64 the one-node hit list. */
    for (uint64_t i = 0; i <= PAGES; i++)
        vm_map(LIST_VA + i * PAGE_4K, WORK_PA + i * PAGE_4K, 0, PTE_U | PTE_R);
    vm_fence();
    miss_list = build_list(LIST_VA, WORK_PA, PAGES, PAGE_4K);
    hit_list = build_list(LIST_VA + PAGES * PAGE_4K, WORK_PA + PAGES * PAGE_4K, 1, PAGE_4K);

    struct meas miss, hit;
    run("miss", miss_list, PAGES, &miss, 0);
    run("hit", hit_list, 1, &hit, 0);
    run("miss", miss_list, PAGES, &miss, 1);
    run("hit", hit_list, 1, &hit, 1);
    uint64_t extra = miss.cycles - hit.cycles;
    printf("walkcost levels=%d extra_cycles=%lu per_miss=", vm_levels(), extra);
    print_ratio(extra, miss.dtlb_misses, 2);
    putchar('\n');
    exit(0);
}

int main(void)
{
    vm_start(VM_LEVELS, kmain);
}
