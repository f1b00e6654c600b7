//! The instruction set: decoded instruction type, decoder, RVC expansion, disassembly
//! and CSR numbers. Everything here is side-effect free.

pub mod compressed;
pub mod csr;
pub mod decode;
mod decode_bits;
mod decode_fp;
pub mod disasm;
pub mod ext;
pub mod inst;
pub mod privilege;

pub use decode::{decode, decode_compressed, DecodeError};
pub use ext::{Ext, Isa, IsaError};
pub use inst::*;
pub use privilege::Privilege;
