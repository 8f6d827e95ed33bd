// SPDX-License-Identifier: GPL-2.0-or-later
import CKhabarICU

/// Splits text into sentences and words with ICU break iterators.
///
/// Sentences end at `.` `!` `?` `؟` (with closing quotes “ ” « » kept inside) and at every line
/// end, so headlines and datelines without a final stop are segments of their own; the Arabic comma
/// and semicolon do not end sentences. Words come with their kind from the iterator's rule status
/// (letters, numbers, punctuation); whitespace is dropped. Latin names and numbers inside Arabic
/// text are tokens of their own (`SY24`, `30`).
///
/// Each segmenter owns its ICU iterators, which are not thread-safe: use one per task or thread.
/// Creating one is cheap (the iterators are cloned from process-wide prototypes).
public final class ArabicSegmenter {
  private let sentenceIterator: BreakIterator
  private let wordIterator: BreakIterator
  public let displayNormalizer: ArabicNormalizer
  public let matchingNormalizer: ArabicNormalizer

  public init(
    display: ArabicNormalizer = .display, matching: ArabicNormalizer = .matching
  ) throws(ICUError) {
    sentenceIterator = try BreakIterator(.sentence)
    wordIterator = try BreakIterator(.word)
    displayNormalizer = display
    matchingNormalizer = matching
  }

