/*
 * vm.c: the vmbench paging kernel (see vm.h): page tables, the switch to S-mode, the user
 * code page and the pointer-chasing lists.
 *
 * Page tables follow the Privileged spec, "Sv39" / "Sv48": 512 eight-byte PTEs per 4 KiB
 * table, VPN[i] = va bits 12+9i .. 20+9i, a PTE with R = W = X = 0 points to the next level,
 * any other valid PTE is a leaf (a 2 MiB or 1 GiB superpage when found above level 0, whose
 * PPN must then be aligned to the page size).  Every leaf has A set, and D set when it is
 * writable, so no access needs an A/D update (the same run with --ad-mode fault).
 */
#include "vm.h"

#define PTES_PER_TABLE 512
#define POOL_TABLES 32

#define SATP_MODE_SV39 8UL
#define SATP_MODE_SV48 9UL
#define MSTATUS_MPP_MASK (3UL << 11)
#define MSTATUS_MPP_S (1UL << 11)
#define MSTATUS_MPRV (1UL << 17)
#define PMPCFG_RWX_NAPOT 0x1fUL
#define EXC_ECALL_U 8

#define KERNEL_BASE 0x80000000UL

typedef uint64_t pte_t;

/* The page-table pool sits after _end (section .pagetables, see common/link.ld). */
static pte_t pool[POOL_TABLES][PTES_PER_TABLE]
    __attribute__((section(".pagetables"), aligned(PAGE_4K)));
static unsigned pool_used;
static pte_t *root;
static int levels;

extern char user_text_start[], user_text_end[], __stack_top[];
extern void s_trap(void);

static void __attribute__((noreturn)) fail(const char *what, uint64_t value)
{
    printf("vmbench: %s (0x%lx)\n", what, value);
    exit(3);
}

static pte_t *alloc_table(void)
{
    if (pool_used >= POOL_TABLES)
        fail("page-table pool exhausted", pool_used);
    pte_t *t = pool[pool_used++];
    for (unsigned i = 0; i < PTES_PER_TABLE; i++)
        t[i] = 0;
    return t;
}

int vm_levels(void)
{
    return levels;
}

void vm_map(uint64_t va, uint64_t pa, int level, uint64_t flags)
{
    uint64_t size = PAGE_4K << (9 * level);
    if (level < 0 || level >= levels || ((va | pa) & (size - 1)) != 0)
        fail("vm_map: bad level or misaligned page", va);
    pte_t *table = root;
    for (int l = levels - 1; l > level; l--) {
        pte_t *pte = &table[(va >> (12 + 9 * l)) & (PTES_PER_TABLE - 1)];
        if (!(*pte & PTE_V)) {
            pte_t *next = alloc_table();
            *pte = (((uint64_t)(uintptr_t)next >> 12) << 10) | PTE_V;
        } else if (*pte & (PTE_R | PTE_W | PTE_X)) {
            fail("vm_map: a superpage already covers", va);
        }
        table = (pte_t *)(uintptr_t)((*pte >> 10) << 12);
    }
    table[(va >> (12 + 9 * level)) & (PTES_PER_TABLE - 1)] =
        ((pa >> 12) << 10) | flags | PTE_V | PTE_A;
}

void vm_fence(void)
{
    __asm__ volatile("sfence.vma zero, zero" : : : "memory");
}

void vm_start(int nlevels, void (*kmain)(void))
{
    levels = nlevels;

    /* PMP entry 0: NAPOT over all addresses, R W X, so S and U may access memory. */
    __asm__ volatile("csrw pmpaddr0, %0" : : "r"(~0UL));
    __asm__ volatile("csrw pmpcfg0, %0" : : "r"(PMPCFG_RWX_NAPOT));
    counters_init();
    __asm__ volatile("csrw medeleg, %0" : : "r"(1UL << EXC_ECALL_U));
    __asm__ volatile("csrw mideleg, zero");

    /* The kernel: one supervisor gigapage, identity, over the first GiB of RAM. */
    root = alloc_table();
    vm_map(KERNEL_BASE, KERNEL_BASE, 2, PTE_R | PTE_W | PTE_X | PTE_D | PTE_G);

    uint64_t mode = levels == 4 ? SATP_MODE_SV48 : SATP_MODE_SV39;
    uint64_t satp = (mode << 60) | ((uint64_t)(uintptr_t)root >> 12);
    __asm__ volatile("csrw satp, %0\n\tsfence.vma" : : "r"(satp) : "memory");
    uint64_t back;
    __asm__ volatile("csrr %0, satp" : "=r"(back));
    if (back != satp)
        fail("satp did not accept the translation mode", back);

    uint64_t mstatus;
    __asm__ volatile("csrr %0, mstatus" : "=r"(mstatus));
    mstatus = (mstatus & ~(MSTATUS_MPP_MASK | MSTATUS_MPRV)) | MSTATUS_MPP_S;
    __asm__ volatile("csrw mstatus, %0" : : "r"(mstatus));
    __asm__ volatile("csrw mepc, %0\n\t"
                     "mv sp, %1\n\t"
                     "mret"
                     :
                     : "r"(kmain), "r"(__stack_top)
                     : "memory");
    __builtin_unreachable();
}

void vm_user_init(void)
{
    uint64_t start = (uint64_t)(uintptr_t)user_text_start;
    uint64_t end = (uint64_t)(uintptr_t)user_text_end;
    for (uint64_t pa = start; pa < end; pa += PAGE_4K)
        vm_map(UCODE_VA + (pa - start), pa, 0, PTE_U | PTE_R | PTE_X);
    __asm__ volatile("csrw scounteren, %0" : : "r"(COUNTEREN_USED));
    __asm__ volatile("csrw stvec, %0" : : "r"(s_trap));
    vm_fence();
}

uint64_t user_entry(void (*fn)(void))
{
    return UCODE_VA + ((uint64_t)(uintptr_t)fn - (uint64_t)(uintptr_t)user_text_start);
}

static uint64_t node_offset(unsigned j, uint64_t stride)
{
    return j * stride + (j * 64UL) % PAGE_4K;
}

uint64_t build_list(uint64_t va, uint64_t pa, unsigned n, uint64_t stride)
{
    for (unsigned j = 0; j < n; j++) {
        unsigned next = j + 1 == n ? 0 : j + 1;
        *(volatile uint64_t *)(uintptr_t)(pa + node_offset(j, stride)) =
            va + node_offset(next, stride);
    }
    return va;
}

/* Called by s_trap (vmasm.S) for any trap other than a U-mode ECALL. */
void s_trap_report(uint64_t scause, uint64_t sepc, uint64_t stval)
{
    printf("\nvmbench: unexpected supervisor trap: scause=0x%lx sepc=0x%lx stval=0x%lx\n",
           scause, sepc, stval);
    exit(EXIT_TRAP);
}
