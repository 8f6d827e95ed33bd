// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import KhabarGlossary

/// A noun phrase built by the structural rules, not yet placed.
struct NounPhrase {
  var words: [DraftWord]
  var plural: Bool
  var end: Int
  var human: Bool
  /// Definite in Arabic but generic in English, so written without "the".
  var generic = false
}

extension Translator {
  // MARK: - Stage 4: structural transfer

  /// Units → English words in English order (spans still in UTF-16 code units of the line):
  /// noun phrases (adjectives before the noun, idafa, articles, numbers), VSO → SVO, passives,
  /// negation, relatives, complementizers, clitics.
  public func transferStructurally(_ units: [Unit]) -> [EnglishWord] {
    draftWords(units).map { $0.finished(rules) }
  }

  /// ``transferStructurally(_:)`` with each word's rule in parts (written out only for
  /// explanations).
  func draftWords(_ units: [Unit]) -> [DraftWord] {
    var units = units
    Self.markFuture(&units)
    Self.dropConditionalFa(&units)
    Self.markExistentials(&units)
    var out: [DraftWord] = []
    out.reserveCapacity(units.count + 8)
    var index = 0
    var pendingNegation: Unit? = nil
    /// A subject pronoun written on the word before the clause's verb (لكنها → but it, أنهم → that
    /// they): the verb agrees with it and adds no pronoun of its own (لكنها تسببت → but it caused,
    /// was "but it I caused").
    var pendingSubject: String? = nil
    var clauseStart = true
    var lastHuman = false
    var lastVerbWasSaying = false
    var pendingQuestion: Unit? = nil
    var lastWasQuantity = false
    /// After can/want (and أن after them): the next verb is an infinitive.
    var infinitive = false
    /// A noun phrase that opened the clause and may be the subject of the verb after it (SVO).
    var subjectPhrase: NounPhrase? = nil
    /// Where the last noun phrase that opened a clause ends, and whether it is plural in English.
    var lastPhrase: (end: Int, plural: Bool)? = nil
    /// Whether a verb of the 3rd person (or with its subject before it) came before in the sentence.
    var thirdPersonVerbBefore = false
    /// Where a relative clause said as a participle and "by" ended (see `resumptive` below).
    var byAgentEnd: Int? = nil
    /// The agreement (``verbAgreement(_:)``) of the clause's last verb when a noun phrase was its
    /// subject, before or after it: a verb joined to it by و that agrees the same way shares it.
    var lastSubjectAgreement: String? = nil
    /// Whether that subject is plural in English (the verb that shares it is too).
    var lastSubjectPlural = false
    /// Whether the line speaks to someone ("you" or a pronoun of the 2nd person in it): then a
    /// verb in ت may be "you".
    let addressesSomeone = Self.addressesSomeone(units)
    /// Whether the clause opened with a news event's verbal noun and its count (مقتل 5 عناصر).
    var openedWithVerbalNoun = false
    /// The verb of a change noun the clause opened with (ارتفاع → rise), said before its إلى.
    var pendingChange: (base: String, source: Unit)? = nil
    /// Whether a verb came in this sentence before a comma that opened the clause: what follows is
    /// more of that verb's clause (its object after a time: نفذت الهيئة، الأربعاء، حكم الإعدام), not
    /// a nominal sentence of its own.
    var verbBeforeComma = false
    /// After لا before a modal: the modal is negated (cannot, must not).
    var negatedModal = false
    /// After "it is" + an adjective (من الصعب): a verbal noun next is "to" + its verb.
    var afterImpersonal = false
    var verbInSentence = false
    /// Whether a verb in the past came before in the sentence (a قد + perfect after it is "had").
    var pastVerbInSentence = false
    /// After a pronoun (person `code`) that is the subject of the clause that follows (أنهم, يعتقد
    /// أنهم): a predicate adjective with its copula (that they are affiliated), else the pronoun
    /// waits for the clause's verb.
    func clauseAfterSubjectPronoun(_ code: String) {
      let predicate = Self.adjectivePredicate(units, after: index, code: code)
      out += predicate
      if predicate.isEmpty {
        pendingSubject = Self.subjectPronoun(ofEnclitic: code)
      } else {
        index += 1
      }
    }
    while index < units.count {
      let unit = units[index]
      let afterModal = infinitive
      let afterItIs = afterImpersonal
      afterImpersonal = false
      if ![.verb, .complementizer, .negation].contains(unit.wordClass) { infinitive = false }
      let subjectFromBefore = pendingSubject
      if ![.negation, .particle].contains(unit.wordClass) { pendingSubject = nil }
      func word(_ text: String, _ rule: String, of source: Unit? = nil) -> DraftWord {
        word(text, RuleTrail(rule), of: source)
      }
      func word(_ text: String, _ rule: RuleTrail, of source: Unit? = nil) -> DraftWord {
        let from = source ?? unit
        return DraftWord(
          english: text, start: from.span.lowerBound, end: from.span.upperBound, arabic: from.arabic, rule: rule)
      }
      /// A clause that opens with this unit, the verbal noun of a news event: the people it happened
      /// to, then its participle (مقتل 5 عناصر → 5 members killed).
      func openWithVerbalNoun(_ counted: NounPhrase, _ participle: RuleBook.VerbalNoun) {
        openedWithVerbalNoun = true
        out += conjunctionWords(unit)
        out += counted.words
        // (Not twice when the people's English says it: ارتقاء 6 شهداء → 6 killed.)
        if counted.words.last?.english != participle.participle {
          out.append(word(participle.participle, RuleTrail(participle.origin, .passive), of: unit))
        }
      }
      switch unit.wordClass {
      case .verb
      where rules.completionVerbs.contains(Self.keyWithoutProclitics(unit))
        && completedVerbalNoun(units, after: index) != nil:
        // تم + a verbal noun is the passive of its verb, its object (in construct, or after the
        // preposition the verbal noun governs) the subject: تم نقل الجرحى إلى المستشفى → the wounded
        // were transferred to the hospital; تم الإبلاغ عن حالات عدوى → cases of infection were
        // reported (was "the reporting concluded about cases").
        let (participle, objectAt) = completedVerbalNoun(units, after: index)!
        var object = nounPhrase(units, at: objectAt)
        // (A count or a group with its من: تم الإبلاغ عن مجموعة من الحالات → a group of cases was
        // reported.)
        if units[objectAt].wordClass == .number || rules.quantityWords.contains(units[objectAt].english) {
          extendPartitive(&object, units)
        }
        let features = unit.verb ?? VerbFeatures()
        let have = features.perfect ? Self.perfectAuxiliary(pendingNegation?.role, singular: !object.plural) : nil
        let be =
          features.future || unit.proclitics.contains("س")
          ? "will be"
          : pendingNegation?.role == "may" && !features.perfect
            ? "may be"
            : have.map { $0 + " been" }
              ?? (features.perfect ? (object.plural ? "were" : "was") : (object.plural ? "are" : "is"))
        if pendingNegation?.role == "may" || have != nil { pendingNegation = nil }
        out += conjunctionWords(unit)
        out += object.words
        out += be.split(separator: " ").map { word(String($0), RuleTrail(.passive)) }
        out.append(word(participle.participle, RuleTrail(participle.origin, .passive), of: units[index + 1]))
        lastHuman = object.human
        index = object.end
        clauseStart = false
        verbInSentence = true
        continue
      case _ where pendingNegation == nil && pendingQuestion == nil && beliefPredicate(units, at: index) != nil:
        // After an indefinite noun, يُعتقد أنهم and what they are said to be or do: "believed to
        // be" (مسلحين يعتقد أنهم من خلايا داعش → gunmen believed to be from ISIS cells), or
        // "believed to" and a verb's base (خلية يعتقد أنها تتبع لداعش → a cell believed to
        // belong to ISIS), or "belong" before لـ.
        let predicateAt = beliefPredicate(units, at: index)!
        out.append(word("believed", RuleTrail(unit.origin, .passive)))
        out.append(word("to", RuleTrail(unit.origin, .verbInflection), of: units[predicateAt - 1]))
        let predicate = units[predicateAt]
        if predicate.wordClass == .verb, predicate.proclitics.isEmpty,
          predicate.verb.map({ !$0.perfect && !$0.passive && !$0.future }) == true
        {
          infinitive = true
        } else if predicate.proclitics == ["ل"], predicate.isNominal {
          // (لـ and a noun says whose: مسيّرة يُرجح أنها للتحالف → a drone believed to belong to
          // the coalition.)
          out.append(word("belong", RuleTrail(.copula), of: units[predicateAt - 1]))
        } else {
          out.append(word("be", RuleTrail(.copula), of: units[predicateAt - 1]))
        }
        index = predicateAt
        clauseStart = false
        continue
      case .verb where infinitive:
        // يمكنني أخذ / أريد أن أذهب → can take / want to go
        out += conjunctionWords(unit)
        // (A gloss already inflected is said in its base: أريد أن أكون → want to be, was "to is".)
        var parts = unit.english.split(separator: " ", maxSplits: 1).map(String.init)
        if !parts.isEmpty { parts[0] = rules.base(ofInflected: parts[0]) }
        out.append(word(parts.joined(separator: " "), RuleTrail(unit.origin, .verbInflection)))
        if let code = unit.enclitic { out.append(word(Self.objectPronoun(code), RuleTrail(.enclitic))) }
        infinitive = false
        clauseStart = false
        index += 1
        continue
      case .verb:
        lastWasQuantity = false
        var before = index - 1
        while before >= 0, [.negation, .particle].contains(units[before].wordClass) { before -= 1 }
        // A verb right after an indefinite noun phrase, with no subject of its own after it, is a
        // clause that describes the noun (غارات استهدفت مواقع → airstrikes that targeted
        // positions, was "airstrikes I targeted positions"; هجوم استهدف حاجزا → an attack that
        // targeted a checkpoint), unless the noun phrase tells when (بعد ساعات وصلت).
        // (Also with a pronoun on the verb when the verb is plural after people: the people are its
        // subject and the pronoun its object, مسلحين مجهولين استهدفوهما → unidentified gunmen who
        // targeted them, was "they targeted them".)
        var describedPlural: Bool? = nil
        let pluralDoers = unit.verb.map { $0.person == 3 && $0.plural && !$0.passive } == true
        if subjectFromBefore == nil, pendingNegation == nil, pendingQuestion == nil, !unit.interrogative,
          subjectPhrase == nil, !unit.hasConjunction, !unit.hasPreposition, unit.enclitic == nil || pluralDoers,
          let head = Self.describedNoun(units, before: index),
          unit.enclitic == nil || units[head].human && (units[head].plural || units[head].englishIsPlural)
        {
          describedPlural = units[head].plural || units[head].englishIsPlural
          // ("who" for people: gunmen who opened fire.)
          out.append(word(units[head].human ? "who" : "that", RuleTrail(.relative)))
        }
        // A verb joined by و to a verb of the 3rd person before it in the sentence shares its
        // subject: ت is then no "you" (قسد والتحالف تقتلان اثنين وتعتقلان ثلاثة → … and arrest three).
        let sharedByAgreement = sharesSubjectByAgreement(
          units, at: index, with: lastSubjectAgreement, subjectPlural: lastSubjectPlural)
        let sharedSubject =
          unit.proclitics == ["و"] && thirdPersonVerbBefore && subjectPhrase == nil && subjectFromBefore == nil
          && describedPlural == nil
          && (unit.verb.map {
            ($0.person == 2 || !addressesSomeone && $0.person == 3 && $0.feminine && !$0.perfect) && !$0.passive
          } == true || sharedByAgreement)
        // A verb of the 3rd person plural right after a noun phrase (no و on it) has that phrase,
        // or one before it, for its subject: an Arabic verb before its subject is singular, so a
        // plural one is never followed by it (والخاطفون يطالبون → and the kidnappers demand, was
        // "the kidnappers they demand").
        let pluralAfterNoun =
          before >= 0 && before == index - 1 && [.noun, .name, .adjective].contains(units[before].wordClass)
          && !unit.hasConjunction && unit.enclitic == nil
          && unit.verb.map { $0.person == 3 && $0.plural && !$0.passive } == true
        // In a relative clause a verb with a pronoun of the 3rd person on it and a noun phrase after
        // it has that phrase for its subject, the pronoun standing for what the clause describes
        // (الحملات التي تنفذها الأجهزة الأمنية → the campaigns which the security services carry
        // out, was "which carries it out the security services").
        // (So does a verb joined by و right after such a clause said with "by": التي نظمتها الحكومة
        // وقاطعتها المعارضة → organized by the government and boycotted by the opposition.)
        // (A verb whose ending holds its subject, يشغلانها, has none after it; nor has a masculine
        // verb before a noun in ة, the clause's predicate: الروايات التي كتبها مثيرة.)
        // (The context first, which few verbs have; the two cannot both hold.)
        let afterRelative =
          before >= 0 && units[before].wordClass == .relative && units[before].enclitic == nil && !unit.hasConjunction
        let afterByAgent = byAgentEnd == index && unit.proclitics == ["و"]
        let resumptive =
          (afterRelative || afterByAgent)
          && unit.enclitic?.hasPrefix("3") == true && unit.verb.map { !$0.passive && !$0.plural } == true
          && index + 1 < units.count && [.noun, .name].contains(units[index + 1].wordClass)
          && !units[index + 1].hasPreposition && !units[index + 1].hasConjunction
          && !(Self.verbAgreement(unit) == "m" && units[index + 1].wordClass == .noun
            && KeyedTokens.endsInTaMarbuta(Array(units[index + 1].arabic.utf16)))
        let joinedToByAgent = resumptive && afterByAgent
        // (So does one whose pronoun is on a preposition written after it, the subject after that:
        // المناطق التي يسيطر عليها النظام → the areas which the regime takes control of; one the verb
        // does not govern goes before the relative word: القرية التي تنتشر فيها الكوليرا → the
        // village in which cholera spreads.)
        let prepositionResumptive =
          !resumptive && before >= 0 && before == index - 1 && units[before].wordClass == .relative
          && units[before].enclitic == nil && units[before].proclitics.isEmpty && !unit.hasConjunction
          && unit.enclitic == nil && unit.verb.map { !$0.passive && !$0.plural } == true && index + 2 < units.count
          && units[index + 1].wordClass == .preposition && units[index + 1].proclitics.isEmpty
          && units[index + 1].enclitic?.hasPrefix("3") == true
          && [.noun, .name].contains(units[index + 2].wordClass) && !units[index + 2].hasPreposition
          && !units[index + 2].hasConjunction
          && (units[index + 1].role?.hasPrefix("governed:") == true
            || ["which", "that"].contains(out.last?.english)
              && Self.relativePrepositions.contains(units[index + 1].english))
        let subjectBefore =
          pluralAfterNoun
          || before >= 0
            && (units[before].wordClass == .pronoun
              || units[before].wordClass == .relative && !resumptive && !prepositionResumptive)
          // (مما يشير → which indicates, was "which he indicates".)
          || before >= 0 && units[before].wordClass == .conjunction && units[before].english == "which"
            && (before == 0 || !["اكثر", "اقل"].contains(units[before - 1].key))
          || subjectPhrase != nil || subjectFromBefore != nil || describedPlural != nil || sharedSubject
        // (Said as the participle and "by" when the relative word is the last word said: the
        // measures which the government announced → the measures announced by the government.)
        // (After a noun: not ما الذي تعنيه كلمة, "what does the word mean".)
        let relativeSaid =
          resumptive && !joinedToByAgent && before == index - 1 && before > 0 && !units[before - 1].interrogative
          && !["ما", "من"].contains(units[before - 1].key)
          && out.last.map { ["which", "that", "who"].contains($0.english) } == true
        // (Not one the verb's English ends in: التي يتعرض لها → to which … are exposed, was "to which
        // … are exposed to".)
        if prepositionResumptive, units[index + 1].role?.hasPrefix("governed:") != true,
          Self.lastWord(unit.english)?.lowercased() != units[index + 1].english.lowercased()
        {
          out.insert(word(units[index + 1].english, RuleTrail(.relative), of: units[index + 1]), at: out.count - 1)
          // ("in which", never "in that".)
          if out[out.count - 1].english == "that" { out[out.count - 1].english = "which" }
        }
        let (words, end, hadSubject, pluralSubject, byAgent) = verbClause(
          units, at: index, negation: pendingNegation, clauseStart: clauseStart && !subjectBefore,
          question: pendingQuestion ?? (unit.interrogative ? unit : nil),
          subjectBefore: subjectBefore,
          subjectPlural: subjectPhrase?.plural ?? describedPlural
            ?? (sharedByAgreement || sharedSubject && lastSubjectAgreement != nil
              ? lastSubjectPlural : sharedSubject ? unit.verb?.plural : nil),
          subjectPronoun: before >= 0 && units[before].wordClass == .pronoun
            ? units[before].english : subjectFromBefore,
          resumptive: resumptive, participleWithAgent: relativeSaid || joinedToByAgent,
          prepositionResumptive: prepositionResumptive
        )
        if byAgent, !joinedToByAgent { out.removeLast() }
        byAgentEnd = byAgent ? end : nil
        out += words
        openedWithVerbalNoun = false
        verbInSentence = true
        if unit.verb?.perfect == true && Self.perfectAuxiliary(pendingNegation?.role, singular: true) == nil
          || pendingNegation?.role == "neg_past"
        {
          pastVerbInSentence = true
        }
        thirdPersonVerbBefore = subjectBefore || hadSubject || unit.verb?.person == 3
        if subjectPhrase != nil || hadSubject || pluralAfterNoun || sharedSubject && lastSubjectAgreement != nil {
          lastSubjectAgreement = Self.verbAgreement(unit)
          lastSubjectPlural = pluralSubject
        } else {
          lastSubjectAgreement = nil
        }
        lastWasQuantity = index + 1 < units.count && units[index + 1].wordClass == .number
        subjectPhrase = nil
        pendingNegation = nil
        pendingQuestion = nil
        lastVerbWasSaying = Self.sayingVerbs.contains(where: { unit.english.hasPrefix($0) })
        // A verb that takes another with "to" (word set catenative_verb), then أن and an imperfect:
        // "to" and the verb's base (حاول الجيش أن يتقدم → the army attempted to advance, was
        // "attempted that he advances").
        if end + 1 < units.count, units[end].wordClass == .complementizer, units[end].role == "comp",
          units[end].proclitics.isEmpty, units[end].enclitic == nil, Self.keyWithoutProclitics(units[end]) == "ان",
          units[end + 1].wordClass == .verb, units[end + 1].verb.map({ !$0.perfect && !$0.passive }) == true,
          units[end + 1].proclitics.isEmpty, isCatenative(unit.english)
        {
          infinitive = true
        }
        index = end
        clauseStart = false
        continue
      case .negation where noLongerClause(units, at: index) != nil:
        // لم يعد + a subject + its predicate: "no longer" (لم تعد حوادث الخطف خبراً استثنائياً → the
        // kidnapping incidents are no longer exceptional news, was "did not return"); with إلى, or
        // without a subject and a predicate, عاد is "return" (لم يعد الرجل إلى منزله).
        let (subjectAt, predicateAt) = noLongerClause(units, at: index)!
        let subject = nounPhrase(units, at: subjectAt)
        let predicate = units[predicateAt]
        out += conjunctionWords(unit)
        out += subject.words
        // (With where or of what the subject is: حوادث الخطف في محافظة السويداء.)
        var at = subject.end
        while at < predicateAt {
          if units[at].wordClass == .preposition {
            out.append(word(units[at].english, RuleTrail(units[at].origin), of: units[at]))
            at += 1
          }
          let phrase = nounPhrase(units, at: at)
          out += phrase.words
          at = phrase.end
        }
        let trail = RuleTrail(units[index + 1].origin, .negation)
        if predicate.wordClass == .verb {
          out.append(word("no longer", trail, of: units[index + 1]))
          // (A verb of several words conjugates its first: takes control of.)
          var parts = predicate.english.split(separator: " ", maxSplits: 1).map(String.init)
          if !subject.plural, !parts.isEmpty { parts[0] = RuleBook.thirdPerson(parts[0]) }
          out.append(
            word(parts.joined(separator: " "), RuleTrail(predicate.origin, .verbInflection), of: predicate))
          if let code = predicate.enclitic {
            out.append(word(Self.objectPronoun(code), RuleTrail(.enclitic), of: predicate))
          }
          verbInSentence = true
          index = predicateAt + 1
        } else {
          out.append(word(subject.plural ? "are" : "is", RuleTrail(.copula), of: units[index + 1]))
          out.append(word("no longer", trail, of: units[index + 1]))
          if let adjective = Self.adjectiveEnglish(of: predicate), predicate.wordClass != .noun {
            out.append(word(adjective, RuleTrail(predicate.origin, .copula), of: predicate))
            index = predicateAt + 1
          } else {
            let phrase = nounPhrase(units, at: predicateAt)
            out += phrase.words
            index = phrase.end
          }
        }
        lastHuman = subject.human
        clauseStart = false
        continue
      case .negation:
        if index + 1 < units.count, units[index + 1].wordClass == .verb, unit.role != "neg_nominal" {
          pendingNegation = unit
        } else if unit.role == "neg", index + 1 < units.count, units[index + 1].role == "modal",
          units[index + 1].wordClass == .adverb,
          // (One word, or a pronoun and the modal: لا أستطيع → I cannot.)
          !units[index + 1].english.contains(" ")
            || Self.subjectPronouns.contains(String(units[index + 1].english.split(separator: " ")[0]))
        {
          // لا يمكن / لا يجب → cannot / must not: said after the modal.
          out += conjunctionWords(unit)
          negatedModal = true
        } else if unit.role == "neg_nominal" {
          out += conjunctionWords(unit)
          let be = unit.key.hasSuffix("وا") ? "are not" : "is not"
          if index + 1 < units.count, units[index + 1].isNominal, units[index + 1].proclitics.isEmpty {
            // ليس هذا صحيحا → this is not true
            let phrase = nounPhrase(units, at: index + 1)
            out += phrase.words
            out.append(word(phrase.plural ? "are not" : be, RuleTrail(.negation)))
            index = phrase.end
            clauseStart = false
            continue
          }
          out.append(word(be, RuleTrail(.negation)))
        } else {
          out += conjunctionWords(unit)
          out.append(word(unit.role == "neg" && clauseStart ? "no" : "not", RuleTrail(.negation)))
        }
        index += 1
        continue
      case .conjunction
      where index + 1 < units.count && rules.purposeConjunctions.contains(Self.keyWithoutProclitics(unit))
        && sameSubjectPurpose(units, at: index):
        // كي/لكي before an imperfect of the same person as the verb before: "to" and the verb
        // (اتصل سامي بصديق كي يصطحبه → Sami called a friend to pick him up, was "so that he").
        out += conjunctionWords(unit)
        out.append(word("to", RuleTrail(unit.origin, .verbInflection)))
        infinitive = true
        clauseStart = false
        index += 1
        continue
      case .relative:
        out += conjunctionWords(unit)
        // (الذين and the other plural forms stand for people only. A clause that tells which
        // thing is meant has "that", one after a comma or "and" "which": the attack that targeted
        // the village; the village, which lies east of the city; and which accuses; that which.)
        let saysWhich =
          unit.hasConjunction || out.last.map { [",", "that", "those"].contains($0.english.lowercased()) } ?? false
        out.append(
          word(lastHuman || unit.role == "relative_human" ? "who" : saysWhich ? "which" : "that", RuleTrail(.relative))
        )
        clauseStart = false
        index += 1
        continue
      case .complementizer where infinitive && unit.role == "comp":
        // يمكن أن يكون → can be; أريد أن أذهب → want to go
        // (The modal's last word: "I can" → can; "cannot"; in a question, the word before its
        // subject: can you.)
        var back = out.count - 1
        if back > 0, out[back].english == "not" || Self.subjectPronouns.contains(out[back].english) { back -= 1 }
        let modal = back >= 0 ? String(Self.lastSpacedWord(out[back].english)).lowercased() : ""
        if !rules.bareInfinitiveModals.contains(modal) {
          out.append(word("to", RuleTrail(unit.origin, .verbInflection)))
        }
        index += 1
        continue
      case .complementizer:
        // فإنّ after what opens a sentence (بالرغم من ذلك، فإن / أما … فإن) is no "so".
        if unit.proclitics != ["ف"] || unit.role != "comp_said" { out += conjunctionWords(unit) }
        // فإنّ after the source of a report (بحسب المرصد فإن عدد القتلى ارتفع) is a comma: according
        // to the Observatory, the death toll rose (was "… Observatory that the death toll").
        let afterSource =
          unit.proclitics == ["ف"] && out.suffix(8).contains { $0.english.lowercased().hasPrefix("according") }
        if afterSource {
          out.append(word(",", RuleTrail(.complementizer)))
          let pronoun = unit.english.split(separator: " ").dropFirst().joined(separator: " ")
          if !pronoun.isEmpty { out.append(word(pronoun, RuleTrail(.complementizer))) }
        } else if unit.role != "clause_conj"
          && (out.isEmpty || unit.role == "comp_said" && !lastVerbWasSaying && clauseStart)
        {
          // Sentence-initial إنّ ("indeed") is dropped; its pronoun stays.
          let pronoun = unit.english.split(separator: " ").dropFirst().joined(separator: " ")
          if !pronoun.isEmpty { out.append(word(pronoun, RuleTrail(.complementizer))) }
        } else {
          out.append(word(unit.english, RuleTrail(.complementizer)))
        }
        // أنهم تابعون → that they are affiliated: a pronoun, then an adjective, is a nominal clause.
        if let code = Self.encliticCode(ofComplementizer: unit.english) { clauseAfterSubjectPronoun(code) }
        clauseStart = true
        // (A nominal clause of its own: ، وهو ما يؤكد أن المرض خطير → that the disease is serious.)
        if Self.encliticCode(ofComplementizer: unit.english) == nil, index + 1 < units.count,
          units[index + 1].isNominal, units[index + 1].proclitics.isEmpty
        {
          verbBeforeComma = false
        }
        index += 1
        continue
      case .punctuation:
        out.append(word(unit.english, unit.origin))
        if Self.clauseEnds.contains(unit.english) {
          clauseStart = true
          // (A comma before a verb joined by و keeps the subject for it, and so do the commas
          // around a time: اختطف مسلحون، مساء أمس، شاباً، واقتادوه → gunmen abducted, yesterday
          // evening, a young man, and took him away.)
          let joinedVerbAfter =
            unit.english == "," && index + 1 < units.count
            && (units[index + 1].wordClass == .verb && units[index + 1].proclitics == ["و"]
              || units[index + 1].category == "time" && units[index + 1].proclitics.isEmpty
              || index > 0 && units[index - 1].category == "time"
              || index > 1 && units[index - 1].wordClass == .number && units[index - 2].category == "time")
          if !joinedVerbAfter {
            thirdPersonVerbBefore = false
            lastSubjectAgreement = nil
          }
          openedWithVerbalNoun = false
          pendingChange = nil
          if Self.sentenceEnds.contains(unit.english) {
            verbInSentence = false
            pastVerbInSentence = false
          }
          verbBeforeComma = unit.english == "," && verbInSentence
        }
        index += 1
        continue
      case .noun
      where clauseStart && unit.proclitics.isEmpty && unit.enclitic == nil && index + 2 < units.count
        && units[index + 1].proclitics.count == 1 && units[index + 1].proclitics[0] == "و"
        && units[index + 1].enclitic == nil
        && units[index + 2].wordClass == .number && units[index + 2].proclitics.isEmpty
        && rules.verbalNouns[Self.keyWithoutProclitics(unit)] != nil
        && rules.verbalNouns[Self.keyWithoutProclitics(units[index + 1])] != nil:
        // Two verbal nouns and one count: مقتل وإصابة 16 شخصاً → 16 people killed and wounded (was
        // "death and the injury of 16 people").
        var counted = nounPhrase(units, at: index + 2)
        extendPartitive(&counted, units)
        out += counted.words
        out.append(word(verbalNoun(unit)!.participle, RuleTrail(.passive)))
        out.append(word("and", RuleTrail(.proclitic), of: units[index + 1]))
        out.append(
          word(
            verbalNoun(units[index + 1])!.participle, RuleTrail(.passive),
            of: units[index + 1]))
        lastHuman = counted.human
        index = counted.end
        clauseStart = false
        continue
      case .noun
      where index == 0 && !unit.plural && unit.enclitic == nil && unit.proclitics.isEmpty
        && rules.casualtyPersons.contains(unit.english)
        && (index + 1 == units.count || units[index + 1].hasPreposition || units[index + 1].hasConjunction
          || units[index + 1].wordClass == .preposition):
        // A line that opens with one casualty: قتيل بضربة أمريكية → one killed in a US strike,
        // جريح برصاص مجهولين → one wounded by the gunfire of unidentified persons (was "dead
        // person", "wounded person"), as English headlines count the dead.
        let participle = unit.english == "dead person" ? "killed" : String(unit.english.dropLast(" person".count))
        out.append(word("one", RuleTrail(unit.origin, .numberNoun)))
        out.append(word(participle, RuleTrail(unit.origin, .passive)))
        lastHuman = true
        clauseStart = false
        index += 1
        continue
      case .noun
      where clauseStart && out.last?.english != "," && unit.enclitic == nil && unit.definite && index + 2 < units.count
        && units[index + 1].wordClass == .preposition && units[index + 1].key == "علي"
        && units[index + 1].proclitics.isEmpty && units[index + 2].proclitics.isEmpty
        && (units[index + 2].wordClass == .number || units[index + 2].wordClass == .noun && units[index + 2].human)
        && rules.verbalNouns[Self.keyWithoutProclitics(unit)] != nil:
        // القبض على ضابط سابق → a former officer arrested (was "arrest is on a former officer"): a
        // headline's verbal noun with the preposition it governs, and the people it happened to.
        let participle = verbalNoun(unit)!
        var counted = nounPhrase(units, at: index + 2)
        if units[index + 2].wordClass == .number { extendPartitive(&counted, units) }
        openWithVerbalNoun(counted, participle)
        lastHuman = counted.human
        index = counted.end
        clauseStart = false
        continue
      case .noun
      where unit.enclitic == nil && !unit.definite && index + 1 < units.count
        && (units[index + 1].wordClass == .number || units[index + 1].wordClass == .noun && units[index + 1].human
          // (Or a person told by an ordinal or "other": وإصابة ثالث → and a third wounded.)
          || [.adjective, .noun].contains(units[index + 1].wordClass) && !units[index + 1].definite
            && rules.personAdjectives.contains(units[index + 1].english))
        && units[index + 1].proclitics.isEmpty
        && !units[index + 1].definite
        && (!clauseStart || !unit.hasPreposition)
        && rules.verbalNouns[Self.keyWithoutProclitics(unit)] != nil:
        let participle = verbalNoun(unit)!
        var counted = nounPhrase(units, at: index + 1)
        // (Also after a dual: مقتل عنصرين من "قسد" → two members of "SDF" killed; and after one
        // person of a group: مقتل عنصر من الأمن العام → a member of General Security killed, was
        // "member killed from General Security".)
        let groupAt = counted.end + (counted.end + 1 < units.count && Self.isQuote(units[counted.end + 1]) ? 2 : 1)
        let ofGroup =
          groupAt < units.count && units[counted.end].key == "من" && units[counted.end].proclitics.isEmpty
          && (groupAt > counted.end + 1
            || Self.namesGroup(units[groupAt]))
        if units[index + 1].wordClass == .number || units[index + 1].english.hasPrefix("two ") || ofGroup {
          extendPartitive(&counted, units)
        }
        // People joined to the first with و are counted too: استشهاد ضابط وجنديين → an officer and
        // soldiers killed (was "an officer killed and soldiers").
        while counted.end < units.count, units[counted.end].hasConjunction, !units[counted.end].hasPreposition,
          units[counted.end].wordClass == .number
            || units[counted.end].wordClass == .noun && rules.isHuman(units[counted.end].english)
        {
          var more = nounPhrase(units, at: counted.end)
          if units[counted.end].wordClass == .number { extendPartitive(&more, units) }
          counted.words += more.words
          counted.end = more.end
        }
        if clauseStart || openedWithVerbalNoun && unit.proclitics == ["و"] {
          // A headline or sentence that opens with the verbal noun of a news event and the people
          // counted: مقتل 5 عناصر من قوات النظام → 5 members of the regime forces killed; and so
          // does one joined to it by و (مقتل طفل وإصابة ثلاثة مدنيين → a child killed and three
          // civilians wounded, was "and the injury of three civilians").
          openWithVerbalNoun(counted, participle)
        } else {
          // Inside a sentence, before a count or the people it happened to: أعلنت مقتل 5 عناصر →
          // announced the death of 5 members; أدى إلى مقتل طفل → led to the death of a child.
          out += conjunctionWords(unit)
          out += prepositionWords(unit)
          out.append(word("the", RuleTrail(.idafa), of: unit))
          out.append(word(unit.english, unit.origin))
          out.append(word("of", RuleTrail(.idafa), of: unit))
          out += counted.words
        }
        lastHuman = counted.human
        index = counted.end
        clauseStart = false
        continue
      case .noun
      where unit.proclitics.last == "ب" && unit.proclitics.count <= 2 && !unit.definite && unit.enclitic == nil
        && unit.source != .glossary && index + 1 < units.count
        && rules.mannerNouns[Self.keyWithoutProclitics(unit)] != nil
        && units[index + 1].proclitics.isEmpty && !units[index + 1].definite && units[index + 1].enclitic == nil
        && Self.adjectiveEnglish(of: units[index + 1]) != nil:
        // بشكل/بطريقة + an indefinite adjective is its adverb: بشكل واضح → clearly (was "with a
        // clear manner"); بشكل عام → generally (the adjective's reading of عام, not "year"). (Not
        // a glossary term: its English always appears.)
        let adjective = units[index + 1]
        out += conjunctionWords(unit)
        let english = Self.adjectiveEnglish(of: adjective)!
        out.append(
          word(
            rules.adverb(ofAdjective: english),
            RuleTrail(rules.mannerNouns[Self.keyWithoutProclitics(unit)]!), of: adjective))
        index += 2
        continue
      case .noun
      where unit.proclitics.last == "ب" && unit.proclitics.count <= 2 && !unit.definite && unit.enclitic == nil
        && unit.source != .glossary && rules.adverbNouns[Self.keyWithoutProclitics(unit)] != nil
        && (index + 1 == units.count || units[index + 1].proclitics.isEmpty == false
          || ![.noun, .adjective, .name, .number].contains(units[index + 1].wordClass)):
        // ب + a noun alone is an adverb: بسرعة → quickly (was "with a speed"). (Not a glossary
        // term: its English always appears.)
        let adverb = rules.adverbNouns[Self.keyWithoutProclitics(unit)]!
        out += conjunctionWords(unit)
        out.append(word(adverb.english, RuleTrail(adverb.origin)))
        index += 1
        continue
      case .noun
      where verbalNounUse(
        units, at: index, out: out, afterModal: afterModal, verbBefore: verbInSentence,
        afterImpersonal: afterItIs) != nil:
        // A verbal noun written as its verb (see VerbalNounUse), its object after it: لعلاج المرضى
        // → to treat the patients (was "to the medical treatment of the patients"); لدعمه → to
        // support him; المركز الأوروبي لمكافحة الأمراض → the European centre for fighting
        // diseases; يمكن للأطباء علاج المرضى → the doctors can treat patients; بهدف دعم الجيش → with
        // the aim of supporting the army.
        let use = verbalNounUse(
          units, at: index, out: out, afterModal: afterModal, verbBefore: verbInSentence,
          afterImpersonal: afterItIs)!
        let verb = verbOfVerbalNoun(unit)!
        out += conjunctionWords(unit)
        var english = verb.base
        switch use {
        case .purpose:
          out.append(word("to", RuleTrail(.verbalNoun)))
        case .purposeOfThing:
          out.append(word("for", RuleTrail(.verbalNoun)))
          english = rules.presentParticiple(english)
        case .afterModal:
          break
        case .gerund:
          english = rules.presentParticiple(english)
        }
        out += english.split(separator: " ").map { word(String($0), RuleTrail(verb.origin, .verbalNoun)) }
        if let code = unit.enclitic {
          out.append(word(Self.objectPronoun(code), RuleTrail(.enclitic)))
          index += 1
        } else if unit.definite, use == .purpose || use == .purposeOfThing, unit.proclitics.last == "ل",
          index + 1 < units.count,
          units[index + 1].proclitics == ["ب"], [.noun, .name].contains(units[index + 1].wordClass)
        {
          // A definite verbal noun of purpose takes its object with ب, which English does not say:
          // للمطالبة بإسقاط النظام → to demand the fall of the regime (was "to the demands with").
          var bare = units
          bare[index + 1].proclitics = []
          let object = nounPhrase(bare, at: index + 1)
          out += object.words
          lastHuman = object.human
          index = object.end
        } else if unit.definite {
          // (After a modal, a definite verbal noun has no object: يمكن للمسلمين الأكل → Muslims can eat.)
          index += 1
        } else {
          let object = nounPhrase(units, at: index + 1)
          out += object.words
          lastHuman = object.human
          index = object.end
        }
        clauseStart = false
        continue
      case .number
      where index > 0 && units[index - 1].english.hasPrefix("two ") && unit.proclitics.isEmpty
        && Self.twoWords.contains(unit.key):
        // اثنان after a dual repeats its number: استشهد جنديان اثنان → two soldiers were killed.
        index += 1
        continue
      case .noun
      where clauseStart && unit.proclitics.isEmpty && unit.enclitic == nil && !unit.definite
        && rules.changeNouns[unit.key] != nil && index + 1 < units.count && units[index + 1].isNominal
        && units[index + 1].proclitics.isEmpty
        && units[(index + 1)...].prefix(while: { !Self.clauseEnds.contains($0.english) }).contains(where: {
          $0.key == "الي" && $0.wordClass == .preposition && $0.proclitics.isEmpty
        }):
        // A clause that opens with a change noun says its verb before إلى (see RuleBook.changeNouns).
        var source = unit
        source.origin = rules.changeNouns[unit.key]!.origin
        pendingChange = (rules.changeNouns[unit.key]!.base, source)
        index += 1
        continue
      case .noun
      where out.last?.english == "wounded" && (unit.english == "wounds" || unit.english == "injuries")
        && unit.proclitics.count == 1 && unit.proclitics[0] == "ب"
        && (index + 1 == units.count || units[index + 1].wordClass != .adjective):
        // أصيب بجروح → was wounded (not "wounded with wounds"); بجروح خطيرة keeps its description.
        index += 1
        continue
      case .adverb
      where unit.enclitic == nil && index + 1 < units.count
        && (["هناك", "هنالك"].contains(Self.keyWithoutProclitics(unit)) || unit.role?.hasPrefix("exist:") == true)
        && ([.noun, .adjective, .number].contains(units[index + 1].wordClass)
          || units[index + 1].wordClass == .pronoun && ["one", "anyone"].contains(units[index + 1].english)
          || unit.role?.hasPrefix("exist:") == true && Self.keyWithoutProclitics(units[index + 1]) == "اي")
        && !units[index + 1].definite
        && units[index + 1].proclitics.isEmpty && (index == 0 || units[index - 1].wordClass != .preposition):
        // هناك اختلافات كبيرة → there are large differences (was "there large differences"); with
        // the tense and negation of the words before it (markExistentials): لم يكن هناك أحد → there
        // was no one, لا توجد إصابات → there are no injuries.
        out += conjunctionWords(unit)
        out.append(word("there", unit.origin))
        var phrase = nounPhrase(units, at: index + 1)
        if units[index + 1].wordClass == .number { extendPartitive(&phrase, units) }
        let frame = (unit.role ?? "").split(separator: ":")
        let tense = frame.count > 1 ? frame[1] : "present"
        let be =
          switch tense {
          case "past": phrase.plural ? "were" : "was"
          case "future": "will be"
          case "may": "may be"
          default: phrase.plural ? "are" : "is"
          }
        out.append(word(be, RuleTrail(.copula), of: units[index + 1]))
        if frame.count > 2, frame[2] == "no" {
          switch phrase.words.first?.english {
          case "any", "a", "an": phrase.words[0].english = "no"
          case "anyone", "one": phrase.words[0].english = "no one"
          default: out.append(word("no", RuleTrail(.negation), of: units[index + 1]))
          }
        }
        out += phrase.words
        lastHuman = phrase.human
        index = phrase.end
        clauseStart = false
        continue
      case .question
      where unit.key == "ما" && unit.proclitics.isEmpty && index + 1 < units.count
        && units[index + 1].wordClass == .verb && units[index + 1].proclitics.isEmpty
        && units[index + 1].verb.map({ $0.perfect && !$0.plural && $0.person != 1 && $0.person != 2 }) != false
        && (out.last?.english == ","
          || verbInSentence && index > 0 && [.noun, .name, .adjective].contains(units[index - 1].wordClass)
            && rules.resultVerbs.contains(
              String(Self.keyWithoutProclitics(units[index + 1]).prefix { $0 != " " })))
        && !units[index...].contains(where: { $0.english == "?" }):
        // ، ما أدى إلى مقتل عنصرين → , which led to the death of two members (was "what the death of
        // two members led to"): ما after a comma before a verb stands for the clause before; so it
        // does before a verb of a result (word-sets.tsv result_verb) after a clause that ends in a
        // noun (قصفت القوات القرية ما أدى لمقتل طفل → …, which led to the death of a child), not
        // otherwise (عرف الرجل ما حدث → the man knew what happened).
        if out.last?.english != "," { out.append(word(",", RuleTrail(.punctuation))) }
        out.append(word("which", RuleTrail(.relative)))
        pendingSubject = "it"
        index += 1
        continue
      // (A where clause for each pattern: it binds to the last one only.)
      case .adjective where superlative(units, at: index) != nil, .name where superlative(units, at: index) != nil:
        // An elative before an indefinite noun in the genitive is its superlative: أعلى مستوى →
        // the highest level (was "higher level"). (Not before an accusative, its specification:
        // أكثر حسما → more decisive; nor أكثر and أقل, which mostly take one.) So it is before a
        // definite plural: أخطر الأمراض → the most dangerous diseases; and with من before it after
        // anything but a verb, the phrase is one of them: وهي من أكبر العشائر → and it is one of the
        // largest clans (was "from Akbar the tribes"); انسحب من أكبر المدن keeps "from".
        let superlative = superlative(units, at: index)!
        var phrase = nounPhrase(units, at: index + 1)
        if let first = phrase.words.first?.english, first == "a" || first == "an" || first == "the" {
          phrase.words.removeFirst()
        } else if let first = phrase.words.first?.english, Self.isPartitivePhrase(units[index + 1]),
          first.hasPrefix("a ")
        {
          phrase.words[0].english = String(first.dropFirst(2))
        }
        // (As a predicate: after a pronoun, a comma, or in a clause with no verb before it.)
        func predicate() -> Bool {
          guard index >= 2 else { return true }
          if [.pronoun, .punctuation].contains(units[index - 2].wordClass) { return true }
          var back = index - 2
          while back >= 0, units[back].wordClass != .punctuation {
            if units[back].wordClass == .verb { return false }
            back -= 1
          }
          return true
        }
        if units[index + 1].definite, index >= 1, units[index - 1].wordClass == .preposition,
          units[index - 1].key == "من", units[index - 1].proclitics.isEmpty, units[index - 1].enclitic == nil,
          let last = out.last, last.english == "from", predicate()
        {
          out[out.count - 1].english = "one of"
        }
        out += conjunctionWords(unit)
        out += prepositionWords(unit)
        out.append(word("the", RuleTrail(.article)))
        out += superlative.split(separator: " ").map { word(String($0), unit.origin) }
        out += phrase.words
        lastHuman = phrase.human
        clauseStart = false
        index = phrase.end
        continue
      case .pronoun where Self.separationPronouns.contains(Self.keyWithoutProclitics(unit)):
        switch pronounUse(units, at: index) {
        case .whichClause:
          // ، وهو ما يؤكد → , which confirms (was "and he what affirms"): the pronoun and ما stand
          // for the clause before; the verb after them has it for its subject.
          // (At the start of a sentence: this. وهو ما يعني → this means.)
          let opensSentence = out.last.map { Self.sentenceEnds.contains($0.english) } ?? true
          out.append(word(opensSentence ? "this" : "which", RuleTrail(.relative)))
          pendingSubject = "it"
          index += 2
          continue
        case .relative(let clause):
          if index > 0, units[index - 1].wordClass != .punctuation { out.append(word(",", RuleTrail(.relative))) }
          for part in clause.split(separator: " ") { out.append(word(String(part), RuleTrail(.relative), of: unit)) }
          clauseStart = false
          index += 1
          continue
        case .copula(let be):
          // هذا هو الطبيب → this is the doctor; الحمى هي العرض الرئيسي → the fever is the main
          // symptom (the pronoun of separation between a subject and its definite predicate). A
          // clause whose verb is already "be" (تكون الحمى هي) takes no second one.
          if let be { out.append(word(be, RuleTrail(.copula))) }
          clauseStart = false
          index += 1
          continue
        case nil:
          break
        }
        fallthrough
      case .noun, .name, .number, .adjective, .demonstrative, .pronoun:
        // A phrase governed by a preposition is not the subject of the verb after it (بعد ساعات
        // أعلنت الوزارة → after hours, the ministry announced), and one governed by a preposition
        // of time not the subject of a nominal sentence either (بعد ساعات من الهجوم → after hours
        // from the attack, was "after hours are from"; في البيت رجل keeps its copula).
        let governed = index > 0 && units[index - 1].wordClass == .preposition
        let startedClause = clauseStart && !(governed && Self.temporalPrepositions.contains(units[index - 1].key))
        let phrase = nounPhrase(units, at: index)
        // Noun phrases joined by و before the verb are its subject too (الأمن العسكري وميليشيات
        // إيرانية تعتقل 9 شبان → Military Security and Iranian militias arrest 9 young men).
        // (A quoted name's closing quote may stand between: "قسد" والتحالف تقتلان.)
        func pastQuote(_ at: Int) -> Int { at < units.count && Self.isQuote(units[at]) ? at + 1 : at }
        var subjectEnd = pastQuote(phrase.end)
        var coordinated = false
        if startedClause, !governed {
          while subjectEnd < units.count, units[subjectEnd].proclitics == ["و"],
            [.noun, .name].contains(units[subjectEnd].wordClass)
          {
            subjectEnd = pastQuote(nounPhrase(units, at: subjectEnd).end)
            coordinated = true
          }
        }
        // A headline's subject may have where it happened between it and its verb (مظاهرة حاشدة
        // في بنش تطالب → a large demonstration in Binnish demands, was "… you demand"): up to two
        // place phrases (a preposition and its noun phrase, no conjunction) before the verb.
        var verbAt = subjectEnd
        // (Only when a verb comes before the clause ends: the place phrases are read twice.)
        if startedClause, !governed, unit.wordClass == .noun || unit.wordClass == .name, subjectEnd < units.count,
          units[subjectEnd].wordClass == .preposition || units[subjectEnd].hasPreposition,
          units[subjectEnd...].prefix(12).prefix(while: { $0.wordClass != .punctuation }).contains(where: {
            $0.wordClass == .verb
          })
        {
          var phrases = 0
          var at = subjectEnd
          while phrases < 2, at < units.count, !units[at].hasConjunction,
            units[at].wordClass == .preposition && at + 1 < units.count && units[at + 1].isNominal
              && !units[at + 1].hasPreposition && rules.placeCues.contains(units[at].key)
              || units[at].hasPreposition && units[at].isNominal && units[at].proclitics == ["ب"]
              // (And a place of the gazetteer told by its direction after the first: في أرمناز شمالي
              // إدلب.)
              || phrases > 0 && units[at].source == .place && units[at].proclitics.isEmpty
              // (And, first, whose it is with لـ: قصف مدفعي لقوات الأسد يقتل امرأة → artillery
              // shelling by the Assad forces kills a woman.)
              || phrases == 0 && units[at].proclitics == ["ل"] && units[at].isNominal
          {
            at = pastQuote(nounPhrase(units, at: units[at].wordClass == .preposition ? at + 1 : at).end)
            phrases += 1
          }
          // (A perfect in ت is the subject's "she" as well as "I" or "you": دورية للجيش اقتحمت القرية → a
          // patrol of the army stormed the village, was "… the village stormed"; not one that describes
          // the indefinite noun before it: بانفجار عبوة استهدفت → in the explosion of a device that
          // targeted.)
          if phrases > 0, at < units.count, units[at].wordClass == .verb, units[at].proclitics.isEmpty,
            units[at].verb.map({
              !$0.perfect || $0.person == 3
                || !$0.plural && units[at].enclitic == nil && units[at].key.hasSuffix("ت")
                  && Self.describedNoun(units, before: at) == nil
            }) == true
          {
            verbAt = at
          }
        }
        // (A clause after و opens with its subject too: والخاطفون يطالبون → and the kidnappers
        // demand, was "and the kidnappers they demand".)
        if startedClause, !governed, unit.proclitics.isEmpty || unit.proclitics == ["و"] && unit.wordClass != .name,
          unit.wordClass != .number,
          unit.wordClass != .pronoun,
          verbAt < units.count,
          units[verbAt].wordClass == .verb
            || (units[verbAt].wordClass == .negation
              // (Or قد: المستشفيات قد وصلت → the hospitals have reached.)
              || units[verbAt].role == "part" && units[verbAt].english == "may")
              && verbAt + 1 < units.count && units[verbAt + 1].wordClass == .verb
        {
          subjectPhrase = phrase
          if coordinated { subjectPhrase?.plural = true }
        }
        let last = units[phrase.end - 1]
        lastWasQuantity = unit.wordClass == .number || rules.quantityWords.contains(last.english.lowercased())
        out += phrase.words
        lastHuman = phrase.human
        // (Only a phrase that opened its clause: a plural inside one is not its subject.)
        lastPhrase = startedClause ? (phrase.end, phrase.plural) : nil
        index = phrase.end
        clauseStart = false
        // Nominal sentence with a prepositional predicate and no verb: أنا في العمل → I am at work.
        // (Not a phrase that agrees with its noun by the article: الأحياء الخاضعة لسيطرة النظام → the
        // neighbourhoods under the control of the regime.)
        if startedClause, pendingChange == nil, !verbBeforeComma, index < units.count,
          units[index].wordClass == .preposition
            && !(units[index].source == .glossary && units[index].definite && units[index].proclitics.isEmpty)
            || units[index].wordClass == .adverb
              && ["here", "there"].contains(units[index].english),
          unit.wordClass == .pronoun || unit.wordClass == .name || unit.wordClass == .demonstrative || unit.definite,
          unit.proclitics.isEmpty,
          !units[index...].prefix(while: { $0.wordClass != .punctuation }).contains(where: { $0.wordClass == .verb })
        {
          // (A phrase of place and an indefinite adjective that ends the clause after it: the
          // place is the subject's, the adjective the predicate: الوضع في المدينة صعب → the
          // situation in the city is difficult, was "the situation is in the city difficult".)
          // (The noun phrase is made only when the clause ends in such an adjective.)
          let preposition = units[index]
          if preposition.wordClass == .preposition, preposition.proclitics.isEmpty, preposition.enclitic == nil,
            index + 1 < units.count, [.noun, .name].contains(units[index + 1].wordClass),
            units[index + 1].proclitics.isEmpty,
            units[(index + 1)...].prefix(while: { $0.wordClass != .punctuation }).last?.wordClass == .adjective
          {
            let place = nounPhrase(units, at: index + 1)
            let at = place.end
            if at < units.count, units[at].wordClass == .adjective, !units[at].definite, units[at].proclitics.isEmpty,
              units[at].enclitic == nil,
              at + 1 == units.count || units[at + 1].wordClass == .punctuation
            {
              out.append(word(preposition.english, preposition.origin, of: preposition))
              out += place.words
              out.append(word(copula(agreeingWith: phrase), RuleTrail(.copula), of: units[at]))
              out.append(word(units[at].english, RuleTrail(units[at].origin, .copula), of: units[at]))
              index = at + 1
              continue
            }
          }
          out.append(word(copula(agreeingWith: phrase), RuleTrail(.copula), of: units[index]))
          continue
        }
        // Nominal sentence: a definite subject (or pronoun) and an indefinite predicate
        // (الملل شائع → boredom is common; أنت جائع → you are hungry).
        if startedClause, pendingChange == nil, !verbBeforeComma, index < units.count, units[index].proclitics.isEmpty,
          !units[index].definite,
          units[index].enclitic == nil, units[index].wordClass == .adjective || units[index].wordClass == .noun,
          unit.wordClass == .pronoun || unit.definite || unit.wordClass == .name || unit.enclitic != nil
            // (Or a demonstrative's phrase, or a noun in construct with a definite one: هذا الدواء
            // فعال → this medicine is effective; عدد الحالات كبير → the number of cases is large.)
            || !governed
              && (unit.wordClass == .demonstrative
                || unit.wordClass == .noun && phrase.words.prefix(2).contains(where: { $0.english == "the" }))
        {
          out.append(word(copula(agreeingWith: phrase), RuleTrail(.copula), of: units[index]))
          if superlative(units, at: index) != nil {
            // (A superlative's construct is the predicate: حلب أكبر مدينة → Aleppo is the largest
            // city; the loop writes it.)
          } else if units[index].wordClass == .noun, units[index].source != .glossary,
            let adjective = units[index].adjectiveEnglish
          {
            out.append(word(adjective, RuleTrail(units[index].origin, .copula), of: units[index]))
            index += 1
          } else if units[index].wordClass == .adjective {
            var english = units[index].english
            if english.hasPrefix("be ") { english = String(english.dropFirst(3)) }
            out.append(word(english, RuleTrail(units[index].origin, .copula), of: units[index]))
            index += 1
          } else {
            let predicate = nounPhrase(units, at: index)
            out += predicate.words
            index = predicate.end
          }
        }
        continue
      case .preposition
      where unit.key == "من" && unit.enclitic == nil
        && (clauseStart || out.last?.english == "," || out.last?.english.hasSuffix("not") == true)
        && impersonalAdjective(units, after: index):
        // من + a definite adjective that opens a clause before أن or a verbal noun is "it is" + the
        // adjective: من الصعب تطوير لقاح → it is difficult to develop a vaccine; من المتوقع أن يصل
        // الوزير → it is expected that the minister arrives (was "from the difficult is development
        // a vaccine").
        // (After ليس, "it is not" is said: ليس من المحتمل أن → it is not likely that.)
        out += conjunctionWords(unit)
        if let last = out.last, last.english == "is not",
          !["it", "he", "she", "this", "that"].contains(
            out.dropLast().last?.english.split(separator: " ").last?.lowercased() ?? "")
        {
          out.removeLast()
          out.append(word("it", RuleTrail(.copula), of: units[index - 1]))
          out.append(last)
        } else if out.last?.english.hasSuffix("not") != true {
          out.append(word("it", RuleTrail(.copula)))
          out.append(word("is", RuleTrail(.copula)))
        }
        let adjective = units[index + 1]
        out.append(word(adjective.adjectiveEnglish ?? adjective.english, adjective.origin, of: adjective))
        afterImpersonal = true
        clauseStart = false
        index += 2
        continue
      case .preposition where unit.proclitics.isEmpty && unit.role == "governed:" + unit.arabic:
        // سيطر على → took control of: the governed preposition (marked by lexical transfer) has no
        // English ("of" is in the verb's English); a pronoun on it is the verb's object: a person
        // after what is done to people (ألقى القبض عليه → arrested him), else a thing (سيطرت القوات
        // عليها → took control of it).
        if let code = unit.enclitic {
          let toPeople = out.suffix(6).contains { isDoneToPeople($0.english) }
          let pronoun =
            toPeople || !code.hasPrefix("3") ? Self.objectPronoun(code) : code == "3MS" || code == "3FS" ? "it" : "them"
          out.append(word(pronoun, RuleTrail(.enclitic)))
        }
        index += 1
        continue
      case .preposition where pendingChange != nil && unit.key == "الي" && unit.proclitics.isEmpty:
        // ارتفاع حصيلة القتلى إلى 5 → the death toll rises to 5
        let change = pendingChange!
        out.append(
          word(RuleBook.thirdPerson(change.base), RuleTrail(change.source.origin, .verbInflection), of: change.source))
        out.append(word(unit.english, unit.origin))
        pendingChange = nil
        index += 1
        continue
      case .preposition where unit.proclitics.isEmpty && Self.isMin(unit.key) && comparesFrom(units, at: index):
        // أطول من أسبوعين → longer than two weeks (was "longer from"); أقل شدة من سارس → less
        // severity than SARS; أثقل منه → heavier than him.
        out.append(word("than", unit.origin))
        if let code = unit.enclitic { out.append(word(Self.objectPronoun(code), RuleTrail(.enclitic))) }
        index += 1
        continue
      case .preposition
      where unit.proclitics.isEmpty && unit.enclitic == nil && index + 1 < units.count
        && units[index + 1].wordClass == .complementizer && units[index + 1].proclitics.isEmpty
        && units[index + 1].key == "ان" && index > 0 && units[index - 1].wordClass != .punctuation
        && rules.thatClausePrepositions.contains(unit.key):
        // English takes a that-clause without the preposition Arabic puts before أن: أشار إلى أن →
        // pointed out that, شدد على أن → stressed that, دليل على أن → evidence that (was "pointed
        // out to that").
        index += 1
        continue
      case .preposition:
        out += conjunctionWords(unit)
        // جراء and نتيجة ("as a result of") before an attack, after the people it killed or wounded in
        // the sentence (asides between commas may stand between): "in", as English news says it
        // (قُتل طفل وأصيب ثلاثة، يوم الثلاثاء، جراء قصف مدفعي → … on Tuesday, in artillery shelling).
        if unit.english == "as a result of", unit.enclitic == nil, index + 1 < units.count,
          units[index + 1].proclitics.isEmpty, units[index + 1].isNominal,
          Self.lastWord(units[index + 1].english).map({ rules.eventNouns.contains($0.lowercased()) }) == true,
          casualtiesBefore(units, at: index, within: 12, ends: Translator.sentenceEnds)
        {
          out.append(word("in", unit.origin))
          index += 1
          clauseStart = false
          continue
        }
        // من أبناء بلدة X → from the town of X (was "from the sons of the town of X"): the people of a
        // place are from it.
        if unit.key == "من", index + 2 < units.count, units[index + 1].key == "ابناء",
          units[index + 1].proclitics.isEmpty, units[index + 1].enclitic == nil, units[index + 2].proclitics.isEmpty,
          units[index + 2].source == .place || rules.settlementNouns.contains(Translator.classKey(units[index + 2]))
        {
          out.append(word("from", unit.origin))
          let place = nounPhrase(units, at: index + 2)
          out += place.words
          index = place.end
          clauseStart = false
          continue
        }
        if unit.key == "من", unit.proclitics.isEmpty, unit.enclitic == nil, index + 1 < units.count,
          units[index + 1].key == "قبل", units[index + 1].proclitics.isEmpty,
          units[index + 1].enclitic != nil
            || index + 2 < units.count && units[index + 2].proclitics.isEmpty
              && [.noun, .name, .demonstrative].contains(units[index + 2].wordClass)
            || index + 3 < units.count && Self.isQuote(units[index + 2]) && units[index + 3].proclitics.isEmpty
              && [.noun, .name].contains(units[index + 3].wordClass)
        {
          // من قبل before the doer is "by" (اكتشاف الفيروس من قبل العلماء → discovered by the
          // scientists, was "from before scientists"; من قبلهم → by them); alone it is "before".
          out.append(word("by", RuleTrail(unit.origin, .passive)))
          if let code = units[index + 1].enclitic {
            out.append(word(Self.objectPronoun(code), RuleTrail(.enclitic), of: units[index + 1]))
          }
          index += 2
          continue
        }
        if unit.key == "من", unit.proclitics.isEmpty, unit.enclitic == nil, index + 1 < units.count,
          units[index + 1].key == "قبل", units[index + 1].proclitics.isEmpty, units[index + 1].enclitic == nil
        {
          out.append(word("before", RuleTrail(units[index + 1].origin), of: units[index + 1]))
          index += 2
          continue
        }
        if unit.key == "من", unit.proclitics.isEmpty, index + 1 < units.count, units[index + 1].english == "including" {
          // من بينهم → including (not "of including")
          index += 1
          continue
        }
        // (Also right after a noun of quantity or part that another path wrote: كل جزء من العالم →
        // every part of the world; هذا جزء مني → this is part of me.)
        let afterQuantity =
          index > 0 && units[index - 1].wordClass == .noun && units[index - 1].enclitic == nil
          && (Self.lastWord(units[index - 1].english).map { rules.quantityWords.contains($0.lowercased()) } ?? false)
        if Self.isMin(unit.key), lastWasQuantity || afterQuantity, unit.proclitics.isEmpty {
          // 30 عنصرا من قوات النظام → 30 members of the regime forces
          out.append(word("of", RuleTrail(unit.origin, .partitive)))
          if let code = unit.enclitic { out.append(word(Self.objectPronoun(code), RuleTrail(.enclitic))) }
          lastWasQuantity = false
          index += 1
          continue
        }
        // (After a phrase that ends in "to" itself, ل or إلى written apart says nothing but its
        // pronoun: وفقا له → according to him, بالنسبة لي → with regard to me, was "to to me".)
        if unit.english == "to", unit.proclitics.isEmpty, out.last.map({ $0.english.hasSuffix(" to") }) == true {
          if let code = unit.enclitic { out.append(word(Self.objectPronoun(code), RuleTrail(.enclitic))) }
          index += 1
          continue
        }
        // عضو في → a member of (not "in"): what a member belongs to.
        let memberOf =
          unit.key == "في" && unit.proclitics.isEmpty
          && (Self.lastWord(out.last?.english ?? "").map { $0 == "member" || $0 == "members" } ?? false)
        // (لـ written apart before a quoted group after a thing it has: حاجزاً لـ"قسد" → a checkpoint
        // of the SDF, هجوم لـ"داعش" → an attack by ISIS.)
        let owner =
          unit.key == "ل" && unit.proclitics.isEmpty && index > 0 && index + 2 < units.count
            && Self.isQuote(units[index + 1]) && units[index + 2].isNominal && units[index + 2].proclitics.isEmpty
            && (units[index + 2].wordClass == .name || units[index + 2].category == "actor")
          ? lamOwner(units, after: index - 1, owner: units[index + 2]) : nil
        out.append(word(memberOf ? "of" : owner ?? unit.english, unit.origin))
        if let code = unit.enclitic { out.append(word(Self.objectPronoun(code), RuleTrail(.enclitic))) }
        index += 1
        continue
      case .particle where kanaSubject(units, after: index) != nil:
        // كان/يكون before its subject: the subject, then "be" (كان الوضع صعبا → the situation was
        // difficult, was "was the situation is difficult"); with an imperfect after the subject the
        // past continuous (كان الرجل يعمل → the man was working), with قد and a perfect the past
        // perfect (كان الوزير قد أعلن → the minister had announced).
        let subject = nounPhrase(units, at: kanaSubject(units, after: index)!)
        let past = Self.keyWithoutProclitics(unit).hasPrefix("ك")
        out += conjunctionWords(unit)
        if afterModal, let modal = out.lastIndex(where: { rules.bareInfinitiveModals.contains($0.english) }),
          out.count - modal <= 2
        {
          // (After a modal, the subject before it: يمكن أن يكون الوضع صعبا → the situation can be
          // difficult.)
          out.insert(contentsOf: subject.words, at: modal)
        } else {
          out += subject.words
        }
        lastHuman = subject.human
        clauseStart = false
        var at = subject.end
        let may = pendingNegation?.role == "may" && !past
        let have = past ? Self.perfectAuxiliary(pendingNegation?.role, singular: !subject.plural) : nil
        if may || have != nil { pendingNegation = nil }
        let be =
          may
          ? "may be"
          : have.map { $0 + " been" }
            ?? (past ? (subject.plural ? "were" : "was") : afterModal ? "be" : copula(agreeingWith: subject))
        func verbWith(_ english: String, _ verb: Unit) {
          out.append(word(english, RuleTrail(verb.origin, .verbInflection), of: verb))
          if let code = verb.enclitic { out.append(word(Self.objectPronoun(code), RuleTrail(.enclitic), of: verb)) }
        }
        if at + 1 < units.count, units[at].key == "قد", units[at].proclitics.isEmpty,
          units[at + 1].wordClass == .verb, units[at + 1].verb?.perfect == true, units[at + 1].proclitics.isEmpty
        {
          // (And يكون with قد and a perfect the present perfect: من المحتمل أن تكون ليلى قد ماتت →
          // it is likely that Layla has died, was "Layla is died".)
          let auxiliary = Self.perfectAuxiliary(
            past ? "pluperfect" : "perfect", singular: !afterModal && !subject.plural)!
          out.append(word(auxiliary, RuleTrail(.verbInflection)))
          verbWith(rules.participle(rules.base(ofInflected: units[at + 1].english)), units[at + 1])
          at += 2
          verbInSentence = true
        } else if at < units.count, units[at].wordClass == .verb, units[at].verb?.perfect == false,
          units[at].proclitics.isEmpty, !units[at].english.hasPrefix("be ")
        {
          out += be.split(separator: " ").map { word(String($0), RuleTrail(unit.origin)) }
          verbWith(rules.presentParticiple(units[at].english), units[at])
          at += 1
          verbInSentence = true
        } else {
          out += be.split(separator: " ").map { word(String($0), RuleTrail(unit.origin)) }
          if at < units.count, units[at].wordClass == .adjective, !units[at].definite, units[at].proclitics.isEmpty {
            out.append(word(units[at].english, RuleTrail(units[at].origin, .copula), of: units[at]))
            at += 1
          }
        }
        index = at
        continue
      case .adverb
      where unit.source == .glossary && unit.english == "still" && index + 2 < units.count
        && units[index + 1].proclitics.isEmpty && units[index + 1].enclitic == nil
        && (units[index + 1].definite || units[index + 1].wordClass == .name
          || units[index + 2].definite && units[index + 2].proclitics.isEmpty)
        && [.noun, .name].contains(units[index + 1].wordClass)
        && stillPredicate(units, subjectAt: index + 1) != nil:
        // لا يزال / ما زال + a subject + its predicate: the subject, then "still" (لا يزال الجيش
        // يقصف المدينة → the army still shells the city; لا تزال المعارك مستمرة → the battles are
        // still continuous, was "still the battles are continuous").
        let subject = nounPhrase(units, at: index + 1)
        let predicate = units[subject.end]
        out += conjunctionWords(unit)
        out += subject.words
        if predicate.wordClass == .verb {
          out.append(word("still", unit.origin))
          let english = predicate.english
          out.append(
            word(
              subject.plural ? english : RuleBook.thirdPerson(english), RuleTrail(predicate.origin, .verbInflection),
              of: predicate))
          if let code = predicate.enclitic {
            out.append(word(Self.objectPronoun(code), RuleTrail(.enclitic), of: predicate))
          }
          verbInSentence = true
        } else {
          out.append(word(subject.plural ? "are" : "is", RuleTrail(.copula)))
          out.append(word("still", unit.origin))
          out.append(word(Self.adjectiveEnglish(of: predicate)!, RuleTrail(predicate.origin, .copula), of: predicate))
        }
        lastHuman = subject.human
        clauseStart = false
        index = subject.end + 1
        continue
      case .adverb
      where unit.role == "modal" && pendingQuestion == nil && !unit.interrogative && unit.enclitic == nil
        && !unit.english.contains(" ") && modalSubject(units, after: index) != nil:
        // A modal's subject after لـ or على comes before it: يمكن للأطباء علاج المرضى → the doctors
        // can treat patients (was "can to the doctors the medical treatment of"); يجب على الحكومة
        // أن تتحرك → the government must move (was "he answers on the government").
        // (Its لـ is no English word: the noun phrase is read without it.)
        let subjectAt = modalSubject(units, after: index)!
        var bare = units
        bare[subjectAt].proclitics = []
        let subject = nounPhrase(bare, at: subjectAt)
        out += conjunctionWords(unit)
        out += subject.words
        out += modalWords(unit, negated: negatedModal)
        negatedModal = false
        infinitive = true
        lastHuman = subject.human
        clauseStart = false
        index = subject.end
        continue
      case .conjunction, .question, .adverb, .particle, .latin, .other:
        out += conjunctionWords(unit)
        if let may = pendingNegation, may.role == "may", rules.kanaForms.contains(Self.keyWithoutProclitics(unit)) {
          // (قد يكون with no subject after it: may be.)
          out.append(word("may", RuleTrail(may.origin), of: may))
          pendingNegation = nil
        }
        if unit.source == .function { out += prepositionWords(unit) }
        if unit.role == "part" && unit.english == "may" && index + 1 < units.count
          && units[index + 1].proclitics.isEmpty && pendingNegation == nil
          && (units[index + 1].wordClass == .verb && units[index + 1].verb.map({ !$0.perfect && !$0.future }) == true
            // (Or a present form of كان: قد يكون → may be.)
            || rules.kanaForms.contains(units[index + 1].key) && !units[index + 1].key.hasPrefix("ك"))
        {
          // قد + an imperfect is "may" (قد يصبح الفيروس خطيرا → the virus may become serious, was
          // "the virus becomes serious"); the verb's clause says it, as it says a negation.
          var may = unit
          may.role = "may"
          pendingNegation = may
        } else if unit.role == "part" && unit.english == "may" && index + 1 < units.count
          && units[index + 1].proclitics.isEmpty && pendingNegation == nil
          && units[index + 1].wordClass == .verb
          && units[index + 1].verb.map({ $0.perfect && !$0.future }) == true
          // (Not after a form of كان, whose tense it is: كان قد قتل, كانوا قد طردوا, سنكون قد
          // أحرزناه.)
          && !(index > 0
            && (rules.kanaForms.contains(Self.keyWithoutProclitics(units[index - 1]))
              || units[index - 1].wordClass == .verb
                && Self.firstWord(units[index - 1].english).map({ rules.base(ofInflected: String($0)) }) == "be"))
        {
          // قد + a perfect is a completed act, the English present perfect (وقد أعلنت الوزارة عن
          // حالات جديدة → and the ministry has announced new cases, was "announced"; وقد قُتل ثلاثة
          // مدنيين → and three civilians have been killed); the verb's clause says it, as it says
          // "may". After a past verb in the sentence it is the past perfect (عرف سامي أن ليلى قد
          // ماتت → Sami knew that Layla had died).
          var perfect = unit
          perfect.role = pastVerbInSentence ? "pluperfect" : "perfect"
          pendingNegation = perfect
        } else if unit.role == "drop" || unit.english.isEmpty || unit.role == "part" && unit.english == "may" {
          // dropped particle (قد, لقد)
        } else if unit.role == "question", unit.english == "do" {
          // هل: do-support on the verb that follows
          pendingQuestion = unit
        } else if unit.role == "modal", pendingQuestion == nil && !unit.interrogative {
          // An impersonal modal before أن and a verb of the 1st or 2nd person: the verb's person is
          // the subject (ينبغي أن نعمل → we should work, was "should work").
          // And one before على with a pronoun: يجب علينا أن نذهب → we must go.
          if !unit.english.contains(" "), unit.enclitic == nil, index + 1 < units.count,
            units[index + 1].wordClass == .preposition, units[index + 1].key.hasPrefix("علي"),
            units[index + 1].proclitics.isEmpty, let code = units[index + 1].enclitic
          {
            out.append(word(Self.subjectPronoun(ofEnclitic: code), RuleTrail(.enclitic), of: units[index + 1]))
            index += 1
          } else if !unit.english.contains(" "), unit.enclitic == nil, index + 2 < units.count,
            units[index + 1].wordClass == .complementizer, units[index + 1].proclitics.isEmpty,
            units[index + 1].enclitic == nil, units[index + 2].wordClass == .verb,
            let features = units[index + 2].verb, features.person != 3
          {
            out.append(word(Self.subjectPronoun(features), RuleTrail(.subjectPronoun), of: units[index + 2]))
          }
          // A modal written with its person (يريد → he wants) right after a definite noun phrase has
          // that phrase for its subject: الشعب يريد إسقاط النظام → the people want, was "the people
          // he wants".
          var modal = unit
          let parts = unit.english.split(separator: " ", maxSplits: 1).map(String.init)
          // (Not "you" in a line that speaks to someone, nor after كان's subject.)
          if parts.count == 2, parts[0] == "he" || parts[0] == "she" || parts[0] == "you" && !addressesSomeone,
            !negatedModal, index > 0,
            index < 2 || !rules.kanaForms.contains(Self.keyWithoutProclitics(units[index - 2])),
            units[index - 1].proclitics.isEmpty || units[index - 1].wordClass == .adjective,
            units[index - 1].definite || units[index - 1].wordClass == .name,
            [.noun, .name, .adjective].contains(units[index - 1].wordClass), units[index - 1].enclitic == nil
          {
            let phraseIsPlural =
              units[index - 1].plural || units[index - 1].englishIsPlural
              || out.last.map { $0.english.hasSuffix("people") } == true
            // (The verb of "he wants" is the third person's: its base drops the s.)
            let base =
              parts[0] != "you" && parts[1].hasSuffix("s") && !parts[1].hasSuffix("ss")
              ? String(parts[1].dropLast()) : parts[1]
            modal.english =
              phraseIsPlural || rules.bareInfinitiveModals.contains(base) ? base : RuleBook.thirdPerson(base)
          }
          out += modalWords(modal, negated: negatedModal)
          negatedModal = false
          infinitive = true
        } else if unit.role == "modal", pendingQuestion != nil || unit.interrogative {
          // هل يمكنك / أيمكنك → can you; أتريد → do you want
          let parts = unit.english.split(separator: " ").map(String.init)
          if parts.count == 2 {
            if parts[1] == "can" {
              out.append(word("can", unit.origin))
              out.append(word(parts[0], unit.origin))
            } else {
              out.append(word(parts[1].hasSuffix("s") ? "does" : "do", RuleTrail(.verbInflection)))
              out.append(word(parts[0], unit.origin))
              out.append(word(parts[1].hasSuffix("s") ? String(parts[1].dropLast()) : parts[1], unit.origin))
            }
          } else {
            out.append(word(unit.english, unit.origin))
          }
          pendingQuestion = nil
          infinitive = true
        } else if unit.role == "have" {
          // لديك → you have; هل لديك → do you have
          if let question = pendingQuestion ?? (unit.interrogative ? unit : nil) {
            out.append(word(unit.english.hasSuffix("has") ? "does" : "do", RuleTrail(.verbInflection), of: question))
            let subject = unit.english.split(separator: " ").first.map(String.init) ?? ""
            out.append(word(subject, unit.origin))
            out.append(word("have", unit.origin))
            pendingQuestion = nil
          } else {
            out.append(word(unit.english, unit.origin))
          }
        } else if (unit.key == "كل" || unit.key == "بعض") && index + 1 < units.count && units[index + 1].isNominal
          && units[index + 1].proclitics.isEmpty
        {
          // كل الأعراض → all symptoms; بعض الأسلحة → some weapons
          var phrase = nounPhrase(units, at: index + 1)
          if let first = phrase.words.first?.english, first == "the" || first == "a" || first == "an" {
            phrase.words.removeFirst()
          }
          let plural = phrase.plural || units[index + 1].definite
          out.append(word(unit.key == "بعض" ? "some" : plural ? "all" : "every", unit.origin))
          out += phrase.words
          index = phrase.end
          clauseStart = false
          continue
        } else {
          // (كان after a plural noun phrase agrees with it in English: الهجمات كانت قوية → the
          // attacks were strong; Arabic gives a plural of things the feminine singular.)
          let were =
            unit.english == "was" && lastPhrase.map { $0.end == index && $0.plural } == true
            && rules.kanaForms.contains(Self.keyWithoutProclitics(unit))
          // (A phrase whose English has "its" takes the pronoun written on it there: من جهته → for
          // his part, was "for its part him"; "her" becomes "its" where neuterFeminine(_:) says.)
          let possessive =
            unit.enclitic.flatMap { code in
              unit.source == .glossary ? unit.english.firstRange(of: "its ").map { (code, $0) } : nil
            }
          if let (code, at) = possessive {
            var before = unit.english[..<at.lowerBound]
            while before.last == " " { before = before.dropLast() }
            if !before.isEmpty { out.append(word(String(before), unit.origin)) }
            out.append(word(Self.possessive(code), RuleTrail(.enclitic)))
            out.append(word(String(unit.english[at.upperBound...]), unit.origin))
          } else {
            out.append(word(were ? "were" : unit.english, unit.origin))
          }
          // A conjunction written with a pronoun (لكنها → but it): the pronoun is the subject of
          // the verb that follows.
          if unit.wordClass == .conjunction, unit.enclitic == nil,
            let last = unit.english.split(separator: " ").last, unit.english.contains(" "),
            let code = Self.encliticCode(ofComplementizer: String(last))
          {
            pendingSubject = Self.subjectPronoun(ofEnclitic: code)
          }
          if let code = unit.enclitic, possessive == nil {
            if unit.english.hasSuffix(" that") {
              // A term that ends in a complementizer (يعتقد أنهم): its pronoun is the subject of the
              // clause after it, with the copula before an adjective (that they are affiliated).
              out.append(word(Self.subjectPronoun(ofEnclitic: code), RuleTrail(.enclitic)))
              clauseAfterSubjectPronoun(code)
            } else {
              out.append(word(Self.objectPronoun(code), RuleTrail(.enclitic)))
            }
          }
        }
        if unit.wordClass == .conjunction { clauseStart = true }
        index += 1
        continue
      }
    }
    Self.placeWeekdays(&out)
    tidyDatesAndTimes(&out)
    resultParticiples(&out, units: units)
    if !rules.injuryDegrees.isEmpty { Self.foldWoundDegrees(&out, rules: rules) }
    Self.dropRepeatedAbbreviations(&out)
    Self.dropArticleAfterDeterminer(&out)
    placeDegreeAdverbs(&out, units: units)
    placeAtLeast(&out, units: units)
    Self.shareArticleAfterOr(&out)
    shareArticleAfterAnd(&out, units: units)
    lazy var isReport = Self.isReport(units)
    // (Only in a line that names a group, an organization or a place, as news does, or in a
    // report: "she" of a conversation is a woman.)
    if out.contains(where: { $0.english.utf8.count == 3 && ($0.english == "her" || $0.english == "she") }),
      units.contains(where: { ["actor", "organization", "place"].contains($0.category ?? "") || $0.source == .place })
        || isReport,
      !units.contains(where: { ($0.human || $0.wordClass == .pronoun) && namesAWoman($0.english) })
    {
      neuterFeminine(&out)
    }
    personalComplementizers(&out, units: units)
    // (And "him", "his" of a thing in a report, or in a news line about a group that says no "he",
    // that names no person at all. A report that names people only in the plural, which take هم,
    // not ه, and says no "he" and names no group (whose line may speak of a man named before:
    // أطلق مسلحون النار عليه → gunmen opened fire on him) is the same.)
    lazy var saysHe = out.contains(where: { $0.english == "he" || $0.english == "He" })
    lazy var namesGroup = units.contains(where: { ["actor", "organization"].contains($0.category ?? "") })
    if out.contains(where: { $0.english == "him" || $0.english == "his" }),
      isReport || namesGroup && !saysHe,
      !units.contains(where: namesAPerson)
        || isReport && !saysHe && !namesGroup
          && !units.contains(where: { namesAPerson($0) && !$0.plural && !$0.englishIsPlural })
    {
      neuterMasculine(&out)
    }
    return out
  }

