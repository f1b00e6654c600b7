//! SVG line charts (plotters, SVG backend only): the sweep's metric against a parameter,
//! and `satp plot`'s time series of a `--stats-interval` file.

use plotters::prelude::*;
use serde_json::Value;

/// One line of a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub points: Vec<(f64, f64)>,
}

/// One chart: lines over a shared x axis.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Chart {
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    pub series: Vec<Series>,
    /// Log2 x axis (for sizes that double).
    pub log_x: bool,
    /// Names of the x positions 0, 1, 2, ... when x is not a number.
    pub x_names: Option<Vec<String>>,
}

/// Draws `charts` one above the other into an SVG document `width` wide, each `height`
/// high.
pub fn svg(charts: &[Chart], width: u32, height: u32) -> Result<String, String> {
    let mut buf = String::new();
    {
        let total = height.saturating_mul(charts.len().max(1) as u32);
        let root = SVGBackend::with_string(&mut buf, (width, total)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let areas = root.split_evenly((charts.len().max(1), 1));
        for (area, chart) in areas.iter().zip(charts) {
            draw(area, chart)?;
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(buf)
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

fn draw(area: &Area<'_>, chart: &Chart) -> Result<(), String> {
    let tx = |x: f64| if chart.log_x { x.max(f64::MIN_POSITIVE).log2() } else { x };
    let all = || chart.series.iter().flat_map(|s| s.points.iter());
    let (mut x0, mut x1) =
        all().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(tx(p.0)), b.max(tx(p.0))));
    let mut y1 = all().fold(0.0f64, |m, p| m.max(p.1));
    if x0 > x1 {
        (x0, x1) = (0.0, 1.0);
    }
    if x0 == x1 {
        (x0, x1) = (x0 - 0.5, x1 + 0.5);
    }
    if chart.x_names.is_some() {
        (x0, x1) = (x0 - 0.25, x1 + 0.25);
    }
    y1 = if y1 > 0.0 { y1 * 1.1 } else { 1.0 };
    let mut c = ChartBuilder::on(area)
        .caption(&chart.title, ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d(x0..x1, 0.0..y1)
        .map_err(err)?;
    let names = chart.x_names.clone();
    let log_x = chart.log_x;
    let x_fmt = move |v: &f64| -> String {
        let near = (v - v.round()).abs() < 1e-6;
        match (&names, log_x) {
            (Some(n), _) if near && *v >= 0.0 => {
                n.get(v.round() as usize).cloned().unwrap_or_default()
            }
            (Some(_), _) => String::new(),
            (None, true) if near => format!("{}", 2f64.powf(v.round())),
            (None, true) => String::new(),
            (None, false) => number(*v),
        }
    };
    let y_fmt = |v: &f64| number(*v);
    let x_labels = match (&chart.x_names, log_x) {
        (Some(n), _) => n.len() * 2 + 1,
        (None, true) => ((x1 - x0).ceil() as usize + 1) * 2,
        (None, false) => 10,
    };
    c.configure_mesh()
        .x_desc(chart.x_label.as_str())
        .y_desc(chart.y_label.as_str())
        .x_labels(x_labels)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .light_line_style(WHITE.mix(0.0))
        .draw()
        .map_err(err)?;
    for (i, s) in chart.series.iter().enumerate() {
        let color = Palette99::pick(i).to_rgba();
        let pts: Vec<(f64, f64)> = s.points.iter().map(|&(x, y)| (tx(x), y)).collect();
        c.draw_series(LineSeries::new(pts.clone(), color.stroke_width(2)))
            .map_err(err)?
            .label(s.label.as_str())
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
            });
        if pts.len() <= 64 {
            c.draw_series(pts.iter().map(|&p| Circle::new(p, 3, color.filled()))).map_err(err)?;
        }
    }
    if !chart.series.is_empty() {
        c.configure_series_labels()
            .position(SeriesLabelPosition::UpperRight)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .draw()
            .map_err(err)?;
    }
    Ok(())
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// A number for an axis label: no trailing zeros, k/M for large ones.
fn number(v: f64) -> String {
    let a = v.abs();
    let (x, suffix) = if a >= 1e9 {
        (v / 1e9, "G")
    } else if a >= 1e6 {
        (v / 1e6, "M")
    } else if a >= 1e4 {
        (v / 1e3, "k")
    } else {
        (v, "")
    };
    let s = format!("{x:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    format!("{s}{suffix}")
}

/// The panels `satp plot` draws from `--stats-interval` lines (cumulative reports, one
/// JSON object per line; other lines are skipped): per interval, IPC, TLB misses per
/// thousand instructions, page faults, disk sectors and the share of cycles spent on
/// virtual memory, against instructions executed.
pub fn interval_charts(text: &str) -> Result<Vec<Chart>, String> {
    let mut reports: Vec<Value> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if !line.starts_with('{') {
            continue;
        }
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: not JSON: {e}", n + 1))?;
        if v.get("instructions").is_none() {
            return Err(format!("line {}: not a satp report (no instructions)", n + 1));
        }
        reports.push(v);
    }
    if reports.is_empty() {
        return Err("no --stats-interval lines (JSON reports) in the input".into());
    }
    let get = |v: &Value, path: &[&str]| -> f64 {
        let mut cur = v;
        for p in path {
            match cur.get(p) {
                Some(x) => cur = x,
                None => return 0.0,
            }
        }
        cur.as_f64().unwrap_or(0.0)
    };
    // (label, chart index, per-interval value from the two cumulative reports)
    type Metric<'a> = (&'a str, usize, Box<dyn Fn(&Value, &Value) -> Option<f64> + 'a>);
    let delta = move |path: &'static [&'static str]| {
        move |a: &Value, b: &Value| get(b, path) - get(a, path)
    };
    let per_kinsn = move |path: &'static [&'static str]| {
        move |a: &Value, b: &Value| {
            let i = get(b, &["instructions"]) - get(a, &["instructions"]);
            (i > 0.0).then(|| (get(b, path) - get(a, path)) * 1000.0 / i)
        }
    };
    let metrics: Vec<Metric> = vec![
        (
            "IPC",
            0,
            Box::new(move |a, b| {
                let c = delta(&["cycles"])(a, b);
                (c > 0.0).then(|| delta(&["instructions"])(a, b) / c)
            }),
        ),
        ("iTLB", 1, Box::new(per_kinsn(&["itlb", "misses"]))),
        ("dTLB", 1, Box::new(per_kinsn(&["dtlb", "misses"]))),
        (
            "page faults",
            2,
            Box::new(move |a, b| {
                Some(
                    delta(&["page_faults", "fetch"])(a, b)
                        + delta(&["page_faults", "load"])(a, b)
                        + delta(&["page_faults", "store"])(a, b),
                )
            }),
        ),
        ("read", 3, Box::new(move |a, b| Some(delta(&["disk", "sectors_read"])(a, b)))),
        ("written", 3, Box::new(move |a, b| Some(delta(&["disk", "sectors_written"])(a, b)))),
        (
            "VM share",
            4,
            Box::new(move |a, b| {
                let c = delta(&["cycles"])(a, b);
                (c > 0.0).then(|| (delta(&["vm_cycles"])(a, b) / c).clamp(0.0, 1.0))
            }),
        ),
    ];
    let titles = [
        ("IPC per interval", "instructions per cycle"),
        ("TLB misses per thousand instructions", "misses / 1000 instructions"),
        ("page faults per interval", "page faults"),
        ("disk sectors per interval", "sectors"),
        ("share of cycles spent on virtual memory", "page walks + fault handlers"),
    ];
    let mut charts: Vec<Chart> = titles
        .iter()
        .map(|(t, y)| Chart {
            title: t.to_string(),
            x_label: "instructions".into(),
            y_label: y.to_string(),
            ..Chart::default()
        })
        .collect();
    let zero = serde_json::json!({});
    for (label, chart, f) in &metrics {
        let mut points = Vec::new();
        let mut prev = &zero;
        for r in &reports {
            if let Some(y) = f(prev, r) {
                points.push((get(r, &["instructions"]), y));
            }
            prev = r;
        }
        if let Some(c) = charts.get_mut(*chart) {
            c.series.push(Series { label: label.to_string(), points });
        }
    }
    Ok(charts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interval_deltas() {
        let text = "satp: warning: x\n\
            {\"instructions\":1000,\"cycles\":2000,\"vm_cycles\":500,\"dtlb\":{\"misses\":10}}\n\
            {\"instructions\":3000,\"cycles\":3000,\"vm_cycles\":500,\"dtlb\":{\"misses\":10}}\n";
        let charts = interval_charts(text).unwrap();
        assert_eq!(charts.len(), 5);
        assert_eq!(charts[0].series[0].points, [(1000.0, 0.5), (3000.0, 2.0)]);
        assert_eq!(charts[1].series[1].points, [(1000.0, 10.0), (3000.0, 0.0)]);
        assert_eq!(charts[4].series[0].points, [(1000.0, 0.25), (3000.0, 0.0)]);
        let svg = svg(&charts, 800, 300).unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(interval_charts("nothing").is_err());
    }

    #[test]
    fn numbers() {
        assert_eq!(number(0.5), "0.5");
        assert_eq!(number(2_000_000.0), "2M");
        assert_eq!(number(12.0), "12");
    }
}
