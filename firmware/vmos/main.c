/*
 * main.c: vmos's S-mode entry.  It reads the command line (bootargs), finds the swap disk,
 * and runs either the demo (a table of runs) or the configurations the command line names;
 * at the very end it prints the totals of the hardware performance counters.
 */
#include "kernel.h"
#include "user/uapi.h"

extern char bootargs[];
extern int has_sstc;

struct run run;
uint16_t ref_string[64];
int ref_count;
static int verbose, failures;

/* Built-in reference string: the classic example of Belady's anomaly under FIFO. */
static const uint16_t belady[12] = {1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5};

/* ---- command line ---- */

/* The value of key=... (up to the next space, copied to buf), or 0. */
static const char *arg(const char *key, char *buf, size_t size)
{
    size_t n = strlen(key);
    for (const char *s = bootargs; *s; s++) {
        if ((s == bootargs || s[-1] == ' ') && memcmp(s, key, n) == 0 && s[n] == '=') {
            s += n + 1;
            size_t k = 0;
            while (s[k] && s[k] != ' ' && k + 1 < size) {
                buf[k] = s[k];
                k++;
            }
            buf[k] = 0;
            return buf;
        }
    }
    return 0;
}

static int has_word(const char *w)
{
    size_t n = strlen(w);
    for (const char *s = bootargs; *s; s++)
        if ((s == bootargs || s[-1] == ' ') && memcmp(s, w, n) == 0 &&
            (s[n] == 0 || s[n] == ' ' || s[n] == '='))
            return 1;
    return 0;
}

/* Parses "a,b,c" into list (at most max numbers); returns the count. */
static int parse_list(const char *s, uint64_t *list, int max)
{
    int n = 0;
    while (*s && n < max) {
        uint64_t v = 0;
        int digits = 0;
        while (*s >= '0' && *s <= '9') {
            v = v * 10 + (uint64_t)(*s++ - '0');
            digits++;
        }
        if (digits)
            list[n++] = v;
        if (*s != ',')
            break;
        s++;
    }
    return n;
}

static int str_eq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static void pad(const char *s, int width)
{
    int n = printf("%s", s);
    for (; n < width; n++)
        putchar(' ');
}

/* ---- workloads ---- */

struct workload {
    const char *name;
    const char *what;
};
static const struct workload workloads[] = {
    {"scan", "1 process: sequential passes over 32 heap pages"},
    {"random", "1 process: 800 stores to pages drawn uniformly from 48"},
    {"phases", "1 process: a 12-page working set that moves 6 times"},
    {"thrash", "4 processes, each looping over its own 10 pages"},
    {"mix", "scan + random + phases + a producer/consumer pair, together"},
    {"refs", "1 process touching the pages of the reference string (text and stack wired)"},
    {"hotcold", "1 process: 4 hot pages touched between streamed cold pages"},
    {"prot", "a process that stores to a page it write-protected, beside two others"},
    {"shm", "a producer and a consumer talking through the shared segment"},
};
#define NWORKLOADS (int)(sizeof workloads / sizeof workloads[0])

static uint64_t opt_pages, opt_count;

static uint64_t or_default(uint64_t v, uint64_t d) { return v ? v : d; }

static void spawn_workload(const char *w)
{
    if (str_eq(w, "scan")) {
        uint64_t pages = or_default(opt_pages, 32);
        proc_spawn(PROG_SCAN, "scan", pages, pages, or_default(opt_count, 4), 0, 0);
    } else if (str_eq(w, "random")) {
        uint64_t pages = or_default(opt_pages, 48);
        proc_spawn(PROG_RANDOM, "random", pages, pages, or_default(opt_count, 800), 0, 0);
    } else if (str_eq(w, "phases")) {
        uint64_t win = or_default(opt_pages, 12), phases = or_default(opt_count, 6);
        proc_spawn(PROG_PHASES, "phases", win / 2 * (phases + 1), win, phases, 0, 0);
    } else if (str_eq(w, "thrash")) {
        uint64_t pages = or_default(opt_pages, 10);
        for (int i = 0; i < 4; i++)
            proc_spawn(PROG_LOOP, "loop", pages, pages, or_default(opt_count, 6), 0, 0);
    } else if (str_eq(w, "mix")) {
        proc_spawn(PROG_SCAN, "scan", 16, 16, 3, 0, 0);
        proc_spawn(PROG_RANDOM, "random", 24, 24, 300, 0, 0);
        proc_spawn(PROG_PHASES, "phases", 8 / 2 * 5, 8, 4, 0, 0);
        proc_spawn(PROG_PRODUCER, "producer", 0, 200, 0, 1, 0);
        proc_spawn(PROG_CONSUMER, "consumer", 0, 200, 0, 1, 0);
    } else if (str_eq(w, "refs")) {
        proc_spawn(PROG_REFS, "refs", 16, 0, 0, 0, 1);
    } else if (str_eq(w, "hotcold")) {
        uint64_t hot = 4, cold = or_default(opt_count, 64);
        proc_spawn(PROG_HOTCOLD, "hotcold", hot + cold, hot, cold, 0, 0);
    } else if (str_eq(w, "prot")) {
        proc_spawn(PROG_SCAN, "scan", 8, 8, 2, 0, 0);
        proc_spawn(PROG_PROT, "prot", 2, 0, 0, 0, 0);
        proc_spawn(PROG_RANDOM, "random", 8, 8, 100, 0, 0);
    } else if (str_eq(w, "shm")) {
        proc_spawn(PROG_PRODUCER, "producer", 0, or_default(opt_count, 200), 0, 1, 0);
        proc_spawn(PROG_CONSUMER, "consumer", 0, or_default(opt_count, 200), 0, 1, 0);
    } else {
        panic("unknown workload '%s'", w);
    }
}

