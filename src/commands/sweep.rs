//! `satp sweep` (a grid of runs, their table and plots) and `satp plot` (a
//! `--stats-interval` file as SVG time series).

use super::run::RunOnly;
use crate::host_error;
use clap::{Args, Parser};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub(crate) struct SweepArgs {
    /// The guests (ELF files) to run at every point
    #[arg(required_unless_present = "merge")]
    guests: Vec<PathBuf>,
    /// A parameter and its values, NAME=V1,V2,... (repeatable; the grid is every
    /// combination). NAME is a satp run flag: itlb, dtlb, shadow-tlb, l2tlb, l2tlb-latency,
    /// icache, dcache, l2, mem, harts, model, timing, clock-hz, ad-mode, append, send,
    /// max-insns, isa; or itlb-ways, itlb-policy, dtlb-ways, dtlb-policy (fields of
    /// --itlb/--dtlb). append, send and shadow-tlb take one value per --vary, since theirs
    /// may contain commas
    #[arg(long, value_name = "NAME=V1,V2,...")]
    vary: Vec<String>,
    /// Directory for the points' reports and the table (created if needed)
    #[arg(long, short, value_name = "DIR", default_value = "sweep-out")]
    out: PathBuf,
    /// Parallel runs (default: all cores)
    #[arg(long, short, value_name = "N")]
    jobs: Option<usize>,
    /// A table column to plot (repeatable; each writes DIR/COLUMN.svg), e.g. dtlb.mpki,
    /// cycles, vm_cycle_share [default: dtlb.mpki]
    #[arg(long, value_name = "COLUMN")]
    plot: Vec<String>,
    /// The parameter on the plots' x axis [default: the first --vary]
    #[arg(long, value_name = "NAME")]
    x: Option<String>,
    /// Log2 x axis (for sizes that double)
    #[arg(long)]
    log_x: bool,
    /// Print one self-contained satp run command line per point (for GNU parallel or a
    /// Slurm job array) instead of running them; each writes DIR/pNNNNN.json
    #[arg(long, conflicts_with = "merge")]
    emit_jobs: bool,
    /// Build the table and plots from the reports in DIR (written by --emit-jobs lines)
    #[arg(long, value_name = "DIR")]
    merge: Option<PathBuf>,
    /// The satp binary the emitted command lines run [default: this one]
    #[arg(long, value_name = "PATH")]
    satp: Option<PathBuf>,
    /// satp run flags for every point, after --, e.g. -- --model functional --max-insns 50M
    #[arg(last = true, value_name = "RUN FLAGS")]
    run_flags: Vec<String>,
}

#[derive(Args)]
pub(crate) struct PlotArgs {
    /// The --stats-interval output (JSON lines; other lines are skipped), or - for stdin
    file: PathBuf,
    /// The SVG file to write [default: FILE with the extension .svg]
    #[arg(long, short, value_name = "SVG")]
    out: Option<PathBuf>,
}

