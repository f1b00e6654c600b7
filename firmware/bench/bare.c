/*
 * bare.c: bench-bare.elf runs the workload in M-mode with address translation off (Bare).
 */
#include "runtime.h"
#include "workload.h"

int main(void)
{
    return bench_run("M-mode, no paging (bare)");
}
