// SPDX-License-Identifier: GPL-2.0-or-later
import Foundation
import KhabarArabic
import KhabarGlossary
import Testing

@testable import KhabarBrief

/// The checkout's data and fixtures, found from this file's location.
enum Fixtures {
  static let root: String = {
    var path = Substring(#filePath)  // <root>/Tests/KhabarBriefTests/BriefTests.swift
    for _ in 0..<3 { path = path[..<path.lastIndex(of: "/")!] }
    return String(path)
  }()

  static let data = DataDirectory(path: root + "/glossaries")
  static let briefer: Briefer? = try? Briefer(directory: data)

  static func text(_ relative: String) throws -> String {
    let bytes = try FileBytes.read(root + "/" + relative, limit: 1 << 24)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Every article under fixtures/ (development and held-out).
  static let articles: [String] =
    DataDirectory.files(in: root + "/fixtures/articles", suffix: ".ar.txt").map { "fixtures/articles/" + $0 }
    + ["dev7", "dev8", "dev9", "dev10", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"].flatMap { set in
      DataDirectory.files(in: root + "/fixtures/" + set, suffix: ".ar.txt").map { "fixtures/\(set)/" + $0 }
    }

  static func brief(_ text: String, date: String? = nil) throws -> Brief {
    let briefer = try #require(briefer)
    return try briefer.brief(
      text, options: Briefer.Options(date: date.flatMap { Day(iso: $0) }), context: Briefer.Context())
  }
}

@Suite struct SeedBriefTests {
  let brief: Brief
  let main: Event

  init() throws {
    brief = try Fixtures.brief(try Fixtures.text("fixtures/articles/sy24-rusafa.ar.txt"))
    main = try #require(brief.events.first { $0.role == .main })
  }

  @Test func pageCleanUp() {
    #expect(brief.furniture.map(\.arabic) == ["Facebook", "Twitter", "WhatsApp", "Telegram"])
    #expect(brief.arabicHeadline?.arabic == "ضربة قوية لجيش النظام في الرقة")
    #expect(brief.outlet == "SY24")
    #expect(brief.exclusive)
  }

  @Test func mainEvent() throws {
    #expect(main.type == .attack)
    #expect(main.killed?.value == 30)
    #expect(main.killed?.who == "members of regime forces and allied militias")
    #expect(main.wounded?.vague == "others")
    #expect(main.wounded?.severity == "seriously")
    let perpetrator = try #require(main.perpetrator)
    #expect(perpetrator.english == "unidentified gunmen")
    #expect(perpetrator.hedge == "believed to be")
    #expect(perpetrator.hedgedActor == "ISIS")
    #expect(main.target?.english == "regime forces and allied militias")
    #expect(main.target?.object == "positions")
    let place = try #require(main.places.first)
    #expect(place.english == "al-Rusafa")
    #expect(place.governorate == "Raqqa")
    #expect(place.country == "SY")
    #expect(place.area == "southwestern Raqqa countryside")
    // al-Rusafa has no coordinates of its own in the gazetteer: Raqqa's, marked as approximate.
    #expect(place.latitude != nil && place.geoPrecision == 2)
    #expect(place.alternatives.contains { $0.contains("IQ") })
    #expect(main.attribution?.english == "the SY24 correspondent")
  }

  @Test func details() {
    let used = main.details.first { $0.kind == "used" }?.english ?? ""
    for weapon in ["motorcycles", "machine guns", "rockets", "mortar shells"] { #expect(used.contains(weapon)) }
    #expect(main.details.contains { $0.kind == "fought" && $0.english == "for more than four hours" })
    #expect(main.details.contains { $0.kind == "withdrew" })
    let seized = main.details.first { $0.kind == "seized" }?.english ?? ""
    for item in ["weapons", "ammunition", "a truck carrying foodstuffs", "anti-aircraft guns", "Toyota"] {
      #expect(seized.contains(item), "\(item) in \(seized)")
    }
  }

  @Test func secondaryEvents() throws {
    let strike = try #require(brief.events.first { $0.type == .airStrike })
    #expect(strike.perpetrator?.english == "Russian warplanes")
    #expect(strike.target?.english == "ISIS")
    #expect(strike.places.map(\.english).contains("Ithriya"))
    #expect(strike.places.contains { $0.english == "al-Sukhnah" && $0.relation == "near" })
    let patrols = try #require(brief.events.first { $0.type == .securityOperation && $0.role == .secondary })
    #expect(patrols.perpetrator?.english == "regime forces")
    #expect(patrols.places.map(\.english) == ["the Raqqa–Ithriya road", "the Deir ez-Zor–Palmyra road"])
    #expect(patrols.details.contains { $0.kind == "protected" && $0.english == "to protect oil convoys" })
  }

  @Test func englishText() {
    #expect(brief.lead.contains("believed to be ISIS"))
    #expect(brief.lead.contains("al-Rusafa, southwestern Raqqa countryside"))
    #expect(brief.lead.contains("killing 30 members"))
    #expect(brief.lead.contains("seriously wounding others"))
    #expect(brief.body.count >= 2 && brief.body.count <= 6)
    let body = brief.body.joined(separator: " ")
    #expect(body.contains("Russian warplanes"))
    #expect(body.contains("Raqqa–Ithriya"))
  }
}

/// Never invent: every fact's span is the article's own text, every number in the English comes
/// from the article, every place the brief names was read from the article.
/// The press form of GeoNames' BGN names, which briefs print for places without a curated row.
@Suite struct PressSpellingTests {
  @Test(arguments: [
    ("Sa‘d", "Saad"),  // ayn after a before the word's end: a second a
    ("Al Ba‘th", "al-Baath"),
    ("Ja‘far", "Jaafar"),
    ("Ma‘arrat an Nu‘mān", "Maarat al-Numan"),  // before a vowel, or after u: not written
    ("Ra’s al ‘Ayn", "Ras al-Ain"),
    ("Tall Abyaḑ", "Tell Abyad"),
  ])
  func pressForm(bgn: String, press: String) throws {
    let briefer = try #require(Fixtures.briefer)
    #expect(briefer.press.form(of: bgn) == press)
  }
}

@Suite struct NeverInventTests {
  /// The numbers written in digits in a text.
  static func digitNumbers(in text: String) -> [Int] {
    var numbers: [Int] = []
    var current = ""
    for character in text + " " {
      if character.isASCII && character.isNumber {
        current.append(character)
      } else {
        if let value = Int(current) { numbers.append(value) }
        current = ""
      }
    }
    return numbers
  }

  @Test(arguments: Fixtures.articles)
  func factsComeFromTheArticle(_ file: String) throws {
    let text = try Fixtures.text(file)
    let brief = try Fixtures.brief(text)
    let scalars = Array(text.unicodeScalars)
    func check(_ span: Span?, _ what: String) {
      guard let span else { return }
      #expect(span.start >= 0 && span.end <= scalars.count && span.start <= span.end, "\(file): \(what) span")
      guard span.end <= scalars.count, span.start <= span.end else { return }
      var slice = String.UnicodeScalarView()
      slice.append(contentsOf: scalars[span.start..<span.end])
      #expect(String(slice) == span.arabic, "\(file): \(what) span text")
    }
    // Numbers the article holds: digits and number words (glossary value=N).
    var numbers = Set(Self.digitNumbers(in: ArabicNormalizer.display.normalize(text)))
    // A singular noun counts one and a dual two (مقتل طفل, عنصرين) without a written number.
    numbers.formUnion([1, 2])
    let briefer = try #require(Fixtures.briefer)
    for term in try briefer.glossary.matches(in: text, segmenter: ArabicSegmenter())
    where term.entry.category == .number {
      if let note = term.entry.note, note.hasPrefix("value="), let value = Int(note.dropFirst(6).prefix { $0.isNumber })
      {
        numbers.insert(value)
        numbers.insert(2 * value)  // duals and sums of sides are checked below by their parts
      }
    }
    for event in brief.events {
      check(event.trigger, "trigger")
      check(event.perpetrator?.span, "perpetrator")
      check(event.target?.span, "target")
      check(event.killed?.span, "killed")
      check(event.wounded?.span, "wounded")
      check(event.time?.span, "time")
      check(event.attribution?.span, "attribution")
      for place in event.places { check(place.span, "place") }
      for detail in event.details { check(detail.span, "detail") }
      for sentence in event.sentences { check(sentence, "sentence") }
    }
    // Every number written in the English is one of the article's (or a sum of two of them, for
    // counts split by side; 2 for a dual noun).
    let english = ([brief.headline, brief.lead] + brief.body).joined(separator: " ")
    let written = Self.digitNumbers(in: english)
    let dates = brief.events.compactMap { $0.time?.date }
    for value in written {
      let fromDate = dates.contains { $0.year == value || $0.day == value }
      let sum = numbers.contains { numbers.contains(value - $0) }
      #expect(numbers.contains(value) || sum || value == 2 || fromDate, "\(file): \(value) is not in the article")
    }
    // Every name in the English (a capitalized word inside a sentence) comes from a fact read
    // from the article: an actor, place, area, governorate, source, outlet, detail or date.
    var factText: [String] = [brief.outlet ?? ""]
    for event in brief.events {
      factText += [event.perpetrator?.phrase, event.target?.english, event.target?.object, event.attribution?.english]
        .compactMap { $0 }
      factText += event.perpetrator?.allies ?? []
      factText += [event.killed?.who, event.wounded?.who, event.time?.english, event.time?.date?.english].compactMap {
        $0
      }
      for place in event.places { factText += [place.english, place.area, place.governorate].compactMap { $0 } }
      factText += event.details.map(\.english)
      factText += [event.verb, event.type?.nounPhrase].compactMap { $0 }
    }
    let facts = factText.joined(separator: " ")
    for sentence in [brief.lead] + brief.body {
      let words = sentence.split(separator: " ")
      for (index, word) in words.enumerated() {
        // The first word of a sentence, and after "Background:", is capitalized anyway.
        if index == 0 || words[index - 1] == "Background:" { continue }
        let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()"))
        guard let first = bare.first, first.isUppercase,
          !["On", "The", "There", "They", "It", "Background:"].contains(bare)
        else { continue }
        #expect(facts.contains(bare), "\(file): '\(bare)' in '\(sentence)' comes from no fact")
      }
    }
    #expect(!brief.lead.isEmpty)
  }
}

@Suite struct ExtractionRuleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var arabic: String
    var type: EventType?
    var killed: Int?
    var killedVague: String?
    var wounded: Int?
    var woundedVague: String?
    /// The main event's first place, when the case is about it.
    var place: String?
    var testDescription: String { arabic }
  }

  static let counts: [Case] = [
    Case(arabic: "قتل 30 عنصرًا من قوات النظام في هجوم على حاجز.", type: .attack, killed: 30),
    Case(arabic: "أسفر القصف المدفعي عن مقتل خمسة مدنيين وإصابة عشرة آخرين.", type: .shelling, killed: 5, wounded: 10),
    Case(arabic: "قتل ما لا يقل عن ٣ أشخاص بانفجار عبوة ناسفة.", type: .explosive, killed: 3),
    Case(arabic: "أصيب عنصران بجروح في اشتباكات مع مسلحين.", type: .armedClash, wounded: 2),
    Case(arabic: "سقط عشرات القتلى والجرحى في غارة جوية على السوق.", type: .airStrike, killedVague: "dozens"),
    Case(arabic: "لم تسفر الغارات الجوية عن مقتل أي عنصر.", type: .airStrike),
    Case(arabic: "اعتقلت الشرطة 12 شخصًا في حملة مداهمات.", type: .arrest),
    Case(arabic: "خرجت مظاهرة حاشدة في المدينة.", type: .protest),
    // Casualty nouns naming the person: one for the singular, two for the dual.
    Case(arabic: "شهيدة وجريحان بقصف مدفعي على البلدة.", type: .shelling, killed: 1, wounded: 2),
    // A dual marked by its fatha; a security operation frames the killing and the arrests.
    Case(arabic: "مقتل مسلحَين واعتقال خمسة في حملة أمنية.", type: .securityOperation, killed: 2),
    // A dual before a pronoun (her two children) after a coordinated singular.
    Case(arabic: "استشهاد امرأة وطفليها بقصف مدفعي.", type: .shelling, killed: 3),
    // A homograph read as a person where the count expects people (farmer, not farms).
    Case(arabic: "مقتل مزارع بقصف مدفعي.", type: .shelling, killed: 1),
    // One more person named after the counted group.
    Case(arabic: "قتل 2 من عناصر الفصائل ومواطن في اقتتال بين فصيلين.", type: .armedClash, killed: 3),
    // A second number before another casualty word is that word's count, not a second side.
    Case(
      arabic: "ارتفعت حصيلة ضحايا انفجار السيارة المفخخة في مدينة عفرين إلى ١١ قتيلاً و٢٨ جريحاً.", type: .suicideBomb,
      killed: 11, wounded: 28),
    // "بين قتيل وجريح": casualties without a number, not one killed and one wounded.
    Case(arabic: "فجر المقاتلون عبوة ناسفة بآلية عسكرية وأوقعوا من فيها بين قتيل وجريح.", type: .explosive),
    // The number of a toll before عدد: "ارتفع إلى 27 عدد الشهداء".
    Case(
      arabic: "ارتفع إلى 27 عدد الشهداء المدنيين الذين قضوا جراء الغارات الجوية على مدينة الرقة.", type: .airStrike,
      killed: 27),
    // "Under the control of" describes the place; it is no territory change.
    Case(
      arabic: "قتل شاب برصاص مسلحين مجهولين في بلدة الغارية الخاضعة لسيطرة قوات النظام.", type: .attack, killed: 1),
    // عدد before the people a relative clause with the killing verb describes.
    Case(
      arabic: "ارتفع إلى 6 عدد المدنيين الذين قضوا جراء الغارات الروسية على بلدة كفرسجنة.", type: .airStrike,
      killed: 6),
    // A verb, then where, then who: the phrase between is skipped.
    Case(arabic: "وأصيب جراء القصف المدفعي عشرة مدنيين في بلدة الغارية.", type: .shelling, wounded: 10),
    // Two sides with a subset in commas between them.
    Case(
      arabic: "وقُتل خلال الاشتباكات خمسة عناصر من قسد، بينهم قيادي ميداني، واثنان من مقاتلي العشائر.",
      type: .armedClash, killed: 7),
    // واحد after a counted noun is "one", no second side of a clash.
    Case(arabic: "قُتل عنصر واحد من الهيئة في الاشتباكات.", type: .armedClash, killed: 1),
    // A person before the passive verb with where they are from between (not a group).
    Case(arabic: "وأضاف أن امرأة من سكان البلدة أصيبت بجروح خلال القصف المدفعي.", type: .shelling, wounded: 1),
    Case(arabic: "وأضاف أن امرأة من سكان أحد المنزلين أصيبت بجروح خلال القصف المدفعي.", type: .shelling, wounded: 1),
    // An arrest raid that kills is a security operation; one that does not stays an arrest.
    Case(
      arabic: "اعتقلت قوات الأسايش مطلوباً في بلدة الغارية بعد اشتباك قُتل فيه مسلحان.", type: .securityOperation,
      killed: 2),
    Case(arabic: "اعتقلت قوات الأسايش ثلاثة مطلوبين في بلدة الغارية.", type: .arrest),
    Case(arabic: "طفلان من أبناء القرية أصيبا بجروح في القصف المدفعي.", type: .shelling, wounded: 2),
    // …but not a person the count before already holds: how the civilian died, one of the eight.
    Case(
      arabic: "أسفرت الاشتباكات عن مقتل عنصرين ومدني من أهالي القرية أصيب برصاصة طائشة.", type: .armedClash,
      killed: 3),
    Case(
      arabic: "وأُصيب ثمانية أشخاص في الاشتباكات، بينهم امرأة أصيبت برصاصة طائشة.", type: .armedClash, wounded: 8),
    // Died of one's wounds: the wound is no count of wounded.
    Case(
      arabic: "قتل عنصر من قوات النظام متأثراً بإصابته في هجوم شنه مسلحون مجهولون قرب بلدة المزيريب.",
      type: .attack, killed: 1),
    // دون negates the noun after it, not a verb further on; دون أن negates the verb.
    Case(arabic: "وقال المصدر إن مسلحين يستقلون سيارة من دون لوحات اختطفوا الشابين.", type: .abduction),
    Case(arabic: "انفجرت عبوة ناسفة دون وقوع إصابات.", type: .explosive),
    // One of a group's fighters before the passive verb.
    Case(
      arabic: "أحد مقاتلي قوات سوريا الديمقراطية أصيب بجروح طفيفة في الاشتباك.", type: .armedClash, wounded: 1),
    // Doing something "in protest at" an arrest is a protest; the arrest is its cause.
    Case(arabic: "قطع العشرات من أهالي بلدة قنوات الطريق الرئيسي احتجاجاً على اعتقال شاب من البلدة.", type: .protest),
    // A tribal dispute with arms is a clash.
    Case(
      arabic: "أفاد مصدر أمني بمقتل ثلاثة أشخاص وإصابة خمسة آخرين بنزاع عشائري مسلح شمالي البصرة.", type: .armedClash,
      killed: 3, wounded: 5),
    // The number of people before "others" and their passive verb counts them.
    Case(arabic: "وأضافت أن ستة جنود آخرين أُصيبوا في المواجهات، بينهم قائد سرية.", type: .armedClash, wounded: 6),
    // A death with its pronoun and the wounded after it are two counts, not one for both.
    Case(
      arabic: "فجر أحد عناصر الخلية حزاماً ناسفاً، ما أدى إلى مقتله وإصابة ثلاثة من عناصر الجهاز بجروح.",
      type: .suicideBomb, wounded: 3),
    // An explosive-laden drone is a drone strike, not a car bomb.
    Case(
      arabic: "قتل أربعة جنود في هجوم بطائرات مسيرة مفخخة على معسكر للجيش.", type: .airStrike, killed: 4),
    // An event word in a reason clause does not give the type.
    Case(arabic: "اندلعت اشتباكات عنيفة على خلفية خطف شاب.", type: .armedClash),
    // An active killing verb: its subject is the doer, the count follows it.
    Case(arabic: "قتلت قوات النظام خمسة مدنيين في قصف على إدلب.", type: .shelling, killed: 5),
    // An event word inside an actor's name is no event.
    Case(arabic: "قتل ثلاثة من أفراد عصابة خطف في عملية أمنية.", type: .securityOperation, killed: 3),
    // One person with a pronoun counts one; "لا يزال" (still) is no negation.
    Case(arabic: "قُتل شخص وأُصيب مرافقه بجروح جراء غارة جوية.", type: .airStrike, killed: 1, wounded: 1),
    Case(
      arabic: "ارتفعت إلى 5 حصيلة القتلى جراء انفجار لغم، فيما لا يزال مصابان اثنان يتلقيان العلاج.",
      type: .explosive, killed: 5, wounded: 2),
    // After كما a clause with no event word of its own adds to the same toll.
    Case(
      arabic: "قتل 8 مواطنين جراء غارات روسية على المدينة، كما أُصيب ما لا يقل عن 11 آخرين بجروح.", type: .airStrike,
      killed: 8, wounded: 11),
    // An execution "against two persons"; an assassination kills its victim, the date is no count.
    Case(arabic: "نفذت الهيئة حكم الإعدام رمياً بالرصاص بحق شخصين في المدينة.", type: .execution, killed: 2),
    Case(arabic: "واغتال مسلحون مجهولون، مساء الثلاثاء 15 آذار، القيادي السابق يوسف الحسين.", type: .attack, killed: 1),
    // Hit by several bullets is no count of people; a running total is no event's toll.
    Case(arabic: "قتل قيادي بهجوم مسلح، وكان قد أُصيب بعدة طلقات.", type: .attack, killed: 1),
    Case(arabic: "وثق المكتب منذ مطلع العام مقتل 19 مدنياً بانفجار ألغام في المحافظة.", type: nil),
    // Side counts with a quoted name and an alias in brackets add up.
    Case(
      arabic: "قُتل أربعة عناصر من \"قوات سوريا الديمقراطية\" (قسد) واثنان من مقاتلي العشائر في اشتباكات.",
      type: .armedClash, killed: 6),
    // An ambush outranks the patrol it hit.
    Case(arabic: "قُتل عنصران إثر تعرض دوريتهم لكمين نصبه مسلحون.", type: .attack, killed: 2),
    // Shelling by a drone is an air strike.
    Case(arabic: "مقتل عنصرين بقصف مسيّرة تركية.", type: .airStrike, killed: 2),
    // A member "in" a group, its allegiance, and one more person after it.
    Case(
      arabic: "قُتل عنصر في فرع \"الأمن العسكري\" التابع للنظام السوري ومدني كان برفقته بإطلاق نار.", type: .attack,
      killed: 2),
    Case(
      arabic: "قُتل أربعة عناصر من فصائل المعارضة الموالية لتركيا ومقاتل من مجلس منبج العسكري خلال اشتباكات.",
      type: .armedClash, killed: 5),
    // "اثنين" is two, not Monday; one of those already counted is no count; a statistic over a
    // half-year is no event's toll.
    Case(arabic: "أسفر الهجوم عن مقتل اثنين منهم.", type: .attack, killed: 2),
    Case(
      arabic: "ارتفعت حصيلة القتلى إلى أربعة بعد وفاة أحد المصابين جراء الغارة الجوية.", type: .airStrike, killed: 4),
    Case(
      arabic:
        "مقتل شابين برصاص مجهولين في درعا\n\nقتل شابان برصاص مسلحين مجهولين في درعا. وشهدت المحافظة خلال النصف الأول من العام الجاري 212 عملية اغتيال أسفرت عن مقتل 157 شخصاً وإصابة 74 آخرين.",
      type: .attack, killed: 2),
    // A son (نجله) is a person; a nominative dual before a pronoun (نجلاها) is two.
    Case(
      arabic: "قتل رجل برصاص مسلحين مجهولين، ما أدى إلى مقتله على الفور وإصابة نجله الذي كان برفقته بجروح.",
      type: .attack, killed: 1, wounded: 1),
    Case(arabic: "استشهدت مواطنة وأصيب نجلاها بجروح جراء قصف مدفعي.", type: .shelling, killed: 1, wounded: 2),
    // A plural passive verb after its counted subject.
    Case(
      arabic: "وقالت مصادر إن ما لا يقل عن عشرة من مقاتلي \"قسد\" قُتلوا خلال المعارك.", type: .armedClash, killed: 10),
    // A dual verb after its counted subject; wounds someone died of are no count of wounded.
    Case(
      arabic: "وأشار البيان إلى أن اثنين من الجنود أصيبا بجروح جراء انفجار عبوة ناسفة.", type: .explosive, wounded: 2),
    Case(
      arabic: "ارتفع عدد القتلى جراء الغارة إلى ستة بعد وفاة مواطنين اثنين متأثرين بجراح أصيبا بها.", type: .airStrike,
      killed: 6),
    // و before a qualified number: the next casualty word's count (more than 12 wounded).
    Case(
      arabic: "٤ قتلى وأكثر من ١٢ جريحاً حصيلة أولية لانفجار سيارة مفخخة بريف حلب الشمالي", type: .suicideBomb,
      killed: 4, wounded: 12),
    // An activist "in the protests" is abducted: the protests are not this event.
    Case(arabic: "مسلحون مجهولون يختطفون ناشطاً بارزاً في تظاهرات العمارة", type: .abduction),
    // A toll with its number right after it: an إلى further on is another phrase's.
    Case(
      arabic: "قتل سبعة أشخاص في انفجار سيارة مفخخة، فيما بلغ عدد المصابين ١٤ شخصاً نقلوا إلى المشافي التركية.",
      type: .suicideBomb, killed: 7, wounded: 14),
    // Shot by someone named: an attack by them.
    Case(arabic: "قتل شاب برصاص قوات النظام في درعا.", type: .attack, killed: 1),
    // Compound number words (units before tens); a number with و after a casualty word counts
    // the next one.
    Case(arabic: "ارتفعت حصيلة التفجير إلى ثمانية شهداء وخمسة وعشرين جريحاً.", type: .explosive, killed: 8, wounded: 25),
    Case(arabic: "قتل مئة وخمسون مدنياً في قصف مدفعي.", type: .shelling, killed: 150),
    // Barrel bombs are dropped from aircraft.
    Case(
      arabic: "ألقى الطيران المروحي أربعة براميل متفجرة على الحي الشمالي من المدينة، ما أدى إلى مقتل 14 مدنياً.",
      type: .airStrike, killed: 14),
    // A toll told in a concessive clause (despite a campaign that killed …) is not the event's.
    Case(
      arabic: "خرجت مظاهرات حاشدة في المدينة رغم الحملة العسكرية التي أوقعت اليوم أكثر من 56 شهيداً.", type: .protest),
    // Two verbs before their shared subject: killed or wounded, one vague count.
    Case(
      arabic: "قتل وجرح عدد من عناصر قوات النظام بانفجار لغم أرضي بسيارتهم.", type: .explosive, killedVague: "several"),
    // Aircraft that "shell" strike from the air; a commando raid is an attack.
    Case(arabic: "قصفت طائرات حربية مجهولة مواقع للميليشيات الإيرانية في محيط مدينة البوكمال.", type: .airStrike),
    Case(
      arabic: "أعلنت هيئة تحرير الشام مقتل 7 من عناصر النظام بعملية انغماسية على محور كبانة.", type: .attack, killed: 7),
    // Targeted with artillery: shelling.
    Case(arabic: "استهدفت قسد بالمدفعية مواقع للجيش الوطني في قرية الدندنية.", type: .shelling),
    // A toll in an accusation is not the arrest's.
    Case(arabic: "اعتقل الأمن العام المتهم بقتل ثلاثة أشخاص في مدينة الصنمين.", type: .arrest),
    // Protesters are people to count.
    Case(
      arabic: "أطلق عناصر الأسايش الرصاص لتفريق المحتجين، ما أدى إلى إصابة متظاهرَين اثنين بجروح.", type: .protest,
      wounded: 2),
    // أودى … بحياة with the time between: the lives it claimed are the killed.
    Case(
      arabic:
        "أودى انفجار سيارة مفخخة، ظهر اليوم الثلاثاء، بحياة ثلاثة أشخاص، وأوقع تسعة جرحى، في حي النشوة بمدينة الحسكة.",
      type: .suicideBomb, killed: 3, wounded: 9),
    // كانت after 'while' opens a clause of the same time: the sentence tells the news.
    Case(
      arabic:
        "أخبار اليوم\n\nفيما كانت الأنظار منشغلة بالزلزال، كانت دوريات المخابرات الجوية تجوب شوارع مدينة حرستا في حملة دهم انتهت باعتقال تسعة شبان.",
      type: .arrest),
    // An event right after بعد came before the clause's own.
    Case(
      arabic:
        "اقتادت دورية تسعة شبان إلى جهة مجهولة، بينهم اثنان أجريا تسوية عام 2018 بعد سيطرة النظام على الغوطة، في حملة اعتقالات بمدينة حرستا.",
      type: .arrest),
    // A third one, the commander's bodyguard: one person each.
    Case(
      arabic: "عنوان\n\nهاجم مسلحون حاجزاً في بلدة ذيبان. وأضاف أن عنصراً ثالثاً أصيب بجروح خطيرة.", type: .attack,
      wounded: 1),
    Case(
      arabic: "عنوان\n\nهاجم مسلحون حاجزاً في بلدة طفس. وأفاد مراسل بأن مرافق القيادي أصيب بجروح متوسطة في الهجوم.",
      type: .attack, wounded: 1),
    // A patrol targeted is what was hit, not the event.
    Case(arabic: "استهدف مسلحون دورية لقوات النظام في بلدة ذيبان.", type: .attack),
    // A street named after a city is a spot of the town already told: the toll told there is the event's.
    Case(
      arabic:
        "عنوان\n\nارتفعت حصيلة ضحايا انفجار السيارة المفخخة وسط قضاء طوزخورماتو إلى خمسة قتلى. وقال المصدر إن سيارة مفخخة انفجرت قرب سوق شعبي في شارع بغداد وسط القضاء، ما أسفر عن إصابة 15 آخرين.",
      type: .suicideBomb, killed: 5, wounded: 15),
    // A protest noun counted in a construct (آلاف المحتجين) is no event already told: the
    // sentence is the news, not the similar vigils after it.
    Case(
      arabic:
        "آلاف في «ساحة الكرامة» بالسويداء يجددون المطالبة بالتغيير السياسي\n\nجدّد آلاف المحتجين في محافظة السويداء، أمس، مطالبهم برحيل النظام، في أكبر تجمع تشهده «ساحة الكرامة» وسط مدينة السويداء منذ اندلاع الحراك الاحتجاجي. وشهدت نحو 40 نقطة في بلدات وقرى المحافظة وقفات مماثلة، أبرزها في شهبا وصلخد، فيما أغلق محتجون خلال الأسبوع الماضي عدداً من مقرات حزب البعث.",
      type: .protest, place: "Suwayda"),
    // What happened last month (the attack the men arrested are accused of) is another event:
    // its toll is not the arrest's.
    Case(
      arabic:
        "الأمن العام يعتقل ثلاثة في الدالية\n\nاعتقلت مديرية الأمن العام ثلاثة أشخاص في قرية الدالية بريف جبلة. وأوضح مصدر أن الموقوفين متورطون في الهجوم على حاجز للأمن العام الشهر الماضي، والذي أسفر عن مقتل عنصرين وإصابة ثلاثة آخرين.",
      type: .arrest),
    // An arrest raid takes the confrontations its raid set off, and their wounded.
    Case(
      arabic:
        "الاحتلال يعتقل تسعة مواطنين من بيت أمر\n\nاعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم الاثنين، تسعة مواطنين من بلدة بيت أمر شمال الخليل. وأضاف أن مواجهات اندلعت عقب الاقتحام، أطلق خلالها جنود الاحتلال الرصاص المعدني المغلف بالمطاط، ما أدى إلى إصابة شاب برصاصة مطاطية في قدمه.",
      type: .arrest, wounded: 1),
    // What happened "during the operation" (خلال العملية) is part of it, though a bomb did it.
    Case(
      arabic:
        "عملية أمنية في وادي الشاي\n\nأطلقت القوات العراقية، صباح اليوم، عملية أمنية واسعة لتفتيش وادي الشاي جنوب غرب كركوك. وأضاف المصدر أن جندياً واحداً أصيب بجروح طفيفة خلال العملية جراء انفجار عبوة ناسفة زرعها التنظيم في طريق القوات.",
      type: .securityOperation, wounded: 1),
    // What aircraft target, they strike.
    Case(arabic: "الطيران الروسي يستهدف السوق الشعبي في مدينة أريحا.", type: .airStrike),
    // A toll since a date is a running total, not the event's.
    Case(
      arabic:
        "غارة إسرائيلية على عيناثا\n\nاستهدفت مسيّرة إسرائيلية سيارة في بلدة عيناثا، ما أدى إلى سقوط شهيدين. ووفق وزارة الصحة، فقد بلغ عدد الشهداء منذ الثامن من تشرين الأول الماضي 462 شهيداً، إضافة إلى أكثر من 1300 جريح.",
      type: .airStrike, killed: 2),
  ]

  /// What was seized is weapons, munitions or vehicles: not a place taken, nor what a report
  /// "issued by" a ministry says.
  @Test(arguments: [
    "احتلت القوات محيط المدينة بعد اشتباكات عنيفة مع مسلحين في بلدة ذيبان.",
    "قصفت طائرات حربية بلدة كنصفرة، وفق التقرير الصادر عن وزارة الصحة.",
  ])
  func noBootyButWeapons(_ arabic: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(!main.details.contains { $0.kind == "seized" })
  }

  @Test(arguments: counts)
  func readsTypeAndCounts(_ example: Case) throws {
    let brief = try Fixtures.brief(example.arabic)
    let main = brief.events.first { $0.role == .main }
    #expect(main?.type == example.type)
    #expect(main?.killed?.value == example.killed)
    if let vague = example.killedVague { #expect(main?.killed?.vague == vague) }
    #expect(main?.wounded?.value == example.wounded)
    if let place = example.place { #expect(main?.places.first?.english == place) }
  }

  /// An event told first with its place and retold with its toll (اندلاع اشتباكات … في بلدة
  /// عريقة …، فإن الاشتباكات أسفرت عن مقتل 3) is one event at the place told first, not at the
  /// place of a later sentence of the same kind (فرّ … نحو مناطق في ريف درعا الشرقي).
  /// The dead of a clash may be the doer's own: they are no target, nor are one other wounded.
  @Test(arguments: [
    "اشتبكت قوات النظام مع فصائل المعارضة في ريف اللاذقية. وقتل خمسة من عناصر قوات النظام.",
    "قصفت طائرات حربية بلدة كنصفرة، ما أدى إلى مقتل شخص وإصابة آخر.",
  ])
  func victimsThatNameNoTarget(_ arabic: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.target?.english != "regime forces")
    #expect(main.target?.english != "other")
  }

  /// A preposition with a pronoun (عنه) is no place, though the Iraqi town عنة is spelled so.
  @Test func prepositionWithPronounIsNoPlace() throws {
    let brief = try Fixtures.brief("اختطف مسلحون مجهولون شاباً في بلدة الثعلة بريف السويداء، ثم أُفرج عنه بعد يومين.")
    let places = brief.events.flatMap(\.places).map(\.english)
    #expect(!places.contains { $0.contains("Unna") || $0.contains("Anah") }, "\(places)")
    #expect(places.contains { $0.contains("Thaala") }, "\(places)")
  }

  /// What a bomb went off at (انفجرت عبوة ناسفة، صباح اليوم، بسيارة عسكرية تابعة لقسد) is the
  /// target, an SDF vehicle, and no means of the attack; the lead names one thing hit with "a/an".
  @Test func bombWentOffAtAVehicle() throws {
    let text = """
      انفجرت عبوة ناسفة، صباح اليوم الثلاثاء، بسيارة عسكرية تابعة لقوات سوريا الديمقراطية على طريق بلدة \
      الشحيل، ما أدى إلى إصابة ثلاثة من عناصرها بجروح.
      """
    let brief = try Fixtures.brief(text)
    let main = try #require(brief.events.first)
    #expect(main.type == .explosive)
    #expect(main.target?.english == "SDF")
    #expect(main.target?.object == "military vehicle")
    #expect(!main.details.contains { $0.kind == "used" })
    #expect(brief.lead.contains("an SDF military vehicle"))
    // Its owner also after a word of its own; "a bus" (one thing hit, though it ends in s).
    let bus = try Fixtures.brief(
      "انفجرت عبوة ناسفة بحافلة مبيت تابعة لقوات النظام على طريق تدمر، ما أدى إلى مقتل ثلاثة عناصر.")
    #expect(bus.events.first?.target?.english == "regime forces")
    #expect(bus.events.first?.target?.object == "bus")
    #expect(bus.lead.contains("a bus of regime forces"))
  }

  /// Objects joined by و share the owner after them; الزنكي alone is the Zenki movement.
  @Test(arguments: [
    (
      "نفذ الطيران الحربي السوري سلسلة غارات مركزة على أوكار ومقرات لإرهابيي تنظيم \"داعش\" في بادية الرصافة.",
      "ISIS", "hideouts and headquarters"
    ),
    ("شنت هيئة تحرير الشام هجوماً على مقرات للزنكي في بلدة تقاد.", "al-Zenki Movement", "headquarters"),
    // Its own posts: the army the sentence opened with, not the attackers.
    (
      "أفشلت وحدات الجيش العربي السوري هجوماً شنه إرهابيو تنظيم «جبهة النصرة» على نقاطها العسكرية في محيط بلدة أبو دالي.",
      "Syrian Arab Army", "military posts"
    ),
  ])
  func objectsAndTheirOwner(_ arabic: String, _ owner: String, _ object: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.target?.english == owner)
    #expect(main.target?.object == object)
  }

  /// The people a raid "reached" (طالت), with the number and its qualifier: those arrested are
  /// counted nowhere else. An indefinite object's adjective is no owner (مواقع مدنية).
  @Test func raidReachedPeopleAndCivilianSites() throws {
    let raid = try #require(
      try Fixtures.brief("شنت قسد حملة دهم واعتقال واسعة في عدد من أحياء مدينة الرقة، طالت نحو 25 شاباً.").events.first)
    #expect(raid.type == .arrest)
    #expect(raid.target?.english == "about 25 young men")
    let shelling = try #require(
      try Fixtures.brief("تعرضت مدينة كوباني لقصف مدفعي تركي طال مواقع مدنية في المدينة.").events.first)
    #expect(shelling.target?.english != "civilian")
    #expect(shelling.target?.object == "civilian positions")
  }

  /// A quoted name opening with a class noun (تجمع, لواء) that the glossary does not know is the
  /// group, spelt by the press rules; members of it are its fighters. A known name stays the
  /// glossary's.
  @Test(arguments: [
    ("شن مقاتلو «تجمع العزة» هجوماً على حواجز للقوات النظامية في بلدة حلفايا.", "fighters of Tajammu al-Izza"),
    ("شن «لواء الفرقان» هجوماً على حواجز للقوات النظامية في بلدة حلفايا.", "Liwa al-Furqan"),
    ("شن مقاتلو «هيئة تحرير الشام» هجوماً على حواجز للقوات النظامية في بلدة حلفايا.", "HTS fighters"),
  ])
  func quotedGroupTheGlossaryLacks(_ arabic: String, _ doer: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.perpetrator?.english == doer)
    #expect(main.target?.english == "regime forces")
  }

  /// The sides of a clash when the first is members of a group with its quotes and allegiance.
  @Test func clashSidesAfterMembersAndAllegiance() throws {
    let main = try #require(
      try Fixtures.brief(
        "قُتل ثلاثة أشخاص، ليلة أمس، في اشتباكات اندلعت بين عناصر من ميليشيا \"لواء الباقر\" المدعومة من إيران ومسلحين من أبناء قرية مراط."
      ).events.first)
    #expect(main.type == .armedClash)
    #expect(main.perpetrator?.english == "members of Liwa al-Baqir militia")
    #expect(main.target?.english == "gunmen")
  }

  /// Who planted mines is the doer of an explosion, not of a capture told before; bombs
  /// dismantled (تفكيك العبوات) went off nowhere.
  @Test func plantedAndDismantledBombsAreNoExplosion() throws {
    let brief = try Fixtures.brief(
      "أحكمت وحدات الجيش سيطرتها على القرية بعد معارك عنيفة. وأشار المصدر إلى أن وحدات الهندسة تعمل على تفكيك العبوات الناسفة والألغام التي زرعها الإرهابيون في الطرقات."
    )
    let main = try #require(brief.events.first { $0.role == .main })
    #expect(main.type == .territoryChange)
    #expect(main.perpetrator?.english != "terrorists")
    #expect(!brief.events.contains { $0.type == .explosive })
  }

  /// Aircraft named by their country (الطائرات الروسية, طائرات الاحتلال الروسي) carried out the strike;
  /// a drone's strike, one glossary term (قصف مسيّرة, قصف طائرة مسيرة), names the drone by its
  /// country; an air raid with no aircraft named keeps "aircraft".
  @Test(arguments: [
    ("شنت الطائرات الروسية غارات جوية على بلدة حاس.", "Russian aircraft"),
    (
      "ارتكبت طائرات الاحتلال الروسي مجزرة بحق المدنيين في بلدة حاس، راح ضحيتها ستة شهداء، جراء غارات جوية.",
      "Russian aircraft"
    ),
    (
      "استشهد أربعة شبان فلسطينيين، فجر الثلاثاء، جراء قصف طائرة مسيّرة إسرائيلية تجمعاً للمواطنين في طولكرم.",
      "Israeli drone"
    ),
    ("قتل مدنيان بقصف مسيّرة تركية على قرية قرب القامشلي.", "Turkish drone"),
    ("قتل ثلاثة مدنيين بغارات جوية روسية على بلدة حاس.", "Russian aircraft"),
  ])
  func aircraftByTheirCountry(_ arabic: String, _ perpetrator: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.type == .airStrike)
    #expect(main.perpetrator?.english == perpetrator)
  }

  /// A protest is against whose fall or departure it demands; a definite institution is "the".
  @Test(arguments: [
    ("خرج المئات في مظاهرة في مدينة شهبا رفعوا خلالها لافتات تطالب بتطبيق القرار 2254 ورحيل النظام.", "the regime"),
    ("تواصلت الاحتجاجات في مدينة الكوت المطالبة بإسقاط الحكومة ومحاسبة الفاسدين.", "the government"),
    // (A name with the Arabic article takes no "the".)
    ("خرجت مظاهرة حاشدة في بلدة بنش تطالب بإسقاط الجولاني والإفراج عن المعتقلين.", "al-Jolani"),
  ])
  func protestAgainstWhomItWantsGone(_ arabic: String, _ target: String) throws {
    let brief = try Fixtures.brief(arabic)
    let main = try #require(brief.events.first)
    #expect(main.type == .protest)
    #expect(main.target?.english == target)
    #expect(brief.lead.contains("against \(target)"), "\(brief.lead)")
  }

  /// One civilian with a nationality before the noun takes the indefinite article too.
  @Test func oneCivilianTakesTheArticle() throws {
    let brief = try Fixtures.brief("اختطف مسلحون مجهولون صيدلانياً فلسطينياً في حي اللوبية جنوبي دمشق.")
    #expect(brief.lead.contains("abducted a Palestinian pharmacist"), "\(brief.lead)")
  }

  /// The source is named before "that"; what follows it is what was said (قالت إنهم يشكلون خلية:
  /// no source "the cell"), and "General Security forces" is one name (قوى الأمن العام).
  @Test func sourceIsNamedBeforeThat() throws {
    let text = "ألقت قوى الأمن العام القبض على خمسة أشخاص قالت إنهم يشكلون خلية لتهريب الأسلحة في قرية الحيصة."
    let main = try #require(try Fixtures.brief(text).events.first)
    #expect(main.type == .arrest)
    #expect(main.perpetrator?.english == "General Security forces")
    #expect(main.attribution == nil)
  }

  /// Shots fired to stop a car are part of the abduction: the driver they wound is its toll.
  @Test func shotsFiredInAnAbductionArePartOfIt() throws {
    let text = """
      اختطف مسلحون مجهولون طبيباً في بلدة القريا. وقال المصدر إن المسلحين كانوا يستقلون سيارتين من دون \
      لوحات، وأطلقوا النار على سيارة الطبيب لإجبارها على التوقف، ما أدى إلى إصابة سائقه بجروح في قدمه.
      """
    let brief = try Fixtures.brief(text)
    let main = try #require(brief.events.first { $0.role == .main })
    #expect(main.type == .abduction)
    #expect(main.wounded?.value == 1)
    #expect(brief.events.filter { $0.role == .secondary }.isEmpty)
  }

  @Test func retoldEventKeepsThePlaceToldFirst() throws {
    let brief = try Fixtures.brief(try Fixtures.text("fixtures/articles/dev-82.ar.txt"))
    let main = try #require(brief.events.first { $0.role == .main })
    #expect(main.type == .armedClash)
    #expect(main.killed?.value == 3)
    #expect(main.places.first?.english == "Ariqah")
    #expect(main.places.first?.governorate == "Suwayda")
  }

  @Test func unclaimedBombingIsByAnUnidentifiedGroup() throws {
    let text = "انفجرت سيارة مفخخة في السوق، ما أدى إلى مقتل ثلاثة مدنيين. ولم تتبنَّ أي جهة التفجير."
    let main = try #require(try Fixtures.brief(text).events.first)
    #expect(main.type == .suicideBomb)
    #expect(main.perpetrator?.english == "an unidentified armed group")
    // A named doer stays.
    let claimed = try #require(
      try Fixtures.brief("تبنى تنظيم داعش تفجير سيارة مفخخة في السوق. ولم تتبنَّ أي جهة أخرى الهجوم.").events.first)
    #expect(claimed.perpetrator?.english == "ISIS")
  }

  @Test func headlineFillsTheBodysGaps() throws {
    // The body says a shelling happened; the headline gives the toll.
    let text = "شهيدة وجريحان بقصف مدفعي على الخيام\n\nقصفت المدفعية بلدة الخيام صباح اليوم."
    let main = try #require(try Fixtures.brief(text).events.first { $0.role == .main })
    #expect(main.type == .shelling)
    #expect(main.killed?.value == 1)
    #expect(main.wounded?.value == 2)
  }

  @Test(arguments: [
    ("اقتتال بين فصيلي \"فرقة الحمزة\" و\"الجبهة الشامية\" في القرية.", "Hamza Division", "Levant Front"),
    ("اشتباكات بين فصيلين من \"الجيش الوطني\" في القرية.", "Syrian National Army", "Syrian National Army"),
    ("اشتباكات عنيفة بين مقاتلي العشائر و\"قسد\" في القرية.", "tribal fighters", "SDF"),
    // A name with an event word in it (هيئة تحرير الشام) acts; the other side after مع.
    ("اندلعت اشتباكات بين قوات النظام ومقاتلي هيئة تحرير الشام.", "regime forces", "HTS fighters"),
    ("قتل خمسة عناصر من قوات النظام خلال اشتباكات مع مقاتلي هيئة تحرير الشام.", nil, "HTS fighters"),
    // An alias in brackets after the first side.
    ("تجددت المعارك بين \"قوات سوريا الديمقراطية\" (قسد) ومقاتلي العشائر العربية في البلدة.", "SDF", "tribal fighters"),
    // The first side's origin between the two sides.
    ("اشتباكات بين مسلحين محليين من أبناء القرية ومسلحين من عشائر البدو.", "local gunmen", "gunmen of Bedouin clans"),
    // Two families or clans: both sides are their gunmen.
    ("اندلعت اشتباكات بين مسلحين من عائلتين في بلدة القريا.", "gunmen of two families", "gunmen of two families"),
    (
      "قتل ثلاثة أشخاص خلال اشتباك مسلح اندلع بين عشيرتين في بلدة تل السمن.", "gunmen of two clans",
      "gunmen of two clans"
    ),
    // A first side the glossary names in one term, a second side after its forces noun; الجيش
    // الوطني in Yemen is the Yemeni National Army, in Syria the Syrian National Army.
    (
      "اندلعت مواجهات عنيفة بين مليشيا الحوثي وقوات الجيش الوطني في جبهة الكسارة غربي مأرب.", "Houthis",
      "forces of Yemeni National Army"
    ),
    ("اندلعت اشتباكات بين قسد والجيش الوطني في محيط مدينة منبج.", "SDF", "Syrian National Army"),
    // The side that set the clash off comes first.
    (
      "اندلعت مواجهات عنيفة بين القوات الجنوبية ومليشيا الحوثي في جبهة كرش، إثر محاولة تسلل نفذتها مجاميع حوثية باتجاه المواقع المتقدمة للقوات.",
      "Houthis", "Southern forces"
    ),
  ])
  func clashSides(_ arabic: String, _ doer: String?, _ target: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.type == .armedClash)
    #expect(main.perpetrator?.english == doer)
    #expect(main.target?.english == target)
  }

  /// The subject of a clause after "that" follows it: the source before it is no doer; a hedge
  /// before the clause makes its subject a suspect.
  @Test(
    arguments: [
      ("ووفقاً لمصادر المرصد السوري، فإن الشقيقين قُتلا بانفجار لغم أرضي في بلدة القحطانية.", nil),
      (
        "انفجار عبوة ناسفة قرب أثريا\n\nانفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة أثريا. ولم تعلن أي جهة مسؤوليتها عن التفجير، فيما رجّحت المصادر أن تكون خلايا تنظيم داعش هي من زرعت العبوة.",
        "suspected ISIS cells"
      ),
    ] as [(String, String?)])
  func subjectAfterThat(_ arabic: String, _ doer: String?) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.perpetrator?.english == doer)
  }

  /// Killed and wounded counted together in the headline (مقتل وإصابة 16 شخصاً) give way to the
  /// body's two counts (مقتل أربعة جنود واثنين من عناصر الحشد الشعبي، وإصابة عشرة آخرين).
  @Test func countsTogetherGiveWayToCountsApart() throws {
    let brief = try Fixtures.brief(try Fixtures.text("fixtures/dev9/dev9-12.ar.txt"))
    let main = try #require(brief.events.first { $0.role == .main })
    #expect(main.wounded?.value == 10)
    #expect(main.killed?.value != 16)
  }

  /// More of the toll after كما, the event named with the article, in the next paragraph; whom a
  /// party usually blames for a kind of events (بالوقوف وراء التفجيرات) is no doer of this one.
  @Test func moreOfTheTollAndTheUsualSuspects() throws {
    let text = """
      مقتل مدني بانفجار عبوة في جرابلس

      انفجرت عبوة ناسفة مزروعة في سيارة مدنية، صباح اليوم، قرب السوق الرئيسي في مدينة جرابلس بريف حلب الشرقي.

      وقال المراسل إن الانفجار أدى إلى مقتل سائق السيارة. كما أصيب ثلاثة مدنيين آخرين كانوا على مقربة من مكان الانفجار، ونقلوا إلى مستشفى جرابلس لتلقي العلاج.

      ولم تتبنَّ أي جهة التفجير، بينما تتهم "الحكومة السورية المؤقتة" عادة "قوات سوريا الديمقراطية" وخلايا تنظيم "الدولة الإسلامية" بالوقوف وراء التفجيرات التي تضرب مناطق ريف حلب.
      """
    let main = try #require(try Fixtures.brief(text).events.first { $0.role == .main })
    #expect(main.killed?.value == 1)
    #expect(main.wounded?.value == 3)
    #expect(main.perpetrator?.english == "an unidentified armed group")
  }

  /// A verb in a relative clause on another kind of event (العمليات العسكرية التي تشنها القوات
  /// الجنوبية) names that event's doer, not the bombing's.
  @Test func doerOfAnotherEventInARelativeClause() throws {
    let text = """
      مقتل أربعة جنود بتفجير في زنجبار

      قُتل أربعة جنود وأصيب تسعة آخرون بانفجار سيارة مفخخة استهدف نقطة أمنية في مدينة زنجبار.

      ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى اللحظة، في ظل العمليات العسكرية التي تشنها القوات الجنوبية ضد عناصر تنظيم القاعدة في المحافظة.
      """
    let main = try #require(try Fixtures.brief(text).events.first { $0.role == .main })
    #expect(main.perpetrator?.english != "Southern forces")
  }

  /// A source tells of the event; it never does it.
  @Test func sourceIsNoDoer() throws {
    let main = try #require(
      try Fixtures.brief("وأوضح مصدر عسكري أن المواجهات اندلعت مساء أمس في جبهة الكسارة غربي مأرب.").events.first)
    #expect(main.type == .armedClash)
    #expect(main.perpetrator == nil)
  }

  /// More of the same toll after كما, though it names the town of the hospital the wounded were
  /// taken to: that town is no place of a new event.
  @Test func alsoWoundedTakenToHospital() throws {
    let text = """
      اغتيال قيادي سابق في ريف درعا

      قتل مسلحون مجهولون قيادياً سابقاً في فصائل المعارضة عند المدخل الشمالي لبلدة المسيفرة بريف درعا الشرقي. \
      كما أُصيب مرافقان له بجروح متفاوتة، نُقلا على إثرها إلى أحد مشافي مدينة بصرى الشام.
      """
    let main = try #require(try Fixtures.brief(text).events.first { $0.role == .main })
    #expect(main.killed?.value == 1)
    #expect(main.wounded?.value == 2)
    #expect(main.places.first?.english == "al-Musayfirah")
  }

  /// "وتأتي الحملة بعد أيام من هجوم …": the attack the campaign comes after is background, not
  /// more of the campaign's toll.
  @Test func comesAfterIsBackground() throws {
    let text = """
      حملة أمنية في القدموس

      أطلقت قوات الأمن العام حملة أمنية واسعة في مدينة القدموس بحثاً عن مطلوبين.

      وتأتي الحملة بعد أيام من هجوم شنه مسلحون مجهولون على حاجز للأمن العام عند مدخل القدموس الغربي، ما أسفر عن مقتل عنصرين.
      """
    let brief = try Fixtures.brief(text)
    let main = try #require(brief.events.first { $0.role == .main })
    #expect(main.killed == nil)
    #expect(brief.events.contains { $0.role == .context && $0.killed?.value == 2 })
  }

  /// Sides of one kind clashed, not with themselves.
  @Test func sidesOfOneKindClashed() throws {
    let brief = try Fixtures.brief(
      "عنوان\n\nاندلعت اشتباكات بين مسلحين من عائلتين في بلدة القريا، ما أدى إلى مقتل شاب.")
    #expect(brief.lead.contains("Gunmen of two families clashed in al-Qurayya"))
    #expect(!brief.lead.contains("clashed with"))
  }

  @Test func unitsQuotedNamesAndPatrons() throws {
    // A unit named by a member word takes its actor, also quoted; the victim follows.
    let execution = try #require(
      try Fixtures.brief("أعدمت خلية تابعة لتنظيم \"داعش\"، ليل السبت، شاباً من أبناء البلدة.").events.first)
    #expect(execution.perpetrator?.english == "ISIS cell")
    #expect(execution.target?.english == "young man")
    #expect(execution.killed?.value == 1)
    // A place after a word of allegiance is a patron, not the site.
    let clash = try #require(
      try Fixtures.brief("اشتباكات بين قسد والفصائل الموالية لأنقرة قرب بلدة عين عيسى.").events.first)
    #expect(!clash.places.contains { $0.english.contains("Ankara") || $0.english.contains("Anqar") })
    #expect(clash.places.first?.english == "Ain Issa")
    // A protest's target is what it denounces.
    let protest = try #require(
      try Fixtures.brief("خرج آلاف المواطنين في مظاهرة تنديداً بهجمات الجيش التركي.").events.first)
    #expect(protest.target?.english == "Turkish army")
  }

  @Test(arguments: [
    // The victims' group, quoted; the owner of an object after لـ; the victims when the doer was
    // read as the target; a member word with a hedged group.
    ("مقتل عنصرين من \"وحدات مقاومة سنجار\" بضربة مسيرة تركية.", "Sinjar Resistance Units (YBS)"),
    ("انفجرت سيارة مفخخة قرب حاجز للشرطة العسكرية في بلدة الراعي.", "military police"),
    ("قتل 5 من قوات النظام بهجوم لداعش.", "regime forces"),
    ("مقتل شابين برصاص مجهولين غربي درعا.", "young men"),
    (
      "نفذت قسد عملية أمنية في بلدة مركدة استهدفت خلية يُشتبه بانتمائها لتنظيم \"الدولة الإسلامية\".",
      "suspected ISIS cell"
    ),
    // The people arrested after the place of the arrest.
    ("اعتقلت الشرطة العسكرية في مدينة عفرين ثلاثة مدنيين بتهمة التعامل مع الإدارة الذاتية.", "3 civilians"),
    // An attacked object with no owner named belongs to the victims' group.
    ("قتل ثلاثة عناصر من الأسايش إثر هجوم شنه مسلحون مجهولون على حاجز في بلدة تل براك.", "Asayish"),
    // The victims' group named after people listed one by one; a group written in quotes after
    // its class noun; an owner named by its kind alone (للميليشيا) is the victims' group of that kind.
    (
      "أفاد مصدر أمني بمقتل ضابط برتبة ملازم أول وجنديين اثنين من الجيش العراقي بهجوم شنه مسلحو داعش على نقطة عسكرية.",
      "Iraqi army"
    ),
    ("قُتل 4 جنود من قوات \"الحزام الأمني\" في هجوم انتحاري استهدف نقطة عسكرية.", "Security Belt forces"),
    (
      "لقي 4 عناصر من ميليشيا \"لواء فاطميون\" مصرعهم إثر هجوم شنه مسلحون مجهولون على نقطة عسكرية تابعة للميليشيا.",
      "Fatemiyoun Brigade militia"
    ),
    // A former member killed is the target himself, not the group he left.
    (
      "قُتل القيادي السابق في فصائل المعارضة سامر العبد الله إثر استهدافه بالرصاص من قبل مسلحين مجهولين في بلدة صيدا.",
      "former opposition commander"
    ),
    // Victims the body names only as a young man, whom the headline names by their group.
    (
      """
      إنزال جوي للتحالف في الطيانة ينتهي بمقتل قيادي في داعش

      نفذت قوات التحالف الدولي فجر اليوم عملية إنزال جوي في بلدة الطيانة، أسفرت عن مقتل شاب.
      """,
      "ISIS commander"
    ),
    // The group the doer is part of (في الهيئة) is not whom it arrested.
    ("اعتقلت دوريات تابعة لجهاز \"الأمن العام\" في الهيئة خمسة شبان من أبناء البلدة.", "5 young men"),
    // A former officer in a branch.
    (
      "ألقت وحدات من الأمن العام القبض على عقيد سابق في إدارة المخابرات الجوية في مدينة جبلة.",
      "former Air Force Intelligence colonel"
    ),
    // The side of the one more person counted in a clash.
    (
      "قُتل أربعة عناصر من فصائل المعارضة الموالية لتركيا ومقاتل من مجلس منبج العسكري خلال اشتباكات.",
      "Manbij Military Council"
    ),
    // People counted "among them" or "they are" members of a group: that group was hit.
    (
      "أفاد مصدر أمني بمقتل أربعة أشخاص بينهم ثلاثة من عناصر تنظيم داعش في عملية أمنية في ريف دير الزور.",
      "ISIS members"
    ),
    // The victim after a date written "16 من نيسان" (the 16th of April).
    ("اختطف مجهولون صباح أمس، الثلاثاء 16 من نيسان، المدرّس خالد الحلقي من أبناء بلدة غباغب.", "teacher"),
    // A rank in a group as analysts write it.
    ("اغتال مسلحون مجهولون قيادياً سابقاً في فصائل المعارضة في بلدة الغارية.", "former opposition commander"),
    ("اغتال مسلحون مجهولون ضابطاً سابقاً في المخابرات الجوية في بلدة الغارية.", "former Air Force Intelligence officer"),
    ("اغتال مسلحون مجهولون قيادياً في تنظيم حراس الدين في بلدة الغارية.", "Hurras al-Din commander"),
    // Victims named only as people: who they were, said in the same sentence (قالت إنهم …) or in
    // another (القتيلين هما …); members of a group's cell.
    ("نفذت قسد عملية إنزال جوي في بلدة غرانيج، أسفرت عن مقتل شخصين، قالت إنهم \"عناصر في خلية لتنظيم داعش\".", "ISIS"),
    (
      """
      مسيرة تستهدف سيارة قرب معرة مصرين

      استهدفت طائرة مسيرة سيارة عند مدخل بلدة معرة مصرين، ما أدى إلى مقتل شخصين كانا بداخلها.

      وأوضح المراسل أن القتيلين هما قيادي في تنظيم "حراس الدين" ومرافقه.
      """,
      "Hurras al-Din"
    ),
    ("اعتقلت قسد عناصر في خلية تابعة لتنظيم داعش في بلدة الغارية.", "ISIS cell members"),
    // Soldiers with no group named: still an army was hit.
    ("ارتقى ستة عسكريين وأصيب أربعة آخرون بهجوم إرهابي على حافلة في بادية دير الزور.", "soldiers"),
    // Press English for those the security services want.
    ("داهمت قوى الأمن الداخلي منازل في حي الزهراء واعتقلت ثلاثة مطلوبين.", "3 wanted men"),
    // Killed "people", wounded citizens: civilians were hit; in the same sentence or another.
    ("قصفت طائرات حربية بلدة كنصفرة، ما أدى إلى مقتل شخصين وإصابة خمسة مواطنين بجروح.", "civilians"),
    (
      "انفجرت سيارة مفخخة في سوق مدينة طرطوس، ما أدى إلى مقتل ستة أشخاص. وأفادت الشرطة بإصابة 21 مواطناً بجروح متفاوتة.",
      "civilians"
    ),
    // Whom an abduction, arrest or execution took, right after its word or after the doer's
    // whole chain of command and the time, not the object of a later على.
    (
      "أقدم مسلحون مجهولون، مساء أمس، على اختطاف شاب من أبناء بلدة امتان، وأطلقوا النار على مرافقه ما أدى إلى إصابته.",
      "young man"
    ),
    (
      "اعتقلت دوريات تابعة لفرع \"فلسطين\" (235) التابع لشعبة المخابرات العسكرية، يوم الأحد الماضي، تسعة شبان من أبناء حي القدم.",
      "9 young men"
    ),
    (
      "أعدم \"جيش خالد بن الوليد\"، المبايع لتنظيم \"داعش\"، مساء أمس الاثنين، ثلاثة شبان من أبناء حوض اليرموك.",
      "3 young men"
    ),
    // The event after تعرض (تعرضت لقصف) is no object hit; victims of several civilian kinds (a
    // woman and her two children) are civilians.
    (
      "قصف على البارة\n\nقُتلت امرأة وطفلاها، وأصيب خمسة مدنيين آخرين، جراء قصف مدفعي لقوات النظام استهدف بلدة البارة بجبل الزاوية. وأوضح المتطوع أن فرق الإسعاف تعرضت لقصف مزدوج أثناء محاولتها الوصول إلى المكان.",
      "civilians"
    ),
    // A plural with its ن takes no construct: the checkpoint after it is the object, the SDF its owner.
    ("هاجم مسلحون حاجزاً لقسد في بلدة ذيبان.", "SDF"),
  ])
  func targets(_ arabic: String, _ target: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.target?.english == target)
  }

  @Test(arguments: [
    // Members counted with a stressing number word before their group (منتسبين اثنين في X), and
    // "affiliates" (منتسبين, Iraqi usage) as people counted.
    (
      "أفاد مصدر أمني بمقتل منتسبَين اثنين في الحشد الشعبي وإصابة ثلاثة آخرين بهجوم شنه عناصر من تنظيم داعش على نقطة مراقبة.",
      2, "Popular Mobilisation Forces"
    ),
    ("قتل عنصرين اثنين من قوات النظام بهجوم على حاجز في بلدة الغارية.", 2, "regime forces"),
    // Servicemen (عسكريين: press English 'soldiers'); martyrs counted before من and their people
    // after it (not the dual the plural's ending would read alone).
    ("قتل 6 عسكريين بهجوم لمسلحين مجهولين على نقطة في بلدة الشولا.", 6, "soldiers"),
    ("ارتقى تسعة شهداء من العسكريين جراء اعتداء إرهابي استهدف حافلة مبيت عسكرية في بادية حمص.", 9, "soldiers"),
    ("سقط تسعة شهداء من المدنيين جراء قصف مدفعي على بلدة الغارية.", 9, "civilians"),
    ("ارتفع عدد ضحايا الغارات على حي الرميلة في مدينة الرقة إلى تسعة قتلى مدنيين.", 9, "civilians"),
    // ارتقى: killed as a martyr ("ascended").
    ("ارتقى ستة عسكريين وأصيب أربعة آخرون بهجوم إرهابي على حافلة في بادية دير الزور.", 6, "soldiers"),
  ])
  func killedGroupAfterAStressingNumber(_ arabic: String, _ killed: Int, _ group: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.killed?.value == killed)
    #expect(main.killed?.group == group)
  }

  @Test(arguments: [
    // The subject of تعرض is what came under the event named after it with لـ; a patrol there
    // is no patrol event.
    (
      "تعرض حاجز تابع لقوى الأمن الداخلي عند مدخل حي دمر، ليل السبت، لهجوم مسلح نفذه مجهولون.", EventType.attack,
      "Internal Security Forces"
    ),
    ("تعرضت دورية لقوات النظام لهجوم مسلح في بلدة الغارية.", .attack, "regime forces"),
    // What a protest (by protesters) is against, named in its reason after the doer was read there.
    (
      "خرج العشرات من أهالي بلدة جملة في وقفة احتجاجية رفضاً للتوغلات المتكررة لجيش الاحتلال الإسرائيلي.", .protest,
      "Israeli army"
    ),
    // Not those hurt at it: whoever fired on them (a protest with intervention).
    (
      "أصيب شاب بجروح إثر إطلاق القوات الإسرائيلية النار على محتجين في قرية السويسة، خرجوا رفضاً لتوغل آليات إسرائيلية.",
      .protest, "Israeli forces"
    ),
    ("أصيب ثلاثة متظاهرين برصاص قوات الأمن خلال مظاهرة في بلدة الغارية.", .protest, "security forces"),
  ])
  func targetOfTheEvent(_ arabic: String, _ type: EventType, _ target: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.type == type)
    if type == .protest { #expect(main.perpetrator?.english == "protesters") }
    #expect(main.target?.english == target)
  }

  @Test func killedGroupIsTheTargetBeforeTheWounded() throws {
    let text =
      "غارة لمسيرة تقتل قيادياً في \"حراس الدين\"\n\nاستهدفت طائرة مسيرة دراجة نارية، ما أدى إلى مقتل راكبها وإصابة مدني."
    let main = try #require(try Fixtures.brief(text).events.first { $0.role == .main })
    #expect(main.target?.english == "Hurras al-Din")
  }

  @Test(arguments: [
    // People killed, named only as people, whom a group mourned as its own: that group's members;
    // the group named after the mourned, or the mourner when they were "of its members".
    (
      "شهيدان بغارة إسرائيلية\n\nقُتل شخصان بغارة لمسيرة إسرائيلية على سيارة قرب بلدة عيتا الشعب. ونعى \"حزب الله\" لاحقاً، في بيان، اثنين من عناصره.",
      "Hezbollah"
    ),
    (
      "قتيلان بانفجار عبوة\n\nقُتل شخصان بانفجار عبوة ناسفة على طريق السخنة. ونعت صفحات موالية عنصرين من قوات النظام.",
      "regime forces"
    ),
  ])
  func mournedVictimsAreTheMournersMembers(_ text: String, _ target: String) throws {
    let main = try #require(try Fixtures.brief(text).events.first { $0.role == .main })
    #expect(main.target?.english == target)
    #expect(main.target?.isVictims == true)
  }

  @Test(arguments: [
    // An actor said to be behind the event is its doer, "suspected" when hedged.
    (
      "انفجرت عبوة ناسفة بدورية للجيش في قضاء الطارمية، مرجحاً أن تكون خلية تابعة لتنظيم داعش وراء التفجير.",
      "suspected ISIS cell"
    ),
    ("انفجرت عبوة ناسفة بدورية للجيش في قضاء الطارمية. وتقف خلايا داعش وراء الهجوم بحسب المصدر.", "ISIS cells"),
    // A force named by nothing of its own is the actor the sentence opened with.
    (
      "واصلت القوات الإسرائيلية توغلاتها في ريف القنيطرة، إذ دخلت قوة مؤلفة من دبابتين إلى بلدة الرفيد، واعتقلت ثلاثة رعاة.",
      "Israeli forces"
    ),
    // Settlers under their Palestinian name (المستعمرين).
    ("استشهد مواطن في هجوم شنه عشرات المستعمرين على قرية المغير.", "settlers"),
  ])
  func doerNamedOutsideItsClause(_ text: String, _ doer: String) throws {
    let main = try #require(try Fixtures.brief("عبوة ناسفة\n\n" + text).events.first { $0.role == .main })
    #expect(main.perpetrator?.english == doer)
  }

  @Test func sameEventRetoldCountsItsUncountedCasualties() throws {
    // The first sentence has casualties without a number; a later one naming the same clashes
    // (الاشتباكات ذاتها) counts them.
    let text = """
      قتلى في هجوم للفصائل

      تتواصل الاشتباكات العنيفة على محور تل ملح بين قوات النظام والفصائل، ما أدى إلى سقوط قتلى من الطرفين.

      ورصد المرصد السوري مقتل 14 عنصراً على الأقل من قوات النظام خلال الاشتباكات ذاتها.
      """
    let main = try #require(try Fixtures.brief(text).events.first { $0.role == .main })
    #expect(main.killed?.value == 14)
  }

  @Test func tollOverDaysIsBackground() throws {
    // A toll "during nine days" counts many events: background, not this event's count.
    let text = """
      ضحايا بقصف تركي

      قصفت القوات التركية قرية عين ديوار في ريف المالكية، ما أدى إلى سقوط ضحايا.

      وأسفرت الهجمات التركية خلال تسعة أيام عن مقتل 34 شخصاً، بينهم 13 مدنياً.
      """
    let main = try #require(try Fixtures.brief(text).events.first { $0.role == .main })
    #expect(main.killed == nil)
  }

  @Test(arguments: [
    // A toll that rises within the sentence replaces its first count; a province's total for the
    // day does not.
    ("أسفرت الغارات عن مقتل امرأة وطفلها، ثم ارتفع عدد القتلى إلى ثلاثة.", 3),
    ("قتل مدنيان بقصف على البلدة، ثم ارتفعت حصيلة القتلى إلى خمسة مدنيين.", 5),
    (
      "قُتل أربعة مدنيين في قصف جوي على أطراف مدينة خان شيخون، لترتفع حصيلة القتلى المدنيين في محافظة إدلب خلال يوم واحد إلى أحد عشر شخصاً.",
      4
    ),
  ])
  func tollRisingInTheSentence(_ arabic: String, _ killed: Int) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.killed?.value == killed)
  }

  @Test(arguments: [
    // People listed one by one keep their singulars, and a pronoun on a later one is a possessive.
    ("أسفرت الغارات عن مقتل امرأة وطفلها.", 2, "a woman and her child"),
    ("أسفرت الغارات عن مقتل رجل ووالدته.", 2, "a man and his mother"),
    ("أسفرت الغارات عن مقتل امرأة وأطفالها الثلاثة.", 4, "a woman and her 3 children"),
    ("قتل ضابط وجنديين بهجوم على الحاجز.", 3, "an officer and two soldiers"),
    // A member of a branch the glossary names whole (فرع "الأمن العسكري"), then another person.
    (
      "قُتل عنصر في فرع \"الأمن العسكري\" التابع للنظام السوري ومدني كان برفقته.", 2,
      "1 member of Military Security branch and one civilian"
    ),
  ])
  func peopleListedOneByOne(_ arabic: String, _ killed: Int, _ who: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.killed?.value == killed)
    #expect(main.killed?.who == who)
  }

  @Test(arguments: [
    // A territory change's other side: the group that held the place, fought for it, or lost it.
    ("سيطرت قوات النظام على حي مساكن هنانو الخاضع لسيطرة فصائل المعارضة في مدينة حلب.", "opposition factions"),
    (
      "استعادت قوات النظام السيطرة على قرية الحماميات بعد نحو أسبوع من سيطرة فصائل المعارضة عليها.",
      "opposition factions"
    ),
    ("أحكمت قوات النظام سيطرتها على بلدة مسرابا بعد معارك عنيفة مع مقاتلي فيلق الرحمن.", "Faylaq al-Rahman"),
    ("حررت قوات سوريا الديمقراطية حي المشلب في مدينة الرقة بالكامل من مرتزقة داعش.", "ISIS"),
  ])
  func territoryChangeTargetsTheFormerHolder(_ arabic: String, _ target: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.type == .territoryChange)
    #expect(main.target?.english.contains(target) == true, "\(main.target?.english ?? "none")")
  }

  @Test func territoryChangeAllyIsNoTarget() throws {
    let main = try #require(
      try Fixtures.brief("سيطرت قوات النظام بدعم من الطيران الروسي على بلدة كفرنبودة.").events.first)
    #expect(main.type == .territoryChange)
    #expect(main.target == nil)
  }

  @Test func mourningNamesNoTargetOfAnEventWithNamedVictims() throws {
    let text = "ثلاثة قتلى بقصف مدفعي\n\nقُتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل. ونعى حزب الله اثنين من عناصره."
    let main = try #require(try Fixtures.brief(text).events.first { $0.role == .main })
    #expect(main.target?.english == "civilians")
  }

  @Test(arguments: [
    // A subject before its passive verb, with its group; a count after "in it".
    ("وقال المسؤول إن عنصراً من الأمن العام قُتل خلال اشتباك مع مجموعة مسلحة.", 1),
    ("وقال المصدر إن طفلين قتلا بقصف مدفعي على البلدة.", 2),
    ("جاءت السيطرة على الحي بعد معارك عنيفة قُتل فيها 23 مقاتلاً من الطرفين.", 23),
  ])
  func countsAroundPassiveVerbs(_ arabic: String, _ killed: Int) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.killed?.value == killed)
  }

  @Test func newestEventAfterItsBackground() throws {
    // The first paragraph tells the background (raids despite which attacks go on); "وفي جديد تلك
    // العمليات" opens the event the article is about.
    let text = """
      هجوم جديد لخلايا التنظيم في البادية

      لا تزال البادية السورية مسرحاً لعمليات شبه يومية تشنها خلايا التنظيم على الرغم من الغارات الروسية المكثفة.

      وفي جديد تلك العمليات، قتل 11 عنصراً من قوات النظام جراء هجوم عنيف نفذته خلايا التنظيم على مواقعهم.
      """
    let main = try #require(try Fixtures.brief(text).events.first { $0.role == .main })
    #expect(main.killed?.value == 11)
    #expect(main.perpetrator?.english.contains("Russian") == false)
  }

  @Test func doersGroupIsNoVictimsGroup() throws {
    // لقوات النظام after the event word is the shelling's doer, not the wounded's group.
    let main = try #require(
      try Fixtures.brief("قُتل مدنيان وأصيب خمسة آخرون بقصف مدفعي لقوات النظام على بلدة كنصفرة.").events.first)
    #expect(main.wounded?.value == 5)
    #expect(main.wounded?.who == nil)
    #expect(main.perpetrator?.english == "regime forces")
  }

  @Test func victimsBeforeTheirVerbAreNoDoer() throws {
    // The subject of قُتلا (with its quoted group and allegiance) is whom the bomb killed; the
    // bomb "targeted their car".
    let main = try #require(
      try Fixtures.brief(
        "قالت مصادر إن عنصرين من ميليشيا \"الدفاع الوطني\" الموالية للنظام قُتلا جراء انفجار عبوة ناسفة استهدفت سيارتهم."
      ).events.first)
    #expect(main.killed?.value == 2)
    #expect(main.killed?.group == "National Defence Forces militia")
    #expect(main.perpetrator?.english != "members of National Defence Forces militia")
    #expect(main.target?.english == "National Defence Forces militia")
  }

  @Test func wasTodayIsNoBackground() throws {
    // كانت with this morning's time and no قد tells the news, not background.
    let text = """
      تطورات ميدانية في ريفي حمص وحماة

      وكانت مدينة تلبيسة صباح اليوم على موعد مع مجزرة جديدة، إذ ألقى الطيران المروحي براميل متفجرة على المدينة، ما أدى إلى مقتل 14 مدنياً.

      وفي سياق آخر، أصيب عنصران من قوات النظام بانفجار لغم في ريف حماة.
      """
    let main = try #require(try Fixtures.brief(text).events.first { $0.role == .main })
    #expect(main.killed?.value == 14)
  }

  @Test(arguments: [
    // The headline tells the event and the body none: the headline's event is the article's.
    ("مقتل شابين وإصابة ثالث باشتباك عائلي في بلدة المزيريب", EventType.armedClash, nil as String?),
    ("انفجار عبوة ناسفة يودي بحياة طفلين في ريف درعا", .explosive, nil),
    ("داعش يتبنى هجوماً على حاجز لقسد في ريف دير الزور", .attack, "ISIS"),
    ("الجيش الإسرائيلي يتوغل في قرية جملة بريف درعا الغربي", .territoryChange, "Israeli army"),
  ])
  func headlineOnlyEvent(_ headline: String, _ type: EventType, _ doer: String?) throws {
    let main = try #require(try Fixtures.brief(headline + "\n\nخبر قصير.").events.first { $0.role == .main })
    #expect(main.type == type)
    #expect(main.perpetrator?.english == doer)
  }

  @Test func theOrganizationIsTheOneNamedWithTanzim() throws {
    // An article about Hurras al-Din that never names ISIS: التنظيم is Hurras al-Din.
    let text = "هاجم مقاتلو التنظيم مواقع لقوات النظام في بلدة جورين، بعد أيام من تهديد تنظيم «حراس الدين» بالانتقام."
    let main = try #require(try Fixtures.brief(text).events.first)
    #expect(main.perpetrator?.english.contains("Hurras al-Din") == true)
    // Without another organization named, التنظيم is ISIS.
    let alone = try #require(try Fixtures.brief("هاجم مقاتلو التنظيم مواقع لقوات النظام في بلدة جورين.").events.first)
    #expect(alone.perpetrator?.english == "ISIS fighters")
  }

  @Test func aClaimOfTheToldEventNamesItsDoer() throws {
    let text =
      "حاول انتحاري اقتحام المقر، وعندما أطلق الحراس النار عليه فجّر السيارة، ما أدى إلى مقتل أربعة. "
      + "وتبنى تنظيم \"الدولة الإسلامية\" التفجير عبر وكالة أعماق."
    let main = try #require(try Fixtures.brief(text).events.first)
    #expect(main.perpetrator?.english == "ISIS")
  }

  @Test func quotedActorAfterASettlementNounIsNoPlace() throws {
    let main = try #require(
      try Fixtures.brief("فر الشبان إلى مناطق \"قسد\" بعد اعتقال تسعة منهم في بلدة القورية.").events.first)
    #expect(main.places.map(\.english) == ["al-Quriyah"])
  }

  @Test func aSettlementNounAloneIsNoPlace() throws {
    // أحياء المدينة: the city's districts, not Medina; المدينة المنورة still is.
    let city = try #require(try Fixtures.brief("قصفت قوات النظام أحياء المدينة الشرقية بالمدفعية.").events.first)
    #expect(city.places.isEmpty)
    let medina = try #require(try Fixtures.brief("قتل شاب في المدينة المنورة.").events.first)
    #expect(medina.places.first?.english == "Medina")
  }

  @Test func quotedNameAfterASettlementNoun() throws {
    let main = try #require(
      try Fixtures.brief("سيطرت قوات النظام على حي «مساكن هنانو» في الجزء الشرقي من مدينة حلب.").events.first)
    // The quoted words are the name; "the eastern part" is none.
    #expect(main.places.map(\.english) == ["Masakin Hananu", "Aleppo"])
  }

  @Test(arguments: [
    // A town the gazetteer has only abroad, after a settlement noun, in a Syrian area: by the rules.
    ("أعدم تنظيم داعش شابين في بلدة الصور في ريف دير الزور الشمالي.", "al-Sur"),
    // A town belonging to a district: the district's area picks the homonym.
    ("انفجرت سيارة مفخخة في بلدة صوران التابعة لمنطقة أعزاز بريف حلب الشمالي.", "Suran"),
    // A city named with its settlement noun is the city, before a square in it.
    ("احتشد آلاف المتظاهرين في ساحة السير وسط مدينة السويداء.", "Suwayda"),
    // An adjective after a settlement noun is no name (تلة استراتيجية: a strategic hill).
    ("استعادت قوات النظام السيطرة على تلة استراتيجية في جبل التركمان بعد معارك مع الفصائل.", "Jabal al-Turkman"),
    // A road between two known places, without a dash.
    ("قتل ضابط بانفجار عبوة ناسفة استهدفت سيارته على طريق درعا دمشق.", "the Daraa–Damascus road"),
    // An actor after a settlement noun is no name (مديرية المخابرات: the Intelligence Directorate).
    ("داهمت وحدات من الجيش مدعومة بقوة من مديرية المخابرات منازل في بلدة بريتال.", "Brital"),
    // A foreign town's name opening the sentence before an actor is a verb (سيّرت: "ran", not Siirt).
    ("سيّرت القوات الروسية دورية عسكرية في ريف كوباني.", "Kobani countryside"),
    // A road's adjective before the two places.
    (
      "قتل أربعة عناصر بانفجار عبوة ناسفة استهدفت حافلة على الطريق الدولي دير الزور – الرقة.",
      "the Deir ez-Zor–Raqqa road"
    ),
    // A neighbourhood before the city named with it.
    ("قتل شاب برصاص قوات النظام في مدينة اللاذقية في حي الصليبة.", "al-Saliba"),
    // "ريف مدينة" is no Medina.
    ("خرج الأهالي في مظاهرة في ريف مدينة قامشلو.", "Qamishli"),
    // A neighbourhood in a city: a homonym abroad (Biddu) gives way to the rules.
    ("قتل 27 مدنياً في غارات جوية على حي البدو في مدينة الرقة.", "al-Badw"),
    // A village's name goes on to a word with the article after a first word without one, both
    // unknown to the gazetteer or the first alone a homonym elsewhere.
    ("قتل ثلاثة مدنيين بقصف إسرائيلي على بلدة صما الهنيدات في ريف القنيطرة.", "Sama al-Hunaydat"),
    ("أطلقت قوى الأمن حملة أمنية في بلدة حوير العيس بريف حلب الجنوبي.", "Huwayr al-Is"),
    // An adjective agreeing with the settlement noun describes the town; it is no part of its name.
    ("قتل شاب بقصف مدفعي على بلدة كنصفرة الجبلية في ريف إدلب.", "Kansafra"),
    // A word the glossary has as a verbal noun, with the article after a settlement noun, is a name.
    ("انفجرت عبوة ناسفة في بلدة التحرير بريف دير الزور الغربي.", "al-Tahrir"),
    // So is a bare glossary noun (بليون: a billion), unless the gazetteer has it (حمص: chickpeas).
    ("شنت طائرات حربية روسية غارات جوية على الأطراف الغربية لبلدة بليون في جبل الزاوية.", "Bilyun"),
    ("قتل شاب برصاص قناص في مدينة حمص.", "Homs"),
    // "The city's southern desert" is the town's, not Medina's.
    ("أعدم تنظيم داعش راعياً في مدينة الميادين بعد اختطافه من البادية الجنوبية للمدينة.", "Mayadin"),
    // An organization named after a town (the outlet Al Mayadeen) is the town after a place noun
    // or a road.
    ("قتل عنصر بهجوم على حاجز في الميادين.", "Mayadin"),
    ("قتل عنصر بانفجار عبوة ناسفة استهدفت سيارة عسكرية على طريق الميادين – البوكمال.", "the Mayadin–al-Bukamal road"),
    // A settlement noun with the article after a town noun is the town's name (المزرعة: a farm).
    ("قتل عنصران بهجوم على حاجز عند المدخل الغربي لبلدة المزرعة في ريف السويداء الغربي.", "al-Mazraa"),
    ("انفجرت عبوة ناسفة في قرية المزرعة.", "al-Mazraa"),
  ])
  func sites(_ arabic: String, _ place: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.places.first?.english == place)
  }

  @Test func whereSomeoneHailsFromIsNoEventPlace() throws {
    let main = try #require(
      try Fixtures.brief("قُتل ثلاثة عناصر من قسد خلال الاشتباكات، بينهم قيادي ينحدر من محافظة الحسكة.").events.first)
    #expect(main.killed?.value == 3)
    #expect(main.places.isEmpty)
  }

  @Test func aNameWrittenWithoutItsArticleIsAWord() throws {
    // اشتباك قصير: a short clash, not al-Qusayr; صف ضابط: a non-commissioned officer, not al-Saff.
    let main = try #require(
      try Fixtures.brief(
        "ما أدى إلى اشتباك قصير انتهى بمقتل أحد المسلحين، وهو صف ضابط سابق، وإصابة عنصرين من الأمن العام بجروح."
      ).events.first)
    #expect(main.places.isEmpty)
    #expect(main.killed?.value == 1)
    #expect(main.wounded?.value == 2)
  }

  @Test func skyOverAnAreaIsNoPlaceName() throws {
    // في سماء ريف دمشق: in the skies over the Damascus countryside; سماء is no village before it.
    let main = try #require(
      try Fixtures.brief("تصدت وسائط الدفاع الجوي مساء اليوم لعدوان إسرائيلي في سماء ريف دمشق الجنوبي.").events.first)
    #expect(!main.places.isEmpty)
    #expect(main.places.allSatisfy { $0.source != "rules" })
  }

  @Test func outletThenPlaceBetweenDashesIsTheDateline() throws {
    // "وطنية - بنت جبيل -": the agency and the dateline's place, not where the event happened.
    let text = """
      شهيدان في غارة على عيترون

      وطنية - بنت جبيل - شن الطيران الحربي المعادي غارة جوية مستهدفاً منزلاً في بلدة عيترون، ما أدى إلى سقوط شهيدين.
      """
    let main = try #require(try Fixtures.brief(text).events.first { $0.role == .main })
    #expect(main.places.first?.english == "Aitaroun")
    #expect(main.perpetrator?.english == "Israeli warplanes")
  }

  @Test func mastheadWithItsLatinNameIsNoHeadline() throws {
    // The site's name in Arabic, then in Latin letters, then the headline.
    let text = """
      عين الفرات
      Ayn al-Furat

      قتلى من "الدفاع الوطني" بهجوم على حاجز في بلدة حطلة شرقي دير الزور

      الخميس 12 آب 2021

      هاجم مسلحون مجهولون، فجر اليوم الخميس، حاجزاً لميليشيا "الدفاع الوطني" عند مدخل بلدة حطلة، ما أسفر عن مقتل ثلاثة عناصر وإصابة اثنين آخرين بجروح.
      """
    let brief = try Fixtures.brief(text)
    #expect(brief.arabicHeadline?.arabic.hasPrefix("قتلى من") == true)
    let main = try #require(brief.events.first { $0.role == .main })
    #expect(main.killed?.value == 3)
    #expect(main.wounded?.value == 2)
  }

  @Test func mastheadBreadcrumbAndDateAboveTheHeadline() throws {
    // The site's name, a breadcrumb trail and the date, then the headline; the clause "وسيّرت
    // دورية" (ran a patrol) is no Turkish town.
    let text = """
      وكالة ستيب الإخبارية
      الرئيسية » أخبار » سوريا

      الأربعاء 8 أيلول 2021

      ثلاثة ضحايا بغارات روسية على بلدة بليون في جبل الزاوية

      ستيب الإخبارية - إدلب

      شنّت طائرات حربية روسية، صباح اليوم الأربعاء، ثلاث غارات جوية على بلدة بليون في جبل الزاوية، ما أدى إلى مقتل ثلاثة مدنيين، وسيّرت دورية لقواتها في المنطقة.
      """
    let brief = try Fixtures.brief(text)
    #expect(brief.arabicHeadline?.arabic.hasPrefix("ثلاثة ضحايا") == true)
    #expect(brief.furniture.contains { $0.arabic.hasPrefix("الرئيسية") })
    let main = try #require(brief.events.first { $0.role == .main })
    #expect(main.killed?.value == 3)
    #expect(main.places.map(\.english) == ["Bilyun"])
  }

  @Test func mastheadAboveTheHeadlineIsNoHeadline() throws {
    // A site's name on the first line, then the headline, the dateline and the body: the
    // headline picks the body's event over a scene-setting first paragraph.
    let text = """
      نهر ميديا

      هجوم مسلح على حاجز للأمن العام في الميادين

      دير الزور – نهر ميديا

      تعيش مدينة الميادين منذ أسابيع حالة من التوتر الأمني، مع تكرار حوادث إطلاق النار الليلية.

      وقُتل عنصران من الأمن العام وأُصيب ثالث بجروح جراء هجوم شنّه مسلحون مجهولون على حاجز عند دوار البلعوم في المدينة.
      """
    let brief = try Fixtures.brief(text)
    #expect(brief.arabicHeadline?.arabic.hasPrefix("هجوم مسلح") == true)
    let main = try #require(brief.events.first { $0.role == .main })
    #expect(main.killed?.value == 2)
    #expect(main.perpetrator?.english == "unidentified gunmen")
    // الميادين ("squares") in the headline is the town the body names (مدينة الميادين), before
    // the roundabout in it.
    #expect(main.places.map(\.english) == ["Mayadin", "al-Bulum"])
    #expect(main.places.last?.source == "landmark")
  }

  /// The masthead, a date line and a dateline that names the site again, then the headline.
  @Test func mastheadDateAndDatelineAboveTheHeadline() throws {
    let text = """
      زمان الوصل
      2016-04-26 13:05:41
      دير الزور - زمان الوصل

      "الدولة" يعدم ثلاثة شبان في ساحة موحسن بتهمة "التعامل مع النظام النصيري"

      أعدم تنظيم "الدولة الإسلامية" صباح اليوم الثلاثاء، ثلاثة شبان من أبناء ريف دير الزور الشرقي، في الساحة العامة لمدينة موحسن.
      """
    let brief = try Fixtures.brief(text)
    #expect(brief.arabicHeadline?.arabic.hasPrefix("\"الدولة\" يعدم") == true)
    let main = try #require(brief.events.first { $0.role == .main })
    #expect(main.perpetrator?.english == "ISIS")
    // من أبناء ريف دير الزور: "sons of", no place.
    #expect(main.places.first?.english == "Muhassan")
  }

  /// The masthead, a section label and a date line, then the headline; a subject takes no
  /// preposition (لداعش after the verb is whose the man arrested was).
  @Test func mastheadSectionAndDateAboveTheHeadline() throws {
    let text = """
      رووداو ديجيتال
      العراق
      6 شباط 2022

      الاستخبارات العراقية تعتقل "والياً" لداعش في الحويجة

      وأعلنت وكالة الاستخبارات في وزارة الداخلية العراقية، اليوم الأحد، اعتقال قيادي بارز في تنظيم داعش في قضاء الحويجة.
      """
    let brief = try Fixtures.brief(text)
    #expect(brief.arabicHeadline?.arabic.hasPrefix("الاستخبارات العراقية") == true)
    let main = try #require(brief.events.first { $0.role == .main })
    #expect(main.type == .arrest)
    #expect(main.perpetrator?.english != "ISIS")
  }

  @Test func negatedCasualtiesAreNone() throws {
    let main = try #require(try Fixtures.brief("لم تسفر الغارات الجوية عن مقتل أي عنصر.").events.first)
    #expect(main.killed == nil)
    #expect(main.noCasualties)
  }

  @Test(arguments: [
    // Quotation marks are no words between the verb and its subject.
    (
      "اعتقل جهاز \"الأمن العام\" التابع لـ\"هيئة تحرير الشام\" خطيب أحد مساجد مدينة الأتارب.",
      "General Security Service"
    ),
    // The subject between ألقت and القبض; an attack noun's actor in idafa.
    ("ألقت قوى الأمن الداخلي في محافظة حماة القبض على ضابط سابق.", "Internal Security Forces"),
    ("قُتل مدني إثر استهداف قوات النظام بطائرة مسيّرة انتحارية سيارة مدنية قرب سرمين.", "regime forces"),
    // اعتداء (assault) with its doer in idafa, under a more specific type.
    ("استشهد مواطنان جراء اعتداء المجموعات الإرهابية بالقذائف على مدينة محردة.", "terrorist groups"),
    // The object after a preposition is no subject: the doer comes before the verb.
    ("قوى الأمن الداخلي ألقت القبض على خلية تابعة لتنظيم داعش في ريف دمشق.", "Internal Security Forces"),
    // أطلق … النار with its subject between; members of a group's checkpoint.
    ("أطلق عناصر حاجز للفرقة الرابعة النار على سيارة مدنية ما أدى إلى مقتل سائقها.", "members of 4th Division"),
    // The doer after لـ past the event word's own term (هجوم واسع).
    ("انسحبت قوات النظام من مواقعها بعد هجوم واسع لفصائل المعارضة.", "opposition factions"),
    // The source of the shelling (مصدره); the subject of تمكن … من.
    ("أصيب مدنيان بقصف مدفعي مصدره مواقع قوات النظام في محيط البلدة.", "regime forces"),
    ("تمكنت فصائل المعارضة من استعادة السيطرة على قرية الحويز بعد معارك عنيفة مع قوات النظام.", "opposition factions"),
    // Members of a force before its name.
    ("قتل مدني برصاص عناصر من قوات الأسايش في مدينة الحسكة.", "members of Asayish forces"),
    // The owner of the positions a shelling came from (مصدرها مواقع تابعة لـ…).
    (
      "قُتل مدنيان جراء سقوط قذائف صاروخية على قرية جوسية، قالت الوزارة إن مصدرها مواقع تابعة لـ\"حزب الله\".",
      "Hezbollah"
    ),
    // The subject of ارتكب (committed a massacre).
    (
      "وارتكبت الطائرات الحربية الروسية صباح اليوم مجزرة جديدة في مدينة كفرنبل إثر استهدافها سوق المدينة بغارتين، ما أدى إلى مقتل 12 مدنياً.",
      "Russian warplanes"
    ),
    // An ambush laid by (نصبه) someone.
    ("قتل عنصر من قوات الأمن العام وأصيب آخران بكمين نصبه مسلحون في ريف جبلة.", "gunmen"),
    // Sniper fire of a group; strikes by warplanes.
    ("قتل شاب برصاص قناص تابع لقوات النظام في بلدة طفس.", "regime forces"),
    ("نفذت الطائرات الحربية الأمريكية ضربات على مواقع لميليشيات إيرانية في مدينة البوكمال.", "US warplanes"),
    // Arrested at a group's checkpoint: by the group.
    ("فقد الاتصال بشابين من أبناء مدينة الرستن بعد اعتقالهما على حاجز لقوات النظام.", "regime forces"),
    // Artillery with its nationality shells.
    ("قصفت المدفعية التركية قرى في ريف تل تمر.", "Turkish artillery"),
    // Armed men named by what they are.
    ("أقدم إرهابيون صباح اليوم على تفجير سيارة مفخخة في مدينة طرطوس.", "terrorists"),
    // A doer word of another noun (after his conviction by …) gives way to the verb's subject; a
    // doer word far from the event word still names the doer when no subject does.
    ("نفذت هيئة تحرير الشام حكم الإعدام بحق رجل في بلدة دركوش بعد إدانته من قبل المحكمة الشرعية.", "HTS"),
    (
      "أُلقي القبض أمس على ضابط سابق في قوات النظام، وذلك من قبل دورية تابعة لإدارة الأمن العام داهمت منزله.",
      "General Security Administration"
    ),
  ])
  func doers(_ arabic: String, _ doer: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.perpetrator?.english == doer)
  }

  /// A rank or a unit alone (قيادي, الفرقة) names no doer: the unclaimed convention, or none.
  @Test(arguments: [
    (
      """
      عبوة ناسفة تستهدف سيارة قيادي في الحرس الوطني في بلدة الكفر

      أصيب شخصان، هما قيادي ميداني في "الحرس الوطني" ومرافقه، بجروح، مساء أمس السبت، إثر انفجار عبوة \
      ناسفة بسيارتهما في بلدة الكفر.
      """,
      nil
    ),
    (
      """
      انفجرت عبوة ناسفة بسيارة عسكرية في بلدة المزيريب، ما أدى إلى مقتل عنصرين.

      ولم تتبن أي جهة المسؤولية عن التفجير، في حين يرجح ناشطون أن تكون مجموعات محلية رافضة لوجود \
      الفرقة الرابعة في المنطقة وراءه، إذ سبق أن استهدفت حواجز الفرقة ونقاطها في محيط المزيريب بعمليات مماثلة.
      """,
      "an unidentified armed group"
    ),
  ])
  func namelessDoers(_ arabic: String, _ doer: String?) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.perpetrator?.english == doer)
  }

  @Test(arguments: [
    // The subject of an active killing verb, with no event word, is the doer of an attack: an
    // armed group, armed men before the people they kill, a unit of an army before a verb split
    // from its preposition (قضت … على), and the subject of أقدم على.
    ("قتلت قوات النظام خمسة مدنيين في بلدة الغارية.", "regime forces", 5),
    ("قتل مسلحون مجهولون شاباً في بلدة الغارية.", "unidentified gunmen", 1),
    ("قضت وحدات من الجيش العربي السوري أمس على 7 إرهابيين في بادية أثريا.", "Syrian Arab Army", 7),
    ("أقدم مسلحون مجهولون على قتل شاب في بلدة الغارية.", "unidentified gunmen", 1),
    // A patrol attacked is the object, not a patrol event.
    ("هاجم مسلحون مجهولون دورية للأمن العام في ريف اللاذقية ما أدى إلى مقتل عنصرين.", "unidentified gunmen", 2),
  ])
  func killersAreDoers(_ arabic: String, _ doer: String, _ killed: Int) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.type == .attack)
    #expect(main.perpetrator?.english == doer)
    #expect(main.killed?.value == killed)
  }

  @Test(arguments: [
    // Whoever planted the mine or bomb is its doer, also as a reported claim; a serviceman
    // (عسكري, otherwise the adjective) is counted; a woman's family members are relatives.
    (
      "لقيت امرأة وطفلاها حتفهم، وأصيب اثنان آخران من أفراد أسرتها، بانفجار لغم أرضي قالت مصادر حكومية إن الميليشيات الحوثية زرعته في منطقة زراعية.",
      "Houthis", 3, "relatives"
    ),
    ("استشهد عسكري جراء انفجار عبوة ناسفة زرعها مجهولون على طريق بلدة الحارة.", "unidentified persons", 1, nil),
  ])
  func whoPlantedTheBomb(_ arabic: String, _ doer: String, _ killed: Int, _ woundedWho: String?) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.type == .explosive)
    #expect(main.perpetrator?.english == doer)
    #expect(main.killed?.value == killed)
    if let woundedWho { #expect(main.wounded?.who == woundedWho) }
  }

  @Test(arguments: [
    // Passive readings: people counted after the verb are its victims, with no doer.
    "قتل عنصران من قوات النظام في بلدة الغارية.",
    "استشهد جنديان اثنان في بلدة الغارية.",
  ])
  func killedWithoutKiller(_ arabic: String) throws {
    let main = try #require(try Fixtures.brief(arabic).events.first)
    #expect(main.perpetrator == nil)
    #expect(main.killed?.value == 2)
  }

  @Test func hedgedDoer() throws {
    let main = try #require(
      try Fixtures.brief("هاجم مسلحون مجهولون، يرجح أنهم من تنظيم داعش، حاجزًا لقوات النظام.").events.first)
    #expect(main.perpetrator?.english == "unidentified gunmen")
    #expect(main.perpetrator?.hedge == "likely")
    #expect(main.perpetrator?.hedgedActor == "ISIS")
  }

  @Test(arguments: [
    ("قتل عنصر أمس في هجوم.", "2024-03-05", "2024-03-04"),
    ("قتل عنصر يوم الخميس في هجوم.", "2024-03-05", "2024-02-29"),
    ("قتل عنصر يوم الثلاثاء في هجوم.", "2024-03-05", "2024-03-05"),
    ("قتل عنصر في 12 تشرين الأول 2023 في هجوم.", "2024-03-05", "2023-10-12"),
  ])
  func resolvesTime(_ arabic: String, _ published: String, _ expected: String) throws {
    let main = try #require(try Fixtures.brief(arabic, date: published).events.first)
    #expect(main.time?.date?.description == expected)
  }

  @Test func relativeTimeWithoutDateStaysRelative() throws {
    let main = try #require(try Fixtures.brief("قتل عنصر أمس في هجوم.").events.first)
    #expect(main.time?.date == nil)
    #expect(main.time?.english == "yesterday")
  }

  @Test func verbForms() {
    #expect(Set(BriefRules.verbForms("قتل")).isSuperset(of: ["قتل", "قتلت", "قتلوا", "يقتل", "يقتلون", "تقتل"]))
    #expect(BriefRules.verbForms("استهدف").contains("يستهدف"))
    #expect(BriefRules.verbForms("أعدم").contains("يعدم"))
    #expect(BriefRules.verbForms("شن هجوم").contains("شنت هجوم"))
    #expect(Set(BriefRules.verbForms("ألقى")).isSuperset(of: ["ألقى", "ألقت", "ألقوا", "يلقي", "تلقي"]))
  }

  @Test(arguments: [("2024-03-05", 2), ("2023-10-12", 4), ("1970-01-01", 4), ("2000-02-29", 2)])
  func weekdays(_ iso: String, _ weekday: Int) throws {
    let day = try #require(Day(iso: iso))
    #expect(day.weekday == weekday)
    #expect(Day(ordinal: day.ordinal) == day)
  }

  @Test func noEventIsSaidPlainly() throws {
    let brief = try Fixtures.brief("الطقس معتدل اليوم في دمشق.")
    #expect(brief.events.allSatisfy { $0.role != .main })
    #expect(brief.warnings.contains("no main event found"))
  }
}
