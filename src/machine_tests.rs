//! Unit tests of booting Linux: the Image header, where an Image and an initrd land, and
//! what the device tree says about them.

use super::*;

/// A Linux Image header (boot-image-header.rst): code0/code1, text_offset at 0x08,
/// image_size at 0x10, magic "RSC\x05" at 0x38; then `body` bytes of payload.
fn image(text_offset: u64, body: usize) -> Vec<u8> {
    let mut v = vec![0u8; 0x40 + body];
    v[0x08..0x10].copy_from_slice(&text_offset.to_le_bytes());
    v[0x10..0x18].copy_from_slice(&((0x40 + body) as u64).to_le_bytes());
    v[0x38..0x3c].copy_from_slice(b"RSC\x05");
    for (i, b) in v.iter_mut().enumerate().skip(0x40) {
        *b = (i * 7) as u8;
    }
    v
}

#[test]
fn the_image_header_is_recognised_by_its_magic() {
    let h = LinuxImage::parse(&image(0x20_0000, 100)).unwrap();
    assert_eq!(h, LinuxImage { text_offset: 0x20_0000, image_size: 0x40 + 100 });
    let mut bad = image(0x20_0000, 100);
    bad[0x3b] = 4;
    assert_eq!(LinuxImage::parse(&bad), None, "wrong magic version");
    assert_eq!(LinuxImage::parse(&image(0, 0)[..0x3b]), None, "too short for the magic");
    assert_eq!(LinuxImage::parse(b"\x7fELF"), None);
}

#[test]
fn an_image_loads_at_its_text_offset_and_the_firmware_at_the_base_of_ram() {
    let mut m = Machine::new(&MachineConfig::default(), Box::new(std::io::sink()));
    let kernel = image(0x40_0000, 4096);
    let firmware = [0x73u8, 0, 0x50, 0x10]; // wfi
    m.load_bios(&firmware, Some(&kernel)).unwrap();
    let at = RAM_BASE + 0x40_0000;
    assert_eq!(m.bus.ram_slice(at, kernel.len() as u64).unwrap(), &kernel[..]);
    assert_eq!(m.bus.ram_slice(RAM_BASE, 4).unwrap(), &firmware);
    assert!(m.harts.iter().all(|h| h.pc == RAM_BASE));
    // A raw image without the header goes to KERNEL_BASE (where fw_jump jumps).
    let mut m = Machine::new(&MachineConfig::default(), Box::new(std::io::sink()));
    let raw = vec![0x5au8; 300];
    m.load_bios(&firmware, Some(&raw)).unwrap();
    assert_eq!(m.bus.ram_slice(KERNEL_BASE, 300).unwrap(), &raw[..]);
}

#[test]
fn the_initrd_goes_high_page_aligned_below_the_device_tree_which_names_it() {
    let mut m = Machine::new(&MachineConfig::default(), Box::new(std::io::sink()));
    let data: Vec<u8> = (0..(1 << 20) + 123).map(|i| (i % 251) as u8).collect();
    let (start, end) = m.load_initrd(&data).unwrap();
    assert_eq!(start % 4096, 0);
    assert_eq!(end - start, data.len() as u64);
    let ram_end = RAM_BASE + m.bus.ram_size();
    assert!(start >= RAM_BASE + m.bus.ram_size() / 2, "clear of the kernel: {start:#x}");
    assert!(end <= m.dtb_addr && m.dtb_addr + m.dtb().len() as u64 <= ram_end);
    assert_eq!(m.bus.ram_slice(start, data.len() as u64).unwrap(), &data[..]);
    // The device tree in RAM is the one that names it.
    let dtb = m.dtb().to_vec();
    assert_eq!(m.bus.ram_slice(m.dtb_addr, dtb.len() as u64).unwrap(), &dtb[..]);
    let text = String::from_utf8_lossy(&dtb);
    assert!(text.contains("linux,initrd-start") && text.contains("linux,initrd-end"));
    let find = |v: u64| dtb.windows(8).any(|w| w == v.to_be_bytes());
    assert!(find(start) && find(end), "start and end as 64-bit cells");
    // Harts get the moved device tree in a1.
    m.load_bios(&[0x73, 0, 0x50, 0x10], None).unwrap();
    assert!(m.harts.iter().all(|h| h.x[11] == m.dtb_addr));
}

#[test]
fn an_initrd_larger_than_half_of_ram_is_refused() {
    let mut m = Machine::new(
        &MachineConfig { mem_size: 16 << 20, ..MachineConfig::default() },
        Box::new(std::io::sink()),
    );
    let err = m.load_initrd(&vec![0u8; 9 << 20]).unwrap_err();
    assert!(err.to_string().contains("initrd"), "{err}");
    assert!(m.load_initrd(&vec![1u8; 4 << 20]).is_ok());
}
