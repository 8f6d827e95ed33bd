// SPDX-License-Identifier: GPL-2.0-or-later
import Synchronization

/// The morphological lexicon: Buckwalter Arabic Morphological Analyzer 1.0 tables (prefixes,
/// stems, suffixes and their compatibility), converted into `glossaries/lexicon/`.
///
/// A word is analysed the way BAMA does it: every split into prefix + stem + suffix whose three
/// parts are in the tables and whose categories are pairwise compatible is an ``Analysis``.
/// Lookups use the *analysis key*: no harakat or tatweel, hamzated alefs folded to ا.
///
/// A `Lexicon` is immutable after loading and safe to share between threads.
public final class Lexicon: Sendable {
  /// An entry of the prefix or suffix table.
  ///
  /// Immutable; a class so that an ``Analysis`` (copied into readings and candidate lists) holds
  /// one reference instead of each of the entry's strings.
  public final class Affix: Sendable, Hashable {
    public let form: String
    public let vocalized: String
    public let category: String
    public let gloss: String
    /// BAMA's segment list, e.g. `wa/CONJ+Al/DET+` or `+uw/PVSUFF_SUBJ:3MP+hu/PVSUFF_DO:3MS`.
    public let pos: String
    let categoryID: Int32
    /// `pos` parsed (see ``Analysis/segments``), once, and how many of its segments are clitics.
    public let segments: [Analysis.Segment]
    let cliticCount: Int

    init(form: String, vocalized: String, category: String, gloss: String, pos: String, categoryID: Int32) {
      self.form = form
      self.vocalized = vocalized
      self.category = category
      self.gloss = gloss
      self.pos = pos
      self.categoryID = categoryID
      segments = Analysis.segments(of: pos)
      cliticCount = Analysis.cliticCount(segments)
    }

    /// Entries are equal when all their fields are (the same entry, or an identical one).
    public static func == (a: Affix, b: Affix) -> Bool {
      a === b
        || a.form == b.form && a.vocalized == b.vocalized && a.category == b.category && a.gloss == b.gloss
          && a.pos == b.pos && a.categoryID == b.categoryID && a.segments == b.segments
          && a.cliticCount == b.cliticCount
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(form)
      hasher.combine(vocalized)
      hasher.combine(category)
      hasher.combine(gloss)
      hasher.combine(pos)
    }
  }

  /// An entry of the stem table.
  ///
  /// Immutable; a class for the same reason as ``Affix``.
  public final class Stem: Sendable, Hashable {
    public let lemma: String
    public let form: String
    public let vocalized: String
    public let category: String
    public let gloss: String
    public let pos: String
    let categoryID: Int32
    /// The part-of-speech tag (see ``Analysis/partOfSpeech``) and the segments of `pos`, parsed once.
    let partOfSpeech: Substring
    let segments: [Analysis.Segment]
    let cliticCount: Int
    /// The lemma's frequency (see ``Lexicon/frequency(ofLemma:)``).
    let lemmaFrequency: Double
    /// Whether this row, tagged `NOUN`, inflects an adjective: another row of the same lemma, form
    /// and gloss is tagged `ADJ` with another category, and no row of the form is an adjective of
    /// another lemma. BAMA 1.0 tags the feminine and dual rows of many defective participles `NOUN`
    /// beside the `ADJ` row of their masculine (نامي "developing", عالي "high"), so that النامية
    /// had no adjective reading.
    public let inflectsAdjective: Bool

    init(
      lemma: String, form: String, vocalized: String, category: String, gloss: String, pos: String,
      categoryID: Int32, lemmaFrequency: Double, inflectsAdjective: Bool = false
    ) {
      self.inflectsAdjective = inflectsAdjective
      self.lemma = lemma
      self.form = form
      self.vocalized = vocalized
      self.category = category
      self.gloss = gloss
      self.pos = pos
      self.categoryID = categoryID
      // Function-word stems can carry a pronoun: `la/PREP+hu/PRON_3MS` (لَهُ) is a PREP.
      let tag = Stem.firstTag(of: pos)
      partOfSpeech = tag
      let parsed = Analysis.segments(of: pos)
      segments = parsed.isEmpty ? [Analysis.Segment(buckwalter: pos, tag: String(tag))] : parsed
      cliticCount = Analysis.cliticCount(segments)
      self.lemmaFrequency = lemmaFrequency
    }

