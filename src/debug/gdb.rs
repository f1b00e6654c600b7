//! The GDB remote stub (`--gdb tcp::PORT`, QEMU's `-gdb`, `-s`, `-S`), on the `gdbstub`
//! crate.
//!
//! * Each hart is a thread (thread id = hart index + 1).
//! * Registers: [`super::gdb_arch`].
//! * Memory is read and written through the current hart's translation, as QEMU's stub
//!   does, by a walk that changes nothing ([`Hart::debug_read`]).
//! * Software and hardware breakpoints are the same thing here: a list of pcs checked
//!   only on their pages. Watchpoints (write, read, access) are checked only on their
//!   pages too ([`super::hooks`]), so both cost nothing elsewhere, at any number.
//! * All-stop: `continue` runs every hart; `stepi` runs one instruction of the thread
//!   stepped, the others stay stopped. While stopped nothing runs, so guest time (cycles,
//!   mtime) stands still. Ctrl-C in GDB stops the machine.

use super::gdb_arch::{target_xml, Reg, Regs, SatpRiscv, CSRS};
use super::hooks::{DebugStop, WatchKind as HookWatch, Watchpoint};
use crate::hart::Hart;
use crate::isa::{Ext, Privilege};
use crate::machine::{Exit, Machine};
use gdbstub::common::{Signal, Tid};
use gdbstub::conn::{Connection, ConnectionExt};
use gdbstub::stub::run_blocking::{BlockingEventLoop, Event, WaitForStopReasonError};
use gdbstub::stub::{DisconnectReason, GdbStub, MultiThreadStopReason};
use gdbstub::target::ext::base::multithread::{
    MultiThreadBase, MultiThreadResume, MultiThreadResumeOps, MultiThreadSchedulerLocking,
    MultiThreadSchedulerLockingOps, MultiThreadSingleStep, MultiThreadSingleStepOps,
};
use gdbstub::target::ext::base::single_register_access::{
    SingleRegisterAccess, SingleRegisterAccessOps,
};
use gdbstub::target::ext::base::BaseOps;
use gdbstub::target::ext::breakpoints::{
    Breakpoints, BreakpointsOps, HwBreakpoint, HwBreakpointOps, HwWatchpoint, HwWatchpointOps,
    SwBreakpoint, SwBreakpointOps, WatchKind,
};
use gdbstub::target::ext::target_description_xml_override::{
    TargetDescriptionXmlOverride, TargetDescriptionXmlOverrideOps,
};
use gdbstub::target::{Target, TargetError, TargetResult};
use std::net::{TcpListener, TcpStream};
use std::num::NonZeroUsize;
use thiserror::Error;

/// Instructions the machine runs between two looks at the connection (for Ctrl-C).
const SLICE: u64 = 1 << 20;

/// Host-side problems of the stub.
#[derive(Debug, Error)]
pub enum GdbError {
    #[error("--gdb tcp::{port}: {err}")]
    Listen { port: u16, err: std::io::Error },
    #[error("no hart {0}")]
    NoHart(usize),
}

/// How the machine is to run when GDB resumes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Resume {
    Continue,
    /// One instruction (or trap) of this hart.
    Step(usize),
}

/// The machine as GDB's target.
pub struct GdbTarget<'m> {
    m: &'m mut Machine,
    breakpoints: Vec<u64>,
    watchpoints: Vec<Watchpoint>,
    resume: Resume,
    /// `--max-insns`.
    limit: Option<u64>,
    /// How the run ended, once it has.
    exit: Option<Exit>,
}

fn hart_of(tid: Tid) -> usize {
    tid.get() - 1
}

fn tid_of(hart: usize) -> Tid {
    NonZeroUsize::new(hart + 1).unwrap_or(NonZeroUsize::MIN)
}

/// The exit status GDB is told for a run that ended.
fn exit_code(e: &Exit) -> u8 {
    match e {
        Exit::Guest(code) => (*code).min(255) as u8,
        Exit::Until(_) | Exit::HostQuit | Exit::Debug => 0,
        Exit::InstructionLimit | Exit::TrapLoop { .. } => 3,
        Exit::Signal(sig) => (128 + sig).clamp(0, 255) as u8,
        Exit::ConsoleClosed => 141,
        Exit::FailOn(_) | Exit::Deadlock => 1,
    }
}

