// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import KhabarGlossary

/// The event types briefs use: ACLED's sub-event vocabulary, in the wording analysts use.
public enum EventType: String, CaseIterable, Sendable, Hashable, Codable {
  case armedClash = "armed clash"
  case attack
  case airStrike = "air/drone strike"
  case shelling = "shelling/artillery"
  case explosive = "IED/landmine"
  case suicideBomb = "suicide/car bomb"
  case abduction
  case arrest
  case execution
  case protest
  case territoryChange = "territory change"
  case securityOperation = "security operation"

  /// A noun phrase for the event in a sentence ("an attack", "an airstrike").
  public var nounPhrase: String {
    switch self {
    case .armedClash: "clashes"
    case .attack: "an attack"
    case .airStrike: "an airstrike"
    case .shelling: "shelling"
    case .explosive: "an explosion"
    case .suicideBomb: "a bombing"
    case .abduction: "an abduction"
    case .arrest: "an arrest raid"
    case .execution: "an execution"
    case .protest: "a protest"
    case .territoryChange: "an advance"
    case .securityOperation: "a security operation"
    }
  }
}

/// What a cue or trigger word does in a sentence (`glossaries/brief/triggers.tsv`, `cues.tsv`).
public enum CueRole: Sendable, Hashable {
  /// Names an event: type, specificity, past-tense English verb, whether it is a verb.
  case event(EventType, weight: Int, verb: String, isVerb: Bool)
  case killed(isVerb: Bool), wounded(isVerb: Bool), casualties
  /// Details of an event: used (weapons, vehicles), seized, withdrew, fought, protected (purpose).
  case detail(String, english: String)
  case qualifier(String)
  case vague(String)
  case severity(String)
  case hedge(String)
  case unknown
  case doer
  case target
  case attribution(String)
  case negation
  case relative(String, days: Int)
  case dayPart(String)
  case duration(String)
  case split, context, anaphor, affiliation, origin, claim
  /// Its subject mourned people of its own (نعى حزب الله اثنين من عناصره): the victims' group.
  case mourned
  /// The actor before it is behind the event word after it (خلية تابعة لداعش وراء التفجير).
  case behind
  /// A running total over a period (منذ مطلع العام): the clause counts many events, not one.
  case tally
  /// Its subject came under the event named after it with لـ (تعرض حاجز … لهجوم): the target.
  case exposed
  /// Opens the newest of the events told before it (وفي جديد تلك العمليات): those are background.
  case latest
  /// An earlier period (الشهر الماضي, قبل أيام): what the clause tells happened before the news.
  case earlier
  /// The event word after it is the reason for the event (على خلفية, رداً على).
  case cause
  /// No party claimed the event: the English of its unnamed doer.
  case unclaimed(String)
  /// A word that names one person where a count expects people (مقتل مزارع: a farmer).
  case personReading(String)
  /// Links two nouns of a list (تحمل → carrying); empty for a type name (من نوع).
  case link(String)
  /// A verb whose subject is the doer of the event named near it; of events of one type only when
  /// it has one (زرع, planted: a mine or bomb).
  case act(String, only: EventType? = nil)
  case support(String)
  /// A casualty noun that names the person (قتيل, جريح, شهيدة): without a number, the singular
  /// counts one and the dual two (شهيدة وجريحان).
  case person
}

extension CueRole {
  /// Whether the word inflects (event, casualty and detail words take the article and pronouns:
  /// الهجوم, استهدفوه); function words and fixed phrases do not.
  public var inflects: Bool {
    switch self {
    case .event, .killed, .wounded, .casualties, .detail, .act: true
    default: false
    }
  }

  /// Whether the role names an event.
  public var isEvent: Bool {
    if case .event = self { true } else { false }
  }

  /// Whether the role counts people: killed, wounded, or both.
  public var isCasualty: Bool {
    switch self {
    case .killed, .wounded, .casualties: true
    default: false
    }
  }

  /// Whether the role is a verb: of an event (اختطفوا) or of being killed or wounded (قُتل, أصيب).
  public var isVerb: Bool {
    switch self {
    case .event(_, _, _, let isVerb): isVerb
    default: isCasualtyVerb
    }
  }

  /// Whether the role is a verb of being killed or wounded (قُتل, أصيب).
  public var isCasualtyVerb: Bool {
    switch self {
    case .killed(true), .wounded(true): true
    default: false
    }
  }

  /// Whether the role belongs to a function word or fixed phrase, which never takes the article.
  public var isFunctionWord: Bool {
    switch self {
    case .split, .context, .negation, .attribution, .doer, .target, .support, .link, .affiliation, .origin, .claim,
      .cause, .unclaimed, .personReading, .tally, .exposed, .latest, .earlier, .mourned, .behind:
      true
    default: false
    }
  }
}

