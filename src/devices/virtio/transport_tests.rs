//! Transport tests: registers, feature negotiation, status and reset, queue setup
//! (modern and legacy), ring faults, interrupts and modeled latency.

use super::blk::*;
use super::mmio::*;
use super::queue::{VIRTQ_DESC_F_INDIRECT, VIRTQ_DESC_F_NEXT, VIRTQ_DESC_F_WRITE};
use super::test_guest::*;
use super::{blk_device, Latency, VirtioMmio, VIRTIO_F_VERSION_1};
use crate::devices::{BusFault, Device};

#[test]
fn identity_registers_features_and_config() {
    let img = TempImage::new(64 * 512);
    let mut dev = blk_dev(&img, false);
    assert_eq!(rd(&mut dev, R_MAGIC), 0x7472_6976);
    assert_eq!(rd(&mut dev, R_VERSION), 2);
    assert_eq!(rd(&mut dev, R_DEVICE_ID), 2);
    assert_eq!(rd(&mut dev, R_VENDOR), 0x554d_4551);
    let f = device_features(&mut dev);
    assert_eq!(f, VIRTIO_F_VERSION_1 | VIRTIO_BLK_F_FLUSH | VIRTIO_BLK_F_SEG_MAX);
    wr(&mut dev, R_DEV_FEATURES_SEL, 2);
    assert_eq!(rd(&mut dev, R_DEV_FEATURES), 0);
    // capacity (le64) at 0x100, seg_max at 0x10c; byte and 8-byte accesses work.
    assert_eq!(rd(&mut dev, 0x100), 64);
    assert_eq!(rd(&mut dev, 0x104), 0);
    assert_eq!(dev.read(0x100, 8), Ok(64));
    assert_eq!(dev.read(0x100, 1), Ok(64));
    assert_eq!(rd(&mut dev, 0x10c), QUEUE_SIZE as u32 - 2);
    assert_eq!(rd(&mut dev, 0x800), 0, "beyond the config space reads 0");
    assert_eq!(rd(&mut dev, 0x0b0), u32::MAX, "no shared memory region");
    assert_eq!(rd(&mut dev, 0x0bc), u32::MAX);
    assert_eq!(rd(&mut dev, 0x0fc), 0, "config generation");
    wr(&mut dev, R_QUEUE_SEL, 0);
    assert_eq!(rd(&mut dev, R_QUEUE_NUM_MAX), QUEUE_SIZE as u32);
    wr(&mut dev, R_QUEUE_SEL, 1);
    assert_eq!(rd(&mut dev, R_QUEUE_NUM_MAX), 0, "only one queue");
    assert_eq!(dev.read(R_MAGIC, 2), Err(BusFault), "registers are 32-bit only");
    assert_eq!(dev.read(R_MAGIC + 2, 4), Err(BusFault));
    assert_eq!(dev.write(R_STATUS, 1, 1), Err(BusFault));
    assert_eq!(dev.irq_source(), Some(1));
    assert_eq!(dev.name(), "virtio-blk");
}

#[test]
fn empty_slots_answer_like_qemu_placeholders() {
    for (legacy, version) in [(false, 2), (true, 1)] {
        let mut dev = VirtioMmio::empty(legacy).with_irq(8);
        assert_eq!(rd(&mut dev, R_MAGIC), 0x7472_6976);
        assert_eq!(rd(&mut dev, R_VERSION), version);
        assert_eq!(rd(&mut dev, R_DEVICE_ID), 0);
        assert_eq!(rd(&mut dev, R_QUEUE_NUM_MAX), 0);
        wr(&mut dev, R_QUEUE_READY, 1);
        wr(&mut dev, R_QUEUE_PFN, 5);
        wr(&mut dev, R_STATUS, 0xf);
        let mut g = Guest::new();
        g.tick(&mut dev);
        assert!(!dev.irq_level());
        assert_eq!(dev.next_event(), None);
    }
}

