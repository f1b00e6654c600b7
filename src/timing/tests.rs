//! Model-level tests: every expected cycle count is worked out by hand from the config.

use super::inorder::InOrder;
use super::*;

const BASE: u64 = 0x8000_0000;

fn alu(pc: u64, rd: u8, rs1: u8, rs2: u8) -> Retired {
    Retired {
        pc,
        fetch_paddr: pc,
        len: 4,
        class: InstClass::Alu,
        rd,
        rs1,
        rs2,
        ..Retired::default()
    }
}

fn load(pc: u64, rd: u8, rs1: u8, addr: u64) -> Retired {
    Retired { class: InstClass::Load, mem_paddr: addr, mem_size: 8, ..alu(pc, rd, rs1, 0) }
}

fn branch(pc: u64, taken: bool, target: u64) -> Retired {
    Retired { class: InstClass::Branch, taken, target, ..alu(pc, 0, 5, 6) }
}

/// Memory that costs nothing: no caches, zero memory latency. Isolates pipeline effects.
fn ideal() -> TimingConfig {
    let mut cfg = TimingConfig::default();
    cfg.disable_caches();
    cfg.dram_latency = 0;
    cfg
}

fn inorder(cfg: &TimingConfig) -> InOrder {
    InOrder::new(cfg)
}

#[test]
fn straight_line_alu_code_is_one_cpi_once_cached() {
    let cfg = TimingConfig::default();
    let mut m = inorder(&cfg);
    // 1000 instructions, each reading the previous one's result (full bypass: no stall).
    let run = |m: &mut InOrder| -> u64 {
        (0..1000u64).map(|i| m.retire(&alu(BASE + 4 * i, 5, 5, 0))).sum()
    };
    // Cold: 4000 bytes span 63 lines of 64 bytes, each an L1 and L2 miss (20 + 100).
    let cold = run(&mut m);
    assert_eq!(cold, 1000 + 63 * 120);
    assert_eq!(m.breakdown().get(Cause::IcacheMiss), 63 * 120);
    // Warm: exactly one cycle per instruction.
    assert_eq!(run(&mut m), 1000);
    let ev = m.events();
    assert_eq!(ev.instructions, 2000);
    assert_eq!((ev.icache_accesses, ev.icache_misses), (2000, 63));
    assert_eq!((ev.l2_accesses, ev.l2_misses, ev.dram_reads), (63, 63, 63));
    assert_eq!(m.breakdown().total(), cold + 1000);
}

#[test]
fn fetch_straddling_a_line_reads_both() {
    let mut m = inorder(&TimingConfig::default());
    let i = alu(BASE + 62, 1, 0, 0); // bytes 62..66: two lines
    assert_eq!(m.retire(&i), 1 + 2 * 120);
    assert_eq!(m.retire(&i), 1);
    let c = Retired { len: 2, ..alu(BASE + 0x1000 + 62, 1, 0, 0) }; // compressed, one line
    assert_eq!(m.retire(&c), 1 + 120);
}

#[test]
fn load_use_interlock() {
    let mut cfg = ideal();
    cfg.load_use_penalty = 3;
    let mut m = inorder(&cfg);
    let a = BASE + 0x1000;
    // Immediate consumer waits the whole penalty.
    assert_eq!(m.retire(&load(BASE, 5, 1, a)), 1);
    assert_eq!(m.retire(&alu(BASE + 4, 6, 5, 0)), 1 + 3);
    // One independent instruction in between: one cycle less (consumer via rs2).
    m.retire(&load(BASE + 8, 7, 1, a));
    assert_eq!(m.retire(&alu(BASE + 12, 8, 1, 2)), 1);
    assert_eq!(m.retire(&alu(BASE + 16, 9, 2, 7)), 1 + 2);
    // Three independent instructions: the value is ready, no stall.
    m.retire(&load(BASE + 20, 10, 1, a));
    for k in 0..3 {
        m.retire(&alu(BASE + 24 + 4 * k, 11, 1, 2));
    }
    assert_eq!(m.retire(&alu(BASE + 36, 12, 10, 0)), 1);
    // Overwriting the loaded register first removes the hazard (the ALU result wins).
    m.retire(&load(BASE + 40, 13, 1, a));
    m.retire(&alu(BASE + 44, 13, 0, 0)); // not a reader (rs1 = x0)
    assert_eq!(m.retire(&alu(BASE + 48, 14, 13, 0)), 1);
    // Loads into x0 create no hazard.
    m.retire(&load(BASE + 52, 0, 1, a));
    assert_eq!(m.retire(&alu(BASE + 56, 15, 0, 0)), 1);
    assert_eq!(m.breakdown().get(Cause::LoadUse), 3 + 2);
    assert_eq!(m.events().load_use_stalls, 2);

    // The default profile: a two-cycle load, so an immediate use pays 1 cycle.
    let mut m = inorder(&ideal());
    m.retire(&load(BASE, 5, 1, a));
    assert_eq!(m.retire(&alu(BASE + 4, 6, 0, 5)), 2);
}

