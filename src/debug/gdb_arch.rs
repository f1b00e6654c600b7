//! The RV64 register set as GDB sees it: x0-x31 and pc, the FP registers when the harts
//! have F or D, the main CSRs and the privilege level, described by a target description
//! (XML) in GDB's RISC-V features (`org.gnu.gdb.riscv.cpu`, `.fpu`, `.csr`, `.virtual`).
//!
//! Register numbers follow GDB's RISC-V numbering, as QEMU's do: x0-x31 are 0-31, pc 32,
//! f0-f31 33-64, CSR n is 65 + n, and the privilege level 4161. The `g` packet holds
//! x0-x31, pc, then f0-f31, fflags, frm and fcsr when there is an FPU; GDB reads the other
//! CSRs one by one (`p` packets).

use gdbstub::arch::{Arch, RegId, Registers};
use std::fmt::Write as _;
use std::num::NonZeroUsize;

/// First register number of the CSRs: CSR n is `CSR_BASE + n`.
pub const CSR_BASE: usize = 65;
/// Register number of the privilege level (GDB's `priv`).
pub const PRIV_REGNUM: usize = CSR_BASE + 4096;

/// The CSRs shown, besides fflags, frm and fcsr (which belong to the FPU feature).
pub const CSRS: &[(&str, u16)] = &[
    ("sstatus", 0x100),
    ("sie", 0x104),
    ("stvec", 0x105),
    ("scounteren", 0x106),
    ("senvcfg", 0x10a),
    ("sscratch", 0x140),
    ("sepc", 0x141),
    ("scause", 0x142),
    ("stval", 0x143),
    ("sip", 0x144),
    ("stimecmp", 0x14d),
    ("satp", 0x180),
    ("mstatus", 0x300),
    ("misa", 0x301),
    ("medeleg", 0x302),
    ("mideleg", 0x303),
    ("mie", 0x304),
    ("mtvec", 0x305),
    ("mcounteren", 0x306),
    ("menvcfg", 0x30a),
    ("mscratch", 0x340),
    ("mepc", 0x341),
    ("mcause", 0x342),
    ("mtval", 0x343),
    ("mip", 0x344),
    ("mcycle", 0xb00),
    ("minstret", 0xb02),
    ("cycle", 0xc00),
    ("time", 0xc01),
    ("instret", 0xc02),
    ("mhartid", 0xf14),
];

const X_NAMES: [&str; 32] = [
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "fp", "s1", "a0", "a1", "a2", "a3", "a4",
    "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
    "t5", "t6",
];

const F_NAMES: [&str; 32] = [
    "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1", "fa2",
    "fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9",
    "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
];

/// The architecture given to `gdbstub`.
pub enum SatpRiscv {}

impl Arch for SatpRiscv {
    type Usize = u64;
    type Registers = Regs;
    /// The length GDB gives a breakpoint (2 or 4); satp's breakpoints do not need it.
    type BreakpointKind = usize;
    type RegId = Reg;
}

/// One register, by GDB's number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reg {
    X(u8),
    Pc,
    F(u8),
    Csr(u16),
    Priv,
}

impl Reg {
    /// Its size in the remote protocol, in bytes.
    pub fn size(self) -> usize {
        match self {
            Reg::Csr(1..=3) => 4,
            _ => 8,
        }
    }
}

impl RegId for Reg {
    fn from_raw_id(id: usize) -> Option<(Self, Option<NonZeroUsize>)> {
        let reg = match id {
            0..=31 => Reg::X(id as u8),
            32 => Reg::Pc,
            33..=64 => Reg::F((id - 33) as u8),
            PRIV_REGNUM => Reg::Priv,
            _ if (CSR_BASE..PRIV_REGNUM).contains(&id) => Reg::Csr((id - CSR_BASE) as u16),
            _ => return None,
        };
        Some((reg, NonZeroUsize::new(reg.size())))
    }
}

/// The registers of the `g` packet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Regs {
    pub x: [u64; 32],
    pub pc: u64,
    /// The harts have an FPU: `f` and `fcsr` are part of the packet.
    pub fpu: bool,
    pub f: [u64; 32],
    /// fflags, frm, fcsr.
    pub fcsr: [u32; 3],
}

impl Registers for Regs {
    type ProgramCounter = u64;

    fn pc(&self) -> u64 {
        self.pc
    }

    fn gdb_serialize(&self, mut write_byte: impl FnMut(Option<u8>)) {
        let mut put = |bytes: &[u8]| bytes.iter().for_each(|b| write_byte(Some(*b)));
        for v in self.x.iter().chain([&self.pc]) {
            put(&v.to_le_bytes());
        }
        if self.fpu {
            for v in &self.f {
                put(&v.to_le_bytes());
            }
            for v in &self.fcsr {
                put(&v.to_le_bytes());
            }
        }
    }

