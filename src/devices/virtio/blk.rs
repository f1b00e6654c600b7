//! The virtio block device (virtio 1.2 section 5.2) over a raw disk image.
//!
//! Storage is the image file itself, read and written through `std::fs::File`: a guest
//! write reaches the file (the host page cache) before its request completes, and
//! `fsync` happens on VIRTIO_BLK_T_FLUSH and at exit ([`VirtioDevice::flush`]), not per
//! request. With `snapshot`, the file is opened read-only and guest writes go to an
//! in-memory overlay of 512-byte sectors, so the file is never modified.
//!
//! An in-memory disk ([`Blk::in_memory`], `--disk mem:SIZE`) has no file at all: it
//! starts zero-filled and its contents are dropped at exit (a swap device).
//!
//! An image whose size is not a multiple of 512 is accepted with a warning: the device
//! shows the whole sectors only, and the trailing bytes are never read or written. An
//! image smaller than one sector is an error.
//!
//! Requests (section 5.2.6): IN, OUT, FLUSH and GET_ID; other types answer
//! VIRTIO_BLK_S_UNSUPP. The status byte is the last byte of the last descriptor, which
//! must be device-writable; a chain without one is returned with `len` 0 and no status.
//! Every other problem (short header, data not a multiple of 512, a sector range past the
//! end, a buffer outside RAM, a write to a read-only disk, a host I/O error) answers
//! VIRTIO_BLK_S_IOERR.

use super::queue::{Chain, Descriptor};
use super::{Completion, VirtioDevice};
use crate::devices::{DiskStats, RamView};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Virtio device ID of a block device.
pub const DEVICE_ID_BLOCK: u32 = 2;
/// The protocol's sector size (always 512 bytes, section 5.2.6).
pub const SECTOR_SIZE: u64 = 512;
/// The queue size offered (QEMU's default for virtio-blk).
pub const QUEUE_SIZE: u16 = 256;

// Feature bits, section 5.2.3.
pub const VIRTIO_BLK_F_SEG_MAX: u64 = 1 << 2;
pub const VIRTIO_BLK_F_RO: u64 = 1 << 5;
pub const VIRTIO_BLK_F_FLUSH: u64 = 1 << 9;

// Request types and status values, section 5.2.6.
pub const VIRTIO_BLK_T_IN: u32 = 0;
pub const VIRTIO_BLK_T_OUT: u32 = 1;
pub const VIRTIO_BLK_T_FLUSH: u32 = 4;
pub const VIRTIO_BLK_T_GET_ID: u32 = 8;
pub const VIRTIO_BLK_S_OK: u8 = 0;
pub const VIRTIO_BLK_S_IOERR: u8 = 1;
pub const VIRTIO_BLK_S_UNSUPP: u8 = 2;

/// Length of the device ID string of GET_ID.
const ID_LEN: usize = 20;
/// Bytes of `struct virtio_blk_req` before the data: type, reserved, sector.
const HEADER_LEN: u64 = 16;

