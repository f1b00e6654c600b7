//! Traps as values: synchronous exceptions and interrupts.
//!
//! Execution returns `Result<_, Exception>`; the exception carries its cause and the value
//! that goes to xtval. [`crate::hart::Hart::take_trap`] does delegation and the CSR updates
//! (Privileged spec, "Machine Trap Delegation Registers" and "Machine Cause Register").

/// A synchronous exception with its trap value (the future mtval/stval).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exception {
    InstructionAddressMisaligned(u64),
    InstructionAccessFault(u64),
    /// tval = the instruction bits (16 bits for a compressed instruction).
    IllegalInstruction(u64),
    /// tval = the address of the EBREAK (pc).
    Breakpoint(u64),
    LoadAddressMisaligned(u64),
    LoadAccessFault(u64),
    StoreAddressMisaligned(u64),
    StoreAccessFault(u64),
    EcallFromU,
    EcallFromS,
    EcallFromM,
    InstructionPageFault(u64),
    LoadPageFault(u64),
    StorePageFault(u64),
}

impl Exception {
    /// The exception code written to xcause (interrupt bit clear).
    pub fn code(self) -> u64 {
        use Exception::*;
        match self {
            InstructionAddressMisaligned(_) => 0,
            InstructionAccessFault(_) => 1,
            IllegalInstruction(_) => 2,
            Breakpoint(_) => 3,
            LoadAddressMisaligned(_) => 4,
            LoadAccessFault(_) => 5,
            StoreAddressMisaligned(_) => 6,
            StoreAccessFault(_) => 7,
            EcallFromU => 8,
            EcallFromS => 9,
            EcallFromM => 11,
            InstructionPageFault(_) => 12,
            LoadPageFault(_) => 13,
            StorePageFault(_) => 15,
        }
    }

    /// The value written to xtval.
    pub fn tval(self) -> u64 {
        use Exception::*;
        match self {
            InstructionAddressMisaligned(v)
            | InstructionAccessFault(v)
            | IllegalInstruction(v)
            | Breakpoint(v)
            | LoadAddressMisaligned(v)
            | LoadAccessFault(v)
            | StoreAddressMisaligned(v)
            | StoreAccessFault(v)
            | InstructionPageFault(v)
            | LoadPageFault(v)
            | StorePageFault(v) => v,
            EcallFromU | EcallFromS | EcallFromM => 0,
        }
    }

    /// Short name used in traces and the stats report.
    pub fn name(self) -> &'static str {
        use Exception::*;
        match self {
            InstructionAddressMisaligned(_) => "instruction address misaligned",
            InstructionAccessFault(_) => "instruction access fault",
            IllegalInstruction(_) => "illegal instruction",
            Breakpoint(_) => "breakpoint",
            LoadAddressMisaligned(_) => "load address misaligned",
            LoadAccessFault(_) => "load access fault",
            StoreAddressMisaligned(_) => "store/AMO address misaligned",
            StoreAccessFault(_) => "store/AMO access fault",
            EcallFromU => "environment call from U-mode",
            EcallFromS => "environment call from S-mode",
            EcallFromM => "environment call from M-mode",
            InstructionPageFault(_) => "instruction page fault",
            LoadPageFault(_) => "load page fault",
            StorePageFault(_) => "store/AMO page fault",
        }
    }
}

/// A readable name for an xcause value, e.g. "2 (illegal instruction)".
pub fn cause_name(cause: u64) -> String {
    let code = cause & !(1 << 63);
    let name = if cause >> 63 == 1 {
        match code {
            1 => "supervisor software interrupt",
            3 => "machine software interrupt",
            5 => "supervisor timer interrupt",
            7 => "machine timer interrupt",
            9 => "supervisor external interrupt",
            11 => "machine external interrupt",
            _ => "interrupt",
        }
    } else {
        use Exception::*;
        let e = match code {
            0 => InstructionAddressMisaligned(0),
            1 => InstructionAccessFault(0),
            2 => IllegalInstruction(0),
            3 => Breakpoint(0),
            4 => LoadAddressMisaligned(0),
            5 => LoadAccessFault(0),
            6 => StoreAddressMisaligned(0),
            7 => StoreAccessFault(0),
            8 => EcallFromU,
            9 => EcallFromS,
            11 => EcallFromM,
            12 => InstructionPageFault(0),
            13 => LoadPageFault(0),
            15 => StorePageFault(0),
            _ => return format!("{code}"),
        };
        e.name()
    };
    format!("{code} ({name})")
}

