//! The execution engine: decoded basic blocks keyed by physical address, their
//! invalidation, and dispatch through handlers resolved when a block is built.
//!
//! # A block's life
//! 1. **Lookup.** A hart translates its pc for fetch (one iTLB access, exactly as one
//!    instruction fetch would make it) and looks the physical address up in the
//!    [`BlockCache`], which all harts share: the same code under two mappings, or run by
//!    two harts, is decoded once.
//! 2. **Build.** On a miss the bytes are decoded from RAM, one [`Op`] per instruction,
//!    until a control transfer (branch, JAL, JALR), an instruction that may change
//!    privilege, translation, interrupts or counters (CSR access, ECALL, EBREAK, xRET, WFI,
//!    SFENCE.VMA, FENCE.I), an illegal encoding, the end of the 4 KiB page, or
//!    [`MAX_BLOCK_OPS`] instructions. Each op carries its handler, its operands, its
//!    length and bits, and the timing model's view of it ([`crate::hart::timed::Meta`]),
//!    so nothing is decoded or classified twice. An instruction that straddles a page
//!    boundary, or code outside RAM, is never part of a block: the hart fetches and runs
//!    it on its own, as before blocks existed.
//! 3. **Run.** The hart calls the handlers in order ([`crate::hart::Hart::run`]). Interrupts,
//!    the instruction budget of the batch, and device attention are checked between
//!    blocks; since anything that can make an interrupt pending and enabled ends a block
//!    or the batch, this is exactly as often as they could change. A trap in the middle
//!    retires exactly the ops before it.
//! 4. **Invalidation.** Every RAM page has a code tag ([`crate::bus::CodePages`]). A block
//!    records its page's tag when built and is used only while the tag is unchanged. Any
//!    write to a page holding live blocks (a store, an AMO, a page-table A/D update, a
//!    device's DMA, the loader) changes the tag, so the page's blocks are decoded again on
//!    their next use; a store that hits such a page also ends the block it runs in, so the
//!    very next instruction is fetched from the new bytes. Code therefore always runs the
//!    bytes in memory at the time it is fetched, which is what FENCE.I must guarantee
//!    (Zifencei) and more; FENCE.I itself needs no further action.
//! 5. **Replacement.** The cache is direct-mapped: a block built at an occupied slot
//!    replaces the block there. Blocks are plain host data, so evicting one has no
//!    architectural effect.

mod ops;
mod run;

pub use ops::{Flow, Op};

use crate::bus::Bus;
use crate::isa::{decode, decode_compressed, Isa};

/// Most instructions in one block.
pub const MAX_BLOCK_OPS: usize = 32;
/// Slots of the block cache (a power of two).
const CACHE_SLOTS: usize = 1 << 14;

/// A run of decoded instructions at consecutive physical addresses within one page.
pub struct Block {
    /// Physical address of the first instruction (`u64::MAX`: an empty slot).
    pub paddr: u64,
    /// The code tag of the page when the block was built.
    tag: u64,
    pub ops: Vec<Op>,
}

/// Counters of the block cache (host-side figures, not architectural ones).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CacheStats {
    /// Blocks decoded (first use, after an invalidation, or after eviction).
    pub built: u64,
}

/// Decoded blocks of every hart, keyed by physical address.
pub struct BlockCache {
    slots: Vec<Block>,
    pub stats: CacheStats,
    /// The ISA every hart implements (`--isa`): other instructions decode as illegal.
    isa: Isa,
}

/// Decodes one instruction of `len` bytes (`raw` holds its bits) into an op; an
/// encoding that is reserved, or whose extension is not in `isa`, becomes an illegal
/// instruction.
pub(crate) fn decode_op(isa: &Isa, raw: u32, len: u64) -> Op {
    let inst = if len == 4 { decode(raw) } else { decode_compressed(raw as u16) };
    match inst {
        Ok(inst) if isa.allows(&inst, len) => Op::new(inst, len as u8, raw),
        _ => Op::illegal(len as u8, raw),
    }
}

impl Default for BlockCache {
    fn default() -> Self {
        Self::new()
    }
}

impl BlockCache {
    pub fn new() -> BlockCache {
        let slots = (0..CACHE_SLOTS).map(|_| Block { paddr: u64::MAX, tag: 0, ops: Vec::new() });
        BlockCache { slots: slots.collect(), stats: CacheStats::default(), isa: Isa::all() }
    }

    /// Decodes for harts that implement `isa` from now on (drops every cached block).
    pub fn set_isa(&mut self, isa: Isa) {
        self.isa = isa;
        for b in &mut self.slots {
            b.paddr = u64::MAX;
            b.ops.clear();
        }
    }

    /// The ISA blocks are decoded for.
    pub fn isa(&self) -> Isa {
        self.isa
    }

    #[inline(always)]
    fn index(paddr: u64) -> usize {
        ((paddr >> 1) ^ (paddr >> 15)) as usize & (CACHE_SLOTS - 1)
    }

    /// The block starting at `paddr`, decoded now if it is not cached or its page was
    /// written since. `None` when no block can start there: `paddr` is not RAM, or the
    /// first instruction straddles the end of the page.
    #[inline]
    pub fn get(&mut self, bus: &mut Bus, paddr: u64) -> Option<&Block> {
        let i = self.find(bus, paddr)?;
        Some(&self.slots[i])
    }

