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
    let units = [UInt16](utf16Of: text)
    return try units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [Sentence] in
      try sentences(in: buffer)
    }
  }

  /// The tokens of `text`, without sentence structure.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public func tokens(in text: String) throws(ICUError) -> [Token] {
    let units = [UInt16](utf16Of: text)
    return try units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [Token] in
      try tokens(in: buffer, range: 0..<buffer.count)
    }
  }

  /// The ranges of the sentences of a UTF-16 buffer, without their tokens (the cheap way to cut
  /// text into sentences).
  ///
  /// - Complexity: O(*n*) in the length of `units`.
  public func sentenceRanges(in units: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [Range<Int>] {
    // Shortcut with ICU's result: sentences break only after terminators and paragraph
    // separators (UAX #29), so text whose only terminators are in its trailing run is one
    // sentence — most headlines and single-sentence lines.
    if let whole = Self.singleSentence(units) { return whole.isEmpty ? [] : [whole] }
    return try icuSentenceRanges(in: units)
  }

  /// Sentence ranges straight from ICU's sentence break iterator.
  func icuSentenceRanges(in units: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [Range<Int>] {
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
    var tokens: [Token] = []
    var scratch: [UInt16] = []
    try forEachToken(in: units, range: range) { tokenRange, kind in
      if let token = token(at: tokenRange, in: units, kind: kind, scratch: &scratch) { tokens.append(token) }
    }
    return tokens
  }

  /// The token of kind `kind` at `range` of `units` (a piece ``forEachToken(in:range:_:)`` gave),
  /// or nil for a symbol of only controls or format characters, which is no token. Its forms
  /// depend on its code units and kind alone. `scratch` is working space.
  public func token(
    at range: Range<Int>, in units: UnsafeBufferPointer<UInt16>, kind: Token.Kind, scratch: inout [UInt16]
  ) -> Token? {
    let pieceUnits = UnsafeBufferPointer(rebasing: units[range])
    let text = String(utf16Units: pieceUnits)
    // Most tokens are already in display (and often matching) form: reuse the string then.
    let normalized: String
    if displayNormalizer.leavesUnchanged(pieceUnits) {
      normalized = text
      scratch.removeAll(keepingCapacity: true)
    } else {
      scratch.removeAll(keepingCapacity: true)
      scratch.append(contentsOf: pieceUnits)
      displayNormalizer.normalize(&scratch)
      normalized = String(utf16Units: scratch)
    }
    let key: String
    if scratch.isEmpty, matchingNormalizer.leavesUnchanged(pieceUnits) {
      key = normalized
    } else {
      if scratch.isEmpty { scratch.append(contentsOf: pieceUnits) }
      matchingNormalizer.normalize(&scratch)
      key = String(utf16Units: scratch)
    }
    if key.isEmpty, kind == .symbol { return nil }  // only controls or format characters
    return Token(
      range: range, text: text, normalized: normalized, key: key, kind: kind, script: Self.script(of: pieceUnits))
  }

  /// Calls `body` with the range (in `units`) and kind of each token of `units[range]`, without
  /// building strings: the streaming core of ``tokens(in:range:)``. Whitespace is skipped.
  ///
  /// - Complexity: O(*n*) in the length of the range.
  public func forEachToken(
    in units: UnsafeBufferPointer<UInt16>, range: Range<Int>, _ body: (Range<Int>, Token.Kind) -> Void
  ) throws(ICUError) {
    let slice = UnsafeBufferPointer(rebasing: units[range])
    let base = range.lowerBound
    try wordIterator.forEachPiece(in: slice) { piece, status in
      let pieceUnits = UnsafeBufferPointer(rebasing: slice[piece])
      let kind: Token.Kind
      switch status {
      case KHABAR_UBRK_WORD_NUMBER..<KHABAR_UBRK_WORD_NUMBER_LIMIT:
        // ICU calls "SY24" a number (its last rule); a token with letters is a word.
        kind = pieceUnits.contains(where: { Self.isArabicLetter($0) || Self.isLatin($0) }) ? .word : .number
      case KHABAR_UBRK_WORD_LETTER..<KHABAR_UBRK_WORD_IDEO_LIMIT: kind = .word
      default:
        guard let other = Self.classifyNonWord(pieceUnits) else { return }
        kind = other
      }
      // The article written on a number (الـ24 ساعة, ال15): the article, then the number.
      if kind == .word, let digitsAt = Self.articleBeforeDigits(pieceUnits) {
        body((piece.lowerBound + base)..<(piece.lowerBound + digitsAt + base), .word)
        body((piece.lowerBound + digitsAt + base)..<(piece.upperBound + base), .number)
        return
      }
      body((piece.lowerBound + base)..<(piece.upperBound + base), kind)
    }
  }

  /// Where the digits start in a word that is the article ال, with or without tatweel, written on
  /// a number (الـ24): nil for any other word.
  static func articleBeforeDigits(_ units: UnsafeBufferPointer<UInt16>) -> Int? {
    guard units.count >= 3, units[0] == 0x0627, units[1] == 0x0644 else { return nil }
    var at = 2
    while at < units.count, units[at] == 0x0640 { at += 1 }
    guard at < units.count, units[at...].allSatisfy({ (0x30...0x39).contains($0) || (0x0660...0x0669).contains($0) })
    else { return nil }
    return at
  }

  /// The trimmed range of `units` when they are certainly one sentence (or none), else nil.
  static func singleSentence(_ units: UnsafeBufferPointer<UInt16>) -> Range<Int>? {
    let trimmed = trimmingWhitespace(0..<units.count, in: units)
    var end = trimmed.upperBound
    // Skip the trailing run of terminators, closing punctuation and quotes (no spaces or line
    // ends in it: after those a new sentence may start).
    while end > trimmed.lowerBound, !isWhitespace(units[end - 1]),
      mayEndSentence(units[end - 1]) || isClosing(units[end - 1])
    {
      end -= 1
    }
    for index in trimmed.lowerBound..<end where mayEndSentence(units[index]) { return nil }
    return trimmed
  }

  /// Whether a unit may end a sentence: a Sentence_Break STerm or ATerm, or a paragraph
  /// separator (conservatively: anything outside the scripts and punctuation known not to).
  @inline(__always)
  static func mayEndSentence(_ unit: UInt16) -> Bool {
    if unit >= 0x0621, unit <= 0x064A { return false }  // Arabic letters, the common case
    switch unit {
    case 0x21, 0x2E, 0x3F, 0x0A...0x0D, 0x85: return true
    case 0x00...0x7F, 0xA0...0x0588, 0x058A...0x061C, 0x0620...0x06D3, 0x06D5...0x06FF, 0x0750...0x077F,
      0x08A0...0x08FF, 0x2010...0x2023, 0x2025...0x2027, 0x2030...0x203B, 0x2066...0x206F, 0x200B...0x200F,
      0x202A...0x202E, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
      return false
    default: return true
    }
  }

  /// Closing punctuation and quotes that stay with the sentence before them.
  @inline(__always)
  static func isClosing(_ unit: UInt16) -> Bool {
    switch unit {
    case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0xAB, 0x201C, 0x2018: return true
    default: return false
    }
  }

  // MARK: Character classes

  /// Punctuation, symbol, or nil for whitespace and invisible controls.
  static func classifyNonWord(_ units: UnsafeBufferPointer<UInt16>) -> Token.Kind? {
    if units.allSatisfy(isWhitespace) { return nil }  // the usual case: a space
    if units.count == 1 {  // common punctuation, without a property lookup
      switch units[0] {
      case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D, 0xAB, 0xBB,
        0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4, 0x2010...0x2027:
        return .punctuation
      default: break
      }
    }
    var sawPunctuation = false
    var sawVisible = false
    let scalars: [Unicode.Scalar] =
      units.contains(where: UTF16.isSurrogate)
      ? Array(String(utf16Units: units).unicodeScalars) : units.map { Unicode.Scalar($0)! }
    for scalar in scalars {
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
