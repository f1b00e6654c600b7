//! The random program generator of the differential tester.
//!
//! A program is a deterministic function of its seed. It is a bare-metal M-mode ELF (see
//! [`super::elf`]) laid out as
//!
//! | address | contents |
//! | --- | --- |
//! | [`CODE`] | prologue, random body, epilogue, trap handler |
//! | [`TOHOST`] | `tohost`, `fromhost` (HTIF) |
//! | [`POOL`] | the initial values of x1..x31 and f0..f31 |
//! | [`SANDBOX`] | 8 KiB of random data that loads, stores and AMOs use |
//!
//! The **prologue** points mtvec at the handler, turns the FP unit on (FS = Initial), picks
//! a rounding mode and loads every register from the pool. The **body** is random
//! instructions of every kind satp implements, random operands included: each candidate
//! is a random encoding of a random major opcode, kept only if satp's decoder accepts it
//! (so the generator and the emulator share one definition of "implemented"), plus
//! now and then a word satp calls illegal. Four registers are never written by the body:
//! `x2` (sp), `x8` (s0) and `x31` point into the sandbox and are the only base registers
//! of memory accesses (so no store reaches code), and `x30` is the handler's scratch.
//! Jumps and branches go forward, to an instruction boundary at most [`MAX_SKIP`] items
//! on, so every program ends. CSR accesses go to a list of CSRs whose values both
//! emulators define the same way (no counters, no timers, no interrupt enables; mstatus
//! only through masks that keep MPRV and MIE alone). The **handler** reads mcause, mtval
//! and mepc (so their values are in the commit log) and returns past the trapping
//! instruction, 2 or 4 bytes. The **epilogue** writes 1 to `tohost`.

use super::elf;
use crate::isa::{decode, decode_compressed, Inst, Isa};

/// Where the program is linked.
pub const CODE: u64 = 0x8000_0000;
/// Most bytes of code.
pub const CODE_SIZE: u64 = 0x2000;
/// HTIF `tohost` (and `fromhost` 64 bytes on).
pub const TOHOST: u64 = 0x8000_2000;
/// Initial register values: x0..x31 (x0 unused), then f0..f31.
pub const POOL: u64 = 0x8000_3000;
/// The data region of loads and stores.
pub const SANDBOX: u64 = 0x8000_4000;
pub const SANDBOX_SIZE: u64 = 0x2000;
/// The whole image.
pub const IMAGE_SIZE: u64 = SANDBOX + SANDBOX_SIZE - CODE;
/// How far forward a jump or branch may go, in body items.
pub const MAX_SKIP: usize = 6;

/// Registers the body never writes (see the module docs).
const RESERVED: [u8; 4] = [2, 8, 30, 31];
/// Base registers of memory accesses: sp = s0 = sandbox start, x31 = sandbox middle.
const BASES: [u8; 3] = [2, 8, 31];

/// A deterministic generator (splitmix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// 0..n
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        let i = self.below(items.len() as u64) as usize;
        items[i.min(items.len() - 1)]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// One item of the body, before layout.
#[derive(Clone, Debug)]
enum Item {
    /// A finished instruction (2 or 4 bytes).
    Word(u32, u8),
    /// 32-bit instructions that must run together (no jump lands inside).
    Seq(Vec<u32>),
    /// BEQ..BGEU to the item `target` (funct3, rs1, rs2).
    Branch { funct3: u32, rs1: u8, rs2: u8, target: usize },
    /// JAL rd to the item `target`.
    Jal { rd: u8, target: usize },
    /// C.BEQZ / C.BNEZ (rs1' 0..7) to `target`.
    CBranch { bnez: bool, rs1c: u8, target: usize },
    /// C.J to `target`.
    CJump { target: usize },
    /// AUIPC x30, 0; JALR rd, off(x30) to `target`.
    Jalr { rd: u8, target: usize },
    /// AUIPC x30, 0; ADDI x30, x30, off; C.JR/C.JALR x30 to `target`.
    CJalr { link: bool, target: usize },
}

impl Item {
    fn size(&self) -> u64 {
        match self {
            Item::Word(_, len) => u64::from(*len),
            Item::Seq(words) => 4 * words.len() as u64,
            Item::Branch { .. } | Item::Jal { .. } => 4,
            Item::CBranch { .. } | Item::CJump { .. } => 2,
            Item::Jalr { .. } => 8,
            Item::CJalr { .. } => 10,
        }
    }
}

