/*
 * dt.c: the trap entry, failure reporting and watchdog shared by the device tests.
 */
#include "dt.h"

void dt_fail(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("%s: FAIL check %d: ", dt_name, code);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
    exit(code);
}

/* The C compiler saves every caller-saved register and returns with mret. */
__attribute__((interrupt("machine"), aligned(4))) void dt_mtrap_entry(void)
{
    mtrap(csr_read(mcause), csr_read(mepc), csr_read(mtval));
}

__attribute__((weak)) void mtrap(uint64_t mcause, uint64_t mepc, uint64_t mtval)
{
    dt_watchdog_fired(mcause);
    trap_report(mcause, mepc, mtval);
}

__attribute__((weak)) void secondary_main(uint64_t hart)
{
    (void)hart;
    for (;;)
        wfi();
}

/* Per hart: the exit code of an armed watchdog, 0 when disarmed. */
static volatile int watchdog_code[4];

void dt_watchdog_arm(uint64_t ticks, int code)
{
    uint64_t h = hartid();
    watchdog_code[h] = code;
    mmio_write64(CLINT_MTIMECMP(h), mtime() + ticks);
    csr_set(mie, 1UL << IRQ_MTI);
}

void dt_watchdog_disarm(void)
{
    uint64_t h = hartid();
    csr_clear(mie, 1UL << IRQ_MTI);
    mmio_write64(CLINT_MTIMECMP(h), ~0UL);
    watchdog_code[h] = 0;
}

void dt_watchdog_fired(uint64_t mcause)
{
    uint64_t h = hartid();
    if (mcause == (CAUSE_INTERRUPT | IRQ_MTI) && watchdog_code[h] != 0)
        dt_fail(watchdog_code[h], "timed out (watchdog on hart %d, mtime %lu)", (int)h, mtime());
}
