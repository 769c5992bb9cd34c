/* The practical floor for reading and printing an explicit-number lesson, for the benchmarks.
 *
 * It does what `pointwise check` and `pointwise print --json` must do at the least, for the files
 * scripts/make-explicit-lesson.py writes: read the file, turn every number into int64 units at one
 * shared scale, compute the 1x1 convolution exactly, and write the same JSON as `print --json`
 * (with the handout's keys: no questions, and the cost view's counts at their default settings).
 * No diagnostics, no generality: a floor to measure against, not a lesson reader.
 *   cc -O2 -o floor bench/floor.c && ./floor check LESSON && ./floor json LESSON > out.json */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int64_t *units; unsigned char *places; long count, capacity; int scale; } Numbers;
static char *out; static long outLength;

/* Reads the numbers of one front-matter key (up to the next key or `---`), counting the lines
 * that open a channel and the rows of the first one. */
static const char *readNumbers(const char *p, Numbers *numbers, int *lines, int *rows) {
    *lines = 0; *rows = 0;
    for (; *p && !(p[-1] == '\n' && p[0] != ' '); p++) {
        if (*p == '\n' && p[1] == ' ') { (*lines)++; continue; }
        if (*p == '[' && *lines == 1) (*rows)++;
        if (!((*p >= '0' && *p <= '9') || (*p == '-' && p[1] >= '0' && p[1] <= '9'))) continue;
        int negative = *p == '-'; if (negative) p++;
        int64_t units = 0; int places = 0, point = 0;
        for (;; p++) {
            if (*p >= '0' && *p <= '9') { units = units * 10 + (*p - '0'); places += point; }
            else if (*p == '.' && !point) point = 1; else break;
        }
        if (numbers->count == numbers->capacity) {
            numbers->capacity = numbers->capacity ? numbers->capacity * 2 : 1024;
            numbers->units = realloc(numbers->units, numbers->capacity * sizeof(int64_t));
            numbers->places = realloc(numbers->places, numbers->capacity);
        }
        numbers->units[numbers->count] = negative ? -units : units;
        numbers->places[numbers->count++] = (unsigned char)places;
        if (places > numbers->scale) numbers->scale = places;
        p--;
    }
    for (long i = 0; i < numbers->count; i++)   /* one shared scale, as Pointwise's tensors */
        for (int k = numbers->places[i]; k < numbers->scale; k++) numbers->units[i] *= 10;
    return p;
}

static void put(const char *text) { long n = (long)strlen(text); memcpy(out + outLength, text, n); outLength += n; }
static void number(__int128 units, int scale) {   /* exact, trailing zeros of the fraction removed */
    char digits[48]; int n = 0, negative = units < 0;
    unsigned __int128 m = negative ? -(unsigned __int128)units : (unsigned __int128)units;
    while (scale > 0 && m % 10 == 0 && m) { m /= 10; scale--; }
    if (m == 0) { out[outLength++] = '0'; return; }
    do { digits[n++] = (char)('0' + m % 10); m /= 10; } while (m || n <= scale);
    if (negative) out[outLength++] = '-';
    while (n > 0) { if (n == scale) out[outLength++] = '.'; out[outLength++] = digits[--n]; }
}
static void tensor(const int64_t *units, int scale, int channels, int height, int width, int wrap) {
    if (wrap) put("[");
    for (int c = 0; c < channels; c++) {
        put(c ? ",[" : "[");
        for (int r = 0; r < height; r++) {
            put(r ? ",[" : "[");
            for (int x = 0; x < width; x++) { if (x) put(","); number(units[((long)c * height + r) * width + x], scale); }
            put("]");
        }
        put("]");
    }
    if (wrap) put("]");
}

/* A ratio's decimal as the cost view writes it: rounded half up to 3 significant digits, at most
 * 8 places, trailing zeros dropped when exact (CostRatio.decimal in PointwiseCore). */
