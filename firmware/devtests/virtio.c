/*
 * virtio.c: the virtio-mmio block driver of the virtio device tests (see virtio.h).
 *
 * Driver checks, as offsets from vio.code:
 *   +0 magic  +1 version  +2 no block device  +3 vendor  +4 reset  +5 VERSION_1 offered
 *   +6 FEATURES_OK kept  +7 queue already live  +8 QueueNumMax  +9 capacity
 *   +10 PLIC source  +11 InterruptStatus  +12 used id  +13 used len  +14 used idx
 *   +15 used-buffer bit  +16 empty slots  +17 timeout  +18 queue readback  +19 read-only
 *   +20 device needs reset after a well-formed request
 */
#include "virtio.h"

struct vio vio;

/* Ring memory: descriptors and available ring on the first page, used ring on the second
 * (the legacy layout for QueueAlign 4096; the modern registers get the same addresses). */
static uint8_t vq_mem[2 * 4096] __attribute__((aligned(4096)));

/* Buffers of blk_request. */
static struct blk_req_header req_header;
static volatile uint8_t req_status;

void mtrap(uint64_t mcause, uint64_t mepc, uint64_t mtval)
{
    dt_watchdog_fired(mcause);
    if (mcause != (CAUSE_INTERRUPT | IRQ_MEI))
        trap_report(mcause, mepc, mtval);
    uint32_t src = plic_claim(PLIC_CTX_M(0));
    if (src == 0)
        return;
    CHECK(vio.code + 10, src == vio.irq, "claimed PLIC source %u, the disk is source %u", src,
          vio.irq);
    uint32_t isr = vio_read(VIRTIO_INTERRUPT_STATUS);
    CHECK(vio.code + 11, isr != 0, "interrupt with InterruptStatus = 0");
    vio_write(VIRTIO_INTERRUPT_ACK, isr);
    vio.isr_seen |= isr;
    vio.irqs++;
    plic_complete(PLIC_CTX_M(0), src);
}

void vio_probe(void)
{
    int found = -1, devices = 0;
    for (int s = 0; s < VIRTIO_SLOTS; s++) {
        uint64_t base = VIRTIO_BASE + VIRTIO_STRIDE * (uint64_t)s;
        uint32_t magic = mmio_read32(base + VIRTIO_MAGIC);
        CHECK(vio.code + 0, magic == VIRTIO_MAGIC_VALUE, "slot %d: magic 0x%x", s, magic);
        uint32_t version = mmio_read32(base + VIRTIO_VERSION);
        CHECK(vio.code + 1, version == 1 || version == 2, "slot %d: version %u", s, version);
        uint32_t id = mmio_read32(base + VIRTIO_DEVICE_ID);
        if (id != 0)
            devices++;
        if (id == VIRTIO_ID_BLOCK && found < 0) {
            found = s;
            vio.legacy = version == 1;
        }
    }
    CHECK(vio.code + 2, found >= 0, "no virtio block device in the 8 slots");
    CHECK(vio.code + 16, devices == 1, "%d slots have a device, expected only the disk", devices);
    vio.slot = found;
    vio.base = VIRTIO_BASE + VIRTIO_STRIDE * (uint64_t)found;
    vio.irq = (unsigned)found + 1;
    uint32_t vendor = vio_read(VIRTIO_VENDOR_ID);
    CHECK(vio.code + 3, vendor == VIRTIO_VENDOR_QEMU, "vendor ID 0x%x", vendor);
    printf("%s: block device in slot %d (%s layout), PLIC source %u\n", dt_name, found,
           vio.legacy ? "legacy" : "modern", vio.irq);
}

