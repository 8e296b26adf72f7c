#include "cicu.h"

#include <stdio.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/putil.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>

const char *gz_error_name(gz_status status) { return u_errorName((UErrorCode)status); }

// MARK: Break iteration

gz_break_iterator *gz_break_open(int32_t kind, const char *locale, gz_status *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &err);
    *status = err;
    return (gz_break_iterator *)it;
}

void gz_break_set_text(gz_break_iterator *it, const uint16_t *text, int32_t length, gz_status *status) {
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)it, (const UChar *)text, length, &err);
    *status = err;
}

int32_t gz_break_first(gz_break_iterator *it) { return ubrk_first((UBreakIterator *)it); }
int32_t gz_break_next(gz_break_iterator *it) { return ubrk_next((UBreakIterator *)it); }
int32_t gz_break_rule_status(gz_break_iterator *it) { return ubrk_getRuleStatus((UBreakIterator *)it); }
void gz_break_close(gz_break_iterator *it) { ubrk_close((UBreakIterator *)it); }

// MARK: Normalization

const void *gz_nfkc(gz_status *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKCInstance(&err);
    *status = err;
    return n;
}

int32_t gz_norm_has_boundary_before(const void *normalizer, int32_t c) {
    return unorm2_hasBoundaryBefore((const UNormalizer2 *)normalizer, (UChar32)c);
}

int32_t gz_normalize(const void *normalizer, const uint16_t *src, int32_t length,
                     uint16_t *dest, int32_t capacity, gz_status *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = unorm2_normalize((const UNormalizer2 *)normalizer, (const UChar *)src, length,
                                 (UChar *)dest, capacity, &err);
    *status = err;
    return n;
}

// MARK: Character properties

int32_t gz_fold_case(int32_t c) { return u_foldCase(c, U_FOLD_CASE_DEFAULT); }
int32_t gz_to_upper(int32_t c) { return u_toupper(c); }
int32_t gz_is_upper(int32_t c) { return u_isUUppercase(c); }
int32_t gz_is_lower(int32_t c) { return u_isULowercase(c); }
int32_t gz_is_alphabetic(int32_t c) { return u_isUAlphabetic(c); }
int32_t gz_is_digit(int32_t c) { return u_isdigit(c); }
int32_t gz_is_white_space(int32_t c) { return u_isUWhiteSpace(c); }
int32_t gz_char_type(int32_t c) { return u_charType(c); }

// MARK: Calendar vocabulary

static int symbol_kind(int32_t kind, UDateFormatSymbolType *type) {
    switch (kind) {
    case GZ_SYMBOL_MONTHS: *type = UDAT_MONTHS; return 1;
    case GZ_SYMBOL_SHORT_MONTHS: *type = UDAT_SHORT_MONTHS; return 1;
    case GZ_SYMBOL_WEEKDAYS: *type = UDAT_WEEKDAYS; return 1;
    case GZ_SYMBOL_SHORT_WEEKDAYS: *type = UDAT_SHORT_WEEKDAYS; return 1;
    case GZ_SYMBOL_STANDALONE_MONTHS: *type = UDAT_STANDALONE_MONTHS; return 1;
    case GZ_SYMBOL_STANDALONE_SHORT_MONTHS: *type = UDAT_STANDALONE_SHORT_MONTHS; return 1;
    case GZ_SYMBOL_STANDALONE_WEEKDAYS: *type = UDAT_STANDALONE_WEEKDAYS; return 1;
    case GZ_SYMBOL_STANDALONE_SHORT_WEEKDAYS: *type = UDAT_STANDALONE_SHORT_WEEKDAYS; return 1;
    default: return 0;
    }
}

static UDateFormat *open_format(const char *locale, UErrorCode *err) {
    return udat_open(UDAT_DEFAULT, UDAT_DEFAULT, locale, NULL, 0, NULL, 0, err);
}

