// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

extension Translator {
  /// Two adjectives of direction in a row, north or south then east or west, are one English
  /// adjective: الأطراف الشمالية الغربية → the northwestern outskirts (was "the Western north
  /// outskirts"); الحدود الجنوبية الشرقية → the southeastern border. (Descriptive place forms, ريف
  /// حلب الشمالي الغربي, come from the gazetteer whole and are not touched.) One direction after a
  /// part of a place (word set part_noun) is lower case.
  ///
  /// - Complexity: O(*n*) for *n* units.
  func joinCompassAdjectives(_ units: inout [Unit]) {
    var index = 0
    while index < units.count {
      defer { index += 1 }
      // (One direction after a part of a place is a direction, lower case: الأطراف الشرقية → the
      // eastern outskirts, not the glossary's political "Eastern".)
      if index > 0, units[index].wordClass == .adjective, units[index - 1].wordClass == .noun,
        let initial = units[index].english.first, initial.isUppercase,
        Self.compassPoint(units[index], among: Self.verticalPoints)
          ?? Self.compassPoint(units[index], among: Self.horizontalPoints) != nil,
        let last = Self.lastWord(units[index - 1].english), rules.partNouns.contains(last.lowercased())
      {
        units[index].english = initial.lowercased() + units[index].english.dropFirst()
      }
      guard index + 1 < units.count else { break }
      let (first, second) = (units[index], units[index + 1])
      guard first.source == .lexicon || first.source == .glossary,
        second.source == .lexicon || second.source == .glossary,
        first.proclitics.isEmpty, second.proclitics.isEmpty, first.enclitic == nil, second.enclitic == nil,
        first.definite == second.definite, first.span.upperBound <= second.span.lowerBound,
        let vertical = Self.compassPoint(first, among: Self.verticalPoints),
        let horizontal = Self.compassPoint(second, among: Self.horizontalPoints)
      else { continue }
      var joined = Self.adjective(first, spanning: first, second)
      joined.english = vertical + horizontal + "ern"
      units.replaceSubrange(index...(index + 1), with: [joined])
    }
  }

  /// An adjective of direction without the article before a place the glossary names is the
  /// part of that place: قتل 5 عناصر في شمالي سوريا → 5 members were killed in northern Syria (was
  /// "5 north members of Syria"); جنوبي مدينة الرقة، شمالي سوريا → …, northern Syria (was "north
  /// Syria"). (Places of the gazetteer take their direction there: شمالي حلب → north of Aleppo.)
  /// The two are one unit, the place's, which keeps its entry.
  ///
  /// - Complexity: O(*n*) for *n* units.
  func compassPlaces(_ units: inout [Unit], text: [UInt16]) {
    var index = 0
    while index + 1 < units.count {
      defer { index += 1 }
      let (direction, place) = (units[index], units[index + 1])
      guard place.source == .glossary, place.category == "place", place.wordClass == .name,
        place.proclitics.isEmpty, direction.source == .lexicon, direction.proclitics.isEmpty,
        direction.enclitic == nil, direction.span.upperBound <= place.span.lowerBound,
        !direction.key.hasPrefix("ال"),
        let point = Self.compassPoint(direction, among: Self.verticalPoints)
          ?? Self.compassPoint(direction, among: Self.horizontalPoints)
      else { continue }
      var joined = place
      joined.english = point + "ern " + place.english
      joined.span = direction.span.lowerBound..<place.span.upperBound
      joined.tokenRange = direction.tokenRange.lowerBound..<place.tokenRange.upperBound
      joined.arabic = Self.string(text, joined.span)
      units.replaceSubrange(index...(index + 1), with: [joined])
    }
  }

  /// The stems (matching form, no article, no feminine ending) of north and south, and of east
  /// and west, with the English each gives a compound.
  static let verticalPoints: [(stem: String, english: String)] = [("شمالي", "north"), ("جنوبي", "south")]
  static let horizontalPoints: [(stem: String, english: String)] = [("شرقي", "east"), ("غربي", "west")]

  /// The English of a unit that is an adjective of direction among `points` (الشمالية, شمالي,
  /// الغربي …), or nil.
  static func compassPoint(_ unit: Unit, among points: [(stem: String, english: String)]) -> String? {
    // (Every unit of a line is asked: most do not end in ي or يه, read from the key's last bytes.)
    let bytes = unit.key.utf8
    let ya: [UInt8] = [0xD9, 0x8A]
    guard bytes.count >= 8, bytes.suffix(2).elementsEqual(ya) || bytes.dropLast(2).suffix(2).elementsEqual(ya)
    else { return nil }
    var key = Substring(unit.key)
    if key.hasPrefix("ال") { key = key.dropFirst(2) }
    if key.hasSuffix("ه") { key = key.dropLast() }
    return points.first(where: { ExactKey.sameBytes($0.stem, String(key)) })?.english
  }
}
