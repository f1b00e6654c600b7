#!/bin/sh
# qemu-check.sh DIR QEMU_VARIANT_DIR: runs the device test guests in DIR (the committed
# ELFs) on qemu-system-riscv64 -machine virt, each the way tests/devices.rs runs it on satp.
# QEMU_VARIANT_DIR holds virtio-bad.elf built with -DEXPECT_QEMU.  Called by
# `make check-qemu-devtests`; prints each program's output and a summary, exits non-zero
# if any program failed.
set -u
dir=$1
variant=$2
QEMU=${QEMU:-qemu-system-riscv64}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
here=$(dirname "$0")
status=0
line='hello from the host, 0123456789 abcdefghijklmnopqrstuvwxyz'

# run NAME EXPECTED_STATUS [PATTERN] -- QEMU ARGS...  (stdin: the UART input)
run() {
    name=$1 want=$2 pattern=$3
    shift 4
    echo "== $name"
    timeout 60 "$QEMU" -machine virt -bios none -nographic "$@" > "$tmp/out.txt" 2>&1
    got=$?
    cat "$tmp/out.txt"
    if [ "$got" != "$want" ]; then
        echo "FAILED: exit status $got, expected $want"
        status=1
    elif [ -n "$pattern" ] && ! grep -qF "$pattern" "$tmp/out.txt"; then
        echo "FAILED: output lacks \"$pattern\""
        status=1
    fi
}

disk() { "$here/make-disk.sh" "$tmp/disk.img"; echo "file=$tmp/disk.img,if=none,format=raw,id=x0"; }
blk="virtio-blk-device,drive=x0,bus=virtio-mmio-bus.0"

for e in uart uart-budget; do
    (sleep 1; printf '%s\n' "$line") |
        run $e 0 "uart: echo: $line" -- -kernel "$dir/$e.elf"
done
run timer 0 "timer: all checks passed" -- -kernel "$dir/timer.elf" < /dev/null
run "ipi (-smp 3)" 0 "ipi: all checks passed" -- -smp 3 -kernel "$dir/ipi.elf" < /dev/null
run "virtio-blk (legacy, QEMU's default)" 0 "all checks passed" -- -kernel "$dir/virtio-blk.elf" \
    -drive "$(disk)" -device "$blk" < /dev/null
run "virtio-blk (modern)" 0 "all checks passed" -- -kernel "$dir/virtio-blk.elf" \
    -global virtio-mmio.force-legacy=false -drive "$(disk)" -device "$blk" < /dev/null
run "virtio-bad (-DEXPECT_QEMU, modern)" 0 "all checks passed" -- -kernel "$variant/virtio-bad.elf" \
    -global virtio-mmio.force-legacy=false -drive "$(disk)" -device "$blk" < /dev/null
run smc 0 "smc: all checks passed" -- -kernel "$dir/smc.elf" < /dev/null
run "smc (-smp 2)" 0 "smc: f. 2 harts: code written by one hart runs on the other after FENCE.I: ok" \
    -- -smp 2 -kernel "$dir/smc.elf" < /dev/null
run "virtio-code (legacy)" 0 "virtio-code: 14 requests, 14 interrupts; all checks passed" -- \
    -kernel "$dir/virtio-code.elf" -drive "$(disk)" -device "$blk" < /dev/null
run "virtio-code (modern)" 0 "virtio-code: 14 requests, 14 interrupts; all checks passed" -- \
    -kernel "$dir/virtio-code.elf" -global virtio-mmio.force-legacy=false -drive "$(disk)" \
    -device "$blk" < /dev/null
run finisher-pass 0 "" -- -kernel "$dir/finisher-pass.elf" < /dev/null
run finisher-fail 3 "" -- -kernel "$dir/finisher-fail.elf" < /dev/null

[ $status = 0 ] && echo "check-qemu-devtests: all programs passed"
exit $status
