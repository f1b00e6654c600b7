/*
 * fpdemo.c: a C program built with GCC -O2 and picolibc that exercises the F and D extensions
 * and the bit-manipulation instructions from compiled code: float and double arithmetic,
 * libm, conversions (saturating ones included), rounding modes and exception flags, printf
 * of doubles in every format, strtod, two small numeric kernels and bit tricks.  Its console
 * output, recorded on QEMU virt, is fpdemo.expected; satp must print exactly the same.
 * Values known in advance are also checked here: the exit status is the number of mismatches.
 *
 * Operands come through volatile variables, so GCC computes them at run time instead of
 * folding them.  fpdemo-zb.elf is the same source built with -march=rv64gc_zba_zbb_zbs.
 */
#include <fenv.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int mismatches;

static void check(int ok, const char *what)
{
    if (!ok) {
        printf("MISMATCH: %s\n", what);
        mismatches++;
    }
}

static uint64_t dbits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static uint32_t fbits(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

/* The accrued exception flags as letters, in fflags order (NV DZ OF UF NX). */
static const char *flags(void)
{
    static char s[6];
    int f = fetestexcept(FE_ALL_EXCEPT), n = 0;
    if (f & FE_INVALID) s[n++] = 'V';
    if (f & FE_DIVBYZERO) s[n++] = 'Z';
    if (f & FE_OVERFLOW) s[n++] = 'O';
    if (f & FE_UNDERFLOW) s[n++] = 'U';
    if (f & FE_INEXACT) s[n++] = 'X';
    if (n == 0) s[n++] = '-';
    s[n] = 0;
    return s;
}

/* Single operations, for the rounding modes and the flags.  noipa keeps them out of line and
 * opaque, so GCC neither folds them with constant arguments nor moves them across fesetround,
 * feclearexcept or fetestexcept. */
__attribute__((noipa)) static double div_d(double a, double b) { return a / b; }
__attribute__((noipa)) static double mul_d(double a, double b) { return a * b; }
__attribute__((noipa)) static float mul_f(float a, float b) { return a * b; }
__attribute__((noipa)) static float sqrt_f(float a) { return sqrtf(a); }

static volatile double v_third = 1.0 / 3.0, v_two = 2.0, v_ten = 10.0, v_zero = 0.0;
static volatile double v_big = 1e308, v_tiny = 1e-308, v_neg = -1.5, v_pi = 3.141592653589793;
static volatile float vf_third = 1.0f / 3.0f, vf_two = 2.0f, vf_big = 3e38f, vf_e = 2.7182818f;

static void arithmetic(void)
{
    printf("== arithmetic\n");
    double a = v_third, b = v_two, p = v_pi;
    printf("double: a+b=%.17g a*b=%.17g b/a=%.17g a-b=%.17g\n", a + b, a * b, b / a, a - b);
    printf("double: sqrt(2)=%.17g sqrt(pi)=%a fma(a,b,-0.5)=%a\n", sqrt(b), sqrt(p),
           fma(a, b, -0.5));
    float fa = vf_third, fb = vf_two, fe = vf_e;
    printf("float:  a+b=%.9g a*b=%.9g b/a=%.9g sqrtf(2)=%.9g fmaf=%a\n", fa + fb, fa * fb, fb / fa,
           sqrtf(fb), (double)fmaf(fa, fb, fe));
    printf("bits:   1/3=%016" PRIx64 " 1/3f=%08" PRIx32 " (float)1/3=%08" PRIx32 "\n", dbits(a),
           fbits(fa), fbits((float)a));
    check(sqrt(4.0 * b * b) == 4.0, "sqrt(16) == 4");
    check(fbits(sqrtf(fb * fb)) == fbits(2.0f), "sqrtf(4) == 2");

    /* Special values: canonical NaNs, signed zeros, infinities, fmin/fmax. */
    feclearexcept(FE_ALL_EXCEPT);
    double nan0 = div_d(v_zero, v_zero);
    printf("0/0=%f bits=%016" PRIx64 " flags=%s\n", nan0, dbits(nan0), flags());
    check(dbits(nan0) == 0x7ff8000000000000ull, "0/0 is the canonical NaN");
    feclearexcept(FE_ALL_EXCEPT);
    double inf = div_d(v_two, v_zero);
    printf("2/0=%f flags=%s\n", inf, flags());
    feclearexcept(FE_ALL_EXCEPT);
    double ovf = mul_d(v_big, v_ten);
    printf("1e308*10=%e flags=%s\n", ovf, flags());
    feclearexcept(FE_ALL_EXCEPT);
    double unf = div_d(v_tiny, 1e10);
    printf("1e-308/1e10=%a flags=%s\n", unf, flags());
    feclearexcept(FE_ALL_EXCEPT);
    float fn = sqrt_f(-vf_two);
    printf("sqrtf(-2)=%f bits=%08" PRIx32 " flags=%s\n", (double)fn, fbits(fn), flags());
    check(fbits(fn) == 0x7fc00000u, "sqrtf(-2) is the canonical NaN");
    double nz = -v_zero;
    printf("fmin(-0,0)=%g fmax(-0,0)=%g fmin(nan,1)=%g fmax(1,nan)=%g copysign(3,-0)=%g\n",
           fmin(nz, v_zero), fmax(nz, v_zero), fmin(nan0, 1.0), fmax(1.0, nan0),
           copysign(3.0, nz));
    printf("isnan=%d isinf=%d isfinite=%d signbit(-0)=%d fpclassify(denormal)=%d\n",
           isnan(nan0), isinf(inf), isfinite(unf), signbit(nz) != 0,
           fpclassify(unf) == FP_SUBNORMAL);
    float fovf = vf_big * (float)v_ten;
    printf("3e38f*10=%g 2*float min subnormal=%a\n", (double)fovf,
           (double)(vf_two * 0x1p-149f));
}


static void rounding(void)
{
    static const struct { int mode; const char *name; } modes[] = {
        {FE_TONEAREST, "nearest"}, {FE_TOWARDZERO, "to zero"},
        {FE_DOWNWARD, "down"}, {FE_UPWARD, "up"},
    };
    printf("== rounding modes\n");
    for (unsigned i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        static volatile float f11 = 1.1f;
        fesetround(modes[i].mode);
        printf("%-8s 1/3=%a -1/3=%a 1.1f*1.1f=%a rint(2.5)=%g rint(-2.5)=%g lrint(-3.5)=%ld\n",
               modes[i].name, div_d(1.0, 3.0), div_d(-1.0, 3.0),
               (double)mul_f(f11, f11), rint(v_two + 0.5), rint(-v_two - 0.5),
               lrint(v_neg * 2 - 0.5));
    }
    fesetround(FE_TONEAREST);
}

struct conv {
    int32_t w;
    uint32_t wu;
    int64_t l;
    uint64_t lu;
};

/* Out-of-range casts are undefined in C; GCC emits fcvt.{w,wu,l,lu}.d with rtz, which
 * saturate (NaN gives the maximum) and raise NV.  noipa: the casts happen inside this call,
 * between feclearexcept and fetestexcept. */
__attribute__((noipa)) static void convert(double d, struct conv *c)
{
    c->w = (int32_t)d;
    c->wu = (uint32_t)d;
    c->l = (int64_t)d;
    c->lu = (uint64_t)d;
}

static void conversions(void)
{
    printf("== conversions\n");
    static volatile double in[] = {2.5, -2.5, 1e10, -1e10, 3e19, -3e19, 1e300, -0.75, 0.0 / 0.0};
    for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++) {
        double d = in[i];
        struct conv c;
        feclearexcept(FE_ALL_EXCEPT);
        convert(d, &c);
        const char *f = flags();
        printf("%-7g -> w=%" PRId32 " wu=%" PRIu32 " l=%" PRId64 " lu=%" PRIu64 " flags=%s\n", d,
               c.w, c.wu, c.l, c.lu, f);
    }
    volatile double nan0 = in[8];
    check((int32_t)nan0 == INT32_MAX, "(int32_t)NaN saturates to INT32_MAX");
    check((int64_t)in[5] == INT64_MIN, "(int64_t)-3e19 saturates to INT64_MIN");
    check((uint64_t)in[7] == 0, "(uint64_t)-0.75 is 0");
    static volatile float fin[] = {3e9f, -3e9f, 4.5f, -1e20f};
    for (unsigned i = 0; i < sizeof fin / sizeof fin[0]; i++) {
        float f = fin[i];
        printf("%-7g -> w=%" PRId32 " wu=%" PRIu32 " l=%" PRId64 " lu=%" PRIu64 "\n", (double)f,
               (int32_t)f, (uint32_t)f, (int64_t)f, (uint64_t)f);
    }
    static volatile int64_t ints[] = {INT64_MAX, INT64_MIN, -7, 9007199254740993};
    static volatile uint64_t uints[] = {UINT64_MAX, 1ull << 63 | 1, 16777217};
    for (unsigned i = 0; i < sizeof ints / sizeof ints[0]; i++)
        printf("int %" PRId64 " -> double %.17g float %.9g\n", ints[i], (double)ints[i],
               (double)(float)ints[i]);
    for (unsigned i = 0; i < sizeof uints / sizeof uints[0]; i++)
        printf("uint %" PRIu64 " -> double %.17g float %.9g\n", uints[i], (double)uints[i],
               (double)(float)uints[i]);
    volatile int32_t i32 = -123456789;
    volatile uint32_t u32 = 4000000000u;
    printf("int32 %d -> float %.9g, uint32 %u -> float %.9g double %.17g\n", (int)i32,
           (double)(float)i32, (unsigned)u32, (double)(float)u32, (double)u32);
    printf("round(-2.5)=%g trunc(-2.7)=%g floor(-2.5)=%g ceil(2.1)=%g lround(2.5)=%ld\n",
           round(v_neg - 1), trunc(v_neg - 1.2), floor(v_neg - 1), ceil(v_two + 0.1),
           lround(v_two + 0.5));
}

