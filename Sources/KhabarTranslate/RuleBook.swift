// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// The translator's rule data (`glossaries/translate/`): function words, English verb forms,
/// passive news verbs and the structural rules, each with the file and line it comes from.
public struct RuleBook: Sendable {
  /// A function word: its English, its role for the structural rules, and where it is defined.
  public struct FunctionWord: Sendable, Hashable {
    public var english: String
    public var role: String
    public var origin: String
  }

  public struct VerbForms: Sendable, Hashable {
    public var past: String
    public var participle: String
  }

  /// Function words by matching key.
  public var functionWords: [ExactKey: FunctionWord] = [:]
  /// Function words by their spelling without harakat (إن and أن differ here).
  public var exactFunctionWords: [ExactKey: FunctionWord] = [:]
  /// Irregular English verbs by base form.
  public var irregular: [String: VerbForms] = [:] {
    didSet { participles = Self.participles(of: irregular) }
  }
  /// The words ``isParticiple(_:)`` is true of, found once.
  private var participles: Set<String> = []
  /// Arabic verbs (matching key of the 3rd person masculine perfect) read as passive without a subject.
  public var passiveWithoutSubject: [String: String] = [:]
  /// Personal names by their spelling without harakat: (English, `file:line`).
  public var names: [String: (english: String, origin: String)] = [:]
  /// Names of languages (`translate/languages.tsv`) by the matching key of their nisba without the
  /// article (انجليزيه): (English, `file:line`).
  public var languages: [ExactKey: (english: String, origin: String)] = [:]
  /// News verbs by lexicon stem (matching form): English base, governed preposition, `file:line`;
  /// for a verb with a row with a preposition and one without (وثق ب → trust, وثق → document), the
  /// row without one as `otherwise`: the English when the governed preposition is not there.
  public var newsVerbs:
    [String: (english: String, preposition: String, origin: String, otherwise: (english: String, origin: String)?)] =
      [:]
  /// Verbal nouns of news events (matching form) → their participle, verb and row: a headline
  /// or sentence that opens with one and a count is "N killed" (مقتل 5 عناصر → 5 members killed).
  public var verbalNouns: [String: VerbalNoun] = [:]
  /// Verbs whose English differs when what they are done to is people (verbs.tsv kind
  /// people_object; matching form of the citation → English base and row): أصاب مسلحون شاباً →
  /// gunmen wounded a young man, أصابت القذيفة منزلاً → the shell hit a house.
  public var peopleObjectVerbs: [String: (english: String, origin: String)] = [:]
  /// Imperfects as written (matching form, without proclitics) whose usual reading without
  /// harakat is the passive (verbs.tsv kind passive_imperfect): يعد → be considered (يُعد).
  public var passiveImperfects: [String: (english: String, origin: String)] = [:]
  /// Imperfects as written (matching form, without proclitics) that are another verb before a
  /// preposition (verbs.tsv kind imperfect_with_preposition): يعد ب → promise (وعد, not أعدّ).
  public var imperfectsWithPreposition: [String: (english: String, preposition: String, origin: String)] = [:]
  /// A news event's verbal noun (verbs.tsv kind verbal_noun): the English participle and verb
  /// (base, empty when the row gives none) and the row.
  public typealias VerbalNoun = (participle: String, base: String, origin: String)
  /// Nouns of manner: ب + one + an indefinite adjective is the adjective's adverb
  /// (`translate/adverbs.tsv`, kind manner; matching form → the row's origin).
  public var mannerNouns: [String: String] = [:]
  /// ب + one of these nouns alone is an English adverb (kind adverb).
  public var adverbNouns: [String: (english: String, origin: String)] = [:]
  /// English adverbs that -ly does not make, by adjective (kind irregular).
  public var irregularAdverbs: [String: String] = [:]
  /// Patterns that turn a verbal noun's vocalized stem (Buckwalter) into its verb's perfect stem
  /// (`translate/verbal-nouns.tsv`), in the file's order.
  public var verbalNounPatterns: [(noun: [UInt8], verb: [UInt8], glossEndings: [String], origin: String)] = []
  /// Verbal nouns of a change a headline opens with (`verbs.tsv`, kind `change_noun`: ارتفاع → rise):
  /// the noun phrase after it rises to what إلى names (ارتفاع حصيلة القتلى إلى 5 → the death toll
  /// rises to 5).
  public var changeNouns: [String: (base: String, origin: String)] = [:]
  /// Name components that open place names in running text (`transliteration/components.tsv`,
  /// place = yes: تل, عين, بئر …), in matching form.
  public var placeOpeningComponents: Set<ExactKey> = []
  /// Words (matching form) after which a curated place whose name is also a common word is the
  /// place (`place-cues.tsv`: في درعا → in Daraa).
  public var placeCues: Set<String> = []
  /// Nouns of a settlement (`place-cues.tsv`, settlement = yes), after which a word read from the
  /// lexicon is the settlement's name (بلدة الحصان → al-Hisan, not "the horse").
  public var settlementNouns: Set<String> = []
  /// English head nouns of events (`event-nouns.tsv`): ب on one of them is "in" (بهجوم → in an
  /// attack).
  public var eventNouns: Set<String> = []
  /// Class nouns written before a quoted name (`name-classes.tsv`), by matching key: the English
  /// before and after the quoted name's ("Operation ", ""; "", " militia"), the class word those
  /// make ("militia"), whether a quoted actor stands alone, and the row (`file:line`).
  public var nameClasses: [String: (before: String, after: String, classWord: String, alone: Bool, origin: String)] =
    [:]
  /// English nouns of people (`translate/word-sets.tsv`, set `human`): see ``isHuman(_:)``.
  public var humanNouns: Set<String> = []
  /// English adjectives of relation that keep their لـ complement after the noun (set
  /// `relation_adjective`: a checkpoint affiliated to the SDF).
  public var relationAdjectives: Set<String> = []
  /// English modals whose verb follows without "to" (set `bare_infinitive_modal`: can be, must go).
  public var bareInfinitiveModals: Set<String> = []
  /// English singulars in -s that ``singularInS(_:)`` does not tell by their ending (set
  /// `singular_in_s`: means, species).
  public var singularsInS: Set<String> = []
  /// English plurals without -s (set `plural_without_s`: people, police, children).
  public var pluralsWithoutS: Set<String> = []
  /// English head nouns that an indefinite noun of an action after them in construct turns into
  /// an English compound (set `compound_head`: عملية تفتيش → search operation).
  public var compoundHeads: Set<String> = []
  /// Verbs of a result (set `result_verb`, matching form): ما before one stands for the clause
  /// before it ("which") even with no comma.
  public var resultVerbs: Set<String> = []
  /// Verbs of reporting (set `reporting_verb`, matching form of the citation): after حسب ما or وفق
  /// ما, the phrase is "according to" their subject.
  public var reportingVerbs: Set<String> = []
  /// Verbs whose subject before an أن clause is "it" (set `impersonal_verb`, matching form of the
  /// citation): يبدو أن → it seems that.
  public var impersonalVerbs: Set<String> = []
  /// Imperfects read as the passive of believing after an indefinite noun and before أن with a
  /// pronoun (set `belief_passive`, matching form: يعتقد, يرجح).
  public var beliefPassives: Set<String> = []
  /// English adverbs that go before the verb, after its first auxiliary (set `mid_adverb`, lower
  /// case): one written between a verb and its subject moves there (لوحظ أيضا الإسهال → diarrhea was
  /// also noticed).
  public var midAdverbs: Set<String> = []
  /// Quantifiers that open a subject after its verb (set `subject_quantifier`, matching form):
  /// عانى بعض المرضى → some patients suffered.
  public var subjectQuantifiers: Set<String> = []
  /// English nouns (lower case, the last word of a term) of a part of a place (set `part_noun`):
  /// لـ after one names the place ("the eastern outskirts of"), and a direction after one is
  /// lower case ("the eastern outskirts").
  public var partNouns: Set<String> = []
  /// English common nouns (lower case) that, as the head word of a glossary name (its last word,
  /// or the last before " of " or " for "), make the name take "the" (set `article_name`: the
  /// United States, the Gaza Strip, the Syrian Observatory for Human Rights).
  public var articleNames: Set<String> = []
  /// English adjectives of how bad a wound is (lower case; set `injury_degree`): after "wounded",
  /// "with serious injuries" is the adverb, "seriously wounded".
  public var injuryDegrees: Set<String> = []
  /// English nouns of wounds that "wounded with" and a degree fold into the adverb (set
  /// `wound_noun`: injuries, wounds).
  public var woundNouns: Set<String> = []
  /// English nouns of diseases (last word, lower case) after which ب reads an injury as an
  /// infection (set `disease_noun`: coronavirus, influenza).
  public var diseaseNouns: Set<String> = []
  /// English words of injury and their infection counterparts, as written in the set
  /// (`injury>infection`, set `infection_word`).
  public var infectionWords: Set<String> = []
  /// The same pairs read once at load: word of injury → its infection counterpart.
  public var infectionCounterparts: [String: String] = [:]
  /// Nouns with another English when a number counts them, as written in the set (`حالة>case`,
  /// set `counted_sense`).
  public var countedSensePairs: Set<String> = []
  /// The same pairs read once at load: noun (matching form) → its English when counted.
  public var countedSenses: [String: String] = [:]
  /// Arabic names of Latin letters and the letter, as written in the set (`دي>D`, set
  /// `letter_name`).
  public var letterNamePairs: Set<String> = []
  /// The same pairs read once at load: name as written (without vowel marks) → letter.
  public var letterNames: [String: String] = [:]
  /// ``letterNames`` by the name's UTF-8 bytes packed in an integer (``packedBytes(_:)``): the
  /// look-up every short word makes hashes no string.
  var letterNamesByBytes: [UInt64: String] = [:]
  /// The same by the packed bytes of the name's matching form, for names written without their
  /// hamza (اي): the first pair of the set with that form wins (إي E before آي I).
  var letterNamesByMatchingBytes: [UInt64: String] = [:]

