//! The CSR file of one hart, with the WARL rules of the privileged spec.
//!
//! Fields are stored in their architectural form; views (sstatus, sie, sip, cycle, ...) are
//! computed from the M-mode registers on access. Access-rule checks (privilege, read-only,
//! counter enables, TVM) live in [`CsrFile::check_access`]; the hart turns a refusal into
//! an illegal-instruction exception.

use crate::isa::csr::*;
use crate::isa::Privilege;
use crate::mmu::pmp::Pmp;
use crate::mmu::sv39;

// mstatus fields (Privileged spec, "Machine Status Registers (mstatus and mstatush)").
pub const MSTATUS_SIE: u64 = 1 << 1;
pub const MSTATUS_MIE: u64 = 1 << 3;
pub const MSTATUS_SPIE: u64 = 1 << 5;
pub const MSTATUS_MPIE: u64 = 1 << 7;
pub const MSTATUS_SPP: u64 = 1 << 8;
pub const MSTATUS_MPP_SHIFT: u64 = 11;
pub const MSTATUS_MPP: u64 = 3 << MSTATUS_MPP_SHIFT;
pub const MSTATUS_MPRV: u64 = 1 << 17;
pub const MSTATUS_SUM: u64 = 1 << 18;
pub const MSTATUS_MXR: u64 = 1 << 19;
pub const MSTATUS_TVM: u64 = 1 << 20;
pub const MSTATUS_TW: u64 = 1 << 21;
pub const MSTATUS_TSR: u64 = 1 << 22;
/// FS: the FP state (0 Off, 1 Initial, 2 Clean, 3 Dirty).
pub const MSTATUS_FS: u64 = 3 << 13;
pub const MSTATUS_FS_DIRTY: u64 = 3 << 13;
/// SD: read-only summary, set when FS (or VS/XS, always 0 here) is Dirty.
pub const MSTATUS_SD: u64 = 1 << 63;
/// UXL = SXL = 2 (64-bit), read-only.
pub const MSTATUS_XL: u64 = (2 << 32) | (2 << 34);

/// mstatus bits an M-mode write may change. FS is writable (F and D); VS/XS are
/// read-only zero (no V or custom state); UBE/SBE/MBE are zero (little-endian only).
const MSTATUS_WRITABLE: u64 = MSTATUS_FS
    | MSTATUS_SIE
    | MSTATUS_MIE
    | MSTATUS_SPIE
    | MSTATUS_MPIE
    | MSTATUS_SPP
    | MSTATUS_MPP
    | MSTATUS_MPRV
    | MSTATUS_SUM
    | MSTATUS_MXR
    | MSTATUS_TVM
    | MSTATUS_TW
    | MSTATUS_TSR;

/// The bits of mstatus visible through sstatus (Privileged spec, "Supervisor Status Register").
pub const SSTATUS_MASK: u64 = MSTATUS_SIE
    | MSTATUS_SPIE
    | MSTATUS_SPP
    | MSTATUS_SUM
    | MSTATUS_MXR
    | (3 << 32) // UXL
    | (3 << 13) // FS
    | (3 << 9) // VS
    | (3 << 15) // XS
    | (1 << 63); // SD

// Interrupt bits of mip/mie.
pub const IRQ_SSI: u64 = 1 << 1;
pub const IRQ_MSI: u64 = 1 << 3;
pub const IRQ_STI: u64 = 1 << 5;
pub const IRQ_MTI: u64 = 1 << 7;
pub const IRQ_SEI: u64 = 1 << 9;
pub const IRQ_MEI: u64 = 1 << 11;
pub const IRQ_S_ALL: u64 = IRQ_SSI | IRQ_STI | IRQ_SEI;
pub const IRQ_ALL: u64 = IRQ_S_ALL | IRQ_MSI | IRQ_MTI | IRQ_MEI;

/// Exceptions that may be delegated: every defined cause except ecall-from-M (bit 11,
/// read-only zero per the spec) and the reserved codes 10 and 14.
const MEDELEG_WRITABLE: u64 = 0xb3ff;