/// The brief's rule data: triggers, cues and page furniture, with a matcher for the first two.
///
/// The cue words are compiled into their own ``Glossary`` so they are found with the same
/// morphology-aware matching as terminology (article, proclitics, enclitic pronouns, letter
/// variants); verbs marked `inflect=verb` get their past and present forms generated.
public struct BriefRules: Sendable {
  /// Matcher over triggers and cues; each entry's index leads to its roles in `roles`.
  public let cues: Glossary
  /// The verbs of verb-preposition triggers alone (قضت of قضى على), for verb-subject-object order.
  let splitHeads: Glossary
  /// The preposition and roles of each entry of `splitHeads`.
  let headRoles: [ObjectIdentifier: (preposition: String, roles: [CueRole])]
  /// Last words (prepositions, and the object of أطلق النار) a trigger's verb may be separated
  /// from by its subject.
  static let splitPrepositions: Set<String> = ["على", "إلى", "عن", "في", "من", "النار"]
  /// The words that may stand between a split verb and its preposition.
  static let splitReach = 8
  /// Roles of each cue entry (same index as `cues.entries`).
  let roles: [ObjectIdentifier: [CueRole]]
  /// Furniture lines: exact (lowercased) and prefixes.
  let furnitureLines: Set<String>
  /// English head nouns (singular and plural) of terms that denote people (`people.tsv`).
  public let personNouns: Set<String>
  /// The plural of each singular head noun (member → members), for counts above one.
  public let personPlurals: [String: String]
  /// The plural head nouns among them (members, gunmen).
  public let personPluralForms: Set<String>
  /// Those of them that denote civilians.
  public let civilianNouns: Set<String>
  /// The words around place names (`place-words.tsv`).
  public let placeWords: PlaceWords
  /// Closed classes of function words the event rules test tokens against (`function-words.tsv`).
  public let functionWords: FunctionWords
  let furniturePrefixes: [String]
  /// Actor names whose English depends on the article's country (`country-names.tsv`): country
  /// code → the term's Arabic (matching form) → English.
  public let countryNames: [String: [String: String]]