/* ---- one run ---- */

static void print_ratio3(uint64_t num, uint64_t den)
{
    uint64_t v = den ? (num * 1000 + den / 2) / den : 0;
    printf("%lu.%03lu", v / 1000, v % 1000);
}

static void table_header(void)
{
    printf("  policy  frames  faults  swapin swapout  tlbmiss   walks    kcycles   kinstr  "
           "vm-share\n");
}

static void do_run(const char *w, int frames, int policy, int table)
{
    memset(&run, 0, sizeof run);
    run.workload = w;
    run.frames = frames;
    run.policy = policy;
    vm_reset(frames, policy);
    proc_reset();
    spawn_workload(w);
    struct counters a, b;
    counters_read(&a);
    run_processes();
    counters_read(&b);
    uint64_t d[HPM_N];
    for (int i = 0; i < HPM_N; i++)
        d[i] = b.hpm[i] - a.hpm[i];
    uint64_t cycles = b.cycles - a.cycles, instret = b.instret - a.instret;
    uint64_t vmcyc = d[HPM_WALKCYC] + d[HPM_PFCYC];
    for (int i = 0; i < MAXPROC; i++) {
        if (procs[i].state != P_DONE)
            continue;
        if (!procs[i].killed && procs[i].exit_status != 0) {
            printf("vmos: pid %d (%s) exited with status %d\n", procs[i].pid, procs[i].name,
                   procs[i].exit_status);
            failures++;
        }
        /* Only `prot` is meant to be killed (its store to a page it made read-only); any
         * other kill is a fault nobody asked for, e.g. a page that came back wrong. */
        if (procs[i].killed && !str_eq(procs[i].name, "prot")) {
            printf("vmos: pid %d (%s) should not have been killed\n", procs[i].pid,
                   procs[i].name);
            failures++;
        }
    }
    failures += (int)run.clock_violations;
    if (table == 1) {
        printf("  ");
        pad(policy_names[policy], 6);
        printf("%8d%8lu%8lu%8lu%9lu%8lu%11lu%9lu   ", frames, run.faults, run.swapins,
               run.swapouts, d[HPM_ITLB] + d[HPM_DTLB], d[HPM_WALKS], cycles / 1000,
               instret / 1000);
        uint64_t pm = cycles ? (vmcyc * 1000 + cycles / 2) / cycles : 0;
        printf("%3lu.%lu%%\n", pm / 10, pm % 10);
    }
    if (table == 0 || verbose) {
        printf("vmos: result workload=%s frames=%d policy=%s faults=%lu distinct=%lu "
               "minor=%lu adfaults=%lu swapins=%lu swapouts=%lu steady=%lu kills=%lu "
               "clockviol=%lu cycles=%lu instret=%lu hwpf=%lu itlb=%lu dtlb=%lu walks=%lu "
               "walkcyc=%lu pfcyc=%lu vmshare=",
               w, frames, policy_names[policy], run.faults, run.distinct, run.minor,
               run.adfaults, run.swapins, run.swapouts, run.steady_faults, run.kills,
               run.clock_violations, cycles, instret, d[HPM_PF], d[HPM_ITLB], d[HPM_DTLB],
               d[HPM_WALKS], d[HPM_WALKCYC], d[HPM_PFCYC]);
        print_ratio3(vmcyc, cycles);
        putchar('\n');
    }
}

static int policy_of(const char *s)
{
    for (int i = 0; i < POL_N; i++)
        if (str_eq(s, policy_names[i]))
            return i;
    panic("unknown policy '%s' (fifo, clock, aging or random)", s);
}