  /// The UTF-8 bytes of a string of 8 bytes or fewer (a name of a Latin letter, three Arabic
  /// letters at most), packed in an integer; nil for a longer string.
  static func packedBytes(_ string: String) -> UInt64? {
    var string = string
    return string.withUTF8 { bytes in
      guard bytes.count <= 8 else { return nil }
      var packed: UInt64 = 0
      for byte in bytes { packed = packed << 8 | UInt64(byte) }
      return packed
    }
  }
  /// English adjectives that stand for a person counted after a news event's verbal noun (set
  /// `person_adjective`: مقتل طفل وإصابة ثالث → a child killed and a third wounded).
  public var personAdjectives: Set<String> = []
  /// English participles whose doer follows with من (set `agent_participle`: backed → backed by).
  public var agentParticiples: Set<String> = []
  /// English nouns of people who speak to the press (set `speaker_noun`: a local source لـ an
  /// outlet is "to" it, not "of" it).
  public var speakerNouns: Set<String> = []
  /// English nouns (lower case, the last word of a term) of a person who belongs to a group (set
  /// `member_noun`: commander, fighter, officer): في before a group after one says which group
  /// (قيادي في المعارضة → a commander in the opposition).
  public var memberNouns: Set<String> = []
  /// Member nouns whose group follows with "of", not "in" (set `member_of_noun`: member).
  public var memberOfNouns: Set<String> = []
  /// Conjunctions of purpose that take a verb, in matching form (set `purpose_conjunction`: كي,
  /// لكي): before a verb of the same subject, "to".
  public var purposeConjunctions: Set<String> = []
  /// English of the particles that open a clause with its subject written on them as a pronoun
  /// (set `clause_particle`: لكنه → but, لأنه → because): that pronoun stays "him".
  public var clauseParticles: Set<String> = []
  /// Perfects of form IV that are mostly the verb, not the elative spelled the same (set
  /// `verb_over_elative`, matching form: أحب loved, أظهر showed).
  public var verbsOverElatives: Set<String> = []
  /// Perfects of form VIII of roots in ل that are mostly the verb, though they read also as the
  /// article and a noun (set `article_verb`, matching form as written: التقى met, not "the piety").
  public var articleVerbs: Set<String> = []
  /// English mass nouns that take no "a" (set `mass_noun`: gunfire, ammunition, aid).
  public var massNouns: Set<String> = []
  /// English mass nouns whose Arabic article is generic, so they take no "the" (set
  /// `generic_noun`: water, soap, health care); not nouns of events, which the article makes
  /// specific (the shelling, the gunfire).
  public var genericNouns: Set<String> = []
  /// English words of women and girls (set `female_word`): with none in a line, a feminine
  /// pronoun stands for a thing, a group or a place.
  public var femaleWords: Set<String> = []
  /// Beginnings of English verbs of what is done to people (set `done_to_people`: arrest, kill,
  /// execut …): a governed preposition's pronoun after one is a person.
  public var doneToPeople: Set<String> = []
  /// Beginnings of English words of the killed and wounded (set `casualty_stem`: kill, wound, dead
  /// …): ب on a weapon just after one is "by".
  public var casualtyStems: Set<String> = []
  /// The English of the words after which من is partitive (set `quantity_word`: 30 عنصرا من → 30
  /// members of).
  public var quantityWords: Set<String> = []
  /// Casualty nouns whose English is an adjective and "person" (set `casualty_person`: جريح, قتيل).
  public var casualtyPersons: Set<String> = []
  /// Nouns of a stretch of time or an occasion, on which ل is "for" (set `duration_noun`: day,
  /// time, years), lower case.
  public var durationNouns: Set<String> = []
  /// English words of quantity that may come between منذ and its stretch of time (set
  /// `duration_quantity`: more than, about, several).
  public var durationQuantities: Set<String> = []
  /// Adjectives of order in time that go before a number (set `sequence_adjective`: last, next),
  /// lower case.
  public var sequenceAdjectives: Set<String> = []
  /// Verbs that take another verb with "to" (set `catenative_verb`: attempt, manage), base form,
  /// lower case.
  public var catenativeVerbs: Set<String> = []
  /// Particles of English phrasal verbs a pronoun object goes before (set `phrasal_particle`).
  public var phrasalParticles: Set<String> = []
  /// English words after which a year's number needs no "in" (set `year_lead`: summer, since).
  public var yearLeads: Set<String> = []
  /// Prepositions English drops before أن, in matching form (set `that_clause_preposition`).
  public var thatClausePrepositions: Set<String> = []
  /// Verbs (matching form, as written) that are "take place" with an event for their subject (set
  /// `occurrence_verb`: وقع انفجار).
  public var occurrenceVerbs: Set<String> = []
  /// Imperfects (matching form) that say where their subject lies when it is no event (set
  /// `location_verb`: تقع القرية شرق المدينة → the village lies east of the city).
  public var locationVerbs: Set<String> = []
  /// Verbs that take no object (matching form of the perfect's citation; set `intransitive_verb`:
  /// ارتفع, تواصل): a relative clause after their subject, up to its comma or the sentence's end,
  /// is the subject's.
  public var intransitiveVerbs: Set<String> = []
  /// Prepositions written apart (matching form; set `verb_preposition`: من, على, إلى, عن, مع) that
  /// a lexicon verb whose English ends in a preposition takes in right after it: تتألف اللجنة من
  /// عشرة أعضاء → the committee consists of ten members.
  public var verbPrepositions: Set<String> = []
  /// English settlement nouns said before a name with "of" (set `settlement_of_noun`: town,
  /// village, city): بلدة الغدفة → the town of al-Ghadfa.
  public var settlementOfNouns: Set<String> = []
  /// Verbs of change whose إلى says what they come to (matching form of the perfect's citation;
  /// set `change_verb`: ارتفع العدد إلى تسعة): the إلى ends a relative clause after their subject.
  public var changeVerbs: Set<String> = []
  /// English nouns of a body that acts (word set `agent_noun`): after أي, the verb's subject.
  public var agentNouns: Set<String> = []
  /// Nouns (matching form) written in a form that is never the nominative (word set
  /// `oblique_noun`): no verb's subject.
  public var obliqueNouns: Set<String> = []
  /// Prepositions after which a word is the place even when the glossary names an organization so
  /// (place-cues.tsv, names_place = yes), in matching form.
  public var placeNamingCues: Set<String> = []
  /// How a word set's words are kept: as written (English), lowercased (English compared in lower
  /// case), or in matching form (Arabic).
  enum WordForm { case asWritten, lowercased, matching }

