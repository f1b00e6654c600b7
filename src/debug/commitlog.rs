//! The commit log (`--log-commits FILE`): one line per retired instruction in the format of
//! Spike's `--log-commits`, so that `diff` against Spike's log of the same ELF shows the
//! first place where the two disagree.
//!
//! A line is
//!
//! ```text
//! core   0: 3 0x0000000080000004 (0x00000297) x5  0x0000000080000004 mem 0x0000000080001000
//! ```
//!
//! hart id, privilege (0 U, 1 S, 3 M) the instruction ran in, pc, instruction bits (four
//! hex digits for a compressed one), then what it wrote, in Spike's order (its
//! `std::map` keyed by `register << 4 | kind`): integer registers (`x5 `), FP registers
//! (`f3 `), CSRs (`c768_mstatus`), then the addresses it loaded from (`mem ADDR`) and the
//! stores it made (`mem ADDR VALUE`, the value as wide as the store). Addresses are
//! virtual, as Spike prints them. A write to `x0` is not shown; a write that leaves a
//! register unchanged is. An instruction that traps retires nothing and has no line.
//!
//! What Spike shows for CSRs follows its implementation, and this module follows Spike:
//! - a CSR instruction that writes shows the CSR it wrote, with the value it reads back;
//!   `sstatus` is shown as `mstatus`, `sie`/`sip` as `mie`/`mip` (the CSRs behind them),
//!   and `fcsr` as `fflags` and `frm`;
//! - MRET and SRET always show `mstatus`;
//! - an FP instruction that raises an exception flag shows `fflags`, even if the flag was
//!   already set;
//! - any instruction that changes `mstatus` (FS becoming Dirty) shows it.
//!
//! The logger only observes: it copies the registers before a step and reads them after.
//! The one thing it resets is [`crate::hart::csr::CsrFile::fflags_raised`], a
//! non-architectural record of the flags raised since.

use crate::bus::Bus;
use crate::hart::csr::CsrFile;
use crate::hart::Hart;
use crate::isa::csr::{csr_name, FCSR, FFLAGS, FRM, MIE, MIP, MSTATUS, SIE, SIP, SSTATUS};
use crate::isa::{decode, decode_compressed, CboOp, CsrOp, CsrSrc, Inst, Privilege};
use crate::mmu::sv39::{self, AccessType, PteMemory, WalkRequest};
use std::fmt::Write as _;
use std::io::{self, Write};

/// Bytes of a cache block for CBO.ZERO.
const CBO_BLOCK: u64 = crate::hart::CACHE_BLOCK_SIZE;

/// What a commit-log line needs from before the step.
#[derive(Clone)]
pub struct Before {
    pc: u64,
    privilege: Privilege,
    x: [u64; 32],
    f: [u64; 32],
    mstatus: u64,
    instructions: u64,
}

impl Before {
    /// Records the hart's state before a step.
    pub fn capture(hart: &mut Hart) -> Before {
        hart.csr.fflags_raised = 0;
        Before {
            pc: hart.pc,
            privilege: hart.privilege,
            x: hart.x,
            f: hart.f,
            mstatus: hart.csr.mstatus,
            instructions: hart.stats.instructions,
        }
    }
}

/// A commit-log writer.
pub struct CommitLog {
    out: Box<dyn Write + Send>,
    line: String,
    /// Lines written.
    pub lines: u64,
    /// The first write error, if any (later lines are dropped).
    pub error: Option<io::Error>,
}

/// One entry of Spike's register-write map: the key orders them.
struct RegWrite {
    key: u64,
    text: String,
}

impl CommitLog {
    pub fn new(out: Box<dyn Write + Send>) -> CommitLog {
        CommitLog { out, line: String::with_capacity(256), lines: 0, error: None }
    }

    /// Writes the line of the instruction the hart just retired, if it retired one.
    pub fn record(&mut self, hart: &Hart, bus: &Bus, before: &Before) {
        if hart.stats.instructions == before.instructions || self.error.is_some() {
            return;
        }
        self.line.clear();
        format_line(&mut self.line, hart, bus, before);
        self.line.push('\n');
        if let Err(e) = self.out.write_all(self.line.as_bytes()) {
            self.error = Some(e);
        }
        self.lines += 1;
    }

