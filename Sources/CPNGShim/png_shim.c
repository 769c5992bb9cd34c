#include "CPNGShim.h"

#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The bytes being read, and the result whose message an error fills. */
typedef struct {
    const uint8_t *data;
    size_t size;
    size_t offset;
    pw_png_result *result;
} pw_reader;

static void pw_read(png_structp png, png_bytep out, size_t length) {
    pw_reader *reader = (pw_reader *)png_get_io_ptr(png);
    if (length > reader->size - reader->offset) {
        png_error(png, "the file ends early (truncated)");
    }
    memcpy(out, reader->data + reader->offset, length);
    reader->offset += length;
}

static void pw_error(png_structp png, png_const_charp message) {
    pw_reader *reader = (pw_reader *)png_get_error_ptr(png);
    snprintf(reader->result->message, sizeof reader->result->message, "%s", message ? message : "libpng error");
    png_longjmp(png, 1);
}

static void pw_warning(png_structp png, png_const_charp message) {
    (void)png;
    (void)message; /* warnings (e.g. a bad ancillary chunk) do not stop the decode */
}

int pw_png_decode(const uint8_t *data, size_t size, uint32_t max_width, uint32_t max_height,
                  uint64_t max_pixels, pw_png_result *result) {
    memset(result, 0, sizeof *result);
    pw_reader reader = {data, size, 0, result};
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &reader, pw_error, pw_warning);
    if (!png) {
        snprintf(result->message, sizeof result->message, "libpng could not start");
        return -1;
    }
    png_infop info = png_create_info_struct(png);
    /* Locals changed after setjmp and read after a longjmp must be volatile. */
    uint8_t *volatile pixels = NULL;
    png_bytep *volatile rows = NULL;
    if (!info) {
        png_destroy_read_struct(&png, NULL, NULL);
        snprintf(result->message, sizeof result->message, "libpng could not start");
        return -1;
    }
    if (setjmp(png_jmpbuf(png))) {
        free(rows);
        free(pixels);
        png_destroy_read_struct(&png, &info, NULL);
        result->pixels = NULL;
        result->pixels_size = 0;
        return -1;
    }
    png_set_read_fn(png, &reader, pw_read);
    png_set_user_limits(png, max_width, max_height);
    /* Bound the memory an ancillary chunk (text, ICC profile) may take. */
    png_set_chunk_malloc_max(png, 8 * 1024 * 1024);
    png_read_info(png, info);

    png_uint_32 width = 0, height = 0;
    int bit_depth = 0, color_type = 0, interlace = 0;
    png_get_IHDR(png, info, &width, &height, &bit_depth, &color_type, &interlace, NULL, NULL);
    result->file_color_type = color_type;
    result->file_bit_depth = bit_depth;
    if ((uint64_t)width * (uint64_t)height > max_pixels) {
        png_error(png, "the image has more pixels than allowed");
    }
    if (color_type == PNG_COLOR_TYPE_PALETTE) {
        png_set_palette_to_rgb(png);
        if (png_get_valid(png, info, PNG_INFO_tRNS)) png_set_tRNS_to_alpha(png);
    } else if (color_type == PNG_COLOR_TYPE_GRAY && bit_depth < 8) {
        png_set_expand_gray_1_2_4_to_8(png);
    }
    if (interlace != PNG_INTERLACE_NONE) png_set_interlace_handling(png);
    png_read_update_info(png, info);

    int channels = png_get_channels(png, info);
    int depth = png_get_bit_depth(png, info);
    size_t row_bytes = png_get_rowbytes(png, info);
    if ((depth != 8 && depth != 16) || channels < 1 || channels > 4 ||
        row_bytes != (size_t)width * (size_t)channels * (size_t)(depth / 8)) {
        png_error(png, "the image's pixel layout is not one Pointwise reads");
    }
    pixels = malloc(row_bytes * height);
    rows = malloc(sizeof(png_bytep) * height);
    if (!pixels || !rows) png_error(png, "out of memory");
    for (png_uint_32 row = 0; row < height; row++) rows[row] = pixels + row * row_bytes;
    png_read_image(png, rows);
    png_read_end(png, NULL);

    result->width = width;
    result->height = height;
    result->channels = channels;
    result->bit_depth = depth;
    result->pixels = pixels;
    result->pixels_size = row_bytes * height;
    free(rows);
    png_destroy_read_struct(&png, &info, NULL);
    return 0;
}

void pw_png_free(pw_png_result *result) {
    free(result->pixels);
    result->pixels = NULL;
    result->pixels_size = 0;
}
