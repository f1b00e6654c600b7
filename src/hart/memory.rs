//! The hart's memory path: effective privilege (MPRV), translation through the
//! architectural TLBs and the Sv39/Sv48 walker, PMP, then the bus.
//!
//! The MMU types ([`crate::mmu`]) own the rules; this module only feeds them the hart's
//! state and turns their results into exceptions and statistics.

use super::csr::*;
use super::trap::Exception;
use super::Hart;
use crate::bus::Bus;
use crate::isa::{Ext, Privilege};
use crate::mmu;
use crate::mmu::pmp::Pmp;
use crate::mmu::sv39::{self, AccessType, PteMemory, WalkRequest};
use crate::timing::TimingModel;

/// PTE accesses made by the walker: implicit accesses, checked by PMP as S-mode accesses
/// (Privileged spec, "Physical Memory Protection": "implicit accesses to the page table").
struct WalkerMemory<'a> {
    bus: &'a mut Bus,
    pmp: &'a Pmp,
    /// Addresses of the PTEs read, for the timing model.
    ptes: [u64; 5],
    reads: usize,
}

impl PteMemory for WalkerMemory<'_> {
    fn read_pte(&mut self, paddr: u64) -> Option<u64> {
        if let Some(slot) = self.ptes.get_mut(self.reads) {
            *slot = paddr;
            self.reads += 1;
        }
        if !self.pmp.check(paddr, 8, AccessType::Load, Privilege::Supervisor) {
            return None;
        }
        self.bus.read(paddr, 8).ok()
    }

    fn write_pte(&mut self, paddr: u64, value: u64) -> Option<()> {
        if !self.pmp.check(paddr, 8, AccessType::Store, Privilege::Supervisor) {
            return None;
        }
        self.bus.write(paddr, 8, value).ok()
    }
}

/// PTE reads for `--tlb-check`: no PMP check, and A/D writes are dropped.
struct ReadOnlyMemory<'a> {
    bus: &'a mut Bus,
}

impl PteMemory for ReadOnlyMemory<'_> {
    fn read_pte(&mut self, paddr: u64) -> Option<u64> {
        self.bus.read(paddr, 8).ok()
    }

    fn write_pte(&mut self, _paddr: u64, _value: u64) -> Option<()> {
        Some(())
    }
}

/// Entries of the host-side translation cache per access kind (fetch, data).
pub(crate) const MICRO_ENTRIES: usize = 64;

/// One entry of the host-side translation cache in front of the TLBs (a host speed-up
/// with no architectural effect). It remembers a recent translation of a 4 KiB page and
/// is used only while nothing that could change the result has happened: the hart's
/// `mmu_epoch` (bumped by traps, xRET, and writes to satp, PMP or the translation bits of
/// mstatus) and, for a paged translation, the TLB's generation (bumped by any removal or
/// replacement) are unchanged. A hit through it is a hit on the TLB entry in `slot`,
/// counted and fed to the replacement policy exactly as a TLB lookup would be, so it never
/// outlives or bypasses the architectural TLB entry it came from.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MicroTlb {
    pub(crate) vpn: u64,
    page: u64,
    pub(crate) epoch: u64,
    pub(crate) generation: u64,
    /// The TLB slot holding the entry (paged translations).
    pub(crate) slot: u32,
    /// Bit per access kind (see `access_bit`) that may use this entry.
    pub(crate) perms: u8,
    /// Whether the translation came from the TLB (so TLB counters are kept).
    pub(crate) paged: bool,
    /// Offset into RAM of the page when all of it is RAM (the direct access path of
    /// loads and stores), else `NOT_RAM`.
    ram: u64,
}

/// A data access that may go straight to RAM.
struct Direct {
    /// Offset into RAM.
    ram: u64,
    paddr: u64,
    /// The data-TLB slot to count the hit on (`usize::MAX`: not paged).
    tlb_slot: usize,
}

/// `MicroTlb::ram` of a page that is not (wholly) RAM.
const NOT_RAM: u64 = u64::MAX;

