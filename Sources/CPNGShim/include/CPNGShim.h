/*
 * CPNGShim: decodes a PNG held in memory through libpng, for LessonKit's PNGImage.
 *
 * libpng reports errors by longjmp. A longjmp must never cross Swift frames (Swift does not
 * unwind and would leak or corrupt state), so the setjmp and every libpng call live in this one
 * C function; it returns normally in all cases with either the pixels or a message.
 */
#ifndef CPNGSHIM_H
#define CPNGSHIM_H

#include <stddef.h>
#include <stdint.h>

/* What pw_png_decode produced. */
typedef struct {
    uint32_t width;
    uint32_t height;
    /* Channels per pixel after the transforms: 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA. */
    int channels;
    /* 8 or 16 bits per channel; 16-bit samples are stored big-endian, as in the file. */
    int bit_depth;
    /* The file's own colour type (PNG_COLOR_TYPE_*) and bit depth, for messages. */
    int file_color_type;
    int file_bit_depth;
    /* width * height * channels * bit_depth / 8 bytes, rows top to bottom; free with pw_png_free. */
    uint8_t *pixels;
    size_t pixels_size;
    /* On failure, why, as libpng or this shim put it (NUL-terminated). */
    char message[200];
} pw_png_result;

/*
 * Decodes `size` bytes of PNG. Palette images become RGB (RGBA when the palette has
 * transparency), greys of 1, 2 or 4 bits become 8-bit grey, and interlaced images are
 * de-interlaced. Images wider than max_width, taller than max_height or with more than
 * max_pixels pixels are refused before any pixel is decoded. Returns 0 on success, -1 on error
 * (result->message says why; result->pixels is then NULL).
 */
int pw_png_decode(const uint8_t *data, size_t size, uint32_t max_width, uint32_t max_height,
                  uint64_t max_pixels, pw_png_result *result);

/* Frees the pixels of a successful decode. */
void pw_png_free(pw_png_result *result);

#endif
