/*
 * uapi.h: the interface between vmos and its user programs: system call numbers, program
 * numbers and the header at the start of the user image.
 *
 * System calls: ECALL with the number in a7 and arguments in a0..a6; the result is in a0.
 * The kernel never reads user memory: write() passes up to 48 bytes in a0..a5 (a6 = length),
 * so a system call can never fault on a page that has been swapped out.
 */
#ifndef SATP_VMOS_UAPI_H
#define SATP_VMOS_UAPI_H

#define SYS_WRITE 1    /* a0..a5 = bytes (little-endian), a6 = length (<= 48) */
#define SYS_EXIT 2     /* a0 = status */
#define SYS_GETPID 3
#define SYS_MPROTECT 4 /* a0 = address, a1 = length, a2 = PROT_* ; returns 0 or -1 */
#define SYS_YIELD 5
#define SYS_MARK 6     /* a0 = 1: from now on count this process's faults as steady-state
                        * faults (the result's steady=); a0 = 0: stop counting */
#define SYS_REF 7      /* a0 = i: page number i of the reference string, or -1 at the end */

#define PROT_READ 1
#define PROT_WRITE 2
#define PROT_EXEC 4

/* Programs in the user image; the kernel starts one with a0 = program, a1, a2 = arguments. */
#define PROG_SCAN 0     /* a1 pages, a2 rounds: sequential passes, one store per page */
#define PROG_RANDOM 1   /* a1 pages, a2 accesses: uniformly random pages */
#define PROG_PHASES 2   /* a1 pages per phase, a2 phases: the working set moves */
#define PROG_LOOP 3     /* a1 pages, a2 rounds: one member of the thrashing set */
#define PROG_REFS 4     /* touches the pages of the reference string (SYS_REF) */
#define PROG_HOTCOLD 5  /* a1 hot pages, a2 cold pages */
#define PROG_PROT 6     /* mprotect() a page, then store to it */
#define PROG_PRODUCER 7 /* a1 values through the shared segment */
#define PROG_CONSUMER 8
#define PROG_N 9

/* User image header, at U_IMAGE (the first bytes of user.bin). */
#define UIMAGE_MAGIC 0x534f4d56 /* "VMOS" */
struct uimage_header {
    unsigned int magic;
    unsigned int entry;      /* offset of the entry point from the image start */
    unsigned int text_end;   /* offset: end of text and rodata (page aligned) */
    unsigned int image_end;  /* offset: end of initialised data (= file size) */
    unsigned int bss_end;    /* offset: end of bss (page aligned) */
};

#endif