#[test]
fn legacy_interface_uses_pfn_layout() {
    for align in [None, Some(64)] {
        let img = TempImage::new(64 * 512);
        let mut dev = blk_dev(&img, true);
        assert_eq!(rd(&mut dev, R_VERSION), 1);
        assert_eq!(
            device_features(&mut dev) & VIRTIO_F_VERSION_1,
            0,
            "legacy devices do not offer VERSION_1"
        );
        let mut g = Guest::new();
        let r = setup_legacy(&mut dev, align);
        assert_eq!(rd(&mut dev, R_QUEUE_PFN), ((RAM_BASE + 0x1000) >> 12) as u32);
        request(&mut g, r, VIRTIO_BLK_T_IN, 1, 512, true);
        notify_and_tick(&mut g, &mut dev);
        assert_eq!(status_byte(&g), VIRTIO_BLK_S_OK);
        let expect: Vec<u8> = (512..1024).map(pattern).collect();
        assert_eq!(g.read(DATA, 512), &expect[..]);
        assert_eq!(g.r16(r.used + 2), 1, "used ring at the aligned offset");
        assert_eq!(used_elem(&g, r, 0), (0, 513));
        assert!(dev.irq_level());
        // Writing 0 to QueuePFN stops the queue.
        wr(&mut dev, R_QUEUE_PFN, 0);
        request(&mut g, r, VIRTIO_BLK_T_IN, 1, 512, true);
        notify_and_tick(&mut g, &mut dev);
        assert_eq!(g.r16(r.used + 2), 1);
    }
}

#[test]
fn feature_negotiation_refuses_unoffered_features() {
    let img = TempImage::new(8 * 512);
    let mut dev = blk_dev(&img, false);
    let offered = device_features(&mut dev);
    // A feature outside the offer (VIRTIO_BLK_F_MQ = bit 12) is refused.
    let status = init_modern(&mut dev, offered | 1 << 12);
    assert_eq!(status & STATUS_FEATURES_OK, 0);
    // High-word features not offered, too.
    let status = init_modern(&mut dev, offered | 1 << 40);
    assert_eq!(status & STATUS_FEATURES_OK, 0);
    // xv6 writes only the low word (no VERSION_1): accepted, as QEMU does.
    let status = init_modern(&mut dev, offered & 0xffff_ffff);
    assert_ne!(status & STATUS_FEATURES_OK, 0);
    assert_eq!(dev.negotiated_features(), offered & 0xffff_ffff);
    // Features are frozen after FEATURES_OK.
    wr(&mut dev, R_DRV_FEATURES_SEL, 0);
    wr(&mut dev, R_DRV_FEATURES, 0);
    assert_eq!(dev.negotiated_features(), offered & 0xffff_ffff);
}

#[test]
fn no_processing_before_driver_ok_or_without_features_ok() {
    let img = TempImage::new(8 * 512);
    let mut dev = blk_dev(&img, false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    // Take DRIVER_OK away by resetting and redoing everything except DRIVER_OK.
    wr(&mut dev, R_STATUS, 0);
    let status = init_modern(&mut dev, 1 << 12); // refused: no FEATURES_OK
    wr(&mut dev, R_QUEUE_NUM, QSIZE as u32);
    wr(&mut dev, R_DESC_LO, DESC as u32);
    wr(&mut dev, R_DRIVER_LO, AVAIL as u32);
    wr(&mut dev, R_DEVICE_LO, USED as u32);
    wr(&mut dev, R_QUEUE_READY, 1);
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(g.r16(r.used + 2), 0, "no DRIVER_OK");
    wr(&mut dev, R_STATUS, status | STATUS_DRIVER_OK);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(g.r16(r.used + 2), 0, "DRIVER_OK without FEATURES_OK");
    assert_eq!(status_byte(&g), 0xff);
}

#[test]
fn reset_forgets_configuration_and_pending_requests() {
    let img = TempImage::new(8 * 512);
    let mut dev = blk_device(&img.0, false, false, Latency { fixed: 50, per_sector: 0 }).unwrap();
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(dev.next_event(), Some(50));
    wr(&mut dev, R_STATUS, 0);
    assert_eq!(rd(&mut dev, R_STATUS), 0);
    assert_eq!(rd(&mut dev, R_ISR), 0);
    assert_eq!(rd(&mut dev, R_QUEUE_READY), 0);
    assert_eq!(dev.negotiated_features(), 0);
    assert_eq!(dev.next_event(), None);
    g.mtime = 100;
    g.tick(&mut dev);
    assert_eq!(g.r16(r.used + 2), 0, "the dropped request never completes");
    // The device works again after a fresh initialization (rings start at 0).
    g = Guest::new();
    g.mtime = 200;
    setup_modern(&mut dev);
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(dev.next_event(), Some(250));
    g.mtime = 250;
    g.tick(&mut dev);
    assert_eq!(g.r16(r.used + 2), 1);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_OK);
}

