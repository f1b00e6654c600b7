//! The PLIC (platform-level interrupt controller) of the `virt` platform: source
//! priorities, level-triggered gateways, pending bits, per-context enables, thresholds and
//! the claim/complete handshake, for [`PLIC_SOURCES`] - 1 sources.
//!
//! Rules follow the RISC-V PLIC specification (github:riscv/riscv-plic-spec,
//! `riscv-plic.adoc`); section names are cited where a rule is applied. Register map
//! (sections "Memory Map", offsets from [`PLIC_BASE`]), all registers 32 bits wide:
//!
//! | offset                    | register                                  |
//! |---------------------------|-------------------------------------------|
//! | `0x000000 + 4*src`        | priority of source `src` (3 bits, 0..=7)  |
//! | `0x001000 + 4*w`          | pending bits of sources `32w..32w+31` (read-only) |
//! | `0x002000 + 0x80*ctx + 4*w` | enable bits of context `ctx`            |
//! | `0x200000 + 0x1000*ctx`   | priority threshold of context `ctx` (3 bits) |
//! | `0x200004 + 0x1000*ctx`   | claim (read) / complete (write) of `ctx`  |
//!
//! Contexts follow QEMU `virt`: context `2h` is hart `h` in M-mode (drives `mip.MEIP`),
//! context `2h+1` is hart `h` in S-mode (drives `mip.SEIP`). Locations inside the range
//! that hold no register (sources >= [`PLIC_SOURCES`], contexts of harts that do not
//! exist, reserved gaps) read as zero and ignore writes; accesses that are not 32-bit
//! aligned words are a [`BusFault`].
//!
//! Like the CLINT, guest accesses reach it as a [`Device`] mapped on the bus, and the bus
//! also holds it typed: it calls [`Plic::set_level`] with each device's interrupt line,
//! and the machine ORs [`Plic::lines`] into each hart's `mip`.

use super::{BusFault, Device};

pub const PLIC_BASE: u64 = 0x0c00_0000;
/// The size QEMU `virt` gives its PLIC (and puts in the device tree): the context
/// registers of 1024 contexts, i.e. 512 harts at two contexts each, far more than the 8
/// harts we model. Contexts beyond `2 * harts` read as zero.
pub const PLIC_SIZE: u64 = 0x60_0000;
/// Number of source ids: sources `1..PLIC_SOURCES` exist; id 0 means "no interrupt".
pub const PLIC_SOURCES: u32 = 96;

/// `mip` bit values; the same numbers as `hart::csr::IRQ_SEI` / `IRQ_MEI`.
const IRQ_SEI: u64 = 1 << 9;
const IRQ_MEI: u64 = 1 << 11;

/// Priorities and thresholds are WARL with 3 implemented bits (levels 0..=7).
const PRIORITY_MASK: u32 = 7;
/// 32-bit words of pending / enable bits.
const WORDS: usize = PLIC_SOURCES.div_ceil(32) as usize;

const PRIORITY_BASE: u64 = 0x0000;
const PENDING_BASE: u64 = 0x1000;
const ENABLE_BASE: u64 = 0x2000;
const ENABLE_STRIDE: u64 = 0x80;
const CONTEXT_BASE: u64 = 0x20_0000;
const CONTEXT_STRIDE: u64 = 0x1000;

/// Per-context state.
#[derive(Clone, Default)]
struct Context {
    enable: [u32; WORDS],
    threshold: u32,
}

/// The PLIC of one machine.
pub struct Plic {
    priority: [u32; PLIC_SOURCES as usize],
    /// The IP bits of the PLIC core.
    pending: [u32; WORDS],
    /// Gateway state: a request was forwarded to the core and its completion has not been
    /// received yet ("Interrupt Gateways": at most one request per source in flight).
    in_flight: [u32; WORDS],
    /// The current input level of each source.
    level: [u32; WORDS],
    contexts: Vec<Context>,
}

fn bit(words: &[u32; WORDS], src: u32) -> bool {
    words.get((src / 32) as usize).is_some_and(|w| w & (1 << (src % 32)) != 0)
}

