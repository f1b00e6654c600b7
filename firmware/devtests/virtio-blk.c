/*
 * virtio-blk.c: a virtio block device driven the way a kernel would, with interrupts.
 *
 * With one disk image attached (64 sectors; sector s holds 16 lines
 * "disk sector SSSS line LL ------\n", see virtio.h), the program
 *   - probes the 8 virtio-mmio slots (magic "virt", version, device ID 2, vendor "QEMU");
 *   - initialises the device per virtio 1.2 section 3.1.1 in the layout the slot reports
 *     (modern Version 2, or legacy Version 1 with GuestPageSize/QueuePFN);
 *   - reads sector 2 and compares it with the image's known content;
 *   - writes sector 5 (lines tagged "DISK" instead of "disk") and reads it back;
 *   - reads sectors 3 and 4 with one request whose data is split over two descriptors;
 *   - sends a FLUSH if VIRTIO_BLK_F_FLUSH was negotiated.
 * Every request completes by interrupt (PLIC source slot + 1, InterruptStatus/ACK).  The
 * host test then finds sector 5 rewritten in the image file (unchanged with --snapshot).
 */
#include "virtio.h"

const char dt_name[] = "virtio-blk";

static uint8_t buf[2 * SECTOR] __attribute__((aligned(16)));
static uint8_t buf2[SECTOR] __attribute__((aligned(16)));
static uint8_t expect[2 * SECTOR];

static void check_sector(int code, const uint8_t *got, const char *tag, unsigned sector)
{
    make_sector(expect, tag, sector);
    for (unsigned i = 0; i < SECTOR; i++)
        CHECK(code, got[i] == expect[i], "sector %u byte %u is 0x%x, expected 0x%x", sector, i,
              got[i], expect[i]);
}

int main(void)
{
    vio.code = 60;
    vio_probe();
    vio_init();
    uint32_t st = vio_read(VIRTIO_STATUS);
    CHECK(90, !(st & (ST_NEEDS_RESET | ST_FAILED)) && (st & ST_DRIVER_OK),
          "status 0x%x after initialisation", st);

    /* Known content. */
    memset(buf, 0, sizeof buf);
    uint8_t s = blk_request(BLK_T_IN, 2, buf, SECTOR);
    CHECK(91, s == BLK_S_OK, "read of sector 2: status %u", s);
    check_sector(92, buf, "disk", 2);
    printf("virtio-blk: read sector 2: ok\n");

    /* Write, then read back into another buffer. */
    make_sector(buf, "DISK", 5);
    s = blk_request(BLK_T_OUT, 5, buf, SECTOR);
    CHECK(93, s == BLK_S_OK, "write of sector 5: status %u", s);
    memset(buf2, 0, sizeof buf2);
    s = blk_request(BLK_T_IN, 5, buf2, SECTOR);
    CHECK(94, s == BLK_S_OK, "read back of sector 5: status %u", s);
    check_sector(95, buf2, "DISK", 5);
    printf("virtio-blk: wrote sector 5 and read it back: ok\n");

    /* Two sectors into two data descriptors: header, data, data, status. */
    memset(buf, 0, sizeof buf);
    memset(buf2, 0, sizeof buf2);
    static struct blk_req_header h;
    static volatile uint8_t status;
    h.type = BLK_T_IN;
    h.sector = 3;
    status = 0xff;
    volatile struct vq_desc *d = vio.desc;
    d[4] = (struct vq_desc){(uint64_t)(uintptr_t)&h, sizeof h, VQ_F_NEXT, 6};
    d[6] = (struct vq_desc){(uint64_t)(uintptr_t)buf2, SECTOR, VQ_F_NEXT | VQ_F_WRITE, 7};
    d[7] = (struct vq_desc){(uint64_t)(uintptr_t)buf, SECTOR, VQ_F_NEXT | VQ_F_WRITE, 5};
    d[5] = (struct vq_desc){(uint64_t)(uintptr_t)&status, 1, VQ_F_WRITE, 0};
    struct vio_result r = vio_submit(4, 1);
    CHECK(96, !r.needs_reset && r.used_id == 4 && r.used_len == 2 * SECTOR + 1,
          "split read: needs reset %d, used id %u len %u", r.needs_reset, r.used_id, r.used_len);
    CHECK(97, status == BLK_S_OK, "split read: status %u", status);
    check_sector(98, buf2, "disk", 3);
    check_sector(98, buf, "disk", 4);
    printf("virtio-blk: read sectors 3-4 through a 4-descriptor chain: ok\n");

    if (vio.features & F_BLK_FLUSH) {
        s = blk_request(BLK_T_FLUSH, 0, 0, 0);
        CHECK(99, s == BLK_S_OK, "flush: status %u", s);
        printf("virtio-blk: flush: ok\n");
    }
    uint32_t isr = vio_read(VIRTIO_INTERRUPT_STATUS);
    CHECK(100, isr == 0, "InterruptStatus 0x%x after every interrupt was acknowledged", isr);
    printf("virtio-blk: %u requests, %u interrupts; all checks passed\n", vio.used_seen, vio.irqs);
    return 0;
}
