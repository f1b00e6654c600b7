/*
 * dt.h: helpers shared by the device test guests (firmware/devtests).
 *
 * The device tests run on QEMU's `virt` machine and on satp's copy of it, so they use only
 * the virt devices: console output through the 16550 UART and exit through the SiFive test
 * finisher (common/htif.c built with -DQEMU_CHECK), the CLINT, the PLIC and virtio-mmio.
 * Addresses and register layouts are those of QEMU virt (see the table in README.md).
 *
 * Every check has its own exit code (CHECK below); a program exits 0 only if all passed.
 * Building with -DBREAK_CHECK=N inverts check N, so that one can see each check fail
 * (break-check.sh does that for every check).
 */
#ifndef SATP_DEVTESTS_DT_H
#define SATP_DEVTESTS_DT_H

#include "runtime.h"

/* ---- memory map of QEMU virt ---- */
#define FINISHER_BASE 0x100000UL
#define CLINT_BASE 0x2000000UL
#define CLINT_MSIP(h) (CLINT_BASE + 4 * (uint64_t)(h))
#define CLINT_MTIMECMP(h) (CLINT_BASE + 0x4000 + 8 * (uint64_t)(h))
#define CLINT_MTIME (CLINT_BASE + 0xbff8)
#define PLIC_BASE 0xc000000UL
#define UART_BASE 0x10000000UL
#define UART_IRQ 10
#define VIRTIO_BASE 0x10001000UL
#define VIRTIO_STRIDE 0x1000UL
#define VIRTIO_SLOTS 8
#define RAM_BASE 0x80000000UL
#define RAM_SIZE (128UL << 20) /* satp's and QEMU's default -m */

/* PLIC contexts of QEMU virt: 2h = hart h in M-mode, 2h+1 = hart h in S-mode. */
#define PLIC_CTX_M(h) (2 * (h))
#define PLIC_CTX_S(h) (2 * (h) + 1)

/* ---- CSRs and interrupt numbers (Privileged spec, "Machine Cause Register") ---- */
#define MSTATUS_SIE (1UL << 1)
#define MSTATUS_MIE (1UL << 3)
#define MSTATUS_SPIE (1UL << 5)
#define MSTATUS_MPIE (1UL << 7)
#define MSTATUS_SPP (1UL << 8)
#define MSTATUS_MPP_MASK (3UL << 11)
#define MSTATUS_MPP_S (1UL << 11)

#define IRQ_SSI 1
#define IRQ_MSI 3
#define IRQ_STI 5
#define IRQ_MTI 7
#define IRQ_SEI 9
#define IRQ_MEI 11
#define CAUSE_INTERRUPT (1UL << 63)

#define EXC_ILLEGAL_INSTRUCTION 2
#define EXC_ECALL_S 9

#define CSR_MENVCFG 0x30a
#define CSR_STIMECMP 0x14d
#define MENVCFG_STCE (1UL << 63)
#define COUNTEREN_TM (1UL << 1)

#include "csr.h" /* common/: csr_read, csr_write, csr_set, csr_clear */

static inline void wfi(void) { __asm__ volatile("wfi" ::: "memory"); }
static inline void fence(void) { __asm__ volatile("fence rw, rw" ::: "memory"); }

/* ---- MMIO ---- */
static inline uint8_t mmio_read8(uint64_t a) { return *(volatile uint8_t *)a; }
static inline void mmio_write8(uint64_t a, uint8_t v) { *(volatile uint8_t *)a = v; }
static inline uint32_t mmio_read32(uint64_t a) { return *(volatile uint32_t *)a; }
static inline void mmio_write32(uint64_t a, uint32_t v) { *(volatile uint32_t *)a = v; }
static inline uint64_t mmio_read64(uint64_t a) { return *(volatile uint64_t *)a; }
static inline void mmio_write64(uint64_t a, uint64_t v) { *(volatile uint64_t *)a = v; }

