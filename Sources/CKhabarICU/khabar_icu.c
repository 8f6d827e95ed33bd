// SPDX-License-Identifier: GPL-2.0-or-later
#include "CKhabarICU.h"
#include "../CICU/CICU.h"
#include <unicode/uversion.h>
#include <dlfcn.h>
#include <pthread.h>
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


// MARK: Loading ICU

// ICU is opened on first use (dlopen), not linked: a process that needs none of it (`khabar translit`
// answering from the gazetteer, `--help`) does not pay for loading and relocating two libraries.
// The libraries are those of the headers this file was compiled with (libicuuc.so.72 and
// libicui18n.so.72 with ICU 72), and each function is looked up by its versioned name
// (ubrk_open -> "ubrk_open_72": ICU's headers rename every function, and stringifying the macro
// gives the exported symbol).

#define KHABAR_STRINGIFY_(x) #x
#define KHABAR_STRINGIFY(x) KHABAR_STRINGIFY_(x)
#define KHABAR_ICU_LIBRARY(name) "lib" name ".so." KHABAR_STRINGIFY(U_ICU_VERSION_MAJOR_NUM)

static struct {
  int state;  // 1 loaded, -1 failed
  char error[256];
  __typeof__(&u_errorName) errorName;
  __typeof__(&u_charType) charType;
  __typeof__(&unorm2_getNFKCInstance) getNFKC;
  __typeof__(&unorm2_getNFDInstance) getNFD;
  __typeof__(&unorm2_getNFCInstance) getNFC;
  __typeof__(&unorm2_spanQuickCheckYes) spanQuickCheckYes;
  __typeof__(&unorm2_normalize) normalize;
  __typeof__(&ubrk_open) ubrkOpen;
  __typeof__(&ubrk_setText) ubrkSetText;
  __typeof__(&ubrk_first) ubrkFirst;
  __typeof__(&ubrk_next) ubrkNext;
  __typeof__(&ubrk_getRuleStatus) ubrkRuleStatus;
  __typeof__(&ubrk_clone) ubrkClone;
  __typeof__(&ubrk_close) ubrkClose;
  __typeof__(&utrans_openU) utransOpen;
  __typeof__(&utrans_clone) utransClone;
  __typeof__(&utrans_transUChars) utransTransliterate;
  __typeof__(&utrans_close) utransClose;
} icu;

static pthread_once_t icu_once = PTHREAD_ONCE_INIT;

static void khabar_icu_fail(const char *what) {
  const char *reason = dlerror();
  snprintf(icu.error, sizeof icu.error, "ICU could not be loaded (%s: %s)", what, reason ? reason : "not found");
  icu.state = -1;
}

static void khabar_icu_load(void) {
  void *uc = dlopen(KHABAR_ICU_LIBRARY("icuuc"), RTLD_NOW | RTLD_LOCAL);
  if (!uc) {
    khabar_icu_fail(KHABAR_ICU_LIBRARY("icuuc"));
    return;
  }
  void *i18n = dlopen(KHABAR_ICU_LIBRARY("icui18n"), RTLD_NOW | RTLD_LOCAL);
  if (!i18n) {
    khabar_icu_fail(KHABAR_ICU_LIBRARY("icui18n"));
    return;
  }
#define KHABAR_ICU_SYMBOL(library, field, function)                                                   \
  icu.field = (__typeof__(icu.field))dlsym(library, KHABAR_STRINGIFY(function));                      \
  if (!icu.field) {                                                                                   \
    khabar_icu_fail(KHABAR_STRINGIFY(function));                                                      \
    return;                                                                                           \
  }
  KHABAR_ICU_SYMBOL(uc, errorName, u_errorName)
  KHABAR_ICU_SYMBOL(uc, charType, u_charType)
  KHABAR_ICU_SYMBOL(uc, getNFKC, unorm2_getNFKCInstance)
  KHABAR_ICU_SYMBOL(uc, getNFD, unorm2_getNFDInstance)
  KHABAR_ICU_SYMBOL(uc, getNFC, unorm2_getNFCInstance)
  KHABAR_ICU_SYMBOL(uc, spanQuickCheckYes, unorm2_spanQuickCheckYes)
  KHABAR_ICU_SYMBOL(uc, normalize, unorm2_normalize)
  KHABAR_ICU_SYMBOL(uc, ubrkOpen, ubrk_open)
  KHABAR_ICU_SYMBOL(uc, ubrkSetText, ubrk_setText)
  KHABAR_ICU_SYMBOL(uc, ubrkFirst, ubrk_first)
  KHABAR_ICU_SYMBOL(uc, ubrkNext, ubrk_next)
  KHABAR_ICU_SYMBOL(uc, ubrkRuleStatus, ubrk_getRuleStatus)
  KHABAR_ICU_SYMBOL(uc, ubrkClone, ubrk_clone)
  KHABAR_ICU_SYMBOL(uc, ubrkClose, ubrk_close)
  KHABAR_ICU_SYMBOL(i18n, utransOpen, utrans_openU)
  KHABAR_ICU_SYMBOL(i18n, utransClone, utrans_clone)
  KHABAR_ICU_SYMBOL(i18n, utransTransliterate, utrans_transUChars)
  KHABAR_ICU_SYMBOL(i18n, utransClose, utrans_close)
#undef KHABAR_ICU_SYMBOL
  icu.state = 1;
}

