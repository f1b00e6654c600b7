/*
 * vm.c: address spaces, demand paging, page replacement and swap.
 *
 * Page tables follow the Privileged spec, "Sv39": three levels of 512 PTEs, VPN[i] = va
 * bits 12+9i..20+9i.  Every address space shares the kernel's two global gigapages (devices
 * at 0, RAM at 0x80000000, both supervisor only); user memory lives in root slot 1.
 *
 * User pages start absent.  A fault brings the page in: from the program image, as zeros,
 * from swap, or (library, shared segment) by mapping a frame every process shares.  Private
 * pages live in the frame pool, whose size is set per run (frames=N); when it is full the
 * run's policy picks a victim.  A dirty victim (D set) is written to its swap slot and its
 * frame stays busy until the write completes; a clean one is dropped (its content is in the
 * image, is all zeros, or is still in its swap slot).
 *
 * The A and D bits: every page is mapped with A set, and D set if the fault was a store.
 * Later updates are made by the hardware (Svadu, menvcfg.ADUE) or, without it, by this
 * kernel on the page fault the hart raises (Svade): both paths leave the same bits in the
 * PTE.  Every PTE change is followed by SFENCE.VMA for that page and ASID.
 */
#include "kernel.h"
#include "user/uapi.h"

#define MAXFRAMES 256
#define WIRED_PAGES 32
#define PT_PAGES 160
#define MAXSLOTS 4096

/* Memory after the kernel image (section .vmpool, not loaded). */
static uint8_t frame_mem[MAXFRAMES][PAGE] __attribute__((section(".vmpool"), aligned(4096)));
static uint8_t wired_mem[WIRED_PAGES][PAGE] __attribute__((section(".vmpool"), aligned(4096)));
static pte_t pt_mem[PT_PAGES][512] __attribute__((section(".vmpool"), aligned(4096)));
static uint8_t lib_mem[LIB_PAGES][PAGE] __attribute__((section(".vmpool"), aligned(4096)));
static uint8_t shm_mem[PAGE] __attribute__((section(".vmpool"), aligned(4096)));
pte_t kernel_root_l2[512] __attribute__((section(".vmpool"), aligned(4096)));

enum fstate { F_FREE, F_USED, F_READING, F_WRITING };
static struct frame {
    struct proc *owner;
    uint64_t va;
    int state;
    int64_t slot;   /* swap slot holding a copy of the page, or -1 */
    uint64_t seq;   /* when the page was brought in (FIFO) */
    unsigned age;   /* aging counter */
    uint64_t bits;  /* READING: the PTE flags to map it with */
} frames[MAXFRAMES];
static int nframes, policy;
static unsigned hand;
static uint64_t seq;

static int pt_free[PT_PAGES], pt_nfree;
static int wired_free[WIRED_PAGES], wired_nfree;
static uint8_t slot_used[MAXSLOTS];
static uint64_t nslots;

extern char uimage_start[], uimage_end[];
static const struct uimage_header *uhdr;

const char *const policy_names[POL_N] = {"fifo", "clock", "aging", "random"};

static uint64_t pa_of(const void *p) { return (uint64_t)(uintptr_t)p; }
static pte_t leaf(uint64_t pa, uint64_t flags) { return (pa >> 12) << 10 | flags | PTE_V; }
static uint64_t pte_pa(pte_t pte) { return (pte >> 10) << 12; }

static uint32_t crc_entry(uint32_t c)
{
    for (int k = 0; k < 8; k++)
        c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    return c;
}

void vm_init(void)
{
    uhdr = (const struct uimage_header *)uimage_start;
    if (uhdr->magic != UIMAGE_MAGIC)
        panic("bad user image header");
    /* Kernel mappings shared by every address space: identity gigapages, global. */
    kernel_root_l2[0] = leaf(0, PTE_R | PTE_W | PTE_A | PTE_D | PTE_G);
    kernel_root_l2[2] = leaf(RAM_BASE, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D | PTE_G);
    /* The shared library: page 0 holds the CRC-32 table (256 words) and a banner, page 1
     * the squares of 0..511. */
    uint32_t *crc = (uint32_t *)lib_mem[0];
    for (uint32_t i = 0; i < 256; i++)
        crc[i] = crc_entry(i);
    memcpy(lib_mem[0] + 1024, "vmos shared library", 20);
    uint64_t *sq = (uint64_t *)lib_mem[1];
    for (uint64_t i = 0; i < 512; i++)
        sq[i] = i * i;
    nslots = disk_sectors() / 8;
    if (nslots > MAXSLOTS)
        nslots = MAXSLOTS;
    csr_write(satp, SATP_SV39 | pa_of(kernel_root_l2) >> 12);
    __asm__ volatile("sfence.vma" ::: "memory");
}

