/*
 * finisher.c: the SiFive test finisher at 0x100000 ends the run.
 *
 * finisher-pass.elf writes 0x5555 (pass) with a 16-bit store, as OpenSBI does;
 * finisher-fail.elf (-DFAIL_CODE=3) writes (3 << 16) | 0x3333 (fail, code 3) with a 32-bit
 * store.  Nothing may run after the write: the program then waits in WFI with no
 * interrupt enabled, so a finisher that does not stop the machine shows up as a hang
 * (satp reports every hart waiting, exit status 1; QEMU needs a timeout).
 */
#include "dt.h"

const char dt_name[] = "finisher";

int main(void)
{
#ifdef FAIL_CODE
    printf("finisher: exiting with fail code %d\n", FAIL_CODE);
    fence();
    mmio_write32(FINISHER_BASE, ((uint32_t)FAIL_CODE << 16) | 0x3333);
#else
    printf("finisher: exiting with pass\n");
    fence();
    *(volatile uint16_t *)FINISHER_BASE = 0x5555;
#endif
    csr_write(mie, 0);
    for (;;)
        wfi();
}
