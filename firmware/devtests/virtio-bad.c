/*
 * virtio-bad.c: malformed virtio-blk requests complete with an error, or put the device in
 * DEVICE_NEEDS_RESET; nothing hangs, and the device keeps working (after a reset if it
 * asked for one).  Same disk image as virtio-blk.c (64 sectors, known content); the image
 * must be unchanged afterwards.
 *
 * Requests and what satp's device does with them (src/devices/virtio/blk.rs, queue.rs,
 * mmio.rs), which this program asserts:
 *   - read at sector 64 (= capacity), read of sectors 63-64, read at sector 2^55 (the
 *     byte offset overflows 64 bits), write at sector 64: status IOERR (1);
 *   - unknown request type 0x77: status UNSUPP (2), used len 1;
 *   - data buffer outside RAM (at the end of RAM, or straddling it), for a read and for a
 *     write: status IOERR, and the write leaves the sector unchanged;
 *   - a descriptor chain that loops (next fields 1 -> 2 -> 1 ...), and a chain whose last
 *     descriptor is not device-writable (no status byte): the chain comes back in the used
 *     ring with len 0 and the status byte untouched; the device does not need a reset;
 *   - an available ring entry naming head 200 (>= queue size 8), and an available index
 *     that jumps by 20: DEVICE_NEEDS_RESET with a configuration-change interrupt.  The
 *     program resets and re-initialises the device and reads again.
 * Built with -DEXPECT_QEMU (make check-qemu-devtests) it expects what QEMU 7.2 does
 * instead where the two differ: a read into a buffer outside RAM succeeds (the bytes are
 * dropped; the write case is skipped), a chain QEMU cannot parse marks the device broken
 * (DEVICE_NEEDS_RESET), and an error status comes with len = all of the device-writable
 * bytes.
 */
#include "virtio.h"

const char dt_name[] = "virtio-bad";

#ifdef EXPECT_QEMU
#define BAD_BUFFER_STATUS BLK_S_OK
#define BAD_CHAIN_RESETS 1
#define ERROR_LEN(writable) (writable)
#else
#define BAD_BUFFER_STATUS BLK_S_IOERR
#define BAD_CHAIN_RESETS 0
#define ERROR_LEN(writable) 1u
#endif

#define RAM_END (RAM_BASE + RAM_SIZE)
#define UNTOUCHED 0xaa

static uint8_t buf[2 * SECTOR] __attribute__((aligned(16)));
static uint8_t expect[SECTOR];
static struct blk_req_header hdr;
static volatile uint8_t status;
static unsigned resets;

/* header -> [data] -> status as descriptors 0, 1, 2 (or 0, 1 without data). */
static struct vio_result request(uint32_t type, uint64_t sector, uint64_t data, uint32_t len,
                                 int data_writable)
{
    hdr.type = type;
    hdr.reserved = 0;
    hdr.sector = sector;
    status = UNTOUCHED;
    volatile struct vq_desc *d = vio.desc;
    d[0] = (struct vq_desc){(uint64_t)(uintptr_t)&hdr, sizeof hdr, VQ_F_NEXT, 1};
    unsigned n = 1;
    if (len) {
        d[1] = (struct vq_desc){data, len, VQ_F_NEXT | (data_writable ? VQ_F_WRITE : 0), 2};
        n = 2;
    }
    d[n] = (struct vq_desc){(uint64_t)(uintptr_t)&status, 1, VQ_F_WRITE, 0};
    return vio_submit(0, 1);
}

/* The device answered with `want` status and `want_len` in the used element. */
static void expect_status(int code, const char *what, struct vio_result r, uint8_t want,
                          uint32_t want_len)
{
    CHECK(code, !r.needs_reset, "%s: device needs reset", what);
    CHECK(code, r.used_id == 0, "%s: used id %u", what, r.used_id);
    CHECK(code, status == want, "%s: status %u, expected %u", what, status, want);
    CHECK(code, r.used_len == want_len, "%s: used len %u, expected %u", what, r.used_len,
          want_len);
    printf("virtio-bad: %s: status %u, len %u: ok\n", what, status, r.used_len);
}

/* The device returned the chain unprocessed: len 0, status byte untouched. */
static void expect_returned(int code, const char *what, struct vio_result r, uint32_t head)
{
    CHECK(code, !r.needs_reset, "%s: device needs reset", what);
    CHECK(code, r.used_id == head, "%s: used id %u, expected %u", what, r.used_id, head);
    CHECK(code, r.used_len == 0, "%s: used len %u, expected 0", what, r.used_len);
    CHECK(code, status == UNTOUCHED, "%s: status byte 0x%x was written", what, status);
    printf("virtio-bad: %s: returned with len 0, no status: ok\n", what);
}

/* The device set DEVICE_NEEDS_RESET and said so with a configuration-change interrupt;
 * reset and re-initialise it. */
static void expect_reset(int code, const char *what, struct vio_result r)
{
    CHECK(code, r.needs_reset, "%s: device did not ask for a reset", what);
    CHECK(code, r.isr & ISR_CONFIG, "%s: no configuration-change interrupt (0x%x)", what, r.isr);
    printf("virtio-bad: %s: device needs reset: ok\n", what);
    vio_init();
    resets++;
}

