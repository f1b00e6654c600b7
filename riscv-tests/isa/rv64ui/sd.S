# sd: store (RV64I)
# Stores the low 8 bytes of rs2; higher bits of rs2 are ignored and the
# neighbouring bytes are untouched (each test reads back the whole
# doubleword). Offsets positive, negative and 12-bit extremes.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # store then reload with the sign- and zero-extending loads of the same width
  TEST_STORE(2, ld, sd, 0, 0, -128, store_mid)
  TEST_STORE(3, ld, sd, -1, -1, -120, store_mid)
  TEST_STORE(4, ld, sd, 0x0123456789abcdef, 0x0123456789abcdef, -112, store_mid)
  TEST_STORE(5, ld, sd, 0xfedcba9876543210, 0xfedcba9876543210, -104, store_mid)
  TEST_STORE(6, ld, sd, 0x8000000000000080, 0x8000000000000080, -96, store_mid)
  TEST_STORE(7, ld, sd, 0x7f7f7f7f7f7f7f7f, 0x7f7f7f7f7f7f7f7f, -88, store_mid)
  TEST_STORE(8, ld, sd, 0x0080008000800080, 0x0080008000800080, -80, store_mid)

  # store at each aligned position inside one doubleword; check the whole

  # doubleword so bytes outside the store are seen to be unchanged
  TEST_STORE_DWORD(9, sd, 0x1122334455667788, 0x1122334455667788, 0, store_mid + 64)

  # 12-bit offset extremes from the middle of a 4 KiB area
  TEST_STORE(10, ld, sd, 0xa5948372615048c1, 0xa5948372615048c1, -2048, store_big_mid)
  TEST_STORE(11, ld, sd, 0x5a6b7c8d9eafb739, 0x5a6b7c8d9eafb739, 2040, store_big_mid)

  # base register equal to the data register: stores the address itself
  TEST_CASE(12, SATP_RD, 0, la SATP_S1, store_mid; sd SATP_S1, 96(SATP_S1); ld SATP_RD, 96(SATP_S1); la SATP_S2, store_mid; addi SATP_S2, SATP_S2, 0; sub SATP_RD, SATP_RD, SATP_S2)

  # x0 as the data register stores zero
  TEST_CASE(13, SATP_RD, 0, la SATP_S1, store_mid; li SATP_RD, -1; sd SATP_RD, 104(SATP_S1); sd x0, 104(SATP_S1); ld SATP_RD, 104(SATP_S1))

  # a store followed at once by a load of the same address
  TEST_CASE(14, SATP_RD, -3, la SATP_S1, store_mid; li SATP_S2, -3; sd SATP_S2, 112(SATP_S1); ld SATP_RD, 112(SATP_S1))

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 64
store_area:
  .fill 128, 1, 0xa5
store_mid:
  .fill 128, 1, 0xa5
  .balign 64
store_big:
  .fill 2048, 1, 0
store_big_mid:
  .fill 2048, 1, 0
RVTEST_DATA_END
