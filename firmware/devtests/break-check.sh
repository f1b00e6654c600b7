#!/bin/sh
# break-check.sh SATP: shows that every check of the device tests can fail.  For each
# check code N of each program, builds the program with -DBREAK_CHECK=N (which inverts
# check N only, see dt.h) and runs it on satp the way tests/devices.rs does; check N
# works if satp reports "guest exited with code N".  Codes a program never reaches in that
# configuration are listed separately.  Run from firmware/: devtests/break-check.sh SATP
set -u
SATP=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
here=$(dirname "$0")
"$here/make-disk.sh" "$tmp/disk.orig"
bad=0

# try PROGRAM FIRST LAST [satp run options]
try() {
    prog=$1 first=$2 last=$3
    shift 3
    ok="" missed=""
    n=$first
    while [ $n -le $last ]; do
        make -s OUT="$tmp/b" EXTRA_CFLAGS=-DBREAK_CHECK=$n "$tmp/b/devtests/$prog.elf" >/dev/null || exit 2
        cp "$tmp/disk.orig" "$tmp/disk.img"
        out=$("$SATP" run "$tmp/b/devtests/$prog.elf" "$@" 2>&1 </dev/null)
        if echo "$out" | grep -q "guest exited with code $n\$"; then
            ok="$ok $n"
        elif echo "$out" | grep -q "all checks passed"; then
            missed="$missed $n"
        else
            echo "$prog: BREAK_CHECK=$n: unexpected result:"; echo "$out" | tail -3; bad=1
        fi
        rm -f "$tmp/b/devtests/$prog.elf"
        n=$((n + 1))
    done
    echo "$prog $*: checks that failed when broken:$ok"
    echo "$prog $*: codes not reached:${missed:- none}"
}

try uart 10 19 --send 'hello from the host, 0123456789 abcdefghijklmnopqrstuvwxyz\n'
try timer 20 50
try ipi 170 181 --harts 3
try virtio-blk 60 100 --disk "$tmp/disk.img"
try virtio-blk 60 100 --disk "$tmp/disk.img" --virtio-legacy
try virtio-bad 110 156 --disk "$tmp/disk.img"
try smc 200 225 --harts 2
try virtio-code 226 255 --disk "$tmp/disk.img"
exit $bad
