//! The ISA a hart implements: which extensions are on (`--isa`).
//!
//! An [`Isa`] is a set of [`Ext`]. It is parsed from an ISA string such as `rv64gc_zba_zbb`
//! (the naming rules of the unprivileged spec, chapter "ISA Extension Naming Conventions"),
//! and it gives misa, the device tree's `riscv,isa` and `riscv,isa-extensions`, and the
//! extension each decoded instruction needs ([`Inst::extension`]), so decoding follows it.

use super::inst::{FpFmt, Inst};
use std::fmt;

macro_rules! extensions {
    ($($variant:ident = $name:literal,)*) => {
        /// One ISA extension satp can turn on or off.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Ext {
            $($variant,)*
        }

        impl Ext {
            /// Every extension, in canonical order (single letters first, then the
            /// multi-letter ones grouped by their first letter after "z"/"s").
            pub const ALL: &'static [Ext] = &[$(Ext::$variant,)*];

            /// The extension's name in an ISA string, lower case.
            pub fn name(self) -> &'static str {
                match self {
                    $(Ext::$variant => $name,)*
                }
            }
        }
    };
}

extensions! {
    I = "i",
    M = "m",
    A = "a",
    F = "f",
    D = "d",
    C = "c",
    Zicbom = "zicbom",
    Zicbop = "zicbop",
    Zicboz = "zicboz",
    Zicntr = "zicntr",
    Zicond = "zicond",
    Zicsr = "zicsr",
    Zifencei = "zifencei",
    Zihintntl = "zihintntl",
    Zihintpause = "zihintpause",
    Zimop = "zimop",
    Zfh = "zfh",
    Zfhmin = "zfhmin",
    Zca = "zca",
    Zcd = "zcd",
    Zba = "zba",
    Zbb = "zbb",
    Zbc = "zbc",
    Zbkb = "zbkb",
    Zbkx = "zbkx",
    Zbs = "zbs",
    Sstc = "sstc",
    Svadu = "svadu",
    Svnapot = "svnapot",
    Svpbmt = "svpbmt",
}

impl Ext {
    /// The misa bit of a single-letter extension.
    pub fn misa_bit(self) -> Option<u32> {
        let name = self.name().as_bytes();
        if name.len() == 1 {
            Some(u32::from(name[0] - b'a'))
        } else {
            None
        }
    }

    /// A supervisor-level extension (its name starts with "s").
    pub fn is_supervisor(self) -> bool {
        self.name().starts_with('s')
    }

    fn from_name(name: &str) -> Option<Ext> {
        Ext::ALL.iter().copied().find(|e| e.name() == name)
    }
}

/// A set of extensions.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Isa {
    bits: u64,
}

/// Why an ISA string was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IsaError {
    #[error("an ISA string starts with rv64 (got {0:?})")]
    Base(String),
    #[error("unknown or unimplemented extension {0:?} (satp implements: {1})")]
    Unknown(String, String),
    #[error("extension {0} needs {1}")]
    Needs(&'static str, &'static str),
}

impl Default for Isa {
    /// Everything satp implements.
    fn default() -> Self {
        Isa::all()
    }
}

impl Isa {
    /// Every extension satp implements.
    pub fn all() -> Isa {
        let mut isa = Isa { bits: 0 };
        for &e in Ext::ALL {
            isa.insert(e);
        }
        isa
    }

    /// The empty set.
    pub fn empty() -> Isa {
        Isa { bits: 0 }
    }

    pub fn has(&self, e: Ext) -> bool {
        self.bits & (1 << e as u8) != 0
    }

    pub fn insert(&mut self, e: Ext) {
        self.bits |= 1 << e as u8;
    }

    pub fn remove(&mut self, e: Ext) {
        self.bits &= !(1 << e as u8);
    }