  /// The sets of `translate/word-sets.tsv` by name: the property each fills and how its words are
  /// kept. The loader and its error for an unknown set both read this table.
  /// (Computed: key paths are not `Sendable`; the loader reads it once.)
  static var wordSets: [(name: String, words: WritableKeyPath<RuleBook, Set<String>>, form: WordForm)] {
    [
      ("human", \.humanNouns, .asWritten),
      ("relation_adjective", \.relationAdjectives, .asWritten),
      ("bare_infinitive_modal", \.bareInfinitiveModals, .asWritten),
      ("singular_in_s", \.singularsInS, .asWritten),
      ("plural_without_s", \.pluralsWithoutS, .asWritten),
      ("compound_head", \.compoundHeads, .asWritten),
      ("person_adjective", \.personAdjectives, .asWritten),
      ("agent_participle", \.agentParticiples, .asWritten),
      ("mass_noun", \.massNouns, .lowercased),
      ("generic_noun", \.genericNouns, .lowercased),
      ("speaker_noun", \.speakerNouns, .lowercased),
      ("member_noun", \.memberNouns, .lowercased),
      ("member_of_noun", \.memberOfNouns, .lowercased),
      ("purpose_conjunction", \.purposeConjunctions, .matching),
      ("clause_particle", \.clauseParticles, .lowercased),
      ("verb_over_elative", \.verbsOverElatives, .matching),
      ("article_verb", \.articleVerbs, .matching),
      ("female_word", \.femaleWords, .asWritten),
      ("done_to_people", \.doneToPeople, .asWritten),
      ("quantity_word", \.quantityWords, .asWritten),
      ("casualty_person", \.casualtyPersons, .asWritten),
      ("casualty_stem", \.casualtyStems, .lowercased),
      ("duration_noun", \.durationNouns, .lowercased),
      ("duration_quantity", \.durationQuantities, .asWritten),
      ("sequence_adjective", \.sequenceAdjectives, .lowercased),
      ("catenative_verb", \.catenativeVerbs, .lowercased),
      ("phrasal_particle", \.phrasalParticles, .lowercased),
      ("year_lead", \.yearLeads, .lowercased),
      ("that_clause_preposition", \.thatClausePrepositions, .matching),
      ("occurrence_verb", \.occurrenceVerbs, .matching),
      ("location_verb", \.locationVerbs, .matching),
      ("intransitive_verb", \.intransitiveVerbs, .matching),
      ("change_verb", \.changeVerbs, .matching),
      ("settlement_of_noun", \.settlementOfNouns, .lowercased),
      ("verb_preposition", \.verbPrepositions, .matching),
      ("agent_noun", \.agentNouns, .lowercased),
      ("oblique_noun", \.obliqueNouns, .matching),
      ("result_verb", \.resultVerbs, .matching),
      ("reporting_verb", \.reportingVerbs, .matching),
      ("impersonal_verb", \.impersonalVerbs, .matching),
      ("belief_passive", \.beliefPassives, .matching),
      ("mid_adverb", \.midAdverbs, .lowercased),
      ("subject_quantifier", \.subjectQuantifiers, .matching),
      ("part_noun", \.partNouns, .lowercased),
      ("article_name", \.articleNames, .lowercased),
      ("injury_degree", \.injuryDegrees, .lowercased),
      ("wound_noun", \.woundNouns, .asWritten),
      ("disease_noun", \.diseaseNouns, .lowercased),
      ("infection_word", \.infectionWords, .lowercased),
      ("letter_name", \.letterNamePairs, .asWritten),
      ("counted_sense", \.countedSensePairs, .asWritten),
      ("kana", \.kanaForms, .matching),
      ("completion", \.completionVerbs, .matching),
    ]
  }

