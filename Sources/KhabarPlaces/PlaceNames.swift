// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import Synchronization

/// Arabic place names into English: the gazetteer first (press spellings, GeoNames names),
/// then descriptive forms (ريف حمص الشرقي), then rule-based transliteration.
///
/// Thread-safe.
public final class PlaceNames: Sendable {
  public let gazetteer: Gazetteer
  public let describer: PlaceDescription
  public let rules: NameTransliterator

  /// Where an answer comes from.
  public enum Source: String, Sendable, Codable {
    case gazetteer, rules
  }

  /// One answer.
  public struct Result: Sendable {
    public var output: String
    public var source: Source
    /// The place, when the gazetteer knows it (also for descriptive forms around a known place).
    public var match: PlaceMatch?
    public var warning: String?
  }

  /// Options of a request.
  public struct Options: Sendable, Hashable {
    public var scheme: String = "press"
    public var useGazetteer = true
    public var country: String? = nil
    public var governorate: String? = nil
    public var ascii = false
    public init() {}
  }

  /// Loads the gazetteer and descriptive forms (unless `gazetteer` is false: rules only); the
  /// lexicon is loaded on the first rule-based answer.
  public init(directory: DataDirectory, engine: TransliterationEngine? = nil, gazetteer: Bool = true)
    throws(InputError)
  {
    if gazetteer {
      self.gazetteer = try Gazetteer(directory: directory)
      describer = try PlaceDescription(directory: directory, gazetteer: self.gazetteer)
    } else {
      self.gazetteer = Gazetteer()
      describer = PlaceDescription(gazetteer: self.gazetteer)
    }
    rules = NameTransliterator(directory: directory, engine: engine)
  }

  /// First words (matching form, with and without the article, as bytes) of every gazetteer name
  /// and descriptive form: a word not in this set cannot start a place, so running-text scanners
  /// skip it without trying any lookup.
  ///
  /// - Complexity: O(*n*) in the number of names; compute once per process.
  public static func firstWords(gazetteer: Gazetteer, directory: DataDirectory) -> Set<ExactKey> {
    firstWords(of: gazetteer).union(descriptiveFirstWords(directory: directory))
  }

  /// First words of the gazetteer's names (see ``firstWords(gazetteer:directory:)``).
  ///
  /// - Complexity: O(*n*) in the size of the gazetteer's keys (no place is made).
  public static func firstWords(of gazetteer: Gazetteer) -> Set<ExactKey> {
    var words: Set<ExactKey> = []
    var seen: Set<ArraySlice<UInt8>> = []
    gazetteer.forEachKey { key in
      let first = key.prefix { $0 != 0x20 }
      guard !first.isEmpty, seen.insert(first).inserted else { return }
      addFirstWord(key: String(decoding: first, as: UTF8.self), to: &words)
    }
    return words
  }

  /// First words of the descriptive forms of `places/descriptive.tsv`.
  public static func descriptiveFirstWords(directory: DataDirectory) -> Set<ExactKey> {
    var words: Set<ExactKey> = []
    if let descriptive = try? TSVTable(path: directory.file("places/descriptive.tsv"), required: ["arabic"]) {
      for row in descriptive.rows { addFirstWord(of: String(descriptive.field(row, "arabic")), to: &words) }
    }
    return words
  }

  private static func addFirstWord(of name: String, to words: inout Set<ExactKey>) {
    guard let first = Gazetteer.key(name).split(separator: " ").first.map(String.init) else { return }
    addFirstWord(key: first, to: &words)
  }

  /// Adds a first word (matching form) with and without the article.
  private static func addFirstWord(key first: String, to words: inout Set<ExactKey>) {
    words.insert(ExactKey(first))
    words.insert(ExactKey(Gazetteer.articleLess(first)))
    if !first.hasPrefix("ال") { words.insert(ExactKey("ال" + first)) }
  }

  /// The name of a gazetteer place in `scheme`, or nil when the scheme needs the rules.
  public func gazetteerName(_ place: Place, options: Options) -> String? {
    gazetteerName(place.spellings, options: options)
  }

  /// ``gazetteerName(_:options:)`` from a place's spellings.
  public func gazetteerName(_ spellings: Place.Spellings, options: Options) -> String? {
    switch options.scheme {
    case "press":
      if let press = spellings.pressName, options.ascii { return rules.asciiForm(press) }
      return spellings.pressSchemeName
    case "bgn":
      guard let standard = spellings.standardName else { return nil }
      return options.ascii ? (spellings.asciiName ?? rules.asciiForm(standard)) : standard
    default:
      return nil
    }
  }

  private let memo = Mutex<[Options: [NameKey: Result]]>([:])

