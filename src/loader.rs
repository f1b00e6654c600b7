//! ELF loading with goblin: ELF64 RISC-V executables, PT_LOAD segments placed at their
//! physical addresses (the rest of memsz zero-filled), the entry point, and the symbols
//! the platform needs (`tohost`, `fromhost`).
//!
//! Every malformed input becomes a [`LoadError`] with a one-line message; nothing here
//! panics on a bad file.

#![warn(clippy::indexing_slicing)]

use crate::bus::Bus;
use goblin::elf::{header, program_header, Elf};
use thiserror::Error;

/// Why an ELF could not be loaded.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum LoadError {
    #[error("not an ELF file")]
    NotElf,
    #[error("32-bit ELF; satp runs RV64 (ELF64) programs")]
    Not64Bit,
    #[error("big-endian ELF; RISC-V programs are little-endian")]
    BigEndian,
    #[error("ELF is for machine {0}, not RISC-V (243)")]
    WrongMachine(u16),
    #[error("ELF is not an executable (type {0}); link it with -static")]
    NotExecutable(u16),
    #[error("malformed ELF: {0}")]
    Malformed(String),
    #[error("truncated ELF: segment {index} needs file bytes {start:#x}..{end:#x} but the file has {len:#x}")]
    Truncated { index: usize, start: u64, end: u64, len: u64 },
    #[error("segment {index} at {start:#x}..{end:#x} lies outside RAM ({ram_start:#x}..{ram_end:#x}){}", if start >= ram_start { "; try a larger --mem" } else { ": the program is linked for another machine (RAM starts at 0x80000000)" })]
    OutsideRam { index: usize, start: u64, end: u64, ram_start: u64, ram_end: u64 },
    #[error("ELF has no loadable segments")]
    NoSegments,
}

/// What the loader learned from the ELF.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadedElf {
    pub entry: u64,
    pub tohost: Option<u64>,
    pub fromhost: Option<u64>,
    /// True for binaries built with a riscv-tests style environment (ours or upstream's),
    /// whose exit code is the number of the failing test.
    pub riscv_test: bool,
    /// The ELF asks to be run with Svade A/D handling (symbol `__satp_ad_mode_fault`):
    /// honoured by `satp test`.
    pub wants_ad_fault: bool,
    /// Lowest and highest physical address loaded.
    pub span: (u64, u64),
    /// The symbols `begin_signature` and `end_signature` (riscv-arch-test), if present.
    pub begin_signature: Option<u64>,
    pub end_signature: Option<u64>,
}

/// Checks the ELF identification bytes before handing the file to goblin.
fn check_ident(data: &[u8]) -> Result<(), LoadError> {
    if data.get(..4) != Some(b"\x7fELF") {
        return Err(LoadError::NotElf);
    }
    let Some(ident) = data.get(..64) else {
        return Err(LoadError::Malformed("file shorter than an ELF64 header".into()));
    };
    let byte = |i: usize| ident.get(i).copied().unwrap_or(0);
    match byte(header::EI_CLASS) {
        header::ELFCLASS64 => {}
        header::ELFCLASS32 => return Err(LoadError::Not64Bit),
        c => return Err(LoadError::Malformed(format!("unknown ELF class {c}"))),
    }
    match byte(header::EI_DATA) {
        header::ELFDATA2LSB => {}
        header::ELFDATA2MSB => return Err(LoadError::BigEndian),
        d => return Err(LoadError::Malformed(format!("unknown ELF data encoding {d}"))),
    }
    let machine = u16::from_le_bytes([byte(18), byte(19)]);
    if machine != header::EM_RISCV {
        return Err(LoadError::WrongMachine(machine));
    }
    Ok(())
}

