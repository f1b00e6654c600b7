//! The cycle model: what each retired instruction, page-table walk, trap and I/O wait costs.
//!
//! The hart classifies what happened ([`Retired`], [`TimingModel::page_walk`],
//! [`TimingModel::trap`]); a [`TimingModel`] prices it in core cycles and attributes each
//! cycle to a [`Cause`]. Two models exist, chosen by [`TimingConfig::model`]:
//!
//! * [`functional::Functional`]: one cycle per instruction, nothing else (fast runs);
//! * [`inorder::InOrder`] (default): a single-issue in-order pipeline of the class of
//!   Rocket / SiFive U54 / U74, with L1 I/D caches, an optional L2, branch prediction, a
//!   load-use interlock, multiply/divide latencies, serialization penalties and page walks
//!   that read their PTEs through the data-cache hierarchy.
//!
//! The model is a pure library: it never touches guest state, so a guest cannot make it
//! panic; every table index is masked. Its parameters and where their defaults come from
//! are documented in [`config`].
//!
//! ```
//! use satp::timing::{build, InstClass, Retired, TimingConfig, TimingModel};
//!
//! let mut model = build(&TimingConfig::default());
//! let add = Retired { pc: 0x8000_0000, fetch_paddr: 0x8000_0000, len: 4, class: InstClass::Alu,
//!                     rd: 10, rs1: 10, ..Retired::default() };
//! let first = model.retire(&add);   // cold I-cache: base cycle + L2 and DRAM latency
//! let second = model.retire(&Retired { pc: 0x8000_0004, fetch_paddr: 0x8000_0004, ..add });
//! assert!(first > 100);
//! assert_eq!(second, 1);            // same line: a hit, one cycle
//! ```

pub mod cache;
pub mod config;
pub mod functional;
pub mod inorder;
pub mod predictor;

#[cfg(test)]
mod tests;

pub use config::{
    BranchConfig, CacheGeometry, ConfigError, DiskConfig, FpLatencies, ModelKind, Penalties,
    TimingConfig,
};

/// What kind of instruction retired (the hart classifies; the model prices). A plain
/// tag, so that the model's dispatch on it is one table jump. A new class goes last, and
/// into [`InstClass::ALL`].
#[repr(u8)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum InstClass {
    /// Integer ALU, LUI, AUIPC, and anything else of one cycle.
    Alu,
    /// MUL, MULH, MULHSU, MULHU, MULW.
    Mul,
    /// DIV, DIVU, REM, REMU and their W forms.
    Div,
    Load,
    Store,
    /// AMOs, LR and SC.
    Amo,
    /// Conditional branch.
    Branch,
    Jal,
    Jalr,
    /// A CSR instruction that does not flush the pipeline (a read).
    Csr,
    /// A CSR instruction that flushes the pipeline (e.g. writes to satp, mstatus, or
    /// anything with side effects on translation or interrupts).
    CsrSerializing,
    Fence,
    FenceI,
    SfenceVma,
    /// MRET, SRET.
    Xret,
    Wfi,
    /// ECALL, EBREAK and anything else (priced like an ALU op).
    #[default]
    Other,
    /// FP sign injection, min/max, compares, FCLASS, moves and conversions.
    FpMisc,
    /// FADD/FSUB, single and double.
    FpAddS,
    FpAddD,
    /// FMUL.
    FpMulS,
    FpMulD,
    /// FMADD, FMSUB, FNMSUB, FNMADD.
    FpFmaS,
    FpFmaD,
    /// FDIV (blocking).
    FpDivS,
    FpDivD,
    /// FSQRT (blocking).
    FpSqrtS,
    FpSqrtD,
}

impl InstClass {
    /// Every class in discriminant order (`ALL[c as usize] == c`); the in-order model's
    /// per-class tables are indexed by it.
    pub const ALL: [InstClass; 28] = [
        InstClass::Alu,
        InstClass::Mul,
        InstClass::Div,
        InstClass::Load,
        InstClass::Store,
        InstClass::Amo,
        InstClass::Branch,
        InstClass::Jal,
        InstClass::Jalr,
        InstClass::Csr,
        InstClass::CsrSerializing,
        InstClass::Fence,
        InstClass::FenceI,
        InstClass::SfenceVma,
        InstClass::Xret,
        InstClass::Wfi,
        InstClass::Other,
        InstClass::FpMisc,
        InstClass::FpAddS,
        InstClass::FpAddD,
        InstClass::FpMulS,
        InstClass::FpMulD,
        InstClass::FpFmaS,
        InstClass::FpFmaD,
        InstClass::FpDivS,
        InstClass::FpDivD,
        InstClass::FpSqrtS,
        InstClass::FpSqrtD,
    ];
}

