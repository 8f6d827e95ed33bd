// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import KhabarPlaces

/// English press spelling of a GeoNames (BGN/PCGN) name for a place without a curated press row:
/// the article as `al-` with a hyphen and unassimilated (Ar Rawḑah → al-Rawdah), name components
/// in their customary form from `transliteration/components.tsv` (Tall → Tell, Dayr → Deir,
/// ‘Ayn → Ain), no diacritics. Briefs are read by people who search news archives, where these
/// are the spellings in use; `khabar translit --scheme press` keeps GeoNames' own form.
struct PressSpelling: Sendable {
  /// Component in BGN (ASCII, lowercased) → press form.
  let components: [String: String]
  let ascii: @Sendable (String) -> String

  init(directory: DataDirectory, places: PlaceNames) {
    let rules = places.rules
    ascii = { rules.asciiForm($0) }
    var components: [String: String] = [:]
    if let table = try? TSVTable(path: directory.file("transliteration/components.tsv"), required: ["press", "bgn"]) {
      for row in table.rows {
        let bgn = rules.asciiForm(String(table.field(row, "bgn"))).lowercased()
        let press = String(table.field(row, "press"))
        if !bgn.isEmpty, !press.isEmpty, components[bgn] == nil { components[bgn] = press }
      }
    }
    self.components = components
  }

  static let articles: Set<String> = [
    "al", "ar", "as", "ad", "at", "az", "an", "ash", "adh", "ath", "ath", "aj", "el", "es", "ed", "et", "ez", "en",
  ]

  /// Ayn and hamza marks of BGN names, which press spellings drop.
  static let marks: Set<Character> = ["'", "\u{2018}", "\u{2019}", "\u{02BF}", "\u{02BE}", "`"]

  /// Ayn signs of BGN after a (or ā) and before a consonant or the end of the word written as a
  /// second a, as English news does (Sa‘d → Saad, Al Ba‘th → al-Baath, Qaşşā‘ → Qassaa); the other
  /// ayn signs are dropped later (Ma‘arrat → Maarrat).
  ///
  /// - Complexity: O(*n*) in the name's length.
  static func ainAfterA(_ name: String) -> String {
    let scalars = Array(name.unicodeScalars)
    guard scalars.contains(where: { ayns.contains($0.value) }) else { return name }
    var out = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      if ayns.contains(scalar.value), index > 0, ["a", "ā", "á", "A", "Ā"].contains(scalars[index - 1]) {
        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
        let nextIsVowel = "aeiouāīūáAEIOUĀĪŪ".unicodeScalars.contains(next)
        if !nextIsVowel {
          out.append("a")
          continue
        }
      }
      out.append(scalar)
    }
    return String(out)
  }

  /// The ayn signs of GeoNames' romanizations: ‘ (BGN), ` (its ASCII form) and ʿ.
  static let ayns: Set<UInt32> = [0x2018, 0x60, 0x02BF]

  /// The press form of a BGN name.
  ///
  /// - Complexity: O(*n*) in the name's length.
  func form(of standard: String) -> String {
    // Ayn and hamza marks go (Al-'Ubur → al-Ubur); an article written with a hyphen is a word.
    var words: [String] = []
    for word in ascii(Self.ainAfterA(standard)).split(separator: " ") {
      let bare = String(word.filter { !Self.marks.contains($0) })
      if let hyphen = bare.firstIndex(of: "-"), Self.articles.contains(bare[..<hyphen].lowercased()) {
        words += [String(bare[..<hyphen]), String(bare[bare.index(after: hyphen)...])]
      } else if !bare.isEmpty {
        words.append(bare)
      }
    }
    var result: [String] = []
    var index = 0
    while index < words.count {
      let word = words[index]
      let lower = word.lowercased()
      if Self.articles.contains(lower), index + 1 < words.count {
        let next = words[index + 1]
        let noun = components[next.lowercased()] ?? next
        result.append("al-" + noun)
        index += 2
        continue
      }
      result.append(components[lower] ?? word)
      index += 1
    }
    return result.joined(separator: " ")
  }
}
