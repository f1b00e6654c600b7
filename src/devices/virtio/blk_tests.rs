//! virtio-blk request tests: reads and writes through the image file, request layouts,
//! error statuses, read-only and snapshot disks, image open errors.

use super::blk::*;
use super::mmio::*;
use super::queue::{VIRTQ_DESC_F_NEXT, VIRTQ_DESC_F_WRITE};
use super::test_guest::*;
use super::{blk_device, Blk, Latency, VirtioMmio};
use crate::devices::Device;
use std::path::Path;

#[test]
fn modern_read_request_fills_ram_and_interrupts() {
    let img = TempImage::new(64 * 512);
    let mut dev = blk_dev(&img, false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    request(&mut g, r, VIRTIO_BLK_T_IN, 3, 1024, true);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_OK);
    let expect: Vec<u8> = (3 * 512..5 * 512).map(pattern).collect();
    assert_eq!(g.read(DATA, 1024), &expect[..]);
    assert_eq!(g.r16(r.used + 2), 1, "used idx");
    assert_eq!(used_elem(&g, r, 0), (0, 1025), "data + status written");
    assert_eq!(rd(&mut dev, R_ISR), INT_USED_BUFFER);
    assert!(dev.irq_level());
    wr(&mut dev, R_ACK, INT_USED_BUFFER);
    assert_eq!(rd(&mut dev, R_ISR), 0);
    assert!(!dev.irq_level());
    // Ticking again does nothing more.
    g.tick(&mut dev);
    assert_eq!(g.r16(r.used + 2), 1);
    assert!(!dev.irq_level());
}

#[test]
fn modern_write_request_reaches_the_file() {
    let img = TempImage::new(64 * 512);
    let mut dev = blk_dev(&img, false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    let data: Vec<u8> = (0..1024).map(|i| (i * 3 + 1) as u8).collect();
    g.write(DATA, &data);
    request(&mut g, r, VIRTIO_BLK_T_OUT, 10, 1024, false);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_OK);
    assert_eq!(used_elem(&g, r, 0), (0, 1));
    let file = img.bytes();
    assert_eq!(&file[10 * 512..12 * 512], &data[..]);
    assert_eq!(file[12 * 512], pattern(12 * 512), "neighbours untouched");
    // FLUSH succeeds and the data is still there after the device's exit flush.
    request(&mut g, r, VIRTIO_BLK_T_FLUSH, 0, 0, false);
    put_desc(&mut g, r, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 2);
    g.write(STATUS, &[0xff]);
    g.tick(&mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_OK);
    dev.flush().unwrap();
    assert_eq!(&img.bytes()[10 * 512..12 * 512], &data[..]);
}

