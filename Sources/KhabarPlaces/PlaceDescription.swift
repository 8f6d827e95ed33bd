// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// Descriptive place forms of Arabic news (`places/descriptive.tsv`): ريف الرقة الجنوبي الغربي →
/// "southwestern Raqqa countryside", ريف حمص الشرقي → "eastern Homs countryside", شرق حمص →
/// "east of Homs", البادية السورية → "the Syrian desert (Badia)".
///
/// Forms recognised (the file's header documents them), longest first:
/// 1. a region row, as a whole;
/// 2. AREA PLACE DIRECTION (ريف حمص الشرقي);
/// 3. AL-AREA DIRECTION لـPLACE (الريف الشرقي لحمص);
/// 4. AREA PLACE (ريف إدلب);
/// 5. RELATION PLACE (شمال غربي حلب).
///
/// The place inside is named by the gazetteer (press spelling first) or, when it is not there, by
/// the `fallback` closure (rule-based transliteration).
public struct PlaceDescription: Sendable {
  /// One description.
  public struct Described: Sendable {
    /// The English form.
    public var english: String
    /// The place inside the form, when the gazetteer knows it.
    public var place: PlaceMatch?
    /// `region`, `area`, `relation`.
    public var kind: String
  }

  /// Matching keys (as UTF-8: hashing an Arabic `String` normalizes it first) → English.
  private let regions: [NameKey: String]
  private let areas: [NameKey: String]
  private let directions: [NameKey: String]
  private let relations: [NameKey: String]
  /// The first word of every area and relation key: a form that is no region starts with one, so
  /// a key starting with anything else is no descriptive form (most keys asked about).
  private let leadingWords: Set<String>
  /// The most words of an area (and a relation) key by its first word: a key of more words that
  /// starts with the word is none of them.
  private let areaWords: [String: Int]
  private let relationWords: [String: Int]
  private let gazetteer: Gazetteer

  /// No descriptive forms (rules only).
  public init(gazetteer: Gazetteer) {
    regions = [:]
    areas = [:]
    directions = [:]
    relations = [:]
    leadingWords = []
    areaWords = [:]
    relationWords = [:]
    self.gazetteer = gazetteer
  }

  /// Loads `directory/places/descriptive.tsv`.
  public init(directory: DataDirectory, gazetteer: Gazetteer) throws(InputError) {
    let table = try TSVTable(path: directory.file("places/descriptive.tsv"), required: ["kind", "arabic", "english"])
    var regions: [NameKey: String] = [:]
    var areas: [NameKey: String] = [:]
    var directions: [NameKey: String] = [:]
    var relations: [NameKey: String] = [:]
    for row in table.rows {
      let key = NameKey(Gazetteer.key(table.field(row, "arabic")))
      let english = String(table.field(row, "english"))
      guard !key.bytes.isEmpty, !english.isEmpty else {
        throw InputError("empty Arabic or English form", at: table.location(row, column: "arabic"))
      }
      switch table.field(row, "kind") {
      case "region": if regions[key] == nil { regions[key] = english }
      case "area": if areas[key] == nil { areas[key] = english }
      case "direction": if directions[key] == nil { directions[key] = english }
      case "relation": if relations[key] == nil { relations[key] = english }
      default:
        throw InputError(
          "unknown kind '\(table.field(row, "kind"))' (expected area, direction, relation or region)",
          at: table.location(row, column: "kind"))
      }
    }
    self.regions = regions
    self.areas = areas
    self.directions = directions
    self.relations = relations
    func wordCounts(_ keys: Dictionary<NameKey, String>.Keys) -> [String: Int] {
      var counts: [String: Int] = [:]
      for key in keys {
        let words = String(decoding: key.bytes, as: UTF8.self).split(separator: " ")
        guard let first = words.first.map(String.init) else { continue }
        counts[first] = max(counts[first] ?? 0, words.count)
      }
      return counts
    }
    areaWords = wordCounts(areas.keys)
    relationWords = wordCounts(relations.keys)
    leadingWords = Set(areaWords.keys).union(relationWords.keys)
    self.gazetteer = gazetteer
  }