    /// Flushes the output; reports the first error seen.
    pub fn flush(&mut self) -> io::Result<()> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        self.out.flush()
    }
}

/// The instruction at `before.pc` (just retired: its bits are `hart.last_raw`).
fn retired(hart: &Hart) -> (Option<Inst>, u64) {
    let raw = hart.last_raw;
    if raw & 3 == 3 {
        (decode(raw).ok(), 4)
    } else {
        (decode_compressed(raw as u16).ok(), 2)
    }
}

/// Formats one line (without the newline) for the instruction `hart` retired.
pub fn format_line(out: &mut String, hart: &Hart, bus: &Bus, before: &Before) {
    let (inst, len) = retired(hart);
    let raw = hart.last_raw;
    let _ = write!(
        out,
        "core{:4}: {} 0x{:016x} (",
        hart.csr.hartid,
        before.privilege.bits(),
        before.pc
    );
    if len == 4 {
        let _ = write!(out, "0x{raw:08x})");
    } else {
        let _ = write!(out, "0x{:04x})", raw & 0xffff);
    }
    let Some(inst) = inst else { return };
    let mut regs: Vec<RegWrite> = Vec::new();
    let mut put = |key: u64, text: String| {
        regs.retain(|r| r.key != key);
        regs.push(RegWrite { key, text });
    };
    if let Some(rd) = x_dest(&inst) {
        if rd != 0 {
            put(u64::from(rd) << 4, format!(" x{:<2} 0x{:016x}", rd, hart.x[rd as usize & 31]));
        }
    }
    if let Some(rd) = f_dest(&inst) {
        put((u64::from(rd) << 4) | 1, format!(" f{:<2} 0x{:016x}", rd, hart.f[rd as usize & 31]));
    }
    let mut csr = |addr: u16, value: u64| {
        let name = csr_name(addr).unwrap_or_else(|| "unknown".into());
        put((u64::from(addr) << 4) | 4, format!(" c{addr}_{name} 0x{value:016x}"));
    };
    let c = &hart.csr;
    match inst {
        Inst::Csr { op, src, csr: addr, .. } => {
            let writes = op == CsrOp::Rw || !matches!(src, CsrSrc::Reg(0) | CsrSrc::Imm(0));
            if writes {
                for shown in shown_csrs(addr) {
                    csr(shown, csr_value(c, shown, bus));
                }
            }
        }
        Inst::Mret | Inst::Sret => csr(MSTATUS, c.mstatus),
        _ => {}
    }
    if c.fflags_raised != 0 {
        csr(FFLAGS, c.fcsr & 0x1f);
    }
    if c.mstatus != before.mstatus {
        csr(MSTATUS, c.mstatus);
    }
    regs.sort_by_key(|r| r.key);
    for r in &regs {
        out.push_str(&r.text);
    }
    memory_accesses(out, hart, bus, before, &inst);
}

/// The CSRs Spike shows for a write to `addr`.
fn shown_csrs(addr: u16) -> Vec<u16> {
    match addr {
        SSTATUS => vec![MSTATUS],
        SIE => vec![MIE],
        SIP => vec![MIP],
        FCSR => vec![FFLAGS, FRM],
        a => vec![a],
    }
}

fn csr_value(c: &CsrFile, addr: u16, bus: &Bus) -> u64 {
    c.read(addr, bus.mtime())
}

/// The integer register an instruction writes.
pub fn x_dest(inst: &Inst) -> Option<u8> {
    use Inst::*;
    match *inst {
        Lui { rd, .. }
        | Auipc { rd, .. }
        | Jal { rd, .. }
        | Jalr { rd, .. }
        | Load { rd, .. }
        | OpImm { rd, .. }
        | OpImm32 { rd, .. }
        | Op { rd, .. }
        | Op32 { rd, .. }
        | MulDiv { rd, .. }
        | MulDiv32 { rd, .. }
        | Csr { rd, .. }
        | Lr { rd, .. }
        | Sc { rd, .. }
        | Amo { rd, .. }
        | FCmp { rd, .. }
        | FClass { rd, .. }
        | FCvtToInt { rd, .. }
        | FMvToInt { rd, .. }
        | Bit { rd, .. }
        | BitImm { rd, .. }
        | BitUnary { rd, .. }
        | MopR { rd, .. }
        | MopRr { rd, .. } => Some(rd),
        _ => None,
    }
}

