#!/usr/bin/env python3
"""Writes the generated half-precision test sources (isa/rv64uzfh/, except the
hand-written move.S and ldst.S).

Expected values and flags come from the reference model below, written from
the unprivileged spec ("Zfh" and "F" chapters: IEEE 754-2008 results rounded
once in the five rounding modes, tininess detected after rounding, canonical
NaN results, FMIN/FMAX as minimumNumber/maximumNumber, the FCVT saturation
table) with exact rational arithmetic; the built tests are then checked on
QEMU (check-qemu.sh, `-cpu rv64,zfh=on`).  Run from riscv-tests/:
python3 tools/gen_zfh.py
"""
import os
from fractions import Fraction as Q

NV, DZ, OF, UF, NX = 0x10, 0x08, 0x04, 0x02, 0x01
RMS = ["rne", "rtz", "rdn", "rup", "rmm"]
# (exponent bits, fraction bits) of each format
FMTS = {"H": (5, 10), "S": (8, 23), "D": (11, 52)}
QNAN = {"H": 0x7E00, "S": 0x7FC00000, "D": 0x7FF8000000000000}


def box(fmt, bits):
    """The 64-bit register value holding `bits` (NaN-boxed)."""
    w = {"H": 16, "S": 32, "D": 64}[fmt]
    return ((1 << 64) - (1 << w)) | bits if w < 64 else bits


class V:
    """A decoded value: kind 'nan' (snan flag), 'inf' or 'num' (exact rational,
    neg carries the sign of zero too)."""

    def __init__(self, kind, neg=False, x=Q(0), snan=False):
        self.kind, self.neg, self.x, self.snan = kind, neg, x, snan


def decode(fmt, bits):
    eb, fb = FMTS[fmt]
    bias = (1 << (eb - 1)) - 1
    neg = bool(bits >> (eb + fb) & 1)
    e = bits >> fb & ((1 << eb) - 1)
    f = bits & ((1 << fb) - 1)
    if e == (1 << eb) - 1:
        if f:
            return V("nan", snan=not f >> (fb - 1))
        return V("inf", neg)
    mag = Q(f, 1 << fb) * Q(2) ** (1 - bias) if e == 0 else (1 + Q(f, 1 << fb)) * Q(2) ** (e - bias)
    return V("num", neg, -mag if neg else mag)


def encode_inf(fmt, neg):
    eb, fb = FMTS[fmt]
    return (neg << (eb + fb)) | (((1 << eb) - 1) << fb)


def round_oracle(fmt, neg, cmp, rm):
    """Rounds the nonzero magnitude described by cmp(t) = sign(|v| - t) to `fmt`:
    (bits, flags)."""
    eb, fb = FMTS[fmt]
    bias = (1 << (eb - 1)) - 1
    emin, emax = 1 - bias, bias
    e = max(k for k in range(-1200, 1200) if cmp(Q(2) ** k) >= 0)

    def rnd(ulp):
        lo, hi = 0, 1 << (fb + 2)
        while lo < hi:  # largest n with n*ulp <= |v|
            mid = (lo + hi + 1) // 2
            if cmp(mid * ulp) >= 0:
                lo = mid
            else:
                hi = mid - 1
        n = lo
        if cmp(n * ulp) == 0:
            return n, False
        c = cmp((n + Q(1, 2)) * ulp)
        up = {"rne": c > 0 or (c == 0 and n % 2 == 1), "rtz": False, "rdn": neg,
              "rup": not neg, "rmm": c >= 0}[rm]
        return n + up, True

    n_b, inexact = rnd(Q(2) ** (max(e, emin) - fb))
    r = n_b * Q(2) ** (max(e, emin) - fb)
    flags = NX if inexact else 0
    maxf = (2 - Q(1, 1 << fb)) * Q(2) ** emax
    if r > maxf:
        to_inf = rm in ("rne", "rmm") or (rm == "rdn" and neg) or (rm == "rup" and not neg)
        if to_inf:
            return encode_inf(fmt, neg), OF | NX
        return (neg << (eb + fb)) | encode_mag(fmt, maxf), OF | NX
    if inexact:
        n_u, _ = rnd(Q(2) ** (e - fb))
        if n_u * Q(2) ** (e - fb) < Q(2) ** emin:
            flags |= UF
    return (neg << (eb + fb)) | encode_mag(fmt, r), flags


