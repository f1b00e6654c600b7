//! Split virtqueues (virtio 1.2, "Split Virtqueues"): where the descriptor table, available ring
//! and used ring live, popping available heads, walking descriptor chains, and returning
//! used elements.
//!
//! Every guest-provided value is checked: ring and descriptor addresses go through
//! [`RamView`] (never outside RAM), indices are compared with the queue size, and a chain
//! may not be longer than the queue (a loop). Ring-level faults are [`QueueError`]s
//! (the transport marks the device DEVICE_NEEDS_RESET); chain-level faults are
//! [`ChainError`]s (the chain is returned to the driver unprocessed).

use crate::devices::RamView;
use thiserror::Error;

/// Descriptor flag: the chain continues at `next`.
pub const VIRTQ_DESC_F_NEXT: u16 = 1;
/// Descriptor flag: the buffer is device-writable (otherwise device-readable).
pub const VIRTQ_DESC_F_WRITE: u16 = 2;
/// Descriptor flag: the buffer is a table of indirect descriptors (not offered).
pub const VIRTQ_DESC_F_INDIRECT: u16 = 4;
/// Available ring flag: the driver asks for no used-buffer notifications.
const VIRTQ_AVAIL_F_NO_INTERRUPT: u16 = 1;
/// The largest queue size the split ring allows ("Split Virtqueues").
pub const MAX_QUEUE_SIZE: u32 = 32768;

/// One descriptor of a chain, as the device sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Descriptor {
    pub addr: u64,
    pub len: u32,
    /// VIRTQ_DESC_F_WRITE: the device may write this buffer.
    pub writable: bool,
}

/// A descriptor chain taken from the available ring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chain {
    /// Index of the head descriptor (the id returned in the used ring).
    pub head: u16,
    /// The descriptors in chain order; never empty.
    pub descriptors: Vec<Descriptor>,
}

/// A fault in the rings themselves: the queue cannot be trusted any more.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
pub enum QueueError {
    #[error("{area} at {addr:#x} is outside RAM")]
    RingOutsideRam { area: &'static str, addr: u64 },
    #[error("available index moved from {from} to {to}, more than the queue size {size}")]
    AvailIndexJump { from: u16, to: u16, size: u16 },
    #[error("available ring names head descriptor {head}, beyond the queue size {size}")]
    HeadOutOfRange { head: u16, size: u16 },
}

/// A malformed descriptor chain; the chain is returned to the driver unprocessed.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
pub enum ChainError {
    #[error("descriptor {index} (table entry at {addr:#x}) is outside RAM")]
    DescriptorOutsideRam { index: u16, addr: u64 },
    #[error("descriptor {index} chains to {next}, beyond the queue size {size}")]
    NextOutOfRange { index: u16, next: u16, size: u16 },
    #[error("descriptor chain longer than the queue size {size} (a loop?)")]
    TooLong { size: u16 },
    #[error("descriptor {index} is indirect, but VIRTIO_F_INDIRECT_DESC was not offered")]
    Indirect { index: u16 },
}

/// Why a queue configuration cannot be enabled.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
pub enum QueueConfigError {
    #[error("queue size {size} is zero, not a power of two, or above the maximum {max}")]
    BadSize { size: u32, max: u16 },
    #[error("{area} address {addr:#x} is not {align}-byte aligned")]
    Misaligned { area: &'static str, addr: u64, align: u64 },
    #[error("legacy queue layout from page {pfn:#x} (page size {page_size}, align {align}) does not fit in 64 bits or has a bad alignment")]
    BadLegacyLayout { pfn: u32, page_size: u32, align: u32 },
}

/// One split virtqueue: its configuration (set through the transport) and the device's
/// private positions in the rings.
#[derive(Clone, Debug)]
pub struct Queue {
    max_size: u16,
    size: u16,
    ready: bool,
    desc: u64,
    avail: u64,
    used: u64,
    /// Next available ring slot the device will read (free-running).
    next_avail: u16,
    /// Next used ring slot the device will write (free-running; the used `idx`).
    next_used: u16,
}

/// Checks a queue size written by the driver ("Split Virtqueues": a power of two, at most
/// 32768) against the device's maximum.
pub fn check_size(size: u32, max: u16) -> Result<u16, QueueConfigError> {
    if size == 0 || !size.is_power_of_two() || size > max as u32 || size > MAX_QUEUE_SIZE {
        return Err(QueueConfigError::BadSize { size, max });
    }
    Ok(size as u16)
}

/// The three ring addresses of a legacy queue ("Legacy Interfaces: A Note
/// on Virtqueue Layout"): the descriptor table at `pfn * page_size`, the available ring
/// right after it, and the used ring at the next multiple of `align` after the
/// available ring's `6 + 2 * size` bytes.
pub fn legacy_layout(
    pfn: u32,
    page_size: u32,
    align: u32,
    size: u16,
) -> Result<(u64, u64, u64), QueueConfigError> {
    let bad = QueueConfigError::BadLegacyLayout { pfn, page_size, align };
    if align == 0 || !align.is_power_of_two() {
        return Err(bad);
    }
    let size = size as u64;
    let desc = (pfn as u64).checked_mul(page_size as u64).ok_or(bad)?;
    let avail = desc.checked_add(16 * size).ok_or(bad)?;
    let avail_end = avail.checked_add(6 + 2 * size).ok_or(bad)?;
    let mask = align as u64 - 1;
    let used = avail_end.checked_add(mask).ok_or(bad)? & !mask;
    Ok((desc, avail, used))
}

impl Queue {
    /// A disabled queue whose size defaults to `max_size`.
    pub fn new(max_size: u16) -> Queue {
        Queue {
            max_size,
            size: max_size,
            ready: false,
            desc: 0,
            avail: 0,
            used: 0,
            next_avail: 0,
            next_used: 0,
        }
    }

