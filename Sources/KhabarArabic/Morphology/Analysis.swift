// SPDX-License-Identifier: GPL-2.0-or-later

/// One morphological analysis of a word: prefix + stem + suffix from the lexicon.
public struct Analysis: Sendable, Hashable {
  public let prefix: Lexicon.Affix
  public let stem: Lexicon.Stem
  public let suffix: Lexicon.Affix
  /// Letters of the word (analysis key) taken by the prefix and the suffix, and in all.
  public let prefixLength: Int
  public let suffixLength: Int
  public let wordLength: Int

  /// The lexicon's part-of-speech tag of the stem, e.g. `NOUN`, `VERB_PERFECT`, `NOUN_PROP`.
  public var partOfSpeech: Substring { stem.partOfSpeech }

  /// The analysis's morpheme segments (from the lexicon's `pos` fields), in order.
  public var segments: [Segment] { prefix.segments + stem.segments + suffix.segments }

  /// How many segments are proclitics or enclitics.
  var cliticCount: Int { prefix.cliticCount + stem.cliticCount + suffix.cliticCount }

  static func cliticCount(_ segments: [Segment]) -> Int {
    segments.reduce(0) { count, segment in
      switch segment.role {
      case .proclitic, .enclitic: count + 1
      case .article, .stem: count
      }
    }
  }

  /// The stem's segments: one, or a function word and its pronoun (لَهُ = la/PREP + hu/PRON_3MS).
  var stemSegments: [Segment] { stem.segments }

  /// One segment of an analysis: a vocalized Buckwalter form and its tag.
  public struct Segment: Sendable, Hashable {
    public var buckwalter: String
    public var tag: String

    /// What a segment does in clitic segmentation.
    public var role: Morpheme.Role {
      switch tag {
      case "DET": return .article
      case "CONJ", "PREP", "EMPHATIC_PARTICLE", "RESULT_CLAUSE_PARTICLE", "FUT", "SUB_CONJ", "INTERROG_PART":
        return .proclitic
      default: break
      }
      if tag.hasPrefix("POSS_PRON") || tag.hasSuffix("SUFF_DO") || tag.hasPrefix("PRON_")
        || tag.utf8.containsSequence("SUFF_DO:".utf8)
      {
        return .enclitic
      }
      return .stem
    }

    /// Letters the segment takes in unvocalized writing.
    var writtenLength: Int {
      buckwalter == "(null)" ? 0 : buckwalter.filter { !Buckwalter.isDiacritic($0) }.count
    }
  }

  static func segments(of pos: String) -> [Segment] {
    if let ascii = asciiSegments(of: pos) { return ascii }
    return pos.split(separator: "+").compactMap { part in
      guard let slash = part.lastIndex(of: "/") else { return nil }
      return Segment(buckwalter: String(part[..<slash]), tag: String(part[slash...].dropFirst()))
    }
  }
}

extension Analysis {
  /// ``segments(of:)`` of an ASCII `pos` (all of the lexicon's) on its bytes: the same pieces
  /// between `+` signs, cut at their last `/`. Nil for other text (and carriage returns, which
  /// join a following line feed into one character).
  static func asciiSegments(of pos: String) -> [Segment]? {
    var pos = pos
    return pos.withUTF8 { bytes -> [Segment]? in
      for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
      var segments: [Segment] = []
      var start = 0
      let count = bytes.count
      while start < count {
        var end = start
        while end < count, bytes[end] != UInt8(ascii: "+") { end += 1 }
        // (Empty pieces are skipped, as `split` does.)
        if end > start {
          var slash = end - 1
          while slash >= start, bytes[slash] != UInt8(ascii: "/") { slash -= 1 }
          if slash >= start {
            segments.append(
              Segment(
                buckwalter: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<slash]), as: UTF8.self),
                tag: String(decoding: UnsafeBufferPointer(rebasing: bytes[(slash + 1)..<end]), as: UTF8.self)))
          }
        }
        start = end + 1
      }
      return segments
    }
  }
}

/// A piece of a word after clitic segmentation.
public struct Morpheme: Sendable, Hashable {
  public enum Role: String, Sendable, Hashable, Codable {
    /// و ف ب ل ك س and the other particles written attached in front.
    case proclitic
    /// The definite article ال (written ل after لِ).
    case article
    /// The stem with its inflectional prefixes and suffixes.
    case stem
    /// An attached pronoun: ه ها هم هما هن ك كم نا ي ني.
    case enclitic
  }

  /// The letters as written in the word (a slice of its analysis key).
  public var text: String
  public var role: Role
  /// Lexicon tags, `+`-joined when the piece carries several (e.g. `IV3MS+VERB_IMPERFECT+IVSUFF_SUBJ:3MP`).
  public var tag: String
  /// Vocalized Buckwalter form, `+`-joined likewise.
  public var buckwalter: String