static void formatting(void)
{
    printf("== printf\n");
    static volatile double vals[] = {0.0, -0.0, 1.0, 0.1, 2.0 / 3.0, 123456.789, 1e-5,
                                     6.02214076e23, 5e-324, 1.7976931348623157e308,
                                     -12345.678901234567};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        double d = vals[i];
        printf("%%f=%f %%.2f=%.2f %%.0f=%.0f %%e=%e %%.3e=%.3e %%g=%g %%.12g=%.12g %%a=%a\n", d, d,
               d, d, d, d, d, d);
    }
    printf("[%10.3f] [%-10.3f] [%+.4e] [%010.2f] [% g] [%#.0f] [%.17g] [%.3a]\n", v_pi, v_pi,
           v_pi, -v_pi, v_pi, v_pi, v_pi, v_pi);
    printf("inf=%f -inf=%e nan=%g INF=%F NAN=%E\n", v_two / v_zero, -v_two / v_zero,
           v_zero / v_zero, v_two / v_zero, v_zero / v_zero);
    char buf[64];
    snprintf(buf, sizeof buf, "%.20f", v_third);
    printf("snprintf %%.20f of 1/3: %s (%zu chars)\n", buf, strlen(buf));
}

static void parsing(void)
{
    printf("== strtod\n");
    static const char *const in[] = {"0.1", "3.14159265358979323846", "-2.5e-3", "1e400",
                                     "4.9e-324", "0x1.8p1", "  +42xyz", "inf", "-nan", "1e-400"};
    for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++) {
        char *end;
        double d = strtod(in[i], &end);
        printf("strtod(\"%s\") = %.17g = %a, %zu chars read\n", in[i], d, d,
               (size_t)(end - in[i]));
    }
    check(strtod("0.1", NULL) == 0.1, "strtod(\"0.1\") == 0.1");
    float f = strtof("16777217", NULL);
    printf("strtof(\"16777217\") = %.9g\n", (double)f);
    check(f == 16777216.0f, "strtof rounds 16777217 to even");
}

