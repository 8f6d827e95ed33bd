// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import Synchronization

/// Rule-based transliteration of Arabic names: vowels put back by ``NameVocalizer`` (lexicon,
/// components, patterns), then the scheme's ICU rule file (`transliteration/NAME.txt`), then
/// capitalization by the scheme's conventions.
///
/// Schemes `press`, `bgn` and `ala-lc` get vocalization, components and capitalization; any other
/// rule file (e.g. `buckwalter`) is run over the display form of the input as it is.
///
/// Thread-safe; results are cached per scheme.
public final class NameTransliterator: Sendable {
  public let engine: TransliterationEngine
  private let directory: DataDirectory
  private let vocalizer = Mutex<Loaded?>(nil)

  /// The vocalizer, in a class: a look-up then shares it instead of copying its tables' references.
  private final class Loaded: Sendable {
    let vocalizer: NameVocalizer
    init(_ vocalizer: NameVocalizer) { self.vocalizer = vocalizer }
  }
  private let cache = Mutex<[NameKey: String]>([:])

  /// The schemes that vocalize names and capitalize them.
  public static let nameSchemes: Set<String> = ["press", "bgn", "ala-lc"]

  public init(directory: DataDirectory, engine: TransliterationEngine? = nil) {
    self.directory = directory
    self.engine = engine ?? TransliterationEngine(directory: directory)
  }

  /// Loads the components and the lexicon's stems now (otherwise done on first use).
  public func prepare() throws(InputError) { _ = try loadedVocalizer() }

  private func loadedVocalizer() throws(InputError) -> Loaded {
    try vocalizer.withLock { (slot: inout Loaded?) throws(InputError) -> Loaded in
      if let ready = slot { return ready }
      let loaded = Loaded(try NameVocalizer.load(directory: directory))
      slot = loaded
      return loaded
    }
  }

  /// The canonical vocalized Arabic of `name` (what the rule files read), words separated by spaces.
  public func vocalize(_ name: String) throws(InputError) -> String {
    let loaded = try loadedVocalizer()
    let display = ArabicNormalizer.display.normalize(name)
    return loaded.vocalizer.words(of: display).map { $0.before + ($0.article ? "ال" : "") + $0.vocalized }.joined()
  }

  /// Transliterates a name (one or more words) with `scheme`.
  ///
  /// - Parameter ascii: drop diacritics and the ayn/hamza signs (BGN's ASCII form).
  public func transliterate(_ name: String, scheme: String, ascii: Bool = false) throws -> String {
    let display = ArabicNormalizer.display.normalize(name)
    let cacheKey = NameKey(scheme + (ascii ? "\u{1}a\u{1}" : "\u{1}") + display)
    if let hit = cache.withLock({ $0[cacheKey] }) { return hit }
    var result: String
    if NameTransliterator.nameSchemes.contains(scheme) {
      let loaded = try loadedVocalizer()
      let words = loaded.vocalizer.words(of: display)
      var pieces: [String] = []
      for (index, word) in words.enumerated() {
        // A component in its construct form (Mazraat, Qaryat: ة written t) is one only before
        // another word; alone or with the article (المزرعة) the rules write it (al-Mazraa).
        if let component = word.component,
          !component.isConstruct || !word.article && loaded.vocalizer.isConstruct(words, index)
        {
          if !word.article, let form = component.forms[scheme], !form.isEmpty {
            pieces.append(word.before + form)
            continue
          }
          if scheme == "press", let form = component.forms[scheme], !form.isEmpty {
            pieces.append(word.before + "al\u{E000}" + form)
            continue
          }
        }
        pieces.append(word.before + (word.article ? "ال" : "") + word.vocalized)
      }
      var raw = try engine.transliterate(pieces.joined(), scheme: scheme)
      // The press file writes the article of a literal component. (Most names have no U+E000,
      // UTF-8 EE 80 80, left at all: `replacing`, which compares characters, is slow.)
      if scheme == "press", raw.utf8.contains(0xEE) { raw = NameTransliterator.markingArticles(raw) }
      result = NameTransliterator.capitalize(raw, scheme: scheme)
    } else {
      result = try engine.transliterate(display, scheme: scheme)
    }
    if ascii { result = asciiForm(result) }
    cache.withLock { cache in
      if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
      cache[cacheKey] = result
    }
    return result
  }