static void demo(void)
{
    static const int frames[] = {64, 48, 32, 24, 16, 12, 8};
    printf("vmos demo: one workload with fewer and fewer frames, then each replacement "
           "policy at 16.\n");
    printf("Workload \"mix\": %s.\n", workloads[4].what);
    printf("Columns: policy = page replacement policy; frames = physical frames for user "
           "pages;\n"
           "faults = pages brought in (from the program image, as zeros, or from swap);\n"
           "swapin, swapout = pages read from / written to the swap disk;\n"
           "tlbmiss = iTLB + dTLB misses; walks = page-table walks; kcycles, kinstr = "
           "thousands of\n"
           "cycles and instructions; vm-share = cycles in page walks and page-fault handlers "
           "(disk\n"
           "waits included) / all cycles.  All but faults, swapin and swapout come from the "
           "hpm counters.\n\n");
    /* A first run, not shown, warms the caches, so that the first row is not charged for
     * the kernel's own cold misses. */
    do_run("mix", frames[0], POL_CLOCK, 2);
    table_header();
    for (unsigned i = 0; i < sizeof frames / sizeof frames[0]; i++)
        do_run("mix", frames[i], POL_CLOCK, 1);
    printf("\n");
    table_header();
    for (int pol = 0; pol < POL_N; pol++)
        do_run("mix", 16, pol, 1);
    printf("\n");
}

void kmain(void)
{
    char buf[128];
    printf("vmos: paging kernel on Sv39; bootargs \"%s\"\n", bootargs);
    if (!has_sstc)
        panic("the hart lacks Sstc (menvcfg.STCE), which vmos needs for its timer");
    int d = disk_init();
    if (d < 0)
        panic("no usable virtio-blk disk for swap (error %d): give one with --disk", d);
    vm_init();
    printf("vmos: swap on virtio-blk (%s), %lu slots of 4 KiB; A/D bits: %s\n",
           d == 1 ? "legacy" : "modern", vm_swap_slots(),
           ad_hardware ? "hardware (Svadu)" : "page faults or platform default");
    verbose = has_word("verbose");
    quiet_user = has_word("quiet");
    trace_vm = has_word("trace");
    if (arg("slice", buf, sizeof buf)) {
        uint64_t v;
        if (parse_list(buf, &v, 1) == 1 && v > 0)
            time_slice = v;
    }
    if (arg("pages", buf, sizeof buf))
        parse_list(buf, &opt_pages, 1);
    if (arg("count", buf, sizeof buf))
        parse_list(buf, &opt_count, 1);
    ref_count = 12;
    for (int i = 0; i < 12; i++)
        ref_string[i] = belady[i];
    if (arg("refs", buf, sizeof buf)) {
        uint64_t v[64];
        ref_count = parse_list(buf, v, 64);
        for (int i = 0; i < ref_count; i++)
            ref_string[i] = (uint16_t)(v[i] % 16);
    }

    char wbuf[32];
    const char *w = arg("workload", wbuf, sizeof wbuf);
    if (!w && (bootargs[0] == 0 || has_word("demo") || !arg("frames", buf, sizeof buf))) {
        quiet_user = 1;
        demo();
    } else {
        if (!w)
            w = "mix";
        uint64_t fl[16];
        int nf = arg("frames", buf, sizeof buf) ? parse_list(buf, fl, 16) : 0;
        if (nf == 0) {
            fl[0] = 32;
            nf = 1;
        }
        int pols[POL_N], np = 0;
        char pbuf[64];
        if (arg("policy", pbuf, sizeof pbuf)) {
            char *s = pbuf;
            while (*s && np < POL_N) {
                char *e = s;
                while (*e && *e != ',')
                    e++;
                char c = *e;
                *e = 0;
                pols[np++] = policy_of(s);
                if (!c)
                    break;
                s = e + 1;
            }
        } else {
            pols[np++] = POL_CLOCK;
        }
        /* "table": the runs as rows of the demo's table (satp demo with knobs). */
        int table = has_word("table");
        if (table) {
            quiet_user = 1;
            printf("vmos: workload \"%s\", each run one row (columns as in the demo: see "
                   "firmware/vmos/README.md).\n\n",
                   w);
            table_header();
        }
        for (int j = 0; j < np; j++)
            for (int i = 0; i < nf; i++)
                do_run(w, (int)fl[i], pols[j], table);
        if (table)
            printf("\n");
    }

    /* The machine's totals, read with translation off, so that reading and printing them
     * adds no TLB miss, walk or fault: they equal satp's own report (--stats-json). */
    csr_write(satp, 0);
    __asm__ volatile("sfence.vma" ::: "memory");
    struct counters c;
    counters_read(&c);
    printf("vmos: hpm page_faults=%lu itlb_misses=%lu dtlb_misses=%lu page_walks=%lu "
           "walk_cycles=%lu handler_cycles=%lu\n",
           c.hpm[HPM_PF], c.hpm[HPM_ITLB], c.hpm[HPM_DTLB], c.hpm[HPM_WALKS],
           c.hpm[HPM_WALKCYC], c.hpm[HPM_PFCYC]);
    printf("vmos: done, %d failure%s\n", failures, failures == 1 ? "" : "s");
    exit(failures ? 1 : 0);
}