  /// Transliterates one name (a whole line). Answers are remembered (names repeat in news); the
  /// rules keep their own cache, so answers they give without any place are not stored twice.
  ///
  /// - Parameter remember: false when the caller keeps the answers itself (a line-by-line tool
  ///   with its own cache): the answer is neither looked up in nor added to this object's memo.
  /// - Parameter withPlace: false when the caller needs the name only: a name the gazetteer knows
  ///   is then answered from its place's spellings, without making the place (`match` is nil).
  public func transliterate(_ name: String, options: Options, remember: Bool = true, withPlace: Bool = true) throws
    -> Result
  {
    guard remember else { return try answer(name, options: options, withPlace: withPlace) }
    let nameKey = NameKey(name)
    if let known = memo.withLock({ $0[options]?[nameKey] }) { return known }
    let result = try answer(name, options: options)
    if result.source == .rules, result.match == nil { return result }
    memo.withLock { memo in
      if memo[options]?.count ?? 0 > 100_000 { memo[options] = [:] }
      memo[options, default: [:]][nameKey] = result
    }
    return result
  }

  private func answer(_ name: String, options: Options, withPlace: Bool = true) throws -> Result {
    let display = ArabicNormalizer.display.normalize(name)
    // Spaces and tabs collapsed to one space, none at the ends (on UTF-8: both are single bytes).
    var collapsed: [UInt8] = []
    collapsed.reserveCapacity(display.utf8.count)
    for byte in display.utf8 {
      if byte == 0x20 || byte == 0x09 {
        if let last = collapsed.last, last != 0x20 { collapsed.append(0x20) }
      } else {
        collapsed.append(byte)
      }
    }
    while collapsed.last == 0x20 { collapsed.removeLast() }
    let trimmed = String(decoding: collapsed, as: UTF8.self)
    if trimmed.isEmpty { return Result(output: "", source: .rules, match: nil, warning: "empty line") }
    guard trimmed.unicodeScalars.contains(where: NameVocalizer.isArabicLetter) else {
      return Result(output: name, source: .rules, match: nil, warning: "no Arabic letters; passed through")
    }
    let warning: String? = nil
    if trimmed.unicodeScalars.contains(where: {
      (0x41...0x5A).contains($0.value) || (0x61...0x7A).contains($0.value) || (0xC0...0x24F).contains($0.value)
    }) {
      // Mixed scripts: the Arabic words are names inside other text.
      let pieces = try transliterateText(trimmed, options: options, segmenter: try ArabicSegmenter())
      let named = pieces.filter { $0.source != nil }
      return Result(
        output: pieces.map(\.output).joined(), source: named.contains { $0.source == .gazetteer } ? .gazetteer : .rules,
        match: named.count == 1 ? named[0].match : nil, warning: "mixed scripts; Latin kept as written")
    }
    guard options.useGazetteer, NameTransliterator.nameSchemes.contains(options.scheme) else {
      return Result(
        output: try rules.transliterate(trimmed, scheme: options.scheme, ascii: options.ascii), source: .rules,
        match: nil, warning: warning)
    }
    let key = Gazetteer.key(trimmed)
    // Exact names (press rows, GeoNames names) and region rows win over composed descriptions.
    if !withPlace,
      let (spellings, viaArticleLess) = gazetteer.spellings(
        key: key, country: options.country, governorate: options.governorate),
      !viaArticleLess, let output = gazetteerName(spellings, options: options)
    {
      return Result(output: output, source: .gazetteer, match: nil, warning: warning)
    }
    let known = gazetteer.lookup(key: key, country: options.country, governorate: options.governorate)
    if let match = known, !match.viaArticleLessKey {
      return answer(for: match, trimmed, options: options, warning: warning)
    }
    if options.scheme == "press",
      let description = describer.describe(
        key: key, country: options.country,
        fallback: { arabic in
          (try? self.rules.transliterate(arabic, scheme: "press", ascii: options.ascii)) ?? arabic
        })
    {
      return Result(
        output: options.ascii ? rules.asciiForm(description.english) : description.english, source: .gazetteer,
        match: description.place, warning: warning)
    }
    if let match = known {  // via the article-less key
      return answer(for: match, trimmed, options: options, warning: warning)
    }
    return Result(
      output: try rules.transliterate(trimmed, scheme: options.scheme, ascii: options.ascii), source: .rules,
      match: nil, warning: warning)
  }

  private func answer(for match: PlaceMatch, _ name: String, options: Options, warning: String?) -> Result {
    if let output = gazetteerName(match.place, options: options) {
      return Result(output: output, source: .gazetteer, match: match, warning: warning)
    }
    let output = (try? rules.transliterate(name, scheme: options.scheme, ascii: options.ascii)) ?? name
    return Result(output: output, source: .rules, match: match, warning: warning)
  }