  /// The words of a key: split at spaces on UTF-8 bytes when every other character is ASCII or
  /// an Arabic letter (the characters are then single scalars, as `split` on characters would
  /// find them), else by `split` itself.
  static func words(of key: String) -> [String] {
    let utf8 = key.utf8
    var plain = true
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let byte = utf8[index]
      utf8.formIndex(after: &index)
      guard byte >= 0x80 else { continue }
      // U+0621…U+064A: D8 A1…D8 BF, D9 80…D9 8A.
      guard index != utf8.endIndex else {
        plain = false
        break
      }
      let next = utf8[index]
      utf8.formIndex(after: &index)
      if !((byte == 0xD8 && next >= 0xA1 && next <= 0xBF) || (byte == 0xD9 && next >= 0x80 && next <= 0x8A)) {
        plain = false
        break
      }
    }
    guard plain else { return key.split(separator: " ").map(String.init) }
    return utf8.split(separator: 0x20).map { String(Substring($0)) }
  }

  /// Whether `key` (matching form) is a region row.
  public func isRegion(key: String) -> Bool { regions[NameKey(key)] != nil }

  /// The English form of a descriptive place form, or nil when `name` is not one.
  ///
  /// - Parameter fallback: English for a place the gazetteer does not know (Arabic in, Latin out).
  public func describe(
    _ name: some StringProtocol, country: String? = nil, fallback: (String) -> String
  ) -> Described? {
    describe(key: Gazetteer.key(name), country: country, fallback: fallback)
  }

  /// ``describe(_:country:fallback:)`` for a key in matching form.
  public func describe(key: String, country: String? = nil, fallback: (String) -> String) -> Described? {
    describe(key: key, country: country, fallback: fallback, english: true)
  }

  /// Whether `key` (matching form) is a descriptive form around a place the gazetteer knows:
  /// `describe(key:fallback:)?.place != nil`, without writing the English.
  public func describesKnownPlace(key: String, country: String? = nil) -> Bool {
    describe(key: key, country: country, fallback: { $0 }, english: false)?.place != nil
  }

  /// ``describe(key:country:fallback:)``; without `english`, the form found has an empty English
  /// (neither the templates nor `fallback` are used: which form a key is does not depend on them).
  private func describe(key: String, country: String?, fallback: (String) -> String, english: Bool) -> Described? {
    if let region = regions[NameKey(key)] { return Described(english: region, place: nil, kind: "region") }
    // Every form below starts with an area or a relation: its first word comes first in the key.
    // (The first piece `split(separator: " ")` gives, without splitting the rest.)
    var rest = Substring(key)
    while rest.first == " " { rest = rest.dropFirst() }
    guard leadingWords.contains(String(rest.prefix { $0 != " " })) else { return nil }
    let words = PlaceDescription.words(of: key)
    guard words.count >= 2 else { return nil }
    // Ending in an area noun with the article (البادية الجنوبية للمدينة, ريف البلدة), the form
    // refers back to a place named before: the city's desert, not Medina's. No description.
    if var last = words.last {
      if last.hasPrefix("لل") { last = "ال" + last.dropFirst(2) }
      if last.hasPrefix("ال"), areas[NameKey(String(last.dropFirst(2)))] != nil { return nil }
    }

    func placeName(_ placeWords: ArraySlice<String>) -> (String, PlaceMatch?)? {
      guard !placeWords.isEmpty else { return nil }

      let placeKey = placeWords.joined(separator: " ")
      if let region = regions[NameKey(placeKey)] { return (region, nil) }
      if let match = gazetteer.lookup(key: placeKey, country: country) {
        // As the press scheme writes the place alone (Ad Duraykish countryside, not Ad Duraykīsh).
        return (match.place.pressSchemeName ?? match.place.name, match)
      }
      // An area form inside a relation or an area around a known place: شمال مدينة الرقة → north of
      // Raqqa city, وسط مدينة حلب → central Aleppo city (not "Madinat al-Raqqa").
      if placeWords.count >= 2, areas[NameKey(placeWords[placeWords.startIndex])] != nil,
        let inner = describe(key: placeKey, country: country, fallback: fallback, english: english),
        inner.kind == "area", let match = inner.place
      {
        return (inner.english, match)
      }
      return (english ? fallback(placeKey) : "", nil)
    }
    func fill(_ template: String, _ place: String) -> String {
      guard english else { return "" }
      // "central {place}" with "the Gaza Strip" is "central Gaza Strip" (a sentence adds "the").
      if place.hasPrefix("the "), !template.hasPrefix("{place}"), template.hasSuffix("{place}"),
        !template.contains(" of ")
      {
        return fill(template, String(place.dropFirst(4)))
      }
      var result = ""
      var rest = Substring(template)
      while let range = rest.firstRange(of: "{place}") {
        result += rest[..<range.lowerBound] + place
        rest = rest[range.upperBound...]
      }
      return result + rest
    }

    // AREA PLACE DIRECTION, AREA PLACE (area nouns are one or two words).
    let areaLongest = areaWords[words[0]] ?? 0
    for areaLength in [2, 1] where words.count > areaLength && areaLength <= areaLongest {
      let areaKey = words[..<areaLength].joined(separator: " ")
      guard let template = areas[NameKey(areaKey)] else { continue }
      for directionLength in [2, 1] where words.count - areaLength > directionLength {
        let directionKey = words[(words.count - directionLength)...].joined(separator: " ")
        guard let direction = directions[NameKey(directionKey)],
          let (place, match) = placeName(words[areaLength..<(words.count - directionLength)])
        else { continue }
        return Described(english: english ? direction + " " + fill(template, place) : "", place: match, kind: "area")
      }
      // AL-AREA DIRECTION li-PLACE: الريف الشرقي لحمص, الريف الشمالي للرقة.
      for directionLength in [2, 1] where words.count - areaLength > directionLength {
        let directionKey = words[areaLength..<(areaLength + directionLength)].joined(separator: " ")
        guard let direction = directions[NameKey(directionKey)] else { continue }
        var placeWords = Array(words[(areaLength + directionLength)...])
        guard let first = placeWords.first, first.hasPrefix("ل"), first.count > 2 else { continue }
        placeWords[0] = first.hasPrefix("لل") ? "ال" + first.dropFirst(2) : String(first.dropFirst())
        guard let (place, match) = placeName(placeWords[...]) else { continue }
        return Described(english: english ? direction + " " + fill(template, place) : "", place: match, kind: "area")
      }
      // AREA PLACE: the place is known, a region, or short enough to be a name (≤ 3 words).
      let rest = words[areaLength...]
      if let (place, match) = placeName(rest),
        match != nil || regions[NameKey(rest.joined(separator: " "))] != nil || rest.count <= 3
      {
        return Described(english: fill(template, place), place: match, kind: "area")
      }
    }
    // RELATION PLACE (relations are up to three words: على الحدود مع).
    let relationLongest = relationWords[words[0]] ?? 0
    for relationLength in [3, 2, 1] where words.count > relationLength && relationLength <= relationLongest {
      guard let template = relations[NameKey(words[..<relationLength].joined(separator: " "))],
        let (place, match) = placeName(words[relationLength...])
      else { continue }
      return Described(english: fill(template, place), place: match, kind: "relation")
    }
    return nil
  }
}
