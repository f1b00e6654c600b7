//! The pure page-table walker for Sv39 and Sv48, plus the `satp` field helpers.
//!
//! [`walk`] follows the Privileged spec's "Virtual Address Translation Process" (Sv32
//! section, reused by Sv39/Sv48 with PTESIZE=8 and LEVELS=3/4) step by step; the step
//! numbers appear in the comments. It reads and writes PTEs only through [`PteMemory`], so
//! it knows nothing about RAM, devices or PMP: the caller's `PteMemory` returns `None` for an
//! access that would fault (no memory there, or PMP denies the implicit S-mode access).
//!
//! Implemented: Sv39, Sv48 and Sv57, ASIDLEN = 16, A/D management either by hardware
//! (Svadu, [`AdMode::Hardware`]) or by page faults (Svade, [`AdMode::Fault`]), Svnapot
//! (64 KiB NAPOT leaves, [`WalkRequest::napot`]) and Svpbmt (the PBMT field, when
//! [`WalkRequest::pbmte`]). Not implemented: Zicfiss shadow-stack pages.

use crate::isa::Privilege;

/// PTE bit: valid.
pub const PTE_V: u64 = 1 << 0;
/// PTE bit: readable.
pub const PTE_R: u64 = 1 << 1;
/// PTE bit: writable.
pub const PTE_W: u64 = 1 << 2;
/// PTE bit: executable.
pub const PTE_X: u64 = 1 << 3;
/// PTE bit: accessible to U-mode.
pub const PTE_U: u64 = 1 << 4;
/// PTE bit: global mapping.
pub const PTE_G: u64 = 1 << 5;
/// PTE bit: accessed.
pub const PTE_A: u64 = 1 << 6;
/// PTE bit: dirty.
pub const PTE_D: u64 = 1 << 7;
/// PTE bits 60:54: reserved for future standard use; a set bit is a page fault
/// (Privileged spec, Sv39 "Addressing and Memory Protection").
pub const PTE_RESERVED_MASK: u64 = 0x7f << 54;
/// PTE bits 62:61: PBMT, the page-based memory type (Svpbmt).
pub const PTE_PBMT_MASK: u64 = 3 << 61;
pub const PTE_PBMT_SHIFT: u32 = 61;
/// PTE bit 63: N, a NAPOT translation contiguity range (Svnapot).
pub const PTE_N: u64 = 1 << 63;
/// Page shift of the one NAPOT size Svnapot defines: 64 KiB (pte.ppn[3:0] = 1000).
pub const NAPOT_SHIFT: u8 = 16;
/// Width of the PTE PPN field (bits 53:10).
const PPN_BITS: u32 = 44;
const PPN_MASK: u64 = (1 << PPN_BITS) - 1;
const PAGE_SHIFT: u32 = 12;
const PTE_SIZE: u64 = 8;
const VPN_BITS: u32 = 9;

/// Kind of the memory access being translated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccessType {
    /// Instruction fetch.
    Fetch,
    /// Load, load-reserved.
    Load,
    /// Store, store-conditional, AMO (AMOs never raise load faults).
    Store,
}

/// How the walker manages the A and D bits of leaf PTEs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum AdMode {
    /// Hardware updates A (and D on a store) in memory, Svadu-like (the default).
    #[default]
    Hardware,
    /// Svade: a page fault is raised when A=0, or on a store when D=0.
    Fault,
}

/// The translation scheme selected by `satp.MODE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SatpMode {
    Bare,
    Sv39,
    Sv48,
    Sv57,
}

impl SatpMode {
    /// Number of page-table levels (0 for Bare).
    pub fn levels(self) -> u8 {
        match self {
            SatpMode::Bare => 0,
            SatpMode::Sv39 => 3,
            SatpMode::Sv48 => 4,
            SatpMode::Sv57 => 5,
        }
    }

    /// Number of implemented virtual-address bits (64 for Bare).
    pub fn va_bits(self) -> u32 {
        match self {
            SatpMode::Bare => 64,
            SatpMode::Sv39 => 39,
            SatpMode::Sv48 => 48,
            SatpMode::Sv57 => 57,
        }
    }

    /// The MODE field encoding.
    pub fn encoding(self) -> u64 {
        match self {
            SatpMode::Bare => 0,
            SatpMode::Sv39 => 8,
            SatpMode::Sv48 => 9,
            SatpMode::Sv57 => 10,
        }
    }
}

/// `satp.MODE` (bits 63:60). Encodings this implementation does not support cannot be stored
/// (see [`legalize_satp_write`]); should one appear anyway it is read as `Bare`.
pub fn satp_mode(satp: u64) -> SatpMode {
    match satp >> 60 {
        8 => SatpMode::Sv39,
        9 => SatpMode::Sv48,
        10 => SatpMode::Sv57,
        _ => SatpMode::Bare,
    }
}

