//! A minimal ELF64 writer for generated programs: one loadable RWX segment, a `.text` and a
//! `.data` section, and a symbol table with `_start`, `tohost` and `fromhost` (which both
//! satp and Spike look up to find the HTIF mailbox).

/// ELF header, program header and section header sizes.
const EHDR: usize = 64;
const PHDR: usize = 56;
const SHDR: usize = 64;
/// File offset of the image.
const IMAGE_OFFSET: usize = 0x1000;

fn put16(v: &mut Vec<u8>, x: u16) {
    v.extend_from_slice(&x.to_le_bytes());
}
fn put32(v: &mut Vec<u8>, x: u32) {
    v.extend_from_slice(&x.to_le_bytes());
}
fn put64(v: &mut Vec<u8>, x: u64) {
    v.extend_from_slice(&x.to_le_bytes());
}

#[allow(clippy::too_many_arguments)]
fn section(
    v: &mut Vec<u8>,
    name: u32,
    kind: u32,
    flags: u64,
    addr: u64,
    offset: usize,
    size: usize,
    link: u32,
    info: u32,
    align: u64,
    entsize: u64,
) {
    put32(v, name);
    put32(v, kind);
    put64(v, flags);
    put64(v, addr);
    put64(v, offset as u64);
    put64(v, size as u64);
    put32(v, link);
    put32(v, info);
    put64(v, align);
    put64(v, entsize);
}

/// An executable ELF whose memory image is `image` at `base` (entry `base`); the first
/// `code_size` bytes are `.text`, the rest `.data`; `tohost` is the HTIF mailbox.
pub fn build(image: &[u8], base: u64, code_size: u64, tohost: u64) -> Vec<u8> {
    let shstrtab: &[u8] = b"\0.text\0.data\0.symtab\0.strtab\0.shstrtab\0";
    let strtab: &[u8] = b"\0_start\0tohost\0fromhost\0";
    // Symbols: null, then _start (func), tohost, fromhost (objects), all global.
    let mut symtab = vec![0u8; 24];
    for (name, value, kind, shndx) in
        [(1u32, base, 2u8, 1u16), (8, tohost, 1, 2), (15, tohost + 64, 1, 2)]
    {
        put32(&mut symtab, name);
        symtab.push((1 << 4) | kind); // STB_GLOBAL
        symtab.push(0);
        put16(&mut symtab, shndx);
        put64(&mut symtab, value);
        put64(&mut symtab, 8);
    }
    let symtab_off = IMAGE_OFFSET + image.len();
    let strtab_off = symtab_off + symtab.len();
    let shstrtab_off = strtab_off + strtab.len();
    let shoff = (shstrtab_off + shstrtab.len() + 7) & !7;
    let mut v = Vec::with_capacity(shoff + 6 * SHDR);
    // ELF header.
    v.extend_from_slice(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0");
    put16(&mut v, 2); // ET_EXEC
    put16(&mut v, 243); // EM_RISCV
    put32(&mut v, 1);
    put64(&mut v, base);
    put64(&mut v, EHDR as u64); // phoff
    put64(&mut v, shoff as u64);
    put32(&mut v, 0x5); // flags: RVC, double-float ABI
    put16(&mut v, EHDR as u16);
    put16(&mut v, PHDR as u16);
    put16(&mut v, 1);
    put16(&mut v, SHDR as u16);
    put16(&mut v, 6);
    put16(&mut v, 5); // shstrndx
                      // Program header: PT_LOAD, RWX.
    put32(&mut v, 1);
    put32(&mut v, 7);
    put64(&mut v, IMAGE_OFFSET as u64);
    put64(&mut v, base);
    put64(&mut v, base);
    put64(&mut v, image.len() as u64);
    put64(&mut v, image.len() as u64);
    put64(&mut v, 0x1000);
    v.resize(IMAGE_OFFSET, 0);
    v.extend_from_slice(image);
    v.extend_from_slice(&symtab);
    v.extend_from_slice(strtab);
    v.extend_from_slice(shstrtab);
    v.resize(shoff, 0);
    let code = code_size as usize;
    section(&mut v, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    section(&mut v, 1, 1, 0x6, base, IMAGE_OFFSET, code, 0, 0, 4, 0); // .text AX
    section(
        &mut v,
        7,
        1,
        0x3,
        base + code_size,
        IMAGE_OFFSET + code,
        image.len() - code,
        0,
        0,
        8,
        0,
    ); // .data WA
    section(&mut v, 13, 2, 0, 0, symtab_off, symtab.len(), 4, 1, 8, 24); // .symtab
    section(&mut v, 21, 3, 0, 0, strtab_off, strtab.len(), 0, 0, 1, 0); // .strtab
    section(&mut v, 29, 3, 0, 0, shstrtab_off, shstrtab.len(), 0, 0, 1, 0); // .shstrtab
    v
}