impl MicroTlb {
    pub(crate) const EMPTY: MicroTlb = MicroTlb {
        vpn: u64::MAX,
        page: 0,
        epoch: u64::MAX,
        generation: 0,
        slot: 0,
        perms: 0,
        paged: false,
        ram: NOT_RAM,
    };
}

/// The cache index of page `vpn` for fetches or data accesses.
#[inline(always)]
pub(crate) fn micro_index(vpn: u64, fetch: bool) -> usize {
    (vpn as usize & (MICRO_ENTRIES - 1)) | if fetch { 0 } else { MICRO_ENTRIES }
}

#[inline(always)]
fn access_bit(access: AccessType) -> u8 {
    match access {
        AccessType::Fetch => 1,
        AccessType::Load => 2,
        AccessType::Store => 4,
    }
}

/// The access-fault exception for `access` at `vaddr`.
fn access_fault(access: AccessType, vaddr: u64) -> Exception {
    match access {
        AccessType::Fetch => Exception::InstructionAccessFault(vaddr),
        AccessType::Load => Exception::LoadAccessFault(vaddr),
        AccessType::Store => Exception::StoreAccessFault(vaddr),
    }
}

impl Hart {
    /// The privilege loads and stores are performed with: MPP when M-mode has MPRV set
    /// (Privileged spec, "Memory Privilege in mstatus Register"). Fetches never use MPRV.
    #[inline(always)]
    pub fn data_privilege(&self) -> Privilege {
        if self.privilege == Privilege::Machine && self.csr.mstatus & MSTATUS_MPRV != 0 {
            Privilege::from_bits(self.csr.mstatus >> MSTATUS_MPP_SHIFT).unwrap_or(Privilege::User)
        } else {
            self.privilege
        }
    }

    /// Translates the fetch address `vaddr` and checks PMP for a 2-byte parcel.
    #[inline(always)]
    pub(crate) fn translate_fetch(&mut self, bus: &mut Bus, vaddr: u64) -> Result<u64, Exception> {
        self.translate(bus, vaddr, 2, AccessType::Fetch, self.privilege)
    }

    /// Translates a data access of `size` bytes that does not cross a page, then checks PMP.
    #[inline(always)]
    pub(crate) fn translate_data(
        &mut self,
        bus: &mut Bus,
        vaddr: u64,
        size: u64,
        access: AccessType,
    ) -> Result<u64, Exception> {
        let privilege = self.data_privilege();
        self.translate(bus, vaddr, size, access, privilege)
    }

    #[inline(always)]
    fn translate(
        &mut self,
        bus: &mut Bus,
        vaddr: u64,
        size: u64,
        access: AccessType,
        privilege: Privilege,
    ) -> Result<u64, Exception> {
        let fetch = access == AccessType::Fetch;
        let micro = &self.host.micro[micro_index(vaddr >> 12, fetch) & (2 * MICRO_ENTRIES - 1)];
        if micro.vpn == vaddr >> 12
            && micro.epoch == self.host.mmu_epoch
            && micro.perms & access_bit(access) != 0
        {
            let tlb = if fetch { &mut self.itlb } else { &mut self.dtlb };
            if !micro.paged {
                return Ok(micro.page | (vaddr & 0xfff));
            }
            if micro.generation == tlb.generation() {
                // The TLB still holds the entry: the same hit a lookup would give, with the
                // same effect on counters and replacement state.
                tlb.hit_slot(micro.slot as usize);
                return Ok(micro.page | (vaddr & 0xfff));
            }
        }
        self.translate_slow(bus, vaddr, size, access, privilege)
    }

