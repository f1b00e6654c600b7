# devtests.mk: the device test guests (included by ../Makefile; paths are relative to
# firmware/).  They print through the UART and exit through the SiFive test finisher, so
# they are built with -DQEMU_CHECK and the same ELF runs on satp and on QEMU virt.
#   make check-qemu-devtests   run them on qemu-system-riscv64 -machine virt
#   devtests/break-check.sh    invert each check in turn and see it fail on satp

DT_SRC := devtests/crt.S devtests/dt.c common/htif.c common/string.c
DT_DEP := $(DT_SRC) devtests/dt.h common/runtime.h common/csr.h common/link.ld Makefile devtests/devtests.mk
DT_CFLAGS := -DQEMU_CHECK -Idevtests
DT_VIRTIO := devtests/virtio.c
DT_VIRTIO_DEP := $(DT_VIRTIO) devtests/virtio.h
DT_CODE_DEP := devtests/code.h

DEVTEST_ELFS := devtests/uart.elf devtests/uart-budget.elf devtests/timer.elf devtests/ipi.elf \
	devtests/virtio-blk.elf devtests/virtio-bad.elf \
	devtests/finisher-pass.elf devtests/finisher-fail.elf \
	devtests/smc.elf devtests/virtio-code.elf

$(OUT)/devtests/uart.elf $(OUT)/devtests/timer.elf $(OUT)/devtests/ipi.elf: \
		$(OUT)/devtests/%.elf: devtests/%.c $(DT_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(DT_CFLAGS) $(LDFLAGS) -o $@ $(DT_SRC) $<

$(OUT)/devtests/uart-budget.elf: devtests/uart.c $(DT_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(DT_CFLAGS) -DBUDGET=8 $(LDFLAGS) -o $@ $(DT_SRC) $<

$(OUT)/devtests/virtio-blk.elf $(OUT)/devtests/virtio-bad.elf: \
		$(OUT)/devtests/%.elf: devtests/%.c $(DT_VIRTIO_DEP) $(DT_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(DT_CFLAGS) $(LDFLAGS) -o $@ $(DT_SRC) $(DT_VIRTIO) $<

$(OUT)/devtests/smc.elf: devtests/smc.c $(DT_CODE_DEP) $(DT_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(DT_CFLAGS) $(LDFLAGS) -o $@ $(DT_SRC) $<

$(OUT)/devtests/virtio-code.elf: devtests/virtio-code.c $(DT_CODE_DEP) $(DT_VIRTIO_DEP) $(DT_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(DT_CFLAGS) $(LDFLAGS) -o $@ $(DT_SRC) $(DT_VIRTIO) $<

$(OUT)/devtests/finisher-pass.elf: devtests/finisher.c $(DT_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(DT_CFLAGS) $(LDFLAGS) -o $@ $(DT_SRC) $<

$(OUT)/devtests/finisher-fail.elf: devtests/finisher.c $(DT_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(DT_CFLAGS) -DFAIL_CODE=3 $(LDFLAGS) -o $@ $(DT_SRC) $<

check-qemu-devtests: $(DEVTEST_ELFS)
	@d=$$(mktemp -d) && \
	$(CC) $(CFLAGS) $(DT_CFLAGS) -DEXPECT_QEMU $(LDFLAGS) -o $$d/virtio-bad.elf \
	  $(DT_SRC) $(DT_VIRTIO) devtests/virtio-bad.c && \
	QEMU=$(QEMU) devtests/qemu-check.sh devtests $$d; s=$$?; rm -rf $$d; exit $$s