def encode_mag(fmt, r):
    eb, fb = FMTS[fmt]
    bias = (1 << (eb - 1)) - 1
    emin = 1 - bias
    if r == 0:
        return 0
    if r >= Q(2) ** emin:
        e = emin
        while r >= Q(2) ** (e + 1):
            e += 1
        m = r / Q(2) ** (e - fb) - (1 << fb)
        assert m.denominator == 1
        return ((e + bias) << fb) | int(m)
    m = r / Q(2) ** (emin - fb)
    assert m.denominator == 1
    return int(m)


def round_q(fmt, x, rm, zero_neg=False):
    """Rounds the exact rational x (zero: sign zero_neg)."""
    eb, fb = FMTS[fmt]
    if x == 0:
        return zero_neg << (eb + fb), 0
    neg = x < 0
    a = abs(x)
    return round_oracle(fmt, neg, lambda t: (a > t) - (a < t), rm)


def nan_result(fmt, *vs):
    return QNAN[fmt], NV if any(v.kind == "nan" and v.snan for v in vs) else 0


def add(fmt, a, b, rm):
    if a.kind == "nan" or b.kind == "nan":
        return nan_result(fmt, a, b)
    if a.kind == "inf" and b.kind == "inf":
        return (QNAN[fmt], NV) if a.neg != b.neg else (encode_inf(fmt, a.neg), 0)
    if a.kind == "inf" or b.kind == "inf":
        return encode_inf(fmt, (a if a.kind == "inf" else b).neg), 0
    s = a.x + b.x
    if s == 0:
        if a.x == 0 and b.x == 0 and a.neg == b.neg:
            return round_q(fmt, s, rm, a.neg)
        return round_q(fmt, s, rm, rm == "rdn")
    return round_q(fmt, s, rm)


def neg(v):
    return V(v.kind, not v.neg, -v.x, v.snan)


def mul(fmt, a, b, rm):
    if a.kind == "nan" or b.kind == "nan":
        return nan_result(fmt, a, b)
    sign = a.neg != b.neg
    if a.kind == "inf" or b.kind == "inf":
        other = b if a.kind == "inf" else a
        if other.kind == "num" and other.x == 0:
            return QNAN[fmt], NV
        return encode_inf(fmt, sign), 0
    return round_q(fmt, a.x * b.x, rm, sign)


def div(fmt, a, b, rm):
    if a.kind == "nan" or b.kind == "nan":
        return nan_result(fmt, a, b)
    sign = a.neg != b.neg
    if a.kind == "inf":
        return (QNAN[fmt], NV) if b.kind == "inf" else (encode_inf(fmt, sign), 0)
    if b.kind == "inf":
        return round_q(fmt, Q(0), rm, sign)
    if b.x == 0:
        return (QNAN[fmt], NV) if a.x == 0 else (encode_inf(fmt, sign), DZ)
    return round_q(fmt, a.x / b.x, rm, sign)


def sqrt(fmt, a, rm):
    if a.kind == "nan":
        return nan_result(fmt, a)
    if a.kind == "inf":
        return (QNAN[fmt], NV) if a.neg else (encode_inf(fmt, False), 0)
    if a.x == 0:
        return round_q(fmt, Q(0), rm, a.neg)
    if a.x < 0:
        return QNAN[fmt], NV
    x = a.x
    return round_oracle(fmt, False, lambda t: (x > t * t) - (x < t * t), rm)