impl<'m> GdbTarget<'m> {
    pub fn new(m: &'m mut Machine, limit: Option<u64>) -> GdbTarget<'m> {
        m.debugger = true;
        GdbTarget {
            m,
            breakpoints: Vec::new(),
            watchpoints: Vec::new(),
            resume: Resume::Continue,
            limit,
            exit: None,
        }
    }

    fn hart(&mut self, tid: Tid) -> Result<&mut Hart, TargetError<GdbError>> {
        let i = hart_of(tid);
        self.m.harts.get_mut(i).ok_or(TargetError::Fatal(GdbError::NoHart(i)))
    }

    fn sync_points(&mut self) {
        for h in &mut self.m.harts {
            h.set_debug_points(&self.breakpoints, &self.watchpoints);
        }
    }

    /// Forgets every breakpoint and watchpoint (the debugger went away).
    fn clear_points(&mut self) {
        self.breakpoints.clear();
        self.watchpoints.clear();
        self.sync_points();
        for h in &mut self.m.harts {
            h.debug.stop = None;
        }
        self.m.debugger = false;
    }

    /// Runs a slice of the guest as resumed; the stop to report, if it stopped.
    fn run_slice(&mut self) -> Option<MultiThreadStopReason<u64>> {
        for h in &mut self.m.harts {
            h.debug.stop = None;
        }
        if let Resume::Step(i) = self.resume {
            let m = &mut *self.m;
            let hart = m.harts.get_mut(i)?;
            hart.step(&mut m.bus, &mut m.blocks);
            return Some(match hart.debug.stop {
                Some(stop) => stop_reason(i, stop),
                None => MultiThreadStopReason::DoneStep,
            });
        }
        let done = self.m.instructions();
        let until = done.saturating_add(SLICE).min(self.limit.unwrap_or(u64::MAX));
        match self.m.run(Some(until)) {
            Exit::InstructionLimit if Some(until) != self.limit => None,
            Exit::Debug => {
                let (i, stop) = self
                    .m
                    .harts
                    .iter()
                    .enumerate()
                    .find_map(|(i, h)| h.debug.stop.map(|s| (i, s)))?;
                Some(stop_reason(i, stop))
            }
            e => {
                let code = exit_code(&e);
                self.exit = Some(e);
                Some(MultiThreadStopReason::Exited(code))
            }
        }
    }
}

fn stop_reason(hart: usize, stop: DebugStop) -> MultiThreadStopReason<u64> {
    let tid = tid_of(hart);
    match stop {
        DebugStop::Breakpoint(_) => MultiThreadStopReason::SwBreak(tid),
        DebugStop::Watch { addr, kind } => MultiThreadStopReason::Watch {
            tid,
            kind: match kind {
                HookWatch::Write => WatchKind::Write,
                HookWatch::Read => WatchKind::Read,
                HookWatch::Access => WatchKind::ReadWrite,
            },
            addr,
        },
    }
}

impl Target for GdbTarget<'_> {
    type Arch = SatpRiscv;
    type Error = GdbError;

    fn base_ops(&mut self) -> BaseOps<'_, SatpRiscv, GdbError> {
        BaseOps::MultiThread(self)
    }

    fn support_breakpoints(&mut self) -> Option<BreakpointsOps<'_, Self>> {
        Some(self)
    }

    fn support_target_description_xml_override(
        &mut self,
    ) -> Option<TargetDescriptionXmlOverrideOps<'_, Self>> {
        Some(self)
    }
}

fn has_fpu(m: &Machine) -> bool {
    m.config.isa.has(Ext::F) || m.config.isa.has(Ext::D)
}