#[test]
fn multiply_and_divide_latencies() {
    let cfg = ideal(); // mul_latency 2, div_latency 32
    let mut m = inorder(&cfg);
    let mul = Retired { class: InstClass::Mul, ..alu(BASE, 5, 1, 2) };
    assert_eq!(m.retire(&mul), 1); // pipelined: the multiply itself does not stall
    assert_eq!(m.retire(&alu(BASE + 4, 6, 5, 0)), 1 + 2); // its consumer waits
    let div = Retired { class: InstClass::Div, ..alu(BASE + 8, 7, 1, 2) };
    assert_eq!(m.retire(&div), 1 + 32); // blocking
    assert_eq!(m.retire(&alu(BASE + 12, 8, 7, 0)), 1);
    assert_eq!(m.breakdown().get(Cause::Muldiv), 34);
}

#[test]
fn mispredicted_branch_pays_the_penalty() {
    // Default penalty: 3 cycles.
    let mut m = inorder(&ideal());
    // Cold BHT (weakly not taken): a taken branch is mispredicted.
    assert_eq!(m.retire(&branch(BASE, true, BASE - 0x40)), 1 + 3);
    // Not-taken first encounter is predicted right.
    assert_eq!(m.retire(&branch(BASE + 0x100, false, BASE)), 1);
    // The first branch has learned (counter 2, BTB filled): now predicted right.
    assert_eq!(m.retire(&branch(BASE, true, BASE - 0x40)), 1);
    // And a surprise exit is mispredicted.
    assert_eq!(m.retire(&branch(BASE, false, BASE - 0x40)), 1 + 3);
    assert_eq!(m.breakdown().get(Cause::BranchMispredict), 6);
    let ev = m.events();
    assert_eq!((ev.branch_lookups, ev.branch_mispredicts), (4, 2));
}

#[test]
fn calls_and_returns_use_the_ras() {
    let mut m = inorder(&ideal());
    let f = BASE + 0x1000;
    let call = |site: u64| Retired {
        class: InstClass::Jal,
        taken: true,
        target: f,
        is_call: true,
        ..alu(site, 1, 0, 0)
    };
    let ret = |to: u64| Retired {
        class: InstClass::Jalr,
        taken: true,
        target: to,
        is_return: true,
        ..alu(f + 0x20, 0, 1, 0)
    };
    assert_eq!(m.retire(&call(BASE)), 1 + 3); // BTB miss
    assert_eq!(m.retire(&ret(BASE + 4)), 1); // RAS
    assert_eq!(m.retire(&call(BASE + 0x48)), 1 + 3); // another call site: BTB miss
    assert_eq!(m.retire(&ret(BASE + 0x4c)), 1); // RAS gets it right, the BTB would not
    assert_eq!(m.retire(&call(BASE)), 1); // BTB hit now
    assert_eq!(m.retire(&ret(BASE + 4)), 1);
}

#[test]
fn walk_with_caches_off_costs_levels_times_memory_latency() {
    let mut cfg = TimingConfig::default();
    cfg.disable_caches();
    cfg.walk_cache_entries = 0;
    let mut m = inorder(&cfg);
    let ptes = [0x8020_0000, 0x8020_1008, 0x8020_2ff8];
    for _ in 0..3 {
        assert_eq!(m.page_walk(&ptes), 3 * cfg.dram_latency);
    }
    // Sv48: four levels.
    assert_eq!(m.page_walk(&[1 << 31, 2 << 31, 3 << 31, 4 << 31]), 4 * cfg.dram_latency);
    assert_eq!(m.breakdown().get(Cause::PageWalk), 13 * cfg.dram_latency);
    assert_eq!(m.breakdown().total(), 13 * cfg.dram_latency);
    assert_eq!(m.events().page_walks, 4);
    assert_eq!(m.events().pte_reads, 13);
    // A walk that faulted at the root after one read.
    assert_eq!(m.page_walk(&[0x8020_0000]), cfg.dram_latency);
    assert_eq!(m.page_walk(&[]), 0);
}