    /// The extensions in the set, in canonical order.
    pub fn iter(&self) -> impl Iterator<Item = Ext> + '_ {
        Ext::ALL.iter().copied().filter(|&e| self.has(e))
    }

    /// Parses an ISA string: `rv64` then single letters (`g` = `imafd_zicsr_zifencei`),
    /// then `_`-separated multi-letter extensions; case is ignored. Unlisted unprivileged
    /// extensions are off, except Zicsr, Zifencei and Zicntr, which every satp hart has
    /// (its privileged CSRs need them). The supervisor-level extensions (`s...`: Sstc,
    /// Svadu, Svnapot, Svpbmt) stay on when the string names none of them, as QEMU keeps
    /// them for `-cpu rv64`; naming any of them turns the unnamed ones off.
    pub fn parse(s: &str) -> Result<Isa, IsaError> {
        let lower = s.to_ascii_lowercase();
        let rest = lower.strip_prefix("rv64").ok_or_else(|| IsaError::Base(s.to_string()))?;
        let mut isa = Isa::empty();
        for e in [Ext::Zicsr, Ext::Zifencei, Ext::Zicntr] {
            isa.insert(e);
        }
        let mut parts = rest.split('_');
        let letters = parts.next().unwrap_or("");
        for ch in letters.chars() {
            let names: &[&str] = match ch {
                'g' => &["i", "m", "a", "f", "d", "zicsr", "zifencei"],
                'e' => return Err(IsaError::Unknown("e".into(), Isa::all().to_string())),
                _ => &[],
            };
            if !names.is_empty() {
                for e in names.iter().filter_map(|n| Ext::from_name(n)) {
                    isa.insert(e);
                }
                continue;
            }
            let name = ch.to_string();
            match Ext::from_name(&name) {
                Some(e) if e.misa_bit().is_some() => isa.insert(e),
                _ => return Err(IsaError::Unknown(name, Isa::all().to_string())),
            }
        }
        let mut named_s = false;
        for part in parts.filter(|p| !p.is_empty()) {
            match Ext::from_name(part) {
                Some(e) if e.misa_bit().is_none() => {
                    named_s |= e.is_supervisor();
                    isa.insert(e)
                }
                _ => return Err(IsaError::Unknown(part.to_string(), Isa::all().to_string())),
            }
        }
        if !named_s {
            for &e in Ext::ALL.iter().filter(|e| e.is_supervisor()) {
                isa.insert(e);
            }
        }
        isa.imply();
        isa.check()?;
        Ok(isa)
    }

    /// Adds what the named extensions imply (unprivileged spec: C with D implies Zcd,
    /// C implies Zca, Zfh implies Zfhmin).
    fn imply(&mut self) {
        if self.has(Ext::Zfh) {
            self.insert(Ext::Zfhmin);
        }
        if self.has(Ext::C) {
            self.insert(Ext::Zca);
            if self.has(Ext::D) {
                self.insert(Ext::Zcd);
            }
        }
    }

    fn check(&self) -> Result<(), IsaError> {
        let needs = [
            (Ext::I, Ext::I),
            (Ext::D, Ext::F),
            (Ext::Zcd, Ext::D),
            (Ext::Zfh, Ext::F),
            (Ext::Zfhmin, Ext::F),
        ];
        if !self.has(Ext::I) {
            return Err(IsaError::Needs("rv64", "i (or g)"));
        }
        for (e, need) in needs {
            if self.has(e) && !self.has(need) {
                return Err(IsaError::Needs(e.name(), need.name()));
            }
        }
        Ok(())
    }

    /// The misa extension bits (bits 0..26), plus S and U, which every satp hart has.
    pub fn misa_extensions(&self) -> u64 {
        let mut bits = (1 << 18) | (1 << 20); // S, U
        for e in self.iter() {
            if let Some(b) = e.misa_bit() {
                bits |= 1 << b;
            }
        }
        // B is Zba + Zbb + Zbs (the B extension, ratified 2024; Spike sets it too).
        if self.has(Ext::Zba) && self.has(Ext::Zbb) && self.has(Ext::Zbs) {
            bits |= 1 << 1;
        }
        bits
    }

    /// The names for the device tree's `riscv,isa-extensions` list.
    pub fn extension_names(&self) -> Vec<String> {
        self.iter().map(|e| e.name().to_string()).collect()
    }

    /// Whether an instruction of `len` bytes decoded as `inst` exists on this hart: a
    /// compressed one needs Zca, and any one of the instruction's extensions
    /// ([`Inst::extensions_any`]) must be on. FCVT.D.H and FCVT.H.D need D as well
    /// (Zfh chapter: they exist "if the D extension is present").
    #[inline]
    pub fn allows(&self, inst: &Inst, len: u64) -> bool {
        let compressed_ok = len == 4
            || match inst {
                // C.FLD, C.FSD, C.FLDSP, C.FSDSP are Zcd.
                Inst::FLoad { .. } | Inst::FStore { .. } => self.has(Ext::Zcd),
                _ => self.has(Ext::Zca),
            };
        let also_d = match inst {
            Inst::FCvtFp { fmt: FpFmt::D, .. } | Inst::FCvtFp { from: FpFmt::D, .. } => {
                self.has(Ext::D)
            }
            _ => true,
        };
        compressed_ok && also_d && inst.extensions_any().iter().any(|&e| self.has(e))
    }
}