fn set_bit(words: &mut [u32; WORDS], src: u32, on: bool) {
    if let Some(w) = words.get_mut((src / 32) as usize) {
        if on {
            *w |= 1 << (src % 32);
        } else {
            *w &= !(1 << (src % 32));
        }
    }
}

/// Which register a 4-aligned offset names.
enum Reg {
    Priority(u32),
    Pending(usize),
    Enable(usize, usize),
    Threshold(usize),
    Claim(usize),
    /// Reserved, or beyond what is modeled: reads zero, writes ignored.
    None,
}

impl Plic {
    /// A PLIC with two contexts (M and S) for each of `harts` harts; everything reset to
    /// zero (all sources disabled and at priority 0, "never interrupt").
    pub fn new(harts: usize) -> Plic {
        Plic {
            priority: [0; PLIC_SOURCES as usize],
            pending: [0; WORDS],
            in_flight: [0; WORDS],
            level: [0; WORDS],
            contexts: vec![Context::default(); harts.saturating_mul(2)],
        }
    }

    fn decode(&self, offset: u64) -> Reg {
        let ctx_count = self.contexts.len() as u64;
        if offset < PENDING_BASE {
            let src = (offset - PRIORITY_BASE) / 4;
            if src > 0 && src < u64::from(PLIC_SOURCES) {
                return Reg::Priority(src as u32);
            }
        } else if offset < ENABLE_BASE {
            let word = (offset - PENDING_BASE) / 4;
            if word < WORDS as u64 {
                return Reg::Pending(word as usize);
            }
        } else if offset < CONTEXT_BASE {
            let ctx = (offset - ENABLE_BASE) / ENABLE_STRIDE;
            let word = (offset - ENABLE_BASE) % ENABLE_STRIDE / 4;
            if ctx < ctx_count && word < WORDS as u64 {
                return Reg::Enable(ctx as usize, word as usize);
            }
        } else {
            let ctx = (offset - CONTEXT_BASE) / CONTEXT_STRIDE;
            if ctx < ctx_count {
                match (offset - CONTEXT_BASE) % CONTEXT_STRIDE {
                    0 => return Reg::Threshold(ctx as usize),
                    4 => return Reg::Claim(ctx as usize),
                    _ => {}
                }
            }
        }
        Reg::None
    }

    fn check(offset: u64, size: u64) -> Result<(), BusFault> {
        if size == 4 && offset.is_multiple_of(4) && offset < PLIC_SIZE {
            Ok(())
        } else {
            Err(BusFault)
        }
    }

    /// Drives the input line of `source` (level-triggered). Out-of-range sources are
    /// ignored.
    ///
    /// "Interrupt Gateways": the first assertion becomes a request (the pending bit) and
    /// no further request is forwarded until the completion message; the gateway cannot
    /// retract a forwarded request, so a level that drops while the source is pending
    /// leaves it pending (the handler finds nothing to do and completes).
    pub fn set_level(&mut self, source: u32, level: bool) {
        if source == 0 || source >= PLIC_SOURCES {
            return;
        }
        set_bit(&mut self.level, source, level);
        if level && !bit(&self.in_flight, source) {
            set_bit(&mut self.pending, source, true);
            set_bit(&mut self.in_flight, source, true);
        }
    }

    /// The highest-priority pending source enabled for `ctx` whose priority exceeds
    /// `floor`; ties go to the lowest id ("Interrupt Priorities").
    fn best(&self, ctx: usize, floor: u32) -> Option<u32> {
        let c = self.contexts.get(ctx)?;
        let mut best: Option<(u32, u32)> = None;
        for (w, (&p, &e)) in self.pending.iter().zip(c.enable.iter()).enumerate() {
            let mut candidates = p & e;
            while candidates != 0 {
                let src = w as u32 * 32 + candidates.trailing_zeros();
                candidates &= candidates - 1;
                let prio = self.priority.get(src as usize).copied().unwrap_or(0);
                // Strictly greater keeps the lowest id among equals, since ids ascend.
                let better = match best {
                    Some((_, bp)) => prio > bp,
                    None => true,
                };
                if prio > floor && better {
                    best = Some((src, prio));
                }
            }
        }
        best.map(|(src, _)| src)
    }

