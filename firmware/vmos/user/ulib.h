/*
 * ulib.h: the tiny runtime of vmos user programs: system calls and formatted output.
 */
#ifndef SATP_VMOS_ULIB_H
#define SATP_VMOS_ULIB_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "uapi.h"

/* Addresses every process sees (kernel.h has the same). */
#define HEAP ((volatile uint64_t *)0x50000000UL)
#define LIB ((const volatile uint32_t *)0x60000000UL)
#define SHM ((volatile uint64_t *)0x68000000UL)
#define WORDS_PER_PAGE 512

static inline long syscall3(long n, long a0, long a1, long a2)
{
    register long r0 __asm__("a0") = a0;
    register long r1 __asm__("a1") = a1;
    register long r2 __asm__("a2") = a2;
    register long r7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(r0) : "r"(r1), "r"(r2), "r"(r7) : "memory");
    return r0;
}

static inline long getpid(void) { return syscall3(SYS_GETPID, 0, 0, 0); }
static inline void yield(void) { syscall3(SYS_YIELD, 0, 0, 0); }
static inline void mark(int on) { syscall3(SYS_MARK, on, 0, 0); }
static inline long ref(long i) { return syscall3(SYS_REF, i, 0, 0); }
static inline long mprotect(uint64_t addr, uint64_t len, int prot)
{
    return syscall3(SYS_MPROTECT, (long)addr, (long)len, prot);
}

void write_bytes(const char *s, size_t n);
int uprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
uint32_t lib_crc32(const void *data, size_t n); /* uses the shared library's table */
uint64_t urand(uint64_t *state);

#endif
