// SPDX-License-Identifier: GPL-2.0-or-later

/// Where a fact comes from in the article: Unicode scalar offsets (what JSON consumers count) and
/// the Arabic text itself.
public struct Span: Hashable, Sendable, Codable {
  public var start: Int
  public var end: Int
  public var arabic: String
  public init(start: Int, end: Int, arabic: String) {
    self.start = start
    self.end = end
    self.arabic = arabic
  }
}

/// An actor of an event (doer, target, victims, source), with the hedge the article puts on it.
public struct ActorFact: Hashable, Sendable, Codable {
  /// English as the brief writes it ("regime forces", "unidentified gunmen").
  public var english: String
  /// The hedge when the article is not sure ("believed to be"), with the actor it hedges.
  public var hedge: String?
  public var hedgedActor: String?
  /// Allied or associated actors named with it (بدعم من …, والميليشيات الموالية له).
  public var allies: [String]
  /// How the allies relate: "backed by" (بدعم من) or "with" (بالتعاون مع).
  public var alliesRelation: String? = nil
  /// What of the actor was hit ("positions"), for targets.
  public var object: String?
  /// A target that is only the victims of the casualty count (no target named as such).
  public var isVictims: Bool = false
  /// The actor category analysts code when the article names people rather than a group:
  /// "civilians" for children, farmers, a young man …
  public var category: String? = nil
  public var span: Span

  /// "unidentified gunmen believed to be ISIS".
  public var phrase: String {
    var text = english
    if let hedge, let hedgedActor { text += " " + hedge + " " + hedgedActor }
    return text
  }
}

extension ActorFact {
  /// An actor named without a hedge or allies.
  init(_ english: String, object: String? = nil, isVictims: Bool = false, span: Span) {
    self.init(
      english: english, hedge: nil, hedgedActor: nil, allies: [], object: object, isVictims: isVictims, span: span)
  }
}

/// A count of people killed or wounded: exact, qualified (about 30) or vague (dozens, others).
public struct CountFact: Hashable, Sendable, Codable {
  /// The number when the article gives one.
  public var value: Int?
  /// "about", "at least", "more than" …
  public var qualifier: String?
  /// "dozens", "others", "a large number of", "several" when there is no number.
  public var vague: String?
  /// "seriously", "critically", "lightly" for the wounded.
  public var severity: String?
  /// Who: "members of regime forces and allied militias", "civilians".
  public var who: String?
  /// The group they belong to, without the member noun ("regime forces and allied militias").
  public var group: String?
  /// A toll update ("the toll rose to nine"), which supersedes earlier counts of the event.
  public var isUpdate: Bool = false
  /// The groups of a count split by side (قتل 4 من قسد و2 من الجيش الوطني), in the article's order.
  public var sides: [String] = []
  public var span: Span
  /// The counted subject when it stands before its verb (عنصرين من ميليشيا "الدفاع الوطني" قُتلا).
  public var subjectSpan: Span? = nil

  /// "about 30", "dozens", "others".
  public var phrase: String {
    if let vague, value == nil, ["dozens", "hundreds", "thousands", "several", "many"].contains(vague) { return vague }
    // One is written as a word: the article often says it with a singular noun (مقتل طفل).
    if let value { return (qualifier.map { $0 + " " } ?? "") + (value == 1 ? "one" : String(value)) }
    return vague ?? "an unknown number"
  }

  /// The count with its people: "30 members of regime forces", "3 (a woman and two children)";
  /// by side, or as a list of people each with their number, in brackets.
  public var phraseWithWho: String {
    guard let who else { return phrase }
    let first = who.prefix { $0 != " " }
    let listsPeople = ["a", "an", "one", "two"].contains(first) || Int(first) != nil
    if !sides.isEmpty || (listsPeople && value != nil) { return phrase + " (" + who + ")" }
    return phrase + (["dozens", "hundreds", "thousands", "many"].contains(vague ?? "") ? " of " : " ") + who
  }
}

