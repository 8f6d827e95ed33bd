// CKhabarICU — unversioned, prefixed wrappers over the system ICU C API.
//
// ICU renames its C functions per version (`ubrk_open` -> `ubrk_open_72`) through header macros
// that Swift does not import, and Foundation on Linux carries its own ICU whose headers clash with
// the system's. So Swift never sees an ICU header: this header uses only stdint types, opaque
// pointers and constants that `khabar_icu.c` checks against ICU's own values.
//
// SPDX-License-Identifier: GPL-2.0-or-later

#ifndef CKHABAR_ICU_H
#define CKHABAR_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU error code (UErrorCode). Zero is success, negative values are warnings, positive failures.
typedef int32_t khabar_status;

#define KHABAR_U_ZERO_ERROR 0
#define KHABAR_U_BUFFER_OVERFLOW_ERROR 15
#define KHABAR_U_STRING_NOT_TERMINATED_WARNING (-124)

/// Break iterator kinds (UBreakIteratorType).
#define KHABAR_UBRK_CHARACTER 0
#define KHABAR_UBRK_WORD 1
#define KHABAR_UBRK_LINE 2
#define KHABAR_UBRK_SENTENCE 3

/// Returned by `khabar_ubrk_next` at the end of the text (UBRK_DONE).
#define KHABAR_UBRK_DONE (-1)

/// Rule-status ranges of the word break iterator (UWordBreak).
#define KHABAR_UBRK_WORD_NONE 0
#define KHABAR_UBRK_WORD_NONE_LIMIT 100
#define KHABAR_UBRK_WORD_NUMBER 100
#define KHABAR_UBRK_WORD_NUMBER_LIMIT 200
#define KHABAR_UBRK_WORD_LETTER 200
#define KHABAR_UBRK_WORD_LETTER_LIMIT 300
#define KHABAR_UBRK_WORD_KANA 300
#define KHABAR_UBRK_WORD_KANA_LIMIT 400
#define KHABAR_UBRK_WORD_IDEO 400
#define KHABAR_UBRK_WORD_IDEO_LIMIT 500

/// Transliterator direction (UTransDirection).
#define KHABAR_UTRANS_FORWARD 0
#define KHABAR_UTRANS_REVERSE 1

typedef struct khabar_break_iterator khabar_break_iterator;
typedef struct khabar_transliterator khabar_transliterator;

/// Whether `status` is a failure (U_FAILURE).
/// Whether ICU could be loaded (it is opened on first use; see khabar_icu.c). When it cannot, every
/// call that takes a status fails with U_MISSING_RESOURCE_ERROR and khabar_error_name says why.
int khabar_icu_available(void);
int khabar_failure(khabar_status status);
/// ICU's name for an error code (u_errorName); static storage.
const char *khabar_error_name(khabar_status status);
/// ICU version string, e.g. "72.1"; static storage.
const char *khabar_icu_version(void);

// MARK: Normalization (unorm2, NFKC)

/// Length of the prefix of `src` that is certainly NFKC already (unorm2_spanQuickCheckYes).
int32_t khabar_nfkc_span_quick_check_yes(const uint16_t *src, int32_t length, khabar_status *status);
/// NFKC-normalizes `src` into `dest`; returns the full length needed (check for buffer overflow).
int32_t khabar_nfkc_normalize(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                              khabar_status *status);

/// What ICU's transform `NFD; [:Nonspacing Mark:] Remove; NFC` does, without opening it (opening
/// a transform by ID builds ICU's registry of transforms, milliseconds): NFD, every code point of
/// General_Category Mn removed, NFC. Writes into `dest`; returns the full length needed (check
/// for buffer overflow).
int32_t khabar_remove_nonspacing_marks(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                                       khabar_status *status);

// MARK: Break iteration (ubrk)

/// Opens a break iterator over `text`, which must stay alive and unmoved while the iterator uses it.
khabar_break_iterator *khabar_ubrk_open(int32_t type, const char *locale, const uint16_t *text,
                                        int32_t length, khabar_status *status);
void khabar_ubrk_set_text(khabar_break_iterator *iterator, const uint16_t *text, int32_t length,
                          khabar_status *status);
int32_t khabar_ubrk_first(khabar_break_iterator *iterator);
int32_t khabar_ubrk_next(khabar_break_iterator *iterator);
int32_t khabar_ubrk_rule_status(khabar_break_iterator *iterator);
khabar_break_iterator *khabar_ubrk_clone(const khabar_break_iterator *iterator, khabar_status *status);
void khabar_ubrk_close(khabar_break_iterator *iterator);

// MARK: Transliteration (utrans)

/// Compiles a transliterator from rules (`rules` non-NULL) or opens a system one by `id`.
/// On a rule syntax error, `error_line` and `error_offset` tell where (else -1).
khabar_transliterator *khabar_utrans_open(const uint16_t *id, int32_t id_length, int32_t direction,
                                          const uint16_t *rules, int32_t rules_length,
                                          int32_t *error_line, int32_t *error_offset,
                                          khabar_status *status);
khabar_transliterator *khabar_utrans_clone(const khabar_transliterator *transliterator,
                                           khabar_status *status);
/// Transliterates `text[0..<*length]` in place; `*length` gets the new length. When the result
/// does not fit in `capacity`, status is a buffer overflow and `*length` the length needed.
void khabar_utrans_transliterate(const khabar_transliterator *transliterator, uint16_t *text,
                                 int32_t *length, int32_t capacity, khabar_status *status);
void khabar_utrans_close(khabar_transliterator *transliterator);

#ifdef __cplusplus
}
#endif

#endif
