/*
 * progs.c: the user programs of vmos (one image; the kernel picks the program with a0).
 * Each touches its heap (zero-filled on first touch), checks that what it reads back is what
 * it wrote (so a page that went to swap and came back must be intact), prints one line and
 * returns its exit status (0 = the data was right).  Page p of the heap is
 * HEAP[p * WORDS_PER_PAGE ...].
 */
#include "ulib.h"

static long pid;

#define PAGEW(p) HEAP[(uint64_t)(p) * WORDS_PER_PAGE]

static int report(const char *name, const char *what, uint64_t value, int bad)
{
    uint32_t crc = lib_crc32(&value, sizeof value);
    uprintf("%s[%d]: %s %lu (crc32 %08x by the shared library) %s\n", name, (int)pid, what,
            value, crc, bad ? "WRONG" : "ok");
    return bad;
}

/* Sequential passes; each page holds the number of the last pass that stored to it. */
static int scan(uint64_t pages, uint64_t rounds)
{
    int bad = 0;
    for (uint64_t r = 0; r < rounds; r++)
        for (uint64_t p = 0; p < pages; p++) {
            if (PAGEW(p) != r * (p + 1))
                bad = 1;
            PAGEW(p) = (r + 1) * (p + 1);
        }
    return report("scan", "pages x passes", pages * rounds, bad);
}

/* Uniformly random pages: one in four accesses increments the page's first word, the others
 * load a random word; at the end the increments must all be there. */
static int random_access(uint64_t pages, uint64_t count)
{
    uint64_t s = 0x1234567 + (uint64_t)pid, incs = 0, sum = 0, junk = 0;
    for (uint64_t i = 0; i < count; i++) {
        uint64_t r = urand(&s);
        uint64_t p = r % pages;
        if (i % 4 == 0) {
            PAGEW(p) += 1;
            incs++;
        } else {
            junk += HEAP[p * WORDS_PER_PAGE + (r >> 32) % WORDS_PER_PAGE];
        }
    }
    for (uint64_t p = 0; p < pages; p++)
        sum += PAGEW(p);
    (void)junk;
    return report("random", "increments", sum, sum != incs);
}

/* The working set is `win` pages; each phase moves it by win/2 pages. */
static int phases(uint64_t win, uint64_t nphases)
{
    uint64_t s = 0xabcdef + (uint64_t)pid, sum = 0, per = 150;
    for (uint64_t ph = 0; ph < nphases; ph++) {
        uint64_t base = ph * (win / 2);
        for (uint64_t i = 0; i < per; i++)
            PAGEW(base + urand(&s) % win) += 1;
    }
    for (uint64_t p = 0; p < (nphases - 1) * (win / 2) + win; p++)
        sum += PAGEW(p);
    return report("phases", "increments", sum, sum != nphases * per);
}

/* One member of the thrashing set: loops over its pages, and lets the others run after
 * each pass, so that the set's working sets are all live at once (a short loop would
 * otherwise end within its first time slice). */
static int loop(uint64_t pages, uint64_t rounds)
{
    int bad = 0;
    for (uint64_t r = 0; r < rounds; r++) {
        for (uint64_t p = 0; p < pages; p++) {
            if (PAGEW(p) != r)
                bad = 1;
            PAGEW(p) = r + 1;
        }
        yield();
    }
    return report("loop", "pages x rounds", pages * rounds, bad);
}

/* Loads one word of each page of the reference string, in order.  Its text and stack are
 * wired, so only these pages compete for frames. */
static int refs(void)
{
    uint64_t junk = 0;
    long n = 0;
    mark(1);
    for (long p; (p = ref(n)) >= 0; n++)
        junk += PAGEW(p);
    mark(0);
    uprintf("refs[%d]: %d references\n", (int)pid, (int)n);
    return junk != 0;
}

/* Hot pages are touched between every two cold pages; after a warm-up over the first half
 * of the cold pages, mark(1) starts the count: a policy that keeps the hot pages takes one
 * fault per new cold page and no other. */
static int hotcold(uint64_t hot, uint64_t cold)
{
    uint64_t sum = 0;
    for (uint64_t c = 0; c < cold; c++) {
        if (c == cold / 2)
            mark(1);
        PAGEW(hot + c) = c + 1;
        for (int k = 0; k < 4; k++)
            for (uint64_t h = 0; h < hot; h++)
                PAGEW(h) += 1;
    }
    mark(0);
    for (uint64_t h = 0; h < hot; h++)
        sum += PAGEW(h);
    return report("hotcold", "hot increments", sum, sum != hot * cold * 4);
}

/* Writes a page, makes it read-only, reads it, then stores to it: the kernel must kill us. */
static int prot(void)
{
    PAGEW(0) = 42;
    if (mprotect(0x50000000UL, 4096, PROT_READ) != 0) {
        uprintf("prot[%d]: mprotect failed\n", (int)pid);
        return 1;
    }
    uprintf("prot[%d]: page 0x50000000 holds %lu and is read-only now; storing to it\n",
            (int)pid, (unsigned long)PAGEW(0));
    PAGEW(0) = 43;
    uprintf("prot[%d]: the store did not fault\n", (int)pid);
    return 1;
}

/* Producer and consumer share a ring of 32 words in the shared segment:
 * SHM[0] = head (written by the producer), SHM[1] = tail (by the consumer). */
#define RING 32
static int producer(uint64_t n)
{
    for (uint64_t i = 1; i <= n; i++) {
        while (SHM[0] - SHM[1] == RING)
            yield();
        SHM[2 + SHM[0] % RING] = i * i;
        __asm__ volatile("fence w, w" ::: "memory");
        SHM[0] = SHM[0] + 1;
    }
    return report("producer", "values sent", n, 0);
}

static int consumer(uint64_t n)
{
    uint64_t sum = 0, expect = 0;
    for (uint64_t i = 1; i <= n; i++) {
        while (SHM[1] == SHM[0])
            yield();
        __asm__ volatile("fence r, r" ::: "memory");
        sum += SHM[2 + SHM[1] % RING];
        SHM[1] = SHM[1] + 1;
        expect += i * i;
    }
    return report("consumer", "sum of squares received", sum, sum != expect);
}

int umain(long prog, uint64_t a1, uint64_t a2, long p);
int umain(long prog, uint64_t a1, uint64_t a2, long p)
{
    pid = p;
    switch (prog) {
    case PROG_SCAN:
        return scan(a1, a2);
    case PROG_RANDOM:
        return random_access(a1, a2);
    case PROG_PHASES:
        return phases(a1, a2);
    case PROG_LOOP:
        return loop(a1, a2);
    case PROG_REFS:
        return refs();
    case PROG_HOTCOLD:
        return hotcold(a1, a2);
    case PROG_PROT:
        return prot();
    case PROG_PRODUCER:
        return producer(a1);
    case PROG_CONSUMER:
        return consumer(a1);
    default:
        return 99;
    }
}