static void expect_sector(int code, const char *what, unsigned sector)
{
    memset(buf, 0, SECTOR);
    uint8_t s = blk_request(BLK_T_IN, sector, buf, SECTOR);
    CHECK(code, s == BLK_S_OK, "%s: status %u", what, s);
    make_sector(expect, "disk", sector);
    CHECK(code, memcmp(buf, expect, SECTOR) == 0, "%s: sector %u content differs", what, sector);
}

int main(void)
{
    vio.code = 110;
    vio_probe();
    vio_init();
    uint64_t data = (uint64_t)(uintptr_t)buf;
    struct vio_result r;

    /* Sector ranges past the end. */
    r = request(BLK_T_IN, DISK_SECTORS, data, SECTOR, 1);
    expect_status(140, "read at sector 64", r, BLK_S_IOERR, ERROR_LEN(SECTOR + 1));
    r = request(BLK_T_IN, DISK_SECTORS - 1, data, 2 * SECTOR, 1);
    expect_status(141, "read of sectors 63-64", r, BLK_S_IOERR, ERROR_LEN(2 * SECTOR + 1));
    r = request(BLK_T_IN, 1UL << 55, data, SECTOR, 1);
    expect_status(142, "read at sector 2^55", r, BLK_S_IOERR, ERROR_LEN(SECTOR + 1));
    make_sector(buf, "DISK", 0);
    r = request(BLK_T_OUT, DISK_SECTORS, data, SECTOR, 0);
    expect_status(143, "write at sector 64", r, BLK_S_IOERR, 1);

    /* Unknown request type. */
    r = request(0x77, 0, 0, 0, 0);
    expect_status(144, "request type 0x77", r, BLK_S_UNSUPP, 1);

    /* Buffers outside RAM. */
    r = request(BLK_T_IN, 3, RAM_END, SECTOR, 1);
    expect_status(145, "read into a buffer past the end of RAM", r, BAD_BUFFER_STATUS,
                  BAD_BUFFER_STATUS == BLK_S_OK ? SECTOR + 1 : ERROR_LEN(SECTOR + 1));
    r = request(BLK_T_IN, 3, RAM_END - SECTOR / 2, SECTOR, 1);
    expect_status(146, "read into a buffer straddling the end of RAM", r, BAD_BUFFER_STATUS,
                  BAD_BUFFER_STATUS == BLK_S_OK ? SECTOR + 1 : ERROR_LEN(SECTOR + 1));
#ifndef EXPECT_QEMU /* QEMU would write what it reads from the hole to the disk */
    r = request(BLK_T_OUT, 7, RAM_END, SECTOR, 0);
    expect_status(147, "write from a buffer past the end of RAM", r, BLK_S_IOERR, 1);
    expect_sector(148, "sector 7 after the failed write", 7);
#endif

    /* A descriptor chain that loops: 0 -> 1 -> 2 -> 1 -> 2 ... */
    status = UNTOUCHED;
    hdr = (struct blk_req_header){BLK_T_IN, 0, 2};
    volatile struct vq_desc *d = vio.desc;
    d[0] = (struct vq_desc){(uint64_t)(uintptr_t)&hdr, sizeof hdr, VQ_F_NEXT, 1};
    d[1] = (struct vq_desc){data, SECTOR, VQ_F_NEXT | VQ_F_WRITE, 2};
    d[2] = (struct vq_desc){(uint64_t)(uintptr_t)&status, 1, VQ_F_NEXT | VQ_F_WRITE, 1};
    r = vio_submit(0, 1);
    if (BAD_CHAIN_RESETS)
        expect_reset(149, "looping descriptor chain", r);
    else
        expect_returned(149, "looping descriptor chain", r, 0);

    /* No device-writable status byte: header -> "status" that is device-readable. */
    status = UNTOUCHED;
    d = vio.desc;
    d[3] = (struct vq_desc){(uint64_t)(uintptr_t)&hdr, sizeof hdr, VQ_F_NEXT, 4};
    d[4] = (struct vq_desc){(uint64_t)(uintptr_t)&status, 1, 0, 0};
    r = vio_submit(3, 1);
    if (BAD_CHAIN_RESETS)
        expect_reset(150, "chain without a writable status byte", r);
    else
        expect_returned(150, "chain without a writable status byte", r, 3);
    expect_sector(151, "read after the malformed chains", 2);

    /* Ring-level faults: the device can no longer trust the queue. */
    r = vio_submit(200, 1);
    expect_reset(152, "available ring names head 200", r);
    expect_sector(153, "read after reset (bad head)", 2);
    r = vio_submit(0, 20);
    expect_reset(154, "available index jumps by 20", r);
    expect_sector(155, "read after reset (index jump)", 2);

    uint32_t st = vio_read(VIRTIO_STATUS);
    CHECK(156, !(st & (ST_NEEDS_RESET | ST_FAILED)), "status 0x%x at the end", st);
    printf("virtio-bad: %u resets; all checks passed\n", resets);
    return 0;
}
