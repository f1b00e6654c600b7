/*
 * workload.h: the CPU-bound benchmark shared by bench-bare.elf and bench-sv39.elf.
 */
#ifndef SATP_FW_WORKLOAD_H
#define SATP_FW_WORKLOAD_H

#include <stdint.h>

/*
 * Runs the whole benchmark, printing a banner naming `variant`, the checksum, whether it
 * matches the expected value, and the instructions and cycles it took.
 * Returns the exit status: 0 if the checksum matched, 1 otherwise.
 */
int bench_run(const char *variant);

#endif
