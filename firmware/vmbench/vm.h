/*
 * vm.h: the tiny paging kernel shared by the vmbench programs that measure translation.
 *
 * vm_start() runs in M-mode: it opens PMP, selects the performance counters, delegates
 * U-mode ECALL to S-mode, builds a root page table that maps the kernel (an identity
 * gigapage over [0x80000000, 0xc0000000), supervisor only, R W X) and drops to S-mode
 * with Sv39 (levels = 3) or Sv48 (levels = 4) translation on.
 *
 * The S-mode kernel then maps user memory with vm_map() (4 KiB, 2 MiB or 1 GiB leaves,
 * U R, A set) and runs measured routines in U-mode with run_user().  The user routines
 * live in vmasm.S, in a 4 KiB page of their own that vm_map_user_code() maps at
 * UCODE_VA with U R X; they only use registers, so the only dTLB entries they need are
 * those of the memory they are asked to touch.
 */
#ifndef SATP_VMBENCH_VM_H
#define SATP_VMBENCH_VM_H

#include "bench.h"

#define PTE_V (1UL << 0)
#define PTE_R (1UL << 1)
#define PTE_W (1UL << 2)
#define PTE_X (1UL << 3)
#define PTE_U (1UL << 4)
#define PTE_G (1UL << 5)
#define PTE_A (1UL << 6)
#define PTE_D (1UL << 7)

#define PAGE_4K 4096UL
#define PAGE_2M (2UL << 20)
#define PAGE_1G (1UL << 30)

/* Where the user code page appears in every address space. */
#define UCODE_VA 0x10000UL

/* The user routines (vmasm.S).  Call them through run_user(user_entry(fn), ...). */
void u_chase(void);       /* a0 = first node, a1 = warm-up loads, a2 = measured loads */
void u_chase_extra(void); /* the same plus one load from a3 per node, in both loops */
void u_walk(void);        /* a0 = first node, a1 = warm-up loads; window: UWALK_LOADS loads */
#define UWALK_LOADS 512

/* M-mode: everything above, then mret to kmain in S-mode on a fresh stack. */
void vm_start(int levels, void (*kmain)(void)) __attribute__((noreturn));

/* Translation levels in use (3 = Sv39, 4 = Sv48). */
int vm_levels(void);

/* Maps [va, va + page size) to pa with a leaf at `level` (0 = 4 KiB, 1 = 2 MiB, 2 = 1 GiB),
 * allocating intermediate tables; `flags` are added to V and A. Callable from M and S. */
void vm_map(uint64_t va, uint64_t pa, int level, uint64_t flags);

/* S-mode: SFENCE.VMA for everything (after changing the tables). */
void vm_fence(void);

/* S-mode: maps the user code page at UCODE_VA and sets stvec/scounteren. */
void vm_user_init(void);

/* The user virtual address of a routine in the user code page. */
uint64_t user_entry(void (*fn)(void));

/* S-mode: runs `entry` in U-mode with a0..a3 = args; returns when it executes ECALL and
 * stores its a0..a7 (the counter deltas) in *out.  Implemented in vmasm.S. */
void run_user(uint64_t entry, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3,
              struct meas *out);

/*
 * S-mode: writes a circular pointer-chasing list of n nodes, one 8-byte node per stride
 * bytes.  Node j sits at pa + j * stride + (j * 64) % 4096 (the in-page offset spreads the
 * nodes over the L1 sets) and holds the *virtual* address of node j + 1 (mod n) as the user
 * sees it at va.  Returns the virtual address of node 0.  pa is reached through the kernel's
 * identity map.
 */
uint64_t build_list(uint64_t va, uint64_t pa, unsigned n, uint64_t stride);

#endif
