//! The in-order timing model: a single-issue pipeline of the Rocket / SiFive U54 / U74 class.
//!
//! Each retired instruction costs one base cycle plus, in this order:
//! 1. **fetch**: its bytes go through the L1 I-cache by physical line (both lines when it
//!    straddles one); a miss stalls for the L2 / memory latency ([`Cause::IcacheMiss`]);
//! 2. **interlock**: a per-register scoreboard holds the cycle at which each register's
//!    pending result becomes usable. Loads and AMOs make `rd` usable `load_use_penalty`
//!    cycles after they retire, multiplies `mul_latency` cycles after, FP operations
//!    their `fp.*` latency after (x and f registers have separate entries; FMAs wait for
//!    three sources); every other instruction writes its result at once. An instruction reading `rs1`/`rs2` before then
//!    waits the difference ([`Cause::LoadUse`] or [`Cause::Muldiv`]), so a consumer placed
//!    further from the load pays less, or nothing;
//! 3. **execute**: divides block for `div_latency` cycles, FDIV/FSQRT for `fp.div_*` /
//!    `fp.sqrt_*`; loads, stores and AMOs access the
//!    D-cache (both lines when misaligned across one) and stall on a miss
//!    ([`Cause::DcacheMiss`]); data addresses below `cacheable_base` are device registers
//!    and cost `mmio_latency` each, uncached;
//! 4. **control**: branches and jumps consult the predictor ([`super::predictor`]); a wrong
//!    next-PC guess costs `mispredict_penalty` ([`Cause::BranchMispredict`]);
//! 5. **serialization**: FENCE, FENCE.I (which also invalidates the I-cache model),
//!    SFENCE.VMA (which also flushes the page-walk cache when rs1 = x0) and serializing CSR
//!    accesses pay their penalty ([`Cause::Serialize`]); MRET/SRET pay `xret`
//!    ([`Cause::Trap`]).
//!
//! Page-table walks read each PTE through the D-cache hierarchy: `l1_hit_latency` when the
//! line is in the L1 (the walker stalls the pipeline, so the hit latency is exposed),
//! otherwise the L2 / memory latency; non-leaf PTEs found in the page-walk cache cost
//! nothing. With every cache and the walk cache off, an N-level walk costs exactly
//! N × `dram_latency`.
//!
//! The hot path allocates nothing and uses only fixed arrays and pre-sized vectors.

use super::cache::{Hierarchy, Level, WalkCache};
use super::config::TimingConfig;
use super::predictor::{Predictor, Transfer};
use super::{Cause, CycleBreakdown, InstClass, ModelEvents, Retired, TimingModel};

/// Number of instruction classes.
const CLASSES: usize = InstClass::ALL.len();

/// The in-order pipeline model.
#[derive(Clone, Debug)]
pub struct InOrder {
    l1_hit_latency: u64,
    mispredict_penalty: u64,
    /// Cycles of a trap entry.
    trap_penalty: u64,
    cacheable_base: u64,
    mmio_latency: u64,
    mem: Hierarchy,
    /// Line sizes of the L1 I- and D-caches (`u64::MAX`: no such cache), to tell when an
    /// access straddles two lines.
    l1i_line: u64,
    l1d_line: u64,
    predictor: Predictor,
    walk_cache: WalkCache,
    /// Cycle at which the next instruction starts (= total cycles so far, less the walks
    /// of the instruction in flight).
    now: u64,
    /// Cycles of page walks made by the instruction in flight, not yet in `now`.
    pending_walk: u64,
    /// Cycles of a second-level TLB lookup.
    l2tlb_latency: u64,
    /// Scoreboard: cycle at which each register's value is usable, and who made it late
    /// (x0..x31, then f0..f31).
    ready: [u64; 64],
    ready_cause: [Cause; 64],
    /// Per instruction class (index `InstClass as usize`): the cycles it blocks the pipeline
    /// for whatever its operands and memory do (divides, FP divides and square roots,
    /// serialization, xRET) and the cause they count under.
    fixed: [(u64, Cause); CLASSES],
    /// Per instruction class: cycles after retirement until its result is usable, and the
    /// cause a consumer's wait counts under.
    result: [(u64, Cause); CLASSES],
    breakdown: CycleBreakdown,
    mmio_accesses: u64,
    page_walks: u64,
    pte_reads: u64,
    load_use_stalls: u64,
}

