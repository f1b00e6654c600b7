/*
 * virtio-code.c: code loaded by a virtio-blk DMA read must run as its new bytes.
 *
 * A kernel loads programs from disk by DMA into pages that held other code, then executes
 * FENCE.I (Zifencei) before running them.  An emulator that keeps decoded code must see the
 * device's writes as well as the harts' stores.  With the 64-sector test image attached
 * (see virtio.h), on page X (4 KiB, in RAM):
 *   1. a constant function, written by the CPU, runs; another function's bytes are written
 *      to disk sector 40 and read back by DMA straight into X; after FENCE.I, X must run
 *      the new function (the bytes the CPU reads at X are checked first);
 *   2. four more functions, of two shapes, in turn through sectors 41-44 into X;
 *   3. a straight line of 250 ADDIs and a RET spanning two sectors of X (1004 bytes),
 *      written by the CPU and run; then one sector read by DMA over its second half
 *      (sector 50), then one over its first half (sector 51), each followed by FENCE.I
 *      and a run: a DMA write into the middle of a run of code that ran before.
 * The disk keeps the written sectors (40-44, 50, 51); everything else is unchanged.
 * Exit codes 226-255 (226-246: the driver, see virtio.c).
 */
#include "code.h"
#include "virtio.h"

const char dt_name[] = "virtio-code";

static uint64_t page_x[512] __attribute__((aligned(4096)));
static uint16_t staging[SECTOR] __attribute__((aligned(8))); /* two sectors */
static uint8_t sector_buf[SECTOR] __attribute__((aligned(16)));

/* Writes `n` bytes of code (zero-padded to a sector) to sector `s`. */
static void write_sector(unsigned s, const void *code, size_t n)
{
    memset(sector_buf, 0, sizeof sector_buf);
    memcpy(sector_buf, code, n);
    uint8_t st = blk_request(BLK_T_OUT, s, sector_buf, SECTOR);
    CHECK(247, st == BLK_S_OK, "write of sector %u: status %u", s, st);
}

/* Reads sector `s` by DMA to `dst`, then checks the CPU reads there what was written. */
static void read_sector(unsigned s, void *dst, const void *want, size_t n)
{
    uint8_t st = blk_request(BLK_T_IN, s, dst, SECTOR);
    CHECK(248, st == BLK_S_OK, "read of sector %u: status %u", s, st);
    CHECK(249, memcmp(dst, want, n) == 0, "sector %u read to 0x%lx: not the bytes written", s,
          (uint64_t)(uintptr_t)dst);
}

/* 250 x `addi a0, a0, imm` (the first 128 with imm1: bytes 0-511, the rest with imm2)
 * and a RET: returns x + 128 * imm1 + 122 * imm2. */
#define LINE_FIRST 128
#define LINE_TOTAL 250
static size_t gen_line(uint16_t *buf, int imm1, int imm2)
{
    struct code c = {buf, buf};
    for (int i = 0; i < LINE_TOTAL; i++)
        emit32(&c, ADDI(X_A0, X_A0, i < LINE_FIRST ? imm1 : imm2));
    emit32(&c, RET);
    return code_end(&c);
}
static long line(long x, long imm1, long imm2)
{
    return x + LINE_FIRST * imm1 + (LINE_TOTAL - LINE_FIRST) * imm2;
}

int main(void)
{
    vio.code = 226;
    vio_probe();
    vio_init();

    /* 1. */
    size_t n = gen_const(staging, 0, 0x600dc0de);
    copy_sd(page_x, staging, n);
    fence_i();
    long r = run_code(page_x, 0);
    CHECK(250, r == 0x600dc0de, "the function written by the CPU returned 0x%lx", r);
    n = gen_affine(staging, 1, 13, -99);
    write_sector(40, staging, n);
    read_sector(40, page_x, staging, n);
    fence_i();
    r = run_code(page_x, 1234);
    CHECK(251, r == affine(1234, 13, -99), "code read from sector 40 returned %ld, expected %ld",
          r, affine(1234, 13, -99));
    printf("virtio-code: a function read by DMA over one that ran: ok\n");

    /* 2. */
    for (unsigned i = 0; i < 4; i++) {
        long x = 50 + i, want;
        if (i & 1) {
            n = gen_affine(staging, 0, 7 + (int)i, 300 * (int)i);
            want = affine(x, 7 + i, 300 * i);
        } else {
            int32_t k = 0x7e570000 + 0x3333 * (int32_t)i;
            n = gen_const(staging, 1, k);
            want = k;
        }
        write_sector(41 + i, staging, n);
        read_sector(41 + i, page_x, staging, n);
        fence_i();
        r = run_code(page_x, x);
        CHECK(252, r == want, "round %u: code read from sector %u returned %ld, expected %ld", i,
              41 + i, r, want);
    }
    printf("virtio-code: 4 more functions in turn through sectors 41-44: ok\n");

    /* 3. */
    n = gen_line(staging, 3, 5);
    copy_sd(page_x, staging, n);
    fence_i();
    r = run_code(page_x, 1);
    CHECK(253, r == line(1, 3, 5), "the 250-instruction line returned %ld, expected %ld", r,
          line(1, 3, 5));
    gen_line(staging, 3, -7);
    write_sector(50, (uint8_t *)staging + SECTOR, n - SECTOR);
    read_sector(50, (uint8_t *)page_x + SECTOR, (uint8_t *)staging + SECTOR, n - SECTOR);
    fence_i();
    r = run_code(page_x, 1);
    CHECK(254, r == line(1, 3, -7),
          "after sector 50 was read over its second half: %ld, expected %ld", r, line(1, 3, -7));
    gen_line(staging, -2, -7);
    write_sector(51, staging, SECTOR);
    read_sector(51, page_x, staging, SECTOR);
    fence_i();
    r = run_code(page_x, 1);
    CHECK(255, r == line(1, -2, -7),
          "after sector 51 was read over its first half: %ld, expected %ld", r, line(1, -2, -7));
    printf("virtio-code: sectors read over either half of a 250-instruction line: ok\n");

    printf("virtio-code: %u requests, %u interrupts; all checks passed\n", vio.used_seen, vio.irqs);
    return 0;
}
