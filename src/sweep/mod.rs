//! `satp sweep`: runs guests over a grid of parameters and tabulates the reports.
//!
//! A grid is the guests times the values of each varied parameter (`--vary NAME=V1,V2`).
//! Every point is one `satp run` command line that writes its report, with the point's
//! labels and exit status, to `DIR/pNNNN.json`. Locally those command lines run as child
//! processes on all cores; with `--emit-jobs` they are printed for GNU parallel or a Slurm
//! job array. Either way the table (CSV, JSON lines) and the plots are built from the
//! files alone ([`table::Table::from_dir`]), so a merge of cluster results equals a local
//! sweep.

pub mod table;

use crate::machine::Exit;
use crate::progress::Progress;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// What can go wrong in a sweep, as one line for `satp: ...`.
#[derive(Debug, thiserror::Error)]
pub enum SweepError {
    #[error("{path}: {err}", path = .0.display(), err = .1)]
    Io(PathBuf, std::io::Error),
    #[error("{path}: {msg}", path = .0.display(), msg = .1)]
    Bad(PathBuf, String),
    #[error("{}: no sweep reports (p*.json) in this directory", .0.display())]
    Empty(PathBuf),
    #[error("--vary {0}")]
    Vary(String),
    #[error("{0}")]
    Plot(String),
}

/// Parameters `--vary` accepts: each is the `satp run` flag of the same name, except the
/// `-ways`/`-policy` ones, which fill in fields of `--itlb`/`--dtlb`.
pub const PARAMETERS: [&str; 22] = [
    "itlb",
    "itlb-ways",
    "itlb-policy",
    "dtlb",
    "dtlb-ways",
    "dtlb-policy",
    "shadow-tlb",
    "l2tlb",
    "l2tlb-latency",
    "icache",
    "dcache",
    "l2",
    "mem",
    "harts",
    "model",
    "timing",
    "clock-hz",
    "ad-mode",
    "append",
    "send",
    "max-insns",
    "isa",
];

/// Parameters whose values may contain commas: one value per `--vary`.
const ONE_VALUE: [&str; 3] = ["append", "send", "shadow-tlb"];

/// One varied parameter and its values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Axis {
    pub name: String,
    pub values: Vec<String>,
}

/// Adds `--vary NAME=V1,V2,...` to `axes` (a name given again adds values).
pub fn add_vary(axes: &mut Vec<Axis>, spec: &str) -> Result<(), SweepError> {
    let Some((name, values)) = spec.split_once('=') else {
        return Err(SweepError::Vary(format!("'{spec}': write NAME=V1,V2,...")));
    };
    let name = name.trim();
    if !PARAMETERS.contains(&name) {
        return Err(SweepError::Vary(format!(
            "'{name}': not a parameter (known: {})",
            PARAMETERS.join(", ")
        )));
    }
    let values: Vec<String> = if ONE_VALUE.contains(&name) {
        vec![values.to_string()]
    } else {
        values.split(',').map(|v| v.trim().to_string()).collect()
    };
    if values.iter().any(String::is_empty) {
        return Err(SweepError::Vary(format!("'{spec}': an empty value")));
    }
    match axes.iter_mut().find(|a| a.name == name) {
        Some(a) => a.values.extend(values),
        None => axes.push(Axis { name: name.to_string(), values }),
    }
    Ok(())
}

/// The grid: guests times axes, plus flags every run gets.
#[derive(Clone, Debug, Default)]
pub struct Grid {
    /// Each guest as the user named it (the `guest` column) and its absolute path.
    pub guests: Vec<(String, PathBuf)>,
    pub axes: Vec<Axis>,
    /// `satp run` flags for every point (after `--` on the command line).
    pub run_flags: Vec<String>,
}

/// One point of the grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Point {
    pub index: usize,
    pub guest: usize,
    /// The value of each axis, in axis order.
    pub params: Vec<(String, String)>,
}

impl Grid {
    /// Every point: guests outermost, then the axes in the order given (the last varies
    /// fastest).
    pub fn points(&self) -> Vec<Point> {
        let mut out = Vec::new();
        for g in 0..self.guests.len() {
            let mut combos: Vec<Vec<(String, String)>> = vec![Vec::new()];
            for axis in &self.axes {
                let mut next = Vec::new();
                for c in &combos {
                    for v in &axis.values {
                        let mut c = c.clone();
                        c.push((axis.name.clone(), v.clone()));
                        next.push(c);
                    }
                }
                combos = next;
            }
            for params in combos {
                out.push(Point { index: out.len(), guest: g, params });
            }
        }
        out
    }