/// menvcfg bits kept: FIOM (0), CBIE (5:4), CBCFE (6), CBZE (7), ADUE (61, Svadu),
/// PBMTE (62, Svpbmt) and STCE (63, Sstc).
pub const MENVCFG_STCE: u64 = 1 << 63;
pub const MENVCFG_PBMTE: u64 = 1 << 62;
pub const MENVCFG_ADUE: u64 = 1 << 61;
/// x-envcfg CBIE (bits 5:4, WARL: 00 illegal, 01 flush, 11 invalidate; the reserved 10
/// is stored as 00), CBCFE (6) and CBZE (7): the CMO spec, "Control and Status Register
/// State". The same bits in menvcfg and senvcfg.
pub const ENVCFG_CBIE: u64 = 0b11 << 4;
pub const ENVCFG_CBCFE: u64 = 1 << 6;
pub const ENVCFG_CBZE: u64 = 1 << 7;
const ENVCFG_CBO: u64 = ENVCFG_CBIE | ENVCFG_CBCFE | ENVCFG_CBZE;
const MENVCFG_WRITABLE: u64 = 1 | ENVCFG_CBO | MENVCFG_STCE | MENVCFG_PBMTE | MENVCFG_ADUE;
/// senvcfg bits kept: FIOM, CBIE, CBCFE, CBZE.
const SENVCFG_WRITABLE: u64 = 1 | ENVCFG_CBO;

/// An x-envcfg write's value with the reserved CBIE encoding 10 made 00.
fn legalize_envcfg(value: u64) -> u64 {
    if value & ENVCFG_CBIE == 0b10 << 4 {
        value & !ENVCFG_CBIE
    } else {
        value
    }
}

/// Why a CSR access was refused; the hart raises an illegal-instruction exception for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsrDenied {
    Unknown,
    Privilege,
    ReadOnly,
    CounterDisabled,
    Tvm,
    /// fflags, frm or fcsr with mstatus.FS = Off.
    FpOff,
}

/// mcycle and minstret, kept lazily: the hart counts cycles and instructions in its
/// statistics and hands the raw counts over before each CSR access; a CSR value is the raw
/// count plus an offset set by software writes, or a frozen value while mcountinhibit
/// stops the counter.
#[derive(Clone, Debug, Default)]
pub struct Counters {
    /// Raw counts as of the current instruction (set by the hart before CSR access).
    pub raw_cycle: u64,
    pub raw_instret: u64,
    cycle_offset: u64,
    instret_offset: u64,
    cycle_frozen: Option<u64>,
    instret_frozen: Option<u64>,
}

impl Counters {
    /// mcycle as software reads it.
    pub fn cycle(&self) -> u64 {
        self.cycle_frozen.unwrap_or(self.raw_cycle.wrapping_add(self.cycle_offset))
    }

    /// minstret as software reads it.
    pub fn instret(&self) -> u64 {
        self.instret_frozen.unwrap_or(self.raw_instret.wrapping_add(self.instret_offset))
    }

    /// A write to mcycle: takes effect after the writing instruction, which is counted as
    /// one cycle (exact under the functional model).
    fn write_cycle(&mut self, value: u64) {
        match &mut self.cycle_frozen {
            Some(f) => *f = value,
            None => self.cycle_offset = value.wrapping_sub(self.raw_cycle.wrapping_add(1)),
        }
    }

    /// A write to minstret: the writing instruction does not increment it (Zicntr: a CSR
    /// write takes effect after the writing instruction has otherwise completed).
    fn write_instret(&mut self, value: u64) {
        match &mut self.instret_frozen {
            Some(f) => *f = value,
            None => self.instret_offset = value.wrapping_sub(self.raw_instret.wrapping_add(1)),
        }
    }

    /// mcountinhibit changed: CY (bit 0) and IR (bit 2) stop or restart the counters.
    /// The writing instruction itself is still counted.
    fn inhibit(&mut self, old: u64, new: u64) {
        let cycle_now = self.raw_cycle.wrapping_add(1);
        let instret_now = self.raw_instret.wrapping_add(1);
        if old & 1 == 0 && new & 1 != 0 {
            self.cycle_frozen = Some(cycle_now.wrapping_add(self.cycle_offset));
        } else if old & 1 != 0 && new & 1 == 0 {
            let v = self.cycle_frozen.take().unwrap_or(0);
            self.cycle_offset = v.wrapping_sub(cycle_now);
        }
        if old & 4 == 0 && new & 4 != 0 {
            self.instret_frozen = Some(instret_now.wrapping_add(self.instret_offset));
        } else if old & 4 != 0 && new & 4 == 0 {
            let v = self.instret_frozen.take().unwrap_or(0);
            self.instret_offset = v.wrapping_sub(instret_now);
        }
    }
}