    pub fn max_size(&self) -> u16 {
        self.max_size
    }

    pub fn size(&self) -> u16 {
        self.size
    }

    pub fn ready(&self) -> bool {
        self.ready
    }

    /// Enables the queue with the given size and ring addresses, checking the size and
    /// the alignments of "Split Virtqueues" (descriptor table 16, available ring 2, used ring
    /// 4). The device starts at ring position 0.
    pub fn enable(
        &mut self,
        size: u32,
        desc: u64,
        avail: u64,
        used: u64,
    ) -> Result<(), QueueConfigError> {
        let size = check_size(size, self.max_size)?;
        for (area, addr, align) in
            [("descriptor table", desc, 16), ("available ring", avail, 2), ("used ring", used, 4)]
        {
            if addr % align != 0 {
                return Err(QueueConfigError::Misaligned { area, addr, align });
            }
        }
        *self = Queue {
            max_size: self.max_size,
            size,
            ready: true,
            desc,
            avail,
            used,
            next_avail: 0,
            next_used: 0,
        };
        Ok(())
    }

    /// Stops using the queue (the device no longer touches its rings).
    pub fn disable(&mut self) {
        self.ready = false;
    }

    fn ring_read(
        &self,
        ram: &RamView,
        area: &'static str,
        base: u64,
        offset: u64,
        size: u64,
    ) -> Result<u64, QueueError> {
        let addr = base.wrapping_add(offset);
        base.checked_add(offset)
            .and_then(|a| ram.read(a, size))
            .ok_or(QueueError::RingOutsideRam { area, addr })
    }