void vio_init(void)
{
    /* Section 3.1.1, "Device Initialization", and 4.2.3 for the MMIO specifics. */
    vio_write(VIRTIO_STATUS, 0);
    uint32_t st = 1;
    for (int i = 0; i < 1000 && st != 0; i++)
        st = vio_read(VIRTIO_STATUS);
    CHECK(vio.code + 4, st == 0, "status 0x%x after reset", st);
    vio_write(VIRTIO_STATUS, ST_ACKNOWLEDGE);
    vio_write(VIRTIO_STATUS, ST_ACKNOWLEDGE | ST_DRIVER);

    vio_write(VIRTIO_DEVICE_FEATURES_SEL, 0);
    uint64_t offered = vio_read(VIRTIO_DEVICE_FEATURES);
    vio_write(VIRTIO_DEVICE_FEATURES_SEL, 1);
    offered |= (uint64_t)vio_read(VIRTIO_DEVICE_FEATURES) << 32;
    CHECK(vio.code + 19, !(offered & F_BLK_RO), "the disk is read-only");
    if (!vio.legacy)
        CHECK(vio.code + 5, offered & F_VERSION_1, "features 0x%lx lack VERSION_1", offered);
    vio.features = offered & (F_BLK_FLUSH | (vio.legacy ? 0 : F_VERSION_1));
    vio_write(VIRTIO_DRIVER_FEATURES_SEL, 0);
    vio_write(VIRTIO_DRIVER_FEATURES, (uint32_t)vio.features);
    vio_write(VIRTIO_DRIVER_FEATURES_SEL, 1);
    vio_write(VIRTIO_DRIVER_FEATURES, (uint32_t)(vio.features >> 32));
    if (!vio.legacy) {
        vio_write(VIRTIO_STATUS, ST_ACKNOWLEDGE | ST_DRIVER | ST_FEATURES_OK);
        st = vio_read(VIRTIO_STATUS);
        CHECK(vio.code + 6, st & ST_FEATURES_OK, "FEATURES_OK not kept (status 0x%x)", st);
    } else {
        vio_write(VIRTIO_GUEST_PAGE_SIZE, 4096);
    }

    /* Queue 0 (sections 4.2.3.2 and 4.2.4). */
    vio_write(VIRTIO_QUEUE_SEL, 0);
    uint32_t live = vio_read(vio.legacy ? VIRTIO_QUEUE_PFN : VIRTIO_QUEUE_READY);
    CHECK(vio.code + 7, live == 0, "queue 0 already in use after reset (%u)", live);
    uint32_t max = vio_read(VIRTIO_QUEUE_NUM_MAX);
    CHECK(vio.code + 8, max >= VQ_SIZE, "QueueNumMax %u", max);
    memset(vq_mem, 0, sizeof vq_mem);
    vio.desc = (volatile struct vq_desc *)vq_mem;
    vio.avail = (volatile struct vq_avail *)(vq_mem + 16 * VQ_SIZE);
    vio.used = (volatile struct vq_used *)(vq_mem + 4096);
    vio.used_seen = 0;
    vio_write(VIRTIO_QUEUE_NUM, VQ_SIZE);
    uint64_t d = (uint64_t)(uintptr_t)vio.desc, a = (uint64_t)(uintptr_t)vio.avail,
             u = (uint64_t)(uintptr_t)vio.used;
    if (!vio.legacy) {
        vio_write(VIRTIO_QUEUE_DESC_LOW, (uint32_t)d);
        vio_write(VIRTIO_QUEUE_DESC_HIGH, (uint32_t)(d >> 32));
        vio_write(VIRTIO_QUEUE_DRIVER_LOW, (uint32_t)a);
        vio_write(VIRTIO_QUEUE_DRIVER_HIGH, (uint32_t)(a >> 32));
        vio_write(VIRTIO_QUEUE_DEVICE_LOW, (uint32_t)u);
        vio_write(VIRTIO_QUEUE_DEVICE_HIGH, (uint32_t)(u >> 32));
        vio_write(VIRTIO_QUEUE_READY, 1);
        CHECK(vio.code + 18, vio_read(VIRTIO_QUEUE_READY) == 1, "QueueReady reads 0");
    } else {
        uint32_t pfn = (uint32_t)(d >> 12);
        vio_write(VIRTIO_QUEUE_ALIGN, 4096);
        vio_write(VIRTIO_QUEUE_PFN, pfn);
        CHECK(vio.code + 18, vio_read(VIRTIO_QUEUE_PFN) == pfn, "QueuePFN reads 0x%x",
              vio_read(VIRTIO_QUEUE_PFN));
    }

    /* The capacity (struct virtio_blk_config, offset 0), read as two 32-bit halves. */
    uint32_t lo = vio_read(VIRTIO_CONFIG), hi = vio_read(VIRTIO_CONFIG + 4);
    vio.capacity = (uint64_t)hi << 32 | lo;
    CHECK(vio.code + 9, vio.capacity == DISK_SECTORS, "capacity %lu sectors, expected %d",
          vio.capacity, DISK_SECTORS);

    plic_set_priority(vio.irq, 1);
    plic_set_threshold(PLIC_CTX_M(0), 0);
    plic_enable(PLIC_CTX_M(0), vio.irq, 1);
    csr_set(mie, 1UL << IRQ_MEI);
    csr_set(mstatus, MSTATUS_MIE);

    uint32_t ok = ST_ACKNOWLEDGE | ST_DRIVER | ST_DRIVER_OK | (vio.legacy ? 0 : ST_FEATURES_OK);
    vio_write(VIRTIO_STATUS, ok);
}