#[test]
fn walk_through_a_warm_dcache_is_nearly_free() {
    let cfg = TimingConfig { walk_cache_entries: 0, ..TimingConfig::default() };
    let mut m = inorder(&cfg);
    // Three PTEs on three different lines. Cold: each misses the L1 and the L2.
    let ptes = [0x8020_0000, 0x8020_1008, 0x8020_2ff8];
    assert_eq!(m.page_walk(&ptes), 3 * (cfg.l2_latency + cfg.dram_latency));
    // Warm: three L1 hits, l1_hit_latency (2) each.
    assert_eq!(m.page_walk(&ptes), 3 * cfg.l1_hit_latency);
    let ev = m.events();
    assert_eq!((ev.dcache_accesses, ev.dcache_misses), (6, 3));
    // PTEs share the D-cache with data: a load of a PTE's line now hits.
    assert_eq!(m.retire(&load(BASE, 5, 1, 0x8020_1000)), 1 + 120); // (cold I-cache)
    assert_eq!(m.events().dcache_misses, 3);
}

#[test]
fn walk_cache_skips_non_leaf_levels() {
    let mut cfg = TimingConfig::default();
    cfg.disable_caches();
    cfg.walk_cache_entries = 8;
    let mut m = inorder(&cfg);
    let d = cfg.dram_latency;
    let root = 0x8020_0000;
    let mid = 0x8020_1008;
    assert_eq!(m.page_walk(&[root, mid, 0x8020_2ff8]), 3 * d);
    // Same tables, same or another leaf: only the leaf is read.
    assert_eq!(m.page_walk(&[root, mid, 0x8020_2ff8]), d);
    assert_eq!(m.page_walk(&[root, mid, 0x8020_2010]), d);
    // Another middle table: root cached, middle not.
    assert_eq!(m.page_walk(&[root, 0x8020_1010, 0x8020_3000]), 2 * d);
    let ev = m.events();
    assert_eq!((ev.walk_cache_lookups, ev.walk_cache_hits), (8, 5));
    // SFENCE.VMA with rs1 != x0 keeps non-leaf entries; with rs1 = x0 it flushes them.
    let sfence = |rs1: u8| Retired { class: InstClass::SfenceVma, ..alu(BASE, 0, rs1, 0) };
    m.retire(&sfence(10));
    assert_eq!(m.page_walk(&[root, mid, 0x8020_2ff8]), d);
    m.retire(&sfence(0));
    assert_eq!(m.page_walk(&[root, mid, 0x8020_2ff8]), 3 * d);
    // The leaf is never cached, even when the same PTE is walked again.
    assert_eq!(m.page_walk(&[0x8020_2ff8]), d);
    assert_eq!(m.page_walk(&[0x8020_2ff8]), d);
}

#[test]
fn serializing_instructions_and_traps() {
    let cfg = ideal();
    let p = cfg.penalties;
    let mut m = inorder(&cfg);
    let with = |class| Retired { class, ..alu(BASE, 0, 0, 0) };
    assert_eq!(m.retire(&with(InstClass::Fence)), 1 + p.fence);
    assert_eq!(m.retire(&with(InstClass::SfenceVma)), 1 + p.sfence_vma);
    assert_eq!(m.retire(&with(InstClass::CsrSerializing)), 1 + p.csr_serialize);
    assert_eq!(m.retire(&with(InstClass::Csr)), 1);
    assert_eq!(m.retire(&with(InstClass::Xret)), 1 + p.xret);
    assert_eq!(m.retire(&with(InstClass::Wfi)), 1);
    assert_eq!(m.trap(), p.trap);
    m.io_wait(1234);
    let b = m.breakdown();
    assert_eq!(b.get(Cause::Serialize), p.fence + p.sfence_vma + p.csr_serialize);
    assert_eq!(b.get(Cause::Trap), p.xret + p.trap);
    assert_eq!(b.get(Cause::IoWait), 1234);
    assert_eq!(b.get(Cause::Base), 6);
}