/// `satp.ASID` (bits 59:44); all 16 bits are implemented (ASIDLEN = ASIDMAX = 16).
pub fn satp_asid(satp: u64) -> u16 {
    ((satp >> 44) & 0xffff) as u16
}

/// `satp.PPN` (bits 43:0): the root page table's physical page number.
pub fn satp_ppn(satp: u64) -> u64 {
    satp & PPN_MASK
}

/// The WARL rule for a write of `new` to `satp` whose current value is `old`.
///
/// Privileged spec, `satp`: "if satp is written with an unsupported MODE, the entire write has
/// no effect". Supported: Bare (0), Sv39 (8), Sv48 (9), Sv57 (10). Selecting Bare with non-zero remaining
/// fields has an UNSPECIFIED effect on them; here they are cleared, so Bare always reads as 0.
pub fn legalize_satp_write(old: u64, new: u64) -> u64 {
    match new >> 60 {
        0 => 0,
        8..=10 => new,
        _ => old,
    }
}

/// True when `vaddr` is canonical for `mode`: bits 63..va_bits all equal bit va_bits-1
/// (Privileged spec, Sv39/Sv48 "Addressing and Memory Protection"). Always true for Bare.
pub fn is_canonical(mode: SatpMode, vaddr: u64) -> bool {
    let bits = mode.va_bits();
    if bits >= 64 {
        return true;
    }
    let shift = 64 - bits;
    (((vaddr << shift) as i64) >> shift) as u64 == vaddr
}

/// Everything the walker needs to know about one access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WalkRequest {
    pub satp: u64,
    pub vaddr: u64,
    pub access: AccessType,
    /// The effective privilege (after MPRV). Must be S or U: M-mode accesses are not
    /// translated; if `Machine` is passed anyway it is checked like S.
    pub privilege: Privilege,
    /// mstatus.SUM
    pub sum: bool,
    /// mstatus.MXR
    pub mxr: bool,
    pub ad_mode: AdMode,
    /// Svnapot is implemented: a leaf with N=1 and ppn[3:0]=1000 maps 64 KiB. Without it
    /// the N bit is reserved.
    pub napot: bool,
    /// menvcfg.PBMTE (Svpbmt): the PBMT field is in use. When clear, PBMT is reserved.
    pub pbmte: bool,
}

/// The walker's view of physical memory: 8-byte PTE reads and writes at physical addresses.
/// `None` means the implicit access faulted (no memory there, PMA/PMP denies it).
pub trait PteMemory {
    fn read_pte(&mut self, paddr: u64) -> Option<u64>;
    fn write_pte(&mut self, paddr: u64, value: u64) -> Option<()>;
}

/// A successful translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Translation {
    /// The translated physical address.
    pub paddr: u64,
    /// The (canonical) virtual base of the page or superpage.
    pub page_vaddr: u64,
    /// The leaf PTE's PPN; it is page-size aligned (misaligned superpages fault).
    pub ppn: u64,
    /// Level of the leaf PTE: 0 = 4 KiB, 1 = 2 MiB, 2 = 1 GiB, 3 = 512 GiB, 4 = 256 TiB.
    pub level: u8,
    /// log2 of the page size: 12 + 9 × level, or [`NAPOT_SHIFT`] for a NAPOT leaf.
    pub shift: u8,
    /// The leaf PTE as it stands after any A/D update.
    pub pte: u64,
    /// Physical address of the leaf PTE (0 in Bare mode).
    pub pte_addr: u64,
    /// Number of PTEs read by this walk (the timing model charges them).
    pub pte_reads: u32,
    /// True when this walk wrote the leaf PTE to set A and/or D.
    pub ad_updated: bool,
    /// True when the mapping is global: G is set in the leaf or in any non-leaf PTE above it
    /// (Privileged spec, Sv32 "Addressing and Memory Protection": "For non-leaf PTEs, the
    /// global setting implies that all mappings in the subsequent levels ... are global").
    pub global: bool,
}

impl Translation {
    /// Size of the page or superpage in bytes.
    pub fn page_size(&self) -> u64 {
        1 << self.shift
    }
}

/// log2 of the size of a regular page whose leaf sits at `level`.
pub fn level_shift(level: u8) -> u8 {
    (PAGE_SHIFT + VPN_BITS * u32::from(level.min(4))) as u8
}

/// Size in bytes of a page whose leaf sits at `level` (0 = 4 KiB).
pub fn page_size(level: u8) -> u64 {
    1u64 << (PAGE_SHIFT + VPN_BITS * u32::from(level.min(4)))
}

