#ifndef CMAPPEDFILE_H
#define CMAPPEDFILE_H

#include <stddef.h>

/* A lesson file mapped into memory, read-only, instead of copied into fresh pages.
 *
 * Copying a 1 MB file costs its 250 new pages of memory (most of the copy's time); mapping it uses
 * the pages the system already caches. A mapped file that someone shortens while it is read would
 * end the process with SIGBUS; a handler installed with the first mapping puts zeros in the lost
 * pages instead and marks the mapping torn, so the reader finishes and the caller reads again. */

/* Maps `size` bytes of the open file `descriptor` (size > 0), and a page beyond them that reads as
 * zeros; NULL when it cannot be mapped (the caller then reads the file as before) or when the table
 * of live mappings is full. */
const unsigned char *pw_map_file(int descriptor, size_t size);

/* Unmaps a mapping pw_map_file made of `size` bytes, forgetting it. */
void pw_unmap_file(const unsigned char *start, size_t size);

/* 1 when some of the mapping's pages were lost (the file was shortened) since it was made, else 0. */
int pw_mapping_torn(const unsigned char *start);

/* Installs the SIGBUS guard once (pw_map_file does it too). A handler installed later over it
 * must ask pw_mapping_mend_fault first and put the guard back when it is removed, as the
 * terminal's crash guard does (it installs this guard first): the guard is never installed over
 * another handler that could hand the signal back to it. */
void pw_mapping_guard_install(void);

/* For a SIGBUS handler of its own (the crash guard): 1 when the fault at `address` was in a live
 * mapping and has been mended (the handler should return), 0 when it is a real crash. */
int pw_mapping_mend_fault(void *address);

#endif /* CMAPPEDFILE_H */