  /// The forms of كان that open a كان clause, in matching form (set `kana`).
  public var kanaForms: Set<String> = []
  /// The verbs of completion after which a verbal noun is a passive, in matching form (set
  /// `completion`: تم, يتم, سيتم …).
  public var completionVerbs: Set<String> = []
  /// Rule id → `file:line`.
  public var rules: [String: String] = [:] {
    didSet { (citations, idCitations) = Self.citations(of: rules) }
  }
  /// Rule id → its citation (``cite(_:)``), made once: the rules cite them for every word.
  private var citations: [String: String] = [:]
  /// The citations of the rules the translator cites, by ``RuleID``.
  private var idCitations: [String] = Self.citations(of: [:]).byID

  /// The rules the structural stage cites, by number (no string to hash for every word).
  public enum RuleID: UInt8, CaseIterable, Sendable {
    case article, capitalization, complementizer, copula, enclitic, idafa, latin, negation, nounAdjective
    case numberNoun, partitive, passive, proclitic, punctuation, relative, resultParticiple, subjectPronoun
    case spelledAcronym, transliteration, verbInflection, verbalNoun, vsoSvo, weekday, woundDegree

    /// The rule's id in `rules.tsv`.
    public var name: String {
      switch self {
      case .article: "article"
      case .capitalization: "capitalization"
      case .complementizer: "complementizer"
      case .copula: "copula"
      case .enclitic: "enclitic"
      case .idafa: "idafa"
      case .latin: "latin"
      case .negation: "negation"
      case .nounAdjective: "noun-adjective"
      case .numberNoun: "number-noun"
      case .partitive: "partitive"
      case .passive: "passive"
      case .proclitic: "proclitic"
      case .punctuation: "punctuation"
      case .relative: "relative"
      case .resultParticiple: "result-participle"
      case .subjectPronoun: "subject-pronoun"
      case .spelledAcronym: "spelled-acronym"
      case .transliteration: "transliteration"
      case .verbInflection: "verb-inflection"
      case .verbalNoun: "verbal-noun"
      case .vsoSvo: "vso-svo"
      case .weekday: "weekday"
      case .woundDegree: "wound-degree"
      }
    }
  }

