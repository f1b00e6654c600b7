//! The console UART of the `virt` platform: an NS16550A with 8-bit registers at offsets
//! 0..=7 (register shift 0, as on QEMU `virt`), driving PLIC source [`UART_IRQ`].
//!
//! | offset | read                  | write                 | with LCR.DLAB = 1 |
//! |--------|-----------------------|-----------------------|-------------------|
//! | 0      | RBR (receive buffer)  | THR (transmit)        | DLL               |
//! | 1      | IER                   | IER                   | DLM               |
//! | 2      | IIR                   | FCR                   |                   |
//! | 3      | LCR                   | LCR                   |                   |
//! | 4      | MCR                   | MCR                   |                   |
//! | 5      | LSR                   | (ignored)             |                   |
//! | 6      | MSR                   | (ignored)             |                   |
//! | 7      | SCR                   | SCR                   |                   |
//!
//! Model:
//! - Transmission is immediate: each THR byte goes to the injected writer (flushed on
//!   `'\n'` and in `tick`), so LSR.THRE and LSR.TEMT are always set.
//! - Input arrives through [`Uart::push_input`] or the optional channel polled in `tick`
//!   into an unbounded backlog (bytes "on the wire"), which feeds the receiver FIFO
//!   (16 bytes with FCR.0 set, a single holding register without) as room appears, so
//!   host input is never dropped for lack of room. FCR bit 1 discards what is in the
//!   FIFO, as on the chip: input sent before the guest has set the UART up can be lost.
//! - Interrupts, highest priority first, with their IIR codes: receiver line status
//!   (0x6, an overrun in loopback), received data (0x4 at or above the FIFO trigger
//!   level, 0xC "character timeout" below it, reported at once since input is not
//!   timed), THR empty (0x2), modem status (0x0); IIR bits 7:6 read 0b11 while the FIFOs
//!   are enabled. The THR-empty interrupt is raised when IER.ETBEI goes from 0 to 1 and
//!   each time THR empties (right after every THR write); it is cleared by writing THR or
//!   by reading IIR while it is the reported cause.
//! - Loopback (MCR bit 4): THR bytes go to the receiver instead of the writer, host input
//!   waits in the backlog, and MSR reflects MCR (CTS=RTS, DSR=DTR, RI=OUT1, DCD=OUT2).
//!   Outside loopback the modem inputs read as a connected terminal (CTS, DSR, DCD).
//! - The divisor latch and LCR are stored and read back; they do not affect timing.
//!
//! Accesses are 1 byte, or 4 bytes at a 4-aligned offset using the low byte; anything else,
//! or an offset past SCR, is a [`BusFault`].

use super::{BusFault, Device, DeviceContext};
use std::collections::VecDeque;
use std::io::Write;
use std::sync::mpsc::{Receiver, TryRecvError};

pub const UART_BASE: u64 = 0x1000_0000;
pub const UART_SIZE: u64 = 0x100;
/// The PLIC source the UART drives on QEMU `virt`.
pub const UART_IRQ: u32 = 10;

const FIFO_SIZE: usize = 16;

// IER bits.
const IER_ERBFI: u8 = 1 << 0;
const IER_ETBEI: u8 = 1 << 1;
const IER_ELSI: u8 = 1 << 2;
const IER_EDSSI: u8 = 1 << 3;

// IIR interrupt identification codes (bits 3:0).
const IIR_NONE: u8 = 0x01;
const IIR_LINE_STATUS: u8 = 0x06;
const IIR_RX_DATA: u8 = 0x04;
const IIR_RX_TIMEOUT: u8 = 0x0c;
const IIR_THR_EMPTY: u8 = 0x02;
const IIR_MODEM_STATUS: u8 = 0x00;
const IIR_FIFO_ENABLED: u8 = 0xc0;

/// LSR reads in a row that show a receiver polling for input (see `Uart::lsr_streak`).
const POLL_STREAK: u8 = 3;

