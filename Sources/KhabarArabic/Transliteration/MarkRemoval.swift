// SPDX-License-Identifier: GPL-2.0-or-later
import CKhabarICU

extension Transliterator {
  /// `text` after ICU's transform `NFD; [:Nonspacing Mark:] Remove; NFC` (Ḩimş → Hims), done with
  /// ICU's normalizers and character types directly: opening that transform by ID builds ICU's
  /// registry of transforms, which costs milliseconds per process.
  ///
  /// - Complexity: O(*n*).
  public static func removingNonspacingMarks(_ text: String) throws(ICUError) -> String {
    let units = Array(text.utf16)
    guard !units.isEmpty else { return text }
    guard units.count < Int(Int32.max) / 4 else {
      throw ICUError(code: 1, operation: "removing nonspacing marks (text too long)")
    }
    var capacity = units.count + 16
    while true {
      var output = [UInt16](repeating: 0, count: capacity)
      var status: khabar_status = KHABAR_U_ZERO_ERROR
      let length = units.withUnsafeBufferPointer { source in
        output.withUnsafeMutableBufferPointer { destination in
          khabar_remove_nonspacing_marks(
            source.baseAddress, Int32(source.count), destination.baseAddress, Int32(capacity), &status)
        }
      }
      if status == KHABAR_U_BUFFER_OVERFLOW_ERROR, Int(length) > capacity {
        capacity = Int(length)
        continue
      }
      try ICUError.check(status, "removing nonspacing marks")
      output.removeSubrange(Int(length)...)
      return String(utf16Units: output)
    }
  }
}
