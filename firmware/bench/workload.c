/*
 * workload.c: the benchmark itself, identical in bench-bare.elf and bench-sv39.elf.
 *
 * BENCH_ROUNDS rounds, each a mix of the things ordinary programs do:
 *   sort     quicksort (recursive calls, data-dependent branches) of SORT_N pseudo-random words
 *   crc      table-driven CRC-32 (byte loads, table lookups) over a CRC_SLICE window that walks
 *            round by round through a CRC_BUF_BYTES buffer, which is also mutated
 *   matmul   MAT_N x MAT_N integer matrix multiply (multiplies, strided loads, a call per
 *            element)
 *   sieve    sieve of Eratosthenes up to a round-dependent limit (byte stores, branches)
 *   gcd      Euclid's algorithm on pseudo-random pairs (divides/remainders)
 * Working set: 256 KiB CRC buffer + 96 KiB sieve + 16 KiB sort array + 3 x 9 KiB matrices
 * ~ 400 KiB, i.e. about 100 distinct 4 KiB data pages.  Every round folds its results into a
 * 64-bit checksum; the final value is fixed (BENCH_EXPECTED) and printed.
 */
#include "runtime.h"
#include "workload.h"

#define BENCH_ROUNDS 80
#define BENCH_EXPECTED 0x3CAC3195770A4478UL /* same on QEMU, bare and Sv39 */

#define SORT_N 4096
#define CRC_BUF_BYTES (256 * 1024)
#define CRC_SLICE (64 * 1024)
#define MAT_N 48
#define SIEVE_N (96 * 1024)
#define GCD_PAIRS 2048

#define NOINLINE __attribute__((noinline))

static uint32_t sort_buf[SORT_N];
static uint8_t crc_buf[CRC_BUF_BYTES];
static uint32_t crc_table[256];
static int32_t mat_a[MAT_N][MAT_N], mat_b[MAT_N][MAT_N], mat_c[MAT_N][MAT_N];
static uint8_t sieve_buf[SIEVE_N];

/* xorshift64: a small deterministic pseudo-random generator. */
static uint64_t rng_state;

static uint64_t rng_next(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

/* Folds one value into the running checksum (FNV-1a style multiply, plus a shift). */
static uint64_t mix(uint64_t h, uint64_t v)
{
    h = (h ^ v) * 0x100000001B3ULL;
    return h ^ (h >> 29);
}

/* ---- sort ---------------------------------------------------------------------------- */

static void insertion_sort(uint32_t *a, long n)
{
    for (long i = 1; i < n; i++) {
        uint32_t v = a[i];
        long j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

/* Quicksort of a[0..n), median-of-three pivot, insertion sort for short ranges. */
static NOINLINE void quicksort(uint32_t *a, long n)
{
    while (n > 16) {
        uint32_t x = a[0], y = a[n / 2], z = a[n - 1];
        uint32_t pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
        long i = 0, j = n - 1;
        for (;;) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i >= j)
                break;
            uint32_t t = a[i];
            a[i] = a[j];
            a[j] = t;
            i++;
            j--;
        }
        /* Recurse into the smaller part, loop on the larger one. */
        long left = j + 1;
        if (left < n - left) {
            quicksort(a, left);
            a += left;
            n -= left;
        } else {
            quicksort(a + left, n - left);
            n = left;
        }
    }
    insertion_sort(a, n);
}

static NOINLINE uint64_t sort_round(void)
{
    for (long i = 0; i < SORT_N; i++)
        sort_buf[i] = (uint32_t)rng_next();
    quicksort(sort_buf, SORT_N);
    uint64_t h = 0;
    for (long i = 0; i < SORT_N; i++) {
        if (i > 0 && sort_buf[i - 1] > sort_buf[i])
            return ~0ULL; /* not sorted: poisons the checksum */
        h += (uint64_t)sort_buf[i] * (uint64_t)(i + 1);
    }
    return h;
}

/* ---- crc ----------------------------------------------------------------------------- */

static void crc_setup(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & -(c & 1));
        crc_table[n] = c;
    }
    for (long i = 0; i < CRC_BUF_BYTES; i++)
        crc_buf[i] = (uint8_t)rng_next();
}

