// SPDX-License-Identifier: GPL-2.0-or-later

import KhabarArabic

extension Translator {
  /// إصابة, مصاب and أصيب with ب and a disease after them are infection, not injury: سجلت الوزارة 20
  /// إصابة جديدة بفيروس كورونا → the ministry registered 20 new infections with coronavirus (was
  /// "20 new injuries in coronavirus"); أصيب الرئيس بفيروس كورونا → the president was infected with
  /// coronavirus (was "was wounded in"). The English of injury and its infection counterpart are the
  /// word set infection_word (`injury>infection`), the diseases the word set disease_noun (the last
  /// word of the English after ب, lower case). Up to three adjectives or numbers may come between
  /// (إصابة جديدة), and after a verb up to four words with its subject among them; after a noun,
  /// up to four words with the people it counts and their من among them (إصابة 5 أشخاص بفيروس
  /// كورونا → 5 people infected with coronavirus; إصابة آلاف من الأشخاص بمرض سارس). أصيب جندي
  /// بجروح, أصيب بالرصاص keep "wounded".
  ///
  /// - Complexity: O(*n*) in the number of units.
  func readInfections(_ units: inout [Unit]) {
    guard !rules.diseaseNouns.isEmpty, !rules.infectionCounterparts.isEmpty else { return }
    for index in units.indices {
      // (Only a noun, an adjective or a verb is a word of injury: the others are not looked up.)
      let wordClass = units[index].wordClass
      guard wordClass == .noun || wordClass == .adjective || wordClass == .verb,
        let infection = rules.infectionCounterparts[units[index].english]
      else { continue }
      // (After a verb, its subject too: أصيب الرئيس بفيروس كورونا; after a noun, the people it
      // counts: إصابة 5 أشخاص.)
      let verb = wordClass == .verb
      let noun = wordClass == .noun
      var next = index + 1
      while next < units.count, next - index <= (verb || noun ? 4 : 3), units[next].proclitics.isEmpty,
        units[next].wordClass == .adjective || units[next].wordClass == .number
          || (verb || noun) && (units[next].wordClass == .noun || units[next].wordClass == .name)
          || noun && units[next].wordClass == .preposition && units[next].key == "من"
      {
        next += 1
      }
      guard next < units.count, units[next].proclitics.last == "ب", Self.namesDisease(units[next], rules) else {
        continue
      }
      units[index].english = infection
    }
  }

  /// The verbal noun of a news event (verbs.tsv verbal_noun) that `unit` is, with the participle
  /// of infection when ``readInfections(_:)`` made the word one (إصابة 5 أشخاص بفيروس كورونا → 5
  /// people infected, not "wounded"); nil when it is none.
  func verbalNoun(_ unit: Unit) -> RuleBook.VerbalNoun? {
    guard var noun = rules.verbalNouns[Self.keyWithoutProclitics(unit)] else { return nil }
    if let infected = rules.infectionCounterparts[noun.participle],
      rules.infectionCounterparts.values.contains(unit.english)
    {
      noun.participle = infected
    }
    return noun
  }

  /// Whether a unit's English names a disease (word set disease_noun, its last word in lower case).
  static func namesDisease(_ unit: Unit, _ rules: RuleBook) -> Bool {
    guard let last = lastWord(unit.english) else { return false }
    return rules.diseaseNouns.contains(last.lowercased())
  }
}
