/*
 * machine.c: vmos's M-mode part.  It finds the kernel command line in the device tree,
 * opens memory to S and U through PMP, programs the performance counters, enables Sstc
 * (and Svadu when asked), delegates traps and interrupts to S-mode and enters kmain() there.
 * After that M-mode takes no more traps.
 */
#include "kernel.h"

#define MSTATUS_MPP_MASK (3UL << 11)
#define MSTATUS_MPP_S (1UL << 11)
#define MENVCFG_STCE (1UL << 63)
#define MENVCFG_ADUE (1UL << 61)
#define COUNTEREN_ALL 0x1ffUL /* CY, TM, IR, HPM3..HPM8 */

char bootargs[256];
int has_sstc;
int ad_hardware;

static uint32_t be32(const void *p)
{
    const uint8_t *b = p;
    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

static int str_eq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

/*
 * Copies /chosen/bootargs into bootargs[] (Devicetree specification, 5.4 "Structure Block":
 * big-endian tokens BEGIN_NODE 1 + name, END_NODE 2, PROP 3 + len + nameoff + value,
 * NOP 4, END 9, everything padded to 4 bytes).
 */
static void find_bootargs(const uint8_t *fdt)
{
    if (fdt == 0 || be32(fdt) != 0xd00dfeed)
        return;
    const uint8_t *p = fdt + be32(fdt + 8);
    const char *strings = (const char *)fdt + be32(fdt + 12);
    int depth = 0, in_chosen = 0;
    for (int guard = 0; guard < 100000; guard++) {
        uint32_t tok = be32(p);
        p += 4;
        if (tok == 1) {
            const char *name = (const char *)p;
            depth++;
            if (depth == 2 && str_eq(name, "chosen"))
                in_chosen = 1;
            p += (strlen(name) + 4) & ~3UL;
        } else if (tok == 2) {
            if (depth == 2)
                in_chosen = 0;
            depth--;
        } else if (tok == 3) {
            uint32_t len = be32(p), nameoff = be32(p + 4);
            const char *val = (const char *)p + 8;
            if (in_chosen && str_eq(strings + nameoff, "bootargs")) {
                uint32_t n = len < sizeof bootargs - 1 ? len : sizeof bootargs - 1;
                memcpy(bootargs, val, n);
                bootargs[n] = 0;
            }
            p += 8 + ((len + 3) & ~3UL);
        } else if (tok == 4) {
            continue;
        } else {
            return;
        }
    }
}

/* Does the command line contain the word `w`? */
static int has_word(const char *w)
{
    size_t n = strlen(w);
    for (const char *s = bootargs; *s; s++)
        if ((s == bootargs || s[-1] == ' ') && memcmp(s, w, n) == 0 &&
            (s[n] == 0 || s[n] == ' '))
            return 1;
    return 0;
}

void kmain(void);
extern char __stack_top[];

void mstart(uint64_t hartid, const uint8_t *fdt)
{
    (void)hartid;
    find_bootargs(fdt);

    /* PMP entry 0: NAPOT over every address, R W X (Privileged spec, "Physical Memory
     * Protection"); without a matching entry S and U could access nothing. */
    csr_write(pmpaddr0, ~0UL);
    csr_write(pmpcfg0, 0x1f);

    /* Counters: hpmcounter3..8 count satp's events 7, 1, 2, 3, 9, 10 (see enum hpm);
     * S and U may read cycle, time, instret and these (mcounteren; the kernel sets
     * scounteren).  The counters read the machine's totals since reset. */
    csr_write(mhpmevent3, 7);
    csr_write(mhpmevent4, 1);
    csr_write(mhpmevent5, 2);
    csr_write(mhpmevent6, 3);
    csr_write(mhpmevent7, 9);
    csr_write(mhpmevent8, 10);
    csr_write(mcountinhibit, 0);
    csr_write(mcounteren, COUNTEREN_ALL);

    /* Sstc: S-mode programs its own timer (stimecmp).  Svadu: the hardware sets A and D
     * (menvcfg.ADUE), unless the command line says ad=fault.  Both bits are WARL: read back
     * to see whether the hart has them. */
    uint64_t want = MENVCFG_STCE | (has_word("ad=fault") ? 0 : MENVCFG_ADUE);
    csr_set(0x30a, want);
    uint64_t got = csr_read(0x30a);
    has_sstc = (got & MENVCFG_STCE) != 0;
    ad_hardware = (got & MENVCFG_ADUE) != 0;

    /* Delegate to S: misaligned and access faults, illegal instruction, breakpoint, ECALL
     * from U, the three page faults; and the supervisor interrupts. */
    csr_write(medeleg, 0xb1ffUL);
    csr_write(mideleg, (1UL << 1) | (1UL << 5) | (1UL << 9));
    csr_write(mie, 0);

    uint64_t ms = csr_read(mstatus);
    ms = (ms & ~MSTATUS_MPP_MASK) | MSTATUS_MPP_S;
    csr_write(mstatus, ms);
    csr_write(mepc, (uint64_t)(uintptr_t)kmain);
    __asm__ volatile("mv sp, %0\n\tmret" ::"r"(__stack_top) : "memory");
    __builtin_unreachable();
}

/* S-mode: the counters vmos reports (cycle, instret and hpmcounter3..8). */
void counters_read(struct counters *c)
{
    c->cycles = csr_read(cycle);
    c->instret = csr_read(instret);
    c->hpm[HPM_PF] = csr_read(hpmcounter3);
    c->hpm[HPM_ITLB] = csr_read(hpmcounter4);
    c->hpm[HPM_DTLB] = csr_read(hpmcounter5);
    c->hpm[HPM_WALKS] = csr_read(hpmcounter6);
    c->hpm[HPM_WALKCYC] = csr_read(hpmcounter7);
    c->hpm[HPM_PFCYC] = csr_read(hpmcounter8);
}
