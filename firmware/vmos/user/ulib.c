/*
 * ulib.c: system call wrappers and printf-lite for vmos user programs.
 * write() passes the bytes in registers (uapi.h), 48 at a time.
 */
#include "ulib.h"

void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);

void *memset(void *dst, int c, size_t n)
{
    uint8_t *d = dst;
    while (n--)
        *d++ = (uint8_t)c;
    return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    while (n--)
        *d++ = *s++;
    return dst;
}

void write_bytes(const char *s, size_t n)
{
    while (n > 0) {
        uint64_t w[6] = {0, 0, 0, 0, 0, 0};
        size_t k = n < 48 ? n : 48;
        for (size_t i = 0; i < k; i++)
            w[i / 8] |= (uint64_t)(uint8_t)s[i] << (8 * (i % 8));
        register uint64_t a0 __asm__("a0") = w[0];
        register uint64_t a1 __asm__("a1") = w[1];
        register uint64_t a2 __asm__("a2") = w[2];
        register uint64_t a3 __asm__("a3") = w[3];
        register uint64_t a4 __asm__("a4") = w[4];
        register uint64_t a5 __asm__("a5") = w[5];
        register uint64_t a6 __asm__("a6") = k;
        register uint64_t a7 __asm__("a7") = SYS_WRITE;
        __asm__ volatile("ecall"
                         : "+r"(a0)
                         : "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5), "r"(a6), "r"(a7)
                         : "memory");
        s += k;
        n -= k;
    }
}

struct out {
    char buf[160];
    size_t n;
};

static void out_c(struct out *o, char c)
{
    if (o->n < sizeof o->buf)
        o->buf[o->n++] = c;
}

static void out_num(struct out *o, uint64_t v, unsigned base, int width, char pad)
{
    char t[24];
    int n = 0;
    do {
        unsigned d = (unsigned)(v % base);
        t[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        v /= base;
    } while (v);
    for (; width > n; width--)
        out_c(o, pad);
    while (n)
        out_c(o, t[--n]);
}

/* %d %u %x %s %c with an optional '0' flag, width and 'l'. */
int uprintf(const char *fmt, ...)
{
    struct out o;
    o.n = 0;
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            out_c(&o, *p);
            continue;
        }
        p++;
        char pad = ' ';
        int width = 0, is_long = 0;
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
        if (*p == 'd') {
            int64_t v = is_long ? va_arg(ap, long) : va_arg(ap, int);
            if (v < 0) {
                out_c(&o, '-');
                v = -v;
            }
            out_num(&o, (uint64_t)v, 10, width, pad);
        } else if (*p == 'u' || *p == 'x') {
            uint64_t v = is_long ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
            out_num(&o, v, *p == 'u' ? 10 : 16, width, pad);
        } else if (*p == 's') {
            for (const char *s = va_arg(ap, const char *); *s; s++)
                out_c(&o, *s);
        } else if (*p == 'c') {
            out_c(&o, (char)va_arg(ap, int));
        } else if (*p) {
            out_c(&o, *p);
        } else {
            break;
        }
    }
    va_end(ap);
    write_bytes(o.buf, o.n);
    return (int)o.n;
}

uint32_t lib_crc32(const void *data, size_t n)
{
    const uint8_t *b = data;
    uint32_t c = 0xffffffffu;
    while (n--)
        c = LIB[(c ^ *b++) & 0xff] ^ (c >> 8);
    return ~c;
}

uint64_t urand(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}