  /// The sentences of `text` with their tokens.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public func sentences(in text: String) throws(ICUError) -> [Sentence] {
    let units = Array(text.utf16)
    return try units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [Sentence] in
      try sentences(in: buffer)
    }
  }

  /// The tokens of `text`, without sentence structure.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public func tokens(in text: String) throws(ICUError) -> [Token] {
    let units = Array(text.utf16)
    return try units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [Token] in
      try tokens(in: buffer, range: 0..<buffer.count)
    }
  }

  /// The ranges of the sentences of a UTF-16 buffer, without their tokens (the cheap way to cut
  /// text into sentences).
  ///
  /// - Complexity: O(*n*) in the length of `units`.
  public func sentenceRanges(in units: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    try sentenceIterator.forEachPiece(in: units) { range, _ in
      let trimmed = Self.trimmingWhitespace(range, in: units)
      if !trimmed.isEmpty { ranges.append(trimmed) }
    }
    return ranges
  }

  /// The sentences of a UTF-16 buffer.
  public func sentences(in units: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [Sentence] {
    let ranges = try sentenceRanges(in: units)
    var result: [Sentence] = []
    result.reserveCapacity(ranges.count)
    for range in ranges {
      let tokens = try tokens(in: units, range: range)
      result.append(
        Sentence(
          range: range, text: String(utf16Units: UnsafeBufferPointer(rebasing: units[range])),
          tokens: tokens))
    }
    return result
  }

  /// The tokens of `units[range]`, with ranges relative to the whole buffer.
  public func tokens(in units: UnsafeBufferPointer<UInt16>, range: Range<Int>) throws(ICUError) -> [Token] {
    let slice = UnsafeBufferPointer(rebasing: units[range])
    let base = range.lowerBound
    var tokens: [Token] = []
    var scratch: [UInt16] = []
    try wordIterator.forEachPiece(in: slice) { piece, status in
      let kind: Token.Kind
      switch status {
      case KHABAR_UBRK_WORD_NUMBER..<KHABAR_UBRK_WORD_NUMBER_LIMIT:
        // ICU calls "SY24" a number (its last rule); a token with letters is a word.
        kind = UnsafeBufferPointer(rebasing: slice[piece]).contains(where: { Self.isArabicLetter($0) || Self.isLatin($0) }) ? .word : .number
      case KHABAR_UBRK_WORD_LETTER..<KHABAR_UBRK_WORD_IDEO_LIMIT: kind = .word
      default:
        guard let other = Self.classifyNonWord(UnsafeBufferPointer(rebasing: slice[piece])) else { return }
        kind = other
      }
      let pieceUnits = UnsafeBufferPointer(rebasing: slice[piece])
      let text = String(utf16Units: pieceUnits)
      scratch.removeAll(keepingCapacity: true)
      scratch.append(contentsOf: pieceUnits)
      displayNormalizer.normalize(&scratch)
      let normalized = String(utf16Units: scratch)
      matchingNormalizer.normalize(&scratch)
      let key = String(utf16Units: scratch)
      if key.isEmpty, kind == .symbol { return }  // only controls or format characters
      tokens.append(
        Token(
          range: (piece.lowerBound + base)..<(piece.upperBound + base), text: text,
          normalized: normalized, key: key, kind: kind, script: Self.script(of: pieceUnits)))
    }
    return tokens
  }

  // MARK: Character classes

  /// Punctuation, symbol, or nil for whitespace and invisible controls.
  static func classifyNonWord(_ units: UnsafeBufferPointer<UInt16>) -> Token.Kind? {
    if units.allSatisfy(isWhitespace) { return nil }  // the usual case: a space
    var sawPunctuation = false
    var sawVisible = false
    for scalar in String(decoding: units, as: UTF16.self).unicodeScalars {
      switch scalar.properties.generalCategory {
      case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format:
        continue
      case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
        .initialPunctuation, .finalPunctuation, .otherPunctuation:
        sawPunctuation = true
        sawVisible = true
      default:
        if scalar == "\u{FFFD}" || !scalar.properties.isWhitespace { sawVisible = true }
      }
    }
    guard sawVisible else { return nil }
    return sawPunctuation ? .punctuation : .symbol
  }

  /// Whether a UTF-16 unit is an Arabic letter or mark (Arabic blocks and presentation forms).
  @inline(__always)
  static func isArabic(_ unit: UInt16) -> Bool {
    switch unit {
    case 0x0600...0x06FF, 0x0750...0x077F, 0x0870...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
      return unit != 0xFEFF && unit != 0x060C && unit != 0x061B && unit != 0x061F
    default: return false
    }
  }

  @inline(__always)
  static func isLatin(_ unit: UInt16) -> Bool {
    switch unit {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return unit != 0xD7 && unit != 0xF7
    default: return false
    }
  }

  /// Arabic letters and marks (not digits, punctuation or signs).
  @inline(__always)
  static func isArabicLetter(_ unit: UInt16) -> Bool {
    isArabic(unit) && !(0x0600...0x060F).contains(unit) && !(0x0660...0x066D).contains(unit)
      && !(0x06F0...0x06F9).contains(unit) && unit != 0x06D4
  }

  @inline(__always)
  static func isArabicDigit(_ unit: UInt16) -> Bool {
    (0x0660...0x0669).contains(unit) || (0x06F0...0x06F9).contains(unit)
  }

  /// The script of a token's letters and digits: Arabic, Latin (ASCII digits count as Latin),
  /// both, or other (punctuation, symbols, other scripts).
  static func script(of units: UnsafeBufferPointer<UInt16>) -> Token.Script {
    var arabic = false
    var latin = false
    for unit in units {
      if isArabicLetter(unit) || isArabicDigit(unit) {
        arabic = true
      } else if isLatin(unit) || (0x30...0x39).contains(unit) {
        latin = true
      }
    }
    switch (arabic, latin) {
    case (true, true): return .mixed
    case (true, false): return .arabic
    case (false, true): return .latin
    default: return .other
    }
  }

  static func isWhitespace(_ unit: UInt16) -> Bool {
    switch unit {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return true
    case 0x200B...0x200F, 0x061C, 0xFEFF: return true  // invisible format controls at the edges
    default: return false
    }
  }

  static func trimmingWhitespace(_ range: Range<Int>, in units: UnsafeBufferPointer<UInt16>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, isWhitespace(units[lower]) { lower += 1 }
    while upper > lower, isWhitespace(units[upper - 1]) { upper -= 1 }
    return lower..<upper
  }
}
