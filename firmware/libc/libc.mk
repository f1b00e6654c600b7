# libc.mk: C guests built with picolibc and the F/D extensions (included by ../Makefile;
# paths are relative to firmware/).  They use picolibc.ld with the memory regions set by
# --defsym (code and read-only data at 0x80000000; data, bss and the stack in the 2 MiB at
# 0x80200000, the stack growing down from 0x80400000), their own startup code (libc/crt.S, -nostartfiles) and libc/runtime.c for
# stdout on the UART and exit through the test finisher, so the same ELF runs on satp and
# on QEMU virt.  Their output on QEMU is recorded in libc/*.expected.
#   make check-qemu-libc   run them on qemu-system-riscv64 -machine virt, compare with
#                          the .expected files

LIBC_CFLAGS := -march=rv64gc -mabi=lp64d -mcmodel=medany -O2 --specs=picolibc.specs \
	-nostartfiles -static -fno-pic -ffile-prefix-map=$(CURDIR)=. \
	-std=gnu11 -Wall -Wextra -Werror
# picolibc's libraries carry debug info: --strip-debug leaves it out (the symbols stay).
LIBC_LDFLAGS := -Wl,--build-id=none -Wl,--strip-debug -Wl,-z,noexecstack \
	-Wl,--defsym=__flash=0x80000000 -Wl,--defsym=__flash_size=0x200000 \
	-Wl,--defsym=__ram=0x80200000 -Wl,--defsym=__ram_size=0x200000
LIBC_SRC := libc/crt.S libc/runtime.c
LIBC_DEP := $(LIBC_SRC) Makefile libc/libc.mk

LIBC_ELFS := libc/fpdemo.elf libc/fpdemo-zb.elf

$(OUT)/libc/fpdemo.elf: libc/fpdemo.c $(LIBC_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(LIBC_CFLAGS) $(LIBC_LDFLAGS) -o $@ $(LIBC_SRC) $< -lm

# The same program with Zba, Zbb and Zbs: GCC emits cpop, clz, ctz, rev8, rol/ror, andn,
# sext.b, sh3add.uw, bset... for its bit tricks.  picolibc itself stays the rv64gc build.
$(OUT)/libc/fpdemo-zb.elf: libc/fpdemo.c $(LIBC_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(LIBC_CFLAGS) -march=rv64gc_zba_zbb_zbs $(LIBC_LDFLAGS) -o $@ $(LIBC_SRC) $< -lm

check-qemu-libc: $(addprefix $(OUT)/,$(LIBC_ELFS))
	@d=$$(mktemp -d) && status=0 && for e in $(LIBC_ELFS); do \
	  echo "== $$e"; \
	  timeout 60 $(QEMU) -machine virt -nographic -bios none -kernel $(OUT)/$$e \
	    > $$d/out.txt 2>&1 || { echo "FAILED (exit status $$?)"; status=1; }; \
	  exp=libc/$$(basename $$e .elf | sed 's/-zb$$//').expected; \
	  diff -u $$exp $$d/out.txt || { echo "FAILED: output differs from $$exp"; status=1; }; \
	done; rm -rf $$d; [ $$status = 0 ] && echo "check-qemu-libc: all programs passed"; exit $$status