def fma(fmt, op, a, b, c, rm):
    if op in ("fnmsub", "fnmadd"):
        a = neg(a)
    if op in ("fmsub", "fnmadd"):
        c = neg(c)
    inf_zero = any(p.kind == "inf" and q.kind == "num" and q.x == 0 for p, q in ((a, b), (b, a)))
    if inf_zero:
        return QNAN[fmt], NV
    if a.kind == "nan" or b.kind == "nan" or c.kind == "nan":
        return nan_result(fmt, a, b, c)
    psign = a.neg != b.neg
    if a.kind == "inf" or b.kind == "inf":
        if c.kind == "inf" and c.neg != psign:
            return QNAN[fmt], NV
        return encode_inf(fmt, psign), 0
    if c.kind == "inf":
        return encode_inf(fmt, c.neg), 0
    p = a.x * b.x
    s = p + c.x
    if s == 0:
        if p == 0 and c.x == 0 and psign == c.neg:
            return round_q(fmt, s, rm, psign)
        return round_q(fmt, s, rm, rm == "rdn")
    return round_q(fmt, s, rm)


def cvt(to, a, rm):
    if a.kind == "nan":
        return nan_result(to, a)
    if a.kind == "inf":
        return encode_inf(to, a.neg), 0
    return round_q(to, a.x, rm, a.neg)


INT_RANGE = {"w": (-(1 << 31), (1 << 31) - 1), "wu": (0, (1 << 32) - 1),
             "l": (-(1 << 63), (1 << 63) - 1), "lu": (0, (1 << 64) - 1)}


def reg_of_int(kind, n):
    """The x-register value of an FCVT.W/WU/L/LU result (32-bit ones sign-extended)."""
    if kind in ("w", "wu"):
        n &= (1 << 32) - 1
        if n >> 31:
            n |= ((1 << 32) - 1) << 32
    return n & ((1 << 64) - 1)


def to_int(kind, a, rm):
    lo, hi = INT_RANGE[kind]
    if a.kind == "nan" or (a.kind == "inf" and not a.neg):
        return reg_of_int(kind, hi), NV
    if a.kind == "inf":
        return reg_of_int(kind, lo), NV
    x = a.x
    n = x.numerator // x.denominator  # floor
    rem = x - n
    if rem:
        c = (rem > Q(1, 2)) - (rem < Q(1, 2))
        # n is the floor: ties away from zero go up only for positive values
        up = {"rne": c > 0 or (c == 0 and n % 2 == 1), "rtz": x < 0, "rdn": False,
              "rup": True, "rmm": c > 0 or (c == 0 and x > 0)}[rm]
        n += up
    if n < lo or n > hi:
        return reg_of_int(kind, lo if x < 0 else hi), NV
    return reg_of_int(kind, n), NX if rem else 0


def compare(op, a, b):
    nan = a.kind == "nan" or b.kind == "nan"
    if op == "feq":
        flags = NV if (a.kind == "nan" and a.snan) or (b.kind == "nan" and b.snan) else 0
    else:
        flags = NV if nan else 0
    if nan:
        return 0, flags

    def key(v):
        return (-1 if v.neg else 1, 0) if v.kind == "inf" else (0, v.x)

    ka, kb = key(a), key(b)
    return int({"feq": ka == kb, "flt": ka < kb, "fle": ka <= kb}[op]), flags


def classify(fmt, bits):
    v = decode(fmt, bits)
    eb, fb = FMTS[fmt]
    if v.kind == "nan":
        return 1 << (8 if v.snan else 9)
    if v.kind == "inf":
        return 1 << (0 if v.neg else 7)
    e = bits >> fb & ((1 << eb) - 1)
    if v.x == 0:
        return 1 << (3 if v.neg else 4)
    if e == 0:
        return 1 << (2 if v.neg else 5)
    return 1 << (1 if v.neg else 6)


def min_max(fmt, op, abits, bbits):
    a, b = decode(fmt, abits), decode(fmt, bbits)
    flags = NV if any(v.kind == "nan" and v.snan for v in (a, b)) else 0
    if a.kind == "nan" and b.kind == "nan":
        return QNAN[fmt], flags
    if a.kind == "nan":
        return bbits, flags
    if b.kind == "nan":
        return abits, flags

    def key(v):
        return ((-1 if v.neg else 1), 0) if v.kind == "inf" else (0, v.x, 0 if v.neg else 1)

    a_less = key(a) < key(b)
    return (abits if a_less == (op == "fmin") else bbits), flags


