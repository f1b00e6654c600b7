//! Host console input for `satp run`: a thread reads stdin and feeds the UART. When stdin
//! is a terminal it is put in raw mode (restored when the guard drops, on every exit path
//! of `run`), and Ctrl-A x quits as in QEMU (Ctrl-A Ctrl-A sends a literal Ctrl-A).

// termios and isatty through libc: the one place in satp with unsafe code.
#![allow(unsafe_code)]

use satp::machine::Machine;
use std::io::Read;
use std::sync::atomic::Ordering;

/// Restores the terminal's settings when dropped.
pub struct TermGuard {
    saved: Option<libc::termios>,
}

impl Drop for TermGuard {
    fn drop(&mut self) {
        if let Some(t) = self.saved.take() {
            // SAFETY: tcsetattr on fd 0 with a termios obtained from tcgetattr.
            unsafe {
                libc::tcsetattr(0, libc::TCSANOW, &t);
            }
        }
    }
}

fn stdin_is_terminal() -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(0) == 1 }
}

fn enter_raw_mode() -> Option<libc::termios> {
    // SAFETY: a zeroed termios is a valid out-parameter; calls on fd 0 only.
    unsafe {
        let mut saved: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(0, &mut saved) != 0 {
            return None;
        }
        let mut raw = saved;
        libc::cfmakeraw(&mut raw);
        // Keep output processing so guest "\n" still returns the carriage.
        raw.c_oflag |= libc::OPOST;
        if libc::tcsetattr(0, libc::TCSANOW, &raw) != 0 {
            return None;
        }
        Some(saved)
    }
}

/// Starts forwarding stdin to the machine's UART. Returns the guard that restores the
/// terminal.
pub fn attach_stdin(m: &mut Machine) -> TermGuard {
    let terminal = stdin_is_terminal();
    let saved = if terminal { enter_raw_mode() } else { None };
    let tx = m.input_sender();
    let open = m.input_open_flag();
    let quit = m.quit_flag();
    open.store(true, Ordering::SeqCst);
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin();
        let mut buf = [0u8; 256];
        let mut after_ctrl_a = false;
        loop {
            let n = match stdin.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            for &b in &buf[..n] {
                if terminal && after_ctrl_a {
                    after_ctrl_a = false;
                    match b {
                        b'x' | b'X' => {
                            quit.store(true, Ordering::SeqCst);
                            return;
                        }
                        0x01 => {
                            let _ = tx.send(0x01);
                        }
                        _ => {}
                    }
                } else if terminal && b == 0x01 {
                    after_ctrl_a = true;
                } else if tx.send(b).is_err() {
                    return;
                }
            }
        }
        open.store(false, Ordering::SeqCst);
    });
    TermGuard { saved }
}
