//! The flattened device tree satp hands to the guest in a1: harts (ISA string, MMU type,
//! interrupt controllers), memory, CLINT, PLIC, UART, the virtio-mmio slots, the test
//! finisher and `/chosen`. Written with the vm-fdt crate, following the RISC-V and
//! device bindings that Linux, OpenSBI and U-Boot read (the same layout as QEMU's `virt`).

use crate::isa::{Ext, Isa};
use vm_fdt::{Error as FdtError, FdtWriter};

/// What the device tree describes.
#[derive(Clone, Debug)]
pub struct FdtConfig {
    pub harts: usize,
    pub ram_base: u64,
    pub ram_size: u64,
    pub timebase_hz: u32,
    pub clint: (u64, u64),
    pub plic: (u64, u64),
    pub plic_sources: u32,
    pub uart: (u64, u64),
    pub uart_irq: u32,
    /// virtio-mmio slots: (base, size, irq).
    pub virtio: Vec<(u64, u64, u32)>,
    pub test_finisher: (u64, u64),
    pub bootargs: Option<String>,
    /// Where an initial RAM disk was loaded: `[start, end)`, for `/chosen`.
    pub initrd: Option<(u64, u64)>,
    /// The harts' extensions: `riscv,isa`, `riscv,isa-extensions` and the cache-block
    /// sizes follow it.
    pub isa: Isa,
}

/// The cache-block size of Zicbom/Zicboz/Zicbop, in bytes.
pub const CACHE_BLOCK_SIZE: u32 = 64;

fn reg(base: u64, size: u64) -> [u64; 2] {
    [base, size]
}

