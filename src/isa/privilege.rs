//! Privilege levels (Privileged spec, "Privilege Levels").

/// A RISC-V privilege mode, with its architectural encoding as the discriminant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Privilege {
    User = 0,
    Supervisor = 1,
    Machine = 3,
}

impl Privilege {
    /// Decodes an MPP/SPP-style field. The reserved value 2 has no mode; callers apply
    /// their own WARL rule to it (satp maps it to `None`).
    pub fn from_bits(bits: u64) -> Option<Privilege> {
        match bits & 3 {
            0 => Some(Privilege::User),
            1 => Some(Privilege::Supervisor),
            3 => Some(Privilege::Machine),
            _ => None,
        }
    }

    /// The architectural encoding (0, 1 or 3).
    pub fn bits(self) -> u64 {
        self as u64
    }

    /// One-letter name, as used in the stats report ("U", "S", "M").
    pub fn letter(self) -> &'static str {
        match self {
            Privilege::User => "U",
            Privilege::Supervisor => "S",
            Privilege::Machine => "M",
        }
    }
}