/// A generated program: its ELF and what the harness needs to know about it.
pub struct Program {
    pub seed: u64,
    pub elf: Vec<u8>,
    /// Instructions in the random body.
    pub body_items: usize,
}

// ---- encoders ----

fn i_type(opcode: u32, rd: u8, funct3: u32, rs1: u8, imm: i64) -> u32 {
    opcode
        | (u32::from(rd) << 7)
        | (funct3 << 12)
        | (u32::from(rs1) << 15)
        | (((imm as u32) & 0xfff) << 20)
}

fn s_type(opcode: u32, funct3: u32, rs1: u8, rs2: u8, imm: i64) -> u32 {
    let imm = imm as u32;
    opcode
        | ((imm & 0x1f) << 7)
        | (funct3 << 12)
        | (u32::from(rs1) << 15)
        | (u32::from(rs2) << 20)
        | (((imm >> 5) & 0x7f) << 25)
}

/// B-type: imm[12|10:5] rs2 rs1 funct3 imm[4:1|11] 1100011.
pub fn b_type(funct3: u32, rs1: u8, rs2: u8, offset: i64) -> u32 {
    let i = offset as u32;
    0x63 | (((i >> 11) & 1) << 7)
        | (((i >> 1) & 0xf) << 8)
        | (funct3 << 12)
        | (u32::from(rs1) << 15)
        | (u32::from(rs2) << 20)
        | (((i >> 5) & 0x3f) << 25)
        | (((i >> 12) & 1) << 31)
}

/// J-type: imm[20|10:1|11|19:12] rd 1101111.
pub fn j_type(rd: u8, offset: i64) -> u32 {
    let i = offset as u32;
    0x6f | (u32::from(rd) << 7)
        | (((i >> 12) & 0xff) << 12)
        | (((i >> 11) & 1) << 20)
        | (((i >> 1) & 0x3ff) << 21)
        | (((i >> 20) & 1) << 31)
}

/// C.BEQZ / C.BNEZ: funct3 imm[8|4:3] rs1' imm[7:6|2:1|5] 01.
pub fn cb_type(bnez: bool, rs1c: u8, offset: i64) -> u32 {
    let i = offset as u32;
    let funct3 = if bnez { 7 } else { 6 };
    (funct3 << 13)
        | (((i >> 8) & 1) << 12)
        | (((i >> 3) & 3) << 10)
        | (u32::from(rs1c & 7) << 7)
        | (((i >> 6) & 3) << 5)
        | (((i >> 1) & 3) << 3)
        | (((i >> 5) & 1) << 2)
        | 1
}

/// C.J: 101 imm[11|4|9:8|10|6|7|3:1|5] 01.
pub fn cj_type(offset: i64) -> u32 {
    let i = offset as u32;
    (5 << 13)
        | (((i >> 11) & 1) << 12)
        | (((i >> 4) & 1) << 11)
        | (((i >> 8) & 3) << 9)
        | (((i >> 10) & 1) << 8)
        | (((i >> 6) & 1) << 7)
        | (((i >> 7) & 1) << 6)
        | (((i >> 1) & 7) << 3)
        | (((i >> 5) & 1) << 2)
        | 1
}

fn auipc(rd: u8, imm20: i64) -> u32 {
    0x17 | (u32::from(rd) << 7) | (((imm20 as u32) & 0xfffff) << 12)
}

fn addi(rd: u8, rs1: u8, imm: i64) -> u32 {
    i_type(0x13, rd, 0, rs1, imm)
}

/// CSRRW/CSRRS/CSRRC (funct3 1..3) or their immediate forms (5..7).
fn csr_op(funct3: u32, rd: u8, src: u8, csr: u16) -> u32 {
    0x73 | (u32::from(rd) << 7) | (funct3 << 12) | (u32::from(src) << 15) | (u32::from(csr) << 20)
}

/// Splits a pc-relative offset into AUIPC's and ADDI's immediates.
fn hi_lo(offset: i64) -> (i64, i64) {
    let hi = (offset + 0x800) >> 12;
    (hi, offset - (hi << 12))
}

/// Code with its own pc, for the fixed parts of a program.
struct Asm {
    words: Vec<u8>,
}

