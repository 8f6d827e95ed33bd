// SPDX-License-Identifier: GPL-2.0-or-later

/// Tim Buckwalter's one-to-one ASCII transliteration of Arabic, as used by the lexicon tables.
public enum Buckwalter {
  /// (ASCII, Arabic) pairs of the standard table, with the P J V G extensions.
  static let pairs: [(Character, Unicode.Scalar)] = [
    ("'", "\u{0621}"), ("|", "\u{0622}"), (">", "\u{0623}"), ("&", "\u{0624}"), ("<", "\u{0625}"),
    ("}", "\u{0626}"), ("A", "\u{0627}"), ("b", "\u{0628}"), ("p", "\u{0629}"), ("t", "\u{062A}"),
    ("v", "\u{062B}"), ("j", "\u{062C}"), ("H", "\u{062D}"), ("x", "\u{062E}"), ("d", "\u{062F}"),
    ("*", "\u{0630}"), ("r", "\u{0631}"), ("z", "\u{0632}"), ("s", "\u{0633}"), ("$", "\u{0634}"),
    ("S", "\u{0635}"), ("D", "\u{0636}"), ("T", "\u{0637}"), ("Z", "\u{0638}"), ("E", "\u{0639}"),
    ("g", "\u{063A}"), ("_", "\u{0640}"), ("f", "\u{0641}"), ("q", "\u{0642}"), ("k", "\u{0643}"),
    ("l", "\u{0644}"), ("m", "\u{0645}"), ("n", "\u{0646}"), ("h", "\u{0647}"), ("w", "\u{0648}"),
    ("Y", "\u{0649}"), ("y", "\u{064A}"), ("F", "\u{064B}"), ("N", "\u{064C}"), ("K", "\u{064D}"),
    ("a", "\u{064E}"), ("u", "\u{064F}"), ("i", "\u{0650}"), ("~", "\u{0651}"), ("o", "\u{0652}"),
    ("`", "\u{0670}"), ("{", "\u{0671}"), ("P", "\u{067E}"), ("J", "\u{0686}"), ("V", "\u{06A4}"),
    ("G", "\u{06AF}"),
  ]

  private static let toArabicTable: [Character: Unicode.Scalar] = Dictionary(
    uniqueKeysWithValues: pairs.map { ($0.0, $0.1) })
  private static let fromArabicTable: [Unicode.Scalar: Character] = Dictionary(
    uniqueKeysWithValues: pairs.map { ($0.1, $0.0) })

  /// Arabic script for Buckwalter ASCII; characters outside the table pass through.
  public static func toArabic(_ ascii: some StringProtocol) -> String {
    var scalars = String.UnicodeScalarView()
    for character in ascii {
      if let scalar = toArabicTable[character] {
        scalars.append(scalar)
      } else {
        scalars.append(contentsOf: character.unicodeScalars)
      }
    }
    return String(scalars)
  }

  /// Buckwalter ASCII for Arabic script; characters outside the table pass through.
  public static func fromArabic(_ arabic: some StringProtocol) -> String {
    var result = ""
    for scalar in arabic.unicodeScalars {
      if let character = fromArabicTable[scalar] {
        result.append(character)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether a Buckwalter character is a diacritic (harakat, tanween, shadda, sukun, dagger alef).
  static func isDiacritic(_ character: Character) -> Bool {
    switch character {
    case "a", "u", "i", "o", "~", "F", "N", "K", "`": return true
    default: return false
    }
  }
}
