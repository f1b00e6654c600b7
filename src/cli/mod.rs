//! Helpers for the command line: size and number parsing shared by the flags, and the
//! QEMU-compatible option parser ([`qemu`]).

pub mod qemu;

/// Parses a size such as `128M`, `16MiB`, `4096`, `1G`, `64k` into bytes.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits_end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, suffix) = t.split_at(digits_end);
    let n: u64 = num.parse().map_err(|_| format!("'{s}' is not a size (e.g. 128M, 1G, 65536)"))?;
    let mult: u64 = match suffix.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("'{s}': unknown size suffix (use K, M or G)")),
    };
    n.checked_mul(mult).ok_or_else(|| format!("'{s}' is too large"))
}

/// Parses a RAM size for `--mem`: at least 4 MiB, at most 64 GiB, a multiple of 4 KiB.
pub fn parse_mem(s: &str) -> Result<u64, String> {
    let n = parse_size(s)?;
    if n < 4 << 20 {
        return Err(format!("'{s}': RAM must be at least 4M"));
    }
    if n > 64 << 30 {
        return Err(format!("'{s}': RAM must be at most 64G"));
    }
    if n % 4096 != 0 {
        return Err(format!("'{s}': RAM size must be a multiple of 4K"));
    }
    Ok(n)
}

/// Parses an instruction count, allowing `_` separators and K/M/G suffixes (powers of 10).
pub fn parse_count(s: &str) -> Result<u64, String> {
    let t: String = s.trim().chars().filter(|c| *c != '_').collect();
    let (num, mult) = match t.chars().last() {
        Some('k' | 'K') => (&t[..t.len() - 1], 1_000),
        Some('m' | 'M') => (&t[..t.len() - 1], 1_000_000),
        Some('g' | 'G') => (&t[..t.len() - 1], 1_000_000_000),
        _ => (&t[..], 1),
    };
    let n: u64 = num.parse().map_err(|_| format!("'{s}' is not a count (e.g. 1000000, 50M)"))?;
    n.checked_mul(mult).ok_or_else(|| format!("'{s}' is too large"))
}

/// Expands the escapes of `--send`: `\n`, `\r`, `\t`, `\\`, `\e` (ESC) and `\xNN`. An
/// unknown or incomplete escape is kept as written.
/// Checks that every backslash in `s` starts an escape [`unescape`] knows (`\n`, `\r`,
/// `\t`, `\e`, `\\`, `\xNN`), so a typo is an error rather than literal text.
pub fn check_escapes(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            let ok = match b.get(i + 1) {
                Some(b'n' | b'r' | b't' | b'e' | b'\\') => 2,
                Some(b'x')
                    if b.get(i + 2..i + 4).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) =>
                {
                    4
                }
                _ => 0,
            };
            if ok == 0 {
                let rest: String = s[i..].chars().take(4).collect();
                return Err(format!("unknown escape {rest:?} (known: \\n \\r \\t \\e \\\\ \\xNN)"));
            }
            i += ok;
        } else {
            i += 1;
        }
    }
    Ok(s.to_string())
}

pub fn unescape(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 1 < b.len() {
            let (byte, used) = match b[i + 1] {
                b'n' => (Some(b'\n'), 2),
                b'r' => (Some(b'\r'), 2),
                b't' => (Some(b'\t'), 2),
                b'e' => (Some(0x1b), 2),
                b'\\' => (Some(b'\\'), 2),
                b'x' if i + 4 <= b.len() => {
                    let hex = std::str::from_utf8(&b[i + 2..i + 4]).ok();
                    match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                        Some(v) => (Some(v), 4),
                        None => (None, 1),
                    }
                }
                _ => (None, 1),
            };
            match byte {
                Some(v) => out.push(v),
                None => out.push(b[i]),
            }
            i += used;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// Where a `--disk` keeps its sectors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiskSource {
    /// A raw image file.
    File(std::path::PathBuf),
    /// A zero-filled disk of this many bytes in host memory (`mem:SIZE`).
    Mem(u64),
}

/// One `--disk` argument: `PATH` or `mem:SIZE`, then options `,role=NAME`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiskSpec {
    pub source: DiskSource,
    /// The disk's name in the report: the path, or `mem:SIZE`, as given.
    pub name: String,
    /// What the disk is for (`swap`, ...), for the report.
    pub role: Option<String>,
}

