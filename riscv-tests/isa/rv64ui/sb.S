# sb: store (RV64I)
# Stores the low 1 byte of rs2; higher bits of rs2 are ignored and the
# neighbouring bytes are untouched (each test reads back the whole
# doubleword). Offsets positive, negative and 12-bit extremes.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # store then reload with the sign- and zero-extending loads of the same width
  TEST_STORE(2, lb, sb, 0, 0, -128, store_mid)
  TEST_STORE(3, lbu, sb, 0, 0, -128, store_mid)
  TEST_STORE(4, lb, sb, -1, -1, -120, store_mid)
  TEST_STORE(5, lbu, sb, 255, -1, -120, store_mid)
  TEST_STORE(6, lb, sb, -17, 0x0123456789abcdef, -112, store_mid)
  TEST_STORE(7, lbu, sb, 239, 0x0123456789abcdef, -112, store_mid)
  TEST_STORE(8, lb, sb, 16, 0xfedcba9876543210, -104, store_mid)
  TEST_STORE(9, lbu, sb, 16, 0xfedcba9876543210, -104, store_mid)
  TEST_STORE(10, lb, sb, -128, 0x8000000000000080, -96, store_mid)
  TEST_STORE(11, lbu, sb, 128, 0x8000000000000080, -96, store_mid)
  TEST_STORE(12, lb, sb, 127, 0x7f7f7f7f7f7f7f7f, -88, store_mid)
  TEST_STORE(13, lbu, sb, 127, 0x7f7f7f7f7f7f7f7f, -88, store_mid)
  TEST_STORE(14, lb, sb, -128, 0x0080008000800080, -80, store_mid)
  TEST_STORE(15, lbu, sb, 128, 0x0080008000800080, -80, store_mid)

  # store at each aligned position inside one doubleword; check the whole

  # doubleword so bytes outside the store are seen to be unchanged
  TEST_STORE_DWORD(16, sb, 0xa5a5a5a5a5a5a588, 0x1122334455667788, 0, store_mid + 64)
  TEST_STORE_DWORD(17, sb, 0xa5a5a5a5a5a58988, 0x1223344556677889, 1, store_mid + 64)
  TEST_STORE_DWORD(18, sb, 0xa5a5a5a5a58a8988, 0x132435465768798a, 2, store_mid + 64)
  TEST_STORE_DWORD(19, sb, 0xa5a5a5a58b8a8988, 0x1425364758697a8b, 3, store_mid + 64)
  TEST_STORE_DWORD(20, sb, 0xa5a5a58c8b8a8988, 0x15263748596a7b8c, 4, store_mid + 64)
  TEST_STORE_DWORD(21, sb, 0xa5a58d8c8b8a8988, 0x162738495a6b7c8d, 5, store_mid + 64)
  TEST_STORE_DWORD(22, sb, 0xa58e8d8c8b8a8988, 0x1728394a5b6c7d8e, 6, store_mid + 64)
  TEST_STORE_DWORD(23, sb, 0x8f8e8d8c8b8a8988, 0x18293a4b5c6d7e8f, 7, store_mid + 64)

  # 12-bit offset extremes from the middle of a 4 KiB area
  TEST_STORE(24, lbu, sb, 193, 0xa5948372615048c1, -2048, store_big_mid)
  TEST_STORE(25, lbu, sb, 62, 0x5a6b7c8d9eafb73e, 2047, store_big_mid)

  # base register equal to the data register: stores the address itself
  TEST_CASE(26, SATP_RD, 0, la SATP_S1, store_mid; sb SATP_S1, 96(SATP_S1); lbu SATP_RD, 96(SATP_S1); la SATP_S2, store_mid; andi SATP_S2, SATP_S2, 0xff; sub SATP_RD, SATP_RD, SATP_S2)

  # x0 as the data register stores zero
  TEST_CASE(27, SATP_RD, 0, la SATP_S1, store_mid; li SATP_RD, -1; sd SATP_RD, 104(SATP_S1); sb x0, 104(SATP_S1); lbu SATP_RD, 104(SATP_S1))

  # a store followed at once by a load of the same address
  TEST_CASE(28, SATP_RD, -3, la SATP_S1, store_mid; li SATP_S2, -3; sb SATP_S2, 112(SATP_S1); lb SATP_RD, 112(SATP_S1))

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
