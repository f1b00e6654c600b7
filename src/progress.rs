//! Progress of long runs (`satp test`, `satp sweep`): a bar on stderr when stderr is a
//! terminal (indicatif), nothing otherwise. Result lines go to the caller's output either
//! way; when that output is the same terminal, they are printed above the bar so the two
//! do not garble each other.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};

/// A progress bar, or nothing when it would not be seen.
pub struct Progress {
    bar: Option<ProgressBar>,
    /// The result lines' output is the terminal the bar is drawn on.
    lines_on_terminal: bool,
}

impl Progress {
    /// A bar of `total` steps named `what` on stderr if it is a terminal; `lines_on_terminal`
    /// says whether the caller's result lines go to that terminal too (stdout is one).
    pub fn new(total: u64, what: &str) -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress::hidden();
        }
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template(
            "{prefix} [{elapsed_precise}] {wide_bar} {pos}/{len} (eta {eta}) {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        bar.set_prefix(what.to_string());
        Progress { bar: Some(bar), lines_on_terminal: std::io::stdout().is_terminal() }
    }

    /// No bar: lines go to the output as they are.
    pub fn hidden() -> Progress {
        Progress { bar: None, lines_on_terminal: false }
    }

    /// Whether a bar is shown.
    pub fn visible(&self) -> bool {
        self.bar.is_some()
    }

    /// Prints one result line to `out`, or above the bar when `out` is its terminal.
    pub fn line(&self, out: &mut dyn Write, line: &str) {
        match &self.bar {
            Some(bar) if self.lines_on_terminal => bar.println(line),
            _ => {
                let _ = writeln!(out, "{line}");
            }
        }
    }

    /// One more step done; `msg` names what finished.
    pub fn inc(&self, msg: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(msg.to_string());
            bar.inc(1);
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
