//! Helpers shared by the integration tests that run the `satp` binary.
#![allow(dead_code)]

use std::process::{Command, Output, Stdio};

/// Runs `satp ARGS...` from the crate root with no standard input.
pub fn satp(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_satp"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .expect("satp binary runs")
}

/// Runs `satp run ARGS...`.
pub fn satp_run(args: &[&str]) -> Output {
    let mut all = vec!["run"];
    all.extend_from_slice(args);
    satp(&all)
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
