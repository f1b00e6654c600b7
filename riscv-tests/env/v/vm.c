/*
 * v env, S-mode kernel: Sv39 page tables and the demand pager (our own,
 * written from the RISC-V privileged specification, "Sv39: Page-Based
 * 39-bit Virtual-Memory System" and "Virtual Address Translation Process").
 * See env/v/riscv_test.h for the design; entry points are in entry.S.
 *
 * Built freestanding (no libc): -ffreestanding -nostdlib -mcmodel=medany,
 * -ffunction-sections -fdata-sections so that every kernel function and
 * variable lands in a .text.* / .bss.* section that env/v/link.ld keeps at
 * its physical address, apart from the test's own .text/.data.
 * The code never touches gp or tp (the test number lives in gp).
 */

typedef unsigned long u64;

#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PTES_PER_TABLE 512

/* PTE bits (privileged spec, Sv32/Sv39 PTE format) */
#define PTE_V (1UL << 0)
#define PTE_R (1UL << 1)
#define PTE_W (1UL << 2)
#define PTE_X (1UL << 3)
#define PTE_U (1UL << 4)
#define PTE_G (1UL << 5)
#define PTE_A (1UL << 6)
#define PTE_D (1UL << 7)
#define PTE_PPN_SHIFT 10

#define SATP_MODE_SV39 (8UL << 60)
#define SATP_ASID_SHIFT 44
#define USER_ASID 1UL

#define RAM_BASE 0x80000000UL

#define CAUSE_FETCH_PAGE_FAULT 12
#define CAUSE_LOAD_PAGE_FAULT 13
#define CAUSE_STORE_PAGE_FAULT 15

/* Page-table pages: the root, the user image's level-1 table(s) and its
 * level-0 tables.  A test image is a few pages long; 8 tables cover an
 * image of up to 12 MiB in any alignment. */
#define POOL_TABLES 8

/* From entry.S: entry VA, user VA start, user VA end, user PA start. */
extern const u64 satp_v_layout[4];

static u64 pool[POOL_TABLES][PTES_PER_TABLE] __attribute__((aligned(PAGE_SIZE)));
static unsigned pool_used;
static u64 *root;

/* Results of satp_v_page_fault other than 0 (= retry): all end the test
 * with the env's "unexpected trap" code. */
enum {
    FAULT_OK = 0,
    FAULT_CAUSE,        /* not a page fault (not delegated, cannot happen) */
    FAULT_OUTSIDE,      /* address outside the user image */
    FAULT_NO_TABLE,     /* table pool exhausted */
    FAULT_BAD_PATH,     /* a superpage leaf on the way (cannot happen) */
    FAULT_UNEXPLAINED,  /* the page is mapped with A (and D) set already */
};

static u64 vpn(u64 va, int level)
{
    return (va >> (PAGE_SHIFT + 9 * level)) & (PTES_PER_TABLE - 1);
}

static u64 pte_for(u64 pa, u64 flags)
{
    return ((pa >> PAGE_SHIFT) << PTE_PPN_SHIFT) | flags;
}

static u64 *table_of(u64 pte)
{
    return (u64 *)((pte >> PTE_PPN_SHIFT) << PAGE_SHIFT);
}

static u64 *alloc_table(void)
{
    if (pool_used == POOL_TABLES)
        return 0;
    volatile u64 *t = pool[pool_used++];
    for (int i = 0; i < PTES_PER_TABLE; i++)
        t[i] = 0;
    return (u64 *)t;
}

/* The table that *pte points to, creating it (non-leaf: V only; the spec
 * reserves D, A and U in non-leaf PTEs) when *pte is invalid. */
static u64 *next_table(u64 *pte)
{
    if (!(*pte & PTE_V)) {
        u64 *t = alloc_table();
        if (!t)
            return 0;
        *pte = pte_for((u64)t, PTE_V);
    } else if (*pte & (PTE_R | PTE_W | PTE_X)) {
        return 0;
    }
    return table_of(*pte);
}

/* Called in S-mode with satp = 0 (physical = kernel virtual addresses
 * after the switch, thanks to the identity leaf).  Returns satp. */
u64 satp_v_init(void)
{
    pool_used = 0;
    root = alloc_table();
    /* The kernel (and tohost, and the tables): one global 1 GiB identity
     * leaf over RAM, supervisor-only, A and D preset. */
    root[vpn(RAM_BASE, 2)] = pte_for(RAM_BASE, PTE_V | PTE_R | PTE_W | PTE_X |
                                               PTE_G | PTE_A | PTE_D);
    return SATP_MODE_SV39 | (USER_ASID << SATP_ASID_SHIFT) |
           ((u64)root >> PAGE_SHIFT);
}

/* Page fault from U at `va` (stval).  Maps the page, or sets A/D (Svade),
 * and returns 0 so that sret retries the access. */
long satp_v_page_fault(u64 cause, u64 va, u64 epc)
{
    (void)epc;
    if (cause != CAUSE_FETCH_PAGE_FAULT && cause != CAUSE_LOAD_PAGE_FAULT &&
        cause != CAUSE_STORE_PAGE_FAULT)
        return FAULT_CAUSE;
    u64 user_va = satp_v_layout[1];
    u64 user_end = satp_v_layout[2];
    u64 user_pa = satp_v_layout[3];
    if (va < user_va || va >= user_end)
        return FAULT_OUTSIDE;

    u64 *l1 = next_table(&root[vpn(va, 2)]);
    if (!l1)
        return FAULT_NO_TABLE;
    u64 *l0 = next_table(&l1[vpn(va, 1)]);
    if (!l0)
        return FAULT_NO_TABLE;
    u64 *leaf = &l0[vpn(va, 0)];
    if (!(*leaf & PTE_V)) {
        /* Demand paging: the page at the same offset in the loaded image,
         * user RWX (fence_i patches its own code), A and D clear: the
         * first access sets A, the first store D (or, under Svade, faults
         * again and lands in the branch below). */
        u64 pa = user_pa + ((va & ~(PAGE_SIZE - 1)) - user_va);
        *leaf = pte_for(pa, PTE_V | PTE_R | PTE_W | PTE_X | PTE_U);
    } else {
        /* Svade (privileged spec, "Svade"): the access faulted because A,
         * or D for a store, is clear. */
        u64 want = PTE_A | (cause == CAUSE_STORE_PAGE_FAULT ? PTE_D : 0);
        if ((*leaf & want) == want)
            return FAULT_UNEXPLAINED;
        *leaf |= want;
    }
    /* Order the PTE store before the retried access's implicit reads
     * (privileged spec, SFENCE.VMA: rs1 = the page, rs2 = our ASID). */
    __asm__ volatile("sfence.vma %0, %1" : : "r"(va), "r"(USER_ASID) : "memory");
    return FAULT_OK;
}
