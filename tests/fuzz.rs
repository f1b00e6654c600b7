//! Guest behaviour never panics the host: executes over a million random instruction
//! words (every extension satp implements: F/D, bit manipulation, CMOs, ...) from random
//! register and CSR state (random privilege, FP state, paging on or off with random page
//! tables in Sv39/Sv48/Sv57 with random PBMT/ADUE enables, random PMP, delegation and
//! interrupt state), with trap vectors
//! pointing back into the random code, and checks the architectural invariants.

// A test fails by panicking: unwrap, expect and panic are how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use satp::devices::virtio::{blk_device, Latency, VirtioMmio};
use satp::isa::csr::*;
use satp::isa::Privilege;
use satp::machine::{Machine, MachineConfig, RAM_BASE};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const MEM: u64 = 4 << 20;
/// Device registers the random code may poke: test finisher, CLINT, PLIC (priorities,
/// enables, claim), UART, virtio slots 0 (a disk) and 1 (empty).
const DEVICES: [u64; 8] = [
    0x10_0000,
    0x200_0000,
    0x200_4000,
    0xc00_0000,
    0xc20_0000,
    0x1000_0000,
    0x1000_1000,
    0x1000_2000,
];
const CODE: u64 = 64 << 10;

#[test]
fn a_million_random_instructions_never_panic() {
    let cfg = MachineConfig { mem_size: MEM, ..MachineConfig::default() };
    let mut m = Machine::new(&cfg, Box::new(std::io::sink()));
    let disk = tempfile::Builder::new().prefix("satp-fuzz-").tempfile().unwrap().into_temp_path();
    std::fs::write(&disk, vec![0u8; 64 * 512]).unwrap();
    m.add_virtio(0, blk_device(&disk, true, false, Latency::default()).unwrap()).unwrap();
    m.add_virtio(1, VirtioMmio::empty(false)).unwrap();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut executed = 0u64;
    let mut traps = 0u64;
    // SATP_FUZZ_ROUNDS runs longer (about 1100 instructions per round); the seed too can
    // be varied with SATP_FUZZ_SEED.
    let rounds: u64 =
        std::env::var("SATP_FUZZ_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(1000);
    if let Some(seed) = std::env::var("SATP_FUZZ_SEED").ok().and_then(|v| v.parse::<u64>().ok()) {
        rng = Rng(seed | 1);
    }
    for round in 0..rounds {
        // Random code (a mix of 32-bit and compressed patterns) at the base of RAM, and
        // random data (possible page-table entries) in the rest of the first 1 MiB.
        for off in (0..(1 << 20)).step_by(8) {
            let mut v = rng.next();
            if off < CODE && rng.below(4) == 0 {
                v |= 0x0000_0003_0000_0003; // make both words 32-bit encodings
            }
            if off >= CODE && rng.below(2) == 0 {
                // A plausible PTE: valid, pointing back into RAM.
                v = (((RAM_BASE >> 12) + rng.below(256)) << 10) | (v & 0xff) | 1;
            }
            m.bus.write(RAM_BASE + off, 8, v).unwrap();
        }
        let hart = &mut m.harts[0];
        for r in 1..32 {
            hart.x[r] = match rng.below(4) {
                0 => RAM_BASE + rng.below(MEM + 4096),
                1 => rng.below(64),
                2 => DEVICES[rng.below(DEVICES.len() as u64) as usize] + (rng.below(0x200) & !3),
                _ => rng.next(),
            };
        }
        hart.pc = RAM_BASE + (rng.below(CODE) & !1);
        hart.privilege =
            [Privilege::User, Privilege::Supervisor, Privilege::Machine][rng.below(3) as usize];
        let c = &mut hart.csr;
        c.write(MSTATUS, rng.next());
        c.write(MEDELEG, rng.next());
        c.write(MIDELEG, rng.next());
        c.write(MIE, rng.next());
        c.write(MIP, rng.next());
        c.write(MTVEC, RAM_BASE + (rng.below(CODE) & !3) + rng.below(2));
        c.write(STVEC, RAM_BASE + (rng.below(CODE) & !3) + rng.below(2));
        c.write(MCOUNTEREN, rng.next());
        c.write(SCOUNTEREN, rng.next());
        // FP state (mstatus.FS above is random too), the cache-block, PBMT and ADUE enables.
        c.write(FCSR, rng.next());
        c.write(MENVCFG, rng.next());
        c.write(SENVCFG, rng.next());
        let mode = [0u64, 8, 9, 10][rng.below(4) as usize];
        c.write(
            SATP,
            (mode << 60) | (rng.below(1 << 16) << 44) | ((RAM_BASE >> 12) + rng.below(256)),
        );
        if round % 3 == 0 {
            c.write(PMPADDR0, u64::MAX);
            c.write(PMPCFG0, 0x1f);
        } else {
            c.write(PMPCFG0, rng.next());
            c.write(PMPADDR0, rng.next());
            c.write(PMPADDR0 + 1, rng.next());
        }
        hart.invalidate_caches();
        for _ in 0..1100 {
            let before = hart.stats.instructions;
            hart.step(&mut m.bus, &mut m.blocks);
            if hart.stats.instructions == before {
                traps += 1;
            }
            executed += 1;
            assert_eq!(hart.x[0], 0, "x0 stays zero");
            assert_eq!(hart.pc & 1, 0, "pc stays 2-byte aligned");
            assert_ne!(hart.privilege as u8, 2, "no reserved privilege mode");
            if executed.is_multiple_of(64) {
                let _ = m.bus.service_devices();
            }
            if hart.waiting {
                hart.waiting = false;
            }
        }
    }
    let seed = std::env::var("SATP_FUZZ_SEED").unwrap_or_else(|_| "default".into());
    eprintln!("machine fuzz: seed {seed}, {rounds} rounds, {executed} instruction words executed, {traps} traps");
    assert!(executed >= 1_000_000);
    // Random words mostly trap; make sure both paths were exercised.
    assert!(traps > 10_000 && traps < executed, "traps {traps} of {executed}");
}
