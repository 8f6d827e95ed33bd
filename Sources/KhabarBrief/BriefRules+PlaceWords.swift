// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import KhabarGlossary

/// The words around place names (`glossaries/brief/place-words.tsv`), in the matching form: what
/// introduces a name, what is part of one, and what never is.
public struct PlaceWords: Sendable {
  /// Nouns followed by the name of the place they are (بلدة السخنة).
  public private(set) var settlement: Set<String> = []
  /// Settlement nouns naming a spot inside a town (دوار السوق).
  public private(set) var landmark: Set<String> = []
  /// Words after which a one-word village name that is also a word counts as a place.
  public private(set) var placeNoun: Set<String> = []
  /// First words of compound names (وادي, تل, أبو).
  public private(set) var component: Set<String> = []
  /// Road nouns (طريق الرقة – أثريا).
  public private(set) var road: Set<String> = []
  /// Adjectives between a road noun and the places it joins (الطريق الدولي دير الزور – الرقة).
  public private(set) var roadAdjective: Set<String> = []
  /// Prepositions, conjunctions and pronouns: never a place's name.
  public private(set) var particle: Set<String> = []
  /// Prepositions with a pronoun on them (عنه, منها): never a place, nor the start of one, though
  /// a town is spelled so (عنة).
  public private(set) var pronounParticle: Set<String> = []
  /// Words that make the place after them a reference point, not the site (ريف, شرقي).
  public private(set) var reference: Set<String> = []
  /// Words before an unknown name that stands before a descriptive area.
  public private(set) var beforeArea: Set<String> = []
  /// Words of allegiance after which a place names a patron, not a site (الموالية لأنقرة).
  public private(set) var patron: Set<String> = []
  /// Adjectives that end a village's name after a settlement noun (قرية الغارية الشرقية).
  public private(set) var nameEnd: Set<String> = []

  init(directory: DataDirectory) throws(InputError) {
    let table = try TSVTable(path: directory.file("brief/place-words.tsv"), required: ["arabic", "kind"])
    for row in table.rows {
      let word = ArabicNormalizer.matching.normalize(String(table.field(row, "arabic")))
      switch table.field(row, "kind") {
      case "settlement": settlement.insert(word)
      case "landmark": landmark.insert(word)
      case "place-noun": placeNoun.insert(word)
      case "component": component.insert(word)
      case "road": road.insert(word)
      case "road-adjective": roadAdjective.insert(word)
      case "particle": particle.insert(word)
      case "pronoun-particle":
        particle.insert(word)
        pronounParticle.insert(word)
      case "reference": reference.insert(word)
      case "before-area": beforeArea.insert(word)
      case "patron": patron.insert(word)
      case "name-end": nameEnd.insert(word)
      default:
        throw InputError("unknown kind '\(table.field(row, "kind"))'", at: table.location(row, column: "kind"))
      }
    }
  }

  /// Whether a word (matching form) is a settlement noun, also after one proclitic (وبلدة, لمديرية).
  ///
  /// - Complexity: O(1).
  public func isSettlement(_ key: String) -> Bool {
    if settlement.contains(key) { return true }
    guard let first = key.first, "وبلف".contains(first), key.count > 3 else { return false }
    return settlement.contains(String(key.dropFirst()))
  }
}