/// The FP register an instruction writes.
pub fn f_dest(inst: &Inst) -> Option<u8> {
    use Inst::*;
    match *inst {
        FLoad { rd, .. }
        | FOp { rd, .. }
        | FFma { rd, .. }
        | FCvtFromInt { rd, .. }
        | FCvtFp { rd, .. }
        | FMvFromInt { rd, .. } => Some(rd),
        _ => None,
    }
}

/// Appends the loads (` mem ADDR`) and stores (` mem ADDR VALUE`) of `inst`.
fn memory_accesses(out: &mut String, hart: &Hart, bus: &Bus, before: &Before, inst: &Inst) {
    let x = |r: u8| before.x[r as usize & 31];
    let addr = |rs1: u8, imm: i64| x(rs1).wrapping_add(imm as u64);
    let load = |out: &mut String, a: u64| {
        let _ = write!(out, " mem 0x{a:016x}");
    };
    let store = |out: &mut String, a: u64, size: u64, value: u64| {
        let width = 2 * size as usize;
        let mask = if size >= 8 { u64::MAX } else { (1 << (8 * size)) - 1 };
        let _ = write!(out, " mem 0x{a:016x} 0x{:0width$x}", value & mask);
    };
    match *inst {
        Inst::Load { rs1, imm, .. } | Inst::FLoad { rs1, imm, .. } => load(out, addr(rs1, imm)),
        Inst::Store { op, rs1, rs2, imm } => store(out, addr(rs1, imm), op.size(), x(rs2)),
        Inst::FStore { fmt, rs1, rs2, imm } => {
            store(out, addr(rs1, imm), fmt.size(), before.f[rs2 as usize & 31])
        }
        Inst::Lr { rs1, .. } => load(out, x(rs1)),
        Inst::Sc { width, rd, rs1, rs2, .. } => {
            // rd = 0 on success; with rd = x0 the outcome is not visible in the
            // registers, so look at memory.
            let stored = if rd != 0 {
                hart.x[rd as usize & 31] == 0
            } else {
                peek(hart, bus, x(rs1), width.size()) == Some(x(rs2) & mask(width.size()))
            };
            if stored {
                store(out, x(rs1), width.size(), x(rs2));
            }
        }
        Inst::Amo { width, rd, rs1, .. } => {
            let a = x(rs1);
            load(out, a);
            let size = width.size();
            let value = peek(hart, bus, a, size).unwrap_or(hart.x[rd as usize & 31]);
            store(out, a, size, value);
        }
        Inst::Cbo { op: CboOp::Zero, rs1 } => {
            let base = x(rs1) & !(CBO_BLOCK - 1);
            for i in 0..CBO_BLOCK {
                store(out, base + i, 1, 0);
            }
        }
        _ => {}
    }
}

fn mask(size: u64) -> u64 {
    if size >= 8 {
        u64::MAX
    } else {
        (1 << (8 * size)) - 1
    }
}

/// Page-table reads for [`peek`]: RAM only, and nothing is written.
struct ReadOnly<'a>(&'a Bus);

impl PteMemory for ReadOnly<'_> {
    fn read_pte(&mut self, paddr: u64) -> Option<u64> {
        let b = self.0.ram_slice(paddr, 8)?;
        Some(u64::from_le_bytes(b.try_into().ok()?))
    }
    fn write_pte(&mut self, _paddr: u64, _value: u64) -> Option<()> {
        Some(())
    }
}

/// Reads `size` bytes of RAM at the virtual data address `vaddr` as the hart sees it now,
/// without touching the TLB, the A/D bits or any counter.
fn peek(hart: &Hart, bus: &Bus, vaddr: u64, size: u64) -> Option<u64> {
    let privilege = hart.data_privilege();
    let paddr = if privilege == Privilege::Machine {
        vaddr
    } else {
        let req = WalkRequest {
            satp: hart.csr.satp,
            vaddr,
            access: AccessType::Load,
            privilege,
            sum: true,
            mxr: true,
            ad_mode: sv39::AdMode::Hardware,
            napot: true,
            pbmte: true,
        };
        sv39::walk(&req, &mut ReadOnly(bus)).ok()?.paddr
    };
    let bytes = bus.ram_slice(paddr, size)?;
    let mut word = [0u8; 8];
    word.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(u64::from_le_bytes(word))
}
