/*
 * kernel.h: what the parts of vmos share.
 *
 * vmos is satp's small paging-and-swapping kernel (see README.md).  It starts in M-mode
 * (start.S, machine.c), drops to S-mode under Sv39 and runs user processes in U-mode, each
 * with its own page table and ASID.  User pages are brought in on demand into a fixed number
 * of frames; when none is free a replacement policy picks a victim, and dirty victims go to
 * a swap area on a virtio-blk disk.
 *
 * Privileged spec references: "Supervisor-Level ISA" (sstatus, stvec, scause, satp, Sv39),
 * "Machine-Level ISA" (medeleg/mideleg, mcounteren, menvcfg, PMP), the Sstc and Svadu
 * extensions.  Device references: virtio 1.2 sections 2.7, 4.2 and 5.2; the devicetree
 * specification, chapter 5 (flattened blob format).
 */
#ifndef SATP_VMOS_KERNEL_H
#define SATP_VMOS_KERNEL_H

#include "runtime.h"

/* ---- the virt machine (QEMU's map, which satp copies) ---- */
#define RAM_BASE 0x80000000UL
#define UART_BASE 0x10000000UL
#define PLIC_BASE 0xc000000UL
#define VIRTIO_BASE 0x10001000UL
#define VIRTIO_STRIDE 0x1000UL
#define VIRTIO_SLOTS 8
#define PLIC_CTX_S0 1 /* hart 0, S-mode */

/* ---- CSR helpers ---- */
#include "csr.h" /* common/: csr_read, csr_write, csr_set, csr_clear */

static inline void fence(void) { __asm__ volatile("fence rw, rw" ::: "memory"); }
static inline uint32_t mmio_read32(uint64_t a) { return *(volatile uint32_t *)a; }
static inline void mmio_write32(uint64_t a, uint32_t v) { *(volatile uint32_t *)a = v; }
static inline uint64_t rdtime(void)
{
    uint64_t v;
    __asm__ volatile("rdtime %0" : "=r"(v));
    return v;
}

#define SSTATUS_SIE (1UL << 1)
#define SSTATUS_SPIE (1UL << 5)
#define SSTATUS_SPP (1UL << 8)
#define SIE_STIE (1UL << 5)
#define SIE_SEIE (1UL << 9)
#define CAUSE_INTERRUPT (1UL << 63)
#define IRQ_S_TIMER 5
#define IRQ_S_EXT 9
#define EXC_ECALL_U 8
#define EXC_FETCH_PAGE_FAULT 12
#define EXC_LOAD_PAGE_FAULT 13
#define EXC_STORE_PAGE_FAULT 15
#define CSR_STIMECMP 0x14d

/* ---- Sv39 ---- */
#define PAGE 4096UL
#define PTE_V (1UL << 0)
#define PTE_R (1UL << 1)
#define PTE_W (1UL << 2)
#define PTE_X (1UL << 3)
#define PTE_U (1UL << 4)
#define PTE_G (1UL << 5)
#define PTE_A (1UL << 6)
#define PTE_D (1UL << 7)
/* A PTE with V = 0 is ignored by the hardware; vmos keeps in it whether the page has been
 * paged in before (SEEN), whether its content is in swap (SWAPPED, slot in bits 10 and up)
 * and whether that swap copy is still being written (WRITING). */
#define PTE_SEEN (1UL << 8)
#define PTE_SWAPPED (1UL << 1)
#define PTE_WRITING (1UL << 2)
#define PTE_SLOT(pte) ((pte) >> 10)
typedef uint64_t pte_t;

#define SATP_SV39 (8UL << 60)

/* ---- user address space (root-table slot 1: 0x40000000 .. 0x7fffffff) ---- */
#define U_IMAGE 0x40000000UL  /* the user image: header, text, rodata, data, bss */
#define U_HEAP 0x50000000UL   /* zero-filled heap of each process (heap_pages pages) */
#define U_LIB 0x60000000UL    /* the shared read-only library */
#define U_SHM 0x68000000UL    /* the shared read-write segment */
#define U_STACK_TOP 0x7fff0000UL
#define U_STACK_PAGES 8
#define LIB_PAGES 2