// FCR bits.
const FCR_ENABLE: u8 = 1 << 0;
const FCR_CLEAR_RX: u8 = 1 << 1;

const LCR_DLAB: u8 = 1 << 7;
const MCR_LOOP: u8 = 1 << 4;

// LSR bits.
const LSR_DR: u8 = 1 << 0;
const LSR_OE: u8 = 1 << 1;
const LSR_THRE: u8 = 1 << 5;
const LSR_TEMT: u8 = 1 << 6;

// MSR status bits (7:4) of a connected terminal: DCD, DSR, CTS.
const MSR_CONNECTED: u8 = 0xb0;

/// An NS16550A.
pub struct Uart {
    output: Box<dyn Write + Send>,
    /// Bytes written since the last flush.
    unflushed: bool,
    /// A write to the host failed (reported once).
    output_failed: bool,
    input: Option<Receiver<u8>>,
    /// Host input not yet in the receiver FIFO.
    backlog: VecDeque<u8>,
    /// The receiver FIFO.
    rx: VecDeque<u8>,
    ier: u8,
    /// FCR as last programmed (bit 0: FIFOs enabled, bits 7:6: trigger level).
    fcr: u8,
    lcr: u8,
    mcr: u8,
    scr: u8,
    dll: u8,
    dlm: u8,
    overrun: bool,
    thre_pending: bool,
    /// MSR delta bits (3:0), cleared when MSR is read.
    msr_delta: u8,
    /// Whether a driver is receiving: set when the guest enables the received-data
    /// interrupt or polls LSR for input, cleared by every FCR write. Host input waits on
    /// the line until then, so bytes queued before the driver's FIFO reset are not thrown
    /// away.
    listening: bool,
    /// LSR reads in a row with no other register access between them. A receiver that
    /// polls reads LSR over and over ([`POLL_STREAK`] times makes it listening); a console
    /// that only transmits reads it once per byte, between THR writes, as Linux's 8250
    /// console does before its driver resets the FIFO and enables the receive interrupt.
    lsr_streak: u8,
    /// An event that may change the interrupt state happened since the PLIC last sampled
    /// the line (see `irq_line`).
    irq_event: bool,
}

impl Uart {
    /// A UART writing to `output` and, if given, receiving from `input` (polled in
    /// `tick`).
    pub fn new(output: Box<dyn Write + Send>, input: Option<Receiver<u8>>) -> Uart {
        Uart {
            output,
            unflushed: false,
            output_failed: false,
            input,
            backlog: VecDeque::new(),
            rx: VecDeque::new(),
            ier: 0,
            fcr: 0,
            lcr: 0,
            mcr: 0,
            scr: 0,
            dll: 0,
            dlm: 0,
            overrun: false,
            thre_pending: false,
            msr_delta: 0,
            listening: false,
            lsr_streak: 0,
            irq_event: false,
        }
    }

    /// Queues bytes as if typed on the host side of the line.
    pub fn push_input(&mut self, bytes: &[u8]) {
        self.backlog.extend(bytes);
        self.fill_rx();
    }

    fn fifo_enabled(&self) -> bool {
        self.fcr & FCR_ENABLE != 0
    }

    fn loopback(&self) -> bool {
        self.mcr & MCR_LOOP != 0
    }

    fn rx_capacity(&self) -> usize {
        if self.fifo_enabled() {
            FIFO_SIZE
        } else {
            1
        }
    }

    /// The receiver FIFO level (FCR bits 7:6) at which "received data" is signalled.
    fn trigger_level(&self) -> usize {
        match self.fcr >> 6 {
            0 => 1,
            1 => 4,
            2 => 8,
            _ => 14,
        }
    }