    /// The names of the varied parameters, plus `guest` first when there are several.
    pub fn vary_names(&self) -> Vec<String> {
        self.axes.iter().map(|a| a.name.clone()).collect()
    }

    /// The `satp run` arguments of a point (without the program name), writing its report
    /// into `dir`.
    pub fn run_args(&self, p: &Point, total: usize, dir: &Path) -> Vec<String> {
        let (label, path) = match self.guests.get(p.guest) {
            Some((l, path)) => (l.clone(), path.display().to_string()),
            None => (String::new(), String::new()),
        };
        let mut args = vec!["run".to_string(), path];
        args.extend(tlb_flags(&p.params));
        for (name, value) in &p.params {
            if !name.starts_with("itlb") && !name.starts_with("dtlb") {
                args.push(format!("--{name}"));
                args.push(value.clone());
            }
        }
        args.extend(self.run_flags.iter().cloned());
        args.push("--stats-json".into());
        args.push(point_file(dir, p.index).display().to_string());
        let mut labels = vec![
            format!("sweep.point={}", p.index),
            format!("sweep.points={total}"),
            format!("sweep.vary={}", self.vary_names().join(",")),
            format!("guest={label}"),
        ];
        labels.extend(p.params.iter().map(|(k, v)| format!("{k}={v}")));
        for l in labels {
            args.push("--label".into());
            args.push(l);
        }
        args
    }
}

/// `--itlb`/`--dtlb` from the point's `itlb`, `itlb-ways`, `itlb-policy` (and `dtlb...`)
/// values: ENTRIES (default 32), WAYS (default: fully associative), POLICY (default lru).
fn tlb_flags(params: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for tlb in ["itlb", "dtlb"] {
        let get = |suffix: &str| {
            let key = format!("{tlb}{suffix}");
            params.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())
        };
        let (entries, ways, policy) = (get(""), get("-ways"), get("-policy"));
        if entries.is_none() && ways.is_none() && policy.is_none() {
            continue;
        }
        let entries = entries.unwrap_or_else(|| "32".into());
        let spec = match (ways, policy) {
            (None, None) => entries,
            (Some(w), None) => format!("{entries}:{w}"),
            (None, Some(p)) => format!("{entries}:{p}"),
            (Some(w), Some(p)) => format!("{entries}:{w}:{p}"),
        };
        out.push(format!("--{tlb}"));
        out.push(spec);
    }
    out
}

/// The report file of point `index` in `dir`.
pub fn point_file(dir: &Path, index: usize) -> PathBuf {
    dir.join(format!("p{index:05}.json"))
}

/// The console log of point `index` in `dir` (local sweeps only).
pub fn log_file(dir: &Path, index: usize) -> PathBuf {
    dir.join(format!("p{index:05}.log"))
}

/// `args` as one POSIX shell command line (single quotes where needed).
pub fn shell_line(program: &Path, args: &[String]) -> String {
    std::iter::once(program.display().to_string())
        .chain(args.iter().cloned())
        .map(|a| shell_quote(&a))
        .collect::<Vec<_>>()
        .join(" ")
}

fn shell_quote(s: &str) -> String {
    let plain =
        !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=,+@%".contains(c));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// The exit status `satp run` gives a run that ended so (see README, Exit status).
pub fn exit_status(exit: &Exit) -> u8 {
    match exit {
        Exit::Guest(0) | Exit::Until(_) | Exit::HostQuit | Exit::Debug => 0,
        Exit::Guest(_) | Exit::FailOn(_) | Exit::Deadlock => 1,
        Exit::InstructionLimit | Exit::TrapLoop { .. } => 3,
        Exit::ConsoleClosed => 141,
        Exit::Signal(sig) => (128 + sig).clamp(0, 255) as u8,
    }
}

/// A point that ran without leaving a report.
#[derive(Clone, Debug)]
pub struct Failed {
    pub index: usize,
    /// The exit status of `satp run` (None: killed) and its last line on stderr.
    pub status: Option<i32>,
    pub message: String,
}

/// Runs every point with `satp` (this binary) on `jobs` child processes, the console of
/// each into `DIR/pNNNN.log`. Returns the points that left no report.
pub fn run_local(
    satp: &Path,
    grid: &Grid,
    dir: &Path,
    jobs: usize,
    progress: &Progress,
) -> Vec<Failed> {
    let points = grid.points();
    let total = points.len();
    let next = AtomicUsize::new(0);
    let failed = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(p) = points.get(i) else { break };
                let args = grid.run_args(p, total, dir);
                let result = run_point(satp, &args, &log_file(dir, p.index));
                let report_ok = std::fs::metadata(point_file(dir, p.index))
                    .map(|m| m.len() > 0)
                    .unwrap_or(false);
                if !report_ok {
                    let (status, message) = match result {
                        Ok(status) => (status, last_line(&log_file(dir, p.index))),
                        Err(e) => (None, e.to_string()),
                    };
                    let mut f = failed.lock().unwrap_or_else(|e| e.into_inner());
                    f.push(Failed { index: p.index, status, message });
                }
                let what: Vec<String> = p.params.iter().map(|(k, v)| format!("{k}={v}")).collect();
                progress.inc(&what.join(" "));
            });
        }
    });
    let mut f = failed.into_inner().unwrap_or_else(|e| e.into_inner());
    f.sort_by_key(|x| x.index);
    f
}