/// A disk image that cannot be used. Messages name the file and what to do.
#[derive(Debug, Error)]
pub enum BlkError {
    #[error("disk image {}: no such file", .path.display())]
    NotFound { path: PathBuf },
    #[error("disk image {}: not a regular file", .path.display())]
    NotAFile { path: PathBuf },
    #[error("disk image {}: cannot open {mode}: {error}", .path.display())]
    Open { path: PathBuf, mode: &'static str, error: io::Error },
    #[error("disk image {}: {size} bytes, smaller than one 512-byte sector", .path.display())]
    TooSmall { path: PathBuf, size: u64 },
    #[error("disk image {}: in use by another process{hint}", .path.display())]
    Locked { path: PathBuf, hint: &'static str },
    #[error("in-memory disk of {size} bytes: the size must be a non-zero multiple of 512")]
    MemSize { size: u64 },
    #[error("in-memory disk of {size} bytes: the host cannot allocate it")]
    MemAlloc { size: u64 },
}

/// Modeled service time of a request, in mtime ticks: `fixed + per_sector * sectors`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Latency {
    pub fixed: u64,
    pub per_sector: u64,
}

/// A byte range the callers' checks should have excluded: an I/O error, never a panic.
fn out_of_range() -> io::Error {
    io::Error::other("disk access outside the buffer")
}

impl Latency {
    fn of(&self, sectors: u64) -> u64 {
        self.fixed.saturating_add(self.per_sector.saturating_mul(sectors))
    }
}

/// Where a disk's sectors live.
enum Store {
    /// A raw image file.
    File(File),
    /// Host memory (an in-memory disk), `len` bytes.
    Mem(memmap2::MmapMut),
}

/// The image file (or memory) and, in snapshot mode, the sectors the guest wrote.
struct Disk {
    store: Store,
    /// Bytes visible to the guest (whole sectors).
    len: u64,
    overlay: Option<HashMap<u64, Box<[u8; SECTOR_SIZE as usize]>>>,
    /// Written since the last sync.
    dirty: bool,
}

impl Disk {
    fn file_read(&self, pos: u64, buf: &mut [u8]) -> io::Result<()> {
        match &self.store {
            Store::File(file) => {
                let mut f = file;
                f.seek(SeekFrom::Start(pos))?;
                f.read_exact(buf)
            }
            Store::Mem(bytes) => {
                let src = usize::try_from(pos)
                    .ok()
                    .and_then(|p| bytes.get(p..p.checked_add(buf.len())?))
                    .ok_or_else(|| io::Error::other("read past the end of the disk"))?;
                buf.copy_from_slice(src);
                Ok(())
            }
        }
    }

    /// Reads `buf.len()` bytes at byte offset `pos` (the caller checked the range).
    fn read_at(&self, pos: u64, buf: &mut [u8]) -> io::Result<()> {
        let Some(overlay) = self.overlay.as_ref().filter(|o| !o.is_empty()) else {
            return self.file_read(pos, buf);
        };
        let mut done = 0usize;
        while done < buf.len() {
            let at = pos + done as u64;
            let within = (at % SECTOR_SIZE) as usize;
            let n = (SECTOR_SIZE as usize - within).min(buf.len() - done);
            if let Some(sector) = overlay.get(&(at / SECTOR_SIZE)) {
                let (Some(to), Some(from)) =
                    (buf.get_mut(done..done + n), sector.get(within..within + n))
                else {
                    return Err(out_of_range());
                };
                to.copy_from_slice(from);
                done += n;
                continue;
            }
            // A run of sectors the guest never wrote: one read from the file.
            let mut end = done + n;
            while end < buf.len() && !overlay.contains_key(&((pos + end as u64) / SECTOR_SIZE)) {
                end += (SECTOR_SIZE as usize).min(buf.len() - end);
            }
            self.file_read(at, buf.get_mut(done..end).ok_or_else(out_of_range)?)?;
            done = end;
        }
        Ok(())
    }

    /// Writes `data` at byte offset `pos` (the caller checked the range).
    fn write_at(&mut self, pos: u64, data: &[u8]) -> io::Result<()> {
        if self.overlay.is_none() {
            match &mut self.store {
                Store::File(file) => {
                    let mut f = &*file;
                    f.seek(SeekFrom::Start(pos))?;
                    f.write_all(data)?;
                    self.dirty = true;
                }
                Store::Mem(bytes) => {
                    let dest = usize::try_from(pos)
                        .ok()
                        .and_then(|p| bytes.get_mut(p..p.checked_add(data.len())?))
                        .ok_or_else(|| io::Error::other("write past the end of the disk"))?;
                    dest.copy_from_slice(data);
                }
            }
            return Ok(());
        }
        let mut done = 0usize;
        while done < data.len() {
            let at = pos + done as u64;
            let index = at / SECTOR_SIZE;
            let within = (at % SECTOR_SIZE) as usize;
            let n = (SECTOR_SIZE as usize - within).min(data.len() - done);
            let existing = self.overlay.as_ref().and_then(|o| o.get(&index)).cloned();
            let mut sector = match existing {
                Some(s) => s,
                None if n == SECTOR_SIZE as usize => Box::new([0; SECTOR_SIZE as usize]),
                None => {
                    let mut s = Box::new([0; SECTOR_SIZE as usize]);
                    self.file_read(index * SECTOR_SIZE, &mut s[..])?;
                    s
                }
            };
            let (Some(to), Some(from)) =
                (sector.get_mut(within..within + n), data.get(done..done + n))
            else {
                return Err(out_of_range());
            };
            to.copy_from_slice(from);
            if let Some(o) = self.overlay.as_mut() {
                o.insert(index, sector);
            }
            done += n;
        }
        Ok(())
    }

