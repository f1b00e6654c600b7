//! The sweep's table: one row per point, the run's whole `--stats-json` report flattened
//! (`dtlb.misses`, `caches.l2.misses`, `exceptions.13`, ...), with the point's parameters in
//! front. Written as CSV and as JSON lines; the same table whether the points ran here or
//! as cluster jobs, because both are built from the points' report files.

use serde_json::Value;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::SweepError;

/// Keys of a report that differ from run to run of the same point (host speed): left out
/// when two tables are compared, kept in the table.
pub const HOST_COLUMNS: [&str; 2] = ["host_seconds", "mips"];

/// One point's row: its columns in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The point's number in the grid (0-based).
    pub point: usize,
    /// `(column, value)` in column order: `point`, `guest`, the parameters, `exit_status`,
    /// then the report's keys, flattened and sorted, each `X.misses` followed by `X.mpki`.
    pub cells: Vec<(String, Value)>,
}

impl Row {
    /// The value of `column`, if the row has it.
    pub fn get(&self, column: &str) -> Option<&Value> {
        self.cells.iter().find(|(k, _)| k == column).map(|(_, v)| v)
    }

    /// The value of `column` as a number (numbers, and strings that parse as one).
    pub fn number(&self, column: &str) -> Option<f64> {
        match self.get(column)? {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => s.parse().ok(),
            Value::Bool(b) => Some(f64::from(u8::from(*b))),
            _ => None,
        }
    }

    /// The value of `column` as text (strings as they are, other values as JSON).
    pub fn text(&self, column: &str) -> String {
        match self.get(column) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => String::new(),
            Some(v) => v.to_string(),
        }
    }
}

/// Appends the leaves of `value` under `prefix` (objects and arrays joined with `.`).
pub fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, Value)>) {
    let key = |k: &str| if prefix.is_empty() { k.to_string() } else { format!("{prefix}.{k}") };
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&key(k), v, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                flatten(&key(&i.to_string()), v, out);
            }
        }
        leaf => out.push((prefix.to_string(), leaf.clone())),
    }
}

/// The flattened report, with `X.mpki` (misses per thousand instructions) after every
/// numeric `X.misses`.
pub fn flatten_report(report: &Value) -> Vec<(String, Value)> {
    let mut flat = Vec::new();
    flatten("", report, &mut flat);
    let instructions = report.get("instructions").and_then(Value::as_u64).unwrap_or(0);
    let mut out = Vec::with_capacity(flat.len() + 16);
    for (k, v) in flat {
        let mpki = match (k.strip_suffix(".misses"), v.as_u64()) {
            (Some(base), Some(misses)) => {
                Some((format!("{base}.mpki"), mpki(misses, instructions)))
            }
            _ => None,
        };
        out.push((k, v));
        if let Some(extra) = mpki {
            out.push(extra);
        }
    }
    out
}

/// Misses per thousand instructions, as a JSON number (0 when nothing ran).
fn mpki(misses: u64, instructions: u64) -> Value {
    if instructions == 0 {
        return Value::from(0.0);
    }
    let x = misses as f64 * 1000.0 / instructions as f64;
    // Six significant decimals: the same figure from the same counts on every host.
    Value::from((x * 1e6).round() / 1e6)
}

/// What the sweep put in a point's report (`--label`s and the exit status).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PointLabels {
    pub point: usize,
    pub points: usize,
    pub vary: Vec<String>,
    pub guest: String,
    pub params: Vec<(String, String)>,
}

/// Reads the sweep's labels from a report (`labels` object, as `satp run --label` writes).
pub fn point_labels(report: &Value) -> Option<PointLabels> {
    let labels = report.get("labels")?.as_object()?;
    let get = |k: &str| labels.get(k).and_then(Value::as_str);
    let point = get("sweep.point")?.parse().ok()?;
    let points = get("sweep.points")?.parse().ok()?;
    let vary: Vec<String> = match get("sweep.vary")? {
        "" => Vec::new(),
        v => v.split(',').map(str::to_string).collect(),
    };
    let guest = get("guest")?.to_string();
    let params = vary.iter().map(|n| (n.clone(), get(n).unwrap_or("").to_string())).collect();
    Some(PointLabels { point, points, vary, guest, params })
}

/// A point's row from its report.
pub fn row(labels: &PointLabels, report: &Value) -> Row {
    let mut cells = vec![
        ("point".to_string(), Value::from(labels.point)),
        ("guest".to_string(), Value::from(labels.guest.clone())),
    ];
    for (k, v) in &labels.params {
        cells.push((k.clone(), Value::from(v.clone())));
    }
    cells.push(("exit_status".into(), report.get("exit_status").cloned().unwrap_or(Value::Null)));
    let mut body = report.clone();
    if let Some(obj) = body.as_object_mut() {
        obj.remove("labels");
        obj.remove("exit_status");
    }
    for (k, v) in flatten_report(&body) {
        // A parameter named like a report key (harts, model) keeps its own column.
        if !cells.iter().any(|(c, _)| *c == k) {
            cells.push((k, v));
        }
    }
    Row { point: labels.point, cells }
}