// Whether ICU is loaded (loading it on the first call); when it is not, sets `status` (if any) to
// U_MISSING_RESOURCE_ERROR, which khabar_error_name explains.
static int khabar_icu_ready(khabar_status *status) {
  pthread_once(&icu_once, khabar_icu_load);
  if (icu.state == 1) return 1;
  if (status && !U_FAILURE((UErrorCode)*status)) *status = U_MISSING_RESOURCE_ERROR;
  return 0;
}

int khabar_icu_available(void) { return khabar_icu_ready(NULL); }

int khabar_failure(khabar_status status) { return U_FAILURE((UErrorCode)status); }

const char *khabar_error_name(khabar_status status) {
  if (!khabar_icu_ready(NULL)) return icu.error;
  return icu.errorName((UErrorCode)status);
}

const char *khabar_icu_version(void) { return U_ICU_VERSION; }

// MARK: Normalization

int32_t khabar_nfkc_span_quick_check_yes(const uint16_t *src, int32_t length, khabar_status *status) {
  if (!khabar_icu_ready(status)) return 0;
  UErrorCode code = (UErrorCode)*status;
  const UNormalizer2 *nfkc = icu.getNFKC(&code);
  int32_t span = U_SUCCESS(code) ? icu.spanQuickCheckYes(nfkc, (const UChar *)src, length, &code) : 0;
  *status = code;
  return span;
}

int32_t khabar_nfkc_normalize(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                              khabar_status *status) {
  if (!khabar_icu_ready(status)) return 0;
  UErrorCode code = (UErrorCode)*status;
  const UNormalizer2 *nfkc = icu.getNFKC(&code);
  int32_t result = 0;
  if (U_SUCCESS(code)) {
    result = icu.normalize(nfkc, (const UChar *)src, length, (UChar *)dest, capacity, &code);
  }
  *status = code;
  return result;
}

int32_t khabar_remove_nonspacing_marks(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                                       khabar_status *status) {
  if (!khabar_icu_ready(status)) return 0;
  UErrorCode code = (UErrorCode)*status;
  if (U_FAILURE(code)) return 0;
  const UNormalizer2 *nfd = icu.getNFD(&code);
  const UNormalizer2 *nfc = icu.getNFC(&code);
  if (U_FAILURE(code)) {
    *status = code;
    return 0;
  }
  // Preflight: the decomposed length.
  int32_t decomposedLength = icu.normalize(nfd, (const UChar *)src, length, NULL, 0, &code);
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
  decomposedLength = icu.normalize(nfd, (const UChar *)src, length, decomposed, decomposedLength + 1, &code);
  int32_t kept = 0;
  if (U_SUCCESS(code)) {
    int32_t index = 0;
    while (index < decomposedLength) {
      int32_t start = index;
      UChar32 c;
      U16_NEXT(decomposed, index, decomposedLength, c);
      if (icu.charType(c) == U_NON_SPACING_MARK) continue;
      while (start < index) decomposed[kept++] = decomposed[start++];
    }
  }
  int32_t result = 0;
  if (U_SUCCESS(code)) {
    result = icu.normalize(nfc, decomposed, kept, (UChar *)dest, capacity, &code);
  }
  free(decomposed);
  *status = code;
  return result;
}