    /// Moves host input into the receiver FIFO while there is room. In loopback the
    /// receiver is disconnected from the line, so input waits.
    fn fill_rx(&mut self) {
        if self.loopback() || !self.listening {
            return;
        }
        while self.rx.len() < self.rx_capacity() {
            match self.backlog.pop_front() {
                Some(b) => {
                    self.rx.push_back(b);
                    self.irq_event = true;
                }
                None => break,
            }
        }
    }

    /// MSR bits 7:4 as the modem inputs currently stand.
    fn msr_status(&self) -> u8 {
        if self.loopback() {
            let m = self.mcr;
            // CTS <- RTS, DSR <- DTR, RI <- OUT1, DCD <- OUT2.
            ((m & 0x2) << 3) | ((m & 0x1) << 5) | ((m & 0x4) << 4) | ((m & 0x8) << 4)
        } else {
            MSR_CONNECTED
        }
    }

    /// The interrupt identification (IIR bits 3:0) of the highest-priority pending
    /// interrupt that IER enables.
    fn interrupt_id(&self) -> u8 {
        if self.ier & IER_ELSI != 0 && self.overrun {
            IIR_LINE_STATUS
        } else if self.ier & IER_ERBFI != 0 && !self.rx.is_empty() {
            if self.fifo_enabled() && self.rx.len() < self.trigger_level() {
                IIR_RX_TIMEOUT
            } else {
                IIR_RX_DATA
            }
        } else if self.ier & IER_ETBEI != 0 && self.thre_pending {
            IIR_THR_EMPTY
        } else if self.ier & IER_EDSSI != 0 && self.msr_delta != 0 {
            IIR_MODEM_STATUS
        } else {
            IIR_NONE
        }
    }

    fn transmit(&mut self, byte: u8) {
        if self.loopback() {
            if self.rx.len() < self.rx_capacity() {
                self.rx.push_back(byte);
            } else {
                self.overrun = true;
            }
        } else {
            self.emit(byte);
        }
        // THR empties at once, which raises the THR-empty interrupt again.
        self.thre_pending = true;
    }

    fn emit(&mut self, byte: u8) {
        let mut result = self.output.write_all(&[byte]);
        self.unflushed = true;
        if byte == b'\n' && result.is_ok() {
            result = self.output.flush();
            self.unflushed = false;
        }
        if let Err(e) = result {
            if !self.output_failed {
                log::warn!("uart: console output failed: {e}");
                self.output_failed = true;
            }
        }
    }

    fn read_reg(&mut self, reg: u64) -> u8 {
        let dlab = self.lcr & LCR_DLAB != 0;
        if reg != 5 {
            self.lsr_streak = 0;
        }
        match reg {
            0 if dlab => self.dll,
            0 => {
                self.irq_event = true;
                let b = self.rx.pop_front().unwrap_or(0);
                self.fill_rx();
                b
            }
            1 if dlab => self.dlm,
            1 => self.ier,
            2 => {
                self.irq_event = true;
                let id = self.interrupt_id();
                if id == IIR_THR_EMPTY {
                    self.thre_pending = false;
                }
                let fifo = if self.fifo_enabled() { IIR_FIFO_ENABLED } else { 0 };
                id | fifo
            }
            3 => self.lcr,
            4 => self.mcr,
            5 => {
                self.lsr_streak = self.lsr_streak.saturating_add(1);
                if !self.listening && self.lsr_streak >= POLL_STREAK {
                    self.listening = true;
                    self.fill_rx();
                }
                let mut lsr = LSR_THRE | LSR_TEMT;
                if !self.rx.is_empty() {
                    lsr |= LSR_DR;
                }
                if self.overrun {
                    lsr |= LSR_OE;
                    self.overrun = false;
                }
                lsr
            }
            6 => {
                let msr = self.msr_status() | self.msr_delta;
                self.msr_delta = 0;
                msr
            }
            _ => self.scr,
        }
    }