static void kernels(void)
{
    printf("== mandelbrot\n");
    for (int row = 0; row < 12; row++) {
        char line[61];
        double ci = 1.2 - row * 0.2;
        for (int col = 0; col < 60; col++) {
            double cr = -2.1 + col * 0.045, zr = 0, zi = 0;
            int n = 0;
            while (n < 64 && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2 * zr * zi + ci;
                zr = t;
                n++;
            }
            line[col] = " .:-=+*#%@"[n >= 64 ? 9 : n % 9];
        }
        line[60] = 0;
        printf("|%s|\n", line);
    }

    printf("== newton\n");
    double x = v_two;
    for (int i = 0; i < 6; i++) {
        x = x - (x * x - v_two) / (2 * x);
        printf("sqrt(2) step %d: %.17g\n", i + 1, x);
    }
    check(x == sqrt(2.0), "Newton converges to sqrt(2)");
    float y = 1.0f;
    for (int i = 0; i < 5; i++)
        y = y * (1.5f - 0.5f * vf_two * y * y); /* 1/sqrt(2) */
    printf("rsqrt(2) in float: %.9g\n", (double)y);

    /* A series and a small dot product, with the libm functions that use them. */
    double s = 0;
    for (int k = 1; k <= 1000; k++)
        s += 1.0 / ((double)k * k);
    printf("sum 1/k^2, k<=1000 = %.17g (pi^2/6 = %.17g)\n", s, v_pi * v_pi / 6);
    float dot = 0;
    for (int k = 0; k < 100; k++)
        dot += (float)k * 0.01f * (float)(100 - k);
    printf("float dot = %.9g, exp(1)=%.17g log(10)=%.17g sin(1)=%.17g atan2(1,2)=%.17g\n",
           (double)dot, exp(v_two / 2), log(v_ten), sin(v_two / 2), atan2(1.0, v_two));
    printf("pow(2,0.5)=%.17g cbrt(27)=%.17g hypot(3,4)=%.17g frexp/ldexp=%g\n", pow(v_two, 0.5),
           cbrt(27 * v_two / 2), hypot(3 * v_two / 2, 4 * v_two / 2), ldexp(v_pi, -3));
}