uint64_t vm_swap_slots(void) { return nslots; }

void vm_reset(int n, int pol)
{
    if (n < 1)
        n = 1;
    if (n > MAXFRAMES)
        n = MAXFRAMES;
    nframes = n;
    policy = pol;
    hand = 0;
    seq = 0;
    for (int i = 0; i < MAXFRAMES; i++)
        frames[i] = (struct frame){0, 0, F_FREE, -1, 0, 0, 0};
    pt_nfree = 0;
    for (int i = PT_PAGES - 1; i >= 0; i--)
        pt_free[pt_nfree++] = i;
    wired_nfree = 0;
    for (int i = WIRED_PAGES - 1; i >= 0; i--)
        wired_free[wired_nfree++] = i;
    for (uint64_t i = 0; i < nslots; i++)
        slot_used[i] = 0;
    page_zero(pa_of(shm_mem));
}

static pte_t *pt_alloc(void)
{
    if (pt_nfree == 0)
        panic("out of page tables");
    pte_t *t = pt_mem[pt_free[--pt_nfree]];
    page_zero(pa_of(t));
    return t;
}

static void pt_release(pte_t *t) { pt_free[pt_nfree++] = (int)((t - pt_mem[0]) / 512); }

pte_t *vm_new_root(void)
{
    pte_t *root = pt_alloc();
    root[0] = kernel_root_l2[0];
    root[2] = kernel_root_l2[2];
    return root;
}

/* The level-0 PTE of va, allocating tables on the way if `alloc`; 0 if absent. */
static pte_t *walk(pte_t *root, uint64_t va, int alloc)
{
    pte_t *t = root;
    for (int level = 2; level > 0; level--) {
        pte_t *e = &t[(va >> (12 + 9 * level)) & 511];
        if (!(*e & PTE_V)) {
            if (!alloc)
                return 0;
            *e = leaf(pa_of(pt_alloc()), 0);
        }
        t = (pte_t *)(uintptr_t)pte_pa(*e);
    }
    return &t[(va >> 12) & 511];
}

static struct vma *find_vma(struct proc *p, uint64_t va)
{
    for (int i = 0; i < p->nvma; i++)
        if (va >= p->vma[i].start && va < p->vma[i].end)
            return &p->vma[i];
    return 0;
}

/* Fills a private page: its bytes of the program image, zeros elsewhere. */
static void fill_page(uint64_t pa, uint64_t va)
{
    uint64_t img_pages = (uint64_t)(uimage_end - uimage_start + PAGE - 1) / PAGE;
    if (va >= U_IMAGE && (va - U_IMAGE) / PAGE < img_pages)
        page_copy(pa, uimage_start + (va - U_IMAGE), PAGE); /* zero-padded to a page */
    else
        page_zero(pa);
}

static int frame_index(uint64_t pa)
{
    uint64_t base = pa_of(frame_mem[0]);
    if (pa < base || pa >= base + MAXFRAMES * PAGE)
        return -1;
    return (int)((pa - base) / PAGE);
}

static int64_t slot_alloc(void)
{
    for (uint64_t i = 0; i < nslots; i++)
        if (!slot_used[i]) {
            slot_used[i] = 1;
            return (int64_t)i;
        }
    return -1;
}

static pte_t *frame_pte(struct frame *f) { return walk(f->owner->root, f->va, 0); }

/* ---- replacement policies: each returns a USED frame, or -1 if none is. ---- */

static int pick_fifo(void)
{
    int best = -1;
    for (int i = 0; i < nframes; i++)
        if (frames[i].state == F_USED && (best < 0 || frames[i].seq < frames[best].seq))
            best = i;
    return best;
}