    fn sync(&mut self) -> io::Result<()> {
        if let (true, Store::File(file)) = (self.dirty, &self.store) {
            file.sync_data()?;
            self.dirty = false;
        }
        Ok(())
    }
}

/// A contiguous piece of guest memory named by a descriptor.
#[derive(Clone, Copy, Debug)]
struct Segment {
    addr: u64,
    len: u64,
}

fn total(segments: &[Segment]) -> u64 {
    segments.iter().map(|s| s.len).sum()
}

/// The segments that remain after skipping the first `n` bytes.
fn skip(segments: &[Segment], mut n: u64) -> Vec<Segment> {
    let mut rest = Vec::new();
    for s in segments {
        if n >= s.len {
            n -= s.len;
        } else {
            rest.push(Segment { addr: s.addr.wrapping_add(n), len: s.len - n });
            n = 0;
        }
    }
    rest
}

fn all_in_ram(ram: &RamView, segments: &[Segment]) -> bool {
    segments.iter().all(|s| ram.slice(s.addr, s.len).is_some())
}

/// The virtio-blk backend.
pub struct Blk {
    /// Requests, sectors read and sectors written, for the report.
    counters: DiskStats,
    disk: Disk,
    read_only: bool,
    latency: Latency,
    id: [u8; ID_LEN],
    config: Vec<u8>,
}

impl Blk {
    /// Opens the raw image at `path`. With `snapshot`, the file is opened read-only and
    /// guest writes stay in memory; with `read_only`, the device offers VIRTIO_BLK_F_RO
    /// and fails writes.
    pub fn open(path: &Path, snapshot: bool, read_only: bool) -> Result<Blk, BlkError> {
        let path_buf = || path.to_path_buf();
        let meta = std::fs::metadata(path).map_err(|error| match error.kind() {
            io::ErrorKind::NotFound => BlkError::NotFound { path: path_buf() },
            _ => BlkError::Open { path: path_buf(), mode: "for reading", error },
        })?;
        if !meta.is_file() {
            return Err(BlkError::NotAFile { path: path_buf() });
        }
        let writable = !snapshot && !read_only;
        let file = OpenOptions::new().read(true).write(writable).open(path).map_err(|error| {
            BlkError::Open {
                path: path_buf(),
                mode: if writable {
                    "for reading and writing (use --snapshot to keep the image unchanged)"
                } else {
                    "for reading"
                },
                error,
            }
        })?;
        // An advisory lock, as QEMU takes: exclusive for a writer, shared for a reader
        // (--snapshot or read-only), so two writers, or a writer and a reader, never
        // share an image. It lasts as long as the file is open.
        // (std's File locks are flock(2) on Unix: LOCK_EX / LOCK_SH with LOCK_NB.)
        let locked = if writable { file.try_lock() } else { file.try_lock_shared() };
        if locked.is_err() {
            let hint = if writable { " (use --snapshot to run on a copy in memory)" } else { "" };
            return Err(BlkError::Locked { path: path_buf(), hint });
        }
        let size = meta.len();
        if size < SECTOR_SIZE {
            return Err(BlkError::TooSmall { path: path_buf(), size });
        }
        if size % SECTOR_SIZE != 0 {
            log::warn!(
                "disk image {}: {size} bytes is not a multiple of 512; the last {} bytes are not visible to the guest",
                path.display(),
                size % SECTOR_SIZE
            );
        }
        let len = size - size % SECTOR_SIZE;
        let overlay = snapshot.then(HashMap::new);
        Ok(Self::with_disk(
            Disk { store: Store::File(file), len, overlay, dirty: false },
            read_only,
        ))
    }

