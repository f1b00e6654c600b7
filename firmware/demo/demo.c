/*
 * demo.c: the program satp runs when started with no arguments.
 *
 * A short, checkable tour of what a guest can do: it finds primes with a sieve, computes a
 * CRC-32 and a factorial whose values anyone can look up, writes one line through the HTIF
 * syscall proxy instead of the console device, and reports how many instructions and cycles
 * all of that took (rdinstret / rdcycle).  Each result is compared with its known value; the
 * program exits 0 only if all of them match, and prints "demo finished" last.
 */
#include "runtime.h"

#define SIEVE_LIMIT 10000

static uint8_t composite[SIEVE_LIMIT]; /* composite[n] != 0 once n is known not prime */

/* Sieve of Eratosthenes over [0, SIEVE_LIMIT). */
static void sieve(void)
{
    composite[0] = composite[1] = 1;
    for (unsigned p = 2; p * p < SIEVE_LIMIT; p++)
        if (!composite[p])
            for (unsigned m = p * p; m < SIEVE_LIMIT; m += p)
                composite[m] = 1;
}

/* CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), bit by bit. */
static uint32_t crc32(const char *s)
{
    uint32_t crc = 0xFFFFFFFFu;
    for (; *s; s++) {
        crc ^= (uint8_t)*s;
        for (int bit = 0; bit < 8; bit++)
            crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
    }
    return ~crc;
}

static uint64_t factorial(unsigned n)
{
    return n <= 1 ? 1 : n * factorial(n - 1);
}

static int failures;

/* Prints "ok" or "MISMATCH (expected ...)" after a result. */
static void check(uint64_t got, uint64_t want)
{
    if (got == want) {
        puts("  ok");
    } else {
        printf("  MISMATCH (expected %lu)\n", want);
        failures++;
    }
}

int demo_main(void)
{
    uint64_t instret0 = rdinstret();
    uint64_t cycle0 = rdcycle();

    puts("satp demo: a bare-metal RV64IMAC guest talking to its host over HTIF");

    sieve();
    printf("primes below 100:");
    for (unsigned n = 0; n < 100; n++)
        if (!composite[n])
            printf(" %u", n);
    putchar('\n');

    unsigned count = 0;
    uint64_t sum = 0;
    for (unsigned n = 0; n < SIEVE_LIMIT; n++)
        if (!composite[n]) {
            count++;
            sum += n;
        }
    printf("primes below %u: %u", SIEVE_LIMIT, count);
    check(count, 1229);
    printf("their sum: %lu", sum);
    check(sum, 5736396);

    uint32_t crc = crc32("123456789");
    printf("crc32(\"123456789\") = 0x%08x", crc);
    check(crc, 0xCBF43926u); /* the standard CRC-32 check value */

    uint64_t f = factorial(20);
    printf("20! = %lu", f);
    check(f, 2432902008176640000ULL);

    static const char proxied[] = "this line went through the HTIF syscall proxy: write(1, buf, len)\n";
    long wrote = sys_write(1, proxied, sizeof proxied - 1);
    printf("write() returned %ld", wrote);
    check((uint64_t)wrote, sizeof proxied - 1);

    uint64_t instret = rdinstret() - instret0;
    uint64_t cycles = rdcycle() - cycle0;
    printf("this demo took %lu instructions and %lu cycles\n", instret, cycles);

    if (failures)
        printf("%d result(s) did not match\n", failures);
    puts("demo finished");
    return failures ? 1 : 0;
}

int main(void)
{
    return demo_main();
}
