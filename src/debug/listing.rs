//! `satp disasm ELF`: an objdump-style listing of an ELF's executable sections, from the
//! same decoder and disassembler the emulator and `--trace` use.
//!
//! The layout is that of `objdump -d -M no-aliases`: a label line per symbol, then one line
//! per instruction with its address, its bits, the mnemonic and the operands, a `<symbol>`
//! after jump and branch targets, and `...` for runs of zero bytes. Two things differ on
//! purpose: a compressed instruction is shown as its 32-bit expansion (as `--trace` shows
//! it), not as `c.` mnemonic; and objdump's `# address <symbol>` comments after
//! `auipc`/`addi` pairs are not reproduced.

use crate::isa::disasm::disasm_at;
use crate::isa::{decode, decode_compressed, Inst};
use crate::loader::LoadError;
use goblin::elf::{section_header, sym, Elf};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// objdump does not disassemble a run of at least this many zero bytes: it prints `...`.
const SKIP_ZEROES: usize = 8;
/// ... or of at least this many at the end of a symbol or section.
const SKIP_ZEROES_AT_END: usize = 3;

/// The listing of every executable section of the ELF in `data`; `name` is the file name
/// printed in the heading.
pub fn listing(data: &[u8], name: &str) -> Result<String, LoadError> {
    if data.get(..4) != Some(b"\x7fELF") {
        return Err(LoadError::NotElf);
    }
    let elf = std::panic::catch_unwind(|| Elf::parse(data))
        .map_err(|_| LoadError::Malformed("the ELF parser rejected the file".into()))?
        .map_err(|e| LoadError::Malformed(e.to_string()))?;
    if !elf.is_64 {
        return Err(LoadError::Not64Bit);
    }
    if elf.header.e_machine != goblin::elf::header::EM_RISCV {
        return Err(LoadError::WrongMachine(elf.header.e_machine));
    }
    // Symbols by address: the first one seen at an address names it. The RISC-V ELF
    // mapping symbols `$d` and `$x` mark where data and code start.
    let mut symbols: BTreeMap<u64, String> = BTreeMap::new();
    let mut mapping: BTreeMap<u64, bool> = BTreeMap::new();
    for s in elf.syms.iter() {
        let kind = s.st_type();
        if kind == sym::STT_SECTION || kind == sym::STT_FILE || s.st_name == 0 {
            continue;
        }
        match elf.strtab.get_at(s.st_name) {
            Some(n) if n.starts_with("$d") => {
                mapping.insert(s.st_value, true);
            }
            Some(n) if n.starts_with("$x") => {
                mapping.insert(s.st_value, false);
            }
            Some(n) if !n.is_empty() && !n.starts_with('$') => {
                symbols.entry(s.st_value).or_insert_with(|| n.to_string());
            }
            _ => {}
        }
    }
    let symbols = Symbols { names: symbols, data: mapping };
    let mut out = format!("\n{name}:     file format elf64-littleriscv\n\n");
    for sh in &elf.section_headers {
        if sh.sh_flags & u64::from(section_header::SHF_EXECINSTR) == 0
            || sh.sh_type == section_header::SHT_NOBITS
            || sh.sh_size == 0
        {
            continue;
        }
        let section = elf.shdr_strtab.get_at(sh.sh_name).unwrap_or("?");
        let start = sh.sh_offset as usize;
        let Some(bytes) =
            start.checked_add(sh.sh_size as usize).and_then(|end| data.get(start..end))
        else {
            return Err(LoadError::Malformed(format!("section {section} lies outside the file")));
        };
        let _ = writeln!(out, "\nDisassembly of section {section}:");
        list_section(&mut out, bytes, sh.sh_addr, &symbols);
    }
    Ok(out)
}

/// An ELF's symbols: names by address, and the mapping symbols (true: data from here on).
struct Symbols {
    names: BTreeMap<u64, String>,
    data: BTreeMap<u64, bool>,
}

impl Symbols {
    fn is_data(&self, addr: u64) -> bool {
        self.data.range(..=addr).next_back().is_some_and(|(_, &d)| d)
    }
}

/// `<symbol>` or `<symbol+0xoff>` for an address: the nearest symbol at or below it.
fn symbolize(symbols: &Symbols, addr: u64) -> Option<String> {
    let (base, name) = symbols.names.range(..=addr).next_back()?;
    Some(if *base == addr { format!("<{name}>") } else { format!("<{name}+{:#x}>", addr - base) })
}

