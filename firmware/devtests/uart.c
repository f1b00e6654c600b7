/*
 * uart.c: the 16550 UART, output by polling and input by interrupt through the PLIC.
 *
 * Output: every character goes to THR after LSR.THRE (bit 5) reads 1 (common/htif.c's
 * QEMU_CHECK console).  Input: the program enables FIFOs and IER.ERBFI (received data
 * available), routes PLIC source 10 to hart 0's M context and waits in WFI.  Each machine
 * external interrupt is claimed from the PLIC, the UART's IIR must name received data
 * (0x4) or a character timeout (0xc) whenever LSR.DR (bit 0) is set, RBR is read while
 * LSR.DR is set, and the source is completed.  Every byte is echoed.  On the first '\n'
 * the program prints "uart: echo: <line>" and exits 0.  The host test sends the line with
 * `--send`.
 *
 * A byte sent before the FIFO reset at the start can be lost; the host queues input before
 * the guest runs, which satp holds back until the guest listens (IER.ERBFI or an LSR read).
 *
 * uart-budget.elf (-DBUDGET=8) reads at most 8 bytes per interrupt, so a longer line takes
 * several interrupts: the UART's interrupt stays asserted while bytes remain in the FIFO,
 * and the PLIC must forward a new request when the claim is completed (PLIC spec,
 * "Interrupt Gateways"; QEMU does so).
 *
 * 16550 registers (register shift 0 on virt): RBR/THR 0, IER 1, IIR/FCR 2, LCR 3, LSR 5.
 */
#include "dt.h"

const char dt_name[] = "uart";

#define RBR 0
#define THR 0
#define IER 1
#define IIR 2
#define FCR 2
#define LCR 3
#define LSR 5
#define IER_ERBFI 0x01
#define LSR_DR 0x01
#define LSR_THRE 0x20
#define LSR_TEMT 0x40

/* Bytes read per interrupt at most (0: until LSR.DR clears). uart-budget.elf uses 8. */
#ifndef BUDGET
#define BUDGET 0
#endif

static uint8_t uart_read(unsigned reg) { return mmio_read8(UART_BASE + reg); }
static void uart_write(unsigned reg, uint8_t v) { mmio_write8(UART_BASE + reg, v); }

static char line[256];
static volatile unsigned line_len;
static volatile int line_done;
static volatile unsigned irq_count;
static volatile unsigned empty_claims;

void mtrap(uint64_t mcause, uint64_t mepc, uint64_t mtval)
{
    dt_watchdog_fired(mcause);
    if (mcause != (CAUSE_INTERRUPT | IRQ_MEI))
        trap_report(mcause, mepc, mtval);
    uint32_t src = plic_claim(PLIC_CTX_M(0));
    if (src == 0)
        return; /* nothing left to claim (spurious): allowed by the PLIC spec */
    CHECK(10, src == UART_IRQ, "claimed source %u, expected the UART's %d", src, UART_IRQ);
    irq_count++;
    /* LSR first: data that is ready stays ready until we read it, so IIR must then name
     * it (trigger level 1).  A claim may also find nothing: a request the PLIC gateway
     * latched for bytes an earlier handler already drained (PLIC spec, "Interrupt
     * Gateways"); that is counted, not an error. */
    uint8_t lsr = uart_read(LSR);
    uint8_t iir = uart_read(IIR);
    CHECK(11, !(lsr & LSR_DR) || (iir & 0x0f) == 0x04 || (iir & 0x0f) == 0x0c,
          "LSR.DR set but IIR = 0x%x: not received data (0x4) or timeout (0xc)", iir);
    CHECK(12, (iir & 0xc0) == 0xc0, "IIR = 0x%x: bits 7:6 should say the FIFOs are on", iir);
    if (!(lsr & LSR_DR))
        empty_claims++;
    /* With a budget, the bytes left keep the UART's interrupt asserted, so the PLIC must
     * forward a new request when this one completes. */
    unsigned got = 0, limit = BUDGET ? BUDGET : ~0u;
    while (got < limit && (uart_read(LSR) & LSR_DR)) {
        char c = (char)uart_read(RBR);
        got++;
        putchar(c); /* echo */
        if (line_done)
            continue;
        if (c == '\n') {
            line_done = 1;
        } else if (line_len < sizeof line - 1) {
            line[line_len++] = c;
        }
    }
    /* IIR agrees with LSR.DR, allowing for a byte that arrives between two reads. */
    lsr = uart_read(LSR);
    iir = uart_read(IIR);
    uint8_t lsr2 = uart_read(LSR);
    int rx = (iir & 0x0f) == 0x04 || (iir & 0x0f) == 0x0c;
    CHECK(14, !(lsr & LSR_DR) || rx, "LSR.DR set after reading but IIR = 0x%x", iir);
    CHECK(19, !rx || (lsr2 & LSR_DR), "IIR = 0x%x names received data, LSR.DR clear", iir);
    plic_complete(PLIC_CTX_M(0), src);
}

int main(void)
{
    /* 8N1, FIFOs on and cleared, trigger level 1 byte, no interrupts yet. */
    uart_write(IER, 0);
    uart_write(LCR, 0x03);
    uart_write(FCR, 0x07);
    uint8_t lsr = uart_read(LSR);
    CHECK(15, (lsr & (LSR_THRE | LSR_TEMT)) == (LSR_THRE | LSR_TEMT),
          "LSR = 0x%x: transmitter not empty at start", lsr);
    CHECK(16, (uart_read(IIR) & 0x0f) == 0x01, "IIR reports an interrupt with IER = 0");
    printf("uart: output through THR works; waiting for input\n");

    plic_set_priority(UART_IRQ, 1);
    plic_set_threshold(PLIC_CTX_M(0), 0);
    plic_enable(PLIC_CTX_M(0), UART_IRQ, 1);
    csr_set(mie, 1UL << IRQ_MEI);
    dt_watchdog_arm(10000000, 17); /* 1 s of mtime */
    uart_write(IER, IER_ERBFI);
    CHECK(18, uart_read(IER) == IER_ERBFI, "IER reads 0x%x, wrote 0x%x", uart_read(IER), IER_ERBFI);

    WAIT_UNTIL(line_done);
    csr_clear(mstatus, MSTATUS_MIE);
    dt_watchdog_disarm();
    uart_write(IER, 0);

    line[line_len] = 0;
    printf("\nuart: %u bytes in %u interrupts (%u found no data)\n", line_len + 1, irq_count,
           empty_claims);
    unsigned need = BUDGET ? (line_len + 1 + BUDGET - 1) / BUDGET : 1;
    CHECK(13, irq_count - empty_claims >= need, "%u interrupts found data, expected %u or more",
          irq_count - empty_claims, need);
    printf("uart: echo: %s\n", line);
    printf("uart: all checks passed\n");
    return 0;
}