#[test]
fn scattered_buffers_and_split_header() {
    let img = TempImage::new(64 * 512);
    let mut dev = blk_dev(&img, false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    // Header in two pieces; data in three pieces of odd sizes; status in the last
    // descriptor together with the data's tail.
    header(&mut g, VIRTIO_BLK_T_IN, 5);
    put_desc(&mut g, r, 0, HDR, 8, VIRTQ_DESC_F_NEXT, 1);
    put_desc(&mut g, r, 1, HDR + 8, 8, VIRTQ_DESC_F_NEXT, 2);
    put_desc(&mut g, r, 2, DATA, 100, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 3);
    put_desc(&mut g, r, 3, DATA + 0x1000, 300, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 4);
    put_desc(&mut g, r, 4, DATA + 0x2000, 113, VIRTQ_DESC_F_WRITE, 0);
    push_avail(&mut g, r, 0);
    notify_and_tick(&mut g, &mut dev);
    let expect: Vec<u8> = (5 * 512..6 * 512).map(pattern).collect();
    assert_eq!(g.read(DATA, 100), &expect[..100]);
    assert_eq!(g.read(DATA + 0x1000, 300), &expect[100..400]);
    assert_eq!(g.read(DATA + 0x2000, 112), &expect[400..]);
    assert_eq!(g.read(DATA + 0x2000 + 112, 1)[0], VIRTIO_BLK_S_OK);
    assert_eq!(used_elem(&g, r, 0), (0, 513));
}

#[test]
fn get_id_and_unknown_types() {
    let img = TempImage::new(8 * 512);
    let blk = Blk::open(&img.0, false, false).unwrap().with_id("satp-disk-0");
    let mut dev = VirtioMmio::new(Box::new(blk), false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    request(&mut g, r, VIRTIO_BLK_T_GET_ID, 0, 20, true);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_OK);
    assert_eq!(g.read(DATA, 20), b"satp-disk-0\0\0\0\0\0\0\0\0\0");
    assert_eq!(used_elem(&g, r, 0), (0, 21));
    for kind in [2, 5, 11, 13, 99, u32::MAX] {
        request(&mut g, r, kind, 0, 512, true);
        g.tick(&mut dev);
        assert_eq!(status_byte(&g), VIRTIO_BLK_S_UNSUPP, "type {kind}");
    }
}

#[test]
fn bad_requests_answer_ioerr() {
    let img = TempImage::new(8 * 512);
    let before = img.bytes();
    let mut dev = blk_dev(&img, false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    let mut n = 0;
    let mut expect_ioerr = |g: &mut Guest, dev: &mut VirtioMmio, what: &str| {
        notify_and_tick(g, dev);
        n += 1;
        assert_eq!(g.r16(r.used + 2), n, "{what}: completed");
        assert_eq!(status_byte(g), VIRTIO_BLK_S_IOERR, "{what}");
        assert_eq!(used_elem(g, r, n - 1), (0, 1), "{what}: only the status written");
    };
    // Sector range past the end, at the end, and overflowing.
    request(&mut g, r, VIRTIO_BLK_T_IN, 8, 512, true);
    expect_ioerr(&mut g, &mut dev, "read past the end");
    request(&mut g, r, VIRTIO_BLK_T_IN, 7, 1024, true);
    expect_ioerr(&mut g, &mut dev, "read straddling the end");
    request(&mut g, r, VIRTIO_BLK_T_OUT, u64::MAX / 256, 512, false);
    expect_ioerr(&mut g, &mut dev, "sector * 512 overflows");
    // Data buffer outside RAM (below it, straddling its end, wrapping).
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    put_desc(&mut g, r, 1, 0x1000, 512, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 2);
    expect_ioerr(&mut g, &mut dev, "data below RAM");
    request(&mut g, r, VIRTIO_BLK_T_OUT, 0, 512, false);
    put_desc(&mut g, r, 1, RAM_BASE + RAM_SIZE as u64 - 256, 512, VIRTQ_DESC_F_NEXT, 2);
    expect_ioerr(&mut g, &mut dev, "data straddling the end of RAM");
    request(&mut g, r, VIRTIO_BLK_T_OUT, 0, 512, false);
    put_desc(&mut g, r, 1, u64::MAX - 100, 512, VIRTQ_DESC_F_NEXT, 2);
    expect_ioerr(&mut g, &mut dev, "data wrapping the address space");
    // Header outside RAM, header too short.
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    put_desc(&mut g, r, 0, 0x10, 16, VIRTQ_DESC_F_NEXT, 1);
    expect_ioerr(&mut g, &mut dev, "header outside RAM");
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    put_desc(&mut g, r, 0, HDR, 8, VIRTQ_DESC_F_NEXT, 1);
    expect_ioerr(&mut g, &mut dev, "8-byte header");
    // Data not a multiple of 512.
    request(&mut g, r, VIRTIO_BLK_T_OUT, 0, 500, false);
    expect_ioerr(&mut g, &mut dev, "500-byte write");
    // A readable descriptor after a writable one.
    request(&mut g, r, VIRTIO_BLK_T_OUT, 0, 512, false);
    put_desc(&mut g, r, 0, HDR, 16, VIRTQ_DESC_F_NEXT | VIRTQ_DESC_F_WRITE, 1);
    put_desc(&mut g, r, 1, DATA, 512, VIRTQ_DESC_F_NEXT, 2);
    expect_ioerr(&mut g, &mut dev, "readable after writable");
    assert_eq!(img.bytes(), before, "no failed request wrote the disk");
    // The device is still healthy.
    assert_eq!(rd(&mut dev, R_STATUS) & STATUS_NEEDS_RESET, 0);
}

#[test]
fn chains_without_a_usable_status_byte_are_returned_empty() {
    let img = TempImage::new(8 * 512);
    let mut dev = blk_dev(&img, false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    let cases: [(&str, u64, u32, u16); 3] = [
        ("zero-length status", STATUS, 0, VIRTQ_DESC_F_WRITE),
        ("read-only status", STATUS, 1, 0),
        ("status outside RAM", 0x20, 1, VIRTQ_DESC_F_WRITE),
    ];
    for (n, (what, addr, len, flags)) in cases.into_iter().enumerate() {
        request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
        put_desc(&mut g, r, 2, addr, len, flags, 0);
        notify_and_tick(&mut g, &mut dev);
        assert_eq!(g.r16(r.used + 2), n as u16 + 1, "{what}: returned");
        assert_eq!(used_elem(&g, r, n as u16), (0, 0), "{what}: len 0");
        assert_eq!(status_byte(&g), 0xff, "{what}: status untouched");
        assert_eq!(g.read(DATA, 4), &[0, 0, 0, 0], "{what}: no data moved");
    }
}

#[test]
fn read_only_disk_refuses_writes() {
    let img = TempImage::new(8 * 512);
    let before = img.bytes();
    let blk = Blk::open(&img.0, false, true).unwrap();
    let mut dev = VirtioMmio::new(Box::new(blk), false);
    assert_ne!(device_features(&mut dev) & VIRTIO_BLK_F_RO, 0);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    g.write(DATA, &[0x5a; 512]);
    request(&mut g, r, VIRTIO_BLK_T_OUT, 0, 512, false);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_IOERR);
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_OK);
    assert_eq!(g.read(DATA, 512), &before[..512]);
    dev.flush().unwrap();
    assert_eq!(img.bytes(), before);

    // Read-only over a snapshot: the overlay could take the write, but RO refuses it.
    let blk = Blk::open(&img.0, true, true).unwrap();
    let mut dev = VirtioMmio::new(Box::new(blk), false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    g.write(DATA, &[0x5a; 512]);
    request(&mut g, r, VIRTIO_BLK_T_OUT, 0, 512, false);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_IOERR);
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 512, true);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(g.read(DATA, 512), &before[..512]);
}