impl InOrder {
    /// Builds the model from a configuration (invalid cache geometries count as absent).
    pub fn new(cfg: &TimingConfig) -> InOrder {
        let mut m = InOrder {
            l1_hit_latency: cfg.l1_hit_latency,
            mispredict_penalty: cfg.branch.mispredict_penalty,
            trap_penalty: cfg.penalties.trap,
            cacheable_base: cfg.cacheable_base,
            mmio_latency: cfg.mmio_latency,
            mem: Hierarchy::new(cfg.icache, cfg.dcache, cfg.l2, cfg.l2_latency, cfg.dram_latency),
            l1i_line: u64::MAX,
            l1d_line: u64::MAX,
            predictor: Predictor::new(&cfg.branch),
            walk_cache: WalkCache::new(cfg.walk_cache_entries as usize),
            now: 0,
            pending_walk: 0,
            l2tlb_latency: cfg.l2tlb_latency,
            ready: [0; 64],
            ready_cause: [Cause::LoadUse; 64],
            fixed: InstClass::ALL.map(|c| fixed_cost(cfg, c)),
            result: InstClass::ALL.map(|c| result_latency(cfg, c)),
            breakdown: CycleBreakdown::default(),
            mmio_accesses: 0,
            page_walks: 0,
            pte_reads: 0,
            load_use_stalls: 0,
        };
        let line =
            |c: &Option<super::cache::Cache>| c.as_ref().map_or(u64::MAX, |c| c.line_bytes());
        m.l1i_line = line(&m.mem.l1i);
        m.l1d_line = line(&m.mem.l1d);
        m
    }

    /// The cache hierarchy (for inspection in tests and reports).
    pub fn hierarchy(&self) -> &Hierarchy {
        &self.mem
    }

    /// Stall cycles of fetching `len` bytes at `paddr`.
    #[inline(always)]
    fn fetch(&mut self, paddr: u64, len: u8) -> u64 {
        let mut stall = self.mem.fetch(paddr);
        let last = paddr.wrapping_add(u64::from(len.max(1)) - 1);
        if (last ^ paddr) >= self.l1i_line {
            stall += self.mem.fetch(last);
        }
        stall
    }

    /// Stall cycles of a data access of `size` bytes at `paddr`.
    #[inline(always)]
    fn data(&mut self, paddr: u64, size: u8, write: bool) -> u64 {
        if paddr < self.cacheable_base {
            self.mmio_accesses += 1;
            return self.mmio_latency;
        }
        let mut stall = self.mem.data(paddr, write).1;
        let last = paddr.wrapping_add(u64::from(size) - 1);
        if (last ^ paddr) >= self.l1d_line {
            stall += self.mem.data(last, write).1;
        }
        stall
    }

    /// Cycles of one PTE read by the walker.
    fn pte_read(&mut self, paddr: u64) -> u64 {
        self.pte_reads += 1;
        match self.mem.data(paddr, false) {
            (Level::L1, _) => self.l1_hit_latency,
            (_, cycles) => cycles,
        }
    }
}