  /// "Wounded" with ب and the wounds (word-sets.tsv wound_noun) says how badly as an adverb before
  /// it (word-sets.tsv injury_degree; adverbs.tsv): أصيب شاب بجروح طفيفة → a young man was lightly
  /// wounded, أصيب آخرون بجروح خطيرة → others were seriously wounded (was "wounded with minor
  /// injuries"); wounds with no degree say nothing more (أصيب جندي بجروح → a soldier was wounded).
  ///
  /// - Complexity: O(*n*) in the number of words.
  static func foldWoundDegrees(_ words: inout [DraftWord], rules: RuleBook) {
    let nouns = rules.woundNouns
    var index = 0
    while index + 2 < words.count {
      defer { index += 1 }
      guard words[index].english == "wounded", words[index + 1].english == "with" else { continue }
      var at = index + 2
      if ["a", "an", "the"].contains(words[at].english) { at += 1 }
      guard at < words.count else { continue }
      // The wounds: one word ("minor injuries", a glossary term) or an adjective and the noun.
      var parts = words[at].english.split(separator: " ")
      var end = at
      if parts.count == 1, !nouns.contains(String(parts[0])), at + 1 < words.count,
        nouns.contains(words[at + 1].english)
      {
        parts.append(Substring(words[at + 1].english))
        end = at + 1
      }
      guard let noun = parts.last, nouns.contains(String(noun)), parts.count <= 2,
        end + 1 >= words.count || words[end + 1].english != "of"
      else { continue }
      // (The entries of the words that go stay cited: on the adverb, or on "wounded".)
      let cited = ((index + 1)...end).map { words[$0].rule.text(rules) }.filter { !$0.isEmpty }
      var adverb: DraftWord? = nil
      if parts.count == 2 {
        let degree = parts[0].lowercased()
        guard rules.injuryDegrees.contains(degree) else { continue }
        var word = words[end]
        word.english = rules.adverb(ofAdjective: degree)
        word.rule = RuleTrail(cited.joined(separator: "; "))
        word.rule.append(.woundDegree, rules: rules)
        adverb = word
      } else {
        words[index].rule = RuleTrail(([words[index].rule.text(rules)] + cited).joined(separator: "; "))
        words[index].rule.append(.woundDegree, rules: rules)
      }
      words.removeSubrange((index + 1)...end)
      if let adverb {
        words.insert(adverb, at: index)
        index += 1
      }
    }
  }