    /// The full path: the TLB or the walker, then PMP; refills the micro-TLB.
    #[inline(never)]
    fn translate_slow(
        &mut self,
        bus: &mut Bus,
        vaddr: u64,
        size: u64,
        access: AccessType,
        privilege: Privilege,
    ) -> Result<u64, Exception> {
        // A watched page never has a host cache entry, so its accesses all come here.
        if self.debug.watching
            && access != AccessType::Fetch
            && self.debug_watch_hit(bus, vaddr, size, access)
        {
            // Not a trap: the engine sees the debugger's stop and ends the run.
            return Err(access_fault(access, vaddr));
        }
        let paged = privilege != Privilege::Machine && self.csr.satp >> 60 != 0;
        let paddr =
            if paged { self.translate_paged(bus, vaddr, access, privilege)? } else { vaddr };
        if !self.csr.pmp.check(paddr, size, access, privilege) {
            return Err(access_fault(access, vaddr));
        }
        // With shadow TLBs, paged accesses all take the TLB lookup, where the shadows see
        // them (as with --tlb-check); the host cache keeps only untranslated pages then.
        let cache = !(self.mmu.tlb_check || (paged && self.shadows.is_some()));
        if cache && self.debug.may_cache(vaddr >> 12, access == AccessType::Fetch) {
            self.refill_micro(bus, vaddr, paddr, access, privilege, paged);
        }
        Ok(paddr)
    }

    /// Records the translation just made in the micro-TLB of its kind: the accesses the
    /// cached PTE (and A/D state) permits, and PMP permitting the whole 4 KiB page.
    fn refill_micro(
        &mut self,
        bus: &Bus,
        vaddr: u64,
        paddr: u64,
        access: AccessType,
        privilege: Privilege,
        paged: bool,
    ) {
        let page = paddr & !0xfff;
        let kinds: &[AccessType] = if access == AccessType::Fetch {
            &[AccessType::Fetch]
        } else {
            &[AccessType::Load, AccessType::Store]
        };
        let mut perms = 0u8;
        let mut generation = 0;
        let mut slot = 0;
        let pte = if paged {
            let asid = sv39::satp_asid(self.csr.satp);
            let tlb = if access == AccessType::Fetch { &self.itlb } else { &self.dtlb };
            generation = tlb.generation();
            let Some(s) = tlb.probe_slot(vaddr, asid) else { return };
            slot = s as u32;
            match tlb.entry(s) {
                Some(e) => Some(e.pte),
                None => return,
            }
        } else {
            None
        };
        let sum = self.csr.mstatus & MSTATUS_SUM != 0;
        let mxr = self.csr.mstatus & MSTATUS_MXR != 0;
        for &k in kinds {
            let mmu_ok = match pte {
                Some(pte) => {
                    sv39::leaf_permits(pte, k, privilege, sum, mxr) && sv39::ad_satisfied(pte, k)
                }
                None => true,
            };
            if mmu_ok && self.csr.pmp.check(page, 4096, k, privilege) {
                perms |= access_bit(k);
            }
        }
        let vpn = vaddr >> 12;
        let ram = match bus.ram_index(page) {
            Some(off) if bus.is_ram(page, 4096) => off,
            _ => NOT_RAM,
        };
        let epoch = self.host.mmu_epoch;
        let entry = MicroTlb { vpn, page, epoch, generation, slot, perms, paged, ram };
        let index = micro_index(vpn, access == AccessType::Fetch) & (2 * MICRO_ENTRIES - 1);
        self.host.micro[index] = entry;
    }

