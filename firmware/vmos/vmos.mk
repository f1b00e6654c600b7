# vmos.mk: satp's paging-and-swapping kernel (included by ../Makefile; paths are relative to
# firmware/).  See vmos/README.md.
#   make check-qemu-vmos   run vmos.elf on qemu-system-riscv64 -machine virt with a swap disk
#
# Two steps, both reproducible: the user programs are linked at 0x40000000 and turned into
# a flat binary ($(OUT)/vmos/user.out, user.bin: intermediate files under $(OUT) only),
# which start.S embeds with .incbin; then the kernel is one compiler invocation.

VMOS_USER_SRC := vmos/user/ucrt.S vmos/user/ulib.c vmos/user/progs.c
VMOS_USER_DEP := $(VMOS_USER_SRC) vmos/user/ulib.h vmos/user/uapi.h vmos/user/user.ld \
	vmos/vmos.mk Makefile
VMOS_SRC := vmos/start.S vmos/machine.c vmos/main.c vmos/proc.c vmos/vm.c vmos/disk.c \
	common/htif.c common/string.c
VMOS_DEP := $(VMOS_SRC) vmos/kernel.h vmos/kernel.ld vmos/user/uapi.h common/runtime.h common/csr.h \
	vmos/vmos.mk Makefile
VMOS_ELFS := vmos/vmos.elf

$(OUT)/vmos/user.bin: $(VMOS_USER_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Ivmos/user -T vmos/user/user.ld -Wl,--build-id=none \
		-Wl,-z,max-page-size=4096 -Wl,-z,noexecstack -o $(OUT)/vmos/user.out $(VMOS_USER_SRC)
	$(CROSS)objcopy -O binary $(OUT)/vmos/user.out $@

$(OUT)/vmos/vmos.elf: $(VMOS_DEP) $(OUT)/vmos/user.bin
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DQEMU_CHECK -DNO_TOHOST -Ivmos -DUSER_BIN='"$(OUT)/vmos/user.bin"' \
		-T vmos/kernel.ld -Wl,--build-id=none -Wl,-z,max-page-size=4096 \
		-Wl,-z,noexecstack -Wl,--no-warn-rwx-segments -o $@ $(VMOS_SRC)

# The kernel on QEMU virt (QEMU 7.2 has Sstc; it sets A/D bits itself): the demo with a
# 4 MiB swap disk, then a single run that swaps.
.PHONY: check-qemu-vmos
check-qemu-vmos: $(OUT)/vmos/vmos.elf
	@d=$$(mktemp -d) && truncate -s 4M $$d/swap.img && status=0 && \
	for args in "demo" "workload=mix frames=12 policy=fifo" "workload=prot frames=8"; do \
	  echo "== vmos.elf --append '$$args' (on -machine virt)"; \
	  timeout 120 $(QEMU) -machine virt -nographic -bios none -kernel $(OUT)/vmos/vmos.elf \
	    -global virtio-mmio.force-legacy=false \
	    -drive file=$$d/swap.img,if=none,format=raw,id=x0 \
	    -device virtio-blk-device,drive=x0,bus=virtio-mmio-bus.0 \
	    -append "$$args" > $$d/out.txt 2>&1 || { echo "FAILED (exit status $$?)"; status=1; }; \
	  cat $$d/out.txt; \
	done; rm -rf $$d; [ $$status = 0 ] && echo "check-qemu-vmos: passed"; exit $$status
