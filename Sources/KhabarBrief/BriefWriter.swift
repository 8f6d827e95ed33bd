// SPDX-License-Identifier: GPL-2.0-or-later

/// Writes the English of a brief from its events: a headline, a lead sentence in the analyst's
/// note style ("On <date>, <actor> <did what> <to whom> in <place>, killing N and wounding M,
/// according to <source>.") and sentences for details, secondary events and context.
///
/// Every name, number and place comes from an event fact, which carries its Arabic span.
struct BriefWriter {
  let brief: Brief
  let headlineFallback: String?

  func write(into brief: inout Brief) {
    guard let main = brief.events.first(where: { $0.role == .main }) else {
      brief.headline = headlineFallback.map { Self.capitalized($0) } ?? "No event found"
      brief.lead = "No event of the kinds Khabar reads (attacks, clashes, strikes, arrests, protests …) was found."
      brief.warnings.append("no main event found")
      return
    }
    brief.headline = headline(main)
    brief.lead = lead(main, outlet: brief.outlet)
    var body: [String] = []
    body += details(main)
    var told: Set<String> = []
    for event in brief.events where event.role == .secondary {
      if let sentence = secondary(event), told.insert(sentence).inserted { body.append(sentence) }
      if body.count >= 6 { break }
    }
    // Background the article gives (يأتي هذا بعد …, ويذكر أن …), when the brief is still short.
    for event in brief.events where event.role == .context && body.count < 3 {
      if let sentence = secondary(event), told.insert(sentence).inserted { body.append("Background: " + sentence) }
    }
    brief.body = body
  }

  // MARK: - Pieces

  func placePhrase(_ places: [PlaceFact], withGovernorate: Bool = true) -> String? {
    // Each place once; a governorate already given as a place's governorate is not repeated.
    var seen: Set<String> = []
    let places = places.filter { place in
      seen.insert(place.english).inserted
        && !(place.english.hasSuffix(" governorate")
          && places.contains {
            $0.governorate.map { "\($0) governorate" } == place.english && $0.english != place.english
          })
    }
    guard !places.isEmpty else { return nil }
    var parts: [String] = []
    for place in places.prefix(3) {
      var text: String
      switch place.source {
      case "route": text = "on \(place.english)"
      case "region": text = "in \(place.english)"
      case "descriptive": text = "in the \(place.english)"
      default:
        text = "\(place.relation ?? "in") \(place.english)"
        if let area = place.area {
          text += ", " + (area.hasPrefix("the ") || area.first?.isUppercase == true ? area : area)
        }
        if withGovernorate, let governorate = place.governorate, governorate != place.english,
          !(place.area ?? "").contains(governorate)
        {
          text += " (\(governorate) governorate)"
        }
      }
      parts.append(text)
    }
    if parts.allSatisfy({ $0.hasPrefix("on the ") }) {
      let roads = places.prefix(3).map {
        $0.english.replacingSuffix(" road", with: "").replacingPrefix("the ", with: "")
      }
      return "on the " + EventExtractor.joined(roads) + " roads".replacingOccurrencesIfSingle(roads.count)
    }
    return EventExtractor.joined(parts)
  }

  func casualtyClause(_ event: Event) -> String? {
    var parts: [String] = []
    if let killed = event.killed {
      parts.append("killing " + killed.phraseWithWho)
    }
    if let wounded = event.wounded {
      if let killed = event.killed, killed == wounded {
        parts[parts.count - 1] = "killing and wounding " + killed.phraseWithWho
      } else {
        // The people are said once: not again when the killed were the same group.
        let counted = wounded.who != nil && wounded.who != event.killed?.who ? wounded.phraseWithWho : wounded.phrase
        parts.append((wounded.severity.map { $0 + " " } ?? "") + "wounding " + counted)
      }
    }
    if parts.isEmpty {
      if event.noCasualties { return "with no casualties reported" }
      return event.casualtiesUncounted ? "causing casualties (number not given)" : nil
    }
    return parts.joined(separator: " and ")
  }

  func doerPhrase(_ actor: ActorFact) -> String {
    var text = actor.phrase
    if !actor.allies.isEmpty {
      text += ", " + (actor.alliesRelation ?? "with") + " " + EventExtractor.joined(actor.allies) + ","
    }
    return text
  }

