//! `satp qemu` (and satp started as qemu-system-riscv64): QEMU's options turned into a
//! `satp run` command line.

use super::run::run;
use crate::{Cli, Command};
use clap::Parser;
use satp::machine::DEBIAN_FW_JUMP;
use std::path::PathBuf;
use std::process::ExitCode;

/// `satp qemu ARGS`: QEMU's options, turned into a `satp run` command line.
pub(crate) fn qemu(args: &[String]) -> ExitCode {
    use satp::cli::qemu::{help_text, parse, version_text, QemuCommand};
    let fail = |e: &dyn std::fmt::Display| {
        eprintln!("satp: qemu: {e}");
        ExitCode::from(2)
    };
    let opts = match parse(args) {
        Ok(QemuCommand::Help) => {
            print!("{}", help_text());
            return ExitCode::SUCCESS;
        }
        Ok(QemuCommand::Version) => {
            print!("{}", version_text());
            return ExitCode::SUCCESS;
        }
        Ok(QemuCommand::Run(o)) => o,
        Err(e) => return fail(&e),
    };
    let bios = Some(PathBuf::from(DEBIAN_FW_JUMP)).filter(|p| p.is_file());
    let run_args = match opts.to_run_args(bios) {
        Ok(a) => a,
        Err(e) => return fail(&e),
    };
    let argv = ["satp".into(), "run".into()].into_iter().chain(run_args);
    match Cli::try_parse_from(argv) {
        Ok(Cli { command: Some(Command::Run(r)) }) => run(*r, None),
        Ok(_) => fail(&"internal error: not a run command"),
        Err(e) => fail(
            &e.to_string().lines().next().unwrap_or("bad option").trim_start_matches("error: "),
        ),
    }
}
