# sw: store (RV64I)
# Stores the low 4 bytes of rs2; higher bits of rs2 are ignored and the
# neighbouring bytes are untouched (each test reads back the whole
# doubleword). Offsets positive, negative and 12-bit extremes.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # store then reload with the sign- and zero-extending loads of the same width
  TEST_STORE(2, lw, sw, 0, 0, -128, store_mid)
  TEST_STORE(3, lwu, sw, 0, 0, -128, store_mid)
  TEST_STORE(4, lw, sw, -1, -1, -120, store_mid)
  TEST_STORE(5, lwu, sw, 0x00000000ffffffff, -1, -120, store_mid)
  TEST_STORE(6, lw, sw, 0xffffffff89abcdef, 0x0123456789abcdef, -112, store_mid)
  TEST_STORE(7, lwu, sw, 0x0000000089abcdef, 0x0123456789abcdef, -112, store_mid)
  TEST_STORE(8, lw, sw, 0x0000000076543210, 0xfedcba9876543210, -104, store_mid)
  TEST_STORE(9, lwu, sw, 0x0000000076543210, 0xfedcba9876543210, -104, store_mid)
  TEST_STORE(10, lw, sw, 128, 0x8000000000000080, -96, store_mid)
  TEST_STORE(11, lwu, sw, 128, 0x8000000000000080, -96, store_mid)
  TEST_STORE(12, lw, sw, 0x000000007f7f7f7f, 0x7f7f7f7f7f7f7f7f, -88, store_mid)
  TEST_STORE(13, lwu, sw, 0x000000007f7f7f7f, 0x7f7f7f7f7f7f7f7f, -88, store_mid)
  TEST_STORE(14, lw, sw, 0x0000000000800080, 0x0080008000800080, -80, store_mid)
  TEST_STORE(15, lwu, sw, 0x0000000000800080, 0x0080008000800080, -80, store_mid)

  # store at each aligned position inside one doubleword; check the whole

  # doubleword so bytes outside the store are seen to be unchanged
  TEST_STORE_DWORD(16, sw, 0xa5a5a5a555667788, 0x1122334455667788, 0, store_mid + 64)
  TEST_STORE_DWORD(17, sw, 0x596a7b8c55667788, 0x15263748596a7b8c, 4, store_mid + 64)

  # 12-bit offset extremes from the middle of a 4 KiB area
  TEST_STORE(18, lwu, sw, 0x00000000615048c1, 0xa5948372615048c1, -2048, store_big_mid)
  TEST_STORE(19, lwu, sw, 0x000000009eafb73d, 0x5a6b7c8d9eafb73d, 2044, store_big_mid)

  # base register equal to the data register: stores the address itself
  TEST_CASE(20, SATP_RD, 0, la SATP_S1, store_mid; sw SATP_S1, 96(SATP_S1); lwu SATP_RD, 96(SATP_S1); la SATP_S2, store_mid; slli SATP_S2, SATP_S2, 32; srli SATP_S2, SATP_S2, 32; sub SATP_RD, SATP_RD, SATP_S2)

  # x0 as the data register stores zero
  TEST_CASE(21, SATP_RD, 0, la SATP_S1, store_mid; li SATP_RD, -1; sd SATP_RD, 104(SATP_S1); sw x0, 104(SATP_S1); lwu SATP_RD, 104(SATP_S1))

  # a store followed at once by a load of the same address
  TEST_CASE(22, SATP_RD, -3, la SATP_S1, store_mid; li SATP_S2, -3; sw SATP_S2, 112(SATP_S1); lw SATP_RD, 112(SATP_S1))

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