impl fmt::Display for Isa {
    /// The canonical ISA string, e.g. `rv64imac_zicsr_zifencei`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("rv64")?;
        for e in self.iter().filter(|e| e.misa_bit().is_some()) {
            f.write_str(e.name())?;
        }
        for e in self.iter().filter(|e| e.misa_bit().is_none()) {
            write!(f, "_{}", e.name())?;
        }
        Ok(())
    }
}

impl fmt::Debug for Isa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Isa({self})")
    }
}

impl Inst {
    /// The extension this instruction belongs to (compressed encodings are gated
    /// separately by length, see [`Isa::allows`]). For an instruction in several
    /// extensions this is the first of [`Inst::extensions_any`].
    pub fn extension(&self) -> Ext {
        self.extensions_any()[0]
    }

    /// Every extension that defines this instruction; it exists if any of them is on.
    /// Several for the Zbb/Zbkb overlap (ANDN, ORN, XNOR, ROL, ROR, RORI, ROLW, RORW,
    /// RORIW, REV8; ZEXT.H is Zbkb's PACKW with rs2 = x0). HINTs (PAUSE, the NTL and
    /// PREFETCH encodings) belong to the base ISA they are encoded in, and so does
    /// their gating: they are ordinary FENCE, ADD and ORI instructions.
    pub fn extensions_any(&self) -> &'static [Ext] {
        use crate::isa::{BitOp as B, UnaryOp as U};
        match self {
            Inst::MulDiv { .. } | Inst::MulDiv32 { .. } => &[Ext::M],
            Inst::Lr { .. } | Inst::Sc { .. } | Inst::Amo { .. } => &[Ext::A],
            Inst::Csr { .. } => &[Ext::Zicsr],
            Inst::FenceI => &[Ext::Zifencei],
            Inst::Bit { op, .. } | Inst::BitImm { op, .. } => match op {
                B::AddUw
                | B::Sh1add
                | B::Sh2add
                | B::Sh3add
                | B::Sh1addUw
                | B::Sh2addUw
                | B::Sh3addUw
                | B::SllUw => &[Ext::Zba],
                B::Andn | B::Orn | B::Xnor | B::Rol | B::Rolw | B::Ror | B::Rorw => {
                    &[Ext::Zbb, Ext::Zbkb]
                }
                B::Max | B::Maxu | B::Min | B::Minu => &[Ext::Zbb],
                B::Clmul | B::Clmulh | B::Clmulr => &[Ext::Zbc],
                B::Bclr | B::Bext | B::Binv | B::Bset => &[Ext::Zbs],
                B::Pack | B::Packh | B::Packw => &[Ext::Zbkb],
                B::Xperm4 | B::Xperm8 => &[Ext::Zbkx],
                B::CzeroEqz | B::CzeroNez => &[Ext::Zicond],
            },
            Inst::BitUnary { op, .. } => match op {
                U::Rev8 | U::ZextH => &[Ext::Zbb, Ext::Zbkb],
                U::Brev8 => &[Ext::Zbkb],
                _ => &[Ext::Zbb],
            },
            Inst::Cbo { op: crate::isa::CboOp::Zero, .. } => &[Ext::Zicboz],
            Inst::Cbo { .. } => &[Ext::Zicbom],
            Inst::MopR { .. } | Inst::MopRr { .. } => &[Ext::Zimop],
            Inst::FOp { fmt, .. }
            | Inst::FFma { fmt, .. }
            | Inst::FCmp { fmt, .. }
            | Inst::FClass { fmt, .. }
            | Inst::FCvtToInt { fmt, .. }
            | Inst::FCvtFromInt { fmt, .. } => fp_ext(*fmt),
            // FLH, FSH, FMV.X.H, FMV.H.X are Zfhmin (and so Zfh, which implies it).
            Inst::FLoad { fmt: FpFmt::H, .. }
            | Inst::FStore { fmt: FpFmt::H, .. }
            | Inst::FMvToInt { fmt: FpFmt::H, .. }
            | Inst::FMvFromInt { fmt: FpFmt::H, .. } => &[Ext::Zfh, Ext::Zfhmin],
            Inst::FLoad { fmt, .. }
            | Inst::FStore { fmt, .. }
            | Inst::FMvToInt { fmt, .. }
            | Inst::FMvFromInt { fmt, .. } => fp_ext(*fmt),
            // FCVT.S.H, FCVT.H.S (and, with D, FCVT.D.H, FCVT.H.D: see `Isa::allows`)
            // are Zfhmin; FCVT.S.D and FCVT.D.S are D instructions.
            Inst::FCvtFp { fmt: FpFmt::H, .. } | Inst::FCvtFp { from: FpFmt::H, .. } => {
                &[Ext::Zfh, Ext::Zfhmin]
            }
            Inst::FCvtFp { .. } => &[Ext::D],
            _ => &[Ext::I],
        }
    }
}