  /// One piece of running text after ``transliterateText(_:options:)``.
  public struct TextPiece: Sendable {
    public var input: String
    public var output: String
    /// nil for text kept as written (Latin, digits, punctuation, spaces).
    public var source: Source?
    public var match: PlaceMatch?
  }

  /// Transliterates the Arabic inside running text: places the gazetteer knows (longest match
  /// over words, also after the proclitics و ب ل ف), everything else by the rules; punctuation,
  /// digits, Latin text and spacing kept.
  public func transliterateText(_ text: String, options: Options, segmenter: ArabicSegmenter) throws -> [TextPiece] {
    let units = Array(text.utf16)
    let tokens = try units.withUnsafeBufferPointer { buffer in
      try segmenter.tokens(in: buffer, range: 0..<buffer.count)
    }
    var pieces: [TextPiece] = []
    var position = 0
    func keep(upTo end: Int) {
      if end > position {
        let gap = String(decoding: units[position..<end], as: UTF16.self)
        pieces.append(TextPiece(input: gap, output: arabicPunctuation(gap), source: nil, match: nil))
        position = end
      }
    }
    var index = 0
    let maxWords = max(gazetteer.longestKeyWords, 4)
    while index < tokens.count {
      let token = tokens[index]
      guard token.kind == .word, token.script == .arabic else {
        index += 1
        continue
      }
      keep(upTo: token.range.lowerBound)
      // Longest run of Arabic words (same line, separated by spaces only) known to the gazetteer.
      var run = [index]
      while run.count < maxWords, let last = run.last, last + 1 < tokens.count {
        let next = tokens[last + 1]
        guard next.kind == .word, next.script == .arabic else { break }
        let gap = units[tokens[last].range.upperBound..<next.range.lowerBound]
        guard gap.allSatisfy({ $0 == 0x20 }) else { break }
        run.append(last + 1)
      }
      var matched = false
      if options.useGazetteer {
        for length in stride(from: run.count, through: 1, by: -1) {
          let words = run[..<length].map { tokens[$0].key }
          for (clitic, key) in Self.cliticReadings(words) {
            let known = gazetteer.lookup(key: key, country: options.country, governorate: options.governorate)
            let region = describer.isRegion(key: key)
            // A descriptive form counts in running text when the gazetteer knows its place.
            let described =
              known == nil && !region && length >= 2 && options.scheme == "press"
              && describer.describe(key: key, country: options.country, fallback: { $0 })?.place != nil
            guard known != nil || region || described else { continue }
            let end = tokens[run[length - 1]].range.upperBound
            let source = String(decoding: units[token.range.lowerBound..<end], as: UTF16.self)
            let result = try transliterate(String(key), options: options)
            let prefix = clitic.isEmpty ? "" : Self.cliticEnglish[clitic] ?? ""
            pieces.append(
              TextPiece(input: source, output: prefix + result.output, source: result.source, match: result.match))
            position = end
            index = run[length - 1] + 1
            matched = true
            break
          }
          if matched { break }
        }
      }
      if !matched {
        let result = try rules.transliterate(token.normalized, scheme: options.scheme, ascii: options.ascii)
        pieces.append(TextPiece(input: token.text, output: result, source: .rules, match: nil))
        position = token.range.upperBound
        index += 1
      }
    }
    keep(upTo: units.count)
    return pieces
  }

  /// The key as written and, when the first word starts with a proclitic, without it.
  public static func cliticReadings(_ words: [String]) -> [(String, String)] {
    let key = words.joined(separator: " ")
    var readings = [("", key)]
    guard let first = words.first, first.unicodeScalars.count >= 4 else { return readings }
    // (A word with the clitic starts with its bytes, these letters having no other spelling: the
    // byte test spares most words the character-wise one.)
    for clitic in ["و", "ب", "ل", "ف", "وب", "ول", "فب"]
    where first.utf8.starts(with: clitic.utf8) && first.hasPrefix(clitic) {
      var rest = String(first.dropFirst(clitic.count))
      if clitic.hasSuffix("ل"), rest.hasPrefix("ل") { rest = "ا" + rest }  // للرقة → الرقة
      readings.append((clitic, ([rest] + words.dropFirst()).joined(separator: " ")))
    }
    return readings
  }

  static let cliticEnglish: [String: String] = [
    "و": "and ", "ب": "in ", "ل": "to ", "ف": "in ", "وب": "and in ", "ول": "and to ", "فب": "in ",
  ]

  /// Arabic punctuation in kept text as its Latin counterpart (، → , ؛ → ; ؟ → ?).
  func arabicPunctuation(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\u{060C}": scalars.append(",")
      case "\u{061B}": scalars.append(";")
      case "\u{061F}": scalars.append("?")
      case "\u{066A}": scalars.append("%")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
