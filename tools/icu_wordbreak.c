// The reference for Gazette's throughput: a bare ICU word-break pass (UAX #29)
// over the same documents, with the UTF-8 to UTF-16 conversion Gazette also does.
//
//   cc -O2 -o icu_wordbreak tools/icu_wordbreak.c -licuuc
//   ./icu_wordbreak texts.rs     (documents separated by the byte 0x1E)
//
// Prints documents, MB (of UTF-8 input), seconds, MB/s and the boundary count.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s FILE\n", argv[0]); return 2; }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 1; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc(size + 1);
    if (fread(data, 1, size, f) != (size_t)size) { perror("read"); return 1; }
    fclose(f);

    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_WORD, "en_US", NULL, 0, &err);
    if (U_FAILURE(err)) { fprintf(stderr, "ubrk_open: %s\n", u_errorName(err)); return 1; }
    int32_t capacity = 1 << 16;
    UChar *buffer = malloc(capacity * sizeof(UChar));
    long docs = 0, boundaries = 0;
    double start = now();
    char *p = data, *end = data + size;
    while (p < end) {
        char *sep = memchr(p, 0x1E, end - p);
        if (!sep) sep = end;
        int32_t length = 0;
        err = U_ZERO_ERROR;
        u_strFromUTF8(buffer, capacity, &length, p, (int32_t)(sep - p), &err);
        if (err == U_BUFFER_OVERFLOW_ERROR) {
            capacity = length + 1;
            buffer = realloc(buffer, capacity * sizeof(UChar));
            err = U_ZERO_ERROR;
            u_strFromUTF8(buffer, capacity, &length, p, (int32_t)(sep - p), &err);
        }
        if (U_FAILURE(err)) { fprintf(stderr, "u_strFromUTF8: %s\n", u_errorName(err)); return 1; }
        ubrk_setText(it, buffer, length, &err);
        for (int32_t b = ubrk_first(it); b != UBRK_DONE; b = ubrk_next(it)) boundaries++;
        docs++;
        p = sep + 1;
    }
    double seconds = now() - start;
    printf("documents %ld  MB %.2f  seconds %.3f  MB/s %.1f  boundaries %ld\n", docs, size / 1e6, seconds,
           size / 1e6 / seconds, boundaries);
    ubrk_close(it);
    free(buffer);
    free(data);
    return 0;
}