impl Asm {
    fn pc(&self) -> u64 {
        CODE + self.words.len() as u64
    }
    fn w(&mut self, word: u32) {
        self.words.extend_from_slice(&word.to_le_bytes());
    }
    fn h(&mut self, half: u16) {
        self.words.extend_from_slice(&half.to_le_bytes());
    }
    /// rd = target (AUIPC + ADDI).
    fn la(&mut self, rd: u8, target: u64) {
        let (hi, lo) = hi_lo(target.wrapping_sub(self.pc()) as i64);
        self.w(auipc(rd, hi));
        self.w(addi(rd, rd, lo));
    }
    /// rd = a 32-bit signed constant (LUI + ADDIW).
    fn li32(&mut self, rd: u8, value: i32) {
        let v = i64::from(value);
        let hi = ((v + 0x800) >> 12) & 0xfffff;
        let lo = v - (((v + 0x800) >> 12) << 12);
        self.w(0x37 | (u32::from(rd) << 7) | ((hi as u32) << 12));
        self.w(i_type(0x1b, rd, 0, rd, lo));
    }
}

/// CSRs the body reads and writes with any value.
const FREE_CSRS: [u16; 15] = [
    0x001, // fflags
    0x002, // frm
    0x003, // fcsr
    0x100, // sstatus
    0x106, // scounteren
    0x140, // sscratch
    0x141, // sepc
    0x142, // scause
    0x143, // stval
    0x303, // mideleg
    0x306, // mcounteren
    0x340, // mscratch
    0x341, // mepc
    0x342, // mcause
    0x343, // mtval
];
/// CSRs the body reads, and writes to see the illegal-instruction trap.
const READ_ONLY_CSRS: [u16; 3] = [
    0xf11, // mvendorid
    0xf14, // mhartid
    0xf15, // mconfigptr
];
/// CSR numbers neither emulator implements.
const ABSENT_CSRS: [u16; 3] = [0x7c0, 0x800, 0x5c0];
/// mstatus bits the body may set or clear: SIE, SPIE, MPIE, SPP, MPP, FS, SUM, MXR.
const MSTATUS_MASKS: [i32; 9] = [0x2, 0x20, 0x80, 0x100, 0x1800, 0x6000, 0x2000, 1 << 18, 1 << 19];

/// The major opcodes of plain 32-bit instructions (not jumps, branches or SYSTEM).
const OPCODES: [u32; 17] = [
    0x03, 0x07, 0x0f, 0x13, 0x17, 0x1b, 0x23, 0x27, 0x2f, 0x33, 0x37, 0x3b, 0x43, 0x53, 0x47, 0x4b,
    0x4f,
];

/// The register an instruction writes, if it is an integer register.
fn writes_reserved(inst: &Inst) -> bool {
    crate::debug::commitlog::x_dest(inst).is_some_and(|rd| RESERVED.contains(&rd))
}

fn is_control(inst: &Inst) -> bool {
    matches!(
        inst,
        Inst::Jal { .. }
            | Inst::Jalr { .. }
            | Inst::Branch { .. }
            | Inst::Mret
            | Inst::Sret
            | Inst::Wfi
    )
}

/// A random plain 32-bit instruction that satp implements.
fn plain32(rng: &mut Rng, isa: &Isa) -> u32 {
    loop {
        let opcode = rng.pick(&OPCODES);
        let mut word = (rng.next_u64() as u32 & !0x7f) | opcode;
        match opcode {
            // Loads, stores, AMOs, FP loads and stores, CBO: a sandbox base.
            0x03 | 0x07 | 0x23 | 0x27 | 0x2f | 0x0f => {
                word = (word & !(0x1f << 15)) | (u32::from(rng.pick(&BASES)) << 15);
            }
            // OP and OP-32: mostly the funct7 values in use.
            0x33 | 0x3b => {
                let f7 = rng
                    .pick(&[0x00u32, 0x01, 0x20, 0x04, 0x05, 0x07, 0x10, 0x14, 0x24, 0x30, 0x34]);
                word = (word & 0x01ff_ffff) | (f7 << 25);
            }
            _ => {}
        }
        let Ok(inst) = decode(word) else { continue };
        if !isa.allows(&inst, 4) || writes_reserved(&inst) || is_control(&inst) {
            continue;
        }
        return word;
    }
}