/// The CSR state of one hart.
#[derive(Clone, Debug)]
pub struct CsrFile {
    pub hartid: u64,
    pub mstatus: u64,
    pub medeleg: u64,
    pub mideleg: u64,
    pub mie: u64,
    /// Software-writable pending bits (SSIP, STIP, SEIP); device lines are in `mip_lines`.
    pub mip_sw: u64,
    /// Pending bits driven by devices (MSIP, MTIP, MEIP from the CLINT/PLIC, SEIP from the
    /// PLIC, STIP from Sstc). Read-only to software.
    pub mip_lines: u64,
    pub mtvec: u64,
    pub stvec: u64,
    pub mepc: u64,
    pub sepc: u64,
    pub mcause: u64,
    pub scause: u64,
    pub mtval: u64,
    pub stval: u64,
    pub mscratch: u64,
    pub sscratch: u64,
    pub mcounteren: u64,
    pub scounteren: u64,
    pub mcountinhibit: u64,
    pub menvcfg: u64,
    /// misa: MXL = 2 (RV64) and the extensions of `--isa` (see `Hart::set_isa`). Writes
    /// are ignored (WARL: the extension set is fixed for a run).
    pub misa: u64,
    /// The menvcfg bits whose extension is on (`--isa`); the others are read-only zero.
    pub menvcfg_implemented: u64,
    pub senvcfg: u64,
    pub satp: u64,
    pub stimecmp: u64,
    /// Event selected by mhpmevent3..31 (see [`HpmEvent`]); 0 counts nothing.
    pub mhpmevent: [u64; 29],
    /// mhpmcounter3..31 as offsets added to the selected event's count.
    pub mhpmcounter: [u64; 29],
    /// Event counts as of the current instruction, indexed by event number (set by the
    /// hart before CSR access).
    pub hpm_events: [u64; HPM_EVENTS],
    pub tselect: u64,
    pub pmp: Pmp,
    pub counters: Counters,
    /// fcsr: frm in bits 7:5, fflags (NV DZ OF UF NX) in bits 4:0.
    pub fcsr: u64,
    /// The exception flags accrued since the commit log last cleared this (not
    /// architectural: Spike logs fflags whenever an instruction raises a flag, even one
    /// already set, so the commit log needs what was raised, not what changed).
    pub fflags_raised: u64,
}

impl CsrFile {
    pub fn new(hartid: u64) -> CsrFile {
        CsrFile {
            hartid,
            mstatus: MSTATUS_XL,
            medeleg: 0,
            mideleg: 0,
            mie: 0,
            mip_sw: 0,
            mip_lines: 0,
            mtvec: 0,
            stvec: 0,
            mepc: 0,
            sepc: 0,
            mcause: 0,
            scause: 0,
            mtval: 0,
            stval: 0,
            mscratch: 0,
            sscratch: 0,
            mcounteren: 0,
            scounteren: 0,
            mcountinhibit: 0,
            menvcfg: 0,
            misa: (2 << 62) | crate::isa::Isa::all().misa_extensions(),
            menvcfg_implemented: !0,
            senvcfg: 0,
            satp: 0,
            stimecmp: u64::MAX,
            mhpmevent: [0; 29],
            mhpmcounter: [0; 29],
            hpm_events: [0; HPM_EVENTS],
            tselect: 0,
            pmp: Pmp::new(),
            counters: Counters::default(),
            fcsr: 0,
            fflags_raised: 0,
        }
    }

    /// mip as software sees it.
    #[inline]
    pub fn mip(&self) -> u64 {
        self.mip_sw | self.mip_lines
    }