#[test]
fn fence_i_invalidates_the_icache() {
    let cfg = TimingConfig::default();
    let mut m = inorder(&cfg);
    m.retire(&alu(BASE, 1, 0, 0));
    assert_eq!(m.retire(&alu(BASE + 4, 1, 0, 0)), 1);
    let fence_i = Retired { class: InstClass::FenceI, ..alu(BASE + 8, 0, 0, 0) };
    assert_eq!(m.retire(&fence_i), 1 + cfg.penalties.fence_i);
    // The line is refetched from the L2.
    assert_eq!(m.retire(&alu(BASE + 12, 1, 0, 0)), 1 + cfg.l2_latency);
}

#[test]
fn stores_allocate_and_write_back() {
    let cfg = TimingConfig {
        icache: "1K:1:64".parse().unwrap(),
        dcache: "128:1:64".parse().unwrap(), // 2 sets, direct-mapped
        l2: CacheGeometry::OFF,
        dram_latency: 50,
        ..TimingConfig::default()
    };
    let mut m = inorder(&cfg);
    let store = |addr| Retired {
        class: InstClass::Store,
        mem_paddr: addr,
        mem_size: 8,
        ..alu(BASE, 0, 1, 2)
    };
    m.retire(&alu(BASE, 0, 0, 0)); // warm the one I-cache line used
    assert_eq!(m.retire(&store(BASE + 0x1000)), 1 + 50); // write-allocate miss
    assert_eq!(m.retire(&store(BASE + 0x1008)), 1); // same line: hit
    assert_eq!(m.retire(&load(BASE, 5, 1, BASE + 0x1080)), 1 + 50); // evicts the dirty line
    let ev = m.events();
    assert_eq!((ev.dcache_writebacks, ev.dram_writebacks), (1, 1));
    assert_eq!(m.breakdown().get(Cause::DcacheMiss), 100);
    // A misaligned access across two lines touches both.
    assert_eq!(m.retire(&load(BASE, 5, 1, BASE + 0x10bc)), 1 + 50);
    assert_eq!(m.events().dcache_accesses, 5);
}

#[test]
fn device_accesses_are_uncached() {
    let cfg = ideal();
    let mut m = inorder(&cfg);
    let uart = 0x1000_0000;
    assert_eq!(m.retire(&load(BASE, 5, 1, uart)), 1 + cfg.mmio_latency);
    assert_eq!(m.retire(&load(BASE, 5, 1, uart)), 1 + cfg.mmio_latency);
    assert_eq!(m.events().mmio_accesses, 2);
}

#[test]
fn functional_model_counts_instructions_only() {
    let cfg = TimingConfig { model: ModelKind::Functional, ..TimingConfig::default() };
    let mut m = build(&cfg);
    assert_eq!(m.name(), "functional");
    for i in 0..10 {
        assert_eq!(m.retire(&load(BASE + 4 * i, 5, 5, 0x9000_0000)), 1);
    }
    assert_eq!(m.retire(&branch(BASE, true, BASE + 0x400)), 1);
    assert_eq!(m.page_walk(&[1, 2, 3]), 0);
    assert_eq!(m.trap(), 0);
    assert_eq!(m.cycles(), 11);
    assert_eq!(m.events().instructions, 11);
    assert_eq!(m.breakdown().get(Cause::Base), 11);
    assert_eq!(build(&TimingConfig::default()).name(), "inorder");
}

/// A deterministic pseudo-random stream of mixed events.
fn mixed_stream(model: &mut dyn TimingModel, seed: u64, n: usize) -> Vec<u64> {
    let mut x = seed | 1;
    let mut next = move || {
        // xorshift64
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let r = next();
        let pc = BASE + (r & 0xfffc);
        let class = match r >> 60 {
            0..=5 => InstClass::Alu,
            6..=7 => InstClass::Load,
            8 => InstClass::Store,
            9..=10 => InstClass::Branch,
            11 => InstClass::Jal,
            12 => InstClass::Mul,
            13 => InstClass::Jalr,
            14 => InstClass::Div,
            _ => InstClass::Amo,
        };
        let ev = Retired {
            pc,
            fetch_paddr: pc,
            len: if r & 0x10000 != 0 { 2 } else { 4 },
            class,
            rd: (r >> 20) as u8 & 31,
            rs1: (r >> 25) as u8 & 31,
            rs2: (r >> 30) as u8 & 31,
            mem_paddr: BASE + ((r >> 8) & 0xf_ffff),
            mem_size: if matches!(class, InstClass::Load | InstClass::Store | InstClass::Amo) {
                8
            } else {
                0
            },
            taken: r & 0x20000 != 0,
            target: BASE + ((r >> 36) & 0xfffe),
            is_call: r & 0x40000 != 0,
            is_return: r & 0x80000 != 0,
            rs3: 0,
        };
        out.push(model.retire(&ev));
        if r & 0x3f == 0 {
            out.push(model.page_walk(&[BASE + (r & 0xff8), BASE + 0x1000 + (r & 0xff8)]));
        }
        if r & 0x3ff == 1 {
            out.push(model.trap());
        }
    }
    out
}