/// Builds the device tree blob.
pub fn build(cfg: &FdtConfig) -> Result<Vec<u8>, FdtError> {
    let mut f = FdtWriter::new()?;
    // phandles: 1 PLIC, 2 test finisher, 10 + h the interrupt controller of hart h.
    const PLIC_PH: u32 = 1;
    const TEST_PH: u32 = 2;
    let intc_ph = |h: usize| 10 + h as u32;

    let root = f.begin_node("")?;
    f.property_u32("#address-cells", 2)?;
    f.property_u32("#size-cells", 2)?;
    f.property_string_list("compatible", vec!["satp,virt".into(), "riscv-virtio".into()])?;
    f.property_string("model", "satp virt (riscv-virtio compatible)")?;

    let chosen = f.begin_node("chosen")?;
    f.property_string("stdout-path", &format!("/soc/serial@{:x}", cfg.uart.0))?;
    if let Some(args) = &cfg.bootargs {
        f.property_string("bootargs", args)?;
    }
    // Linux's /chosen binding (Documentation/devicetree/bindings/chosen.txt): the initrd
    // as [start, end).
    if let Some((start, end)) = cfg.initrd {
        f.property_u64("linux,initrd-start", start)?;
        f.property_u64("linux,initrd-end", end)?;
    }
    f.end_node(chosen)?;

    let mem = f.begin_node(&format!("memory@{:x}", cfg.ram_base))?;
    f.property_string("device_type", "memory")?;
    f.property_array_u64("reg", &reg(cfg.ram_base, cfg.ram_size))?;
    f.end_node(mem)?;

    let cpus = f.begin_node("cpus")?;
    f.property_u32("#address-cells", 1)?;
    f.property_u32("#size-cells", 0)?;
    f.property_u32("timebase-frequency", cfg.timebase_hz)?;
    for h in 0..cfg.harts {
        let cpu = f.begin_node(&format!("cpu@{h}"))?;
        f.property_string("device_type", "cpu")?;
        f.property_u32("reg", h as u32)?;
        f.property_string("status", "okay")?;
        f.property_string("compatible", "riscv")?;
        f.property_string("riscv,isa", &cfg.isa.to_string())?;
        f.property_string("riscv,isa-base", "rv64i")?;
        f.property_string_list("riscv,isa-extensions", cfg.isa.extension_names())?;
        if cfg.isa.has(Ext::Zicbom) {
            f.property_u32("riscv,cbom-block-size", CACHE_BLOCK_SIZE)?;
        }
        if cfg.isa.has(Ext::Zicboz) {
            f.property_u32("riscv,cboz-block-size", CACHE_BLOCK_SIZE)?;
        }
        if cfg.isa.has(Ext::Zicbop) {
            f.property_u32("riscv,cbop-block-size", CACHE_BLOCK_SIZE)?;
        }
        f.property_string("mmu-type", "riscv,sv57")?;
        let intc = f.begin_node("interrupt-controller")?;
        f.property_u32("#interrupt-cells", 1)?;
        f.property_null("interrupt-controller")?;
        f.property_string("compatible", "riscv,cpu-intc")?;
        f.property_phandle(intc_ph(h))?;
        f.end_node(intc)?;
        f.end_node(cpu)?;
    }
    f.end_node(cpus)?;

    let soc = f.begin_node("soc")?;
    f.property_u32("#address-cells", 2)?;
    f.property_u32("#size-cells", 2)?;
    f.property_string("compatible", "simple-bus")?;
    f.property_null("ranges")?;

    let test = f.begin_node(&format!("test@{:x}", cfg.test_finisher.0))?;
    f.property_string_list(
        "compatible",
        vec!["sifive,test1".into(), "sifive,test0".into(), "syscon".into()],
    )?;
    f.property_array_u64("reg", &reg(cfg.test_finisher.0, cfg.test_finisher.1))?;
    f.property_phandle(TEST_PH)?;
    f.end_node(test)?;
    for (name, value) in [("poweroff", 0x5555u32), ("reboot", 0x7777)] {
        let n = f.begin_node(name)?;
        f.property_string("compatible", &format!("syscon-{name}"))?;
        f.property_u32("regmap", TEST_PH)?;
        f.property_u32("offset", 0)?;
        f.property_u32("value", value)?;
        f.end_node(n)?;
    }

    let uart = f.begin_node(&format!("serial@{:x}", cfg.uart.0))?;
    f.property_string("compatible", "ns16550a")?;
    f.property_array_u64("reg", &reg(cfg.uart.0, cfg.uart.1))?;
    f.property_u32("clock-frequency", 3_686_400)?;
    f.property_u32("interrupts", cfg.uart_irq)?;
    f.property_u32("interrupt-parent", PLIC_PH)?;
    f.end_node(uart)?;

    for &(base, size, irq) in &cfg.virtio {
        let v = f.begin_node(&format!("virtio_mmio@{base:x}"))?;
        f.property_string("compatible", "virtio,mmio")?;
        f.property_array_u64("reg", &reg(base, size))?;
        f.property_u32("interrupts", irq)?;
        f.property_u32("interrupt-parent", PLIC_PH)?;
        f.end_node(v)?;
    }

    let clint = f.begin_node(&format!("clint@{:x}", cfg.clint.0))?;
    f.property_string_list("compatible", vec!["sifive,clint0".into(), "riscv,clint0".into()])?;
    f.property_array_u64("reg", &reg(cfg.clint.0, cfg.clint.1))?;
    let mut ext = Vec::new();
    for h in 0..cfg.harts {
        ext.extend_from_slice(&[intc_ph(h), 3, intc_ph(h), 7]);
    }
    f.property_array_u32("interrupts-extended", &ext)?;
    f.end_node(clint)?;

    let plic = f.begin_node(&format!("plic@{:x}", cfg.plic.0))?;
    f.property_string_list("compatible", vec!["sifive,plic-1.0.0".into(), "riscv,plic0".into()])?;
    f.property_array_u64("reg", &reg(cfg.plic.0, cfg.plic.1))?;
    f.property_u32("#address-cells", 0)?;
    f.property_u32("#interrupt-cells", 1)?;
    f.property_null("interrupt-controller")?;
    f.property_u32("riscv,ndev", cfg.plic_sources - 1)?;
    let mut ext = Vec::new();
    for h in 0..cfg.harts {
        // Context 2h is hart h's M-mode external interrupt (11), 2h+1 its S-mode one (9).
        ext.extend_from_slice(&[intc_ph(h), 11, intc_ph(h), 9]);
    }
    f.property_array_u32("interrupts-extended", &ext)?;
    f.property_phandle(PLIC_PH)?;
    f.end_node(plic)?;

    f.end_node(soc)?;
    f.end_node(root)?;
    f.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(harts: usize) -> FdtConfig {
        FdtConfig {
            harts,
            ram_base: 0x8000_0000,
            ram_size: 128 << 20,
            timebase_hz: 10_000_000,
            clint: (0x200_0000, 0x1_0000),
            plic: (0xc00_0000, 0x60_0000),
            plic_sources: 96,
            uart: (0x1000_0000, 0x100),
            uart_irq: 10,
            virtio: (0..8).map(|n| (0x1000_1000 + n * 0x1000, 0x1000, n as u32 + 1)).collect(),
            test_finisher: (0x10_0000, 0x1000),
            bootargs: Some("console=ttyS0".into()),
            initrd: None,
            isa: Isa::all(),
        }
    }

    #[test]
    fn blob_has_header_and_names_every_device() {
        let blob = build(&cfg(3)).unwrap();
        assert_eq!(&blob[..4], &[0xd0, 0x0d, 0xfe, 0xed], "FDT magic");
        let total = u32::from_be_bytes(blob[4..8].try_into().unwrap()) as usize;
        assert_eq!(total, blob.len());
        let text = String::from_utf8_lossy(&blob);
        for needle in [
            "cpu@0",
            "cpu@2",
            "riscv,sv57",
            &Isa::all().to_string(),
            "riscv,cbom-block-size",
            "zicboz",
            "memory@80000000",
            "serial@10000000",
            "virtio_mmio@10008000",
            "clint@2000000",
            "plic@c000000",
            "test@100000",
            "/soc/serial@10000000",
            "timebase-frequency",
        ] {
            assert!(text.contains(needle), "missing {needle}");
        }
        assert!(!text.contains("cpu@3"));
    }

    #[test]
    fn initrd_and_poweroff_nodes_for_linux() {
        let blob =
            build(&FdtConfig { initrd: Some((0x8400_0000, 0x8410_0000)), ..cfg(1) }).unwrap();
        let text = String::from_utf8_lossy(&blob);
        assert!(text.contains("linux,initrd-start") && text.contains("linux,initrd-end"));
        let cell = |v: u64| blob.windows(8).any(|w| w == v.to_be_bytes());
        assert!(cell(0x8400_0000) && cell(0x8410_0000));
        // The test finisher is a syscon that Linux's poweroff and reboot drivers write.
        for needle in ["sifive,test0", "syscon-poweroff", "syscon-reboot", "regmap"] {
            assert!(text.contains(needle), "missing {needle}");
        }
        let magic = |v: u32| blob.windows(4).any(|w| w == v.to_be_bytes());
        assert!(magic(0x5555) && magic(0x7777), "FINISHER_PASS and FINISHER_RESET values");
        let without = build(&cfg(1)).unwrap();
        assert!(!String::from_utf8_lossy(&without).contains("linux,initrd"));
    }

    #[test]
    fn isa_properties_follow_the_isa() {
        let small = Isa::parse("rv64imac").unwrap();
        let blob = build(&FdtConfig { isa: small, ..cfg(1) }).unwrap();
        let text = String::from_utf8_lossy(&blob);
        assert!(text.contains(&small.to_string()));
        assert!(!text.contains("rv64imafdc"));
        assert!(!text.contains("cbom-block-size"));
        assert!(!text.contains("zba"));
    }
}