  func targetPhrase(_ target: ActorFact?) -> String? {
    guard let target else { return nil }
    if let object = target.object {
      let phrase: String
      if target.english.isEmpty {
        phrase = object
      } else if target.english.first?.isUppercase == true, !target.english.contains(" and ") {
        // A named group goes before the object: "ISIS positions", "SDF checkpoint".
        phrase = "\(target.english) \(object)"
      } else {
        phrase = "\(object) of \(target.english)"
      }
      // One thing hit takes the indefinite article: "a military vehicle", "an SDF checkpoint".
      guard let head = object.split(separator: " ").last,
        !head.hasSuffix("s") || head.hasSuffix("us") || head.hasSuffix("ss"), !phrase.isEmpty
      else {
        return phrase
      }
      return Self.indefinite(phrase)
    }
    // One person named by a common noun takes the indefinite article: "executed a young man" (not
    // a name that carries the Arabic article: al-Jolani).
    let english = target.english
    if english.first?.isLowercase == true, !english.hasPrefix("al-"), !english.hasSuffix("s"),
      !english.hasSuffix("people"),
      !english.hasSuffix("men"), !english.hasSuffix("children"), !english.hasSuffix("personnel"),
      !english.hasPrefix("a "), !english.hasPrefix("an "), !english.hasPrefix("the "), english.first?.isNumber == false,
      target.category == "civilians" || english.split(separator: " ").count <= 2
    {
      return Self.indefinite(english)
    }
    // Also a civilian with a nationality before the noun: "a Kurdish engineer", "an Iraqi refugee".
    let words = english.split(separator: " ")
    if target.category == "civilians", words.count == 2, words[0].first?.isUppercase == true, let last = words.last,
      last.first?.isLowercase == true, !last.hasSuffix("s"), !["people", "men", "children"].contains(last)
    {
      return Self.indefinite(english)
    }
    return english
  }

  /// A non-empty phrase with "a" or "an" before it, by the sound of its first letter; an
  /// initialism by the name of its letter ("an SDF checkpoint", "a UN convoy").
  static func indefinite(_ phrase: String) -> String {
    guard let first = phrase.first else { return phrase }
    let initialism = phrase.prefix { $0 != " " }.allSatisfy { $0.isUppercase || $0.isNumber }
    let vowelSound = initialism ? "AEFHILMNORSX".contains(first) : "aeiouAEIOU".contains(first)
    return (vowelSound ? "an " : "a ") + phrase
  }

  func sourcePhrase(_ event: Event, outlet: String?) -> String? {
    if let attribution = event.attribution { return "according to " + attribution.english }
    return outlet.map { "according to " + $0 }
  }

  /// "There was an attack" / "There were clashes".
  func thereWas(_ type: EventType) -> String {
    let phrase = type.nounPhrase
    return (phrase.hasPrefix("a") && phrase.contains(" ") || phrase == "shelling" ? "There was " : "There were ")
      + phrase
  }

  /// The verb with its object; without a target the event's noun carries the sentence
  /// ("carried out an abduction"), as a transitive verb cannot stand alone.
  func predicate(_ event: Event, verb: String) -> String {
    // Victims are told by the casualty clause; the target slot is for what was attacked.
    let hasCasualties = event.killed != nil || event.wounded != nil
    // Both sides one kind (gunmen of two families): they clashed, not with themselves.
    let sameSides = event.type == .armedClash && event.target?.english == event.perpetrator?.english
    if !sameSides, let target = targetPhrase(event.target), !(event.target!.isVictims && hasCasualties) {
      if event.type == .protest { return "protested against " + target }
      // Territory taken from someone: "took control of Tal Rifaat from the YPG".
      if placeIsObject(event), let place = event.places.first { return "\(verb) \(place.english) from \(target)" }
      // An operation is against people ("a sweep against regime militias"), on a thing ("an
      // airstrike on positions of …").
      if verb.hasPrefix("carried out") { return verb + (event.target?.object == nil ? " against " : " on ") + target }
      // "hit an SDF vehicle with an IED", not "hit with an IED an SDF vehicle".
      if verb.hasPrefix("hit with ") { return "hit \(target) " + verb.dropFirst(4) }
      return verb + " " + target
    }
    if verb == "patrolled" { return "ran patrols" }
    switch event.type {
    case .explosive?: return "detonated an explosive device"
    case .armedClash?: return "clashed"
    case .protest?: return "protested"
    case .territoryChange?:
      // The place is what changed hands: "took control of al-Dahla".
      if let place = event.places.first, placeIsObject(event),
        verb.hasSuffix(" of") || verb.hasSuffix(" into") || ["captured", "recaptured", "entered"].contains(verb)
      {
        return "\(verb) \(place.english)"
      }
      return verb.hasSuffix(" of") || verb.hasSuffix(" into") ? "advanced" : verb
    case let type?:
      // No object: a verb's own preposition goes ("opened fire on" → "opened fire").
      for preposition in [" with", " on", " of"] where verb.hasSuffix(preposition) {
        return String(verb.dropLast(preposition.count))
      }
      return ![
        "struck", "shelled", "bombed", "attacked", "targeted", "abducted", "arrested", "executed", "raided",
        "detained", "ambushed", "assassinated", "combed", "patrolled", "recaptured", "captured", "entered",
        "cordoned off", "reinforced", "hit with an IED",
      ].contains(verb) ? verb : "carried out " + type.nounPhrase
    case nil: return verb
    }
  }