int32_t gz_date_symbols(const char *locale, int32_t kind, uint16_t *dest, int32_t capacity,
                        int32_t *count, gz_status *status) {
    UDateFormatSymbolType type;
    if (!symbol_kind(kind, &type)) { *status = U_ILLEGAL_ARGUMENT_ERROR; return -1; }
    UErrorCode err = U_ZERO_ERROR;
    UDateFormat *fmt = open_format(locale, &err);
    if (U_FAILURE(err)) { *status = err; return -1; }
    int32_t n = udat_countSymbols(fmt, type);
    int32_t used = 0;
    for (int32_t i = 0; i < n; i++) {
        UErrorCode e = U_ZERO_ERROR;
        int32_t room = capacity - used > 0 ? capacity - used : 0;
        int32_t length = udat_getSymbols(fmt, type, i, room > 0 ? (UChar *)dest + used : NULL, room, &e);
        if (U_FAILURE(e) && e != U_BUFFER_OVERFLOW_ERROR) { udat_close(fmt); *status = e; return -1; }
        used += length;
        if (used < capacity) dest[used] = 0;
        used += 1;
    }
    udat_close(fmt);
    *count = n;
    *status = U_ZERO_ERROR;
    return used;
}

// MARK: Locale display names

int32_t gz_locale_count(void) { return uloc_countAvailable(); }
const char *gz_locale_id(int32_t index) { return uloc_getAvailable(index); }
const char *const *gz_iso_countries(void) { return uloc_getISOCountries(); }

int32_t gz_display_country(const char *locale_id, const char *display_locale,
                           uint16_t *dest, int32_t capacity, gz_status *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = uloc_getDisplayCountry(locale_id, display_locale, (UChar *)dest, capacity, &err);
    *status = err;
    return n;
}

// MARK: sentence exceptions

// ICU's brkitr data package (U_ICUDATA_BRKITR in ICU's internal ubrkimpl.h).
#define GZ_ICUDATA_BRKITR U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr"

// Exported by libicuuc but declared in ICU's internal uresimp.h: the lookup with locale
// fallback that ICU's break iterator code uses.
U_CAPI UResourceBundle *U_EXPORT2 ures_getByKeyWithFallback(const UResourceBundle *resB, const char *inKey,
                                                              UResourceBundle *fillIn, UErrorCode *status);

