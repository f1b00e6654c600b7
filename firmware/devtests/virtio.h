/*
 * virtio.h: a small virtio-mmio block driver for the virtio device tests (virtio 1.2,
 * section 4.2 "Virtio Over MMIO", 2.7 "Split Virtqueues", 5.2 "Block Device").
 *
 * It drives one split virtqueue of VQ_SIZE descriptors in either register layout: modern
 * (Version 2: QueueDesc/QueueDriver/QueueDevice, QueueReady) or legacy (Version 1:
 * GuestPageSize, QueueAlign, QueuePFN).  Requests complete by interrupt: PLIC source
 * slot + 1 on hart 0's M context, InterruptStatus read and acknowledged in the handler.
 *
 * Checks made by the driver use exit codes vio.code + 0 .. vio.code + 20.
 */
#ifndef SATP_DEVTESTS_VIRTIO_H
#define SATP_DEVTESTS_VIRTIO_H

#include "dt.h"

/* Registers (section 4.2.2; legacy ones from 4.2.4). */
#define VIRTIO_MAGIC 0x000
#define VIRTIO_VERSION 0x004
#define VIRTIO_DEVICE_ID 0x008
#define VIRTIO_VENDOR_ID 0x00c
#define VIRTIO_DEVICE_FEATURES 0x010
#define VIRTIO_DEVICE_FEATURES_SEL 0x014
#define VIRTIO_DRIVER_FEATURES 0x020
#define VIRTIO_DRIVER_FEATURES_SEL 0x024
#define VIRTIO_GUEST_PAGE_SIZE 0x028
#define VIRTIO_QUEUE_SEL 0x030
#define VIRTIO_QUEUE_NUM_MAX 0x034
#define VIRTIO_QUEUE_NUM 0x038
#define VIRTIO_QUEUE_ALIGN 0x03c
#define VIRTIO_QUEUE_PFN 0x040
#define VIRTIO_QUEUE_READY 0x044
#define VIRTIO_QUEUE_NOTIFY 0x050
#define VIRTIO_INTERRUPT_STATUS 0x060
#define VIRTIO_INTERRUPT_ACK 0x064
#define VIRTIO_STATUS 0x070
#define VIRTIO_QUEUE_DESC_LOW 0x080
#define VIRTIO_QUEUE_DESC_HIGH 0x084
#define VIRTIO_QUEUE_DRIVER_LOW 0x090
#define VIRTIO_QUEUE_DRIVER_HIGH 0x094
#define VIRTIO_QUEUE_DEVICE_LOW 0x0a0
#define VIRTIO_QUEUE_DEVICE_HIGH 0x0a4
#define VIRTIO_CONFIG 0x100

#define VIRTIO_MAGIC_VALUE 0x74726976 /* "virt" */
#define VIRTIO_VENDOR_QEMU 0x554d4551 /* "QEMU" */
#define VIRTIO_ID_BLOCK 2

/* Device status (section 2.1). */
#define ST_ACKNOWLEDGE 1
#define ST_DRIVER 2
#define ST_DRIVER_OK 4
#define ST_FEATURES_OK 8
#define ST_NEEDS_RESET 64
#define ST_FAILED 128

/* InterruptStatus bits (section 4.2.2). */
#define ISR_USED 1
#define ISR_CONFIG 2

#define F_BLK_RO (1UL << 5)
#define F_BLK_FLUSH (1UL << 9)
#define F_VERSION_1 (1UL << 32)

/* Descriptor flags (section 2.7.5). */
#define VQ_F_NEXT 1
#define VQ_F_WRITE 2

/* virtio-blk requests (section 5.2.6). */
#define BLK_T_IN 0
#define BLK_T_OUT 1
#define BLK_T_FLUSH 4
#define BLK_S_OK 0
#define BLK_S_IOERR 1
#define BLK_S_UNSUPP 2
#define SECTOR 512

#define VQ_SIZE 8

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

struct vq_used_elem {
    uint32_t id;
    uint32_t len;
};

struct vq_used {
    uint16_t flags;
    uint16_t idx;
    struct vq_used_elem ring[VQ_SIZE];
    uint16_t avail_event;
};

struct blk_req_header {
    uint32_t type;
    uint32_t reserved;
    uint64_t sector;
};

/* The one block device under test. */
struct vio {
    int code;         /* first exit code of the driver's checks */
    int slot;         /* 0..7 */
    uint64_t base;    /* MMIO base of the slot */
    unsigned irq;     /* PLIC source */
    int legacy;       /* Version 1 register layout */
    uint64_t features; /* negotiated */
    uint64_t capacity; /* sectors */
    /* The rings (in vq_mem, legacy layout: the used ring on the second page). */
    volatile struct vq_desc *desc;
    volatile struct vq_avail *avail;
    volatile struct vq_used *used;
    uint16_t used_seen; /* used->idx already consumed */
    /* Updated by the interrupt handler. */
    volatile unsigned irqs;
    volatile uint32_t isr_seen; /* InterruptStatus bits acknowledged since the last submit */
};

extern struct vio vio;

/* How a submitted chain ended. */
struct vio_result {
    int needs_reset;    /* the device set DEVICE_NEEDS_RESET (no used element) */
    uint32_t used_id;   /* the used element, if !needs_reset */
    uint32_t used_len;
    uint32_t isr;       /* InterruptStatus bits seen */
};

static inline uint32_t vio_read(unsigned reg) { return mmio_read32(vio.base + reg); }
static inline void vio_write(unsigned reg, uint32_t v) { mmio_write32(vio.base + reg, v); }

/* Probes the 8 slots and takes the first block device; checks every slot's header. */
void vio_probe(void);
/* Resets and initialises the device (modern or legacy, as the slot reports). */
void vio_init(void);
/* Puts `head` in the available ring (avail_delta = 1 normally), notifies, and waits for
 * the interrupt that returns it or reports DEVICE_NEEDS_RESET. */
struct vio_result vio_submit(uint16_t head, uint16_t avail_delta);
/* One request: header, optional data buffer, status byte.  Returns the status byte, and
 * checks the used element (head 0, len = bytes written including the status). */
uint8_t blk_request(uint32_t type, uint64_t sector, void *data, uint32_t len);

/* Test image contract (shared with tests/devices.rs and devtests/make-disk.sh): 64
 * sectors; sector s is 16 lines of 32 bytes, line l = "disk sector SSSS line LL ------\n". */
#define DISK_SECTORS 64
void make_sector(uint8_t *buf, const char *tag, unsigned sector);

#endif