  /// Whether a unit names a person: a noun of people (`word-sets.tsv`, set `human`, not a group) or
  /// a name that is neither a place nor in the glossary.
  /// - Complexity: O(1).
  func namesAPerson(_ unit: Unit) -> Bool {
    switch unit.wordClass {
    case .noun, .adjective: rules.isHuman(unit.english)
    // (A name the glossary files is a group, a place, a time or a person it cannot tell from a
    // group: الأسد "Assad" is an actor like داعش.)
    case .name: unit.source != .place && unit.category == nil
    default: false
    }
  }

  /// The masculine pronoun written on أن or إن (أنه, إنه, بأنه) is the subject of its clause: "it"
  /// (function-words.tsv) of a thing or a group, "he" of a person. Its antecedent is the nearest
  /// noun or name before it in the sentence, else the "he" said before it: قال مصدر إنه شاهد → a
  /// source said that he saw; قال المرصد إنه وثق → the Observatory said that it documented; قال إنه
  /// سيعود → he said that he will return.
  ///
  /// - Complexity: O(*n*) in the number of words and units.
  func personalComplementizers(_ words: inout [DraftWord], units: [Unit]) {
    let complementizer = rules.cite(.complementizer)
    var saidHe = false
    for index in words.indices {
      let english = words[index].english
      if english == "he" || english == "He" { saidHe = true }
      guard english == "it" || english.hasSuffix(" it"),
        words[index].rule.text(rules) == complementizer,
        words[index].arabic.unicodeScalars.last(where: { !(0x064B...0x0652).contains($0.value) }) == "\u{0647}",
        let at = units.firstIndex(where: { $0.span.lowerBound == words[index].start })
      else { continue }
      // (Not the "it" of a clause that opens with a phrase of a preposition: قال إنه ليس من
      // المحتمل أن يأتي → that it is not likely that he comes.)
      if let next = units[(at + 1)...].first(where: { $0.wordClass != .negation }),
        next.wordClass == .preposition || next.hasPreposition
      {
        continue
      }
      var antecedent: Unit?
      for back in units[..<at].reversed() {
        if back.wordClass == .punctuation, Translator.clauseEnds.contains(back.english) { break }
        if [.noun, .name].contains(back.wordClass), !back.hasPreposition {
          antecedent = back
          break
        }
      }
      if antecedent.map(namesAPerson) ?? saidHe { words[index].english = String(english.dropLast(2)) + "he" }
    }
  }

  /// Arabic gives things masculine pronouns too: in a line that names no person, the pronouns
  /// written on words for them are "it" and "its", not "him" and "his" (الفيروس المماثل له → the
  /// virus similar to it; أسبابه → its causes).
  ///
  /// - Complexity: O(*n*) in the number of words.
  func neuterMasculine(_ words: inout [DraftWord]) {
    let enclitic = rules.cite(.enclitic)
    // (The English first: most words are neither, and writing out a rule's text is not free.)
    for index in words.indices
    where (words[index].english == "him" || words[index].english == "his") && words[index].rule.text(rules) == enclitic
    {
      switch words[index].english {
      case "him":
        // (What is done to people is done to a man: اعتقلوه → they arrested him.)
        if index > 0, isDoneToPeople(words[index - 1].english) { continue }
        // (Nor the subject written on a particle of a clause: لكنه, لأنه, إلا أنه → but he, because
        // he, however he: who it is the clause says.)
        if index > 0, rules.clauseParticles.contains(words[index - 1].english.lowercased()) { continue }
        words[index].english = "it"
      case "his": words[index].english = "its"
      default: break
      }
    }
  }

  /// Whether an English verb (any form) is one of what is done to people (`word-sets.tsv`, set
  /// `done_to_people`: the beginnings of arrested, killed, abducted …).
  func isDoneToPeople(_ english: String) -> Bool {
    let lowered = english.lowercased()
    return rules.doneToPeople.contains { lowered.hasPrefix($0) }
  }

  /// Whether an English phrase names a woman or a girl (`word-sets.tsv`, set `female_word`): with
  /// none in the line, a feminine pronoun stands for a thing, a group or a place (see
  /// ``neuterFeminine(_:)``).
  func namesAWoman(_ english: String) -> Bool {
    english.split(separator: " ").contains { rules.femaleWords.contains($0.lowercased()) }
  }

  /// Arabic gives groups, places and things (and plurals of things) feminine pronouns: in a news
  /// line that names no woman, the pronouns the rules add for them are "it" and "its", not "she" and
  /// "her" (قسد وعناصرها → SDF and its members; حملة أطلقتها → a campaign it launched).
  ///
  /// - Complexity: O(*n*) in the number of words.
  func neuterFeminine(_ words: inout [DraftWord]) {
    let enclitic = rules.cite(.enclitic)
    let subject = rules.cite(.subjectPronoun)
    for index in words.indices {
      switch words[index].english {
      case "her" where words[index].rule.text(rules) == enclitic:
        // A possessive stands before its noun, which has the same Arabic word.
        let next = index + 1 < words.count ? words[index + 1] : nil
        // (Not before a phrasal verb's particle: carried it out.)
        let possessive =
          next.map {
            $0.start == words[index].start && $0.end == words[index].end && !rules.phrasalParticles.contains($0.english)
          } ?? false
        // (What is done to people is done to a woman: اعتقلتها الشرطة → the police arrested her.)
        if !possessive, index > 0, isDoneToPeople(words[index - 1].english) { continue }
        words[index].english = possessive ? "its" : "it"
      case "she" where words[index].rule.text(rules) == subject || words[index].rule.text(rules) == enclitic:
        // (Also a pronoun written on أن, as a glossary phrase ends: يرجح أنها → it is likely that it.)
        words[index].english = "it"
      default: break
      }
    }
  }

  /// An adverb of degree after the adjective or adverb it qualifies (جدا, للغاية) goes before it
  /// in English: خطير جدا → very serious, صعب للغاية → extremely difficult (was "serious very").
  ///
  /// - Complexity: O(*n*) in the number of words (O(*m*) more for each adverb of degree, *m* the
  ///   number of units).
  func placeDegreeAdverbs(_ words: inout [DraftWord], units: [Unit]) {
    var index = 1
    while index < words.count {
      defer { index += 1 }
      let english = words[index].english
      guard english == "very" || english == "extremely",
        words[index].arabic.hasSuffix("جدا") || words[index].arabic.hasSuffix("جداً")
          || words[index].arabic.hasSuffix("للغاية"),
        let before = units.first(where: { $0.span.lowerBound == words[index - 1].start }),
        before.wordClass == .adjective || before.wordClass == .adverb && before.english != english,
        words[index - 1].start != words[index].start
      else { continue }
      words.swapAt(index - 1, index)
    }
  }

  /// على الأقل after a count is said before its number: قتل 10 مدنيين على الأقل → at least 10
  /// civilians were killed (was "10 civilians were killed at least"). The count is the number right
  /// before it in the Arabic, or before the noun it counts and up to two adjectives.
  ///
  /// - Complexity: O(*n*) in the number of words (O(*m*) more for each على الأقل, *m* the number of
  ///   units).
  func placeAtLeast(_ words: inout [DraftWord], units: [Unit]) {
    var index = 1
    while index < words.count {
      defer { index += 1 }
      guard words[index].english == "at least", words[index].arabic.hasSuffix("الأقل"),
        let at = units.firstIndex(where: { $0.span.lowerBound == words[index].start }), at > 0,
        units[at].proclitics.isEmpty
      else { continue }
      // The number: right before, or before its noun and adjectives (none with a proclitic).
      var back = at - 1
      while back > 0, at - back <= 3, [.noun, .adjective].contains(units[back].wordClass),
        units[back].proclitics.isEmpty, units[back].enclitic == nil
      {
        back -= 1
      }
      // (Not واحد or اثنان after the noun they count: حالة واحدة على الأقل.)
      guard units[back].wordClass == .number, units[back].enclitic == nil,
        back == 0 || units[back - 1].wordClass != .noun || units[back - 1].definite
          || (units[back].value ?? 0) > 2,
        let first = words.firstIndex(where: { $0.start == units[back].span.lowerBound }), first < index
      else { continue }
      // (A proclitic's word on the number, "and", stays before.)
      var target = first
      while target < index, words[target].english == "and" { target += 1 }
      let moved = words.remove(at: index)
      words.insert(moved, at: target)
    }
  }

  /// Nouns joined by أو share the article English says once: الحمى أو الأعراض → the fever or
  /// symptoms, الأيام أو الأسابيع المقبلة → the days or coming weeks (was "the fever or the
  /// symptoms"). "the" right after "or" goes when the phrase before "or" has one (up to four words
  /// back, no punctuation between).
  ///
  /// - Complexity: O(*n*) in the number of words.
  static func shareArticleAfterOr(_ words: inout [DraftWord]) {
    var index = 1
    while index + 1 < words.count {
      defer { index += 1 }
      guard words[index].english == "or", words[index + 1].english == "the" else { continue }
      if Self.articleShortlyBefore(index, in: words) { words.remove(at: index + 1) }
    }
  }

  /// Whether "the" stands up to four words before `index`, with no punctuation between: the phrase
  /// before a conjunction has the article a noun joined to it can share.
  static func articleShortlyBefore(_ index: Int, in words: [DraftWord]) -> Bool {
    var back = index - 1
    while back >= 0, index - back <= 4, !words[back].wordIsPunctuation {
      if words[back].english == "the" || words[back].english == "The" { return true }
      back -= 1
    }
    return false
  }

  /// A noun with و joined to a definite noun phrase shares its article, as English says it once:
  /// بين قوات النظام والفصائل المعارضة → between the regime forces and opposition factions,
  /// الأطفال والنساء → the children and women (was "and the women"). Only a plural that و joins
  /// right after a definite noun, adjective or name (a singular keeps it: the minister and the
  /// ambassador are two), and that no verb follows after its adjectives and definite complements
  /// (then و opens a clause: والجيش يسيطر → and the army controls).
  ///
  /// - Complexity: O(*n*) in the number of words (O(*m*) more for each "and the", *m* the number
  ///   of units).
  func shareArticleAfterAnd(_ words: inout [DraftWord], units: [Unit]) {
    var index = 1
    while index + 2 < words.count {
      defer { index += 1 }
      guard words[index].english == "and", words[index + 1].english == "the",
        let at = units.firstIndex(where: { $0.span.lowerBound == words[index + 1].start }), at > 0,
        units[at].proclitics == ["و"], units[at].wordClass == .noun, units[at].plural || units[at].englishIsPlural,
        [.noun, .adjective, .name].contains(units[at - 1].wordClass),
        units[at - 1].definite || units[at - 1].wordClass == .name
      else { continue }
      var next = at + 1
      while next < units.count,
        units[next].wordClass == .adjective
          || units[next].wordClass == .noun && units[next].definite && units[next].proclitics.isEmpty
      {
        next += 1
      }
      if next < units.count, units[next].wordClass == .verb { continue }
      if Self.articleShortlyBefore(index, in: words) { words.remove(at: index + 1) }
    }
  }

  /// An article after a determiner that takes its noun without one is dropped: أي شخص → any
  /// person (was "any a person"), أي دولة → no state (was "no the state"); "an" before "other" is
  /// one word: عدد آخر → another number (was "an other number"); "the" after a quantity goes:
  /// المزيد من المال → more money.
  ///
  /// - Complexity: O(*n*) in the number of words.
  static func dropArticleAfterDeterminer(_ words: inout [DraftWord]) {
    var index = 1
    while index < words.count {
      // (The article first: most words are none, and the determiner is lowercased only then.)
      let english = words[index].english
      if english == "a" || english == "an" || english == "the",
        ["any", "no"].contains(words[index - 1].english.lowercased())
      {
        words.remove(at: index)
      } else if english == "the", ["many", "more", "several"].contains(words[index - 1].english.lowercased()) {
        // (A quantity counts the class: المزيد من المال → more money, not "more the money".)
        words.remove(at: index)
      } else if english == "other", words[index - 1].english == "an" {
        words[index - 1].english = "another"
        words.remove(at: index)
      } else {
        index += 1
      }
    }
  }

  /// A name followed by its abbreviation in quotes or brackets whose English is the same name
  /// says it once: قوات سوريا الديمقراطية "قسد" → SDF (was "SDF "SDF""; "SDF (SDF)").
  ///
  /// - Complexity: O(*n*) in the number of words.
  static func dropRepeatedAbbreviations(_ words: inout [DraftWord]) {
    var index = 1
    while index + 2 < words.count {
      let (open, name, close) = (words[index].english, words[index + 1].english, words[index + 2].english)
      if open == "\"" && close == "\"" || open == "(" && close == ")",
        !name.isEmpty, words[index - 1].english.lowercased().hasSuffix(name.lowercased())
      {
        words.removeSubrange(index...(index + 2))
      } else {
        index += 1
      }
    }
  }

  /// English subject pronouns (the first word of a modal written with its person: I can, he wants).
  static let subjectPronouns: Set<String> = ["I", "you", "he", "she", "it", "we", "they"]
  /// English weekdays (the glossary's translations of الأحد … السبت).
  static let weekdays: Set<String> = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  /// Parts of a day that news writes before the weekday (مساء أمس الأحد, فجر اليوم الاثنين).
  static let dayParts: Set<String> = ["morning", "evening", "night", "afternoon"]
  static let dayWords: Set<String> = ["yesterday", "today", "day", "this", "at", "dawn", "noon", "last"]
  static let timePrepositions: Set<String> = ["since", "until", "till", "from", "before", "after", "by", "on"]

  /// A weekday after "yesterday", "today" or a part of the day: "on" the weekday, the part of the
  /// day after it (مساء أمس الأحد → on Sunday evening, was "yesterday evening Sunday"; يوم أمس
  /// الثلاثاء → on Tuesday; فجر اليوم الاثنين → at dawn on Monday; صباح اليوم الثلاثاء → on Tuesday
  /// morning; ليل أمس الأربعاء → on Wednesday night, not "last night Wednesday").
  ///
  /// - Complexity: O(*n*) in the number of words.
  static func placeWeekdays(_ words: inout [DraftWord]) {
    // (A glossary term may be several of these words: فجر اليوم → "at dawn today".)
    // ("last" only inside a term: ليل أمس is "last night"; the adjective of الجمعة الماضية, "last
    // Friday", stays.)
    func isDayWord(_ english: String) -> Bool {
      english != "last"
        && english.split(separator: " ").allSatisfy { dayParts.contains(String($0)) || dayWords.contains(String($0)) }
    }
    var index = 0
    while index < words.count {
      defer { index += 1 }
      // (Every weekday ends in "y": most words are passed over without hashing.)
      guard words[index].english.utf8.last == UInt8(ascii: "y"), weekdays.contains(words[index].english) else {
        continue
      }
      var start = index
      while start > 0, isDayWord(words[start - 1].english) { start -= 1 }
      let tokens = words[start..<index].flatMap { $0.english.split(separator: " ").map(String.init) }
      guard tokens.contains(where: { $0 != "at" && $0 != "this" }) else { continue }
      let part = tokens.first { dayParts.contains($0) }
      let atTime = tokens.first { $0 == "dawn" || $0 == "noon" }
      let first = words[start]
      func word(_ english: String) -> DraftWord {
        DraftWord(english: english, start: first.start, end: first.end, arabic: first.arabic, rule: RuleTrail(.weekday))
      }
      var replacement: [DraftWord] = []
      if let atTime { replacement.append(word("at " + atTime)) }
      // (No "on" after a preposition of its own: منذ مساء السبت → since Saturday evening.)
      if start == 0 || !timePrepositions.contains(words[start - 1].english.lowercased()) {
        replacement.append(word("on"))
      }
      replacement.append(words[index])
      if let part, atTime == nil { replacement.append(word(part)) }
      words.replaceSubrange(start...index, with: replacement)
      index = start + replacement.count - 1
    }
  }

