// System ICU headers, for the C shim only (never imported from Swift).
#include <unicode/utypes.h>
#include <unicode/unorm2.h>
#include <unicode/ubrk.h>
#include <unicode/utrans.h>
#include <unicode/uchar.h>