    /// The tag of the first segment of `pos` (after its last `/`; the whole piece without one): on
    /// the bytes of ASCII text (all of the lexicon's), with `split` and `lastIndex` otherwise.
    static func firstTag(of pos: String) -> Substring {
      let utf8 = pos.utf8
      let ascii =
        utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) }
        ?? utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D })
      if ascii {
        // (Every byte is a character: byte positions are character positions.)
        var start = utf8.startIndex
        while start < utf8.endIndex, utf8[start] == UInt8(ascii: "+") { start = utf8.index(after: start) }
        if start == utf8.endIndex { return Substring(pos) }
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "+")) ?? utf8.endIndex
        if let slash = utf8[start..<end].lastIndex(of: UInt8(ascii: "/")) {
          return pos[utf8.index(after: slash)..<end]
        }
        return pos[start..<end]
      }
      let first = pos.split(separator: "+").first ?? Substring(pos)
      return first.lastIndex(of: "/").map { first[$0...].dropFirst() } ?? first
    }

    /// Stems are equal when all their fields are (the same row, or an identical one).
    public static func == (a: Stem, b: Stem) -> Bool {
      a === b
        || a.lemma == b.lemma && a.form == b.form && a.vocalized == b.vocalized && a.category == b.category
          && a.gloss == b.gloss && a.pos == b.pos && a.categoryID == b.categoryID
          && a.partOfSpeech == b.partOfSpeech && a.segments == b.segments && a.cliticCount == b.cliticCount
          && a.lemmaFrequency == b.lemmaFrequency
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(lemma)
      hasher.combine(form)
      hasher.combine(vocalized)
      hasher.combine(category)
      hasher.combine(gloss)
      hasher.combine(pos)
    }
  }

  public let prefixes: [Affix]
  public let suffixes: [Affix]
  /// Every stem, in the order of the stem table (its analysis keys, see `StemTable`).
  ///
  /// - Complexity: O(*n*): the stems are made from the table's bytes on each call (lookups make
  ///   only the stems they find).
  public var stems: [Stem] { (0..<stemTable.count).map(stem(row:)) }
  private let prefixIndex: [String: [Int32]]
  private let suffixIndex: [String: [Int32]]
  private let stemTable: StemTable
  /// Category names of the affix and compatibility tables; a stem category not among them is
  /// compatible with nothing.
  private let categories: [String: Int32]
  /// Stems made so far, by row: a stem is made once however many words it is found in.
  /// (One slot a row: found by the row's number, without hashing it.)
  private let madeStems: Mutex<[Stem?]>
  private let compatible: Set<Int64>
  /// ``compatible`` as bits, by table, left and right category (`categories.count` squared bits
  /// a table): the test the analysis of every word makes many times.
  private let compatibleBits: [UInt64]
  /// The affix indexes by the exact bytes of their keys (see ``affixIDs(_:_:_:)``).
  private let exactPrefixIndex: [ExactKey: [Int32]]
  private let exactSuffixIndex: [ExactKey: [Int32]]
  /// Estimated occurrences of each lemma in running text (see `lemma-frequency.tsv`).
  private let lemmaFrequency: [String: Double]
  let longestPrefix: Int
  let longestSuffix: Int

  /// Loads the lexicon tables from `directory/lexicon/`.
  ///
  /// - Complexity: O(*n*) in the size of the tables (about 7 MB).
  public init(directory: DataDirectory) throws(InputError) {
    var categories: [String: Int32] = [:]
    func categoryID(_ name: Substring) -> Int32 {
      let key = String(name)
      if let id = categories[key] { return id }
      let id = Int32(categories.count)
      categories[key] = id
      return id
    }
    func loadAffixes(_ name: String) throws(InputError) -> ([Affix], [String: [Int32]], Int) {
      let table = try TSVTable(
        path: directory.file("lexicon/\(name)"), required: ["form", "vocalized", "category", "gloss", "pos"])
      var affixes: [Affix] = []
      var index: [String: [Int32]] = [:]
      var longest = 0
      affixes.reserveCapacity(table.rows.count)
      for row in table.rows {
        let form = String(table.field(row, "form"))
        let category = table.field(row, "category")
        let key = Lexicon.analysisKey(form)
        index[key, default: []].append(Int32(affixes.count))
        longest = max(longest, key.unicodeScalars.count)
        affixes.append(
          Affix(
            form: form, vocalized: String(table.field(row, "vocalized")), category: String(category),
            gloss: String(table.field(row, "gloss")), pos: String(table.field(row, "pos")),
            categoryID: categoryID(category)))
      }
      return (affixes, index, longest)
    }
    (prefixes, prefixIndex, longestPrefix) = try loadAffixes("prefixes.tsv")
    (suffixes, suffixIndex, longestSuffix) = try loadAffixes("suffixes.tsv")

    stemTable = try StemTable(path: directory.file("lexicon/stems.tsv"))
    madeStems = Mutex(Array(repeating: nil, count: stemTable.count))

    let compat = try TSVTable(path: directory.file("lexicon/compat.tsv"), required: ["table", "left", "right"])
    var compatible: Set<Int64> = []
    for row in compat.rows {
      let table = compat.field(row, "table")
      guard let tableID = ["AB": Int64(0), "AC": 1, "BC": 2][String(table)] else {
        throw InputError(
          "unknown compatibility table '\(table)' (expected AB, AC or BC)",
          at: compat.location(row, column: "table"))
      }
      compatible.insert(
        Lexicon.pairKey(
          tableID, categoryID(compat.field(row, "left")), categoryID(compat.field(row, "right"))))
    }
    self.compatible = compatible
    self.categories = categories
    let categoryCount = categories.count
    var bits = [UInt64](repeating: 0, count: (3 * categoryCount * categoryCount + 63) / 64)
    for key in compatible {
      let (table, left, right) = (Int(key >> 48), Int((key >> 24) & 0xFF_FFFF), Int(key & 0xFF_FFFF))
      guard table < 3, left < categoryCount, right < categoryCount else { continue }
      let bit = (table * categoryCount + left) * categoryCount + right
      bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    compatibleBits = bits
    exactPrefixIndex = Dictionary(uniqueKeysWithValues: prefixIndex.map { (ExactKey($0.key), $0.value) })
    exactSuffixIndex = Dictionary(uniqueKeysWithValues: suffixIndex.map { (ExactKey($0.key), $0.value) })

    // Lemma frequencies are optional (ranking falls back to the other criteria), but a file that
    // is there must be well-formed.
    var frequency: [String: Double] = [:]
    let frequencyPath = directory.file("lexicon/lemma-frequency.tsv")
    if DataDirectory.isReadable(frequencyPath) {
      let table = try TSVTable(path: frequencyPath, required: ["lemma", "count"])
      for row in table.rows {
        guard let count = Double(table.field(row, "count")) else {
          throw InputError("count is not a number", at: table.location(row, column: "count"))
        }
        frequency[String(table.field(row, "lemma"))] = count
      }
    }
    self.lemmaFrequency = frequency
  }

  /// The stem of a row of the stem table.
  private func stem(row: Int) -> Stem {
    if let made = madeStems.withLock({ $0[row] }) { return made }
    let stem = makeStem(row: row)
    madeStems.withLock { $0[row] = stem }
    return stem
  }

  /// A stem made from its row's fields.
  private func makeStem(row: Int) -> Stem {
    let fields = stemTable.fields(ofRow: row)
    let columns = stemTable.columns
    func field(_ column: Int) -> String { column < fields.count ? fields[column] : "" }
    let category = field(columns.category)
    let lemma = field(columns.lemma)
    let form = field(columns.form)
    let gloss = field(columns.gloss)
    let pos = field(columns.pos)
    var inflectsAdjective = false
    if Stem.firstTag(of: pos) == "NOUN" {
      // The rows of the form's look-up key (أ إ آ folded, as the table searches) are few, and a
      // stem is made once.
      var key = Lexicon.analysisKey(form)
      let twins = key.withUTF8 { stemTable.rows(keyBytes: $0) }
      for twin in twins where twin != row {
        let other = stemTable.fields(ofRow: twin)
        func otherField(_ column: Int) -> String { column < other.count ? other[column] : "" }
        guard Stem.firstTag(of: otherField(columns.pos)) == "ADJ" else { continue }
        // An adjective of another lemma is the form's adjective (مرضي: مَرَضِيّ "diseased", not
        // مُرْضِي "satisfactory").
        guard otherField(columns.lemma) == lemma else {
          inflectsAdjective = false
          break
        }
        if otherField(columns.gloss) == gloss && otherField(columns.category) != category { inflectsAdjective = true }
      }
    }
    let stem = Stem(
      lemma: lemma, form: form, vocalized: field(columns.vocalized),
      category: category, gloss: gloss, pos: pos,
      categoryID: categories[category] ?? -1, lemmaFrequency: lemmaFrequency[lemma] ?? 0,
      inflectsAdjective: inflectsAdjective)
    return stem
  }

  /// The stems of some rows: those made before under one lock, the others made and added.
  private func stems(rows: [Int]) -> [Stem] {
    var stems: [Stem?] = madeStems.withLock { made in rows.map { made[$0] } }
    var missing: [(Int32, Stem)] = []
    for (index, row) in rows.enumerated() where stems[index] == nil {
      let stem = makeStem(row: row)
      stems[index] = stem
      missing.append((Int32(row), stem))
    }
    if !missing.isEmpty {
      madeStems.withLock { made in
        for (row, stem) in missing { made[Int(row)] = stem }
      }
    }
    return stems.map { $0! }
  }

  /// Whether categories `left` and `right` are compatible in `table` (0 AB, 1 AC, 2 BC): the same
  /// answer as `compatible.contains(pairKey(table, left, right))`, from the bits.
  @inline(__always)
  private func isCompatible(_ table: Int, _ left: Int32, _ right: Int32) -> Bool {
    let count = categories.count
    guard left >= 0, right >= 0, Int(left) < count, Int(right) < count else {
      return compatible.contains(Lexicon.pairKey(Int64(table), left, right))
    }
    let bit = (table * count + Int(left)) * count + Int(right)
    return compatibleBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// The affixes with key `key` in `index` (a string-keyed affix index) and `exact` (the same by
  /// bytes): the byte lookup answers for keys of Arabic letters that no other spelling is
  /// canonically equivalent to (no hamza seats that decompose, no marks), the string lookup for
  /// anything else.
  private func affixIDs(_ key: String, exact: [ExactKey: [Int32]], index: [String: [Int32]]) -> [Int32]? {
    if let found = exact[ExactKey(key)] { return found }
    return Lexicon.hasOnlyPlainLetters(key) ? nil : index[key]
  }

  /// Whether `text` is only Arabic letters U+0621–U+064A other than آ أ ؤ إ ئ (U+0622–U+0626):
  /// characters with no decomposition and no other spelling, so equal strings of them are equal
  /// bytes.
  static func hasOnlyPlainLetters(_ text: String) -> Bool {
    var utf8 = text.utf8.makeIterator()
    while let lead = utf8.next() {
      guard let second = utf8.next() else { return false }
      switch (lead, second) {
      case (0xD8, 0xA1), (0xD8, 0xA7...0xBF), (0xD9, 0x80...0x8A): continue
      default: return false
      }
    }
    return true
  }

  @inline(__always)
  static func pairKey(_ table: Int64, _ left: Int32, _ right: Int32) -> Int64 {
    table << 48 | Int64(left) << 24 | Int64(right)
  }

  /// The key the tables are indexed by: harakat and tatweel removed, أ إ آ ٱ folded to ا.
  /// Letter for letter the same length as ``strippingDiacritics(_:)``.
  public static func analysisKey(_ text: some StringProtocol) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x064B...0x0652, 0x0670, 0x0640: continue
      case 0x0622, 0x0623, 0x0625, 0x0671: scalars.append("\u{0627}")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// The word without harakat and tatweel, letters unchanged.
  public static func strippingDiacritics(_ text: some StringProtocol) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x064B...0x0652, 0x0670, 0x0640: continue
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Estimated frequency of a lemma in running text (0 when unknown).
  public func frequency(ofLemma lemma: String) -> Double { lemmaFrequency[lemma] ?? 0 }

  /// The stems whose form has the analysis key `key` (see ``analysisKey(_:)``), in table order:
  /// every reading of the bare stem, whatever affixes it takes.
  ///
  /// - Complexity: O(log *n* + *k*) for *n* stems and *k* found.
  public func stems(key: String) -> [Stem] {
    var key = key
    let rows = key.withUTF8 { stemTable.rows(keyBytes: $0) }
    return rows.isEmpty ? [] : stems(rows: rows)
  }

  /// Every analysis of a word (display or original form), in table order.
  ///
  /// When the word as written has none, spelling variants common in news are tried: final ي for
  /// ى and ه for ة (and the reverse).
  ///
  /// - Complexity: O(*p* × *s*) lookups for a word with *p* candidate prefixes and *s* suffixes
  ///   (both small constants).
  public func analyses(of word: some StringProtocol) -> [Analysis] {
    let key = Lexicon.analysisKey(word)
    let found = analyses(key: key)
    if !found.isEmpty { return found }
    for variant in Lexicon.spellingVariants(of: key) {
      let alternative = analyses(key: variant)
      if !alternative.isEmpty { return alternative }
    }
    return []
  }

  static func spellingVariants(of key: String) -> [String] {
    guard let last = key.unicodeScalars.last else { return [] }
    let body = String(key.unicodeScalars.dropLast())
    switch last {
    case "\u{064A}": return [body + "\u{0649}"]  // ي → ى
    case "\u{0649}": return [body + "\u{064A}"]
    case "\u{0647}": return [body + "\u{0629}"]  // ه → ة
    // Not ة → ه: news writes ه for ة, never ة for a pronoun ه (احتجاجية is no "his protests").
    default: return []
    }
  }

  private func analyses(key: String) -> [Analysis] {
    var key = key
    return key.withUTF8 { utf8 in
      // Stem, prefix and suffix keys are slices of the key's UTF-8: the byte offset of each
      // letter boundary.
      var offsets = [0]
      offsets.reserveCapacity(utf8.count + 1)
      for index in 1..<(utf8.count + 1) where index == utf8.count || !UTF8.isContinuation(utf8[index]) {
        offsets.append(index)
      }
      let count = offsets.count - 1
      guard count > 0 else { return [] }
      func slice(_ lower: Int, _ upper: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: utf8[offsets[lower]..<offsets[upper]]), as: UTF8.self)
      }
      // Suffixes by length, looked up once for all prefix lengths.
      let suffixCandidates = (0...min(longestSuffix, count - 1)).map { length in
        affixIDs(slice(count - length, count), exact: exactSuffixIndex, index: suffixIndex)
      }
      var result: [Analysis] = []
      for prefixLength in 0...min(longestPrefix, count - 1) {
        guard let prefixIDs = affixIDs(slice(0, prefixLength), exact: exactPrefixIndex, index: prefixIndex) else {
          continue
        }
        for suffixLength in 0...min(longestSuffix, count - prefixLength - 1) {
          guard let suffixIDs = suffixCandidates[suffixLength] else { continue }
          let stemRows = stemTable.rows(
            keyBytes: UnsafeBufferPointer(rebasing: utf8[offsets[prefixLength]..<offsets[count - suffixLength]]))
          guard !stemRows.isEmpty else { continue }
          let stems = stems(rows: stemRows)
          for p in prefixIDs {
            let prefix = prefixes[Int(p)]
            for stem in stems {
              guard isCompatible(0, prefix.categoryID, stem.categoryID) else { continue }
              for x in suffixIDs {
                let suffix = suffixes[Int(x)]
                guard isCompatible(1, prefix.categoryID, suffix.categoryID),
                  isCompatible(2, stem.categoryID, suffix.categoryID)
                else { continue }
                result.append(
                  Analysis(
                    prefix: prefix, stem: stem, suffix: suffix,
                    prefixLength: prefixLength, suffixLength: suffixLength, wordLength: count))
              }
            }
          }
        }
      }
      return result
    }
  }
}