/// A place of an event: gazetteer-linked when possible.
public struct PlaceFact: Hashable, Sendable, Codable {
  /// English name ("al-Rusafa").
  public var english: String
  /// Governorate (first-level division) in English.
  public var governorate: String?
  public var country: String?
  public var latitude: Double?
  public var longitude: Double?
  public var geonamesID: Int?
  /// How exact the coordinates are, as in ACLED's geo-precision: 1 the place itself; 2 a nearby
  /// reference place (the town an area such as "southwestern Raqqa countryside" is named after,
  /// when the article's place has no coordinates of its own); nil when none are known.
  public var geoPrecision: Int?
  /// `gazetteer`, `descriptive`, `region`, `route`, `rules` (a name the gazetteer lacks, spelled by
  /// the rules) or `landmark` (a spot inside a town, named by the rules: دوار البلعوم).
  public var source: String
  /// The descriptive area around it ("southwestern Raqqa countryside").
  public var area: String?
  /// How the event relates to the place when not "in": "near" (بالقرب من, قرب).
  public var relation: String?
  /// Other places with the same Arabic name, when the choice was not certain.
  public var alternatives: [String]
  public var span: Span
}

/// When an event happened.
public struct TimeFact: Hashable, Sendable, Codable {
  /// The day when it can be resolved (explicit date, or relative with `--date`).
  public var date: Day?
  /// As the article says it, in English ("yesterday", "on Thursday", "at dawn").
  public var english: String
  public var span: Span
}

/// Who reports a fact.
public struct SourceFact: Hashable, Sendable, Codable {
  /// "SY24", "the SY24 correspondent", "pro-regime media", "local sources".
  public var english: String
  /// The reporting verb's sense: "according to", "said", "reported".
  public var verb: String
  public var span: Span?
}

/// A detail of an event: what was used, seized; how long the fighting lasted; the purpose.
public struct DetailFact: Hashable, Sendable, Codable {
  /// `used`, `seized`, `withdrew`, `fought`, `protected`.
  public var kind: String
  /// The English of the detail ("machine guns, rockets and mortar shells").
  public var english: String
  public var span: Span
}

/// One event of an article.
public struct Event: Hashable, Sendable, Codable {
  public enum Role: String, Hashable, Sendable, Codable { case main, secondary, context }
  public var role: Role
  public var type: EventType?
  /// The English verb of the event ("attacked", "struck").
  public var verb: String?
  public var trigger: Span?
  public var perpetrator: ActorFact?
  public var target: ActorFact?
  public var places: [PlaceFact]
  public var killed: CountFact?
  public var wounded: CountFact?
  /// The article says explicitly that nobody was killed or wounded.
  public var noCasualties: Bool
  /// The event's own sentence tells of dead or wounded without a count the rules could read
  /// (then no count is taken from other sentences, which may count something else).
  public var casualtiesUncounted: Bool = false
  public var time: TimeFact?
  public var attribution: SourceFact?
  public var details: [DetailFact]
  /// The sentence(s) the event was read from.
  public var sentences: [Span]
}

/// The brief of one article.
public struct Brief: Sendable, Codable {
  /// The outlet named in the dateline ("SY24") and whether the piece is marked exclusive (خاص).
  public var outlet: String?
  public var exclusive: Bool
  /// The publication date given with `--date` or found in the dateline.
  public var published: Day?
  public var arabicHeadline: Span?
  /// The English headline the brief writes from the main event.
  public var headline: String
  /// The lead sentence, analyst's note style.
  public var lead: String
  /// Further sentences: details, secondary events, context.
  public var body: [String]
  public var events: [Event]
  /// Lines left out as page furniture (share buttons, navigation …).
  public var furniture: [Span]
  /// Problems worth telling the reader (no event found, …).
  public var warnings: [String]
}