impl MultiThreadBase for GdbTarget<'_> {
    fn read_registers(&mut self, regs: &mut Regs, tid: Tid) -> TargetResult<(), Self> {
        let fpu = has_fpu(self.m);
        let h = self.hart(tid)?;
        regs.x = h.x;
        regs.pc = h.pc;
        regs.fpu = fpu;
        regs.f = h.f;
        let fcsr = h.csr.read(crate::isa::csr::FCSR, 0) as u32;
        regs.fcsr = [fcsr & 0x1f, (fcsr >> 5) & 7, fcsr];
        Ok(())
    }

    fn write_registers(&mut self, regs: &Regs, tid: Tid) -> TargetResult<(), Self> {
        let h = self.hart(tid)?;
        h.x = regs.x;
        h.x[0] = 0;
        h.pc = regs.pc;
        if regs.fpu {
            h.f = regs.f;
            h.csr.write(crate::isa::csr::FCSR, regs.fcsr[2] as u64);
        }
        Ok(())
    }

    fn support_single_register_access(&mut self) -> Option<SingleRegisterAccessOps<'_, Tid, Self>> {
        Some(self)
    }

    fn read_addrs(&mut self, addr: u64, data: &mut [u8], tid: Tid) -> TargetResult<usize, Self> {
        let i = hart_of(tid);
        let m = &*self.m;
        let h = m.harts.get(i).ok_or(TargetError::Fatal(GdbError::NoHart(i)))?;
        match h.debug_read(&m.bus, addr, data) {
            0 if !data.is_empty() => Err(TargetError::Errno(14)),
            n => Ok(n),
        }
    }

    fn write_addrs(&mut self, addr: u64, data: &[u8], tid: Tid) -> TargetResult<(), Self> {
        let i = hart_of(tid);
        let m = &mut *self.m;
        let h = m.harts.get(i).ok_or(TargetError::Fatal(GdbError::NoHart(i)))?;
        if h.debug_write(&mut m.bus, addr, data) {
            Ok(())
        } else {
            Err(TargetError::Errno(14))
        }
    }

    fn list_active_threads(&mut self, active: &mut dyn FnMut(Tid)) -> Result<(), GdbError> {
        for i in 0..self.m.harts.len() {
            active(tid_of(i));
        }
        Ok(())
    }

    fn support_resume(&mut self) -> Option<MultiThreadResumeOps<'_, Self>> {
        Some(self)
    }
}

impl SingleRegisterAccess<Tid> for GdbTarget<'_> {
    fn read_register(&mut self, tid: Tid, reg: Reg, buf: &mut [u8]) -> TargetResult<usize, Self> {
        let fpu = has_fpu(self.m);
        let mtime = self.m.bus.mtime();
        let h = self.hart(tid)?;
        let value = match reg {
            Reg::X(n) => h.x[(n & 31) as usize],
            Reg::Pc => h.pc,
            Reg::F(n) if fpu => h.f[(n & 31) as usize],
            Reg::Csr(1..=3) if !fpu => return Err(TargetError::Errno(22)),
            Reg::Csr(n) if (1..=3).contains(&n) || CSRS.iter().any(|c| c.1 == n) => {
                h.sync_counters();
                h.csr.read(n, mtime)
            }
            Reg::Priv => h.privilege as u64,
            _ => return Err(TargetError::Errno(22)),
        };
        let bytes = value.to_le_bytes();
        let n = reg.size().min(buf.len());
        buf[..n].copy_from_slice(&bytes[..n]);
        Ok(n)
    }

    fn write_register(&mut self, tid: Tid, reg: Reg, val: &[u8]) -> TargetResult<(), Self> {
        let fpu = has_fpu(self.m);
        let mut bytes = [0u8; 8];
        let n = val.len().min(8);
        bytes[..n].copy_from_slice(&val[..n]);
        let value = u64::from_le_bytes(bytes);
        let h = self.hart(tid)?;
        match reg {
            Reg::X(0) => {}
            Reg::X(n) => h.x[(n & 31) as usize] = value,
            Reg::Pc => h.pc = value,
            Reg::F(n) if fpu => h.f[(n & 31) as usize] = value,
            Reg::Csr(n) if (fpu || !(1..=3).contains(&n)) && CSRS.iter().any(|c| c.1 == n) => {
                h.csr.write(n, value);
            }
            Reg::Csr(n) if fpu && (1..=3).contains(&n) => h.csr.write(n, value),
            Reg::Priv => match Privilege::from_bits(value) {
                Some(p) => h.set_privilege(p),
                None => return Err(TargetError::Errno(22)),
            },
            _ => return Err(TargetError::Errno(22)),
        }
        h.invalidate_caches();
        Ok(())
    }
}