    fn write_reg(&mut self, reg: u64, v: u8) {
        let dlab = self.lcr & LCR_DLAB != 0;
        self.lsr_streak = 0;
        if matches!(reg, 0 | 1 | 2 | 4) && !(dlab && reg <= 1) {
            self.irq_event = true;
        }
        match reg {
            0 if dlab => self.dll = v,
            0 => self.transmit(v),
            1 if dlab => self.dlm = v,
            1 => {
                let new = v & 0x0f;
                if new & IER_ETBEI != 0 && self.ier & IER_ETBEI == 0 {
                    // Enabling the interrupt while THR is empty raises it.
                    self.thre_pending = true;
                }
                self.ier = new;
                if new & IER_ERBFI != 0 {
                    self.listening = true;
                    self.fill_rx();
                }
            }
            2 => self.write_fcr(v),
            3 => self.lcr = v,
            4 => {
                let before = self.msr_status();
                self.mcr = v & 0x1f;
                let after = self.msr_status();
                self.note_modem_change(before, after);
                self.fill_rx();
            }
            5 | 6 => {}
            _ => self.scr = v,
        }
    }

    fn write_fcr(&mut self, v: u8) {
        self.listening = false;
        if (v ^ self.fcr) & FCR_ENABLE != 0 {
            // Switching between FIFO and single-register mode empties the receiver.
            self.rx.clear();
        }
        if v & FCR_ENABLE == 0 {
            // The other FCR bits are only programmed together with bit 0.
            self.fcr = 0;
        } else {
            if v & FCR_CLEAR_RX != 0 {
                self.rx.clear();
            }
            self.fcr = v & 0xc1;
        }
        self.fill_rx();
    }

    /// Sets the MSR delta bits for a change of the modem inputs.
    fn note_modem_change(&mut self, before: u8, after: u8) {
        let changed = before ^ after;
        // DCTS, DDSR, DDCD: any change; TERI: RI going from 1 to 0.
        self.msr_delta |= (changed >> 4) & 0b1011;
        if before & 0x40 != 0 && after & 0x40 == 0 {
            self.msr_delta |= 0b0100;
        }
    }

    /// The register addressed by an access, or a fault for a size or offset the UART
    /// does not decode.
    fn register(offset: u64, size: u64) -> Result<u64, BusFault> {
        match size {
            1 | 4 if offset < 8 && offset.is_multiple_of(size) => Ok(offset),
            _ => Err(BusFault),
        }
    }
}

impl Device for Uart {
    fn name(&self) -> &str {
        "uart"
    }

    fn read(&mut self, offset: u64, size: u64) -> Result<u64, BusFault> {
        let reg = Self::register(offset, size)?;
        Ok(u64::from(self.read_reg(reg)))
    }

    fn write(&mut self, offset: u64, size: u64, value: u64) -> Result<(), BusFault> {
        let reg = Self::register(offset, size)?;
        self.write_reg(reg, value as u8);
        Ok(())
    }

    fn tick(&mut self, _ctx: &mut DeviceContext) {
        if let Some(rx) = &self.input {
            loop {
                match rx.try_recv() {
                    Ok(b) => self.backlog.push_back(b),
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => {
                        self.input = None;
                        break;
                    }
                }
            }
        }
        self.fill_rx();
        if self.unflushed {
            let _ = self.flush();
        }
    }

    /// How the PLIC sees the line. Received data and line status are a true level: they
    /// stay asserted until the driver has read the data, so a driver that reads a bounded
    /// number of bytes per interrupt gets another one. THR-empty, which only an IIR read
    /// or a THR write acknowledges, is raised at UART events (THR write, IER/FCR/MCR write,
    /// RBR or IIR read) while it holds, as QEMU's virt board does; drivers written for it
    /// rely on that: xv6 never reads IIR, so a THR-empty level would re-pend at every
    /// completion and storm.
    fn irq_line(&mut self) -> bool {
        let line = match self.interrupt_id() {
            IIR_NONE => false,
            IIR_THR_EMPTY | IIR_MODEM_STATUS => self.irq_event,
            _ => true,
        };
        self.irq_event = false;
        line
    }