  /// English nouns of a stretch of time (بعد ساعات من → hours after).
  static let stretchesOfTime: Set<String> = [
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "decade", "decades", "moments",
  ]
  static let months: Set<String> = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  /// A result verb before the verbal noun of something done to people is the English participle
  /// of that verb after a comma, as the press writes it: ما أسفر عن مقتل شخصين وإصابة ثلاثة آخرين
  /// → , killing two people and wounding three others (was ", which resulted in the death of two
  /// people and the injury of three others"). The verbal nouns are verbs.tsv's kind=verbal_noun
  /// rows whose verb is one done to people (word set done_to_people).
  ///
  /// - Complexity: O(*n* × *u*) for *n* words and *u* units, only in a line with such a verb.
  func resultParticiples(_ words: inout [DraftWord], units: [Unit]) {
    let verbs: Set<String> = ["resulted", "led", "resulting", "leading"]
    // (A glossary phrase gives the verb and its preposition as one word: مما أسفر عن → "resulting in".)
    let joined: Set<String> = ["resulted in", "led to", "resulting in", "leading to"]
    // (One byte read first: most words start with neither letter, and hashing each is not free.)
    guard
      words.contains(where: {
        let first = $0.english.utf8.first
        return (first == UInt8(ascii: "r") || first == UInt8(ascii: "l"))
          && (verbs.contains($0.english) || joined.contains($0.english))
      })
    else { return }
    // (إصابة with ب and anything but wounds is an infection: أدى إلى إصابة الآلاف بالمرض keeps
    // "the infection of", not "wounding".)
    func infection(after index: Int) -> Bool {
      var at = index
      while at + 1 < words.count, at < index + 10, !Self.clauseEnds.contains(words[at].english) {
        if words[at].english == "with" {
          var what = at + 1
          while what + 1 < words.count, ["the", "a", "an"].contains(words[what].english) { what += 1 }
          return !words[what].english.hasPrefix("wound") && !words[what].english.hasPrefix("injur")
        }
        at += 1
      }
      return false
    }
    func participle(_ word: DraftWord, at index: Int) -> String? {
      guard let unit = units.first(where: { $0.span.lowerBound == word.start }),
        let noun = rules.verbalNouns[Self.keyWithoutProclitics(unit)], isDoneToPeople(noun.base),
        noun.base != "wound" || !infection(after: index)
      else { return nil }
      return rules.presentParticiple(noun.base)
    }
    var index = 1
    while index + 3 < words.count {
      defer { index += 1 }
      let verb = words[index].english
      let oneWord = joined.contains(verb)
      guard oneWord || verbs.contains(verb) && (words[index + 1].english == "in" || words[index + 1].english == "to")
      else { continue }
      var noun = index + (oneWord ? 1 : 2)
      if ["the", "a", "an"].contains(words[noun].english) { noun += 1 }
      guard noun + 1 < words.count, let ing = participle(words[noun], at: noun + 2) else { continue }
      // Its "of", or a second event before one object: مقتل وإصابة عدد من العناصر → killing and
      // wounding a number of members (was "a death and an injury a number of").
      var end = noun + 1
      var secondEvent: DraftWord? = nil
      if words[noun + 1].english != "of" {
        var second = noun + 2
        if second < words.count, ["the", "a", "an"].contains(words[second].english) { second += 1 }
        guard words[noun + 1].english == "and", second + 1 < words.count,
          let ing = participle(words[second], at: second + 1)
        else { continue }
        secondEvent = DraftWord(word: ing, like: words[second])
        end = words[second + 1].english == "of" ? second + 1 : second
      }
      // The clause's subject before the verb says nothing: which, that, it (ما, مما, وهو ما, a
      // clause that describes the event), and its "and". (A verb with a subject of its own keeps
      // it: أدى الانفجار إلى مقتل طفل → the explosion led to the death of a child.)
      var start = index
      // (Also "she", the feminine pronoun that a thing has before neuterFeminine makes it "it".)
      if ["which", "that", "it", "she"].contains(words[start - 1].english) {
        start -= 1
      } else if !verb.hasPrefix("resulting") && !verb.hasPrefix("leading") {
        continue
      }
      if start > 0, words[start - 1].english == "and" { start -= 1 }
      guard start > 0, !Self.sentenceEnds.contains(words[start - 1].english) else { continue }
      var replacement: [DraftWord] = []
      if words[start - 1].english != "," { replacement.append(DraftWord(word: ",", like: words[index])) }
      // (The participle says the verb too: its entry stays in the explanation, as every glossary
      // term the line holds must.)
      let verbRule = (index..<noun).map { words[$0].rule.text(rules) }.filter { !$0.isEmpty }
      var event = DraftWord(word: ing, like: words[noun])
      event.rule = RuleTrail((verbRule + [words[noun].rule.text(rules)]).joined(separator: "; "))
      event.rule.append(.resultParticiple, rules: rules)
      replacement.append(event)
      if var secondEvent {
        replacement.append(words[noun + 1])
        secondEvent.rule.append(.resultParticiple, rules: rules)
        replacement.append(secondEvent)
      }
      words.replaceSubrange(start...end, with: replacement)
      // And one more event joined by و in the same clause: وإصابة ثلاثة → and wounding three.
      var next = start + replacement.count
      while next + 2 < words.count, !Self.clauseEnds.contains(words[next].english) {
        if words[next].english == "and" {
          var second = next + 1
          if words[second].english == "the" { second += 1 }
          if second + 1 < words.count, words[second + 1].english == "of",
            let ing = participle(words[second], at: second + 2)
          {
            var event = DraftWord(word: ing, like: words[second])
            event.rule.append(.resultParticiple, rules: rules)
            words.replaceSubrange((next + 1)...(second + 1), with: [event])
            break
          }
        }
        next += 1
      }
      index = start
    }
    // (Wounding says the wounds: وإصابة ثلاثة بجروح → and wounding three, not "… with wounds".)
    if let wounding = words.firstIndex(where: { $0.english == "wounding" }) {
      var at = wounding + 1
      while at + 1 < words.count, !Self.clauseEnds.contains(words[at].english) {
        if words[at].english == "with", words[at + 1].english == "wounds" || words[at + 1].english == "injuries",
          at + 2 == words.count || words[at + 2].wordIsPunctuation
        {
          words.removeSubrange(at...(at + 1))
          break
        }
        at += 1
      }
    }
  }

  /// بعد / قبل + a stretch of time + من: the time goes first and من says nothing: بعد ساعات من
  /// اختطافه → hours after his abduction; قبل يومين من الانتخابات → two days before the elections
  /// (was "after hours from").
  ///
  /// - Complexity: O(*n*) in the number of words.
  func tidyStretchesOfTime(_ words: inout [DraftWord]) {
    func isFrom(_ word: DraftWord) -> Bool {
      (word.english == "from" || word.english == "of") && word.arabic.hasSuffix("من")
    }
    var index = 0
    while index + 2 < words.count {
      defer { index += 1 }
      let english = words[index].english
      // (The glossary's قبل يومين is "two days ago": before من, "two days before".)
      // (One word or several: "two days ago", or "two" "days" "ago".)
      if english.hasSuffix("ago"), isFrom(words[index + 1]) {
        let time = english == "ago" ? index > 0 ? words[index - 1].english : "" : String(english.dropLast(4))
        if Self.stretchesOfTime.contains(String(Self.lastSpacedWord(time)).lowercased()) {
          words[index].english = english.dropLast(3) + "before"
          words.remove(at: index + 1)
          continue
        }
      }
      guard english == "after" || english == "before" || english == "After" || english == "Before" else { continue }
      // (At most three words of time: "three months", "a few hours".)
      var from = index + 1
      while from < words.count, from <= index + 4, !isFrom(words[from]),
        !["the", ",", "."].contains(words[from].english)
      {
        from += 1
      }
      // (The time's last word: "hours", or a dual's "two days".)
      guard from < words.count, from > index + 1, isFrom(words[from]),
        Self.stretchesOfTime.contains(String(Self.lastSpacedWord(words[from - 1].english)).lowercased())
      else { continue }
      var preposition = words[index]
      preposition.english = preposition.english.lowercased()
      var moved = Array(words[(index + 1)..<from])
      moved.append(preposition)
      words.replaceSubrange(index...from, with: moved)
      index += moved.count - 1
    }
  }

