/*
 * superpage.c: the same working set, 128 list nodes spread over one 2 MiB region (one node
 * per 16 KiB, so 128 distinct 4 KiB pages), seen through three mappings:
 *
 *   map=4k  512 4 KiB leaves: 128 pages > 32 dTLB entries, so every access misses
 *   map=2m  one 2 MiB leaf (level 1): one dTLB entry covers the whole set, 0 misses
 *   map=1g  one 1 GiB leaf (level 2) over all of RAM: likewise 0 misses
 *
 * Each line: superpage map=M pages=128 accesses=A dtlb_misses=M page_walks=W
 *            misses/access=M/A cycles/access=C/A
 */
#include "vm.h"

#define NODES 128
#define STRIDE (PAGE_2M / NODES)    /* 16 KiB */
#define VA_4K 0x20000000UL          /* 2 MiB of 4 KiB pages */
#define VA_2M 0x20200000UL          /* one 2 MiB page */
#define VA_1G 0x40000000UL          /* one 1 GiB page over [0x80000000, 0xc0000000) */
#define RAM_BASE 0x80000000UL
#define ROUNDS 128

static void measure(const char *map, uint64_t va)
{
    uint64_t first = build_list(va, WORK_PA, NODES, STRIDE);
    uint64_t accesses = (uint64_t)ROUNDS * NODES;
    struct meas m;
    run_user(user_entry(u_chase), first, NODES, accesses, 0, &m);
    printf("superpage map=%s pages=%d accesses=%lu dtlb_misses=%lu page_walks=%lu misses/access=",
           map, NODES, accesses, m.dtlb_misses, m.page_walks);
    print_ratio(m.dtlb_misses, accesses, 3);
    printf(" cycles/access=");
    print_ratio(m.cycles, accesses, 2);
    putchar('\n');
}

static void __attribute__((noreturn)) kmain(void)
{
    vm_user_init();
    for (uint64_t off = 0; off < PAGE_2M; off += PAGE_4K)
        vm_map(VA_4K + off, WORK_PA + off, 0, PTE_U | PTE_R);
    vm_map(VA_2M, WORK_PA, 1, PTE_U | PTE_R);
    vm_map(VA_1G, RAM_BASE, 2, PTE_U | PTE_R);
    vm_fence();
    printf("superpage: Sv39, %d nodes %lu KiB apart in one 2 MiB region, %d rounds\n", NODES,
           STRIDE >> 10, ROUNDS);
    measure("4k", VA_4K);
    measure("2m", VA_2M);
    measure("1g", VA_1G + (WORK_PA - RAM_BASE));
    puts("superpage: done");
    exit(0);
}

int main(void)
{
    vm_start(3, kmain);
}