#[test]
fn latency_delays_completion_in_fifo_order() {
    let img = TempImage::new(64 * 512);
    let lat = Latency { fixed: 100, per_sector: 10 };
    let mut dev = blk_device(&img.0, false, false, lat).unwrap();
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    g.mtime = 1000;
    // Request A: 4 sectors (due 1000 + 140); request B: a flush (due >= A's).
    header(&mut g, VIRTIO_BLK_T_IN, 0);
    put_desc(&mut g, r, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 1);
    put_desc(&mut g, r, 1, DATA, 2048, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 2);
    put_desc(&mut g, r, 2, STATUS, 1, VIRTQ_DESC_F_WRITE, 0);
    push_avail(&mut g, r, 0);
    let mut flush_hdr = [0u8; 16];
    flush_hdr[0] = VIRTIO_BLK_T_FLUSH as u8;
    g.write(HDR + 0x40, &flush_hdr);
    put_desc(&mut g, r, 3, HDR + 0x40, 16, VIRTQ_DESC_F_NEXT, 4);
    put_desc(&mut g, r, 4, STATUS + 1, 1, VIRTQ_DESC_F_WRITE, 0);
    push_avail(&mut g, r, 3);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(g.r16(r.used + 2), 0, "nothing completes at submission");
    assert!(!dev.irq_level());
    assert_eq!(dev.next_event(), Some(1140));
    g.mtime = 1139;
    g.tick(&mut dev);
    assert_eq!(g.r16(r.used + 2), 0);
    g.mtime = 1140;
    g.tick(&mut dev);
    assert_eq!(g.r16(r.used + 2), 2, "both due: the flush waited for the read");
    assert_eq!(used_elem(&g, r, 0), (0, 2049));
    assert_eq!(used_elem(&g, r, 1), (3, 1));
    assert!(dev.irq_level());
    assert_eq!(dev.next_event(), None);
}

#[test]
fn malformed_chains_are_returned_unprocessed() {
    let img = TempImage::new(8 * 512);
    let mut dev = blk_dev(&img, false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    let mut n = 0u16;
    let mut check = |g: &mut Guest, dev: &mut VirtioMmio, what: &str| {
        notify_and_tick(g, dev);
        n += 1;
        assert_eq!(g.r16(r.used + 2), n, "{what}: returned");
        assert_eq!(used_elem(g, r, n - 1), (0, 0), "{what}");
        assert_eq!(status_byte(g), 0xff, "{what}: status untouched");
    };
    // A loop: 0 -> 1 -> 2 -> 0.
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    put_desc(&mut g, r, 2, STATUS, 1, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 0);
    check(&mut g, &mut dev, "looping chain");
    // A self loop.
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    put_desc(&mut g, r, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 0);
    check(&mut g, &mut dev, "self loop");
    // `next` beyond the queue size.
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    put_desc(&mut g, r, 1, DATA, 512, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, QSIZE);
    // A plausible status descriptor just past the table must not be used.
    put_desc(&mut g, r, QSIZE, STATUS, 1, VIRTQ_DESC_F_WRITE, 0);
    check(&mut g, &mut dev, "next out of range");
    // Indirect descriptors were not offered.
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    put_desc(&mut g, r, 1, DATA, 512, VIRTQ_DESC_F_INDIRECT | VIRTQ_DESC_F_NEXT, 2);
    check(&mut g, &mut dev, "indirect");
    // And a good request still works.
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_OK);
}

