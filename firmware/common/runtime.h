/*
 * runtime.h: the tiny freestanding runtime shared by satp's firmware programs.
 *
 * Console output and exit go through HTIF (the tohost/fromhost protocol of Spike and
 * riscv-tests, see README.md).  When built with -DQEMU_CHECK they go instead to QEMU virt's
 * 16550 UART and SiFive test finisher, so the same program can be checked on QEMU; with
 * -DNO_TOHOST as well, the HTIF mailboxes are not defined at all (the bench guests).
 */
#ifndef SATP_FW_RUNTIME_H
#define SATP_FW_RUNTIME_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* HTIF mailboxes, defined in htif.c (unless -DNO_TOHOST); the host finds them by name. */
extern volatile uint64_t tohost;
extern volatile uint64_t fromhost;

/* Console (HTIF device 1, command 1: one character per request). */
int putchar(int c);
int puts(const char *s); /* writes s and a newline, like C's puts */
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int vprintf(const char *fmt, va_list ap);

/* HTIF syscall proxy (device 0): write(fd, buf, len); returns what the host returned. */
long sys_write(int fd, const void *buf, unsigned long len);

/* Stop the machine with this exit status (HTIF: tohost = status << 1 | 1; with
 * -DQEMU_CHECK: the test finisher, 0x5555 or status << 16 | 0x3333). */
void exit(int status) __attribute__((noreturn));

/* Called by crt.S for any trap: prints mcause/mepc/mtval and exits with status 2. */
void trap_report(uint64_t mcause, uint64_t mepc, uint64_t mtval) __attribute__((noreturn));

/* Exit status used for an unexpected trap. */
#define EXIT_TRAP 2

/* Hardware counters (Zicntr).  Below M-mode they need mcounteren.IR / .CY set. */
static inline uint64_t rdinstret(void)
{
    uint64_t v;
    __asm__ volatile("rdinstret %0" : "=r"(v));
    return v;
}

static inline uint64_t rdcycle(void)
{
    uint64_t v;
    __asm__ volatile("rdcycle %0" : "=r"(v));
    return v;
}

/* The few memory routines GCC may emit calls to, even in freestanding code. */
void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);

#endif
