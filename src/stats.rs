//! The end-of-run report, the last step of the data flow.
//!
//! Each hart counts its own events in a [`HartStats`] (defined beside the hart, in
//! [`crate::hart::counters`], and re-exported here); the TLBs keep their own
//! [`crate::mmu::tlb::TlbStats`], the timing models their cycle breakdown and events.
//! [`Report`] gathers them for the whole machine and prints the text shown by `--stats`.
//! Nothing upstream depends on this module.

use crate::bus::DiskStats;
use crate::hart::Hart;
use crate::mmu::shadow::ShadowSpec;
use crate::mmu::tlb::{TlbConfig, TlbStats};
use crate::timing::{Cause, CycleBreakdown, ModelEvents, TimingModel};
use serde_json::{json, Value};
use std::fmt::Write as _;
use std::time::Duration;

pub use crate::hart::counters::{HartStats, ModeStats, PageFaults, SfenceStats};
pub use crate::hart::profile::{FuncInfo, FuncStats};
pub use crate::hart::spaces::{SpaceStats, BARE};

/// How an address-space key reads: `bare`, or `sv39 asid 3 root 0x80123`.
pub fn space_name(key: u64) -> String {
    if key == BARE {
        return "bare/M-mode".to_string();
    }
    let mode = match key >> 60 {
        8 => "sv39",
        9 => "sv48",
        10 => "sv57",
        _ => "satp",
    };
    format!(
        "{mode} asid {} root {:#x}",
        crate::mmu::sv39::satp_asid(key),
        crate::mmu::sv39::satp_ppn(key)
    )
}

/// The whole machine's counters at the end of a run (or at an interval).
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub harts: usize,
    /// `functional` or `inorder`.
    pub model: String,
    pub total: HartStats,
    pub itlb: TlbStats,
    pub dtlb: TlbStats,
    /// Cycles by cause, summed over harts.
    pub cycles_by_cause: CycleBreakdown,
    pub events: ModelEvents,
    pub disk: DiskStats,
    /// Each named block device (`--disk`), in slot order.
    pub disks: Vec<DiskReport>,
    /// Core cycles per mtime tick (to turn disk busy time into cycles).
    pub cycles_per_tick: u64,
    /// Idle time: the `--idle-symbol` functions (see [`Idle`]).
    pub idle: Idle,
    /// The profile by function (`--profile`), most cycles first, and how many functions
    /// the text shows.
    pub profile: Vec<(FuncInfo, FuncStats)>,
    pub profile_top: Option<usize>,
    /// Counters per address space over all harts (key: `satp`, or [`BARE`]), most VM
    /// cycles first.
    pub spaces: Vec<(u64, SpaceStats)>,
    /// Each shadow TLB (`--shadow-tlb`), summed over harts, in the order given.
    pub shadows: Vec<(ShadowSpec, TlbStats)>,
    /// The second-level TLB (`--l2tlb`): its geometry and counters summed over harts.
    pub l2tlb: Option<(TlbConfig, TlbStats)>,
    pub wall: Duration,
}

/// Cycles the report counts as idle besides WFI: those spent with the pc inside a function
/// named by `--idle-symbol` (WFI cycles there are counted once, as WFI).
#[derive(Clone, Debug, Default)]
pub struct Idle {
    /// The functions, as named.
    pub symbols: Vec<String>,
    /// Cycles in them, less WFI cycles in them.
    pub symbol_cycles: u64,
    /// Page-walk and page-fault handler cycles in them.
    pub symbol_vm_cycles: u64,
}

/// A block device's name and role, for the report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DiskLabel {
    /// The virtio-mmio slot (0..8).
    pub slot: usize,
    /// The image path, or `mem:SIZE`, as given.
    pub name: String,
    /// What the disk is for (`--disk ...,role=swap`).
    pub role: Option<String>,
}

/// One block device's counters, with its name and role.
#[derive(Clone, Debug, Default)]
pub struct DiskReport {
    pub label: DiskLabel,
    pub stats: DiskStats,
}