fn list_section(out: &mut String, bytes: &[u8], base: u64, symbols: &Symbols) {
    let end = base + bytes.len() as u64;
    let mut off = 0usize;
    while off < bytes.len() {
        let addr = base + off as u64;
        // The first instruction of a section gets a label even without a symbol there.
        match symbols.names.get(&addr) {
            Some(name) => {
                let _ = writeln!(out, "\n{addr:016x} <{name}>:");
            }
            None if off == 0 => {
                let label = symbolize(symbols, addr).unwrap_or_else(|| "<.text>".into());
                let _ = writeln!(out, "\n{addr:016x} {label}:");
            }
            None => {}
        }
        // Where this symbol's bytes stop: the next symbol or the end of the section.
        let stop = symbols
            .names
            .range(addr + 1..end)
            .next()
            .map_or(bytes.len(), |(a, _)| (a - base) as usize);
        let zeroes = bytes.get(off..stop).map_or(0, |b| b.iter().take_while(|&&z| z == 0).count());
        if zeroes >= SKIP_ZEROES || (off + zeroes == stop && zeroes >= SKIP_ZEROES_AT_END) {
            out.push_str("\t...\n");
            off += zeroes;
            continue;
        }
        let half = |i: usize| bytes.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
        let Some(lo) = half(off) else {
            // One odd byte at the end.
            let b = bytes.get(off).copied().unwrap_or(0);
            let _ = writeln!(out, "{addr:12x}:\t{b:02x}                  \t.byte\t{b:#x}");
            off += 1;
            continue;
        };
        if symbols.is_data(addr) {
            // Data in a code section: a word at a time, as objdump shows it, but never
            // across the next mapping symbol.
            let room = symbols.data.range(addr + 1..).next().map_or(u64::MAX, |(a, _)| a - addr);
            let word = bytes.get(off..off + 4).filter(|_| room >= 4);
            match word {
                Some(b) => {
                    let w = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                    let _ = writeln!(out, "{addr:12x}:\t{w:08x}          \t.word\t0x{w:08x}");
                    off += 4;
                }
                None => {
                    let _ =
                        writeln!(out, "{addr:12x}:\t{lo:04x}                \t.short\t0x{lo:04x}");
                    off += 2;
                }
            }
            continue;
        }
        // The 48- and 64-bit encodings (Unprivileged spec, "Expanded Instruction-Length
        // Encoding"): no such instruction exists; shown as data, as objdump shows them.
        let long = if lo & 0x3f == 0x1f {
            6
        } else if lo & 0x7f == 0x3f {
            8
        } else {
            0
        };
        if let Some(b) = bytes.get(off..off + long).filter(|_| long > 0) {
            let mut value = [0u8; 8];
            value[..long].copy_from_slice(b);
            let value = u64::from_le_bytes(value);
            let bits = if long == 8 {
                format!("{:08x} {:08x} ", value as u32, (value >> 32) as u32)
            } else {
                format!("{:08x} {:04x}     ", value as u32, (value >> 32) as u16)
            };
            let _ = writeln!(out, "{addr:12x}:\t{bits}\t.{long}byte\t{value:#x}");
            off += long;
            continue;
        }
        let (len, raw) = match half(off + 2) {
            Some(hi) if lo & 3 == 3 => (4, u32::from(lo) | (u32::from(hi) << 16)),
            _ => (2, u32::from(lo)),
        };
        let inst = if len == 4 { decode(raw) } else { decode_compressed(lo) };
        let bits = if len == 4 {
            format!("{raw:08x}          ")
        } else {
            format!("{lo:04x}                ")
        };
        let text = match inst {
            Ok(inst) => instruction_text(&inst, addr, symbols),
            Err(_) if len == 4 => format!(".insn\t4, {raw:#x}"),
            Err(_) => format!(".insn\t2, {lo:#x}"),
        };
        let _ = writeln!(out, "{addr:12x}:\t{bits}\t{text}");
        off += len;
    }
}

/// The mnemonic, a tab, the operands, and `<symbol>` after a direct jump or branch target.
fn instruction_text(inst: &Inst, pc: u64, symbols: &Symbols) -> String {
    let text = disasm_at(inst, pc);
    let mut text = match text.split_once(' ') {
        Some((mnemonic, operands)) => format!("{mnemonic}\t{operands}"),
        None => text,
    };
    let target = match *inst {
        Inst::Jal { imm, .. } | Inst::Branch { imm, .. } => Some(pc.wrapping_add(imm as u64)),
        _ => None,
    };
    if let Some(sym) = target.and_then(|t| symbolize(symbols, t)) {
        text.push(' ');
        text.push_str(&sym);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_what_is_not_a_riscv_elf() {
        assert_eq!(listing(b"hello", "x"), Err(LoadError::NotElf));
        let mut junk = b"\x7fELF".to_vec();
        junk.extend_from_slice(&[0xff; 60]);
        assert!(listing(&junk, "x").is_err());
    }
}