/// One retired instruction, as the hart saw it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Retired {
    /// Virtual PC (branch prediction is indexed by it).
    pub pc: u64,
    /// Physical address of the first instruction byte (fetch goes through the I-cache).
    pub fetch_paddr: u64,
    /// Instruction length in bytes (2 or 4).
    pub len: u8,
    pub class: InstClass,
    /// Register numbers, 0 = unused (for the interlocks): 1..31 are x1..x31, 32..63 are
    /// f0..f31. Values above 63 are masked.
    pub rd: u8,
    pub rs1: u8,
    pub rs2: u8,
    /// Physical address of the data access (through the D-cache).
    pub mem_paddr: u64,
    /// Bytes accessed; 0 = no data access.
    pub mem_size: u8,
    /// Branches: the actual outcome (jumps are always taken).
    pub taken: bool,
    /// Branches and jumps: the actual target when taken.
    pub target: u64,
    /// JAL/JALR with rd = ra or t0 (unprivileged spec, RAS hint table).
    pub is_call: bool,
    /// JALR with rs1 = ra or t0 and rd = x0 (or rd ≠ rs1 both links: pop then push).
    pub is_return: bool,
    /// Third source register (FMA), 0 = unused. Registers 32..63 are f0..f31.
    pub rs3: u8,
}

/// Cycle categories (the report's `cycles_by_cause` keys).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cause {
    /// One cycle per retired instruction.
    Base,
    /// Divide stalls, and waits for a multiply result; also the FP unit's latencies
    /// (FDIV/FSQRT stalls, waits for FP results).
    Muldiv,
    /// Waits for a load (or AMO) result.
    LoadUse,
    BranchMispredict,
    IcacheMiss,
    /// D-cache misses and uncached device accesses.
    DcacheMiss,
    PageWalk,
    /// Trap entry and xRET.
    Trap,
    IoWait,
    /// FENCE, FENCE.I, SFENCE.VMA and serializing CSR accesses.
    Serialize,
}

impl Cause {
    /// Number of causes.
    pub const COUNT: usize = 10;
    /// Every cause in index order.
    pub const ALL: [Cause; Cause::COUNT] = [
        Cause::Base,
        Cause::Muldiv,
        Cause::LoadUse,
        Cause::BranchMispredict,
        Cause::IcacheMiss,
        Cause::DcacheMiss,
        Cause::PageWalk,
        Cause::Trap,
        Cause::IoWait,
        Cause::Serialize,
    ];

    /// Report key (snake case).
    pub fn key(self) -> &'static str {
        match self {
            Cause::Base => "base",
            Cause::Muldiv => "muldiv",
            Cause::LoadUse => "load_use",
            Cause::BranchMispredict => "branch_mispredict",
            Cause::IcacheMiss => "icache_miss",
            Cause::DcacheMiss => "dcache_miss",
            Cause::PageWalk => "page_walk",
            Cause::Trap => "trap",
            Cause::IoWait => "io_wait",
            Cause::Serialize => "serialize",
        }
    }
}

/// Cycles so far, split by cause.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CycleBreakdown {
    /// Index = `Cause as usize`.
    pub by_cause: [u64; Cause::COUNT],
}

impl CycleBreakdown {
    /// All cycles.
    pub fn total(&self) -> u64 {
        self.by_cause.iter().fold(0u64, |a, &c| a.saturating_add(c))
    }

    /// Cycles of one cause.
    pub fn get(&self, cause: Cause) -> u64 {
        self.by_cause[cause as usize]
    }

    /// Adds cycles to a cause.
    #[inline]
    pub fn add(&mut self, cause: Cause, cycles: u64) {
        let c = &mut self.by_cause[cause as usize];
        *c = c.saturating_add(cycles);
    }

    /// `(key, cycles)` pairs in index order, for reports.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, u64)> + '_ {
        Cause::ALL.iter().map(|&c| (c.key(), self.get(c)))
    }
}