/// Interrupt causes (mip/mie bit numbers, also the xcause code with the interrupt bit set).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Interrupt {
    SupervisorSoftware = 1,
    MachineSoftware = 3,
    SupervisorTimer = 5,
    MachineTimer = 7,
    SupervisorExternal = 9,
    MachineExternal = 11,
}

impl Interrupt {
    /// Priority order for simultaneous interrupts: MEI, MSI, MTI, SEI, SSI, STI
    /// (Privileged spec, "Machine Interrupt Registers (mip and mie)").
    pub const PRIORITY: [Interrupt; 6] = [
        Interrupt::MachineExternal,
        Interrupt::MachineSoftware,
        Interrupt::MachineTimer,
        Interrupt::SupervisorExternal,
        Interrupt::SupervisorSoftware,
        Interrupt::SupervisorTimer,
    ];

    /// The mip/mie bit number and the xcause exception code.
    pub fn code(self) -> u64 {
        self as u64
    }
}

/// Either kind of trap, as handed to `take_trap`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trap {
    Exception(Exception),
    Interrupt(Interrupt),
}

impl From<Exception> for Trap {
    fn from(e: Exception) -> Self {
        Trap::Exception(e)
    }
}

/// Page and access faults of the MMU become exceptions here, on the hart's side: the
/// walker ([`crate::mmu::sv39`]) reports a [`WalkFault`] and knows nothing of traps.
impl Exception {
    /// The exception for a failed walk: codes 12/13/15 for page faults and 1/5/7 for
    /// access faults, chosen by the original access type, with tval = the faulting virtual
    /// address.
    pub fn from_walk_fault(fault: &WalkFault, access: AccessType, vaddr: u64) -> Exception {
        match (fault.kind, access) {
            (FaultKind::Page, AccessType::Fetch) => Exception::InstructionPageFault(vaddr),
            (FaultKind::Page, AccessType::Load) => Exception::LoadPageFault(vaddr),
            (FaultKind::Page, AccessType::Store) => Exception::StorePageFault(vaddr),
            (FaultKind::Access, AccessType::Fetch) => Exception::InstructionAccessFault(vaddr),
            (FaultKind::Access, AccessType::Load) => Exception::LoadAccessFault(vaddr),
            (FaultKind::Access, AccessType::Store) => Exception::StoreAccessFault(vaddr),
        }
    }
}

use super::csr::*;
use super::Hart;
use crate::bus::Bus;
use crate::isa::Privilege;
use crate::mmu::sv39::{AccessType, FaultKind, WalkFault};

impl Hart {
    /// The interrupt to take now, if any (Privileged spec, "Machine Interrupt Registers"):
    /// an interrupt not delegated by mideleg goes to M and is enabled when running below M
    /// or when mstatus.MIE is set; a delegated one goes to S and is enabled when running in
    /// U, or in S with sstatus.SIE set, and never in M. Among enabled interrupts, those for
    /// M come first; within a level the order is MEI, MSI, MTI, SEI, SSI, STI.
    pub fn pending_interrupt(&self) -> Option<Interrupt> {
        let pending = self.csr.mip() & self.csr.mie;
        if pending == 0 {
            return None;
        }
        let m_enabled = self.privilege < Privilege::Machine || self.csr.mstatus & MSTATUS_MIE != 0;
        let s_enabled = self.privilege < Privilege::Supervisor
            || (self.privilege == Privilege::Supervisor && self.csr.mstatus & MSTATUS_SIE != 0);
        let m_set = if m_enabled { pending & !self.csr.mideleg } else { 0 };
        let s_set = if s_enabled { pending & self.csr.mideleg } else { 0 };
        let set = if m_set != 0 { m_set } else { s_set };
        Interrupt::PRIORITY.into_iter().find(|i| set & (1 << i.code()) != 0)
    }