struct vio_result vio_submit(uint16_t head, uint16_t avail_delta)
{
    struct vio_result r = {0, 0, 0, 0};
    uint16_t idx = vio.avail->idx;
    vio.avail->ring[idx % VQ_SIZE] = head;
    fence(); /* descriptors and ring entry before the index (section 2.7.13) */
    vio.avail->idx = (uint16_t)(idx + avail_delta);
    fence(); /* the index before the notification */
    unsigned irqs = vio.irqs;
    vio.isr_seen = 0;
    dt_watchdog_arm(1000000, vio.code + 17); /* 0.1 s of mtime */
    vio_write(VIRTIO_QUEUE_NOTIFY, 0);
    WAIT_UNTIL(vio.irqs != irqs);
    dt_watchdog_disarm();
    r.isr = vio.isr_seen;
    if (vio_read(VIRTIO_STATUS) & ST_NEEDS_RESET) {
        r.needs_reset = 1;
        return r;
    }
    CHECK(vio.code + 15, r.isr & ISR_USED, "interrupt without the used-buffer bit (0x%x)", r.isr);
    fence();
    uint16_t used_idx = vio.used->idx;
    CHECK(vio.code + 14, used_idx == (uint16_t)(vio.used_seen + 1),
          "used idx %u, expected %u", used_idx, (uint16_t)(vio.used_seen + 1));
    fence();
    volatile struct vq_used_elem *e = &vio.used->ring[vio.used_seen % VQ_SIZE];
    r.used_id = e->id;
    r.used_len = e->len;
    vio.used_seen++;
    return r;
}

uint8_t blk_request(uint32_t type, uint64_t sector, void *data, uint32_t len)
{
    req_header.type = type;
    req_header.reserved = 0;
    req_header.sector = sector;
    req_status = 0xff;
    volatile struct vq_desc *d = vio.desc;
    d[0].addr = (uint64_t)(uintptr_t)&req_header;
    d[0].len = sizeof req_header;
    d[0].flags = VQ_F_NEXT;
    d[0].next = 1;
    unsigned n = 1;
    if (len != 0) {
        d[1].addr = (uint64_t)(uintptr_t)data;
        d[1].len = len;
        d[1].flags = VQ_F_NEXT | (type == BLK_T_IN ? VQ_F_WRITE : 0);
        d[1].next = 2;
        n = 2;
    }
    d[n].addr = (uint64_t)(uintptr_t)&req_status;
    d[n].len = 1;
    d[n].flags = VQ_F_WRITE;
    d[n].next = 0;
    struct vio_result r = vio_submit(0, 1);
    CHECK(vio.code + 20, !r.needs_reset, "device needs reset after a request of type %u", type);
    CHECK(vio.code + 12, r.used_id == 0, "used id %u, expected head 0", r.used_id);
    uint8_t status = req_status;
    if (status == BLK_S_OK) {
        uint32_t expect = 1 + (type == BLK_T_IN ? len : 0);
        CHECK(vio.code + 13, r.used_len == expect, "used len %u for type %u, expected %u",
              r.used_len, type, expect);
    }
    return status;
}

static void put_digits(uint8_t *p, unsigned v, int n)
{
    for (int i = n - 1; i >= 0; i--) {
        p[i] = (uint8_t)('0' + v % 10);
        v /= 10;
    }
}

void make_sector(uint8_t *buf, const char *tag, unsigned sector)
{
    static const char tmpl[33] = "TTTT sector SSSS line LL ------\n";
    for (unsigned l = 0; l < SECTOR / 32; l++) {
        uint8_t *p = buf + 32 * l;
        memcpy(p, tmpl, 32);
        memcpy(p, tag, 4);
        put_digits(p + 12, sector, 4);
        put_digits(p + 22, l, 2);
    }
}
