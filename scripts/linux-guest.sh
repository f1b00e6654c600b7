#!/bin/sh
# Fetches a Linux guest for satp from Debian's riscv64 packages (trixie) and builds a small
# initramfs for it:
#
#   scripts/linux-guest.sh DIR
#
# writes DIR/Image (Debian's linux-image-*-riscv64 kernel), DIR/initramfs.gz (busybox-static,
# virtio_mmio.ko and virtio_blk.ko, and an /init that mounts proc, sysfs and devtmpfs, loads
# the two modules and starts a shell) and DIR/fw_jump.bin (Debian's OpenSBI), then prints the
# satp command that boots it. Then `SATP_LINUX=DIR cargo test --test linux` runs the Linux
# tests.
#
# Nothing is installed and the host's apt configuration is not touched: apt runs on a private
# directory (DIR/apt) with a riscv64-only sources list that reuses the mirror the host's apt
# is configured with, and the packages are unpacked with dpkg-deb -x. Needs apt-get,
# dpkg-deb, cpio, gzip and xz on the host. Nothing this script downloads or builds belongs in
# the repository.
set -eu

dir=${1:?usage: scripts/linux-guest.sh DIR}
suite=${SATP_DEBIAN_SUITE:-trixie}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
for tool in apt-get apt-cache dpkg-deb cpio gzip xz; do
    command -v "$tool" >/dev/null || { echo "linux-guest.sh: needs $tool" >&2; exit 2; }
done

# The host's Debian mirror: the first URI of a deb source in its apt configuration.
mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
    awk 'tolower($1) == "uris:" && $2 ~ /debian\/?$/ { print $2; exit }')
if [ -z "$mirror" ]; then
    mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
        awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\// && $i ~ /debian\/?$/) { print $i; exit } }')
fi
[ -n "$mirror" ] || { echo "linux-guest.sh: no Debian mirror found in /etc/apt" >&2; exit 2; }
echo "linux-guest.sh: Debian $suite riscv64 packages from $mirror"

apt="$dir/apt"
mkdir -p "$apt/state/lists/partial" "$apt/cache/archives/partial" "$dir/debs"
touch "$apt/state/status"
echo "deb [arch=riscv64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main" \
    > "$apt/sources.list"
set -- -o Dir::Etc::SourceList="$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null \
    -o Dir::State="$apt/state" -o Dir::State::status="$apt/state/status" \
    -o Dir::Cache="$apt/cache" -o APT::Architecture=riscv64 -o APT::Architectures=riscv64 \
    -o Debug::NoLocking=1 -o APT::Sandbox::User=root
apt-get -q "$@" update >/dev/null
kernel=$(apt-cache "$@" depends linux-image-riscv64 | awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
[ -n "$kernel" ] || { echo "linux-guest.sh: no linux-image-riscv64 in $suite" >&2; exit 2; }
(cd "$dir/debs" && apt-get -q "$@" download "$kernel" busybox-static opensbi >/dev/null)

root="$dir/root"
rm -rf "$root" && mkdir -p "$root"
for deb in "$dir"/debs/*.deb; do dpkg-deb -x "$deb" "$root"; done
cp "$root"/boot/vmlinux-* "$dir/Image"
cp "$root/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin" "$dir/fw_jump.bin"

ir="$dir/initramfs"
rm -rf "$ir" && mkdir -p "$ir/bin" "$ir/dev" "$ir/proc" "$ir/sys" "$ir/tmp" "$ir/mnt" "$ir/lib/modules"
cp "$root/usr/bin/busybox" "$ir/bin/busybox"
for m in drivers/virtio/virtio_mmio drivers/block/virtio_blk; do
    xz -dc "$root"/usr/lib/modules/*/kernel/$m.ko.xz > "$ir/lib/modules/$(basename $m).ko"
done
cat > "$ir/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
insmod /lib/modules/virtio_mmio.ko
insmod /lib/modules/virtio_blk.ko
echo "init: $(uname -sr), $(grep -c ^processor /proc/cpuinfo) harts; poweroff -f ends the run"
exec setsid cttyhack sh
INIT
chmod +x "$ir/init"
(cd "$ir" && find . | sort | cpio -o -H newc --quiet | gzip -9n > "$dir/initramfs.gz")

echo "linux-guest.sh: $dir/Image ($kernel), $dir/initramfs.gz, $dir/fw_jump.bin"
echo "boot it:  satp run $dir/Image --initrd $dir/initramfs.gz --bios $dir/fw_jump.bin --mem 256M"