  public init() {}

  /// Loads `directory/translate/*.tsv`.
  public init(directory: DataDirectory) throws(InputError) {
    let functionPath = directory.file("translate/function-words.tsv")
    let table = try TSVTable(path: functionPath, required: ["arabic", "english", "role"])
    for row in table.rows {
      let arabic = String(table.field(row, "arabic")).trimmingSpaces()
      let key = ArabicNormalizer.matching.normalize(arabic)
      guard !key.isEmpty else { continue }
      let word = FunctionWord(
        english: String(table.field(row, "english")).trimmingSpaces(),
        role: String(table.field(row, "role")).trimmingSpaces(), origin: "\(functionPath):\(row.line)")
      if functionWords[ExactKey(key)] == nil { functionWords[ExactKey(key)] = word }
      let exact = Lexicon.strippingDiacritics(ArabicNormalizer.display.normalize(arabic))
      if exactFunctionWords[ExactKey(exact)] == nil { exactFunctionWords[ExactKey(exact)] = word }
    }
    let setsPath = directory.file("translate/word-sets.tsv")
    let sets = try TSVTable(path: setsPath, required: ["set", "word"])
    let wordSets = Self.wordSets
    for row in sets.rows {
      let word = String(sets.field(row, "word")).trimmingSpaces()
      guard !word.isEmpty else { continue }
      let name = sets.field(row, "set")
      guard let set = wordSets.first(where: { $0.name == name }) else {
        throw InputError(
          "unknown word set '\(name)' (\(wordSets.map(\.name).joined(separator: ", ")))",
          at: sets.location(row, column: "set"))
      }
      /// The two sides of a pair written `left>right` (the set's `shape` says which), or an error
      /// at the row.
      func pair(_ text: String, _ shape: String) throws(InputError) -> (left: String, right: String) {
        let parts = text.split(separator: ">", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
          throw InputError("\(name) '\(word)' is not a pair \(shape)", at: sets.location(row, column: "word"))
        }
        return (String(parts[0]), String(parts[1]))
      }
      // (The pairs of three sets are read here, once: injury>infection, دي>D, حالة>case.)
      if set.words == \RuleBook.infectionWords {
        let (injury, infection) = try pair(word.lowercased(), "injury>infection")
        infectionCounterparts[injury] = infection
      }
      if set.words == \RuleBook.letterNamePairs {
        let (name, letter) = try pair(word, "name>LETTER")
        let written = Lexicon.strippingDiacritics(name)
        let matching = ArabicNormalizer.matching.normalize(written)
        guard let writtenBytes = Self.packedBytes(written), let matchingBytes = Self.packedBytes(matching) else {
          throw InputError(
            "letter_name '\(word)' is longer than three letters", at: sets.location(row, column: "word"))
        }
        letterNames[written] = letter
        letterNamesByBytes[writtenBytes] = letter
        if letterNamesByMatchingBytes[matchingBytes] == nil { letterNamesByMatchingBytes[matchingBytes] = letter }
      }
      if set.words == \RuleBook.countedSensePairs {
        let (noun, english) = try pair(word, "noun>english")
        countedSenses[ArabicNormalizer.matching.normalize(noun)] = english
      }
      switch set.form {
      case .asWritten: self[keyPath: set.words].insert(word)
      case .lowercased: self[keyPath: set.words].insert(word.lowercased())
      case .matching: self[keyPath: set.words].insert(ArabicNormalizer.matching.normalize(word))
      }
    }
    let verbPath = directory.file("translate/verbs.tsv")
    let verbs = try TSVTable(path: verbPath, required: ["kind", "base", "past", "participle", "arabic"])
    for row in verbs.rows {
      let base = String(verbs.field(row, "base")).trimmingSpaces()
      switch verbs.field(row, "kind") {
      case "irregular":
        irregular[base] = VerbForms(
          past: String(verbs.field(row, "past")).trimmingSpaces(),
          participle: String(verbs.field(row, "participle")).trimmingSpaces())
      case "passive_without_subject":
        let key = ArabicNormalizer.matching.normalize(String(verbs.field(row, "arabic")).trimmingSpaces())
        passiveWithoutSubject[key] = base
      case "news":
        let key = ArabicNormalizer.matching.normalize(String(verbs.field(row, "arabic")).trimmingSpaces())
        let preposition = String(verbs.field(row, "participle")).trimmingSpaces()
        let origin = "\(verbPath):\(row.line)"
        // (A row with a preposition and one without make one verb: the first governs, the second
        // is its English otherwise.)
        if let other = newsVerbs[key], other.preposition.isEmpty != preposition.isEmpty {
          newsVerbs[key] =
            preposition.isEmpty
            ? (other.english, other.preposition, other.origin, (base, origin))
            : (base, preposition, origin, (other.english, other.origin))
        } else {
          newsVerbs[key] = (base, preposition, origin, nil)
        }
      case "verbal_noun":
        let key = ArabicNormalizer.matching.normalize(String(verbs.field(row, "arabic")).trimmingSpaces())
        verbalNouns[key] = (String(verbs.field(row, "participle")).trimmingSpaces(), base, "\(verbPath):\(row.line)")
      case "change_noun":
        let key = ArabicNormalizer.matching.normalize(String(verbs.field(row, "arabic")).trimmingSpaces())
        changeNouns[key] = (base, "\(verbPath):\(row.line)")
      case "people_object":
        let key = ArabicNormalizer.matching.normalize(String(verbs.field(row, "arabic")).trimmingSpaces())
        peopleObjectVerbs[key] = (base, "\(verbPath):\(row.line)")
      case "passive_imperfect":
        let key = ArabicNormalizer.matching.normalize(String(verbs.field(row, "arabic")).trimmingSpaces())
        passiveImperfects[key] = (base, "\(verbPath):\(row.line)")
      case "imperfect_with_preposition":
        let key = ArabicNormalizer.matching.normalize(String(verbs.field(row, "arabic")).trimmingSpaces())
        let preposition = String(verbs.field(row, "participle")).trimmingSpaces()
        guard !preposition.isEmpty else {
          throw InputError(
            "kind imperfect_with_preposition needs its preposition in the participle column",
            at: verbs.location(row, column: "participle"))
        }
        imperfectsWithPreposition[key] = (base, preposition, "\(verbPath):\(row.line)")
      default:
        // (A kind the translator does not read is an editor's slip, not a row to skip.)
        throw InputError(
          "unknown kind '\(verbs.field(row, "kind"))' (irregular, passive_without_subject, news, verbal_noun, change_noun, people_object, passive_imperfect, imperfect_with_preposition)",
          at: verbs.location(row, column: "kind"))
      }
    }
    let adverbPath = directory.file("translate/adverbs.tsv")
    if DataDirectory.isReadable(adverbPath) {
      let adverbs = try TSVTable(path: adverbPath, required: ["kind", "arabic", "english"])
      for row in adverbs.rows {
        let arabic = String(adverbs.field(row, "arabic")).trimmingSpaces()
        let english = String(adverbs.field(row, "english")).trimmingSpaces()
        let origin = "\(adverbPath):\(row.line)"
        switch adverbs.field(row, "kind") {
        case "manner": mannerNouns[ArabicNormalizer.matching.normalize(arabic)] = origin
        case "adverb": adverbNouns[ArabicNormalizer.matching.normalize(arabic)] = (english, origin)
        case "irregular": irregularAdverbs[arabic] = english
        default: break
        }
      }
    }
    let patternPath = directory.file("translate/verbal-nouns.tsv")
    if DataDirectory.isReadable(patternPath) {
      let patterns = try TSVTable(path: patternPath, required: ["noun", "verb"])
      for row in patterns.rows {
        let noun = Array(String(patterns.field(row, "noun")).trimmingSpaces().utf8)
        let verb = Array(String(patterns.field(row, "verb")).trimmingSpaces().utf8)
        guard !noun.isEmpty, !verb.isEmpty else { continue }
        let endings = patterns.field(row, "noun_gloss").split(separator: "|").map {
          String($0).trimmingSpaces()
        }
        verbalNounPatterns.append((noun, verb, endings.filter { !$0.isEmpty }, "\(patternPath):\(row.line)"))
      }
    }
    let componentsPath = directory.file("transliteration/components.tsv")
    if DataDirectory.isReadable(componentsPath) {
      let components = try TSVTable(path: componentsPath, required: ["arabic"])
      for row in components.rows where components.field(row, "place") == "yes" {
        for spelling in components.field(row, "arabic").split(separator: "|") {
          placeOpeningComponents.insert(
            ExactKey(ArabicNormalizer.matching.normalize(String(spelling).trimmingSpaces())))
        }
      }
    }
    let namesPath = directory.file("translate/names.tsv")
    if DataDirectory.isReadable(namesPath) {
      let nameTable = try TSVTable(path: namesPath, required: ["arabic", "english"])
      for row in nameTable.rows {
        let arabic = Lexicon.strippingDiacritics(
          ArabicNormalizer.display.normalize(String(nameTable.field(row, "arabic")).trimmingSpaces()))
        names[arabic] = (String(nameTable.field(row, "english")).trimmingSpaces(), "\(namesPath):\(row.line)")
      }
    }
    let languagesPath = directory.file("translate/languages.tsv")
    if DataDirectory.isReadable(languagesPath) {
      let table = try TSVTable(path: languagesPath, required: ["arabic", "english"])
      for row in table.rows {
        let key = ArabicNormalizer.matching.normalize(String(table.field(row, "arabic")).trimmingSpaces())
        languages[ExactKey(key)] = (
          String(table.field(row, "english")).trimmingSpaces(), "\(languagesPath):\(row.line)"
        )
      }
    }
    let classesPath = directory.file("translate/name-classes.tsv")
    if DataDirectory.isReadable(classesPath) {
      let classes = try TSVTable(path: classesPath, required: ["arabic", "english", "alone"])
      for row in classes.rows {
        let key = ArabicNormalizer.matching.normalize(String(classes.field(row, "arabic")).trimmingSpaces())
        let english = String(classes.field(row, "english")).trimmingSpaces()
        guard let slot = english.firstRange(of: "{name}") else {
          throw InputError("english must hold {name}", at: SourceLocation(file: classesPath, line: row.line))
        }
        let (before, after) = (String(english[..<slot.lowerBound]), String(english[slot.upperBound...]))
        nameClasses[key] = (
          before, after, (before + after).trimmingSpaces().lowercased(), classes.field(row, "alone") == "yes",
          "\(classesPath):\(row.line)"
        )
      }
    }
    let cuesPath = directory.file("translate/place-cues.tsv")
    if DataDirectory.isReadable(cuesPath) {
      let cues = try TSVTable(path: cuesPath, required: ["arabic"])
      for row in cues.rows {
        let key = ArabicNormalizer.matching.normalize(String(cues.field(row, "arabic")).trimmingSpaces())
        placeCues.insert(key)
        if cues.field(row, "settlement") == "yes" { settlementNouns.insert(key) }
        if cues.field(row, "names_place") == "yes" { placeNamingCues.insert(key) }
      }
    }
    let eventsPath = directory.file("translate/event-nouns.tsv")
    if DataDirectory.isReadable(eventsPath) {
      let events = try TSVTable(path: eventsPath, required: ["english"])
      for row in events.rows { eventNouns.insert(String(events.field(row, "english")).trimmingSpaces().lowercased()) }
    }
    let rulesPath = directory.file("translate/rules.tsv")
    let ruleTable = try TSVTable(path: rulesPath, required: ["id"])
    for row in ruleTable.rows {
      rules[String(ruleTable.field(row, "id")).trimmingSpaces()] = "\(rulesPath):\(row.line)"
    }
    (citations, idCitations) = Self.citations(of: rules)  // (observers do not run in an initializer)
    participles = Self.participles(of: irregular)
  }