    /// A zero-filled disk of `size` bytes (a non-zero multiple of 512) in host memory,
    /// never backed by a file: what the guest writes is kept until the run ends. The
    /// memory is allocated zeroed, so the host backs only the sectors the guest writes.
    pub fn in_memory(size: u64) -> Result<Blk, BlkError> {
        if size == 0 || !size.is_multiple_of(SECTOR_SIZE) {
            return Err(BlkError::MemSize { size });
        }
        let bytes = usize::try_from(size)
            .ok()
            .and_then(crate::devices::zeroed_bytes)
            .ok_or(BlkError::MemAlloc { size })?;
        Ok(Self::with_disk(
            Disk { store: Store::Mem(bytes), len: size, overlay: None, dirty: false },
            false,
        ))
    }

    fn with_disk(disk: Disk, read_only: bool) -> Blk {
        let mut config = Vec::with_capacity(16);
        config.extend_from_slice(&(disk.len / SECTOR_SIZE).to_le_bytes()); // capacity
        config.extend_from_slice(&0u32.to_le_bytes()); // size_max (not offered)
        config.extend_from_slice(&(QUEUE_SIZE as u32 - 2).to_le_bytes()); // seg_max
        Blk {
            counters: DiskStats::default(),
            disk,
            read_only,
            latency: Latency::default(),
            id: Self::make_id("satp-disk"),
            config,
        }
    }

    fn make_id(id: &str) -> [u8; ID_LEN] {
        let mut out = [0u8; ID_LEN];
        for (o, b) in out.iter_mut().zip(id.bytes()) {
            *o = b;
        }
        out
    }

    /// Sets the modeled request latency.
    pub fn with_latency(mut self, latency: Latency) -> Blk {
        self.latency = latency;
        self
    }

    /// Sets the GET_ID string (NUL-padded, truncated to 20 bytes); default "satp-disk".
    pub fn with_id(mut self, id: &str) -> Blk {
        self.id = Self::make_id(id);
        self
    }

    /// Capacity in 512-byte sectors.
    pub fn capacity(&self) -> u64 {
        self.disk.len / SECTOR_SIZE
    }

    /// The byte offset of `sector` if `[sector, sector + bytes/512)` is on the disk.
    fn range(&self, sector: u64, bytes: u64) -> Option<u64> {
        let pos = sector.checked_mul(SECTOR_SIZE)?;
        (pos.checked_add(bytes)? <= self.disk.len).then_some(pos)
    }

    /// Executes a request whose status byte is known to be writable. Returns the status
    /// and the bytes written to the data buffers, and the sectors moved.
    fn execute(
        &mut self,
        readable: &[Segment],
        writable: &[Segment],
        ram: &mut RamView,
    ) -> (u8, u64, u64) {
        const ERR: (u8, u64, u64) = (VIRTIO_BLK_S_IOERR, 0, 0);
        let mut header = [0u8; HEADER_LEN as usize];
        let mut filled = 0usize;
        for s in readable {
            if filled == header.len() {
                break;
            }
            let n = (s.len as usize).min(header.len() - filled);
            match ram.slice(s.addr, n as u64) {
                Some(b) => match header.get_mut(filled..filled + n) {
                    Some(to) => to.copy_from_slice(b),
                    None => return ERR,
                },
                None => return ERR,
            }
            filled += n;
        }
        if filled < header.len() {
            return ERR;
        }
        let kind = u32::from_le_bytes([header[0], header[1], header[2], header[3]]);
        let mut sector_bytes = [0u8; 8];
        sector_bytes.copy_from_slice(&header[8..16]);
        let sector = u64::from_le_bytes(sector_bytes);
        match kind {
            VIRTIO_BLK_T_IN => {
                let bytes = total(writable);
                let Some(pos) = self.range(sector, bytes) else {
                    return ERR;
                };
                if !bytes.is_multiple_of(SECTOR_SIZE) || !all_in_ram(ram, writable) {
                    return ERR;
                }
                let mut at = pos;
                for s in writable {
                    let Some(buf) = ram.slice_mut(s.addr, s.len) else {
                        return ERR;
                    };
                    if let Err(e) = self.disk.read_at(at, buf) {
                        log::warn!("virtio-blk: read at byte {at}: {e}");
                        return ERR;
                    }
                    at += s.len;
                }
                self.counters.sectors_read += bytes / SECTOR_SIZE;
                (VIRTIO_BLK_S_OK, bytes, bytes / SECTOR_SIZE)
            }
            VIRTIO_BLK_T_OUT => {
                let data = skip(readable, HEADER_LEN);
                let bytes = total(&data);
                let Some(pos) = self.range(sector, bytes) else {
                    return ERR;
                };
                // "Block Device / Device Operation": a read-only device fails writes and writes no data.
                if self.read_only || !bytes.is_multiple_of(SECTOR_SIZE) || !all_in_ram(ram, &data) {
                    return ERR;
                }
                let mut at = pos;
                for s in &data {
                    let Some(buf) = ram.slice(s.addr, s.len) else {
                        return ERR;
                    };
                    if let Err(e) = self.disk.write_at(at, buf) {
                        log::warn!("virtio-blk: write at byte {at}: {e}");
                        return ERR;
                    }
                    at += s.len;
                }
                self.counters.sectors_written += bytes / SECTOR_SIZE;
                (VIRTIO_BLK_S_OK, 0, bytes / SECTOR_SIZE)
            }
            VIRTIO_BLK_T_FLUSH => match self.disk.sync() {
                Ok(()) => (VIRTIO_BLK_S_OK, 0, 0),
                Err(e) => {
                    log::warn!("virtio-blk: flush: {e}");
                    ERR
                }
            },
            VIRTIO_BLK_T_GET_ID => {
                let mut written = 0u64;
                for s in writable {
                    let n = s.len.min(ID_LEN as u64 - written);
                    if n == 0 {
                        break;
                    }
                    let Some(buf) = ram.slice_mut(s.addr, n) else {
                        return ERR;
                    };
                    let Some(id) = self.id.get(written as usize..(written + n) as usize) else {
                        return ERR;
                    };
                    buf.copy_from_slice(id);
                    written += n;
                }
                (VIRTIO_BLK_S_OK, written, 0)
            }
            _ => (VIRTIO_BLK_S_UNSUPP, 0, 0),
        }
    }
}

impl VirtioDevice for Blk {
    fn name(&self) -> &str {
        "virtio-blk"
    }

