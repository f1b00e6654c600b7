/*
 * sv39.c: bench-sv39.elf builds Sv39 page tables in M-mode, then runs the same workload as
 * bench-bare.elf in S-mode with translation on.
 *
 * Mapping (identity: virtual address = physical address; Privileged spec, "Sv39"):
 *   [0x00000000, 0x40000000)   one 1 GiB gigapage, R W, the device window (UART, test
 *                              finisher, CLINT, PLIC): the program prints and exits through it
 *   [0x80000000, 0x80200000)   one 2 MiB megapage, R X: all code and read-only data
 *   [__data_start, _end)       4 KiB pages, R W: .data, .bss, stacks; about 100
 *                              distinct pages for the workload's ~400 KiB working set
 *   everything else            unmapped, including the page tables themselves (S-mode cannot
 *                              modify its own translation)
 * All leaves have G = 0 and U = 0 (supervisor pages), and A set (and D set when writable),
 * so no access ever needs an A/D update: the run is the same whether the hart updates A/D
 * in hardware or raises a page fault instead (Privileged spec, "Virtual Address Translation
 * Process", the A/D step, step 9 in the current manual; Svade).
 *
 * Before mret into S-mode: PMP entry 0 grants R W X on all of memory (with PMP implemented
 * and no entry matching, S-mode accesses would fail), mcounteren lets S-mode read cycle,
 * time and instret, nothing is delegated (medeleg = mideleg = 0: any trap goes to the
 * M-mode reporter in crt.S) and satp = MODE 8 (Sv39) | ASID 0 | PPN of the root table.
 */
#include "runtime.h"
#include "workload.h"

#define PTE_V (1UL << 0)
#define PTE_R (1UL << 1)
#define PTE_W (1UL << 2)
#define PTE_X (1UL << 3)
#define PTE_A (1UL << 6)
#define PTE_D (1UL << 7)

#define PAGE_SIZE 4096UL
#define MEGAPAGE_SIZE (2UL << 20)
#define GIGAPAGE_SIZE (1UL << 30)
#define PTES_PER_TABLE 512

#define SATP_MODE_SV39 (8UL << 60)
#define MSTATUS_MPP_MASK (3UL << 11)
#define MSTATUS_MPP_S (1UL << 11)
#define MSTATUS_MPRV (1UL << 17)
#define PMPCFG_R 0x01
#define PMPCFG_W 0x02
#define PMPCFG_X 0x04
#define PMPCFG_A_NAPOT 0x18

#define RAM_BASE 0x80000000UL
/* Leaf tables for data: each maps 2 MiB, so 4 of them cover the 8 MiB link.ld allows. */
#define DATA_L0_TABLES 4

typedef uint64_t pte_t;

/* In section .pagetables, after _end: not zeroed by crt.S and not mapped. */
#define PAGE_TABLE __attribute__((section(".pagetables"), aligned(PAGE_SIZE)))
static pte_t root_table[PTES_PER_TABLE] PAGE_TABLE;              /* level 2 */
static pte_t ram_table[PTES_PER_TABLE] PAGE_TABLE;               /* level 1, 0x80000000 + 1 GiB */
static pte_t data_tables[DATA_L0_TABLES][PTES_PER_TABLE] PAGE_TABLE; /* level 0 */

extern char __data_start[], _end[];

/* PTE fields: PPN in bits 53:10 (physical address bits 55:12), flags in bits 7:0. */
static pte_t make_pte(uint64_t pa, uint64_t flags)
{
    return ((pa >> 12) << 10) | flags;
}

/* The virtual page number for `level` (2, 1 or 0) of a Sv39 address: 9 bits each. */
static unsigned vpn(uint64_t va, int level)
{
    return (unsigned)(va >> (12 + 9 * level)) & 0x1FF;
}

static void build_page_tables(void)
{
    memset(root_table, 0, sizeof root_table);
    memset(ram_table, 0, sizeof ram_table);
    memset(data_tables, 0, sizeof data_tables);

    /* Device window: a gigapage leaf directly in the root table. */
    root_table[vpn(0, 2)] = make_pte(0, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D);

    /* RAM: the root points to a level-1 table (a pointer PTE has R = W = X = 0). */
    root_table[vpn(RAM_BASE, 2)] = make_pte((uint64_t)(uintptr_t)ram_table, PTE_V);

    /* Code: a megapage leaf in the level-1 table. */
    ram_table[vpn(RAM_BASE, 1)] = make_pte(RAM_BASE, PTE_V | PTE_R | PTE_X | PTE_A);

    /* Data: one 4 KiB leaf per page of [__data_start, _end). */
    uint64_t start = (uint64_t)(uintptr_t)__data_start;
    uint64_t end = (uint64_t)(uintptr_t)_end;
    for (uint64_t va = start; va < end; va += PAGE_SIZE) {
        unsigned table = (unsigned)((va - start) / MEGAPAGE_SIZE);
        pte_t *l0 = data_tables[table];
        ram_table[vpn(va, 1)] = make_pte((uint64_t)(uintptr_t)l0, PTE_V);
        l0[vpn(va, 0)] = make_pte(va, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D);
    }
}

/* Entered by mret, in S-mode with translation on; never returns. */
static void __attribute__((noreturn)) supervisor_main(void)
{
    uint64_t satp;
    __asm__ volatile("csrr %0, satp" : "=r"(satp));
    printf("bench-sv39: in S-mode, satp = 0x%lx\n", satp);
    exit(bench_run("S-mode, Sv39 paging (identity map: code 2 MiB page, data 4 KiB pages)"));
}

int main(void)
{
    uint64_t start = (uint64_t)(uintptr_t)__data_start;
    uint64_t end = (uint64_t)(uintptr_t)_end;
    if (start % MEGAPAGE_SIZE != 0 || end - start > DATA_L0_TABLES * MEGAPAGE_SIZE) {
        puts("bench-sv39: data region does not fit the page-table layout");
        return 1;
    }
    build_page_tables();

    /* PMP entry 0: NAPOT over the whole address space, R W X (Privileged spec, PMP). */
    __asm__ volatile("csrw pmpaddr0, %0" : : "r"(~0UL));
    __asm__ volatile("csrw pmpcfg0, %0" : : "r"((uint64_t)(PMPCFG_A_NAPOT | PMPCFG_R | PMPCFG_W | PMPCFG_X)));

    /* Counters readable from S-mode (CY, TM, IR); no trap delegation. */
    __asm__ volatile("csrw mcounteren, %0" : : "r"(7UL));
    __asm__ volatile("csrw medeleg, zero");
    __asm__ volatile("csrw mideleg, zero");

    /* Turn on Sv39; M-mode itself is never translated, so execution continues here. */
    uint64_t satp = SATP_MODE_SV39 | ((uint64_t)(uintptr_t)root_table >> 12);
    __asm__ volatile("csrw satp, %0\n\tsfence.vma" : : "r"(satp) : "memory");

    /* mret to supervisor_main in S-mode: MPP = S, MPRV = 0, fresh stack. */
    uint64_t mstatus;
    __asm__ volatile("csrr %0, mstatus" : "=r"(mstatus));
    mstatus = (mstatus & ~(MSTATUS_MPP_MASK | MSTATUS_MPRV)) | MSTATUS_MPP_S;
    __asm__ volatile("csrw mstatus, %0" : : "r"(mstatus));
    extern char __stack_top[];
    __asm__ volatile("csrw mepc, %0\n\t"
                     "mv sp, %1\n\t"
                     "mret"
                     :
                     : "r"(supervisor_main), "r"(__stack_top)
                     : "memory");
    __builtin_unreachable();
}