  private static func citations(of rules: [String: String]) -> (byName: [String: String], byID: [String]) {
    var citations: [String: String] = [:]
    citations.reserveCapacity(rules.count)
    for (id, origin) in rules { citations[id] = "rule:\(id) (\(origin))" }
    let byID = RuleID.allCases.map { citations[$0.name] ?? "rule:\($0.name)" }
    return (citations, byID)
  }

  /// Where a rule is defined, for --explain (`rule:ID (file:line)`).
  public func cite(_ id: String) -> String {
    if let citation = citations[id] { return citation }
    return "rule:\(id)"
  }

  /// ``cite(_:)-(String)`` of a rule the structural stage cites.
  public func cite(_ id: RuleID) -> String { idCitations[Int(id.rawValue)] }

  // MARK: English morphology

  /// The base of a verb gloss that is already inflected: the lexicon glosses كان "was;were",
  /// يكون "is;are" and قال "said", and "has;had". Only these: the other irregular pasts among
  /// its glosses are bases of other verbs too (found: to establish; ground: to earth).
  public func base(ofInflected word: String) -> String {
    switch word {
    case "was", "were", "is", "are", "am": "be"
    case "has", "had": "have"
    case "said": "say"
    default: word
    }
  }

  /// The past of an English verb, of the first word of a phrasal one (take control of → took
  /// control of).
  public func past(_ base: String) -> String {
    if let forms = irregular[base] { return forms.past }
    if let space = base.firstIndex(of: " ") { return past(String(base[..<space])) + base[space...] }
    return Self.regularPast(base)
  }

