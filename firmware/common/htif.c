/*
 * htif.c: console output, the syscall proxy and exit over HTIF, plus printf-lite.
 *
 * HTIF (Host-Target InterFace, as in Spike and riscv-tests): the guest writes a 64-bit
 * request to `tohost`; the host performs it and, for requests that expect an answer, writes a
 * non-zero value to `fromhost`.  The guest waits for that, then clears `fromhost` before its
 * next request.  Request encoding: bits 63:56 device, bits 55:48 command, bits 47:0 payload.
 *   device 1, command 1, payload = character   console write of one byte
 *   device 0, payload = address of magic_mem    syscall proxy (bit 0 clear)
 *   (status << 1) | 1                           exit with status
 *
 * With -DQEMU_CHECK, output goes to QEMU virt's 16550 UART and exit to its test finisher.
 * Adding -DNO_TOHOST leaves out the mailboxes too, so the program is a plain virt-machine
 * program to any host (satp connects HTIF only when the ELF defines `tohost`): the bench
 * guests are built this way, so that satp and QEMU run the same ELF.
 */
#include "runtime.h"

#if defined(NO_TOHOST) && !defined(QEMU_CHECK)
#error "NO_TOHOST needs QEMU_CHECK: without the HTIF mailboxes, output must go to the UART"
#endif

#ifndef NO_TOHOST
/* Each mailbox gets its own 64-byte line in section .tohost, as in riscv-tests. */
volatile uint64_t tohost __attribute__((section(".tohost"), aligned(64))) = 0;
volatile uint64_t fromhost __attribute__((section(".tohost"), aligned(64))) = 0;
#endif

#ifndef QEMU_CHECK

#define HTIF_DEV_SYSCALL 0ULL
#define HTIF_DEV_CONSOLE 1ULL
#define HTIF_CMD_WRITE 1ULL
#define HTIF_REQ(dev, cmd, payload) (((dev) << 56) | ((cmd) << 48) | (payload))

#define SYS_WRITE 64
#define SYS_EXIT 93

/* Syscall arguments block: 8 dwords, 64-byte aligned. */
static volatile uint64_t magic_mem[8] __attribute__((aligned(64)));

/* Sends one request and waits for the host's answer in fromhost; returns that answer. */
static uint64_t htif_request(uint64_t req)
{
    /* Make every earlier store (e.g. to magic_mem) visible before the request. */
    __asm__ volatile("fence rw, rw" ::: "memory");
    tohost = req;
    uint64_t answer;
    while ((answer = fromhost) == 0) {
    }
    fromhost = 0;
    __asm__ volatile("fence rw, rw" ::: "memory");
    return answer;
}

static void console_putc(char c)
{
    htif_request(HTIF_REQ(HTIF_DEV_CONSOLE, HTIF_CMD_WRITE, (uint64_t)(uint8_t)c));
}

static long htif_syscall(uint64_t n, uint64_t a0, uint64_t a1, uint64_t a2)
{
    magic_mem[0] = n;
    magic_mem[1] = a0;
    magic_mem[2] = a1;
    magic_mem[3] = a2;
    for (int i = 4; i < 8; i++)
        magic_mem[i] = 0;
    htif_request(HTIF_REQ(HTIF_DEV_SYSCALL, 0ULL, (uint64_t)(uintptr_t)magic_mem));
    return (long)magic_mem[0];
}

long sys_write(int fd, const void *buf, unsigned long len)
{
    return htif_syscall(SYS_WRITE, (uint64_t)fd, (uint64_t)(uintptr_t)buf, len);
}

void exit(int status)
{
    __asm__ volatile("fence rw, rw" ::: "memory");
    tohost = ((uint64_t)(uint32_t)status << 1) | 1;
    for (;;) {
    }
}

#else /* QEMU_CHECK: QEMU virt devices instead of HTIF */

#define UART0_BASE 0x10000000UL /* 16550: THR at +0, LSR at +5 */
#define UART_LSR_THRE 0x20      /* transmit holding register empty */
#define FINISHER_BASE 0x100000UL /* SiFive test finisher */
#define FINISHER_PASS 0x5555
#define FINISHER_FAIL 0x3333

