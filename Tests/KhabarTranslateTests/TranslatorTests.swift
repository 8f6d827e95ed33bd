// SPDX-License-Identifier: GPL-2.0-or-later
import Foundation
import KhabarArabic
import KhabarGlossary
import Testing

@testable import KhabarTranslate

/// The checkout's data and the seed article, found from this file's location.
enum Seed {
  static let root: String = {
    var path = Substring(#filePath)  // <root>/Tests/KhabarTranslateTests/TranslatorTests.swift
    for _ in 0..<3 { path = path[..<path.lastIndex(of: "/")!] }
    return String(path)
  }()

  static let data = DataDirectory(path: root + "/glossaries")
  static let translator: Translator? = try? Translator(directory: data)

  static let lines: [String] = {
    guard let reader = try? LineReader(path: root + "/fixtures/articles/sy24-rusafa.ar.txt") else { return [] }
    var lines: [String] = []
    while let line = try? reader.nextLine() { if !line.text.isEmpty { lines.append(line.text) } }
    return lines
  }()

  /// The English of one line with the articles (the structural rules' cases, in sentence style).
  static func english(_ arabic: String) throws -> String {
    try english(arabic, style: .never)
  }

  static func english(_ arabic: String, style: Translator.HeadlineStyle) throws -> String {
    let translator = try #require(translator)
    let context = try Translator.Context()
    context.headlineStyle = style
    return translator.translate(arabic, context: context).english
  }
}

@Suite struct SeedTranslationTests {
  @Test func headline() throws {
    // A line with no final punctuation is a headline: no articles (auto); in sentence style, with.
    #expect(try Seed.english("ضربة قوية لجيش النظام في الرقة", style: .auto) == "Heavy blow to regime army in Raqqa")
    #expect(try Seed.english("ضربة قوية لجيش النظام في الرقة") == "A heavy blow to the regime army in Raqqa")
  }

  /// Headline style drops the articles the rules add, only where the line has no final
  /// punctuation (auto), everywhere (always) or nowhere (never).
  @Test(
    arguments: [
      (
        "مقتل طفل وإصابة ثلاثة مدنيين بقصف حوثي على حي سكني في تعز", Translator.HeadlineStyle.auto,
        "Child killed and three civilians wounded in Houthi shelling on housing neighbourhood in Taiz"
      ),
      ("قتل طفل بقصف على حي في تعز.", .auto, "A child was killed in"),
      ("قتل طفل بقصف على حي في تعز.", .always, "Child was killed in"),
      ("مقتل طفل بقصف على حي في تعز", .never, "A child killed in shelling on a neighbourhood in Taiz"),
    ] as [(String, Translator.HeadlineStyle, String)])
  func headlineStyle(_ arabic: String, _ style: Translator.HeadlineStyle, _ english: String) throws {
    let translated = try Seed.english(arabic, style: style)
    #expect(translated.contains(english), "\(translated)")
  }

  @Test func firstSentence() throws {
    let sentence = try #require(Seed.lines.first { $0.hasPrefix("قتل 30") })
    let english = try Seed.english(sentence)
    #expect(english.hasPrefix("30 members of the regime forces and militias loyal to it were killed"))
    for expected in [
      "regime forces", "militias loyal to it", "were seriously wounded", "ISIS", "al-Rusafa",
      "southwestern Raqqa countryside",
      "positions belonging to them", "an attack launched by unidentified gunmen",
    ] {
      #expect(english.contains(expected), "\(expected) in \(english)")
    }
  }

  @Test func everySeedSentenceKeepsItsTerms() throws {
    let translator = try #require(Seed.translator)
    let context = try Translator.Context()
    #expect(Seed.lines.count >= 8)
    var all = ""
    for line in Seed.lines {
      let translation = translator.translate(line, context: context)
      #expect(!translation.english.isEmpty)
      // Every glossary hit's English appears in the translation (policy: terminology guaranteed).
      for hit in translation.hits {
        #expect(translation.words.contains { $0.rule.contains(hit.entry) }, "\(hit.english) (\(hit.entry))")
      }
      all += translation.english + "\n"
    }
    for expected in [
      "regime", "militias", "ISIS", "Raqqa", "al-Rusafa", "30", "were killed", "Russian warplanes",
      "correspondent said", "withdrew", "al-Sukhnah", "Deir ez-Zor", "Palmyra",
    ] {
      #expect(all.contains(expected), "\(expected)")
    }
  }

  @Test func everyWordIsTraceable() throws {
    let translator = try #require(Seed.translator)
    let context = try Translator.Context()
    for line in Seed.lines {
      let translation = translator.translate(line, context: context)
      let scalars = Array(line.unicodeScalars)
      for word in translation.words {
        #expect(!word.rule.isEmpty, "\(word.english)")
        #expect(word.start < word.end && word.end <= scalars.count)
        #expect(String(String.UnicodeScalarView(scalars[word.start..<word.end])) == word.arabic)
      }
    }
  }

  @Test func policyChangesTheName() throws {
    let translator = try Translator(directory: Seed.data, policyChoices: [("isis", "IS")])
    let english = try translator.translate("هجوم لتنظيم داعش").english
    #expect(english.contains("IS") && !english.contains("ISIS"))
  }
}

@Suite struct StructuralRuleTests {
  @Test(arguments: [
    ("الطائرات الحربية الروسية", "The Russian warplanes"),
    ("البيت الكبير", "The large house"),
    ("سيارة بيضاء كبيرة", "A large white car"),
  ])
  func nounAdjectiveOrder(_ arabic: String, _ english: String) throws {
    #expect(try Seed.english(arabic) == english)
  }

  @Test(arguments: [
    ("جيش النظام", "The regime army"),
    ("مدينة دمشق", "Damascus city"),
    // A proper name in idafa is a modifier without an article.
    ("مقاتلو التنظيم انسحبوا", "ISIS fighters withdrew"),
    ("بدعم من الطائرات الحربية الروسية", "With the support of the Russian warplanes"),
  ])
  func idafa(_ arabic: String, _ english: String) throws {
    #expect(try Seed.english(arabic) == english)
  }

  @Test(arguments: [
    ("قتل 30 عنصرًا", "30 members were killed"),
    ("قتل 30 عنصرًا من قوات النظام", "30 members of the regime forces were killed"),
    ("قُتل الجندي", "The soldier was killed"),
    ("اعتقلتها الشرطة.", "The police arrested her."),
    ("قال المراسل إن الهجوم كان قويا", "The correspondent said that the attack was strong"),
    ("ثم انسحبت عناصر داعش", "Then ISIS members withdrew"),
    // An adverb between the verb and its subject goes with the verb (word set mid_adverb).
    ("لوحظ أيضا الإسهال في المرضى.", "Diarrhea was also noticed in patients."),
    ("قتل أيضا ثلاثة عناصر.", "Three members were also killed."),
    ("سيهاجم أيضا الجيش القرية.", "The army will also attack the village."),
    ("زار مؤخرا الوزير المدينة.", "The minister recently visited the city."),
    // يعد without harakat is the passive يُعد (verbs.tsv passive_imperfect), not the jussive of
    // عاد, which follows لم.
    ("يعد المرض خطيرا.", "The disease is considered serious."),
    ("تُعد هذه التدابير فعالة.", "These measures are considered effective."),
    ("لم يعد الجيش قويا.", "The army is no longer strong."),
    // كان after a plural subject agrees with it in English; a demonstrative after a definite
    // subject points at it, after a verb's subject it is the object.
    ("الهجمات كانت قوية.", "The attacks were strong."),
    ("الهجمات هذه كانت قوية.", "These attacks were strong."),
    ("الهجوم هذا الأسبوع كان قويا.", "The attack this week was strong."),
    ("أكد الوزير ذلك.", "The minister confirmed that."),
    // One of a definite plural: "the" stays, the verb is singular, a collective is made plural.
    ("قتل أحد العناصر.", "One of the members was killed."),
    ("أصيب أحد المارة بجروح.", "One of the passersby was wounded."),
    // Nominal sentences: a demonstrative's or a construct's subject, a place inside the subject,
    // an adverb of degree before its adjective.
    ("عدد الحالات المؤكدة كبير.", "The number of confirmed cases is large."),
    ("هذا الدواء فعال.", "This medicine is effective."),
    ("هذا خطير.", "This is serious."),
    ("الوضع في المدينة صعب.", "The situation in the city is difficult."),
    ("المرض خطير للغاية.", "The disease is extremely serious."),
    ("الوضع صعب جدا.", "The situation is very difficult."),
  ])
  func verbSubjectOrderAndPassive(_ arabic: String, _ english: String) throws {
    #expect(try Seed.english(arabic) == english)
  }

  @Test(arguments: [
    ("سيطرت القوات على القرية", "The forces took control of the village"),
    ("استولى المسلحون على أسلحة", "The gunmen seized weapons"),
    ("انسحبت القوات من المدينة", "The forces withdrew from the city"),
    ("هاجم المسلحون الحاجز", "The gunmen attacked the checkpoint"),
    ("أعلن الجيش", "The army announced"),
  ])
  func newsVerbs(_ arabic: String, _ english: String) throws {
    #expect(try Seed.english(arabic) == english)
  }

  @Test(arguments: [
    ("إبنك بطل.", "Your son is a hero."),
    ("أنت جائع ؟", "You are hungry?"),
    ("قوات النظام في الرقة", "The regime forces are in Raqqa"),
    ("هل يمكنني أخذ صورة؟", "Can I take a photo?"),
  ])
  func copulaAndModals(_ arabic: String, _ english: String) throws {
    #expect(try Seed.english(arabic) == english)
  }

  @Test(arguments: [
    ("لا أعرف", "I do not know"),
    ("أنا لا أتكلم اللغة", "I do not speak the language"),
    ("هو لا يعرف", "He does not know"),
    ("لن يذهب", "He will not go"),
    ("ليس هذا صحيحا", "This is not true"),
  ])
  func negation(_ arabic: String, _ english: String) throws {
    #expect(try Seed.english(arabic) == english)
  }

  @Test(arguments: [
    // (A member of a group keeps it: not "killed in the opposition".)
    ("مقتل قيادي سابق في المعارضة شرقي درعا", "A former commander in the opposition killed east of Daraa"),
    ("القبض على ضابط سابق في المخابرات الجوية", "A former officer in Air Force Intelligence arrested"),
    ("استشهاد عضوين في قوى الأمن الداخلي", "Two members of the Internal Security Forces killed"),
    // (An attack is no group.)
    ("مقتل ستة مقاتلين في هجوم", "Six fighters killed in an attack"),
  ])
  func memberOfAGroup(_ arabic: String, _ english: String) throws {
    #expect(try Seed.english(arabic) == english)
  }

  @Test(arguments: [
    ("الرجل الذي جاء", "The man who came"),
    ("المدينة التي", "The city that"),
  ])
  func relatives(_ arabic: String, _ english: String) throws {
    #expect(try Seed.english(arabic) == english)
  }

  @Test(arguments: [
    ("وصل 5 جنود يوم الخميس", "5 soldiers arrived"),
    ("12 تشرين الثاني", "12 November"),
    ("الخميس", "Thursday"),
    ("قتل ٣٠ عنصرًا", "30 members were killed"),
  ])
  func numbersAndDates(_ arabic: String, _ english: String) throws {
    #expect(try Seed.english(arabic).hasPrefix(english))
  }

  @Test(arguments: [
    ("هل تعرف؟", "Do you know?"),
    ("أنا أحب القهوة", "I love coffee"),
    ("في سياق متصل، نفذت الطائرات الحربية الروسية", "In a related context, the Russian warplanes"),
  ])
  func punctuationPronounsAndQuestions(_ arabic: String, _ english: String) throws {
    #expect(try Seed.english(arabic).hasPrefix(english))
  }

  @Test func unknownNamesAreTransliteratedAndMarked() throws {
    let translator = try #require(Seed.translator)
    let translation = try translator.translate("وصل كريستوفرسون")
    #expect(translation.unknown.count == 1)
    #expect(translation.unknown.first?.english.first?.isUppercase == true)
    #expect(translation.coverage < 1)
  }
}

@Suite struct RobustnessTests {
  @Test func hostileInputNeverCrashes() throws {
    let translator = try #require(Seed.translator)
    let context = try Translator.Context()
    let hostile = [
      "", " ", "\t", "؟؟؟", "،،،", "ـــــ", "\u{200F}\u{200E}", "123", "SY24", "ﻻ ﷲ", "قُتِلَ",
      String(repeating: "و", count: 500),
      String(repeating: "قتل ", count: 300), "\u{FFFD}\u{0000}", "🙂 قتل 🙂", "«هجوم» “مواقع”", "ال", "لل", "ب", "لم",
      "ليس", "الذي", "هل", "إن", "- – —", "a\tb", "داعش داعش داعش",
    ]
    for text in hostile {
      let translation = translator.translate(text, context: context)
      #expect(translation.source == text)
      #expect(translation.coverage >= 0 && translation.coverage <= 1)
    }
  }

  @Test func randomInputNeverCrashes() throws {
    let translator = try #require(Seed.translator)
    let context = try Translator.Context()
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى ًٌٍَُِّْ،؟.0123456789 abc«»\"")
    for _ in 0..<300 {
      let length = Int.random(in: 0..<80, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      let translation = translator.translate(text, context: context)
      #expect(translation.source == text)
    }
  }

  /// Clitics and forms written apart, joined or already inflected.
  @Test(arguments: [
    ("قتل ثلاثة مدنيين بينهم امرأة", "including a woman"),  // بين + pronoun: the preposition, not بيّن (to declare)
    ("و\"الجبهة الشامية\"", "And \"Levant Front\""),  // و apart, before a quotation mark
    ("مقتل عنصرين و3 مسلحين", "and 3 gunmen"),  // و on a number; gunmen is already plural
    ("اعتقلت ثمانية شبان", "eight young men"),  // young men is already plural
    ("كانوا هناك", "They were"),  // كان glossed "was;were": conjugated as be
    ("قالت الوزارة إن القوات انسحبت", "The ministry said that"),  // قال glossed "said" (was "saided")
    ("يعتقد أنهم تابعون لتنظيم داعش", "believed that they are affiliated"),  // pronoun + adjective: a clause
    ("قال إنهم مستعدون", "that they are ready"),  // a predicate adjective is never plural
    ("هجوم شنه مسلحون مجهولون", "An attack launched by unidentified gunmen"),  // a describing clause
    ("قتل عنصر في عملية أمنية نفذتها بالتعاون مع الأسايش.", "a security operation carried out in cooperation"),
    ("في هجوم شنه أمس على القرية", "attack launched yesterday on"),  // … with no subject after the verb
    ("بيان أصدرته الوزارة", "A statement issued by the ministry"),
    ("قتل الجيش رجلا واعتقله", "arrested him"),  // a definite subject: no describing clause
    ("قتل ثلاثة وأصيب آخرون", "and others wounded"),  // آخرون alone: others
    ("ثلاثة مدنيين آخرين", "Three other civilians"),  // after a noun: other
    ("قتل مدنيان", "Two civilians were killed"),  // dual -ان
    ("مقتل 5 عناصر من قوات النظام", "5 members of the regime forces killed"),  // headline verbal noun
    ("اعتقال ثلاثة أشخاص في حلب", "Three people arrested in Aleppo"),
    ("مقتل الطفل", "The death of the child"),  // definite: no count follows, the noun stays
    ("أعلنت الوزارة مقتل 5 عناصر", "announced the death of 5 members"),  // inside a sentence
    ("ومقتل 3 مدنيين", "And 3 civilians killed"),
    ("حل الدولتين", "two states"),  // dual -تين
    ("العاملين الصحيين", "The health workers"),  // -ين is the plural too: no count of two
  ])
  func cliticsAndInflectedForms(_ arabic: String, _ english: String) throws {
    #expect(try Seed.english(arabic).contains(english))
  }

  /// A curated place whose name is also a common word is the place after a place cue
  /// (place-cues.tsv), and the common word elsewhere.
  @Test(arguments: [
    ("قتل شاب في درعا", "in Daraa"),
    ("قصف على حمص", "on Homs"),
    ("وفي تكريت قتل شاب", "And in Tikrit"),
    ("قتل شاب في إعزاز", "in Azaz"),
    ("تضمنت الدراسة سلوك العمال", "behavior"),  // before a definite noun: a construct, no place
    ("بدأنا نفهم", "We started"),  // ب + a place only when the word as written has no reading
    ("سامي يقرع على باب ليلى", "door"),  // no al-Bab from a word without the article
  ])
  func placesAfterCues(_ arabic: String, _ english: String) throws {
    let translated = try Seed.english(arabic)
    #expect(translated.contains(english), "\(translated)")
  }