__attribute__((noinline)) static uint64_t rotl(uint64_t x, unsigned r)
{
    return x << (r & 63) | x >> (-r & 63);
}
__attribute__((noinline)) static uint32_t rotr32(uint32_t x, unsigned r)
{
    return x >> (r & 31) | x << (-r & 31);
}

static void bits(void)
{
    printf("== bits\n");
    static volatile uint64_t in[] = {0, 1, 0x80, 0xdeadbeefcafef00dull, 0x8000000000000000ull,
                                     0x00ff00ff00ff00ffull, UINT64_MAX};
    uint64_t h = 0;
    for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++) {
        uint64_t x = in[i];
        uint32_t w = (uint32_t)x;
        int clz = x ? __builtin_clzll(x) : 64, ctz = x ? __builtin_ctzll(x) : 64;
        int clzw = w ? __builtin_clz(w) : 32, ctzw = w ? __builtin_ctz(w) : 32;
        printf("%016" PRIx64 ": pop=%d clz=%d ctz=%d popw=%d clzw=%d ctzw=%d par=%d "
               "bswap=%016" PRIx64 " bswap32=%08" PRIx32 " bswap16=%04x\n",
               x, __builtin_popcountll(x), clz, ctz, __builtin_popcount(w), clzw, ctzw,
               __builtin_parityll(x), __builtin_bswap64(x), __builtin_bswap32(w),
               __builtin_bswap16((uint16_t)x));
        printf("    rotl13=%016" PRIx64 " rotr32_5=%08" PRIx32 " sext.b=%" PRId64 " sext.h=%" PRId64
               " zext.h=%" PRIu64 " andn=%016" PRIx64 " orn=%016" PRIx64 " xnor=%016" PRIx64 "\n",
               rotl(x, 13), rotr32(w, 5), (int64_t)(int8_t)x, (int64_t)(int16_t)x,
               (uint64_t)(uint16_t)x, x & ~h, x | ~h, ~(x ^ h));
        unsigned n = (unsigned)(x % 61);
        printf("    bit %u: set=%016" PRIx64 " clr=%016" PRIx64 " inv=%016" PRIx64 " ext=%d\n", n,
               x | (uint64_t)1 << n, x & ~((uint64_t)1 << n), x ^ (uint64_t)1 << n, (int)(x >> n & 1));
        h = h * 0x9e3779b97f4a7c15ull + x;
        h ^= h >> 29 | h << 35; /* a rotation by a constant (rori) */
    }
    check(__builtin_popcountll(in[3]) == 42, "popcount(0xdeadbeefcafef00d) == 42");
    check(__builtin_bswap64(in[3]) == 0x0df0fecaefbeaddeull, "bswap64");
    check(rotl(in[3], 13) == 0xb7ddf95fde01bbd5ull, "rotl 13");

    /* Signed and unsigned min/max, address arithmetic (sh1add/sh2add/sh3add, add.uw). */
    static volatile int64_t va = -5, vb = 3;
    int64_t a = va, b = vb;
    printf("min=%" PRId64 " max=%" PRId64 " minu=%" PRIu64 " maxu=%" PRIu64 "\n",
           a < b ? a : b, a > b ? a : b, (uint64_t)a < (uint64_t)b ? (uint64_t)a : (uint64_t)b,
           (uint64_t)a > (uint64_t)b ? (uint64_t)a : (uint64_t)b);
    static uint64_t table[64];
    static uint32_t table32[64];
    static uint16_t table16[64];
    for (unsigned i = 0; i < 64; i++) {
        table[i] = rotl(0x0123456789abcdefull, i);
        table32[i] = (uint32_t)table[i] ^ i;
        table16[i] = (uint16_t)(table32[i] >> 7);
    }
    uint64_t acc = 0;
    volatile unsigned step = 7;
    for (unsigned i = 0, j = 0; i < 200; i++, j = (j + step) & 63)
        acc += table[j] ^ table32[(j * 3) & 63] ^ table16[(j + i) & 63];
    printf("table walk: %016" PRIx64 " hash: %016" PRIx64 "\n", acc, h);
}

int main(void)
{
    printf("fpdemo: C with picolibc, float, double and bit tricks\n");
    arithmetic();
    rounding();
    conversions();
    formatting();
    parsing();
    kernels();
    bits();
    printf("fpdemo: %d mismatches\n", mismatches);
    return mismatches;
}