/// Page fault (bad PTE, permissions, A/D under Svade) or access fault (PTE memory denied).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FaultKind {
    Page,
    Access,
}

/// Why and where a walk failed. The walker knows nothing of traps: the hart turns this
/// into the exception of the original access type
/// ([`crate::hart::trap::Exception::from_walk_fault`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WalkFault {
    pub kind: FaultKind,
    /// PTEs read before the fault (the timing model still charges them).
    pub pte_reads: u32,
    /// Level of the PTE that faulted (LEVELS-1 for a non-canonical address).
    pub level: u8,
}

/// Steps 6 and 8 of the translation process for a leaf PTE: may `privilege` perform
/// `access` on this page, given SUM and MXR? Used by the walker and on TLB hits.
pub fn leaf_permits(
    pte: u64,
    access: AccessType,
    privilege: Privilege,
    sum: bool,
    mxr: bool,
) -> bool {
    // Step 6: the U bit (Sv32 "Addressing and Memory Protection"; mstatus SUM).
    let user_page = pte & PTE_U != 0;
    let u_ok = match privilege {
        Privilege::User => user_page,
        // S-mode may load/store U pages only with SUM=1 and may never execute them.
        Privilege::Supervisor | Privilege::Machine => {
            !user_page || (sum && access != AccessType::Fetch)
        }
    };
    if !u_ok {
        return false;
    }
    // Step 8: R/W/X; MXR makes executable pages readable (mstatus MXR).
    match access {
        AccessType::Fetch => pte & PTE_X != 0,
        AccessType::Load => pte & PTE_R != 0 || (mxr && pte & PTE_X != 0),
        AccessType::Store => pte & PTE_W != 0,
    }
}

/// True when a cached leaf PTE already has the A bit, and D too for a store, so the access
/// can complete without step 9. When false the caller must walk again: step 9 "cannot use
/// the address-translation cache" (A/D are only updated in memory, or fault under Svade).
pub fn ad_satisfied(pte: u64, access: AccessType) -> bool {
    pte & PTE_A != 0 && (access != AccessType::Store || pte & PTE_D != 0)
}

fn vpn(vaddr: u64, level: u8) -> u64 {
    (vaddr >> (PAGE_SHIFT + VPN_BITS * u32::from(level))) & ((1 << VPN_BITS) - 1)
}