/// `satp sweep`: build the grid, check every point's flags, then run the points here (or
/// print them as jobs), and write the table and plots.
pub(crate) fn sweep(args: SweepArgs) -> ExitCode {
    use satp::sweep::{self, table::Table, Grid};
    let plots =
        if args.plot.is_empty() { vec!["dtlb.mpki".to_string()] } else { args.plot.clone() };
    if let Some(dir) = &args.merge {
        let (table, missing) = match Table::from_dir(dir) {
            Ok(t) => t,
            Err(e) => return host_error(e),
        };
        if !missing.is_empty() {
            let names: Vec<String> = missing.iter().take(8).map(|p| format!("p{p:05}")).collect();
            eprintln!(
                "satp: warning: {}: {} of {} points have no report ({}{})",
                dir.display(),
                missing.len(),
                table.points,
                names.join(", "),
                if missing.len() > 8 { ", ..." } else { "" }
            );
        }
        return sweep_outputs(dir, &table, &plots, &args, !missing.is_empty());
    }
    let mut grid = Grid { run_flags: args.run_flags.clone(), ..Grid::default() };
    for g in &args.guests {
        match std::fs::canonicalize(g) {
            Ok(abs) => grid.guests.push((g.display().to_string(), abs)),
            Err(e) => return host_error(format!("{}: {e}", g.display())),
        }
    }
    for v in &args.vary {
        if let Err(e) = sweep::add_vary(&mut grid.axes, v) {
            return host_error(e);
        }
    }
    if let Some(x) = &args.x {
        if !grid.axes.iter().any(|a| &a.name == x) && x != "guest" {
            return host_error(format!("--x {x}: not a --vary parameter"));
        }
    }
    if let Err(e) = std::fs::create_dir_all(&args.out) {
        return host_error(format!("{}: {e}", args.out.display()));
    }
    let dir = match std::fs::canonicalize(&args.out) {
        Ok(d) => d,
        Err(e) => return host_error(format!("{}: {e}", args.out.display())),
    };
    let points = grid.points();
    // Every point's command line must be one satp run accepts, before anything runs.
    for p in &points {
        let argv = grid.run_args(p, points.len(), &dir);
        let checked = RunOnly::try_parse_from(
            std::iter::once("satp".to_string()).chain(argv.into_iter().skip(1)),
        )
        .map_err(|e| {
            e.to_string().lines().next().unwrap_or("").trim_start_matches("error: ").to_string()
        })
        .and_then(|r| r.run.machine.config().map(|_| ()));
        if let Err(e) = checked {
            let what: Vec<String> = p.params.iter().map(|(k, v)| format!("{k}={v}")).collect();
            return host_error(format!("sweep point {} ({}): {e}", p.index, what.join(" ")));
        }
    }
    let satp_bin = match args.satp.clone().map(Ok).unwrap_or_else(std::env::current_exe) {
        Ok(p) => p,
        Err(e) => return host_error(format!("cannot find the satp binary: {e}")),
    };
    if args.emit_jobs {
        for p in &points {
            println!("{}", sweep::shell_line(&satp_bin, &grid.run_args(p, points.len(), &dir)));
        }
        eprintln!(
            "satp: {} jobs; once they have run: satp sweep --merge {}",
            points.len(),
            dir.display()
        );
        return ExitCode::SUCCESS;
    }
    if let Err(e) = sweep::clear_points(&dir) {
        return host_error(e);
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    let progress = satp::progress::Progress::new(points.len() as u64, "sweep");
    if !progress.visible() {
        eprintln!("satp: sweep: {} points on {jobs} cores into {}", points.len(), dir.display());
    }
    let failed = sweep::run_local(&satp_bin, &grid, &dir, jobs, &progress);
    progress.finish();
    for f in &failed {
        let status = f.status.map(|s| s.to_string()).unwrap_or_else(|| "killed".into());
        eprintln!(
            "satp: warning: point {} left no report (status {status}): {}",
            f.index, f.message
        );
    }
    let table = match Table::from_dir(&dir) {
        Ok((t, _)) => t,
        Err(e) => return host_error(e),
    };
    sweep_outputs(&dir, &table, &plots, &args, !failed.is_empty())
}

fn sweep_outputs(
    dir: &std::path::Path,
    table: &satp::sweep::table::Table,
    plots: &[String],
    args: &SweepArgs,
    incomplete: bool,
) -> ExitCode {
    let files = match satp::sweep::write_outputs(dir, table, plots, args.x.as_deref(), args.log_x) {
        Ok(f) => f,
        Err(e) => return host_error(e),
    };
    print!("{}", satp::sweep::summary(table, plots));
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    eprintln!("satp: sweep: {} rows; wrote {}", table.rows.len(), names.join(", "));
    if incomplete {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `satp plot`: a --stats-interval file as SVG time series.
pub(crate) fn plot(args: PlotArgs) -> ExitCode {
    let stdin = args.file.as_os_str() == "-";
    let text = if stdin {
        let mut s = String::new();
        match std::io::Read::read_to_string(&mut std::io::stdin(), &mut s) {
            Ok(_) => s,
            Err(e) => return host_error(format!("stdin: {e}")),
        }
    } else {
        match std::fs::read_to_string(&args.file) {
            Ok(s) => s,
            Err(e) => return host_error(format!("{}: {e}", args.file.display())),
        }
    };
    let out = match (&args.out, stdin) {
        (Some(o), _) => o.clone(),
        (None, true) => PathBuf::from("interval.svg"),
        (None, false) => args.file.with_extension("svg"),
    };
    let charts = match satp::plot::interval_charts(&text) {
        Ok(c) => c,
        Err(e) => return host_error(format!("{}: {e}", args.file.display())),
    };
    let svg = match satp::plot::svg(&charts, 1000, 300) {
        Ok(s) => s,
        Err(e) => return host_error(format!("plot: {e}")),
    };
    if let Err(e) = std::fs::write(&out, svg) {
        return host_error(format!("{}: {e}", out.display()));
    }
    eprintln!("satp: wrote {}", out.display());
    ExitCode::SUCCESS
}