    /// Translation with paging on, through the architectural TLB ([`mmu::translate`]): a hit
    /// is used as it stands, stale or not, exactly as hardware would; a miss walks the
    /// table and fills the TLB.
    fn translate_paged(
        &mut self,
        bus: &mut Bus,
        vaddr: u64,
        access: AccessType,
        privilege: Privilege,
    ) -> Result<u64, Exception> {
        let req = WalkRequest {
            satp: self.csr.satp,
            vaddr,
            access,
            privilege,
            sum: self.csr.mstatus & MSTATUS_SUM != 0,
            mxr: self.csr.mstatus & MSTATUS_MXR != 0,
            // Svadu: menvcfg.ADUE = 1 asks for hardware A/D updating; with it clear,
            // `--ad-mode` decides (Svade page faults, or hardware updating as before).
            ad_mode: if self.csr.menvcfg & MENVCFG_ADUE != 0 {
                sv39::AdMode::Hardware
            } else {
                self.mmu.ad_mode
            },
            napot: self.isa.has(Ext::Svnapot),
            pbmte: self.csr.menvcfg & MENVCFG_PBMTE != 0,
        };
        let tlb = if access == AccessType::Fetch { &mut self.itlb } else { &mut self.dtlb };
        let before = (tlb.stats.accesses, tlb.stats.misses);
        let l2 = self.l2tlb.as_deref_mut();
        let l2_before = l2.as_ref().map_or(0, |t| t.stats.accesses);
        let mut mem = WalkerMemory { bus, pmp: &self.csr.pmp, ptes: [0; 5], reads: 0 };
        let result = mmu::translate_two_level(tlb, l2, &req, &mut mem);
        let (ptes, reads) = (mem.ptes, mem.reads);
        if self.shadows.is_some() {
            self.shadow_access(access == AccessType::Fetch, vaddr, before);
        }
        if self.timed {
            // A miss in the first level pays the second level's lookup, hit or miss, before
            // any walk (the walker starts only when the L2 TLB misses too).
            if self.l2tlb.as_ref().is_some_and(|t| t.stats.accesses != l2_before) {
                self.probe.walk_cycles += self.timing.l2tlb_lookup();
            }
            if reads > 0 {
                self.probe.walk_cycles += self.timing.page_walk(&ptes[..reads]);
            }
        }
        match result {
            Ok(t) => {
                if t.tlb_hit || t.l2_hit {
                    // A cached entry (of either level; an L2 hit is now in the first level
                    // too), possibly stale.
                    if self.mmu.tlb_check {
                        self.check_tlb_entry(bus, &req);
                    }
                } else {
                    self.stats.note_walk(t.pte_reads, t.ad_updated, t.pte);
                }
                Ok(t.paddr)
            }
            Err(f) => {
                self.stats.note_failed_walk(f.pte_reads);
                Err(Exception::from_walk_fault(&f, access, vaddr))
            }
        }
    }

    /// `--tlb-check`: after a TLB hit, walks the table without side effects and warns
    /// (rate-limited) when the page table no longer says what the TLB entry says. The
    /// cached translation stays in use, as on hardware.
    #[cold]
    fn check_tlb_entry(&mut self, bus: &mut Bus, req: &WalkRequest) {
        let asid = sv39::satp_asid(req.satp);
        let tlb = if req.access == AccessType::Fetch { &self.itlb } else { &self.dtlb };
        let Some(e) = tlb.probe(req.vaddr, asid).copied() else {
            return;
        };
        let mut mem = ReadOnlyMemory { bus };
        let fresh = WalkRequest { ad_mode: sv39::AdMode::Hardware, ..*req };
        const FLAGS: u64 = 0x3f; // V R W X U G
        let (agrees, now) = match sv39::walk(&fresh, &mut mem) {
            Ok(t) => (
                t.ppn == e.ppn && t.level == e.level && t.pte & FLAGS == e.pte & FLAGS,
                format!("PTE {:#x} at {:#x}", t.pte, t.pte_addr),
            ),
            Err(_) => (false, "no valid mapping".to_string()),
        };
        if !agrees {
            self.stats.tlb_check_mismatches += 1;
            if self.tlb_check_warnings < 20 {
                self.tlb_check_warnings += 1;
                eprintln!(
                    "satp: tlb-check: hart {} pc {:#x} vaddr {:#x}: stale TLB entry (PTE {:#x} at {:#x}) used, page table now has {}; missing SFENCE.VMA?",
                    self.csr.hartid, self.pc, req.vaddr, e.pte, e.pte_addr, now
                );
                if self.tlb_check_warnings == 20 {
                    eprintln!("satp: tlb-check: further warnings suppressed");
                }
            }
        }
    }