# ---- test cases ------------------------------------------------------------

ONE, TWO, HALF, THIRD = 0x3C00, 0x4000, 0x3800, 0x3555
MAXH, MINN, MINS, MAXS = 0x7BFF, 0x0400, 0x0001, 0x03FF
PINF, NINF, QN, SN = 0x7C00, 0xFC00, 0x7E00, 0x7C01
NZ = 0x8000


class Suite:
    def __init__(self, name, title, lines):
        self.name, self.title, self.lines, self.body, self.n = name, title, lines, [], 2

    def add(self, text):
        self.body.append(f"  {text}")
        self.n += 1

    def comment(self, text):
        self.body.append(f"  # {text}")

    def write(self):
        hdr = [f"# {self.name}: {self.title}"] + [f"# {t}" for t in self.lines]
        hdr += ["# Generated by tools/gen_zfh.py from its reference model; do not edit.",
                '#include "riscv_test.h"', '#include "test_macros.h"', '#include "fp_macros.h"',
                "", "RVTEST_RV64U", "RVTEST_CODE_BEGIN", ""]
        tail = ["", "  TEST_PASSFAIL", "", "RVTEST_CODE_END", "", "RVTEST_DATA_BEGIN",
                "RVTEST_DATA_END", ""]
        path = os.path.join("isa", "rv64uzfh", f"{self.name}.S")
        with open(path, "w") as f:
            f.write("\n".join(hdr + self.body + tail))


def h(x):
    return f"{x:#x}"


def fp2(s, inst, a, b, rm=None):
    fn = {"fadd.h": lambda x, y, m: add("H", x, y, m),
          "fsub.h": lambda x, y, m: add("H", x, neg(y), m),
          "fmul.h": lambda x, y, m: mul("H", x, y, m),
          "fdiv.h": lambda x, y, m: div("H", x, y, m)}[inst]
    r, fl = fn(decode("H", a), decode("H", b), rm or "rne")
    if rm:
        s.add(f"TEST_FP2_RM({s.n}, H, {inst}, {rm}, {fl:#x}, HP({h(r)}), {h(a)}, {h(b)})")
    else:
        s.add(f"TEST_FP2({s.n}, H, {inst}, {fl:#x}, HP({h(r)}), {h(a)}, {h(b)})")


def gen_fadd():
    s = Suite("fadd", "FADD.H, FSUB.H, FMUL.H: results, flags, NaNs, signed zeros",
              ["Half precision: 5 exponent bits, 10 fraction bits, NaN-boxed results."])
    s.comment("dynamic rounding mode (frm = RNE)")
    for a, b in [(ONE, TWO), (ONE, THIRD), (0xBC00, ONE), (ONE, MINS), (MINN, 0x8001),
                 (MAXH, MAXH), (PINF, NINF), (SN, ONE), (0x7E55, ONE), (PINF, MAXH),
                 (NZ, NZ), (NZ, 0), (0x3E00, 0x3A00)]:
        fp2(s, "fadd.h", a, b)
    s.comment("static rounding modes")
    for rm in RMS:
        fp2(s, "fadd.h", ONE, 0x1001, rm)
        fp2(s, "fadd.h", MAXH, 0x5000, rm)
    fp2(s, "fadd.h", 0xBC00, ONE, "rdn")
    for a, b in [(0x4100, ONE), (ONE, THIRD), (MINN, 0x0401), (0xBC00, MAXH), (PINF, PINF),
                 (ONE, ONE)]:
        fp2(s, "fsub.h", a, b)
    for a, b in [(0x4100, 0x3E00), (THIRD, 0x4200), (MAXH, TWO), (MINN, HALF), (MINN, THIRD),
                 (MINS, HALF), (0xBC00, NZ), (PINF, 0), (SN, QN), (PINF, 0xBC00)]:
        fp2(s, "fmul.h", a, b)
    for rm in RMS:
        fp2(s, "fmul.h", THIRD, 0x4200, rm)
        fp2(s, "fmul.h", 0x8401, HALF, rm)
    s.write()


