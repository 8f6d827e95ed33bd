// SPDX-License-Identifier: GPL-2.0-or-later
#include "CKhabarICU.h"
#include "../CICU/CICU.h"
#include <unicode/uversion.h>
#include <stdio.h>
#include <stdlib.h>

_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar must be 16-bit");
_Static_assert(U_ZERO_ERROR == KHABAR_U_ZERO_ERROR, "U_ZERO_ERROR");
_Static_assert(U_BUFFER_OVERFLOW_ERROR == KHABAR_U_BUFFER_OVERFLOW_ERROR, "U_BUFFER_OVERFLOW_ERROR");
_Static_assert(U_STRING_NOT_TERMINATED_WARNING == KHABAR_U_STRING_NOT_TERMINATED_WARNING, "warning");
_Static_assert(UBRK_CHARACTER == KHABAR_UBRK_CHARACTER, "UBRK_CHARACTER");
_Static_assert(UBRK_WORD == KHABAR_UBRK_WORD, "UBRK_WORD");
_Static_assert(UBRK_LINE == KHABAR_UBRK_LINE, "UBRK_LINE");
_Static_assert(UBRK_SENTENCE == KHABAR_UBRK_SENTENCE, "UBRK_SENTENCE");
_Static_assert(UBRK_DONE == KHABAR_UBRK_DONE, "UBRK_DONE");
_Static_assert(UBRK_WORD_NONE == KHABAR_UBRK_WORD_NONE, "UBRK_WORD_NONE");
_Static_assert(UBRK_WORD_NONE_LIMIT == KHABAR_UBRK_WORD_NONE_LIMIT, "UBRK_WORD_NONE_LIMIT");
_Static_assert(UBRK_WORD_NUMBER == KHABAR_UBRK_WORD_NUMBER, "UBRK_WORD_NUMBER");
_Static_assert(UBRK_WORD_NUMBER_LIMIT == KHABAR_UBRK_WORD_NUMBER_LIMIT, "UBRK_WORD_NUMBER_LIMIT");
_Static_assert(UBRK_WORD_LETTER == KHABAR_UBRK_WORD_LETTER, "UBRK_WORD_LETTER");
_Static_assert(UBRK_WORD_LETTER_LIMIT == KHABAR_UBRK_WORD_LETTER_LIMIT, "UBRK_WORD_LETTER_LIMIT");
_Static_assert(UBRK_WORD_KANA == KHABAR_UBRK_WORD_KANA, "UBRK_WORD_KANA");
_Static_assert(UBRK_WORD_IDEO == KHABAR_UBRK_WORD_IDEO, "UBRK_WORD_IDEO");
_Static_assert(UTRANS_FORWARD == KHABAR_UTRANS_FORWARD, "UTRANS_FORWARD");
_Static_assert(UTRANS_REVERSE == KHABAR_UTRANS_REVERSE, "UTRANS_REVERSE");

int khabar_failure(khabar_status status) { return U_FAILURE((UErrorCode)status); }

const char *khabar_error_name(khabar_status status) { return u_errorName((UErrorCode)status); }

const char *khabar_icu_version(void) { return U_ICU_VERSION; }

// MARK: Normalization

int32_t khabar_nfkc_span_quick_check_yes(const uint16_t *src, int32_t length, khabar_status *status) {
  UErrorCode code = (UErrorCode)*status;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&code);
  int32_t span = U_SUCCESS(code) ? unorm2_spanQuickCheckYes(nfkc, (const UChar *)src, length, &code) : 0;
  *status = code;
  return span;
}

int32_t khabar_nfkc_normalize(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                              khabar_status *status) {
  UErrorCode code = (UErrorCode)*status;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&code);
  int32_t result = 0;
  if (U_SUCCESS(code)) {
    result = unorm2_normalize(nfkc, (const UChar *)src, length, (UChar *)dest, capacity, &code);
  }
  *status = code;
  return result;
}