  /// `text.replacing("al\u{E000}", with: "al\u{E001}-")` on the UTF-8 bytes (`replacing` compares
  /// characters, and is slow); by `replacing` itself when a mark follows U+E000 (the character
  /// would then be U+E000 and the mark, which the pattern does not match).
  static func markingArticles(_ text: String) -> String {
    let bytes = Array(text.utf8)
    let pattern: [UInt8] = [0x61, 0x6C, 0xEE, 0x80, 0x80]  // a l U+E000
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 8)
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x61, index + pattern.count <= bytes.count,
        bytes[index..<(index + pattern.count)].elementsEqual(pattern)
      {
        let next = index + pattern.count
        guard next == bytes.count || bytes[next] < 0x80 else {
          return text.replacing("al\u{E000}", with: "al\u{E001}-")
        }
        out.append(contentsOf: [0x61, 0x6C, 0xEE, 0x80, 0x81, 0x2D])  // a l U+E001 -
        index = next
        continue
      }
      out.append(bytes[index])
      index += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Diacritics removed, ayn and hamza signs dropped (Ḩimş → Hims, Ra’s al ‘Ayn → Ras al Ayn).
  public func asciiForm(_ text: String) -> String { Self.asciiForm(text) }

  /// ``asciiForm(_:)``: it needs no loaded data.
  public static func asciiForm(_ text: String) -> String {
    // Fast path: letters of the table, combining marks and the ayn/hamza signs (the output is
    // ASCII, made byte by byte).
    var fast: [UInt8] = []
    fast.reserveCapacity(text.utf8.count)
    var needsICU = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        if value != 0x60 { fast.append(UInt8(value)) }
      } else if let base = latinBase(value) {
        fast.append(base)
      } else if (0x0300...0x036F).contains(value)
        || [0x2018, 0x2019, 0x02BB, 0x02BC, 0x02BF, 0x02BE, 0xB4].contains(value)
      {
        continue
      } else {
        needsICU = true
        break
      }
    }
    if !needsICU { return String(decoding: fast, as: UTF8.self) }
    // ICU's `NFD; [:Nonspacing Mark:] Remove; NFC`, without opening ICU's registry of transforms.
    let folded = (try? Transliterator.removingNonspacingMarks(text)) ?? text
    var scalars = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars {
      switch scalar.value {
      case 0x2018, 0x2019, 0x02BB, 0x02BC, 0x02BF, 0x02BE, 0x60, 0xB4: continue
      case 0x0131: scalars.append("i")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Capitalizes every word but the article inside a name (BGN: "Dayr az Zawr", "Ar Raqqah";
  /// press and ALA-LC: "al-Sukhnah", "Dayr al-Zawr"), then removes the article marks.
  static func capitalize(_ text: String, scheme: String) -> String {
    let marker: Unicode.Scalar = "\u{E001}"
    // Words: runs between spaces and hyphens; a word followed by U+E001 is the article. The output
    // is built in place: a word is appended as read, then its first letter upper-cased if needed.
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(text.utf8.count)
    var wordStart = 0
    var wordIndex = 0
    var afterArticle = false
    func flushWord(isArticle: Bool) {
      guard out.count > wordStart else { return }
      let capitalize =
        isArticle
        ? (scheme == "bgn" && wordIndex == 0 && wordStart == 0)
        : (wordIndex == 0 || afterArticle || !isLowerCaseWord(out[wordStart...]))
      if capitalize,
        let first = out[wordStart...].firstIndex(where: { isAlphabetic($0) && $0 != "ʻ" && $0 != "ʼ" })
      {
        let scalar = out[first]
        if scalar.value >= 0x61, scalar.value <= 0x7A {
          out[first] = Unicode.Scalar(UInt8(scalar.value - 0x20))
        } else {
          out.replaceSubrange(first...first, with: scalar.properties.uppercaseMapping.unicodeScalars)
        }
      }
      wordStart = out.count
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case " ":
        flushWord(isArticle: false)
        afterArticle = false
        if let last = out.last, last != " " { out.append(" ") }
        if !out.isEmpty { wordIndex += 1 }
        wordStart = out.count
      case "-":
        flushWord(isArticle: false)
        out.append(scalar)
        wordStart = out.count
      case marker:
        flushWord(isArticle: true)
        afterArticle = true
      default:
        out.append(scalar)
      }
    }
    flushWord(isArticle: false)
    while out.last == " " { out.removeLast() }
    var utf8: [UInt8] = []
    utf8.reserveCapacity(out.count * 2)
    for scalar in out { utf8.append(contentsOf: UTF8.encode(scalar)!) }
    return String(decoding: utf8, as: UTF8.self)
  }

  /// `properties.isAlphabetic`, answered without the Unicode tables for ASCII.
  @inline(__always)
  private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    return scalar.properties.isAlphabetic
  }

  /// Whether the scalars spell one of ``lowerCaseWords``.
  private static func isLowerCaseWord(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    guard word.count <= 4 else { return false }
    return lowerCaseWordScalars.contains { $0.elementsEqual(word) }
  }

  private static let lowerCaseWordScalars: [[Unicode.Scalar]] = lowerCaseWords.map { Array($0.unicodeScalars) }

  /// Function words written in lower case inside a name (Al ‘Āshir min Ramaḑān).
  static let lowerCaseWords: Set<String> = ["min", "wa", "fī", "fi", "bi", "li", "lil", "‘alá", "ʻalá", "ala"]

  /// The word with its first letter upper case (after a leading ayn or hamza sign).
  static func capitalizedWord(_ word: String) -> String {
    var result = ""
    var done = false
    for character in word {
      if !done, character.isLetter, !["ʻ", "ʼ"].contains(character) {
        result += character.uppercased()
        done = true
      } else {
        result.append(character)
      }
    }
    return result
  }
}

