// SPDX-License-Identifier: GPL-2.0-or-later
import CKhabarICU
import Synchronization

/// An ICU break iterator of one kind, owned by one segmenter (ICU iterators are not thread-safe).
final class BreakIterator {
  enum Kind: Int32 {
    case word = 1  // KHABAR_UBRK_WORD
    case sentence = 3  // KHABAR_UBRK_SENTENCE
  }

  private let handle: OpaquePointer

  /// Opens an iterator for `kind`, cloned from a process-wide prototype (opening from the locale
  /// data each time costs far more than a clone).
  init(_ kind: Kind) throws(ICUError) {
    handle = try BreakIterator.prototypes.clone(kind)
  }

  deinit { khabar_ubrk_close(handle) }

  /// Calls `body` with each boundary-delimited piece of `text` (a buffer that must stay valid for
  /// the duration of the call) and the rule status of its end boundary.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  func forEachPiece(
    in text: UnsafeBufferPointer<UInt16>, _ body: (_ range: Range<Int>, _ status: Int32) -> Void
  ) throws(ICUError) {
    guard let base = text.baseAddress, !text.isEmpty else { return }
    var status: khabar_status = KHABAR_U_ZERO_ERROR
    khabar_ubrk_set_text(handle, base, Int32(text.count), &status)
    try ICUError.check(status, "setting break iterator text")
    var start = Int(khabar_ubrk_first(handle))
    while true {
      let end = khabar_ubrk_next(handle)
      if end == KHABAR_UBRK_DONE { break }
      body(start..<Int(end), khabar_ubrk_rule_status(handle))
      start = Int(end)
    }
    // Detach the iterator from the caller's buffer.
    var empty: UInt16 = 0
    status = KHABAR_U_ZERO_ERROR
    khabar_ubrk_set_text(handle, &empty, 0, &status)
  }

  // MARK: Prototypes

  private static let prototypes = PrototypeStore()
}

/// Opens each kind of break iterator once per process; only clones of them are ever used.
private final class PrototypeStore: Sendable {
  private struct Handles: @unchecked Sendable {  // ICU pointers, only read under the lock
    var byKind: [BreakIterator.Kind: OpaquePointer] = [:]
  }
  private let handles = Mutex(Handles())

  /// A new iterator of `kind`, cloned under the lock from the prototype (opened on first use).
  func clone(_ kind: BreakIterator.Kind) throws(ICUError) -> OpaquePointer {
    try handles.withLock { (handles: inout Handles) throws(ICUError) -> OpaquePointer in
      var status: khabar_status = KHABAR_U_ZERO_ERROR
      let prototype: OpaquePointer
      if let existing = handles.byKind[kind] {
        prototype = existing
      } else {
        var empty: UInt16 = 0
        guard let opened = khabar_ubrk_open(kind.rawValue, "ar", &empty, 0, &status),
          khabar_failure(status) == 0
        else { throw ICUError(code: status, operation: "opening a \(kind) break iterator") }
        handles.byKind[kind] = opened
        prototype = opened
      }
      guard let copy = khabar_ubrk_clone(prototype, &status), khabar_failure(status) == 0 else {
        throw ICUError(code: status, operation: "cloning a \(kind) break iterator")
      }
      return copy
    }
  }
}