#[test]
fn same_stream_gives_same_cycles() {
    let cfg = TimingConfig::default();
    let (mut a, mut b) = (build(&cfg), build(&cfg));
    let ra = mixed_stream(&mut a, 42, 20_000);
    let rb = mixed_stream(&mut b, 42, 20_000);
    assert_eq!(ra, rb);
    assert_eq!(a.breakdown(), b.breakdown());
    assert_eq!(a.events(), b.events());
    // Every cycle is attributed: the sum of returned costs equals the total.
    assert_eq!(ra.iter().sum::<u64>(), a.breakdown().total());
    // A different stream gives a different count (the model is not constant).
    let mut c = build(&cfg);
    let rc = mixed_stream(&mut c, 7, 20_000);
    assert_ne!(rc.iter().sum::<u64>(), ra.iter().sum::<u64>());
}

#[test]
fn guest_values_never_panic() {
    let mut m = inorder(&TimingConfig::default());
    let wild = Retired {
        pc: u64::MAX,
        fetch_paddr: u64::MAX - 1,
        len: 255,
        class: InstClass::Load,
        rd: 255,
        rs1: 200,
        rs2: 99,
        mem_paddr: u64::MAX,
        mem_size: 255,
        taken: true,
        target: u64::MAX,
        is_call: true,
        is_return: true,
        rs3: 222,
    };
    for class in [
        InstClass::Load,
        InstClass::Jalr,
        InstClass::Branch,
        InstClass::Amo,
        InstClass::FpFmaD,
        InstClass::FpDivS,
    ] {
        m.retire(&Retired { class, ..wild });
    }
    m.page_walk(&[u64::MAX, 0, u64::MAX]);
}

#[test]
fn breakdown_keys_are_in_index_order() {
    let keys: Vec<&str> = CycleBreakdown::default().iter().map(|(k, _)| k).collect();
    assert_eq!(keys.len(), Cause::COUNT);
    for (i, c) in Cause::ALL.iter().enumerate() {
        assert_eq!(*c as usize, i);
        assert_eq!(keys[i], c.key());
    }
}

#[test]
fn fp_results_wait_their_latency_and_divides_block() {
    let cfg = ideal();
    let mut m = inorder(&cfg);
    // fadd.d f1 (reg 33) <- f2, f3; then fmadd.d f4 <- f5, f6, f1 (rs3 = f1) waits for it.
    let fadd = Retired { class: InstClass::FpAddD, ..alu(BASE, 33, 34, 35) };
    assert_eq!(m.retire(&fadd), 1);
    let fma = Retired { class: InstClass::FpFmaD, rs3: 33, ..alu(BASE + 4, 36, 37, 38) };
    assert_eq!(m.retire(&fma), 1 + cfg.fp.add_d);
    // x1 is not f1: an integer reader of register 1 does not wait.
    let int = alu(BASE + 8, 5, 1, 0);
    assert_eq!(m.retire(&int), 1);
    let fdiv = Retired { class: InstClass::FpDivS, ..alu(BASE + 12, 40, 41, 42) };
    assert_eq!(m.retire(&fdiv), 1 + cfg.fp.div_s);
    assert_eq!(m.breakdown().get(Cause::Muldiv), cfg.fp.add_d + cfg.fp.div_s);
}

#[test]
fn inst_class_all_lists_every_class_in_discriminant_order() {
    for (i, c) in InstClass::ALL.iter().enumerate() {
        assert_eq!(*c as usize, i, "{c:?}");
    }
    // The last variant closes the list (a class added after it must be added to ALL).
    assert_eq!(InstClass::FpSqrtD as usize, InstClass::ALL.len() - 1);
}