    fn irq_source(&self) -> Option<u32> {
        Some(UART_IRQ)
    }

    fn irq_level(&self) -> bool {
        self.interrupt_id() != IIR_NONE
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.unflushed = false;
        self.output.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::devices::RamView;
    use std::sync::{mpsc, Arc, Mutex};

    /// A writer whose bytes the test can read back.
    #[derive(Clone, Default)]
    struct Capture {
        bytes: Arc<Mutex<Vec<u8>>>,
        flushes: Arc<Mutex<usize>>,
    }
    impl Write for Capture {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.bytes.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            *self.flushes.lock().unwrap() += 1;
            Ok(())
        }
    }

    fn uart() -> (Uart, Capture) {
        let cap = Capture::default();
        (Uart::new(Box::new(cap.clone()), None), cap)
    }

    fn tick(u: &mut Uart) {
        let mut exit = None;
        let mut ram = [0u8; 0];
        let mut ctx = DeviceContext {
            mtime: 0,
            ram: RamView::new(0, &mut ram),
            exit: &mut exit,
            fault_write: false,
        };
        u.tick(&mut ctx);
        assert_eq!(exit, None);
    }

    fn r(u: &mut Uart, reg: u64) -> u8 {
        u.read(reg, 1).unwrap() as u8
    }
    fn w(u: &mut Uart, reg: u64, v: u8) {
        u.write(reg, 1, u64::from(v)).unwrap();
    }

    #[test]
    fn output_goes_to_the_writer_and_flushes() {
        let (mut u, cap) = uart();
        for &b in b"hi" {
            w(&mut u, 0, b);
        }
        assert_eq!(*cap.flushes.lock().unwrap(), 0);
        w(&mut u, 0, b'\n');
        assert_eq!(*cap.flushes.lock().unwrap(), 1, "flushed on newline");
        u.write(0, 4, 0x1234_5621).unwrap(); // low byte '!'
        tick(&mut u);
        assert_eq!(*cap.flushes.lock().unwrap(), 2, "flushed in tick");
        assert_eq!(cap.bytes.lock().unwrap().as_slice(), b"hi\n!");
        assert_eq!(r(&mut u, 5) & (LSR_THRE | LSR_TEMT), LSR_THRE | LSR_TEMT);
    }

    #[test]
    fn input_sets_data_ready_and_raises_rx_interrupt() {
        let (tx, rx) = mpsc::channel();
        let mut u = Uart::new(Box::new(Capture::default()), Some(rx));
        assert_eq!(u.irq_source(), Some(10));
        w(&mut u, 1, IER_ERBFI);
        assert_eq!(r(&mut u, 5) & LSR_DR, 0);
        assert!(!u.irq_level());
        assert_eq!(r(&mut u, 2), IIR_NONE);
        tx.send(b'a').unwrap();
        tx.send(b'b').unwrap();
        tick(&mut u);
        assert_eq!(r(&mut u, 5) & LSR_DR, LSR_DR);
        assert!(u.irq_level());
        assert_eq!(r(&mut u, 2), IIR_RX_DATA, "no FIFO: plain data available");
        assert_eq!(r(&mut u, 0), b'a');
        assert!(u.irq_level(), "b moves into the holding register");
        assert_eq!(r(&mut u, 0), b'b');
        assert_eq!(r(&mut u, 5) & LSR_DR, 0);
        assert!(!u.irq_level());
        drop(tx);
        tick(&mut u);
        assert!(u.input.is_none(), "a closed channel is dropped");
    }

