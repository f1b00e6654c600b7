# vmbench.mk: the validation microbenchmarks (included by ../Makefile; paths are relative to
# firmware/).  HTIF console and exit, like the other firmware; see vmbench/README.md.

VMB_DEP := vmbench/bench.h vmbench/window.h $(COMMON_DEP) vmbench/vmbench.mk
VMB_CFLAGS := -Ivmbench
# The paging kernel (S-mode kernel, U-mode windows) used by the translation benchmarks.
VMB_VM := vmbench/vm.c vmbench/vmasm.S
VMB_VM_DEP := $(VMB_VM) vmbench/vm.h $(VMB_DEP)
# The M-mode windows used by the cache and branch benchmarks.
VMB_M := vmbench/mwin.S
VMB_M_DEP := $(VMB_M) $(VMB_DEP)

VMBENCH_ELFS := vmbench/tlbreach.elf vmbench/superpage.elf \
	vmbench/walkcost-sv39.elf vmbench/walkcost-sv48.elf \
	vmbench/cachesweep.elf vmbench/branchy.elf vmbench/branchfree.elf

$(OUT)/vmbench/tlbreach.elf $(OUT)/vmbench/superpage.elf: \
		$(OUT)/vmbench/%.elf: vmbench/%.c $(VMB_VM_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(VMB_CFLAGS) $(LDFLAGS) -o $@ $(COMMON_SRC) $(VMB_VM) $<

$(OUT)/vmbench/walkcost-sv39.elf: vmbench/walkcost.c $(VMB_VM_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(VMB_CFLAGS) -DVM_LEVELS=3 $(LDFLAGS) -o $@ $(COMMON_SRC) $(VMB_VM) $<

$(OUT)/vmbench/walkcost-sv48.elf: vmbench/walkcost.c $(VMB_VM_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(VMB_CFLAGS) -DVM_LEVELS=4 $(LDFLAGS) -o $@ $(COMMON_SRC) $(VMB_VM) $<

$(OUT)/vmbench/cachesweep.elf: vmbench/cachesweep.c $(VMB_M_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(VMB_CFLAGS) $(LDFLAGS) -o $@ $(COMMON_SRC) $(VMB_M) $<

$(OUT)/vmbench/branchy.elf: vmbench/branch.c $(VMB_M_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(VMB_CFLAGS) -DBRANCHY=1 $(LDFLAGS) -o $@ $(COMMON_SRC) $(VMB_M) $<

$(OUT)/vmbench/branchfree.elf: vmbench/branch.c $(VMB_M_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(VMB_CFLAGS) -DBRANCHY=0 $(LDFLAGS) -o $@ $(COMMON_SRC) $(VMB_M) $<