/// A random plain compressed instruction that satp implements.
fn plain16(rng: &mut Rng, isa: &Isa) -> u32 {
    loop {
        let mut half = rng.next_u64() as u16;
        if half & 3 == 3 {
            continue;
        }
        // C.LW/C.LD/C.SW/C.SD/C.FLD/C.FSD: base x8.
        let quadrant = half & 3;
        let funct3 = half >> 13;
        if quadrant == 0 && funct3 != 0 && funct3 != 4 {
            half &= !(7 << 7);
        }
        let Ok(inst) = decode_compressed(half) else { continue };
        if !isa.allows(&inst, 2) || writes_reserved(&inst) || is_control(&inst) {
            continue;
        }
        return u32::from(half);
    }
}

/// A CSR access: a finished item list (one or three instructions).
fn csr_access(rng: &mut Rng, out: &mut Vec<Item>) {
    let rd = loop {
        let r = rng.below(32) as u8;
        if !RESERVED.contains(&r) {
            break r;
        }
    };
    let src = rng.below(32) as u8;
    let funct3 = rng.pick(&[1u32, 2, 3, 5, 6, 7]);
    match rng.below(10) {
        0..=5 => out.push(Item::Word(csr_op(funct3, rd, src, rng.pick(&FREE_CSRS)), 4)),
        6 => out.push(Item::Word(
            csr_op(rng.pick(&[1u32, 2, 3, 5, 6, 7]), rd, src, rng.pick(&READ_ONLY_CSRS)),
            4,
        )),
        7 if rng.chance(50) => {
            out.push(Item::Word(csr_op(funct3, rd, src, rng.pick(&ABSENT_CSRS)), 4))
        }
        // misa and medeleg only read: Spike lets misa writes turn extensions off (satp's
        // misa is read-only), and makes medeleg bit 0 read-only zero (satp: writable);
        // both are legal WARL choices.
        7 => out.push(Item::Word(csr_op(2, rd, 0, rng.pick(&[0x301u16, 0x302])), 4)),
        _ => {
            // mstatus: set or clear a field through x30, as one item.
            let mut a = Asm { words: Vec::new() };
            a.li32(30, rng.pick(&MSTATUS_MASKS));
            let f3 = rng.pick(&[2u32, 3]);
            a.w(csr_op(f3, rd, 30, 0x300));
            let words = a.words.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
            out.push(Item::Seq(words.collect()));
        }
    }
}

/// A random register that the body may write.
fn free_reg(rng: &mut Rng) -> u8 {
    loop {
        let r = rng.below(32) as u8;
        if !RESERVED.contains(&r) {
            return r;
        }
    }
}

/// The body: `n` random items (some take more than one instruction).
fn body(rng: &mut Rng, isa: &Isa, n: usize) -> Vec<Item> {
    let mut items = Vec::with_capacity(n + 8);
    while items.len() < n {
        let here = items.len();
        let target = here + 1 + rng.below(MAX_SKIP as u64) as usize;
        match rng.below(100) {
            0..=54 => items.push(Item::Word(plain32(rng, isa), 4)),
            55..=74 => items.push(Item::Word(plain16(rng, isa), 2)),
            75..=80 => {
                let funct3 = rng.pick(&[0u32, 1, 4, 5, 6, 7]);
                items.push(Item::Branch {
                    funct3,
                    rs1: rng.below(32) as u8,
                    rs2: rng.below(32) as u8,
                    target,
                });
            }
            81..=82 => items.push(Item::Jal { rd: free_reg(rng), target }),
            83..=84 => {
                items.push(Item::CBranch { bnez: rng.chance(50), rs1c: rng.below(8) as u8, target })
            }
            85 => items.push(Item::CJump { target }),
            86 => items.push(Item::Jalr { rd: free_reg(rng), target }),
            87 => items.push(Item::CJalr { link: rng.chance(50), target }),
            88..=94 => csr_access(rng, &mut items),
            95 => items.push(Item::Word(rng.pick(&[0x0000_0073u32, 0x0010_0073]), 4)), // ecall, ebreak
            96 => items.push(Item::Word(0x9002, 2)),                                   // c.ebreak
            97 => items.push(Item::Word(
                rng.pick(&[0x0000_0000u32, 0xffff_ffff, 0x3020_0073 | (1 << 7)]),
                4,
            )),
            _ => {
                // A word satp's decoder rejects (or one of another extension).
                loop {
                    let w = rng.next_u64() as u32 | 3;
                    if decode(w).map_or(true, |i| !isa.allows(&i, 4)) {
                        items.push(Item::Word(w, 4));
                        break;
                    }
                }
            }
        }
    }
    items
}