/// Parses `data` and copies its PT_LOAD segments into `bus` RAM.
pub fn load_elf(data: &[u8], bus: &mut Bus) -> Result<LoadedElf, LoadError> {
    check_ident(data)?;
    let elf = std::panic::catch_unwind(|| Elf::parse(data))
        .map_err(|_| LoadError::Malformed("the ELF parser rejected the file".into()))?
        .map_err(|e| LoadError::Malformed(e.to_string()))?;
    if elf.header.e_type != header::ET_EXEC {
        return Err(LoadError::NotExecutable(elf.header.e_type));
    }
    let ram_start = bus.ram_base();
    let ram_end = ram_start + bus.ram_size();
    let mut span = (u64::MAX, 0u64);
    let mut any = false;
    for (index, ph) in elf.program_headers.iter().enumerate() {
        if ph.p_type != program_header::PT_LOAD || ph.p_memsz == 0 {
            continue;
        }
        any = true;
        if ph.p_filesz > ph.p_memsz {
            return Err(LoadError::Malformed(format!("segment {index} has filesz > memsz")));
        }
        let file_end = ph
            .p_offset
            .checked_add(ph.p_filesz)
            .ok_or_else(|| LoadError::Malformed(format!("segment {index} file range overflows")))?;
        if file_end > data.len() as u64 {
            return Err(LoadError::Truncated {
                index,
                start: ph.p_offset,
                end: file_end,
                len: data.len() as u64,
            });
        }
        let start = ph.p_paddr;
        let end = start.checked_add(ph.p_memsz).ok_or_else(|| {
            LoadError::Malformed(format!("segment {index} address range overflows"))
        })?;
        let dest = bus.ram_slice_mut(start, ph.p_memsz).ok_or(LoadError::OutsideRam {
            index,
            start,
            end,
            ram_start,
            ram_end,
        })?;
        // Checked above: the file range lies inside `data` and filesz <= memsz = dest.len().
        let parts = dest.split_at_mut_checked(ph.p_filesz as usize);
        let (Some((file_part, zero_part)), Some(bytes)) =
            (parts, data.get(ph.p_offset as usize..file_end as usize))
        else {
            return Err(LoadError::Truncated {
                index,
                start: ph.p_offset,
                end: file_end,
                len: data.len() as u64,
            });
        };
        file_part.copy_from_slice(bytes);
        zero_part.fill(0);
        span = (span.0.min(start), span.1.max(end));
    }
    if !any {
        return Err(LoadError::NoSegments);
    }
    let mut loaded = LoadedElf { entry: elf.entry, span, ..LoadedElf::default() };
    for sym in elf.syms.iter() {
        let Some(name) = elf.strtab.get_at(sym.st_name) else {
            continue;
        };
        match name {
            "tohost" => loaded.tohost = Some(sym.st_value),
            "fromhost" => loaded.fromhost = Some(sym.st_value),
            "reset_vector" | "env_default_trap" => loaded.riscv_test = true,
            "__satp_ad_mode_fault" => loaded.wants_ad_fault = true,
            "begin_signature" => loaded.begin_signature = Some(sym.st_value),
            "end_signature" => loaded.end_signature = Some(sym.st_value),
            _ => {}
        }
    }
    Ok(loaded)
}

/// A symbol of an ELF's symbol table with an address range: `[start, start + size)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub start: u64,
    pub size: u64,
}

/// The function (and untyped) symbols of an ELF's symbol table, with their sizes (0 for
/// a label an assembler gave no size). For `--profile` and `--idle-symbol`.
pub fn elf_symbols(data: &[u8]) -> Result<Vec<Symbol>, LoadError> {
    use goblin::elf::sym::{STT_FUNC, STT_NOTYPE};
    check_ident(data)?;
    let elf = std::panic::catch_unwind(|| Elf::parse(data))
        .map_err(|_| LoadError::Malformed("the ELF parser rejected the file".into()))?
        .map_err(|e| LoadError::Malformed(e.to_string()))?;
    let mut out = Vec::new();
    for sym in elf.syms.iter() {
        let kind = sym.st_type();
        if !(kind == STT_FUNC || kind == STT_NOTYPE) || sym.st_shndx == 0 {
            continue;
        }
        let Some(name) = elf.strtab.get_at(sym.st_name).filter(|n| !n.is_empty()) else {
            continue;
        };
        out.push(Symbol { name: name.to_string(), start: sym.st_value, size: sym.st_size });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_non_elf_and_wrong_class_or_machine() {
        let mut bus = Bus::new(0x8000_0000, 0x1000);
        assert_eq!(load_elf(b"hello", &mut bus), Err(LoadError::NotElf));
        let mut h = vec![0u8; 64];
        h[..4].copy_from_slice(b"\x7fELF");
        h[4] = 1;
        h[5] = 1;
        assert_eq!(load_elf(&h, &mut bus), Err(LoadError::Not64Bit));
        h[4] = 2;
        h[18] = 62; // x86-64
        assert_eq!(load_elf(&h, &mut bus), Err(LoadError::WrongMachine(62)));
    }

    #[test]
    fn random_and_truncated_inputs_never_panic() {
        let mut bus = Bus::new(0x8000_0000, 0x10000);
        let mut seed = 0x1234_5678_9abc_def0u64;
        for len in 0..2000usize {
            let mut data = vec![0u8; len % 700];
            for b in data.iter_mut() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                *b = seed as u8;
            }
            if data.len() >= 20 {
                data[..4].copy_from_slice(b"\x7fELF");
                data[4] = 2;
                data[5] = 1;
                data[18] = 243;
                data[19] = 0;
            }
            let _ = load_elf(&data, &mut bus);
        }
    }
}