    /// Where a data access of `size` bytes at `vaddr` goes when the host translation
    /// cache allows it for `access` (bit of `access_bit`) on a page of plain RAM, within
    /// one page. `None`: take the full path. Counts nothing.
    #[inline(always)]
    fn direct(&self, vaddr: u64, size: u64, access: u8) -> Option<Direct> {
        let vpn = vaddr >> 12;
        let m = &self.host.micro[micro_index(vpn, false)];
        let ok = m.vpn == vpn
            && m.epoch == self.host.mmu_epoch
            && m.perms & access != 0
            && m.ram != NOT_RAM
            && (vaddr & 0xfff) + size <= 0x1000
            && (!m.paged || m.generation == self.dtlb.generation());
        if !ok {
            return None;
        }
        let offset = vaddr & 0xfff;
        Some(Direct {
            ram: m.ram + offset,
            paddr: m.page | offset,
            tlb_slot: if m.paged { m.slot as usize } else { usize::MAX },
        })
    }

    /// Counts a direct access of `size` bytes: the data-TLB hit a lookup would make, and
    /// what the timing model is told.
    #[inline(always)]
    fn count_direct(&mut self, d: &Direct, size: u64) {
        if d.tlb_slot != usize::MAX {
            self.dtlb.hit_slot(d.tlb_slot);
        }
        self.probe.mem_paddr = d.paddr;
        self.probe.mem_size = size as u8;
    }

    /// Loads `size` bytes (1, 2, 4, 8) from `vaddr`, zero-extended, straight from RAM
    /// when the host translation cache allows it; `None`: use [`Hart::load_slow`].
    #[inline(always)]
    pub(crate) fn load_direct(&mut self, bus: &Bus, vaddr: u64, size: u64) -> Option<u64> {
        let d = self.direct(vaddr, size, access_bit(AccessType::Load))?;
        self.count_direct(&d, size);
        Some(bus.ram_read(d.ram, size))
    }

    /// Stores the low `size` bytes of `value` at `vaddr` straight to RAM when the host
    /// translation cache allows and the bus has nothing to note about the store
    /// ([`Bus::ram_write_plain`]); `false`: nothing was done, use [`Hart::store_slow`].
    #[inline(always)]
    pub(crate) fn store_direct(
        &mut self,
        bus: &mut Bus,
        vaddr: u64,
        size: u64,
        value: u64,
    ) -> bool {
        if let Some(d) = self.direct(vaddr, size, access_bit(AccessType::Store)) {
            if bus.ram_write_plain(d.ram, d.paddr, size, value) {
                self.count_direct(&d, size);
                return true;
            }
        }
        false
    }

    /// Loads `size` bytes (1, 2, 4, 8) from `vaddr`, zero-extended. Misaligned loads are
    /// performed, also across a page boundary (both pages are translated first).
    #[inline(never)]
    pub(crate) fn load_slow(
        &mut self,
        bus: &mut Bus,
        vaddr: u64,
        size: u64,
    ) -> Result<u64, Exception> {
        if (vaddr & 0xfff) + size > 0x1000 {
            return self.load_split(bus, vaddr, size);
        }
        let paddr = self.translate_data(bus, vaddr, size, AccessType::Load)?;
        self.probe.mem_paddr = paddr;
        self.probe.mem_size = size as u8;
        bus.read(paddr, size).map_err(|_| Exception::LoadAccessFault(vaddr))
    }

    /// Stores the low `size` bytes of `value` at `vaddr`.
    #[inline(never)]
    pub(crate) fn store_slow(
        &mut self,
        bus: &mut Bus,
        vaddr: u64,
        size: u64,
        value: u64,
    ) -> Result<(), Exception> {
        if (vaddr & 0xfff) + size > 0x1000 {
            return self.store_split(bus, vaddr, size, value);
        }
        let paddr = self.translate_data(bus, vaddr, size, AccessType::Store)?;
        self.probe.mem_paddr = paddr;
        self.probe.mem_size = size as u8;
        let in_fault_handler = self.probe.pf_handler.is_some();
        bus.write_from(paddr, size, value, in_fault_handler)
            .map_err(|_| Exception::StoreAccessFault(vaddr))
    }

