/*
 * Lesson files mapped into memory, and the SIGBUS guard that makes that safe: see CMappedFile.h.
 *
 * The live mappings sit in a small fixed table of atomics, so the signal handler can look them up
 * without locks or allocation. The handler maps a page of zeros over the faulting page
 * (MAP_FIXED), marks the mapping torn and returns: the read that faulted then sees zeros. Any
 * other SIGBUS goes on to the handler that was there before (or the default action).
 */
#include "CMappedFile.h"

#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

enum { PW_MAPPING_SLOTS = 16 };

static _Atomic(uintptr_t) pw_mapping_starts[PW_MAPPING_SLOTS];
static _Atomic(size_t) pw_mapping_sizes[PW_MAPPING_SLOTS];
static atomic_int pw_mapping_torn_flags[PW_MAPPING_SLOTS];
static struct sigaction pw_previous_bus_action;
static atomic_int pw_guard_installed = 0;

/* The page size, read once when the guard is installed: sysconf is not safe in a signal handler. */
static size_t pw_page_size = 4096;

int pw_mapping_mend_fault(void *address) {
    uintptr_t fault = (uintptr_t)address;
    size_t page = pw_page_size;
    for (int slot = 0; slot < PW_MAPPING_SLOTS; slot++) {
        uintptr_t start = atomic_load(&pw_mapping_starts[slot]);
        size_t size = atomic_load(&pw_mapping_sizes[slot]);
        if (start == 0 || fault < start || fault - start >= size) { continue; }
        void *lost = (void *)(fault & ~(uintptr_t)(page - 1));
        void *zeros = mmap(lost, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (zeros == MAP_FAILED) { return 0; }
        atomic_store(&pw_mapping_torn_flags[slot], 1);
        return 1;
    }
    return 0;
}

static void pw_bus_guard(int signal_number, siginfo_t *info, void *context) {
    (void)context;
    if (info != NULL && info->si_code > 0 && pw_mapping_mend_fault(info->si_addr)) { return; }
    /* Not ours: put back the handler that was there before (or the default action) and let the
     * signal reach it as if this guard had never been installed. A fault happens again when this
     * handler returns; a signal sent from outside is raised again, and stays pending until then. */
    sigaction(signal_number, &pw_previous_bus_action, NULL);
    atomic_store(&pw_guard_installed, 0);
    if (info == NULL || info->si_code <= 0) { raise(signal_number); }
}

void pw_mapping_guard_install(void) {
    int expected = 0;
    if (!atomic_compare_exchange_strong(&pw_guard_installed, &expected, 1)) { return; }
    long page = sysconf(_SC_PAGESIZE);
    if (page > 0) { pw_page_size = (size_t)page; }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = pw_bus_guard;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGBUS, &action, &pw_previous_bus_action);
}

/* The bytes a mapping of a file of `size` bytes spans: the file and one page more. A reader that
 * runs past the file's end (only if the file is rewritten under it) meets the page beyond, which the
 * guard fills with zeros (no number, no line), rather than unmapped memory. */
static size_t pw_mapped_length(size_t size) { return size + pw_page_size; }

const unsigned char *pw_map_file(int descriptor, size_t size) {
    if (size == 0) { return NULL; }
    pw_mapping_guard_install();
    size_t length = pw_mapped_length(size);
    void *start = mmap(NULL, length, PROT_READ, MAP_PRIVATE, descriptor, 0);
    if (start == MAP_FAILED) { return NULL; }
    for (int slot = 0; slot < PW_MAPPING_SLOTS; slot++) {
        uintptr_t free_slot = 0;
        if (atomic_compare_exchange_strong(&pw_mapping_starts[slot], &free_slot, (uintptr_t)start)) {
            atomic_store(&pw_mapping_torn_flags[slot], 0);
            atomic_store(&pw_mapping_sizes[slot], length);
            return start;
        }
    }
    munmap(start, length);
    return NULL;
}

void pw_unmap_file(const unsigned char *start, size_t size) {
    for (int slot = 0; slot < PW_MAPPING_SLOTS; slot++) {
        if (atomic_load(&pw_mapping_starts[slot]) == (uintptr_t)start) {
            atomic_store(&pw_mapping_sizes[slot], 0);
            atomic_store(&pw_mapping_starts[slot], 0);
            break;
        }
    }
    munmap((void *)start, pw_mapped_length(size));
}

int pw_mapping_torn(const unsigned char *start) {
    for (int slot = 0; slot < PW_MAPPING_SLOTS; slot++) {
        if (atomic_load(&pw_mapping_starts[slot]) == (uintptr_t)start) { return atomic_load(&pw_mapping_torn_flags[slot]); }
    }
    return 0;
}