static void console_putc(char c)
{
    volatile uint8_t *uart = (volatile uint8_t *)UART0_BASE;
    while ((uart[5] & UART_LSR_THRE) == 0) {
    }
    uart[0] = (uint8_t)c;
}

long sys_write(int fd, const void *buf, unsigned long len)
{
    (void)fd;
    const char *p = buf;
    for (unsigned long i = 0; i < len; i++)
        console_putc(p[i]);
    return (long)len;
}

void exit(int status)
{
    volatile uint32_t *finisher = (volatile uint32_t *)FINISHER_BASE;
    *finisher = status == 0 ? FINISHER_PASS : ((uint32_t)status << 16) | FINISHER_FAIL;
    for (;;) {
    }
}

#endif

int putchar(int c)
{
    console_putc((char)c);
    return (uint8_t)c;
}

int puts(const char *s)
{
    while (*s)
        console_putc(*s++);
    console_putc('\n');
    return 0;
}

/*
 * Writes an optional '-' and v in base 10 or 16, at least `width` characters in all, padded
 * with `pad` (spaces go before the sign, zeros after it).
 */
static int print_number(uint64_t v, int negative, unsigned base, int width, char pad)
{
    char buf[24];
    int n = 0;
    do {
        unsigned digit = (unsigned)(v % base);
        buf[n++] = (char)(digit < 10 ? '0' + digit : 'a' + digit - 10);
        v /= base;
    } while (v != 0);
    int fill = width - n - negative;
    int written = 0;
    if (pad == ' ')
        for (; fill > 0; fill--, written++)
            console_putc(' ');
    if (negative) {
        console_putc('-');
        written++;
    }
    for (; fill > 0; fill--, written++)
        console_putc('0');
    while (n > 0) {
        console_putc(buf[--n]);
        written++;
    }
    return written;
}

/*
 * printf-lite: %d %i %u %x %c %s %% with an optional '0' flag, a decimal width, and an 'l'
 * length modifier (%ld %lu %lx).  Anything else is printed literally.
 */
int vprintf(const char *fmt, va_list ap)
{
    int written = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            console_putc(*p);
            written++;
            continue;
        }
        const char *start = p++;
        char pad = ' ';
        int width = 0;
        int is_long = 0;
        if (*p == '0') {
            pad = '0';
            p++;
        }
        while (*p >= '0' && *p <= '9')
            width = width * 10 + (*p++ - '0');
        if (*p == 'l') {
            is_long = 1;
            p++;
        }
        switch (*p) {
        case 'd':
        case 'i': {
            int64_t v = is_long ? va_arg(ap, long) : va_arg(ap, int);
            uint64_t mag = v < 0 ? -(uint64_t)v : (uint64_t)v;
            written += print_number(mag, v < 0, 10, width, pad);
            break;
        }
        case 'u':
        case 'x': {
            uint64_t v = is_long ? va_arg(ap, unsigned long) : va_arg(ap, unsigned int);
            written += print_number(v, 0, *p == 'u' ? 10 : 16, width, pad);
            break;
        }
        case 'c':
            console_putc((char)va_arg(ap, int));
            written++;
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            int len = (int)strlen(s);
            for (; width > len; width--, written++)
                console_putc(' ');
            while (*s) {
                console_putc(*s++);
                written++;
            }
            break;
        }
        case '%':
            console_putc('%');
            written++;
            break;
        default: /* unknown or truncated conversion: print it as it was written */
            for (const char *q = start; q <= p && *q; q++, written++)
                console_putc(*q);
            if (*p == '\0')
                return written;
            break;
        }
    }
    return written;
}

int printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vprintf(fmt, ap);
    va_end(ap);
    return n;
}

void trap_report(uint64_t mcause, uint64_t mepc, uint64_t mtval)
{
    printf("\nunexpected trap: mcause=0x%lx mepc=0x%lx mtval=0x%lx\n", mcause, mepc, mtval);
    exit(EXIT_TRAP);
}
