//! Zicbom / Zicboz: CBO.INVAL, CBO.CLEAN, CBO.FLUSH and CBO.ZERO (the CMO spec, chapter
//! "'CMO' Extensions for Base Cache Management Operation ISA", version 1.0.0).
//!
//! satp keeps no incoherent caches, so the management instructions change no data; they
//! still check their enables and translate their address, and raise exactly the
//! exceptions the spec gives. CBO.ZERO stores 64 zero bytes through the bus, so decoded
//! code on the page, LR reservations and the HTIF mailbox see it as any store.

use super::super::csr::{ENVCFG_CBCFE, ENVCFG_CBIE, ENVCFG_CBZE};
use super::super::trap::Exception;
use super::super::{Hart, CACHE_BLOCK_SIZE};
use crate::bus::Bus;
use crate::isa::{CboOp, Privilege, Reg};
use crate::mmu::sv39::AccessType;

impl Hart {
    /// Whether `op` may execute in the current mode ("Control and Status Register State":
    /// below M, menvcfg's field must enable it; in U, senvcfg's as well). CBIE = 00
    /// disables CBO.INVAL; 01 (flush) and 11 (invalidate) enable it.
    fn cbo_enabled(&self, op: CboOp) -> bool {
        let mask = match op {
            CboOp::Inval => ENVCFG_CBIE,
            CboOp::Clean | CboOp::Flush => ENVCFG_CBCFE,
            CboOp::Zero => ENVCFG_CBZE,
        };
        let m_ok = self.csr.menvcfg & mask != 0;
        let s_ok = self.csr.senvcfg & mask != 0;
        match self.privilege {
            Privilege::Machine => true,
            Privilege::Supervisor => m_ok,
            Privilege::User => m_ok && s_ok,
        }
    }

    /// Executes a CBO instruction on the cache block holding the address in `rs1`.
    ///
    /// Faults ("Page-Fault, Guest-Page-Fault, and Access-Fault Exceptions"): the xtval
    /// is the effective address, i.e. rs1's value, not the block's base; CMO
    /// instructions raise no address-misaligned exceptions. For PMP and PMA checks the
    /// access size is the cache block.
    pub(super) fn exec_cbo(
        &mut self,
        bus: &mut Bus,
        op: CboOp,
        rs1: Reg,
        raw: u32,
    ) -> Result<(), Exception> {
        // "Illegal-Instruction and Virtual-Instruction Exceptions" (no H here).
        if !self.cbo_enabled(op) {
            return Err(Exception::IllegalInstruction(raw as u64));
        }
        let vaddr = self.reg(rs1);
        let block = vaddr & !(CACHE_BLOCK_SIZE - 1);
        // Whatever the access kind of the translation, a CBO reports store faults.
        let as_store = |e: Exception| match e {
            Exception::LoadPageFault(_) | Exception::StorePageFault(_) => {
                Exception::StorePageFault(vaddr)
            }
            _ => Exception::StoreAccessFault(vaddr),
        };
        match op {
            // "A cache-block zero instruction is permitted to access the specified cache
            // block whenever a store instruction is permitted to access the corresponding
            // physical addresses and when the PMAs indicate that cache-block zero
            // instructions are a supported access type": the translation is a store's
            // (it checks and sets A and D). Main memory supports them; satp's I/O regions
            // do not, which is a store access fault.
            CboOp::Zero => {
                let paddr = self
                    .translate_data(bus, block, CACHE_BLOCK_SIZE, AccessType::Store)
                    .map_err(as_store)?;
                if !bus.is_ram(paddr, CACHE_BLOCK_SIZE) {
                    return Err(Exception::StoreAccessFault(vaddr));
                }
                for i in 0..CACHE_BLOCK_SIZE / 8 {
                    bus.write(paddr + 8 * i, 8, 0)
                        .map_err(|_| Exception::StoreAccessFault(vaddr))?;
                }
                self.probe.mem_paddr = paddr;
                self.probe.mem_size = 8;
            }
            // "A cache-block management instruction is permitted to access the specified
            // cache block whenever a load instruction or store instruction is permitted
            // to access the corresponding physical addresses. [...] raises a store
            // page-fault [...] if address translation does not permit any access or
            // raises a store access-fault exception otherwise." Translating as a load
            // checks (and sets) A but not D, as the spec asks; a store is never
            // permitted where a load is not (W without R is reserved in PTEs and PMP),
            // so the load translation decides. CBO.INVAL with CBIE = 01 performs a
            // flush; with no incoherent caches every variant leaves memory as it is.
            CboOp::Inval | CboOp::Clean | CboOp::Flush => {
                let paddr = self
                    .translate_data(bus, block, CACHE_BLOCK_SIZE, AccessType::Load)
                    .map_err(as_store)?;
                self.probe.mem_paddr = paddr;
                self.probe.mem_size = 8;
            }
        }
        Ok(())
    }
}
