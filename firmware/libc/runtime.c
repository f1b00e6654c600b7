/*
 * runtime.c: what picolibc needs from a bare-metal virt machine, for the picolibc guests.
 *
 * stdout, stdin and stderr are one write-only stream on the NS16550 UART at 0x10000000
 * (polling LSR.THRE); _exit() writes the SiFive test finisher at 0x100000 (0x5555 passes,
 * status << 16 | 0x3333 fails with that status).  The same ELF runs on QEMU virt and satp.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define UART_THR ((volatile uint8_t *)0x10000000)
#define UART_LSR ((volatile uint8_t *)0x10000005)
#define LSR_THRE 0x20
#define FINISHER ((volatile uint32_t *)0x100000)

static int uart_putc(char c, FILE *f)
{
    (void)f;
    while (!(*UART_LSR & LSR_THRE))
        ;
    *UART_THR = (uint8_t)c;
    return (unsigned char)c;
}

static FILE uart_stream = FDEV_SETUP_STREAM(uart_putc, NULL, NULL, _FDEV_SETUP_WRITE);
FILE *const stdin = &uart_stream;
FILE *const stdout = &uart_stream;
FILE *const stderr = &uart_stream;

void _exit(int status)
{
    *FINISHER = status == 0 ? 0x5555 : ((uint32_t)status << 16) | 0x3333;
    for (;;)
        __asm__ volatile("wfi");
}

void trap_report(uint64_t mcause, uint64_t mepc, uint64_t mtval)
{
    printf("unexpected trap: mcause=%#llx mepc=%#llx mtval=%#llx\n", (unsigned long long)mcause,
           (unsigned long long)mepc, (unsigned long long)mtval);
    _exit(2);
}

/* Symbols of picolibc.ld.  .data and .tdata are linked to run in RAM but stored after the
 * code (their load address), so they are copied; .tbss and .bss follow them. */
extern char __data_start[], __data_source[], __data_source_end[];
extern char __bss_start[], __bss_end[];

int main(void);

void runtime_start(void)
{
    memcpy(__data_start, __data_source, (size_t)(__data_source_end - __data_source));
    memset(__bss_start, 0, (size_t)(__bss_end - __bss_start));
    _exit(main());
}