int32_t khabar_remove_nonspacing_marks(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                                       khabar_status *status) {
  UErrorCode code = (UErrorCode)*status;
  if (U_FAILURE(code)) return 0;
  const UNormalizer2 *nfd = unorm2_getNFDInstance(&code);
  const UNormalizer2 *nfc = unorm2_getNFCInstance(&code);
  if (U_FAILURE(code)) {
    *status = code;
    return 0;
  }
  // Preflight: the decomposed length.
  int32_t decomposedLength = unorm2_normalize(nfd, (const UChar *)src, length, NULL, 0, &code);
  if (code == U_BUFFER_OVERFLOW_ERROR) code = U_ZERO_ERROR;
  if (U_FAILURE(code)) {
    *status = code;
    return 0;
  }
  UChar *decomposed = (UChar *)malloc(sizeof(UChar) * (size_t)(decomposedLength + 1));
  if (!decomposed) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return 0;
  }
  decomposedLength = unorm2_normalize(nfd, (const UChar *)src, length, decomposed, decomposedLength + 1, &code);
  int32_t kept = 0;
  if (U_SUCCESS(code)) {
    int32_t index = 0;
    while (index < decomposedLength) {
      int32_t start = index;
      UChar32 c;
      U16_NEXT(decomposed, index, decomposedLength, c);
      if (u_charType(c) == U_NON_SPACING_MARK) continue;
      while (start < index) decomposed[kept++] = decomposed[start++];
    }
  }
  int32_t result = 0;
  if (U_SUCCESS(code)) {
    result = unorm2_normalize(nfc, decomposed, kept, (UChar *)dest, capacity, &code);
  }
  free(decomposed);
  *status = code;
  return result;
}

// MARK: Break iteration

khabar_break_iterator *khabar_ubrk_open(int32_t type, const char *locale, const uint16_t *text,
                                        int32_t length, khabar_status *status) {
  UErrorCode code = (UErrorCode)*status;
  UBreakIterator *it = ubrk_open((UBreakIteratorType)type, locale, (const UChar *)text, length, &code);
  *status = code;
  return (khabar_break_iterator *)it;
}

void khabar_ubrk_set_text(khabar_break_iterator *iterator, const uint16_t *text, int32_t length,
                          khabar_status *status) {
  UErrorCode code = (UErrorCode)*status;
  ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, &code);
  *status = code;
}

int32_t khabar_ubrk_first(khabar_break_iterator *iterator) { return ubrk_first((UBreakIterator *)iterator); }

int32_t khabar_ubrk_next(khabar_break_iterator *iterator) { return ubrk_next((UBreakIterator *)iterator); }

int32_t khabar_ubrk_rule_status(khabar_break_iterator *iterator) {
  return ubrk_getRuleStatus((UBreakIterator *)iterator);
}

khabar_break_iterator *khabar_ubrk_clone(const khabar_break_iterator *iterator, khabar_status *status) {
  UErrorCode code = (UErrorCode)*status;
  UBreakIterator *copy = ubrk_clone((const UBreakIterator *)iterator, &code);
  *status = code;
  return (khabar_break_iterator *)copy;
}

void khabar_ubrk_close(khabar_break_iterator *iterator) { ubrk_close((UBreakIterator *)iterator); }

// MARK: Transliteration

khabar_transliterator *khabar_utrans_open(const uint16_t *id, int32_t id_length, int32_t direction,
                                          const uint16_t *rules, int32_t rules_length,
                                          int32_t *error_line, int32_t *error_offset,
                                          khabar_status *status) {
  UErrorCode code = (UErrorCode)*status;
  UParseError parse_error;
  parse_error.line = -1;
  parse_error.offset = -1;
  UTransliterator *t = utrans_openU((const UChar *)id, id_length, (UTransDirection)direction,
                                    (const UChar *)rules, rules ? rules_length : 0, &parse_error, &code);
  if (error_line) *error_line = parse_error.line;
  if (error_offset) *error_offset = parse_error.offset;
  *status = code;
  return (khabar_transliterator *)t;
}

khabar_transliterator *khabar_utrans_clone(const khabar_transliterator *transliterator,
                                           khabar_status *status) {
  UErrorCode code = (UErrorCode)*status;
  UTransliterator *copy = utrans_clone((const UTransliterator *)transliterator, &code);
  *status = code;
  return (khabar_transliterator *)copy;
}

void khabar_utrans_transliterate(const khabar_transliterator *transliterator, uint16_t *text,
                                 int32_t *length, int32_t capacity, khabar_status *status) {
  UErrorCode code = (UErrorCode)*status;
  int32_t limit = *length;
  utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, length, capacity, 0, &limit,
                     &code);
  if (code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
  if (U_SUCCESS(code)) *length = limit;
  *status = code;
}

void khabar_utrans_close(khabar_transliterator *transliterator) {
  utrans_close((UTransliterator *)transliterator);
}