    #[test]
    fn fifo_mode_trigger_level_timeout_and_clear() {
        let (mut u, _) = uart();
        w(&mut u, 2, 0x41 | FCR_CLEAR_RX); // FIFOs on, trigger level 4
        w(&mut u, 1, IER_ERBFI);
        u.push_input(b"xyz");
        assert_eq!(r(&mut u, 2), IIR_FIFO_ENABLED | IIR_RX_TIMEOUT);
        u.push_input(b"w");
        assert_eq!(r(&mut u, 2), IIR_FIFO_ENABLED | IIR_RX_DATA);
        u.push_input(&[b'.'; 20]);
        assert_eq!(u.rx.len(), FIFO_SIZE);
        w(&mut u, 2, FCR_ENABLE | FCR_CLEAR_RX);
        assert!(u.rx.is_empty(), "cleared; input waits until a driver listens again");
        w(&mut u, 1, IER_ERBFI);
        assert_eq!(u.rx.len(), 8, "refilled from the backlog");
        assert_eq!(r(&mut u, 0), b'.');
        w(&mut u, 2, 0);
        assert_eq!(r(&mut u, 2) & 0xc0, 0, "FIFOs off");
        assert!(u.rx.is_empty(), "leaving FIFO mode empties the receiver");
        for _ in 0..POLL_STREAK {
            assert_eq!(r(&mut u, 5) & LSR_DR, 0, "polling LSR makes the receiver listen");
        }
        u.push_input(b"ab");
        assert_eq!(u.rx.len(), 1, "a single holding register");
    }

    #[test]
    fn input_queued_before_the_driver_resets_the_fifo_is_kept() {
        let (mut u, _) = uart();
        u.push_input(b"ls\n");
        assert!(u.rx.is_empty(), "nobody listens yet");
        w(&mut u, 2, FCR_ENABLE | FCR_CLEAR_RX);
        w(&mut u, 1, IER_ERBFI);
        assert_eq!(r(&mut u, 0), b'l');
        assert_eq!(r(&mut u, 0), b's');
    }

    #[test]
    fn a_transmitting_console_does_not_take_input_a_polling_receiver_does() {
        let (mut u, _) = uart();
        u.push_input(b"typed ahead");
        // Linux's 8250 console before its driver starts: one LSR read per byte sent.
        for &b in b"[    0.000000] Linux version\n" {
            r(&mut u, 5);
            w(&mut u, 0, b);
        }
        r(&mut u, 5);
        w(&mut u, 1, 0);
        assert!(u.rx.is_empty(), "input still on the line");
        // The driver resets the FIFO and enables the receive interrupt: nothing was lost.
        w(&mut u, 2, FCR_ENABLE | FCR_CLEAR_RX);
        w(&mut u, 1, IER_ERBFI);
        assert_eq!(r(&mut u, 0), b't');
        // A receiver that polls LSR without interrupts gets input after a few polls.
        let (mut u, _) = uart();
        u.push_input(b"x");
        let polls = (0..10).take_while(|_| r(&mut u, 5) & LSR_DR == 0).count();
        assert_eq!(polls, POLL_STREAK as usize - 1);
        assert_eq!(r(&mut u, 0), b'x');
    }

    #[test]
    fn thr_empty_interrupt_and_iir_reads() {
        let (mut u, _) = uart();
        assert_eq!(r(&mut u, 2), IIR_NONE);
        w(&mut u, 1, IER_ETBEI);
        assert!(u.irq_level(), "enabling ETBEI with THR empty raises it");
        assert_eq!(r(&mut u, 2), IIR_THR_EMPTY);
        assert!(!u.irq_level(), "reading IIR cleared it");
        assert_eq!(r(&mut u, 2), IIR_NONE);
        w(&mut u, 0, b'x');
        assert!(u.irq_level(), "re-armed when THR empties after a write");
        // Rewriting IER with ETBEI already set does not re-arm ...
        assert_eq!(r(&mut u, 2), IIR_THR_EMPTY);
        w(&mut u, 1, IER_ETBEI);
        assert!(!u.irq_level());
        // ... but disabling and enabling again does (the 16550's idle re-assertion).
        w(&mut u, 1, 0);
        w(&mut u, 1, IER_ETBEI);
        assert!(u.irq_level());
        // Received data outranks THR empty, and an IIR read reporting data keeps THRE.
        w(&mut u, 1, IER_ETBEI | IER_ERBFI);
        u.push_input(b"q");
        assert_eq!(r(&mut u, 2), IIR_RX_DATA);
        assert_eq!(r(&mut u, 0), b'q');
        assert_eq!(r(&mut u, 2), IIR_THR_EMPTY);
        assert_eq!(r(&mut u, 2), IIR_NONE);
    }

