#!/bin/sh
# Validate satp's ISA tests on QEMU (our own script; runs our tests only).
#
#   ./check-qemu.sh            build every test with -DSATP_QEMU_CHECK into a
#                              temp dir and run it on qemu-system-riscv64 virt;
#                              every test must exit 0 (pass).
#   ./check-qemu.sh --mutate   additionally rebuild each test with
#                              -DSATP_BREAK_TEST=n for its first, middle and
#                              last TEST_CASE-based test number n and check
#                              that it then FAILS with exactly code n.
#   ./check-qemu.sh --mutate-all   the same for EVERY such test number
#                              (a few minutes).
#   ./check-qemu.sh NAME...    only tests whose source path contains NAME.
#
# Before building, a lint rejects '#' comments inside TEST_* macro arguments:
# the macro expands to one line, so such a comment would silently swallow
# the rest of the test (use /* */ there).
#
# SATP_QEMU_CHECK makes the env also write the result to the SiFive test
# finisher at 0x100000 (0x5555 = pass, (code << 16) | 0x3333 = fail), so
# QEMU's exit status is the failure code (mod 256).  The ELFs built here are
# never committed.
set -u
cd "$(dirname "$0")"
QEMU=${QEMU:-qemu-system-riscv64}
MUTATE=0
FILTERS=""
for a in "$@"; do
    case "$a" in
        --mutate) MUTATE=1 ;;
        --mutate-all) MUTATE=2 ;;
        *) FILTERS="$FILTERS $a" ;;
    esac
done

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

CFLAGS="-static -nostdlib -nostartfiles -mabi=lp64 -Ttext 0x80000000 -T env/link.ld -I env -Wl,--build-id=none -Wl,--no-warn-rwx-segments -DSATP_QEMU_CHECK"

march_of() {
    case "$1" in
        rv64uc) echo rv64imac_zicsr_zifencei ;;
        rv64uf|rv64ud) echo rv64imafd_zicsr_zifencei ;;
        rv64uzfh) echo rv64imafd_zfh_zicsr_zifencei ;;
        rv64uzb*|rv64uzi*) echo rv64ima_zicsr_zifencei_zba_zbb_zbc_zbs_zbkb_zbkx_zicbom_zicboz_zicbop_zihintpause ;;
        *) echo rv64ima_zicsr_zifencei ;;
    esac
}

# Extensions QEMU 7.2 implements but leaves off by default (Zba/Zbb/Zbc/Zbs are on;
# QEMU 7.2 spells the Zfh property with a capital Z).
QEMU_CPU="rv64,zbkb=on,zbkx=on,Zfh=on,svnapot=on"

# Tests QEMU 7.2 cannot run: it implements no Zicond (QEMU 8.1), no Zicbom/Zicboz
# (8.0) and no Zimop (9.0), so these rely on the spec alone (README.md).
qemu_unsupported() {
    case "$1" in
        isa/rv64uzicond/*|isa/rv64uzimop/*|isa/rv64si/cbo*) return 0 ;;
    esac
    return 1
}

# run ELF -> prints QEMU's exit status (124 = timeout)
run() {
    timeout 10 "$QEMU" -machine virt -cpu "$QEMU_CPU" -nographic -bios none -kernel "$1" \
        </dev/null >/dev/null 2>&1
    echo $?
}

selected() {
    [ -z "$FILTERS" ] && return 0
    for f in $FILTERS; do
        case "$1" in *"$f"*) return 0 ;; esac
    done
    return 1
}

# '#' inside the (possibly multi-line) argument list of a TEST_* macro
lint() {
    awk -v f="$1" '
        depth == 0 && $0 !~ /^[ \t]*TEST_[A-Z0-9_]+\(/ { next }
        {
            for (i = 1; i <= length($0); i++) {
                c = substr($0, i, 1)
                if (c == "(") depth++
                else if (c == ")") depth--
                else if (c == "#" && depth > 0) {
                    printf "%s:%d: # comment inside macro arguments\n", f, NR
                    bad = 1; break
                }
            }
        }
        END { exit bad }' "$1"
}

total=0; bad=0
for src in isa/*/*.S; do
    selected "$src" || continue
    if qemu_unsupported "$src"; then echo "skip       $src (not in QEMU 7.2)"; continue; fi
    suite=$(basename "$(dirname "$src")")
    name=$(basename "$src" .S)
    elf="$TMP/$suite-p-$name"
    march=$(march_of "$suite")
    total=$((total + 1))
    if ! lint "$src"; then bad=$((bad + 1)); continue; fi
    if ! riscv64-unknown-elf-gcc -march="$march" $CFLAGS -o "$elf" "$src"; then
        echo "BUILD FAIL $suite-p-$name"; bad=$((bad + 1)); continue
    fi
    rc=$(run "$elf")
    if [ "$rc" = 0 ]; then
        echo "pass       $suite-p-$name"
    else
        echo "FAIL       $suite-p-$name (exit $rc)"; bad=$((bad + 1))
    fi
    if [ "$MUTATE" != 0 ]; then
        # test numbers of the TEST_CASE-based macros of test_macros.h
        nums=$(grep -oE '^[[:space:]]*TEST_(CASE|RR|IMM|UNARY|LOAD|STORE|AMO|MISALIGNED)[A-Z0-9_]*\([[:space:]]*[0-9]+' "$src" \
               | grep -oE '[0-9]+$')
        [ -z "$nums" ] && continue
        cnt=$(echo "$nums" | wc -l)
        if [ "$MUTATE" = 2 ]; then
            picks=$(printf '%s\n' "$nums" | sort -un)
        else
            picks=$(printf '%s\n' "$nums" | sed -n "1p;$(( (cnt + 1) / 2 ))p;${cnt}p" | sort -un)
        fi
        for n in $picks; do
            riscv64-unknown-elf-gcc -march="$march" $CFLAGS -DSATP_BREAK_TEST="$n" \
                -o "$elf.m" "$src" || { echo "BUILD FAIL mutant $n"; bad=$((bad + 1)); continue; }
            if cmp -s "$elf" "$elf.m"; then
                echo "  test $n is not in the QEMU check build (skipped)"; continue
            fi
            rc=$(run "$elf.m")
            if [ "$rc" = $((n % 256)) ]; then
                echo "  mutant $n fails as it should"
            else
                echo "  MUTANT $n NOT CAUGHT (exit $rc)"; bad=$((bad + 1))
            fi
        done
    fi
done
echo "$total tests, $bad problems"
[ "$bad" = 0 ]
