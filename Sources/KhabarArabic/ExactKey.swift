// SPDX-License-Identifier: GPL-2.0-or-later

/// A string compared and hashed by its UTF-8 bytes, as a dictionary or set key.
///
/// `String` compares and hashes by canonical equivalence, which for text that is not ASCII means
/// normalizing it on every hash: most of the cost of a set of Arabic words. Keys that one
/// normalizer made (matching forms, analysis keys) are equal exactly when their bytes are, so
/// they can skip that.
public struct ExactKey: Hashable, Sendable {
  public let string: String

  public init(_ string: String) { self.string = string }

  public static func == (a: ExactKey, b: ExactKey) -> Bool { sameBytes(a.string, b.string) }

  public func hash(into hasher: inout Hasher) { ExactKey.hashBytes(string, into: &hasher) }

  /// Whether two strings have the same UTF-8 bytes.
  ///
  /// - Complexity: O(*n*) in their length.
  public static func sameBytes(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    // Native strings lend their bytes without a copy (or a retain, as `withUTF8` on a copy would).
    if let equal = a.utf8.withContiguousStorageIfAvailable({ x in
      b.utf8.withContiguousStorageIfAvailable { y in
        x.elementsEqual(y)
      }
    }), let equal {
      return equal
    }
    return a.utf8.elementsEqual(b.utf8)
  }

  /// Hashes a string's UTF-8 bytes.
  public static func hashBytes(_ string: String, into hasher: inout Hasher) {
    if string.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
      var string = string
      string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }
}