  /// Whether the predicate names the first place itself ("took control of al-Dahla").
  func placeIsObject(_ event: Event) -> Bool {
    guard event.type == .territoryChange, event.target?.object == nil,
      let place = event.places.first, place.source == "gazetteer" || place.source == "rules", let verb = event.verb
    else { return false }
    return verb.hasSuffix(" of") || verb.hasSuffix(" into") || ["captured", "recaptured", "entered"].contains(verb)
  }

  /// The place phrase after a predicate that already named the first place: its area and the
  /// other places.
  func remainingPlaces(_ event: Event) -> String? {
    guard placeIsObject(event), let first = event.places.first else { return placePhrase(event.places) }
    var parts: [String] = []
    if let area = first.area { parts.append(area) }
    if let governorate = first.governorate, !(first.area ?? "").contains(governorate) {
      parts.append("\(governorate) governorate")
    }
    let head = parts.isEmpty ? nil : ", " + parts.joined(separator: ", ")
    let rest = placePhrase(Array(event.places.dropFirst()))
    switch (head, rest) {
    case (nil, nil): return nil
    case (let h?, nil): return String(h.dropFirst(2))
    case (nil, let r?): return r
    case (let h?, let r?): return String(h.dropFirst(2)) + " and " + r
    }
  }

  // MARK: - Sentences

  func headline(_ event: Event) -> String {
    var text = ""
    let place = event.places.first.map { place -> String in
      if place.source == "route" { return "on " + place.english }
      return (place.source == "descriptive" ? "in the " : "in ") + place.english
    }
    if let killed = event.killed, killed.value != nil || killed.vague == "dozens" {
      let what =
        event.perpetrator.map { actor -> String in
          let hedged = actor.hedge != nil ? "suspected \(actor.hedgedActor ?? actor.english)" : actor.english
          // Clashes have sides, not a doer: "Clashes between regime forces and HTS fighters kill 5".
          if event.type == .armedClash {
            if let other = event.target, !other.english.isEmpty, !other.isVictims, other.english != actor.english {
              return "clashes between \(hedged) and \(other.english)"
            }
            return "clashes involving \(hedged)"
          }
          return "\(event.type?.nounPhrase.dropArticle ?? "attack") by \(hedged)"
        } ?? event.type?.nounPhrase.dropArticle ?? "violence"
      let verb = what.hasPrefix("clashes") ? "kill" : "kills"
      text = "\(Self.capitalized(what)) \(verb) " + (killed.sides.isEmpty ? killed.phraseWithWho : killed.phrase)
    } else if let doer = event.perpetrator, let verb = event.verb {
      text = "\(Self.capitalized(doer.phrase)) \(predicate(event, verb: verb))"
      // The place taken is already the object: "… took control of Tal Rifaat".
      if placeIsObject(event) { return text }
    } else {
      text = Self.capitalized(event.type?.nounPhrase.dropArticle ?? "incident")
    }
    if let place { text += " " + place }
    return text
  }