    #[test]
    fn divisor_latch_round_trip() {
        let (mut u, cap) = uart();
        w(&mut u, 1, 0x05);
        w(&mut u, 3, LCR_DLAB | 0x03);
        w(&mut u, 0, 0x12);
        w(&mut u, 1, 0x34);
        assert_eq!(r(&mut u, 0), 0x12);
        assert_eq!(r(&mut u, 1), 0x34);
        assert_eq!(r(&mut u, 3), LCR_DLAB | 0x03);
        w(&mut u, 3, 0x03);
        assert_eq!(r(&mut u, 1), 0x05, "IER untouched by the DLM write");
        assert_eq!(r(&mut u, 3), 0x03);
        assert!(cap.bytes.lock().unwrap().is_empty(), "DLL write is not output");
        w(&mut u, 7, 0x5a);
        assert_eq!(r(&mut u, 7), 0x5a);
    }

    #[test]
    fn loopback_routes_thr_to_rbr_and_mcr_to_msr() {
        let (mut u, cap) = uart();
        assert_eq!(r(&mut u, 6), MSR_CONNECTED);
        w(&mut u, 4, MCR_LOOP | 0x0a); // RTS, OUT2
        assert_eq!(r(&mut u, 6) & 0xf0, 0x90, "CTS and DCD");
        w(&mut u, 1, IER_EDSSI);
        w(&mut u, 4, MCR_LOOP | 0x0b); // DTR too
        assert_eq!(r(&mut u, 2), IIR_MODEM_STATUS);
        assert_eq!(r(&mut u, 6), 0xb0 | 0b0010, "DSR now set, DDSR delta");
        assert_eq!(r(&mut u, 2), IIR_NONE, "reading MSR cleared the delta");
        u.push_input(b"z");
        w(&mut u, 0, b'L');
        assert_eq!(r(&mut u, 0), b'L');
        w(&mut u, 0, b'1');
        w(&mut u, 0, b'2'); // no FIFO: holding register full
        assert_eq!(r(&mut u, 5) & LSR_OE, LSR_OE);
        assert_eq!(r(&mut u, 5) & LSR_OE, 0, "OE clears on read");
        assert_eq!(r(&mut u, 0), b'1');
        w(&mut u, 4, 0);
        for _ in 0..POLL_STREAK {
            r(&mut u, 5); // a receiver polls
        }
        assert_eq!(r(&mut u, 0), b'z', "line input resumes after loopback");
        assert!(cap.bytes.lock().unwrap().is_empty());
    }

    #[test]
    fn odd_accesses_fault() {
        let (mut u, _) = uart();
        assert_eq!(u.read(0, 2), Err(BusFault));
        assert_eq!(u.read(0, 8), Err(BusFault));
        assert_eq!(u.write(2, 4, 0), Err(BusFault));
        assert_eq!(u.read(8, 1), Err(BusFault));
        assert_eq!(u.write(0xff, 1, 0), Err(BusFault));
        assert_eq!(u.read(u64::MAX, 1), Err(BusFault));
        assert_eq!(u.read(4, 4), Ok(0), "MCR through a 4-byte access");
        assert_eq!(u.read(0, 1), Ok(0), "empty RBR reads zero");
    }
}