/* Second chance: the hand clears A bits until it finds a page whose A is clear. */
static int pick_clock(void)
{
    /* Self-check: remember which candidates had A clear before the hand moved. */
    static uint8_t was_set[MAXFRAMES];
    int any_clear = 0, any = 0;
    for (int i = 0; i < nframes; i++) {
        if (frames[i].state != F_USED)
            continue;
        any = 1;
        was_set[i] = (*frame_pte(&frames[i]) & PTE_A) != 0;
        any_clear |= !was_set[i];
    }
    if (!any)
        return -1;
    for (;;) {
        int i = (int)hand;
        hand = (hand + 1) % (unsigned)nframes;
        if (frames[i].state != F_USED)
            continue;
        pte_t *pte = frame_pte(&frames[i]);
        if (*pte & PTE_A) {
            *pte &= ~PTE_A;
            sfence_page(frames[i].va, (uint64_t)frames[i].owner->pid);
            continue;
        }
        if (was_set[i] && any_clear) {
            run.clock_violations++;
            printf("vmos: clock self-check: evicted frame %d with A set\n", i);
        }
        return i;
    }
}

static int pick_aging(void)
{
    int best = -1;
    unsigned best_key = 0;
    for (int i = 0; i < nframes; i++) {
        if (frames[i].state != F_USED)
            continue;
        unsigned a = (*frame_pte(&frames[i]) & PTE_A) ? 0x100 : 0;
        unsigned key = a | frames[i].age;
        if (best < 0 || key < best_key || (key == best_key && frames[i].seq < frames[best].seq)) {
            best = i;
            best_key = key;
        }
    }
    return best;
}

static int pick_random(void)
{
    int n = 0;
    for (int i = 0; i < nframes; i++)
        n += frames[i].state == F_USED;
    if (n == 0)
        return -1;
    int k = (int)(rand_next() % (uint64_t)n);
    for (int i = 0; i < nframes; i++)
        if (frames[i].state == F_USED && k-- == 0)
            return i;
    return -1;
}

/* Timer tick: aging shifts each counter right and ORs in the A bit, which it clears. */
void vm_tick(void)
{
    if (policy != POL_AGING)
        return;
    for (int i = 0; i < nframes; i++) {
        struct frame *f = &frames[i];
        if (f->state != F_USED)
            continue;
        pte_t *pte = frame_pte(f);
        f->age >>= 1;
        if (*pte & PTE_A) {
            f->age |= 0x80;
            *pte &= ~PTE_A;
            sfence_page(f->va, (uint64_t)f->owner->pid);
        }
    }
}

/*
 * A free frame for a new page, evicting one if needed.  Returns -1 when the caller must wait
 * for an I/O to complete (the victim was dirty and is being written, or every frame is
 * busy with I/O).
 */
static int frame_get(void)
{
    for (int i = 0; i < nframes; i++)
        if (frames[i].state == F_FREE)
            return i;
    int v = policy == POL_FIFO    ? pick_fifo()
            : policy == POL_CLOCK ? pick_clock()
            : policy == POL_AGING ? pick_aging()
                                  : pick_random();
    if (v < 0)
        return -1;
    struct frame *f = &frames[v];
    struct proc *q = f->owner;
    pte_t *pte = frame_pte(f);
    pte_t old = *pte;
    if (trace_vm)
        printf("vmos: trace evict pid %d page 0x%lx frame %d%s\n", q->pid, f->va, v,
               old & PTE_D ? " dirty" : "");
    if (old & PTE_D) {
        if (f->slot < 0)
            f->slot = slot_alloc();
        if (f->slot < 0)
            panic("swap full (%lu slots)", nslots);
        *pte = PTE_SEEN | PTE_SWAPPED | PTE_WRITING | (uint64_t)f->slot << 10;
        sfence_page(f->va, (uint64_t)q->pid);
        f->state = F_WRITING;
        q->swapouts++;
        run.swapouts++;
        disk_submit(1, (uint64_t)f->slot * 8, pa_of(frame_mem[v]), v);
        return -1;
    }
    *pte = f->slot >= 0 ? PTE_SEEN | PTE_SWAPPED | (uint64_t)f->slot << 10 : PTE_SEEN;
    sfence_page(f->va, (uint64_t)q->pid);
    f->state = F_FREE;
    f->owner = 0;
    return v;
}