/// The whole table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// The varied parameters, in grid order.
    pub vary: Vec<String>,
    /// Number of points in the grid (rows may be fewer if some have no report).
    pub points: usize,
    pub rows: Vec<Row>,
}

impl Table {
    /// Reads every point's report in `dir` (`p*.json`). Returns the table and the points of
    /// the grid that have no (complete) report.
    pub fn from_dir(dir: &Path) -> Result<(Table, Vec<usize>), SweepError> {
        let entries = std::fs::read_dir(dir).map_err(|e| SweepError::Io(dir.into(), e))?;
        let mut files: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                name.starts_with('p') && name.ends_with(".json")
            })
            .collect();
        files.sort();
        let mut table = Table::default();
        for f in &files {
            let text = std::fs::read_to_string(f).map_err(|e| SweepError::Io(f.clone(), e))?;
            if text.trim().is_empty() {
                // A run that never finished (host error, killed job): counted as missing.
                continue;
            }
            let report: Value = serde_json::from_str(&text)
                .map_err(|e| SweepError::Bad(f.clone(), e.to_string()))?;
            let Some(labels) = point_labels(&report) else {
                return Err(SweepError::Bad(
                    f.clone(),
                    "not a satp sweep report (no labels)".into(),
                ));
            };
            if table.rows.is_empty() {
                table.vary = labels.vary.clone();
                table.points = labels.points;
            } else if labels.vary != table.vary || labels.points != table.points {
                return Err(SweepError::Bad(f.clone(), "a report of another sweep".into()));
            }
            table.rows.push(row(&labels, &report));
        }
        if table.rows.is_empty() {
            return Err(SweepError::Empty(dir.into()));
        }
        table.rows.sort_by_key(|r| r.point);
        table.rows.dedup_by_key(|r| r.point);
        let missing =
            (0..table.points).filter(|p| !table.rows.iter().any(|r| r.point == *p)).collect();
        Ok((table, missing))
    }

    /// Every column, in order: the first row's, then any that later rows add.
    pub fn columns(&self) -> Vec<String> {
        let mut cols: Vec<String> = Vec::new();
        for r in &self.rows {
            for (k, _) in &r.cells {
                if !cols.contains(k) {
                    cols.push(k.clone());
                }
            }
        }
        cols
    }

    /// The table as CSV with a header line (RFC 4180 quoting).
    pub fn to_csv(&self) -> String {
        let cols = self.columns();
        let mut s = String::new();
        let line: Vec<String> = cols.iter().map(|c| csv_field(c)).collect();
        let _ = writeln!(s, "{}", line.join(","));
        for r in &self.rows {
            let line: Vec<String> = cols.iter().map(|c| csv_field(&r.text(c))).collect();
            let _ = writeln!(s, "{}", line.join(","));
        }
        s
    }

    /// The table as JSON lines: one object per row, keys in column order.
    pub fn to_jsonl(&self) -> String {
        let mut s = String::new();
        for r in &self.rows {
            let fields: Vec<String> =
                r.cells.iter().map(|(k, v)| format!("{}:{}", Value::from(k.as_str()), v)).collect();
            let _ = writeln!(s, "{{{}}}", fields.join(","));
        }
        s
    }

    /// The table without the host-time columns, to compare two runs of the same grid.
    pub fn without_host_columns(&self) -> Table {
        let mut t = self.clone();
        for r in &mut t.rows {
            r.cells.retain(|(k, _)| !HOST_COLUMNS.contains(&k.as_str()));
        }
        t
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn flattens_with_mpki() {
        let r = json!({"instructions": 2000, "dtlb": {"misses": 3, "hits": 1}, "e": [1, 2]});
        let flat = flatten_report(&r);
        let keys: Vec<&str> = flat.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["dtlb.hits", "dtlb.misses", "dtlb.mpki", "e.0", "e.1", "instructions"]);
        assert_eq!(flat[2].1, json!(1.5));
    }

    #[test]
    fn rows_from_labels() {
        let r = json!({
            "instructions": 10, "harts": 1, "exit_status": 0, "host_seconds": 0.1,
            "labels": {"sweep.point": "2", "sweep.points": "4", "sweep.vary": "harts,dtlb",
                       "guest": "a,b.elf", "harts": "1", "dtlb": "16"},
        });
        let l = point_labels(&r).unwrap();
        assert_eq!(l.params, [("harts".into(), "1".into()), ("dtlb".into(), "16".into())]);
        let t = Table { vary: l.vary.clone(), points: 4, rows: vec![row(&l, &r)] };
        assert_eq!(
            t.columns(),
            ["point", "guest", "harts", "dtlb", "exit_status", "host_seconds", "instructions"]
        );
        assert_eq!(t.to_csv(), "point,guest,harts,dtlb,exit_status,host_seconds,instructions\n2,\"a,b.elf\",1,16,0,0.1,10\n");
        assert_eq!(t.without_host_columns().columns().len(), 6);
        assert!(t.to_jsonl().starts_with("{\"point\":2,\"guest\":\"a,b.elf\",\"harts\":\"1\""));
    }
}