  public init(directory: DataDirectory) throws(InputError) {
    var byForm: [String: (entry: GlossaryEntry, roles: [CueRole])] = [:]
    var order: [String] = []
    var withArticle: Set<String> = []
    var heads: [String: (entry: GlossaryEntry, preposition: String, roles: [CueRole])] = [:]
    var headOrder: [String] = []
    func add(_ arabic: String, _ role: CueRole, location: SourceLocation) {
      // Entries that the matcher cannot tell apart (it ignores the article) share one entry.
      let key = ArabicNormalizer.matching.normalize(arabic).split(separator: " ").map {
        $0.hasPrefix("ال") && $0.count > 3 ? String($0.dropFirst(2)) : String($0)
      }.joined(separator: " ")
      if arabic.hasPrefix("ال") { withArticle.insert(key) }
      if var existing = byForm[key] {
        if !existing.roles.contains(role) { existing.roles.append(role) }
        byForm[key] = existing
      } else {
        let entry = GlossaryEntry(arabic: arabic, english: "", category: .general, origin: location)
        byForm[key] = (entry, [role])
        order.append(key)
      }
    }

    let triggersPath = directory.file("brief/triggers.tsv")
    let triggers = try TSVTable(
      path: triggersPath, required: ["arabic", "role", "type", "weight", "inflect", "english"])
    for row in triggers.rows {
      let arabic = String(triggers.field(row, "arabic"))
      let location = triggers.location(row, column: "arabic")
      let isVerb = triggers.field(row, "inflect") == "verb"
      let english = String(triggers.field(row, "english"))
      let role: CueRole
      switch triggers.field(row, "role") {
      case "event":
        guard let type = EventType(rawValue: String(triggers.field(row, "type"))) else {
          throw InputError(
            "unknown event type '\(triggers.field(row, "type"))'", at: triggers.location(row, column: "type"))
        }
        guard let weight = Int(triggers.field(row, "weight")) else {
          throw InputError("weight must be an integer", at: triggers.location(row, column: "weight"))
        }
        role = .event(type, weight: weight, verb: english, isVerb: isVerb)
      case "killed": role = .killed(isVerb: isVerb)
      case "wounded": role = .wounded(isVerb: isVerb)
      case "casualties": role = .casualties
      case "act":
        let only = triggers.field(row, "type")
        guard only.isEmpty || EventType(rawValue: String(only)) != nil else {
          throw InputError("unknown event type '\(only)'", at: triggers.location(row, column: "type"))
        }
        role = .act(english, only: EventType(rawValue: String(only)))
      case "used", "seized", "withdrew", "fought", "protected":
        role = .detail(String(triggers.field(row, "role")), english: english)
      default:
        throw InputError("unknown role '\(triggers.field(row, "role"))'", at: triggers.location(row, column: "role"))
      }
      for form in isVerb ? Self.verbForms(arabic) : [arabic] { add(form, role, location: location) }
      // A verb with its preposition (قضى على, سيطر على): in verb-subject-object order the subject
      // comes between them (قضت وحدات من الجيش أمس على …), so the verb is also looked up alone.
      if isVerb, let space = arabic.lastIndex(of: " "),
        Self.splitPrepositions.contains(String(arabic[arabic.index(after: space)...]))
      {
        let preposition = ArabicNormalizer.matching.normalize(String(arabic[arabic.index(after: space)...]))
        for form in Self.verbForms(String(arabic[..<space])) {
          let key = ArabicNormalizer.matching.normalize(form)
          if var existing = heads[key] {
            if !existing.roles.contains(role) { existing.roles.append(role) }
            heads[key] = existing
          } else {
            heads[key] = (
              GlossaryEntry(arabic: form, english: "", category: .general, origin: location), preposition, [role]
            )
            headOrder.append(key)
          }
        }
      }
      if triggers.field(row, "inflect") == "person" { add(arabic, .person, location: location) }
    }

    let cuesPath = directory.file("brief/cues.tsv")
    let cueTable = try TSVTable(path: cuesPath, required: ["arabic", "kind", "english"])
    for row in cueTable.rows {
      let arabic = String(cueTable.field(row, "arabic"))
      let english = String(cueTable.field(row, "english"))
      let value = cueTable.column("value").map { _ in cueTable.field(row, "value") } ?? ""
      let role: CueRole
      switch cueTable.field(row, "kind") {
      case "qualifier": role = .qualifier(english)
      case "vague": role = .vague(english)
      case "severity": role = .severity(english)
      case "hedge": role = .hedge(english)
      case "unknown": role = .unknown
      case "doer": role = .doer
      case "target": role = .target
      case "attribution": role = .attribution(english)
      case "negation": role = .negation
      case "relative":
        guard let days = Int(value) else {
          throw InputError("relative time needs an integer value", at: cueTable.location(row, column: "value"))
        }
        role = .relative(english, days: days)
      case "part": role = .dayPart(english)
      case "duration": role = .duration(english)
      case "link": role = .link(english)
      case "origin": role = .origin
      case "claim": role = .claim
      case "mourned": role = .mourned
      case "behind": role = .behind
      case "split": role = .split
      case "context": role = .context
      case "tally": role = .tally
      case "exposed": role = .exposed
      case "latest": role = .latest
      case "earlier": role = .earlier
      case "anaphor": role = .anaphor
      case "affiliation": role = .affiliation
      case "cause": role = .cause
      case "unclaimed": role = .unclaimed(english)
      case "person": role = .personReading(english)
      case "support": role = .support(english)
      default:
        throw InputError("unknown kind '\(cueTable.field(row, "kind"))'", at: cueTable.location(row, column: "kind"))
      }
      add(arabic, role, location: cueTable.location(row, column: "arabic"))
    }

    splitHeads = Glossary(entries: headOrder.map { heads[$0]!.entry }, files: [triggersPath])
    var headRoles: [ObjectIdentifier: (preposition: String, roles: [CueRole])] = [:]
    for key in headOrder {
      headRoles[ObjectIdentifier(heads[key]!.entry)] = (heads[key]!.preposition, heads[key]!.roles)
    }
    self.headRoles = headRoles

    let entries = order.map { byForm[$0]!.entry }
    var roles: [ObjectIdentifier: [CueRole]] = [:]
    for key in order { roles[ObjectIdentifier(byForm[key]!.entry)] = byForm[key]!.roles }
    articleForms = Set(withArticle.map { ObjectIdentifier(byForm[$0]!.entry) })
    cues = Glossary(entries: entries, files: [triggersPath, cuesPath])
    self.roles = roles

    let furniture = try TSVTable(path: directory.file("brief/furniture.tsv"), required: ["text", "match", "kind"])
    var lines: Set<String> = []
    var prefixes: [String] = []
    for row in furniture.rows {
      let text = String(furniture.field(row, "text")).lowercased()
      switch furniture.field(row, "match") {
      case "line": lines.insert(text)
      case "prefix": prefixes.append(text)
      default:
        throw InputError(
          "match must be 'line' or 'prefix', not '\(furniture.field(row, "match"))'",
          at: furniture.location(row, column: "match"))
      }
    }
    furnitureLines = lines
    furniturePrefixes = prefixes

    let people = try TSVTable(path: directory.file("brief/people.tsv"), required: ["english", "plural", "civilian"])
    var nouns: Set<String> = []
    var civilians: Set<String> = []
    var plurals: [String: String] = [:]
    for row in people.rows {
      let forms = [String(people.field(row, "english")).lowercased(), String(people.field(row, "plural")).lowercased()]
      nouns.formUnion(forms)
      if forms[0] != forms[1] { plurals[forms[0]] = forms[1] }
      switch people.field(row, "civilian") {
      case "yes": civilians.formUnion(forms)
      case "no": break
      default: throw InputError("civilian must be yes or no", at: people.location(row, column: "civilian"))
      }
    }
    personNouns = nouns
    personPlurals = plurals
    personPluralForms = Set(plurals.values)
    civilianNouns = civilians
    placeWords = try PlaceWords(directory: directory)
    let countryTable = try TSVTable(
      path: directory.file("brief/country-names.tsv"), required: ["arabic", "country", "english"])
    var byCountry: [String: [String: String]] = [:]
    for row in countryTable.rows {
      let country = String(countryTable.field(row, "country"))
      guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
        throw InputError(
          "country must be an ISO 3166-1 alpha-2 code such as YE", at: countryTable.location(row, column: "country"))
      }
      let arabic = ArabicNormalizer.matching.normalize(String(countryTable.field(row, "arabic")))
      byCountry[country, default: [:]][arabic] = String(countryTable.field(row, "english"))
    }
    countryNames = byCountry
    functionWords = try FunctionWords(directory: directory)
  }

  /// Entries listed with the article in one of their forms (التابعة as well as تابعة).
  let articleForms: Set<ObjectIdentifier>

  /// Whether a cue entry may be read with the article.
  func takesArticle(_ entry: GlossaryEntry) -> Bool {
    entry.arabic.hasPrefix("ال") || articleForms.contains(ObjectIdentifier(entry))
  }

  /// The roles of a matched cue entry.
  func roles(of entry: GlossaryEntry) -> [CueRole] { roles[ObjectIdentifier(entry)] ?? [] }

  /// Past and present forms of a verb given in the past 3rd person masculine singular; for a
  /// phrase (شن هجوم) the first word is inflected. Unvocalized spelling makes the passive past
  /// (قُتل) the same as the active.
  ///
  /// - Complexity: O(1) forms per verb (about 20).
  public static func verbForms(_ verb: String) -> [String] {
    let words = verb.split(separator: " ", maxSplits: 1).map(String.init)
    guard let stem = words.first else { return [verb] }
    let rest = words.count > 1 ? " " + words[1] : ""
    var forms: [String] = []
    // A verb ending in ى (ألقى, أجرى) drops it: ألقت, ألقوا, يلقي, يلقون.
    if stem.hasSuffix("ى"), stem.count > 2 {
      let base = String(stem.dropLast())
      forms.append(stem)
      for suffix in ["ت", "وا", "يا", "تا", "ين", "ينا", "يتم"] { forms.append(base + suffix) }
      var present = base
      if let first = present.first, "اأإ".contains(first), present.count > 2 { present.removeFirst() }
      for prefix in ["ي", "ت", "ن"] {
        for suffix in ["ي", "ون", "يان", "ين"] { forms.append(prefix + present + suffix) }
      }
      return forms.map { $0 + rest }
    }
    for suffix in ["", "ت", "وا", "ا", "تا", "ن", "نا", "تم"] { forms.append(stem + suffix) }
    // Present: the initial alif of forms IV, VII, VIII, X goes (أعدم → يعدم, استهدف → يستهدف).
    var present = stem
    if let first = present.first, "اأإ".contains(first), present.count > 3 { present.removeFirst() }
    for prefix in ["ي", "ت", "ن"] {
      for suffix in ["", "ون", "ان", "ن"] { forms.append(prefix + present + suffix) }
    }
    return forms.map { $0 + rest }
  }

  /// Whether a trimmed line is page furniture (share buttons, navigation, related links …).
  public func isFurniture(_ line: String) -> Bool {
    let lower = line.lowercased()
    if furnitureLines.contains(lower) { return true }
    if furniturePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
    return isBreadcrumb(lower)
  }

  /// A breadcrumb trail (الرئيسية » أخبار » سوريا): short items, one of them a navigation line of
  /// its own, between » › or > signs.
  ///
  /// - Complexity: O(*n*) in the line's length.
  func isBreadcrumb(_ lower: String) -> Bool {
    func isSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == "»" || scalar == "›" || scalar == ">" }
    guard lower.unicodeScalars.contains(where: isSeparator) else { return false }
    let items = lower.split(whereSeparator: { $0.unicodeScalars.count == 1 && isSeparator($0.unicodeScalars.first!) })
      .map {
        String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
      }
    guard items.count >= 2, items.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 3 }) else {
      return false
    }
    return items.contains { furnitureLines.contains($0) }
  }
}