  /// Clause structure of news sentences: the subject written on the word before a verb, news
  /// verbs with the preposition they govern, clauses that describe an indefinite noun, and a
  /// noun phrase after a preposition that is not the verb's subject.
  @Test(
    arguments: [
      ("لكنها تسببت في مصادرة بعض الآليات", "But it ", "But it I"),  // the verb adds no pronoun of its own
      ("قال إنهم سيطروا على القرية", "that they took control of the village", nil),
      ("قامت القوات بحملة مداهمات", "The forces carried out a raid campaign", "with"),  // ب governed: silent
      ("أسفر الهجوم عن مقتل ثلاثة عناصر", "The attack resulted in the death of three members", nil),
      ("أدى الانفجار إلى مقتل طفل", "The explosion led to the death of a child", nil),  // verbal noun + person
      // A result clause of what is done to people: the participle, after a comma.
      (
        "انفجرت عبوة في المدينة، ما أسفر عن مقتل شخصين وإصابة ثلاثة آخرين بجروح.",
        ", killing two people and wounding three others.", "resulted"
      ),
      ("قصفت القوات البلدة ما أدى إلى مقتل طفل.", "the town, killing a child.", "which"),
      (
        "وقعت اشتباكات أسفرت عن مقتل عنصرين واعتقال أربعة آخرين.", ", killing two members and arresting four others",
        "that"
      ),
      ("انتشر الفيروس، ما أدى إلى إصابة الآلاف بالمرض.", "led to", "wounding"),  // an infection
      (
        "هاجم التنظيم موقعا، مما أسفر عن مقتل وإصابة عدد كبير من العناصر.", "killing and wounding a large number",
        "death"
      ),
      ("قصفت القوات القرية ما أدى إلى تدمير المنزل.", ", which led to the destruction of the house", "what"),
      ("شنت الطائرات غارات استهدفت مواقع التنظيم", "airstrikes that targeted ISIS positions", nil),
      ("نفذ مسلحون هجوما استهدف حاجزا للجيش", "an attack that targeted a checkpoint", nil),
      // (People: "who"; with a pronoun on a plural verb after people, they are its subject and the
      // pronoun its object.)
      ("قتل شابان برصاص مسلحين مجهولين استهدفوهما.", "unidentified gunmen who targeted them", "they targeted"),
      ("قتل مختار برصاص مجهولين استهدفوه أثناء جلوسه.", "persons who targeted him during", nil),
      ("ضبطت الشرطة أسلحة استخدموها في الهجوم.", "weapons used in the attack", "who"),
      // (The people of a place after the subject are where it is from: من أبناء.)
      ("قتل شابان من أبناء بلدة جلين في ريف درعا.", "Two young men from the town of Jillin were killed", "sons"),
      ("قتل ثلاثة شبان من أبناء بلدة جلين.", "Three young men from the town of Jillin were killed", "sons"),
      ("بعد ساعات وصلت تعزيزات", "reinforcements arrived", "that"),  // a time, not a thing described
      ("بعد حملة عسكرية بدأت في شباط الماضي", "a military campaign that started", "I started"),
      ("بعد معارك استمرت ثلاثة أيام", "battles that continued", nil),
      ("بعد ساعات أعلنت الوزارة مقتل 5 عناصر", "the ministry announced the death of 5 members", nil),
      ("أريد أن أقضي وقتا أكثر معك", "more time", "that"),  // أفعل after a noun: the comparative, not a verb
      ("أفاد مراسلنا بأن قوات النظام قصفت البلدة", "reported that the regime forces shelled", nil),  // بأن
      ("عثر الأهالي على جثة شاب", "Residents found the body of a young man", nil),  // a person's noun after a noun
      ("اغتال مجهولون مختار قرية الزعفرانة", "mukhtar of the village of al-Zaafarana", nil),  // a chain to a name
      ("قال مراسل منصة تلفزيون سوريا إن", "orrespondent of a platform of Syria TV said", nil),
      ("داهمت القوات منزل مواطن", "the house of a citizen", nil),
      ("نقل سامي إلى مخفر شرطة", "station", "the a "),  // no double determiner
      ("اختطف مسلحون طبيبا في بلدة طفس", "Gunmen abducted a doctor", "were abducted"),  // an object: active
      // (… also after asides between commas; a clause joined by و is no aside.)
      ("اختطف مسلحون مجهولون، مساء أمس الأحد، صيدلانياً من البلدة.", "gunmen abducted, on Sunday", "were abducted"),
      // (… the object closed by a comma before a clause joined by و, the aside not running on.)
      (
        "أعدم تنظيم داعش، ليلة أمس الأحد، شابين من أبناء البلدة، بعد أن اقتادهما مسلحون من أحد المقاهي.",
        "ISIS executed, on Sunday night, two young men", "was executed"
      ),
      // (… and after a time with a comma after it only.)
      ("أعدم تنظيم داعش صباح اليوم الثلاثاء، ثلاثة شبان، في الساحة.", "ISIS executed on Tuesday", "was executed"),
      ("قتل ثلاثة مدنيين صباح اليوم الثلاثاء، في قصف على البلدة.", "Three civilians were killed", nil),
      (
        "قتل ثلاثة مدنيين، بينهم طفلة، وجرح خمسة آخرون، يوم الثلاثاء، بقصف على قرية جنوب إدلب، شمالي سوريا.",
        "Three civilians were killed", nil
      ),
      ("أطلق مسلحون مجهولون النار على شاب", "Unidentified gunmen", "gunmen of"),  // -ون: no construct
      ("شؤون اللاجئين", "The affairs of the refugees", nil),  // a broken plural keeps its construct
      ("نفى الجيش الروسي استهداف المدنيين", "The Russian army denied", nil),  // a name ending in a common noun
      ("بعد ساعات من الهجوم", "Hours after the attack", " are "),  // a time after بعد: no nominal sentence
      ("سيطرت قوات سوريا الديمقراطية \"قسد\"، فجر اليوم، على بلدة الدحلة", "took control of", " on "),  // far على
      ("تسببت الاحتجاجات بشلل في البلد", "caused a paralysis in the country", nil),  // تسبب ب; في stays
      ("قتل شاب بهجوم مسلح", "killed in an armed attack", nil),  // ب before an event: in
      ("قتل ثلاثة بزلزال", "killed in an earthquake", "with"),
      // A passive joined by "and" to one with the same auxiliary leaves it out (and a pronoun
      // that is all its subject); with another auxiliary it stays.
      ("قتل شخصان وأصيب ثلاثة آخرون بقصف على البلدة.", "were killed and three others wounded", "others were"),
      ("قتل شاب وأصيب طفلان بقصف.", "and two children were wounded", nil),
      ("أُحضِر فاضل إلى محطّة الشّرطة و استُجوِب.", "station and interrogated", "he interrogated"),
      // A toll is "from" the event it counts.
      ("ارتفعت حصيلة ضحايا انفجار السيارة المفخخة إلى ستة قتلى", "toll from the car bomb explosion", "toll of"),
      ("حصيلة قتلى الجيش", "toll of the army", nil),
      // … and جراء after the killed and wounded in the sentence; elsewhere "as a result of".
      ("قتل طفل وأصيب ثلاثة مدنيين، يوم الثلاثاء، جراء قصف مدفعي على الحي.", "in artillery shelling", "as a result"),
      ("قال الوزير إن الأسعار ارتفعت جراء الهجوم.", "as a result of the attack", nil),
      ("استهدفوه بالرشاشات", "with machine guns", "the machine"),  // before a weapon: with, no article
      ("استشهد جنديان اثنان", "Two soldiers were killed", "killed two"),  // اثنان after a dual
      ("قائد هيئة تحرير الشام أبو محمد الجولاني", "Abu Mohammed", "father"),  // a kunya
      ("تزوجت أم سامي مرة أخرى", "mother", "Umm"),  // أم before a name: the mother
      ("اعتقل الاحتلال أحد عشر مواطناً", "eleven citizens", nil),  // a number word's value: plural
      ("استشهاد ضابط وجنديين بتفجير", "An officer and two soldiers killed", nil),  // people joined with و
      ("قتل ثلاثة بغارة جوية", "Three were killed in an airstrike", nil),  // not the noun the number counts
      ("قام الجيش بحملة مداهمات", "The army carried out a raid campaign", "with"),  // the glossary's قام too
      ("الاحتلال يعتقل شابين ويصيب شاباً بالرصاص الحي", "wounds a young man", "young man wounds"),  // ًا: the object
      // A class noun before a quoted name makes one name with it (name-classes.tsv); a quoted
      // actor stands alone after قوات or تنظيم; the quotes go with it. A quotation after a verb
      // is no name.
      ("ميليشيا \"لواء فاطميون\" تنسحب", "Fatemiyoun Brigade militia", nil),
      ("فصيل \"فرقة الحمزة\" يعتقل مدنيين", "Hamza Division faction arrests civilians", nil),
      ("وأصيب عنصر من فصيل «السلطان مراد»", "Sultan Murad Division faction", nil),
      ("قوات \"الأسايش\" تعتقل شابين", "Asayish arrest", nil),
      ("هاجمت خلايا تنظيم \"داعش\" مواقع قوات النظام", "ISIS cells attacked the positions of the regime forces", nil),
      ("هاجم مسلحون مخيم \"الهول\"", "Gunmen attacked al-Hol camp", nil),
      ("قال \"إننا مستعدون\"", "He said \"", nil),
      // A noun whose plural is broken (عناصر, أشخاص) is dual in its -ين form; قتلى is "dead"
      // already; a verb of news outranks another reading of the same letters (تقصف: shells;
      // يعدم, تختطف: forms IV and VIII found by their perfect); after a settlement noun a word
      // only the lexicon knows is the place's name; a place told from another is no idafa
      // complement (a car near X).
      ("مقتل عنصرين من قوات النظام", "Two members of the regime forces killed", nil),
      ("اعتقال شخصين", "Two people arrested", nil),
      ("العاملين في القطاع الصحي", "workers", "two workers"),
      ("6 قتلى في اشتباكات", "6 dead in clashes", nil),
      ("قوات النظام تقصف دارة عزة", "regime forces shell", nil),
      // (A settlement noun of word set settlement_of_noun before a name the gazetteer does not
      // describe: "the town of" the name.)
      ("قصفت قوات النظام بلدة الحصان", "shelled the town of al-Hisan", "al-Hisan town"),
      // A descriptive place form takes "the"; settlers and settlements under their WAFA names.
      ("قصفت قوات النظام بلدة السخنة", "shelled the town of al-Sukhnah", nil),
      ("قصفت قوات النظام ريف حمص الشرقي", "shelled the eastern Homs countryside", nil),
      ("هاجم مستعمرون قرية المغير", "Settlers attacked the village of", nil),
      ("توسيع مستعمرة قرب نابلس", "settlement near Nablus", "settler"),
      ("لا يعيش داخل حدود مدينة بوسطن", "the city of Boston", "Boston city"),
      ("قرية صغيرة في ريف حمص", "A small village", nil),
      ("قتل مختار بلدة أبو حردوب", "town of Abu Hardub", nil),
      ("قصفت قوات النظام قرية زيتان", "the village of Zitan", "Zitan village"),
      ("قتل رجل في قرية الزعفرانة بريف حمص.", "in the village of al-Zaafarana in", nil),
      // (Not another settlement noun: a neighbourhood keeps its name before it.)
      ("قتل رجل في حي القصور.", "al-Qusur neighbourhood", "of al-Qusur"),
      ("مسيّرة تركية تستهدف سيارة قرب القحطانية", "a car near al-Qahtaniyah", nil),
      ("تنظيم داعش يعدم راعياً", "ISIS executes a shepherd", nil),
      ("الخاطفون يطالبون بفدية", "The kidnappers demand a ransom", nil),
      ("مظاهرة احتجاجاً على حصار الفرقة الرابعة", "in protest against", nil),
      // Noun phrases joined by و before the verb are its subject; a verb joined by و after a verb of
      // the 3rd person shares its subject (no "you").
      (
        "الأمن العسكري وميليشيات إيرانية تعتقل 9 شبان في القورية",
        "Military Security and Iranian militias arrest 9 young men", nil
      ),
      ("\"قسد\" والتحالف تقتلان اثنين وتعتقلان ثلاثة", "the coalition kill two and arrest three", nil),
      // (A plural verb after a plural one shares its subject whatever follows it.)
      ("مجهولون يختطفون صيدلانيا في مخيم اليرموك ويطالبون بفدية", "and demand a ransom", "they demand"),
      // (A plural verb after a singular one whose subject was plural shares it, also across a
      // comma and the commas around a time.)
      (
        "اختطف مسلحون مجهولون، مساء أمس الاثنين، شاباً من بلدة البهلولية، وطالبوا عائلته بفدية مالية.",
        ", and demanded his family", "they demanded"
      ),
      ("اختطف مسلحون صيدلانياً من صيدليته، واقتادوه إلى جهة مجهولة.", "pharmacy, and took him away", "they took"),
      // (Not one with a subject of its own: the town's residents fled.)
      ("قصف الجيش البلدة، وهرب السكان منها.", "and residents fled", nil),
      // (حرر is a news verb, "liberate", before the lexicon's more frequent "be hot".)
      ("وحدات الجيش تحرر مدينة خان شيخون", "liberate Khan Shaykhun", "hot"),
      // A quoted subject before its verb; a form VIII news verb found by its perfect (تختطف).
      ("\"الشبيبة الثورية\" تختطف فتاة في رميلان", "\" abducts", nil),
      ("ارتقاء 6 شهداء بتفجير", "6 killed in", "killed killed"),
      // The group after a dual counted by a verbal noun, also quoted.
      ("مقتل عنصرين من \"قسد\" بانفجار عبوة ناسفة", "Two members of \"SDF\" killed", nil),
      // لـ written apart before a quoted name is the preposition, not a name "L".
      ("خلية لـ\"داعش\" تعدم ممرضاً", "A cell of \"ISIS\" executes", nil),
      // … and so is بـ before a number (not a name "B").
      ("تبرعت الولايات المتحدة بـ 17.8 طن من المستلزمات الطبية", "with 17.8 tons", " B "),
      // A headline's subject with where it happened before its verb; a plural verb right after a
      // noun has its subject before it; a verbal noun joined by و to the one a headline opens with.
      ("مظاهرة حاشدة في بنش تطالب بإسقاط النظام", "A mass demonstration in Binnish demands", "you"),
      ("حملة أمنية في تلكلخ تسفر عن اعتقال 11 مطلوباً", "results in", "you result"),
      ("خطف طالب جامعي غربي السويداء والخاطفون يطالبون بفدية", "the kidnappers demand", "they demand"),
      ("مقتل طفل وإصابة ثلاثة مدنيين بقصف حوثي", "A child killed and three civilians wounded", "injury"),
      // لـ after an indefinite noun: by after an event, of after a military thing; a participle keeps "to".
      ("هجوم لداعش على حاجز لقسد", "An attack by ISIS on a checkpoint of SDF", nil),
      ("قصف مدفعي لقوات النظام على البلدة", "shelling by the regime forces", nil),
      ("هاجم مسلحون دورية تابعة لقسد", "belonging to", "belonging of"),
      ("قتل 3 مدنيين من بينهم طفل", "including a child", "of including"),
      ("اختطاف صيدلاني من أبناء بلدة تلدو", "from the town of Taldou", "sons"),
      ("شاب من أبناء درعا", "from Daraa", "armed"),
      (
        "إعدام ميداني لسبعة شبان على يد مسلحين مجهولين", "execution of seven young men by unidentified gunmen",
        "to seven"
      ),
      ("أصيب ثلاثة مدنيين بجروح", "Three civilians were wounded", "with wounds"),
      ("أصيب ثلاثة مدنيين بجروح خطيرة", "seriously wounded", "with"),
      // Feminine pronouns of groups and things in a news line that names no woman; a woman keeps hers.
      ("أعلنت قسد مقتل 3 من عناصرها", "SDF announced the death of 3 of its members", nil),
      ("قتلت امرأة وأطفالها في قصف على إدلب", "her children", "its children"),
      // Masculine pronouns of things in a report that names people only in the plural (they take
      // هم) and no group; one person, a "he", or a group keeps them.
      (
        "ينصح الأطباء المرضى بغسل اليدين بالماء والصابون لأن الفيروس ينتقل بسرعة ولا يوجد علاج له حتى الآن.",
        "treatment to it", "to him"
      ),
      ("قتل مسلحون شابا في منزله.", "in his house", "its house"),
      (
        "قال الأطباء للصحفيين إنه سيعود إلى منزله بعد أسبوع من العلاج في المستشفى.", "he will return to his house",
        "its house"
      ),
      // A place after و and a place; a settlement noun ends no place; الطريق الواصل بين.
      ("على الطريق الواصل بين مدينة دير الزور وتدمر", "the road between Deir ez-Zor city and Palmyra", nil),
      ("قصف على شمالي مدينة تعز", "north of Taiz city", "Medina"),
      ("في حي الزهراء بحمص", "al-Zahraa neighbourhood in Homs", "hummus"),
      ("اشتباكات في دير بعلبة بحمص", "Deir Baalba in Homs", "hummus"),  // ب after في and a name
      ("قتلى في درعا وحماة", "in Daraa and Hama", nil),
      // A change noun a clause opens with says its verb before إلى; two verbal nouns share a count;
      // a member of; a component that opens place names, after a place cue, with the word after it.
      ("ارتفاع حصيلة القتلى إلى 10.", "The death toll rises to 10.", nil),
      ("ارتفاع الأسعار في دمشق", "rise of prices", "rises"),
      ("مقتل وإصابة 16 شخصاً بتفجير انتحاري", "16 people killed and wounded", nil),
      ("أقدم مسلحون مجهولون على إعدام شاب", "Unidentified gunmen carried out the execution of a young man", nil),
      // بتهمة → on charges of; a head whose English ends in its preposition takes no "of".
      ("أعدم داعش شابا بتهمة التعامل مع قسد", "on charges of collaborating with SDF", "of SDF"),
      // … and with its complement in quotes (a noun in construct before them).
      ("أعدمت خلايا داعش شقيقين بتهمة \"التعامل مع التحالف\".", "charges of \"", "charges \""),
      // A quoted group after its verb is the subject; after a verb and a comma, no nominal sentence.
      ("أعدمت \"هيئة تحرير الشام\" رجلاً في دركوش", "\"HTS\" executed a man", "I executed"),
      ("نفذت \"تحرير الشام\"، الأربعاء، حكم الإعدام بحق شخصين", "the death sentence against two people", " is "),
      ("اعتقلت الأسايش عضوين في المجلس الوطني الكردي", "two members of the Kurdish", "members in"),
      ("احتجاجات في بئر عجم بالقنيطرة", "Protests in Bir Ajam in Quneitra", nil),
      ("قصف على تل حميس", "on Tall Hamis", "hill"),
      ("قرب عين ديوار", "Near Ain Daywar", nil),
      ("أصيب شاب في عينه", "his", "Ain"),
      // A time's colon stays against its digits; a year with its era written on; أخبار → news.
      ("آخر تحديث: 2022-11-03 10:15", "Last updated: 2022-11-03 10:15", nil),
      ("الثلاثاء، ٠٩ مارس ٢٠٢١م", "09 March 2021", "2021M"),
      ("أخبار سوريا", "Syria news", "items"),
      // A weekday after yesterday, today or a part of the day.
      ("قتل شاب مساء أمس الأحد", "on Sunday evening", "yesterday"),
      ("قتل شاب فجر اليوم الأحد", "at dawn on Sunday", nil),
      ("قتل شاب يوم أمس الثلاثاء", "killed on Tuesday", "yesterday"),
      ("معارك منذ مساء السبت", "since Saturday evening", "since on"),
      ("قتل شاب يوم الأحد الماضي", "last Sunday", "incisive"),
      ("أودى الانفجار بحياة خمسة أشخاص.", "The explosion claimed the lives of five people", "put and end"),
      // تم + a verbal noun: the passive of its verb; a headline's القبض على and اغتيال.
      ("وتم نقل الجرحى إلى المستشفى.", "And the wounded were transferred to the hospital", "conclude"),
      ("تم القبض على المتهم.", "The suspect was arrested", "conclude"),
      ("سيتم تعيين وزير جديد.", "A new minister will be appointed", nil),
      ("تم الإبلاغ عن مجموعة من الحالات.", "A group of cases was reported", "reporting"),
      ("القبض على ضابط سابق بريف حماة", "former officer arrested", "Arrest is on"),
      ("اغتيال قيادي سابق في درعا", "former commander assassinated", "Assassination"),
      // ، ما + a verb: "which"; a participle with its لـ complement stays after its noun.
      ("هاجم مسلحون حاجزاً، ما أدى إلى مقتل عنصرين.", ", killing two members", "what"),
      ("هاجم مسلحون حاجزاً تابعاً لقوات سوريا الديمقراطية.", "a checkpoint affiliated to SDF", "an affiliated"),
      ("هاجمت القوات مواقع الفصائل الموالية لأنقرة.", "factions loyal to Ankara", "loyal factions"),
      (
        "اعتقلت قوات الأسايش التابعة للإدارة الذاتية عضوين.", "belonging to the Autonomous Administration arrested", nil
      ),
      ("في الواقع، المرض خطير.", "In fact, the disease is serious.", nil),
      // A long sentence is a report's: her/she of things is its/it; a short line keeps "her".
      (
        "يحتاج المرضى الذين يعانون من الأمراض المزمنة إلى رعاية خاصة لأن أجسامهم لا تستطيع مقاومة العدوى وحدها بسهولة في هذه الحالة.",
        "the infection and its", " her"
      ),
      ("أحبها كثيرا.", "her", nil),
      ("أصيب شاب برصاص القوات الإسرائيلية.", "wounded by the gunfire of the Israeli forces", "in the gunfire"),
      // ما before a verb of a result stands for the clause before, with or without a comma.
      ("قصفت القوات القرية ما أدى لمقتل طفل.", "the village, killing a child", "what"),
      ("وقع انفجار في المدينة، ما أسفر عن مقتل شخصين.", ", killing two people", nil),
      ("عرف الرجل ما حدث.", "knew what happened", "which"),
      ("يؤدي الحيوان دور المضيف للفيروس.", "role", "leads to"),
      // A passive before a colon is a label of the page.
      ("نُشر: 21 مايو 2024", "Published: 21 May 2024", "He was"),
      ("قال: لا", "He said:", nil),
    ] as [(String, String, String?)])
  func newsClauses(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// News vocabulary outside conflict (society.tsv, general.tsv), and a term's own final letters
  /// that are no pronoun (مدني, أعلاه).
  @Test(
    arguments: [
      ("قتل مدني في قصف.", "A civilian was killed", "My"),  // مدني: its ي is no "my"
      // A hamza written on an alif is the word's: أعتقد is "I believe", not the perfect اعتقد.
      ("أعتقد أن الهجوم خطير.", "I believe", "believed"),
      ("بدأ الهجوم صباحا.", "started", "appeared"),
      ("أحتاج إلى مساعدة.", "I need", "needed"),
      ("اعتقد الرجل أن الهجوم خطير.", "believed", nil),  // no hamza: the perfect
      // General words whose first lexicon sense is the rarer one (glossary rows).
      ("العالم قرية صغيرة.", "The world is", "scientist"),
      ("انتقل الفيروس من الحيوانات إلى البشر.", "humans", "joy"),
      ("السفر سهل هذه الأيام.", "Travel", "book"),
      ("ينتشر الوباء في دول كثيرة.", "countries", "states"),
      ("قتل شاب إثر انفجار لغم.", "after", "following"),
      ("بدأت حياة جديدة.", "life", "Hayat"),
      ("يجب ارتداء قناع الوجه.", "mask", "weapons"),
      ("من فضلك ساعدني.", "Please", "distinction"),
      ("طرابلس تنتفض مجدداً", "again", "renovator"),
      // (لم alone is the particle in the lemma counts: ألم is "pain", not "I collect".)
      ("أشعر بألم في صدري", "pain", "collect"),
      ("انتشر مرض فيروس كورونا في أوروبا.", "coronavirus disease", "a coronavirus"),
      ("تظاهرة حاشدة في ريف السويداء", "mass demonstration", "crowded"),
      ("تكبدت المليشيا خسائر فادحة", "heavy losses", "burdensome"),
      ("أخبر توم ماري بأن علاقتهما انتهت.", "Tom told Mary", "notified"),
      ("انتهى الاجتماع مساء أمس", "ended", "concluded"),
      ("نشر الكاتب كتابا جديدا", "new book", "writers"),
      ("تقييم المخاطر السريع", "risks", "daring"),
      ("يجب ارتداء أقنعة الوجه", "masks", "veils"),
      ("العزل المنزلي", "isolation", "unarmed"),
      ("اشتريت سيارة جديدة.", "bought", "purchased"),
      ("انتظرنا وقتا طويلا.", "a long time", "tall"),
      ("اتصل وزير الخارجية بنظيره التركي", "called his counterpart", "contacted with"),
      ("أحب ذلك المغني حقا.", "really", "truth"),
      // (A masculine pronoun of a thing is "it"/"its" in a line that names no person; a person keeps
      // "his"; an adverb takes no pronoun: لأنه is not الآن "now".)
      ("سيطرت الفصائل على معسكر الجيش ومستودعاته", "its depots", "his"),
      ("اعتقلت قوات النظام الشاب واقتادته إلى جهة مجهولة بعد مداهمة منزله في ريف دمشق", "his house", "its"),
      ("لأنه لو بقي صامتا لكانت الجملة بسيطة.", "Because", "now"),
      // (بالضبط is "exactly"; ضبط after تم is the passive "seized".)
      ("أقلعت الطائرة في الساعة العاشرة بالضبط.", "exactly", "seizure"),
      ("تم ضبط كمية من المخدرات", "was seized", "concluded"),
      // (بعيد is "far", not ب + عيد "Eid"; عيد الفطر with ب stays the feast.)
      ("المحطة ليست بعيدة عن هنا.", "far from here", "Eid"),
      ("احتفلوا بعيد الفطر.", "Eid al-Fitr", "far"),
      // (كي before a verb of the same subject is "to"; a verb after "to" is in its base.)
      ("اختفى سامي كي يبدأ حياة جديدة.", "to start a new life", "so that"),
      ("أريد أن أكون طبيبا.", "want to be", "to is"),
      // (سوف makes its verb future; ف after a condition is a comma's work, not "so".)
      ("سوف نذهب إلى المدرسة.", "We will go", "Will we"),
      ("إذا لم تكن معنا فأنت ضدنا.", "with us you", "so"),
      // (فحسب is "only"; an accusative's alif after ن is no pronoun نا: فنجاناً is "a cup".)
      ("اتبع قلبك فحسب.", "only", "according"),
      ("أريد أن أشرب فنجاناً من القهوة.", "a cup", "our"),
      // (Verbs whose من English drops; كلا من is "both", but not with a pronoun on كلا.)
      ("أخاف من أطباء الأسنان", "fear", "from"),
      ("نجا سامي من الحادث.", "survived the incident", "from"),
      ("اقتربت القوات من المدينة", "approached the city", "from"),
      ("أحب كلا من القطط والكلاب.", "both cats and dogs", "from"),
      ("ربما يكون كلاهما من الناجين.", "both of them", nil),
      // (The pronoun on أن/إن is "he" after a person, "it" after a group or a thing.)
      ("قال إنه سيعود.", "said that he will return", "it"),
      ("أخبرني توم أنه سيتأخر.", "that he", "that it"),
      ("قال المرصد السوري إنه وثق مقتل 5 مدنيين.", "that it documented", "that he"),
      // (مساعدة is help, not the feminine of مساعد "Warrant Officer".)
      ("أتى ليطلب منا المساعدة.", "help", "Warrant"),
      ("اذهب لمساعدة أخيك!", "to help your brother", "Warrant"),
      ("في الحقيقة، لا أعرف.", "In fact", "truth"),
      // A place written with the article that is also a frequent common word needs a cue.
      ("أغلق الباب.", "door", "Bab"),
      ("اشتباكات في مدينة الباب", "al-Bab", "door"),
      ("متهم بالمشاركة في مجزرة البيضاء", "al-Bayda massacre", "white"),
      ("قوات النظام في الرقة", "Raqqa", nil),
      ("أعدم رجلين وسط العاصمة.", "in the middle of the capital", "middle the"),
      ("لا يكاد يمر يوم دون اغتيال", "Hardly a day passes", "sad"),
      ("طالب بالإفراج الفوري ومن دون شروط", "and without preconditions", "from without"),
      ("يا سامي، تعال هنا.", "Sami,", "Oh"),
      ("ذهب سامي إلى المدرسة.", "went", "removed"),
      // Modals written with their person, negated; a verb that takes "to" before أن.
      ("لا أستطيع أن أفهم.", "I cannot understand", "that"),
      ("لا أريد أن أذهب.", "I do not want to go", "No"),
      ("هل يمكنك أن تساعدني؟", "Can you help me?", "to help"),
      ("أود أن أشكرك.", "I would like to thank you", "bent"),
      ("حاول الجيش أن يتقدم.", "attempted to", "that he"),
      // An elative before a definite plural is a superlative; with من as a predicate, one of them.
      ("المدينة من أكبر المدن السورية.", "is one of the largest Syrian cities", "Akbar"),
      ("انسحب الجيش من أكبر المدن.", "withdrew from the largest cities", "one of"),
      ("طبيعي لازم يتعاقب.", "natural", nil),  // an adjective that is no elative: no superlative (was a crash)
      ("أحتاج إلى سكين.", "I need a knife", "need to"),
      ("يشكو الأهالي من انتشار السلاح.", "spread of", "deployment"),
      ("ضعف الانتشار الأمني في الأحياء", "security deployment", nil),
      ("قتلى وجرحى من الطرفين", "from both sides", "parties"),
      ("اندلعت مواجهات عنيفة في المدينة.", "clashes", "confrontations"),
      ("انتشر فيروس كورونا في المدينة.", "Coronavirus was", "rolled"),  // -us: singular
      ("فرضت الحكومة الحجر الصحي.", "quarantine", "rooms"),
      ("ظهرت أعراض المرض على المصابين.", "symptoms", "honor"),
      ("كما هو موضح أعلاه", "As shown above", "him"),
      ("بالرغم من ذلك", "However", "from"),
      ("هاجمت مجموعة مسلحين الحاجز.", "group", "total"),
      ("ينتقل سارس-كوف-2 بين البشر.", "SARS-CoV-2 moves", "anchor"),  // a hyphenated compound is one phrase
      ("سجلت الوزارة حالات جديدة.", "new cases", "conditions"),
      ("أعلنت الحكومة حالة الطوارئ.", "state of emergency", nil),
      ("تضررت المنازل بسبب الأضرار الناجمة عن القصف.", "resulting from the shelling", "about"),
      ("نجمت الحرائق عن القصف.", "resulted from the shelling", "about"),
      ("أخبر سامي الطبيب عن هذا الأمر.", "this matter", "order"),  // the singular: the lexicon's "matter"
      ("تلقى الجنود أوامر بالانسحاب.", "orders", "matters"),
      ("اعتقل بأمر من المحكمة.", "on the orders of the court", nil),
      ("في بادئ الأمر رفض العرض.", "At first", "matter"),
      ("قصفت قوات النظام البلدة بالقذائف الصاروخية.", "with rockets", "with the"),  // a weapon's plural after ب
      ("دارت اشتباكات بالأسلحة الخفيفة والمتوسطة.", "with light and medium weapons", "middle"),
      // How badly someone was wounded: the adverb (word set injury_degree).
      ("أصيب شاب بجروح طفيفة.", "A young man was lightly wounded.", "with"),
      ("قتل ثلاثة أشخاص وأصيب آخرون بجروح خطيرة.", "others were seriously wounded.", "injuries"),
      ("أصيب جندي بجروح.", "A soldier was wounded.", "with"),
      ("بالنسبة للمرضى، الوضع صعب.", "With regard to patients", "percentage"),
      ("بالنسبة لي، الأمر مهم.", "With regard to me", "to to"),  // ل apart after a phrase in "to"
      ("وفقا له، قتل ثلاثة.", "According to him", "to to"),
      ("أصيب ثلاثة مدنيين بجروح متفاوتة.", "with injuries of varying severity", "an injuries"),  // plural by its head
      ("شهيدان وخمسة جرحى بقصف على إدلب", "Two killed and five wounded", "martyr"),  // the press's neutral word
      ("الأزمة كبيرة.", "The crisis is", "are"),  // singular in -is
      ("وأصيب شقيقه بجروح.", "his brother was wounded", "sister"),  // ه is the pronoun before a ة written ه
      ("وأصيبت شقيقته بجروح.", "his sister was wounded", "brother"),
      ("قتل رجل مع ابنه.", "his son", "daughter"),
      ("يعمل في المنطقة منذ أكثر من عشر سنوات.", "for more than ten years", "since"),  // منذ before a stretch
      ("لم يعد ابنها منذ ثلاثة أيام.", "for three days", "since"),
      ("يعيش في تركيا منذ عام 2011.", "since 2011", nil),  // a point in time
      ("لم يتغير شيء منذ بداية الحرب.", "since the beginning", nil),
      ("أفاد مصدر أمني بمقتل ثلاثة أشخاص.", "reported the death of three people", "with"),  // أفاد ب
      ("أفاد المصدر بأن الحالات مرتبطة بالمرض.", "connected with the disease", nil),  // not past أن
      ("قال أردوغان إن الاتفاق مهم.", "Erdogan said", nil),  // names.tsv: public figures
      ("وصل ترامب إلى باريس.", "Trump reached Paris", nil),
      // Subjects joined by و after the verb are one subject; objects joined by و stay objects.
      ("قال الوزير والسفير إن الاتفاق مهم.", "The minister and the ambassador said", "said and"),
      ("قصفت قوات النظام والميليشيات الإيرانية القرية.", "and the Iranian militias shelled the village", nil),
      ("اعتقلت القوات شابا وامرأة.", "arrested a young man and a woman", nil),
      // A perfect of form VIII of a root in ل is the verb, not the article and a noun (article_verb).
      ("التقى أردوغان وترامب في واشنطن.", "Erdogan and Trump met", "piety"),
      ("والتقى وفد من المعارضة مع المبعوث.", "a delegation met", "Wafd"),
      ("التحق الشاب بصفوف الجيش.", "The young man joined the", nil),
      ("وجهت إليه التهم.", "charges", nil),  // not in the set: the noun
      // بينهما before an indefinite noun is "including", as بينهم; elsewhere "between them".
      ("قتل مدنيان بينهما امرأة.", "including a woman", "between"),
      ("اندلعت اشتباكات بينهما في المدينة.", "between them", "including"),
    ] as [(String, String, String?)])
  func newsVocabulary(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// A language's nisba where it describes no noun before it is the language (languages.tsv); a
  /// verb that writes a plural subject in its ending has no noun subject after it; the ا of "I"
  /// before a stem in ت is no 3rd person feminine; لأنه, لكنني: the conjunction and its clause's
  /// subject; a perfect in ت is "I" only where the line speaks in the first person or is short.
  @Test(
    arguments: [
      ("أتكلم الإنجليزية.", "I speak English", "the English"),
      ("أريد أن أتعلم اللغة اليابانية.", "study Japanese", "language"),
      ("ترجم الكتاب باللغة العربية.", "in Arabic", "with"),
      ("الإنجليزية لغة صعبة.", "English is a difficult language", "The English"),
      ("أتعلم الإنجليزية والفرنسية.", "English and French", "the French"),
      ("اندلعت الثورة الفرنسية.", "The French revolution", "French broke"),
      ("مدرس الفرنسية", "of French", "French teacher"),
      ("يتكلمون الأمازيغية.", "They speak Berber", "Al-"),
      ("رفضوا الانسحاب من القرية.", "They rejected the withdrawal", nil),
      ("قال المسؤولون إن الوضع خطير.", "The officials said", "they"),
      ("أتناول الغداء مع أصدقائي.", "I deal with", nil),
      // A conjunction with its clause's subject pronoun on it (function-words.tsv, clause_conj).
      ("انسحب الجيش لأنه خسر المعركة.", "because it lost the battle", "him"),
      ("لأنهم فقراء.", "Because they are poor", nil),
      ("لكنني لا أعرف.", "But I do not know", "me"),
      ("قال إنه سيعود لكنه لم يعد.", "but he did not return", "him"),
      // A perfect in ت in a report that says nothing in the first person is the 3rd person.
      (
        "اعتمدت هذه الدراسة على طرق مختلفة لجمع البيانات وتحليلها في عدد من المستشفيات الكبرى في المدينة خلال العام الماضي.",
        "This study relied on", "I "
      ),
      (
        "تواصلت الاحتجاجات الشعبية في العاصمة العراقية بغداد ومحافظات الوسط والجنوب لليوم الثاني على التوالي وسط سقوط قتلى وجرحى.",
        "The popular protests continued", "I "
      ),
      (
        "ذهبت إلى السوق أمس واشتريت بعض الخضار والفواكه لأنني كنت أريد أن أطبخ العشاء لعائلتي الكبيرة في المساء.",
        "I went to the market", nil
      ),
      ("وُلدت في دمشق.", "I was", nil),
    ] as [(String, String, String?)])
  func languagesAndVerbEndings(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// A glossary name whose head word is a common noun of its kind takes "the" (word-sets.tsv,
  /// article_name); other names stay bare.
  @Test(
    arguments: [
      ("وصل الوزير إلى الولايات المتحدة.", "reached the United States", nil),
      ("قصف الجيش مواقع في قطاع غزة والضفة الغربية.", "the Gaza Strip and the West Bank", nil),
      ("قال المرصد السوري لحقوق الإنسان إن القصف مستمر.", "The Syrian Observatory for Human Rights", nil),
      ("عقد مجلس الأمن جلسة طارئة.", "The Security Council held", nil),
      ("وصل الوزير إلى دمشق.", "reached Damascus", "the Damascus"),
    ] as [(String, String, String?)])
  func namesWithTheArticle(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// The Arabic article of a generic noun is not English "the": plurals with nothing after them and
  /// mass nouns; a specific noun (counted, followed by its modifier or a relative) keeps it.
  @Test(
    arguments: [
      ("اغسل يديك بالماء والصابون.", "with water and soap", "the soap"),
      ("ينبغي للدول والمستشفيات أن تستعد.", "countries and hospitals", "the hospitals"),
      ("تحتاج المستشفيات إلى الرعاية الصحية.", "health care", "the health"),
      ("ارتفع عدد الحالات في البلاد.", "The number of cases", "of the cases"),
      ("خطفه مسلحون من أحد المقاهي في البلدة.", "one of the cafés", nil),
      ("يعيش الأهالي في الأحياء الخاضعة لسيطرة النظام.", "in the neighbourhoods under", nil),
      ("وصل المبعوث إلى الأطراف الشرقية للمدينة.", "the eastern outskirts", nil),
      ("شرب الرجل الماء الذي في الكأس.", "the water", nil),
    ] as [(String, String, String?)])
  func genericNounsWithoutTheArticle(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// A glossary name has no article but is definite: the definite adjectives after it are its own
  /// (not a comparative, which is the noun's before the name).
  @Test(
    arguments: [
      ("ينتشر فيروس كورونا البشري بسرعة.", "Human coronavirus", "the human"),
      ("قصف الحرس الثوري الإيراني القرية.", "The Iranian Revolutionary Guard", nil),
      ("قال حزب الله اللبناني إن الهجوم فشل.", "Lebanese Hezbollah said", nil),
    ] as [(String, String, String?)])
  func adjectivesOfGlossaryNames(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// The pronoun of separation as a copula, وهو ما and مما as "which", هناك with its copula, a
  /// noun of quantity as the subject of a verb in ت and فإنّ after an opener.
  @Test(
    arguments: [
      ("هذا هو الطبيب.", "This is the doctor.", " he "),
      ("الأطفال هم الأكثر تضررا.", "The children are the", "they"),
      ("كان الرئيس هو المسؤول عن القرار.", "The president was the official", " is "),  // كان says it
      ("ارتفع عدد الإصابات، وهو ما يؤكد أن المرض خطير.", ", which confirms that the disease is serious.", "what"),
      ("وهو ما يعني أن المرض خطير.", "This means", "what"),
      ("في حادثة هي الثانية من نوعها.", "an incident that is the second", "she"),
      ("مما يشير إلى انتقال المرض.", "Which indicates", "he indicates"),
      ("يهتمون بالمالية أكثر مما يهتمون بالصناعة.", "which they are", nil),  // a comparative's مما keeps it
      ("هناك اختلافات كبيرة بين المرضين.", "There are large differences", nil),
      ("بلغت نسبة الوفيات 4%.", "reached 4%", "I reached"),
      ("وصفت مجموعة من الباحثين المرض.", "A group of researchers described", "total"),
      ("بالرغم من ذلك، فإن المرض خطير.", "However, the disease is serious.", "so"),
      ("كما هو موضح أعلاه، المرض خطير.", "As shown above, the disease is serious.", "him"),
      // The copula before an indefinite, a number or an أن clause, after a definite subject.
      ("العلاج الأساسي هو علاج داعم.", "treatment is", " he "),
      ("نطاق الثقة هو 95%.", "is 95%", " he "),
      // وهو / وهي after a noun, before what it is: which is, who is.
      ("سوق هوانان، وهو سوق للمأكولات البحرية.", "market, which is", "and he"),
      ("قتل شاب، وهو من أبناء البلدة، برصاص مجهولين.", ", who is from", "and he"),
      ("في المرضى ارتفع مستوى الديمر، وهو ناتج عن تكسير الفيبرين.", ", which is", "and he"),
      ("قتل وهو في طريقه إلى عمله.", "he", "which"),  // before a preposition: its own clause
      // بما في ذلك, بما فيها: including.
      ("قتل 12 شخصا بما في ذلك ثلاثة أطفال.", "including three children", "with what"),
      ("الأمراض المزمنة بما فيها السكري.", "including", "with what"),
    ] as [(String, String, String?)])
  func copulaAndClauseWords(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// An elative (أفعل) without the article is the comparative, and من after it "than"; a verb in
  /// أ before من after a complementizer stays a verb. ك before an indefinite noun is "as"; لـ
  /// before an indefinite side after an event is "by".
  @Test(
    arguments: [
      ("اللغة الصينية أصعب من اللغات الأجنبية الأخرى.", "more difficult than other", "from"),
      ("لا توقع عليه عقوبة أشد من تلك.", "punishment than", "stronger from"),
      ("أريد أن أعرف من سيأتي معنا.", "I want to know", "than"),
      ("أطول من أسبوعين", "than", "lengthen"),  // at the line's start too
      ("الجانب الأيسر من المنزل.", "from", "than"),  // with the article: no comparative
      // ك before an indefinite noun is "as"; لـ before an indefinite side after an event is "by".
      ("يشير إلى السن كعامل تنبئي.", "as a predictive", "like"),
      ("قتل طفلان بقصف لفصائل موالية لإيران.", "shelling by Iran-backed", "to Iran-backed"),
    ] as [(String, String, String?)])
  func comparativesAndProclitics(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// A verbal noun with لـ and its object is a purpose: "to" + its verb after a verb, "for" + its
  /// -ing form in a phrase with no verb before; not a concrete noun of the same pattern, nor a
  /// glossary term whose English the verb would lose. A modal's subject after لـ or على comes
  /// before it, its verbal noun is its verb, and لا before it negates it. غير negates the
  /// adjective after it; a broken plural's English in -s is plural (the copula agrees).
  @Test(
    arguments: [
      ("وصل الوزير إلى القاهرة لبحث الأزمة.", "to discuss the crisis", "discussion"),
      ("ذهب لعلاج المرضى.", "went to treat patients", "medical treatment"),
      ("المركز الأوروبي لمكافحة الأمراض", "centre for fighting diseases", "confrontation"),
      ("جاء لدعمه.", "to support him", "his support"),
      ("قدم الطعام لكلبه.", "his dog", "rabid"),
      ("بدأت القوات حملة للبحث عن المفقودين.", "search", "discuss"),
      ("يمكن للأطباء علاج المرضى.", "doctors can treat", "can to"),
      ("يجب على الحكومة أن تتحرك.", "government must", "answers"),
      ("ينبغي أن نعمل.", "We should", "incumbent"),
      ("يجب علينا أن نذهب.", "We must", "on us"),
      ("لا يمكن للمسلمين الأكل.", "Muslims cannot eat", nil),
      ("لا يجب أن نذهب.", "We must not", "must not to"),
      ("يجب على هذه الوكالات أن تعمل.", "These agencies must", "on these"),
      ("على سبيل المثال، يمكن للأطباء علاج المرضى.", "For example, the doctors can treat", nil),
      ("بهدف دعم الجيش", "aim of supporting the army", "support of"),
      ("اعتقلت الشرطة رجلا على خلفية الاحتجاجات.", "a man over the protests", "rear"),
      // غير before an adjective negates it; a broken plural's gloss in -s is plural.
      ("الأسباب غير معروفة.", "Reasons are unknown", "non known"),
      ("تعمل المنظمات غير الحكومية في المنطقة.", "non-governmental organisations", nil),
      ("هاجم مسلحون غير معروفين حاجزا.", "Unknown gunmen attacked", nil),
      ("انتشر الفيروس في المدينة.", "The virus was spread", "were"),
    ] as [(String, String, String?)])
  func verbalNounsAndModals(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// من + a definite adjective that opens a clause before أن or a verbal noun is "it is" + the
  /// adjective; كان/يكون before its subject comes after it (the past continuous with an imperfect,
  /// the past perfect with قد); قد + an imperfect is "may". بشكل + an adjective and ب + a noun of manner are adverbs.
  @Test(
    arguments: [
      ("من الصعب تطوير لقاح.", "It is difficult to develop a vaccine", "From the"),
      ("من المتوقع أن يصل الوزير غدا.", "It is expected that", "From the"),
      ("ليس من المحتمل أن يأتي.", "It is not", "it is not it is"),
      ("قال إنه ليس من المحتمل أن يأتي.", "that it is not", "it it"),
      ("من المستشفى إلى البيت.", "From the hospital", "It is"),
      ("كان الوضع صعبا.", "The situation was difficult", "is difficult"),
      ("كان الأطفال يلعبون في الحديقة.", "The children were playing", nil),
      ("كان الوزير قد أعلن الخبر.", "The minister had announced", nil),
      ("يمكن أن يكون الوضع صعبا.", "The situation can be difficult", nil),
      // الذين stands for people: who; so do plurals of the words for people.
      ("أولئك الذين يعملون", "Those who", "which"),
      ("الخبراء الذين تحدثوا", "experts who", "which"),
      // A sentence that opens with a noun that is also an imperfect, before its subject, opens
      // with the verb; not when the subject does not agree (تقدم الجيش: the army's advance).
      ("تواصل القوات الإسرائيلية انتهاكاتها.", "The Israeli forces continue", "continuity"),
      ("تواصل قسد عملياتها.", "SDF continues its operations", "continuity"),
      ("تقدم الجيش نحو المدينة.", "advance of the army", nil),
      // A group named in a plural takes a plural verb; an acronym or Hamas does not.
      ("الحوثيون يختطفون ناشطا.", "Houthis abduct", "abducts"),
      ("حماس تعلن وقف إطلاق النار.", "Hamas announces", nil),
      // An elative spelled like a perfect of form IV is the elative; news verbs and still.
      ("عدد أقل من الحالات", "less than", "lessened"),
      ("هم يعملون في المدينة.", "They work", "employ"),
      ("ما زالت القوات تقصف المدينة.", "The forces still shell the city", "ceased"),
      ("لا يزال مصير الشاب مجهولا.", "The fate of the young man is still", nil),
      ("لا يزالون في المدينة.", "Still in the city", nil),
      // An elative before an indefinite noun in the genitive is its superlative.
      ("وصل التضخم إلى أعلى مستوى منذ عقود.", "the highest level", "higher level"),
      // News verbs whose English takes in the preposition they govern.
      ("وافق البرلمان على القانون.", "The parliament approved the law", "agreed on"),
      ("رحبت الحكومة بالقرار.", "welcomed the decision", "with the decision"),
      ("اعترف المتهم بالجريمة.", "admitted the crime", "admited"),
      // من قبل before the doer is "by", alone "before".
      ("تم اكتشاف الفيروس من قبل العلماء.", "discovered by", "from before"),
      ("بعد إدانتهما من قبل \"المحكمة الشرعية\"", "by \"", "from before"),
      ("لم يحدث ذلك من قبل.", "happen before", "from before"),
      // قد + an imperfect is "may".
      ("قد يصبح الفيروس خطيرا.", "The virus may become serious", nil),
      ("قد يكون المرض خطيرا.", "The disease may be serious", nil),
      ("قد يتم نقل المرضى.", "may be transferred", nil),
      // قد + a perfect is the present perfect (the past perfect after a past verb or with كان).
      ("وقد أعلنت الوزارة عن حالات جديدة.", "the ministry has announced", "may"),
      ("الأطباء قد وصلوا إلى المستشفى.", "The doctors have reached", "has reached"),
      ("وقد قُتل ثلاثة مدنيين في القصف.", "three civilians have been killed", nil),
      ("قال الوزير إن الجيش قد انسحب من المدينة.", "the army had withdrawn", "has withdrawn"),
      ("كانت قوات النظام قد سيطرت على المدينة.", "had taken control", "has"),
      ("الذين كانوا قد طردوا عناصرها", "expelled", "have"),
      ("ربما يكون المسلحون قد هربوا.", "the gunmen have fled", " are "),
      // بشكل + an adjective and ب + a noun of manner are adverbs.
      ("ارتفعت الأسعار بشكل كبير.", "rose significantly", "manner"),
      ("قال ذلك بشكل واضح.", "clearly", "manner"),
      ("يعمل الأطباء بسرعة.", "quickly", "speed"),
      ("تحدث بشكل عام عن الوضع.", "generally", "year"),
      // Before an أن clause, a passive or a verb of seeming has "it".
      ("اكتُشف أن الفيروس خطير.", "It was discovered that", "He"),
      ("ذُكر أن الأشخاص يحملون الفيروس.", "It was reported that", "He"),
      ("يبدو أن الهجوم كان منسقا.", "It appears that", "He"),
      ("واتضح لاحقا أن المهاجمين من خارج المنطقة.", "it became clear later that", " he "),
      ("تبين أن القتيل أحد عناصر الأمن.", "It turned out that", "declare"),
      ("قال أن الهجوم كان منسقا.", "He said", nil),  // a verb of saying keeps its person
    ] as [(String, String, String?)])
  func impersonalClausesAndKana(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// A verb joined by و that agrees with the verb before it shares that verb's subject, so that an
  /// indefinite noun phrase after it is its object (and stays after it); a new subject (a definite
  /// noun, a count after a news verb that is passive without one) is kept. A noun of multitude
  /// before the definite noun it counts takes "of".
  @Test(
    arguments: [
      ("قسد تشن حملة في مدينة الرقة وتعتقل عشرات الشبان.", "and arrests dozens of young men", "young men arrest"),
      ("القوات الإسرائيلية تتوغل في القرية وتقيم نقطة عسكرية.", "and install a military post", "post installs"),
      ("هاجم مسلحون حاجزا وقتل 3 عناصر.", "3 members were killed", nil),
      ("هاجمت القوات القرية وقصفت مواقع للفصائل.", "and shelled positions", "positions shelled"),
      ("هاجمت القوات القرية وهربت العائلات.", "the families", nil),
      ("هاجم مسلحون حاجزا وقتل عنصر.", "a member was killed", nil),
      ("مسلحون يستهدفون حاجزاً لـ\"قسد\" ويقتلون عنصرين.", "a checkpoint of \"SDF\" and kill two members", nil),
      ("هجوم لـ\"داعش\" على حاجز.", "by \"ISIS\"", "to \""),
      // A participle counted as a noun takes no -s; يرجح أنها after a noun is "believed to", and
      // before لـ "believed to belong".
      ("اعتقل الأمن الداخلي في طرطوس ثلاثة متورطين بتهريب الأسلحة.", "three involved", "involveds"),
      ("مسيّرة يُرجح أنها للتحالف تستهدف قيادياً قرب إدلب.", "believed to belong to the coalition targets", "she"),
      // A governed phrase (ألقى القبض على → arrest), and a pronoun on a governed preposition.
      ("ألقى الأمن القبض عليه.", "arrested him", "delivered"),
      ("الأمن الداخلي يلقي القبض على ثلاثة متورطين", "arrests three involved", nil),
      ("ألقى الوزير كلمة.", "delivered", "arrest"),
      ("سيطرت القوات عليها.", "took control of it", "her"),
      // Each news event's verbal noun counts its own people, a third or others too.
      ("مقتل عنصرين من الأمن العام وإصابة ثالث بكمين مسلح", "killed and third wounded", "injury"),
      ("مقتل طفل وإصابة آخرين", "others wounded", nil),
      ("قتيل وجريحان بانفجار لغم", "One killed and two wounded", "person"),
      ("جريح برصاص مجهولين في درعا", "One wounded by", "wounded person"),
      ("خرج آلاف المتظاهرين في المدينة.", "Thousands of protesters", "Thousands protesters"),
      ("قتل مئات المدنيين في القصف.", "Hundreds of civilians", nil),
      ("نزح عشرات الآلاف من المدنيين.", "Tens of thousands of civilians", nil),
      ("قتل 30 عنصرا من قوات النظام.", "30 members of the regime forces", nil),
      // A noun of quantity with an English singular is a noun in construct: "the number of", and
      // what it counts is general (no "the").
      ("زاد عدد الحالات المؤكدة في الصين.", "The number of confirmed cases increased", "Number cases"),
      ("ارتفعت نسبة الوفيات.", "The percentage of deaths rose", "of the deaths"),
      ("انفجرت عبوة، ما أسفر عن مقتل شخص وإصابة عدد آخر بجروح.", "and wounding several others.", "with wounds"),
      ("وصل عدد آخر من الجنود.", "Several others of the soldiers", nil),
      ("تلقت اتصالا من رقم مجهول.", "an unidentified number", "a unidentified"),
      ("تلقى اتصالا من رقم آخر.", "from another number", "an other"),
      // اثنان after a plural counts it; a count after أصاب is people wounded.
      ("مقتل مدنيين اثنين", "Two civilians killed", "killed two"),
      // The dual's fatha written before -ين (the plural has a kasra).
      ("استشهاد مواطنَين بقصف", "Two citizens killed", nil),
      ("مقتل مدنيَّين برصاص مجهولين", "Two civilians killed", nil),
      ("استشهاد مواطنِين بقصف", "Citizens killed", "Two"),
      // A quantifier and its noun after the verb are its subject (not a time: كل يوم).
      ("عانى بعض المرضى من ضيق التنفس.", "Some patients suffered", "He suffered"),
      ("تعاني معظم الدول من الأزمة.", "Most countries suffer", "You"),
      ("أمشي كل يوم.", "I walk every day", nil),
      ("قتل عدد من الجنود.", "A number of soldiers were killed", "He killed"),
      ("أعلن العديد من المسؤولين استقالتهم.", "Many officials announced", nil),
      ("نشرت CNN تقريرا.", "CNN published a report", nil),
      ("وُجد في البداية أنه شائع.", "It was found", "He was found"),
      ("من جهته، قال المتحدث إن الهجوم فشل.", "For his part,", "him"),
      // News verbs that govern عن, which English drops.
      ("أعلنت الوزارة عن مقتل جنديين.", "announced the death of two soldiers", "about"),
      ("كشف المصدر عن هوية القتلى.", "revealed the identity", "about"),
      // After أن/إن and a definite subject, a noun-or-perfect is the verb; an adjective stays.
      ("قال المتحدث إن الهجوم فشل.", "that the attack failed", "failure"),
      ("قال إن الكلب أبيض.", "that the dog is white", "became"),
      // North or south then east or west: one English adjective.
      ("على الأطراف الشمالية الغربية للمدينة.", "the northwestern outskirts", "Western"),
      ("الحدود الجنوبية الشرقية", "southeastern border", nil),
      // A part of a place: لـ after it is "of", a direction before it lower case.
      ("على الأطراف الشرقية لبلدة الغدفة.", "the eastern outskirts of the town of al-Ghadfa", "Eastern"),
      // … and so is any definite noun an adjective describes, before a place; not an event or a
      // verbal noun, nor after a participle that governs لـ.
      ("على المدخل الجنوبي لمدينة جرابلس.", "the southern entrance of Jarabulus city", nil),
      ("قتل مدني في الساحة العامة لمدينة الميادين.", "the public square of Mayadin city", "square to"),
      ("بعد الزيارة الرسمية لمدينة حلب.", "the official visit to Aleppo city", "visit of"),
      ("الفصائل الموالية لمدينة حلب.", "factions loyal to Aleppo", "loyal of"),
      ("من جهتهم، رفض الأهالي.", "For their part,", "them"),
      ("بعد يومين من الهجوم.", "Two days after the attack", "from"),
      ("وبحسب المرصد، فإن القصف استهدف المنازل.", "Observatory, the shelling", ",,"),
      ("قصف مدفعي على البلدة يقتل مزارعاً ويصيب اثنين", "and wounds two", "strikes"),
      ("أصابت القذيفة ثلاثة منازل.", "struck three houses", "wounded"),
      // A comparative before من: "than", also after its subject when read as a perfect or a name,
      // with a pronoun on من, and with the noun that says in what it compares.
      ("هو أثقل منه.", "He is heavier than him", "burdened"),
      ("المدينة أكبر من القرية.", "larger than", "Akbar"),
      ("تسبب الفيروس في عدوى أقل شدة من سارس.", "than SARS", "from"),
      ("أنا أعرف من هو.", "I know", "than"),
      ("وجد أن أكبر فائدة من التطهير جاءت من الغسيل.", "benefit from", "than"),
      // من with the group on it after a quantity; a part or a kind of a thing.
      ("قتل عشرات منهم.", "Dozens of them were killed", "from them"),
      ("أصيب العديد منهم.", "Many of them were wounded", "He was"),
      ("قتل عنصران من \"الأمن العام\".", "Two members of \"General Security\" were killed", "killed of"),
      ("هذا جزء من العالم.", "part of", "section"),
      ("أريد المزيد من الوقت.", "more time", "the time"),
      // A passive with no subject is impersonal unless done to people or after أن.
      ("يُستخدم لتأكيد الحالات.", "It is used to confirm", "He is used"),
      ("أُصيب بجروح.", "He was wounded", "It was"),
      ("سامي لا يستحق أن يُطرد.", "he is expelled", "it is"),
      // يعد before ب is وعد "promise"; alone it is the passive يُعد.
      ("المحافظ يعد بالمراجعة.", "promises the review", "prepares"),
      ("يعد التدخين ضارا.", "is considered", "promise"),
    ] as [(String, String, String?)])
  func coordinatedVerbsAndMultitudes(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// A governed phrase is found for any form of its verb (by the lexicon's lemma: ألقت, not only
  /// ألقى), a glossary verb takes the phrase's English when the phrase is there, and a passive
  /// verb phrase makes the governed preposition's noun phrase (or pronoun) its subject. Compound
  /// conjunctions with أن, دون, and day words: a weekday after "last night" is "on … night". A
  /// verb's English preposition with nothing to take is dropped; a participle whose doer follows
  /// with من goes after its noun with "by", and so does ب on a weapon after the killed and wounded;
  /// a mass noun (word-sets.tsv mass_noun) takes no "a".
  @Test(
    arguments: [
      ("ألقت قوات النظام القبض على ثلاثة شبان.", "The regime forces arrested three young men", "delivered"),
      ("ألقت الشرطة القبض على رجل.", "arrested", "delivered"),
      ("أُلقي القبض على شاب في درعا.", "A young man was arrested in Daraa", "He"),
      ("ألقي القبض على ثلاثة شبان.", "Three young men were arrested", "on"),
      ("وألقي القبض عليهم في المدينة.", "they were arrested", "them"),
      ("أطلق مسلحون مجهولون النار عليه.", "Unidentified gunmen opened fire on him", "fired the fire"),
      ("يطلق عناصر الحاجز النار على السيارات.", "open fire on", "release"),
      ("تستحث السيتوكينات الخلايا لإطلاق عدد ضخم من الجذور.", "release", "fire"),
      ("قتل شاب قرب منزله.", "near his house", "Manzalah"),
      ("غارة إسرائيلية على سيارة قرب بلدة حضر في القنيطرة", "Hadar", "prepared"),
      ("وصل الوفد بعد أن انتهى الاجتماع.", "after the meeting", "after that"),
      ("انسحبت القوات دون أن تشتبك.", "without", "recorded"),
      ("قتل شاب يوم أمس في درعا.", "killed yesterday in Daraa", "day yesterday"),
      ("قتل شاب ليل أمس الأربعاء في درعا.", "on Wednesday night", "last night"),
      ("أتذكر ما فعلت الجمعة الماضية؟", "last Friday", "on Friday"),
      ("وصل الوفد.", "The delegation arrived.", "arrived at"),
      ("فصائل المعارضة المدعومة من تركيا", "opposition factions backed by Turkey", "from Turkey"),
      ("مجموعة مسلحة مدعومة من الحكومة", "armed group backed by", "Backed"),
      // A glossary noun of a side with an adjective reading of the same sense is that adjective
      // after a noun it agrees with; a plural one not after a singular.
      ("شنت مجموعات محلية مسلحة عملية أمنية.", "Armed local groups launched", "gunman"),
      ("قتل مدني مسلح.", "An armed civilian was killed", "armored"),
      ("قتل ثلاثة عناصر بهجوم إرهابي.", "in a terrorist attack", "attack terrorist"),
      ("اعتقل الجيش قائد مسلحين.", "arrested", "armed"),
      ("الضحايا مدنيون.", "are civilians", "civilian."),
      // ب on a weapon after the killed and wounded is "by"; after other verbs "with".
      ("شهيدان وخمسة جرحى بقذائف الإرهابيين على السقيلبية", "five wounded by", "with"),
      ("أصيب شاب بطلق ناري.", "wounded by gunfire", "talc"),
      ("قصفت القوات القرية بالمدفعية الثقيلة.", "with the heavy artillery", "by"),
      ("أصيب شاب برصاص حي.", "wounded by live ammunition", "a live"),
      // Nationality adjectives after a plural noun, a dual's "two" before its adjectives, ل's hidden
      // article, outlets named with the Arabic article, month pairs and a.m./p.m.
      ("قتل 8 جنود سوريين", "8 Syrian soldiers", "Syrians"),
      ("عاد آلاف السوريين إلى بلادهم", "Thousands of Syrians returned", nil),
      ("قتل جنديين إسرائيليين", "Two Israeli soldiers", "Israeli two"),
      ("مخيم للاجئين الفلسطينيين", "Palestinian refugees", "refugees of"),
      ("ذكر مصدر محلي لـ\"زمان الوصل\".", "A local source reported to \"Zaman al-Wasl\"", "the Zaman"),
      ("الأربعاء 2 حزيران/يونيو 2021", "2 June 2021", "June /"),
      ("آخر تحديث: 9 أيار 2023 – 10:15 ص", "10:15 a.m.", nil),
      ("شارك على فيسبوك", "Share on Facebook", "participated"),
      ("الرئيسية / أخبار / درعا", "Home / news / Daraa", "armed"),
      // Whom a news event befalls is a person (a glossary thing gives way to the lexicon's person);
      // a word between في and بريف is a town whatever the lexicon reads in it.
      ("مقتل مزارع وإصابة ثلاثة بانفجار لغم", "farmer killed", "farms"),
      ("قصف مدفعي يقتل مزارعاً", "kills a farmer", "farms"),
      ("أحرق المستوطنون مزارع الفلسطينيين", "farms", "farmer"),
      ("مقتل قائد الفصيل", "commander", "leader"),
      ("انفجار لغم في لطمين بريف حماة", "in Latmin in Hama countryside", "flowed"),
      ("قتل شاب في منزله بريف حلب", "in his house", nil),
      ("مقتل عنصر من الأمن العام وإصابة اثنين", "member of General Security killed", "from"),
      ("مقتل شاب من درعا", "from Daraa", nil),
      // لقي … مصرعه/حتفه is "be killed" across its subject; a reading per stem entry (أكبر's
      // elative is not crowded out by copies); tanween is no name; form IV verbs mostly verbs.
      ("لقي شاب مصرعه", "young man was killed", "death"),
      ("لقي ثلاثة أشخاص مصرعهم", "Three people were killed", "met"),
      ("أكبر مدينة في سوريا", "largest city", "Akbar"),
      ("أعلى مستوى", "highest level", "raised"),
      ("موارد أكثر أو أقل من إيطاليا", "ore sources or less than", "increased"),
      ("أظهر التحليل أن المرض خطير", "showed", "clearer"),
      ("أقدم مسلحون على اختطاف طفل", "carried out", "oldest"),
      ("استهدف القصف بناءً سكنياً", "targeted", "Banna"),
      ("في محيط بلدة كفرجنة بريف عفرين", "Kafr Jinna", "currying"),
      ("مقتل شخصين في قرية فاحل بريف حمص", "Fahil", "dissolve"),
      ("انضمت ليلى إلى مخيم للنازيين الجدد.", "camp", "Lalnaz"),
    ] as [(String, String, String?)])
  func governedPhrasesAndCompoundConjunctions(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// News verbs of verbs.tsv (a noun with its proclitic taken in: =ب+فرار), a glossary verb read
  /// as the verb it names (active first; a verb known only in the passive has the entry's active
  /// English), and a subject after its verb with its من group or origin.
  @Test(
    arguments: [
      ("دمرت الغارات عدة منازل في البلدة", "airstrikes destroyed several houses", "perished"),
      ("حلقت طائرات حربية فوق المدينة", "Warplanes flew", "shaved"),
      ("تنشط خلايا التنظيم في البادية السورية", "cells operate", "stimulate"),
      ("طالت حملة الاعتقالات عشرات الشبان", "campaign targeted dozens", "was long"),
      ("ضبطت الشرطة كمية من المخدرات", "police seized", "regulated"),
      ("لاذ المهاجمون بالفرار إلى جهة مجهولة", "attackers fled to an unknown location", "escape"),
      ("تبنى تنظيم داعش الهجوم على الحاجز", "ISIS claimed responsibility for", "is claimed"),
      ("توفي طفلان شقيقان", "Two children died", "were died"),
      ("تُوُفِّيَ طفلان شقيقان", "Two children died", "were died"),
      ("قضت وحدات من الجيش على 7 إرهابيين", "Units of the army eliminated 7 terrorists", "on 7"),
      ("أطلق عناصر من الأمن النار على المتظاهرين", "Members of the security opened fire on the protesters", nil),
      ("نزحت مئات العائلات من القرية", "Hundreds of families from the village fled", "I fled"),
      ("خطف شابين من رساس بريف السويداء", "Two young men from Rasas were kidnapped", "of Rasas"),
      ("أفاد ناشطون من المدينة بأن القصف مستمر", "Activists from the city reported", nil),
      ("تخدرت يدي من البرد.", "from the cold", "of the cold"),
      ("تبنت فرنسا وبريطانيا خطة", "adopted", "claimed"),
      // A subject opened by أي takes the verb's negation ("no"), when it agrees with the verb and
      // is a body that acts; a noun taken in before the preposition the English ends in.
      ("لم تتبنَّ أي جهة المسؤولية عن الهجوم حتى الآن", "No party claimed responsibility for the attack", "about"),
      ("لم تجر أي دولة الاختبار", "No state conducted the test", nil),
      ("لم تملك أي مال", "any money", "No money"),
      ("لم يصدر أي تعليق رسمي", "any official comment", "any an"),
      // A word alone between separators is a place (a dateline, a list of keywords); outlets.
      ("تلفزيون سوريا – درعا", "Syria TV – Daraa", "armed"),
      ("كلمات مفتاحية: درعا، اغتيالات", "Keywords: Daraa, assassinations", "armed"),
      ("الكلمات المفتاحية: درعا | الشيخ مسكين", "Daraa |", "armed"),
      ("وأفاد مراسل درعا 24 بأن مسلحين", "Daraa 24", "armed"),
      ("اتخذت المنطقتان عدة تدابير، لا سيما فيما يتعلق بالمدارس.", "especially", "sign"),
      // A verb's row without its preposition is its English when the preposition is not there.
      ("وثقت الشبكة السورية مقتل 20 مدنيا", "documented the death of 20 civilians", "trusted"),
      ("أثق بك.", "I trust you", "document"),
      ("يمر الطريق بالقرية", "passes through the village", nil),
      ("أودت الغارة بحياة ثلاثة مدنيين", "claimed the lives of three civilians", "bent"),
      ("أود أن أتعلم العربية.", "I would like to", "claimed"),
      ("استشهدت مواطنة بقصف مدفعي", "was killed", "quoted"),
      ("ينحدرون من قرية الحصان", "They hail from the village of al-Hisan", "descend"),
      ("لافتاً إلى أن القصف مستمر", "Noting that the shelling", "chewed"),
      ("تتكرر حوادث الخطف وسط غياب شبه تام لدور الأجهزة الأمنية", "near-complete", "compared"),
      // News senses of nouns; an oblique form is no subject; an adjective with a pronoun on it
      // describes no noun (عليها is the preposition).
      ("قال إن العبوة كانت مزروعة في سيارته", "the explosive device was planted in his car", "package"),
      ("وفتح تحقيق في الحادثة", "investigation", "achievement"),
      ("سقط قتلى في صفوف المدنيين", "among the civilians", "lines"),
      ("اعتقل بتهمة الانتماء إلى التنظيم", "affiliation", "membership"),
      ("وطالبت ذويهم بفدية مالية", "demanded their families a financial ransom", "their families demanded"),
      ("تعويض ذوي الضحايا", "the families of the victims", "relatives"),
      ("عثر على جثة وعليها آثار طلقات نارية", "on her", "supreme"),
      ("ذلك الفستان يبدو جميلاً عليك.", "on you", "supreme"),
      ("تتواصل الخروقات في المنطقة", "The violations continue", "interconnected"),
      ("يتواصلون مع بعضهم", "communicate with", "continue"),
      ("انتشلت فرق الدفاع المدني جثث الضحايا", "recovered the bodies", "rescued"),
      ("عبث مجهولون بالممتلكات العامة", "tampered with the public property", "year"),
      ("قال إن الاشتباك وقع مساء أمس", "the clash took place", "fell"),
      ("أعدم تنظيم داعش ثلاثة شبان في ساحة عامة", "in a public square", "year"),
      ("انفجرت سيارة مفخخة مركونة قرب السوق", "A parked car bomb exploded", nil),
      ("أعلنت الهيئة عبر معرفاته الرسمية", "accounts", nil),
      ("دون معرفة الإجابات", "knowledge of", "account"),
      ("مظاهرة تطالب بإسقاط الجولاني", "al-Jolani", "Jawlani"),
      ("في إقليم كوردستان العراق", "Kurdistan", "Kurdastan"),
      ("تتمركز قوات النظام في المطار", "are stationed in the airport", "centered"),
      ("الأمن الداخلي يفكك عصابة لترويج المخدرات", "dismantles", "separates"),
      ("كان سامي يخطّط لحياة أخرى.", "planning", "drawing lines"),
      ("ترجل المسلحون من السيارة", "got out", "walk"),
      ("تتجه الأرتال نحو المدينة", "head towards the city", "about"),
      ("قتل نحو 20 شخصا", "About 20 people", "towards"),
      ("بعد نحو أسبوع من المعارك", "About a week after the battles", "towards"),
      // A noun entry after a preposition stays a noun where the lexicon reads a verb.
      ("قتل مدنيان في قصف على إدلب", "in shelling on Idlib", "shelled"),
      // A passive whose news row takes in a noun.
      ("وأُصيبت والدتهما بجروح", "their mother was wounded", "hit"),
      // The news verb that takes in a noun goes first at a clause's start when the noun follows.
      ("فارق ضابط متقاعد الحياة", "A retired officer died", "istinctive"),
      ("هناك فارق كبير في الحياة", "distinctive", "died"),
      // A people's adjective after a number is the people counted.
      ("مصرع 23 حوثياً في مواجهات", "23 Houthis killed", "killed Houthi"),
      // A report's source after حسب ما / وفق ما with a verb of reporting.
      ("قتل رجل بحسب ما أفاد به ناشطون محليون", "according to local activists", "reported"),
      ("وفق ما ذكره المرصد", "According to", "him"),
      ("وفق ما أعلنت وزارة الدفاع", "According to the Ministry of Defence", "announced"),
      ("حسب ما قلت لك", "As I said", "according"),
      // A day of a month after في is "on".
      ("في 7 فبراير، قامت البرازيل بإجلاء 34 برازيليًا", "On 7 February", "In 7"),
      // لم يعد with a subject and a predicate is "no longer"; with إلى it is "return".
      ("لم تعد حوادث الخطف في محافظة السويداء خبراً استثنائياً.", "in Suwayda governorate are no longer", "return"),
      ("لم تعد الحكومة تسيطر على المدينة", "no longer takes control of", "did not"),
      ("لم يعد الرجل إلى منزله", "did not return to his house", "no longer"),
      // A present in ت after a comma, in a line that speaks to no one, is "it"; and one joined by و
      // to a verb whose subject came before it shares that subject.
      ("تشهد المدينة أزمة خبز خانقة، تتجلى في طوابير طويلة", "it becomes clear", "you"),
      ("القوات الإسرائيلية تتوغل في كودنة وتسيطر على تل استراتيجي", "and take control of", "you"),
      ("أنا أحبك وتحبني", "and you love me", nil),
      // A headline's subject with its town and the town's direction before its verb.
      ("مظاهرة في أرمناز شمالي إدلب تطالب بإسقاط الجولاني", "north of Idlib demands", "you"),
      // After the verbal noun of what is done to people, the name is whom it is done to.
      ("تطالب باعتقال الجولاني", "arrest of al-Jolani", "al-Jolani arrest"),
      ("هجوم داعش على حاجز", "ISIS attack", nil),
      // A modal written with its person after its subject.
      ("الشعب يريد إسقاط النظام", "people want", "he wants"),
      // ب on a noun of two letters (حي) and on a settlement noun is "in"; on a front, "on"; a verb
      // entry never takes ب (برد is "cold").
      ("اشتباكات بحي المقوس بمدينة السويداء", "in al-Muqawwas neighbourhood in Suwayda city", "alive"),
      ("اشتباكات بجبهة الكسارة", "on Kassara front", "with"),
      ("الطقس برد", "cold", "respond"),
      ("يطرق سامي باب ليلى", "door", "August"),
      // وسط before an indefinite noun after no preposition is "amid".
      ("وسط اتهامات للميليشيات", "Amid accusations", "middle"),
      ("في وسط المدينة", "middle of the city", "amid"),
      // لـ on a noun in construct with a definite noun, after an event: "by".
      ("استشهاد ثلاثة مواطنين بقصف لمسيّرة الاحتلال التركي", "in shelling by", "shelling to"),
      // Outlets, a verbal noun of death, and تظاهر with and without ب.
      ("عدن الغد", "Aden al-Ghad", "Tomorrow"),
      ("وفاة طفلين وإصابة ثالث بانفجار", "Two children died and third wounded", "Death of"),
      ("أهالي قامشلو يتظاهرون تنديداً بهجمات الاحتلال التركي", "protest in condemnation of the attacks", "manifest"),
      // جراح with its pronoun is "wounds"; a word written with ة is no entry written with ه.
      ("توفي متأثرا بجراحه", "because of his wounds", "surgeon"),
      ("قبل إجراء الجراحة", "surgeon", "wounds"),
      // بل and بلا are function words (not the lexicon's بلّ "moisture").
      ("لا عدالة بلا محاسبة", "without", "moisture"),
      ("ليس هذا فقط بل أيضا", "but also", "moisture"),
      // A headline's subject with whose it is (لـ) before its verb; أصاب with people as its object.
      ("قصف مدفعي لقوات الأسد يقتل امرأة ويصيب أطفالاً", "by the regime forces kills a woman and wounds children", nil),
      // … and before a perfect in ت, which is then "she" (not "I"), unless it describes an indefinite noun.
      ("قال مصدر إن دورية للجيش اقتحمت القرية.", "a patrol of the army stormed the village", "village stormed"),
      ("قتيلان بانفجار عبوة ناسفة استهدفت سيارة عسكرية", "IED explosion that targeted", "IED explosion targeted"),
      ("أصابت القذيفة منزلاً", "struck", "wound"),
      // الإفراج عن and its pronoun forms; رفضاً لـ; ب of an aggression after casualties is "in".
      ("طالبوا بالإفراج عن المعتقلين", "release of the detainees", "release about"),
      ("مقابل الإفراج عنه", "his release", "release of"),
      ("مظاهرات رفضاً لحملات التجنيد", "against the recruitment campaigns", "against to"),
      ("شهيدان وثلاثة جرحى بعدوان إسرائيلي", "in an Israeli aggression", "with"),
      // أبو before a word only the lexicon knows is a kunya; not before a count or a definite noun.
      ("القيادي المعروف بالحاج أبو صادق", "Abu Sadiq", "veracious"),
      ("أبو طفلين", "two children", "Abu"),
      ("أبو الطفل", "father", "Abu"),
      // (A construct plural in ي counts nothing; an alif after the first letter is no article.)
      ("هجوم على نقاط الجيش في محيط أبو دالي", "Abu Dali", "father"),
      // A phrase that agrees with its noun by the article describes it: no copula.
      ("الأحياء الخاضعة لسيطرة النظام", "eighbourhoods under the control of", "are under"),
    ] as [(String, String, String?)])
  func newsVerbsAndGroupSubjects(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// A head noun of an operation or a plan (word-sets.tsv compound_head) before the indefinite
  /// noun of an action makes an English compound; not when the action has a complement of its own.
  @Test(
    arguments: [
      ("نفذت القوات عملية تفتيش في القرية.", "carried out a search operation", "operation a search"),
      ("شنت القوات حملة اعتقال واسعة في المدينة.", "a wide arrest campaign", nil),
      ("أحبطت القوات محاولة تسلل.", "infiltration attempt", nil),
      ("نفذت القوات عملية تفتيش المنازل.", "search", "search operation"),
      ("أصدرت المحكمة مذكرة اعتقال بحق الوزير.", "an arrest warrant", "reminder"),
      ("نقل إلى مركز احتجاز.", "detention centre", nil),
      ("نجا الوزير من محاولة الاغتيال.", "the assassination attempt", "attempt of"),
      ("أعلنت الوزارة انتهاء عملية التفتيش في المدينة.", "the search operation", nil),
      // A noun before a noun in construct with a definite one: a chain of "of".
      ("أعلن الأمن العام حصيلة حملة التمشيط.", "the toll of the sweep campaign", nil),
      ("قال مدير مكتب الوزير إن الاجتماع انتهى.", "The director of the bureau of the minister", nil),
    ] as [(String, String, String?)])
  func nounCompounds(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// A curated place whose name is also a common word is the place where news puts one: opening
  /// a dateline (before a colon or dots), and with ب after the name of a settlement the gazetteer
  /// lacks; not at a line's start before a word.
  @Test(
    arguments: [
      ("درعا.. قتيلان بانفجار عبوة ناسفة", "Daraa..", "armed"),
      ("درعا: مقتل شاب", "Daraa:", "armed"),
      ("حمص: سقوط قذائف", "Homs:", nil),
      ("إعدام سبعة شبان في حي البياضة بحمص", "in Homs", "hummus"),
      ("قصف على ريف ديرك", "al-Malikiyah", "monastery"),
      ("كمين على طريق الدريكيش – صافيتا بريف طرطوس", "– Safita", "nets"),
      ("درعا الشباب في الدفاع", "armed", "Daraa"),
      // A word only the lexicon reads between في and بريف is the town's name.
      ("مظاهرة في زردنا بريف إدلب", "in Zaradna in Idlib countryside", "coat of mail"),
      ("اشتباكات في منزله بريف حلب", "his house", nil),
      // An organization named after a town is the town after في or قرب; the outlet elsewhere.
      ("هجوم مسلح على حاجز في الميادين", "in Mayadin", "Al Mayadeen"),
      ("ذكرت قناة الميادين أن القصف استهدف المدينة", "Al Mayadeen", "Mayadin"),
    ] as [(String, String, String?)])
  func placesWhereNewsPutsThem(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// Counts and stretches of time: a counted unit of time is plural (and a glossary's irregular
  /// plural is used); ل on a stretch of time is "for"; اليوم before an ordinal is the day; the
  /// article on a number makes its noun definite, with an adjective of order before the number; a
  /// year's number takes no "year"; the hour of a clock time is "at"; common idioms of time and
  /// degree.
  @Test(
    arguments: [
      ("استمرت الاشتباكات لمدة 48 ساعة.", "for 48 hours", "48 hour "),
      ("قتل 12 طفلا في القصف.", "12 children", "childs"),
      ("بعد 11 يوما من القصف.", "11 days", nil),
      ("تستمر الحملة لأسبوعين.", "for two weeks", "to two weeks"),
      ("تواصل القوات الحملة لليوم الثالث على التوالي.", "for the third day in a row", "today"),
      ("زار الوزير المدينة للمرة الأولى منذ سنوات.", "for the first time", "to time"),
      ("قتل 5 أشخاص خلال الـ48 ساعة الماضية.", "during the last 48 hours", "Al48"),
      ("الأربعاء 21 شباط 2024 الساعة 17:05", "2024 at 17:05", "hours"),
      ("وقعت المجزرة عام 2013.", "in 2013", "year 2013"),
      ("فرضت روسيا التسوية صيف عام 2018.", "summer 2018", "year"),
      ("خرقت القوات اتفاق فصل القوات لعام 1974.", "of 1974", "for 1974"),
      ("بقي ثلاثة أشخاص على قيد الحياة.", "remained alive", "restriction"),
      ("ارتفعت الأسعار بنسبة 20%.", "rose by 20%", "percentage"),
      ("تراجعت الليرة إلى حد كبير.", "largely", "stop"),
      ("بدأت الحملة في أواخر شباط.", "late February", "a late"),
      // A month or a weekday with الماضي / المقبل: last, next; after a date, nothing.
      ("بدأت الحملة في شباط الماضي.", "started last February", "the last"),
      ("خرجت مظاهرة الجمعة الماضية في درعا.", "last Friday", "the last"),
      ("في 7 شباط الماضي", "On 7 February", "last"),
      // بعد / قبل + a stretch of time + من: the time first, من unsaid.
      ("أعدم الشاب بعد ساعات من اختطافه.", "hours after his abduction", "from"),
      ("بعد ثلاثة أشهر من سقوط النظام", "months after", "of"),
      ("قبل يومين من الانتخابات", "days before", "ago"),
      ("قتل قبل يومين", "two days ago", nil),
    ] as [(String, String, String?)])
  func countsAndTime(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// News verbs and their clauses: a preposition before أن has no English (pointed out that); a
  /// news verb is found from every form of a form I verb (دعت: call for); أمام written with its
  /// hamza is "in front of", not the imam; a glossary phrase for exchange rates.
  @Test(
    arguments: [
      ("وأشار إلى أن الهجوم أسفر عن مقتل ثلاثة مدنيين.", "pointed out that the attack", "to that"),
      ("شدد الوزير على أن الحل سياسي.", "The minister stressed that", "on that"),
      ("وهذا دليل على أن الوضع خطير.", "evidence that", "on that"),
      ("وأثبتت الدراسة أنه رغم أن التصوير مفيد.", "despite that", nil),
      ("دعت الأمم المتحدة إلى حماية المدنيين.", "called for the protection", "called to"),
      ("لم يعلق الجيش على الحادثة.", "did not comment on the incident", "attached"),
      ("وصل عدد القتلى إلى 50.", "reached 50", nil),
      ("ألقى الرئيس كلمة أمام البرلمان.", "in front of the parliament", "imam"),
      ("قال إمام المسجد إن الصلاة أقيمت.", "imam", "in front of"),
      ("تراجع سعر صرف الليرة أمام الدولار.", "against the dollar", "in front of"),
      // A verb that takes another verb with "to": an indefinite verbal noun after it (and its
      // subject, and its governed preposition) is that verb; a definite one only before its object's
      // preposition.
      ("حاول الوفد إقناع السكان بالبقاء.", "attempted to persuade", nil),
      ("تمكنت فرق الدفاع المدني من إخماد الحريق.", "managed to extinguish the fire", "capable"),
      ("قرر المجلس تأجيل الجلسة.", "decided to postpone the session", nil),
      // … also with ب on it, which the verb governs and English does not say.
      ("وعد الرئيس بتقديم المساعدة للمدينة.", "promised to offer help", "with"),
      ("تعهد الوزير بتقديم الدعم.", "pledged to offer", "with"),
      // The preposition a verb governs says nothing on a demonstrative either.
      ("لن تسمح الحكومة بذلك.", "will not allow that", "with"),
      ("اعترف سامي بهذا الخطأ.", "admitted this mistake", "with"),
      // بلاد with a pronoun is one country; الخارجية after باسم is the ministry; خارجي is external.
      ("قال المتحدث باسم الخارجية إن بلاده ترفض ذلك.", "The Foreign Ministry spokesman said that his country", "outer"),
      ("قالت المتحدثة باسم الخارجية الأمريكية إن الوفد وصل.", "The State Department spokeswoman", "spokesman"),
      ("رفض التدخلات الخارجية", "oreign interventions", "outer"),
      // A verbs.tsv alternative with English of its own (أعلن + مسؤولية), found for a glossary verb
      // by its entry's citation (أعلنت, تعلن), with a pronoun on the noun it takes in.
      ("أعلن التنظيم مسؤوليته عن الهجوم.", "ISIS claimed responsibility for the attack", "The ISIS"),
      ("لم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.", "claimed responsibility for the attack", "her responsibility"),
      ("تبنت الحركة مسؤوليتها عن التفجير.", "claimed responsibility for the bombing", "about"),
      ("أعلن الجيش عن مقتل جنديين.", "announced the death of two soldiers", "responsibility"),
      // إصابة, مصاب and أصيب with ب and a disease are infection; ب before a disease is "with".
      ("سجلت الوزارة 20 إصابة جديدة بفيروس كورونا.", "20 new infections with coronavirus", "injur"),
      ("أصيب الرئيس بفيروس كورونا.", "The president was infected with coronavirus", "wounded"),
      ("المرضى المصابين بالإنفلونزا", "infected with", "injured"),
      // (A counted حالة is a case; حالته stays his condition.)
      ("أجريت دراسة على 1099 حالة.", "1099 cases", "conditions"),
      ("تحسنت حالته الصحية.", "His condition", "case"),
      // (Also with the people a verbal noun counts between: its participle is "infected".)
      ("إصابة 5 أشخاص بفيروس كورونا.", "5 people infected with coronavirus", "wounded"),
      ("وفاة 3 أشخاص وإصابة 10 آخرين بفيروس كورونا", "10 others infected", "wounded"),
      ("أكدت الاختبارات إصابة ثلاثة جنود بالفيروس.", "the infection of three soldiers", "injury"),
      ("إصابة طفل بجروح خطيرة بقصف مدفعي", "seriously wounded", "infect"),
      ("أصيب جندي إسرائيلي بجروح خطيرة.", "seriously wounded", "infected"),
      // فاز governs ب; يشتبه is the passive "is suspected of", its في governed.
      ("فاز الحزب الحاكم بأغلبية المقاعد.", "won the majority of seats", "with"),
      ("اعتقلت الشرطة رجلا يشتبه في انتمائه إلى التنظيم.", "is suspected of his affiliation", "suspects"),
      // A direction without the article before a glossary place is its part: northern Syria.
      ("قتل 5 عناصر في شمالي سوريا.", "in northern Syria", "north members"),
      ("جنوبي مدينة الرقة، شمالي سوريا.", ", northern Syria", "north Syria"),
      // A name the article makes one is the common noun without it.
      ("حشد عسكري على الحدود.", "military build-up", "Popular Mobilisation"),
      ("قال إن تنظيم الانتخابات صعب.", "organization of the elections", "ISIS"),
      ("إنه يوافقني الرأي.", "the opinion", "to see"),
      // A definite verbal noun of purpose with ل takes its object with ب unsaid.
      ("خرج المئات للمطالبة بالإفراج عن المعتقلين.", "to demand the release", "demands"),
      // A name in -s that takes a singular verb (word set singular_in_s); a plural one keeps its.
      ("الأمم المتحدة تعلن عن خطة جديدة.", "United Nations announces", "announce "),
      ("الحوثيون يسيطرون على مواقع للجيش.", "take control of", "takes"),
      ("انقطاع التيار الكهربائي عن المدينة.", "power outage", "breakoff"),
      // News verbs of executions, abductions and protests; a pronoun goes before a phrasal verb's
      // particle; a damma on the prefix of a form IV imperfect is no passive.
      ("أعدم التنظيم شاباً رمياً بالرصاص.", "by firing squad", "threw"),
      ("اختطف مسلحون طبيباً واقتادوه إلى جهة مجهولة.", "took him away to an unknown location", "an an"),
      ("الجيش يُفشل هجوماً على نقاطه.", "foils an attack", "is foiled"),
      ("يُقتل العشرات يومياً.", "are killed", nil),
      ("انتحاري يفجر نفسه عند الحاجز.", "detonates himself", "same"),
      ("أغلق المحتجون الطريق.", "closed the road", "bolt"),
      ("عقد المجلس اجتماعا طارئا.", "an emergency meeting", nil),
      ("وصل الوفد بعد ساعة.", "after an hour", "a hour"),
      ("شكل الطلاب اتحادا جديدا.", "a new union", "an new"),
      // فإن after the source of a report is a comma; news verbs and nouns of conditions.
      (
        "وبحسب المرصد السوري فإن عدد القتلى ارتفع إلى 15.", "according to the Syrian Observatory, the death toll",
        "that"
      ),
      ("وبحسب المصدر فإنهم انسحبوا.", "according to the source, they withdrew", nil),
      ("تصدت الدفاعات الجوية لصواريخ معادية.", "repelled", "confronted to"),
      ("جاء الهجوم بعد يومين.", "The attack came", "arrived"),
      ("يعاني السكان من نقص حاد في المياه.", "acute shortage", "incomplete"),
      ("لقي شخصان حتفهما في حادث سير.", "were killed in a traffic accident", "met"),
      ("أفرجت السلطات عن 20 معتقلا.", "released 20 detainees", "about"),
      // A form VIII perfect spelled like the article and a noun, opening its clause: the verb.
      ("التقى وزير الخارجية نظيره التركي في أنقرة.", "The foreign minister met his counterpart", "piety"),
      ("التعليم في سوريا مجاني.", "Education", "taught"),
      // A verb of occurrence with an event for its subject is "take place"; with another, itself.
      ("وقع انفجار في مدينة إدلب.", "An explosion took place in", "fell"),
      ("دارت اشتباكات عنيفة بين الطرفين.", "Fierce clashes took place", "revolved"),
      ("وقع الجندي في الأسر.", "fell", "took place"),
      ("تقع المحطة غرب الفندق.", "The station lies west", "falls"),
      // و on a two-letter preposition opening a glossary phrase; not on any two letters.
      ("وفي الوقت نفسه، قصفت الطائرات المدينة.", "And at the same time", "himself"),
      ("ورد في التقرير أن القصف استمر.", "in the report", "responded"),
      // A glossary verb never matches a word with the article: السيطرة على is the noun.
      ("استعادت القوات السيطرة على القرية.", "control of the village", "took control"),
      // A title whose English ends in its preposition is a noun with its complement, and the subject.
      ("أكد المتحدث باسم الوزارة أن المفاوضات مستمرة.", "The spokesman for the ministry confirmed that", nil),
      ("قتل ضابط برتبة عميد في الهجوم.", "with the rank of Brigadier General was killed", nil),
    ] as [(String, String, String?)])
  func newsVerbClauses(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// A relative clause that tells which thing is meant has "that"; one after a comma, "and" or
  /// the demonstrative "that", and one with a preposition before it, "which".
  @Test(
    arguments: [
      ("أصيب الطفل في الغارة التي استهدفت القرية.", "the airstrike that targeted", "which"),
      ("وصلنا إلى القرية، التي تقع شرق المدينة.", "the village, which", "that"),
      ("يتحدث عن تلك التي وقعت أمس.", "that which", "that that"),
      ("زار الوزير القرية التي تنتشر فيها الكوليرا.", "the village in which", "in that"),
    ] as [(String, String, String?)])
  func thatOrWhich(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// A relative clause on the subject after its verb goes with the subject, before the verb, when
  /// it ends before what the verb takes: at its comma, for a passive, a verb of word set
  /// `intransitive_verb` or a verb whose object follows the comma; at the end of a one-verb
  /// sentence for an intransitive verb; at إلى for a verb of `change_verb`. Else it stays where
  /// it is.
  @Test(
    arguments: [
      (
        "ارتفعت حصيلة ضحايا الانفجار الذي هز المدينة، مساء أمس، إلى ستة قتلى.",
        "The death toll from the explosion that shook the city rose, yesterday evening, to six", "rose that"
      ),
      (
        "ارتفع عدد ضحايا التفجير الذي نفذته المجموعات المسلحة صباح اليوم في مدينة حمص إلى تسعة قتلى.",
        "carried out by the armed groups this morning in Homs rose to nine", "rose carried"
      ),
      ("توفي الرجل الذي أصيب في القصف.", "The man who was wounded in the shelling died.", nil),
      (
        "تتواصل الخروقات التي ترتكبها قوات النظام، رغم التفاهمات.",
        "The violations committed by the regime forces continue, despite", "continue committed"
      ),
      ("قُتل الرجل الذي كان يعمل في المزرعة، أمس.", "in the farm was killed, yesterday", nil),
      ("أعلنت الوزارة التي يرأسها الوزير، مقتل خمسة أشخاص.", "The ministry led by the minister announced", nil),
      // (An object inside the clause's span: the verb keeps its place.)
      ("تدخل الحملة العسكرية التي يشنها النظام على ريف إدلب شهرها الثالث، دون أن تتوقف.", "campaign enters", nil),
      // (A passive's complement may follow the clause with no comma: the clause stays after it.)
      ("أصيب ابن شقيقه الذي كان برفقته بجروح.", "was wounded", "with wounds was wounded"),
      // (A comma right after the clause's verb opens an aside inside the clause.)
      ("ارتفعت حصيلة ضحايا الانفجار الذي ضرب، ظهر أمس، منطقة السوق، إلى ستة قتلى.", "explosion rose", "struck rose"),
    ] as [(String, String, String?)])
  func relativeClauseOfAVerbsSubject(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// A lexicon verb whose English ends in its preposition takes in an Arabic preposition written
  /// apart right after it (not في, which says where).
  @Test(
    arguments: [
      ("اللجنة تتالف من عشر اعضاء.", "consists of ten members", "of from"),
      ("تعرّفت على توم في الحفلة.", "acquainted with Tom", "with on"),
      ("وصل الوفد الذي يضم ممثلين عن الأمم المتحدة إلى دمشق.", "arrived at Damascus", "at to"),
      ("ينتظر سامي في الطابور.", "in the", nil),
      ("وصل الوفد بعد ساعة.", "after an hour", nil),
    ] as [(String, String, String?)])
  func verbTakesInItsPreposition(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// A headline says an unknown settlement's name before its noun, as headlines write it; a
  /// sentence says "the village of" it.
  @Test(arguments: [
    ("مقتل رجل في قرية الزعفرانة", "Man killed in al-Zaafarana village"),
    (
      "البيشمركة تستعيد قرية ملا عبدالله جنوب غربي كركوك",
      "Peshmerga regains Mulla Abdullah village southwest of Kirkuk"
    ),
  ])
  func settlementNameFirstInHeadlines(_ arabic: String, _ english: String) throws {
    #expect(try Seed.english(arabic, style: .always) == english)
    #expect(try Seed.english(arabic, style: .never).contains("the village of"))
  }

  /// بتهمة, a glossary idiom written with its ب, is "on charges of", and what is charged follows
  /// as after "of" (a verbal noun as a gerund); تهمة without ب stays "charge".
  @Test(
    arguments: [
      ("أعدم التنظيم شابا بتهمة الردة.", "a young man on charges of apostasy.", "charge of"),
      ("أعدم التنظيم سائق صهريج بتهمة نقل النفط.", "on charges of transferring", "transfering"),
      ("وجهوا إليهم تهمة التعامل مع قسد.", "a charge of collaborating with SDF", "on charges"),
    ] as [(String, String, String?)])
  func onCharges(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// The English of `arabic` (sentence style) contains `english` and, when given, not `absent`.
  func expectEnglish(_ arabic: String, contains english: String, lacks absent: String?) throws {
    let translated = try Seed.english(arabic)
    #expect(translated.contains(english), "\(translated)")
    if let absent { #expect(!translated.contains(absent), "\(translated)") }
  }

  /// The feminine of an adjective whose lexicon rows tag it NOUN is an adjective after its noun
  /// (النامية, المعادية, القاسية); its plural in ات stays a noun (مستويات: levels).
  @Test(arguments: [
    ("يعيش الناس في البلدان النامية.", "in the developing countries", "the developing."),
    ("استهدفت المدفعية المعادية أطراف البلدة.", "The hostile artillery", nil),
    ("فرضت إسرائيل عقوبات قاسية على غزة.", "harsh sanctions", "a harsh"),
    ("تعرض العمال لمستويات عالية من الخطر.", "high levels", "straight"),
    ("يعاني المرضى من حالات مرضية شديدة.", "diseased", "satisfactory"),
  ])
  func adjectiveInflectionsTaggedAsNouns(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// Arabic names of Latin letters one after another spell an acronym; a name that is also a
  /// function word needs company, and a glossary term of letters wins.
  @Test(
    arguments: [
      ("عزل الحمض النووي دي إن إيه من العينة.", "DNA", "De"),
      ("قال مكتب التحقيقات الفيدرالي إف بي آي إن المشتبه به فر.", "FBI", "me"),
      ("في المركز الأوروبي لمكافحة الأمراض (إي سي دي سي)", "(ECDC)", "C."),
      ("تفاعل البوليميراز المتسلسل للنسخ العكسي (آر تي-بي سي آر)", "(RT-PCR)", "area"),
      ("أجرت الوزارة اختبارات بي سي آر للمسافرين.", "PCR tests", "BCR"),
      ("اتصل بي في المساء.", "me in", "BV"),
      ("ذهب إلى السوق أو إلى المدرسة.", " or ", "O"),
    ] as [(String, String, String?)])
  func spelledAcronyms(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// Every pair and triple of letter names, alone and between words, translates (the rule merges
  /// units, whatever their token ranges), and a pair of names that are no function words is the
  /// acronym.
  @Test func everyRunOfLetterNames() throws {
    let translator = try #require(Seed.translator)
    let context = try Translator.Context()
    let letters = translator.rules.letterNames
    #expect(letters.count >= 20)
    // (Names that are also function words, or written like one: أي any, في in, أو and أم or, إن
    // that, ال the, و + أي and any.)
    let functionWords: Set<String> = ["إي", "آي", "في", "أو", "إم", "إن", "إل", "واي"]
    for (first, a) in letters {
      for (second, b) in letters {
        for line in ["\(first) \(second)", "قال \(first)-\(second) \(first) إن", "(\(first) \(second) \(second))"] {
          let english = translator.translate(line, context: context).english
          if !functionWords.contains(first), !functionWords.contains(second), line.hasPrefix("(") {
            #expect(english.contains(a + b + b), "\(line) → \(english)")
          }
        }
      }
    }
  }

  /// A one-word gloss that is an English plural without -s (people, children) takes a plural verb.
  @Test(arguments: [
    ("يعيش الناس في المدينة.", "People live in the city", "lives"),
    ("الأطفال نائمون.", "The children are", "The children is"),
    ("في هذا العالم يعاني بعض الناس من الجوع.", "some people suffer", "people suffers"),
  ])
  func pluralsWithoutS(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// The pronoun هو or هي between a subject and its predicate is "is", and هي "are" only after a
  /// plural of things (it never stands for people).
  @Test(arguments: [
    ("إرادة الناس هي مصدر السلطة.", "is the source", "are the source"),
    ("حماية المدنيين هي الأولوية.", "civilians is the priority", "are the priority"),
    ("هذه الدول هي الأكثر تضررا.", "These countries are", nil),
    ("المشكلة هي الفقر.", "The problem is poverty", nil),
  ])
  func pronounCopulaAgreement(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// An elative is no adjective of a name before it (a name is definite); before a noun, or a
  /// glossary phrase "a … of", it is the superlative, also as a predicate.
  @Test(arguments: [
    ("شهدت إيطاليا أكبر عدد من الوفيات.", "Italy witnessed the largest number of", "Larger"),
    ("شهدت المدينة أكبر عدد من الوفيات.", "the largest number of the deaths", "Akbar"),
    ("حلب أكبر مدينة في سوريا.", "Aleppo is the largest city", "larger a city"),
    ("هذا أخطر نوع من الأمراض.", "the most dangerous kind of", nil),
    ("سامي أفضل من فريد.", "Sami is better than Farid", "Better Sami"),
  ])
  func elativesAfterNamesAndBeforePhrases(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// على الأقل after a count goes before its number.
  @Test(arguments: [
    ("قتل 10 مدنيين على الأقل في القصف.", "At least 10 civilians were killed", "killed at least"),
    ("أسفرت الاشتباكات عن مقتل سبعة أشخاص على الأقل.", "at least seven people", nil),
    ("يجب غسل اليدين لمدة 20 ثانية على الأقل.", "for at least 20", nil),
  ])
  func atLeastBeforeTheCount(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// Nouns joined by أو or و share the article said before the first.
  @Test(arguments: [
    ("عبر الهواء أو السطوح.", "the air or surfaces", "or the surfaces"),
    ("يبقى المرضى في المنزل أو المكتب.", "in the house or", "or the"),
    // … and by و, unless it opens a clause (a verb after the noun).
    ("اندلعت اشتباكات بين قوات النظام والفصائل المعارضة.", "the regime forces and opposition factions", nil),
    ("أصيب الأطفال والنساء في القصف.", "The children and women were wounded", "and the women"),
    ("سيطر الجيش على المدينة والجيش يتقدم نحو القرية.", "and the army", nil),
    ("قال الوزير والسفير إن الاتفاق مهم.", "The minister and the ambassador", nil),
  ])
  func articleSharedAfterOr(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// أحد with no noun after it: "no one" as the subject of a negated verb (which is then
  /// affirmative), "anyone" later in a negated clause; before a noun it stays "one of".
  @Test(arguments: [
    ("لم يعلن أحد مسؤوليته عن الهجوم.", "No one claimed responsibility", "did not"),
    ("لا أحد يعرف ما حدث.", "No one knows", "one of"),
    ("لن يموت أحد هنا.", "No one will die", "will not"),
    ("لم يؤذ الجندي أحدا.", "did not injure anyone", nil),
    ("أصيب أحد المدنيين بجروح.", "One of the civilians", "No one"),
  ])
  func noOneAndAnyone(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// A relative clause whose verb has its subject after it: the pronoun on the verb stands for
  /// the noun described, so it is the participle and "by" (or, negated, the subject before the
  /// verb); a verb joined to it by و goes the same way. So does a pronoun on a preposition after
  /// the verb.
  @Test(arguments: [
    ("اتخذت الحكومة الإجراءات التي أعلنتها الوزارة.", "measures announced by the ministry", "announced it"),
    ("رفض الأهالي الحملة العسكرية التي يشنها النظام على المدينة.", "campaign launched by the regime", "launches it"),
    (
      "قاطع الناخبون الانتخابات البرلمانية التي نظمتها الحكومة وقاطعتها المعارضة.",
      "arranged by the government and boycotted by the opposition", "boycotted it"
    ),
    ("نفت الحركة الهجمات التي لم يتبنها التنظيم.", "attacks that ISIS did not adopt", "adopt it"),
    // With no subject after the verb the pronoun is its object.
    ("الرجل الذي قتله لم يعرف.", "who killed him", nil),
    // The pronoun on a preposition after the verb: a governed one stays at the end, another goes
    // before the relative word; one the verb's English ends in is said once.
    ("دخلت القوات المناطق التي يسيطر عليها النظام.", "that the regime takes control of.", "of it"),
    ("زار الوزير القرية التي تنتشر فيها الكوليرا.", "the village in which", "in her"),
    ("مع تكرار الهجمات التي تتعرض لها دوريات الأمن العام.", "are exposed to.", "to which"),
  ])
  func relativeClauseWithItsSubjectAfterTheVerb(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// يُعتقد/يُرجّح أنهم after an indefinite noun: "believed to be" and what they are said to be,
  /// or "believed to" and the base of the verb after it; not after a definite noun (its subject).
  @Test(arguments: [
    ("هجوم شنه مسلحون يعتقد أنهم من خلايا داعش", "gunmen believed to be from ISIS cells", "it is believed"),
    ("غارات شنتها طائرات حربية يُعتقد أنها روسية على الحي.", "warplanes believed to be Russian", "that it"),
    ("قتل شاب برصاص مسلحين يعتقد أنهم ينتمون إلى تنظيم داعش.", "gunmen believed to belong to ISIS", nil),
    ("الرجل يعتقد أنه محق.", "he is", "believed to"),
  ])
  func believedToBe(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// News verbs whose lexicon gloss is not the press usage (verbs.tsv kind=news), in every form.
  @Test(arguments: [
    ("قسد تستعيد السيطرة على بلدة الدحلة", "SDF regains", "recovers"),
    ("استعادت القوات المدينة.", "regained the city", "recovered"),
    ("أطلقت قسد حملة أمنية في المدينة.", "SDF launched a security campaign", "released"),
    ("أطلقت السلطات سراح 20 معتقلا.", "released 20 detainees", "launched"),
    ("أطلق سامي النار.", "opened fire", "the fire"),
    // "oneself" in a glossary verb is the reflexive of the pronoun on the verb.
    ("قال المصدر إن انتحارياً فجّر نفسه عند الحاجز.", "blew himself up", "oneself"),
  ])
  func pressVerbsAndPhrases(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// Connectives and times of the press as one term each.
  @Test(arguments: [
    ("من ناحية أخرى، رفضت الحكومة الخطة.", "On the other hand", "subdistrict"),
    ("قال الوزير في وقت سابق إن الوضع صعب.", "said earlier that", "in earlier"),
    ("تصاعدت الهجمات خلال الأشهر الأخيرة.", "recent months", "the last months"),
    ("أثار القرار ردود فعل غاضبة.", "angry reactions", nil),
    ("يعمل الناس في الغالب في الزراعة.", "mostly", "winner"),
    ("من الناحية النظرية، من المستبعد أن يساعد ذلك.", "Theoretically", "subdistrict"),
    ("قتل 3 أشخاص في ناحية عقيربات.", "Uqayribat subdistrict", nil),
    ("من حيث المبدأ، نوافق.", "In terms of", "from where"),
  ])
  func pressConnectivesAndTimes(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  /// Existentials: كان, ليس, لم يكن, لن يكون, قد يكون before هناك, and (لا) يوجد, give the tense and
  /// the negation of "there is" and say nothing of their own; هناك that is a place keeps them.
  @Test(arguments: [
    ("لم يكن هناك أحد في المنزل.", "There was no one in the house", nil),
    ("لا توجد إصابات بين المدنيين.", "There are no injuries", "do not find"),
    ("ليس هناك حل عسكري.", "There is no military solution", nil),
    ("وكانت هناك اشتباكات عنيفة.", "there were fierce clashes", "was there"),
    ("لن يكون هناك حل.", "There will be no solution", nil),
    ("قد يكون هناك نقص كبير في الإبلاغ.", "There may be", nil),
    ("قال إنه لم يكن هناك حتى الآن.", "was not there", nil),
  ])
  func existentials(_ arabic: String, _ english: String, _ absent: String?) throws {
    try expectEnglish(arabic, contains: english, lacks: absent)
  }

  @Test(arguments: [
    ("civilian workers", true), ("experts", true), ("the children", true), ("Doctor", true),
    ("houses", false), ("oneness", false), ("workshop", false),
  ])
  func humanNounsFromWordSets(_ english: String, _ human: Bool) throws {
    let rules = try RuleBook(directory: Seed.data)
    #expect(rules.isHuman(english) == human)
  }

  @Test(arguments: [
    ("crisis", true), ("the coronavirus", true), ("news", true), ("means", true), ("headquarters", true),
    ("members", false), ("reasons", false), ("s", false),
  ])
  func singularsInS(_ english: String, _ singular: Bool) throws {
    let rules = try RuleBook(directory: Seed.data)
    #expect(rules.singularInS(english) == singular)
  }

  @Test func wordSetsLoadInMatchingFormAndRejectAnUnknownSet() throws {
    let rules = try RuleBook(directory: Seed.data)
    #expect(rules.kanaForms.contains("كانت") && rules.completionVerbs.contains("تمت"))
    #expect(rules.bareInfinitiveModals.contains("must") && !rules.bareInfinitiveModals.contains("want"))
    let root = NSTemporaryDirectory() + "khabar-word-sets-\(UUID().uuidString)"
    let translate = root + "/translate"
    try FileManager.default.createDirectory(atPath: translate, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    for (file, text) in [
      ("function-words.tsv", "arabic\tenglish\trole\n"), ("verbs.tsv", "kind\tbase\tpast\tparticiple\tarabic\n"),
      ("rules.tsv", "id\n"), ("word-sets.tsv", "# sets\nset\tword\nhuman\tman\nhumans\twoman\n"),
    ] {
      try text.write(toFile: translate + "/" + file, atomically: true, encoding: .utf8)
    }
    #expect {
      _ = try RuleBook(directory: DataDirectory(path: root))
    } throws: { error in
      "\(error)".contains("word-sets.tsv:4:1: error: unknown word set 'humans'")
    }
  }

  /// A bad verbs.tsv row is an error at its place: an unknown kind, and a kind
  /// imperfect_with_preposition without its preposition.
  @Test(arguments: [
    (
      "kind\tbase\tpast\tparticiple\tarabic\nnews\tshell\t\t\tقصف\nnewz\tkill\t\t\tقتل\n",
      "verbs.tsv:3:1: error: unknown kind 'newz'"
    ),
    (
      "kind\tbase\tpast\tparticiple\tarabic\nimperfect_with_preposition\tpromise\t\t\tيعد\n",
      "verbs.tsv:2:37: error: kind imperfect_with_preposition needs its preposition"
    ),
  ])
  func verbsRejectABadRow(_ verbs: String, _ message: String) throws {
    let root = NSTemporaryDirectory() + "khabar-verbs-\(UUID().uuidString)"
    let translate = root + "/translate"
    try FileManager.default.createDirectory(atPath: translate, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    for (file, text) in [
      ("function-words.tsv", "arabic\tenglish\trole\n"), ("verbs.tsv", verbs),
      ("rules.tsv", "id\n"), ("word-sets.tsv", "set\tword\n"),
    ] {
      try text.write(toFile: translate + "/" + file, atomically: true, encoding: .utf8)
    }
    #expect {
      _ = try RuleBook(directory: DataDirectory(path: root))
    } throws: { error in
      "\(error)".contains(message)
    }
  }

  @Test func englishMorphology() throws {
    let rules = try RuleBook(directory: Seed.data)
    #expect(rules.past("kill") == "killed")
    #expect(rules.past("say") == "said")
    #expect(rules.past("target") == "targeted")
    #expect(rules.past("stop") == "stopped")
    #expect(rules.past("carry") == "carried")
    #expect(RuleBook.thirdPerson("carry") == "carries")
    #expect(RuleBook.presentParticiple("fight against") == "fighting against")
    #expect(RuleBook.presentParticiple("make") == "making")
    #expect(RuleBook.presentParticiple("stop") == "stopping")
    #expect(RuleBook.presentParticiple("die") == "dying")
    #expect(RuleBook.presentParticiple("see") == "seeing")
    #expect(RuleBook.presentParticiple("target") == "targeting")
    // (A doubled consonant verbs.tsv's past shows: the rule alone cannot tell.)
    #expect(rules.presentParticiple("transfer oil") == "transferring oil")
    #expect(rules.presentParticiple("control") == "controlling")
    #expect(rules.presentParticiple("target") == "targeting")
    for (adjective, adverb) in [
      ("clear", "clearly"), ("easy", "easily"), ("simple", "simply"), ("basic", "basically"), ("full", "fully"),
      ("true", "truly"), ("daily", "daily"), ("good", "well"), ("more", "more"), ("very big", "in a very big way"),
    ] {
      #expect(rules.adverb(ofAdjective: adjective) == adverb)
    }
    #expect(RuleBook.thirdPerson("watch") == "watches")
    #expect(rules.base(ofInflected: "was") == "be")
    #expect(rules.base(ofInflected: "found") == "found")  // to establish, not find
    #expect(rules.past("rise") == "rose")
    #expect(rules.past("flee") == "fled")
    #expect(rules.past("kidnap") == "kidnapped")
    #expect(rules.past("transfer") == "transferred" && rules.participle("commit") == "committed")
    #expect(rules.past("take control of") == "took control of")
    #expect(rules.participle("take control of") == "taken control of")
    #expect(EnglishMorphology.plural(of: "many") == "many")
    #expect(rules.base(ofInflected: "kill") == "kill")
    #expect(EnglishMorphology.plural(of: "gunmen") == "gunmen")
    #expect(EnglishMorphology.plural(of: "gunman") == "gunmen")
    #expect(
      EnglishMorphology.plural(of: "involved") == "involved" && EnglishMorphology.plural(of: "hundred") == "hundreds")
    #expect(EnglishMorphology.plural(of: "seed") == "seeds" && EnglishMorphology.plural(of: "thread") == "threads")
    #expect(EnglishMorphology.plural(of: "specimen") == "specimens")
    #expect(EnglishMorphology.plural(of: "children") == "children")
  }
}

@Suite struct ThreadMemoTests {
  /// The tokens a context remembers by their code units are the segmenter's, and key the glossary
  /// the same way, the first time and every time after.
  @Test func rememberedTokensAreTheSegmentersTokens() throws {
    let translator = try #require(Seed.translator)
    let context = try Translator.Context()
    let segmenter = try ArabicSegmenter()
    let lines = Seed.lines + ["SY24 و30 «قصف» \u{200F}! كوفيد-19", "\u{200B}\u{200F}", ""] + Seed.lines
    #expect(lines.count > 4)
    for line in lines {
      let units = [UInt16](utf16Of: line)
      let expected = try units.withUnsafeBufferPointer { (buffer) throws(ICUError) in
        try segmenter.tokens(in: buffer, range: 0..<buffer.count)
      }
      let (tokens, facts, keyed) = try units.withUnsafeBufferPointer { (buffer) throws(ICUError) in
        try context.tokens(in: buffer)
      }
      #expect(tokens == expected)
      #expect(facts.count == tokens.count)
      #expect(keyed.ranges == expected.map(\.range))
      #expect(translator.glossary.matches(in: keyed) == translator.glossary.matches(in: KeyedTokens(expected)))
    }
  }

  /// The table finds every piece it holds (also after growing), nothing else, and nothing once
  /// emptied.
  @Test func pieceTableFindsWhatItHolds() {
    let table = PieceTable()
    var pieces: [[UInt16]] = []
    for number in 0..<5000 { pieces.append(Array(String(number * 7919).utf16) + [0x0628]) }
    var facts: [Translator.TokenFacts] = []
    for piece in pieces {
      let made = piece.withUnsafeBufferPointer { Translator.TokenFacts(token: nil, piece: $0) }
      facts.append(made)
      piece.withUnsafeBufferPointer { buffer in
        #expect(table.find(buffer, .word, hash: PieceTable.hash(buffer, .word)) == nil)
        table.insert(buffer, .word, hash: PieceTable.hash(buffer, .word), facts: made)
      }
    }
    #expect(table.count == pieces.count)
    for (piece, made) in zip(pieces, facts) {
      piece.withUnsafeBufferPointer { buffer in
        #expect(table.find(buffer, .word, hash: PieceTable.hash(buffer, .word)) === made)
        #expect(table.find(buffer, .number, hash: PieceTable.hash(buffer, .number)) == nil)
        let shorter = UnsafeBufferPointer(rebasing: buffer.dropLast())
        #expect(table.find(shorter, .word, hash: PieceTable.hash(shorter, .word)) == nil)
      }
    }
    table.removeAll()
    #expect(table.count == 0)
    pieces[0].withUnsafeBufferPointer { buffer in
      #expect(table.find(buffer, .word, hash: PieceTable.hash(buffer, .word)) == nil)
    }
  }
}
