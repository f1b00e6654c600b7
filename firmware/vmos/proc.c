/*
 * proc.c: processes, the round-robin scheduler, trap dispatch and system calls.
 *
 * The kernel runs with interrupts off (sstatus.SIE = 0) on one trap stack: each trap from
 * U-mode enters ktrap() afresh, which handles it completely and returns to some process
 * (user_return).  A process that must wait (for a page being read from swap, or for a
 * frame while a dirty victim is written) is marked waiting and another process runs; when
 * no process can run, the kernel waits in WFI and polls the pending interrupts itself.
 * U-mode always takes S-mode interrupts, so the timer (Sstc: stimecmp) preempts processes
 * every time_slice ticks of mtime.
 */
#include "kernel.h"
#include "user/uapi.h"

struct proc procs[MAXPROC];
struct proc *current;
static int next_pid;
static struct kctx run_ctx;
uint64_t time_slice = 2000;
int quiet_user;
static uint64_t rng = 0x9e3779b97f4a7c15UL;

extern char uimage_start[];
extern void strap(void);

uint64_t rand_next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

void panic(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("vmos: panic: ");
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
    exit(3);
}

void kernel_trap(uint64_t scause, uint64_t sepc, uint64_t stval)
{
    panic("trap in the kernel: scause=0x%lx sepc=0x%lx stval=0x%lx", scause, sepc, stval);
}

void proc_reset(void)
{
    for (int i = 0; i < MAXPROC; i++)
        procs[i].state = P_FREE;
    next_pid = 1;
    current = 0;
    rng = 0x9e3779b97f4a7c15UL;
}

static void add_vma(struct proc *p, uint64_t start, uint64_t end, uint64_t prot, int kind,
                    int wired)
{
    p->vma[p->nvma++] = (struct vma){start, end, prot, kind, wired};
}

struct proc *proc_spawn(int prog, const char *name, uint64_t heap_pages, uint64_t a1,
                        uint64_t a2, int shm, int wired)
{
    struct proc *p = 0;
    for (int i = 0; i < MAXPROC; i++)
        if (procs[i].state == P_FREE) {
            p = &procs[i];
            break;
        }
    if (!p)
        panic("too many processes");
    memset(p, 0, sizeof *p);
    p->pid = next_pid++;
    p->prog = prog;
    p->name = name;
    p->root = vm_new_root();
    /* A new address space may reuse the ASID of an earlier run's process. */
    __asm__ volatile("sfence.vma zero, %0" ::"r"((uint64_t)p->pid) : "memory");
    const struct uimage_header *h = (const struct uimage_header *)uimage_start;
    add_vma(p, U_IMAGE, U_IMAGE + h->text_end, PTE_R | PTE_X, VMA_IMAGE, wired);
    add_vma(p, U_IMAGE + h->text_end, U_IMAGE + h->bss_end, PTE_R | PTE_W, VMA_IMAGE, wired);
    if (heap_pages)
        add_vma(p, U_HEAP, U_HEAP + heap_pages * PAGE, PTE_R | PTE_W, VMA_ZERO, 0);
    add_vma(p, U_STACK_TOP - U_STACK_PAGES * PAGE, U_STACK_TOP, PTE_R | PTE_W, VMA_ZERO, wired);
    add_vma(p, U_LIB, U_LIB + LIB_PAGES * PAGE, PTE_R, VMA_LIB, 0);
    if (shm)
        add_vma(p, U_SHM, U_SHM + PAGE, PTE_R | PTE_W, VMA_SHM, 0);
    p->tf.sepc = U_IMAGE + h->entry;
    p->tf.regs[2] = U_STACK_TOP;
    p->tf.regs[10] = (uint64_t)prog;
    p->tf.regs[11] = a1;
    p->tf.regs[12] = a2;
    p->tf.regs[13] = (uint64_t)p->pid;
    p->state = P_READY;
    return p;
}

static void proc_end(struct proc *p)
{
    vm_free_space(p);
    p->state = P_DONE;
}

void proc_kill(struct proc *p, const char *fmt, uint64_t va)
{
    printf("vmos: pid %d (%s) killed: ", p->pid, p->name);
    printf(fmt, va);
    putchar('\n');
    p->killed = 1;
    p->exit_status = -1;
    run.kills++;
    proc_end(p);
}

void sleep_io(struct proc *p) { p->state = P_WAIT_IO; }

void wake_io(void)
{
    for (int i = 0; i < MAXPROC; i++)
        if (procs[i].state == P_WAIT_IO)
            procs[i].state = P_READY;
}

void wake_proc(struct proc *p)
{
    if (p->state == P_WAIT_PAGE)
        p->state = P_READY;
}

static void set_timer(void) { csr_write(CSR_STIMECMP, rdtime() + time_slice); }