  /// The past participle of an English verb, of the first word of a phrasal one (take control of →
  /// taken control of; was "take control ofed").
  public func participle(_ base: String) -> String {
    if let forms = irregular[base] { return forms.participle }
    if let space = base.firstIndex(of: " ") { return participle(String(base[..<space])) + base[space...] }
    return Self.regularPast(base)
  }

  public func isParticiple(_ word: String) -> Bool {
    participles.contains(word)
  }

  /// The irregular participles that differ from the past, or end in t.
  private static func participles(of irregular: [String: VerbForms]) -> Set<String> {
    var participles: Set<String> = []
    for forms in irregular.values where forms.participle != forms.past || forms.participle.hasSuffix("t") {
      participles.insert(forms.participle)
    }
    return participles
  }

  static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

  static func regularPast(_ base: String) -> String {
    let lower = base.lowercased()
    if lower.hasSuffix("e") { return base + "d" }
    if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
      return String(base.dropLast()) + "ied"
    }
    let letters = Array(lower)
    // Short CVC verbs double their last consonant: stop → stopped (not "target" → two syllables).
    if letters.count >= 3, letters.count <= 4 {
      let last = letters[letters.count - 1]
      let middle = letters[letters.count - 2]
      let before = letters[letters.count - 3]
      let vowels = Self.vowels
      if !vowels.contains(last), !"wxy".contains(last), vowels.contains(middle), !vowels.contains(before),
        letters.filter({ vowels.contains($0) }).count == 1
      {
        return base + String(last) + "ed"
      }
    }
    return base + "ed"
  }

  /// The adverb of an English adjective: a row of adverbs.tsv, else by rule (clear → clearly,
  /// easy → easily, simple → simply, basic → basically, full → fully, true → truly, daily
  /// stays); "in a … way" for several words.
  public func adverb(ofAdjective adjective: String) -> String {
    if let irregular = irregularAdverbs[adjective] { return irregular }
    if adjective.contains(" ") { return "in a \(adjective) way" }
    let lower = adjective.lowercased()
    if lower.hasSuffix("ly") { return adjective }
    if lower.hasSuffix("ic") { return adjective + "ally" }
    if lower.hasSuffix("le"), lower.count > 3 { return String(adjective.dropLast()) + "y" }
    if lower.hasSuffix("ue") { return String(adjective.dropLast()) + "ly" }
    if lower.hasSuffix("ll") { return adjective + "y" }
    if lower.hasSuffix("y"), let before = lower.dropLast().last, !Self.vowels.contains(before) {
      return String(adjective.dropLast()) + "ily"
    }
    return adjective + "ly"
  }

  /// The -ing form of an English verb (of its first word), doubling the last consonant where
  /// verbs.tsv's past does (transfer, transferred → transferring; kidnap → kidnapping), which the
  /// rule alone cannot tell from a verb stressed on its first syllable (target → targeting).
  public func presentParticiple(_ base: String) -> String {
    let first = base.prefix { $0 != " " }
    if let last = first.last, let forms = irregular[String(first)], forms.past == first + String(last) + "ed" {
      return first + String(last) + "ing" + base.dropFirst(first.count)
    }
    return Self.presentParticiple(base)
  }

  /// The -ing form of an English verb by rule (of its first word: fight against → fighting
  /// against); ``presentParticiple(_:)`` also reads verbs.tsv.
  public static func presentParticiple(_ base: String) -> String {
    let words = base.split(separator: " ", maxSplits: 1)
    guard let first = words.first.map(String.init) else { return base }
    let rest = words.count > 1 ? " " + words[1] : ""
    let lower = first.lowercased()
    let letters = Array(lower)
    var ing: String
    if lower == "be" || lower.hasSuffix("ee") || lower.hasSuffix("oe") || lower.hasSuffix("ye") {
      ing = first + "ing"
    } else if lower.hasSuffix("ie") {
      ing = String(first.dropLast(2)) + "ying"
    } else if lower.hasSuffix("e"), letters.count > 2 {
      ing = String(first.dropLast()) + "ing"
    } else if regularPast(first) == first + String(letters.last ?? "e") + "ed" {
      // (Doubled as in the past: stop → stopping.)
      ing = first + String(letters.last!) + "ing"
    } else {
      ing = first + "ing"
    }
    return ing + rest
  }

  public static func thirdPerson(_ base: String) -> String {
    switch base {
    case "be": return "is"
    case "have": return "has"
    case "do": return "does"
    case "go": return "goes"
    default: break
    }
    let lower = base.lowercased()
    if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
      return String(base.dropLast()) + "ies"
    }
    if lower.hasSuffix("s") || lower.hasSuffix("sh") || lower.hasSuffix("ch") || lower.hasSuffix("x")
      || lower.hasSuffix("o")
    {
      return base + "es"
    }
    return base + "s"
  }
}