impl MultiThreadResume for GdbTarget<'_> {
    fn resume(&mut self) -> Result<(), GdbError> {
        Ok(())
    }

    fn clear_resume_actions(&mut self) -> Result<(), GdbError> {
        self.resume = Resume::Continue;
        Ok(())
    }

    fn set_resume_action_continue(
        &mut self,
        _tid: Tid,
        _sig: Option<Signal>,
    ) -> Result<(), GdbError> {
        Ok(())
    }

    fn support_single_step(&mut self) -> Option<MultiThreadSingleStepOps<'_, Self>> {
        Some(self)
    }

    fn support_scheduler_locking(&mut self) -> Option<MultiThreadSchedulerLockingOps<'_, Self>> {
        Some(self)
    }
}

/// A step runs only the hart stepped, so scheduler locking is what satp does anyway.
impl MultiThreadSchedulerLocking for GdbTarget<'_> {
    fn set_resume_action_scheduler_lock(&mut self) -> Result<(), GdbError> {
        Ok(())
    }
}

impl MultiThreadSingleStep for GdbTarget<'_> {
    fn set_resume_action_step(&mut self, tid: Tid, _sig: Option<Signal>) -> Result<(), GdbError> {
        self.resume = Resume::Step(hart_of(tid));
        Ok(())
    }
}

impl Breakpoints for GdbTarget<'_> {
    fn support_sw_breakpoint(&mut self) -> Option<SwBreakpointOps<'_, Self>> {
        Some(self)
    }

    fn support_hw_breakpoint(&mut self) -> Option<HwBreakpointOps<'_, Self>> {
        Some(self)
    }

    fn support_hw_watchpoint(&mut self) -> Option<HwWatchpointOps<'_, Self>> {
        Some(self)
    }
}

impl GdbTarget<'_> {
    fn add_break(&mut self, addr: u64) -> bool {
        self.breakpoints.push(addr);
        self.sync_points();
        true
    }

    fn remove_break(&mut self, addr: u64) -> bool {
        match self.breakpoints.iter().position(|b| *b == addr) {
            Some(i) => {
                self.breakpoints.remove(i);
                self.sync_points();
                true
            }
            None => false,
        }
    }
}

impl SwBreakpoint for GdbTarget<'_> {
    fn add_sw_breakpoint(&mut self, addr: u64, _kind: usize) -> TargetResult<bool, Self> {
        Ok(self.add_break(addr))
    }

    fn remove_sw_breakpoint(&mut self, addr: u64, _kind: usize) -> TargetResult<bool, Self> {
        Ok(self.remove_break(addr))
    }
}

impl HwBreakpoint for GdbTarget<'_> {
    fn add_hw_breakpoint(&mut self, addr: u64, _kind: usize) -> TargetResult<bool, Self> {
        Ok(self.add_break(addr))
    }

    fn remove_hw_breakpoint(&mut self, addr: u64, _kind: usize) -> TargetResult<bool, Self> {
        Ok(self.remove_break(addr))
    }
}

fn hook_kind(kind: WatchKind) -> HookWatch {
    match kind {
        WatchKind::Write => HookWatch::Write,
        WatchKind::Read => HookWatch::Read,
        WatchKind::ReadWrite => HookWatch::Access,
    }
}

impl HwWatchpoint for GdbTarget<'_> {
    fn add_hw_watchpoint(
        &mut self,
        addr: u64,
        len: u64,
        kind: WatchKind,
    ) -> TargetResult<bool, Self> {
        self.watchpoints.push(Watchpoint { addr, len: len.max(1), kind: hook_kind(kind) });
        self.sync_points();
        Ok(true)
    }

    fn remove_hw_watchpoint(
        &mut self,
        addr: u64,
        len: u64,
        kind: WatchKind,
    ) -> TargetResult<bool, Self> {
        let w = Watchpoint { addr, len: len.max(1), kind: hook_kind(kind) };
        match self.watchpoints.iter().position(|x| *x == w) {
            Some(i) => {
                self.watchpoints.remove(i);
                self.sync_points();
                Ok(true)
            }
            None => Ok(false),
        }
    }
}