/// Translates `req.vaddr` by walking the page tables of `req.satp`.
///
/// In Bare mode the result is the identity (`level` 0, `pte` 0, no PTE read); such a result
/// must not be cached in the TLB. Otherwise this runs the Privileged spec's "Virtual Address
/// Translation Process" with PTESIZE=8 and LEVELS=3 (Sv39) or 4 (Sv48).
///
/// The step-9 A/D update is a plain `write_pte`: harts are stepped one at a time, so
/// nothing can change the PTE between the read in step 2 and the write, and the spec's
/// compare-and-swap always succeeds.
pub fn walk(req: &WalkRequest, mem: &mut impl PteMemory) -> Result<Translation, WalkFault> {
    let mode = satp_mode(req.satp);
    let levels = mode.levels();
    if levels == 0 {
        return Ok(Translation {
            paddr: req.vaddr,
            page_vaddr: req.vaddr & !0xfff,
            ppn: req.vaddr >> PAGE_SHIFT,
            level: 0,
            shift: PAGE_SHIFT as u8,
            pte: 0,
            pte_addr: 0,
            pte_reads: 0,
            ad_updated: false,
            global: false,
        });
    }
    let vaddr = req.vaddr;
    let page_fault =
        |level: u8, pte_reads: u32| WalkFault { kind: FaultKind::Page, pte_reads, level };

    // Sv39/Sv48 "Addressing and Memory Protection": bits 63..VA_BITS must all equal bit
    // VA_BITS-1, "or else a page-fault exception will occur".
    if !is_canonical(mode, vaddr) {
        return Err(page_fault(levels - 1, 0));
    }

    // Step 1: a = satp.ppn × PAGESIZE, i = LEVELS-1.
    let mut a = satp_ppn(req.satp) << PAGE_SHIFT;
    let mut i = levels - 1;
    let mut pte_reads = 0u32;
    let mut global = false;
    loop {
        // Step 2: pte = the PTE at a + va.vpn[i] × PTESIZE; a PMA/PMP violation is an
        // access fault for the original access type.
        let pte_addr = a + vpn(vaddr, i) * PTE_SIZE;
        pte_reads += 1;
        let Some(pte) = mem.read_pte(pte_addr) else {
            return Err(WalkFault { kind: FaultKind::Access, pte_reads, level: i });
        };

        // Step 3: V=0, or R=0 && W=1, or reserved bits set => page fault. Reserved: bits
        // 60:54 always; N when Svnapot is absent; PBMT when menvcfg.PBMTE is clear
        // (Svpbmt: "If PBMTE=0 ... the PBMT bits are reserved"), and its encoding 3.
        let pbmt = (pte & PTE_PBMT_MASK) >> PTE_PBMT_SHIFT;
        if pte & PTE_V == 0
            || (pte & PTE_R == 0 && pte & PTE_W != 0)
            || pte & PTE_RESERVED_MASK != 0
            || (pte & PTE_N != 0 && !req.napot)
            || (pbmt != 0 && !req.pbmte)
            || pbmt == 3
        {
            return Err(page_fault(i, pte_reads));
        }
        global |= pte & PTE_G != 0;

        // Step 4: R=1 or X=1 makes a leaf; otherwise a pointer to the next level.
        if pte & (PTE_R | PTE_X) == 0 {
            // Sv32 "Addressing and Memory Protection": "For non-leaf PTEs, the D, A, and U
            // bits are reserved for future standard use", so step 3's "reserved bits set
            // => page fault" applies to them; so are N (Svnapot: "for non-leaf PTEs, the
            // N bit is reserved") and PBMT (Svpbmt: "for non-leaf PTEs, bits 62-61 are
            // reserved").
            if pte & (PTE_D | PTE_A | PTE_U | PTE_N | PTE_PBMT_MASK) != 0 {
                return Err(page_fault(i, pte_reads));
            }
            if i == 0 {
                return Err(page_fault(i, pte_reads));
            }
            i -= 1;
            a = ((pte >> 10) & PPN_MASK) << PAGE_SHIFT;
            continue;
        }

        // Step 5: a leaf at level i > 0 must have pte.ppn[i-1:0] = 0 (misaligned superpage).
        let ppn = (pte >> 10) & PPN_MASK;
        // Svnapot: N=1 is defined only at level 0 with ppn[3:0] = 1000 (64 KiB); every
        // other N=1 leaf is reserved and faults ("Svnapot" chapter, the table of NAPOT
        // encodings and the translation-process change to step 3).
        let napot = pte & PTE_N != 0;
        if napot && (i != 0 || ppn & 0xf != 0b1000) {
            return Err(page_fault(i, pte_reads));
        }
        let low_mask = (1u64 << (VPN_BITS * u32::from(i))) - 1;
        if ppn & low_mask != 0 {
            return Err(page_fault(i, pte_reads));
        }

        // Steps 6 and 8: U bit with SUM, then R/W/X with MXR. (Step 7, shadow-stack pages,
        // does not apply: Zicfiss is not implemented.)
        if !leaf_permits(pte, req.access, req.privilege, req.sum, req.mxr) {
            return Err(page_fault(i, pte_reads));
        }

        // Step 9: A=0, or a store with D=0.
        let mut pte = pte;
        let mut ad_updated = false;
        if !ad_satisfied(pte, req.access) {
            match req.ad_mode {
                // Svade: raise a page fault.
                AdMode::Fault => return Err(page_fault(i, pte_reads)),
                // Otherwise set A (and D for a store) and store the PTE; a store that
                // violates PMA/PMP is an access fault for the original access type.
                AdMode::Hardware => {
                    pte |= PTE_A;
                    if req.access == AccessType::Store {
                        pte |= PTE_D;
                    }
                    if mem.write_pte(pte_addr, pte).is_none() {
                        return Err(WalkFault { kind: FaultKind::Access, pte_reads, level: i });
                    }
                    ad_updated = true;
                }
            }
        }

        // Step 10: pa.pgoff = va.pgoff; for a superpage pa.ppn[i-1:0] = va.vpn[i-1:0];
        // pa.ppn[LEVELS-1:i] = pte.ppn[LEVELS-1:i]. For a NAPOT leaf, pa.ppn[3:0] =
        // va.vpn[0][3:0] (Svnapot), i.e. a 64 KiB page whose base has ppn[3:0] = 0.
        let (shift, ppn) = if napot { (NAPOT_SHIFT, ppn & !0xf) } else { (level_shift(i), ppn) };
        let size = 1u64 << shift;
        let offset = vaddr & (size - 1);
        return Ok(Translation {
            paddr: (ppn << PAGE_SHIFT) | offset,
            page_vaddr: vaddr & !(size - 1),
            ppn,
            level: i,
            shift,
            pte,
            pte_addr,
            pte_reads,
            ad_updated,
            global,
        });
    }
}