static void decimal(__int128 top, __int128 bottom) {
    char text[64];
    if (top == 0) { put("0"); return; }
    int decimals, whole = snprintf(text, sizeof text, "%lld", (long long)(top / bottom));
    if (top >= bottom) decimals = 3 - whole > 0 ? 3 - whole : 0;
    else { int place = 1; __int128 scaled = top * 10; while (scaled < bottom && place < 8) { scaled *= 10; place++; } decimals = place + 2; }
    if (decimals > 8) decimals = 8;
    __int128 power = 1; for (int k = 0; k < decimals; k++) power *= 10;
    __int128 rounded = (top * power * 2 + bottom) / (bottom * 2);
    int exact = rounded * bottom == top * power;
    snprintf(text, sizeof text, "%lld", (long long)(rounded / power)); put(text);
    char fraction[16]; long long rest = (long long)(rounded % power);
    for (int k = decimals - 1; k >= 0; k--) { fraction[k] = (char)('0' + rest % 10); rest /= 10; }
    int length = decimals; if (exact) while (length > 0 && fraction[length - 1] == '0') length--;
    if (length > 0) { out[outLength++] = '.'; memcpy(out + outLength, fraction, length); outLength += length; }
}
static void ratio(const char *key, long top, long bottom) {
    long a = top, b = bottom; while (b) { long t = a % b; a = b; b = t; }
    top /= a; bottom /= a;
    outLength += sprintf(out + outLength, ",\"%s\":{\"numerator\":%ld,\"denominator\":%ld,\"decimal\":\"", key, top, bottom);
    decimal(top, bottom); put("\",\"timesFewer\":\""); decimal(bottom, top); put("\"}");
}
/* One layer's counts: `pixels` outputs per out channel, `terms` products each, plus a bias. */
static void layer(const char *key, long outputs, long terms, long weights, long biases, long *counts) {
    counts[0] = outputs * terms; counts[1] = outputs * (terms - 1 + (biases > 0)); counts[2] = weights + biases;
    outLength += sprintf(out + outLength, ",\"%s\":{\"multiplications\":%ld,\"additions\":%ld,\"parameters\":%ld}",
        key, counts[0], counts[1], counts[2]);
}
/* The cost view's comparison at its defaults: 3x3 kernels, a bottleneck of C_in/4 channels. */
static void cost(long pixels, long inChannels, long outChannels, int hasBias) {
    long k = 3, b = inChannels / 4 > 1 ? inChannels / 4 : 1, n = outChannels;
    long mine[3], same[3], direct[3], reduction[3], spatial[3], depthwise[3], separable[3];
    outLength += sprintf(out + outLength, ",\"cost\":{\"kernel\":%ld,\"bottleneckChannels\":%ld,\"outChannels\":%ld", k, b, n);
    layer("thisLayer", pixels * outChannels, inChannels, inChannels * outChannels, hasBias ? outChannels : 0, mine);
    layer("sameChannelsKxK", pixels * outChannels, k * k * inChannels, k * k * inChannels * outChannels, 0, same);
    layer("direct", pixels * n, k * k * inChannels, k * k * inChannels * n, 0, direct);
    layer("bottleneckReduction", pixels * b, inChannels, inChannels * b, 0, reduction);
    layer("bottleneckSpatial", pixels * n, k * k * b, k * k * b * n, 0, spatial);
    outLength += sprintf(out + outLength, ",\"bottleneck\":{\"multiplications\":%ld,\"additions\":%ld,\"parameters\":%ld}",
        reduction[0] + spatial[0], reduction[1] + spatial[1], reduction[2] + spatial[2]);
    layer("depthwise", pixels * inChannels, k * k, k * k * inChannels, 0, depthwise);
    layer("separablePointwise", pixels * n, inChannels, inChannels * n, 0, separable);
    outLength += sprintf(out + outLength, ",\"separable\":{\"multiplications\":%ld,\"additions\":%ld,\"parameters\":%ld}",
        depthwise[0] + separable[0], depthwise[1] + separable[1], depthwise[2] + separable[2]);
    ratio("bottleneckRatio", reduction[0] + spatial[0], direct[0]);
    ratio("separableRatio", depthwise[0] + separable[0], direct[0]);
    put("}");
    (void)mine; (void)same;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: floor check|json LESSON\n"); return 2; }
    FILE *file = fopen(argv[2], "rb"); if (!file) { perror(argv[2]); return 1; }
    fseek(file, 0, SEEK_END); long size = ftell(file); fseek(file, 0, SEEK_SET);
    char *text = calloc(size + 2, 1); text[0] = '\n';
    if (fread(text + 1, 1, size, file) != (size_t)size) return 1;
    Numbers input = {0}, weights = {0}, bias = {0}; int channels, height, kernels, unused;
    char title[512] = "";
    const char *t = strstr(text, "\ntitle: \""); if (t) sscanf(t + 9, "%511[^\"]", title);
    readNumbers(strstr(text, "\ninput:") + 7, &input, &channels, &height);
    readNumbers(strstr(text, "\nweights:") + 9, &weights, &kernels, &unused);
    const char *b = strstr(text, "\nbias:"); if (b) readNumbers(b + 6, &bias, &unused, &unused);
    height--;   /* the channel's own bracket */
    int width = (int)(input.count / channels / height);
    if (strcmp(argv[1], "check") == 0) { printf("%s: ok\n", argv[2]); return 0; }
    int accumulator = input.scale + weights.scale; if (bias.scale > accumulator) accumulator = bias.scale;
    __int128 productFactor = 1, biasFactor = 1;
    for (int k = input.scale + weights.scale; k < accumulator; k++) productFactor *= 10;
    for (int k = bias.scale; k < accumulator; k++) biasFactor *= 10;
    out = malloc(64 * (input.count + weights.count + (long)kernels * height * width) + 4096);
    long pixels = (long)height * width;
    outLength += sprintf(out, "{\"title\":\"%s\",\"language\":\"en\",\"shape\":{\"height\":%d,\"width\":%d,"
        "\"inChannels\":%d,\"outChannels\":%d},\"input\":", title, height, width, channels, kernels);
    tensor(input.units, input.scale, channels, height, width, 1);
    put(",\"weights\":"); tensor(weights.units, weights.scale, 1, kernels, channels, 0);
    if (bias.count) {
        put(",\"bias\":[");
        for (int k = 0; k < kernels; k++) { if (k) put(","); number(bias.units[k], bias.scale); }
        put("]");
    } else put(",\"bias\":null");
    put(",\"activation\":\"none\",\"output\":[");
    __int128 *sums = malloc(pixels * sizeof(__int128));
    for (int k = 0; k < kernels; k++) {
        for (long i = 0; i < pixels; i++) sums[i] = bias.count ? bias.units[k] * biasFactor : 0;
        for (int c = 0; c < channels; c++) {
            __int128 w = weights.units[(long)k * channels + c] * productFactor; const int64_t *x = input.units + c * pixels;
            for (long i = 0; i < pixels; i++) sums[i] += x[i] * w;
        }
        put(k ? ",[" : "[");
        for (int r = 0; r < height; r++) {
            put(r ? ",[" : "[");
            for (int x = 0; x < width; x++) { if (x) put(","); number(sums[(long)r * width + x], accumulator); }
            put("]");
        }
        put("]");
    }
    long steps = (long)kernels * pixels * (channels + (bias.count ? 1 : 0));
    outLength += sprintf(out + outLength, "],\"steps\":%ld,\"multiplications\":%ld,\"additions\":%ld,\"parameters\":%ld",
        steps, (long)kernels * pixels * channels, (long)kernels * pixels * (channels - 1 + (bias.count ? 1 : 0)),
        (long)kernels * channels + (bias.count ? kernels : 0));
    put(",\"questions\":[]");
    cost(pixels, channels, kernels, bias.count > 0);
    put("}\n");
    fwrite(out, 1, outLength, stdout);
    return 0;
}