  public init(text: String, role: Role, tag: String, buckwalter: String) {
    self.text = text
    self.role = role
    self.tag = tag
    self.buckwalter = buckwalter
  }
}

extension Analysis {
  /// The word cut into proclitics, article, stem (with its inflection) and enclitic pronoun.
  ///
  /// `word` is the word this analysis was made for, without harakat and tatweel (see
  /// ``Lexicon/strippingDiacritics(_:)``); morpheme texts are slices of it.
  public func morphemes(of word: String) -> [Morpheme] {
    let letters = Array(word.unicodeScalars)
    let prefixSegments = Analysis.segments(of: prefix.pos)
    let suffixSegments = Analysis.segments(of: suffix.pos)
    let stemSegments = self.stemSegments
    let prefixLengths = Analysis.fitPrefix(prefixSegments.map(\.writtenLength), to: prefixLength)
    let suffixLengths = Analysis.fitSuffix(suffixSegments, to: suffixLength)
    let stemLengths = Analysis.fitSuffix(stemSegments, to: wordLength - prefixLength - suffixLength)
    let segments = prefixSegments + stemSegments + suffixSegments
    let lengths = prefixLengths + stemLengths + suffixLengths

    var result: [Morpheme] = []
    var position = 0
    for (index, (segment, length)) in zip(segments, lengths).enumerated() {
      let end = min(position + length, letters.count)
      let text = String(String.UnicodeScalarView(letters[position..<end]))
      position = end
      // The stem is the stem even when it is a particle (لَ in لَهُ, PREP).
      let role = index == prefixSegments.count ? .stem : segment.role
      // Inflectional prefixes and suffixes (IV3MS, NSUFF_FEM_PL, PVSUFF_SUBJ…) stay on the stem.
      if role == .stem, let index = result.lastIndex(where: { $0.role == .stem }), index == result.count - 1 {
        result[index].text += text
        result[index].tag += "+" + segment.tag
        result[index].buckwalter += "+" + segment.buckwalter
      } else {
        result.append(Morpheme(text: text, role: role, tag: segment.tag, buckwalter: segment.buckwalter))
      }
    }
    return result.filter { !$0.text.isEmpty || $0.role == .stem }
  }

  /// Written lengths of prefix segments, made to add up to what the prefix wrote: after لِ the
  /// article is written with one letter (لل), so it shrinks first.
  static func fitPrefix(_ lengths: [Int], to total: Int) -> [Int] {
    var lengths = lengths
    var excess = lengths.reduce(0, +) - total
    if excess == 0 { return lengths }
    for index in lengths.indices.reversed() where excess > 0 {
      let cut = min(lengths[index], excess)
      lengths[index] -= cut
      excess -= cut
    }
    if excess < 0, let last = lengths.indices.last { lengths[last] -= excess }
    return lengths
  }

  /// Written lengths of suffix segments, made to add up to what the suffix wrote: the pronoun
  /// keeps its letters and the inflection before it takes the rest (the alef of -وا is not written
  /// before a pronoun).
  static func fitSuffix(_ segments: [Segment], to total: Int) -> [Int] {
    var lengths = segments.map(\.writtenLength)
    if lengths.reduce(0, +) == total || lengths.isEmpty { return lengths }
    if lengths.count == 1 { return [total] }
    let pronoun = min(lengths[lengths.count - 1], total)
    lengths[lengths.count - 1] = pronoun
    var remaining = total - pronoun
    for index in lengths.indices.dropLast() {
      let take = index == lengths.count - 2 ? remaining : min(lengths[index], remaining)
      lengths[index] = take
      remaining -= take
    }
    return lengths
  }
}

extension String.UTF8View {
  /// Whether `needle`'s bytes occur in order somewhere in the view: a plain byte search, for ASCII
  /// tags (much faster than `String.contains(_:)`, which compares characters).
  public func containsSequence(_ needle: String.UTF8View) -> Bool {
    // Native strings: a search in their bytes (the same search, without index arithmetic).
    if let found = withContiguousStorageIfAvailable({ bytes in
      needle.withContiguousStorageIfAvailable { pattern in Self.search(bytes, for: pattern) }
    }), let found {
      return found
    }
    guard let first = needle.first else { return true }
    var start = startIndex
    while let found = self[start...].firstIndex(of: first) {
      if self[found...].starts(with: needle) { return true }
      start = index(after: found)
    }
    return false
  }

  /// Whether `pattern` occurs in `bytes`.
  static func search(_ bytes: UnsafeBufferPointer<UInt8>, for pattern: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = pattern.first else { return true }
    guard pattern.count <= bytes.count else { return false }
    var start = 0
    while start + pattern.count <= bytes.count {
      if bytes[start] == first {
        var offset = 1
        while offset < pattern.count, bytes[start + offset] == pattern[offset] { offset += 1 }
        if offset == pattern.count { return true }
      }
      start += 1
    }
    return false
  }
}
