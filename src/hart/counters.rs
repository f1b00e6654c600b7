//! The counters a hart keeps as it runs: instructions and cycles (split by privilege
//! mode), traps by cause, page walks, SFENCE.VMA forms. The hart increments them;
//! [`crate::stats::Report`] sums them over harts at the end of a run.

use super::trap::{Exception, Trap};
use crate::isa::Privilege;

/// Instructions and cycles spent in one privilege mode.
#[derive(Clone, Copy, Debug, Default)]
pub struct ModeStats {
    pub instructions: u64,
    pub cycles: u64,
    /// Cycles of the page walks made in this mode.
    pub page_walk_cycles: u64,
    /// Cycles of the page-fault handlers that ran in this mode (added at their xRET).
    pub page_fault_handler_cycles: u64,
}

/// Counts of SFENCE.VMA by operand form.
#[derive(Clone, Copy, Debug, Default)]
pub struct SfenceStats {
    pub all: u64,
    pub addr: u64,
    pub asid: u64,
    pub addr_asid: u64,
    pub entries_removed: u64,
}

/// Page faults by access type.
#[derive(Clone, Copy, Debug, Default)]
pub struct PageFaults {
    pub fetch: u64,
    pub load: u64,
    pub store: u64,
}

/// Per-hart event counters.
#[derive(Clone, Debug, Default)]
pub struct HartStats {
    pub instructions: u64,
    pub cycles: u64,
    /// Indexed by privilege encoding (0 = U, 1 = S, 3 = M).
    pub by_mode: [ModeStats; 4],
    /// Exceptions taken, by cause code.
    pub exceptions: [u64; 16],
    /// Interrupts taken, by cause code.
    pub interrupts: [u64; 16],
    pub page_faults: PageFaults,
    /// Successful walks.
    pub page_walks: u64,
    /// Walks that ended in a fault.
    pub failed_walks: u64,
    pub pte_reads: u64,
    /// Successful walks by the number of levels read (index = PTE reads, 1..=5).
    pub walks_by_depth: [u64; 6],
    pub ad_updates: u64,
    /// Successful walks that found a 64 KiB NAPOT leaf (Svnapot).
    pub napot_walks: u64,
    /// Successful walks that found a leaf with PBMT = NC or IO (Svpbmt).
    pub pbmt_nc_walks: u64,
    pub pbmt_io_walks: u64,
    pub sfence: SfenceStats,
    pub tlb_check_mismatches: u64,
    /// Cycles spent waiting in WFI (counted in `cycles`).
    pub wait_cycles: u64,
    /// Cycles from each page-fault trap to the xRET that ends its handler.
    pub page_fault_handler_cycles: u64,
}

impl HartStats {
    pub(crate) fn note_trap(&mut self, trap: Trap, _from: Privilege) {
        match trap {
            Trap::Exception(e) => {
                self.exceptions[(e.code() & 15) as usize] += 1;
                match e {
                    Exception::InstructionPageFault(_) => self.page_faults.fetch += 1,
                    Exception::LoadPageFault(_) => self.page_faults.load += 1,
                    Exception::StorePageFault(_) => self.page_faults.store += 1,
                    _ => {}
                }
            }
            Trap::Interrupt(i) => self.interrupts[(i.code() & 15) as usize] += 1,
        }
    }

    pub(crate) fn note_walk(&mut self, pte_reads: u32, ad_updated: bool, pte: u64) {
        self.page_walks += 1;
        // Svnapot and Svpbmt: what kind of page the walk found.
        if pte & crate::mmu::sv39::PTE_N != 0 {
            self.napot_walks += 1;
        }
        match (pte & crate::mmu::sv39::PTE_PBMT_MASK) >> crate::mmu::sv39::PTE_PBMT_SHIFT {
            1 => self.pbmt_nc_walks += 1,
            2 => self.pbmt_io_walks += 1,
            _ => {}
        }
        self.pte_reads += pte_reads as u64;
        self.walks_by_depth[(pte_reads as usize).min(5)] += 1;
        if ad_updated {
            self.ad_updates += 1;
        }
    }

    pub(crate) fn note_failed_walk(&mut self, pte_reads: u32) {
        self.failed_walks += 1;
        self.pte_reads += pte_reads as u64;
    }

    pub(crate) fn note_sfence(&mut self, has_addr: bool, has_asid: bool, removed: u64) {
        match (has_addr, has_asid) {
            (false, false) => self.sfence.all += 1,
            (true, false) => self.sfence.addr += 1,
            (false, true) => self.sfence.asid += 1,
            (true, true) => self.sfence.addr_asid += 1,
        }
        self.sfence.entries_removed += removed;
    }
}
