/* CSR access by name or number, for the guests in C (csr_read(satp), csr_write(0x30a, v)). */
#ifndef SATP_CSR_H
#define SATP_CSR_H

#include <stdint.h>

#define STR_(x) #x
#define STR(x) STR_(x)
#define csr_read(csr)                                                \
    ({                                                               \
        uint64_t v_;                                                 \
        __asm__ volatile("csrr %0, " STR(csr) : "=r"(v_)::"memory"); \
        v_;                                                          \
    })
#define csr_write(csr, val) \
    __asm__ volatile("csrw " STR(csr) ", %0" ::"r"((uint64_t)(val)) : "memory")
#define csr_set(csr, val) \
    __asm__ volatile("csrs " STR(csr) ", %0" ::"r"((uint64_t)(val)) : "memory")
#define csr_clear(csr, val) \
    __asm__ volatile("csrc " STR(csr) ", %0" ::"r"((uint64_t)(val)) : "memory")

#endif