    /// Checks the access rules that do not depend on the value: existence, privilege,
    /// read-only, counter enables and TVM (Privileged spec, "CSR Address Mapping Conventions").
    pub fn check_access(
        &self,
        csr: u16,
        privilege: Privilege,
        write: bool,
    ) -> Result<(), CsrDenied> {
        if !Self::exists(csr) {
            return Err(CsrDenied::Unknown);
        }
        if matches!(csr, FFLAGS | FRM | FCSR) && !self.fp_enabled() {
            return Err(CsrDenied::FpOff);
        }
        let min_priv = ((csr >> 8) & 3) as u64;
        if privilege.bits() < min_priv {
            return Err(CsrDenied::Privilege);
        }
        if write && (csr >> 10) & 3 == 3 {
            return Err(CsrDenied::ReadOnly);
        }
        if (0xC00..=0xC1F).contains(&csr) {
            let bit = 1u64 << (csr - 0xC00);
            let allowed = match privilege {
                Privilege::Machine => true,
                Privilege::Supervisor => self.mcounteren & bit != 0,
                Privilege::User => self.mcounteren & bit != 0 && self.scounteren & bit != 0,
            };
            if !allowed {
                return Err(CsrDenied::CounterDisabled);
            }
        }
        if privilege == Privilege::Supervisor && self.mstatus & MSTATUS_TVM != 0 && csr == SATP {
            return Err(CsrDenied::Tvm);
        }
        if csr == STIMECMP && privilege == Privilege::Supervisor && self.mcounteren & 2 == 0 {
            // Sstc: S-mode access to stimecmp needs mcounteren.TM as well as menvcfg.STCE.
            return Err(CsrDenied::CounterDisabled);
        }
        if csr == STIMECMP && self.menvcfg_implemented & MENVCFG_STCE == 0 {
            // Without Sstc (`--isa`) stimecmp does not exist.
            return Err(CsrDenied::Unknown);
        }
        if csr == STIMECMP && privilege != Privilege::Machine && self.menvcfg & MENVCFG_STCE == 0 {
            return Err(CsrDenied::Unknown);
        }
        Ok(())
    }

    fn exists(csr: u16) -> bool {
        matches!(
            csr,
            FFLAGS
                | FRM
                | FCSR
                | CYCLE
                | TIME
                | INSTRET
                | 0xC03..=0xC1F
                | SSTATUS
                | SIE
                | STVEC
                | SCOUNTEREN
                | SENVCFG
                | SSCRATCH
                | SEPC
                | SCAUSE
                | STVAL
                | SIP
                | STIMECMP
                | SATP
                | MVENDORID
                | MARCHID
                | MIMPID
                | MHARTID
                | MCONFIGPTR
                | MSTATUS
                | MISA
                | MEDELEG
                | MIDELEG
                | MIE
                | MTVEC
                | MCOUNTEREN
                | MENVCFG
                | MCOUNTINHIBIT
                | 0x323..=0x33F
                | MSCRATCH
                | MEPC
                | MCAUSE
                | MTVAL
                | MIP
                | MCYCLE
                | MINSTRET
                | 0xB03..=0xB1F
                | TSELECT
                | TDATA1
                | TDATA2
                | TDATA3
                | 0x3B0..=0x3EF
        ) || ((PMPCFG0..=PMPCFG0 + 15).contains(&csr) && csr.is_multiple_of(2))
    }

    /// Reads a CSR whose access was already checked. `mtime` is the platform timer.
    pub fn read(&self, csr: u16, mtime: u64) -> u64 {
        match csr {
            FFLAGS => self.fcsr & 0x1f,
            FRM => (self.fcsr >> 5) & 7,
            FCSR => self.fcsr & 0xff,
            CYCLE | MCYCLE => self.counters.cycle(),
            TIME => mtime,
            INSTRET | MINSTRET => self.counters.instret(),
            0xC03..=0xC1F => self.hpm_read((csr - 0xC03) as usize),
            0xB03..=0xB1F => self.hpm_read((csr - 0xB03) as usize),
            0x323..=0x33F => self.mhpmevent[(csr - 0x323) as usize],
            SSTATUS => self.mstatus & SSTATUS_MASK,
            SIE => self.mie & self.mideleg,
            SIP => self.mip() & self.mideleg,
            STVEC => self.stvec,
            SCOUNTEREN => self.scounteren,
            SENVCFG => self.senvcfg,
            SSCRATCH => self.sscratch,
            SEPC => self.sepc,
            SCAUSE => self.scause,
            STVAL => self.stval,
            STIMECMP => self.stimecmp,
            SATP => self.satp,
            MVENDORID | MARCHID | MIMPID | MCONFIGPTR => 0,
            MHARTID => self.hartid,
            MSTATUS => self.mstatus,
            MISA => self.misa,
            MEDELEG => self.medeleg,
            MIDELEG => self.mideleg,
            MIE => self.mie,
            MIP => self.mip(),
            MTVEC => self.mtvec,
            MCOUNTEREN => self.mcounteren,
            MENVCFG => self.menvcfg,
            MCOUNTINHIBIT => self.mcountinhibit,
            MSCRATCH => self.mscratch,
            MEPC => self.mepc,
            MCAUSE => self.mcause,
            MTVAL => self.mtval,
            TSELECT => self.tselect,
            // One trigger slot of type 0 ("no trigger here"): debuggers and tests see that
            // no triggers are implemented.
            TDATA1 | TDATA2 | TDATA3 => 0,
            0x3B0..=0x3EF => self.pmp.read_addr((csr - 0x3B0) as usize),
            _ if (PMPCFG0..=PMPCFG0 + 15).contains(&csr) => {
                self.pmp.read_cfg((csr - PMPCFG0) as usize)
            }
            _ => 0,
        }
    }