impl TargetDescriptionXmlOverride for GdbTarget<'_> {
    fn target_description_xml(
        &self,
        _annex: &[u8],
        offset: u64,
        length: usize,
        buf: &mut [u8],
    ) -> TargetResult<usize, Self> {
        let xml = target_xml(has_fpu(self.m));
        let bytes = xml.as_bytes();
        let start = (offset as usize).min(bytes.len());
        let end = start.saturating_add(length).min(bytes.len());
        let n = (end - start).min(buf.len());
        buf[..n].copy_from_slice(&bytes[start..start + n]);
        Ok(n)
    }
}

/// The blocking event loop: run slices of the guest, look at the connection between them.
struct Loop<'m>(std::marker::PhantomData<&'m ()>);

impl<'m> BlockingEventLoop for Loop<'m> {
    type Target = GdbTarget<'m>;
    type Connection = TcpStream;
    type StopReason = MultiThreadStopReason<u64>;

    fn wait_for_stop_reason(
        target: &mut Self::Target,
        conn: &mut TcpStream,
    ) -> Result<
        Event<Self::StopReason>,
        WaitForStopReasonError<GdbError, <TcpStream as Connection>::Error>,
    > {
        loop {
            if conn.peek().map_err(WaitForStopReasonError::Connection)?.is_some() {
                let byte = conn.read().map_err(WaitForStopReasonError::Connection)?;
                return Ok(Event::IncomingData(byte));
            }
            if let Some(stop) = target.run_slice() {
                return Ok(Event::TargetStopped(stop));
            }
        }
    }

    fn on_interrupt(_target: &mut Self::Target) -> Result<Option<Self::StopReason>, GdbError> {
        Ok(Some(MultiThreadStopReason::Signal(Signal::SIGINT)))
    }
}

/// Runs the machine under the stub listening on 127.0.0.1:`port`, until the guest's run
/// ends (as [`Machine::run`] with `limit`) or GDB kills it. With `wait`, the first
/// instruction waits for GDB to connect and resume (QEMU's `-S`); otherwise the guest
/// runs and GDB may connect, detach and connect again at any time.
pub fn serve(m: &mut Machine, port: u16, wait: bool, limit: Option<u64>) -> Result<Exit, GdbError> {
    let listen = |err| GdbError::Listen { port, err };
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(listen)?;
    let mut wait = wait;
    if wait {
        eprintln!("satp: waiting for GDB on tcp::{port}");
    }
    loop {
        listener.set_nonblocking(!wait).map_err(listen)?;
        let stream = match listener.accept() {
            Ok((stream, _)) => stream,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                // Run a slice, then look for a connection again.
                m.debugger = true;
                let until = m.instructions().saturating_add(SLICE).min(limit.unwrap_or(u64::MAX));
                match m.run(Some(until)) {
                    Exit::InstructionLimit if Some(until) != limit => {}
                    Exit::Debug => {}
                    e => return Ok(e),
                }
                continue;
            }
            Err(err) => return Err(listen(err)),
        };
        let _ = stream.set_nonblocking(false);
        let _ = stream.set_nodelay(true);
        let mut target = GdbTarget::new(m, limit);
        let ended = GdbStub::new(stream).run_blocking::<Loop<'_>>(&mut target);
        match ended {
            Ok(DisconnectReason::TargetExited(_)) => {
                return Ok(target.exit.take().unwrap_or(Exit::Guest(0)))
            }
            Ok(DisconnectReason::Kill) => return Ok(Exit::HostQuit),
            Ok(DisconnectReason::Disconnect | DisconnectReason::TargetTerminated(_)) => {}
            Err(e) => log::warn!("GDB connection: {e}"),
        }
        if let Some(e) = target.exit.take() {
            return Ok(e);
        }
        // GDB went away: the guest runs on without breakpoints; another GDB may connect.
        target.clear_points();
        wait = false;
    }
}