    fn gdb_deserialize(&mut self, bytes: &[u8]) -> Result<(), ()> {
        let mut words = bytes.chunks_exact(8).map(|c| {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            u64::from_le_bytes(w)
        });
        for slot in self.x.iter_mut().chain([&mut self.pc]) {
            *slot = words.next().ok_or(())?;
        }
        if self.fpu && bytes.len() >= 33 * 8 + 32 * 8 + 12 {
            for slot in &mut self.f {
                *slot = words.next().ok_or(())?;
            }
            let rest = &bytes[65 * 8..];
            for (i, slot) in self.fcsr.iter_mut().enumerate() {
                let b = rest.get(4 * i..4 * i + 4).ok_or(())?;
                *slot = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            }
        }
        Ok(())
    }
}

/// The target description for harts with (`fpu`) or without an FPU.
pub fn target_xml(fpu: bool) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n\
         <target version=\"1.0\">\n<architecture>riscv:rv64</architecture>\n\
         <feature name=\"org.gnu.gdb.riscv.cpu\">\n",
    );
    for (i, name) in X_NAMES.iter().enumerate() {
        let ty = match i {
            1 => "code_ptr",
            2 | 8 => "data_ptr",
            _ => "int",
        };
        let _ = writeln!(s, "<reg name=\"{name}\" bitsize=\"64\" type=\"{ty}\" regnum=\"{i}\"/>");
    }
    s.push_str("<reg name=\"pc\" bitsize=\"64\" type=\"code_ptr\" regnum=\"32\"/>\n</feature>\n");
    if fpu {
        s.push_str(
            "<feature name=\"org.gnu.gdb.riscv.fpu\">\n<union id=\"riscv_double\">\
             <field name=\"float\" type=\"ieee_single\"/>\
             <field name=\"double\" type=\"ieee_double\"/></union>\n",
        );
        for (i, name) in F_NAMES.iter().enumerate() {
            let _ = writeln!(
                s,
                "<reg name=\"{name}\" bitsize=\"64\" type=\"riscv_double\" regnum=\"{}\"/>",
                33 + i
            );
        }
        for (n, name) in [(1, "fflags"), (2, "frm"), (3, "fcsr")] {
            let _ = writeln!(
                s,
                "<reg name=\"{name}\" bitsize=\"32\" type=\"int\" regnum=\"{}\" group=\"float\"/>",
                CSR_BASE + n
            );
        }
        s.push_str("</feature>\n");
    }
    s.push_str("<feature name=\"org.gnu.gdb.riscv.csr\">\n");
    for (name, n) in CSRS {
        let _ = writeln!(
            s,
            "<reg name=\"{name}\" bitsize=\"64\" type=\"int\" regnum=\"{}\" group=\"system\"/>",
            CSR_BASE + *n as usize
        );
    }
    let _ = write!(
        s,
        "</feature>\n<feature name=\"org.gnu.gdb.riscv.virtual\">\n\
         <reg name=\"priv\" bitsize=\"64\" type=\"int\" regnum=\"{PRIV_REGNUM}\" group=\"general\"/>\n\
         </feature>\n</target>\n"
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_numbers_follow_gdb() {
        assert_eq!(Reg::from_raw_id(0).map(|r| r.0), Some(Reg::X(0)));
        assert_eq!(Reg::from_raw_id(32).map(|r| r.0), Some(Reg::Pc));
        assert_eq!(Reg::from_raw_id(33).map(|r| r.0), Some(Reg::F(0)));
        assert_eq!(Reg::from_raw_id(65 + 0x180).map(|r| r.0), Some(Reg::Csr(0x180)));
        assert_eq!(Reg::from_raw_id(66).and_then(|r| r.1).map(|n| n.get()), Some(4));
        assert_eq!(Reg::from_raw_id(4161).map(|r| r.0), Some(Reg::Priv));
        assert_eq!(Reg::from_raw_id(4162), None);
    }

    #[test]
    fn the_g_packet_round_trips() {
        let mut r = Regs { fpu: true, pc: 0x8000_0000, ..Regs::default() };
        r.x[5] = 7;
        r.f[31] = 0xffff_ffff_3f80_0000;
        r.fcsr = [1, 2, 0x41];
        let mut bytes = Vec::new();
        r.gdb_serialize(|b| bytes.push(b.unwrap_or(0)));
        assert_eq!(bytes.len(), 65 * 8 + 12);
        let mut back = Regs { fpu: true, ..Regs::default() };
        back.gdb_deserialize(&bytes).unwrap();
        assert_eq!(back, r);
        let xml = target_xml(true);
        assert!(xml.contains("name=\"satp\"") && xml.contains("riscv.fpu"));
        assert!(!target_xml(false).contains("riscv.fpu"));
    }
}