fn run_point(satp: &Path, args: &[String], log: &Path) -> std::io::Result<Option<i32>> {
    let out = std::fs::File::create(log)?;
    let err = out.try_clone()?;
    let status = Command::new(satp)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::from(out))
        .stderr(Stdio::from(err))
        .status()?;
    Ok(status.code())
}

fn last_line(path: &Path) -> String {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| t.lines().rev().find(|l| !l.trim().is_empty()).map(str::to_string))
        .unwrap_or_default()
}

/// The plot of a table: `metric` against parameter `x`, one line per combination of the
/// other parameters (and guests, when there are several).
pub fn table_chart(
    t: &table::Table,
    metric: &str,
    x: &str,
    log_x: bool,
) -> Result<crate::plot::Chart, SweepError> {
    let columns = t.columns();
    if !columns.iter().any(|c| c == metric) {
        let near: Vec<&String> = columns
            .iter()
            .filter(|c| c.contains(metric) || metric.contains(c.as_str()))
            .take(8)
            .collect();
        let hint = if near.is_empty() {
            String::from("the table's columns are in its CSV header")
        } else {
            format!(
                "did you mean {}?",
                near.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
            )
        };
        return Err(SweepError::Plot(format!("--plot {metric}: no such column ({hint})")));
    }
    if !t.vary.iter().any(|v| v == x) && x != "guest" {
        return Err(SweepError::Plot(format!(
            "--x {x}: not a varied parameter (varied: {})",
            if t.vary.is_empty() { "none".to_string() } else { t.vary.join(", ") }
        )));
    }
    let guests: Vec<String> = {
        let mut g: Vec<String> = Vec::new();
        for r in &t.rows {
            let name = r.text("guest");
            if !g.contains(&name) {
                g.push(name);
            }
        }
        g
    };
    let mut others: Vec<String> = t.vary.iter().filter(|v| *v != x).cloned().collect();
    if guests.len() > 1 && x != "guest" {
        others.insert(0, "guest".into());
    }
    // x positions: numbers when every value is one (a TLB geometry by its entries),
    // otherwise the values in order of first appearance.
    let xs: Vec<String> = {
        let mut v: Vec<String> = Vec::new();
        for r in &t.rows {
            let s = r.text(x);
            if !v.contains(&s) {
                v.push(s);
            }
        }
        v
    };
    let numeric = xs.iter().all(|s| leading_number(s).is_some());
    let x_of = |s: &str| -> f64 {
        if numeric {
            leading_number(s).unwrap_or(0.0)
        } else {
            xs.iter().position(|v| v == s).unwrap_or(0) as f64
        }
    };
    let mut series: Vec<crate::plot::Series> = Vec::new();
    for r in &t.rows {
        let Some(y) = r.number(metric) else { continue };
        let label = if others.is_empty() {
            metric.to_string()
        } else {
            others
                .iter()
                .map(|o| {
                    let v = r.text(o);
                    if o == "guest" {
                        Path::new(&v)
                            .file_stem()
                            .map(|s| s.to_string_lossy().into_owned())
                            .unwrap_or(v)
                    } else {
                        format!("{o}={v}")
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let pt = (x_of(&r.text(x)), y);
        match series.iter_mut().find(|s| s.label == label) {
            Some(s) => s.points.push(pt),
            None => series.push(crate::plot::Series { label, points: vec![pt] }),
        }
    }
    for s in &mut series {
        s.points.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    Ok(crate::plot::Chart {
        title: format!("{metric} against {x}"),
        x_label: x.to_string(),
        y_label: metric.to_string(),
        series,
        log_x: log_x && numeric,
        x_names: if numeric { None } else { Some(xs) },
    })
}

/// The number a parameter value starts with (`64` in `64:4:plru`, `32` in `32K:8:64`
/// counts as 32768).
fn leading_number(s: &str) -> Option<f64> {
    let first = s.split(':').next().unwrap_or(s);
    if let Ok(n) = first.parse::<f64>() {
        return Some(n);
    }
    crate::cli::parse_size(first).ok().map(|n| n as f64)
}

/// Writes `DIR/sweep.csv`, `DIR/sweep.jsonl` and one `DIR/METRIC.svg` per plotted column;
/// returns the files written.
pub fn write_outputs(
    dir: &Path,
    t: &table::Table,
    plots: &[String],
    x: Option<&str>,
    log_x: bool,
) -> Result<Vec<PathBuf>, SweepError> {
    let write = |name: &str, text: &str| -> Result<PathBuf, SweepError> {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|e| SweepError::Io(path.clone(), e))?;
        Ok(path)
    };
    let mut files = vec![write("sweep.csv", &t.to_csv())?, write("sweep.jsonl", &t.to_jsonl())?];
    let x = x.map(str::to_string).or_else(|| t.vary.first().cloned()).unwrap_or("guest".into());
    for metric in plots {
        let chart = table_chart(t, metric, &x, log_x)?;
        let svg = crate::plot::svg(&[chart], 900, 560).map_err(SweepError::Plot)?;
        files.push(write(&format!("{metric}.svg"), &svg)?);
    }
    Ok(files)
}

/// A short text table for the terminal: each point's parameters and the plotted columns.
pub fn summary(t: &table::Table, plots: &[String]) -> String {
    let mut cols: Vec<String> = vec!["guest".into()];
    cols.extend(t.vary.iter().cloned());
    let mut rows: Vec<Vec<String>> = vec![cols.iter().chain(plots).cloned().collect()];
    for r in &t.rows {
        let mut line: Vec<String> = cols
            .iter()
            .map(|c| {
                let v = r.text(c);
                match c.as_str() {
                    "guest" => Path::new(&v)
                        .file_name()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or(v),
                    _ => v,
                }
            })
            .collect();
        line.extend(plots.iter().map(|m| match r.get(m) {
            Some(serde_json::Value::Number(n)) if n.is_f64() => {
                format!("{:.4}", n.as_f64().unwrap_or(0.0))
            }
            _ => r.text(m),
        }));
        rows.push(line);
    }
    let ncols = rows.first().map(Vec::len).unwrap_or(0);
    let widths: Vec<usize> = (0..ncols)
        .map(|i| rows.iter().map(|r| r.get(i).map_or(0, String::len)).max().unwrap_or(0))
        .collect();
    let mut s = String::new();
    for r in rows {
        let cells: Vec<String> = r.iter().zip(&widths).map(|(c, w)| format!("{c:>w$}")).collect();
        s.push_str(cells.join("  ").trim_end());
        s.push('\n');
    }
    s
}

/// Removes the reports and logs of an earlier sweep from `dir`.
pub fn clear_points(dir: &Path) -> Result<(), SweepError> {
    let entries = std::fs::read_dir(dir).map_err(|e| SweepError::Io(dir.into(), e))?;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let ours = name.starts_with('p')
            && (name.ends_with(".json") || name.ends_with(".log"))
            && name[1..].split('.').next().is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()));
        if ours {
            std::fs::remove_file(e.path()).map_err(|err| SweepError::Io(e.path(), err))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_and_command_lines() {
        let mut axes = Vec::new();
        add_vary(&mut axes, "dtlb=8,16").unwrap();
        add_vary(&mut axes, "dtlb-policy=lru,plru").unwrap();
        add_vary(&mut axes, "append=workload=random frames=8,16").unwrap();
        assert!(add_vary(&mut axes, "bogus=1").is_err());
        assert!(add_vary(&mut axes, "dtlb").is_err());
        let grid = Grid {
            guests: vec![("g.elf".into(), "/abs/g.elf".into())],
            axes,
            run_flags: vec!["--model".into(), "functional".into()],
        };
        let points = grid.points();
        assert_eq!(points.len(), 4);
        let args = grid.run_args(&points[1], 4, Path::new("/out"));
        let line = shell_line(Path::new("/bin/satp"), &args);
        assert_eq!(
            line,
            "/bin/satp run /abs/g.elf --dtlb 8:plru --append 'workload=random frames=8,16' \
             --model functional --stats-json /out/p00001.json --label sweep.point=1 \
             --label sweep.points=4 --label sweep.vary=dtlb,dtlb-policy,append --label guest=g.elf \
             --label dtlb=8 --label dtlb-policy=plru --label 'append=workload=random frames=8,16'"
        );
        assert_eq!(shell_quote("it's"), "'it'\\''s'");
        assert_eq!(leading_number("32K:8:64"), Some(32768.0));
        assert_eq!(leading_number("64:4:plru"), Some(64.0));
    }
}
