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
    for event in brief.events where event.role == .secondary {
      if let sentence = secondary(event) { body.append(sentence) }
      if body.count >= 6 { break }
    }
    brief.body = body
  }

  // MARK: - Pieces

  func placePhrase(_ places: [PlaceFact], withGovernorate: Bool = true) -> String? {
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
      let roads = places.prefix(3).map { $0.english.replacingSuffix(" road", with: "").replacingPrefix("the ", with: "") }
      return "on the " + EventExtractor.joined(roads) + " roads".replacingOccurrencesIfSingle(roads.count)
    }
    return EventExtractor.joined(parts)
  }

  func casualtyClause(_ event: Event) -> String? {
    var parts: [String] = []
    if let killed = event.killed {
      var text = "killing " + killed.phrase
      if let who = killed.who { text += (killed.value == nil && killed.vague == "others" ? " " : " ") + who }
      parts.append(text)
    }
    if let wounded = event.wounded {
      if let killed = event.killed, killed == wounded {
        parts[parts.count - 1] = "killing and wounding " + killed.phrase + (killed.who.map { " " + $0 } ?? "")
      } else {
        var text = (wounded.severity.map { $0 + " " } ?? "") + "wounding " + wounded.phrase
        if let who = wounded.who, who != event.killed?.who { text += " " + who }
        parts.append(text)
      }
    }
    if parts.isEmpty { return event.noCasualties ? "with no casualties reported" : nil }
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
      return target.english.isEmpty ? object : "\(object) of \(target.english)"
    }
    return target.english
  }

  func sourcePhrase(_ event: Event, outlet: String?) -> String? {
    if let attribution = event.attribution { return "according to " + attribution.english }
    return outlet.map { "according to " + $0 }
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
          return "\(event.type?.nounPhrase.dropArticle ?? "attack") by \(hedged)"
        } ?? event.type?.nounPhrase.dropArticle ?? "violence"
      text = "\(Self.capitalized(what)) kills \(killed.phrase)" + (killed.who.map { " " + $0 } ?? "")
    } else if let doer = event.perpetrator, let verb = event.verb {
      text = "\(Self.capitalized(doer.phrase)) \(verb)" + (targetPhrase(event.target).map { " " + $0 } ?? "")
    } else {
      text = Self.capitalized(event.type?.nounPhrase.dropArticle ?? "incident")
    }
    if let place { text += " " + place }
    return text
  }

  func lead(_ event: Event, outlet: String?) -> String {
    var text = ""
    if let time = event.time {
      text = time.date.map { "On \($0.english), " } ?? (time.english.hasPrefix("on ") ? Self.capitalized(time.english) + ", " : Self.capitalized(time.english) + ", ")
    }
    let place = placePhrase(event.places)
    if let doer = event.perpetrator, let verb = event.verb {
      text += doerPhrase(doer) + " " + verb
      if let target = targetPhrase(event.target) { text += " " + target }
      if let place { text += " " + place }
      if let casualties = casualtyClause(event) { text += ", " + casualties }
    } else if let killed = event.killed ?? event.wounded {
      // Passive: "30 members of regime forces were killed and others wounded in an attack …".
      var clause = killed.phrase + (killed.who.map { " " + $0 } ?? "")
      if event.killed != nil {
        clause += " were killed"
        if let wounded = event.wounded, wounded != event.killed {
          clause += " and " + wounded.phrase + " " + (wounded.severity.map { $0 + " " } ?? "") + "wounded"
        } else if event.wounded != nil {
          clause = killed.phrase + " were killed or wounded" + (killed.who.map { " among " + $0 } ?? "")
        }
      } else {
        clause += " were " + (killed.severity.map { $0 + " " } ?? "") + "wounded"
      }
      text += clause
      if let type = event.type { text += " in " + type.nounPhrase }
      if let target = targetPhrase(event.target), target != killed.who { text += " on " + target }
      if let place { text += " " + place }
    } else if let type = event.type {
      text += "There was " + type.nounPhrase
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
      sentences.append("The fighting lasted \(fought.english.dropPrefix("for ")).")
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
    guard let type = event.type else { return nil }
    var text = ""
    let place = placePhrase(event.places, withGovernorate: false)
    if let doer = event.perpetrator, let verb = event.verb {
      text = doerPhrase(doer) + " " + verb
      if let target = targetPhrase(event.target) { text += " " + target }
    } else {
      text = "There was " + type.nounPhrase
      if let target = targetPhrase(event.target) { text += " against " + target }
    }
    if let place { text += " " + place }
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