static NOINLINE uint32_t crc32(const uint8_t *p, long n)
{
    uint32_t crc = 0xFFFFFFFFu;
    for (long i = 0; i < n; i++)
        crc = crc_table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

static NOINLINE uint64_t crc_round(unsigned round)
{
    long offset = (long)(round % (CRC_BUF_BYTES / CRC_SLICE)) * CRC_SLICE;
    /* Change a few bytes so every pass over the buffer sees new data. */
    for (int k = 0; k < 16; k++)
        crc_buf[rng_next() % CRC_BUF_BYTES] ^= (uint8_t)(round + k);
    return crc32(crc_buf + offset, CRC_SLICE);
}

/* ---- matmul -------------------------------------------------------------------------- */

/* One element of the product: row i of a times column j of b (a call per element). */
static NOINLINE int32_t dot(const int32_t *row, const int32_t *col)
{
    int32_t sum = 0;
    for (int k = 0; k < MAT_N; k++)
        sum += row[k] * col[k * MAT_N];
    return sum;
}

static NOINLINE uint64_t matmul_round(void)
{
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            mat_a[i][j] = (int32_t)(rng_next() % 2001) - 1000;
            mat_b[i][j] = (int32_t)(rng_next() % 2001) - 1000;
        }
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++)
            mat_c[i][j] = dot(mat_a[i], &mat_b[0][j]);
    uint64_t h = 0;
    for (int i = 0; i < MAT_N; i++)
        h = mix(h, (uint32_t)mat_c[i][(i * 7) % MAT_N]);
    return h;
}

/* ---- sieve --------------------------------------------------------------------------- */

static NOINLINE uint64_t sieve_round(unsigned round)
{
    long limit = SIEVE_N - (long)(round % 64) * 1000;
    for (long i = 0; i < limit; i++)
        sieve_buf[i] = 1;
    sieve_buf[0] = sieve_buf[1] = 0;
    for (long p = 2; p * p < limit; p++)
        if (sieve_buf[p])
            for (long m = p * p; m < limit; m += p)
                sieve_buf[m] = 0;
    uint64_t count = 0, sum = 0;
    for (long i = 0; i < limit; i++)
        if (sieve_buf[i]) {
            count++;
            sum += (uint64_t)i;
        }
    return (count << 40) ^ sum;
}

/* ---- gcd ----------------------------------------------------------------------------- */

static NOINLINE uint64_t gcd(uint64_t a, uint64_t b)
{
    while (b != 0) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static NOINLINE uint64_t gcd_round(void)
{
    uint64_t h = 0;
    for (int k = 0; k < GCD_PAIRS; k++) {
        uint64_t common = (rng_next() % 1000) + 1;
        uint64_t a = (rng_next() % 1000000 + 1) * common;
        uint64_t b = (rng_next() % 1000000 + 1) * common;
        h += gcd(a, b) + a / (b | 1);
    }
    return h;
}

/* ---- driver -------------------------------------------------------------------------- */

static uint64_t workload(void)
{
    rng_state = 0x9E3779B97F4A7C15ULL;
    crc_setup();
    uint64_t h = 0xCBF29CE484222325ULL;
    for (unsigned round = 0; round < BENCH_ROUNDS; round++) {
        h = mix(h, sort_round());
        h = mix(h, crc_round(round));
        h = mix(h, matmul_round());
        h = mix(h, sieve_round(round));
        h = mix(h, gcd_round());
    }
    return h;
}

int bench_run(const char *variant)
{
    printf("bench: %s, %d rounds of sort + crc32 + matmul + sieve + gcd\n", variant, BENCH_ROUNDS);
    uint64_t instret0 = rdinstret();
    uint64_t cycle0 = rdcycle();
    uint64_t sum = workload();
    uint64_t instret = rdinstret() - instret0;
    uint64_t cycles = rdcycle() - cycle0;
    printf("bench: checksum 0x%016lx\n", sum);
    printf("bench: instructions %lu, cycles %lu\n", instret, cycles);
    if (sum != BENCH_EXPECTED) {
        printf("bench: checksum MISMATCH (expected 0x%016lx)\n", BENCH_EXPECTED);
        return 1;
    }
    puts("bench: checksum ok");
    return 0;
}