int trace_vm;

static void count_fault(struct proc *p, int first, uint64_t va, const char *how)
{
    if (trace_vm)
        printf("vmos: trace pid %d page-in 0x%lx (%s)%s\n", p->pid, va, how,
               p->marked ? " after mark" : "");
    p->faults++;
    run.faults++;
    if (first) {
        p->distinct++;
        run.distinct++;
    }
    if (p->marked) {
        p->mark_faults++;
        run.steady_faults++;
    }
}

static void map_frame(struct proc *p, int i, uint64_t va, uint64_t bits, int64_t slot)
{
    struct frame *f = &frames[i];
    f->owner = p;
    f->va = va;
    f->state = F_USED;
    f->slot = slot;
    f->seq = seq++;
    f->age = 0;
    *walk(p->root, va, 0) = leaf(pa_of(frame_mem[i]), bits | PTE_SEEN);
    sfence_page(va, (uint64_t)p->pid);
}

void vm_io_done(int i)
{
    struct frame *f = &frames[i];
    if (f->state == F_WRITING) {
        struct proc *q = f->owner;
        if (q && q->state != P_DONE) {
            pte_t *pte = frame_pte(f);
            *pte &= ~PTE_WRITING;
        }
        f->state = F_FREE;
        f->owner = 0;
        wake_io();
    } else if (f->state == F_READING) {
        struct proc *p = f->owner;
        if (!p || p->state == P_DONE) {
            f->state = F_FREE;
            f->owner = 0;
            wake_io();
            return;
        }
        map_frame(p, i, f->va, f->bits, f->slot);
        count_fault(p, 0, f->va, "swap");
        wake_proc(p);
    }
}

void vm_fault(struct proc *p, uint64_t scause, uint64_t va)
{
    uint64_t need = scause == EXC_FETCH_PAGE_FAULT  ? PTE_X
                    : scause == EXC_LOAD_PAGE_FAULT ? PTE_R
                                                    : PTE_W;
    uint64_t page = va & ~(PAGE - 1);
    struct vma *v = find_vma(p, va);
    if (!v) {
        proc_kill(p, scause == EXC_FETCH_PAGE_FAULT   ? "instruction fetch from unmapped address 0x%lx"
                     : scause == EXC_LOAD_PAGE_FAULT ? "load from unmapped address 0x%lx"
                                                     : "store to unmapped address 0x%lx",
                  va);
        return;
    }
    if (!(v->prot & need)) {
        proc_kill(p, need == PTE_W   ? "store to read-only page 0x%lx"
                     : need == PTE_X ? "instruction fetch from non-executable page 0x%lx"
                                     : "load from unreadable page 0x%lx",
                  page);
        return;
    }
    pte_t *pte = walk(p->root, va, 1);
    pte_t old = *pte;
    uint64_t bits = PTE_U | v->prot | PTE_A | (need == PTE_W ? PTE_D : 0);

    if (old & PTE_V) {
        /* Present: the hart wants A (or D) set (Svade), or the TLB held an older PTE. */
        pte_t upd = old | PTE_A | (need == PTE_W ? PTE_D : 0);
        if (upd != old) {
            *pte = upd;
            p->adfaults++;
            run.adfaults++;
        }
        sfence_page(page, (uint64_t)p->pid);
        return;
    }
    if (old & PTE_WRITING) { /* our page is still being written to swap */
        sleep_io(p);
        return;
    }
    if (v->kind == VMA_LIB || v->kind == VMA_SHM) {
        uint64_t pa = v->kind == VMA_LIB ? pa_of(lib_mem[(page - U_LIB) / PAGE]) : pa_of(shm_mem);
        *pte = leaf(pa, PTE_U | v->prot | PTE_A | PTE_D | PTE_SEEN);
        sfence_page(page, (uint64_t)p->pid);
        p->minor++;
        run.minor++;
        return;
    }
    if (v->wired) {
        if (wired_nfree == 0)
            panic("out of wired pages");
        uint64_t pa = pa_of(wired_mem[wired_free[--wired_nfree]]);
        fill_page(pa, page);
        *pte = leaf(pa, bits | PTE_SEEN);
        sfence_page(page, (uint64_t)p->pid);
        p->minor++;
        run.minor++;
        return;
    }
    int i = frame_get();
    if (i < 0) {
        sleep_io(p);
        return;
    }
    if (old & PTE_SWAPPED) {
        struct frame *f = &frames[i];
        f->owner = p;
        f->va = page;
        f->state = F_READING;
        f->slot = (int64_t)PTE_SLOT(old);
        f->bits = bits;
        p->swapins++;
        run.swapins++;
        disk_submit(0, (uint64_t)f->slot * 8, pa_of(frame_mem[i]), i);
        p->state = P_WAIT_PAGE; /* until this read completes (vm_io_done) */
        return;
    }
    fill_page(pa_of(frame_mem[i]), page);
    map_frame(p, i, page, bits, -1);
    count_fault(p, !(old & PTE_SEEN), page, old & PTE_SEEN ? "again" : "new");
}