    /// Enters the trap handler for `trap` raised with `epc` (Privileged spec, "Machine Trap
    /// Delegation Registers", "mcause", "mtvec"): chooses M or S by delegation, saves pc,
    /// cause, tval and the interrupt-enable stack, and jumps to the (vectored) handler.
    pub fn take_trap(&mut self, trap: Trap, epc: u64, bus: &mut Bus) {
        let (interrupt, code, tval) = match trap {
            Trap::Exception(e) => (false, e.code(), e.tval()),
            Trap::Interrupt(i) => (true, i.code(), 0),
        };
        self.stats.note_trap(trap, self.privilege);
        let space = self.spaces.current;
        self.invalidate_caches();
        bus.clear_reservation(self.index);
        let deleg = if interrupt { self.csr.mideleg } else { self.csr.medeleg };
        let cause = ((interrupt as u64) << 63) | code;
        self.last_cause = cause;
        if !interrupt && code == 2 {
            self.last_illegal = Some((epc, tval));
        }
        // Faults (not ecall or ebreak, which programs repeat on purpose) that recur at the
        // same pc with the same cause, trap after trap, mean the handler itself faults
        // (tval may differ: a handler that pushes onto a bad stack faults lower each time).
        let fault = (cause, epc, 0);
        if !interrupt && !matches!(code, 3 | 8 | 9 | 11) && self.same_fault.0 == fault {
            self.same_fault.1 += 1;
        } else {
            self.same_fault = (fault, 0);
        }
        let to_s = self.privilege <= Privilege::Supervisor && (deleg >> code) & 1 == 1;
        let tvec = if to_s {
            let c = &mut self.csr;
            c.scause = cause;
            c.sepc = epc & !1;
            c.stval = tval;
            let sie = c.mstatus & MSTATUS_SIE != 0;
            c.mstatus &= !(MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP);
            if sie {
                c.mstatus |= MSTATUS_SPIE;
            }
            if self.privilege == Privilege::Supervisor {
                c.mstatus |= MSTATUS_SPP;
            }
            let tvec = c.stvec;
            self.set_privilege(Privilege::Supervisor);
            tvec
        } else {
            let c = &mut self.csr;
            c.mcause = cause;
            c.mepc = epc & !1;
            c.mtval = tval;
            let mie = c.mstatus & MSTATUS_MIE != 0;
            c.mstatus &= !(MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP);
            if mie {
                c.mstatus |= MSTATUS_MPIE;
            }
            c.mstatus |= self.privilege.bits() << MSTATUS_MPP_SHIFT;
            let tvec = c.mtvec;
            self.set_privilege(Privilege::Machine);
            tvec
        };
        // Timed from here, in the mode the handler runs in, to that mode's xRET.
        if let Trap::Exception(e) = trap {
            self.note_page_fault_entry(e, space);
        }
        let base = tvec & !3;
        self.pc = if interrupt && tvec & 3 == 1 { base.wrapping_add(4 * code) } else { base };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_faults_map_to_1_5_7_and_12_13_15_of_the_original_access() {
        let va = 0xdead_b000;
        let cases = [
            (FaultKind::Page, AccessType::Fetch, Exception::InstructionPageFault(va), 12),
            (FaultKind::Page, AccessType::Load, Exception::LoadPageFault(va), 13),
            (FaultKind::Page, AccessType::Store, Exception::StorePageFault(va), 15),
            (FaultKind::Access, AccessType::Fetch, Exception::InstructionAccessFault(va), 1),
            (FaultKind::Access, AccessType::Load, Exception::LoadAccessFault(va), 5),
            (FaultKind::Access, AccessType::Store, Exception::StoreAccessFault(va), 7),
        ];
        for (kind, access, expected, code) in cases {
            let fault = WalkFault { kind, pte_reads: 2, level: 1 };
            let e = Exception::from_walk_fault(&fault, access, va);
            assert_eq!(e, expected);
            assert_eq!(e.code(), code);
            assert_eq!(e.tval(), va);
        }
    }
}