extension RuleBook {
  /// Whether an English noun (or noun phrase, by its last word: young man, civilian workers)
  /// names people: a human noun (``humanNouns``) or a regular plural of one.
  /// - Complexity: O(*n*) in the length of `english`.
  public func isHuman(_ english: String) -> Bool {
    let lowered = english.lowercased()
    if humanNouns.contains(lowered) { return true }
    // (By its last word, and a regular plural of one: civilian workers, experts.)
    let last = lowered.lastIndex(of: " ").map { lowered[lowered.index(after: $0)...] } ?? lowered[...]
    if last.endIndex != lowered.endIndex || last.startIndex != lowered.startIndex,
      humanNouns.contains(String(last))
    {
      return true
    }
    return last.utf8.last == UInt8(ascii: "s") && humanNouns.contains(String(last.dropLast()))
  }

  /// Whether an English noun in -s is a singular all the same, by its last word: -ss, -us, -is,
  /// -cs, -as, -os, -ws, -ys (crisis, virus, physics, news), or one of ``singularsInS`` (means,
  /// species, series). Read on the bytes (it runs for every gloss in -s).
  /// - Complexity: O(*n*) in the length of `english`.
  public func singularInS(_ english: String) -> Bool {
    let utf8 = english.utf8
    let last = utf8.lastIndex(of: UInt8(ascii: " ")).map { utf8[utf8.index(after: $0)...] } ?? utf8[...]
    guard last.count >= 2, last.last == UInt8(ascii: "s") else { return false }
    let final = last[last.index(last.endIndex, offsetBy: -2)...]
    // -ss -us -is -as -os -ws -ys (and -ics, in -cs: no English plural ends so).
    if "suiaowyc".utf8.contains(final.first!) { return true }
    return singularsInS.contains(String(Substring(last))) || singularsInS.contains(english)
  }
}