/// Event counters for mhpmcounters and the report. All zero in the functional model
/// except `instructions`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ModelEvents {
    pub instructions: u64,
    pub icache_accesses: u64,
    pub icache_misses: u64,
    pub dcache_accesses: u64,
    pub dcache_misses: u64,
    /// Dirty lines the D-cache evicted.
    pub dcache_writebacks: u64,
    pub l2_accesses: u64,
    pub l2_misses: u64,
    /// Line reads served by memory.
    pub dram_reads: u64,
    /// Dirty lines written back to memory.
    pub dram_writebacks: u64,
    /// Uncached (device) data accesses.
    pub mmio_accesses: u64,
    /// Control-transfer instructions predicted.
    pub branch_lookups: u64,
    pub branch_mispredicts: u64,
    pub btb_misses: u64,
    pub ras_misses: u64,
    /// Page walks priced.
    pub page_walks: u64,
    /// PTE reads that went to the cache hierarchy (walk-cache hits excluded).
    pub pte_reads: u64,
    pub walk_cache_lookups: u64,
    pub walk_cache_hits: u64,
    /// Load-use interlocks that stalled.
    pub load_use_stalls: u64,
}

/// A timing model: prices what the hart did, in core cycles.
pub trait TimingModel: Send {
    /// `"functional"` or `"inorder"`.
    fn name(&self) -> &'static str;
    /// Cycles this instruction costs, including its fetch and data access.
    fn retire(&mut self, r: &Retired) -> u64;
    /// Cycles for a page-table walk that read these PTE physical addresses in order, root
    /// first. The last one is the leaf (or the PTE at which the walk faulted); all others
    /// are non-leaf and may hit in the page-walk cache. Called on every TLB-miss walk.
    fn page_walk(&mut self, pte_paddrs: &[u64]) -> u64;
    /// Cycles of one lookup in the second-level TLB (`--l2tlb`), made on every first-level
    /// TLB miss before any walk. Counted as page-walk cycles: translation work beyond the
    /// first-level TLBs.
    fn l2tlb_lookup(&mut self) -> u64 {
        0
    }
    /// Cycles for trap entry (exception or interrupt).
    fn trap(&mut self) -> u64;
    /// Cycles the hart waits for I/O (charged by the machine, e.g. WFI waiting for a disk).
    fn io_wait(&mut self, cycles: u64);
    /// Cycles so far, by cause.
    fn breakdown(&self) -> &CycleBreakdown;
    /// Event counters.
    fn events(&self) -> ModelEvents;
    /// Total cycles so far.
    fn cycles(&self) -> u64 {
        self.breakdown().total()
    }
}

/// The models satp ships, as one type the hart holds: a closed set dispatched with a
/// `match`, so the per-instruction call can be inlined (a `Box<dyn TimingModel>` costs an
/// indirect call per instruction). Other models can still implement [`TimingModel`].
#[derive(Clone, Debug)]
pub enum Model {
    Functional(functional::Functional),
    InOrder(Box<inorder::InOrder>),
}

macro_rules! each_model {
    ($self:ident, $m:ident => $e:expr) => {
        match $self {
            Model::Functional($m) => $e,
            Model::InOrder($m) => $e,
        }
    };
}

impl TimingModel for Model {
    fn name(&self) -> &'static str {
        each_model!(self, m => m.name())
    }
    #[inline(always)]
    fn retire(&mut self, r: &Retired) -> u64 {
        each_model!(self, m => m.retire(r))
    }
    fn page_walk(&mut self, pte_paddrs: &[u64]) -> u64 {
        each_model!(self, m => m.page_walk(pte_paddrs))
    }
    fn l2tlb_lookup(&mut self) -> u64 {
        each_model!(self, m => m.l2tlb_lookup())
    }
    fn trap(&mut self) -> u64 {
        each_model!(self, m => m.trap())
    }
    fn io_wait(&mut self, cycles: u64) {
        each_model!(self, m => m.io_wait(cycles))
    }
    fn breakdown(&self) -> &CycleBreakdown {
        each_model!(self, m => m.breakdown())
    }
    fn events(&self) -> ModelEvents {
        each_model!(self, m => m.events())
    }
}

/// Builds the model `cfg.model` names.
pub fn build(cfg: &TimingConfig) -> Model {
    match cfg.model {
        ModelKind::Functional => Model::Functional(functional::Functional::new()),
        ModelKind::Inorder => Model::InOrder(Box::new(inorder::InOrder::new(cfg))),
    }
}
