// SPDX-License-Identifier: GPL-2.0-or-later

/// A word, number or punctuation mark of a text, with its place in the original.
///
/// `range` is in UTF-16 code units of the text the token was cut from; ``TextOffsets`` converts it
/// to Unicode scalar (code point) offsets for output.
public struct Token: Hashable, Sendable {
  /// What the word break iterator said the token is (its rule status).
  public enum Kind: String, Hashable, Sendable, Codable {
    /// Letters (possibly with digits, as in `SY24`).
    case word
    /// Digits, with their decimal and thousands separators.
    case number
    /// Punctuation: ، ؛ ؟ . “ ” « » - …
    case punctuation
    /// Anything else that is not whitespace: symbols, emoji.
    case symbol
  }

  /// The writing system of a token's letters.
  public enum Script: String, Hashable, Sendable, Codable {
    case arabic, latin, mixed, other
  }

  /// Where the token is, in UTF-16 code units of the original text.
  public var range: Range<Int>
  /// The token as written.
  public var text: String
  /// Display form (see ``ArabicNormalizer/display``).
  public var normalized: String
  /// Matching form (see ``ArabicNormalizer/matching``), the key for every lookup.
  public var key: String
  public var kind: Kind
  public var script: Script

  public init(range: Range<Int>, text: String, normalized: String, key: String, kind: Kind, script: Script) {
    self.range = range
    self.text = text
    self.normalized = normalized
    self.key = key
    self.kind = kind
    self.script = script
  }
}

/// A sentence (or headline, dateline, or any line-like segment) with its tokens.
public struct Sentence: Hashable, Sendable {
  /// Where the sentence is, in UTF-16 code units of the original text, without surrounding spaces.
  public var range: Range<Int>
  /// The sentence as written.
  public var text: String
  public var tokens: [Token]

  public init(range: Range<Int>, text: String, tokens: [Token]) {
    self.range = range
    self.text = text
    self.tokens = tokens
  }
}

/// Converts UTF-16 offsets of a text into Unicode scalar offsets (what Python and most JSON
/// consumers index by). Arabic is in the BMP, so the two differ only after astral characters.
public struct TextOffsets: Sendable {
  /// UTF-16 offsets of the second units of surrogate pairs, ascending.
  private let trailingSurrogates: [Int]

  public init(_ units: [UInt16]) {
    var positions: [Int] = []
    units.withUnsafeBufferPointer { buffer in
      for offset in 0..<buffer.count where buffer[offset] & 0xFC00 == 0xDC00 {
        positions.append(offset)
      }
    }
    trailingSurrogates = positions
  }

  /// The offsets of a string's UTF-16 code units (without copying them out first).
  public init(_ text: String) {
    // Only characters outside the BMP (four UTF-8 bytes, lead byte F0–F4) take surrogate pairs:
    // text without them (nearly all) needs no walk through its UTF-16.
    let astral =
      text.utf8.withContiguousStorageIfAvailable { bytes in bytes.contains { $0 >= 0xF0 } }
      ?? text.utf8.contains { $0 >= 0xF0 }
    guard astral else {
      trailingSurrogates = []
      return
    }
    var positions: [Int] = []
    var offset = 0
    for unit in text.utf16 {
      if unit & 0xFC00 == 0xDC00 { positions.append(offset) }
      offset += 1
    }
    trailingSurrogates = positions
  }

  /// The scalar offset of UTF-16 offset `offset`.
  ///
  /// - Complexity: O(log *s*) where *s* is the number of astral characters, O(1) when none.
  public func scalarOffset(_ offset: Int) -> Int {
    if trailingSurrogates.isEmpty { return offset }
    var low = 0
    var high = trailingSurrogates.count
    while low < high {
      let mid = (low + high) / 2
      if trailingSurrogates[mid] < offset { low = mid + 1 } else { high = mid }
    }
    return offset - low
  }

  /// The scalar range of a UTF-16 range.
  public func scalarRange(_ range: Range<Int>) -> Range<Int> {
    scalarOffset(range.lowerBound)..<scalarOffset(range.upperBound)
  }
}