    /// Like [`BlockCache::get`], giving the block's slot (see [`BlockCache::slot`]).
    #[inline(always)]
    pub fn find(&mut self, bus: &mut Bus, paddr: u64) -> Option<usize> {
        let off = bus.ram_index(paddr)?;
        let i = Self::index(paddr);
        let tag = bus.code.tag(off);
        if self.slots[i].paddr == paddr && self.slots[i].tag == tag {
            return Some(i);
        }
        self.build(bus, paddr, off, i)
    }

    /// The block in slot `i`, as [`BlockCache::find`] gave it. It stays valid until the
    /// next `find` or `get`, or a write to its page.
    #[inline(always)]
    pub fn slot(&self, i: usize) -> &Block {
        &self.slots[i & (CACHE_SLOTS - 1)]
    }

    #[cold]
    fn build(&mut self, bus: &mut Bus, paddr: u64, off: u64, i: usize) -> Option<usize> {
        let block = &mut self.slots[i];
        block.ops.clear();
        block.paddr = u64::MAX;
        let page_end = (paddr | 0xfff) + 1;
        let mut at = paddr;
        while block.ops.len() < MAX_BLOCK_OPS && at + 2 <= page_end {
            let Some(lo) = bus.ram_slice(at, 2) else { break };
            let lo = u16::from_le_bytes([lo[0], lo[1]]);
            let op = if lo & 3 != 3 {
                decode_op(&self.isa, lo as u32, 2)
            } else {
                if at + 4 > page_end {
                    break;
                }
                let Some(b) = bus.ram_slice(at, 4) else { break };
                decode_op(&self.isa, u32::from_le_bytes([b[0], b[1], b[2], b[3]]), 4)
            };
            at += op.len as u64;
            let last = op.ends_block();
            block.ops.push(op);
            if last {
                break;
            }
        }
        if block.ops.is_empty() {
            return None;
        }
        block.paddr = paddr;
        block.tag = bus.code.mark(off);
        self.stats.built += 1;
        Some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The block cache's worst case stays within the memory budget of issue 8 (guest RAM
    /// plus 64 MiB): every slot holding a full block.
    #[test]
    fn a_full_cache_fits_the_memory_budget() {
        let worst = CACHE_SLOTS * (MAX_BLOCK_OPS * std::mem::size_of::<Op>() + 64);
        assert!(worst <= 32 << 20, "worst case {} MiB", worst >> 20);
    }

    #[test]
    fn a_store_into_a_block_invalidates_it_and_a_rebuild_sees_the_new_bytes() {
        let mut bus = Bus::new(0x8000_0000, 1 << 20);
        let mut blocks = BlockCache::new();
        // addi a0, a0, 1; jal x0, 0
        bus.write(0x8000_0000, 4, 0x0015_0513).unwrap();
        bus.write(0x8000_0004, 4, 0x0000_006f).unwrap();
        let b = blocks.get(&mut bus, 0x8000_0000).unwrap();
        assert_eq!((b.ops.len(), b.ops[0].imm), (2, 1));
        assert_eq!(blocks.stats.built, 1);
        assert!(blocks.get(&mut bus, 0x8000_0000).is_some());
        assert_eq!(blocks.stats.built, 1, "cached");
        bus.code.hit = false;
        // addi a0, a0, 2
        bus.write(0x8000_0000, 4, 0x0025_0513).unwrap();
        assert!(bus.code.hit, "the store hit live code");
        let b = blocks.get(&mut bus, 0x8000_0000).unwrap();
        assert_eq!(b.ops[0].imm, 2, "decoded again from the new bytes");
        assert_eq!(blocks.stats.built, 2);
        // A write to another page leaves the block alone.
        bus.code.hit = false;
        bus.write(0x8000_1000, 4, 0).unwrap();
        assert!(!bus.code.hit);
        blocks.get(&mut bus, 0x8000_0000).unwrap();
        assert_eq!(blocks.stats.built, 2);
    }

    #[test]
    fn blocks_end_at_transfers_system_instructions_and_the_page_end() {
        let mut bus = Bus::new(0x8000_0000, 1 << 20);
        let mut blocks = BlockCache::new();
        // nop; csrr a0, mstatus; nop
        bus.write(0x8000_0000, 4, 0x0000_0013).unwrap();
        bus.write(0x8000_0004, 4, 0x3000_2573).unwrap();
        bus.write(0x8000_0008, 4, 0x0000_0013).unwrap();
        assert_eq!(blocks.get(&mut bus, 0x8000_0000).unwrap().ops.len(), 2);
        // Straight-line nops up to the page end: capped, then cut at the page boundary.
        for a in (0x8000_1000..0x8000_2000).step_by(4) {
            bus.write(a, 4, 0x0000_0013).unwrap();
        }
        assert_eq!(blocks.get(&mut bus, 0x8000_1000).unwrap().ops.len(), MAX_BLOCK_OPS);
        assert_eq!(blocks.get(&mut bus, 0x8000_1ff8).unwrap().ops.len(), 2);
        // A 32-bit instruction straddling the page end cannot start a block.
        bus.write(0x8000_2ffe, 2, 0x0013).unwrap();
        assert!(blocks.get(&mut bus, 0x8000_2ffe).is_none());
        // Nor can anything outside RAM.
        assert!(blocks.get(&mut bus, 0x1000).is_none());
    }
}