// MARK: Break iteration

khabar_break_iterator *khabar_ubrk_open(int32_t type, const char *locale, const uint16_t *text,
                                        int32_t length, khabar_status *status) {
  if (!khabar_icu_ready(status)) return NULL;
  UErrorCode code = (UErrorCode)*status;
  UBreakIterator *it = icu.ubrkOpen((UBreakIteratorType)type, locale, (const UChar *)text, length, &code);
  *status = code;
  return (khabar_break_iterator *)it;
}

void khabar_ubrk_set_text(khabar_break_iterator *iterator, const uint16_t *text, int32_t length,
                          khabar_status *status) {
  if (!khabar_icu_ready(status)) return;
  UErrorCode code = (UErrorCode)*status;
  icu.ubrkSetText((UBreakIterator *)iterator, (const UChar *)text, length, &code);
  *status = code;
}

// An iterator exists only when ICU is loaded: the functions that take one need no check.
int32_t khabar_ubrk_first(khabar_break_iterator *iterator) { return icu.ubrkFirst((UBreakIterator *)iterator); }

int32_t khabar_ubrk_next(khabar_break_iterator *iterator) { return icu.ubrkNext((UBreakIterator *)iterator); }

int32_t khabar_ubrk_rule_status(khabar_break_iterator *iterator) {
  return icu.ubrkRuleStatus((UBreakIterator *)iterator);
}

khabar_break_iterator *khabar_ubrk_clone(const khabar_break_iterator *iterator, khabar_status *status) {
  if (!khabar_icu_ready(status)) return NULL;
  UErrorCode code = (UErrorCode)*status;
  UBreakIterator *copy = icu.ubrkClone((const UBreakIterator *)iterator, &code);
  *status = code;
  return (khabar_break_iterator *)copy;
}

void khabar_ubrk_close(khabar_break_iterator *iterator) {
  if (iterator) icu.ubrkClose((UBreakIterator *)iterator);
}

// MARK: Transliteration

khabar_transliterator *khabar_utrans_open(const uint16_t *id, int32_t id_length, int32_t direction,
                                          const uint16_t *rules, int32_t rules_length,
                                          int32_t *error_line, int32_t *error_offset,
                                          khabar_status *status) {
  if (!khabar_icu_ready(status)) return NULL;
  UErrorCode code = (UErrorCode)*status;
  UParseError parse_error;
  parse_error.line = -1;
  parse_error.offset = -1;
  UTransliterator *t = icu.utransOpen((const UChar *)id, id_length, (UTransDirection)direction,
                                    (const UChar *)rules, rules ? rules_length : 0, &parse_error, &code);
  if (error_line) *error_line = parse_error.line;
  if (error_offset) *error_offset = parse_error.offset;
  *status = code;
  return (khabar_transliterator *)t;
}

khabar_transliterator *khabar_utrans_clone(const khabar_transliterator *transliterator,
                                           khabar_status *status) {
  if (!khabar_icu_ready(status)) return NULL;
  UErrorCode code = (UErrorCode)*status;
  UTransliterator *copy = icu.utransClone((const UTransliterator *)transliterator, &code);
  *status = code;
  return (khabar_transliterator *)copy;
}

void khabar_utrans_transliterate(const khabar_transliterator *transliterator, uint16_t *text,
                                 int32_t *length, int32_t capacity, khabar_status *status) {
  UErrorCode code = (UErrorCode)*status;
  int32_t limit = *length;
  icu.utransTransliterate((const UTransliterator *)transliterator, (UChar *)text, length, capacity, 0, &limit,
                     &code);
  if (code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
  if (U_SUCCESS(code)) *length = limit;
  *status = code;
}

void khabar_utrans_close(khabar_transliterator *transliterator) {
  if (transliterator) icu.utransClose((UTransliterator *)transliterator);
}