    /// "Interrupt Claim Process": returns the highest-priority pending interrupt for the
    /// context and clears its IP bit, or 0. Priority 0 means "never interrupt", but the
    /// claim is not affected by the threshold register.
    fn claim(&mut self, ctx: usize) -> u32 {
        match self.best(ctx, 0) {
            Some(src) => {
                set_bit(&mut self.pending, src, false);
                src
            }
            None => 0,
        }
    }

    /// "Interrupt Completion": a completion for a source not enabled for the context is
    /// silently ignored; otherwise the gateway may forward a new request, which it does at
    /// once if the level is still asserted ("Interrupt Gateways").
    fn complete(&mut self, ctx: usize, source: u32) {
        let enabled =
            self.contexts.get(ctx).is_some_and(|c| source < PLIC_SOURCES && bit(&c.enable, source));
        if !enabled {
            return;
        }
        let still_pending = bit(&self.pending, source);
        set_bit(&mut self.in_flight, source, still_pending);
        let level = bit(&self.level, source);
        self.set_level(source, level);
    }

    /// The `mip` bits the PLIC drives for `hart`: MEIP (bit 11) when context `2*hart`, and
    /// SEIP (bit 9) when context `2*hart+1`, has an enabled pending source whose priority
    /// exceeds the context's threshold ("Priority Thresholds").
    pub fn lines(&self, hart: usize) -> u64 {
        let mut bits = 0;
        let Some(m) = hart.checked_mul(2) else {
            return 0;
        };
        for (ctx, irq) in [(m, IRQ_MEI), (m + 1, IRQ_SEI)] {
            if let Some(c) = self.contexts.get(ctx) {
                if self.best(ctx, c.threshold).is_some() {
                    bits |= irq;
                }
            }
        }
        bits
    }
}

impl Device for Plic {
    fn name(&self) -> &str {
        "plic"
    }

    /// Reads the 32-bit register at `offset`. Reading a claim register claims.
    fn read(&mut self, offset: u64, size: u64) -> Result<u64, BusFault> {
        Self::check(offset, size)?;
        let value = match self.decode(offset) {
            Reg::Priority(src) => self.priority.get(src as usize).copied().unwrap_or(0),
            Reg::Pending(w) => self.pending.get(w).copied().unwrap_or(0),
            Reg::Enable(ctx, w) => {
                self.contexts.get(ctx).and_then(|c| c.enable.get(w)).copied().unwrap_or(0)
            }
            Reg::Threshold(ctx) => self.contexts.get(ctx).map_or(0, |c| c.threshold),
            Reg::Claim(ctx) => self.claim(ctx),
            Reg::None => 0,
        };
        Ok(u64::from(value))
    }