#[test]
fn descriptor_table_outside_ram_returns_the_chain() {
    let img = TempImage::new(8 * 512);
    let mut dev = blk_dev(&img, false);
    let mut g = Guest::new();
    setup_modern(&mut dev);
    // Re-point the descriptor table below RAM (reset and set up again by hand).
    let status = init_modern(&mut dev, 0);
    wr(&mut dev, R_QUEUE_NUM, QSIZE as u32);
    wr(&mut dev, R_DESC_LO, 0x1000);
    wr(&mut dev, R_DRIVER_LO, AVAIL as u32);
    wr(&mut dev, R_DEVICE_LO, USED as u32);
    wr(&mut dev, R_QUEUE_READY, 1);
    wr(&mut dev, R_STATUS, status | STATUS_DRIVER_OK);
    push_avail(&mut g, MODERN_RINGS, 3);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(g.r16(USED + 2), 1);
    assert_eq!(used_elem(&g, MODERN_RINGS, 0), (3, 0));
    assert_eq!(rd(&mut dev, R_STATUS) & STATUS_NEEDS_RESET, 0);
}

fn expect_needs_reset(dev: &mut VirtioMmio, what: &str) {
    assert_ne!(rd(dev, R_STATUS) & STATUS_NEEDS_RESET, 0, "{what}");
    assert_ne!(rd(dev, R_ISR) & INT_CONFIG_CHANGE, 0, "{what}: config interrupt");
    assert!(dev.irq_level());
}