/// Generates the program of `seed` with about `n` body items.
pub fn generate(seed: u64, n: usize) -> Program {
    let mut rng = Rng::new(seed);
    let isa = Isa::all();
    let mut a = Asm { words: Vec::new() };
    // ---- prologue ----
    let handler_slot = a.words.len();
    a.la(30, 0); // patched below with the handler's address
    a.w(csr_op(1, 0, 30, 0x305)); // csrw mtvec, x30
    a.li32(30, 0x2000);
    a.w(csr_op(2, 0, 30, 0x300)); // csrs mstatus, x30: FS = Initial
    a.w(csr_op(5, 0, rng.below(5) as u8, 0x002)); // csrwi frm, 0..4
    a.la(31, POOL);
    for f in 0..32u8 {
        a.w(i_type(0x07, f, 3, 31, 256 + 8 * i64::from(f))); // fld f, 256+8f(x31)
    }
    for x in 1..31u8 {
        if !RESERVED.contains(&x) {
            a.w(i_type(0x03, x, 3, 31, 8 * i64::from(x))); // ld x, 8x(x31)
        }
    }
    a.la(2, SANDBOX);
    a.la(8, SANDBOX);
    a.la(31, SANDBOX + SANDBOX_SIZE / 2);
    // ---- body ----
    let items = body(&mut rng, &isa, n);
    let start = a.pc();
    let mut addrs = Vec::with_capacity(items.len() + 1);
    let mut pc = start;
    for it in &items {
        addrs.push(pc);
        pc += it.size();
    }
    addrs.push(pc); // the epilogue
    let at = |t: usize| addrs.get(t.min(items.len())).copied().unwrap_or(pc);
    for (i, it) in items.iter().enumerate() {
        let here = at(i);
        let off = |t: usize| at(t) as i64 - here as i64;
        match *it {
            Item::Word(w, 4) => a.w(w),
            Item::Seq(ref words) => words.iter().for_each(|&w| a.w(w)),
            Item::Word(w, _) => a.h(w as u16),
            Item::Branch { funct3, rs1, rs2, target } => a.w(b_type(funct3, rs1, rs2, off(target))),
            Item::Jal { rd, target } => a.w(j_type(rd, off(target))),
            Item::CBranch { bnez, rs1c, target } => a.h(cb_type(bnez, rs1c, off(target)) as u16),
            Item::CJump { target } => a.h(cj_type(off(target)) as u16),
            Item::Jalr { rd, target } => {
                a.w(auipc(30, 0));
                a.w(i_type(0x67, rd, 0, 30, off(target)));
            }
            Item::CJalr { link, target } => {
                a.w(auipc(30, 0));
                a.w(addi(30, 30, off(target)));
                a.h(if link { 0x9f02 } else { 0x8f02 }); // c.jalr x30 / c.jr x30
            }
        }
    }
    // ---- epilogue ----
    a.la(30, TOHOST);
    a.w(addi(31, 0, 1));
    a.w(s_type(0x23, 3, 30, 31, 0)); // sd x31, 0(x30)
    a.w(j_type(0, 0));
    // ---- handler (4-byte aligned) ----
    if !a.words.len().is_multiple_of(4) {
        a.h(0x0001); // c.nop, never reached
    }
    let handler = a.pc();
    a.w(csr_op(2, 30, 0, 0x342)); // csrr x30, mcause
    a.w(csr_op(2, 30, 0, 0x343)); // csrr x30, mtval
    a.w(csr_op(2, 30, 0, 0x341)); // csrr x30, mepc
    a.w(i_type(0x03, 30, 5, 30, 0)); // lhu x30, 0(x30)
    a.w(i_type(0x13, 30, 7, 30, 3)); // andi x30, x30, 3
    a.w(addi(30, 30, -3));
    a.w(b_type(1, 30, 0, 20)); // bne x30, x0, +20 (the 2-byte case)
    a.w(csr_op(2, 30, 0, 0x341));
    a.w(addi(30, 30, 4));
    a.w(csr_op(1, 0, 30, 0x341)); // csrw mepc, x30
    a.w(0x3020_0073); // mret
    a.w(csr_op(2, 30, 0, 0x341));
    a.w(addi(30, 30, 2));
    a.w(csr_op(1, 0, 30, 0x341));
    a.w(0x3020_0073);
    // Patch the prologue's `la x30, handler`.
    let (hi, lo) = hi_lo(handler as i64 - CODE as i64 - handler_slot as i64);
    a.words.splice(
        handler_slot..handler_slot + 8,
        [auipc(30, hi), addi(30, 30, lo)].iter().flat_map(|w| w.to_le_bytes()),
    );
    // ---- data ----
    let mut image = a.words;
    image.resize(IMAGE_SIZE as usize, 0);
    let mut put = |addr: u64, value: u64| {
        let off = (addr - CODE) as usize;
        if let Some(dst) = image.get_mut(off..off + 8) {
            dst.copy_from_slice(&value.to_le_bytes());
        }
    };
    for x in 0..32u64 {
        put(POOL + 8 * x, interesting_int(&mut rng));
    }
    for f in 0..32u64 {
        put(POOL + 256 + 8 * f, interesting_fp(&mut rng));
    }
    for i in 0..SANDBOX_SIZE / 8 {
        put(SANDBOX + 8 * i, rng.next_u64());
    }
    Program { seed, elf: elf::build(&image, CODE, CODE_SIZE, TOHOST), body_items: items.len() }
}