static void do_write(struct proc *p, uint64_t *r)
{
    uint64_t len = r[16] > 48 ? 48 : r[16];
    for (uint64_t i = 0; i < len; i++) {
        char c = (char)(r[10 + i / 8] >> (8 * (i % 8)));
        if (p->linelen < LINEBUF - 1)
            p->line[p->linelen++] = c;
        if (c == '\n') {
            p->line[p->linelen] = 0;
            if (!quiet_user)
                printf("%s", p->line);
            p->linelen = 0;
        }
    }
    r[10] = len;
}

/* Returns 1 if the process gives up the CPU. */
static int syscall(struct proc *p)
{
    uint64_t *r = p->tf.regs;
    p->tf.sepc += 4;
    switch (r[17]) {
    case SYS_WRITE:
        do_write(p, r);
        return 0;
    case SYS_EXIT:
        p->exit_status = (int)r[10];
        proc_end(p);
        return 1;
    case SYS_GETPID:
        r[10] = (uint64_t)p->pid;
        return 0;
    case SYS_MPROTECT: {
        uint64_t prot = (r[12] & PROT_READ ? PTE_R : 0) | (r[12] & PROT_WRITE ? PTE_W : 0) |
                        (r[12] & PROT_EXEC ? PTE_X : 0);
        r[10] = (uint64_t)(int64_t)vm_mprotect(p, r[10], r[11], prot);
        return 0;
    }
    case SYS_YIELD:
        return 1;
    case SYS_MARK:
        p->marked = r[10] != 0;
        return 0;
    case SYS_REF:
        r[10] = r[10] < (uint64_t)ref_count ? ref_string[r[10]] : (uint64_t)-1;
        return 0;
    default:
        proc_kill(p, "bad system call %lu", r[17]);
        return 1;
    }
}

/* Handles pending interrupts by polling (the kernel runs with SIE = 0); returns 1 if the
 * time slice ended. */
static int poll_interrupts(void)
{
    uint64_t sip = csr_read(sip);
    int tick = 0;
    if (sip & (1UL << IRQ_S_EXT))
        disk_irq();
    if (sip & (1UL << IRQ_S_TIMER)) {
        set_timer();
        vm_tick();
        tick = 1;
    }
    return tick;
}

static void switch_to(struct proc *p) __attribute__((noreturn));
static void switch_to(struct proc *p)
{
    current = p;
    csr_write(satp, SATP_SV39 | (uint64_t)p->pid << 44 | (uint64_t)(uintptr_t)p->root >> 12);
    user_return(&p->tf);
}

/* Picks the next process to run, round robin after `from`; waits if none is ready. */
static void schedule(struct proc *from, int keep) __attribute__((noreturn));
static void schedule(struct proc *from, int keep)
{
    if (keep && from && from->state == P_READY)
        switch_to(from);
    int start = from ? (int)(from - procs) + 1 : 0;
    for (;;) {
        int live = 0;
        for (int k = 0; k < MAXPROC; k++) {
            struct proc *p = &procs[(start + k) % MAXPROC];
            if (p->state == P_READY)
                switch_to(p);
            live += p->state == P_WAIT_IO || p->state == P_WAIT_PAGE;
        }
        if (!live && !disk_busy())
            ctx_restore(&run_ctx); /* every process has ended: back to run_processes */
        __asm__ volatile("wfi" ::: "memory");
        poll_interrupts();
    }
}

void ktrap(struct trapframe *tf)
{
    struct proc *p = (struct proc *)tf;
    uint64_t scause = csr_read(scause);
    int keep = 1;
    if (scause & CAUSE_INTERRUPT) {
        keep = !poll_interrupts();
    } else if (scause == EXC_ECALL_U) {
        keep = !syscall(p);
    } else if (scause == EXC_FETCH_PAGE_FAULT || scause == EXC_LOAD_PAGE_FAULT ||
               scause == EXC_STORE_PAGE_FAULT) {
        vm_fault(p, scause, csr_read(stval));
    } else {
        proc_kill(p, "unexpected exception, scause 0x%lx", scause);
    }
    schedule(p, keep);
}

/* Runs the spawned processes until every one has ended. */
void run_processes(void)
{
    csr_write(stvec, (uint64_t)(uintptr_t)strap);
    csr_write(sscratch, 0);
    csr_write(scounteren, 0x1ff);
    csr_clear(sstatus, SSTATUS_SIE | SSTATUS_SPIE | SSTATUS_SPP);
    csr_set(sie, SIE_STIE);
    set_timer();
    if (ctx_save(&run_ctx) == 0)
        schedule(0, 0);
    csr_clear(sie, SIE_STIE);
    csr_write(satp, SATP_SV39 | (uint64_t)(uintptr_t)kernel_root_l2 >> 12);
    current = 0;
}
