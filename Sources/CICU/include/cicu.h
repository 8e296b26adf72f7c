// A thin C layer over the system ICU (libicu 72).
//
// ICU's headers stay inside cicu.c: Foundation on Linux ships its own ICU
// module, whose headers clash with <unicode/*.h> when Swift imports both, and
// ICU's function names are versioned macros (ubrk_open is ubrk_open_72) that
// Swift cannot call. Everything here uses plain C types: opaque pointers,
// uint16_t UTF-16 units, int32_t offsets and ICU's int32_t error codes.
#ifndef GAZETTE_CICU_H
#define GAZETTE_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU UErrorCode: 0 is success, negative values are warnings, positive ones failures.
typedef int32_t gz_status;

/// The symbolic name ICU gives an error code ("U_ILLEGAL_ARGUMENT_ERROR").
const char *gz_error_name(gz_status status);

// MARK: Break iteration (UAX #29)

typedef struct gz_break_iterator gz_break_iterator;

enum { GZ_BREAK_WORD = 1, GZ_BREAK_SENTENCE = 3 };
enum { GZ_BREAK_DONE = -1 };

/// Opens a break iterator of the given kind for `locale` ("en", "en_US@ss=standard").
gz_break_iterator *gz_break_open(int32_t kind, const char *locale, gz_status *status);
/// Points the iterator at `length` UTF-16 units. The buffer must outlive its use.
void gz_break_set_text(gz_break_iterator *it, const uint16_t *text, int32_t length, gz_status *status);
int32_t gz_break_first(gz_break_iterator *it);
int32_t gz_break_next(gz_break_iterator *it);
/// The rule status of the boundary last returned (UBRK_WORD_NONE, _NUMBER, _LETTER, ...).
int32_t gz_break_rule_status(gz_break_iterator *it);
void gz_break_close(gz_break_iterator *it);

// MARK: Normalization (NFKC)

/// The shared NFKC normalizer instance (owned by ICU, never closed).
const void *gz_nfkc(gz_status *status);
/// Whether `c` always starts a new normalization segment.
int32_t gz_norm_has_boundary_before(const void *normalizer, int32_t c);
/// Normalizes `length` UTF-16 units into `dest` (capacity `capacity`); returns the needed length.
int32_t gz_normalize(const void *normalizer, const uint16_t *src, int32_t length,
                     uint16_t *dest, int32_t capacity, gz_status *status);

// MARK: Character properties

int32_t gz_fold_case(int32_t c);
int32_t gz_to_upper(int32_t c);
int32_t gz_is_upper(int32_t c);
int32_t gz_is_lower(int32_t c);
int32_t gz_is_alphabetic(int32_t c);
int32_t gz_is_digit(int32_t c);
int32_t gz_is_white_space(int32_t c);
/// The general category as ICU's UCharCategory number.
int32_t gz_char_type(int32_t c);

// MARK: Calendar vocabulary from CLDR

enum {
    GZ_SYMBOL_MONTHS = 1,          // wide month names
    GZ_SYMBOL_SHORT_MONTHS = 2,    // abbreviated month names
    GZ_SYMBOL_WEEKDAYS = 3,        // wide weekday names, index 1 = Sunday
    GZ_SYMBOL_SHORT_WEEKDAYS = 4,  // abbreviated weekday names
    GZ_SYMBOL_STANDALONE_MONTHS = 5,
    GZ_SYMBOL_STANDALONE_SHORT_MONTHS = 6,
    GZ_SYMBOL_STANDALONE_WEEKDAYS = 7,
    GZ_SYMBOL_STANDALONE_SHORT_WEEKDAYS = 8
};

/// Copies every symbol of `kind` for `locale` into `dest` as UTF-16, each followed by a
/// 0 unit, with one date format opened for all of them (opening one costs about half a
/// million instructions); sets `*count` to the number of symbols and returns the units
/// needed (more than `capacity`: call again with room for them), or a negative value
/// with `status` set.
int32_t gz_date_symbols(const char *locale, int32_t kind, uint16_t *dest, int32_t capacity,
                        int32_t *count, gz_status *status);

// MARK: Locale display names (CLDR)

/// Number of locales ICU has data for.
int32_t gz_locale_count(void);
/// The id of installed locale `index` ("de_AT").
const char *gz_locale_id(int32_t index);
/// NULL-terminated list of ISO 3166 country codes.
const char *const *gz_iso_countries(void);
/// The name of the country of `locale_id` ("_FR" or "fr_FR") in `display_locale`.
int32_t gz_display_country(const char *locale_id, const char *display_locale,
                           uint16_t *dest, int32_t capacity, gz_status *status);

// MARK: sentence exceptions

/// The break exceptions ("Mr.", "U.S.") ICU's `@ss=standard` sentence iterator applies
/// for `locale`, read from ICU's brkitr data ("exceptions"/"SentenceBreak", with locale
/// fallback) as its filtered break iterator builder reads them. Writes the strings to
/// `dest` as UTF-16, each followed by a 0 unit, and returns the units needed (0 when the
/// locale has no exceptions).
int32_t gz_sentence_exceptions(const char *locale, uint16_t *dest, int32_t capacity, gz_status *status);
/// The name of the compiled sentence rules ICU uses for `locale` ("sent.brk" for the
/// root rules of UAX #29), copied NUL-terminated into `dest`; returns its length.
int32_t gz_sentence_rules_name(const char *locale, char *dest, int32_t capacity, gz_status *status);

// MARK: other calendars

/// The Gregorian date of day `day` of month `month` in a year of ICU calendar `calendar`
/// ("islamic-umalqura", "chinese", "hebrew", "persian"): the calendar's year that holds
/// 1 July of Gregorian year `gregorian_year`, moved by `year_shift`. Months are numbered
/// from 1 as ICU numbers them (Hebrew: 1 = Tishri, 8 = Nisan; Chinese: never a leap month).
/// Writes the Gregorian year, month (1-12) and day, and returns 0, or -1 with `status` set.
int32_t gz_calendar_date(const char *calendar, int32_t gregorian_year, int32_t year_shift, int32_t month, int32_t day,
                         int32_t *out_year, int32_t *out_month, int32_t *out_day, gz_status *status);

// MARK: version

/// ICU's version (major, minor, milli, micro), for keys of compiled caches.
void gz_icu_version(uint8_t version[4]);

// MARK: letters without their marks

/// Writes `src` (`length` UTF-16 units of lower-case text) without diacritics into `dest`:
/// canonical decomposition with the nonspacing marks dropped ("josé" to "jose", "gonçalves"
/// to "goncalves"), and the Latin letters with a stroke or dot that do not decompose written
/// as their base letter ("ø" "ł" "đ" "ħ" "ı" to "o" "l" "d" "h" "i"). Returns the units
/// written, or -1 when `dest` (capacity `capacity`) is too small or ICU fails.
int32_t gz_strip_marks(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
