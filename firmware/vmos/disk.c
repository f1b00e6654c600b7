/*
 * disk.c: the swap device, a virtio-blk disk on virtio-mmio (virtio 1.2: 2.7 "Split
 * Virtqueues", 4.2 "Virtio Over MMIO", 5.2 "Block Device").  Modern (version 2) and legacy
 * (version 1) register layouts are both driven.
 *
 * Requests are asynchronous: disk_submit() queues one (read or write of one 4 KiB page,
 * 8 sectors) and returns; the device works on one request at a time, and its completion
 * interrupt (PLIC source slot + 1, S-mode context of hart 0) calls vm_io_done(tag) and
 * starts the next queued request.  So a process that waits for a page sleeps while the
 * others run.
 */
#include "kernel.h"

#define R_MAGIC 0x000
#define R_VERSION 0x004
#define R_DEVICE_ID 0x008
#define R_DEVICE_FEATURES 0x010
#define R_DEVICE_FEATURES_SEL 0x014
#define R_DRIVER_FEATURES 0x020
#define R_DRIVER_FEATURES_SEL 0x024
#define R_GUEST_PAGE_SIZE 0x028
#define R_QUEUE_SEL 0x030
#define R_QUEUE_NUM_MAX 0x034
#define R_QUEUE_NUM 0x038
#define R_QUEUE_ALIGN 0x03c
#define R_QUEUE_PFN 0x040
#define R_QUEUE_READY 0x044
#define R_QUEUE_NOTIFY 0x050
#define R_INTERRUPT_STATUS 0x060
#define R_INTERRUPT_ACK 0x064
#define R_STATUS 0x070
#define R_QUEUE_DESC_LOW 0x080
#define R_QUEUE_DESC_HIGH 0x084
#define R_QUEUE_DRIVER_LOW 0x090
#define R_QUEUE_DRIVER_HIGH 0x094
#define R_QUEUE_DEVICE_LOW 0x0a0
#define R_QUEUE_DEVICE_HIGH 0x0a4
#define R_CONFIG 0x100

#define ST_ACKNOWLEDGE 1
#define ST_DRIVER 2
#define ST_DRIVER_OK 4
#define ST_FEATURES_OK 8
#define F_VERSION_1 (1UL << 32)

#define VQ_F_NEXT 1
#define VQ_F_WRITE 2
#define VQ_SIZE 8
#define BLK_T_IN 0
#define BLK_T_OUT 1

struct vq_desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags;
    uint16_t next;
};
struct vq_avail {
    uint16_t flags;
    uint16_t idx;
    uint16_t ring[VQ_SIZE];
    uint16_t used_event;
};
struct vq_used {
    uint16_t flags;
    uint16_t idx;
    struct {
        uint32_t id;
        uint32_t len;
    } ring[VQ_SIZE];
    uint16_t avail_event;
};
struct blk_header {
    uint32_t type;
    uint32_t reserved;
    uint64_t sector;
};

/* Descriptors and available ring on the first page, used ring on the second (the legacy
 * layout with QueueAlign 4096; the modern registers get the same addresses). */
static uint8_t vq_mem[2 * 4096] __attribute__((aligned(4096)));
static volatile struct vq_desc *desc;
static volatile struct vq_avail *avail;
static volatile struct vq_used *used;
static uint16_t used_seen;
static uint64_t base;
static unsigned irq;
static uint64_t capacity;

static struct blk_header header;
static volatile uint8_t status;

/* The queue of requests; the one at head is on the device while `inflight`. */
#define QLEN 32
static struct req {
    int write;
    uint64_t sector, pa;
    int tag;
} queue[QLEN];
static unsigned qhead, qtail;
static int inflight;

static uint32_t rd(unsigned r) { return mmio_read32(base + r); }
static void wr(unsigned r, uint32_t v) { mmio_write32(base + r, v); }

uint64_t disk_sectors(void) { return capacity; }