def gen_fdiv():
    s = Suite("fdiv", "FDIV.H, FSQRT.H: results, flags, special operands", [])
    for a, b in [(ONE, 0x4200), (0x4200, TWO), (ONE, 0), (0xBC00, 0), (0, 0), (PINF, PINF),
                 (ONE, PINF), (MAXH, HALF), (MINN, 0x4400), (SN, ONE), (NZ, ONE)]:
        fp2(s, "fdiv.h", a, b)
    for rm in RMS:
        fp2(s, "fdiv.h", ONE, 0x4200, rm)
        fp2(s, "fdiv.h", 0xBC00, 0x4200, rm)
    for a in [0x4400, TWO, 0x4200, NZ, 0, PINF, NINF, 0xBC00, MINS, MAXH, SN, QN]:
        r, fl = sqrt("H", decode("H", a), "rne")
        s.add(f"TEST_FP1({s.n}, H, fsqrt.h, {fl:#x}, HP({h(r)}), {h(a)})")
    for rm in RMS:
        r, fl = sqrt("H", decode("H", TWO), rm)
        s.add(f"TEST_FP1_RM({s.n}, H, fsqrt.h, {rm}, {fl:#x}, HP({h(r)}), {h(TWO)})")
    s.write()


def gen_fmadd():
    s = Suite("fmadd", "FMADD.H, FMSUB.H, FNMSUB.H, FNMADD.H: one rounding, signs, NaNs", [])
    cases = [(ONE, 0x4200, 0x3800), (0x3C01, 0x3BFF, 0xBC00), (THIRD, 0x4200, 0xBC00),
             (MAXH, TWO, NINF), (PINF, 0, QN), (PINF, ONE, NINF), (ONE, ONE, NZ),
             (NZ, ONE, NZ), (SN, ONE, ONE), (MINN, HALF, MINS), (0x7000, 0x7000, 0xFBFF)]
    for op in ["fmadd.h", "fmsub.h", "fnmsub.h", "fnmadd.h"]:
        for a, b, c in cases:
            r, fl = fma("H", op[:-2], decode("H", a), decode("H", b), decode("H", c), "rne")
            s.add(f"TEST_FP3({s.n}, H, {op}, {fl:#x}, HP({h(r)}), {h(a)}, {h(b)}, {h(c)})")
    for rm in RMS:
        a, b, c = 0x3C01, 0x3C01, 0xBC00
        r, fl = fma("H", "fmadd", decode("H", a), decode("H", b), decode("H", c), rm)
        s.add(f"TEST_FP3_RM({s.n}, H, fmadd.h, {rm}, {fl:#x}, HP({h(r)}), {h(a)}, {h(b)}, {h(c)})")
        a, b, c = ONE, 0x3C01, 0x1000
        r, fl = fma("H", "fnmsub", decode("H", a), decode("H", b), decode("H", c), rm)
        s.add(f"TEST_FP3_RM({s.n}, H, fnmsub.h, {rm}, {fl:#x}, HP({h(r)}), {h(a)}, {h(b)}, {h(c)})")
    s.write()