/// A random integer, often a boundary value.
fn interesting_int(rng: &mut Rng) -> u64 {
    match rng.below(8) {
        0 => rng.pick(&[
            0,
            1,
            u64::MAX,
            1 << 63,
            (1 << 63) - 1,
            0x8000_0000,
            0x7fff_ffff,
            0xffff_ffff,
        ]),
        1 => rng.below(64),
        2 => (rng.next_u64() as i32) as i64 as u64,
        _ => rng.next_u64(),
    }
}

/// A random FP register value: doubles, NaN-boxed singles and halves, specials.
fn interesting_fp(rng: &mut Rng) -> u64 {
    let single = |bits: u32| 0xffff_ffff_0000_0000 | u64::from(bits);
    let half = |bits: u16| 0xffff_ffff_ffff_0000 | u64::from(bits);
    match rng.below(10) {
        0 => rng.pick(&[
            0,
            1 << 63,
            0x7ff0_0000_0000_0000,
            0xfff0_0000_0000_0000,
            0x7ff8_0000_0000_0000,
            0x7ff4_0000_0000_0000,
            0x0000_0000_0000_0001,
            0x3ff0_0000_0000_0000,
        ]),
        1 => single(rng.pick(&[
            0u32,
            0x8000_0000,
            0x7f80_0000,
            0xff80_0000,
            0x7fc0_0000,
            0x7fa0_0000,
            1,
            0x3f80_0000,
        ])),
        2 | 3 => single(rng.next_u64() as u32),
        4 => half(rng.next_u64() as u16),
        5 => rng.next_u64() as u32 as u64, // a single that is not NaN-boxed
        6 => {
            // A double near 1 with random low bits (rounding cases).
            0x3ff0_0000_0000_0000 | (rng.next_u64() & 0x000f_ffff_ffff_ffff)
        }
        _ => rng.next_u64(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn branch_and_jump_encoders_round_trip_through_the_decoder() {
        for off in [-4096i64, -2, 2, 4, 100, 4094] {
            assert_eq!(
                decode(b_type(1, 5, 6, off)),
                Ok(Inst::Branch { op: crate::isa::BranchOp::Bne, rs1: 5, rs2: 6, imm: off })
            );
        }
        for off in [-(1i64 << 20), -2, 2, 0x7fe, (1 << 20) - 2] {
            assert_eq!(decode(j_type(3, off)), Ok(Inst::Jal { rd: 3, imm: off }));
        }
        for off in [-256i64, -2, 2, 6, 254] {
            let Ok(Inst::Branch { imm, rs1, .. }) = decode_compressed(cb_type(true, 3, off) as u16)
            else {
                panic!("c.bnez {off}")
            };
            assert_eq!((imm, rs1), (off, 11));
        }
        for off in [-2048i64, -2, 2, 0x7fe] {
            assert_eq!(decode_compressed(cj_type(off) as u16), Ok(Inst::Jal { rd: 0, imm: off }));
        }
    }

    #[test]
    fn generation_is_deterministic() {
        assert_eq!(generate(7, 100).elf, generate(7, 100).elf);
        assert_ne!(generate(7, 100).elf, generate(8, 100).elf);
    }
}