impl TimingModel for InOrder {
    fn name(&self) -> &'static str {
        "inorder"
    }

    #[inline(always)]
    fn retire(&mut self, r: &Retired) -> u64 {
        let fetch = self.fetch(r.fetch_paddr, r.len);

        // Interlock on pending results (x0 is never pending: its entry stays 0).
        let issue = self.now + fetch;
        let (s1, s2) = ((r.rs1 & 63) as usize, (r.rs2 & 63) as usize);
        let (p1, mut p2) = (self.ready[s1], self.ready[s2]);
        let mut s2_or_3 = s2;
        if r.rs3 != 0 {
            // FMA: the later of rs2 and rs3 stands for both.
            let s3 = (r.rs3 & 63) as usize;
            if self.ready[s3] > p2 {
                (p2, s2_or_3) = (self.ready[s3], s3);
            }
        }
        let wait = p1.max(p2).saturating_sub(issue);

        let class = r.class as usize;
        let (fixed, fixed_cause) = self.fixed[class];
        let mut dmiss = 0;
        let mut mispredict = 0;
        match r.class {
            InstClass::Load | InstClass::Store | InstClass::Amo if r.mem_size != 0 => {
                let write = r.class != InstClass::Load;
                dmiss = self.data(r.mem_paddr, r.mem_size, write);
            }
            InstClass::Branch | InstClass::Jal | InstClass::Jalr => {
                let kind = match r.class {
                    InstClass::Branch => Transfer::Branch,
                    InstClass::Jal => Transfer::Jal,
                    _ => Transfer::Jalr,
                };
                let wrong = self.predictor.predict_and_update(
                    kind,
                    r.pc,
                    r.len,
                    r.taken,
                    r.target,
                    r.is_call,
                    r.is_return,
                );
                if wrong {
                    mispredict = self.mispredict_penalty;
                }
            }
            InstClass::FenceI => self.mem.flush_icache(),
            // Privileged spec, "Supervisor Memory-Management Fence Instruction": with rs1 =
            // x0 the fence covers every level of the page tables; with rs1 ≠ x0 only the leaf
            // entries for that address, which the walk cache never holds.
            InstClass::SfenceVma if r.rs1 == 0 => self.walk_cache.flush(),
            _ => {}
        }

        let stalls = fetch + wait + fixed + dmiss + mispredict;
        // Walks made by this instruction happen once its operands are ready (a load cannot
        // translate before its address register is), so they add to the interlock wait.
        self.now += 1 + stalls + std::mem::take(&mut self.pending_walk);
        self.breakdown.by_cause[Cause::Base as usize] += 1;
        if stalls != 0 {
            let wait_cause =
                if p1 >= p2 { self.ready_cause[s1] } else { self.ready_cause[s2_or_3] };
            if wait != 0 && wait_cause == Cause::LoadUse {
                self.load_use_stalls += 1;
            }
            let b = &mut self.breakdown.by_cause;
            b[Cause::IcacheMiss as usize] += fetch;
            b[wait_cause as usize] += wait;
            b[fixed_cause as usize] += fixed;
            b[Cause::DcacheMiss as usize] += dmiss;
            b[Cause::BranchMispredict as usize] += mispredict;
        }

        // Record when this instruction's result is usable.
        let d = (r.rd & 63) as usize;
        if d != 0 {
            let (delay, cause) = self.result[class];
            self.ready[d] = self.now + delay;
            self.ready_cause[d] = cause;
        }
        1 + stalls
    }

    fn page_walk(&mut self, pte_paddrs: &[u64]) -> u64 {
        self.page_walks += 1;
        let mut cost = 0;
        let last = pte_paddrs.len().saturating_sub(1);
        for (i, &pa) in pte_paddrs.iter().enumerate() {
            if i < last && self.walk_cache.lookup_or_insert(pa) {
                continue;
            }
            cost += self.pte_read(pa);
        }
        self.pending_walk += cost;
        self.breakdown.add(Cause::PageWalk, cost);
        cost
    }

    fn l2tlb_lookup(&mut self) -> u64 {
        let cost = self.l2tlb_latency;
        self.pending_walk += cost;
        self.breakdown.add(Cause::PageWalk, cost);
        cost
    }

    fn trap(&mut self) -> u64 {
        let cost = self.trap_penalty;
        self.now += cost + std::mem::take(&mut self.pending_walk);
        self.breakdown.add(Cause::Trap, cost);
        cost
    }

    fn io_wait(&mut self, cycles: u64) {
        self.now = self.now.saturating_add(cycles);
        self.breakdown.add(Cause::IoWait, cycles);
    }

    fn breakdown(&self) -> &CycleBreakdown {
        &self.breakdown
    }

    fn events(&self) -> ModelEvents {
        let stats =
            |c: &Option<super::cache::Cache>| c.as_ref().map(|c| c.stats()).unwrap_or_default();
        let (i, d, l2) = (stats(&self.mem.l1i), stats(&self.mem.l1d), stats(&self.mem.l2));
        let m = self.mem.memory_stats();
        let p = self.predictor.stats();
        ModelEvents {
            instructions: self.breakdown.get(Cause::Base),
            icache_accesses: i.accesses,
            icache_misses: i.misses,
            dcache_accesses: d.accesses,
            dcache_misses: d.misses,
            dcache_writebacks: d.writebacks,
            l2_accesses: l2.accesses,
            l2_misses: l2.misses,
            dram_reads: m.reads,
            dram_writebacks: m.writebacks,
            mmio_accesses: self.mmio_accesses,
            branch_lookups: p.lookups,
            branch_mispredicts: p.mispredicts,
            btb_misses: p.btb_misses,
            ras_misses: p.ras_misses,
            page_walks: self.page_walks,
            pte_reads: self.pte_reads,
            walk_cache_lookups: self.walk_cache.lookups,
            walk_cache_hits: self.walk_cache.hits,
            load_use_stalls: self.load_use_stalls,
        }
    }
}