    /// Writes a CSR whose access was already checked, applying its WARL rules.
    pub fn write(&mut self, csr: u16, value: u64) {
        match csr {
            FFLAGS => {
                self.fcsr = (self.fcsr & !0x1f) | (value & 0x1f);
                self.set_fs_dirty();
            }
            FRM => {
                self.fcsr = (self.fcsr & 0x1f) | ((value & 7) << 5);
                self.set_fs_dirty();
            }
            FCSR => {
                self.fcsr = value & 0xff;
                self.set_fs_dirty();
            }
            MCYCLE => self.counters.write_cycle(value),
            MINSTRET => self.counters.write_instret(value),
            0xB03..=0xB1F => {
                let i = (csr - 0xB03) as usize;
                self.mhpmcounter[i] = value.wrapping_sub(self.hpm_count(i));
            }
            0x323..=0x33F => {
                // WARL: unknown event numbers select no event. The counter keeps its value.
                let i = (csr - 0x323) as usize;
                let current = self.hpm_read(i);
                self.mhpmevent[i] = if value < HPM_EVENTS as u64 { value } else { 0 };
                self.mhpmcounter[i] = current.wrapping_sub(self.hpm_count(i));
            }
            SSTATUS => {
                let mask = SSTATUS_MASK & MSTATUS_WRITABLE;
                self.mstatus = self.fs_legal(with_sd((self.mstatus & !mask) | (value & mask)));
            }
            SIE => {
                let mask = self.mideleg & IRQ_S_ALL;
                self.mie = (self.mie & !mask) | (value & mask);
            }
            SIP => {
                // Only SSIP is writable through sip, and only when delegated.
                let mask = self.mideleg & IRQ_SSI;
                self.mip_sw = (self.mip_sw & !mask) | (value & mask);
            }
            STVEC => self.stvec = legalize_tvec(self.stvec, value),
            SCOUNTEREN => self.scounteren = value & 0xffff_ffff,
            SENVCFG => self.senvcfg = legalize_envcfg(value & SENVCFG_WRITABLE),
            SSCRATCH => self.sscratch = value,
            SEPC => self.sepc = value & !1,
            SCAUSE => self.scause = value,
            STVAL => self.stval = value,
            STIMECMP => self.stimecmp = value,
            SATP => self.satp = sv39::legalize_satp_write(self.satp, value),
            MSTATUS => {
                let mut v = (self.mstatus & !MSTATUS_WRITABLE) | (value & MSTATUS_WRITABLE);
                // MPP is WARL: the reserved encoding 2 becomes U.
                if (v & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT == 2 {
                    v &= !MSTATUS_MPP;
                }
                self.mstatus = self.fs_legal(with_sd(v | MSTATUS_XL));
            }
            MISA => {}
            MEDELEG => self.medeleg = value & MEDELEG_WRITABLE,
            MIDELEG => self.mideleg = value & IRQ_S_ALL,
            MIE => self.mie = value & IRQ_ALL,
            MIP => {
                // SSIP, STIP and SEIP are writable by M-mode; with Sstc enabled STIP comes
                // from stimecmp and is read-only.
                let mut mask = IRQ_SSI | IRQ_STI | IRQ_SEI;
                if self.menvcfg & MENVCFG_STCE != 0 {
                    mask &= !IRQ_STI;
                }
                self.mip_sw = (self.mip_sw & !mask) | (value & mask);
            }
            MTVEC => self.mtvec = legalize_tvec(self.mtvec, value),
            MCOUNTEREN => self.mcounteren = value & 0xffff_ffff,
            MENVCFG => {
                self.menvcfg = legalize_envcfg(value & MENVCFG_WRITABLE) & self.menvcfg_implemented;
                if self.menvcfg & MENVCFG_STCE != 0 {
                    // With Sstc on, STIP comes from stimecmp alone.
                    self.mip_sw &= !IRQ_STI;
                }
            }
            // Bit 1 (TM) is read-only zero.
            MCOUNTINHIBIT => {
                let new = value & 0xffff_fffd;
                self.counters.inhibit(self.mcountinhibit, new);
                self.mcountinhibit = new;
            }
            MSCRATCH => self.mscratch = value,
            MEPC => self.mepc = value & !1,
            MCAUSE => self.mcause = value,
            MTVAL => self.mtval = value,
            // A single trigger index exists (0); other values are not retained.
            TSELECT => self.tselect = 0,
            TDATA1 | TDATA2 | TDATA3 => {}
            0x3B0..=0x3EF => self.pmp.write_addr((csr - 0x3B0) as usize, value),
            _ if (PMPCFG0..=PMPCFG0 + 15).contains(&csr) => {
                self.pmp.write_cfg((csr - PMPCFG0) as usize, value)
            }
            _ => {}
        }
    }
}

impl CsrFile {
    /// Whether FP instructions and the FP CSRs are usable (mstatus.FS != Off).
    #[inline(always)]
    pub fn fp_enabled(&self) -> bool {
        self.mstatus & MSTATUS_FS != 0
    }

