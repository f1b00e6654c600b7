//! Zicsr and the privileged instructions: CSR access, ECALL, xRET, WFI, SFENCE.VMA
//! (Privileged spec, "Machine-Mode Privileged Instructions" and "Supervisor Instructions").

use super::super::csr::*;
use super::super::trap::Exception;
use super::super::Hart;
use crate::bus::Bus;
use crate::isa::csr::{MENVCFG, MIP, PMPCFG0, SIP, STIMECMP};
use crate::isa::{CsrOp, CsrSrc, Privilege, Reg};

impl Hart {
    pub(super) fn ecall(&self) -> Exception {
        match self.privilege {
            Privilege::User => Exception::EcallFromU,
            Privilege::Supervisor => Exception::EcallFromS,
            Privilege::Machine => Exception::EcallFromM,
        }
    }

    /// CSRRW/CSRRS/CSRRC and their immediate forms. CSRRS/CSRRC with x0 (or uimm 0) do
    /// not write, so they may read read-only CSRs (Zicsr, "CSR Instructions").
    pub(super) fn exec_csr(
        &mut self,
        bus: &mut Bus,
        op: CsrOp,
        rd: Reg,
        src: CsrSrc,
        csr: u16,
        raw: u32,
    ) -> Result<(), Exception> {
        let (operand, nonzero_src) = match src {
            CsrSrc::Reg(r) => (self.reg(r), r != 0),
            CsrSrc::Imm(i) => (i as u64, i != 0),
        };
        let writes = op == CsrOp::Rw || nonzero_src;
        self.csr
            .check_access(csr, self.privilege, writes)
            .map_err(|_| Exception::IllegalInstruction(raw as u64))?;
        self.sync_counters();
        let old = self.csr.read(csr, bus.mtime());
        if writes {
            let new = match op {
                CsrOp::Rw => operand,
                CsrOp::Rs => old | operand,
                CsrOp::Rc => old & !operand,
            };
            let translation_state = |c: &crate::hart::csr::CsrFile| {
                (
                    c.satp,
                    c.mstatus & (MSTATUS_MPRV | MSTATUS_MPP | MSTATUS_SUM | MSTATUS_MXR),
                    c.menvcfg & (MENVCFG_PBMTE | MENVCFG_ADUE),
                )
            };
            let before = translation_state(&self.csr);
            self.csr.write(csr, new);
            // Host-side translation caches depend on satp, the mstatus bits that change
            // translation, and PMP; other CSR writes (e.g. sstatus.SIE) leave them valid.
            let pmp = (PMPCFG0..=PMPCFG0 + 15).contains(&csr) || (0x3B0..=0x3EF).contains(&csr);
            if pmp || translation_state(&self.csr) != before {
                self.invalidate_caches();
                self.note_space();
            }
            if matches!(csr, STIMECMP | MENVCFG | MIP | SIP) {
                // Interrupt lines may change now, not at the end of the batch.
                bus.attention = true;
            }
        }
        self.set_reg(rd, old);
        Ok(())
    }

    /// MRET: back to MPP with MIE = MPIE; MPRV cleared when leaving M.
    pub(super) fn exec_mret(&mut self, raw: u32) -> Result<(), Exception> {
        if self.privilege != Privilege::Machine {
            return Err(Exception::IllegalInstruction(raw as u64));
        }
        self.note_xret();
        let c = &mut self.csr;
        let mpp = Privilege::from_bits(c.mstatus >> MSTATUS_MPP_SHIFT).unwrap_or(Privilege::User);
        let mpie = c.mstatus & MSTATUS_MPIE != 0;
        c.mstatus &= !(MSTATUS_MIE | MSTATUS_MPP);
        c.mstatus |= MSTATUS_MPIE;
        if mpie {
            c.mstatus |= MSTATUS_MIE;
        }
        if mpp != Privilege::Machine {
            c.mstatus &= !MSTATUS_MPRV;
        }
        self.pc = c.mepc;
        self.set_privilege(mpp);
        self.invalidate_caches();
        Ok(())
    }

    /// SRET: illegal in U, and in S when mstatus.TSR is set.
    pub(super) fn exec_sret(&mut self, raw: u32) -> Result<(), Exception> {
        let tsr = self.csr.mstatus & MSTATUS_TSR != 0;
        if self.privilege == Privilege::User || (self.privilege == Privilege::Supervisor && tsr) {
            return Err(Exception::IllegalInstruction(raw as u64));
        }
        self.note_xret();
        let c = &mut self.csr;
        let spp =
            if c.mstatus & MSTATUS_SPP != 0 { Privilege::Supervisor } else { Privilege::User };
        let spie = c.mstatus & MSTATUS_SPIE != 0;
        c.mstatus &= !(MSTATUS_SIE | MSTATUS_SPP);
        c.mstatus |= MSTATUS_SPIE;
        if spie {
            c.mstatus |= MSTATUS_SIE;
        }
        // The new mode is never M, so MPRV is cleared (Privileged spec 1.12, "xRET").
        c.mstatus &= !MSTATUS_MPRV;
        self.pc = c.sepc;
        self.set_privilege(spp);
        self.invalidate_caches();
        Ok(())
    }

    /// WFI: illegal in U-mode (S-mode exists), and in S-mode when mstatus.TW is set; it
    /// otherwise parks the hart until an interrupt is pending and enabled in mie.
    pub(super) fn exec_wfi(&mut self, raw: u32) -> Result<(), Exception> {
        let tw = self.csr.mstatus & MSTATUS_TW != 0;
        if self.privilege == Privilege::User || (self.privilege == Privilege::Supervisor && tw) {
            return Err(Exception::IllegalInstruction(raw as u64));
        }
        if self.csr.mip() & self.csr.mie == 0 {
            self.waiting = true;
        }
        Ok(())
    }

    /// SFENCE.VMA: illegal in U-mode and, with mstatus.TVM, in S-mode. rs1 = x0 means all
    /// addresses and rs2 = x0 all ASIDs (Privileged spec, "Supervisor Memory-Management
    /// Fence Instruction").
    pub(super) fn exec_sfence_vma(
        &mut self,
        rs1: Reg,
        rs2: Reg,
        raw: u32,
    ) -> Result<(), Exception> {
        let tvm = self.csr.mstatus & MSTATUS_TVM != 0;
        if self.privilege == Privilege::User || (self.privilege == Privilege::Supervisor && tvm) {
            return Err(Exception::IllegalInstruction(raw as u64));
        }
        let vaddr = (rs1 != 0).then(|| self.reg(rs1));
        let asid = (rs2 != 0).then(|| self.reg(rs2) as u16);
        self.sfence_vma(vaddr, asid);
        Ok(())
    }
}