  func lead(_ event: Event, outlet: String?) -> String {
    var text = ""
    if let time = event.time {
      text =
        time.date.map { "On \($0.english), " }
        ?? (time.english.hasPrefix("on ")
          ? Self.capitalized(time.english) + ", " : Self.capitalized(time.english) + ", ")
    }
    let place = placePhrase(event.places)
    if let doer = event.perpetrator, let verb = event.verb {
      text += doerPhrase(doer) + " " + predicate(event, verb: verb)
      if placeIsObject(event) {
        if let rest = remainingPlaces(event) {
          text += rest.hasPrefix("in ") || rest.hasPrefix("on ") ? " " + rest : ", " + rest
        }
      } else if let place {
        text += " " + place
      }
      if let casualties = casualtyClause(event) { text += ", " + casualties }
    } else if let killed = event.killed ?? event.wounded {
      // Passive: "30 members of regime forces were killed and others wounded in an attack …".
      var clause = killed.phraseWithWho
      let be = killed.value == 1 && killed.sides.isEmpty ? "was" : "were"
      if event.killed != nil {
        clause += " \(be) killed"
        if let wounded = event.wounded, wounded != event.killed {
          clause += " and " + wounded.phrase + " " + (wounded.severity.map { $0 + " " } ?? "") + "wounded"
        } else if event.wounded != nil {
          clause = killed.phrase + " were killed or wounded" + (killed.who.map { " among " + $0 } ?? "")
        }
      } else {
        clause += " \(be) " + (killed.severity.map { $0 + " " } ?? "") + "wounded"
      }
      text += clause
      if let type = event.type { text += " in " + type.nounPhrase }
      // "… killed in an attack on regime positions"; with no event word, the victims' group is
      // already said ("2 members of regime forces were killed").
      if event.type != nil, let target = targetPhrase(event.target), target != killed.who,
        !(killed.who?.hasSuffix(target) ?? false), event.target?.isVictims != true
      {
        text += " on " + target
      }
      if let place { text += " " + place }
    } else if let type = event.type {
      // "This morning, there was …": lower case after a time.
      let there = thereWas(type)
      text += text.isEmpty ? there : there.prefix(1).lowercased() + there.dropFirst()
      if let target = targetPhrase(event.target) { text += " against " + target }
      if let place { text += " " + place }
      if event.noCasualties { text += ", with no casualties reported" }
    }
    if let source = sourcePhrase(event, outlet: outlet) { text += ", " + source }
    return Self.capitalized(text) + "."
  }

  func details(_ event: Event) -> [String] {
    var sentences: [String] = []
    let subject = event.perpetrator == nil ? "The perpetrators" : "The attackers"
    if let used = event.details.first(where: { $0.kind == "used" }) {
      sentences.append("\(subject) used \(used.english).")
    }
    if let fought = event.details.first(where: { $0.kind == "fought" }) {
      let what = [.armedClash, .attack, .territoryChange].contains(event.type) ? "The fighting" : "It"
      sentences.append("\(what) lasted \(fought.english.dropPrefix("for ")).")
    }
    let seized = event.details.first { $0.kind == "seized" }
    if event.details.contains(where: { $0.kind == "withdrew" }) {
      sentences.append("They withdrew" + (seized.map { " after seizing \($0.english)" } ?? "") + ".")
    } else if let seized {
      sentences.append("They seized \(seized.english).")
    }
    return sentences
  }

  func secondary(_ event: Event) -> String? {
    // An event word with nobody, nowhere and no casualties says nothing worth a sentence.
    guard let type = event.type,
      event.perpetrator != nil || !event.places.isEmpty || event.killed != nil || event.wounded != nil
    else { return nil }
    var text = ""
    let place = placePhrase(event.places, withGovernorate: false)
    if let doer = event.perpetrator, let verb = event.verb {
      text = doerPhrase(doer) + " " + predicate(event, verb: verb)
    } else {
      text = thereWas(type)
      if let target = targetPhrase(event.target) { text += " against " + target }
    }
    if placeIsObject(event), event.perpetrator != nil {
      if let rest = remainingPlaces(event) {
        text += rest.hasPrefix("in ") || rest.hasPrefix("on ") ? " " + rest : ", " + rest
      }
    } else if let place {
      text += " " + place
    }
    if let casualties = casualtyClause(event) { text += ", " + casualties }
    if let purpose = event.details.first(where: { $0.kind == "protected" }) { text += " " + purpose.english }
    if let time = event.time { text += " " + (time.date.map { "on " + $0.english } ?? time.english) }
    if let attribution = event.attribution { text += ", according to " + attribution.english }
    return Self.capitalized(text) + "."
  }

  static func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}

extension String {
  var dropArticle: String {
    for article in ["an ", "a ", "the "] where hasPrefix(article) { return String(dropFirst(article.count)) }
    return self
  }
  func dropPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
  func replacingSuffix(_ suffix: String, with new: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) + new : self
  }
  func replacingPrefix(_ prefix: String, with new: String) -> String {
    hasPrefix(prefix) ? new + dropFirst(prefix.count) : self
  }
  func replacingOccurrencesIfSingle(_ count: Int) -> String { count == 1 ? " road" : self }
}