#[test]
fn snapshot_keeps_the_file_byte_identical() {
    let img = TempImage::new(16 * 512);
    let before = img.bytes();
    let mut dev = blk_device(&img.0, true, false, Latency::default()).unwrap();
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    // Write sectors 2..4 in two pieces that split a sector (300 + 724 bytes).
    let data: Vec<u8> = (0..1024).map(|i| (i * 5 + 3) as u8).collect();
    g.write(DATA, &data[..300]);
    g.write(DATA + 0x1000, &data[300..]);
    header(&mut g, VIRTIO_BLK_T_OUT, 2);
    put_desc(&mut g, r, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 1);
    put_desc(&mut g, r, 1, DATA, 300, VIRTQ_DESC_F_NEXT, 3);
    put_desc(&mut g, r, 3, DATA + 0x1000, 724, VIRTQ_DESC_F_NEXT, 2);
    put_desc(&mut g, r, 2, STATUS, 1, VIRTQ_DESC_F_WRITE, 0);
    push_avail(&mut g, r, 0);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_OK);
    // Flush, too: still nothing reaches the file.
    request(&mut g, r, VIRTIO_BLK_T_FLUSH, 0, 0, false);
    put_desc(&mut g, r, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 2);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_OK);
    // Read sectors 1..6 back in pieces that split sectors: overlay and file mixed.
    g.write(DATA + 0x4000, &[0; 0x1000]);
    header(&mut g, VIRTIO_BLK_T_IN, 1);
    put_desc(&mut g, r, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 1);
    put_desc(&mut g, r, 1, DATA + 0x4000, 700, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 3);
    put_desc(&mut g, r, 3, DATA + 0x4000 + 700, 1860, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 2);
    put_desc(&mut g, r, 2, STATUS, 1, VIRTQ_DESC_F_WRITE, 0);
    push_avail(&mut g, r, 0);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_OK);
    let mut expect: Vec<u8> = (512..6 * 512).map(pattern).collect();
    expect[512..1536].copy_from_slice(&data);
    assert_eq!(g.read(DATA + 0x4000, 2560), &expect[..]);
    dev.flush().unwrap();
    drop(dev);
    assert_eq!(img.bytes(), before);
}