def gen_fcvt():
    s = Suite("fcvt", "FCVT.H.S, FCVT.S.H, FCVT.H.D, FCVT.D.H, FCVT.H.{W,WU,L,LU}",
              ["Widening is exact; narrowing rounds; NaN results are canonical."])
    s.comment("half to single and double (exact; an sNaN raises NV)")
    for a in [ONE, THIRD, MAXH, MINS, NZ, NINF, SN, 0x7E55, 0xFE00]:
        for to, tm in [("s", "S"), ("d", "D")]:
            r, fl = cvt(tm, decode("H", a), "rne")
            s.add(f"TEST_FP1({s.n}, H, fcvt.{to}.h, {fl:#x}, {h(box(tm, r))}, {h(a)})")
    s.comment("single to half")
    for a in [0x3F800000, 0x3EAAAAAB, 0x477FE000, 0x477FF000, 0x47800000, 0x33800000,
              0x33000000, 0x38800000, 0x387FC000, 0x80000000, 0xFF800000, 0x7F800001,
              0x7FC12345, 0x3F801000, 0x3F803000]:
        r, fl = cvt("H", decode("S", a), "rne")
        s.add(f"TEST_FP1({s.n}, S, fcvt.h.s, {fl:#x}, HP({h(r)}), {h(a)})")
    for rm in RMS:
        for a in [0x3EAAAAAB, 0xBEAAAAAB, 0x47800000, 0x3F801000]:
            r, fl = cvt("H", decode("S", a), rm)
            s.add(f"TEST_FP1_RM({s.n}, S, fcvt.h.s, {rm}, {fl:#x}, HP({h(r)}), {h(a)})")
    s.comment("double to half")
    for a in [0x3FF0000000000000, 0x3FD5555555555555, 0x40EFFC0000000000, 0x7FEFFFFFFFFFFFFF,
              0x3E70000000000000, 0x0000000000000001, 0x7FF0000000000001, 0xFFF0000000000000,
              0x3F10000000000000]:
        r, fl = cvt("H", decode("D", a), "rne")
        s.add(f"TEST_FP1({s.n}, D, fcvt.h.d, {fl:#x}, HP({h(r)}), {h(a)})")
    for rm in RMS:
        a = 0xBFD5555555555555
        r, fl = cvt("H", decode("D", a), rm)
        s.add(f"TEST_FP1_RM({s.n}, D, fcvt.h.d, {rm}, {fl:#x}, HP({h(r)}), {h(a)})")
    s.comment("integers to half")
    for kind, vals in [("w", [0, 1, -1, 2049, 65504, 65520, -65536, -2147483648]),
                       ("wu", [0, 1, 0xFFFFFFFF, 2049, 0xFFFFFFFF80000000]),
                       ("l", [1, -3, 2051, 1 << 40, -(1 << 63)]),
                       ("lu", [1, 2051, 65519, (1 << 64) - 1])]:
        bits = {"w": 32, "wu": 32, "l": 64, "lu": 64}[kind]
        for v in vals:
            x = v & ((1 << bits) - 1)
            if kind in ("w", "l") and x >> (bits - 1):
                x -= 1 << bits
            r, fl = round_q("H", Q(x), "rne")
            lit = f"{v:#x}" if v >= 0 else f"{v}"
            s.add(f"TEST_INT_FP({s.n}, fcvt.h.{kind}, {fl:#x}, HP({h(r)}), {lit})")
    for rm in RMS:
        for v in [2049, -2051]:
            r, fl = round_q("H", Q(v), rm)
            s.add(f"TEST_INT_FP_RM({s.n}, fcvt.h.w, {rm}, {fl:#x}, HP({h(r)}), {v})")
    s.write()


def gen_fcvt_w():
    s = Suite("fcvt_w", "FCVT.{W,WU,L,LU}.H: rounding, saturation, NaN and infinities",
              ["32-bit results are sign-extended (WU too)."])
    vals = [0, NZ, ONE, 0xBC00, 0x3E00, 0xBE00, 0x3800, 0xB800, 0x4100, 0xC100, 0x3BFF,
            MAXH, 0xFBFF, MINS, PINF, NINF, QN, SN]
    for kind in ["w", "wu", "l", "lu"]:
        for a in vals:
            r, fl = to_int(kind, decode("H", a), "rtz")
            s.add(f"TEST_FP_INT1_RM({s.n}, H, fcvt.{kind}.h, rtz, {fl:#x}, {h(r)}, {h(a)})")
    for rm in RMS:
        for a in [0x3E00, 0xBE00, 0x4100, 0xC100, 0x3800]:
            r, fl = to_int("w", decode("H", a), rm)
            s.add(f"TEST_FP_INT1_RM({s.n}, H, fcvt.w.h, {rm}, {fl:#x}, {h(r)}, {h(a)})")
    for a in [0x3E00, 0x4100]:
        r, fl = to_int("l", decode("H", a), "rne")
        s.add(f"TEST_FP_INT1({s.n}, H, fcvt.l.h, {fl:#x}, {h(r)}, {h(a)})")
    s.write()


