/* What a fresh page of memory costs this machine: 1,000 pages of anonymous memory, three ways.
 *
 *   written      a byte written to each page (the page fault gives the page)
 *   populated    madvise(MADV_POPULATE_WRITE) on the whole range (Linux 5.14 and later)
 *   mapped       mmap with MAP_POPULATE
 *
 * Five rounds, each printed in microseconds per page. Reading a lesson gives the process each
 * page of the file's bytes and of its values once, so this is the part of a first frame that
 * no reading code can remove (README, "The first frame of the 1.0 MB lesson, examined").
 *
 *   gcc -O2 -o page-cost bench/page-cost.c && ./page-cost */
#include <stdio.h>
#include <sys/mman.h>
#include <time.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

enum { PAGES = 1000, PAGE = 4096 };

static double now_us(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static char *fresh(int flags) {
    void *memory = mmap(NULL, (size_t)PAGES * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | flags, -1, 0);
    if (memory == MAP_FAILED) {
        perror("mmap");
        return NULL;
    }
    return memory;
}

int main(void) {
    size_t size = (size_t)PAGES * PAGE;
    for (int round = 0; round < 5; round++) {
        char *written = fresh(0);
        char *populated = fresh(0);
        if (written == NULL || populated == NULL) return 1;
        double start = now_us();
        for (size_t offset = 0; offset < size; offset += PAGE) written[offset] = 1;
        double afterWriting = now_us();
        int advice = madvise(populated, size, MADV_POPULATE_WRITE);
        double afterPopulating = now_us();
        char *mapped = fresh(MAP_POPULATE);
        double afterMapping = now_us();
        if (mapped == NULL) return 1;
        printf("written %.2f us/page, populated %.2f us/page%s, mapped %.2f us/page\n", (afterWriting - start) / PAGES,
               (afterPopulating - afterWriting) / PAGES, advice == 0 ? "" : " (not supported)",
               (afterMapping - afterPopulating) / PAGES);
        munmap(written, size);
        munmap(populated, size);
        munmap(mapped, size);
    }
    return 0;
}
