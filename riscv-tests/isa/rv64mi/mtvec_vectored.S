# mtvec_vectored: with mtvec.MODE = 1 (vectored), synchronous exceptions go
# to BASE and interrupts to BASE + 4 * cause (privileged spec, "Machine
# Trap-Vector Base-Address Register").
#
# Interrupt sources: SSIP/STIP/SEIP written in mip by M-mode, and the
# machine software/timer interrupts of the CLINT of the virt platform
# (msip at 0x2000000, mtimecmp at 0x2004000).
#include "riscv_test.h"
#include "test_macros.h"
#include "mtest.h"

#define CLINT_MSIP     0x2000000
#define CLINT_MTIMECMP 0x2004000

# Run `enable` (which makes interrupt `irq` pending and enabled) in M-mode;
# the trap must come through table entry `irq` right after `enable`.
#define TEST_VECTORED_IRQ(n, irq, enable...)                            \
satp_test_##n:                                                          \
        li TESTNUM, n;                                                  \
        li s4, -1;                                                      \
        la s11, vres_##n;                                               \
        enable;                                                         \
vnext_##n:                                                              \
        j fail;                                                         \
vres_##n:                                                               \
        CHECK_EQ(s4, irq);                                              \
        CHECK_EQ(s8, CAUSE_INTR | irq);                                 \
        la t4, vnext_##n;                                               \
        bne s9, t4, fail

RVTEST_RV64M
RVTEST_CODE_BEGIN

  csrr s1, mtvec                  # the env's vector, restored at the end
  csrw mie, x0
  csrw mideleg, x0
  li t0, MENVCFG_STCE             # STIP software-writable (Sstc off)
  csrc CSR_MENVCFG, t0
  li t0, MIP_SSIP | MIP_STIP
  csrc mip, t0

  la s2, vtable
  ori s2, s2, 1
  csrw mtvec, s2
  TEST_CASE(2, a0, 0, csrr a0, mtvec; xor a0, a0, s2)

  # exceptions: BASE (entry 0) whatever the cause
  li s4, -1
  TEST_TRAP(3, CAUSE_ECALL_M, ecall)
  CHECK_EQ(s4, 0)
  li s4, -1
  TEST_TRAP(4, CAUSE_ILLEGAL, .word 0)
  CHECK_EQ(s4, 0)
  li s4, -1
  TEST_TRAP(5, CAUSE_BREAKPOINT, ebreak)
  CHECK_EQ(s4, 0)
  MTEST_GOTO_MODE(MODE_U)
  li s4, -1
  TEST_TRAP(6, CAUSE_ECALL_U, ecall)
  CHECK_EQ(s4, 0)
  MTEST_BACK_TO_M
  CHECK_EQ(s4, 0)

  # interrupts: BASE + 4 * cause
  li t0, MIP_SSIP
  csrs mip, t0
  TEST_VECTORED_IRQ(10, IRQ_SSI, li t0, MIP_SSIP; csrs mie, t0; csrsi mstatus, MSTATUS_MIE)
  li t0, MIP_SSIP
  csrc mip, t0

  li t0, MIP_STIP
  csrs mip, t0
  TEST_VECTORED_IRQ(11, IRQ_STI, li t0, MIP_STIP; csrs mie, t0; csrsi mstatus, MSTATUS_MIE)
  li t0, MIP_STIP
  csrc mip, t0

  li t0, MIP_SEIP
  csrs mip, t0
  TEST_VECTORED_IRQ(12, IRQ_SEI, li t0, MIP_SEIP; csrs mie, t0; csrsi mstatus, MSTATUS_MIE)
  li t0, MIP_SEIP
  csrc mip, t0

  # machine software interrupt through the CLINT; wait until mip shows it
  # (the spec only promises "eventually")
  li t1, CLINT_MSIP
  li t0, 1
  sw t0, 0(t1)
1:csrr t0, mip
  andi t0, t0, MIP_MSIP
  beqz t0, 1b
  TEST_VECTORED_IRQ(13, IRQ_MSI, csrsi mie, MIP_MSIP; csrsi mstatus, MSTATUS_MIE)
  li t1, CLINT_MSIP
  sw x0, 0(t1)

  # machine timer interrupt: mtimecmp = 0 is always reached
  li t1, CLINT_MTIMECMP
  sd x0, 0(t1)
1:csrr t0, mip
  andi t0, t0, MIP_MTIP
  beqz t0, 1b
  TEST_VECTORED_IRQ(14, IRQ_MTI, li t0, MIP_MTIP; csrs mie, t0; csrsi mstatus, MSTATUS_MIE)
  li t1, CLINT_MTIMECMP
  li t0, -1
  sd t0, 0(t1)

  # an M-level interrupt is taken in U-mode whatever mstatus.MIE says; it
  # also goes through its vector entry
  li t0, MIP_SSIP
  csrs mip, t0
  csrs mie, t0
  li s4, -1
  li TESTNUM, 20
  la s11, 2f
  MTEST_GOTO_MODE(MODE_U)
  j fail
2:CHECK_EQ(s4, IRQ_SSI)
  CHECK_EQ(s8, CAUSE_INTR | IRQ_SSI)
  CHECK_MPP(MODE_U)
  # the handler returned to U; come back
  li t0, MIP_SSIP
  MTEST_BACK_TO_M
  csrc mip, t0

  # back to direct mode: everything at BASE again (the env's vector)
  csrw mtvec, s1
  li TESTNUM, 100
  MTEST_PASSFAIL

  MTEST_HANDLERS

  # The vector table: 16 entries of one 4-byte jump.  Each target records
  # its entry number in s4 and continues in the common M handler.
  .balign 256
vtable:
  .irp k, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
  j ventry_\k
  .endr
  .irp k, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
ventry_\k:
  li s4, \k
  j mtvec_handler
  .endr

RVTEST_CODE_END

RVTEST_DATA_BEGIN
RVTEST_DATA_END