/// The extension that provides the instructions of a floating-point format (beyond
/// Zfhmin's loads, stores, moves and conversions for half).
fn fp_ext(fmt: FpFmt) -> &'static [Ext] {
    match fmt {
        FpFmt::H => &[Ext::Zfh],
        FpFmt::S => &[Ext::F],
        FpFmt::D => &[Ext::D],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_strings() {
        let gc = Isa::parse("rv64gc").unwrap();
        for e in [Ext::I, Ext::M, Ext::A, Ext::F, Ext::D, Ext::C, Ext::Zca, Ext::Zcd] {
            assert!(gc.has(e), "{e:?}");
        }
        assert!(!gc.has(Ext::Zba));
        let s = Isa::parse("RV64IMAC_Zba_zbb").unwrap();
        assert!(s.has(Ext::Zba) && s.has(Ext::Zbb) && !s.has(Ext::F));
        assert_eq!(
            s.to_string(),
            "rv64imac_zicntr_zicsr_zifencei_zca_zba_zbb_sstc_svadu_svnapot_svpbmt"
        );
        let only = Isa::parse("rv64imac_sstc").unwrap();
        assert!(only.has(Ext::Sstc) && !only.has(Ext::Svnapot));
        assert_eq!(Isa::parse(&s.to_string()).unwrap(), s);
    }

    #[test]
    fn rejects_bad_strings() {
        assert!(matches!(Isa::parse("rv32imac"), Err(IsaError::Base(_))));
        assert!(matches!(Isa::parse("rv64imaq"), Err(IsaError::Unknown(..))));
        assert!(matches!(Isa::parse("rv64imac_zfoo"), Err(IsaError::Unknown(..))));
        assert!(matches!(Isa::parse("rv64imad"), Err(IsaError::Needs("d", "f"))));
        assert!(matches!(Isa::parse("rv64mac"), Err(IsaError::Needs(..))));
    }

    #[test]
    fn misa_follows_the_set() {
        let isa = Isa::parse("rv64imac").unwrap();
        let want = (1 << 0) | (1 << 2) | (1 << 8) | (1 << 12) | (1 << 18) | (1 << 20);
        assert_eq!(isa.misa_extensions(), want);
        assert!(Isa::all().misa_extensions() & (1 << 5 | 1 << 3) == (1 << 5 | 1 << 3));
        // B = Zba + Zbb + Zbs.
        assert!(Isa::all().misa_extensions() & 2 != 0);
        assert_eq!(Isa::parse("rv64gc_zba_zbb").unwrap().misa_extensions() & 2, 0);
        assert_ne!(Isa::parse("rv64gc_zba_zbb_zbs").unwrap().misa_extensions() & 2, 0);
    }

    #[test]
    fn gating_by_extension_and_length() {
        let imac = Isa::parse("rv64imac").unwrap();
        let ima = Isa::parse("rv64ima").unwrap();
        let mul = Inst::MulDiv { op: crate::isa::MulOp::Mul, rd: 1, rs1: 2, rs2: 3 };
        assert!(imac.allows(&mul, 4) && imac.allows(&mul, 2));
        assert!(ima.allows(&mul, 4) && !ima.allows(&mul, 2));
        assert!(!Isa::parse("rv64iac").unwrap().allows(&mul, 4));
    }

    #[test]
    fn shared_instructions_need_any_of_their_extensions() {
        use crate::isa::{BitOp, UnaryOp};
        let andn = Inst::Bit { op: BitOp::Andn, rd: 1, rs1: 2, rs2: 3 };
        let pack = Inst::Bit { op: BitOp::Pack, rd: 1, rs1: 2, rs2: 3 };
        let zext_h = Inst::BitUnary { op: UnaryOp::ZextH, rd: 1, rs1: 2 };
        let zbb = Isa::parse("rv64i_zbb").unwrap();
        let zbkb = Isa::parse("rv64i_zbkb").unwrap();
        let neither = Isa::parse("rv64i_zba").unwrap();
        for inst in [andn, zext_h] {
            assert!(zbb.allows(&inst, 4) && zbkb.allows(&inst, 4), "{inst:?}");
            assert!(!neither.allows(&inst, 4), "{inst:?}");
        }
        assert!(zbkb.allows(&pack, 4) && !zbb.allows(&pack, 4));
        assert_eq!(andn.extension(), Ext::Zbb);
    }

    #[test]
    fn zfh_implies_zfhmin_and_needs_f() {
        let zfh = Isa::parse("rv64imafd_zfh").unwrap();
        assert!(zfh.has(Ext::Zfh) && zfh.has(Ext::Zfhmin));
        assert!(Isa::parse("rv64imaf_zfhmin").is_ok_and(|i| !i.has(Ext::Zfh)));
        assert!(matches!(Isa::parse("rv64ima_zfh"), Err(IsaError::Needs("zfh", "f"))));
        assert!(matches!(Isa::parse("rv64ima_zfhmin"), Err(IsaError::Needs("zfhmin", "f"))));
        assert_eq!(
            zfh.to_string(),
            "rv64imafd_zicntr_zicsr_zifencei_zfh_zfhmin_sstc_svadu_svnapot_svpbmt"
        );
    }

    #[test]
    fn zfhmin_has_only_moves_and_conversions() {
        use crate::isa::{FpOp, IntFmt};
        let flh = Inst::FLoad { fmt: FpFmt::H, rd: 1, rs1: 2, imm: 0 };
        let mv = Inst::FMvToInt { fmt: FpFmt::H, rd: 1, rs1: 2 };
        let s_h = Inst::FCvtFp { fmt: FpFmt::S, from: FpFmt::H, rd: 1, rs1: 2, rm: 0 };
        let h_d = Inst::FCvtFp { fmt: FpFmt::H, from: FpFmt::D, rd: 1, rs1: 2, rm: 7 };
        let d_s = Inst::FCvtFp { fmt: FpFmt::D, from: FpFmt::S, rd: 1, rs1: 2, rm: 0 };
        let add = Inst::FOp { op: FpOp::Add, fmt: FpFmt::H, rd: 1, rs1: 2, rs2: 3, rm: 7 };
        let w_h = Inst::FCvtToInt { int: IntFmt::W, fmt: FpFmt::H, rd: 1, rs1: 2, rm: 7 };
        let min_f = Isa::parse("rv64imaf_zfhmin").unwrap();
        let min_d = Isa::parse("rv64imafd_zfhmin").unwrap();
        let zfh_f = Isa::parse("rv64imaf_zfh").unwrap();
        let gc = Isa::parse("rv64gc").unwrap();
        for inst in [flh, mv, s_h] {
            assert!(min_f.allows(&inst, 4) && zfh_f.allows(&inst, 4), "{inst:?}");
            assert!(!gc.allows(&inst, 4), "{inst:?}");
        }
        for inst in [add, w_h] {
            assert!(!min_d.allows(&inst, 4) && zfh_f.allows(&inst, 4), "{inst:?}");
        }
        // FCVT.H.D needs D as well.
        assert!(min_d.allows(&h_d, 4) && !min_f.allows(&h_d, 4) && !zfh_f.allows(&h_d, 4));
        assert!(gc.allows(&d_s, 4) && !zfh_f.allows(&d_s, 4));
        assert_eq!(flh.extension(), Ext::Zfh);
    }
}