int vm_mprotect(struct proc *p, uint64_t va, uint64_t len, uint64_t prot)
{
    if (va & (PAGE - 1))
        return -1;
    uint64_t end = (va + len + PAGE - 1) & ~(PAGE - 1);
    /* Split the areas that cross va or end, then set prot on those inside. */
    for (int k = 0; k < 2; k++) {
        uint64_t cut = k == 0 ? va : end;
        for (int i = 0; i < p->nvma; i++) {
            struct vma *v = &p->vma[i];
            if (cut > v->start && cut < v->end) {
                if (p->nvma >= MAXVMA || v->kind == VMA_LIB || v->kind == VMA_SHM)
                    return -1;
                p->vma[p->nvma] = *v;
                p->vma[p->nvma].start = cut;
                v->end = cut;
                p->nvma++;
            }
        }
    }
    for (int i = 0; i < p->nvma; i++) {
        struct vma *v = &p->vma[i];
        if (v->start >= va && v->end <= end && v->kind != VMA_LIB)
            v->prot = prot;
    }
    for (uint64_t a = va; a < end; a += PAGE) {
        pte_t *pte = walk(p->root, a, 0);
        if (pte && (*pte & PTE_V)) {
            *pte = (*pte & ~(PTE_R | PTE_W | PTE_X)) | prot;
            sfence_page(a, (uint64_t)p->pid);
        }
    }
    return 0;
}

/* Frees everything an address space holds: frames, swap slots, wired pages, tables. */
void vm_free_space(struct proc *p)
{
    pte_t *root = p->root;
    if (!root)
        return;
    for (int i = 0; i < nframes; i++)
        if (frames[i].owner == p) {
            if (frames[i].state == F_USED) {
                frames[i].state = F_FREE;
                frames[i].owner = 0;
            } else {
                frames[i].owner = 0; /* in flight: freed when the I/O completes */
            }
        }
    pte_t *l1 = (root[1] & PTE_V) ? (pte_t *)(uintptr_t)pte_pa(root[1]) : 0;
    for (int j = 0; l1 && j < 512; j++) {
        if (!(l1[j] & PTE_V))
            continue;
        pte_t *l0 = (pte_t *)(uintptr_t)pte_pa(l1[j]);
        for (int k = 0; k < 512; k++) {
            pte_t e = l0[k];
            if (e & PTE_V) {
                uint64_t pa = pte_pa(e);
                uint64_t wb = pa_of(wired_mem[0]);
                if (pa >= wb && pa < wb + WIRED_PAGES * PAGE)
                    wired_free[wired_nfree++] = (int)((pa - wb) / PAGE);
                int fi = frame_index(pa);
                if (fi >= 0 && frames[fi].slot >= 0)
                    slot_used[frames[fi].slot] = 0;
            } else if ((e & PTE_SWAPPED) && !(e & PTE_WRITING)) {
                slot_used[PTE_SLOT(e)] = 0;
            }
        }
        pt_release(l0);
    }
    if (l1)
        pt_release(l1);
    pt_release(root);
    p->root = 0;
    __asm__ volatile("sfence.vma zero, %0" ::"r"((uint64_t)p->pid) : "memory");
}