/// Parses a `--disk` argument: `PATH[,role=NAME]` or `mem:SIZE[,role=NAME]`. Options
/// follow the first single comma; a comma that belongs to the path is written twice
/// (`a,,b.img` is the file `a,b.img`), as QEMU's `-drive file=` does. A file whose name
/// starts with `mem:` is given as `./mem:...`.
pub fn parse_disk(s: &str) -> Result<DiskSpec, String> {
    // Split at single commas; ",," is a literal comma.
    let mut fields = vec![String::new()];
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ',' {
            if chars.peek() == Some(&',') {
                chars.next();
                if let Some(last) = fields.last_mut() {
                    last.push(',');
                }
            } else {
                fields.push(String::new());
            }
        } else if let Some(last) = fields.last_mut() {
            last.push(c);
        }
    }
    let name = fields.remove(0);
    if name.is_empty() {
        return Err(format!("'{s}': no disk image path (or mem:SIZE) before the options"));
    }
    let source = match name.strip_prefix("mem:") {
        Some(size) => {
            let bytes = parse_size(size)?;
            if bytes == 0 || bytes % 512 != 0 {
                return Err(format!(
                    "'{name}': an in-memory disk is a non-zero multiple of 512 bytes"
                ));
            }
            DiskSource::Mem(bytes)
        }
        None => DiskSource::File(std::path::PathBuf::from(&name)),
    };
    let mut role = None;
    for f in fields {
        match f.split_once('=') {
            Some(("role", r))
                if !r.is_empty()
                    && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') =>
            {
                role = Some(r.to_string())
            }
            Some(("role", r)) => {
                return Err(format!("'{s}': role '{r}' must be a word (letters, digits, - or _)"))
            }
            _ => {
                return Err(format!(
                    "'{s}': unknown disk option '{f}' (options: role=NAME; write a comma in a path as ,,)"
                ))
            }
        }
    }
    Ok(DiskSpec { source, name, role })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disk_specs() {
        let file = |p: &str| DiskSource::File(p.into());
        let d = parse_disk("fs.img").unwrap();
        assert_eq!((d.source, d.name.as_str(), d.role), (file("fs.img"), "fs.img", None));
        let d = parse_disk("swap.img,role=swap").unwrap();
        assert_eq!((d.source, d.role.as_deref()), (file("swap.img"), Some("swap")));
        let d = parse_disk("a,,b.img,role=data").unwrap();
        assert_eq!((d.source, d.name.as_str()), (file("a,b.img"), "a,b.img"));
        let d = parse_disk("mem:32M,role=swap").unwrap();
        assert_eq!((d.source, d.name.as_str()), (DiskSource::Mem(32 << 20), "mem:32M"));
        assert_eq!(parse_disk("./mem:1M").unwrap().source, file("./mem:1M"));
        assert!(parse_disk("mem:100").is_err());
        assert!(parse_disk("mem:x").is_err());
        assert!(parse_disk("a.img,size=3").is_err());
        assert!(parse_disk("a.img,role=").is_err());
        assert!(parse_disk("a.img,role=a b").is_err());
        assert!(parse_disk(",role=swap").is_err());
    }

    #[test]
    fn sizes_and_counts() {
        assert_eq!(parse_size("128M"), Ok(128 << 20));
        assert_eq!(parse_size("16MiB"), Ok(16 << 20));
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert!(parse_size("12Q").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_mem("1M").is_err());
        assert_eq!(parse_mem("4M"), Ok(4 << 20));
        assert!(parse_mem("5000000").is_err());
        assert_eq!(parse_count("50M"), Ok(50_000_000));
        assert_eq!(parse_count("1_000"), Ok(1000));
        assert!(parse_count("x").is_err());
    }

    #[test]
    fn send_escapes() {
        assert_eq!(unescape("ls\\n"), b"ls\n");
        assert_eq!(unescape("a\\r\\tb\\\\"), b"a\r\tb\\");
        assert_eq!(unescape("\\x41\\x4"), b"A\\x4");
        assert_eq!(unescape("\\q"), b"\\q");
        assert_eq!(unescape("end\\"), b"end\\");
    }
}