int disk_init(void)
{
    int legacy = 0;
    base = 0;
    for (int s = 0; s < VIRTIO_SLOTS; s++) {
        uint64_t b = VIRTIO_BASE + VIRTIO_STRIDE * (uint64_t)s;
        if (mmio_read32(b + R_MAGIC) == 0x74726976 && mmio_read32(b + R_DEVICE_ID) == 2) {
            base = b;
            irq = (unsigned)s + 1;
            legacy = mmio_read32(b + R_VERSION) == 1;
            break;
        }
    }
    if (base == 0)
        return -1;

    /* 3.1.1 "Device Initialization". */
    wr(R_STATUS, 0);
    wr(R_STATUS, ST_ACKNOWLEDGE);
    wr(R_STATUS, ST_ACKNOWLEDGE | ST_DRIVER);
    wr(R_DEVICE_FEATURES_SEL, 1);
    uint64_t offered = (uint64_t)rd(R_DEVICE_FEATURES) << 32;
    uint64_t features = legacy ? 0 : (offered & F_VERSION_1);
    wr(R_DRIVER_FEATURES_SEL, 0);
    wr(R_DRIVER_FEATURES, 0);
    wr(R_DRIVER_FEATURES_SEL, 1);
    wr(R_DRIVER_FEATURES, (uint32_t)(features >> 32));
    if (!legacy) {
        wr(R_STATUS, ST_ACKNOWLEDGE | ST_DRIVER | ST_FEATURES_OK);
        if (!(rd(R_STATUS) & ST_FEATURES_OK))
            return -2;
    } else {
        wr(R_GUEST_PAGE_SIZE, 4096);
    }
    wr(R_QUEUE_SEL, 0);
    if (rd(R_QUEUE_NUM_MAX) < VQ_SIZE)
        return -3;
    desc = (volatile struct vq_desc *)vq_mem;
    avail = (volatile struct vq_avail *)(vq_mem + 16 * VQ_SIZE);
    used = (volatile struct vq_used *)(vq_mem + 4096);
    wr(R_QUEUE_NUM, VQ_SIZE);
    uint64_t d = (uint64_t)(uintptr_t)desc, a = (uint64_t)(uintptr_t)avail,
             u = (uint64_t)(uintptr_t)used;
    if (!legacy) {
        wr(R_QUEUE_DESC_LOW, (uint32_t)d);
        wr(R_QUEUE_DESC_HIGH, (uint32_t)(d >> 32));
        wr(R_QUEUE_DRIVER_LOW, (uint32_t)a);
        wr(R_QUEUE_DRIVER_HIGH, (uint32_t)(a >> 32));
        wr(R_QUEUE_DEVICE_LOW, (uint32_t)u);
        wr(R_QUEUE_DEVICE_HIGH, (uint32_t)(u >> 32));
        wr(R_QUEUE_READY, 1);
    } else {
        wr(R_QUEUE_ALIGN, 4096);
        wr(R_QUEUE_PFN, (uint32_t)(d >> 12));
    }
    capacity = (uint64_t)rd(R_CONFIG + 4) << 32 | rd(R_CONFIG);

    /* The PLIC (RISC-V PLIC spec, "Memory Map"): priority 1, enabled for hart 0's S
     * context, threshold 0. */
    mmio_write32(PLIC_BASE + 4 * irq, 1);
    uint64_t en = PLIC_BASE + 0x2000 + 0x80 * PLIC_CTX_S0 + 4 * (irq / 32);
    mmio_write32(en, mmio_read32(en) | 1u << (irq % 32));
    mmio_write32(PLIC_BASE + 0x200000 + 0x1000 * PLIC_CTX_S0, 0);
    csr_set(sie, SIE_SEIE);

    wr(R_STATUS, ST_ACKNOWLEDGE | ST_DRIVER | ST_DRIVER_OK | (legacy ? 0 : ST_FEATURES_OK));
    return legacy ? 1 : 2;
}

/* Puts the request at the head of the queue on the device (one chain: header, the page,
 * the status byte). */
static void start_head(void)
{
    struct req *r = &queue[qhead % QLEN];
    header.type = r->write ? BLK_T_OUT : BLK_T_IN;
    header.reserved = 0;
    header.sector = r->sector;
    status = 0xff;
    desc[0].addr = (uint64_t)(uintptr_t)&header;
    desc[0].len = sizeof header;
    desc[0].flags = VQ_F_NEXT;
    desc[0].next = 1;
    desc[1].addr = r->pa;
    desc[1].len = PAGE;
    desc[1].flags = VQ_F_NEXT | (r->write ? 0 : VQ_F_WRITE);
    desc[1].next = 2;
    desc[2].addr = (uint64_t)(uintptr_t)&status;
    desc[2].len = 1;
    desc[2].flags = VQ_F_WRITE;
    desc[2].next = 0;
    uint16_t idx = avail->idx;
    avail->ring[idx % VQ_SIZE] = 0;
    fence(); /* descriptors and ring entry before the index (2.7.13) */
    avail->idx = (uint16_t)(idx + 1);
    fence();
    inflight = 1;
    wr(R_QUEUE_NOTIFY, 0);
}

int disk_submit(int write, uint64_t sector, uint64_t pa, int tag)
{
    if (qtail - qhead >= QLEN)
        panic("disk queue full");
    queue[qtail % QLEN] = (struct req){write, sector, pa, tag};
    qtail++;
    if (!inflight)
        start_head();
    return 0;
}

int disk_busy(void) { return qtail != qhead; }

/* The S-mode external interrupt: claim, acknowledge the device, finish the request. */
void disk_irq(void)
{
    uint64_t claim = PLIC_BASE + 0x200004 + 0x1000 * PLIC_CTX_S0;
    uint32_t src = mmio_read32(claim);
    if (src == 0)
        return;
    if (src == irq) {
        uint32_t isr = rd(R_INTERRUPT_STATUS);
        wr(R_INTERRUPT_ACK, isr);
        fence();
        while (inflight && used->idx != used_seen) {
            used_seen++;
            if (status != 0)
                panic("swap I/O error (status %d)", status);
            int tag = queue[qhead % QLEN].tag;
            qhead++;
            inflight = 0;
            if (qtail != qhead)
                start_head();
            vm_io_done(tag);
        }
    }
    mmio_write32(claim, src);
}
