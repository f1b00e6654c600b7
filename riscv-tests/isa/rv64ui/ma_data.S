# ma_data: misaligned loads and stores
# Every load and store width at every byte offset 0..7 of a doubleword,
# and accesses that straddle a 4 KiB page boundary.  satp (like QEMU)
# performs misaligned ordinary loads and stores in hardware, so all of
# them complete and return / write the same bytes as byte accesses would.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # loads of every width at every offset
  TEST_LOAD(2, lb, -127, 0, ma_buf)
  TEST_LOAD(3, lb, 2, 1, ma_buf)
  TEST_LOAD(4, lb, -125, 2, ma_buf)
  TEST_LOAD(5, lb, 4, 3, ma_buf)
  TEST_LOAD(6, lb, -11, 4, ma_buf)
  TEST_LOAD(7, lb, 118, 5, ma_buf)
  TEST_LOAD(8, lb, -121, 6, ma_buf)
  TEST_LOAD(9, lb, 8, 7, ma_buf)
  TEST_LOAD(10, lbu, 129, 0, ma_buf)
  TEST_LOAD(11, lbu, 2, 1, ma_buf)
  TEST_LOAD(12, lbu, 131, 2, ma_buf)
  TEST_LOAD(13, lbu, 4, 3, ma_buf)
  TEST_LOAD(14, lbu, 245, 4, ma_buf)
  TEST_LOAD(15, lbu, 118, 5, ma_buf)
  TEST_LOAD(16, lbu, 135, 6, ma_buf)
  TEST_LOAD(17, lbu, 8, 7, ma_buf)
  TEST_LOAD(18, lh, 641, 0, ma_buf)
  TEST_LOAD(19, lh, 0xffffffffffff8302, 1, ma_buf)
  TEST_LOAD(20, lh, 1155, 2, ma_buf)
  TEST_LOAD(21, lh, -2812, 3, ma_buf)
  TEST_LOAD(22, lh, 0x00000000000076f5, 4, ma_buf)
  TEST_LOAD(23, lh, 0xffffffffffff8776, 5, ma_buf)
  TEST_LOAD(24, lh, 2183, 6, ma_buf)
  TEST_LOAD(25, lh, 0xffffffffffff9908, 7, ma_buf)
  TEST_LOAD(26, lhu, 641, 0, ma_buf)
  TEST_LOAD(27, lhu, 0x0000000000008302, 1, ma_buf)
  TEST_LOAD(28, lhu, 1155, 2, ma_buf)
  TEST_LOAD(29, lhu, 0x000000000000f504, 3, ma_buf)
  TEST_LOAD(30, lhu, 0x00000000000076f5, 4, ma_buf)
  TEST_LOAD(31, lhu, 0x0000000000008776, 5, ma_buf)
  TEST_LOAD(32, lhu, 2183, 6, ma_buf)
  TEST_LOAD(33, lhu, 0x0000000000009908, 7, ma_buf)
  TEST_LOAD(34, lw, 0x0000000004830281, 0, ma_buf)
  TEST_LOAD(35, lw, 0xfffffffff5048302, 1, ma_buf)
  TEST_LOAD(36, lw, 0x0000000076f50483, 2, ma_buf)
  TEST_LOAD(37, lw, 0xffffffff8776f504, 3, ma_buf)
  TEST_LOAD(38, lw, 0x00000000088776f5, 4, ma_buf)
  TEST_LOAD(39, lw, 0xffffffff99088776, 5, ma_buf)
  TEST_LOAD(40, lw, 0x000000001a990887, 6, ma_buf)
  TEST_LOAD(41, lw, 0xffffffffab1a9908, 7, ma_buf)
  TEST_LOAD(42, lwu, 0x0000000004830281, 0, ma_buf)
  TEST_LOAD(43, lwu, 0x00000000f5048302, 1, ma_buf)
  TEST_LOAD(44, lwu, 0x0000000076f50483, 2, ma_buf)
  TEST_LOAD(45, lwu, 0x000000008776f504, 3, ma_buf)
  TEST_LOAD(46, lwu, 0x00000000088776f5, 4, ma_buf)
  TEST_LOAD(47, lwu, 0x0000000099088776, 5, ma_buf)
  TEST_LOAD(48, lwu, 0x000000001a990887, 6, ma_buf)
  TEST_LOAD(49, lwu, 0x00000000ab1a9908, 7, ma_buf)
  TEST_LOAD(50, ld, 0x088776f504830281, 0, ma_buf)
  TEST_LOAD(51, ld, 0x99088776f5048302, 1, ma_buf)
  TEST_LOAD(52, ld, 0x1a99088776f50483, 2, ma_buf)
  TEST_LOAD(53, ld, 0xab1a99088776f504, 3, ma_buf)
  TEST_LOAD(54, ld, 0x3cab1a99088776f5, 4, ma_buf)
  TEST_LOAD(55, ld, 0xcd3cab1a99088776, 5, ma_buf)
  TEST_LOAD(56, ld, 0x5ecd3cab1a990887, 6, ma_buf)
  TEST_LOAD(57, ld, 0xef5ecd3cab1a9908, 7, ma_buf)

  # negative offsets from a base that is itself misaligned
  TEST_LOAD(58, lh, 0x0000000000001a99, -5, ma_buf + 13)
  TEST_LOAD(59, lhu, 0x0000000000001a99, -5, ma_buf + 13)
  TEST_LOAD(60, lw, 0x000000003cab1a99, -5, ma_buf + 13)
  TEST_LOAD(61, lwu, 0x000000003cab1a99, -5, ma_buf + 13)
  TEST_LOAD(62, ld, 0x70ef5ecd3cab1a99, -5, ma_buf + 13)

  # loads straddling a 4 KiB page boundary (ma_page_end is page aligned)
  TEST_LOAD(63, lh, 0x000000000000209f, -1, ma_page_end)
  TEST_LOAD(64, lhu, 0x000000000000209f, -1, ma_page_end)
  TEST_LOAD(65, lw, 0xffffffffa221209f, -1, ma_page_end)
  TEST_LOAD(66, lw, 0x0000000021209f1e, -2, ma_page_end)
  TEST_LOAD(67, lw, 0x00000000209f1e1d, -3, ma_page_end)
  TEST_LOAD(68, lwu, 0x00000000a221209f, -1, ma_page_end)
  TEST_LOAD(69, lwu, 0x0000000021209f1e, -2, ma_page_end)
  TEST_LOAD(70, lwu, 0x00000000209f1e1d, -3, ma_page_end)
  TEST_LOAD(71, ld, 0x26a52423a221209f, -1, ma_page_end)
  TEST_LOAD(72, ld, 0xa52423a221209f1e, -2, ma_page_end)
  TEST_LOAD(73, ld, 0x2423a221209f1e1d, -3, ma_page_end)
  TEST_LOAD(74, ld, 0x23a221209f1e1d9c, -4, ma_page_end)
  TEST_LOAD(75, ld, 0xa221209f1e1d9c1b, -5, ma_page_end)
  TEST_LOAD(76, ld, 0x21209f1e1d9c1b1a, -6, ma_page_end)
  TEST_LOAD(77, ld, 0x209f1e1d9c1b1a99, -7, ma_page_end)

  # stores of every width at every offset: the whole 16-byte window is checked
  TEST_CASE(78, SATP_RD, 0xafaeadacabaaa9a8, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sh SATP_S2, 0(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xa7a6a5a4a3a29788); lh SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffffff9788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(79, SATP_RD, 0xafaeadacabaaa9a8, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sh SATP_S2, 1(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xa7a6a5a4a39788a0); lh SATP_RD, 1(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffffff9788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(80, SATP_RD, 0xafaeadacabaaa9a8, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sh SATP_S2, 2(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xa7a6a5a49788a1a0); lh SATP_RD, 2(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffffff9788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(81, SATP_RD, 0xafaeadacabaaa9a8, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sh SATP_S2, 3(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xa7a6a59788a2a1a0); lh SATP_RD, 3(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffffff9788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(82, SATP_RD, 0xafaeadacabaaa9a8, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sh SATP_S2, 4(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xa7a69788a3a2a1a0); lh SATP_RD, 4(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffffff9788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(83, SATP_RD, 0xafaeadacabaaa9a8, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sh SATP_S2, 5(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xa79788a4a3a2a1a0); lh SATP_RD, 5(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffffff9788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(84, SATP_RD, 0xafaeadacabaaa9a8, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sh SATP_S2, 6(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0x9788a5a4a3a2a1a0); lh SATP_RD, 6(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffffff9788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(85, SATP_RD, 0xafaeadacabaaa997, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sh SATP_S2, 7(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0x88a6a5a4a3a2a1a0); lh SATP_RD, 7(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffffff9788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(86, SATP_RD, 0xafaeadacabaaa9a8, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sw SATP_S2, 0(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xa7a6a5a4b5a69788); lw SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffb5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(87, SATP_RD, 0xafaeadacabaaa9a8, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sw SATP_S2, 1(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xa7a6a5b5a69788a0); lw SATP_RD, 1(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffb5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(88, SATP_RD, 0xafaeadacabaaa9a8, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sw SATP_S2, 2(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xa7a6b5a69788a1a0); lw SATP_RD, 2(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffb5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(89, SATP_RD, 0xafaeadacabaaa9a8, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sw SATP_S2, 3(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xa7b5a69788a2a1a0); lw SATP_RD, 3(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffb5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(90, SATP_RD, 0xafaeadacabaaa9a8, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sw SATP_S2, 4(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xb5a69788a3a2a1a0); lw SATP_RD, 4(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffb5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(91, SATP_RD, 0xafaeadacabaaa9b5, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sw SATP_S2, 5(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xa69788a4a3a2a1a0); lw SATP_RD, 5(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffb5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(92, SATP_RD, 0xafaeadacabaab5a6, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sw SATP_S2, 6(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0x9788a5a4a3a2a1a0); lw SATP_RD, 6(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffb5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(93, SATP_RD, 0xafaeadacabb5a697, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sw SATP_S2, 7(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0x88a6a5a4a3a2a1a0); lw SATP_RD, 7(SATP_S1); SATP_EXPECT(SATP_RD, 0xffffffffb5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(94, SATP_RD, 0xafaeadacabaaa9a8, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sd SATP_S2, 0(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xf1e2d3c4b5a69788); ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xf1e2d3c4b5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(95, SATP_RD, 0xafaeadacabaaa9f1, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sd SATP_S2, 1(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xe2d3c4b5a69788a0); ld SATP_RD, 1(SATP_S1); SATP_EXPECT(SATP_RD, 0xf1e2d3c4b5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(96, SATP_RD, 0xafaeadacabaaf1e2, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sd SATP_S2, 2(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xd3c4b5a69788a1a0); ld SATP_RD, 2(SATP_S1); SATP_EXPECT(SATP_RD, 0xf1e2d3c4b5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(97, SATP_RD, 0xafaeadacabf1e2d3, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sd SATP_S2, 3(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xc4b5a69788a2a1a0); ld SATP_RD, 3(SATP_S1); SATP_EXPECT(SATP_RD, 0xf1e2d3c4b5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(98, SATP_RD, 0xafaeadacf1e2d3c4, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sd SATP_S2, 4(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xb5a69788a3a2a1a0); ld SATP_RD, 4(SATP_S1); SATP_EXPECT(SATP_RD, 0xf1e2d3c4b5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(99, SATP_RD, 0xafaeadf1e2d3c4b5, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sd SATP_S2, 5(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0xa69788a4a3a2a1a0); ld SATP_RD, 5(SATP_S1); SATP_EXPECT(SATP_RD, 0xf1e2d3c4b5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(100, SATP_RD, 0xafaef1e2d3c4b5a6, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sd SATP_S2, 6(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0x9788a5a4a3a2a1a0); ld SATP_RD, 6(SATP_S1); SATP_EXPECT(SATP_RD, 0xf1e2d3c4b5a69788); ld SATP_RD, 8(SATP_S1))
  TEST_CASE(101, SATP_RD, 0xaff1e2d3c4b5a697, la SATP_S1, ma_sbuf; li SATP_S2, 0xa7a6a5a4a3a2a1a0; sd SATP_S2, 0(SATP_S1); li SATP_S2, 0xafaeadacabaaa9a8; sd SATP_S2, 8(SATP_S1);
    li SATP_S2, 0xf1e2d3c4b5a69788; sd SATP_S2, 7(SATP_S1);
    ld SATP_RD, 0(SATP_S1); SATP_EXPECT(SATP_RD, 0x88a6a5a4a3a2a1a0); ld SATP_RD, 7(SATP_S1); SATP_EXPECT(SATP_RD, 0xf1e2d3c4b5a69788); ld SATP_RD, 8(SATP_S1))

  # stores straddling the page boundary, read back with byte loads
  TEST_CASE(102, SATP_RD, 1026, la SATP_S1, ma_page_end; li SATP_S2, 0x100e0c0a08060402; sh SATP_S2, -1(SATP_S1); li SATP_RD, 0; lbu SATP_FW, -1(SATP_S1); slli SATP_FW, SATP_FW, 0; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 0(SATP_S1); slli SATP_FW, SATP_FW, 8; or SATP_RD, SATP_RD, SATP_FW;
    li SATP_S2, 0)
  TEST_CASE(103, SATP_RD, 0x0000000008060402, la SATP_S1, ma_page_end; li SATP_S2, 0x100e0c0a08060402; sw SATP_S2, -1(SATP_S1); li SATP_RD, 0; lbu SATP_FW, -1(SATP_S1); slli SATP_FW, SATP_FW, 0; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 0(SATP_S1); slli SATP_FW, SATP_FW, 8; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 1(SATP_S1); slli SATP_FW, SATP_FW, 16; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 2(SATP_S1); slli SATP_FW, SATP_FW, 24; or SATP_RD, SATP_RD, SATP_FW;
    li SATP_S2, 0)
  TEST_CASE(104, SATP_RD, 0x000000000c090603, la SATP_S1, ma_page_end; li SATP_S2, 0x1815120f0c090603; sw SATP_S2, -2(SATP_S1); li SATP_RD, 0; lbu SATP_FW, -2(SATP_S1); slli SATP_FW, SATP_FW, 0; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -1(SATP_S1); slli SATP_FW, SATP_FW, 8; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 0(SATP_S1); slli SATP_FW, SATP_FW, 16; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 1(SATP_S1); slli SATP_FW, SATP_FW, 24; or SATP_RD, SATP_RD, SATP_FW;
    li SATP_S2, 0)
  TEST_CASE(105, SATP_RD, 0x00000000100c0804, la SATP_S1, ma_page_end; li SATP_S2, 0x201c1814100c0804; sw SATP_S2, -3(SATP_S1); li SATP_RD, 0; lbu SATP_FW, -3(SATP_S1); slli SATP_FW, SATP_FW, 0; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -2(SATP_S1); slli SATP_FW, SATP_FW, 8; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -1(SATP_S1); slli SATP_FW, SATP_FW, 16; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 0(SATP_S1); slli SATP_FW, SATP_FW, 24; or SATP_RD, SATP_RD, SATP_FW;
    li SATP_S2, 0)
  TEST_CASE(106, SATP_RD, 0x100e0c0a08060402, la SATP_S1, ma_page_end; li SATP_S2, 0x100e0c0a08060402; sd SATP_S2, -1(SATP_S1); li SATP_RD, 0; lbu SATP_FW, -1(SATP_S1); slli SATP_FW, SATP_FW, 0; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 0(SATP_S1); slli SATP_FW, SATP_FW, 8; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 1(SATP_S1); slli SATP_FW, SATP_FW, 16; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 2(SATP_S1); slli SATP_FW, SATP_FW, 24; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 3(SATP_S1); slli SATP_FW, SATP_FW, 32; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 4(SATP_S1); slli SATP_FW, SATP_FW, 40; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 5(SATP_S1); slli SATP_FW, SATP_FW, 48; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 6(SATP_S1); slli SATP_FW, SATP_FW, 56; or SATP_RD, SATP_RD, SATP_FW;
    li SATP_S2, 0)
  TEST_CASE(107, SATP_RD, 0x1815120f0c090603, la SATP_S1, ma_page_end; li SATP_S2, 0x1815120f0c090603; sd SATP_S2, -2(SATP_S1); li SATP_RD, 0; lbu SATP_FW, -2(SATP_S1); slli SATP_FW, SATP_FW, 0; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -1(SATP_S1); slli SATP_FW, SATP_FW, 8; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 0(SATP_S1); slli SATP_FW, SATP_FW, 16; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 1(SATP_S1); slli SATP_FW, SATP_FW, 24; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 2(SATP_S1); slli SATP_FW, SATP_FW, 32; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 3(SATP_S1); slli SATP_FW, SATP_FW, 40; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 4(SATP_S1); slli SATP_FW, SATP_FW, 48; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 5(SATP_S1); slli SATP_FW, SATP_FW, 56; or SATP_RD, SATP_RD, SATP_FW;
    li SATP_S2, 0)
  TEST_CASE(108, SATP_RD, 0x201c1814100c0804, la SATP_S1, ma_page_end; li SATP_S2, 0x201c1814100c0804; sd SATP_S2, -3(SATP_S1); li SATP_RD, 0; lbu SATP_FW, -3(SATP_S1); slli SATP_FW, SATP_FW, 0; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -2(SATP_S1); slli SATP_FW, SATP_FW, 8; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -1(SATP_S1); slli SATP_FW, SATP_FW, 16; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 0(SATP_S1); slli SATP_FW, SATP_FW, 24; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 1(SATP_S1); slli SATP_FW, SATP_FW, 32; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 2(SATP_S1); slli SATP_FW, SATP_FW, 40; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 3(SATP_S1); slli SATP_FW, SATP_FW, 48; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 4(SATP_S1); slli SATP_FW, SATP_FW, 56; or SATP_RD, SATP_RD, SATP_FW;
    li SATP_S2, 0)
  TEST_CASE(109, SATP_RD, 0x28231e19140f0a05, la SATP_S1, ma_page_end; li SATP_S2, 0x28231e19140f0a05; sd SATP_S2, -4(SATP_S1); li SATP_RD, 0; lbu SATP_FW, -4(SATP_S1); slli SATP_FW, SATP_FW, 0; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -3(SATP_S1); slli SATP_FW, SATP_FW, 8; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -2(SATP_S1); slli SATP_FW, SATP_FW, 16; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -1(SATP_S1); slli SATP_FW, SATP_FW, 24; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 0(SATP_S1); slli SATP_FW, SATP_FW, 32; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 1(SATP_S1); slli SATP_FW, SATP_FW, 40; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 2(SATP_S1); slli SATP_FW, SATP_FW, 48; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 3(SATP_S1); slli SATP_FW, SATP_FW, 56; or SATP_RD, SATP_RD, SATP_FW;
    li SATP_S2, 0)
  TEST_CASE(110, SATP_RD, 0x302a241e18120c06, la SATP_S1, ma_page_end; li SATP_S2, 0x302a241e18120c06; sd SATP_S2, -5(SATP_S1); li SATP_RD, 0; lbu SATP_FW, -5(SATP_S1); slli SATP_FW, SATP_FW, 0; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -4(SATP_S1); slli SATP_FW, SATP_FW, 8; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -3(SATP_S1); slli SATP_FW, SATP_FW, 16; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -2(SATP_S1); slli SATP_FW, SATP_FW, 24; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -1(SATP_S1); slli SATP_FW, SATP_FW, 32; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 0(SATP_S1); slli SATP_FW, SATP_FW, 40; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 1(SATP_S1); slli SATP_FW, SATP_FW, 48; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 2(SATP_S1); slli SATP_FW, SATP_FW, 56; or SATP_RD, SATP_RD, SATP_FW;
    li SATP_S2, 0)
  TEST_CASE(111, SATP_RD, 0x38312a231c150e07, la SATP_S1, ma_page_end; li SATP_S2, 0x38312a231c150e07; sd SATP_S2, -6(SATP_S1); li SATP_RD, 0; lbu SATP_FW, -6(SATP_S1); slli SATP_FW, SATP_FW, 0; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -5(SATP_S1); slli SATP_FW, SATP_FW, 8; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -4(SATP_S1); slli SATP_FW, SATP_FW, 16; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -3(SATP_S1); slli SATP_FW, SATP_FW, 24; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -2(SATP_S1); slli SATP_FW, SATP_FW, 32; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -1(SATP_S1); slli SATP_FW, SATP_FW, 40; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 0(SATP_S1); slli SATP_FW, SATP_FW, 48; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 1(SATP_S1); slli SATP_FW, SATP_FW, 56; or SATP_RD, SATP_RD, SATP_FW;
    li SATP_S2, 0)
  TEST_CASE(112, SATP_RD, 0x4038302820181008, la SATP_S1, ma_page_end; li SATP_S2, 0x4038302820181008; sd SATP_S2, -7(SATP_S1); li SATP_RD, 0; lbu SATP_FW, -7(SATP_S1); slli SATP_FW, SATP_FW, 0; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -6(SATP_S1); slli SATP_FW, SATP_FW, 8; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -5(SATP_S1); slli SATP_FW, SATP_FW, 16; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -4(SATP_S1); slli SATP_FW, SATP_FW, 24; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -3(SATP_S1); slli SATP_FW, SATP_FW, 32; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -2(SATP_S1); slli SATP_FW, SATP_FW, 40; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, -1(SATP_S1); slli SATP_FW, SATP_FW, 48; or SATP_RD, SATP_RD, SATP_FW; lbu SATP_FW, 0(SATP_S1); slli SATP_FW, SATP_FW, 56; or SATP_RD, SATP_RD, SATP_FW;
    li SATP_S2, 0)

  # misaligned store then misaligned load of a different width overlapping it
  TEST_CASE(113, SATP_RD, 0x0000000033445566, la SATP_S1, ma_sbuf; li SATP_S2, 0x1122334455667788; sd SATP_S2, 3(SATP_S1); lw SATP_RD, 5(SATP_S1))
  TEST_CASE(114, SATP_RD, 0x000000000000fffe, la SATP_S1, ma_sbuf; li SATP_S2, -2; sh SATP_S2, 7(SATP_S1); lhu SATP_RD, 7(SATP_S1))

  TEST_PASSFAIL

RVTEST_CODE_END

RVTEST_DATA_BEGIN
  .balign 64
ma_buf:
  .byte 0x81, 0x02, 0x83, 0x04, 0xf5, 0x76, 0x87, 0x08, 0x99, 0x1a, 0xab, 0x3c, 0xcd, 0x5e, 0xef, 0x70, 0xff, 0x7f, 0x00, 0x80, 0x11, 0xee, 0x22, 0xdd
  .balign 64
ma_sbuf:
  .fill 32, 1, 0
  .balign 4096
  .fill 4096 - 16, 1, 0
ma_page_before:
  .byte 0x90, 0x11, 0x12, 0x93, 0x14, 0x15, 0x96, 0x17, 0x18, 0x99, 0x1a, 0x1b, 0x9c, 0x1d, 0x1e, 0x9f
ma_page_end:   # page aligned
  .byte 0x20, 0x21, 0xa2, 0x23, 0x24, 0xa5, 0x26, 0x27, 0xa8, 0x29, 0x2a, 0xab, 0x2c, 0x2d, 0xae, 0x2f
  .fill 4096 - 16, 1, 0
RVTEST_DATA_END