fn add_tlb(a: &mut TlbStats, b: &TlbStats) {
    a.accesses += b.accesses;
    a.hits += b.hits;
    a.misses += b.misses;
    a.evictions += b.evictions;
    a.flushes_all += b.flushes_all;
    a.flushes_addr += b.flushes_addr;
    a.flushes_asid += b.flushes_asid;
    a.flushes_addr_asid += b.flushes_addr_asid;
    a.entries_flushed += b.entries_flushed;
}

fn add_events(a: &mut ModelEvents, b: &ModelEvents) {
    a.instructions += b.instructions;
    a.icache_accesses += b.icache_accesses;
    a.icache_misses += b.icache_misses;
    a.dcache_accesses += b.dcache_accesses;
    a.dcache_misses += b.dcache_misses;
    a.dcache_writebacks += b.dcache_writebacks;
    a.l2_accesses += b.l2_accesses;
    a.l2_misses += b.l2_misses;
    a.dram_reads += b.dram_reads;
    a.dram_writebacks += b.dram_writebacks;
    a.mmio_accesses += b.mmio_accesses;
    a.branch_lookups += b.branch_lookups;
    a.branch_mispredicts += b.branch_mispredicts;
    a.btb_misses += b.btb_misses;
    a.ras_misses += b.ras_misses;
    a.page_walks += b.page_walks;
    a.pte_reads += b.pte_reads;
    a.walk_cache_lookups += b.walk_cache_lookups;
    a.walk_cache_hits += b.walk_cache_hits;
    a.load_use_stalls += b.load_use_stalls;
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Report {
    /// Sums the counters of `harts`; `disk` comes from the machine's block devices.
    pub fn gather(harts: &[Hart], disk: DiskStats, wall: Duration) -> Report {
        let mut r = Report { harts: harts.len(), disk, wall, ..Report::default() };
        for h in harts {
            let s = &h.stats;
            let t = &mut r.total;
            t.instructions += s.instructions;
            t.cycles += s.cycles;
            for (m, ms) in h.mode_stats().iter().enumerate() {
                t.by_mode[m].instructions += ms.instructions;
                t.by_mode[m].cycles += ms.cycles;
                t.by_mode[m].page_walk_cycles += ms.page_walk_cycles;
                t.by_mode[m].page_fault_handler_cycles += ms.page_fault_handler_cycles;
            }
            for c in 0..16 {
                t.exceptions[c] += s.exceptions[c];
                t.interrupts[c] += s.interrupts[c];
            }
            t.page_faults.fetch += s.page_faults.fetch;
            t.page_faults.load += s.page_faults.load;
            t.page_faults.store += s.page_faults.store;
            t.page_walks += s.page_walks;
            t.failed_walks += s.failed_walks;
            t.pte_reads += s.pte_reads;
            for d in 0..6 {
                t.walks_by_depth[d] += s.walks_by_depth[d];
            }
            t.ad_updates += s.ad_updates;
            t.napot_walks += s.napot_walks;
            t.pbmt_nc_walks += s.pbmt_nc_walks;
            t.pbmt_io_walks += s.pbmt_io_walks;
            t.sfence.all += s.sfence.all;
            t.sfence.addr += s.sfence.addr;
            t.sfence.asid += s.sfence.asid;
            t.sfence.addr_asid += s.sfence.addr_asid;
            t.sfence.entries_removed += s.sfence.entries_removed;
            t.tlb_check_mismatches += s.tlb_check_mismatches;
            t.wait_cycles += s.wait_cycles;
            t.page_fault_handler_cycles += s.page_fault_handler_cycles;
            add_tlb(&mut r.itlb, &h.itlb.stats);
            add_tlb(&mut r.dtlb, &h.dtlb.stats);
            if let Some(l2) = h.l2tlb.as_deref() {
                let sum = r.l2tlb.get_or_insert((l2.config(), TlbStats::default()));
                add_tlb(&mut sum.1, &l2.stats);
            }
            if let Some(shadows) = h.shadows.as_deref() {
                for (i, (spec, s)) in shadows.stats().enumerate() {
                    match r.shadows.get_mut(i) {
                        Some((_, sum)) => add_tlb(sum, s),
                        None => r.shadows.push((spec, *s)),
                    }
                }
            }
            r.model = h.timing.name().to_string();
            let mut b = *h.timing.breakdown();
            if h.timing.name() == "functional" {
                // The functional model is not called per instruction: every cycle that is
                // not waiting is a base cycle.
                let base = s.cycles.saturating_sub(b.get(Cause::IoWait));
                b.by_cause[Cause::Base as usize] = base;
            }
            for (i, c) in b.by_cause.iter().enumerate() {
                r.cycles_by_cause.by_cause[i] += c;
            }
            add_events(&mut r.events, &h.timing.events());
            for (key, s) in h.space_stats() {
                match r.spaces.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, t)) => t.add(&s),
                    None => r.spaces.push((key, s)),
                }
            }
        }
        r.spaces.sort_by_key(|(k, s)| {
            (std::cmp::Reverse(s.vm_cycles()), std::cmp::Reverse(s.cycles), *k)
        });
        r
    }

    /// Millions of instructions per host second.
    pub fn mips(&self) -> f64 {
        let secs = self.wall.as_secs_f64();
        if secs > 0.0 {
            self.total.instructions as f64 / secs / 1e6
        } else {
            0.0
        }
    }

    /// Cycles per instruction.
    pub fn cpi(&self) -> f64 {
        ratio(self.total.cycles, self.total.instructions)
    }

    /// Cycles spent on virtual memory: page walks plus page-fault handlers.
    pub fn vm_cycles(&self) -> u64 {
        self.cycles_by_cause.get(Cause::PageWalk) + self.total.page_fault_handler_cycles
    }

    /// The share of all cycles spent on virtual memory (0..1).
    pub fn vm_cycle_share(&self) -> f64 {
        ratio(self.vm_cycles(), self.total.cycles).min(1.0)
    }

    /// Adds the harts' profiles (if they were profiled): the idle figures, and with
    /// `top` (`--profile`), the profile itself.
    pub fn add_profile(&mut self, harts: &[Hart], top: Option<usize>) {
        let Some(table) = harts.first().and_then(|h| h.profiler.as_ref()).map(|p| p.table.clone())
        else {
            return;
        };
        let mut sum = vec![FuncStats::default(); table.funcs.len()];
        for h in harts {
            for (t, f) in sum.iter_mut().zip(h.profile_stats().unwrap_or_default()) {
                t.add(&f);
            }
        }
        for (info, f) in table.funcs.iter().zip(&sum) {
            if info.idle {
                if !self.idle.symbols.contains(&info.name) {
                    self.idle.symbols.push(info.name.clone());
                }
                self.idle.symbol_cycles += f.cycles - f.wait_cycles;
                self.idle.symbol_vm_cycles += f.page_walk_cycles;
            }
        }
        if top.is_some() {
            let mut p: Vec<(FuncInfo, FuncStats)> = table
                .funcs
                .iter()
                .cloned()
                .zip(sum)
                .filter(|(_, f)| *f != FuncStats::default())
                .collect();
            p.sort_by(|a, b| b.1.cycles.cmp(&a.1.cycles).then(a.0.name.cmp(&b.0.name)));
            self.profile = p;
            self.profile_top = top;
        }
    }

    /// The VM share (0..1) of the cycles spent in mode `m` (privilege encoding).
    pub fn mode_vm_share(&self, m: usize) -> f64 {
        let x = &self.total.by_mode[m];
        ratio(x.page_walk_cycles + x.page_fault_handler_cycles, x.cycles).min(1.0)
    }

    /// Idle cycles: waiting in WFI, plus cycles in the `--idle-symbol` functions.
    pub fn idle_cycles(&self) -> u64 {
        self.total.wait_cycles + self.idle.symbol_cycles
    }

    /// The VM share (0..1) of the cycles that were not idle.
    pub fn non_idle_vm_share(&self) -> f64 {
        let vm = self.vm_cycles().saturating_sub(self.idle.symbol_vm_cycles);
        ratio(vm, self.total.cycles.saturating_sub(self.idle_cycles())).min(1.0)
    }

    /// The report as JSON (the keys scripts may rely on are documented in the README).
    pub fn to_json(&self) -> Value {
        let t = &self.total;
        let mode = |m: usize| {
            let x = &t.by_mode[m];
            json!({
                "instructions": x.instructions, "cycles": x.cycles,
                "page_walk_cycles": x.page_walk_cycles,
                "page_fault_handler_cycles": x.page_fault_handler_cycles,
                "vm_cycle_share": self.mode_vm_share(m),
            })
        };
        let tlb = |x: &TlbStats| {
            json!({
                "accesses": x.accesses, "hits": x.hits, "misses": x.misses, "evictions": x.evictions,
                "miss_rate": ratio(x.misses, x.accesses),
            })
        };
        let mut causes = serde_json::Map::new();
        for (k, v) in self.cycles_by_cause.iter() {
            causes.insert(k.to_string(), json!(v));
        }
        let e = &self.events;
        let mut out = json!({
            "model": self.model,
            "harts": self.harts,
            "instructions": t.instructions,
            "cycles": t.cycles,
            "cpi": self.cpi(),
            "vm_cycle_share": self.vm_cycle_share(),
            "vm_cycles": self.vm_cycles(),
            "idle": {
                "cycles": self.idle_cycles(),
                "wait_cycles": t.wait_cycles,
                "symbols": self.idle.symbols,
                "symbol_cycles": self.idle.symbol_cycles,
                "share": ratio(self.idle_cycles(), t.cycles).min(1.0),
                "non_idle_vm_cycle_share": self.non_idle_vm_share(),
            },
            "by_mode": {"U": mode(0), "S": mode(1), "M": mode(3)},
            "cycles_by_cause": causes,
            "itlb": tlb(&self.itlb),
            "dtlb": tlb(&self.dtlb),
            "page_walks": t.page_walks,
            "failed_walks": t.failed_walks,
            "pte_reads": t.pte_reads,
            "walks_by_depth": &t.walks_by_depth[1..],
            "ad_updates": t.ad_updates,
            "napot_walks": t.napot_walks,
            "pbmt_walks": {"nc": t.pbmt_nc_walks, "io": t.pbmt_io_walks},
            "page_faults": {"fetch": t.page_faults.fetch, "load": t.page_faults.load, "store": t.page_faults.store},
            "page_fault_handler_cycles": t.page_fault_handler_cycles,
            "sfence_vma": {
                "all": t.sfence.all, "addr": t.sfence.addr, "asid": t.sfence.asid,
                "addr_asid": t.sfence.addr_asid, "entries_removed": t.sfence.entries_removed,
            },
            "disk": {"requests": self.disk.requests, "sectors_read": self.disk.sectors_read, "sectors_written": self.disk.sectors_written},
            "disks": self.disks.iter().map(|d| {
                let s = &d.stats;
                json!({
                    "slot": d.label.slot, "name": d.label.name, "role": d.label.role,
                    "requests": s.requests, "sectors_read": s.sectors_read,
                    "sectors_written": s.sectors_written,
                    "busy_cycles": s.busy_ticks.saturating_mul(self.cycles_per_tick),
                    "fault_requests": s.fault_requests,
                    "fault_sectors_read": s.fault_sectors_read,
                    "fault_sectors_written": s.fault_sectors_written,
                })
            }).collect::<Vec<_>>(),
            "address_spaces": self.spaces.iter().map(|(key, s)| {
                let bare = *key == BARE;
                json!({
                    "name": space_name(*key),
                    "satp": if bare { Value::Null } else { json!(key) },
                    "asid": if bare { Value::Null } else { json!(crate::mmu::sv39::satp_asid(*key)) },
                    "root_ppn": if bare { Value::Null } else { json!(crate::mmu::sv39::satp_ppn(*key)) },
                    "instructions": s.instructions, "cycles": s.cycles,
                    "itlb_misses": s.itlb_misses, "dtlb_misses": s.dtlb_misses,
                    "page_walks": s.page_walks, "page_faults": s.page_faults,
                    "page_walk_cycles": s.page_walk_cycles,
                    "page_fault_handler_cycles": s.page_fault_handler_cycles,
                    "vm_cycle_share": ratio(s.vm_cycles(), s.cycles).min(1.0),
                })
            }).collect::<Vec<_>>(),
            "fault_io": {
                "requests": self.disk.fault_requests,
                "sectors_read": self.disk.fault_sectors_read,
                "sectors_written": self.disk.fault_sectors_written,
            },
            "caches": {
                "icache": {"accesses": e.icache_accesses, "misses": e.icache_misses},
                "dcache": {"accesses": e.dcache_accesses, "misses": e.dcache_misses, "writebacks": e.dcache_writebacks},
                "l2": {"accesses": e.l2_accesses, "misses": e.l2_misses},
                "walk_cache": {"lookups": e.walk_cache_lookups, "hits": e.walk_cache_hits},
            },
            "branches": {"lookups": e.branch_lookups, "mispredicts": e.branch_mispredicts},
            "exceptions": t.exceptions,
            "interrupts": t.interrupts,
            "tlb_check_mismatches": t.tlb_check_mismatches,
            "host_seconds": self.wall.as_secs_f64(),
            "mips": self.mips(),
        });
        if let (Some(_), Some(obj)) = (self.profile_top, out.as_object_mut()) {
            let p: Vec<Value> = self
                .profile
                .iter()
                .map(|(info, f)| {
                    json!({
                        "name": info.name,
                        "start": info.range.map(|r| r.0), "end": info.range.map(|r| r.1),
                        "instructions": f.instructions, "cycles": f.cycles,
                        "wait_cycles": f.wait_cycles,
                        "itlb_misses": f.itlb_misses, "dtlb_misses": f.dtlb_misses,
                        "page_walks": f.page_walks, "page_faults": f.page_faults,
                        "page_walk_cycles": f.page_walk_cycles,
                    })
                })
                .collect();
            obj.insert("profile".into(), Value::from(p));
        }
        // Only with --shadow-tlb, so other reports keep their keys.
        if let (false, Some(obj)) = (self.shadows.is_empty(), out.as_object_mut()) {
            let mut shadows = serde_json::Map::new();
            for (spec, s) in &self.shadows {
                let mut v = tlb(s);
                if let Some(o) = v.as_object_mut() {
                    o.insert("side".into(), json!(spec.side.real()));
                    o.insert("entries".into(), json!(spec.tlb.entries));
                    o.insert("ways".into(), json!(spec.tlb.ways));
                    o.insert("policy".into(), json!(spec.tlb.policy.name()));
                }
                shadows.insert(spec.to_string(), v);
            }
            obj.insert("shadow_tlbs".into(), shadows.into());
        }
        // Only with --l2tlb.
        if let (Some((cfg, s)), Some(obj)) = (&self.l2tlb, out.as_object_mut()) {
            let mut v = tlb(s);
            if let Some(o) = v.as_object_mut() {
                o.insert("entries".into(), json!(cfg.entries));
                o.insert("ways".into(), json!(cfg.ways));
                o.insert("policy".into(), json!(cfg.policy.name()));
            }
            obj.insert("l2tlb".into(), v);
        }
        out
    }

    /// The top functions of the profile.
    fn profile_lines(&self, s: &mut String) {
        let Some(top) = self.profile_top else { return };
        let _ = writeln!(
            s,
            "profile       top {} of {} functions by cycles (all in the JSON)",
            top.min(self.profile.len()),
            self.profile.len()
        );
        let _ = writeln!(
            s,
            "  {:<28} {:>14} {:>14} {:>7} {:>10} {:>10} {:>8} {:>12}",
            "function",
            "instructions",
            "cycles",
            "cyc%",
            "TLB miss",
            "walks",
            "faults",
            "walk cycles"
        );
        for (info, f) in self.profile.iter().take(top) {
            let _ = writeln!(
                s,
                "  {:<28} {:>14} {:>14} {:>6.2}% {:>10} {:>10} {:>8} {:>12}",
                info.name,
                f.instructions,
                f.cycles,
                ratio(f.cycles, self.total.cycles) * 100.0,
                f.itlb_misses + f.dtlb_misses,
                f.page_walks,
                f.page_faults,
                f.page_walk_cycles
            );
        }
    }

    /// The address spaces that cost most in virtual memory (all of them are in the JSON).
    fn space_lines(&self, s: &mut String) {
        const TOP: usize = 5;
        if self.spaces.len() < 2 {
            return; // one space: the lines above say it all
        }
        let _ = writeln!(
            s,
            "address spaces {} (top {} by VM cycles: VM share, instructions, cycles, iTLB/dTLB misses, walks, faults, handler cycles)",
            self.spaces.len(),
            TOP.min(self.spaces.len())
        );
        for (key, x) in self.spaces.iter().take(TOP) {
            let _ = writeln!(
                s,
                "  {:<36} VM {:>6.2}%  {:>12} {:>13}  {}/{}  {}  {}  {}",
                space_name(*key),
                ratio(x.vm_cycles(), x.cycles) * 100.0,
                x.instructions,
                x.cycles,
                x.itlb_misses,
                x.dtlb_misses,
                x.page_walks,
                x.page_faults,
                x.page_fault_handler_cycles
            );
        }
    }

    /// Per-disk lines, swap I/O (disks with role `swap`) and fault-driven I/O.
    fn disk_lines(&self, s: &mut String) {
        let busy = |d: &DiskStats| d.busy_ticks.saturating_mul(self.cycles_per_tick);
        for d in &self.disks {
            let st = &d.stats;
            let role = d.label.role.as_deref().map(|r| format!(" ({r})")).unwrap_or_default();
            let _ = writeln!(
                s,
                "  disk {} {}{role}   requests {}   sectors read {}   written {}   busy cycles {}   fault sectors read {}",
                d.label.slot,
                d.label.name,
                st.requests,
                st.sectors_read,
                st.sectors_written,
                busy(st),
                st.fault_sectors_read
            );
        }
        let mut swap = DiskStats::default();
        let mut any_swap = false;
        for d in self.disks.iter().filter(|d| d.label.role.as_deref() == Some("swap")) {
            swap.add(&d.stats);
            any_swap = true;
        }
        if any_swap {
            let _ = writeln!(
                s,
                "swap I/O      requests {}   sectors read {}   written {}   busy cycles {}",
                swap.requests,
                swap.sectors_read,
                swap.sectors_written,
                busy(&swap)
            );
        }
        let d = &self.disk;
        if d.fault_requests > 0 {
            let _ = writeln!(
                s,
                "fault I/O     requests {}   sectors read {}   written {}  (submitted by page-fault handlers)",
                d.fault_requests, d.fault_sectors_read, d.fault_sectors_written
            );
        }
    }

    /// The text report printed by `--stats`. Its first lines say what virtual memory
    /// cost: the share of cycles spent on page walks and page-fault handling.
    pub fn to_text(&self) -> String {
        let t = &self.total;
        let mut s = String::new();
        let pct = |a: u64| ratio(a, t.cycles) * 100.0;
        let _ = writeln!(s, "== satp statistics ({} model, {} harts) ==", self.model, self.harts);
        let _ = writeln!(
            s,
            "virtual memory {:>6.2}% of cycles   (page walks {:.2}%, page-fault handlers {:.2}%)",
            self.vm_cycle_share() * 100.0,
            pct(self.cycles_by_cause.get(Cause::PageWalk)),
            pct(t.page_fault_handler_cycles)
        );
        let _ = writeln!(
            s,
            "  by mode     U {:.2}%   S {:.2}%   M {:.2}%  (of each mode's cycles)",
            self.mode_vm_share(0) * 100.0,
            self.mode_vm_share(1) * 100.0,
            self.mode_vm_share(3) * 100.0
        );
        if self.idle_cycles() > 0 {
            let names = if self.idle.symbols.is_empty() {
                String::new()
            } else {
                format!(", in {} {:.2}%", self.idle.symbols.join(" "), pct(self.idle.symbol_cycles))
            };
            let _ = writeln!(
                s,
                "  not idle    {:.2}% of the cycles that were not idle   (idle {:.2}% of cycles: WFI {:.2}%{names})",
                self.non_idle_vm_share() * 100.0,
                pct(self.idle_cycles()),
                pct(t.wait_cycles)
            );
        }
        let _ = writeln!(
            s,
            "instructions  {:>14}   cycles {:>14}   CPI {:.3}",
            t.instructions,
            t.cycles,
            self.cpi()
        );
        let _ = writeln!(
            s,
            "host time     {:>13.3}s   speed  {:>10.1} MIPS",
            self.wall.as_secs_f64(),
            self.mips()
        );
        let _ = writeln!(
            s,
            "by mode       U {:>12} / {:>12}   S {:>12} / {:>12}   M {:>12} / {:>12}  (instructions / cycles)",
            t.by_mode[0].instructions,
            t.by_mode[0].cycles,
            t.by_mode[1].instructions,
            t.by_mode[1].cycles,
            t.by_mode[3].instructions,
            t.by_mode[3].cycles
        );
        let causes: Vec<String> = self
            .cycles_by_cause
            .iter()
            .filter(|(_, v)| *v > 0)
            .map(|(k, v)| format!("{k} {:.1}%", pct(v)))
            .collect();
        let _ = writeln!(s, "cycles by cause  {}", causes.join(", "));
        // One TLB's counters, as each TLB line shows them.
        let counts = |tlb: &TlbStats| {
            format!(
                "accesses {:>12}  hits {:>12}  misses {:>10} ({:.3}%)  evictions {}",
                tlb.accesses,
                tlb.hits,
                tlb.misses,
                ratio(tlb.misses, tlb.accesses) * 100.0,
                tlb.evictions
            )
        };
        for (name, tlb) in [("iTLB", &self.itlb), ("dTLB", &self.dtlb)] {
            let _ = writeln!(s, "{name}          {}", counts(tlb));
        }
        if let Some((cfg, tlb)) = &self.l2tlb {
            let _ = writeln!(s, "L2 TLB        {}  ({cfg})", counts(tlb));
        }
        for (spec, tlb) in &self.shadows {
            let _ = writeln!(s, "  shadow {:<14} {}", spec.to_string(), counts(tlb));
        }
        let _ = writeln!(
            s,
            "page walks    {:>14}   PTE reads {:>10}   failed walks {}   A/D updates {}",
            t.page_walks, t.pte_reads, t.failed_walks, t.ad_updates
        );
        let _ = writeln!(
            s,
            "walk depth    1:{} 2:{} 3:{} 4:{} 5:{}",
            t.walks_by_depth[1],
            t.walks_by_depth[2],
            t.walks_by_depth[3],
            t.walks_by_depth[4],
            t.walks_by_depth[5]
        );
        if t.napot_walks + t.pbmt_nc_walks + t.pbmt_io_walks > 0 {
            let _ = writeln!(
                s,
                "walk leaves   64K NAPOT:{}   PBMT NC:{}   PBMT IO:{}",
                t.napot_walks, t.pbmt_nc_walks, t.pbmt_io_walks
            );
        }
        let _ = writeln!(
            s,
            "page faults   fetch {}   load {}   store {}   handler cycles {}",
            t.page_faults.fetch,
            t.page_faults.load,
            t.page_faults.store,
            t.page_fault_handler_cycles
        );
        let _ = writeln!(
            s,
            "sfence.vma    all {}   addr {}   asid {}   addr+asid {}   entries removed {}",
            t.sfence.all,
            t.sfence.addr,
            t.sfence.asid,
            t.sfence.addr_asid,
            t.sfence.entries_removed
        );
        self.space_lines(&mut s);
        self.profile_lines(&mut s);
        let e = &self.events;
        if self.model == "inorder" {
            let _ = writeln!(
                s,
                "caches        I$ misses {} / {}   D$ misses {} / {}   L2 misses {} / {}   walk cache hits {} / {}",
                e.icache_misses,
                e.icache_accesses,
                e.dcache_misses,
                e.dcache_accesses,
                e.l2_misses,
                e.l2_accesses,
                e.walk_cache_hits,
                e.walk_cache_lookups
            );
            let _ = writeln!(
                s,
                "branches      mispredicts {} / {}",
                e.branch_mispredicts, e.branch_lookups
            );
        }
        if self.disk.requests > 0 {
            let _ = writeln!(
                s,
                "disk          requests {}   sectors read {}   written {}",
                self.disk.requests, self.disk.sectors_read, self.disk.sectors_written
            );
        }
        self.disk_lines(&mut s);
        if t.tlb_check_mismatches > 0 {
            let _ = writeln!(s, "tlb-check     {} stale TLB hits", t.tlb_check_mismatches);
        }
        let list = |v: &[u64; 16]| -> String {
            v.iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .map(|(c, n)| format!("{c}:{n}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let _ = writeln!(
            s,
            "traps         exceptions [{}]   interrupts [{}]  (cause:count)",
            list(&t.exceptions),
            list(&t.interrupts)
        );
        s
    }
}