/// The cycles an instruction of `class` blocks the pipeline for whatever its operands
/// and memory do, and their cause.
fn fixed_cost(cfg: &TimingConfig, class: InstClass) -> (u64, Cause) {
    let (p, fp) = (&cfg.penalties, &cfg.fp);
    match class {
        InstClass::Div => (cfg.div_latency, Cause::Muldiv),
        InstClass::FpDivS => (fp.div_s, Cause::Muldiv),
        InstClass::FpDivD => (fp.div_d, Cause::Muldiv),
        InstClass::FpSqrtS => (fp.sqrt_s, Cause::Muldiv),
        InstClass::FpSqrtD => (fp.sqrt_d, Cause::Muldiv),
        InstClass::CsrSerializing => (p.csr_serialize, Cause::Serialize),
        InstClass::Fence => (p.fence, Cause::Serialize),
        InstClass::FenceI => (p.fence_i, Cause::Serialize),
        InstClass::SfenceVma => (p.sfence_vma, Cause::Serialize),
        InstClass::Xret => (p.xret, Cause::Trap),
        _ => (0, Cause::Base),
    }
}

/// Cycles after an instruction of `class` retires until its result is usable, and the
/// cause a consumer's wait counts under.
fn result_latency(cfg: &TimingConfig, class: InstClass) -> (u64, Cause) {
    let (fp, lat) = (&cfg.fp, |l: u64| (l, Cause::Muldiv));
    match class {
        InstClass::Load | InstClass::Amo => (cfg.load_use_penalty, Cause::LoadUse),
        InstClass::Mul => (cfg.mul_latency, Cause::Muldiv),
        InstClass::FpMisc => lat(fp.misc),
        InstClass::FpAddS => lat(fp.add_s),
        InstClass::FpAddD => lat(fp.add_d),
        InstClass::FpMulS => lat(fp.mul_s),
        InstClass::FpMulD => lat(fp.mul_d),
        InstClass::FpFmaS => lat(fp.fma_s),
        InstClass::FpFmaD => lat(fp.fma_d),
        _ => (0, Cause::LoadUse),
    }
}