    /// Takes the next available head, if the driver has made one available. A ring
    /// outside RAM, an index that moved by more than the queue size, or a head beyond the
    /// queue size is a [`QueueError`].
    pub fn pop(&mut self, ram: &RamView) -> Result<Option<u16>, QueueError> {
        if !self.ready {
            return Ok(None);
        }
        let idx = self.ring_read(ram, "available ring index", self.avail, 2, 2)? as u16;
        let pending = idx.wrapping_sub(self.next_avail);
        if pending == 0 {
            return Ok(None);
        }
        if pending > self.size {
            return Err(QueueError::AvailIndexJump {
                from: self.next_avail,
                to: idx,
                size: self.size,
            });
        }
        let slot = (self.next_avail % self.size) as u64;
        let head = self.ring_read(ram, "available ring entry", self.avail, 4 + 2 * slot, 2)? as u16;
        if head >= self.size {
            return Err(QueueError::HeadOutOfRange { head, size: self.size });
        }
        self.next_avail = self.next_avail.wrapping_add(1);
        Ok(Some(head))
    }

    /// Walks the chain starting at `head` (which [`Queue::pop`] checked is in range).
    /// Buffer addresses are not checked here: the backend checks each access.
    pub fn read_chain(&self, ram: &RamView, head: u16) -> Result<Chain, ChainError> {
        let mut descriptors = Vec::new();
        let mut index = head;
        loop {
            // "The Virtqueue Descriptor Table": a chain is never longer than the queue size, so a longer
            // walk is a loop in the `next` fields.
            if descriptors.len() >= self.size as usize {
                return Err(ChainError::TooLong { size: self.size });
            }
            let entry = self.desc.wrapping_add(16 * index as u64);
            let bytes = self
                .desc
                .checked_add(16 * index as u64)
                .and_then(|a| ram.slice(a, 16))
                .ok_or(ChainError::DescriptorOutsideRam { index, addr: entry })?;
            let field = |lo: usize, n: usize| -> u64 {
                bytes.iter().skip(lo).take(n).rev().fold(0u64, |acc, &b| (acc << 8) | b as u64)
            };
            let addr = field(0, 8);
            let len = field(8, 4) as u32;
            let flags = field(12, 2) as u16;
            let next = field(14, 2) as u16;
            if flags & VIRTQ_DESC_F_INDIRECT != 0 {
                return Err(ChainError::Indirect { index });
            }
            descriptors.push(Descriptor { addr, len, writable: flags & VIRTQ_DESC_F_WRITE != 0 });
            if flags & VIRTQ_DESC_F_NEXT == 0 {
                return Ok(Chain { head, descriptors });
            }
            if next >= self.size {
                return Err(ChainError::NextOutOfRange { index, next, size: self.size });
            }
            index = next;
        }
    }

    /// Returns chain `head` to the driver with `len` bytes written: the used element
    /// first, then the used `idx` ("The Virtqueue Used Ring": len is set before idx).
    pub fn push_used(&mut self, ram: &mut RamView, head: u16, len: u32) -> Result<(), QueueError> {
        let slot = (self.next_used % self.size) as u64;
        let elem = self.used.checked_add(4 + 8 * slot);
        let elem_value = head as u64 | (len as u64) << 32;
        elem.and_then(|a| ram.write(a, 8, elem_value)).ok_or(QueueError::RingOutsideRam {
            area: "used ring entry",
            addr: self.used.wrapping_add(4 + 8 * slot),
        })?;
        let next = self.next_used.wrapping_add(1);
        self.used.checked_add(2).and_then(|a| ram.write(a, 2, next as u64)).ok_or(
            QueueError::RingOutsideRam { area: "used ring index", addr: self.used.wrapping_add(2) },
        )?;
        self.next_used = next;
        Ok(())
    }

    /// True when the driver set VIRTQ_AVAIL_F_NO_INTERRUPT ("Used Buffer Notification Suppression": without
    /// VIRTIO_F_EVENT_IDX the device SHOULD NOT notify when the flag is 1). An unreadable
    /// flags word counts as "notify".
    pub fn interrupt_suppressed(&self, ram: &RamView) -> bool {
        ram.read(self.avail, 2).is_some_and(|f| f as u16 & VIRTQ_AVAIL_F_NO_INTERRUPT != 0)
    }
}