static inline uint64_t mtime(void) { return mmio_read64(CLINT_MTIME); }
static inline uint64_t rdtime(void)
{
    uint64_t v;
    __asm__ volatile("rdtime %0" : "=r"(v));
    return v;
}
static inline uint64_t hartid(void) { return csr_read(mhartid); }

/* ---- PLIC (RISC-V PLIC spec, "Memory Map") ---- */
static inline void plic_set_priority(unsigned src, uint32_t prio)
{
    mmio_write32(PLIC_BASE + 4 * src, prio);
}
static inline uint32_t plic_pending(unsigned src)
{
    return (mmio_read32(PLIC_BASE + 0x1000 + 4 * (src / 32)) >> (src % 32)) & 1;
}
static inline void plic_enable(unsigned ctx, unsigned src, int on)
{
    uint64_t a = PLIC_BASE + 0x2000 + 0x80 * ctx + 4 * (src / 32);
    uint32_t w = mmio_read32(a);
    mmio_write32(a, on ? w | (1u << (src % 32)) : w & ~(1u << (src % 32)));
}
static inline void plic_set_threshold(unsigned ctx, uint32_t t)
{
    mmio_write32(PLIC_BASE + 0x200000 + 0x1000 * ctx, t);
}
static inline uint32_t plic_claim(unsigned ctx)
{
    return mmio_read32(PLIC_BASE + 0x200004 + 0x1000 * ctx);
}
static inline void plic_complete(unsigned ctx, uint32_t src)
{
    mmio_write32(PLIC_BASE + 0x200004 + 0x1000 * ctx, src);
}

/* ---- checks ---- */
#ifndef BREAK_CHECK
#define BREAK_CHECK 0
#endif

/* Program name printed in every message (each program defines it). */
extern const char dt_name[];

/* Prints "<name>: FAIL check <code>: <message>" and exits with status `code`. */
void dt_fail(int code, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));

/*
 * CHECK(code, condition, printf-style message): if the condition is false, report and exit
 * with `code`.  Codes are distinct within a program and between programs.
 */
#define CHECK(code, cond, ...)                                   \
    do {                                                         \
        if ((!(cond)) != ((code) == BREAK_CHECK))                \
            dt_fail((code), __VA_ARGS__);                        \
    } while (0)

/* ---- traps ---- */
/*
 * Every M-mode trap (crt.S points mtvec at dt_mtrap_entry) calls the program's
 * mtrap(mcause, mepc, mtval); the default reports an unexpected trap and exits with 2.
 * The handler returns to mepc (it may change mepc to skip an instruction).
 */
void mtrap(uint64_t mcause, uint64_t mepc, uint64_t mtval);
void dt_mtrap_entry(void);

/* Secondary harts (mhartid 1..3) call this after hart 0 has cleared .bss; default: park. */
void secondary_main(uint64_t hart);

/*
 * Watchdog on this hart's mtimecmp: after `ticks` of mtime, the MTI fails the program with
 * `code` (a hang on QEMU becomes a failure; on satp time jumps ahead when every hart
 * waits).  Programs whose mtrap sees an MTI call dt_watchdog_fired() first.
 */
void dt_watchdog_arm(uint64_t ticks, int code);
void dt_watchdog_disarm(void);
void dt_watchdog_fired(uint64_t mcause);

/*
 * Waits in WFI (M-mode) until `cond` holds.  MIE is clear while `cond` is tested and WFI
 * runs, so an interrupt that makes `cond` true cannot slip in between the test and the
 * WFI (WFI wakes on any pending enabled interrupt even with MIE clear); it is taken as
 * soon as MIE is set again.  Leaves MIE set.
 */
#define WAIT_UNTIL(cond)                          \
    do {                                          \
        for (;;) {                                \
            csr_clear(mstatus, MSTATUS_MIE);      \
            if (cond)                             \
                break;                            \
            wfi();                                \
            csr_set(mstatus, MSTATUS_MIE);        \
        }                                         \
        csr_set(mstatus, MSTATUS_MIE);            \
    } while (0)

#endif