#[test]
fn image_sizes_and_open_errors() {
    // Not a multiple of 512: rounded down; the tail is never touched.
    let img = TempImage::new(1000);
    let blk = Blk::open(&img.0, false, false).unwrap();
    assert_eq!(blk.capacity(), 1);
    let mut dev = VirtioMmio::new(Box::new(blk), false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    request(&mut g, r, VIRTIO_BLK_T_OUT, 1, 512, false);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_IOERR, "sector 1 is the partial tail");
    let small = TempImage::new(100);
    let e = Blk::open(&small.0, false, false).err().unwrap();
    assert!(matches!(e, BlkError::TooSmall { size: 100, .. }), "{e}");
    let missing = Path::new("/nonexistent/satp/disk.img");
    let e = Blk::open(missing, true, false).err().unwrap();
    assert_eq!(e.to_string(), "disk image /nonexistent/satp/disk.img: no such file");
    let e = Blk::open(&std::env::temp_dir(), false, false).err().unwrap();
    assert!(matches!(e, BlkError::NotAFile { .. }), "{e}");
}

#[test]
fn images_are_locked_against_a_second_writer() {
    let img = TempImage::new(4096);
    let first = Blk::open(&img.0, false, false).unwrap();
    let e = Blk::open(&img.0, false, false).err().unwrap();
    assert!(matches!(e, BlkError::Locked { .. }), "{e}");
    assert!(e.to_string().contains("in use by another process (use --snapshot"), "{e}");
    // A reader (--snapshot) may not share it with a writer either...
    assert!(matches!(Blk::open(&img.0, true, false), Err(BlkError::Locked { .. })));
    drop(first);
    // ...but readers share it with each other, and the lock goes with the file.
    let a = Blk::open(&img.0, true, false).unwrap();
    let b = Blk::open(&img.0, true, false).unwrap();
    assert!(matches!(Blk::open(&img.0, false, false), Err(BlkError::Locked { .. })));
    drop((a, b));
    assert!(Blk::open(&img.0, false, false).is_ok());
}

#[test]
fn in_memory_disk_starts_zeroed_and_keeps_what_is_written() {
    assert!(Blk::in_memory(0).is_err());
    assert!(Blk::in_memory(1000).is_err());
    let blk = Blk::in_memory(64 * 512).unwrap();
    assert_eq!(blk.capacity(), 64);
    let mut dev = VirtioMmio::new(Box::new(blk), false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    g.write(DATA, &[0xaa; 1024]);
    request(&mut g, r, VIRTIO_BLK_T_IN, 63, 512, true);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_OK);
    assert_eq!(g.read(DATA, 512), &[0u8; 512][..], "zero-filled");
    let data: Vec<u8> = (0..1024).map(|i| (i * 5 + 3) as u8).collect();
    g.write(DATA, &data);
    request(&mut g, r, VIRTIO_BLK_T_OUT, 10, 1024, false);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_OK);
    g.write(DATA, &[0; 1024]);
    request(&mut g, r, VIRTIO_BLK_T_IN, 10, 1024, true);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(g.read(DATA, 1024), &data[..]);
    // Past the end: an I/O error, no panic.
    request(&mut g, r, VIRTIO_BLK_T_IN, 64, 512, true);
    notify_and_tick(&mut g, &mut dev);
    assert_eq!(status_byte(&g), VIRTIO_BLK_S_IOERR);
    dev.flush().unwrap();
}

#[test]
fn fault_driven_requests_and_busy_time_are_counted() {
    let blk = Blk::in_memory(64 * 512).unwrap().with_latency(Latency { fixed: 10, per_sector: 1 });
    let mut dev = VirtioMmio::new(Box::new(blk), false);
    let mut g = Guest::new();
    let r = setup_modern(&mut dev);
    // A read notified by a hart in a page-fault handler: fault-driven.
    request(&mut g, r, VIRTIO_BLK_T_IN, 0, 1024, true);
    wr(&mut dev, R_NOTIFY, 0);
    g.tick_after(&mut dev, true);
    // A write notified outside any handler: not.
    g.mtime = 5; // while the read is still in flight (due at 12)
    request(&mut g, r, VIRTIO_BLK_T_OUT, 4, 512, false);
    wr(&mut dev, R_NOTIFY, 0);
    g.tick_after(&mut dev, false);
    // A tick after a handler's store that was no notify takes nothing as fault I/O.
    g.mtime = 100;
    g.tick_after(&mut dev, true);
    let s = dev.disk_stats().unwrap();
    assert_eq!((s.requests, s.sectors_read, s.sectors_written), (2, 2, 1));
    assert_eq!((s.fault_requests, s.fault_sectors_read, s.fault_sectors_written), (1, 2, 0));
    // Busy: [0, 12) for the read, then the write is due at max(5 + 11, 12) = 16.
    assert_eq!(s.busy_ticks, 16);
}