/// The base letter of a Latin letter with diacritics (see ``latinBaseLetterPairs``), or nil.
@inline(__always)
func latinBase(_ scalar: UInt32) -> UInt8? {
  let index: Int
  if scalar < 0x250 {
    index = Int(scalar)
  } else if scalar >= 0x1E00, scalar < 0x1F00 {
    index = Int(scalar - 0x1E00) + 0x250
  } else {
    return nil
  }
  let base = latinBaseTable[index]
  return base == 0 ? nil : base
}

/// ``latinBaseLetterPairs`` as a flat table: scalars below U+0250 at their value, U+1E00–U+1EFF
/// after them; 0 where a scalar has no entry.
private let latinBaseTable: [UInt8] = {
  var table = [UInt8](repeating: 0, count: 0x250 + 0x100)
  for (scalar, base) in latinBaseLetterPairs {
    precondition(scalar < 0x250 || (0x1E00..<0x1F00).contains(scalar), "latin base letter outside the table")
    table[scalar < 0x250 ? Int(scalar) : Int(scalar - 0x1E00) + 0x250] = base
  }
  return table
}()

/// Latin letters with diacritics (BGN/PCGN, ALA-LC and GeoNames spellings) and their base letters,
/// so that ASCII forms rarely need ICU.
let latinBaseLetterPairs: [(UInt32, UInt8)] = [
  (0x00C0, 0x41),
  (0x00C1, 0x41),
  (0x00C2, 0x41),
  (0x00C3, 0x41),
  (0x00C4, 0x41),
  (0x00C5, 0x41),
  (0x00C7, 0x43),
  (0x00C8, 0x45),
  (0x00C9, 0x45),
  (0x00CA, 0x45),
  (0x00CB, 0x45),
  (0x00CC, 0x49),
  (0x00CD, 0x49),
  (0x00CE, 0x49),
  (0x00CF, 0x49),
  (0x00D1, 0x4E),
  (0x00D2, 0x4F),
  (0x00D3, 0x4F),
  (0x00D4, 0x4F),
  (0x00D5, 0x4F),
  (0x00D6, 0x4F),
  (0x00D9, 0x55),
  (0x00DA, 0x55),
  (0x00DB, 0x55),
  (0x00DC, 0x55),
  (0x00DD, 0x59),
  (0x00E0, 0x61),
  (0x00E1, 0x61),
  (0x00E2, 0x61),
  (0x00E3, 0x61),
  (0x00E4, 0x61),
  (0x00E5, 0x61),
  (0x00E7, 0x63),
  (0x00E8, 0x65),
  (0x00E9, 0x65),
  (0x00EA, 0x65),
  (0x00EB, 0x65),
  (0x00EC, 0x69),
  (0x00ED, 0x69),
  (0x00EE, 0x69),
  (0x00EF, 0x69),
  (0x00F1, 0x6E),
  (0x00F2, 0x6F),
  (0x00F3, 0x6F),
  (0x00F4, 0x6F),
  (0x00F5, 0x6F),
  (0x00F6, 0x6F),
  (0x00F9, 0x75),
  (0x00FA, 0x75),
  (0x00FB, 0x75),
  (0x00FC, 0x75),
  (0x00FD, 0x79),
  (0x00FF, 0x79),
  (0x0100, 0x41),
  (0x0101, 0x61),
  (0x0102, 0x41),
  (0x0103, 0x61),
  (0x0104, 0x41),
  (0x0105, 0x61),
  (0x0106, 0x43),
  (0x0107, 0x63),
  (0x010C, 0x43),
  (0x010D, 0x63),
  (0x010E, 0x44),
  (0x010F, 0x64),
  (0x0112, 0x45),
  (0x0113, 0x65),
  (0x0116, 0x45),
  (0x0117, 0x65),
  (0x0118, 0x45),
  (0x0119, 0x65),
  (0x011A, 0x45),
  (0x011B, 0x65),
  (0x011E, 0x47),
  (0x011F, 0x67),
  (0x012A, 0x49),
  (0x012B, 0x69),
  (0x012E, 0x49),
  (0x012F, 0x69),
  (0x0131, 0x69),
  (0x0143, 0x4E),
  (0x0144, 0x6E),
  (0x0147, 0x4E),
  (0x0148, 0x6E),
  (0x014C, 0x4F),
  (0x014D, 0x6F),
  (0x0150, 0x4F),
  (0x0151, 0x6F),
  (0x015A, 0x53),
  (0x015B, 0x73),
  (0x015E, 0x53),
  (0x015F, 0x73),
  (0x0160, 0x53),
  (0x0161, 0x73),
  (0x0162, 0x54),
  (0x0163, 0x74),
  (0x0164, 0x54),
  (0x0165, 0x74),
  (0x016A, 0x55),
  (0x016B, 0x75),
  (0x016E, 0x55),
  (0x016F, 0x75),
  (0x0170, 0x55),
  (0x0171, 0x75),
  (0x0172, 0x55),
  (0x0173, 0x75),
  (0x0178, 0x59),
  (0x0179, 0x5A),
  (0x017A, 0x7A),
  (0x017B, 0x5A),
  (0x017C, 0x7A),
  (0x017D, 0x5A),
  (0x017E, 0x7A),
  (0x01E6, 0x47),
  (0x01E7, 0x67),
  (0x0218, 0x53),
  (0x0219, 0x73),
  (0x021A, 0x54),
  (0x021B, 0x74),
  (0x021E, 0x48),
  (0x021F, 0x68),
  (0x1E0C, 0x44),
  (0x1E0D, 0x64),
  (0x1E10, 0x44),
  (0x1E11, 0x64),
  (0x1E24, 0x48),
  (0x1E25, 0x68),
  (0x1E28, 0x48),
  (0x1E29, 0x68),
  (0x1E32, 0x4B),
  (0x1E33, 0x6B),
  (0x1E36, 0x4C),
  (0x1E37, 0x6C),
  (0x1E42, 0x4D),
  (0x1E43, 0x6D),
  (0x1E46, 0x4E),
  (0x1E47, 0x6E),
  (0x1E5A, 0x52),
  (0x1E5B, 0x72),
  (0x1E62, 0x53),
  (0x1E63, 0x73),
  (0x1E6C, 0x54),
  (0x1E6D, 0x74),
  (0x1E92, 0x5A),
  (0x1E93, 0x7A),
  (0x1E94, 0x5A),
  (0x1E95, 0x7A),
]