    fn device_id(&self) -> u32 {
        DEVICE_ID_BLOCK
    }

    fn features(&self) -> u64 {
        let ro = if self.read_only { VIRTIO_BLK_F_RO } else { 0 };
        VIRTIO_BLK_F_SEG_MAX | VIRTIO_BLK_F_FLUSH | ro
    }

    fn config(&self) -> &[u8] {
        &self.config
    }

    fn num_queues(&self) -> usize {
        1
    }

    fn queue_max_size(&self) -> u16 {
        QUEUE_SIZE
    }

    fn process(&mut self, _queue: usize, chain: &Chain, ram: &mut RamView) -> Completion {
        let skipped = Completion { used_len: 0, latency: self.latency.fixed };
        // The status byte: the last byte of the last descriptor, device-writable.
        let Some(&Descriptor { addr, len, writable: true }) = chain.descriptors.last() else {
            return skipped;
        };
        let Some(status_addr) = (len as u64)
            .checked_sub(1)
            .and_then(|l| addr.checked_add(l))
            .filter(|&a| ram.slice(a, 1).is_some())
        else {
            return skipped;
        };
        // Split the chain into its device-readable part and its device-writable part
        // (minus the status byte). "Message Framing": readable descriptors come first.
        let last = chain.descriptors.len() - 1;
        let mut readable = Vec::new();
        let mut writable = Vec::new();
        let mut misordered = false;
        for (i, d) in chain.descriptors.iter().enumerate() {
            let len = if i == last { d.len as u64 - 1 } else { d.len as u64 };
            let segment = Segment { addr: d.addr, len };
            if d.writable {
                writable.push(segment);
            } else {
                misordered |= !writable.is_empty();
                readable.push(segment);
            }
        }
        self.counters.requests += 1;
        let (status, data_len, sectors) = if misordered {
            (VIRTIO_BLK_S_IOERR, 0, 0)
        } else {
            self.execute(&readable, &writable, ram)
        };
        let _ = ram.write(status_addr, 1, status as u64);
        Completion {
            used_len: u32::try_from(data_len + 1).unwrap_or(u32::MAX),
            latency: self.latency.of(sectors),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.disk.sync()
    }

    fn disk_stats(&self) -> Option<DiskStats> {
        Some(self.counters)
    }
}