    /// Marks the FP state Dirty (and so SD): done by every instruction that writes an f
    /// register, fflags or frm (unprivileged spec, "Floating-Point Control and Status
    /// Register"; privileged spec, "Extension Context Status in mstatus Register").
    #[inline(always)]
    pub fn set_fs_dirty(&mut self) {
        self.mstatus |= MSTATUS_FS_DIRTY | MSTATUS_SD;
    }

    /// Accrues exception flags into fflags (sticky).
    #[inline(always)]
    pub fn accrue_fflags(&mut self, flags: u64) {
        self.fcsr |= flags & 0x1f;
        self.fflags_raised |= flags & 0x1f;
    }
}

impl CsrFile {
    /// Without F (`--isa`), mstatus.FS and SD are read-only zero (Privileged spec,
    /// "Extension Context Status in mstatus Register": FS "should" be read-only zero
    /// when neither F nor S-mode has FP state; misa says whether F is there).
    fn fs_legal(&self, mstatus: u64) -> u64 {
        if self.misa & (1 << 5) == 0 {
            mstatus & !(MSTATUS_FS | MSTATUS_SD)
        } else {
            mstatus
        }
    }
}

/// mstatus with SD recomputed from FS (VS and XS are always Off here).
fn with_sd(mstatus: u64) -> u64 {
    if mstatus & MSTATUS_FS == MSTATUS_FS_DIRTY {
        mstatus | MSTATUS_SD
    } else {
        mstatus & !MSTATUS_SD
    }
}

/// Number of hardware performance monitor event numbers (0 = none, then [`HpmEvent`]).
pub const HPM_EVENTS: usize = 13;

/// The events mhpmevent3..31 can select (documented in the README).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum HpmEvent {
    ItlbMiss = 1,
    DtlbMiss = 2,
    PageWalk = 3,
    IcacheMiss = 4,
    DcacheMiss = 5,
    BranchMispredict = 6,
    PageFault = 7,
    L2Miss = 8,
    /// Cycles spent in page walks (the report's `cycles_by_cause.page_walk`).
    PageWalkCycles = 9,
    /// Cycles of page-fault handlers that have returned (the report's
    /// `page_fault_handler_cycles`).
    PageFaultHandlerCycles = 10,
    /// Lookups that hit the second-level TLB (`--l2tlb`; 0 without one).
    L2TlbHit = 11,
    /// Lookups that missed the second-level TLB (`--l2tlb`; 0 without one).
    L2TlbMiss = 12,
}

impl CsrFile {
    /// The count of the event counter `i` (0 = mhpmcounter3) selects.
    fn hpm_count(&self, i: usize) -> u64 {
        let event = self.mhpmevent.get(i).copied().unwrap_or(0) as usize;
        if event == 0 {
            0
        } else {
            self.hpm_events.get(event).copied().unwrap_or(0)
        }
    }

    /// mhpmcounter3+i as software reads it.
    fn hpm_read(&self, i: usize) -> u64 {
        self.mhpmcounter.get(i).copied().unwrap_or(0).wrapping_add(self.hpm_count(i))
    }
}

/// xtvec WARL rule: MODE 0 (direct) and 1 (vectored) are kept; the reserved modes 2 and 3
/// leave the register unchanged. BASE is 4-byte aligned.
fn legalize_tvec(old: u64, value: u64) -> u64 {
    if value & 3 >= 2 {
        old
    } else {
        value
    }
}