  /// A month named twice with a slash, as Levantine news dates it (حزيران/يونيو → June, was "June /
  /// June"), is named once; ص and م after a clock time are a.m. and p.m. (10:15 ص → 10:15 a.m.); a
  /// breadcrumb's الرئيسية is "Home"; a month or weekday with الماضي or المقبل is "last" or "next"
  /// (and see ``tidyStretchesOfTime(_:)``).
  ///
  /// - Complexity: O(*n*) in the number of words.
  func tidyDatesAndTimes(_ words: inout [DraftWord]) {
    tidyStretchesOfTime(&words)
    // (A page's breadcrumb opens with its home page: الرئيسية / أخبار → Home / News, was "Main".)
    // (Its English may be two words, "the main"; the separator may end the part of the line the
    // rules read at once: the word alone is one.)
    if let first = words.first, first.arabic == "الرئيسية" {
      let end = words.firstIndex { $0.start != first.start } ?? words.endIndex
      if end == words.endIndex || ["/", "|", "›", ">", "»"].contains(words[end].english) {
        var home = words[end - 1]
        home.english = "Home"
        words.replaceSubrange(0..<end, with: [home])
      }
    }
    var index = 1
    while index < words.count {
      defer { index += 1 }
      let english = words[index].english
      // A day of a month after في is "on": في 7 فبراير → on 7 February (was "in 7 February").
      if index >= 2, words[index - 2].english == "in", Self.isDigits(words[index - 1].english),
        words[index - 1].english.utf8.count <= 2, Self.months.contains(english)
      {
        words[index - 2].english = "on"
      }
      // A month or a day of the week with الماضي or المقبل is "last" or "next", with no "in": في
      // شباط الماضي → last February (was "in February the last"); الجمعة الماضية → last Friday.
      if english.utf8.first.map({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) == true,
        Self.months.contains(english) || Self.weekdays.contains(english), index + 1 < words.count
      {
        let the = words[index + 1].english == "the" && index + 2 < words.count ? 1 : 0
        let which = words[index + 1 + the].english
        if which == "last" || which == "past" || which == "next" || which == "coming",
          words[index + 1 + the].start != words[index].start
        {
          var relative = words[index + 1 + the]
          relative.english = which == "coming" ? "next" : which == "past" ? "last" : which
          let month = words[index]
          // (After the day of the month, the date says it: في 7 شباط الماضي → on 7 February.)
          let dated = Self.isDigits(words[index - 1].english)
          words.replaceSubrange(index...(index + 1 + the), with: dated ? [month] : [relative, month])
          if dated { continue }
          if words[index - 1].english == "in" {
            words.remove(at: index - 1)
            index -= 1
          }
          continue
        }
      }
      // (Most words are neither: one UTF-8 or UTF-16 unit is read before any comparison.)
      if english.utf8.count == 1, english == "/", index + 1 < words.count,
        words[index + 1].english == words[index - 1].english,
        Self.months.contains(words[index - 1].english)
      {
        words[index - 1].end = words[index + 1].end
        words.removeSubrange(index...(index + 1))
        index -= 1
      } else if index >= 3, words[index].arabic.utf8.count == 2,
        words[index].arabic == "ص" || words[index].arabic == "م", words[index - 2].english == ":",
        Self.isDigits(words[index - 1].english),
        Self.isDigits(words[index - 3].english)
      {
        words[index].english = words[index].arabic == "ص" ? "a.m." : "p.m."
        words[index].rule = RuleTrail(.punctuation)
      } else if english == "hour", index + 3 < words.count, words[index + 2].english == ":",
        Self.isDigits(words[index + 1].english),
        Self.isDigits(words[index + 3].english)
      {
        // The hour of a clock time: الساعة 17:05 → at 17:05 (was "hour 17:05").
        var from = index
        if ["a", "the"].contains(words[index - 1].english), words[index - 1].start == words[index].start {
          from -= 1
        }
        let afterPreposition = from > 0 && Translator.prepositionWords.contains(words[from - 1].english)
        if afterPreposition {
          words.removeSubrange(from...index)
          index = from - 1
        } else {
          words[index].english = "at"
          words.removeSubrange(from..<index)
          index = from
        }
      } else if english.utf8.count == 4, words[index - 1].english == "year",
        english.utf8.first == UInt8(ascii: "1")
          || english.utf8.first == UInt8(ascii: "2"), Self.isDigits(english)
      {
        // A year named by its number: عام 2013 → 2013 (was "a year 2013"), صيف عام 2018 → summer
        // 2018, with the article the noun took.
        var from = index - 1
        if from > 0, ["a", "the"].contains(words[from - 1].english),
          words[from - 1].start == words[from].start
            || words[from - 1].rule.contains(.article)
        {
          from -= 1
        }
        // (ل on it is "of": اتفاق فصل القوات لعام 1974 → the disengagement agreement of 1974.)
        if from > 0, words[from - 1].english == "for", words[from - 1].start == words[index - 1].start {
          words[from - 1].english = "of"
        }
        // "in" before it unless a preposition or a part of the year says when: قتل 5 أشخاص عام 2013
        // → 5 people were killed in 2013.
        if from > 0, !Translator.prepositionWords.contains(words[from - 1].english.lowercased()),
          !rules.yearLeads.contains(words[from - 1].english.lowercased())
        {
          words[index - 1].english = "in"
          words[index - 1].rule = RuleTrail(.punctuation)
          words.removeSubrange(from..<(index - 1))
        } else {
          words.removeSubrange(from..<index)
        }
        index = from
      }
    }
  }

  /// Whether `text` is ASCII digits only (read on its bytes).
  static func isDigits(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  /// Whether the verb is of form II, III or IV (its lexicon lemma: faE~al, fAEal, >afoEal), whose
  /// active imperfect also has a damma on its prefix: يُفشل is "foils", not "is foiled".
  static func activeImperfectHasDamma(_ verb: Unit) -> Bool {
    guard let lemma = verb.candidates.first?.analysis.stem.lemma.utf8 else { return false }
    let letters = Array(lemma.prefix { $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: "-") })
    // (>afoEal, not >akal; fAEal, not the hollow EAd; faE~al, not the doubled Ead~.)
    if letters.count >= 6, letters[0] == UInt8(ascii: ">"), letters[3] == UInt8(ascii: "o") { return true }
    if letters.count >= 5, letters[1] == UInt8(ascii: "A"), letters[3] == UInt8(ascii: "a") { return true }
    return letters.count >= 6 && letters[3] == UInt8(ascii: "~")
  }

  /// Whether a lower-case English word takes "an": a vowel sound first (an attack, an unknown
  /// location, an urgent meeting, an hour), not a "you" sound (a union, a user) or a consonant.
  static func takesAn(_ word: String) -> Bool {
    let letters = Array(word.utf8.prefix(4))
    guard let first = letters.first else { return false }
    if "aeio".utf8.contains(first) { return true }
    if first == UInt8(ascii: "u"), letters.count > 2 {
      let second = letters[1]
      // (uni- is "you": a unit, a union; un- before i is not: an unidentified, an uninhabited.)
      if second == UInt8(ascii: "n") {
        return letters[2] != UInt8(ascii: "i") || letters.count > 3 && "dnm".utf8.contains(letters[3])
      }
      return "rmplg".utf8.contains(second)
    }
    return word.hasPrefix("hour") || word.hasPrefix("honest") || word.hasPrefix("honour") || word.hasPrefix("honor")
  }

  /// Verbs of saying: a complementizer after them introduces what was said.
  static let sayingVerbs = [
    "say", "state", "report", "announce", "add", "confirm", "indicate", "point out", "mention", "claim",
  ]

  /// Punctuation after which a new clause starts.
  static let clauseEnds: Set<String> = [",", ";", ":", ".", "?", "!"]
  /// Punctuation that ends a sentence (or a clause that a governed preposition does not cross).
  static let sentenceEnds: Set<String> = [";", ":", ".", "?", "!"]

  /// A modal's English, negated after لا: cannot, must not, should not.
  func modalWords(_ unit: Unit, negated: Bool) -> [DraftWord] {
    func word(_ text: String, _ rule: RuleTrail) -> DraftWord {
      DraftWord(english: text, start: unit.span.lowerBound, end: unit.span.upperBound, arabic: unit.arabic, rule: rule)
    }
    guard negated else { return [word(unit.english, RuleTrail(unit.origin))] }
    if unit.english == "can" { return [word("cannot", RuleTrail(unit.origin, .negation))] }
    // A pronoun and its modal: I cannot, he does not want, I would not like.
    let parts = unit.english.split(separator: " ").map(String.init)
    if parts.count >= 2, Self.subjectPronouns.contains(parts[0]) {
      let pronoun = word(parts[0], RuleTrail(unit.origin))
      let rest = parts.dropFirst()
      if rest.first == "can" {
        return [
          pronoun, word((["cannot"] + rest.dropFirst()).joined(separator: " "), RuleTrail(unit.origin, .negation)),
        ]
      }
      if let first = rest.first, rules.bareInfinitiveModals.contains(first) {
        return [pronoun, word(first, RuleTrail(unit.origin)), word("not", RuleTrail(.negation))]
          + rest.dropFirst().map { word($0, RuleTrail(unit.origin)) }
      }
      let third = rest.first.map { $0.hasSuffix("s") && !$0.hasSuffix("ss") } ?? false
      let base = rest.first.map { third ? String($0.dropLast()) : $0 } ?? ""
      return [
        pronoun, word(third ? "does" : "do", RuleTrail(.negation)), word("not", RuleTrail(.negation)),
        word(([base] + rest.dropFirst()).joined(separator: " "), RuleTrail(unit.origin)),
      ]
    }
    return [word(unit.english, RuleTrail(unit.origin)), word("not", RuleTrail(.negation))]
  }

  /// Whether من at `index` opens an impersonal clause: a definite adjective (no clitics) follows,
  /// then أن or a verbal noun with its object (من الصعب تطوير لقاح, من المتوقع أن).
  func impersonalAdjective(_ units: [Unit], after index: Int) -> Bool {
    guard index + 2 < units.count else { return false }
    let adjective = units[index + 1]
    guard adjective.definite, adjective.proclitics.isEmpty, adjective.enclitic == nil,
      adjective.wordClass == .adjective || adjective.adjectiveEnglish != nil
        || adjective.candidates.first?.isAdjective == true
    else { return false }
    let next = units[index + 2]
    if next.wordClass == .complementizer { return next.proclitics.isEmpty && next.key == "ان" }
    return next.proclitics.isEmpty && !next.definite && next.wordClass == .noun
      && verbalNounUse(
        units, at: index + 2, out: [], afterModal: false, verbBefore: false, afterImpersonal: true) != nil
  }

  /// The predicate after the subject of لا يزال at `subjectAt`: an imperfect verb of the 3rd
  /// person or an indefinite adjective, with no proclitic; nil otherwise.
  func stillPredicate(_ units: [Unit], subjectAt: Int) -> Unit? {
    let end = nounPhrase(units, at: subjectAt).end
    guard end < units.count else { return nil }
    let predicate = units[end]
    guard predicate.proclitics.isEmpty else { return nil }
    if predicate.wordClass == .verb {
      guard let features = predicate.verb, !features.perfect, !features.future, !features.passive,
        features.person == 3, !predicate.english.contains(" ")
      else { return nil }
      return predicate
    }
    return !predicate.definite && predicate.enclitic == nil && Self.adjectiveEnglish(of: predicate) != nil
      ? predicate : nil
  }

  /// Whether a line speaks to someone: "you" or a pronoun of the 2nd person is in it (then a verb in
  /// ت may be "you", not "she" or "it").
  ///
  /// - Complexity: O(*n*) for *n* units.
  static func addressesSomeone(_ units: [Unit]) -> Bool {
    units.contains { $0.enclitic?.hasPrefix("2") == true || $0.wordClass == .pronoun && $0.english == "you" }
  }

  /// For لم at `index` before يعد/تعد, a subject (a definite noun, a name) and its predicate (an
  /// indefinite noun or adjective, or a verb of the present): where the subject and the predicate
  /// are; nil otherwise.
  func noLongerClause(_ units: [Unit], at index: Int) -> (subject: Int, predicate: Int)? {
    guard units[index].role == "neg_past", units[index].enclitic == nil, index + 3 < units.count else { return nil }
    let verb = units[index + 1]
    guard verb.wordClass == .verb, verb.proclitics.isEmpty, verb.enclitic == nil, verb.verb?.perfect == false,
      verb.verb?.person != 1, verbCitation(verb) == "عاد"
    else { return nil }
    let subject = units[index + 2]
    let headOfDefinite =
      units[index + 3].proclitics.isEmpty && units[index + 3].definite
      && [.noun, .name].contains(units[index + 3].wordClass)
    guard subject.proclitics.isEmpty,
      subject.wordClass == .name
        || subject.wordClass == .noun && (subject.definite || subject.enclitic != nil || headOfDefinite)
    else { return nil }
    var end = nounPhrase(units, at: index + 2).end
    // (Up to two phrases of a preposition after the subject: حوادث الخطف في محافظة السويداء.)
    for _ in 0..<2 where end + 1 < units.count {
      if units[end].wordClass == .preposition, units[end].enclitic == nil, units[end].proclitics.isEmpty,
        [.noun, .name].contains(units[end + 1].wordClass), units[end + 1].proclitics.isEmpty
      {
        end = nounPhrase(units, at: end + 1).end
      } else if [.noun, .name].contains(units[end].wordClass), units[end].hasPreposition,
        !units[end].hasConjunction, units[end].definite || units[end].wordClass == .name
      {
        end = nounPhrase(units, at: end).end
      }
    }
    guard end < units.count else { return nil }
    let predicate = units[end]
    guard predicate.proclitics.isEmpty, !predicate.definite else { return nil }
    if predicate.wordClass == .verb {
      guard let features = predicate.verb, !features.perfect, !features.future, !features.passive else { return nil }
      return (index + 2, end)
    }
    return predicate.enclitic == nil && [.noun, .adjective].contains(predicate.wordClass) ? (index + 2, end) : nil
  }

  /// Where the subject of كان/كانت/يكون/تكون at `index` starts when it follows (a noun phrase
  /// that is definite, a name or a demonstrative, with no proclitic), and something follows it;
  /// nil otherwise.
  func kanaSubject(_ units: [Unit], after index: Int) -> Int? {
    let unit = units[index]
    guard unit.enclitic == nil, unit.proclitics.isEmpty || unit.proclitics == ["و"] || unit.proclitics == ["ف"],
      rules.kanaForms.contains(Self.keyWithoutProclitics(unit)), index + 1 < units.count
    else { return nil }
    let subject = units[index + 1]
    guard subject.proclitics.isEmpty,
      subject.wordClass == .name || subject.wordClass == .demonstrative
        || subject.wordClass == .noun && (subject.definite || subject.enclitic != nil)
    else { return nil }
    let end = nounPhrase(units, at: index + 1).end
    return end < units.count && units[end].wordClass != .punctuation ? index + 1 : nil
  }

  /// The English of a unit read as an adjective: an adjective's, a noun's adjective reading, or
  /// the gloss of its best adjective analysis (عام: general, after "year" won); nil for none.
  static func adjectiveEnglish(of unit: Unit) -> String? {
    if unit.wordClass == .adjective { return unit.english.isEmpty ? nil : unit.english }
    if let english = unit.adjectiveEnglish { return english }
    guard unit.wordClass == .noun, unit.source == .lexicon,
      let reading = unit.candidates.first(where: { $0.isAdjective && !$0.hasArticle && $0.enclitic == nil })
    else { return nil }
    return reading.gloss.isEmpty ? nil : reading.gloss
  }

  /// Whether an English name ends in a plural noun (Houthis, Popular Mobilisation Forces): its
  /// last word in -s, not all capitals (ISIS), not in -ss, -us or -ws (Congress, Hamas is -as).
  static func namesInPlural(_ english: String) -> Bool {
    guard let last = english.split(separator: " ").last, last.count > 3, last.hasSuffix("s"),
      last.utf8.contains(where: { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
    else { return false }
    return !["ss", "us", "ws", "as", "os"].contains(where: { last.hasSuffix($0) })
  }

  /// How a verbal noun is written as its verb.
  enum VerbalNounUse {
    /// لـ + the noun after a verb: "to" + the verb (ذهب لعلاج المرضى → went to treat patients).
    case purpose
    /// لـ + the noun after a noun, with no verb before in the sentence: what the thing is for,
    /// "for" + the -ing form (المركز الأوروبي لمكافحة الأمراض → the European centre for fighting
    /// diseases).
    case purposeOfThing
    /// After a modal: the verb alone (يمكن للأطباء علاج المرضى → the doctors can treat patients).
    case afterModal
    /// After a glossary phrase that ends in "of": the -ing form (بهدف ملاحقة فلول → with the aim of
    /// pursuing remnants).
    case gerund
  }

  /// Whether the verbal noun at `index` is written as its verb, and how: it has its object after
  /// it or a pronoun written on it (not both: لارتكابه جريمة, his committing a crime, stays a
  /// noun), or it is definite after a modal (يمكن للمسلمين الأكل → Muslims can eat); and its
  /// verb is known (``verbOfVerbalNoun(_:)``).
  func verbalNounUse(
    _ units: [Unit], at index: Int, out: [DraftWord], afterModal: Bool, verbBefore: Bool, afterImpersonal: Bool
  ) -> VerbalNounUse? {
    let unit = units[index]
    let hasObject =
      index + 1 < units.count && units[index + 1].proclitics.isEmpty
      && [.noun, .name, .number, .demonstrative].contains(units[index + 1].wordClass)
    let use: VerbalNounUse
    if afterModal && unit.proclitics.isEmpty {
      guard unit.definite ? unit.enclitic == nil : (unit.enclitic != nil) != hasObject else { return nil }
      use = .afterModal
    } else if unit.proclitics.isEmpty || unit.proclitics == ["ب"],
      unit.definite
        ? unit.enclitic == nil
          && (unit.tokenRange.count > 1
            || index + 1 < units.count && units[index + 1].wordClass == .preposition
              && units[index + 1].proclitics.isEmpty)
        : (unit.enclitic != nil) != hasObject,
      catenativeVerb(before: index, units)
    {
      // (A definite one too, its object after a preposition: تمكن الجيش من السيطرة على المدينة →
      // the army managed to take control of the city. And one with ب, which the verb governs and
      // English does not say: وعد الرئيس بتقديم المساعدة → the president promised to offer help.)
      use = .purpose
    } else {
      // (Or a definite one with ل whose object follows with ب: للمطالبة بإسقاط النظام.)
      let definitePurpose =
        unit.definite && unit.proclitics.last == "ل" && unit.proclitics.count <= 2 && unit.enclitic == nil
        && index + 1 < units.count && units[index + 1].proclitics == ["ب"]
        && [.noun, .name].contains(units[index + 1].wordClass)
      guard definitePurpose || !unit.definite && (unit.enclitic != nil) != hasObject else { return nil }
      if afterImpersonal && unit.proclitics.isEmpty {
        use = .purpose
      } else if unit.proclitics.last == "ل" && unit.proclitics.count <= 2 {
        // (Not after a phrase that ends in "to" itself: وفقاً لتعريف → according to the definition.)
        if out.last.map({ $0.english == "to" || $0.english.hasSuffix(" to") }) ?? false { return nil }
        let afterNoun = index > 0 && [.noun, .adjective, .name].contains(units[index - 1].wordClass)
        use = afterNoun && !verbBefore ? .purposeOfThing : .purpose
      } else if unit.proclitics.isEmpty, index > 0, units[index - 1].source == .glossary,
        units[index - 1].enclitic == nil, units[index - 1].english.hasSuffix(" of")
      {
        use = .gerund
      } else {
        return nil
      }
    }
    return verbOfVerbalNoun(unit) != nil ? use : nil
  }

  /// Whether an English verb takes another with "to" (word set `catenative_verb`, as the set
  /// writes it or without "be": be able, manage).
  func isCatenative(_ english: String) -> Bool {
    let lowered = english.lowercased()
    return rules.catenativeVerbs.contains(lowered)
      || lowered.hasPrefix("be ") && rules.catenativeVerbs.contains(String(lowered.dropFirst(3)))
  }

  /// Whether the words from `index` (after من) name a group that people belong to: a definite
  /// noun or a name that is not a time, also in quotes (عنصران من "الأمن العام").
  func namesGroupAfterMin(_ units: [Unit], at index: Int) -> Bool {
    let at = Self.isQuote(units[index]) ? index + 1 : index
    guard at < units.count else { return false }
    let group = units[at]
    // (The people of a place: من أبناء بلدة جلين.)
    if at == index, namesPeopleOfPlace(units, at: at) { return true }
    return (group.definite || group.wordClass == .name || at > index && group.category == "actor")
      && group.category != "time"
  }

  /// Whether من at `index` follows a comparative: an elative without the article, read by the
  /// lexicon, right before it or before the one indefinite noun that says in what it compares
  /// (عدوى أقل شدة من → an infection less severe than).
  func comparesFrom(_ units: [Unit], at index: Int) -> Bool {
    func isComparative(_ unit: Unit) -> Bool {
      unit.source == .lexicon && !unit.definite && unit.wordClass == .adjective && unit.enclitic == nil
        && unit.candidates.first.map(Translator.isElative) == true
    }
    guard index > 0 else { return false }
    if isComparative(units[index - 1]) { return true }
    // (The elative then follows what it describes: before a noun at a phrase's start it is the
    // superlative, أكبر فائدة من التطهير → the largest benefit from cleaning.)
    let noun = units[index - 1]
    return index > 2 && noun.wordClass == .noun && !noun.definite && noun.proclitics.isEmpty && noun.enclitic == nil
      && isComparative(units[index - 2]) && units[index - 2].proclitics.isEmpty
      && [.noun, .name, .pronoun, .adjective].contains(units[index - 3].wordClass)
  }

  /// The superlative of the elative at `index` before the noun it heads, when the unit is one: a
  /// lexicon word with no clitic, not أكثر or أقل, before a noun with none that is indefinite, or a
  /// definite plural (then any reading of the word that is an elative without the article, as the
  /// lexicon may read أكبر as the name Akbar first).
  func superlative(_ units: [Unit], at index: Int) -> String? {
    let unit = units[index]
    guard unit.source == .lexicon, unit.enclitic == nil, !unit.hasPreposition, index + 1 < units.count,
      units[index + 1].wordClass == .noun || Self.isPartitivePhrase(units[index + 1]),
      units[index + 1].proclitics.isEmpty, units[index + 1].enclitic == nil,
      !units[index + 1].key.hasSuffix("ا"), !["اكثر", "اقل"].contains(Self.keyWithoutProclitics(unit))
    else { return nil }
    let noun = units[index + 1]
    if Self.isPartitivePhrase(noun) {
      return unit.candidates.first(where: { !$0.hasArticle && Self.isElative($0) }).flatMap {
        Self.superlative(ofElativeGloss: $0.analysis.stem.gloss)
      }
    }
    guard
      let reading = noun.definite && (noun.plural || noun.englishIsPlural)
        ? unit.candidates.first(where: { !$0.hasArticle && Self.isElative($0) })
        : !noun.definite && unit.wordClass == .adjective ? unit.candidates.first : nil,
      !reading.hasArticle, Self.isElative(reading)
    else { return nil }
    return Self.superlative(ofElativeGloss: reading.analysis.stem.gloss)
  }

  /// Whether a unit is a glossary phrase of an indefinite noun and من, written "a … of" in English
  /// (عدد من → a number of, نوع من → a kind of): an elative before it is a superlative, أكبر عدد من
  /// → the largest number of.
  static func isPartitivePhrase(_ unit: Unit) -> Bool {
    unit.source == .glossary && !unit.definite && unit.english.hasPrefix("a ") && unit.english.hasSuffix(" of")
      && unit.arabic.hasSuffix(" من")
  }

  /// Whether a verb that takes another verb with "to" (word set `catenative_verb`) comes before
  /// `index`, with at most its subject (three words without a proclitic) and its governed
  /// preposition between: حاول الجيش اقتحام, تمكنت الفرق من إخماد.
  func catenativeVerb(before index: Int, _ units: [Unit]) -> Bool {
    var at = index - 1
    var between = 0
    while at >= 0, between <= 3 {
      let unit = units[at]
      if unit.wordClass == .verb {
        return isCatenative(unit.english)
      }
      let governed = unit.wordClass == .preposition && unit.role?.hasPrefix("governed:") == true
      guard governed || [.noun, .name, .adjective].contains(unit.wordClass) && unit.proclitics.isEmpty else {
        return false
      }
      at -= 1
      between += 1
    }
    return false
  }

  /// Where the subject of a modal (يمكن, يجب, ينبغي) starts when it follows with لـ or على before
  /// the modal's verb or verbal noun: the noun phrase of لـ + a noun (يمكن للأطباء), or the one
  /// after على (يجب على الحكومة); nil otherwise.
  func modalSubject(_ units: [Unit], after index: Int) -> Int? {
    guard index + 1 < units.count else { return nil }
    let next = units[index + 1]
    let at: Int
    if next.proclitics == ["ل"], next.enclitic == nil, [.noun, .name].contains(next.wordClass) {
      at = index + 1
    } else if next.wordClass == .preposition, next.proclitics.isEmpty, next.enclitic == nil,
      next.key == "علي" || next.key == "ل", index + 2 < units.count,
      units[index + 2].proclitics.isEmpty, [.noun, .name, .demonstrative].contains(units[index + 2].wordClass)
    {
      at = index + 2
    } else {
      return nil
    }
    // (Only when a verb, أن or a verbal noun follows the noun phrase: يمكن للمرء أن.)
    let end = nounPhrase(units, at: at).end
    guard end < units.count else { return nil }
    let after = units[end]
    return after.wordClass == .verb || after.wordClass == .complementizer || verbOfVerbalNoun(after) != nil
      ? at : nil
  }

  /// After تم at `index`: the verbal noun's participle (``RuleBook``'s verbal nouns) and where its
  /// object starts: in construct right after it (تم نقل الجرحى), or after a preposition when the
  /// verbal noun has the article (تم الإبلاغ عن حالات); nil when either is missing.
  func completedVerbalNoun(_ units: [Unit], after index: Int) -> (RuleBook.VerbalNoun, Int)? {
    guard index + 2 < units.count else { return nil }
    let noun = units[index + 1]
    // (The lexicon may read the verbal noun as a verb: نقل.)
    guard noun.wordClass == .noun || noun.wordClass == .verb, noun.proclitics.isEmpty, noun.enclitic == nil
    else { return nil }
    let key = Self.keyWithoutProclitics(noun)
    guard
      let participle = rules.verbalNouns[key]
        ?? (key.hasPrefix("ال") ? rules.verbalNouns[String(key.dropFirst(2))] : nil)
    else { return nil }
    let next = units[index + 2]
    if noun.definite {
      guard next.wordClass == .preposition, next.proclitics.isEmpty, index + 3 < units.count,
        units[index + 3].isNominal, units[index + 3].proclitics.isEmpty
      else { return nil }
      return (participle, index + 3)
    }
    guard next.isNominal, next.proclitics.isEmpty, next.wordClass != .adjective else { return nil }
    return (participle, index + 2)
  }

  /// The number of words from which a line is read as a report's sentence rather than a line of
  /// conversation (see ``neuterFeminine(_:)``).
  static let reportLength = 15

  /// Whether a line is a report: a sentence of ``reportLength`` words or more, as reports and
  /// articles write them.
  /// - Complexity: O(*n*) in the number of units.
  static func isReport(_ units: [Unit]) -> Bool {
    units.count(where: { $0.wordClass != .punctuation }) >= reportLength
  }

  /// The independent pronouns of the 3rd person that also separate a subject from its predicate
  /// (matching form).
  static let separationPronouns: Set<String> = ["هو", "هي", "هم", "هما", "هن"]

  /// What a 3rd-person pronoun does where it stands (see ``pronounUse(_:at:)``).
  enum PronounUse: Equatable {
    /// وهو ما / وهي ما before a verb: "which", for the clause before.
    case whichClause
    /// Between a subject and its predicate: the copula to say ("is", "are"), or nil when the
    /// clause's verb is already "be".
    case copula(String?)
    /// وهو / وهي after a noun, before a noun phrase that says what it is: "which is", "who are".
    case relative(String)
  }

  /// Whether the pronoun at `index` is the clause pronoun of وهو ما, the copula between a subject
  /// and its predicate, or (nil) the pronoun itself.
  ///
  /// - Complexity: O(*k*) for the *k* units back to the clause's start.
  func pronounUse(_ units: [Unit], at index: Int) -> PronounUse? {
    let unit = units[index]
    guard unit.enclitic == nil, index + 1 < units.count else { return nil }
    let next = units[index + 1]
    if unit.proclitics == ["و"] || unit.proclitics.isEmpty && index > 0 && units[index - 1].english == ",",
      next.key == "ما", next.proclitics.isEmpty, index + 2 < units.count, units[index + 2].wordClass == .verb,
      units[index + 2].proclitics.isEmpty
    {
      return .whichClause
    }
    // ، وهو نوع جديد → , which is a new type; العامل المسبب وهو فيروس كورونا → the causative
    // agent, which is the coronavirus; شاب، وهو طالب → a young man, who is a student. (Before a
    // preposition or a verb the pronoun keeps its clause: وهو في طريقه, وهي تندمج.)
    if unit.proclitics == ["و"], index > 0, next.proclitics.isEmpty, next.enclitic == nil,
      [.noun, .name, .adjective, .number].contains(next.wordClass)
        || next.key == "من" && index + 2 < units.count && units[index + 2].isNominal
    {
      let comma = units[index - 1].wordClass == .punctuation && [",", "-", "("].contains(units[index - 1].english)
      let antecedentAt = comma ? index - 2 : index - 1
      if antecedentAt >= 0,
        [.noun, .name, .adjective].contains(units[antecedentAt].wordClass)
          || units[antecedentAt].wordClass == .latin
      {
        let antecedent = units[antecedentAt]
        let pronoun = Self.keyWithoutProclitics(unit)
        let plural =
          pronoun != "هو" && pronoun != "هي" || pronoun == "هي" && (antecedent.plural || antecedent.englishIsPlural)
        let human = rules.isHuman(antecedent.english) || pronoun == "هم"
        return .relative((human ? "who " : "which ") + (plural ? "are" : "is"))
      }
    }
    guard unit.proclitics.isEmpty, index > 0, next.proclitics.isEmpty, next.enclitic == nil else { return nil }
    let before = units[index - 1]
    // After كما (كما هو موضح → as shown) the pronoun says nothing either.
    if before.key == "كما" || before.key == "وكما", next.wordClass == .adjective || next.wordClass == .noun {
      return .copula(nil)
    }
    // (After a definite subject, a name or a Latin word, the predicate may also be indefinite, a
    // number, a quotation or an أن clause: العلاج الأساسي هو علاج داعم → the basic treatment is a
    // supportive treatment, نطاق الثقة هو 95%, الدليل هو أن → the evidence is that.)
    let subjectLike =
      before.definite || before.enclitic != nil || [.name, .latin, .demonstrative].contains(before.wordClass)
    guard [.noun, .name, .adjective, .demonstrative, .latin].contains(before.wordClass),
      [.noun, .name, .adjective, .demonstrative].contains(next.wordClass) && (next.definite || next.wordClass == .name)
        || next.key == "ما" || next.key == "من" && next.wordClass != .preposition
        || subjectLike
          && ([.noun, .adjective].contains(next.wordClass)
            || next.wordClass == .number
            || next.wordClass == .complementizer && next.key == "ان"
            || Self.isQuote(next) && index + 2 < units.count && units[index + 2].isNominal),
      !["الاخر", "الاخري", "نفسه", "نفسها", "نفسهم", "ذاته", "ذاتها", "الاخرون", "الاخرين"].contains(next.key)
    else { return nil }
    // A verb of "be" earlier in the clause already says it.
    var back = index - 1
    while back >= 0, units[back].wordClass != .punctuation, units[back].wordClass != .complementizer {
      let english = units[back].english
      let be = ["be", "was", "were", "is", "are"].contains(english) || english.hasPrefix("be ")
      if units[back].wordClass == .verb || units[back].wordClass == .particle && be { return be ? .copula(nil) : nil }
      back -= 1
    }
    let pronoun = Self.keyWithoutProclitics(unit)
    // هو is singular; هي stands for a plural of things, never of people, so after people it agrees
    // with the noun they complement: إرادة الناس هي مصدر السلطة → the desire of people is.
    let pluralBefore =
      pronoun == "هي" && (before.plural || before.englishIsPlural) && !before.human && !rules.isHuman(before.english)
    let be = pronoun != "هو" && pronoun != "هي" || pluralBefore ? "are" : "is"
    // After an indefinite noun the pronoun opens a clause that describes it: في حادثة هي الثانية →
    // in an incident that is the second.
    let described = [.noun, .adjective].contains(before.wordClass) && !before.definite && before.enclitic == nil
    return .copula(described ? "that " + be : be)
  }

  /// The present of "be" that agrees with a subject noun phrase (I am, you/we/they are, it is).
  func copula(agreeingWith phrase: NounPhrase) -> String {
    switch phrase.words.last?.english {
    case "I": return "am"
    case "you", "we", "they": return "are"
    default: return phrase.plural ? "are" : "is"
    }
  }

  /// ف on the first word of the clause after a condition (إذا, لو) is what English says with a
  /// comma: إذا أكلت كثيرا فإنك تصير سمينا → if you eat a lot, you become fat (was "so you"). The
  /// clitic is taken off that word.
  /// - Complexity: O(*n*) in the number of units.
  static func dropConditionalFa(_ units: inout [Unit]) {
    var condition = false
    for index in units.indices {
      let unit = units[index]
      if unit.wordClass == .conjunction, unit.english == "if" {
        condition = true
      } else if unit.wordClass == .punctuation, sentenceEnds.contains(unit.english) {
        condition = false
      } else if condition, unit.proclitics.first == "ف" {
        units[index].proclitics.removeFirst()
        condition = false
      }
    }
  }

  /// The words of an existential before the noun it is about say nothing of their own: كان (or
  /// يكون, يكن, with لم or لن) and ليس before هناك, and يوجد / توجد (with لا) before an indefinite
  /// noun. The unit that says "there" gets the role `exist:<tense>:<no|yes>`, which the rule for هناك
  /// reads: لم يكن هناك أحد → there was no one (was "he was not there is anyone"); ليس هناك حل →
  /// there is no solution; لا توجد إصابات → there are no injuries (was "injuries do not find");
  /// قد يكون هناك → there may be. Their proclitics go to that unit. (The noun after it has no
  /// article of its own yet: there may be shortage.)
  /// - Complexity: O(*n*) in the number of units.
  static func markExistentials(_ units: inout [Unit]) {
    func drop(_ at: Int, into target: Int) {
      units[target].proclitics = units[at].proclitics + units[target].proclitics
      units[at].proclitics = []
      units[at].wordClass = .particle
      units[at].role = "drop"
      units[at].english = ""
    }
    // (Only adverbs and verbs can say "there": the key is made for those.)
    for index in units.indices
    where units[index].enclitic == nil && (units[index].wordClass == .adverb || units[index].wordClass == .verb) {
      let key = keyWithoutProclitics(units[index])
      var tense = "present"
      var negated = false
      var first = index
      if ["هناك", "هنالك"].contains(key), units[index].wordClass == .adverb {
        // (Only before what the rule for هناك takes: an indefinite noun, a number, أحد or أي.)
        guard index > 0, units[index - 1].enclitic == nil, index + 1 < units.count,
          units[index + 1].proclitics.isEmpty,
          [.noun, .adjective, .number].contains(units[index + 1].wordClass) && !units[index + 1].definite
            || ["احد", "اي"].contains(keyWithoutProclitics(units[index + 1]))
        else { continue }
        let before = keyWithoutProclitics(units[index - 1])
        if existentialKana.contains(before), units[index - 1].wordClass != .preposition {
          // (The tense from the form: كان كانت are perfects, and سـ makes the imperfect future.)
          let future = units[index - 1].verb?.future == true || units[index - 1].proclitics.contains("س")
          tense = future ? "future" : before.hasPrefix("ك") ? "past" : "present"
          first = index - 1
        } else if units[index - 1].role == "neg_nominal", ["ليس", "ليست"].contains(before) {
          negated = true
          first = index - 1
        } else {
          continue
        }
      } else if ["يوجد", "توجد"].contains(key), units[index].wordClass == .verb, index + 1 < units.count,
        [.noun, .adjective, .number].contains(units[index + 1].wordClass) && !units[index + 1].definite
          || keyWithoutProclitics(units[index + 1]) == "اي",
        units[index + 1].proclitics.isEmpty
      {
        first = index
      } else {
        continue
      }
      if first > 0, first < index, tense == "present", units[first - 1].enclitic == nil,
        keyWithoutProclitics(units[first - 1]) == "قد"
      {
        // قد يكون هناك → there may be.
        tense = "may"
        first -= 1
      } else if first > 0, units[first - 1].enclitic == nil, let role = units[first - 1].role,
        ["neg", "neg_past", "neg_future"].contains(role), units[first - 1].wordClass == .negation
      {
        negated = true
        if role == "neg_past" { tense = "past" }
        if role == "neg_future" { tense = "future" }
        first -= 1
      }
      units[index].wordClass = .adverb
      units[index].role = "exist:\(tense):\(negated ? "no" : "yes")"
      for at in first..<index { drop(at, into: index) }
    }
  }

  /// The forms of كان that open an existential before هناك (matching form).
  static let existentialKana: Set<String> = ["كان", "كانت", "يكون", "تكون", "يكن", "تكن"]

  /// سوف before an imperfect makes the verb future, as سـ written on it does, and says nothing
  /// itself but its conjunction: سوف نذهب → we will go (was "will we go"), فسوف يندم → so he will
  /// regret.
  /// - Complexity: O(*n*) in the number of units.
  static func markFuture(_ units: inout [Unit]) {
    for index in units.indices.dropLast() where units[index + 1].wordClass == .verb {
      let verb = units[index + 1]
      guard units[index].wordClass != .verb, verb.verb?.perfect == false, verb.proclitics.isEmpty,
        ExactKey.sameBytes(keyWithoutProclitics(units[index]), "سوف")
      else { continue }
      units[index + 1].verb?.future = true
      units[index].role = "drop"
    }
  }

  /// Whether the unit after a conjunction of purpose at `index` is an active imperfect, with no
  /// clitic, of the person and number of the nearest verb before it in the sentence: the purpose
  /// of the same subject, an English infinitive.
  /// - Complexity: O(*n*) in the units before `index`.
  func sameSubjectPurpose(_ units: [Unit], at index: Int) -> Bool {
    let next = units[index + 1]
    guard next.wordClass == .verb, let features = next.verb, !features.perfect, !features.passive, !features.future,
      next.proclitics.isEmpty
    else { return false }
    for back in units[..<index].reversed() {
      if back.wordClass == .punctuation, Self.sentenceEnds.contains(back.english) { return false }
      if back.wordClass == .verb, let before = back.verb {
        return before.person == features.person && before.plural == features.plural
          && (features.person != 3 || before.feminine == features.feminine)
      }
    }
    return false
  }

  /// and/so for a unit's conjunction proclitic.
  func conjunctionWords(_ unit: Unit) -> [DraftWord] {
    unit.proclitics.compactMap { clitic in
      let english: String
      switch clitic {
      case "و": english = "and"
      case "ف": english = "so"
      default: return nil
      }
      return DraftWord(
        english: english, start: unit.span.lowerBound, end: unit.span.upperBound, arabic: unit.arabic,
        rule: RuleTrail(.proclitic))
    }
  }

  /// The English of لـ on a name or definite noun right after an indefinite noun (and its
  /// adjectives): whose it is, not "to": "by" after an event (هجوم لداعش → an attack by ISIS; قصف
  /// مدفعي لقوات النظام → artillery shelling by the regime forces), "of" after anything else
  /// (حاجز لقسد → a checkpoint of the SDF) when the glossary calls it a military thing, a group or a
  /// weapon (was "an attack to ISIS", "a checkpoint to SDF").
  /// Nil elsewhere (لـ is "to", "for").
  func lamAfterIndefiniteNoun(_ units: [Unit], at index: Int) -> String? {
    let unit = units[index]
    guard index > 0, unit.proclitics.count == 1, unit.proclitics[0] == "ل",
      unit.wordClass == .name || unit.definite && unit.isNominal || unit.wordClass == .number
        // (An indefinite side too: بقصف لفصائل موالية لإيران → in shelling by Iran-backed factions.)
        || unit.isNominal && unit.category == "actor"
        // (And a noun in construct with a definite noun: بقصف لمسيرة الاحتلال → in shelling by an
        // occupation drone.)
        || unit.wordClass == .noun && unit.enclitic == nil && index + 1 < units.count
          && units[index + 1].definite && units[index + 1].proclitics.isEmpty
          && [.noun, .name].contains(units[index + 1].wordClass)
    else { return nil }
    // A part of a place (word set part_noun), definite, takes "of" for the place لـ names: الأطراف
    // الشرقية لبلدة الغدفة → the eastern outskirts of the town of al-Ghadfa (was "to").
    var part = index - 1
    while part > 0, units[part].wordClass == .adjective, units[part].proclitics.isEmpty { part -= 1 }
    if units[part].wordClass == .noun, units[part].definite, units[part].enclitic == nil,
      let last = Self.lastWord(units[part].english), rules.partNouns.contains(last.lowercased())
    {
      return "of"
    }
    // Any other definite noun that an adjective describes belongs to the place لـ names, unless it
    // is a verbal noun (whose لـ is its object) or the adjective a participle that governs لـ: الساحة
    // العامة لمدينة الميادين → the public square of Mayadin city (was "to").
    // (A glossary term of a noun and its adjective counts: الساحة العامة → the public square.)
    let described = part < index - 1 || units[part].source == .glossary && units[part].key.contains(" ")
    if described, units[part].wordClass == .noun, units[part].definite, units[part].enclitic == nil,
      unit.source == .place || unit.category == "place" || rules.settlementNouns.contains(Translator.classKey(unit)),
      units[part].category != "event", verbOfVerbalNoun(units[part]) == nil,
      Self.lastWord(units[part].english).map({ !rules.eventNouns.contains($0.lowercased()) }) ?? false,
      !Self.governsLam(units[index - 1])
    {
      return "of"
    }
    return lamOwner(units, after: index - 1, owner: unit)
  }

  /// Whether the adjective (or the last word of a term) before لـ is a participle that governs it:
  /// English -ing/-ed (تابعة → belonging), loyal, or a derived participle written with م and not a
  /// nisba (معادية → hostile to, مجاورة → adjacent to; مركزي is a nisba).
  /// - Complexity: O(length of the unit's key).
  static func governsLam(_ unit: Unit) -> Bool {
    if governsLam(english: unit.english) { return true }
    guard let word = keyWithoutProclitics(unit).split(separator: " ").last else { return false }
    let stem = word.hasPrefix("ال") ? word.dropFirst(2) : word[...]
    return stem.hasPrefix("م") && !stem.hasSuffix("ي") && !stem.hasSuffix("ية")
  }

  /// Whether an adjective's English is a participle that governs لـ: -ing/-ed (belonging,
  /// affiliated) or "loyal".
  /// - Complexity: O(1).
  static func governsLam(english: String) -> Bool {
    english.hasSuffix("ing") || english.hasSuffix("ed") || english.hasPrefix("loyal")
  }

  /// ``lamAfterIndefiniteNoun(_:at:)`` for the noun phrase ending at `end` and the name or noun
  /// `unit` that لـ gives it (written on it, or apart before its quotation mark: حاجزاً لـ"قسد" → a
  /// checkpoint of the SDF, was "a checkpoint to").
  func lamOwner(_ units: [Unit], after end: Int, owner unit: Unit) -> String? {
    // (An adjective right before لـ that is a participle governs it: تابعة لقسد → belonging to, موالية
    // لإيران → loyal to.)
    if units[end].wordClass == .adjective, Self.governsLam(english: units[end].english) { return nil }
    var head = end
    while head > 0, units[head].wordClass == .adjective, !units[head].definite, units[head].proclitics.isEmpty {
      head -= 1
    }
    let noun = units[head]
    guard noun.wordClass == .noun, !noun.definite, noun.enclitic == nil, noun.value == nil,
      noun.category != "time", !Self.temporalPrepositions.contains(noun.key)
    else { return nil }
    // People counted after a news event's verbal noun are whom it happened to: إعدام ميداني لسبعة
    // شبان → a summary execution of seven young men (was "to seven").
    if unit.wordClass == .number {
      let key = Self.keyWithoutProclitics(noun)
      // (The first word of a term: إعدام ميداني.)
      let first = key.firstIndex(of: " ").map { String(key[..<$0]) } ?? key
      return rules.verbalNouns[first] != nil ? "of" : nil
    }
    if Self.lastWord(noun.english).map({ rules.eventNouns.contains($0.lowercased()) }) == true { return "by" }
    // (Who spoke to an outlet keeps "to": مصدر محلي لـ"زمان الوصل" → a local source to Zaman al-Wasl.)
    if Self.lastWord(noun.english).map({ rules.speakerNouns.contains($0.lowercased()) }) == true { return nil }
    // (Only things a side has: posts, patrols, cells, weapons. A belonging, an official, a
    // source keep "to": تابعة لقسد → belonging to the SDF; مسؤول لعنب بلدي → an official to.)
    guard let category = noun.category, Self.possessedCategories.contains(category),
      !noun.english.hasSuffix("ing"), !noun.english.hasSuffix("ed"),
      Self.lastWord(noun.english).map({ !Self.blowNouns.contains(String($0)) }) ?? true
    else { return nil }
    return "of"
  }

  /// Event nouns of what a side carries out over time, whose toll is their result, not their dead.
  static let campaignNouns: Set<String> = ["campaign", "campaigns", "operation", "operations", "offensive"]

  /// Glossary categories of the things لـ gives an owner to (see ``lamAfterIndefiniteNoun(_:at:)``).
  static let possessedCategories: Set<String> = ["military", "actor", "weapon"]
  /// Military nouns that happen to whom لـ names (ضربة قوية لجيش النظام → a heavy blow to the regime army).
  static let blowNouns: Set<String> = ["blow", "blows", "threat", "threats"]

  /// in/to/like for a unit's preposition proclitic (`lam`: the English of لـ when the words around
  /// it decide, see ``lamAfterIndefiniteNoun(_:at:)``).
  /// Whether people were killed or wounded just before `index` (within six units of the clause):
  /// ب on a weapon after them is what did it (شهيدان وخمسة جرحى بقذائف الإرهابيين → two killed and
  /// five wounded by terrorists' shells, was "with").
  ///
  /// - Complexity: O(`within`).
  func casualtiesBefore(
    _ units: [Unit], at index: Int, within: Int = 6, ends: Set<String> = Translator.clauseEnds
  ) -> Bool {
    for back in units[max(0, index - within)..<index].reversed() {
      if back.wordClass == .punctuation, ends.contains(back.english) { return false }
      // (The killed and wounded themselves, not the people a casualty glossary also lists: شاب,
      // متورطين.)
      // (Any word of the English: "be wounded", "two wounded".)
      let casualty = back.english.lowercased().split(separator: " ").contains { word in
        rules.casualtyStems.contains { word.hasPrefix($0) }
      }
      if casualty { return true }
    }
    return false
  }

  func prepositionWords(_ unit: Unit, lam: String? = nil, byWeapon: Bool = false) -> [DraftWord] {
    if unit.proclitics.isEmpty { return [] }  // (most words: no need to look at the English)
    if let first = Self.firstWord(unit.english), Translator.prepositionWords.contains(String(first)) {
      return []
    }
    return unit.proclitics.compactMap { clitic in
      // The preposition a news verb governs (قام بحملة → carried out a campaign).
      if unit.role == "governed:" + clitic { return nil }
      let english: String
      switch clitic {
      case "ب":
        // (Also on a noun of a settlement: بحي الزهراء → in al-Zahraa neighbourhood.)
        let inPhrase =
          unit.wordClass == .name || unit.category == "time" || unit.category == "place"
          || unit.category == "language"
          || (Self.lastWord(unit.english).map { rules.eventNouns.contains($0.lowercased()) } ?? false)
          || rules.settlementNouns.contains(Translator.classKey(unit))
        // (And "on" a front: بجبهة الكسارة → on the Kassara front.)
        let front = Self.lastWord(unit.english).map { $0 == "front" || $0 == "frontline" } ?? false
        // (بتهمة → on charges of, not "with the charge of".)
        let charge = Self.firstWord(unit.english).map { $0 == "charge" || $0 == "charges" } ?? false
        // (Gunfire with whose it is after it is what did it: برصاص القوات الإسرائيلية → by the
        // gunfire of the Israeli forces, was "in".)
        let gunfire = Self.lastWord(unit.english).map { $0 == "gunfire" || $0 == "bullets" } ?? false
        // (A disease is "with": infected with coronavirus, was "in".)
        english =
          gunfire || byWeapon
          ? "by" : inPhrase && !Self.namesDisease(unit, rules) ? "in" : charge || front ? "on" : "with"
      // (ل on a stretch of time or an occasion is "for": لليوم الثالث → for the third day.)
      case "ل":
        let duration =
          unit.wordClass == .noun
          && Self.lastWord(unit.english).map { rules.durationNouns.contains($0.lowercased()) } == true
        english = duration ? "for" : lam ?? "to"
      // ك before an indefinite noun says what a thing is taken as (كعامل تنبئي → as a predictive
      // factor, كحامل للفيروس → as a carrier); before a definite one, what it is like.
      case "ك":
        english =
          !unit.definite && unit.enclitic == nil && [.noun, .adjective].contains(unit.wordClass) ? "as" : "like"
      default: return nil
      }
      return DraftWord(
        english: english, start: unit.span.lowerBound, end: unit.span.upperBound, arabic: unit.arabic,
        rule: RuleTrail(.proclitic))
    }
  }

  /// Whether a noun is written with the accusative tanween (ًا: شاباً): the object of the verb
  /// before it, never its subject (ويصيب شاباً → and strikes a young man, was "and a young man
  /// strikes"). Only the written mark counts: an alef alone may end a stem.
  static func isAccusative(_ unit: Unit) -> Bool {
    unit.wordClass == .noun && writtenWithTanweenFath(unit)
  }

  /// Whether a unit's Arabic carries the accusative tanween (ً), whatever its class (a glossary
  /// phrase of quantity too: عدداً من).
  static func writtenWithTanweenFath(_ unit: Unit) -> Bool {
    unit.arabic.unicodeScalars.contains("\u{064B}")
  }

  /// Whether a noun is written in a form that is never the nominative (word set `oblique_noun`:
  /// ذوي, whose nominative is ذوو): no verb's subject (طالبت ذويهم بفدية → demanded a ransom from
  /// their families, not "their families demanded").
  func isOblique(_ unit: Unit) -> Bool {
    guard unit.wordClass == .noun, unit.proclitics.isEmpty else { return false }
    let key = Self.classKey(unit)
    return rules.obliqueNouns.contains { Self.isWord(key, withPronounOn: $0) }
  }

  /// Whether a glossary category names a group: an actor, an organization or a military unit.
  static func namesGroup(_ unit: Unit) -> Bool {
    switch unit.category {
    case "actor", "organization", "military": true
    default: false
    }
  }

  /// Whether a key (matching form) is `word` with at most a pronoun of three letters on it:
  /// مصرعه, مصرعهم, حتفهما of مصرع and حتف; ذويهم of ذوي.
  static func isWord(_ key: String, withPronounOn word: String) -> Bool {
    guard key.utf8.count <= word.utf8.count + 6 else { return false }
    if key.hasPrefix(word) { return true }
    // (A ة, ه in matching form, is written ت before the pronoun: مسؤوليته is مسؤولية's.)
    return key.utf8.count > word.utf8.count && word.hasSuffix("ه") && key.hasPrefix(word.dropLast() + "ت")
  }

  /// اثنان and its forms (matching form).
  static let twoWords: Set<String> = ["اثنان", "اثنين", "اثنتان", "اثنتين"]

  /// The first word of a kunya (matching form) and its English: أبو محمد → Abu Mohammed. (Not أم,
  /// which before a name is as often "the mother of", nor أبي, "my father".)
  static let kunyas: [String: String] = ["ابو": "Abu"]

  /// Whether an English phrase of several words ends in a preposition ("in exchange for",
  /// "charge of collaborating with"), read on its UTF-8 bytes (no Characters: noun phrases ask it
  /// for every head).
  static func endsInPreposition(_ english: String) -> Bool {
    let bytes = english.utf8
    guard let space = bytes.lastIndex(of: UInt8(ascii: " ")) else { return false }
    let last = bytes[bytes.index(after: space)...]
    guard last.count <= 4 else { return false }
    return Translator.prepositionWords.contains { word in word.utf8.elementsEqual(last) }
  }

  /// The last word of `text`.
  static func lastWord(_ text: String) -> Substring? {
    let trimmed = text.drop { $0 == " " }
    guard !trimmed.isEmpty else { return nil }
    return trimmed.lastIndex(of: " ").map { trimmed[trimmed.index(after: $0)...] } ?? trimmed[...]
  }

  /// The text after the last space of `text` (all of it when it has none), found on its bytes:
  /// ``lastWord(_:)`` for a text without leading spaces, without walking its characters.
  static func lastSpacedWord(_ text: String) -> Substring {
    text.utf8.lastIndex(of: UInt8(ascii: " ")).map { text[text.utf8.index(after: $0)...] } ?? text[...]
  }

  /// The first word of `text` (`split(separator: " ").first`, without splitting the rest).
  static func firstWord(_ text: String) -> Substring? {
    var rest = Substring(text)
    while rest.first == " " { rest = rest.dropFirst() }
    if rest.isEmpty { return nil }
    return rest.firstIndex(of: " ").map { rest[..<$0] } ?? rest
  }

  // MARK: Noun phrases

  /// A noun phrase starting at `index`: determiner, adjectives (reversed), head, idafa
  /// complement; a number with its counted noun; a demonstrative with its noun.
  func nounPhrase(_ units: [Unit], at index: Int, depth: Int = 0) -> NounPhrase {
    var phrase = nounPhraseBody(units, at: index, depth: depth)
    // A compound written with hyphens and no spaces is one phrase: سارس-كوف-2 → SARS-CoV-2 (was
    // "SARS moves -CoV-2" when a verb put its subject first).
    while phrase.end + 1 < units.count, units[phrase.end].wordClass == .punctuation, units[phrase.end].english == "-",
      units[phrase.end].span.lowerBound == units[phrase.end - 1].span.upperBound,
      units[phrase.end + 1].span.lowerBound == units[phrase.end].span.upperBound,
      units[phrase.end + 1].proclitics.isEmpty,
      [.name, .number, .noun].contains(units[phrase.end + 1].wordClass)
    {
      let hyphen = units[phrase.end]
      let part = units[phrase.end + 1]
      phrase.words.append(
        DraftWord(
          english: "-", start: hyphen.span.lowerBound, end: hyphen.span.upperBound, arabic: hyphen.arabic,
          rule: RuleTrail(hyphen.origin)))
      phrase.words.append(
        DraftWord(
          english: part.english, start: part.span.lowerBound, end: part.span.upperBound, arabic: part.arabic,
          rule: RuleTrail(part.origin)))
      phrase.end += 2
    }
    // اثنان after a plural (or a dual the lexicon reads as one) counts it: مقتل مدنيين اثنين → two
    // civilians killed (was "civilians killed two").
    if phrase.end < units.count, units[phrase.end].wordClass == .number, units[phrase.end].proclitics.isEmpty,
      Self.twoWords.contains(units[phrase.end].key), phrase.plural,
      !phrase.words.contains(where: { $0.english == "two" || $0.english.hasPrefix("two ") }),
      let at = phrase.words.firstIndex(where: {
        $0.start >= units[index].span.lowerBound && !Translator.prepositionWords.contains($0.english)
          && !["and", "or", "a", "an", "the"].contains($0.english)
      })
    {
      let two = units[phrase.end]
      phrase.words.insert(
        DraftWord(
          english: "two", start: two.span.lowerBound, end: two.span.upperBound, arabic: two.arabic,
          rule: RuleTrail(two.origin)), at: at)
      phrase.end += 1
    }
    // A demonstrative after a definite noun phrase that opens its clause points at it: الهجوم هذا
    // كان قويا → this attack was strong (was "the attack this was strong"). Not before
    // a definite noun, which it opens (الهجوم هذا الأسبوع), nor after a verb's subject, where it
    // is the object (أكد الوزير ذلك → the minister confirmed that).
    if phrase.end < units.count, units[phrase.end].wordClass == .demonstrative, units[phrase.end].proclitics.isEmpty,
      index == 0 || [.punctuation, .conjunction].contains(units[index - 1].wordClass),
      phrase.end + 1 >= units.count
        || !(units[phrase.end + 1].definite && [.noun, .name].contains(units[phrase.end + 1].wordClass)),
      let article = phrase.words.prefix(3).firstIndex(where: { $0.english == "the" })
    {
      let demonstrative = units[phrase.end]
      let english =
        !phrase.plural
        ? demonstrative.english
        : demonstrative.english == "that" || demonstrative.english == "those" ? "those" : "these"
      phrase.words[article] = DraftWord(
        english: english, start: demonstrative.span.lowerBound, end: demonstrative.span.upperBound,
        arabic: demonstrative.arabic, rule: RuleTrail(demonstrative.origin))
      phrase.end += 1
    }
    if depth < 3 { extendMembership(&phrase, units, at: index, depth: depth) }
    if depth < 3 { extendQuotedComplement(&phrase, units, at: index, depth: depth) }
    return phrase
  }

  /// A noun in construct whose complement is in quotes: the quotes stand between them, and the
  /// complement is still the noun's, with "of" (بتهمة "التعامل مع التحالف" → on charge of
  /// "relations with the coalition", was 'on charge "…"'; اتفاقات "التسوية" → agreements of "the
  /// settlement"). Only a lone noun with no article, pronoun or tanween, before a definite noun.
  /// - Complexity: O(*n*) in the units of the complement.
  private func extendQuotedComplement(_ phrase: inout NounPhrase, _ units: [Unit], at index: Int, depth: Int) {
    let at = phrase.end
    guard at == index + 1, at + 2 < units.count, Self.isQuote(units[at]), units[index].wordClass == .noun,
      !units[index].definite, units[index].enclitic == nil, units[index].value == nil,
      units[index].category != "time", !Self.writtenWithTanweenFath(units[index]),
      units[at + 1].proclitics.isEmpty, units[at + 1].definite, units[at + 1].wordClass == .noun,
      !phrase.words.contains(where: { $0.english == "of" }),
      // (The quote opens: an even number of them before it.)
      units[..<at].lazy.filter({ Self.isQuote($0) }).count % 2 == 0
    else { return }
    let quote = units[at]
    phrase.words.append(
      DraftWord(
        english: "of", start: quote.span.lowerBound, end: quote.span.lowerBound, arabic: "",
        rule: RuleTrail(.idafa)))
    phrase.words += draftWords([quote])
    let complement = nounPhrase(units, at: at + 1, depth: depth + 1)
    phrase.words += complement.words
    phrase.end = complement.end
    if phrase.end < units.count, Self.isQuote(units[phrase.end]) {
      phrase.words += draftWords([units[phrase.end]])
      phrase.end += 1
    }
  }

  /// A person of a group with في and the group after it: the group stays with the person (مقتل
  /// قيادي سابق في المعارضة → a former commander in the opposition killed, was "killed in
  /// opposition"; اغتيال عضو في "اللجنة المركزية" → a member of "the Central Committee"). The
  /// person is a member noun (word set `member_noun`), the group a glossary actor or organization,
  /// a military unit with a proper name (not an attack), or a quoted name.
  /// - Complexity: O(*n*) in the units of the group's phrase.
  private func extendMembership(_ phrase: inout NounPhrase, _ units: [Unit], at index: Int, depth: Int) {
    let at = phrase.end
    guard at + 1 < units.count, units[at].wordClass == .preposition, units[at].key == "في",
      units[at].proclitics.isEmpty
    else { return }
    let quoted = Self.isQuote(units[at + 1])
    let groupAt = at + (quoted ? 2 : 1)
    guard groupAt < units.count, units[groupAt].proclitics.isEmpty, units[groupAt].isNominal,
      quoted
        || Self.namesGroup(units[groupAt]) && (units[groupAt].category != "military" || isProperName(units[groupAt])),
      let person = units[index..<at].first(where: { $0.wordClass == .noun }),
      let last = Self.lastWord(person.english).map({ $0.lowercased() }), rules.memberNouns.contains(last)
    else { return }
    let preposition = units[at]
    phrase.words.append(
      DraftWord(
        english: rules.memberOfNouns.contains(last) ? "of" : "in", start: preposition.span.lowerBound,
        end: preposition.span.upperBound, arabic: preposition.arabic, rule: RuleTrail(preposition.origin)))
    if quoted { phrase.words += draftWords([units[at + 1]]) }
    let group = nounPhrase(units, at: groupAt, depth: depth + 1)
    phrase.words += group.words
    phrase.end = group.end
    if quoted, phrase.end < units.count, Self.isQuote(units[phrase.end]) {
      phrase.words += draftWords([units[phrase.end]])
      phrase.end += 1
    }
  }

  /// Whether a unit's English is a proper name (its first letter upper case).
  /// - Complexity: O(1).
  private func isProperName(_ unit: Unit) -> Bool { unit.english.first?.isUppercase == true }

  /// ``nounPhrase(_:at:depth:)`` up to a hyphen.
  private func nounPhraseBody(_ units: [Unit], at index: Int, depth: Int) -> NounPhrase {
    let head = units[index]
    var words =
      conjunctionWords(head)
      + prepositionWords(
        head, lam: head.proclitics.isEmpty ? nil : lamAfterIndefiniteNoun(units, at: index),
        byWeapon: head.proclitics.contains("ب")
          && (head.category == "weapon" || head.english.hasSuffix(" fire") || head.english == "fire")
          && casualtiesBefore(units, at: index))
    func word(_ text: String, _ rule: String, _ source: Unit) -> DraftWord {
      word(text, RuleTrail(rule), source)
    }
    func word(_ text: String, _ rule: RuleTrail, _ source: Unit) -> DraftWord {
      DraftWord(
        english: text, start: source.span.lowerBound, end: source.span.upperBound, arabic: source.arabic, rule: rule)
    }
    func attachable(_ next: Int) -> Bool {
      next < units.count && units[next].proclitics.isEmpty
    }
    // A kunya: أبو before a name is part of the name (أبو محمد الجولاني → Abu Mohammed al-Jawlani,
    // was "Mohammed father"; see ``kunyas``).
    if head.wordClass == .noun, head.enclitic == nil, attachable(index + 1), units[index + 1].wordClass == .name,
      let kunya = Self.kunyas[Self.keyWithoutProclitics(head)], depth < 3
    {
      words.append(word(kunya, RuleTrail(head.origin, .idafa), head))
      let name = nounPhrase(units, at: index + 1, depth: depth + 1)
      words += name.words.filter { $0.english != "the" }
      return NounPhrase(words: words, plural: false, end: name.end, human: true)
    }
    switch head.wordClass {
    case .pronoun:
      words.append(word(head.english, head.origin, head))
      return NounPhrase(
        words: words, plural: head.english == "they" || head.english == "we", end: index + 1, human: true)
    case .demonstrative:
      if attachable(index + 1), [.noun, .name].contains(units[index + 1].wordClass), units[index + 1].definite,
        depth < 3
      {
        var inner = nounPhrase(units, at: index + 1, depth: depth + 1)
        // "the" of the inner phrase gives way to the demonstrative.
        if let first = inner.words.first, first.english == "the" { inner.words.removeFirst() }
        let demonstrative = inner.plural ? (head.english == "that" ? "those" : "these") : head.english
        words.append(word(demonstrative, head.origin, head))
        return NounPhrase(words: words + inner.words, plural: inner.plural, end: inner.end, human: inner.human)
      }
      words.append(word(head.english, head.origin, head))
      return NounPhrase(words: words, plural: false, end: index + 1, human: false)
    case .number:
      words.append(word(head.english, head.origin, head))
      let next = index + 1
      // (A figure counts no noun written with the article: 2024 الساعة 17:05 is a year, then the
      // hour.)
      if attachable(next), [.noun].contains(units[next].wordClass), depth < 3,
        head.source == .glossary || !(units[next].definite && units[next].key.hasPrefix("ال"))
      {
        var counted = nounPhrase(units, at: next, depth: depth + 1)
        // One of a definite plural is one, and "the" stays: أحد العناصر → one of the members (was
        // "one of members were").
        if head.english.hasSuffix(" of"), head.value == 1, units[next].definite {
          // (A collective the lexicon gives in the singular is made plural: المارة → passersby.)
          if !counted.plural, !units[next].englishIsPlural,
            let at = counted.words.firstIndex(where: {
              $0.start == units[next].span.lowerBound && $0.english != "the"
                && $0.rule.text(rules) != rules.cite(.nounAdjective)
            })
          {
            counted.words[at].english = EnglishMorphology.pluralizingLastWord(counted.words[at].english)
          }
          return NounPhrase(words: words + counted.words, plural: false, end: counted.end, human: counted.human)
        }
        if let value = head.value, value != 1 || head.source == .glossary {
          counted.words = counted.words.filter { $0.english != "a" && $0.english != "an" && $0.english != "the" }
          // (Not an English plural already: قتلى is "dead", not "deads".)
          if !(units[next].englishIsPlural && units[next].source == .glossary),
            let headWord = counted.words.firstIndex(where: {
              $0.start == units[next].span.lowerBound && $0.rule.text(rules) != rules.cite(.nounAdjective)
            })
          {
            // (A casualty counted is the adjective alone: 41 جريحاً → 41 wounded, not "wounded people".)
            // (A noun with another sense when counted says it: 1,099 حالة → 1,099 cases, not
            // "conditions"; word set counted_sense.)
            let english =
              units[next].source == .lexicon
              ? rules.countedSenses[Self.keyWithoutProclitics(units[next])] ?? counted.words[headWord].english
              : counted.words[headWord].english
            let plural =
              rules.casualtyPersons.contains(english)
              ? String(english.dropLast(" person".count))
              : english == units[next].english
                ? units[next].irregularPlural ?? EnglishMorphology.pluralizingLastWord(english)
                : EnglishMorphology.pluralizingLastWord(english)
            counted.words[headWord].english = plural
            counted.words[headWord].rule.append(.numberNoun, rules: rules)
          }
        } else {
          counted.words = counted.words.filter { $0.english != "a" && $0.english != "an" && $0.english != "the" }
        }
        // A noun of multitude (عشرات, مئات, آلاف: English plural nouns) before the definite noun it
        // counts takes "of": عشرات الشبان → dozens of young men, آلاف المتظاهرين → thousands of
        // protesters (was "dozens young men").
        if head.source == .glossary, units[next].definite, head.english.utf8.last == UInt8(ascii: "s"),
          head.english.utf8.first.map({ !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) == true
        {
          words.append(word("of", RuleTrail(head.origin, .partitive), head))
        }
        // An adjective of order in time goes before the number: the last 24 hours (was "the 24
        // last hours").
        var leading: [DraftWord] = []
        while let first = counted.words.first, counted.words.count > 1,
          first.rule.contains(.nounAdjective), rules.sequenceAdjectives.contains(first.english.lowercased())
        {
          leading.append(counted.words.removeFirst())
        }
        return NounPhrase(words: leading + words + counted.words, plural: true, end: counted.end, human: counted.human)
      }
      return NounPhrase(words: words, plural: (head.value ?? 2) != 1, end: index + 1, human: false)
    default:
      break
    }
    // Head noun (or name, or a stray adjective used as a noun).
    var english = head.english
    var plural = head.plural
    if head.plural && !head.englishIsPlural && (head.wordClass == .noun || head.wordClass == .adjective) {
      english = EnglishMorphology.pluralizingLastWord(english)
    }
    if head.englishIsPlural { plural = true }
    // A group the glossary names in a plural (Houthis, Internal Security Forces) takes a plural
    // verb (the Houthis abduct, was "abducts"); an acronym (SDF, ISIS) does not.
    if !plural, head.source == .glossary, head.category == "actor" || head.category == "organization",
      Self.namesInPlural(english), !rules.singularsInS.contains(english)
    {
      plural = true
    }
    var headWord = word(english, head.origin, head)
    if head.source == .glossary { headWord.rule = RuleTrail(head.origin) }
    // Adjectives that agree (same definiteness, no proclitic).
    var adjectives: [DraftWord] = []
    var next = index + 1
    func takeAdjectives(definite: Bool) {
      while attachable(next), units[next].definite == definite,
        units[next].wordClass == .adjective || units[next].wordClass == .noun && units[next].adjectiveEnglish != nil,
        // (A name is definite: an elative without the article after it is no adjective of it but
        // its predicate or a superlative's construct: إيطاليا أكبر عدد → Italy … the largest
        // number, was "Larger Italy".)
        !(head.wordClass == .name && !definite && units[next].candidates.first.map(Translator.isElative) == true),
        // (A noun of people read as an adjective agrees: a plural one only after a plural, قائد
        // مسلحين → a commander of gunmen.)
        units[next].source != .glossary || units[next].category != "actor" || !units[next].plural || plural
          || head.plural
      {
        var adjective = units[next].wordClass == .adjective ? units[next].english : units[next].adjectiveEnglish!
        if adjective.hasPrefix("be ") { adjective = String(adjective.dropFirst(3)) }
        adjectives.append(word(adjective, RuleTrail(units[next].origin, .nounAdjective), units[next]))
        next += 1
      }
    }
    // ل on a word that starts with ل hides the article (للاجئين is ل + اللاجئين): a definite
    // adjective after it says it is there (مخيم للاجئين الفلسطينيين → camp to Palestinian
    // refugees, was "camp to refugees of Palestinians").
    let hiddenArticle =
      !head.definite && head.proclitics.last == "ل" && head.wordClass == .noun && attachable(next)
      && units[next].definite && units[next].proclitics.isEmpty
      && (units[next].wordClass == .adjective || units[next].adjectiveEnglish != nil)
      && head.arabic.unicodeScalars.prefix(2).elementsEqual("لل".unicodeScalars)
    // A glossary name is definite though it has no article: its adjectives have one (فيروس كورونا
    // البشري → human coronavirus, الحرس الثوري الإيراني → the Iranian Revolutionary Guard).
    let nameWithAdjective =
      head.wordClass == .name && head.source == .glossary && !head.definite && head.enclitic == nil
      && attachable(next) && units[next].definite && units[next].source == .lexicon
      && units[next].wordClass == .adjective
      // (Not a comparative, which says more of the noun before the name: معدل الوفيات لميرس الأعلى.)
      && units[next].candidates.first.map(Translator.isElative) != true
    takeAdjectives(definite: head.definite || hiddenArticle || nameWithAdjective)
    // An English compound: a head noun of an operation or a plan before the indefinite noun of an
    // action that has no complement of its own (عملية تفتيش → search operation, حملة اعتقال واسعة
    // → wide arrest campaign; was "operation a search"). The action is said first, as an adjective.
    // (With the article on the action the compound is definite: حملة التمشيط → the sweep campaign.)
    var compounded = false
    var compoundDefinite = false
    if adjectives.isEmpty, !head.definite, head.enclitic == nil, head.wordClass == .noun, depth < 3,
      rules.compoundHeads.contains(english), attachable(next), Self.isCompoundModifier(units, at: next, rules: rules)
    {
      compounded = true
      compoundDefinite = units[next].definite
      adjectives.append(word(units[next].english, RuleTrail(units[next].origin, .idafa), units[next]))
      next += 1
      takeAdjectives(definite: compoundDefinite)
    }
    // Idafa: an indefinite-looking noun followed by a definite noun or a name.
    var complement: NounPhrase? = nil
    var complementIsName = false
    // Also before an indefinite noun of a person: جثة شاب → the body of a young man (was "body a
    // young man"), منزل مواطن → the house of a citizen.
    let personComplement =
      next < units.count && units[next].wordClass == .noun && !units[next].definite
      && rules.isHuman(units[next].english)
      && units[next].enclitic == nil && head.source != .place && !head.human
    // And before a noun that is itself in construct with a definite noun, a chain (حصيلة حملة
    // التمشيط → the toll of the sweep campaign, مدير مكتب الوزير → the director of the minister's
    // office; was "toll sweep campaign").
    // (Only at a phrase's top, from a one-word head: a complement's own noun is not chained on,
    // هاجمت خلايا تنظيم "داعش" مواقع قوات النظام keeps its object.)
    let chainComplement =
      depth == 0 && !head.key.contains(" ") && adjectives.isEmpty && next + 1 < units.count
      && units[next].wordClass == .noun && !units[next].definite
      && units[next].proclitics.isEmpty && units[next].enclitic == nil && !units[next].human
      && (units[next + 1].wordClass == .noun && units[next + 1].definite
        // (Or a name: مراسل منصة تلفزيون سوريا → the correspondent of a platform of Syria TV, was
        // "correspondent said platform of Syria TV"; مختار قرية الزعفرانة → mukhtar of al-Zaafarana
        // village.)
        || units[next + 1].wordClass == .name)
      && units[next + 1].proclitics.isEmpty && units[next + 1].category != "time"
    let endsInPreposition = Self.endsInPreposition(english)
    // (A glossary term whose English ends in its preposition takes its complement even with the
    // article on its first word: المتحدث باسم الوزارة → the spokesman for the ministry.)
    if !head.definite || endsInPreposition && head.source == .glossary, head.enclitic == nil, head.wordClass == .noun,
      depth < 3, attachable(next),
      [.noun, .name].contains(units[next].wordClass), !hasPluralNun(units[next - 1]),
      units[next].definite || units[next].wordClass == .name
        || units[next].enclitic != nil || personComplement || chainComplement
        || endsInPreposition && head.source == .glossary, units[next].category != "time",
      // (A place told by where it lies from another is no complement: سيارة قرب القحطانية → a car
      // near al-Qahtaniyah, not "a car of near al-Qahtaniyah".)
      !Self.isRelativePlace(units[next])
    {
      let target = units[next]
      // (Not after the verbal noun of what is done to people, whose complement is who it is done
      // to: اعتقال الجولاني → the arrest of al-Jolani, was "al-Jolani arrest"; إسقاط النظام → the
      // downing of the regime.)
      let doneToComplement =
        rules.verbalNouns[Self.keyWithoutProclitics(head)].map { isDoneToPeople($0.base) } == true
      complementIsName =
        !endsInPreposition && !doneToComplement
        && (target.wordClass == .name || target.category == "actor" || target.category == "organization")
        && (target.definite || target.wordClass == .name || target.enclitic != nil)
        && !target.english.contains(" ") && adjectives.isEmpty && target.enclitic == nil
        && (next + 1 >= units.count || units[next + 1].wordClass != .adjective || !units[next + 1].proclitics.isEmpty)
      complement = nounPhrase(units, at: next, depth: depth + 1)
      next = complement!.end
      // Adjectives of the head after its complement.
      if adjectives.isEmpty { takeAdjectives(definite: true) }
    }
    let definite =
      head.definite || compoundDefinite || hiddenArticle
      || complement != nil
        && (complement!.words.first?.english == "the" || complement!.generic || complementIsName || personComplement)
    // Determiner.
    // A participle whose complement follows with لـ (مواقع تابعة لهم, حاجزاً تابعاً لقسد) stays
    // after the noun with it, as English needs: positions belonging to them, a checkpoint
    // affiliated to the SDF. (Only an -ing participle or an adjective of relation: after other
    // adjectives لـ belongs to the noun, المركز الأوروبي لمكافحة الأمراض, دعوات دولية متكررة لوقف.)
    // (So does an adjective whose English ends in the preposition it governs, before its object:
    // الأضرار الناجمة عن القصف → the damage resulting from the shelling.)
    let governsObject =
      complement == nil && next < units.count && units[next].isNominal && units[next].proclitics.isEmpty
      && adjectives.last.map {
        $0.english.contains(" ") && Translator.prepositionWords.contains(String(Self.lastSpacedWord($0.english)))
      } == true
    let postnominal =
      governsObject
      || complement == nil && next < units.count
        && adjectives.last.map { $0.english.hasSuffix("ing") || rules.relationAdjectives.contains($0.english) } == true
        && units[next].wordClass != .verb
        && (units[next].proclitics.first == "ل"
          || units[next].wordClass == .preposition && units[next].key.hasPrefix("ل"))
    // A participle whose doer follows with من (word-sets.tsv agent_participle) goes after the noun
    // with "by" and the doer: الفصائل المعارضة المدعومة من تركيا → the opposition factions backed
    // by Turkey (was "the backed opposition factions from Turkey").
    let agentive =
      !postnominal && depth < 3 && next + 1 < units.count && !adjectives.isEmpty
      && units[next].wordClass == .preposition && units[next].key == "من" && units[next].proclitics.isEmpty
      && units[next].enclitic == nil && units[next + 1].isNominal && units[next + 1].proclitics.isEmpty
      && adjectives.last.map { rules.agentParticiples.contains($0.english) } == true
    let preposed = postnominal || agentive ? adjectives.dropLast() : adjectives[...]
    // A definite noun that is generic in English takes no "the" (its phrase still counts as
    // definite for an idafa before it: عدد الحالات → the number of cases):
    // - a plural with nothing after it: of the general vocabulary at the head of its phrase, with
    //   or without adjectives (السوائل → fluids); inside another phrase, or of the glossary's general
    //   vocabulary, only with none (للدول والمستشفيات → for countries and hospitals; not
    //   الأطراف الشرقية → the eastern outskirts);
    // - an English mass noun of word-sets.tsv generic_noun, with no complement or relative clause:
    //   بالماء والصابون → with water and soap, الرعاية الصحية → health care.
    // Not what a number or أحد counts (one of the cafés), nor a noun with a participle and its
    // complement after it, or a definite modifier the phrase did not take (the neighbourhoods
    // under the control of the regime).
    let generic =
      definite && head.enclitic == nil && complement == nil && !postnominal && !agentive
      && !(index > 0 && units[index - 1].wordClass == .number)
      && !(next < units.count && units[next].definite && units[next].proclitics.isEmpty
        && units[next].wordClass != .noun && units[next].wordClass != .name)
      && (plural
        && (head.source == .lexicon && depth == 0
          || (head.source == .lexicon || head.source == .glossary && head.category == "general")
            && adjectives.isEmpty)
        || !plural && head.wordClass == .noun && head.source != .place
          && rules.genericNouns.contains(String(Self.lastSpacedWord(english)))
          && !(next < units.count && units[next].wordClass == .relative))
    var determiner: DraftWord? = nil
    if let code = head.enclitic {
      determiner = word(Self.possessive(code), RuleTrail(.enclitic), head)
    } else if definite,
      head.category != "language"
        && (head.wordClass == .noun || head.wordClass == .adjective
          || head.wordClass == .name && head.source == .glossary && head.definite && Self.endsInCommonNoun(english))
        && !Self.startsWithDeterminer(english)
        && !generic
        // (Nor weapons, in the plural, that ب says something was done with: بالقذائف الصاروخية
        // → with rocket shells, بالأسلحة الخفيفة → with light weapons.)
        && !(plural && complement == nil && head.category == "weapon" && head.proclitics.last == "ب")
        // (Not a name that writes the Arabic article: Zaman al-Wasl, Al-Quds Al-Arabi.)
        && !(english.utf8.first.map({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) == true
          && (english.hasPrefix("Al-") || english.hasPrefix("Al ") || english.contains(" al-")))
    {
      // (A definite plural of the general vocabulary with nothing after it is generic: السوائل → fluids.)
      determiner = word("the", RuleTrail(.article), head)
    } else if head.wordClass == .name, head.source == .glossary, head.category != "language",
      english.first?.isUppercase == true, english.contains(" "), !Self.startsWithDeterminer(english),
      // (Not a name in quotes, which would hold the article: و"الجبهة الشامية" → and "Levant Front".)
      !(index > 0 && Self.isQuote(units[index - 1])),
      rules.articleNames.contains(Self.headWord(english).lowercased())
    {
      // A name whose head word is a common noun of its kind takes "the" in English (word-sets.tsv,
      // article_name): the United States, the Gaza Strip, the Security Council, the Syrian
      // Observatory for Human Rights (was "in United States"). A headline drops it with the other
      // articles.
      determiner = word("the", RuleTrail(.article), head)
    } else if head.source == .place, head.origin.hasPrefix(Self.descriptiveOrigin), english.first?.isLowercase == true,
      !english.hasPrefix("al-"), !Self.isRelativePlace(head), !Self.startsWithDeterminer(english)
    {
      // A descriptive place form is a common noun phrase: "the town of al-Sukhnah", "the eastern
      // Homs countryside" (its template carries no article).
      determiner = word("the", RuleTrail(.article), head)
    } else if !definite, !plural, head.wordClass == .noun, english.first?.isLowercase == true,
      // (A glossary noun of people with an adjective reading is still a noun: a civilian.)
      head.adjectiveEnglish == nil || head.source == .glossary,
      index + 1 >= units.count || !units[index + 1].definite || !units[index + 1].proclitics.isEmpty,
      compounded || !adjectives.isEmpty
        || !(index + 1 < units.count && units[index + 1].wordClass == .noun && units[index + 1].proclitics.isEmpty),
      index == 0 || ![.number, .adverb, .demonstrative, .pronoun, .question].contains(units[index - 1].wordClass)
        // (A noun with a preposition on it is not the one a number before it counts: قتل ثلاثة
        // بغارة جوية → three were killed in an airstrike.)
        || units[index - 1].wordClass == .number && head.hasPreposition
    {
      let first = (preposed.last?.english ?? english).lowercased()
      // (Not before a quantity's comparative: وقتا أكثر → more time; nor a mass noun: by gunfire,
      // with live ammunition.)
      if first != "more" && first != "less" && first != "fewer",
        !rules.massNouns.contains(String(Self.lastSpacedWord(english)))
      {
        determiner = word(Self.takesAn(first) ? "an" : "a", RuleTrail(.article), head)
      }
    }
    let namedSettlement =
      complement.map { complement in
        complementIsName && preposed.isEmpty && head.enclitic == nil && head.proclitics.allSatisfy { $0 != "ل" }
          && rules.settlementOfNouns.contains(headWord.english.lowercased())
          && complement.words.first(where: { $0.english != "the" }).map {
            $0.english.first?.isUppercase == true || $0.english.hasPrefix("al-")
          } == true
      } ?? false
    if let complement, namedSettlement {
      // A settlement noun of word set settlement_of_noun before a name the gazetteer does not
      // describe is "the town of" it, as the press writes it: في قرية الزعفرانة → in the village of
      // al-Zaafarana (was "al-Zaafarana village"); بلدة الغدفة → the town of al-Ghadfa.
      // (Another determiner stays: this village of …)
      let kept = determiner.flatMap { ["the", "a", "an"].contains($0.english) ? nil : $0 }
      words.append(kept ?? word("the", RuleTrail(.idafa), head))
      words.append(headWord)
      words.append(word("of", RuleTrail(.idafa), head))
      var inner = complement.words.filter { $0.english != "the" }
      for i in inner.indices { inner[i].rule.append(.idafa, rules: rules) }
      words.append(contentsOf: inner)
    } else if let complement, complementIsName {
      // جيش النظام → the regime army; a proper name takes no article (مقاتلو التنظيم → ISIS fighters).
      // (Also a settlement's name with its article, as the press writes it: بلدة الغدفة → al-Ghadfa
      // town.)
      let properName =
        complement.words.first(where: { $0.english != "the" }).map {
          $0.english.first?.isUppercase == true
            || $0.english.hasPrefix("al-") && rules.settlementNouns.contains(Translator.classKey(head))
        } == true
      if let determiner, determiner.english != "a" && determiner.english != "an",
        determiner.english != "the" || !properName
      {
        words.append(determiner)
      } else if determiner == nil || determiner!.english == "a" || determiner!.english == "an" {
        if complement.words.first.map({ $0.english.first?.isLowercase == true }) == true, !properName {
          words.append(word("the", RuleTrail(.idafa), head))
        }
      }
      var inner = complement.words.filter { $0.english != "the" }
      for i in inner.indices { inner[i].rule.append(.idafa, rules: rules) }
      // (Appended one by one: no intermediate arrays.)
      words.append(contentsOf: inner)
      words.append(contentsOf: preposed.reversed())
      words.append(headWord)
    } else {
      if let determiner { words.append(determiner) }
      if !preposed.isEmpty, head.source == .glossary, headWord.english.hasPrefix("two ") {
        // (A dual's "two" before its adjectives: جنديين إسرائيليين → two Israeli soldiers.)
        var two = headWord
        two.english = "two"
        headWord.english.removeFirst(4)
        words.append(two)
      }
      words.append(contentsOf: preposed.reversed())
      words.append(headWord)
      if postnominal, let last = adjectives.last {
        words.append(last)
        // (Its complement goes with it when the phrase moves: قوات الأسايش التابعة للإدارة الذاتية
        // اعتقلت → Asayish forces affiliated to the Autonomous Administration arrested, was "…
        // belonging arrested to the Autonomous Administration".)
        if units[next].proclitics == ["ل"] || governsObject, units[next].isNominal, depth < 3 {
          let object = nounPhrase(units, at: next, depth: depth + 1)
          words += object.words
          next = object.end
        }
      }
      if let code = head.enclitic, head.wordClass == .name {
        words.append(word(Self.objectPronoun(code), RuleTrail(.enclitic), head))
      }
      if let complement {
        // (A head whose English ends in its preposition takes the complement as its object:
        // بتهمة التعامل مع قسد → on charges of collaborating with SDF.)
        // (A toll is "from" the event it counts: حصيلة ضحايا الانفجار → the death toll from the
        // explosion, was "of". A campaign's toll is what it did: حصيلة حملة التمشيط → the toll of
        // the sweep campaign.)
        let owner = units[index + 1 + adjectives.count]
        let tollFrom =
          Self.lastWord(english).map { $0.lowercased() == "toll" } == true
          && Self.lastWord(owner.english).map {
            rules.eventNouns.contains($0.lowercased()) && !Self.campaignNouns.contains($0.lowercased())
          } == true
        if !endsInPreposition { words.append(word(tollFrom ? "from" : "of", RuleTrail(.idafa), owner)) }
        // (What a noun of quantity counts is a plural in general: عدد الحالات → the number of
        // cases, نسبة الوفيات → the percentage of deaths, not "of the cases".)
        if head.category == "number", complement.plural, complement.words.first?.english == "the" {
          words += complement.words.dropFirst()
        } else {
          words += complement.words
        }
      }
    }
    if agentive, let participle = adjectives.last {
      words.append(participle)
      words.append(word("by", RuleTrail(units[next].origin, .passive), units[next]))
      let doer = nounPhrase(units, at: next + 1, depth: depth + 1)
      words += doer.words
      next = doer.end
    }
    return NounPhrase(words: words, plural: plural, end: next, human: head.human, generic: generic && determiner == nil)
  }

  /// Whether the unit at `index` can modify a compound head before it (see ``RuleBook/compoundHeads``):
  /// a singular noun of an action or event (a glossary event, military or casualty term,
  /// or a news verbal noun) with no clitics, not a person, with no complement after it.
  static func isCompoundModifier(_ units: [Unit], at index: Int, rules: RuleBook) -> Bool {
    let unit = units[index]
    guard unit.wordClass == .noun, !unit.plural, !unit.englishIsPlural, unit.proclitics.isEmpty,
      unit.enclitic == nil, !unit.human, unit.category != "time", !unit.english.isEmpty,
      unit.english.first?.isLowercase == true
    else { return false }
    let action =
      ["event", "military", "casualty"].contains(unit.category ?? "") || rules.verbalNouns[unit.key] != nil
    guard action else { return false }
    // (No complement of its own: عملية تفتيش المنازل → an operation of searching the houses.)
    if index + 1 < units.count, [.noun, .name].contains(units[index + 1].wordClass),
      units[index + 1].proclitics.isEmpty, units[index + 1].definite || units[index + 1].wordClass == .name
    {
      return false
    }
    return true
  }

  /// Whether an English name ends in a common noun (Russian army, regime forces: the last word
  /// in lower case), so that, written with the article in Arabic (الجيش الروسي), it takes "the".
  static func endsInCommonNoun(_ english: String) -> Bool {
    guard english.contains(" "), let last = english.split(separator: " ").last, let first = last.first else {
      return false
    }
    return first.isLowercase
  }

  /// The head word of an English name or noun phrase: its last word before " of " or " for ", if
  /// either is in it, else its last word (Security Council → Council; Syrian Observatory for Human
  /// Rights → Observatory; injuries of varying severity → injuries).
  ///
  /// - Complexity: O(*n*) in the length of `english`.
  static func headWord(_ english: String) -> Substring {
    let core =
      english.firstRange(of: " of ").map { english[..<$0.lowerBound] }
      ?? english.firstRange(of: " for ").map { english[..<$0.lowerBound] } ?? english[...]
    return core.split(separator: " ").last ?? core
  }

  static func startsWithDeterminer(_ english: String) -> Bool {
    english.hasPrefix("the ") || english.hasPrefix("a ") || english.hasPrefix("an ")
  }

  // MARK: Verbs

  /// A verb with its subject and object: VSO → SVO, passive without a subject, negation, tense.
  func verbClause(
    _ units: [Unit], at index: Int, negation: Unit?, clauseStart: Bool, question: Unit? = nil,
    subjectBefore: Bool = false,
    subjectPlural: Bool? = nil, subjectPronoun: String? = nil, resumptive: Bool = false,
    participleWithAgent: Bool = false, prepositionResumptive: Bool = false
  ) -> ([DraftWord], Int, hadSubject: Bool, plural: Bool, byAgent: Bool) {
    let verb = units[index]
    var features = verb.verb ?? VerbFeatures()
    var words = conjunctionWords(verb)
    func word(_ text: String, _ rule: String, _ source: Unit) -> DraftWord {
      word(text, RuleTrail(rule), source)
    }
    func word(_ text: String, _ rule: RuleTrail, _ source: Unit) -> DraftWord {
      DraftWord(
        english: text, start: source.span.lowerBound, end: source.span.upperBound, arabic: source.arabic, rule: rule)
    }
    if verb.proclitics.contains("س") { features.future = true }
    var base = verb.english
    if base.hasPrefix("be ") && features.passive {
      base = String(base.dropFirst(3))
    } else if verb.vocalizedPassive, features.perfect || !Self.activeImperfectHasDamma(verb) {
      // (English that is a passive already says so: يُعد → is considered, not "is been
      // considered"; one that is a state is no passive: حُرّ → was hot, not "was been hot".)
      if !base.hasPrefix("be ") {
        features.passive = true
      } else if base.hasSuffix("ed") || base.hasSuffix("en") {
        features.passive = true
        base = String(base.dropFirst(3))
      }
    }
    var next = index + 1
    /// The verb's English as a participle (its first word), and "by" and the doer when there is
    /// one: launched by gunmen; nil for no English.
    func participlePhrase(by agent: [DraftWord]?) -> [DraftWord]? {
      var parts = base.split(separator: " ").map(String.init)
      guard !parts.isEmpty else { return nil }
      parts[0] = rules.participle(rules.base(ofInflected: parts[0]))
      var phrase = parts.map { word($0, RuleTrail(verb.origin, .passive), verb) }
      if let agent {
        phrase.append(word("by", RuleTrail(.passive), verb))
        phrase += agent
      }
      return phrase
    }
    switch subjectPronoun {
    case "I": (features.person, features.plural) = (1, false)
    case "we": (features.person, features.plural) = (1, true)
    case "you": features.person = 2
    case "they": (features.person, features.plural) = (3, true)
    case "he", "she", "it": (features.person, features.plural) = (3, false)
    default: break
    }
    if let subjectPlural {
      // هذه الحملات لم تؤدي: the verb agrees with the noun phrase before it (3rd person).
      features.person = 3
      features.plural = subjectPlural
    }
    // A clause that describes the indefinite noun before it, its pronoun on the verb standing for
    // that noun (هجوم شنه مسلحون, بيان أصدرته الوزارة): the participle with "by" and the noun
    // phrase after the verb, its subject: an attack launched by gunmen (was "an attack launched
    // him gunmen").
    if negation == nil, question == nil, features.perfect, !features.passive, !verb.hasConjunction,
      !verb.hasPreposition, let code = verb.enclitic, code.hasPrefix("3MS") || code.hasPrefix("3FS"), index > 0,
      [.noun, .adjective].contains(units[index - 1].wordClass), !units[index - 1].definite,
      units[index - 1].enclitic == nil,
      // (Not a plural verb after people: they are its subject and the pronoun its object,
      // مجهولين استهدفوه → unidentified persons who targeted him.)
      !(units[index - 1].human && Self.verbAgreement(verb) == "mp")
    {
      let described = units[index - 1]
      if next < units.count, !units[next].hasPreposition, !units[next].hasConjunction,
        [.noun, .name].contains(units[next].wordClass)
      {
        let agent = nounPhrase(units, at: next)
        if let participle = participlePhrase(by: agent.words) {
          return (words + participle, agent.end, true, features.plural, false)
        }
      } else if described.category != "time", described.value == nil,
        // (With no noun phrase after it, the participle alone: في عملية أمنية نفذتها بالتعاون مع
        // الأسايش → in a security operation carried out in cooperation with Asayish, was "I carried
        // it out"; في هجوم شنه أمس على القرية → in an attack launched yesterday on the village. Not
        // after a time or a count; the verb of the 3rd person, or in ت with ها for a noun in ة
        // (بيانا أصدرته, ت with ه, may be "I issued"); one word, not a phrase (فجر نفسه).)
        features.person == 3
          || verb.key.dropLast(Translator.encliticLetters(code).count).hasSuffix("ت") && code.hasPrefix("3FS")
            && KeyedTokens.endsInTaMarbuta(Array(described.arabic.utf16)),
        !verb.key.contains(" "), !base.hasPrefix("be "),
        next >= units.count || !units[next].isNominal && units[next].wordClass != .latin || units[next].hasPreposition,
        let participle = participlePhrase(by: nil)
      {
        return (words + participle, next, true, features.plural, false)
      }
    }
    // A passive's governed preposition written apart gives way to its noun phrase, the English
    // subject (ألقي القبض على شاب → a young man was arrested, was "he was arrested young man"), or
    // to its pronoun (ألقي القبض عليهم → they were arrested). Not where the English keeps the
    // preposition (open fire on).
    if features.passive, !subjectBefore, subjectPronoun == nil, next < units.count,
      units[next].wordClass == .preposition, units[next].proclitics.isEmpty,
      units[next].role == "governed:" + units[next].arabic,
      !Translator.prepositionWords.contains(String(base.split(separator: " ").last ?? ""))
    {
      if let code = units[next].enclitic, let person = code.first?.wholeNumberValue {
        features.person = person
        features.plural = code.contains("P") || code.contains("D")
        features.feminine = code.contains("F")
        next += 1
      } else if units[next].enclitic == nil, next + 1 < units.count, units[next + 1].isNominal,
        !units[next + 1].hasPreposition
      {
        next += 1
      }
    }
    // An adverb between the verb and a noun phrase that can be its subject (word set mid_adverb)
    // goes with the verb, and the subject is after it: لوحظ أيضا الإسهال → diarrhea was also
    // noticed (was "he was noticed also the diarrhea"). Given back when no subject follows.
    var midAdverb: Unit? = nil
    // (The preposition that carries a relative clause's pronoun says nothing here: the caller has
    // put it before the relative word, or the verb's English ends in it.)
    if prepositionResumptive, next == index + 1 { next += 1 }
    if !subjectBefore, subjectPronoun == nil, next == index + 1, next + 1 < units.count,
      units[next].wordClass == .adverb, units[next].proclitics.isEmpty, units[next].enclitic == nil,
      rules.midAdverbs.contains(units[next].english.lowercased()), !units[next + 1].hasPreposition,
      !units[next + 1].hasConjunction, [.noun, .name, .number].contains(units[next + 1].wordClass)
    {
      midAdverb = units[next]
      next += 1
    }
    let subjectAt = midAdverb == nil && !prepositionResumptive ? index + 1 : next
    // Subject noun phrase right after the verb.
    var subject: NounPhrase? = nil
    var negationOnSubject = false
    let bareVerb = verb.enclitic.map { verb.key.dropLast(Translator.encliticLetters($0).count) } ?? Substring(verb.key)
    // A quoted group right after the verb is its subject: أعدمت "هيئة تحرير الشام" رجلاً → "HTS"
    // executed a man (was 'I executed "HTS"'). (The name in quotes, a glossary group or a name.)
    var quotedSubject: NounPhrase? = nil
    if !subjectBefore, subjectPronoun == nil, next + 2 < units.count, Self.isQuote(units[next]),
      units[next + 1].proclitics.isEmpty, [.noun, .name].contains(units[next + 1].wordClass),
      units[next + 1].wordClass == .name || ["actor", "organization"].contains(units[next + 1].category ?? "")
    {
      var inner = nounPhrase(units, at: next + 1)
      if inner.end < units.count, Self.isQuote(units[inner.end]) {
        inner.words = draftWords([units[next]]) + inner.words + draftWords([units[inner.end]])
        inner.end += 1
        quotedSubject = inner
      }
    }
    // A subject opened by أي (any) before its noun: "no" with the verb's negation, else "any".
    // The noun is one of people or of a body that acts (word set agent_noun, actors and
    // organizations), and agrees with the verb as written: ت with a noun in ة, ي or a perfect
    // without ت with one without (لم تملك أي مال is "she had no money": مال is the object).
    let anyQuantified =
      !subjectBefore && subjectPronoun == nil && next + 1 < units.count && units[next].proclitics.isEmpty
      && ExactKey.sameBytes(units[next].key, "اي") && units[next + 1].proclitics.isEmpty
      && [.noun, .name].contains(units[next + 1].wordClass)
      && anySubjectAgrees(verb: verb, features: features, bareVerb: bareVerb, noun: units[next + 1])
    // A quantifier before a noun right after the verb (بعض, كل, جميع, معظم, أغلب, عدة: word set
    // subject_quantifier) opens its subject.
    // (A phrase of quantity with the group as a pronoun on its من is the whole subject: أصيب
    // العديد منهم → many of them were wounded.)
    let quantityOfPronoun =
      !subjectBefore && subjectPronoun == nil && next < units.count && units[next].proclitics.isEmpty
      && units[next].enclitic != nil && units[next].source == .glossary && units[next].category == "number"
      && units[next].english.hasSuffix(" of") && !Self.writtenWithTanweenFath(units[next])
    let quantifierSubject =
      quantityOfPronoun
      || !subjectBefore && subjectPronoun == nil && next + 1 < units.count && units[next].proclitics.isEmpty
        && units[next].enclitic == nil
        // (Not one written in the accusative, the object: استهدفت عدداً من الأحياء.)
        && !Self.writtenWithTanweenFath(units[next])
        && units[next].key.unicodeScalars.prefix(while: { $0 != " " }).last != "ا"
        && (rules.subjectQuantifiers.contains(units[next].key)
          // (Also a glossary phrase of quantity: العديد من المسؤولين → many officials, عدد من.)
          // (Not "more": يريد المزيد من المال, the object, is said more often.)
          || units[next].source == .glossary && units[next].category == "number" && units[next].english != "more"
            && (units[next].wordClass == .adverb
              || units[next].wordClass == .preposition && units[next].english.hasSuffix(" of")))
        && units[next + 1].proclitics.isEmpty
        && [.noun, .name].contains(units[next + 1].wordClass)
        // (Not a time: كل يوم, بعض الوقت say when or how long.)
        && units[next + 1].category != "time"
        && !(Self.lastWord(units[next + 1].english).map { rules.durationNouns.contains($0.lowercased()) } ?? false)
    // ت is 3rd person feminine as well as 2nd person (نفذت الطائرات, تستهدف القوات): with a noun after it, 3rd.
    if subjectPronoun == nil, !subjectBefore, features.person != 3, !features.plural, next < units.count,
      !units[next].hasPreposition, !units[next].hasConjunction,
      [.noun, .name].contains(units[next].wordClass) || quotedSubject != nil
        || units[next].wordClass == .latin && units[next].english.first.map { $0.isUppercase || $0.isNumber } == true
        // (Also a noun of quantity: بلغت نسبة الوفيات → the death rate reached, was "I reached"; and
        // a quantifier before a noun: لم تتبن أي جهة → no party claimed, was "you did not adopt".)
        || anyQuantified || quantifierSubject && !features.perfect
        || units[next].wordClass == .number && units[next].category == "number"
          && (units[next].value == nil || rules.quantityWords.contains(units[next].english)),
      // (ت after a conjunction, وتستهدف; not the ت of a stem after the ا of "I", أتكلم.)
      bareVerb.hasSuffix("ت") || verb.key.hasPrefix("ت")
        || !verb.key.hasPrefix("ا") && verb.key.dropFirst().hasPrefix("ت")
    {
      features.person = 3
      features.feminine = true
    }
    var thingPronoun = false
    // A perfect in ت after a comma that follows a noun phrase is its 3rd person feminine, not "I":
    // شنت الطائرات غارات على البلدة، أسفرت عن مقتل شخصين → …, it resulted in (was "I resulted").
    if subjectPronoun == nil, !subjectBefore, features.person == 1, !features.plural, features.perfect,
      bareVerb.hasSuffix("ت"), index >= 2, units[index - 1].wordClass == .punctuation, units[index - 1].english == ",",
      units[..<(index - 1)].contains(where: { [.noun, .name].contains($0.wordClass) && $0.category != "time" })
    {
      features.person = 3
      features.feminine = true
      thingPronoun = true
    }
    // تعرف with nothing after it: "you know" (a question, a conversation) rather than "she knows";
    // not with its subject before it (مظاهرة تطالب بـ → a demonstration demands, was "demand").
    if !subjectBefore, !anyQuantified, !quantifierSubject, features.person == 3, features.feminine, !features.perfect,
      verb.key.hasPrefix("ت") || verb.key.dropFirst().hasPrefix("ت"),
      next >= units.count || !units[next].isNominal || units[next].hasPreposition
    {
      features.person = 2
    }
    // So is a present in ت after a comma that follows a noun phrase, in a line that speaks to no
    // one (no "you" in it): تشهد المدينة أزمة خبز، تتجلى في طوابير طويلة → …, it shows in long
    // queues (was "you become clear").
    if subjectPronoun == nil, !subjectBefore, features.person == 2, !features.plural, !features.perfect,
      verb.key.hasPrefix("ت") || verb.key.dropFirst().hasPrefix("ت"), index >= 2,
      units[index - 1].wordClass == .punctuation, units[index - 1].english == ",",
      units[..<(index - 1)].contains(where: { [.noun, .name].contains($0.wordClass) && $0.category != "time" }),
      !Self.addressesSomeone(units)
    {
      features.person = 3
      features.feminine = true
      thingPronoun = true
    }
    if !subjectBefore, features.person == 3, let quoted = quotedSubject {
      subject = quoted
      next = quoted.end
    } else if !subjectBefore, features.person == 3, next < units.count, !units[next].hasPreposition,
      !units[next].hasConjunction,
      // (A verb that writes its plural subject in its ending has no noun subject after it: a verb
      // before its subject is singular, قال المسؤولون; يتكلمون الأمازيغية → they speak Berber.)
      !(verb.verb?.plural == true && verb.verb?.person == 3),
      [.noun, .name, .number, .adjective, .demonstrative].contains(units[next].wordClass)
        // (A name in Latin letters too: يمثل WIV1 الفيروس → WIV1 represents the virus.)
        || units[next].wordClass == .latin && units[next].english.first.map { $0.isUppercase || $0.isNumber } == true,
      !Self.isAccusative(units[next]), !isOblique(units[next])
    {
      var phrase = nounPhrase(units, at: next)
      // (A quantity, or a noun of quantity with من: وصفت مجموعة من الباحثين → a group of researchers
      // described. Also one indefinite noun of people or of a group, من and a definite noun or a
      // name: أطلق عناصر من الأمن النار على المتظاهرين → members of the security opened fire on the
      // protesters, was "members opened fire on from the security the protesters". After a
      // quantity whose definite noun has told what it counts, or before a place, it is where they
      // come from: نزحت مئات العائلات من القرية → hundreds of families from the village fled.)
      let head = units[subjectAt]
      let groupOfNoun =
        phrase.end == subjectAt + 1 && head.wordClass == .noun && !head.definite && head.enclitic == nil
        && (head.human || Self.namesGroup(head))
        && phrase.end + 1 < units.count
        && namesGroupAfterMin(units, at: phrase.end + 1)
      if head.wordClass == .number || rules.quantityWords.contains(head.english) && head.english != "members"
        || groupOfNoun
      {
        let counted =
          phrase.end - 1 > index + 1 && units[phrase.end - 1].definite && units[phrase.end - 1].wordClass == .noun
        extendPartitive(&phrase, units, from: counted)
      }
      // (The subject's abbreviation in quotes after it goes with it: نفذت قوات سوريا الديمقراطية
      // "قسد" عملية → SDF carried out an operation, was "SDF carried out "SDF"".)
      if phrase.end + 2 < units.count, Self.isQuote(units[phrase.end]), Self.isQuote(units[phrase.end + 2]),
        let last = phrase.words.last, !units[phrase.end + 1].english.isEmpty,
        last.english.lowercased().hasSuffix(units[phrase.end + 1].english.lowercased())
      {
        phrase.end += 3
      }
      // Subjects joined by و are one subject, of people or groups alike: قال الوزير والسفير إن →
      // the minister and the ambassador said that (was "the minister said and the ambassador");
      // قصفت قوات النظام والميليشيات القرية → the regime forces and the militias shelled the village.
      func agent(_ unit: Unit) -> Bool {
        unit.human || unit.wordClass == .name || Self.namesGroup(unit)
          || ["actor", "organization"].contains(unit.category ?? "")
      }
      if agent(units[subjectAt]) {
        while phrase.end < units.count, units[phrase.end].proclitics == ["و"], units[phrase.end].enclitic == nil,
          [.noun, .name].contains(units[phrase.end].wordClass), agent(units[phrase.end])
        {
          let joined = nounPhrase(units, at: phrase.end)
          guard joined.end > phrase.end else { break }
          phrase.words += joined.words
          phrase.end = joined.end
          phrase.plural = true
        }
      }
      // A relative clause on the subject goes with it, before the verb: ارتفعت حصيلة ضحايا الانفجار
      // الذي هز المدينة، مساء أمس، إلى ستة قتلى → the death toll from the explosion that shook the
      // city rose, yesterday evening, to six dead (was "rose which shook the city").
      if let clauseEnd = subjectRelativeClauseEnd(units, at: phrase.end, verb: verb, passive: features.passive) {
        let last = phrase.end - 1
        let start = units[phrase.end].span.lowerBound
        var clause = Array(draftWords(Array(units[last..<clauseEnd])).drop { $0.start < start })
        if let first = clause.first, first.english == "that" {
          clause[0].english = phrase.human || units[last].human ? "who" : "that"
        }
        phrase.words += clause
        phrase.end = clauseEnd
      }
      subject = phrase
      next = phrase.end
    } else if features.person == 3, anyQuantified {
      // لم تتبن أي جهة المسؤولية → no party claimed responsibility (was "you did not adopt any
      // party"); a negation goes onto the subject.
      // (The noun and its adjectives: a definite noun after it is the verb's object, لم تجر أي
      // دولة الاختبار → no state conducted the test, was "no the state of the testing".)
      let alone =
        next + 2 < units.count && units[next + 2].wordClass == .noun && units[next + 2].proclitics.isEmpty
        && (units[next + 2].definite || units[next + 2].enclitic != nil)
      var phrase =
        alone
        ? NounPhrase(
          words: draftWords([units[next + 1]]), plural: units[next + 1].plural, end: next + 2,
          human: units[next + 1].human)
        : nounPhrase(units, at: next + 1)
      let negated = negation.map { ["neg", "neg_past", "neg_future"].contains($0.role ?? "") } ?? false
      phrase.words.insert(word(negated ? "no" : units[next].english, units[next].origin, units[next]), at: 0)
      if negated {
        // (The tense the negation gave: لم يصدر أي تعليق → no comment was issued; لن → will.)
        negationOnSubject = true
        if negation?.role == "neg_past" { features.perfect = true }
        if negation?.role == "neg_future" { features.future = true }
      }
      subject = phrase
      next = phrase.end
    } else if !subjectBefore, features.person == 3, next + 1 < units.count, units[next].proclitics.isEmpty,
      units[next].category == "number", [.particle, .adverb, .preposition].contains(units[next].wordClass),
      units[next + 1].wordClass == .number, units[next + 1].proclitics.isEmpty
    {
      // A count qualified by "about", "more than" after the verb is its subject too: وأصيب أكثر من 15
      // آخرين → and more than 15 others were wounded (was "he was wounded more than 15 others").
      var phrase = nounPhrase(units, at: next + 1)
      extendPartitive(&phrase, units)
      phrase.words.insert(word(units[next].english, units[next].origin, units[next]), at: 0)
      subject = phrase
      next = phrase.end
    } else if !subjectBefore, features.person == 3, quantifierSubject {
      // A quantifier and its noun after the verb are its subject: عانى بعض المرضى من ضيق التنفس →
      // some patients suffered from shortness of breath (was "he suffered some patients"); كل
      // before a definite plural is "all", before a singular "every".
      let quantifier = units[next]
      if quantityOfPronoun, let code = quantifier.enclitic {
        // (منها, of things, is the feminine singular: its group is not people.)
        subject = NounPhrase(
          words: [
            word(quantifier.english, quantifier.origin, quantifier),
            word(Self.objectPronoun(code), RuleTrail(.enclitic), quantifier),
          ], plural: true, end: next + 1, human: code != "3FS" && code != "3MS")
        next += 1
      } else {
        var phrase = nounPhrase(units, at: next + 1)
        if let first = phrase.words.first?.english, first == "the" || first == "a" || first == "an" {
          phrase.words.removeFirst()
        }
        let english =
          ExactKey.sameBytes(Self.keyWithoutProclitics(quantifier), "كل")
          ? (phrase.plural || units[next + 1].definite ? "all" : "every") : quantifier.english
        phrase.words.insert(word(english, quantifier.origin, quantifier), at: 0)
        subject = phrase
        next = phrase.end
      }
    }
    let verbKey =
      verb.key.unicodeScalars.first.map { "وف".unicodeScalars.contains($0) } == true && verb.hasConjunction
      ? String(verb.key.dropFirst()) : verb.key
    // A verb of occurrence with an event for its subject (word set occurrence_verb): وقع انفجار →
    // an explosion took place, دارت اشتباكات → clashes took place (was "fell down", "revolved").
    // (Also with the event before it: قال إن الاشتباك وقع مساء أمس → the clash took place
    // yesterday evening, was "fell down".)
    let eventAt = subject != nil ? subjectAt : subjectBefore ? index - 1 : nil
    if let eventAt, eventAt >= 0, eventAt < units.count, !features.passive, rules.occurrenceVerbs.contains(verbKey),
      let head = Self.lastWord(units[eventAt].english), rules.eventNouns.contains(head.lowercased())
    {
      base = "take place"
    } else if subject != nil, !features.passive, rules.locationVerbs.contains(verbKey) {
      // The same verb in the imperfect with another subject says where it lies (word set
      // location_verb): تقع القرية شرق المدينة → the village lies east of the city.
      base = "lie"
    }
    // (Not when a noun phrase follows the subject with no preposition: that is the object, and
    // the verb active: اختطف مسلحون طبيبا → gunmen abducted a doctor.)
    // (Asides between commas may stand between them: اختطف مسلحون مجهولون، مساء أمس الأحد،
    // صيدلانياً → unidentified gunmen abducted, on Sunday evening, a pharmacist.)
    let objectAfterSubject =
      subject.map { phrase in
        let object = Self.skippingAsides(units, from: phrase.end)
        return object < units.count && units[object].proclitics.isEmpty
          && [.noun, .name, .number].contains(units[object].wordClass)
      } ?? false
    if !features.passive, features.perfect, let subject, rules.passiveWithoutSubject[verbKey] != nil,
      units[subjectAt].wordClass == .number || !units[subjectAt].definite, !objectAfterSubject
    {
      // قتل 30 عنصرا → 30 members were killed
      features.passive = true
      if base.hasPrefix("be ") { base = String(base.dropFirst(3)) }
      if !verb.english.hasPrefix("be ") {
        base = rules.passiveWithoutSubject[verbKey].map { verb.english.isEmpty ? $0 : verb.english } ?? base
      }
      features.plural = subject.plural
    }
    if let subject { features.plural = subject.plural || features.plural && units[subjectAt].wordClass != .noun }
    // A relative clause's verb with its subject after it and its pronoun standing for what the
    // clause describes, neither negated nor future: the participle and "by" (the caller drops the
    // relative word): الإجراءات التي أعلنتها الحكومة → the measures announced by the government.
    if resumptive, participleWithAgent, let subject, negation == nil, question == nil, !features.future,
      !base.hasPrefix("be "), verb.enclitic != nil
    {
      if let participle = participlePhrase(by: subject.words) {
        return (words + participle, next, true, features.plural, true)
      }
    }
    if subject == nil, midAdverb != nil {
      midAdverb = nil
      next = index + 1
    }
    let rule = verb.origin
    var verbWords = conjugate(
      base, features: features, negation: negationOnSubject ? nil : negation, explicitSubject: subject != nil)
    if let question, negation == nil, !features.passive, !base.hasPrefix("be"), verbWords.count == 1 {
      // هل تعرف → do you know
      let singularThird = features.person == 3 && !features.plural
      let auxiliary = features.perfect ? "did" : singularThird ? "does" : "do"
      words.append(word(auxiliary, RuleTrail(.verbInflection), question))
      verbWords = [base.split(separator: " ").map(String.init)].flatMap { $0 }
    }
    // A passive with nothing but a colon after it is a label: نُشر: 21 مايو → Published: 21 May
    // (was "He was published:").
    let label =
      features.passive && negation == nil && question == nil && subject == nil && !subjectBefore && clauseStart
      && !verb.hasConjunction && next < units.count && units[next].english == ":" && verbWords.count == 2
      && ["was", "were", "is", "are"].contains(verbWords[0])
    if label { verbWords.removeFirst() }
    // An English verb that ends in its preposition (arrive at, search for). Not a passive (was
    // taken control of), and not before the verb's own pronoun.
    // (Nor a verb whose governed preposition comes later: سيطرت القوات، فجر اليوم، على البلدة.)
    // (Nor a relative clause's, whose pronoun its preposition carried: which the worker is exposed to.)
    if !features.passive, !prepositionResumptive, verb.enclitic == nil, verb.role?.hasPrefix("governs:") != true,
      verbWords.count > 1, let last = verbWords.last, Translator.prepositionWords.contains(last)
    {
      if next >= units.count
        || units[next].wordClass == .punctuation && Translator.sentenceEnds.contains(units[next].english)
        || units[next].wordClass == .particle && units[next].role != "drop"
      {
        // With nothing for it to take: no preposition (وصل الوفد بعد أن … → the delegation arrived
        // after …, was "arrived at after").
        verbWords.removeLast()
      } else if next + 1 < units.count, units[next].wordClass == .preposition, units[next].proclitics.isEmpty,
        units[next].enclitic == nil, units[next].role?.hasPrefix("governed:") != true, units[next + 1].isNominal,
        !units[next + 1].hasPreposition,
        // (Only the prepositions verbs take, word set verb_preposition: not في, which says where
        // more often than it is a verb's, ينتظر في الطابور → waits in the line; nor بعد, وصل بعد ساعة.)
        rules.verbPrepositions.contains(units[next].key)
      {
        // Before an Arabic preposition written apart and its noun (a lexicon gloss: consist of,
        // become acquainted with): the Arabic preposition is the verb's, said by the English one
        // (تتألف اللجنة من عشرة أعضاء → the committee consists of ten members, was "consists of
        // from ten"; وصل الوفد الذي يضم ممثلين إلى دمشق → the delegation … arrived at Damascus).
        next += 1
      }
    }
    // With no subject, before an أن clause, a passive or a verb of seeming has "it": ذُكر أن →
    // it was reported that; يبدو أن → it seems that (was "he").
    // (An adverb may stand between: اتضح لاحقا أن → it later became clear that.)
    // (So may a phrase with its preposition: وُجد في البداية أنه → it was found at first that.)
    var clauseAt = next < units.count && units[next].wordClass == .adverb ? next + 1 : next
    if clauseAt + 1 < units.count, units[clauseAt].wordClass == .preposition, units[clauseAt].enclitic == nil,
      units[clauseAt].proclitics.isEmpty, [.noun, .name].contains(units[clauseAt + 1].wordClass)
    {
      clauseAt = nounPhrase(units, at: clauseAt + 1).end
    }
    if subject == nil, !subjectBefore, features.person == 3, !features.plural, clauseAt < units.count,
      units[clauseAt].wordClass == .complementizer, units[clauseAt].proclitics.isEmpty,
      Self.keyWithoutProclitics(units[clauseAt]).hasPrefix("ان"),
      features.passive || rules.impersonalVerbs.contains(verbCitation(verb))
    {
      thingPronoun = true
    }
    // A passive of the 3rd person masculine with no subject is impersonal unless what it says is
    // done to people: يُستخدم لتأكيد الحالات → it is used to confirm the cases (was "he is used");
    // أُصيب بجروح keeps "he was wounded". (Not after أن: its subject is the one before, سامي لا
    // يستحق أن يُطرد.)
    if subject == nil, !subjectBefore, features.passive, features.person == 3, !features.plural, !features.feminine,
      !isDoneToPeople(base),
      !(index > 0 && units[index - 1].wordClass == .complementizer
        && Self.keyWithoutProclitics(units[index - 1]).hasPrefix("ان"))
    {
      thingPronoun = true
    }
    if let subject {
      words += subject.words
    } else if label {
      // (No pronoun: the label names what the line gives.)
    } else if !subjectBefore && (clauseStart || features.person != 3 || features.plural) {
      // No expressed subject: the pronoun of the verb's person.
      if !(features.passive && negation == nil && clauseStart == false) {
        words.append(word(thingPronoun ? "it" : Self.subjectPronoun(features), RuleTrail(.subjectPronoun), verb))
      }
    }
    let ruleCitation =
      RuleTrail(rule, features.passive ? .passive : subject != nil ? .vsoSvo : .verbInflection)
    // (The adverb after the first auxiliary and its "not", or before a verb of one word.)
    let adverbAfter =
      midAdverb == nil ? -1 : verbWords.count == 1 ? 0 : verbWords.count > 2 && verbWords[1] == "not" ? 2 : 1
    for (i, text) in verbWords.enumerated() {
      if i == adverbAfter, let midAdverb { words += draftWords([midAdverb]) }
      let source = i == 0 && negation != nil && verbWords.count > 1 ? negation! : verb
      let negated =
        i == 0 && negation != nil && negation!.role != "may"
        && Self.perfectAuxiliary(negation!.role, singular: true) == nil
      words.append(word(text, negated ? RuleTrail(.negation) : ruleCitation, source))
    }
    // An English "oneself" (فجر نفسه → blow oneself up) is the reflexive of the pronoun on the
    // verb, which says nothing else: a suicide bomber blew himself up (was "blew oneself him up").
    var reflexive = false
    if let code = verb.enclitic, let at = words.lastIndex(where: { $0.english == "oneself" }) {
      words[at].english = Self.reflexivePronoun(code)
      reflexive = true
    }
    // (The pronoun of a relative clause's verb with its subject after it stands for what the
    // clause describes: English says nothing for it. Without a subject it may be the object:
    // الرجل الذي قتله → the man who killed him.)
    if let code = verb.enclitic, !(resumptive && subject != nil), !reflexive {
      // (Before the particle of a phrasal verb: take him away, was "take away him".)
      let pronoun = word(Self.objectPronoun(code), RuleTrail(.enclitic), verb)
      if verbWords.count > 1, let last = verbWords.last, rules.phrasalParticles.contains(last),
        words.last?.english == last
      {
        words.insert(pronoun, at: words.count - 1)
      } else {
        words.append(pronoun)
      }
    }
    return (words, next, subject != nil, features.plural, false)
  }

  /// Whether the noun after أي can be the subject of the verb before it (see `anyQuantified` in
  /// ``verbClause(_:at:negation:clauseStart:question:subjectBefore:subjectPlural:subjectPronoun:)``):
  /// a noun of people or of a body that acts, in the gender the verb is written in.
  func anySubjectAgrees(verb: Unit, features: VerbFeatures, bareVerb: Substring, noun: Unit) -> Bool {
    let english = noun.english.lowercased()
    guard
      rules.isHuman(english) || rules.agentNouns.contains(Self.lastWord(english).map(String.init) ?? english)
        || Self.namesGroup(noun)
    else { return false }
    let key = verb.hasConjunction ? Substring(verb.key).dropFirst() : Substring(verb.key)
    let feminineNoun = KeyedTokens.endsInTaMarbuta(Array(noun.arabic.utf16))
    if features.perfect {
      guard features.person == 3 || bareVerb.hasSuffix("ت") else { return false }
      return bareVerb.hasSuffix("ت") == feminineNoun
    }
    if key.hasPrefix("ت") { return feminineNoun }
    if key.hasPrefix("ي") { return !feminineNoun }
    return false
  }

  /// Where what is said to be believed starts, when the unit at `index` is the passive of
  /// believing (word set belief_passive) with أن and a pronoun of the 3rd person on it (one
  /// glossary phrase, يعتقد أنهم, or the verb and أن) after an indefinite noun phrase, perhaps with
  /// a comma between: مسلحين مجهولين، يعتقد أنهم من داعش. Nil otherwise.
  func beliefPredicate(_ units: [Unit], at index: Int) -> Int? {
    let unit = units[index]
    guard index > 0, unit.proclitics.isEmpty, [.verb, .other, .particle, .adverb].contains(unit.wordClass)
    else { return nil }
    // (The first word looked up before the key is split: most units are no belief.)
    guard rules.beliefPassives.contains(String(unit.key.prefix { $0 != " " })) else { return nil }
    let words = unit.key.split(separator: " ")
    var predicateAt = index + 1
    if words.count == 2 {
      guard words[1].hasPrefix("ان"), unit.enclitic?.hasPrefix("3") == true else { return nil }
    } else {
      guard words.count == 1, unit.enclitic == nil, index + 1 < units.count else { return nil }
      let complementizer = units[index + 1]
      guard complementizer.wordClass == .complementizer, complementizer.proclitics.isEmpty,
        Self.keyWithoutProclitics(complementizer).hasPrefix("ان"),
        complementizer.enclitic?.hasPrefix("3") == true
      else { return nil }
      predicateAt += 1
    }
    var before = index - 1
    if before > 0, units[before].wordClass == .punctuation, units[before].english == "," { before -= 1 }
    let noun = units[before]
    guard [.noun, .adjective].contains(noun.wordClass), !noun.definite, noun.enclitic == nil,
      predicateAt < units.count, units[predicateAt].wordClass != .punctuation
    else { return nil }
    return predicateAt
  }

  /// The English prepositions said before a relative word ("in which") when they carry the
  /// pronoun of a relative clause and the verb does not govern them.
  static let relativePrepositions: Set<String> = ["in", "on", "from", "with", "to", "at", "into", "for"]

  /// Where a relative clause that opens right after a verb's subject ends, when it is the
  /// subject's and goes before the verb in English (see `verbClause`); nil for no such clause.
  /// The clause opens with its relative word and a verb (a negation may stand between), holds no
  /// quotation, no second sentence and no other relative word, and ends:
  /// - for a passive or a verb that takes no object (word set `intransitive_verb`), at its comma;
  ///   for the second also at the end of the sentence when the clause has one verb, and for a
  ///   verb of change (`change_verb`) at إلى;
  /// - for another verb, at its comma when the verb's object follows it (a time and its comma may
  ///   come between): its object is then not inside the clause.
  ///
  /// - Complexity: O(*n*) in the number of units after `start`, at most 25 looked at.
  func subjectRelativeClauseEnd(_ units: [Unit], at start: Int, verb: Unit, passive: Bool) -> Int? {
    guard start + 1 < units.count, units[start].wordClass == .relative, units[start].proclitics.isEmpty,
      units[start].enclitic == nil
    else { return nil }
    var verbAt = start + 1
    if units[verbAt].wordClass == .negation { verbAt += 1 }
    guard verbAt < units.count, !units[verbAt].hasConjunction,
      units[verbAt].wordClass == .verb || rules.kanaForms.contains(units[verbAt].key)
    else { return nil }
    let citation = verbCitation(verb)
    let intransitive = !passive && rules.intransitiveVerbs.contains(citation)
    let takesNoObject = passive || intransitive
    let change = !passive && rules.changeVerbs.contains(citation)
    // (The end of the sentence ends it only for a verb that takes nothing after it, and a clause
    // of one verb: a passive's complement may be there, أصيب ابن شقيقه الذي كان برفقته بجروح.)
    var alone = true
    var at = verbAt + 1
    while at < units.count, at < start + 25 {
      let unit = units[at]
      if unit.wordClass == .verb { alone = false }
      if unit.wordClass == .punctuation {
        // (Not a comma right after the clause's verb: an aside inside the clause opens there,
        // الذي ضرب، ظهر أمس، منطقة السوق.)
        if unit.english == "," {
          guard at > verbAt + 1 || units[verbAt].enclitic != nil else { return nil }
          return takesNoObject || Self.objectAfterComma(units, at: at) ? at : nil
        }
        if Self.isQuote(unit) { return nil }
        return intransitive && alone && Translator.sentenceEnds.contains(unit.english) ? at : nil
      }
      if unit.wordClass == .relative { return nil }
      if change, unit.wordClass == .preposition, unit.proclitics.isEmpty, ExactKey.sameBytes(unit.key, "الي") {
        return at
      }
      at += 1
    }
    return intransitive && alone && at == units.count ? at : nil
  }

  /// Whether a noun phrase with no preposition follows the comma at `comma`, after any time and
  /// its own comma: the object of a verb whose subject's clause the comma closes.
  static func objectAfterComma(_ units: [Unit], at comma: Int) -> Bool {
    var at = comma + 1
    let time = timeRunEnd(units, from: at)
    if time > at, time < units.count, units[time].wordClass == .punctuation, units[time].english == "," {
      at = time + 1
    }
    return at < units.count && opensObject(units[at])
  }

  /// The index after the run of time words that starts at `start` (with the numbers of a date:
  /// الخميس 15 أيلول 2022); `start` when none.
  /// - Complexity: O(*k*), *k* the units of the run.
  static func timeRunEnd(_ units: [Unit], from start: Int) -> Int {
    var time = start
    while time < units.count,
      units[time].category == "time" && units[time].proclitics.isEmpty
        || time > start && units[time].wordClass == .number && units[time - 1].category == "time"
    {
      time += 1
    }
    return time
  }

  /// Whether a unit can open a verb's object: a noun, name or number with no proclitic that says no
  /// time.
  /// - Complexity: O(1).
  static func opensObject(_ unit: Unit) -> Bool {
    unit.proclitics.isEmpty && unit.category != "time" && [.noun, .name, .number].contains(unit.wordClass)
  }

  /// The index after the asides between commas that start at `start` (، المبايع لتنظيم داعش،
  /// مساء أمس الاثنين،): each up to eight units with no verb and no و between two commas, the one
  /// closing an aside opening the next; `start` when there is none. A comma before what can open
  /// an object (``opensObject(_:)``) opens no aside: the index after it is the object's.
  ///
  /// A time said with no comma before it and one after it is an aside too (صباح اليوم الثلاثاء،
  /// ثلاثة شبان: the index of ثلاثة).
  ///
  /// - Complexity: O(*k*), *k* the units of the asides.
  static func skippingAsides(_ units: [Unit], from start: Int) -> Int {
    var at = start
    var end = start
    let time = timeRunEnd(units, from: start)
    if time > start, time < units.count, units[time].english == ",", units[time].wordClass == .punctuation {
      at = time + 1
      end = time + 1
    }
    while at < units.count, units[at].english == ",", units[at].wordClass == .punctuation {
      // (The first noun phrase after a comma that says no time is the object: the comma that
      // closes it is no aside's, اختطف مسلحون، مساء أمس، شاباً من البلدة، وطالبوا بفدية.)
      if at + 1 < units.count, opensObject(units[at + 1]) { return at + 1 }
      guard
        let close = units[(at + 1)..<min(units.count, at + 10)].firstIndex(where: {
          $0.wordClass == .verb || $0.hasConjunction || $0.english == "," && $0.wordClass == .punctuation
        }), close > at + 1, units[close].wordClass == .punctuation
      else { break }
      at = close
      end = close + 1
    }
    return end
  }

  /// Whether a noun or adjective is written as a sound plural or dual with its nun (مسلحون,
  /// عنصرين, مدنيان): such a word is never the first term of a construct (that would be مسلحو),
  /// so a definite noun after it is not its complement (أطلق مسلحون مجهولون النار → not "gunmen of
  /// the fire"). Broken plurals that end the same way (فنون, شؤون, ميادين) have no plural suffix
  /// in the lexicon and keep their construct.
  func hasPluralNun(_ unit: Unit) -> Bool {
    let key = unit.key
    guard key.hasSuffix("ون") || key.hasSuffix("ين") || key.hasSuffix("ان") else { return false }
    // (The last word of a multiword term: مسلحون مجهولون.)
    let word = Self.keyWithoutProclitics(unit).split(separator: " ").last.map(String.init) ?? ""
    let readings = rankedAnalyses(word)
    guard let noun = readings.first(where: { !$0.isVerb }) else { return false }
    return noun.tags.contains {
      ($0.hasPrefix("NSUFF_MASC_PL") || $0.hasPrefix("NSUFF_MASC_DU") || $0.hasPrefix("NSUFF_FEM_DU"))
        && !$0.hasSuffix("_POSS")
    }
  }

  /// Whether a noun is written as a dual (الطرفين, مدنيان): a lexicon reading has a dual suffix
  /// and none the sound masculine plural's, written the same way (المدنيين).
  func isDual(_ unit: Unit) -> Bool {
    let key = Self.keyWithoutProclitics(unit)
    guard key.hasSuffix("ين") || key.hasSuffix("ان"), !key.contains(" ") else { return false }
    // (Only a dual: -ين is also the sound masculine plural, المدنيين.)
    let nouns = rankedAnalyses(key).filter { !$0.isVerb }
    return nouns.contains { $0.tags.contains { $0.hasPrefix("NSUFF_MASC_DU") || $0.hasPrefix("NSUFF_FEM_DU") } }
      && !nouns.contains { $0.tags.contains { $0.hasPrefix("NSUFF_MASC_PL") } }
  }

  /// Time words that make the indefinite noun after them a time, not a thing a verb can describe.
  static let temporalPrepositions: Set<String> = ["بعد", "قبل", "منذ", "خلال", "طوال", "لمدة", "حين", "حينما", "ريثما"]

  /// The head of the indefinite noun phrase that ends right before the verb at `index`, when the
  /// verb describes it (see the verb case of the structural stage): a plain noun, perhaps with
  /// adjectives after it, with no pronoun on it, not a number, not a time, and no definite noun
  /// phrase (the verb's own subject) after the verb.
  static func describedNoun(_ units: [Unit], before index: Int) -> Int? {
    guard index > 0, index + 1 < units.count else { return nil }
    var head = index - 1
    while head > 0, units[head].wordClass == .adjective, !units[head].definite, units[head].proclitics.isEmpty {
      head -= 1
    }
    // A verb of the 3rd person (or a perfect in ت, which is also 3rd person feminine), not a
    // future (سـ): comparatives and names the lexicon also reads as verbs (أكثر, سارس) are not.
    let verb = units[index]
    guard let features = verb.verb, !features.future, !verb.proclitics.contains("س") else { return nil }
    let written = keyWithoutProclitics(verb)
    if features.perfect {
      guard features.person == 3 || written.hasSuffix("ت") else { return nil }
      // أفعل (four letters, the first alef): after an indefinite noun, the comparative or the
      // adjective of that pattern (وقتا أكثر, نظرة أفضل), not the verb (he increased, bestowed).
      guard !(written.unicodeScalars.count == 4 && written.hasPrefix("ا")) else { return nil }
    } else {
      guard written.hasPrefix("ي") || written.hasPrefix("ت") else { return nil }
    }
    let noun = units[head]
    guard noun.wordClass == .noun, !noun.definite, noun.enclitic == nil, noun.category != "time",
      noun.value == nil, !noun.hasConjunction, !temporalPrepositions.contains(noun.key)
    else { return nil }
    let next = units[index + 1]
    if next.isNominal, !next.hasPreposition, next.definite || next.wordClass == .name { return nil }
    return head
  }

  /// How a verb of the 3rd person agrees, read from its letters: "m" (يفعل, فعل), "f" (تفعل, فعلت),
  /// "mp" (يفعلون, فعلوا), "md" (يفعلان, فعلا) or "fd" (تفعلان, فعلتا); nil for a verb of the 1st
  /// person (نفعل, أفعل) or of the 2nd plural (تفعلون), a passive, or a unit that is not a verb.
  /// (ت of the imperfect singular is also the 2nd person: "f" all the same, as the verb before
  /// decides.)
  static func verbAgreement(_ unit: Unit) -> String? {
    guard unit.wordClass == .verb, let features = unit.verb, !features.passive else { return nil }
    var written = Substring(keyWithoutProclitics(unit))
    if let code = unit.enclitic { written = written.dropLast(Translator.encliticLetters(code).count) }
    if features.perfect {
      // (The alef of وا is not written before a pronoun: استهدفوه.)
      if written.hasSuffix("وا") || unit.enclitic != nil && written.hasSuffix("و") { return "mp" }
      if written.hasSuffix("تا") { return "fd" }
      if written.hasSuffix("ت") { return "f" }
      if written.hasSuffix("ا") { return "md" }
      return written.unicodeScalars.count >= 3 ? "m" : nil
    }
    guard written.hasPrefix("ي") || written.hasPrefix("ت") else { return nil }
    let masculine = written.hasPrefix("ي")
    if written.hasSuffix("ون") || written.hasSuffix("وا") { return masculine ? "mp" : nil }
    if written.hasSuffix("ان") || written.hasSuffix("ا") { return masculine ? "md" : "fd" }
    return masculine ? "m" : "f"
  }

  /// Whether a verb joined by و (at `index`) shares the subject of the clause's verb before it,
  /// whose agreement was `previous`, so that the noun phrase after it is its object: it agrees the
  /// same way, is active, is not a news verb that a count or a person after it makes passive (وقتل
  /// 3 → and 3 were killed), and an indefinite noun phrase, not a name or a group, follows it (قسد تشن حملة
  /// وتعتقل عشرات الشبان → SDF launches a campaign and arrests dozens of young men, was "and dozens
  /// of young men arrest"; هاجمت القوات القرية وفرت العائلات keeps the families as the subject).
  /// (A verb before its subject is singular: after a masculine singular verb whose subject was
  /// plural, a masculine plural one shares it too, اختطف مسلحون شاباً واقتادوه → gunmen abducted a
  /// young man and took him away, was "and they took him away".)
  func sharesSubjectByAgreement(
    _ units: [Unit], at index: Int, with previous: String?, subjectPlural: Bool = false
  ) -> Bool {
    let unit = units[index]
    guard let previous, unit.proclitics == ["و"], index + 1 < units.count, let features = unit.verb else {
      return false
    }
    let agreement = Self.verbAgreement(unit)
    guard agreement == previous || previous == "m" && subjectPlural && agreement == "mp" else { return false }
    let next = units[index + 1]
    if features.perfect, next.wordClass == .number || next.human,
      rules.passiveWithoutSubject[Self.keyWithoutProclitics(unit)] != nil
    {
      return false
    }
    // (A plural or dual verb never has its subject after it: whatever follows, it shares the
    // subject, مجهولون يختطفون صيدلانياً ويطالبون بفدية → … and demand a ransom, was "and they demand".)
    if agreement?.count == 2 { return true }
    // (A group by its name is a subject, قسد; its members are not: ويقتلون عنصرين → and kill two
    // members.)
    guard [.noun, .number].contains(next.wordClass), !next.definite, next.proclitics.isEmpty,
      !next.hasPreposition,
      !["actor", "organization"].contains(next.category ?? "") || next.english.first?.isLowercase == true
    else { return false }
    return true
  }

  /// A unit's key (matching form) without its proclitic letters (ومقتل → مقتل).
  static func keyWithoutProclitics(_ unit: Unit) -> String {
    let letters = unit.proclitics.reduce(0) { $0 + $1.count }
    return letters == 0 ? unit.key : String(unit.key.dropFirst(letters))
  }

  /// Whether a unit after من names where people or things come from: a place, a settlement noun
  /// (المدينة, قرية) or a name the glossary does not know, with no proclitic.
  func namesOrigin(_ unit: Unit) -> Bool {
    unit.proclitics.isEmpty
      && (unit.source == .place || unit.category == "place" || unit.source == .unknown
        || rules.settlementNouns.contains(Self.classKey(unit)))
  }

  /// Whether the unit at `index` is أبناء, with no clitic, before a place (see ``namesOrigin(_:)``):
  /// the people of the place (من أبناء بلدة جلين → from the town of Jillin).
  /// - Complexity: O(1).
  func namesPeopleOfPlace(_ units: [Unit], at index: Int) -> Bool {
    units[index].key == "ابناء" && units[index].enclitic == nil && index + 1 < units.count
      && namesOrigin(units[index + 1])
  }

  /// A count's group: after a noun phrase with a number, the من phrase that names the group and
  /// those joined to it with و (30 عنصرا من قوات النظام والميليشيات → 30 members of the regime
  /// forces and the militias). `from`: the من phrase tells where the people or things come from,
  /// "from" (مئات العائلات من القرية → hundreds of families from the village).
  func extendPartitive(_ phrase: inout NounPhrase, _ units: [Unit], from: Bool = false) {
    var next = phrase.end
    // (A pronoun on من is the group: عشرات منهم → dozens of them.)
    if next < units.count, units[next].proclitics.isEmpty, let code = units[next].enclitic,
      code.hasPrefix("3") || code.hasPrefix("1P"), Self.isMin(units[next].key)
    {
      let of = units[next]
      phrase.words.append(
        DraftWord(
          english: "of", start: of.span.lowerBound, end: of.span.upperBound, arabic: of.arabic,
          rule: RuleTrail(of.origin, .partitive)))
      phrase.words.append(
        DraftWord(
          english: Self.objectPronoun(code), start: of.span.lowerBound, end: of.span.upperBound, arabic: of.arabic,
          rule: RuleTrail(.enclitic)))
      phrase.end = next + 1
      return
    }
    // (Also a quoted group: من "قسد".)
    func isQuote(_ at: Int) -> Bool { at < units.count && Self.isQuote(units[at]) }
    let quoted = isQuote(next + 1)
    var groupAt = next + (quoted ? 2 : 1)
    guard groupAt < units.count, units[next].key == "من", units[next].proclitics.isEmpty, units[groupAt].isNominal,
      !units[groupAt].hasPreposition
    else { return }
    let of = units[next]
    // (The people of a place are from it, as in draftWords: قتل شابان من أبناء بلدة جلين → two
    // young men from the town of Jillin were killed, was "were killed from".)
    let people = !quoted && namesPeopleOfPlace(units, at: groupAt)
    if people { groupAt += 1 }
    // (A place, a settlement or an unknown name after من is where they come from: خطف شابين من
    // رساس → two young men from Rasas were kidnapped.)
    let from = from || people || !quoted && namesOrigin(units[groupAt])
    phrase.words.append(
      DraftWord(
        english: from ? "from" : "of", start: of.span.lowerBound, end: of.span.upperBound, arabic: of.arabic,
        rule: from ? RuleTrail(of.origin) : RuleTrail(of.origin, .partitive)))
    if quoted { phrase.words += draftWords([units[next + 1]]) }
    var inner = nounPhrase(units, at: groupAt)
    next = inner.end
    // A class of people or things, a plural common noun with no complement (adjectives only), is
    // counted without "the": عشرات من المدنيين → dozens of civilians, عدد من الحالات → a number of
    // cases; a group keeps it (30 عنصرا من قوات النظام → 30 members of the regime forces), and so
    // does a dual, which names the two it means (ثمانية آخرون من الطرفين → eight others of the
    // parties).
    let group = units[groupAt]
    if !quoted, inner.words.first?.english == "the", group.wordClass == .noun, group.plural || group.englishIsPlural,
      group.enclitic == nil, !Self.namesGroup(group),
      units[(groupAt + 1)..<inner.end].allSatisfy({ $0.wordClass == .adjective }), !isDual(group)
    {
      inner.words.removeFirst()
    }
    phrase.words += inner.words
    if quoted, isQuote(next) {
      phrase.words += draftWords([units[next]])
      next += 1
    }
    // (Not the verbal noun of another event: مقتل عنصرين من الأمن العام وإصابة ثالث → two members
    // of General Security killed and a third wounded, was "… and third injury killed".)
    while next < units.count, units[next].hasConjunction, !units[next].hasPreposition,
      units[next].isNominal || units[next].category == "actor", units[next].wordClass != .number,
      rules.verbalNouns[Self.keyWithoutProclitics(units[next])] == nil
    {
      inner = nounPhrase(units, at: next)
      phrase.words += inner.words
      next = inner.end
    }
    phrase.end = next
  }

  /// English verb forms: tense from the Arabic (perfect → past, imperfect → present, future),
  /// negation, passive, agreement with the subject.
  func conjugate(_ base: String, features: VerbFeatures, negation: Unit?, explicitSubject: Bool) -> [String] {
    // (A one-word verb, most of them, is its only part: no splitting.)
    var parts =
      base.utf8.contains(UInt8(ascii: " ")) ? base.split(separator: " ").map(String.init) : base.isEmpty ? [] : [base]
    guard !parts.isEmpty else { return [] }
    // A gloss already inflected (كان: "was;were", يكون: "is;are") is conjugated from its base.
    let verb = rules.base(ofInflected: parts.removeFirst())
    let rest = parts
    let singularThird = features.person == 3 && !features.plural
    func be(past: Bool) -> String {
      if past { return singularThird || features.person == 1 && !features.plural ? "was" : "were" }
      if features.person == 1 && !features.plural { return "am" }
      return singularThird ? "is" : "are"
    }
    // (The participle of a passive, unless its gloss is one already.)
    func passiveParticiple() -> String {
      verb.hasSuffix("ed") || verb.hasSuffix("en") || rules.isParticiple(verb) ? verb : rules.participle(verb)
    }
    if negation?.role == "may" {
      // قد + an imperfect: may.
      return features.passive ? ["may", "be", passiveParticiple()] + rest : ["may", verb] + rest
    }
    if let have = Self.perfectAuxiliary(negation?.role, singular: singularThird) {
      // قد + a perfect: has done, has been done (had, after a past verb).
      if features.passive { return [have, "been", passiveParticiple()] + rest }
      return [have, verb == "be" ? "been" : rules.participle(verb)] + rest
    }
    if features.passive {
      let participle = passiveParticiple()
      if let negation {
        switch negation.role {
        case "neg_future": return ["will", "not", "be", participle] + rest
        case "neg_past": return [be(past: true), "not", participle] + rest
        default: return [be(past: features.perfect), "not", participle] + rest
        }
      }
      if features.future { return ["will", "be", participle] + rest }
      return [be(past: features.perfect), participle] + rest
    }
    if verb == "be" {
      if let negation {
        return
          (negation.role == "neg_future"
          ? ["will", "not", "be"] : [be(past: negation.role == "neg_past" || features.perfect), "not"]) + rest
      }
      if features.future { return ["will", "be"] + rest }
      return [be(past: features.perfect)] + rest
    }
    if let negation {
      switch negation.role {
      case "neg_future": return ["will", "not", verb] + rest
      case "neg_past": return ["did", "not", verb] + rest
      default:
        if features.perfect { return ["did", "not", verb] + rest }
        return [singularThird ? "does" : "do", "not", verb] + rest
      }
    }
    if features.future { return ["will", verb] + rest }
    if features.perfect { return [rules.past(verb)] + rest }
    return [singularThird ? RuleBook.thirdPerson(verb) : verb] + rest
  }

  /// The auxiliary of the perfect that a pending قد stands for (role `perfect`: has, have; role
  /// `pluperfect`, after a past verb in the sentence: had); nil for any other role.
  static func perfectAuxiliary(_ role: String?, singular: Bool) -> String? {
    switch role {
    case "perfect": singular ? "has" : "have"
    case "pluperfect": "had"
    default: nil
    }
  }

  static func subjectPronoun(_ features: VerbFeatures) -> String {
    switch (features.person, features.plural) {
    case (1, false): return "I"
    case (1, true): return "we"
    case (2, _): return "you"
    case (_, true): return "they"
    default: return features.feminine ? "she" : "he"
    }
  }

  /// The person code of the pronoun a complementizer's English ends with (that they → 3MP).
  static func encliticCode(ofComplementizer english: String) -> String? {
    switch english.split(separator: " ").last {
    case "they": "3MP"
    case "it", "he": "3MS"
    case "she": "3FS"
    case "we": "1P"
    case "I": "1S"
    case "you": "2MP"
    default: nil
    }
  }

  /// When the unit after `index` is an adjective with no proclitic, the predicate of a nominal
  /// clause whose subject is the pronoun of `code`: is/are/am and the adjective, never plural in
  /// English (that they are ready); else nothing.
  static func adjectivePredicate(_ units: [Unit], after index: Int, code: String) -> [DraftWord] {
    guard index + 1 < units.count, units[index + 1].wordClass == .adjective, units[index + 1].proclitics.isEmpty,
      !units[index + 1].definite
    else { return [] }
    let adjective = units[index + 1]
    let be = code.hasPrefix("1S") ? "am" : code.hasPrefix("3MS") || code.hasPrefix("3FS") ? "is" : "are"
    return [(be, RuleTrail(.copula)), (adjective.english, RuleTrail(adjective.origin, .copula))].map {
      DraftWord(
        english: $0.0, start: adjective.span.lowerBound, end: adjective.span.upperBound, arabic: adjective.arabic,
        rule: $0.1)
    }
  }

  /// The English pronouns of an enclitic's person code (3MP …): subject, object, possessive.
  static func pronouns(ofEnclitic code: String) -> (subject: String, object: String, possessive: String) {
    if code.hasPrefix("1S") { return ("I", "me", "my") }
    if code.hasPrefix("1P") { return ("we", "us", "our") }
    if code.hasPrefix("2") { return ("you", "you", "your") }
    if code.hasPrefix("3MS") { return ("he", "him", "his") }
    if code.hasPrefix("3FS") { return ("she", "her", "her") }
    return ("they", "them", "their")
  }

  /// The subject pronoun of an enclitic's person code (3MP → they).
  static func subjectPronoun(ofEnclitic code: String) -> String { pronouns(ofEnclitic: code).subject }

  static func objectPronoun(_ code: String) -> String { pronouns(ofEnclitic: code).object }

  /// The reflexive pronoun of an enclitic's person code (3MS → himself).
  static func reflexivePronoun(_ code: String) -> String {
    if code.hasPrefix("1S") { return "myself" }
    if code.hasPrefix("1P") { return "ourselves" }
    if code.hasPrefix("2") { return code.contains("S") ? "yourself" : "yourselves" }
    if code.hasPrefix("3MS") { return "himself" }
    if code.hasPrefix("3FS") { return "herself" }
    return "themselves"
  }

  static func possessive(_ code: String) -> String { pronouns(ofEnclitic: code).possessive }

  // MARK: - Stage 5: generation

  /// Whether the last character of `text` is the ASCII character `ascii` (`text.last == ascii`),
  /// from the last bytes when they settle it.
  static func endsWith(_ text: String, _ ascii: Unicode.Scalar) -> Bool {
    let utf8 = text.utf8
    guard let last = utf8.last, last == UInt8(ascii: ascii) else { return false }
    // An ASCII character after another one (not CR before LF) is a character of its own.
    let before = utf8.dropLast().last
    if before == nil || before! < 0x80 && !(before == 0x0D && last == 0x0A) { return true }
    return text.last == Character(ascii)
  }

  /// Whether a unit is a quotation mark (« » “ ” and " all come out as ").
  static func isQuote(_ unit: Unit) -> Bool { unit.wordClass == .punctuation && unit.english == "\"" }

  /// Whether a place unit is told by where it lies from another (near X, west of X, the outskirts
  /// of X): an adverbial of place, not a noun.
  static func isRelativePlace(_ unit: Unit) -> Bool {
    guard unit.source == .place, let first = unit.english.split(separator: " ", maxSplits: 1).first else {
      return false
    }
    return relativePlaceWords.contains(first.lowercased())
  }

  /// First words of a place told from another (PlaceDescription's relations).
  static let relativePlaceWords: Set<String> = [
    "near", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts",
    "edges", "surroundings", "vicinity", "around",
  ]

  /// English words → the line: spacing around punctuation, quotes, capitalization; spans as
  /// Unicode scalar offsets; glossary hits, unknown words and coverage.
  public func generate(_ words: [EnglishWord], line: String, units: [Unit]) -> Translation {
    generate(words.map(DraftWord.init), line: line, units: units, explaining: true)
  }

  /// ``generate(_:line:units:)`` of the structural stage's words; the translation's ``Translation/words``
  /// (each with its rule written out) only when `explaining`, else none.
  func generate(_ words: [DraftWord], line: String, units: [Unit], explaining: Bool) -> Translation {
    let offsets = TextOffsets(line)
    var english = ""
    var openQuote = false
    var capitalizeNext = true
    var result: [EnglishWord] = []
    var previousEnglish = ""
    var previousEnd = -1
    // (The words are read in place; one is copied out only to be explained.)
    for position in words.indices {
      let wordEnglish = words[position].english
      // "according to to", "with with": a proclitic's preposition after the same or another preposition.
      // (The preposition test once for both cases.)
      if Translator.prepositionWords.contains(wordEnglish)
        && (wordEnglish == previousEnglish
          || words[position].rule.firstPart(rules).hasPrefix("rule:proclitic")
            && Translator.prepositionWords.contains(String(previousEnglish.split(separator: " ").last ?? "")))
        || wordEnglish == "of" && previousEnglish.hasSuffix(" of")
        // (And a comma a word gives after a comma that is written: بحسب المرصد، فإن → according to
        // the Observatory, the …, was ",,".)
        || wordEnglish == "," && previousEnglish == ","
      {
        continue
      }
      previousEnglish = wordEnglish
      let range = offsets.scalarRange(words[position].start..<words[position].end)
      var text = wordEnglish
      guard !text.isEmpty else { continue }
      var capitalized = false
      if capitalizeNext, let first = text.first, first.isLetter {
        text = first.uppercased() + text.dropFirst()
        capitalized = true
        capitalizeNext = false
      }
      // (One byte is one character; a longer text is no single ASCII character.)
      let isPunctuation = text.utf8.count == 1 && ",;:.?!%)".utf8.contains(text.utf8.first!)
      // A hyphen written against its words stays against them (كوفيد-19 → Covid-19).
      // So does a time's colon (10:15, was "10: 15").
      let attached =
        previousEnd == range.lowerBound
        && (text == "-" || english.hasSuffix("-")
          || english.hasSuffix(":") && text.utf8.first.map { (0x30...0x39).contains($0) } == true)
      previousEnd = range.upperBound
      if text == "\"" {
        if openQuote {
          english += "\""
        } else {
          if !english.isEmpty && !Self.endsWith(english, " ") && !Self.endsWith(english, "(") { english += " " }
          english += "\""
        }
        openQuote.toggle()
      } else if isPunctuation || attached || english.isEmpty || Self.endsWith(english, "(")
        || Self.endsWith(english, "\"") && openQuote
      {
        english += text
      } else {
        english += " "
        english += text
      }
      if Translator.isPartOf(text, ".?!") {
        capitalizeNext = true
      } else if !isPunctuation && text != "\"" {
        capitalizeNext = false
      }
      if explaining {
        var word = words[position]
        word.start = range.lowerBound
        word.end = range.upperBound
        if capitalized { word.rule.append(.capitalization, rules: rules) }
        word.english = text
        result.append(word.finished(rules))
      }
    }
    var unknown: [UnknownWord] = []
    var hits: [GlossaryHit] = []
    var known = 0
    var total = 0
    for unit in units {
      let range = offsets.scalarRange(unit.span)
      switch unit.source {
      case .glossary:
        hits.append(
          GlossaryHit(
            arabic: unit.arabic, english: unit.english, entry: unit.origin, start: range.lowerBound,
            end: range.upperBound))
        known += unit.tokenRange.count
        total += unit.tokenRange.count
      case .place:
        known += unit.tokenRange.count
        total += unit.tokenRange.count
      case .function, .lexicon:
        known += 1
        total += 1
      case .unknown:
        total += 1
        unknown.append(
          UnknownWord(
            arabic: unit.arabic, key: unit.key, english: unit.english, start: range.lowerBound, end: range.upperBound))
      case .number, .punctuation, .latin:
        break
      }
    }
    return Translation(
      source: line, english: english, words: result, unknown: unknown, hits: hits,
      coverage: total == 0 ? 1 : Double(known) / Double(total))
  }
}
