// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// Small closed classes of function words the event rules test a token against
/// (`glossaries/brief/function-words.tsv`), in the matching form: each set is named by its use.
public struct FunctionWords: Sendable {
  /// The sets, by the name the file gives them.
  public enum Name: String, CaseIterable, Sendable {
    /// after a count of killed or wounded, introduces who they were (بينهم 4 أطفال وسيدتان): civilians were hit
    case victimsAmong = "victims-among"
    /// after victims named only as people, introduces who they were (أشخاص بينهم عناصر من قسد)
    case genericAmong = "generic-among"
    /// after people counted, what follows is a part of them, not their group (ثلاثة عمال بينهم امرأة)
    case listSubset = "list-subset"
    /// a part of one side between commas, between the two sides of a toll (خمسة عناصر من قسد، بينهم قيادي، واثنان …)
    case sideSubset = "side-subset"
    /// after لا: 'still' (لا يزال مفقوداً), no negation of the event
    case still = "still"
    /// prepositions that may stand between a casualty verb and the people it counts (قتل فيه خمسة)
    case afterCasualtyVerb = "after-casualty-verb"
    /// a phrase of cause or circumstance between a casualty verb and its count (قتل جراء القصف عشرة)
    case casualtyCause = "casualty-cause"
    /// a relative pronoun before a casualty verb: the people counted are described before it (عدد المدنيين الذين قضوا)
    case pluralRelative = "plural-relative"
    /// a toll rises to, or reaches, a number (ارتفع عدد القتلى إلى ثلاثة)
    case tollReaches = "toll-reaches"
    /// one of a group (أحد عناصر قسد): the person counted is one of the group
    case oneOf = "one-of"
    /// one of a group of people named after it (وأحد المارة)
    case oneOfPeople = "one-of-people"
    /// after a rank or office: a former one (عقيد سابق في المخابرات الجوية)
    case former = "former"
    /// between a member noun and the group it belongs to (عنصر من قسد, عنصر في الفرقة الرابعة)
    case memberOf = "member-of"
    /// the ranks or branch of a group between a member noun and the group (عنصر في صفوف قسد)
    case ranks = "ranks"
    /// words that end the clause of a trigger: what follows is another event or a description
    case clauseEnd = "clause-end"
    /// a preposition right after an actor's verb: what follows is its object, not its subject (ألقت القبض على خلية)
    case objectPreposition = "object-preposition"
    /// 'that' after a verb of saying: the reported clause starts after it
    case that = "that"
    /// words that end the short span after a cue word in which its actor is looked for
    case clauseStop = "clause-stop"
    /// prepositions that end an actor's name when it may not take a prepositional phrase
    case nameStop = "name-stop"
    /// after بين: clashes between two factions or groups of one side
    case twoFactions = "two-factions"
    /// 'of his/their own' after a word of affiliation (مواقع تابعة لهم): the victims' own positions
    case ownPronoun = "own-pronoun"
    /// before a place: a neighbourhood, more specific than the city named with it (حي الصليبة)
    case neighbourhood = "neighbourhood"
    /// settlement nouns of towns (not parts of them), after which a named town is the site, and a
    /// settlement noun with the article is a name (بلدة المزرعة)
    case townNoun = "town-noun"
    /// before a town noun: in the town itself, or its centre (في مدينة اللاذقية, وسط مدينة)
    case townCentre = "town-centre"
    /// before من: near the place that follows (بالقرب من تدمر)
    case near = "near"
    /// by the bullets of: the actor after it is the doer (برصاص قوات الاحتلال)
    case byBullets = "by-bullets"
    /// a verb or noun of firing whose subject comes before النار (إطلاق القوات الإسرائيلية النار,
    /// أطلقت قوة إسرائيلية الرصاص): the actor between them fired
    case openedFire = "opened-fire"
    /// a verb or noun of taking the wounded or dead somewhere (نُقلا على إثرها إلى أحد مشافي مدينة
    /// بصرى الشام): with a hospital noun after it, the place that follows is where they were taken
    case takenTo = "taken-to"
    /// a hospital noun (مشفى, مستشفى): see ``takenTo``
    case hospital = "hospital"
    /// after بين (or بين مسلحين من): two families, clans or tribes (بين عائلتين, بين مسلحين من
    /// عشيرتين): both sides of the clash are their gunmen
    case kinPair = "kin-pair"
    /// the dead or the victims with the article, before هم/هما or بينهم (القتيلين هما قيادي في
    /// تنظيم حراس الدين): who they were follows
    case theDead = "the-dead"
    /// negations of the noun after them (دون لوحات, دون اشتباكات): a verb further on is not
    /// negated, unless أن follows them (دون أن يصاب أحد)
    case nounNegation = "noun-negation"
    /// before the wound someone died of (متأثراً بإصابته, متأثرين بجراحهم): no count of wounded
    case diedOf = "died-of"
    /// vehicles a bomb goes off at (انفجرت عبوة بسيارة عسكرية): the thing hit, not a means
    case vehicle = "vehicle"
    /// a rank or a unit that, alone as a doer, names nobody (قيادي, الفرقة): no doer
    case namelessDoer = "nameless-doer"
    /// the class noun an armed group's name opens with, inside quotes («تجمع العزة», "لواء الفرقان")
    case groupClass = "group-class"
    /// the fall or departure a protest demands (بإسقاط النظام, رحيل السلطة): its target follows
    case demandFall = "demand-fall"
    /// after a day or period: the last one (يوم الأحد الماضي)
    case last = "last"
    /// 'while' before كان opening a sentence: a clause of the same time, not background
    case whileClause = "while"
    /// 'after' right before an event noun: an earlier event, not the clause's
    case after = "after"
    /// after one person: another or a third one (عنصراً ثالثاً, طفل آخر), still one person
    case another = "another"
    /// a relative pronoun before a verb: the verb is the relative clause's, on the noun before it
    case relative = "relative"
  }

  /// The words of each set, in file order (a few each: a look-up compares bytes, no hashing).
  private let words: [Name: [String]]

  /// Reads `brief/function-words.tsv`.
  ///
  /// - Throws: ``InputError`` for a set the program does not know (with its file, line and
  ///   column), or when a set it needs has no word.
  init(directory: DataDirectory) throws(InputError) {
    let path = directory.file("brief/function-words.tsv")
    let table = try TSVTable(path: path, required: ["arabic", "set"])
    var words: [Name: [String]] = [:]
    for row in table.rows {
      guard let name = Name(rawValue: String(table.field(row, "set"))) else {
        throw InputError("unknown set '\(table.field(row, "set"))'", at: table.location(row, column: "set"))
      }
      let word = ArabicNormalizer.matching.normalize(String(table.field(row, "arabic")))
      if words[name]?.contains(where: { ExactKey.sameBytes($0, word) }) != true {
        words[name, default: []].append(word)
      }
    }
    for name in Name.allCases where words[name] == nil {
      throw InputError("set '\(name.rawValue)' has no word", at: SourceLocation(file: path, line: table.headerLine))
    }
    self.words = words
  }

  /// Whether `key` (a token's matching form) is a word of `set`.
  ///
  /// - Complexity: O(*k*) in the few words of the set.
  public func contains(_ name: Name, _ key: String) -> Bool {
    words[name]?.contains { ExactKey.sameBytes($0, key) } ?? false
  }
}