int32_t gz_sentence_exceptions(const char *locale, uint16_t *dest, int32_t capacity, gz_status *status) {
    // As SimpleFilteredBreakIteratorBuilder(locale): the base name, and no exceptions when
    // any step fails or only the root data is found.
    *status = U_ZERO_ERROR;
    char base[ULOC_FULLNAME_CAPACITY];
    UErrorCode err = U_ZERO_ERROR;
    uloc_getBaseName(locale, base, (int32_t)sizeof base, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    UResourceBundle *bundle = ures_open(GZ_ICUDATA_BRKITR, base, &err);
    if (U_FAILURE(err) || err == U_USING_DEFAULT_WARNING) { ures_close(bundle); return 0; }
    UResourceBundle *exceptions = ures_getByKeyWithFallback(bundle, "exceptions", NULL, &err);
    UResourceBundle *breaks = NULL;
    if (U_SUCCESS(err) && err != U_USING_DEFAULT_WARNING) {
        breaks = ures_getByKeyWithFallback(exceptions, "SentenceBreak", NULL, &err);
    }
    int32_t needed = 0;
    if (breaks != NULL && U_SUCCESS(err) && err != U_USING_DEFAULT_WARNING) {
        while (ures_hasNext(breaks)) {
            UErrorCode one = U_ZERO_ERROR;
            int32_t length = 0;
            const UChar *s = ures_getNextString(breaks, &length, NULL, &one);
            if (U_FAILURE(one)) { *status = one; break; }
            if (needed + length + 1 <= capacity) {
                for (int32_t k = 0; k < length; k++) dest[needed + k] = s[k];
                dest[needed + length] = 0;
            }
            needed += length + 1;
        }
        if (needed > capacity && U_SUCCESS(*status)) *status = U_BUFFER_OVERFLOW_ERROR;
    }
    ures_close(breaks);
    ures_close(exceptions);
    ures_close(bundle);
    return needed;
}

int32_t gz_sentence_rules_name(const char *locale, char *dest, int32_t capacity, gz_status *status) {
    // As BreakIterator::buildInstance(locale, "sentence").
    UErrorCode err = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(GZ_ICUDATA_BRKITR, locale, &err);
    UResourceBundle *boundaries = ures_getByKeyWithFallback(bundle, "boundaries", NULL, &err);
    UResourceBundle *name = ures_getByKeyWithFallback(boundaries, "sentence", NULL, &err);
    int32_t length = 0;
    const UChar *s = ures_getString(name, &length, &err);
    if (U_SUCCESS(err)) {
        if (length < capacity) {
            u_UCharsToChars(s, dest, length);
            dest[length] = 0;
        } else {
            err = U_BUFFER_OVERFLOW_ERROR;
        }
    }
    ures_close(name);
    ures_close(boundaries);
    ures_close(bundle);
    *status = U_FAILURE(err) ? err : U_ZERO_ERROR;
    return length;
}

// MARK: other calendars

int32_t gz_calendar_date(const char *calendar, int32_t gregorian_year, int32_t year_shift, int32_t month, int32_t day,
                         int32_t *out_year, int32_t *out_month, int32_t *out_day, gz_status *status) {
    static const UChar utc[] = {'U', 'T', 'C', 0};
    char locale[96];
    if (strlen(calendar) > 64) { *status = U_ILLEGAL_ARGUMENT_ERROR; return -1; }
    snprintf(locale, sizeof locale, "en@calendar=%s", calendar);
    UErrorCode err = U_ZERO_ERROR;
    UCalendar *gregorian = ucal_open(utc, -1, "en@calendar=gregorian", UCAL_GREGORIAN, &err);
    UCalendar *other = ucal_open(utc, -1, locale, UCAL_DEFAULT, &err);
    int32_t result = -1;
    // ICU falls back to the Gregorian calendar for a name it does not know: refuse that.
    const char *type = U_SUCCESS(err) ? ucal_getType(other, &err) : NULL;
    if (type && strcmp(type, calendar) != 0) err = U_UNSUPPORTED_ERROR;
    if (U_SUCCESS(err)) {
        ucal_setDateTime(gregorian, gregorian_year, UCAL_JULY, 1, 12, 0, 0, &err);
        ucal_setMillis(other, ucal_getMillis(gregorian, &err), &err);
        int32_t year = ucal_get(other, UCAL_EXTENDED_YEAR, &err);
        ucal_clear(other);
        ucal_set(other, UCAL_EXTENDED_YEAR, year + year_shift);
        ucal_set(other, UCAL_MONTH, month - 1);
        ucal_set(other, UCAL_IS_LEAP_MONTH, 0);
        ucal_set(other, UCAL_DATE, day);
        ucal_set(other, UCAL_HOUR_OF_DAY, 12);
        ucal_setMillis(gregorian, ucal_getMillis(other, &err), &err);
        *out_year = ucal_get(gregorian, UCAL_YEAR, &err);
        *out_month = ucal_get(gregorian, UCAL_MONTH, &err) + 1;
        *out_day = ucal_get(gregorian, UCAL_DATE, &err);
        if (U_SUCCESS(err) && ucal_get(gregorian, UCAL_ERA, &err) == 1) result = 0;
    }
    if (gregorian) ucal_close(gregorian);
    if (other) ucal_close(other);
    *status = U_SUCCESS(err) && result < 0 ? U_ILLEGAL_ARGUMENT_ERROR : err;
    return result;
}

// MARK: version

void gz_icu_version(uint8_t version[4]) {
    UVersionInfo info;
    u_getVersion(info);
    for (int i = 0; i < 4; i++) version[i] = info[i];
}

// MARK: letters without their marks

int32_t gz_strip_marks(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
    if (U_FAILURE(err)) return -1;
    UChar buffer[256];
    int32_t n = unorm2_normalize(nfd, (const UChar *)src, length, buffer, 256, &err);
    if (U_FAILURE(err) || n > 256) return -1;
    int32_t out = 0;
    for (int32_t i = 0; i < n; i++) {
        UChar c = buffer[i];
        if (U16_IS_SURROGATE(c)) return -1;
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        switch (c) {
        case 0x00F8: c = 'o'; break; /* ø */
        case 0x0142: c = 'l'; break; /* ł */
        case 0x0111: c = 'd'; break; /* đ */
        case 0x0127: c = 'h'; break; /* ħ */
        case 0x0131: c = 'i'; break; /* ı */
        default: break;
        }
        if (out == capacity) return -1;
        dest[out++] = c;
    }
    return out;
}