#[test]
fn broken_rings_set_needs_reset() {
    let img = TempImage::new(8 * 512);
    // Head index beyond the queue size.
    let mut dev = blk_dev(&img, false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    push_avail(&mut g, r, QSIZE + 3);
    notify_and_tick(&mut g, &mut dev);
    expect_needs_reset(&mut dev, "head out of range");
    assert_eq!(g.r16(r.used + 2), 0);
    // Nothing is processed until reset, even good requests.
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(g.r16(r.used + 2), 0);
    // The driver cannot clear the bit by writing status.
    wr(&mut dev, R_STATUS, STATUS_ACKNOWLEDGE);
    assert_ne!(rd(&mut dev, R_STATUS) & STATUS_NEEDS_RESET, 0);
    wr(&mut dev, R_STATUS, 0);
    assert_eq!(rd(&mut dev, R_STATUS), 0);

    // Available index jumping by more than the queue size.
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    g.w16(r.avail + 2, QSIZE + 1);
    notify_and_tick(&mut g, &mut dev);
    expect_needs_reset(&mut dev, "avail idx jump");

    // Used ring outside RAM (checked when the first completion is written).
    let mut g = Guest::new();
    let status = init_modern(&mut dev, 0);
    wr(&mut dev, R_QUEUE_NUM, QSIZE as u32);
    wr(&mut dev, R_DESC_LO, DESC as u32);
    wr(&mut dev, R_DRIVER_LO, AVAIL as u32);
    wr(&mut dev, R_DEVICE_LO, 0x4000);
    wr(&mut dev, R_DEVICE_HI, 0x1);
    wr(&mut dev, R_QUEUE_READY, 1);
    wr(&mut dev, R_STATUS, status | STATUS_DRIVER_OK);
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    notify_and_tick(&mut g, &mut dev);
    expect_needs_reset(&mut dev, "used ring outside RAM");

    // Available ring outside RAM.
    let g = &mut Guest::new();
    let status = init_modern(&mut dev, 0);
    wr(&mut dev, R_QUEUE_NUM, QSIZE as u32);
    wr(&mut dev, R_DESC_LO, DESC as u32);
    wr(&mut dev, R_DRIVER_LO, 0xffff_fff0);
    wr(&mut dev, R_DRIVER_HI, 0xffff_ffff);
    wr(&mut dev, R_DEVICE_LO, USED as u32);
    wr(&mut dev, R_QUEUE_READY, 1);
    wr(&mut dev, R_STATUS, status | STATUS_DRIVER_OK);
    notify_and_tick(g, &mut dev);
    expect_needs_reset(&mut dev, "available ring outside RAM");
}

#[test]
fn bad_queue_configurations_are_refused() {
    let img = TempImage::new(8 * 512);
    let mut dev = blk_dev(&img, false);
    for (num, desc) in [
        (QUEUE_SIZE as u32 * 2, DESC),
        (6, DESC),
        (0, DESC),
        (0x1_0008, DESC),
        (QSIZE as u32, DESC + 8),
    ] {
        let status = init_modern(&mut dev, 0);
        wr(&mut dev, R_QUEUE_SEL, 0);
        wr(&mut dev, R_QUEUE_NUM, num);
        wr(&mut dev, R_DESC_LO, desc as u32);
        wr(&mut dev, R_DRIVER_LO, AVAIL as u32);
        wr(&mut dev, R_DEVICE_LO, USED as u32);
        wr(&mut dev, R_QUEUE_READY, 1);
        assert_eq!(rd(&mut dev, R_QUEUE_READY), 0, "QueueNum {num}, desc {desc:#x}");
        // Before DRIVER_OK the error shows in the status only (no interrupt yet).
        assert_ne!(rd(&mut dev, R_STATUS) & STATUS_NEEDS_RESET, 0);
        assert_eq!(rd(&mut dev, R_ISR), 0);
        wr(&mut dev, R_STATUS, status | STATUS_DRIVER_OK);
        assert_ne!(rd(&mut dev, R_STATUS) & STATUS_NEEDS_RESET, 0);
    }
    // Legacy: QueueNum above the maximum, and a QueueAlign that is not a power of two.
    // (The image is opened again: the first device must close it, or its lock refuses.)
    drop(dev);
    let mut dev = blk_dev(&img, true);
    for (num, align) in [(QUEUE_SIZE as u32 + 1, 4096), (QSIZE as u32, 3000)] {
        wr(&mut dev, R_STATUS, 0);
        wr(&mut dev, R_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_DRIVER_OK);
        wr(&mut dev, R_QUEUE_NUM, num);
        wr(&mut dev, R_QUEUE_ALIGN, align);
        wr(&mut dev, R_QUEUE_PFN, 0x80001);
        assert_eq!(rd(&mut dev, R_QUEUE_PFN), 0, "QueueNum {num}, align {align}");
        expect_needs_reset(&mut dev, "bad legacy queue config");
    }
    // Selecting a queue that does not exist: writes are ignored, reads are 0.
    drop(dev);
    let mut dev = blk_dev(&img, false);
    wr(&mut dev, R_QUEUE_SEL, 7);
    wr(&mut dev, R_QUEUE_READY, 1);
    assert_eq!(rd(&mut dev, R_QUEUE_READY), 0);
    assert_eq!(rd(&mut dev, R_STATUS) & STATUS_NEEDS_RESET, 0);
}

#[test]
fn no_interrupt_when_the_driver_suppresses_it() {
    let img = TempImage::new(8 * 512);
    let mut dev = blk_dev(&img, false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    g.w16(r.avail, 1); // VIRTQ_AVAIL_F_NO_INTERRUPT
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(g.r16(r.used + 2), 1);
    assert!(!dev.irq_level());
}
