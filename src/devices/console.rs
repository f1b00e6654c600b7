//! The machine's console: where the UART and HTIF write. It forwards output to the host
//! writer (stdout, or a buffer in tests) and keeps the bytes not yet examined, so the
//! machine can watch for `--until` / `--fail-on` patterns.

use std::io::Write;
use std::sync::{Arc, Mutex};

struct Inner {
    out: Box<dyn Write + Send>,
    /// Output not yet handed to the pattern watcher.
    unseen: Vec<u8>,
    watching: bool,
    /// The host closed the other end (EPIPE): nothing more can be shown.
    closed: bool,
}

/// A cloneable handle on the console; every clone writes to the same place.
#[derive(Clone)]
pub struct Console(Arc<Mutex<Inner>>);

impl Console {
    pub fn new(out: Box<dyn Write + Send>) -> Console {
        Console(Arc::new(Mutex::new(Inner {
            out,
            unseen: Vec::new(),
            watching: false,
            closed: false,
        })))
    }

    /// Starts keeping output for [`Console::take_unseen`].
    pub fn watch(&self) {
        self.lock().watching = true;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// True once a write failed because the reader went away (EPIPE, e.g. `| head`).
    pub fn closed(&self) -> bool {
        self.lock().closed
    }

    /// Output written since the last call (only while watching).
    pub fn take_unseen(&self) -> Vec<u8> {
        std::mem::take(&mut self.lock().unseen)
    }
}

impl Write for Console {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut inner = self.lock();
        if inner.watching {
            inner.unseen.extend_from_slice(buf);
        }
        // A full disk on the host must not stop the guest; a closed pipe ends the run
        // (the machine sees `closed` at its next service point).
        if !inner.closed {
            // A prompt without a newline ("$ ") must reach a pipe too, not wait in the
            // line buffer for the next line.
            let mut written = inner.out.write_all(buf);
            if written.is_ok() && buf.last() != Some(&b'\n') {
                written = inner.out.flush();
            }
            if let Err(e) = written {
                inner.closed = e.kind() == std::io::ErrorKind::BrokenPipe;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let _ = self.lock().out.flush();
        Ok(())
    }
}

/// Watches console output for patterns that may straddle writes.
#[derive(Clone, Debug, Default)]
pub struct PatternWatch {
    patterns: Vec<(Vec<u8>, bool)>,
    window: Vec<u8>,
    longest: usize,
}

impl PatternWatch {
    /// `until`: patterns that end the run successfully; `fail_on`: patterns that end it
    /// with failure.
    pub fn new(until: &[String], fail_on: &[String]) -> PatternWatch {
        let mut patterns: Vec<(Vec<u8>, bool)> = Vec::new();
        patterns.extend(fail_on.iter().map(|p| (p.as_bytes().to_vec(), false)));
        patterns.extend(until.iter().map(|p| (p.as_bytes().to_vec(), true)));
        patterns.retain(|(p, _)| !p.is_empty());
        let longest = patterns.iter().map(|(p, _)| p.len()).max().unwrap_or(0);
        PatternWatch { patterns, window: Vec::new(), longest }
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Feeds new output; returns the first pattern found and whether it was an `until`
    /// (success) pattern. `fail_on` patterns are checked first.
    pub fn feed(&mut self, new: &[u8]) -> Option<(String, bool)> {
        if self.patterns.is_empty() || new.is_empty() {
            return None;
        }
        self.window.extend_from_slice(new);
        for (p, ok) in &self.patterns {
            if self.window.windows(p.len()).any(|w| w == p.as_slice()) {
                return Some((String::from_utf8_lossy(p).into_owned(), *ok));
            }
        }
        let keep = self.longest.saturating_sub(1);
        if self.window.len() > keep {
            self.window.drain(..self.window.len() - keep);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_across_writes_fail_first() {
        let mut w = PatternWatch::new(&["$ ".into()], &["panic".into()]);
        assert_eq!(w.feed(b"booting...\n"), None);
        assert_eq!(w.feed(b"init: starting sh\n$"), None);
        assert_eq!(w.feed(b" "), Some(("$ ".into(), true)));
        let mut w = PatternWatch::new(&["ok".into()], &["pan".into()]);
        assert_eq!(w.feed(b"ok pan"), Some(("pan".into(), false)));
    }

    #[test]
    fn console_clones_share_output() {
        let c = Console::new(Box::new(std::io::sink()));
        c.watch();
        let mut a = c.clone();
        let mut b = c.clone();
        a.write_all(b"he").unwrap();
        b.write_all(b"llo").unwrap();
        assert_eq!(c.take_unseen(), b"hello");
        assert!(c.take_unseen().is_empty());
    }
}