def gen_fcmp():
    s = Suite("fcmp", "FEQ.H (quiet), FLT.H and FLE.H (signalling)", [])
    pairs = [(ONE, ONE), (ONE, TWO), (TWO, ONE), (0, NZ), (NZ, 0), (NINF, MAXH), (MINS, 0),
             (0xBC00, 0xC000), (QN, ONE), (ONE, QN), (SN, ONE), (QN, QN), (PINF, PINF)]
    for op in ["feq", "flt", "fle"]:
        for a, b in pairs:
            r, fl = compare(op, decode("H", a), decode("H", b))
            s.add(f"TEST_FP_INT2({s.n}, H, {op}.h, {fl:#x}, {r}, {h(a)}, {h(b)})")
    s.write()


def gen_fclass():
    s = Suite("fclass", "FCLASS.H: one bit for each of the ten classes", [])
    for a in [NINF, 0xBC00, 0x8001, NZ, 0, MINS, ONE, PINF, SN, QN, 0xFE00, 0x83FF, MINN]:
        s.add(f"TEST_FP_INT1({s.n}, H, fclass.h, 0, {h(classify('H', a))}, {h(a)})")
    s.comment("a value that is not NaN-boxed reads as the canonical NaN (quiet)")
    s.add(f"TEST_FP_CASE({s.n}, 0, a4, 0x200, li a1, 0x3f800000; fmv.w.x f1, a1; "
          "fclass.h a4, f1)")
    s.write()


def gen_fmin():
    s = Suite("fmin", "FMIN.H, FMAX.H: minimumNumber/maximumNumber, -0 < +0", [])
    pairs = [(ONE, TWO), (TWO, ONE), (0xBC00, ONE), (0, NZ), (NZ, 0), (QN, ONE), (ONE, QN),
             (SN, ONE), (ONE, SN), (QN, QN), (SN, QN), (NINF, MAXH), (MINS, 0x8001)]
    for op in ["fmin", "fmax"]:
        for a, b in pairs:
            r, fl = min_max("H", op, a, b)
            s.add(f"TEST_FP2({s.n}, H, {op}.h, {fl:#x}, HP({h(r)}), {h(a)}, {h(b)})")
    s.write()


def self_check():
    """A few values worked by hand."""
    assert round_q("H", Q(1, 3), "rne") == (0x3555, NX)
    assert round_q("H", Q(65520), "rne") == (0x7C00, OF | NX)
    assert round_q("H", Q(65519), "rne") == (0x7BFF, NX)
    assert round_q("H", Q(1, 1 << 25), "rne") == (0, UF | NX)
    assert round_q("H", Q(3, 1 << 26), "rne") == (1, UF | NX)
    assert add("H", decode("H", ONE), decode("H", TWO), "rne") == (0x4200, 0)
    assert sqrt("H", decode("H", TWO), "rne") == (0x3DA8, NX)
    assert to_int("wu", decode("H", 0xBC00), "rtz") == (0, NV)
    assert to_int("w", decode("H", QN), "rtz") == (0x7FFFFFFF, NV)
    assert to_int("w", decode("H", 0xBE00), "rmm") == ((1 << 64) - 2, NX)


if __name__ == "__main__":
    self_check()
    os.makedirs(os.path.join("isa", "rv64uzfh"), exist_ok=True)
    for g in [gen_fadd, gen_fdiv, gen_fmadd, gen_fcvt, gen_fcvt_w, gen_fcmp, gen_fclass, gen_fmin]:
        g()