/* ---- hpm counters (programmed in machine.c) ---- */
enum hpm { HPM_PF, HPM_ITLB, HPM_DTLB, HPM_WALKS, HPM_WALKCYC, HPM_PFCYC, HPM_N };
struct counters {
    uint64_t cycles, instret;
    uint64_t hpm[HPM_N];
};
void counters_read(struct counters *c);

/* ---- boot configuration (bootargs) ---- */
enum policy { POL_FIFO, POL_CLOCK, POL_AGING, POL_RANDOM, POL_N };
extern const char *const policy_names[POL_N];

/* ---- processes ---- */
#define MAXPROC 8
#define MAXVMA 12
#define LINEBUF 128

enum vma_kind { VMA_IMAGE, VMA_ZERO, VMA_LIB, VMA_SHM };
struct vma {
    uint64_t start, end; /* page aligned */
    uint64_t prot;       /* PTE_R | PTE_W | PTE_X */
    int kind;
    int wired;           /* pages come from the wired pool, never evicted */
};

/* P_WAIT_IO: retries its fault after any I/O completes; P_WAIT_PAGE: its page is being
 * read from swap. */
enum pstate { P_FREE, P_READY, P_WAIT_IO, P_WAIT_PAGE, P_DONE };

struct trapframe {
    uint64_t regs[32]; /* x0..x31 (x0 unused) */
    uint64_t sepc;
};

struct proc {
    struct trapframe tf; /* first: the trap entry saves registers here */
    int pid;
    int state;
    int prog;
    const char *name;
    pte_t *root;
    struct vma vma[MAXVMA];
    int nvma;
    int exit_status;
    int killed;
    /* statistics of this process */
    uint64_t faults, distinct, minor, adfaults, swapins, swapouts, mark_faults;
    int marked;
    char line[LINEBUF];
    int linelen;
};

extern struct proc procs[MAXPROC];
extern struct proc *current;

/* ---- the run being measured ---- */
struct run {
    const char *workload;
    int frames;
    int policy;
    /* totals over the run */
    uint64_t faults, distinct, minor, adfaults, swapins, swapouts, kills, clock_violations;
    uint64_t steady_faults; /* faults after the processes called mark() */
};
extern struct run run;
extern int quiet_user;   /* drop user output (demo tables) */
extern uint64_t time_slice;
extern int ad_hardware;  /* menvcfg.ADUE is set */
extern int trace_vm;     /* print every page-in and eviction */

/* vm.c */
void vm_init(void);
void vm_reset(int frames, int policy);
pte_t *vm_new_root(void);
void vm_free_space(struct proc *p);
void vm_fault(struct proc *p, uint64_t scause, uint64_t va);
void vm_tick(void);
int vm_mprotect(struct proc *p, uint64_t va, uint64_t len, uint64_t prot);
void vm_io_done(int req);
uint64_t vm_swap_slots(void);
extern uint64_t kernel_root_l2[];

/* disk.c */
int disk_init(void);
uint64_t disk_sectors(void);
int disk_submit(int write, uint64_t sector, uint64_t pa, int tag);
int disk_busy(void);
void disk_irq(void);

/* proc.c */
void proc_reset(void);
struct proc *proc_spawn(int prog, const char *name, uint64_t heap_pages, uint64_t a1,
                        uint64_t a2, int shm, int wired);
void proc_kill(struct proc *p, const char *fmt, uint64_t va);
void sleep_io(struct proc *p);
void wake_io(void);
void wake_proc(struct proc *p);
void run_processes(void);
void user_return(struct trapframe *tf) __attribute__((noreturn));
void panic(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
uint64_t rand_next(void);

/* main.c */
extern uint16_t ref_string[64];
extern int ref_count;

/* setjmp-style switch between the run loop and the trap handler (start.S) */
struct kctx {
    uint64_t ra, sp, s[12];
};
int ctx_save(struct kctx *c) __attribute__((returns_twice));
void ctx_restore(struct kctx *c) __attribute__((noreturn));

void page_zero(uint64_t pa);
void page_copy(uint64_t dst, const void *src, uint64_t n);

static inline void sfence_page(uint64_t va, uint64_t asid)
{
    __asm__ volatile("sfence.vma %0, %1" ::"r"(va), "r"(asid) : "memory");
}

#endif
