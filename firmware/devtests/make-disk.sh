#!/bin/sh
# make-disk.sh IMAGE: writes the disk image the virtio device tests expect: 64 sectors of
# 512 bytes; sector s is 16 lines of 32 bytes, line l = "disk sector SSSS line LL ------\n".
# (tests/devices.rs builds the same image in Rust.)
set -e
[ $# = 1 ] || { echo "usage: $0 IMAGE" >&2; exit 2; }
s=0
while [ $s -lt 64 ]; do
    l=0
    while [ $l -lt 16 ]; do
        printf 'disk sector %04d line %02d ------\n' $s $l
        l=$((l + 1))
    done
    s=$((s + 1))
done > "$1"