    /// The physical addresses of the bytes of an access that crosses a page boundary.
    fn split_addresses(
        &mut self,
        bus: &mut Bus,
        vaddr: u64,
        size: u64,
        access: AccessType,
    ) -> Result<[u64; 8], Exception> {
        let second = (vaddr | 0xfff).wrapping_add(1);
        let first_len = second.wrapping_sub(vaddr);
        let p1 = self.translate_data(bus, vaddr, first_len, access)?;
        let p2 = self.translate_data(bus, second, size - first_len, access)?;
        let mut out = [0u64; 8];
        for (i, slot) in out.iter_mut().enumerate().take(size as usize) {
            let i = i as u64;
            *slot = if i < first_len { p1 + i } else { p2 + (i - first_len) };
        }
        Ok(out)
    }

    #[cold]
    fn load_split(&mut self, bus: &mut Bus, vaddr: u64, size: u64) -> Result<u64, Exception> {
        let addrs = self.split_addresses(bus, vaddr, size, AccessType::Load)?;
        let mut value = 0u64;
        for (i, pa) in addrs.iter().enumerate().take(size as usize) {
            let b = bus.read(*pa, 1).map_err(|_| Exception::LoadAccessFault(vaddr))?;
            value |= b << (8 * i);
        }
        Ok(value)
    }

    #[cold]
    fn store_split(
        &mut self,
        bus: &mut Bus,
        vaddr: u64,
        size: u64,
        value: u64,
    ) -> Result<(), Exception> {
        let addrs = self.split_addresses(bus, vaddr, size, AccessType::Store)?;
        if addrs.iter().take(size as usize).any(|pa| !bus.is_ram(*pa, 1)) {
            return Err(Exception::StoreAccessFault(vaddr));
        }
        for (i, pa) in addrs.iter().enumerate().take(size as usize) {
            bus.write(*pa, 1, value >> (8 * i)).map_err(|_| Exception::StoreAccessFault(vaddr))?;
        }
        Ok(())
    }

    /// Flushes the TLBs as SFENCE.VMA with the given operands does.
    pub(crate) fn sfence_vma(&mut self, vaddr: Option<u64>, asid: Option<u16>) {
        let removed = self.itlb.sfence(vaddr, asid) + self.dtlb.sfence(vaddr, asid);
        self.stats.note_sfence(vaddr.is_some(), asid.is_some(), removed as u64);
        if let Some(l2) = self.l2tlb.as_deref_mut() {
            l2.sfence(vaddr, asid);
        }
        if let Some(s) = self.shadows.as_deref_mut() {
            s.sfence(vaddr, asid);
        }
    }

    /// Tells the shadow TLBs (`--shadow-tlb`) about `n` accesses at `vaddr` that hit the
    /// real iTLB (`fetch`) or dTLB entry in `slot`.
    #[cold]
    #[inline(never)]
    pub(crate) fn shadow_hits(&mut self, fetch: bool, vaddr: u64, slot: usize, n: u64) {
        let asid = sv39::satp_asid(self.csr.satp);
        let tlb = if fetch { &self.itlb } else { &self.dtlb };
        if let (Some(s), Some(e)) = (self.shadows.as_deref_mut(), tlb.entry(slot)) {
            s.hits(fetch, vaddr, asid, e, n);
        }
    }

    /// Tells the shadow TLBs about the access at `vaddr` the real TLB just resolved (or
    /// failed to); `before` is the real TLB's (accesses, misses) before it. An address the
    /// walker refused before any lookup (not canonical) is no TLB access.
    #[cold]
    #[inline(never)]
    fn shadow_access(&mut self, fetch: bool, vaddr: u64, before: (u64, u64)) {
        let asid = sv39::satp_asid(self.csr.satp);
        let tlb = if fetch { &self.itlb } else { &self.dtlb };
        if tlb.stats.accesses == before.0 {
            return;
        }
        let missed = tlb.stats.misses != before.1;
        if let Some(s) = self.shadows.as_deref_mut() {
            s.access(fetch, vaddr, asid, tlb.probe(vaddr, asid), missed);
        }
    }
}