    /// Writes the 32-bit register at `offset`. Writing a claim register completes.
    fn write(&mut self, offset: u64, size: u64, value: u64) -> Result<(), BusFault> {
        Self::check(offset, size)?;
        let value = value as u32;
        match self.decode(offset) {
            Reg::Priority(src) => {
                if let Some(p) = self.priority.get_mut(src as usize) {
                    *p = value & PRIORITY_MASK;
                }
            }
            // "Interrupt Pending Bits": read-only; cleared only by a claim.
            Reg::Pending(_) | Reg::None => {}
            Reg::Enable(ctx, w) => {
                // Bit 0 of word 0 (source 0) is hardwired to zero ("Interrupt Enables").
                let mask = if w == 0 { !1 } else { !0 };
                if let Some(e) = self.contexts.get_mut(ctx).and_then(|c| c.enable.get_mut(w)) {
                    *e = value & mask;
                }
            }
            Reg::Threshold(ctx) => {
                if let Some(c) = self.contexts.get_mut(ctx) {
                    c.threshold = value & PRIORITY_MASK;
                }
            }
            Reg::Claim(ctx) => self.complete(ctx, value),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prio(p: &mut Plic, src: u32, v: u64) {
        p.write(4 * u64::from(src), 4, v).unwrap();
    }
    fn enable(p: &mut Plic, ctx: u64, word: u64, v: u64) {
        p.write(ENABLE_BASE + ENABLE_STRIDE * ctx + 4 * word, 4, v).unwrap();
    }
    fn threshold(p: &mut Plic, ctx: u64, v: u64) {
        p.write(CONTEXT_BASE + CONTEXT_STRIDE * ctx, 4, v).unwrap();
    }
    fn claim(p: &mut Plic, ctx: u64) -> u64 {
        p.read(CONTEXT_BASE + CONTEXT_STRIDE * ctx + 4, 4).unwrap()
    }
    fn complete(p: &mut Plic, ctx: u64, src: u64) {
        p.write(CONTEXT_BASE + CONTEXT_STRIDE * ctx + 4, 4, src).unwrap();
    }

    #[test]
    fn claim_complete_and_level_re_pend() {
        let mut p = Plic::new(1);
        prio(&mut p, 10, 1);
        enable(&mut p, 1, 0, 1 << 10);
        p.set_level(10, true);
        assert_eq!(p.read(PENDING_BASE, 4).unwrap(), 1 << 10);
        assert_eq!(p.lines(0), IRQ_SEI, "S context only");
        assert_eq!(claim(&mut p, 1), 10);
        assert_eq!(p.read(PENDING_BASE, 4).unwrap(), 0);
        assert_eq!(p.lines(0), 0);
        assert_eq!(claim(&mut p, 1), 0, "nothing left to claim");
        // In service: a level that stays high does not re-pend until completion.
        p.set_level(10, true);
        assert_eq!(p.lines(0), 0);
        complete(&mut p, 1, 10);
        assert_eq!(p.lines(0), IRQ_SEI, "still asserted: pending again");
        assert_eq!(claim(&mut p, 1), 10);
        p.set_level(10, false);
        complete(&mut p, 1, 10);
        assert_eq!(p.lines(0), 0, "deasserted before completion");
        assert_eq!(p.read(PENDING_BASE, 4).unwrap(), 0);
        p.set_level(10, true);
        assert_eq!(p.lines(0), IRQ_SEI, "a new assertion is a new request");
    }

    #[test]
    fn forwarded_request_is_not_retracted() {
        let mut p = Plic::new(1);
        prio(&mut p, 3, 2);
        enable(&mut p, 0, 0, 1 << 3);
        p.set_level(3, true);
        p.set_level(3, false);
        assert_eq!(p.lines(0), IRQ_MEI);
        assert_eq!(claim(&mut p, 0), 3);
        complete(&mut p, 0, 3);
        assert_eq!(p.lines(0), 0);
    }

    #[test]
    fn completion_for_a_disabled_source_is_ignored() {
        let mut p = Plic::new(1);
        prio(&mut p, 5, 1);
        enable(&mut p, 0, 0, 1 << 5);
        p.set_level(5, true);
        assert_eq!(claim(&mut p, 0), 5);
        complete(&mut p, 1, 5); // not enabled for context 1
        assert_eq!(p.lines(0), 0, "still in service");
        complete(&mut p, 0, 0);
        complete(&mut p, 0, 95);
        complete(&mut p, 0, 0xffff_ffff);
        assert_eq!(p.lines(0), 0);
        complete(&mut p, 0, 5);
        assert_eq!(p.lines(0), IRQ_MEI);
    }

    #[test]
    fn priority_threshold_and_ties() {
        let mut p = Plic::new(1);
        prio(&mut p, 1, 3);
        prio(&mut p, 40, 5);
        prio(&mut p, 33, 5);
        prio(&mut p, 2, 0);
        enable(&mut p, 0, 0, 0b110);
        enable(&mut p, 0, 1, (1 << 8) | (1 << 1));
        for s in [1, 2, 33, 40] {
            p.set_level(s, true);
        }
        assert_eq!(p.read(PENDING_BASE + 4, 4).unwrap(), (1 << 8) | (1 << 1));
        threshold(&mut p, 0, 5);
        assert_eq!(p.lines(0), 0, "priority 5 is not above threshold 5");
        threshold(&mut p, 0, 4);
        assert_eq!(p.lines(0), IRQ_MEI);
        assert_eq!(claim(&mut p, 0), 33, "tie at priority 5: lowest id wins");
        assert_eq!(claim(&mut p, 0), 40);
        assert_eq!(p.lines(0), 0, "source 1 has priority 3 <= threshold 4");
        // The claim itself ignores the threshold (spec, "Interrupt Claim Process").
        assert_eq!(claim(&mut p, 0), 1);
        // Priority 0 never interrupts and is never claimed.
        assert_eq!(claim(&mut p, 0), 0);
        threshold(&mut p, 0, 0);
        assert_eq!(p.lines(0), 0);
        // WARL: three bits.
        prio(&mut p, 2, 0xff);
        assert_eq!(p.read(8, 4).unwrap(), 7);
        threshold(&mut p, 0, 0x1f);
        assert_eq!(p.read(CONTEXT_BASE, 4).unwrap(), 7);
    }

    #[test]
    fn per_context_enables_for_three_harts() {
        let mut p = Plic::new(3);
        prio(&mut p, 7, 1);
        prio(&mut p, 8, 1);
        enable(&mut p, 5, 0, 1 << 7); // hart 2, S-mode
        enable(&mut p, 2, 0, 1 << 8); // hart 1, M-mode
        assert_eq!(p.read(ENABLE_BASE + ENABLE_STRIDE * 5, 4).unwrap(), 1 << 7);
        p.set_level(7, true);
        assert_eq!(p.lines(0), 0);
        assert_eq!(p.lines(1), 0);
        assert_eq!(p.lines(2), IRQ_SEI);
        p.set_level(8, true);
        assert_eq!(p.lines(1), IRQ_MEI);
        assert_eq!(claim(&mut p, 4), 0, "hart 2 M-mode has nothing enabled");
        assert_eq!(claim(&mut p, 2), 8);
        assert_eq!(p.lines(1), 0);
        assert_eq!(p.lines(2), IRQ_SEI);
        assert_eq!(p.lines(3), 0, "no such hart");
        // Contexts of a fourth hart do not exist: read zero, writes ignored.
        enable(&mut p, 6, 0, 1 << 7);
        assert_eq!(p.read(ENABLE_BASE + ENABLE_STRIDE * 6, 4).unwrap(), 0);
        assert_eq!(claim(&mut p, 6), 0);
    }

    #[test]
    fn register_edges_never_panic() {
        let mut p = Plic::new(1);
        enable(&mut p, 0, 0, 0xffff_ffff);
        assert_eq!(p.read(ENABLE_BASE, 4).unwrap(), 0xffff_fffe, "source 0");
        p.write(PENDING_BASE, 4, 0xffff_ffff).unwrap();
        assert_eq!(p.read(PENDING_BASE, 4).unwrap(), 0, "pending is read-only");
        prio(&mut p, 0, 7);
        assert_eq!(p.read(0, 4).unwrap(), 0, "source 0 has no priority");
        prio(&mut p, 96, 7);
        assert_eq!(p.read(4 * 96, 4).unwrap(), 0);
        p.set_level(0, true);
        p.set_level(96, true);
        p.set_level(u32::MAX, true);
        assert_eq!(p.read(PENDING_BASE + 12, 4).unwrap(), 0);
        assert_eq!(p.read(0, 1), Err(BusFault));
        assert_eq!(p.read(0, 8), Err(BusFault));
        assert_eq!(p.write(2, 4, 0), Err(BusFault));
        assert_eq!(p.read(PLIC_SIZE, 4), Err(BusFault));
        assert_eq!(p.read(CONTEXT_BASE + 8, 4).unwrap(), 0, "reserved");
        assert_eq!(p.read(PLIC_SIZE - 4, 4).unwrap(), 0);
        assert_eq!(p.lines(usize::MAX), 0);
    }
}
