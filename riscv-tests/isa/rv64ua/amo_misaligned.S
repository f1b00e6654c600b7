# amo_misaligned: LR, SC and AMOs on addresses that are not naturally
# aligned must trap (unprivileged spec, A extension: "the address held in
# rs1 must be naturally aligned to the size of the operand ... If the address
# is not naturally aligned, an address-misaligned exception or an
# access-fault exception will be generated").  LR raises a load exception
# (cause 4 or 5), SC and AMOs a store/AMO exception (cause 6 or 7); mtval
# holds the faulting address, rd is not written and memory is unchanged.
# The body runs in U-mode; mtvec_handler (M-mode) records mcause in s2 and
# mtval in s3, then skips the faulting instruction.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

/* Run `inst` on buf + off and check cause in {c, c + 1}, mtval, rd
   untouched and the two doublewords at buf unchanged. */
#define TEST_MISALIGNED(n, c, off, inst...)                             \
        TEST_MISALIGNED_R(n, c, 2, off, inst)

/* Store/AMO cause for AMOs.  QEMU 7.2 reports a misaligned AMO as a
   misaligned LOAD (cause 4); the spec's table of exception codes names
   "Store/AMO address misaligned" (6) / "Store/AMO access fault" (7).  The
   QEMU check build accepts 4..7 for AMOs; the real build requires 6 or 7. */
#ifdef SATP_QEMU_CHECK
#define TEST_AMO_MISALIGNED(n, off, inst...) TEST_MISALIGNED_R(n, 4, 4, off, inst)
#else
#define TEST_AMO_MISALIGNED(n, off, inst...) TEST_MISALIGNED_R(n, 6, 2, off, inst)
#endif

/* cause must be in [c, c + range) */
#define TEST_MISALIGNED_R(n, c, range, off, inst...)                    \
  TEST_CASE(n, SATP_RD, 0x0706050403020100,                             \
    la SATP_S1, ma_buf; li SATP_S2, 0x0706050403020100;                 \
    sd SATP_S2, 0(SATP_S1); sd SATP_S2, 8(SATP_S1);                     \
    addi SATP_S1, SATP_S1, off; li SATP_S2, 0x5a;                       \
    li SATP_RD, 0x1234; li s2, 0; li s3, 0;                             \
    inst;                                                               \
    SATP_EXPECT(SATP_RD, 0x1234);                                       \
    addi s2, s2, -(c); sltiu s2, s2, range; SATP_EXPECT(s2, 1);             \
    bne s3, SATP_S1, fail;                                              \
    la SATP_S1, ma_buf; ld SATP_FW, 8(SATP_S1);                         \
    SATP_EXPECT(SATP_FW, 0x0706050403020100);                           \
    ld SATP_RD, 0(SATP_S1))

  # LR: load-side exception
  TEST_MISALIGNED(2, 4, 1, lr.w SATP_RD, (SATP_S1))
  TEST_MISALIGNED(3, 4, 2, lr.w SATP_RD, (SATP_S1))
  TEST_MISALIGNED(4, 4, 4, lr.d SATP_RD, (SATP_S1))
  TEST_MISALIGNED(5, 4, 7, lr.d SATP_RD, (SATP_S1))
  # SC: store-side exception, even right after a valid LR.  The spec makes
  # the alignment rule unconditional (Zalrsc, norm:lr_sc_alignment); QEMU 7.2
  # instead lets an SC without a matching reservation fail (rd = 1) before
  # checking alignment, so these two are left out of the QEMU check build.
#ifndef SATP_QEMU_CHECK
  TEST_MISALIGNED(6, 6, 3, sc.w SATP_RD, SATP_S2, (SATP_S1))
  TEST_MISALIGNED(7, 6, 4, la SATP_FW, ma_buf; lr.d SATP_FW, (SATP_FW); sc.d SATP_RD, SATP_S2, (SATP_S1))
#endif
  # AMOs of both widths
  TEST_AMO_MISALIGNED(8, 2, amoswap.w SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(9, 1, amoadd.w SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(10, 3, amoxor.w SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(11, 6, amoand.w SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(12, 5, amoor.w SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(13, 2, amomin.w SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(14, 2, amomax.w SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(15, 2, amominu.w SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(16, 2, amomaxu.w SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(17, 4, amoswap.d SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(18, 1, amoadd.d SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(19, 2, amoxor.d SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(20, 3, amoand.d SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(21, 5, amoor.d SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(22, 6, amomin.d SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(23, 7, amomax.d SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(24, 4, amominu.d SATP_RD, SATP_S2, (SATP_S1))
  TEST_AMO_MISALIGNED(25, 4, amomaxu.d SATP_RD, SATP_S2, (SATP_S1))

  # the same AMO on an aligned address still works afterwards
  TEST_AMO(26, amoadd.d, 0x0706050403020100, 0x0706050403020100 + 0x5a, 0x0706050403020100, 0x5a, 0, ma_buf)

  TEST_PASSFAIL

  # M-mode hook: ecalls go to the env; anything else is recorded and skipped
  # (AMO/LR/SC instructions are 4 bytes long: this suite has no C).
  .balign 4
mtvec_handler:
  csrr t5, mcause
  addi t5, t5, -SATP_CAUSE_ECALL_U
  beqz t5, env_default_trap
  csrr s2, mcause
  csrr s3, mtval
  csrr t5, mepc
  addi t5, t5, 4
  csrw mepc, t5
  mret

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 64
ma_buf: .dword 0, 0
RVTEST_DATA_END
