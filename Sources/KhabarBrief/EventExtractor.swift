// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import KhabarGlossary
import KhabarPlaces

/// Reads events out of analysed sentences.
///
/// A sentence is cut into segments at discourse markers (في سياق متصل, في الوقت نفسه, كما); each
/// segment yields at most one event candidate: its type from the most specific trigger, doer and
/// target from cue words and word order, counts of killed and wounded, places, time, source and
/// details. The first substantial candidate is the main event; later candidates that add nothing
/// new (no other place, a compatible type, or an explicit "this attack") are merged into it as
/// elaboration; the rest are secondary events, or context when a background marker opens them.
struct EventExtractor {
  let briefer: Briefer
  let article: ArticleText
  let views: [SentenceView]
  /// The headline, read like a sentence: it names the main event and guides its choice.
  var headline: SentenceView? = nil
  /// The organization التنظيم refers to when the article names one with تنظيم that is not ISIS
  /// and never names ISIS (تنظيم حراس الدين … مقاتلو التنظيم): see ``namedOrganization(_:)``.
  var organization: String? = nil
  let country: String?
  let published: Day?

  /// One segment's reading.
  struct Candidate {
    var event: Event
    var weight = 0
    var isContext = false
    var isSplit = false
    var isAnaphoric = false
    /// A running total over a period (منذ مطلع العام): never an event of its own.
    var isTally = false
    /// The body paragraph it was read from (0 = the first).
    var paragraph = 0
    /// Opens with وفي جديد / وفي أحدث …: the newest of the events told before it.
    var isLatest = false
    /// Tells of an earlier period (الشهر الماضي): another event than the news.
    var isEarlier = false
    /// What happened "during" an event named with the article (خلال العملية): that word,
    /// without the article.
    var during: String? = nil
    /// Every place it names is where the wounded or dead were taken (نُقلوا إلى مشفى مدينة X).
    var placesOnlyWhereTaken = false
    /// Names a place of its own: not only a region, nor only a spot inside a town (شارع بغداد وسط
    /// القضاء: a street of the town already told).
    var hasGazetteerPlace: Bool { event.places.contains { $0.source != "region" && $0.source != "landmark" } }
  }

  mutating func events() -> [Event] {
    var candidates: [Candidate] = []
    for view in views {
      var sentenceIsContext = false
      for (number, segment) in segments(of: view).enumerated() {
        guard var candidate = read(view, segment.range, split: segment.split) else { continue }
        // Background stays background to the end of its sentence (… بالإضافة إلى ذلك …); so
        // does a running total (بلغ عدد الشهداء منذ … 462 شهيداً، إضافة إلى أكثر من 1300 جريح).
        if number == 0 || candidate.isTally { sentenceIsContext = candidate.isContext }
        if sentenceIsContext { candidate.isContext = true }
        candidates.append(candidate)
      }
    }
    // "وفي جديد تلك العمليات …": the events told before the newest one are its background.
    if let latest = candidates.firstIndex(where: { $0.isLatest && !$0.isContext }) {
      for index in 0..<latest { candidates[index].isContext = true }
    }
    // The main event: the first candidate with a type and casualties, a doer or a place.
    // An event noun with the article in the first sentences (دخلت موجة الاحتجاجات …) is a known,
    // ongoing event: the main event is the first new one.
    func substantial(_ candidate: Candidate) -> Bool {
      !candidate.isContext && candidate.event.type != nil
        && (candidate.event.killed != nil || candidate.event.wounded != nil || candidate.event.perpetrator != nil
          || !candidate.event.places.isEmpty || (candidate.weight >= 8 && candidate.paragraph == 0))
    }
    // The headline's own reading: the event the article is about.
    let told = headlineEvent()
    guard
      let mainIndex = told.flatMap({ told in
        // The first body event that agrees with the headline, unless it counts no one and a later
        // one also has the headline's named place (a background paragraph on the same kind of
        // event comes first: تتعرض القرى … لقصف).
        guard let first = candidates.firstIndex(where: { substantial($0) && agreement($0.event, told) >= 2 }) else {
          // Told only as background (a reaction first, then وكانت مجموعة مسلحة قد اختطفت …): the
          // background sentence that agrees with the headline on the type is the event, when no
          // other sentence tells an event of that type.
          if candidates.contains(where: { !$0.isContext && $0.event.type != nil && $0.event.type == told.type }) {
            return nil
          }
          return candidates.firstIndex(where: { candidate in
            var retold = candidate
            retold.isContext = false
            return candidate.isContext && !candidate.isTally && substantial(retold)
              && candidate.event.type == told.type && agreement(candidate.event, told) >= 2
          })
        }
        let firstScore = agreement(candidates[first].event, told)
        if firstScore < 4, candidates[first].event.killed == nil, candidates[first].event.wounded == nil,
          let better = candidates.indices.first(where: {
            $0 > first && substantial(candidates[$0]) && agreement(candidates[$0].event, told) >= 4
          })
        {
          return better
        }
        // A first one with no toll and no doer (تكرار حوادث إطلاق النار …) sets the scene when a
        // later one of the headline's type tells who did it and whom it killed or wounded.
        if candidates[first].event.killed == nil, candidates[first].event.wounded == nil,
          candidates[first].event.perpetrator == nil,
          let better = candidates.indices.first(where: {
            $0 > first && substantial(candidates[$0]) && candidates[$0].event.type == told.type
              && candidates[$0].event.perpetrator != nil
              && (candidates[$0].event.killed != nil || candidates[$0].event.wounded != nil)
          })
        {
          return better
        }
        return first
      })
        ?? candidates.firstIndex(where: {
          substantial($0) && (!$0.isAnaphoric || $0.event.killed != nil || $0.event.wounded != nil)
        })
        ?? candidates.firstIndex(where: {
          !$0.isContext && $0.event.type != nil
            && ($0.event.killed != nil || $0.event.wounded != nil || $0.event.perpetrator != nil
              || !$0.event.places.isEmpty)
        }) ?? candidates.firstIndex(where: { !$0.isContext && ($0.event.type != nil || $0.event.killed != nil) })
    else {
      // The body tells no event of its own (a short note, or wording the rules miss): the
      // headline's event, when it names one, is the article's, and the body is its context.
      if var told, told.type != nil, !headlineIsBackground(),
        candidates.allSatisfy({ $0.isContext || $0.event.type == nil })
      {
        told.role = .main
        return [told]
          + candidates.map { candidate in
            var event = candidate.event
            event.role = .context
            return event
          }
      }
      return candidates.map { $0.event }
    }
    var main = candidates[mainIndex]
    main.event.role = .main
    var others: [Event] = []
    for (index, candidate) in candidates.enumerated() where index != mainIndex {
      var event = candidate.event
      if candidate.isContext {
        event.role = .context
        others.append(event)
        continue
      }
      let samePlace =
        !candidate.hasGazetteerPlace || candidate.placesOnlyWhereTaken || main.event.places.isEmpty
        || candidate.event.places.contains { place in
          main.event.places.contains {
            $0.english == place.english || $0.governorate == place.english
              || ($0.governorate != nil && $0.governorate == place.governorate)
          }
        }
      // An arrest raid takes the confrontations told after it (مواجهات اندلعت عقب الاقتحام).
      let compatible =
        candidate.event.type == nil || candidate.event.type == main.event.type
        || Self.related(candidate.event.type!, main.event.type)
        || (main.event.type == .arrest && candidate.event.type == .armedClash && index > mainIndex)
        || (index > mainIndex && candidate.during != nil
          && main.event.trigger.flatMap { $0.arabic.split(separator: " ").first }.map {
            Gazetteer.articleLess(ArabicNormalizer.matching.normalize(String($0))) == candidate.during
          } == true)
      // After كما or في سياق متصل a new event starts, unless it names no event word and no place of
      // its own ("كما أصيب ما لا يقل عن 11 آخرين": more of the same toll; "كما أُصيب مرافقان له …
      // نُقلا إلى أحد مشافي مدينة بصرى الشام": a hospital's town is no place of the event).
      // Nor when it names the event only with the article (كما أصيب ثلاثة مدنيين آخرين كانوا على
      // مقربة من مكان الانفجار): the same event, more of its toll.
      let retold = candidate.isAnaphoric && candidate.event.type == main.event.type
      let continues =
        !candidate.isSplit
        || ((candidate.event.type == nil || retold)
          && (!candidate.hasGazetteerPlace || candidate.placesOnlyWhereTaken)
          && (candidate.paragraph == main.paragraph || retold))
      // What happened in an earlier period (الهجوم … الشهر الماضي، والذي أسفر عن مقتل عنصرين) is
      // another event, though told with the article.
      if index > mainIndex, continues, !candidate.isEarlier || main.isEarlier,
        samePlace && (compatible || candidate.isAnaphoric)
      {
        merge(candidate.event, into: &main.event, countsUncounted: candidate.isAnaphoric)
      } else if index < mainIndex, candidate.event.type == nil {
        merge(candidate.event, into: &main.event)
      } else if index < mainIndex, main.event.places.isEmpty, candidate.hasGazetteerPlace,
        candidate.event.type == main.event.type, Self.retells(main.event)
      {
        // The event told first with its place, then retold with its toll (رصد اندلاع اشتباكات في
        // بلدة عريقة … فإن الاشتباكات أسفرت عن مقتل 3): one event, at the place told first.
        merge(candidate.event, into: &main.event)
      } else {
        event.role = event.type == nil ? .context : .secondary
        others.append(event)
      }
    }
    if let told { complete(&main.event, from: told) }
    // No target named (or victims only as "people"), victims counted in other sentences of an
    // event that hits its victims (not a clash, raid or protest, where the dead may be the doer's
    // own): they were hit. Victims of both sides (5 opposition fighters and 4 members of regime
    // forces) name no one target.
    let victimsOnlyPeople = main.event.target.map {
      $0.isVictims && Self.genericPeople.contains($0.english.lowercased())
    }
    if main.event.target == nil || victimsOnlyPeople == true, let type = main.event.type,
      [.attack, .airStrike, .shelling, .explosive, .suicideBomb, .abduction, .execution].contains(type),
      var victims = victimsTarget(
        main.event.killed ?? main.event.wounded, alsoWounded: main.event.killed == nil ? nil : main.event.wounded),
      // Civilians of several kinds (a woman and two children) are civilians.
      !victims.english.contains(" and ") || allCivilians(victims.english),
      main.event.perpetrator.map({ !$0.english.contains(victims.english) && !victims.english.contains($0.english) })
        ?? true
    {
      if victims.english.contains(" and ") { victims.english = "civilians" }
      if isCivilian(victims.english) { victims.category = "civilians" }
      main.event.target = victims
    }
    // A clash has two sides: a target that is the doer's own side (its dead counted) gives way to
    // the other side the headline names, or to the other side counted.
    if main.event.type == .armedClash, let doer = main.event.perpetrator?.english.lowercased() {
      func sameSide(_ other: String?) -> Bool {
        guard let other = other?.lowercased(), !other.isEmpty else { return false }
        return other.contains(doer) || doer.contains(other)
      }
      if main.event.target == nil || main.event.target?.english.isEmpty == true || sameSide(main.event.target?.english)
      {
        if let told,
          let side = [told.perpetrator, told.target].compactMap({ $0 }).first(where: {
            !$0.english.isEmpty && !sameSide($0.english)
          })
        {
          main.event.target = side
        } else if let wounded = main.event.wounded, let group = wounded.group, !sameSide(group),
          !Self.memberWords.contains(group.lowercased())
        {
          main.event.target = ActorFact(group, isVictims: true, span: wounded.span)
        }
      }
    }
    // An object hit with no owner named (هجوم … على حاجز): the victims' group owns it (three
    // Asayish members killed → an Asayish checkpoint).
    if let target = main.event.target, target.english.isEmpty, target.object != nil,
      let group = (main.event.killed ?? main.event.wounded)?.group, !Self.isMemberNoun(group), !isCivilian(group),
      group.first?.isUppercase == true || group.hasPrefix("regime"), group != main.event.perpetrator?.english
    {
      main.event.target?.english = group
    }
    // An owner named by its kind alone (نقطة تابعة للميليشيا: "the militia") is the victims'
    // group of that kind: four members of the Fatemiyoun Brigade militia killed → theirs.
    if let target = main.event.target, target.object != nil, let kind = target.english.split(separator: " ").last,
      !target.english.isEmpty, target.english.first?.isLowercase == true, !target.english.hasPrefix("regime"),
      let group = (main.event.killed ?? main.event.wounded)?.group, group.first?.isUppercase == true,
      group.lowercased().split(separator: " ").contains(Substring(kind.lowercased())),
      group != main.event.perpetrator?.english
    {
      main.event.target?.english = group
    }
    // Victims named by their group are the target, the killed before the wounded: a commander of
    // Hurras al-Din killed, a civilian wounded → Hurras al-Din.
    if main.event.target?.isVictims == true, let killed = main.event.killed, let group = killed.group,
      !Self.isMemberNoun(group), !isCivilian(group), group.first?.isUppercase == true,
      group != main.event.perpetrator?.english, main.event.target?.english != group
    {
      main.event.target = ActorFact(group, isVictims: true, span: killed.span)
    }
    // Victims the body names only as people (مقتل شخصين, a young man) whom the headline names by
    // their group (مقتل قيادي في داعش): that group was hit.
    if let target = main.event.target, target.isVictims, target.object == nil,
      Self.genericPeople.contains(target.english.lowercased()) || isCivilian(target.english),
      let headline = told, let count = headline.killed ?? headline.wounded, let group = count.group,
      group.first?.isUppercase == true, !Self.isMemberNoun(group), !isCivilian(group),
      group != main.event.perpetrator?.english
    {
      main.event.target = ActorFact(count.who ?? group, isVictims: true, span: count.span)
    }
    // Victims named only as people whom another sentence names by their group (القتيلين هما قيادي
    // في تنظيم "حراس الدين" ومرافقه): that group was hit.
    if let target = main.event.target, target.isVictims, target.object == nil,
      Self.genericPeople.contains(target.english.lowercased()) || isCivilian(target.english),
      let named = namedDead(), named.english != main.event.perpetrator?.english
    {
      main.event.target = ActorFact(named.english, isVictims: true, span: named.span)
    }
    // Killed people the event names only as people (استشهاد شخصين) whom a group mourned as its own
    // (نعى حزب الله اثنين من عناصره): they were that group's members.
    if main.event.killed != nil,
      main.event.target.map({ $0.object == nil && Self.genericPeople.contains($0.english.lowercased()) }) ?? true,
      let mourned = mournedGroup(), mourned.english != main.event.perpetrator?.english
    {
      main.event.target = ActorFact(mourned.english, isVictims: true, span: mourned.span)
    }
    // A doer read as one common noun that names nobody (قيادي, الفرقة, فرقه: "commander",
    // "division") is no doer: the rules below may find one, or say it is unknown.
    if let doer = main.event.perpetrator, namesNobody(doer) { main.event.perpetrator = nil }
    // The doer of an event a group claims, or is said to be behind, may be named in another
    // sentence than the event's.
    if let type = main.event.type, Self.claimable.contains(type) {
      // A group claiming the told event (تبنى تنظيم الدولة التفجير: the event word with the article,
      // right after the claimant) is its doer, whoever the clause of the event named.
      claims: for view in views + (headline.map { [$0] } ?? []) {
        for cue in view.cues where cue.roles.contains(.claim) {
          let clause = cue.range.upperBound..<view.tokens.count
          guard let claimant = actorList(view, from: cue.range.upperBound, within: 1, segment: clause),
            (claimant.range.upperBound..<min(view.tokens.count, claimant.range.upperBound + 6)).contains(where: { at in
              view.tokens[at].key.hasPrefix("ال")
                && view.cue(at: at)?.roles.contains(where: \.isEvent) == true
            })
          else { continue }
          if main.event.perpetrator?.english != claimant.english {
            main.event.perpetrator = ActorFact(claimant.english, span: span(view, claimant.range))
          }
          break claims
        }
      }
      // An actor said to be behind the told event (مرجحاً أن تكون خلية تابعة لتنظيم داعش وراء
      // التفجير): its doer when none is named; "suspected" when the sentence hedges it.
      if main.event.perpetrator == nil, let behind = actorBehind() {
        main.event.perpetrator = behind
      }
      // Nobody claimed it and no doer is named: "unidentified armed group".
      if main.event.perpetrator == nil {
        for view in views {
          if let (cue, role) = view.firstCue(
            in: 0..<view.tokens.count, where: { if case .unclaimed = $0 { true } else { false } }),
            case .unclaimed(let english) = role
          {
            main.event.perpetrator = ActorFact(english, span: span(view, cue.range))
            break
          }
        }
      }
    }
    // An arrest raid that kills is a security operation (ACLED codes arrests only when no one is
    // killed); its verb still says what it did ("arrested a wanted man, killing 2 gunmen").
    var events = [main.event] + others
    for index in events.indices where events[index].type == .arrest {
      if let killed = events[index].killed, (killed.value ?? 0) > 0 || killed.vague != nil {
        events[index].type = .securityOperation
      }
    }
    return events
  }

  /// The group whose members an article says were mourned: the group named after the mourning
  /// verb's object (نعت صفحات موالية عنصرين من قوات النظام → regime forces), or its subject when the
  /// object is "of its members" (نعى حزب الله اثنين من عناصره → Hezbollah).
  ///
  /// - Complexity: O(*n*) in the article's tokens.
  func mournedGroup() -> (english: String, span: Span)? {
    for view in views {
      for cue in view.cues where cue.roles.contains(.mourned) {
        var end = cue.range.upperBound
        // Commas may set off a time or the statement between (ونعى "حزب الله" لاحقاً، في بيانين، اثنين …).
        while end < min(view.tokens.count, cue.range.upperBound + 16),
          !view.isBoundary(end) || ["،", ","].contains(view.tokens[end].text)
        {
          end += 1
        }
        let clause = cue.range.upperBound..<end
        // The mourner may be no actor (صفحات موالية: pro-regime pages); then the group is named after من.
        let mourner = actorList(view, from: cue.range.upperBound, within: 1, segment: clause)
        // The mourned: members "of its own" (عناصره) or of a group named (عنصرين من قوات النظام).
        for index in (mourner?.range.upperBound ?? cue.range.upperBound)..<end {
          guard let member = view.term(at: index), Self.isMemberNoun(member.entry.english) else { continue }
          if member.enclitic != nil, let mourner, !Self.isMemberNoun(mourner.group) {
            return (mourner.group, span(view, cue.range.lowerBound..<member.tokenRange.upperBound))
          }
          if let group = actorList(view, from: index, within: 0, segment: clause), !Self.isMemberNoun(group.group) {
            return (group.group, span(view, cue.range.lowerBound..<group.range.upperBound))
          }
        }
      }
    }
    return nil
  }

  /// The group of the dead as a sentence names them: the dead (set `the-dead`), then هم/هما or
  /// بينهم (set `generic-among`), then people of a group (القتيلين هما قيادي في تنظيم "حراس الدين").
  ///
  /// - Complexity: O(*n*) in the article's tokens.
  func namedDead() -> (english: String, span: Span)? {
    let functionWords = briefer.rules.functionWords
    for view in views {
      for index in view.tokens.indices where index + 2 < view.tokens.count {
        guard functionWords.contains(.theDead, view.tokens[index].key),
          functionWords.contains(.genericAmong, view.tokens[index + 1].key)
        else { continue }
        var end = index + 2
        while end < view.tokens.count, !view.isBoundary(end) { end += 1 }
        guard let group = actorList(view, from: index + 2, within: 1, segment: (index + 2)..<end, people: true),
          !Self.isMemberNoun(group.group), !isCivilian(group.group),
          group.group.first?.isUppercase == true || group.group.hasPrefix("regime")
        else { continue }
        return (group.group, span(view, index..<group.range.upperBound))
      }
    }
    return nil
  }

  /// The actor right before a "behind" cue whose event word (with the article) follows it: the
  /// doer of the event the article tells (X وراء التفجير, X تقف خلف الهجوم), "suspected X" when a
  /// hedge (يرجح, يعتقد, مرجحاً) comes earlier in the sentence.
  ///
  /// - Complexity: O(*n*) in the article's tokens.
  func actorBehind() -> ActorFact? {
    for view in views {
      for cue in view.cues where cue.roles.contains(.behind) {
        let after = cue.range.upperBound
        // Behind the told event, not behind a kind of events (تتهم عادة … بالوقوف وراء التفجيرات
        // التي تضرب المنطقة: whom a party usually blames).
        guard after < view.tokens.count, view.tokens[after].key.hasPrefix("ال"),
          view.cue(at: after)?.roles.contains(where: \.isEvent) == true,
          view.term(at: after)?.plural != true
        else { continue }
        // The actor ends right before the cue (a closing quote may come between).
        var end = cue.range.lowerBound
        while end > 0, view.isQuote(end - 1) { end -= 1 }
        let clause = max(0, end - 8)..<end
        guard
          let actor = clause.lazy.compactMap({ start -> (english: String, range: Range<Int>, group: String)? in
            guard let found = self.actorList(view, from: start, within: 0, segment: start..<end),
              found.range.upperBound >= end - 1
            else { return nil }
            return found
          }).first,
          !Self.isMemberNoun(actor.group)
        else { continue }
        let hedged = view.cues.contains { other in
          other.range.upperBound <= actor.range.lowerBound
            && other.roles.contains(where: { if case .hedge = $0 { true } else { false } })
        }
        return ActorFact(
          hedged ? "suspected " + actor.english : actor.english,
          span: span(view, actor.range.lowerBound..<after + 1))
      }
    }
    return nil
  }

  /// The headline's event, when the headline has an event word or a casualty count.
  func headlineEvent() -> Event? {
    guard let headline else { return nil }
    for segment in segments(of: headline) {
      if let candidate = read(headline, segment.range, split: segment.split),
        candidate.event.type != nil || candidate.event.killed != nil || candidate.event.wounded != nil
      {
        return candidate.event
      }
    }
    return nil
  }

  /// Whether the headline's event reads as background or a running total (منذ مطلع العام …).
  func headlineIsBackground() -> Bool {
    guard let headline else { return false }
    return segments(of: headline).contains { segment in
      read(headline, segment.range, split: segment.split).map { $0.isContext || $0.isTally } ?? false
    }
  }

  /// How well a body event agrees with the headline's: its type (2, or 1 when related), a shared
  /// place (2) and the same toll (1).
  func agreement(_ event: Event, _ told: Event) -> Int {
    var score = 0
    if let type = event.type, let other = told.type {
      score += type == other ? 2 : (Self.related(type, other) ? 1 : 0)
    }
    // A named place, not an area (شرقي الرقة says little).
    if event.places.contains(where: { place in
      place.source != "descriptive" && place.source != "region" && told.places.contains { $0.english == place.english }
    }) {
      score += 2
    }
    if let value = event.killed?.value, value == told.killed?.value { score += 1 }
    return score
  }

  /// Fills what the body left out from the headline's reading of the same event: a count, the
  /// doer, the target, the place. The headline's spans are the article's own text.
  func complete(_ main: inout Event, from told: Event) {
    guard main.type == nil || told.type == nil || agreement(main, told) >= 1 else { return }
    if main.type == nil { (main.type, main.verb, main.trigger) = (told.type, told.verb, told.trigger) }
    if !main.noCasualties {
      if main.killed == nil, !main.casualtiesUncounted || told.killed?.value != nil { main.killed = told.killed }
      if main.wounded == nil, !main.casualtiesUncounted || told.wounded?.value != nil { main.wounded = told.wounded }
    }
    if main.perpetrator == nil { main.perpetrator = told.perpetrator }
    if main.target == nil { main.target = told.target }
    if main.places.isEmpty {
      main.places = told.places
    } else if let named = headlineSite() {
      // The place the headline names as the site is the event's place when the body names it
      // too, or names only areas there (الخضر in the headline; the body: بيت جالا … الخضر).
      if let index = main.places.firstIndex(where: { $0.english == named.english }) {
        main.places.insert(main.places.remove(at: index), at: 0)
      } else if let governorate = named.governorate,
        main.places.allSatisfy({
          $0.source == "region" || $0.source == "landmark"
            || ($0.source != "gazetteer" && $0.source != "rules" && $0.governorate == governorate)
        })
      {
        main.places.insert(named, at: 0)
      }
    }
  }

  /// The town or village the headline gives as the site of the event: a gazetteer place that is
  /// not a governorate's name and not a reference point (ريف جسر الشغور, شمال شرقي بعقوبة).
  func headlineSite() -> PlaceFact? {
    guard let headline else { return nil }
    for mention in headline.places where mention.match != nil && mention.described == nil && !mention.isRoute {
      let at = mention.range.lowerBound
      let before = at > 0 ? Gazetteer.articleLess(headline.tokens[at - 1].key) : ""
      if briefer.rules.placeWords.reference.contains(before) { continue }
      let fact = placeFact(mention, view: headline, governorateHint: nil)
      if fact.english == fact.governorate || fact.area != nil { continue }
      return fact
    }
    return nil
  }

  /// Types that describe the same incident from another angle (an attack is fought as a clash).
  static func related(_ a: EventType, _ b: EventType?) -> Bool {
    guard let b else { return true }
    if fighting.contains(a) && fighting.contains(b) { return true }
    return (a == .securityOperation && operationParts.contains(b))
      || (b == .securityOperation && operationParts.contains(a))
      // An abduction takes the shots fired to stop the car (أطلقوا النار على سيارة الطبيب … قبل
      // أن يقتادوه).
      || (a == .abduction && b == .attack) || (a == .attack && b == .abduction)
  }

  /// Types that tell one fight from different angles.
  static let fighting: Set<EventType> = [.attack, .armedClash, .shelling, .explosive, .suicideBomb]
  /// Types whose doer a group claims, or is said to be behind, or nobody claims.
  static let claimable: Set<EventType> = [.attack, .explosive, .suicideBomb, .execution, .abduction]
  /// A security operation is made of arrests and firefights.
  static let operationParts: Set<EventType> = [.arrest, .armedClash, .attack]

  /// Whether an event is named by its word with the article (الاشتباكات, والهجوم): an event the
  /// article has told before.
  static func retells(_ event: Event) -> Bool {
    guard var word = event.trigger?.arabic.split(separator: " ").first else { return false }
    if word.hasPrefix("و") || word.hasPrefix("ف") { word = word.dropFirst() }
    return word.hasPrefix("ال") && word.count > 3
  }

  /// Adds an elaborating candidate's facts to the main event: what it lacks, and all details.
  /// - Parameter countsUncounted: the other names the main event again (الاشتباكات ذاتها): its
  ///   counts fill a main event whose own sentence had casualties without a number.
  func merge(_ other: Event, into main: inout Event, countsUncounted: Bool = false) {
    if main.perpetrator == nil { main.perpetrator = other.perpetrator }
    if main.perpetrator?.hedge == nil, let hedged = other.perpetrator, hedged.hedge != nil,
      main.perpetrator?.english == hedged.english
    {
      main.perpetrator = hedged
    }
    // The target of a related event is not the main event's (the patrols of an arrest campaign).
    // Nor the doer's own aircraft ("مروحيات تابعة للتحالف" in a coalition raid).
    if main.target == nil, other.type == nil || other.type == main.type,
      !(other.target.map { target in
        !target.english.isEmpty
          && (main.perpetrator.map { $0.english.contains(target.english) || target.english.contains($0.english) }
            ?? false)
      } ?? false)
    {
      main.target = other.target
    }
    if main.places.isEmpty {
      main.places = other.places
    } else if main.places.allSatisfy({ $0.source == "descriptive" || $0.source == "region" }),
      let named = other.places.first(where: { $0.source == "gazetteer" || $0.source == "rules" }),
      named.governorate == nil || main.places.contains(where: { $0.governorate == named.governorate })
    {
      // The headline's area (شرقي حلب), the body's town in it (بلدة بزاعة): the town first.
      main.places.insert(named, at: 0)
    }
    if main.killed == nil, !main.noCasualties, !main.casualtiesUncounted || countsUncounted {
      main.killed = other.killed
    }
    if main.wounded == nil, !main.noCasualties, !main.casualtiesUncounted || countsUncounted {
      main.wounded = other.wounded
    }
    // A number told later replaces "others" or "several" (وجرح آخرون … أصيب خمسة جنود).
    for path in [\Event.killed, \Event.wounded] {
      if let vague = main[keyPath: path]?.vague, ["others", "several", "several others"].contains(vague),
        main[keyPath: path]?.value == nil, let number = other[keyPath: path], number.value != nil,
        number.qualifier == nil
      {
        main[keyPath: path] = number
      }
    }
    // Killed and wounded counted together (مقتل وإصابة 16 شخصاً) give way to the two counts told
    // apart (مقتل أربعة جنود واثنين من عناصر الحشد، وإصابة عشرة آخرين).
    if let together = main.killed, together == main.wounded, together.value != nil,
      let killed = other.killed, let wounded = other.wounded, killed != wounded,
      killed.value != nil, wounded.value != nil
    {
      main.killed = killed
      main.wounded = wounded
    }
    // A later toll update (لترتفع حصيلة الضحايا إلى تسعة) supersedes the first count.
    if let update = other.killed, update.isUpdate, let value = update.value, value > (main.killed?.value ?? 0) {
      main.killed = update
    }
    if let update = other.wounded, update.isUpdate, let value = update.value, value > (main.wounded?.value ?? 0) {
      main.wounded = update
    }
    if main.time == nil { main.time = other.time }
    // The more specific source wins: a named outlet over "the correspondent".
    if let source = other.attribution,
      main.attribution == nil
        || (main.attribution!.english.hasPrefix("the correspondent") && source.english.hasSuffix("correspondent"))
    {
      main.attribution = source
    }
    if main.type == nil { (main.type, main.verb, main.trigger) = (other.type, other.verb, other.trigger) }
    for detail in other.details
    where !main.details.contains(where: { $0.kind == detail.kind && $0.english == detail.english }) {
      main.details.append(detail)
    }
    main.sentences += other.sentences.filter { !main.sentences.contains($0) }
  }

  /// Segments of a sentence between discourse markers.
  func segments(of view: SentenceView) -> [(range: Range<Int>, split: Bool)] {
    var starts: [(Int, Bool)] = [(0, false)]
    for cue in view.cues where cue.roles.contains(.split) {
      if cue.range.lowerBound <= 1 {
        starts[0].1 = true
      } else {
        starts.append((cue.range.lowerBound, true))
      }
    }
    var result: [(Range<Int>, Bool)] = []
    for (index, (start, split)) in starts.enumerated() {
      let end = index + 1 < starts.count ? starts[index + 1].0 : view.tokens.count
      if end > start { result.append((start..<end, split)) }
    }
    return result
  }

  /// Whether the place at `index` is where the wounded or dead were taken: a taken-to word, then a
  /// hospital noun, within the seven words before it (نُقلا على إثرها إلى أحد مشافي مدينة بصرى الشام).
  ///
  /// - Complexity: O(1).
  func isWhereTaken(_ view: SentenceView, at index: Int, _ segment: Range<Int>) -> Bool {
    let words = briefer.rules.functionWords
    let window = max(segment.lowerBound, index - 7)..<index
    guard let taken = window.first(where: { words.contains(.takenTo, view.tokens[$0].key) }) else { return false }
    return (taken..<index).contains { words.contains(.hospital, view.tokens[$0].key) }
  }

  // MARK: - Reading one segment

  func read(_ view: SentenceView, _ segment: Range<Int>, split: Bool) -> Candidate? {
    var event = Event(
      role: .secondary, type: nil, verb: nil, trigger: nil, perpetrator: nil, target: nil, places: [],
      killed: nil, wounded: nil, noCasualties: false, time: nil, attribution: nil, details: [],
      sentences: [span(view, segment)])
    var candidate = Candidate(event: event)
    candidate.isSplit = split
    candidate.paragraph = view.paragraph
    let mentions = view.places.filter { segment.contains($0.range.lowerBound) }
    candidate.placesOnlyWhereTaken =
      !mentions.isEmpty && mentions.allSatisfy { isWhereTaken(view, at: $0.range.lowerBound, segment) }
    let opening = segment.lowerBound..<min(segment.upperBound, segment.lowerBound + 4)
    candidate.isContext = view.firstCue(in: opening) { $0 == .context } != nil
    // "وكانت مدينة تلبيسة صباح اليوم على موعد مع مجزرة": كان with today's or yesterday's time and
    // no قد (the pluperfect of background) tells the news itself.
    if candidate.isContext, let (cue, _) = view.firstCue(in: opening, where: { $0 == .context }),
      view.tokens[cue.range.lowerBound].key.hasSuffix("كان") || view.tokens[cue.range.lowerBound].key.hasSuffix("كانت"),
      !segment.contains(where: { view.tokens[$0].key == "قد" }),
      view.firstCue(in: segment, where: { if case .relative(_, let days) = $0 { days >= -1 } else { false } }) != nil
        // "فيما كانت الأنظار منشغلة بالزلزال، كانت الدوريات تجوب …": كان after 'while' is a
        // clause of the same time as the news the sentence tells.
        || (cue.range.lowerBound > segment.lowerBound
          && briefer.rules.functionWords.contains(.whileClause, view.tokens[cue.range.lowerBound - 1].key))
    {
      candidate.isContext = false
    }
    candidate.isLatest = view.firstCue(in: opening) { $0 == .latest } != nil
    // "أصيب جندي خلال العملية جراء انفجار عبوة": a part of the operation told before.
    if let at = segment.first(where: { view.tokens[$0].key == "خلال" }), at + 1 < segment.upperBound,
      view.tokens[at + 1].key.hasPrefix("ال")
    {
      candidate.during = Gazetteer.articleLess(view.tokens[at + 1].key)
    }
    // An earlier period, unless a reported clause after it tells the toll (… الأسبوع الماضي"،
    // مشيراً إلى أن … ما أدى إلى إصابة أحد عناصرنا: the wound is the news).
    if let (earlier, _) = view.firstCue(in: segment, where: { $0 == .earlier }) {
      let toll = view.firstCue(in: earlier.range.upperBound..<segment.upperBound) {
        $0.isCasualtyVerb || $0.isCasualty
      }
      candidate.isEarlier =
        !(toll.map { toll in
          (earlier.range.upperBound..<toll.0.range.lowerBound).contains {
            briefer.rules.functionWords.contains(.that, view.tokens[$0].key)
          }
        } ?? false)
    }
    // A running total (… منذ مطلع العام الجاري سبع عمليات أسفرت عن مقتل خمسة) is background.
    // "منذ انطلاق الاحتجاجات" with no number in the clause is only a time.
    // So is a toll "during" days or weeks (أسفرت الهجمات خلال تسعة أيام عن مقتل 34 شخصاً).
    let overDays = segment.contains { at in
      view.tokens[at].key == "خلال"
        && ((at + 1)..<min(segment.upperBound, at + 4)).contains { unit in
          view.cue(at: unit)?.roles.contains {
            if case .duration(let english) = $0 {
              english.hasSuffix("days") || english.hasPrefix("week")
            } else {
              false
            }
          } ?? false
        }
    }
    // So is a toll "since" a date (بلغ عدد الشهداء منذ الثامن من تشرين الأول 462 شهيداً).
    let sinceDate = segment.contains { at in
      view.tokens[at].key == "منذ"
        && ((at + 1)..<min(segment.upperBound, at + 5)).contains { month in
          view.term(at: month).map { Day.monthNames.contains($0.entry.english) } ?? false
        }
    }
    if view.firstCue(in: segment, where: { $0 == .tally }) != nil || overDays || sinceDate,
      countsPeopleOrEvents(view, segment)
    {
      (candidate.isContext, candidate.isTally) = (true, true)
    }
    candidate.isAnaphoric = view.firstCue(in: segment) { $0 == .anaphor } != nil

    // Type: the most specific trigger that is not negated; one that gives the reason (على خلفية
    // خطف شاب) only when no other does.
    var triggerCue: SentenceView.Cue? = nil
    func isCause(_ cue: SentenceView.Cue) -> Bool { isReason(view, at: cue.range.lowerBound, segment) }
    var causeOnly = true
    let exposed = exposure(view, segment)
    let exposedSubject = exposed?.subject
    for cue in view.cues where segment.contains(cue.range.lowerBound) {
      // The subject of تعرض (a patrol, a checkpoint) is what was hit, not an event.
      if exposedSubject?.contains(cue.range.lowerBound) == true { continue }
      for role in cue.roles {
        guard case .event(let type, let weight, let verb, _) = role, !negatedEvent(view, cue.range, segment) else {
          continue
        }
        // Inside an actor's name it names no event: عصابة خطف (a kidnapping gang).
        if let covering = view.termCovering[cue.range.lowerBound].map({ view.terms[$0] }),
          Self.actorCategories.contains(covering.entry.category), covering.tokenRange.count > cue.range.count
        {
          continue
        }
        // A person "in" an event (ناشطاً بارزاً في تظاهرات العمارة: an activist of the protests)
        // takes part in it; it is not what happens in this clause.
        if describesPerson(view, cue, segment) { continue }
        // An event right after بعد (بعد سيطرة النظام على الغوطة) came before the clause's own,
        // and one right after a running total's "since" (منذ اندلاع الحراك) dates it: like a
        // reason, it names the type only when no other event word does.
        let reason =
          isCause(cue)
          || (cue.range.lowerBound > segment.lowerBound
            && briefer.rules.functionWords.contains(.after, view.tokens[cue.range.lowerBound - 1].key))
          || view.cues.contains { $0.range.upperBound == cue.range.lowerBound && $0.roles.contains(.tally) }
        if !reason && causeOnly && triggerCue != nil {
          // The first event word outside a reason replaces any reason read before.
          candidate.weight = 0
        }
        if reason && !causeOnly { continue }
        if !reason { causeOnly = false }
        // Shelling or an attack by an aircraft (قصف مسيّرة تركية, عدوان بطائرة مسيرة) is an air strike.
        if weight > candidate.weight
          || (weight == candidate.weight && type == .airStrike && [.shelling, .attack].contains(event.type))
        {
          candidate.weight = weight
          event.type = type
          event.verb = verb
          triggerCue = cue
        }
      }
    }
    if let triggerCue {
      event.trigger = span(view, triggerCue.range)
      // A definite event noun refers back to an event already told (أسفرت المعارك عن …).
      let key = view.tokens[triggerCue.range.lowerBound].key
      let isVerb = triggerCue.roles.contains { if case .event(_, _, _, true) = $0 { true } else { false } }
      // Not one counted in a construct (آلاف المحتجين: thousands of protesters).
      let at = triggerCue.range.lowerBound
      let counted =
        at > segment.lowerBound
        && (view.numbers[at - 1] != nil
          || view.cue(at: at - 1)?.roles.contains { if case .vague = $0 { true } else { false } } == true)
      if !isVerb, !counted, ["ال", "وال", "فال"].contains(where: { key.hasPrefix($0) }) {
        candidate.isAnaphoric = true
      }
    }

    // Casualties. Not those a speaker tells at a protest ("هجمات الاحتلال أدت إلى استشهاد 48"):
    // a protest kills no one by itself.
    let quotesBefore = { (index: Int) in (0..<index).filter { view.isQuote($0) }.count }
    for cue in view.cues where segment.contains(cue.range.lowerBound) {
      if event.type == .protest, quotesBefore(cue.range.lowerBound) % 2 == 1 { continue }
      for role in cue.roles {
        switch role {
        case .killed, .wounded, .casualties:
          // A toll in a reason or accusation clause (المتهم بقتل ثلاثة أشخاص, رداً على مقتل …)
          // is not this event's.
          if isReason(view, at: cue.range.lowerBound, segment) { continue }
          // Died of one's wounds (متأثراً بإصابته, متأثرين بجراحهم, متأثرين بجراح أصيبا بها): the
          // wound killed, it is no count of wounded.
          if case .wounded = role,
            (max(segment.lowerBound, cue.range.lowerBound - 3)..<cue.range.lowerBound).contains(where: {
              briefer.rules.functionWords.contains(.diedOf, view.tokens[$0].key)
            })
          {
            continue
          }
          if negated(view, cue.range, segment) {
            event.noCasualties = event.killed == nil && event.wounded == nil
            continue
          }
          guard let count = count(view, cue, segment) else {
            event.casualtiesUncounted = true
            continue
          }
          let isKilled = { if case .killed = role { return true } else { return false } }()
          let isWounded = { if case .wounded = role { return true } else { return false } }()
          if isKilled || role == .casualties {
            event.killed = combined(event.killed, count.killed)
          }
          if isWounded || role == .casualties || count.alsoWounded {
            event.wounded = combined(event.wounded, count.wounded ?? count.killed)
          }
        default: continue
        }
      }
    }
    if event.killed != nil || event.wounded != nil { event.noCasualties = false }

    let doerReading = doer(view, segment, trigger: triggerCue, type: event.type)
    event.perpetrator = doerReading?.fact
    // People shot dead or wounded by someone named (قتل شاب برصاص قوات النظام): an attack.
    if event.type == nil, event.killed != nil || event.wounded != nil, let doer = doerReading?.range,
      doer.lowerBound > 0,
      briefer.rules.functionWords.contains(.byBullets, view.tokens[doer.lowerBound - 1].key)
    {
      (event.type, event.verb) = (.attack, "shot")
      event.trigger = span(view, (doer.lowerBound - 1)..<doer.lowerBound)
    }
    // People killed by an armed actor named as the subject of the killing verb (قتلت قوات النظام
    // خمسة مدنيين, أقدم مسلحون على قتل شاب), with no event word: an attack by that actor.
    if event.type == nil, event.killed != nil, let doer = doerReading?.range,
      let verb = view.cues.first(where: { cue in
        segment.contains(cue.range.lowerBound) && cue.range.upperBound == doer.lowerBound
          && cue.roles.contains { role in
            switch role {
            case .killed(true), .act(_, nil): return true
            default: return false
            }
          }
      })
    {
      (event.type, event.verb) = (.attack, "attacked")
      event.trigger = span(view, verb.range)
    }
    // Aircraft do not shell: قصفت طائرات حربية … is an air strike; so is what aircraft target or
    // attack (الطيران الروسي يستهدف السوق الشعبي).
    if event.type == .shelling || event.type == .attack, let doer = event.perpetrator?.english.lowercased(),
      ["warplanes", "warplane", "aircraft", "drone", "drones", "helicopter", "helicopters", "jets", "air force"]
        .contains(where: { doer.hasSuffix($0) })
    {
      (event.type, event.verb) = (.airStrike, "struck")
    }
    event.target = target(
      view, segment, trigger: triggerCue, type: event.type, victims: event.killed ?? event.wounded,
      alsoVictims: event.killed == nil ? nil : event.wounded,
      after: doerReading?.range, exposedAt: exposed?.cue.range.lowerBound)
    // Clashes counted by side: the sides are the two parties.
    if event.type == .armedClash, let sides = event.killed?.sides, sides.count == 2 {
      let spanOfCount = event.killed!.span
      if event.perpetrator == nil {
        event.perpetrator = ActorFact(sides[0], span: spanOfCount)
      }
      // The target named by the sentence stands unless it is no actor or the doer itself; else
      // the side that is not the doer.
      let named =
        event.target.map { !$0.english.isEmpty && !$0.isVictims && $0.english != event.perpetrator?.english } ?? false
      if !named {
        let other = event.perpetrator?.english == sides[1] ? sides[0] : sides[1]
        event.target = ActorFact(other, span: spanOfCount)
      }
    }
    // Arrested at a group's checkpoint (اعتقالهما على حاجز لقوات النظام): the group arrested them.
    if event.type == .arrest, event.perpetrator == nil, let target = event.target, !target.english.isEmpty,
      let object = target.object, ["checkpoint", "checkpoints"].contains(object)
    {
      event.perpetrator = ActorFact(target.english, span: target.span)
      event.target = nil
    }
    // A protest's doers are protesters (ACLED's convention) unless people are named; an armed
    // group near the word is what they protest against (رفضاً لحملات … التي تنفذها ميليشيا قسد),
    // and stays the target the reason names (رفضاً للتوغلات المتكررة لجيش الاحتلال).
    if event.type == .protest, event.perpetrator.map({ !isCivilian($0.english) }) ?? true,
      let trigger = event.trigger
    {
      event.perpetrator = ActorFact("protesters", span: trigger)
    }
    // Outside a clash between two factions of one side, the doer is not its own target ("members
    // of an armed faction abducted members of an armed faction": the target is unknown).
    // The victims, when counted by their group, are the target then ("قتل 5 من قوات النظام بهجوم
    // لداعش": the doer's name after لـ was read as the target).
    // Nor is a doer read from the subject of the casualty verb (عنصرين من ميليشيا "الدفاع الوطني"
    // قُتلا … جراء انفجار عبوة استهدفت سيارتهم): those are the victims.
    if event.type != .armedClash, let doer = event.perpetrator?.span,
      let subject = (event.killed ?? event.wounded)?.subjectSpan, subject.start <= doer.start, doer.end <= subject.end
    {
      event.perpetrator = nil
    }
    if event.type != .armedClash, let doer = event.perpetrator?.english, event.target?.english == doer {
      event.target = nil
      if let victims = event.killed ?? event.wounded, let group = victims.group, group != doer,
        !Self.isMemberNoun(group)
      {
        event.target = ActorFact(group, isVictims: true, span: victims.span)
      }
    }
    // Unknown people who shoot or seize someone (مجهولون in an attack or abduction) are what
    // analysts call unidentified gunmen.
    if let type = event.type, [.attack, .abduction].contains(type), event.perpetrator?.english == "unidentified persons"
    {
      event.perpetrator?.english = "unidentified gunmen"
    }
    // Those hurt at a protest (protesters, a young man among them) are not what it is against;
    // whoever fired on them is (ACLED's protest with intervention: the force that intervened),
    // also when nothing else was named.
    if event.type == .protest, event.target?.isVictims ?? true {
      event.target = shooter(view, segment)
    }
    // An execution or assassination kills its victims: "أعدم شابا" is one killed, "راعيين اثنين"
    // two, "اغتال مسلحون القيادي" one.
    if event.type == .execution || event.verb == "assassinated", event.killed == nil, let trigger = triggerCue {
      var start = trigger.range.upperBound
      if let doer = doerReading?.range, doer.lowerBound <= start + 1, doer.upperBound > start {
        start = doer.upperBound
      }
      start = skipAdverbials(view, from: start, segment: segment)
      // "حكم الإعدام رمياً بالرصاص بحق شخصين": the condemned after بحق.
      if view.numbers[start] == nil, view.term(at: start).map(isPerson) != true,
        let against = (start..<min(segment.upperBound, start + 4)).first(where: { view.tokens[$0].key == "بحق" })
      {
        start = against + 1
      }
      var value: Int? = nil
      var victimEnd = start
      if let number = view.numbers[start], view.term(at: start)?.entry.note?.hasPrefix("value=") != false {
        value = number.value
        victimEnd = start + number.length
        if let victim = view.term(at: victimEnd), isPerson(victim) { victimEnd = victim.tokenRange.upperBound }
      } else if let victim = view.term(at: start), isPerson(victim) {
        value = isDual(view.tokens[start], of: victim) ? 2 : (victim.plural ? nil : 1)
        victimEnd = victim.tokenRange.upperBound
      }
      if let value, victimEnd > start {
        event.killed = CountFact(
          value: value, qualifier: nil, vague: nil, severity: nil, who: event.target?.english, group: nil,
          span: span(view, trigger.range.lowerBound..<victimEnd))
      }
    }
    if let (cue, role) = view.firstCue(in: segment, where: { if case .support = $0 { true } else { false } }),
      case .support(let relation) = role,
      let allies = actorList(view, from: cue.range.upperBound, within: 2, segment: segment, military: true)
    {
      event.perpetrator?.allies.append(allies.english)
      event.perpetrator?.alliesRelation = relation
    }
    // A member noun alone ("personnel", "members") names nobody: no doer, no target. Armed men
    // named by what they are ("terrorists", "militants") are a doer, as "gunmen" are.
    if let english = event.perpetrator?.english, event.perpetrator?.hedge == nil, Self.isMemberNoun(english),
      !Self.armedMemberWords.contains(String(english.lowercased().dropLast()))
    {
      event.perpetrator = nil
      // A force named by nothing of its own (إذ دخلت قوة مؤلفة من دبابتين … واعتقلت) is the actor
      // the sentence opened with as its subject (واصلت القوات الإسرائيلية توغلاتها), not a source.
      if let doer = doerReading?.range, doer.lowerBound > segment.lowerBound,
        let opener = actorList(
          view, from: segment.lowerBound, within: 2, segment: segment.lowerBound..<doer.lowerBound),
        view.term(at: opener.range.lowerBound)?.entry.category == .actor, !Self.isMemberNoun(opener.english),
        view.firstCue(
          in: segment.lowerBound..<opener.range.lowerBound,
          where: {
            if case .attribution = $0 { return true }
            return $0.isCasualty
          }) == nil,
        !((event.killed ?? event.wounded)?.group.map { $0.contains(opener.group) || opener.group.contains($0) } ?? false)
      {
        event.perpetrator = ActorFact(opener.english, span: span(view, opener.range))
      }
    }
    if let english = event.target?.english, event.target?.object == nil, Self.isMemberNoun(english) {
      event.target = nil
    }
    // Victims "among them children and women" (بينهم 4 أطفال وسيدتان): civilians were hit.
    if event.target == nil, event.killed != nil || event.wounded != nil {
      for index in segment where briefer.rules.functionWords.contains(.victimsAmong, view.tokens[index].key) {
        var at = index + 1
        if let number = view.numbers[at] { at += number.length }
        if let person = view.term(at: at), isPerson(person), isCivilian(person.english) {
          event.target = ActorFact("civilians", isVictims: true, span: span(view, index..<person.tokenRange.upperBound))
          break
        }
      }
    }
    // People counted "among them members of X" (مقتل أربعة أشخاص بينهم ثلاثة من عناصر داعش) or
    // "they are members of X" (قتل ستة أشخاص، هم أربعة من عناصر الفصائل …): X's people were hit;
    // "people" alone says nothing of who they were.
    if let english = event.target?.english, event.target?.object == nil,
      Self.genericPeople.contains(english.lowercased())
    {
      for index in segment where briefer.rules.functionWords.contains(.genericAmong, view.tokens[index].key) {
        var at = index + 1
        if let number = view.numbers[at] { at += number.length }
        if let group = actorList(view, from: at, within: 3, segment: segment), group.group != english {
          event.target = ActorFact(group.group, isVictims: true, span: span(view, index..<group.range.upperBound))
          break
        }
      }
    }
    if event.type == .territoryChange, event.target == nil, let trigger = triggerCue,
      let holder = formerHolder(view, segment, after: trigger.range.upperBound, doer: event.perpetrator)
    {
      event.target = ActorFact(holder.english, span: span(view, holder.range))
    }
    if let english = event.target?.english, isCivilian(english) { event.target?.category = "civilians" }
    event.places = placeFacts(view, segment)
    event.time = time(view, segment)
    event.attribution = attribution(view, segment)
    event.details = details(view, segment, type: event.type, trigger: triggerCue?.range)
    // The object hit is no means of the attack.
    if let hit = event.target?.span, event.target?.object != nil {
      event.details.removeAll { $0.kind == "used" && $0.span.start >= hit.start && $0.span.end <= hit.end }
    }
    candidate.event = event
    let informative =
      event.type != nil || event.killed != nil || event.wounded != nil || !event.details.isEmpty
      || event.attribution != nil
    return informative ? candidate : nil
  }

  /// The other side of a territory change, named after its event word: the group that held the
  /// place (كانت تتمركز فيها قوات الجيش, الخاضع لسيطرة فصائل المعارضة, بعد أسبوع من سيطرة الفصائل
  /// عليها) or fought for it (بعد معارك عنيفة مع الإرهابيين), or the one it was taken from (حررت
  /// الحي من مرتزقة داعش). A group that is the doer's, or its ally, is none.
  ///
  /// - Complexity: O(*n*) in the segment's tokens.
  func formerHolder(_ view: SentenceView, _ segment: Range<Int>, after start: Int, doer: ActorFact?)
    -> (english: String, range: Range<Int>)?
  {
    func otherSide(_ english: String) -> Bool {
      guard let doer else { return true }
      let lower = english.lowercased()
      let doers = ([doer.english] + doer.allies).map { $0.lowercased() }.filter { !$0.isEmpty }
      return !doers.contains { $0.contains(lower) || lower.contains($0) }
    }
    var index = start
    while index < segment.upperBound {
      let key = view.tokens[index].key
      var from: Int? = nil
      if let cue = view.cue(at: index) {
        // A unit's place (تتمركز فيها, الخاضع لسيطرة) or another taking of it (من سيطرة X عليها).
        if cue.roles.contains(.affiliation)
          || cue.roles.contains(where: {
            if case .event(.territoryChange, _, _, _) = $0 { true } else { false }
          })
        {
          from = cue.range.upperBound
        }
      }
      // Fighting "with" a side (معارك مع), or taken "from" it (من مرتزقة داعش): the side right after.
      if from == nil, key == "مع" || key == "من", index > start {
        let before = view.term(at: index - 1) ?? view.termCovering[index - 1].map { view.terms[$0] }
        if key == "مع" || before.map({ isPerson($0) || $0.entry.category == .number }) != true {
          from = index + 1
        }
      }
      if let from, from < segment.upperBound,
        let side = actorList(view, from: from, within: 1, segment: segment), !Self.isMemberNoun(side.group),
        otherSide(side.group)
      {
        return (side.group, side.range)
      }
      index += 1
    }
    return nil
  }

  /// "تعرض X لـ<event>": the exposed cue, the words of its subject X and the event cue after لـ
  /// (within 24 tokens of the same sentence; commas may set off a time or place between).
  func exposure(_ view: SentenceView, _ segment: Range<Int>) -> (cue: SentenceView.Cue, subject: Range<Int>)? {
    guard let (cue, _) = view.firstCue(in: segment, where: { $0 == .exposed }) else { return nil }
    var index = cue.range.upperBound
    while index < min(segment.upperBound, cue.range.upperBound + 24),
      !view.isBoundary(index) || ["،", ","].contains(view.tokens[index].text)
    {
      if index > cue.range.upperBound, view.tokens[index].key.hasPrefix("ل"),
        let event = view.cue(at: index),
        event.roles.contains(where: \.isEvent)
      {
        return (cue, cue.range.upperBound..<index)
      }
      index += 1
    }
    return nil
  }

  /// Whether a clause carries a count: a casualty word, or a number of events ("سبع عمليات",
  /// "١١ حالة خطف"); a vague quantity (آلاف المتظاهرين) is none.
  func countsPeopleOrEvents(_ view: SentenceView, _ segment: Range<Int>) -> Bool {
    view.cues.contains { cue in
      segment.contains(cue.range.lowerBound)
        && cue.roles.contains { role in
          switch role {
          case .killed, .wounded, .casualties: return true
          case .event:  // "سبع عمليات", "١١ حالة خطف"
            return (1...2).contains {
              let at = cue.range.lowerBound - $0
              let vague = view.cue(at: at)?.roles.contains { if case .vague = $0 { true } else { false } } ?? false
              return at >= segment.lowerBound && (view.numbers[at]?.value ?? 0) > 1 && !vague
            }
          default: return false
          }
        }
    }
  }

  /// Whether a protest noun after في describes a person named just before it (ناشطاً بارزاً في
  /// تظاهرات العمارة: an activist of the protests) in a clause that tells another event: the
  /// person takes part in the protests, the clause's event is the other one.
  ///
  /// - Complexity: O(*n*) in the segment's cues.
  func describesPerson(_ view: SentenceView, _ cue: SentenceView.Cue, _ segment: Range<Int>) -> Bool {
    let at = cue.range.lowerBound
    guard at - 1 > segment.lowerBound, view.tokens[at - 1].key == "في",
      cue.roles.contains(where: { if case .event(.protest, _, _, _) = $0 { true } else { false } }),
      view.cues.contains(where: { other in
        segment.contains(other.range.lowerBound) && !isReason(view, at: other.range.lowerBound, segment)
          && other.roles.contains { role in
            if case .event(let type, _, _, _) = role { type != .protest } else { false }
          }
      })
    else { return false }
    // The person, with up to two adjectives between (ناشط مدني بارز).
    for back in 2...4 where at - back >= segment.lowerBound {
      if let term = view.term(at: at - back), isPerson(term), term.tokenRange.upperBound >= at - 3 { return true }
    }
    return false
  }

  /// Whether token `index` stands in a reason clause: within six words after على خلفية, رداً على …
  /// with no comma between.
  func isReason(_ view: SentenceView, at index: Int, _ segment: Range<Int>) -> Bool {
    view.cues.contains { cause in
      segment.contains(cause.range.lowerBound) && cause.roles.contains(.cause)
        && cause.range.upperBound <= index && index - cause.range.upperBound <= 6
        && !(cause.range.upperBound..<index).contains { view.isBoundary($0) }
    }
  }

  /// Whether an event word is negated: أي or a negation right before it (دون اشتباكات, لم تسجل
  /// أي اشتباكات), or a negated verb before an indefinite noun (لم تشهد المنطقة اشتباكات); a
  /// definite noun after a negated verb is its subject (لم تسفر الغارات عن …) and stands.
  func negatedEvent(_ view: SentenceView, _ range: Range<Int>, _ segment: Range<Int>) -> Bool {
    let at = range.lowerBound
    guard at > segment.lowerBound else { return false }
    if view.tokens[at - 1].key == "اي" { return true }
    if let (cue, _) = view.firstCue(in: (at - 1)..<at, where: { $0 == .negation }), cue.range.upperBound == at {
      return true
    }
    let key = view.tokens[at].key
    // A word joined by و to a negated one shares its negation (تفكيك العبوات الناسفة والألغام).
    if key.hasPrefix("و"),
      let previous = view.cues.last(where: { cue in
        segment.contains(cue.range.lowerBound) && cue.range.upperBound <= at && cue.range.upperBound >= at - 2
          && cue.roles.contains(where: \.isEvent)
      }), negatedEvent(view, previous.range, segment)
    {
      return true
    }
    let definite = ["ال", "وال", "بال", "فال", "لل"].contains { key.hasPrefix($0) }
    if definite { return false }
    return negated(view, range, segment)
  }

  /// Whether a negation word stands just before `range` (لم تؤد إلى مقتل) or أي just after it.
  func negated(_ view: SentenceView, _ range: Range<Int>, _ segment: Range<Int>) -> Bool {
    let before = max(segment.lowerBound, range.lowerBound - 4)..<range.lowerBound
    if view.firstCue(in: before, where: { $0 == .negation }) != nil {
      // "أي" before the word is not a negation by itself.
      // Nor is "لا يزال" (still): فيما لا يزال مصابان يتلقيان العلاج.
      // Nor is دون before a noun when the event word is a verb further on (مسلحون يستقلون سيارة
      // دون لوحات اختطفوا الشابين); دون أن before it is (دون أن يصاب أحد).
      if let (cue, _) = view.firstCue(in: before, where: { $0 == .negation }),
        view.tokens[cue.range.lowerBound].key != "اي",
        cue.range.upperBound >= view.tokens.count
          || !briefer.rules.functionWords.contains(.still, view.tokens[cue.range.upperBound].key),
        !(briefer.rules.functionWords.contains(.nounNegation, view.tokens[cue.range.lowerBound].key)
          && cue.range.upperBound < range.lowerBound && view.tokens[cue.range.upperBound].key != "ان"
          && view.cue(at: range.lowerBound)?.roles.contains(where: \.isVerb) == true)
      {
        return true
      }
    }
    var after = range.upperBound
    // مقتل أو إصابة أي عنصر: skip a coordinated casualty word.
    while after < min(segment.upperBound, range.upperBound + 3) {
      if view.tokens[after].key == "اي" { return true }
      after += 1
    }
    return false
  }

  struct CountReading {
    var killed: CountFact?
    var wounded: CountFact?
    var alsoWounded = false
  }

  /// The actor after a doer word (شنه X, على يد X), or the owner of the positions named there
  /// (مصدرها مواقع تابعة لحزب الله → Hezbollah).
  func doerAfter(_ view: SentenceView, _ cue: SentenceView.Cue, _ segment: Range<Int>) -> (
    english: String, range: Range<Int>, group: String
  )? {
    if let actor = actorList(view, from: cue.range.upperBound, within: 2, segment: segment, military: true) {
      return actor
    }
    guard let post = view.term(at: cue.range.upperBound), post.entry.category == .military, !canAct(post, view)
    else { return nil }
    var at = post.tokenRange.upperBound
    if let link = view.cue(at: at), link.roles.contains(.affiliation) { at = link.range.upperBound }
    return owner(view, after: at, segment: segment)
  }

  /// The owner named after its link (التابع لـ"هيئة تحرير الشام"), past a لـ written apart and
  /// quotation marks.
  func owner(_ view: SentenceView, after index: Int, segment: Range<Int>) -> (
    english: String, range: Range<Int>, group: String
  )? {
    var at = index
    while at < segment.upperBound, view.isQuote(at) || view.tokens[at].text == "ل" || view.tokens[at].text == "لـ" {
      at += 1
    }
    return actorList(view, from: at, within: 0, segment: segment, military: true)
  }

  /// The subject of an active killing verb and where its object starts: an armed actor, or a unit
  /// of one, followed by the people counted ("قتلت قوات النظام خمسة مدنيين", "قضت وحدات من الجيش أمس
  /// على 7 إرهابيين", "قتل مسلحون مجهولون شاباً"); nil for a passive reading ("قتل عنصران").
  func killingSubject(_ view: SentenceView, _ cue: SentenceView.Cue, _ segment: Range<Int>) -> (
    range: Range<Int>, object: Int
  )? {
    let index = cue.range.upperBound
    guard cue.roles.contains(where: { if case .killed(true) = $0 { true } else { false } }),
      let subject = view.term(at: index),
      Self.actorCategories.contains(subject.entry.category) || subject.entry.category == .military
    else { return nil }
    var after = subject.tokenRange.upperBound
    if after < segment.upperBound, view.tokens[after].key == "من",
      let owner = actorList(view, from: after + 1, within: 0, segment: segment, military: true)
    {
      after = owner.range.upperBound
    } else if let actor = actorList(view, from: index, within: 0, segment: segment, military: true) {
      after = actor.range.upperBound
    }
    let end = after
    after = skipAdverbials(view, from: after, segment: segment)
    if after < segment.upperBound, view.tokens[after].key == "علي" { after += 1 }
    let objectFollows = view.numbers[after] != nil || view.term(at: after).map(isPerson) == true
    // A person noun is the subject only when people follow it (armed men killing someone), and a
    // number alone after people is their own count (جنديان اثنان), not an object; a group that is
    // no person (قوات النظام) is the subject also when nothing counted follows.
    if isPerson(subject) {
      let object = view.numbers[after].map { after + $0.length } ?? after
      guard view.term(at: object).map(isPerson) == true else { return nil }
    }
    return (index..<end, objectFollows ? after : index)
  }

  /// The count a casualty word carries: after it (قتل 30 عنصرا, مقتل خمسة مدنيين, أصيب آخرون
  /// بجروح خطيرة), or before it (30 قتيلا, ثلاثة جرحى); with its qualifier, severity and group.
  func count(_ view: SentenceView, _ cue: SentenceView.Cue, _ segment: Range<Int>) -> CountReading? {
    var index = cue.range.upperBound
    var alsoWounded = false
    // مقتل وإصابة …: the same count for both.
    // Also two verbs before their shared subject: قتل وجرح عدد من العناصر; not after a subject of
    // their own (عنصر قُتل وأُصيب اثنان, قُتلا وأُصيب ثلاثة: one count each).
    let subjectAt = cue.range.lowerBound - 1
    let isVerb =
      cue.roles.contains { if case .killed(true) = $0 { true } else { false } }
      && !view.tokens[cue.range.lowerBound].key.hasSuffix("ا")
      && !(subjectAt >= segment.lowerBound
        && (view.numbers[subjectAt] != nil || view.isQuote(subjectAt)
          || view.termCovering[subjectAt].map {
            isPerson(view.terms[$0]) || Self.actorCategories.contains(view.terms[$0].entry.category)
          } == true))
    // Not after a death with its pronoun (ما أدى إلى مقتله وإصابة ثلاثة: his death, three wounded).
    let ownPronoun = view.term(at: cue.range.lowerBound)?.enclitic != nil
    if !cue.roles.contains(.person), !ownPronoun, let next = view.cue(at: index),
      next.roles.contains(where: { if case .wounded(let verb) = $0 { !verb || isVerb } else { false } })
    {
      alsoWounded = true
      index = next.range.upperBound
    }
    // An active killing verb and its subject before the count: "قتلت قوات النظام خمسة مدنيين",
    // "قضت وحدات من الجيش أمس على 7 إرهابيين".
    if let subject = killingSubject(view, cue, segment) { index = subject.object }
    // A number in brackets: مقتل (٥) إرهابيين.
    if index < segment.upperBound, view.tokens[index].text == "(", view.numbers[index + 1] != nil {
      index += 1
    }
    // Skip a preposition or two: أسفر عن مقتل, ارتفع عدد القتلى إلى, قتل فيها (in it: the battle).
    var skipped = 0
    var byWhat = false
    while index < segment.upperBound, skipped < 2,
      briefer.rules.functionWords.contains(.afterCasualtyVerb, view.tokens[index].key)
    {
      byWhat = byWhat || view.tokens[index].key == "ب"
      index += 1
      skipped += 1
    }
    // A verb, then where or by what, then who: "قُتل في الاشتباكات ثلاثة", "أصيب جراء القصف
    // عشرة", "قتل بالقصف خمسة" — the phrase is skipped when a number or a person follows it.
    if cue.roles.contains(where: \.isCasualtyVerb), skipped == 0, index + 1 < segment.upperBound {
      var next = index
      if briefer.rules.functionWords.contains(.casualtyCause, view.tokens[index].key),
        view.tokens[index + 1].key.hasPrefix("ال")
      {
        next = index + 2
      } else if view.tokens[index].key.hasPrefix("بال") || view.tokens[index].key.hasPrefix("فال") {
        next = index + 1
      }
      // and its adjective (جراء القصف المدفعي).
      if next > index, next + 1 < segment.upperBound, view.tokens[next].key.hasPrefix("ال"),
        view.numbers[next] == nil, !(view.term(at: next).map(isPerson) ?? false)
      {
        next += 1
      }
      if next > index, next < segment.upperBound,
        view.numbers[next] != nil || (view.term(at: next).map(isPerson) ?? false)
      {
        index = next
      }
    }
    // Hit by what (أصيب بعدة طلقات, بثلاث رصاصات): a number of shots, not of people.
    if index < segment.upperBound, view.tokens[index].key.hasPrefix("ب"), !view.tokens[index].key.hasPrefix("بضع") {
      byWhat = true
    }
    if byWhat,
      view.numbers[index] != nil
        || view.cue(at: index)?.roles.contains(where: {
          if case .vague = $0 { true } else { false }
        }) == true
    {
      var after = index + (view.numbers[index]?.length ?? view.cue(at: index)!.range.count)
      if after < segment.upperBound, view.tokens[after].key == "من" { after += 1 }
      if !(view.term(at: after).map(isPerson) ?? false) { return nil }
    }
    // A toll (ارتفعت حصيلة القتلى … إلى تسعة): the number after إلى or بلغ, further on.
    let cueKeys = view.tokens[cue.range].map(\.key)
    // "ارتفع عدد الشهداء … إلى أربعة": the count word may follow عدد or حصيلة.
    let before = cue.range.lowerBound > segment.lowerBound ? view.tokens[cue.range.lowerBound - 1].key : ""
    let isToll = (cueKeys + [before]).contains(where: {
      $0.contains("حصيله") || $0.hasSuffix("عدد") || $0.hasSuffix("اعداد")
    })
    var isUpdate = false
    var numberBeforeCounter: Int? = nil
    // عدد right before the count word, or before the people a relative clause with the killing
    // verb describes (عدد المدنيين الذين قضوا).
    var counter: Int? = before.hasSuffix("عدد") ? cue.range.lowerBound - 1 : nil
    if counter == nil, cue.range.lowerBound - 1 > segment.lowerBound,
      briefer.rules.functionWords.contains(.pluralRelative, before)
    {
      counter = (max(segment.lowerBound, cue.range.lowerBound - 5)..<(cue.range.lowerBound - 1)).last {
        view.tokens[$0].key.hasSuffix("عدد")
      }
    }
    if isToll {
      // Risen to / reached: an update of an earlier count.
      isUpdate = (max(segment.lowerBound, cue.range.lowerBound - 3)..<cue.range.lowerBound).contains { at in
        let key = view.tokens[at].key
        return key.contains("رتفع") || key.hasPrefix("بلغ") || key.hasPrefix("وصل") || key.contains("ترتفع")
      }
      // Not when the number follows the toll word (بلغ عدد المصابين ١٤ شخصاً، نُقلوا إلى …): the
      // إلى further on is another phrase's.
      let numberFollows =
        index < segment.upperBound
        && (view.numbers[index] != nil
          || view.cue(at: index)?.roles.contains(where: { if case .qualifier = $0 { true } else { false } }) == true)
      var probe = numberFollows ? segment.upperBound : index
      while probe < segment.upperBound - 1 {
        if briefer.rules.functionWords.contains(.tollReaches, view.tokens[probe].key) {
          index = probe + 1
          break
        }
        probe += 1
      }
      if probe < segment.upperBound - 1 { counter = nil }
    }
    // The number before عدد: "ارتفع إلى 27 عدد الشهداء", "ارتفع إلى 6 عدد المدنيين الذين قضوا".
    if let counter,
      let start = (max(segment.lowerBound, counter - 3)..<counter).first(where: { at in
        view.numbers[at].map { at + $0.length == counter } ?? false
      }), start > segment.lowerBound, briefer.rules.functionWords.contains(.tollReaches, view.tokens[start - 1].key)
    {
      numberBeforeCounter = view.numbers[start]!.value
    }
    var fact = CountFact(value: nil, qualifier: nil, vague: nil, severity: nil, who: nil, span: span(view, cue.range))
    var singularParts: [String] = []
    var end = index
    // Where the counted subject before its verb starts (عشرة من مقاتلي قسد قُتلوا).
    var subjectStart: Int? = nil
    // و before the qualifier: "٤ قتلى وأكثر من ١٢ جريحاً" — the qualified number is the next
    // word's.
    var conjoinedQualifier = false
    if let qualifier = view.cue(at: index),
      case .qualifier(let english)? = qualifier.roles.first(where: {
        if case .qualifier = $0 { true } else { false }
      })
    {
      conjoinedQualifier = index == cue.range.upperBound && view.tokens[index].key.hasPrefix("و")
      fact.qualifier = english
      index = qualifier.range.upperBound
    }
    // A noun naming the person (قتيل, جريحان) has its number before it, never after; so has a
    // casualty word followed by a number with و, which counts the next word (ثمانية شهداء وخمسة
    // وعشرين جريحاً).
    let conjoined =
      index < segment.upperBound && view.numbers[index] != nil
      && (view.term(at: index)?.proclitics.first == "و" || view.tokens[index].key.hasPrefix("و"))
    let after =
      !cue.roles.contains(.person) && !(conjoined && index == cue.range.upperBound) && !conjoinedQualifier
    if let value = numberBeforeCounter {
      fact.value = value
      fact.qualifier = nil
      end = cue.range.upperBound
    } else if after, let number = view.numbers[index], index + number.length < segment.upperBound,
      view.tokens[index + number.length].text == ")"
    {
      fact.value = number.value
      end = index + number.length + 1
    } else if after, let vague = view.cue(at: index),
      case .vague(let english)? = vague.roles.first(where: {
        if case .vague = $0 { true } else { false }
      })
    {
      if english.hasPrefix("two ") {
        fact.value = 2  // آخران: two others
        fact.who = String(english.dropFirst(4))
      } else if english == "another" {
        fact.value = 1  // آخر: one other
        fact.who = "other"
      } else {
        fact.vague = english
      }
      fact.qualifier = nil
      end = vague.range.upperBound
    } else if after, let number = view.numbers[index] {
      fact.value = number.value
      end = index + number.length
    } else if after, let term = view.term(at: index), term.entry.category == .number,
      term.entry.note?.hasPrefix("ordinal=") == true
    {
      // "وأصيب ثالث": a third one — one more person.
      fact.value = 1
      end = term.tokenRange.upperBound
    } else if after, let reading = view.cue(at: index),
      case .personReading(let english)? = reading.roles.first(where: {
        if case .personReading = $0 { true } else { false }
      }), !(view.term(at: index).map(isPerson) ?? false)
    {
      // "مقتل مزارع": a farmer, though the glossary reads the word as "farms".
      fact.value = 1
      fact.who = english
      end = reading.range.upperBound
    } else if after, view.term(at: index).map(isPerson) ?? false, !cue.roles.contains(where: \.isCasualtyVerb),
      let start = (max(segment.lowerBound, cue.range.lowerBound - 2)..<cue.range.lowerBound).first(where: { at in
        view.numbers[at].map { at + $0.length == cue.range.lowerBound } ?? false
      })
    {
      // A number before the casualty noun, its people after it or after من: "تسعة قتلى مدنيين",
      // "تسعة شهداء من العسكريين" (nine, not the dual the plural's ending would read alone).
      fact.value = view.numbers[start]!.value
      if let q = qualifierEnding(view, start) { fact.qualifier = q }
      end = cue.range.upperBound
    } else if after, let term = view.term(at: index), isPerson(term) {
      // No number: a dual noun counts two (عنصرين), a singular one (مقتل طفل) one; coordinated
      // nouns add up (استشهاد ضابط وجنديين → 3: an officer and two soldiers).
      let people = countPeople(view, from: index, until: segment.upperBound)
      let (total, parts, at) = (people.total, people.parts, people.end)
      guard total > 0 else { return nil }
      fact.value = total
      if parts.count > 1 { fact.who = EventExtractor.joined(parts) }
      singularParts = parts
      end = parts.count > 1 ? at : index
    } else {
      // Before the word: "30 قتيلا", "نحو عشرين جريحا", "وآخرون جرحى".
      fact.qualifier = nil
      var found = false
      for back in [1, 2] where cue.range.lowerBound - back >= segment.lowerBound {
        let at = cue.range.lowerBound - back
        if let vague = view.cue(at: at), vague.range.upperBound == cue.range.lowerBound,
          case .vague(let english)? = vague.roles.first(where: { if case .vague = $0 { true } else { false } })
        {
          // "ستة جنود آخرين أُصيبوا": the number of the people before "others" counts them.
          var counted: Int? = nil
          if at > segment.lowerBound, let noun = view.termCovering[at - 1].map({ view.terms[$0] }), isPerson(noun) {
            let start = noun.tokenRange.lowerBound
            for length in [1, 2] where start - length >= segment.lowerBound {
              if let number = view.numbers[start - length], number.length == length { counted = number.value }
            }
          }
          if english.hasPrefix("two ") {
            fact.value = 2  // وأصيب اثنان آخران / آخران بجروح
          } else if let counted {
            fact.value = counted
          } else {
            fact.vague = english
          }
          found = true
          break
        }
        if let number = view.numbers[at], at + number.length == cue.range.lowerBound {
          // "وفاة أحد المصابين": one of those already counted, not a count of its own.
          if view.term(at: at)?.english == "one of" { return nil }
          fact.value = number.value
          if let q = qualifierEnding(view, at) { fact.qualifier = q }
          found = true
          break
        }
      }
      // "لقي ثلاثة مدنيين مصرعهم": the count stands between the verb and the noun with its pronoun.
      // Also after a plural or dual verb that follows its subject: "عشرة من مقاتلي قسد قُتلوا",
      // "اثنين من الجنود أصيبا".
      let dualVerb =
        cue.range.count == 1 && cue.roles.contains(where: \.isCasualtyVerb)
        && view.tokens[cue.range.lowerBound].key.hasSuffix("ا")
        && !view.tokens[cue.range.lowerBound].key.hasSuffix("وا")
      if !found,
        let enclitic = view.term(at: cue.range.lowerBound)?.enclitic ?? Optional(view.tokens[cue.range.lowerBound].key),
        enclitic.hasSuffix("هم") || enclitic.hasSuffix("هما") || enclitic.hasSuffix("ه") || enclitic.hasSuffix("ها")
          || (cue.range.count == 1 && view.tokens[cue.range.lowerBound].key.hasSuffix("وا")) || dualVerb
      {
        var back = cue.range.lowerBound - 1
        while back >= max(segment.lowerBound, cue.range.lowerBound - 12), !view.isBoundary(back) || view.isQuote(back) {
          if let number = view.numbers[back] {
            fact.value = number.value
            subjectStart = back
            if let q = qualifierEnding(view, back) { fact.qualifier = q }
            if let group = actorList(view, from: back + number.length, within: 1, segment: segment, people: true) {
              fact.who = group.english
              fact.group = group.group
            }
            found = true
            break
          }
          back -= 1
        }
        // "لقي طفل وامرأة مصرعهما": coordinated people without a number, one each (two for a dual).
        // After a dual verb, the subject-before-verb reading below counts them.
        if !found, !dualVerb {
          var at = max(segment.lowerBound, cue.range.lowerBound - 6)
          while at < cue.range.lowerBound, !(view.term(at: at).map(isPerson) ?? false) { at += 1 }
          let (total, parts, _) = countPeople(view, from: at, until: cue.range.lowerBound)
          if total > 0 {
            fact.value = total
            fact.who = EventExtractor.joined(parts)
            found = true
          }
        }
      }
      // A subject before its passive verb, with no number: "عنصراً من الأمن العام قُتل", "طفلين
      // قتلا" (one for a singular, two for a dual). Only its group may stand between them.
      if !found, cue.range.count == 1, cue.roles.contains(where: \.isCasualtyVerb) {
        var at = cue.range.lowerBound - 1
        while at > max(segment.lowerBound, cue.range.lowerBound - 12), !view.isBoundary(at) || view.isQuote(at),
          !(view.term(at: at).map(isPerson) ?? false)
            || view.termCovering[at - 1].map({ isPerson(view.terms[$0]) }) == true
        {
          at -= 1
        }
        // The people the person is from (امرأة من سكان البلدة أصيبت): the person is the subject.
        if at - 2 >= segment.lowerBound, view.tokens[at - 1].key == "من",
          let outer = view.termCovering[at - 2], isPerson(view.terms[outer]),
          view.numbers[view.terms[outer].tokenRange.lowerBound] == nil
        {
          at = view.terms[outer].tokenRange.lowerBound
        }
        // "أحد مقاتلي قسد أصيب": one of them. The scan stops on أحد itself when it is a term
        // ("one of"): the noun is the next word.
        if at >= segment.lowerBound, briefer.rules.functionWords.contains(.oneOf, view.tokens[at].key),
          at + 1 < cue.range.lowerBound,
          view.term(at: at + 1).map(isPerson) ?? false
        {
          at += 1
        }
        let oneOf = at > segment.lowerBound && briefer.rules.functionWords.contains(.oneOf, view.tokens[at - 1].key)
        // Not a person the sentence already counts (مقتل عنصرين ومدني أصيب برصاصة: how the
        // civilian died; وأصيب ثمانية بينهم امرأة أصيبت: one of the eight).
        let alreadyCounted =
          at > segment.lowerBound
          && (briefer.rules.functionWords.contains(.victimsAmong, view.tokens[at - 1].key)
            || (view.term(at: at)?.proclitics.first == "و"
              && view.firstCue(in: segment.lowerBound..<at, where: { $0.isCasualtyVerb || $0.isCasualty }) != nil))
        if !alreadyCounted, let noun = view.term(at: at), isPerson(noun), view.numbers[at - 1] == nil || oneOf {
          let (total, parts, after) =
            oneOf ? (1, [], noun.tokenRange.upperBound) : countPeople(view, from: at, until: cue.range.lowerBound)
          var groupEnd = after
          var who: (english: String, range: Range<Int>, group: String)? = nil
          if after < cue.range.lowerBound, view.tokens[after].key == "من" || oneOf,
            let group = actorList(view, from: at, within: 0, segment: segment, people: true)
          {
            who = group
            groupEnd = allegianceEnd(view, after: group.range.upperBound, segment: segment)
          }
          // Where the person is from rather than a group (امرأة من سكان البلدة أصيبت, من سكان أحد
          // المنزلين): still the subject, with no group of its own.
          if groupEnd < cue.range.lowerBound, after < cue.range.lowerBound, view.tokens[after].key == "من",
            cue.range.lowerBound - groupEnd <= 4,
            (groupEnd..<cue.range.lowerBound).allSatisfy({ at in
              (view.numbers[at] == nil || briefer.rules.functionWords.contains(.oneOf, view.tokens[at].key))
                && !view.isBoundary(at)
                && view.cue(at: at)?.roles.contains(where: { $0.isEvent || $0.isCasualtyVerb }) != true
            })
          {
            who = nil
            groupEnd = cue.range.lowerBound
          }
          while groupEnd < cue.range.lowerBound, view.isQuote(groupEnd) { groupEnd += 1 }
          if total > 0, groupEnd == cue.range.lowerBound {
            fact.value = total
            subjectStart = at
            if let who {
              fact.who = who.english
              fact.group = who.group
            } else if parts.count > 1 {
              fact.who = EventExtractor.joined(parts)
            }
            found = true
          }
        }
      }
      // "شهيدة وجريحان": the casualty noun is the person, one or two of them.
      // "بين قتيل وجريح" (some killed, some wounded) counts nobody.
      let betweenDeadAndWounded =
        cue.range.lowerBound > 0 && view.tokens[cue.range.lowerBound - 1].key == "بين"
        || cue.range.lowerBound > 1 && view.tokens[cue.range.lowerBound].key.hasPrefix("و")
          && view.tokens[cue.range.lowerBound - 2].key == "بين"
      if !found, !betweenDeadAndWounded, cue.roles.contains(.person),
        let value = personCount(view.tokens[cue.range.lowerBound])
      {
        fact.value = value
        found = true
      }
      if !found { return nil }
      end = cue.range.upperBound
    }
    fact.span = span(view, min(cue.range.lowerBound, index)..<max(end, cue.range.upperBound))
    if let subjectStart { fact.subjectSpan = span(view, subjectStart..<cue.range.lowerBound) }
    // "لترتفع حصيلة الضحايا إلى تسعة قتلى": the count word closes a toll update.
    fact.isUpdate =
      isUpdate
      || (max(segment.lowerBound, cue.range.lowerBound - 8)..<cue.range.lowerBound).contains { at in
        view.tokens[at].key.contains("رتفع")
      }
        && (max(segment.lowerBound, cue.range.lowerBound - 8)..<cue.range.lowerBound).contains { at in
          view.tokens[at].key.contains("حصيله")
        }
    // Severity within the next few words.
    var probe = max(end, cue.range.upperBound)
    while probe < min(segment.upperBound, max(end, cue.range.upperBound) + 4) {
      if let c = view.cue(at: probe),
        case .severity(let english)? = c.roles.first(where: {
          if case .severity = $0 { true } else { false }
        })
      {
        if !english.isEmpty { fact.severity = english }
        break
      }
      probe += 1
    }
    // Who: "عنصرا من قوات النظام والميليشيات الموالية له", "مدنيين".
    // Not the next casualty noun (ثمانية شهداء و25 جريحاً: the wounded are no "who").
    // Nor a group after the event word that follows (بقصف مدفعي لقوات النظام: the doer).
    if fact.who == nil, let group = actorList(view, from: end, within: 3, segment: segment, people: true),
      !(end..<group.range.lowerBound).contains(where: { at in
        view.cue(at: at)?.roles.contains(where: \.isEvent) ?? false
      }),
      !(view.cue(at: group.range.lowerBound)?.roles.contains { $0.isCasualty || $0 == .person } ?? false)
    {
      fact.who = group.english
      fact.group = group.group
    } else if singularParts.count > 1, fact.group == nil, end < segment.upperBound, view.tokens[end].key == "من",
      let group = actorList(view, from: end + 1, within: 0, segment: segment),
      group.group.first?.isUppercase == true || group.group.hasPrefix("regime")
    {
      // People listed one by one, then their group: ضابط وجنديين اثنين من الجيش العراقي.
      fact.group = group.group
    }
    // Arabic counts 11 and up with a singular noun (15 عنصراً): English says "15 members". A list
    // of single people keeps its singulars ("a woman and a child", امرأة وطفلها).
    if let value = fact.value, value > 1, let who = fact.who, let last = who.split(separator: " ").last,
      let plural = briefer.rules.personPlurals[last.lowercased()],
      !["a", "an", "one", "his", "her", "their"].contains(who.split(separator: " ").dropLast().last?.lowercased() ?? "")
    {
      fact.who = who.dropLast(last.count) + plural
    }
    if fact.value == 1, let who = fact.who {
      // One person: "one SDF member", not "one SDF members".
      var words = who.split(separator: " ").map(String.init)
      if let index = words.firstIndex(where: { word in
        word.hasSuffix("s") && Self.memberWords.contains(String(word.lowercased().dropLast()))
      }) {
        words[index].removeLast()
        fact.who = words.joined(separator: " ")
      }
    }
    if fact.who == nil, !singularParts.isEmpty {
      // "استشهد جنديان": the noun itself is who (without its number, which the count says).
      fact.who = view.term(at: index)?.english
    }
    // Split by side: "قتل 4 من عناصر قسد و2 من مقاتلي الجيش الوطني" — the total, sides kept in who.
    if let value = fact.value, var whoEnd = whoEnd(view, from: end, segment: segment) {
      // An alias in quotes or brackets after the name: قوات سوريا الديمقراطية "قسد".
      while whoEnd < segment.upperBound,
        view.isQuote(whoEnd) || view.tokens[whoEnd].text == "("
          || view.tokens[whoEnd].text == ")"
          || (whoEnd > 0 && view.isQuote(whoEnd - 1) && whoEnd + 1 < segment.upperBound && view.isQuote(whoEnd + 1))
          || (whoEnd > 0 && view.tokens[whoEnd - 1].text == "(" && whoEnd + 1 < segment.upperBound
            && view.tokens[whoEnd + 1].text == ")")
      {
        whoEnd += 1
      }
      var next = whoEnd
      // A subset in commas between the two sides: "خمسة عناصر من قسد، بينهم قيادي ميداني، واثنان
      // من مقاتلي العشائر".
      if next + 1 < segment.upperBound, view.tokens[next].text == "،",
        briefer.rules.functionWords.contains(.sideSubset, view.tokens[next + 1].key),
        let close = ((next + 2)..<min(segment.upperBound, next + 8)).first(where: { view.tokens[$0].text == "،" }),
        close + 1 < segment.upperBound, view.tokens[close + 1].key.hasPrefix("و")
      {
        next = close + 1
        whoEnd = next
      }
      if next < segment.upperBound, view.tokens[next].key == "و" { next += 1 }
      let token = next < segment.upperBound ? view.tokens[next] : nil
      var second: Int? = nil
      var secondLength = 1
      // (A number word written with و is conjoined; واحد only starts with the letter: "عنصر واحد",
      // one member, is no second side.)
      let conjoined =
        whoEnd < view.tokens.count
        && (view.term(at: whoEnd)?.proclitics.first == "و"
          || view.tokens[whoEnd].key.hasPrefix("و") && Int(view.tokens[whoEnd].key.dropFirst()) != nil)
      if let number = view.numbers[next], conjoined || next > whoEnd {
        second = number.value
        secondLength = number.length
      } else if let token, token.key.hasPrefix("و"), let digits = Int(token.key.dropFirst()) {
        second = digits
      }
      // "١١ قتيلاً و٢٨ جريحاً": a number before another casualty word is that word's count, no side.
      let casualtyWordFollows = view.cue(at: next + secondLength)?.roles.contains(where: \.isCasualty) ?? false
      if let second, !casualtyWordFollows,
        let other = actorList(view, from: next + secondLength, within: 2, segment: segment, people: true)
      {
        fact.value = value + second
        fact.sides = [fact.group ?? fact.who ?? "", other.group]
        fact.who = "\(value) \(fact.who ?? "") and \(second) \(other.english)"
        fact.group = nil
      } else if fact.qualifier == nil, let person = view.term(at: whoEnd), whoEnd > end, isPerson(person),
        person.proclitics.first == "و", view.numbers[whoEnd] == nil
      {
        // One more person named after the group, without a number: "قتل 2 من عناصر الفصائل ومواطن".
        // (A plural headword, العسكريين "soldiers", counts no one more either.)
        let more = isDual(view.tokens[whoEnd], of: person) ? 2 : (person.plural || isPluralNoun(person.english) ? 0 : 1)
        if more > 0 {
          // "ومقاتل من مجلس منبج العسكري": the person with their group.
          let named = actorList(view, from: whoEnd, within: 0, segment: segment, people: true)
          let group = named.map { $0.range.upperBound > person.tokenRange.upperBound ? $0.group : person.english }
          fact.value = value + more
          fact.sides = [fact.group ?? fact.who ?? "", group ?? person.english]
          fact.who =
            "\(value) \(fact.who ?? "") and \(more == 2 ? "two" : "one") \(named?.english ?? person.english)"
          fact.group = nil
          fact.span = span(view, min(cue.range.lowerBound, index)..<person.tokenRange.upperBound)
        }
      }
    }
    let isWounded = cue.roles.contains { if case .wounded = $0 { true } else { false } }
    var reading = CountReading()
    if isWounded {
      reading.wounded = fact
    } else {
      reading.killed = fact
      if alsoWounded { reading.wounded = fact }
    }
    reading.alsoWounded = alsoWounded
    return reading
  }

  /// Two counts of the same segment: when they count different groups (لقي 11 حوثيا مصرعهم …
  /// فيما استشهد جنديان), the total with the sides kept; otherwise the first (a restatement).
  func combined(_ first: CountFact?, _ second: CountFact?) -> CountFact? {
    guard let first else { return second }
    // A toll that rose (قبل أن يرتفع عدد القتلى إلى ثلاثة) replaces the first count; one whose
    // number comes long after its toll word counts more than this event (حصيلة القتلى المدنيين في
    // محافظة إدلب خلال يوم واحد إلى أحد عشر: a day's total in a province). The people the first
    // named one by one (امرأة وطفلها) are not all of the new toll: it names no one then.
    if let second, second.isUpdate, let value = second.value, value > (first.value ?? 0),
      second.span.arabic.split(separator: " ").count <= 7
    {
      var update = second
      if first.who?.contains(" and ") == true {
        (update.who, update.group) = (nil, nil)
      } else if update.who == nil {
        (update.who, update.group) = (first.group, first.group)
      }
      return update
    }
    // A toll is never a second side to add.
    if second?.isUpdate == true { return first }
    // Only exact counts add up: an approximate or vague one (قرابة عشرة, آخرون) may already
    // include the other, and adding to it would state a number the article does not.
    guard let second, second.span != first.span, let whoA = first.who, let whoB = second.who, whoA != whoB,
      first.value != nil, second.value != nil, first.qualifier == nil, second.qualifier == nil
    else { return first }
    var total = first
    total.value = first.value! + second.value!
    total.vague = nil
    func part(_ count: CountFact, _ who: String) -> String { "\(count.value!) \(who)" }
    total.sides = (first.sides.isEmpty ? [first.group ?? whoA] : first.sides) + [second.group ?? whoB]
    total.who = part(first, whoA) + " and " + part(second, whoB)
    total.group = nil
    total.severity = first.severity ?? second.severity
    return total
  }

  /// People named without a number from token `index`: one for a singular noun, two for a dual,
  /// added up over nouns joined by و (ضابط وجنديين → 3, "an officer and two soldiers"); a number
  /// word repeating a dual (جنديين اثنين) is passed over.
  ///
  /// - Returns: the total (0 when none), the English of each, and where they end.
  func countPeople(_ view: SentenceView, from index: Int, until end: Int) -> (total: Int, parts: [String], end: Int) {
    var total = 0
    var parts: [String] = []
    var at = index
    while at < end, let noun = view.term(at: at), isPerson(noun), at == index || noun.proclitics.first == "و" {
      if isDual(view.tokens[at], of: noun) {
        total += 2
        parts.append("two " + noun.english)
      } else if markedDual(view.tokens[at]) || dualConstruct(view.tokens[at], of: noun) {
        // مسلحَين (the fatha marks the dual), طفليها (her two children).
        total += 2
        parts.append("two " + (noun.plural ? noun.english : noun.entry.englishPlural))
      } else if noun.plural || isPluralNoun(noun.english), at > index, noun.enclitic != nil,
        let number = view.numbers[noun.tokenRange.upperBound], number.value > 2,
        view.tokens[noun.tokenRange.upperBound].key.hasPrefix("ال")
      {
        // Coordinated plural with its number after it: وأطفالها الثلاثة (and her three children).
        total += number.value
        let pronoun = noun.enclitic.flatMap { Self.possessives[$0] }.map { $0 + " " } ?? ""
        parts.append(pronoun + "\(number.value) " + noun.entry.englishPlural)
        at = noun.tokenRange.upperBound + number.length
        continue
      } else if !noun.plural, !isPluralNoun(noun.entry.english) {
        // One person, also with a pronoun: مرافقه (his companion), والدتهما (their mother).
        var english = noun.enclitic == nil ? noun.english : noun.entry.english
        if english.hasSuffix(" of"), let first = english.split(separator: " ").first { english = String(first) }
        total += 1
        // "ووالدته": and his mother; "وطفلها": and her child.
        if at > index, let pronoun = noun.enclitic.flatMap({ Self.possessives[$0] }) {
          parts.append(pronoun + " " + english)
        } else {
          parts.append(english.first.map { "aeiou".contains($0) } == true ? "an " + english : "a " + english)
        }
      } else {
        break
      }
      at = noun.tokenRange.upperBound
      if !noun.plural, !isPluralNoun(noun.entry.english), at < end {
        // "عنصراً ثالثاً", "طفل آخر": a third one, another one.
        if briefer.rules.functionWords.contains(.another, view.tokens[at].key) {
          at += 1
        } else if noun.enclitic == nil, let owner = view.term(at: at), isPerson(owner),
          view.tokens[at].key.hasPrefix("ال"), owner.tokenRange.upperBound <= end
        {
          // "مرافق القيادي": the commander's bodyguard, one person.
          at = owner.tokenRange.upperBound
        }
      }
      // The rank after "officer with the rank of" (ضابط برتبة ملازم أول).
      if noun.english.hasSuffix(" of"), let rank = view.term(at: at), rank.entry.category == .title {
        at = rank.tokenRange.upperBound
      }
      if let number = view.numbers[at], number.value == 2, view.term(at: at)?.entry.category == .number {
        at += number.length
      }
      // "وأحد المارة": one of a group of people.
      if at + 1 < end, briefer.rules.functionWords.contains(.oneOfPeople, view.tokens[at].key),
        let group = view.term(at: at + 1),
        isPerson(group), group.plural || isPluralNoun(group.english)
      {
        total += 1
        parts.append("one of the " + group.english)
        at = group.tokenRange.upperBound
      }
    }
    return (total, parts, at)
  }

  /// English possessives of the enclitic pronouns on a person noun after the person it refers to.
  static let possessives: [String: String] = ["ه": "his", "ها": "her", "هما": "their", "هم": "their", "هن": "their"]

  /// A count qualifier that ends right before token `index`.
  func qualifierEnding(_ view: SentenceView, _ index: Int) -> String? {
    for cue in view.cues where cue.range.upperBound == index {
      for role in cue.roles { if case .qualifier(let english) = role { return english } }
    }
    return nil
  }

  // MARK: - Actors

  static let actorCategories: Set<GlossaryCategory> = [.actor, .organization]

  /// Whether a term names people (civilian, child, soldier, young man), by the head of its
  /// English (`glossaries/brief/people.tsv`), whatever its glossary category.
  func isPerson(_ term: GlossaryMatch) -> Bool {
    // Event nouns count as people when their English is a person noun (متظاهرين, محتجين).
    guard term.entry.partOfSpeech != "verb", ![.number, .time, .place].contains(term.entry.category) else {
      return false
    }
    let words = term.english.lowercased().split(separator: " ")
    // "officer with the rank of" (ضابط برتبة): the person is named first.
    let head = (words.last == "of" ? words.first : words.last).map(String.init) ?? ""
    return briefer.rules.personNouns.contains(head)
  }

  /// Whether people named in English ("one child", "three farmers") are civilians.
  /// A rank in a group as analysts write it: the group's name before the rank when it is a
  /// name ("ISIS commander", "Air Force Intelligence officer"), a generic group as an adjective
  /// ("opposition factions" → "opposition commander"), else "rank of group".
  static func rank(_ rank: String, in group: String) -> String {
    let words = group.split(separator: " ")
    let former = rank.hasPrefix("former ") ? "former " : ""
    // A rank is lower case when no name follows it: "an Air Force Intelligence colonel".
    let title = rank.dropFirst(former.count).lowercased()
    guard !group.contains(" of "), !title.contains(" of "), let first = words.first, words.count <= 4 else {
      return "\(rank) of \(group)"
    }
    if first.first?.isUppercase == true { return "\(former)\(group) \(title)" }
    if words.count == 2, ["factions", "forces", "groups", "militias"].contains(words[1]) {
      return "\(former)\(words[0]) \(title)"
    }
    return "\(rank) of \(group)"
  }

  /// Who fired, in `segment`: the actor after برصاص, or between a word of firing and النار or
  /// الرصاص (إطلاق القوات الإسرائيلية النار على محتجين, أطلقت قوة إسرائيلية متمركزة على تلة الرصاص).
  ///
  /// - Complexity: O(*n*) in the segment's length.
  func shooter(_ view: SentenceView, _ segment: Range<Int>) -> ActorFact? {
    let functionWords = briefer.rules.functionWords
    for index in segment where index + 1 < segment.upperBound {
      let key = view.tokens[index].key
      let byBullets = functionWords.contains(.byBullets, key)
      guard byBullets || functionWords.contains(.openedFire, key),
        let actor = actorList(view, from: index + 1, within: 0, segment: segment, military: true)
      else { continue }
      let fired =
        byBullets
        || (actor.range.upperBound..<min(segment.upperBound, actor.range.upperBound + 6)).first { at in
          view.isBoundary(at) || ["النار", "الرصاص"].contains(view.tokens[at].key)
        }.map { !view.isBoundary($0) } ?? false
      if fired { return ActorFact(actor.english, span: span(view, actor.range)) }
    }
    return nil
  }

  /// Words for people that say nothing of who they are.
  static let genericPeople: Set<String> = ["people", "persons", "person", "individuals"]

  /// Whether every part of a list of people ("a woman and two children") names civilians.
  func allCivilians(_ english: String) -> Bool {
    english.split(separator: " ").split(separator: "and").allSatisfy { part in
      !part.isEmpty && isCivilian(part.joined(separator: " "))
    }
  }

  func isCivilian(_ english: String) -> Bool {
    // A listed phrase decides before its head noun (a "wanted man" is not a civilian).
    if briefer.rules.personNouns.contains(english.lowercased()) {
      return briefer.rules.civilianNouns.contains(english.lowercased())
    }
    // "12 wanted men": the phrase after the number.
    let words = english.lowercased().split(separator: " ")
    if let first = words.first, first.allSatisfy(\.isNumber), words.count > 1 {
      return isCivilian(words.dropFirst().joined(separator: " "))
    }
    let head = words.last.map(String.init) ?? ""
    return briefer.rules.civilianNouns.contains(head)
  }

  /// Where the victims' group after a count ends (for a second count after it).
  func whoEnd(_ view: SentenceView, from index: Int, segment: Range<Int>) -> Int? {
    guard let group = actorList(view, from: index, within: 3, segment: segment, people: true) else { return nil }
    return allegianceEnd(view, after: group.range.upperBound, segment: segment)
  }

  /// Where a group's allegiance after `end` ends (عنصر في فرع "الأمن العسكري" التابع للنظام السوري
  /// ومدني, عناصر من فصائل المعارضة الموالية لتركيا ومقاتل), or `end` past its closing quotes.
  func allegianceEnd(_ view: SentenceView, after groupEnd: Int, segment: Range<Int>) -> Int {
    var end = groupEnd
    while end < segment.upperBound, view.isQuote(end) { end += 1 }
    if let link = view.cue(at: end), link.roles.contains(.affiliation),
      let owner = actorList(view, from: link.range.upperBound, within: 0, segment: segment, military: true)
    {
      end = owner.range.upperBound
    } else if end + 1 < segment.upperBound, briefer.rules.placeWords.patron.contains(view.tokens[end].key) {
      let owner = end + 1 + (view.tokens[end + 1].key == "من" ? 1 : 0)
      if let place = view.place(at: owner) {
        end = place.range.upperBound
      } else if let name = view.term(at: owner) {
        end = name.tokenRange.upperBound
      }
    }
    return end
  }

  /// Nouns for members or parts of a group: "عناصر تنظيم داعش" → "ISIS members", "وحدات من
  /// الجيش" → "units of the Syrian army" ("units" is the glossary's plural-only entry).
  static let memberWords: Set<String> = [
    "member", "fighter", "personnel", "militant", "soldier", "element", "affiliate", "recruit", "person", "cell",
    "terrorist", "jihadist", "gunman", "operative", "force", "units", "remnants",
  ]

  /// Whether a doer is one word of the set `nameless-doer` (a rank or a unit with no name:
  /// قيادي, الفرقة), "former" aside: it names nobody.
  func namesNobody(_ doer: ActorFact) -> Bool {
    var words = doer.english.split(separator: " ")
    if words.first == "former" { words.removeFirst() }
    guard words.count == 1, words[0].first?.isLowercase == true,
      let first = doer.span.arabic.split(separator: " ").first
    else { return false }
    let key = Gazetteer.articleLess(ArabicNormalizer.matching.normalize(String(first)))
    return briefer.rules.functionWords.contains(.namelessDoer, key)
  }

  /// Whether an actor term's English is a source of news ("military source", "local sources").
  static func isSource(_ english: String) -> Bool {
    english.hasSuffix(" source") || english.hasSuffix(" sources")
  }

  /// Member nouns that say the members are armed: alone, they still name a kind of doer.
  static let armedMemberWords: Set<String> = ["terrorist", "militant", "jihadist", "gunman"]

  /// Whether English names only a member noun, singular or plural ("member", "fighters"): it names
  /// nobody's group.
  static func isMemberNoun(_ english: String) -> Bool {
    let lower = english.lowercased()
    return memberWords.contains(lower) || memberWords.contains(String(lower.dropLast()))
  }

  /// A list of actors starting within `within` tokens of `index`: "قوات النظام والميليشيات
  /// الموالية له" → "regime forces and allied militias"; "عنصرا من قوات النظام" → "members of
  /// regime forces".
  func actorList(
    _ view: SentenceView, from index: Int, within: Int, segment: Range<Int>, military: Bool = false,
    people: Bool = false
  ) -> (english: String, range: Range<Int>, group: String)? {
    // A source (مصدر عسكري, مصادر محلية) tells of the event; it never does it.
    func isActor(_ term: GlossaryMatch) -> Bool {
      (Self.actorCategories.contains(term.entry.category) || (military && term.entry.category == .military))
        && (!military || canAct(term, view)) && !Self.isSource(term.entry.english)
        || (people && isPerson(term))
    }
    var start = index
    var first: GlossaryMatch? = nil
    // Quotation marks do not count as words between (جهاز "الأمن العام").
    var quotes = 0
    while start < min(segment.upperBound, index + within + 1 + quotes) {
      if let term = view.term(at: start), isActor(term) {
        first = term
        break
      }
      if let group = quotedGroup(view, at: start, segment: segment) {
        return (group.english, group.range, group.english)
      }
      if view.isQuote(start) {
        quotes += 1
        start += 1
        continue
      }
      // "ثلاثة عمال بينهم امرأة": what follows بينهم is a subset, not the group.
      if view.isBoundary(start) || view.place(at: start) != nil
        || briefer.rules.functionWords.contains(.listSubset, view.tokens[start].key)
      {
        return nil
      }
      start += 1
    }
    guard var term = first else { return nil }
    var names: [String] = []
    var end = term.tokenRange.upperBound
    var head: String? = nil
    // People linked to a group: "متهمين بالانتماء إلى داعش" → "accused linked to ISIS".
    if people, isPerson(term), !Self.actorCategories.contains(term.entry.category) || term.entry.category == .actor,
      let link = view.cue(at: term.tokenRange.upperBound), link.roles.contains(.affiliation),
      let group = actorList(view, from: link.range.upperBound, within: 1, segment: segment)
    {
      return ("\(term.english) linked to \(group.english)", start..<group.range.upperBound, group.group)
    }
    // A rank in a group: "القيادي الميداني في حزب الله" → field commander of Hezbollah.
    // Also a former one: "عقيد سابق في المخابرات الجوية".
    let formerAt = term.tokenRange.upperBound
    let former =
      formerAt < segment.upperBound && briefer.rules.functionWords.contains(.former, view.tokens[formerAt].key) ? 1 : 0
    if people, isPerson(term), !Self.memberWords.contains(term.entry.english.lowercased()),
      term.tokenRange.upperBound + former < segment.upperBound,
      view.tokens[term.tokenRange.upperBound + former].key == "في",
      let group = actorList(view, from: term.tokenRange.upperBound + former + 1, within: 1, segment: segment),
      !isPerson(view.term(at: group.range.lowerBound)!), view.place(at: group.range.lowerBound) == nil
    {
      let end = withQuotedName(view, group.range, english: group.english, segment: segment).upperBound
      return ("\(former == 1 ? "former " : "")\(Self.rank(term.english, in: group.english))", start..<end, group.group)
    }
    // A member noun first: "عنصرا من قوات النظام", "عناصر تنظيم داعش", "أفراد قوات النظام".
    let singular = term.entry.english.lowercased()
    if Self.memberWords.contains(singular) {
      // After a number the Arabic noun is singular (30 عنصرا); the English counts in plural. A
      // singular with no number is one (خلية تابعة لتنظيم داعش → ISIS cell).
      let counted = (max(segment.lowerBound, start - 3)..<start).contains { view.numbers[$0] != nil }
      head =
        !counted && !term.plural && term.enclitic == nil && start == index
        ? term.english
        : term.entry.plural
          ?? (term.english.hasSuffix("s") || term.english.hasSuffix("nel") ? term.english : term.english + "s")
      var next = end
      // A dual or singular stressed by its number word: "عنصرين اثنين من", "منتسبَين اثنين في".
      if next < segment.upperBound, let number = view.numbers[next], number.value <= 2,
        view.term(at: next)?.entry.category == .number
      {
        next += number.length
      }
      if next < segment.upperBound, briefer.rules.functionWords.contains(.memberOf, view.tokens[next].key) {
        next += 1
        // "عنصر في صفوف قسد", "عنصر في فرع الأمن العسكري": the ranks or branch of the group.
        // A branch the glossary names whole (فرع "الأمن العسكري") is the group itself.
        if next < segment.upperBound, briefer.rules.functionWords.contains(.ranks, view.tokens[next].key),
          !(view.term(at: next).map { Self.actorCategories.contains($0.entry.category) } ?? false)
        {
          next += 1
        }
      } else if let link = view.cue(at: next), link.roles.contains(.affiliation) {
        next = link.range.upperBound  // خلايا تابعة لتنظيم داعش
      }
      // Members of a group the glossary does not know, named in quotes: مقاتلو «تجمع العزة».
      if let group = quotedGroup(view, at: next, segment: segment) {
        return ("\(head ?? term.english) of \(group.english)", start..<group.range.upperBound, group.english)
      }
      while next < segment.upperBound, view.isQuote(next) { next += 1 }  // من "قوات سوريا الديمقراطية"
      // Members of a group's post: "عناصر حاجز للفرقة الرابعة". Not after a plural or dual with
      // its ن, which no construct follows: مسلحون حاجزاً لقسد is gunmen and the SDF's checkpoint.
      let keepsNun = term.enclitic == nil && ["ون", "ين"].contains { view.tokens[end - 1].key.hasSuffix($0) }
      if next == end, !keepsNun, let post = view.term(at: next), post.entry.category == .military, !canAct(post, view),
        let owner = view.term(at: post.tokenRange.upperBound), owner.proclitics == ["ل"],
        Self.actorCategories.contains(owner.entry.category)
      {
        next = post.tokenRange.upperBound
      }
      // Also a force before its name: "عناصر من قوات الأسايش".
      guard let following = view.term(at: next),
        Self.actorCategories.contains(following.entry.category)
          || (following.entry.category == .military && canAct(following, view)
            && view.term(at: following.tokenRange.upperBound).map { Self.actorCategories.contains($0.entry.category) }
              == true)
      else {
        return (term.english, term.tokenRange.lowerBound..<end, term.english)
      }
      // Members of a group's cell (عناصر في خلية تابعة لتنظيم داعش, خلية لتنظيم داعش): "ISIS cell
      // members", the cell read as it is alone.
      if following.entry.english.lowercased() == "cell",
        let cell = actorList(view, from: following.tokenRange.lowerBound, within: 0, segment: segment),
        cell.range.upperBound > following.tokenRange.upperBound
      {
        return (head.map { "\(cell.english) \($0)" } ?? cell.english, start..<cell.range.upperBound, cell.group)
      }
      term = following
      end = following.tokenRange.upperBound
    }
    // A generic group noun before a name, in idafa: عصابات داعش → ISIS gangs, خلايا التنظيم; also
    // before a quoted name (فصيل "فرقة الحمزة").
    var nameAt = end
    while nameAt < min(segment.upperBound, end + 2), view.isQuote(nameAt) { nameAt += 1 }
    if nameAt > end, term.english.first?.isLowercase == true, view.term(at: nameAt)?.english.first?.isUppercase == true
    {
      end = nameAt
    }
    if term.english.first?.isLowercase == true, let name = view.term(at: end),
      Self.actorCategories.contains(name.entry.category), name.proclitics.isEmpty,
      name.english.first?.isUppercase == true
    {
      // (تنظيم, "organization", adds nothing to the name it opens: تنظيم "جبهة النصرة" → Nusra Front.)
      names.append(
        Self.organizationWords.contains(term.entry.arabic) ? name.english : name.english + " " + term.english)
      end = appendCoordinated(view, from: name.tokenRange.upperBound, segment: segment, to: &names)
      let list = Self.joined(names)
      return (head.map { "\($0) of \(list)" } ?? list, start..<end, list)
    }
    // A nationality adjective after the name: مسيرة إسرائيلية → Israeli drone.
    // Not a direction starting a place (مجهولين غربي درعا: west of Daraa).
    if let adjective = view.term(at: end), adjective.entry.category == .place, adjective.entry.partOfSpeech == "adj",
      adjective.proclitics.isEmpty, adjective.english.first?.isUppercase == true, view.place(at: end) == nil
    {
      names.append(adjective.english + " " + actorEnglish(term, after: nil))
      end = adjective.tokenRange.upperBound
    } else {
      names.append(actorEnglish(term, after: nil))
    }
    end = appendCoordinated(view, from: end, segment: segment, to: &names)
    let list = Self.joined(names)
    let english: String
    if let head {
      // "ISIS members", "ISIS cell" (a one-word name before its unit); "members of regime forces".
      english = names.count == 1 && !list.contains(" ") ? "\(list) \(head)" : "\(head) of \(list)"
    } else {
      english = list
    }
    return (english, start..<end, list)
  }

  /// English heads of military terms that can act (forces, aircraft, artillery), as opposed to
  /// military objects (positions, checkpoints, posts).
  static let actingMilitary = [
    "forces", "force", "army", "warplane", "aircraft", "jet", "drone", "helicopter", "artillery", "navy", "troops",
    "units", "brigade", "division", "battalion", "regiment", "police", "guard", "coalition", "fighter", "gunboat",
    "tank",
  ]

  /// Whether a term may be the doer: an actor or organization, or a military force (not an object
  /// and not the event word itself).
  func canAct(_ term: GlossaryMatch, _ view: SentenceView) -> Bool {
    if term.entry.category == .military {
      let english = term.english.lowercased()
      return Self.actingMilitary.contains { english.hasSuffix($0) || english.hasSuffix($0 + "s") }
    }
    // An event word inside a common noun (عصابة خطف, a kidnapping gang) makes it no actor that
    // acts; a name keeps its words (هيئة تحرير الشام).
    let isName = term.entry.partOfSpeech == "noun_prop" || term.english.first?.isUppercase == true
    if !isName,
      view.cues.contains(where: { cue in
        cue.range.overlaps(term.tokenRange) && cue.roles.contains(where: \.isEvent)
      })
    {
      return false
    }
    return Self.actorCategories.contains(term.entry.category)
  }

  /// Appends the actors coordinated with و from token `index` on ("والميليشيات الموالية له");
  /// returns where they end.
  func appendCoordinated(_ view: SentenceView, from index: Int, segment: Range<Int>, to names: inout [String]) -> Int {
    var end = index
    while end < segment.upperBound, let following = view.term(at: end),
      Self.actorCategories.contains(following.entry.category), following.proclitics.first == "و"
    {
      if Self.memberWords.contains(following.entry.english.lowercased()) {
        // "ومقاتل من مجلس منبج العسكري": one more person, counted apart, not a group of the list.
        guard following.plural,
          let members = actorList(view, from: end, within: 0, segment: segment, people: true),
          members.range.upperBound > following.tokenRange.upperBound
        else { break }
        // "قوات النظام وعناصر الدفاع الوطني": the members with their group.
        names.append(members.english)
        end = members.range.upperBound
        continue
      }
      names.append(actorEnglish(following, after: names.last))
      end = following.tokenRange.upperBound
    }
    return end
  }

  /// An actor's English; "militias loyal to it" after another actor becomes "allied militias".
  func actorEnglish(_ term: GlossaryMatch, after previous: String?) -> String {
    var english = term.english
    if let organization, Self.organizationWords.contains(term.entry.arabic) { english = organization }
    // "officer with the rank of" (ضابط برتبة, the rank follows): the person.
    if english.hasSuffix(" of"), let first = english.split(separator: " ").first { english = String(first) }
    for suffix in [" loyal to it", " loyal to them", " loyal to her", " affiliated with it", " affiliated with them"]
    where english.hasSuffix(suffix) {
      english = "allied " + english.dropLast(suffix.count)
    }
    return english
  }

  /// The glossary entries of the word an article names an organization with, with and without
  /// the article (التنظيم, تنظيم): the organization it names, when ``namedOrganization(_:)`` finds
  /// one.
  static let organizationWords: Set<String> = ["التنظيم", "تنظيم"]

  /// The organization an article names with تنظيم (تنظيم «حراس الدين»), when it is not ISIS and
  /// the article never names ISIS: what "التنظيم" (the organization) then refers to. Glossary
  /// readings of التنظيم alone as ISIS hold for the many articles about ISIS only.
  static func namedOrganization(_ views: [SentenceView]) -> String? {
    var named: String? = nil
    for view in views {
      for term in view.terms where term.entry.english == "ISIS" && term.entry.arabic != "التنظيم" { return nil }
      for index in view.tokens.indices where view.tokens[index].key == "تنظيم" {
        var next = index + 1
        while next < view.tokens.count, view.isQuote(next) { next += 1 }
        // The name after the word, or the glossary's whole "تنظيم «حراس الدين»".
        let whole = view.term(at: index).flatMap { $0.tokenRange.count > 1 ? $0 : nil }
        if named == nil, let term = whole ?? view.term(at: next),
          [.actor, .organization].contains(term.entry.category),
          !Self.organizationWords.contains(term.entry.arabic)
        {
          named = term.english
        }
      }
    }
    return named
  }

  static func joined(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    case 2: return items[0] + " and " + items[1]
    default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
  }

  /// The doer: after a doer cue (هجوم شنه X), a verb's subject (نفذت الطائرات الروسية …), or an
  /// actor before the verb; with a hedge (يعتقد أنهم تابعون لـ X) or "unidentified".
  func doer(_ view: SentenceView, _ segment: Range<Int>, trigger: SentenceView.Cue?, type: EventType?) -> (
    fact: ActorFact, range: Range<Int>
  )? {
    var found: (english: String, range: Range<Int>, group: String)? = nil
    // A claim names the doer: "تبنى تنظيم داعش … إعدام سائق".
    if let (cue, _) = view.firstCue(in: segment, where: { $0 == .claim }) {
      found = actorList(view, from: cue.range.upperBound, within: 1, segment: segment)
      // Or before it, in a headline's order: "داعش يتبنى هجوماً".
      if found == nil, cue.range.lowerBound > segment.lowerBound,
        let actor = actorList(
          view, from: max(segment.lowerBound, cue.range.lowerBound - 3), within: 2,
          segment: segment.lowerBound..<cue.range.lowerBound),
        actor.range.upperBound == cue.range.lowerBound
      {
        found = actor
      }
    }
    // A doer word of the event itself: within a few words after its trigger (هجوم شنه X), not
    // one of another verb further on (… بعد إدانته من قبل المحكمة).
    let doerWindow =
      trigger.map { trigger in
        var end = trigger.range.upperBound
        while end < min(segment.upperBound, trigger.range.upperBound + 8),
          !briefer.rules.functionWords.contains(.clauseEnd, view.tokens[end].key)
        {
          end += 1
        }
        return trigger.range.upperBound..<end
      } ?? segment
    if found == nil, let (cue, _) = view.firstCue(in: doerWindow, where: { $0 == .doer }) {
      found = doerAfter(view, cue, segment)
    }
    // Clashes between two sides: اشتباكات بين قسد والجيش الوطني — the first side.
    if found == nil, type == .armedClash, let between = clashSides(view, segment) {
      found = between.first
    }
    if found == nil, let trigger,
      trigger.roles.contains(where: { if case .event(_, _, _, false) = $0 { true } else { false } }),
      !(view.term(at: trigger.range.lowerBound).map { $0.entry.category == .military && canAct($0, view) } ?? false)
    {
      // A nationality adjective on the event noun names the state's forces as the doer (before
      // any other verb's subject: غارات جوية إسرائيلية … تستخدمه ميليشيات):
      // قصف مدفعي إسرائيلي → Israeli forces, غارات جوية روسية → Russian aircraft.
      var at = trigger.range.upperBound
      if let adjective = view.term(at: at), adjective.entry.partOfSpeech == "adj", adjective.entry.category != .place {
        at = adjective.tokenRange.upperBound  // مدفعي, جوية
      }
      if let nationality = view.term(at: at), nationality.entry.category == .place,
        nationality.entry.partOfSpeech == "adj", nationality.proclitics.isEmpty,
        nationality.english.first?.isUppercase == true
      {
        // (A drone's strike, one glossary term around the trigger, names the drone: قصف مسيّرة
        // إسرائيلية → Israeli drone.)
        let drone =
          view.termCovering[trigger.range.lowerBound].map { view.terms[$0].english.contains("drone") } ?? false
        let forces = type == .airStrike ? (drone ? "drone" : "aircraft") : "forces"
        found = ("\(nationality.english) \(forces)", nationality.tokenRange, "\(nationality.english) \(forces)")
      }
    }
    if found == nil {
      // Verb then subject (VSO).
      for cue in view.cues where segment.contains(cue.range.lowerBound) {
        let isActiveVerb = cue.roles.contains { role in
          switch role {
          case .event(_, _, _, let isVerb): return isVerb
          case .act(_, let only): return only == nil || only == type
          case .detail("used", _): return true
          default: return false
          }
        }
        // A killing verb read as active when an armed actor, not the people counted, follows it:
        // "قتلت قوات النظام خمسة مدنيين", "قضت وحدات من الجيش على 7 إرهابيين" (but "قتل عنصران").
        let isKillingVerb = cue.roles.contains { if case .killed(true) = $0 { true } else { false } }
        if isKillingVerb, !isActiveVerb {
          let isUnitOf =
            view.term(at: cue.range.upperBound).map {
              $0.entry.category == .military && $0.tokenRange.upperBound < segment.upperBound
                && view.tokens[$0.tokenRange.upperBound].key == "من"
            } ?? false
          if !isUnitOf, killingSubject(view, cue, segment) != nil,
            let actor = actorList(view, from: cue.range.upperBound, within: 0, segment: segment, military: true)
          {
            found = actor
            break
          }
          if let unit = view.term(at: cue.range.upperBound), unit.entry.category == .military,
            cue.range.upperBound + 1 < segment.upperBound, view.tokens[unit.tokenRange.upperBound].key == "من",
            let actor = actorList(
              view, from: unit.tokenRange.upperBound + 1, within: 0, segment: segment, military: true)
          {
            found = (actor.english, unit.tokenRange.lowerBound..<actor.range.upperBound, actor.group)
            break
          }
          continue
        }
        guard isActiveVerb, !cue.roles.contains(.target) || cue.roles.count > 1 else { continue }
        // A verb in a relative clause on another kind of event (العمليات العسكرية التي تشنها القوات
        // الجنوبية, in a bombing's report) tells that event's doer, not this one's.
        if cue.range.lowerBound >= segment.lowerBound + 2,
          briefer.rules.functionWords.contains(.relative, view.tokens[cue.range.lowerBound - 1].key),
          let antecedent = view.cues.last(where: {
            $0.range.upperBound <= cue.range.lowerBound - 1 && $0.range.upperBound >= cue.range.lowerBound - 3
          }),
          antecedent.roles.contains(where: { if case .event(let other, _, _, _) = $0 { other != type } else { false } })
        {
          continue
        }
        // "عبوة ناسفة استهدفت دورية للجيش": the subject came first; what follows is the object.
        if cue.roles.contains(.target), cue.range.lowerBound > segment.lowerBound,
          let subject = view.termCovering[cue.range.lowerBound - 1].map({ view.terms[$0] }),
          [.weapon, .event].contains(subject.entry.category)
        {
          continue
        }
        // After a preposition comes the object, not the subject (ألقت القبض على خلية …).
        if cue.range.upperBound < segment.upperBound,
          briefer.rules.functionWords.contains(.objectPreposition, view.tokens[cue.range.upperBound].key)
        {
          continue
        }
        // A subject takes no preposition: لداعش after the verb is whose the object is (تعتقل
        // "والياً" لداعش), not who acts.
        if let actor = actorList(view, from: cue.range.upperBound, within: 1, segment: segment, military: true),
          view.term(at: actor.range.lowerBound).map({ !["ل", "ب"].contains($0.proclitics.last ?? "") }) ?? true
        {
          found = actor
          break
        }
        // A unit of an actor as subject: "اعتقلت دورية تابعة لفرع المخابرات الجوية", "وحدات من الجيش".
        if let unit = view.term(at: cue.range.upperBound), unit.entry.category == .military || isPerson(unit) {
          var index = unit.tokenRange.upperBound
          if let link = view.cue(at: index), link.roles.contains(.affiliation) {
            index = link.range.upperBound
          } else if index < segment.upperBound, view.tokens[index].key == "من" {
            index += 1
          } else {
            continue
          }
          if let actor = actorList(view, from: index, within: 0, segment: segment, military: true) {
            found = (actor.english, unit.tokenRange.lowerBound..<actor.range.upperBound, actor.group)
            break
          }
        }
      }
    }
    // A doer word further from the event word, when no verb's subject named the doer ("أُلقي
    // القبض … على ضابط …، وذلك من قبل دورية تابعة لإدارة الأمن العام").
    if found == nil, trigger != nil, let (cue, _) = view.firstCue(in: segment, where: { $0 == .doer }) {
      found = doerAfter(view, cue, segment)
    }
    if found == nil,
      let firstVerb = view.cues.first(where: { cue in
        segment.contains(cue.range.lowerBound)
          && cue.roles.contains { role in
            switch role {
            case .event(_, _, _, let isVerb): return isVerb
            case .act(_, let only): return only == nil || only == type
            case .detail("used", _): return true
            default: return false
            }
          }
      })
    {
      // Subject then verb (SVO), after any attribution ("قال المراسل إن …").
      var from = segment.lowerBound
      if let (attribution, _) = view.firstCue(
        in: segment, where: { if case .attribution = $0 { true } else { false } }),
        attribution.range.lowerBound < firstVerb.range.lowerBound
      {
        from = attribution.range.upperBound
        while from < firstVerb.range.lowerBound, !briefer.rules.functionWords.contains(.that, view.tokens[from].key) {
          from += 1
        }
      }
      // The subject of a clause after "that" follows it (ووفقاً لمصادر المرصد، فإن الشقيقين قُتلا:
      // the Observatory is the source, not the subject); not the "that" of a hedge on the subject
      // before it (خلية يُعتقد أنها تابعة لداعش تعدم …). A hedge before the clause (رجّحت المصادر
      // أن تكون خلايا داعش من زرعت العبوة) makes its subject a suspect.
      func isHedge(_ cue: SentenceView.Cue) -> Bool {
        cue.roles.contains(where: { if case .hedge = $0 { true } else { false } })
      }
      var suspect = false
      if let that = (from..<firstVerb.range.lowerBound).last(where: {
        briefer.rules.functionWords.contains(.that, view.tokens[$0].key)
      }), !view.cues.contains(where: { ($0.range.contains(that) || $0.range.upperBound == that) && isHedge($0) }) {
        suspect = view.cues.contains {
          segment.contains($0.range.lowerBound) && $0.range.upperBound <= that && isHedge($0)
        }
        from = that + 1
      }
      if from < firstVerb.range.lowerBound,
        var actor = actorList(view, from: from, within: 2, segment: from..<firstVerb.range.lowerBound, military: true),
        actor.range.upperBound <= firstVerb.range.lowerBound,
        !isCounted(view, actor.range.lowerBound)
      {
        if suspect { actor.english = "suspected " + actor.english }
        found = actor
      }
    }
    if found == nil, let type, ![.arrest, .abduction, .execution].contains(type) {
      // An event noun with its doer in idafa: هجوم داعش, قصف قوات النظام, استهداف مسيرة تركية.
      // Also an attack noun with a more specific type: "جراء اعتداء التنظيمات الإرهابية بالقذائف".
      for cue in view.cues
      where segment.contains(cue.range.lowerBound)
        && cue.roles.contains(where: {
          if case .event(let other, _, _, false) = $0 {
            // An attack noun names the doer of any violent event: "استهداف قوات النظام بطائرة
            // مسيرة" (an air strike), "اعتداء التنظيمات الإرهابية بالقذائف" (shelling).
            other == type || (other == .attack && type != .protest)
          } else {
            false
          }
        })
      {
        if let actor = actorList(view, from: cue.range.upperBound, within: 0, segment: segment, military: true) {
          found = actor
          break
        }
        // With لـ after the noun and its adjectives: "قصف مدفعي وصاروخي لقوات النظام".
        var at = cue.range.upperBound
        while at < min(segment.upperBound, cue.range.upperBound + 3) {
          if let covering = view.termCovering[at], covering == view.termCovering[cue.range.lowerBound] {
            at += 1  // the event word's own term goes on (هجوم واسع)
          } else if let adjective = view.term(at: at), adjective.entry.partOfSpeech == "adj",
            adjective.entry.category != .place
          {
            at = adjective.tokenRange.upperBound
          } else if view.term(at: at) == nil, view.tokens[at].kind == .word,
            ["ي", "يه"].contains(where: { view.tokens[at].key.hasSuffix($0) })
          {
            at += 1  // a nisba adjective the glossary lacks: وصاروخي
          } else {
            break
          }
        }
        if let actor = view.term(at: at), actor.proclitics == ["ل"], canAct(actor, view),
          let reading = actorList(view, from: at, within: 0, segment: segment, military: true)
        {
          found = reading
          break
        }
      }
    }
    if found == nil, let trigger, let term = view.term(at: trigger.range.lowerBound), term.entry.category == .military,
      canAct(term, view)
    {
      // The event word is the doer itself: "شنت مسيرة إسرائيلية غارة", "مسيرة تركية"; or its
      // owner after لـ: "طائرة انتحارية لقوات النظام".
      if let owner = view.term(at: term.tokenRange.upperBound), owner.proclitics == ["ل"], canAct(owner, view),
        let reading = actorList(view, from: term.tokenRange.upperBound, within: 0, segment: segment, military: true)
      {
        found = reading
      } else {
        found = actorList(view, from: trigger.range.lowerBound, within: 0, segment: segment, military: true)
      }
    }
    if found == nil, let trigger,
      let (cue, _) = view.firstCue(
        in: segment.lowerBound..<trigger.range.lowerBound, where: { $0 == .attribution("announced") })
    {
      // "أعلن جهاز الأمن الوطني القبض على …": who announces its own operation did it (not a
      // source reporting someone else's).
      if let announcer = actorList(view, from: cue.range.upperBound, within: 1, segment: segment, military: true),
        !["source", "media", "correspondent", "activist", "observatory", "agency"].contains(where: {
          announcer.english.lowercased().contains($0)
        })
      {
        found = announcer
      }
    }
    // Killed or wounded "by the bullets of" someone (برصاص مسلحين مجهولين, برصاص قوات النظام).
    if found == nil,
      let at = segment.first(where: { briefer.rules.functionWords.contains(.byBullets, view.tokens[$0].key) })
    {
      if let actor = actorList(view, from: at + 1, within: 0, segment: segment, military: true) {
        found = actor
      } else if let fire = view.term(at: at), fire.tokenRange.count > 1,
        let link = view.cue(at: fire.tokenRange.upperBound), link.roles.contains(.affiliation),
        let owner = actorList(view, from: link.range.upperBound, within: 0, segment: segment, military: true)
      {
        // Sniper fire of a group: برصاص قناص تابع لقوات النظام.
        found = (owner.english, (at + 1)..<owner.range.upperBound, owner.group)
      }
    }
    guard var found else { return nil }
    found.range = withQuotedName(view, found.range, english: found.english, segment: segment)
    var fact = ActorFact(found.english, span: span(view, found.range))
    // A hedge within the next words: "، يُعتقد أنهم تابعون لتنظيم داعش".
    let window = found.range.upperBound..<min(segment.upperBound, found.range.upperBound + 6)
    if let (cue, role) = view.firstCue(in: window, where: { if case .hedge = $0 { true } else { false } }),
      case .hedge(let english) = role
    {
      var from = cue.range.upperBound
      if let affiliation = view.cue(at: from), affiliation.roles.contains(.affiliation) {
        from = affiliation.range.upperBound
      }
      if let hedged = actorList(view, from: from, within: 1, segment: segment) {
        let end = withQuotedName(view, hedged.range, english: hedged.english, segment: segment).upperBound
        fact.hedge = english
        fact.hedgedActor = hedged.english
        fact.span = span(view, found.range.lowerBound..<end)
        return (fact, found.range.lowerBound..<end)
      }
    }
    return (fact, found.range)
  }

  /// Members named by a member word alone and a hedged group after it: "خلية يُشتبه بانتمائها
  /// لتنظيم الدولة" → "suspected ISIS cell", "مسلحين يعتقد أنهم من داعش" → "gunmen believed to
  /// be ISIS".
  func hedgedMembers(
    _ view: SentenceView, _ actor: (english: String, range: Range<Int>, group: String), segment: Range<Int>
  ) -> (String, Range<Int>)? {
    guard Self.isMemberNoun(actor.group) else { return nil }
    let window = actor.range.upperBound..<min(segment.upperBound, actor.range.upperBound + 3)
    guard let (cue, role) = view.firstCue(in: window, where: { if case .hedge = $0 { true } else { false } }),
      case .hedge(let hedge) = role
    else { return nil }
    var from = cue.range.upperBound
    if let affiliation = view.cue(at: from), affiliation.roles.contains(.affiliation) {
      from = affiliation.range.upperBound
    }
    while from < segment.upperBound, view.isQuote(from) { from += 1 }
    guard let group = actorList(view, from: from, within: 1, segment: segment) else { return nil }
    let end = withQuotedName(view, group.range, english: group.english, segment: segment).upperBound
    let english =
      hedge == "suspected"
      ? "suspected \(group.english) \(actor.english)" : "\(actor.english) \(hedge) \(group.english)"
    return (english, actor.range.lowerBound..<end)
  }

  /// A quoted name of an armed group the glossary does not know, opening with a class noun
  /// («تجمع العزة», "لواء الفرقان"): its press spelling by the rules (Tajammu al-Izza, Liwa
  /// al-Furqan), as analysts write such names, and its range with the quotes.
  ///
  /// - Complexity: O(1): a name of at most five words.
  func quotedGroup(_ view: SentenceView, at index: Int, segment: Range<Int>) -> (english: String, range: Range<Int>)? {
    let first = index + 1
    guard view.isQuote(index), first + 1 < segment.upperBound,
      briefer.rules.functionWords.contains(.groupClass, Gazetteer.articleLess(view.tokens[first].key)),
      let close = ((first + 1)..<min(segment.upperBound, first + 6)).first(where: { view.isQuote($0) }),
      close > first + 1
    else { return nil }
    // Words only, none the glossary reads as an actor or a place (those name the group already).
    for at in first..<close {
      guard view.tokens[at].kind == .word, view.place(at: at) == nil else { return nil }
      if let term = view.termCovering[at].map({ view.terms[$0] }),
        Self.actorCategories.contains(term.entry.category) || term.entry.category == .place
      {
        return nil
      }
    }
    guard let english = ruleSpelling((first..<close).map { view.tokens[$0].key }.joined(separator: " ")),
      !english.isEmpty
    else { return nil }
    return (english, index..<(close + 1))
  }

  /// An actor's range with the quoted name in apposition after it (تنظيم "داعش": the
  /// organization "ISIS") and the closing quote of a quoted name.
  func withQuotedName(_ view: SentenceView, _ range: Range<Int>, english: String, segment: Range<Int>) -> Range<Int> {
    var range = range
    if range.upperBound + 1 < segment.upperBound, view.isQuote(range.upperBound),
      let named = view.term(at: range.upperBound + 1), english.contains(named.english)
    {
      range = range.lowerBound..<named.tokenRange.upperBound
    }
    if range.upperBound < segment.upperBound, view.isQuote(range.upperBound), range.contains(where: view.isQuote) {
      range = range.lowerBound..<(range.upperBound + 1)
    }
    return range
  }

  /// The first token at or after `index` that is not a comma or a time phrase (فجر اليوم, مساء
  /// الأربعاء): the object of a verb often comes after them.
  func skipAdverbials(_ view: SentenceView, from index: Int, segment: Range<Int>) -> Int {
    var at = index
    while at < segment.upperBound {
      if view.isPunctuation(at) && !view.isQuote(at) {
        at += 1
      } else if let term = view.term(at: at), term.entry.category == .time {
        at = term.tokenRange.upperBound
        // "يوم الأحد الماضي": last Sunday.
        if at < segment.upperBound, briefer.rules.functionWords.contains(.last, view.tokens[at].key) { at += 1 }
      } else if let number = view.numbers[at],
        // Also "16 من نيسان" (the 16th of April).
        let month = at + number.length < segment.upperBound && view.tokens[at + number.length].key == "من"
          ? view.term(at: at + number.length + 1) : view.term(at: at + number.length),
        Day.monthNames.contains(month.entry.english)
      {
        // A date (15 آذار 2022) is no count.
        at = month.tokenRange.upperBound
        if let year = view.numbers[at], year.value > 999 { at += year.length }
      } else if let cue = view.cue(at: at),
        cue.roles.contains(where: { role in
          switch role {
          case .relative, .dayPart: return true
          default: return false
          }
        })
      {
        at = cue.range.upperBound
      } else {
        break
      }
    }
    return at
  }

  /// Whether the actor at `index` is counted (ثلاثة من منتسبي الحشد): victims, not the doer.
  func isCounted(_ view: SentenceView, _ index: Int) -> Bool {
    var before = index - 1
    // One of them: أحد عناصر قسد.
    if before >= 0, briefer.rules.functionWords.contains(.oneOf, view.tokens[before].key) { return true }
    // Right after a casualty word: "قتل عنصر من قسد" — the victim.
    for back in 1...2 where index - back >= 0 {
      if let cue = view.cue(at: index - back), cue.range.upperBound >= index - 1,
        cue.roles.contains(where: \.isCasualty)
      {
        return true
      }
    }
    if before >= 0, view.tokens[before].key == "من" { before -= 1 }
    return before >= 0 && (view.numbers[before] != nil || view.tokens[before].kind == .number)
  }

  /// The two sides of a clash, the side that started it first: "بين X و Y", then Y first when
  /// the clause says Y did what set it off (مواجهات بين القوات الجنوبية ومليشيا الحوثي … إثر
  /// محاولة تسلل نفذتها مجاميع حوثية: the Houthis attacked).
  func clashSides(_ view: SentenceView, _ segment: Range<Int>) -> (
    first: (english: String, range: Range<Int>, group: String),
    second: (english: String, range: Range<Int>, group: String)
  )? {
    guard let between = betweenSides(view, segment) else { return nil }
    let after = max(between.first.range.upperBound, between.second.range.upperBound)
    guard between.first.english != between.second.english,
      let (cue, _) = view.firstCue(in: after..<segment.upperBound, where: { $0 == .doer }),
      let starter = doerAfter(view, cue, segment)
    else { return between }
    func stems(_ english: String) -> Set<String> {
      Set(
        english.lowercased().split(separator: " ").filter { $0.count >= 4 }.map { word in
          String(word.hasSuffix("s") ? word.dropLast() : word)
        })
    }
    let starterStems = stems(starter.english)
    if !stems(between.second.english).isDisjoint(with: starterStems),
      stems(between.first.english).isDisjoint(with: starterStems)
    {
      return (between.second, between.first)
    }
    return between
  }

  /// The two sides of "بين X و Y".
  func betweenSides(_ view: SentenceView, _ segment: Range<Int>) -> (
    first: (english: String, range: Range<Int>, group: String),
    second: (english: String, range: Range<Int>, group: String)
  )? {
    for index in segment where view.tokens[index].key == "بين" {
      var start = index + 1
      // Two families or clans (بين عائلتين, بين مسلحين من عشيرتين): both sides are their gunmen.
      var kinAt = start
      if kinAt + 1 < segment.upperBound, view.tokens[kinAt + 1].key == "من",
        let gunmen = view.term(at: kinAt), ["gunman", "gunmen"].contains(gunmen.entry.english.lowercased())
      {
        kinAt += 2
      }
      if kinAt < segment.upperBound, briefer.rules.functionWords.contains(.kinPair, view.tokens[kinAt].key),
        let kin = view.term(at: kinAt)
      {
        let side = (
          english: "gunmen of two \(kin.english)", range: start..<kin.tokenRange.upperBound, group: kin.english
        )
        return (side, side)
      }
      // Two factions of one side: "بين فصيلين من الجيش الوطني" (both sides are that group), or
      // "بين فصيلي "فرقة الحمزة" و"الجبهة الشامية"" (the names follow).
      if start < segment.upperBound, briefer.rules.functionWords.contains(.twoFactions, view.tokens[start].key) {
        var at = start + 1
        if at < segment.upperBound, view.tokens[at].key == "من",
          let group = actorList(view, from: at + 1, within: 1, segment: segment, military: true)
        {
          let side = (english: group.english, range: group.range, group: group.group)
          return (side, side)
        }
        while at < segment.upperBound, view.isQuote(at) { at += 1 }
        start = at
      }
      guard let first = actorList(view, from: start, within: 1, segment: segment, military: true) else { continue }
      // The list reader joins "X وY"; read the first name alone, then the second.
      guard let firstTerm = view.term(at: first.range.lowerBound) else { continue }
      // Members of a group first, with its quotes and allegiance (بين عناصر من ميليشيا "لواء
      // الباقر" المدعومة من إيران ومسلحين من أبناء القرية): the second side follows them.
      if Self.isMemberNoun(firstTerm.entry.english), first.range.count > firstTerm.tokenRange.count {
        let (at, joined) = skippingAnd(
          view, from: allegianceEnd(view, after: first.range.upperBound, segment: segment),
          segment: segment)
        if secondSide(view, at: at, joined: joined) != nil,
          let second = actorList(view, from: at, within: 0, segment: segment, military: true)
        {
          let english = second.english.hasPrefix("and ") ? String(second.english.dropFirst(4)) : second.english
          return ((first.english, first.range, first.group), (english, second.range, second.group))
        }
      }
      // A first side of more than one term that is no list (مليشيا الحوثي: "Houthi militia") is
      // read whole; a list (قسد والجيش الوطني) is read one name at a time.
      let whole = first.range.count > firstTerm.tokenRange.count && !first.english.contains(" and ")
      let single =
        whole
        ? first : (english: actorEnglish(firstTerm, after: nil), range: firstTerm.tokenRange, group: firstTerm.english)
      var next = single.range.upperBound
      while next < segment.upperBound, view.isQuote(next) { next += 1 }
      // An alias in brackets: "قوات سوريا الديمقراطية" (قسد) ومقاتلي العشائر.
      if next + 2 < segment.upperBound, view.tokens[next].text == "(", view.tokens[next + 2].text == ")" {
        next += 3
      }
      // و written apart from a quoted name: و"قسد".
      let joined: Bool
      (next, joined) = skippingAnd(view, from: next, segment: segment)
      if let secondTerm = secondSide(view, at: next, joined: joined) {
        return (single, (actorEnglish(secondTerm, after: nil), secondTerm.tokenRange, secondTerm.english))
      }
      // A force before the second side's name (وقوات الجيش الوطني).
      if let forces = view.term(at: next), joined || forces.proclitics.first == "و", forces.entry.category == .military,
        let second = actorList(view, from: next, within: 0, segment: segment, military: true),
        second.range.count > forces.tokenRange.count
      {
        let english = second.english.hasPrefix("and ") ? String(second.english.dropFirst(4)) : second.english
        return (single, (english, second.range, second.group))
      }
      // The first side's origin in between: "بين مسلحين محليين من أبناء القرية ومسلحين من عشائر
      // البدو" — the second side is the next actor joined by و within a few words, with its own
      // group ("gunmen of Bedouin clans").
      if next < segment.upperBound, view.tokens[next].key == "من" {
        var at = next + 1
        while at < min(segment.upperBound, next + 5), !view.isBoundary(at) {
          if let term = view.term(at: at), term.proclitics.first == "و",
            Self.actorCategories.contains(term.entry.category),
            let second = actorList(view, from: at, within: 0, segment: segment, military: true)
          {
            let english = second.english.hasPrefix("and ") ? String(second.english.dropFirst(4)) : second.english
            return (single, (english, second.range, second.group))
          }
          at += 1
        }
      }
    }
    return nil
  }

  /// The index past a و written apart and the quotes after it (و"قسد"), and whether there was one.
  ///
  /// - Complexity: O(1) but for the quotes.
  func skippingAnd(_ view: SentenceView, from index: Int, segment: Range<Int>) -> (at: Int, joined: Bool) {
    guard index < segment.upperBound, view.tokens[index].key == "و" else { return (index, false) }
    var at = index + 1
    while at < segment.upperBound, view.isQuote(at) { at += 1 }
    return (at, true)
  }

  /// The actor at `index` that is a clash's second side: joined by و, written apart (`joined`) or
  /// on the word.
  func secondSide(_ view: SentenceView, at index: Int, joined: Bool) -> GlossaryMatch? {
    guard let term = view.term(at: index), joined || term.proclitics.first == "و",
      Self.actorCategories.contains(term.entry.category)
    else { return nil }
    return term
  }

  /// The target: after على/ضد/استهدف (with the object hit: مواقع تابعة لـ X), else the victims.
  func target(
    _ view: SentenceView, _ segment: Range<Int>, trigger: SentenceView.Cue?, type: EventType?, victims: CountFact?,
    alsoVictims: CountFact? = nil,
    after doer: Range<Int>? = nil, exposedAt: Int? = nil
  ) -> ActorFact? {
    // "تعرض حاجز … لهجوم" (``exposure(_:_:)``, its cue at `exposedAt`): the exposed subject before
    // the event word is the target.
    let from = exposedAt ?? trigger?.range.lowerBound ?? segment.lowerBound
    // The other side of a fight: "اشتباكات مع مقاتلي غرفة عمليات الفتح المبين", "بعد معارك
    // خاضتها مع المجموعات الإرهابية".
    for index in segment where view.tokens[index].key == "مع" && !(doer?.contains(index) ?? false) {
      let fight = view.cues.contains { cue in
        cue.range.upperBound <= index && index - cue.range.upperBound <= 2 && segment.contains(cue.range.lowerBound)
          && cue.roles.contains { if case .event(.armedClash, _, _, _) = $0 { true } else { false } }
      }
      guard fight, let side = actorList(view, from: index + 1, within: 1, segment: segment, military: true) else {
        continue
      }
      let range = withQuotedName(view, side.range, english: side.english, segment: segment)
      return ActorFact(side.english, span: span(view, range))
    }
    // Whom an abduction, arrest or execution took, named right after its word (اختطاف شاب …
    // وأطلقوا النار على مرافقه): that person, not the object of a later على.
    let takenFollows: Bool = {
      guard let trigger, let type, [.arrest, .abduction, .execution].contains(type) else { return false }
      var at = trigger.range.upperBound
      if at < segment.upperBound, let number = view.numbers[at] { at += number.length }
      return at < segment.upperBound && (view.term(at: at).map(isPerson) ?? false)
    }()
    for cue in view.cues
    where !takenFollows && cue.range.lowerBound >= from && segment.contains(cue.range.lowerBound) {
      guard cue.roles.contains(.target) || cue.roles.contains(.exposed),
        !isReason(view, at: cue.range.lowerBound, segment)
      else { continue }
      var index = cue.range.upperBound
      while view.isQuote(index) { index += 1 }
      // The event itself after تعرض (فرق الإسعاف تعرضت لقصف مزدوج: the subject came before) is no
      // object hit.
      if cue.roles.contains(.exposed), index < segment.upperBound, view.tokens[index].key.hasPrefix("ل"),
        view.cue(at: index)?.roles.contains(where: \.isEvent) == true
      {
        continue
      }
      // "طالت عددا من الشبان", "استهدفت 3 مدنيين": the quantity is the count's business.
      var quantity: String? = nil
      var counted: Int? = nil
      var about: String? = nil
      // "طالت نحو 25 شاباً": about, at least … before the number.
      if let qualifier = view.cue(at: index),
        case .qualifier(let english)? = qualifier.roles.first(where: {
          if case .qualifier = $0 { true } else { false }
        }),
        view.numbers[qualifier.range.upperBound] != nil
      {
        about = english
        index = qualifier.range.upperBound
      }
      if let vague = view.cue(at: index),
        case .vague(let english)? = vague.roles.first(where: {
          if case .vague = $0 { true } else { false }
        })
      {
        quantity = english
        index = vague.range.upperBound
      } else if let number = view.numbers[index] {
        index += number.length
        counted = number.value
      }
      var object: String? = nil
      var objectStart = index
      // "على محور قرية المعلق": a front is where the fighting was, not what it hit.
      if index < segment.upperBound,
        briefer.rules.placeWords.isSettlement(Gazetteer.articleLess(view.tokens[index].key))
      {
        continue
      }
      if let term = view.term(at: index), term.entry.category == .military {
        object = term.english
        objectStart = index
        index = term.tokenRange.upperBound
        // An indefinite object's adjectives are no owner: "مواقع مدنية وخدمية" (civilian and
        // service sites), not the positions of a civilian.
        if !term.definite {
          var adjectives: [String] = []
          while index < segment.upperBound, isIndefiniteAdjective(at: index, in: view),
            let adjective = view.term(at: index), adjective.tokenRange.count == 1
          {
            adjectives.append(adjective.english)
            index += 1
          }
          if !adjectives.isEmpty { object = Self.joined(adjectives) + " " + term.english }
        }
        // Objects joined by و share their owner: "أوكار ومقرات لإرهابيي تنظيم داعش".
        if let next = view.term(at: index), next.proclitics.first == "و", next.entry.category == .military,
          !canAct(next, view)
        {
          object = "\(term.english) and \(next.english)"
          index = next.tokenRange.upperBound
        }
        if let affiliation = view.cue(at: index), affiliation.roles.contains(.affiliation) {
          index = affiliation.range.upperBound
        }
        // A pronoun: "على مواقع تابعة لهم" — their own positions: the victims'.
        if index < segment.upperBound, briefer.rules.functionWords.contains(.ownPronoun, view.tokens[index].key) {
          if let who = victims?.group ?? victims?.who {
            return ActorFact(who, object: object, span: span(view, objectStart..<(index + 1)))
          }
          continue
        }
        // Its or their own (أفشلت وحدات الجيش هجوماً شنه إرهابيو جبهة النصرة على نقاطها العسكرية):
        // the object of the actor the sentence opened with, when that actor is not the doer.
        let objectKey = view.tokens[objectStart].key
        if let doer, objectStart > doer.upperBound, objectKey.count > 4,
          ["ها", "هم", "هما"].contains(where: { objectKey.hasSuffix($0) }),
          actorList(view, from: index, within: 1, segment: segment, military: false, people: true) == nil
        {
          var at = segment.lowerBound
          while at < doer.lowerBound {
            if let opener = actorList(view, from: at, within: 0, segment: segment, military: true),
              opener.range.upperBound <= doer.lowerBound
            {
              // The group, not its units: "military posts of Syrian Arab Army".
              let owner = opener.group.isEmpty || Self.isMemberNoun(opener.group) ? opener.english : opener.group
              return ActorFact(owner, object: object, span: span(view, objectStart..<index))
            }
            at += 1
          }
        }
      }
      if var actor = actorList(view, from: index, within: 1, segment: segment, military: false, people: true) {
        if let hedged = hedgedMembers(view, actor, segment: segment) { (actor.english, actor.range) = hedged }
        // People after a number are many: "25 شاباً" → young men.
        if let counted, counted > 1, object == nil {
          actor.english = peoplePlural(actor.english)
          // Those arrested or abducted are counted nowhere else: "about 25 young men".
          if let type, [.arrest, .abduction].contains(type) {
            actor.english = (about.map { $0 + " " } ?? "") + "\(counted) " + actor.english
          }
        }
        let english =
          quantity.map { q in q.hasSuffix(" of") ? "\(q) \(actor.english)" : actor.english } ?? actor.english
        return ActorFact(english, object: object, span: span(view, objectStart..<actor.range.upperBound))
      }
      if let object {
        return ActorFact("", object: object, span: span(view, objectStart..<index))
      }
    }
    // What a bomb went off at (انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقسد): the vehicle hit and its
    // owner, not a means of the attack.
    if type == .explosive || type == .suicideBomb, let trigger,
      // The bomb itself after its verb (انفجرت عبوة ناسفة، صباح اليوم، بسيارة …), then when.
      case let bombEnd = skipAdverbials(
        view,
        from: view.term(at: trigger.range.upperBound).flatMap { bomb in
          bomb.entry.category == .weapon && bomb.proclitics.isEmpty ? bomb.tokenRange.upperBound : nil
        } ?? trigger.range.upperBound, segment: segment),
      bombEnd < segment.upperBound,
      let term = view.term(at: bombEnd), term.proclitics.last == "ب",
      let head = ArabicNormalizer.matching.normalize(term.entry.arabic).split(separator: " ").first,
      briefer.rules.functionWords.contains(.vehicle, String(head))
    {
      var index = term.tokenRange.upperBound
      // Its owner after تابعة, also after a word of its own (بحافلة مبيت تابعة لقوات النظام).
      for at in [index, index + 1] where at < segment.upperBound {
        if let affiliation = view.cue(at: at), affiliation.roles.contains(.affiliation) {
          index = affiliation.range.upperBound
          break
        }
      }
      let actor = actorList(view, from: index, within: 1, segment: segment, military: true)
      // A car of nobody named: the victims say more of whom it hit (a military vehicle is news).
      if actor != nil || [.military, .weapon].contains(term.entry.category) {
        let end = actor?.range.upperBound ?? term.tokenRange.upperBound
        return ActorFact(
          actor?.english ?? "", object: term.entry.english, span: span(view, term.tokenRange.lowerBound..<end))
      }
    }
    // What a protest is against: the actor in its reason (احتجاجاً على حصار الفرقة الرابعة), or
    // whose fall or departure it demands (تطالب بإسقاط النظام, ورحيل السلطة الحاكمة).
    if type == .protest {
      // An institution the Arabic makes definite is "the regime", "the government".
      func protested(_ actor: (english: String, range: Range<Int>, group: String)) -> ActorFact {
        let definite = view.term(at: actor.range.lowerBound)?.definite == true
        // (Not a name that carries the Arabic article: al-Jolani.)
        let english =
          definite && actor.english.first?.isLowercase == true && !actor.english.hasSuffix("s")
            && !actor.english.hasPrefix("al-")
          ? "the " + actor.english : actor.english
        return ActorFact(english, span: span(view, actor.range))
      }
      for cue in view.cues where segment.contains(cue.range.lowerBound) && cue.roles.contains(.cause) {
        if let actor = actorList(view, from: cue.range.upperBound, within: 8, segment: segment, military: true) {
          return protested(actor)
        }
      }
      for at in segment where briefer.rules.functionWords.contains(.demandFall, view.tokens[at].key) {
        if let actor = actorList(view, from: at + 1, within: 1, segment: segment, military: true) {
          return protested(actor)
        }
      }
    }
    if type == .armedClash, let between = clashSides(view, segment) {
      return ActorFact(between.second.english, span: span(view, between.second.range))
    }
    // The object of the verb: "هاجم مسلحون حاجزا عسكريا تابعا لقوات النظام" — a military object,
    // its affiliation and actor.
    for term in view.terms
    where term.tokenRange.lowerBound >= from && segment.contains(term.tokenRange.lowerBound)
      && term.entry.category == .military && !(doer?.contains(term.tokenRange.lowerBound) ?? false)
    {
      var index = term.tokenRange.upperBound
      if let affiliation = view.cue(at: index), affiliation.roles.contains(.affiliation) {
        index = affiliation.range.upperBound
      } else if !canAct(term, view), let owner = view.term(at: index), owner.proclitics.last == "ل",
        Self.actorCategories.contains(owner.entry.category) || owner.entry.category == .military && canAct(owner, view)
      {
        // "قرب حاجز للشرطة العسكرية", "مقر لقسد": an object and its owner in the possessive لـ.
      } else {
        continue
      }
      if let actor = actorList(view, from: index, within: 0, segment: segment, military: true) {
        return ActorFact(
          actor.english, object: term.english, span: span(view, term.tokenRange.lowerBound..<actor.range.upperBound))
      }
    }
    // The victim of an arrest, abduction or execution follows the word, after the doer when the
    // doer stands there too (أعدم عناصر داعش راعيين).
    var victimStart = trigger?.range.upperBound ?? segment.lowerBound
    if let doer, doer.lowerBound >= victimStart, doer.lowerBound <= victimStart + 1 { victimStart = doer.upperBound }
    // The doer's affiliation is not the victim: "اعتقلت قوات الأسايش التابعة للإدارة الذاتية …".
    if let doer, doer.upperBound >= victimStart, let link = view.cue(at: doer.upperBound),
      link.roles.contains(.affiliation),
      let owner = owner(view, after: link.range.upperBound, segment: segment)
    {
      victimStart = owner.range.upperBound
    } else if let doer, doer.upperBound >= victimStart, doer.upperBound + 1 < segment.upperBound,
      view.tokens[doer.upperBound].key == "في", view.place(at: doer.upperBound + 1) == nil,
      let owner = actorList(view, from: doer.upperBound + 1, within: 0, segment: segment, military: true),
      view.term(at: owner.range.lowerBound).map(isPerson) != true
    {
      // Nor is the group the doer is part of: دوريات تابعة لجهاز "الأمن العام" في الهيئة.
      victimStart = owner.range.upperBound
    }
    // More of the doer's name and chain of command: quotes, a number in brackets, another
    // affiliation (دوريات تابعة لفرع "فلسطين" (235) التابع لشعبة المخابرات العسكرية).
    if let doer, victimStart >= doer.upperBound, victimStart <= doer.upperBound + 1 {
      var at = victimStart
      while at < segment.upperBound {
        if view.isQuote(at) {
          at += 1
        } else if view.isPunctuation(at), at + 1 < segment.upperBound,
          view.cue(at: at + 1)?.roles.contains(.affiliation) == true
        {
          at += 1  // "جيش خالد بن الوليد"، المبايع لتنظيم "داعش"
        } else if at + 2 < segment.upperBound, view.tokens[at].text == "(", view.numbers[at + 1] != nil,
          view.tokens[at + 2].text == ")"
        {
          at += 3
        } else if let link = view.cue(at: at), link.roles.contains(.affiliation),
          let owner = owner(view, after: link.range.upperBound, segment: segment)
        {
          at = owner.range.upperBound
        } else {
          break
        }
      }
      victimStart = at
    }
    victimStart = skipAdverbials(view, from: victimStart, segment: segment)
    // Where, before whom: "اعتقلت الشرطة العسكرية في مدينة عفرين ثلاثة مدنيين" — people right
    // after the place.
    var placeAt = victimStart + 1
    if placeAt < segment.upperBound, briefer.rules.placeWords.isSettlement(view.tokens[placeAt].key) { placeAt += 1 }
    if victimStart < segment.upperBound, ["في", "ب"].contains(view.tokens[victimStart].key),
      let place = view.place(at: placeAt)
    {
      let after = skipAdverbials(view, from: place.range.upperBound, segment: segment)
      let people = view.numbers[after].map { after + $0.length } ?? after
      if view.term(at: people).map(isPerson) == true { victimStart = after }
    }
    let assassination = trigger?.roles.contains { if case .event(_, _, "assassinated", _) = $0 { true } else { false } }
    if trigger != nil, let type, [.arrest, .abduction, .execution].contains(type) || assassination == true,
      let actor = actorList(
        view, from: victimStart, within: assassination == true ? 0 : 2, segment: segment, people: true)
    {
      // A number before them (اعتقلت … 12 شاباً): the count, and the noun in the plural.
      var english = actor.english
      var start = actor.range.lowerBound
      if let at = (victimStart..<actor.range.lowerBound).first(where: { view.numbers[$0] != nil }),
        let number = view.numbers[at], at + number.length == actor.range.lowerBound, number.value > 1
      {
        english = "\(number.value) \(peoplePlural(english))"
        start = at
      }
      return ActorFact(english, span: span(view, start..<actor.range.upperBound))
    }
    return victimsTarget(victims, alsoWounded: alsoVictims)
  }

  /// The victims as the target, named by who they were: the killed (or the wounded when no one
  /// was killed), else the wounded when they are a group or civilians in the plural ("killing 6
  /// and wounding 21 citizens": civilians were hit; "one other", "people" or a wife say nothing
  /// of whom the event hit).
  func victimsTarget(_ victims: CountFact?, alsoWounded wounded: CountFact?) -> ActorFact? {
    var people: ActorFact? = nil
    // A former member is no longer the group's: "former opposition commander", not the factions.
    let former = victims?.who.map { $0.hasPrefix("former ") || $0.contains(" former ") } ?? false
    // Soldiers with no group named still say who was hit: an army (a member word otherwise).
    if let victims, let who = former ? victims.who : victims.group ?? victims.who,
      !Self.isMemberNoun(who) || ["soldier", "soldiers"].contains(who.lowercased())
    {
      let fact = ActorFact(who, isVictims: true, span: victims.span)
      // Killed "people" (مقتل شخصين وإصابة خمسة مواطنين): the wounded may say who was hit.
      guard Self.genericPeople.contains(who.lowercased()) else { return fact }
      people = fact
    }
    if let wounded, let who = wounded.group ?? wounded.who, !Self.isMemberNoun(who),
      !Self.genericPeople.contains(who.lowercased()), (wounded.who ?? who).hasSuffix("s"),
      wounded.group != nil || isCivilian(who)
    {
      return ActorFact(isCivilian(who) ? "civilians" : who, isVictims: true, span: wounded.span)
    }
    return people
  }

  // MARK: - Places, time, source, details

  func placeFacts(_ view: SentenceView, _ segment: Range<Int>) -> [PlaceFact] {
    var facts: [PlaceFact] = []
    var landmarks: Set<Int> = []
    var neighbourhoods: Set<Int> = []
    // Places named after a settlement noun: مدينة السويداء is the city, not the governorate.
    var towns: Set<Int> = []
    // Places after "withdrew towards …" are not where the event happened.
    let withdrawal = view.firstCue(in: segment, where: { $0 == .detail("withdrew", english: "withdrew") })?.0.range
      .lowerBound
    var index = 0
    // A common word that is also the name of a place in another country (وسط المدينة: not
    // Medina) is the word.
    let mentions = view.places.filter { mention in
      guard segment.contains(mention.range.lowerBound) else { return false }
      if afterSettlementNoun(mention, view) { return true }
      // A foreign place's name (or any, when the article's country is unknown) opening the
      // sentence or a clause joined by و, before an actor or a military word, is a verb (سيّرت
      // القوات الروسية دورية, وسيّرت دورية: "ran", not Siirt): Arabic puts the verb first.
      if let placeCountry = mention.match?.place.country, country.map({ placeCountry != $0 }) ?? true,
        briefer.inVerbPosition(mention, view, clauseStart: segment.lowerBound)
      {
        return false
      }
      if let country, let placeCountry = (mention.match ?? mention.described?.place)?.place.country,
        placeCountry != country,
        mention.range.contains(where: { view.termCovering[$0].map { view.terms[$0].entry.category != .place } ?? false }
        )
          // A small foreign place of one word with no press name is a word too (العبور).
          || (mention.range.count == 1
            && mention.match.map { $0.place.pressName == nil && ($0.place.population ?? 0) < 100_000 } ?? false)
      {
        return false
      }
      return true
    }
    while index < mentions.count {
      let mention = mentions[index]
      index += 1
      if let withdrawal, mention.range.lowerBound > withdrawal { break }
      // Where the doer is based or came from is not where the event happened, nor the place of
      // what someone is accused of (متهم بالمشاركة في مجزرة قرية البيضاء).
      let window = max(segment.lowerBound, mention.range.lowerBound - 4)..<mention.range.lowerBound
      if view.firstCue(in: window, where: { $0 == .origin }) != nil { continue }
      if isReason(view, at: mention.range.lowerBound, segment), mentions.count > 1 { continue }
      var fact = placeFact(mention, view: view, governorateHint: nil)
      if mention.isLandmark { landmarks.insert(facts.count) }
      if afterSettlementNoun(mention, view) { towns.insert(facts.count) }
      // A neighbourhood (حي الصليبة) is more specific than its city named with it.
      if mention.range.lowerBound > 0,
        briefer.rules.functionWords.contains(.neighbourhood, view.tokens[mention.range.lowerBound - 1].key)
      {
        neighbourhoods.insert(facts.count)
      }
      if mention.isRoute, let end = mention.routeEnd.first {
        let other = placeFact(end, view: view, governorateHint: nil)
        fact.english = "the \(fact.english)–\(other.english) road"
        fact.source = "route"
        fact.geonamesID = nil
        fact.geoPrecision = fact.latitude == nil ? nil : 2
        fact.alternatives = []
        fact.span = span(view, mention.range)
        facts.append(fact)
        continue
      }
      // A following descriptive form or adjacent place qualifies this one: "الرصافة بريف الرقة
      // الجنوبي الغربي", "أثريا السلمية".
      if index < mentions.count,
        mentions[index].range.lowerBound <= mention.range.upperBound + 1
          || belongs(view, from: mention.range.upperBound, to: mentions[index].range.lowerBound)
          || mentions[index].range.lowerBound == mention.range.upperBound + 2
            && isNisbaAdjective(view.tokens[mention.range.upperBound])
          || !mention.isLandmark && inTown(view, from: mention.range.upperBound, to: mentions[index].range.lowerBound),
        fact.source == "gazetteer" || fact.source == "rules"
      {
        let next = mentions[index]
        let hinted = next.described?.place?.place ?? next.match?.place
        if let hinted, fact.governorate != hinted.governorate {
          fact = placeFact(mention, view: view, governorateHint: hinted.governorate)
          // Still a place of another country or far from the area named with it (الصور في ريف
          // دير الزور, not Tyre): the gazetteer lacks the local place; the rules name it.
          var far = false
          if let latitude = fact.latitude, let longitude = fact.longitude,
            let distance = hinted.kilometres(fromLatitude: latitude, longitude: longitude)
          {
            far = distance > 200
          }
          if fact.source == "gazetteer", fact.governorate != hinted.governorate, fact.country != hinted.country || far {
            fact = rulesPlaceFact(mention, view: view)
          }
        }
        let area = placeFact(next, view: view, governorateHint: nil)
        fact.area = area.english
        if fact.governorate == nil { fact.governorate = area.governorate }
        if fact.latitude == nil, let latitude = area.latitude, let longitude = area.longitude {
          (fact.latitude, fact.longitude, fact.geoPrecision) = (latitude, longitude, 2)
        }
        fact.span = span(view, mention.range.lowerBound..<next.range.upperBound)
        index += 1
      }
      facts.append(fact)
    }
    // The most specific place first: a named place, then a descriptive area, then a region or
    // a whole governorate (stable otherwise).
    // A spot inside a town (دوار السوق في مدينة الدانا) comes after the town.
    let hasTown = facts.indices.contains { offset in
      !landmarks.contains(offset) && (facts[offset].source == "gazetteer" || facts[offset].source == "rules")
    }
    func rank(_ offset: Int, _ fact: PlaceFact) -> Int {
      if hasTown, landmarks.contains(offset) { return 1 }
      if neighbourhoods.contains(offset) { return -1 }
      switch fact.source {
      case "gazetteer", "rules":
        return fact.english == fact.governorate && fact.area == nil && !towns.contains(offset) ? 2 : 0
      case "route": return 1
      case "descriptive": return fact.english.hasSuffix("governorate") ? 3 : 2
      default: return 4
      }
    }
    return facts.enumerated().sorted {
      (rank($0.offset, $0.element), $0.offset) < (rank($1.offset, $1.element), $1.offset)
    }
    .map { offset, fact in
      // A spot named by the rules (دوار البلعوم) is a landmark, not a town: the headline's town
      // goes before it.
      var fact = fact
      if landmarks.contains(offset), fact.source == "rules" { fact.source = "landmark" }
      return fact
    }
  }

  /// Whether the words from `start` to `end` say that a place belongs to the next one: "بزاعة
  /// التابعة لمنطقة الباب", "حريصون التابعة لبانياس".
  func belongs(_ view: SentenceView, from start: Int, to end: Int) -> Bool {
    guard let link = view.cue(at: start), link.roles.contains(.affiliation) else { return false }
    let rest = link.range.upperBound
    return rest == end || rest + 1 == end && briefer.rules.placeWords.isSettlement(view.tokens[rest].key)
  }

  /// Whether the words between a place and the next are "in the town of" (في مدينة, وسط مدينة,
  /// بمدينة, في بلدة): the next place is the town the first is part of (حي البدو في مدينة الرقة).
  func inTown(_ view: SentenceView, from start: Int, to end: Int) -> Bool {
    guard end == start + 2 || end == start + 1 else { return false }
    let settlement = view.tokens[end - 1].key
    let bare = settlement.hasPrefix("ب") || settlement.hasPrefix("و") ? String(settlement.dropFirst()) : settlement
    // A town, not a part of one (في مدينة اللاذقية في حي الصليبة: the city comes first there).
    guard briefer.rules.functionWords.contains(.townNoun, bare) else { return false }
    if end == start + 1 { return bare != settlement }
    return briefer.rules.functionWords.contains(.townCentre, view.tokens[start].key)
  }

  /// Whether the word at `index` is an indefinite relative adjective (مدنية, خدمية, or وخدمية after
  /// another): no article, no لـ, the -ي/-ية ending.
  ///
  /// - Complexity: O(1).
  func isIndefiniteAdjective(at index: Int, in view: SentenceView) -> Bool {
    let key = view.tokens[index].key
    let bare = key.hasPrefix("و") ? String(key.dropFirst()) : key
    return view.tokens[index].kind == .word && !bare.hasPrefix("ال") && !bare.hasPrefix("ل") && bare.count >= 4
      && (bare.hasSuffix("يه") || bare.hasSuffix("ي")) && view.numbers[index] == nil
  }

  /// People counted by a number are many: the last word of `english` in the plural when it is a
  /// person noun ("young man" → "young men"), else `english` as it is.
  func peoplePlural(_ english: String) -> String {
    let words = english.split(separator: " ")
    guard let last = words.last, let plural = briefer.rules.personPlurals[last.lowercased()] else { return english }
    return (words.dropLast().map(String.init) + [plural]).joined(separator: " ")
  }

  /// Whether a word is a definite nisba adjective (الحدودية, الجبلية, الساحلي): after a place's
  /// name it describes the place, and the area after it still qualifies the place.
  func isNisbaAdjective(_ token: Token) -> Bool {
    let key = token.key
    return token.kind == .word && key.hasPrefix("ال") && key.count >= 5 && (key.hasSuffix("يه") || key.hasSuffix("ي"))
  }

  /// Whether a settlement noun (بلدة, قرية, مدينة …) stands right before the place's name.
  func afterSettlementNoun(_ mention: SentenceView.PlaceMention, _ view: SentenceView) -> Bool {
    mention.range.lowerBound > 0
      && briefer.rules.placeWords.isSettlement(view.tokens[mention.range.lowerBound - 1].key)
  }

  func placeFact(_ mention: SentenceView.PlaceMention, view: SentenceView, governorateHint: String?) -> PlaceFact {
    let gazetteer = briefer.places.gazetteer
    if let described = mention.described {
      var inner = described.place?.place
      // The area's reference place in another country than the article's is a homonym.
      if let country, let place = inner, place.country != country { inner = nil }
      return PlaceFact(
        english: described.english, governorate: inner.map { governorateName($0) }, country: inner?.country,
        latitude: inner?.latitude, longitude: inner?.longitude, geonamesID: nil,
        geoPrecision: inner?.latitude == nil ? nil : 2, source: described.kind == "region" ? "region" : "descriptive",
        area: nil, relation: relation(view, mention), alternatives: [], span: span(view, mention.range))
    }
    guard var match = mention.match else {
      // A name the gazetteer does not know, after a settlement noun: the press transliteration.
      return rulesPlaceFact(mention, view: view)
    }
    if let better = gazetteer.lookup(key: mention.key, country: country, governorate: governorateHint) {
      match = better
    }
    // A one-word name that only exists in another country than the article's (and is no big
    // city there) is more likely a local place the gazetteer lacks (حي الأشرفية in Aleppo, not
    // Beirut's Achrafieh): named by the rules.
    // After a settlement noun (بلدة الصور in a Syrian article), no size saves it: not Tyre.
    if let country, match.place.country != country,
      mention.range.count == 1 && (match.place.population ?? 0) < 100_000 || afterSettlementNoun(mention, view),
      !match.alternatives.contains(where: { $0.country == country })
    {
      return rulesPlaceFact(mention, view: view)
    }
    let place = match.place
    let alternatives = match.alternatives.filter { $0.country != place.country || $0.admin1 != place.admin1 }
      .prefix(3).map { "\($0.name) (\($0.governorate), \($0.country))" }
    return PlaceFact(
      english: place.pressName ?? place.standardName.map(briefer.press.form) ?? place.name,
      governorate: governorateName(place), country: place.country, latitude: place.latitude,
      longitude: place.longitude, geonamesID: place.geonamesID, geoPrecision: place.latitude == nil ? nil : 1,
      source: "gazetteer", area: nil,
      relation: relation(view, mention), alternatives: Array(alternatives), span: span(view, mention.range))
  }

  /// A place the gazetteer does not name, in the press scheme's rule-based spelling.
  /// A name's press spelling by the transliteration rules alone (no gazetteer); nil when the rules
  /// cannot spell it.
  func ruleSpelling(_ key: String) -> String? {
    var options = PlaceNames.Options()
    options.useGazetteer = false
    return try? briefer.places.transliterate(key, options: options).output
  }

  func rulesPlaceFact(_ mention: SentenceView.PlaceMention, view: SentenceView) -> PlaceFact {
    // A village's name goes on to its adjective after a settlement noun (بلدة الكرك الشرقي), which
    // the gazetteer's town abroad (Karak) did not take.
    var mention = mention
    let end = mention.range.upperBound
    if mention.match != nil, afterSettlementNoun(mention, view), end < view.tokens.count,
      briefer.rules.placeWords.nameEnd.contains(view.tokens[end].key)
    {
      mention.range = mention.range.lowerBound..<(end + 1)
      mention.key += " " + view.tokens[end].key
    }
    let english = ruleSpelling(mention.key) ?? mention.key
    return PlaceFact(
      english: english, governorate: nil, country: nil, latitude: nil, longitude: nil, geonamesID: nil,
      geoPrecision: nil, source: "rules", area: nil, relation: relation(view, mention), alternatives: [],
      span: span(view, mention.range))
  }

  /// "near" when the place follows بالقرب من / قرب (also across a settlement noun).
  func relation(_ view: SentenceView, _ mention: SentenceView.PlaceMention) -> String? {
    var before = mention.range.lowerBound - 1
    if before >= 0, briefer.rules.placeWords.isSettlement(view.tokens[before].key) { before -= 1 }
    guard before >= 0 else { return nil }
    let key = view.tokens[before].key
    if key == "قرب" || key == "بقرب" || key == "وقرب" { return "near" }
    if key == "من", before >= 1, briefer.rules.functionWords.contains(.near, view.tokens[before - 1].key) {
      return "near"
    }
    return nil
  }

  /// A place's governorate in English; a governorate seat names its governorate.
  func governorateName(_ place: Place) -> String { place.governorate.isEmpty ? place.name : place.governorate }

  func time(_ view: SentenceView, _ segment: Range<Int>) -> TimeFact? {
    for cue in view.cues where segment.contains(cue.range.lowerBound) && !cue.lacksArticle {
      for role in cue.roles {
        if case .relative(let english, let days) = role {
          return TimeFact(date: published?.adding(days: days), english: english, span: span(view, cue.range))
        }
      }
    }
    let terms = view.terms.filter { segment.contains($0.tokenRange.lowerBound) }
    if let day = briefer.monthDate(view.tokens, terms: terms, defaultYear: published?.year) {
      if let range = terms.first(where: { Day.monthNames.contains($0.entry.english) })?.tokenRange {
        return TimeFact(
          date: day, english: "on " + day.english, span: span(view, (range.lowerBound - 1)..<range.upperBound))
      }
    }
    for term in terms where term.entry.category == .time {
      guard let weekday = Day.weekdayNames.firstIndex(of: term.entry.english) else { continue }
      // A weekday names the last such day on or before publication.
      var date: Day? = nil
      if let published { date = published.adding(days: -((published.weekday - weekday + 7) % 7)) }
      return TimeFact(date: date, english: "on " + term.entry.english, span: span(view, term.tokenRange))
    }
    return nil
  }

  func attribution(_ view: SentenceView, _ segment: Range<Int>) -> SourceFact? {
    for cue in view.cues where segment.contains(cue.range.lowerBound) {
      for role in cue.roles {
        guard case .attribution(let verb) = role else { continue }
        var latin: String? = nil
        var name: String? = nil
        var end = cue.range.upperBound
        var index = cue.range.upperBound
        while index < min(segment.upperBound, cue.range.upperBound + 5) {
          let token = view.tokens[index]
          // The source is named before "that" (قالت مصادر إن …); after it (قالت إنهم يشكلون خلية)
          // is what was said.
          if view.isBoundary(index) || briefer.rules.functionWords.contains(.clauseStop, token.key)
            || briefer.rules.functionWords.contains(.that, token.key)
          {
            break
          }
          if token.script == .latin, token.text.contains(where: \.isLetter) {
            latin = latin.map { $0 + " " + token.text } ?? token.text
            end = index + 1
          } else if let term = view.term(at: index), name == nil,
            [.title, .organization, .actor].contains(term.entry.category)
              || term.entry.english.hasSuffix("media")
          {
            name = term.english
            end = term.tokenRange.upperBound
            index = term.tokenRange.upperBound
            continue
          }
          index += 1
        }
        var english: String
        switch (latin, name) {
        case (let l?, let n?): english = n.first?.isUppercase == true ? "\(l) \(n)" : "the \(l) \(n)"
        case (let l?, nil): english = l
        case (nil, let n?):
          english =
            n.first?.isUppercase == true || n.hasPrefix("pro-") || n.hasSuffix("sources") || n.hasSuffix("media")
            ? n : "the " + n
        default: continue
        }
        if english.hasPrefix("the correspondent") || english == "the our correspondent" {
          english = "the correspondent"
        }
        return SourceFact(english: english, verb: verb, span: span(view, cue.range.lowerBound..<end))
      }
    }
    return nil
  }

  func details(_ view: SentenceView, _ segment: Range<Int>, type: EventType?, trigger: Range<Int>?) -> [DetailFact] {
    var result: [DetailFact] = []
    let seizedAt = view.firstCue(in: segment, where: { $0 == .detail("seized", english: "seized") })?.0
    // Weapons and vehicles named before any seizure: what was used.
    var used: [String] = []
    var usedRange: Range<Int>? = nil
    // What was used: weapons after a verb of using (استخدموا دراجات نارية), or with the
    // instrumental بـ (استهدفوه بالأسلحة الرشاشة), and those coordinated with them; vehicles
    // and weapons merely mentioned are not.
    let usedAt = view.firstCue(in: segment, where: { $0 == .detail("used", english: "used") })?.0.range.lowerBound
    var lastUsedEnd: Int? = nil
    for term in view.terms where segment.contains(term.tokenRange.lowerBound) && term.entry.category == .weapon {
      if let seizedAt, term.tokenRange.lowerBound > seizedAt.range.lowerBound { break }
      let afterUse = usedAt.map { term.tokenRange.lowerBound > $0 && term.tokenRange.lowerBound <= $0 + 3 } ?? false
      let instrument = term.proclitics.contains("ب")
      let coordinated = term.proclitics.first == "و" && lastUsedEnd.map { term.tokenRange.lowerBound <= $0 + 1 } == true
      guard afterUse || instrument || coordinated else { continue }
      lastUsedEnd = term.tokenRange.upperBound
      // The event's own instrument (سيارة مفخخة, قذائف) is the event, not a detail.
      if let trigger, trigger.overlaps(term.tokenRange) { continue }
      var english = term.english
      // One of a countable kind takes the article (a bullet, a heavy machine gun); a collective
      // (gunfire, shrapnel) does not.
      if !term.plural, !term.entry.arabicPlurals.isEmpty, english.first?.isLowercase == true {
        english = ("aeiou".contains(english.first!) ? "an " : "a ") + english
      }
      if !used.contains(english) { used.append(english) }
      usedRange = (usedRange?.lowerBound ?? term.tokenRange.lowerBound)..<term.tokenRange.upperBound
    }
    if let usedRange, !used.isEmpty {
      result.append(DetailFact(kind: "used", english: Self.joined(used), span: span(view, usedRange)))
    }
    if let seizedAt {
      let list = nounList(view, from: seizedAt.range.upperBound, to: segment.upperBound)
      // What was seized is weapons, munitions or vehicles (at least one of them named): a place
      // or people after احتل or استولى على (احتلوا محيط المدينة) is no booty, and الصادر عن
      // (issued by) is no seizure.
      if !list.english.isEmpty,
        (seizedAt.range.upperBound..<list.end).contains(where: { view.term(at: $0)?.entry.category == .weapon })
      {
        result.append(
          DetailFact(kind: "seized", english: list.english, span: span(view, seizedAt.range.lowerBound..<list.end)))
      }
    }
    if let (cue, _) = view.firstCue(in: segment, where: { $0 == .detail("withdrew", english: "withdrew") }) {
      result.append(DetailFact(kind: "withdrew", english: "withdrew", span: span(view, cue.range)))
    }
    // Duration: "لأكثر من أربع ساعات".
    for cue in view.cues where segment.contains(cue.range.lowerBound) {
      guard case .duration(let unit)? = cue.roles.first(where: { if case .duration = $0 { true } else { false } })
      else { continue }
      var start = cue.range.lowerBound
      var amount: String? = nil
      var value = 0
      if let number = (1...2).lazy.compactMap({ back -> (Int, Int)? in
        let at = cue.range.lowerBound - back
        guard at >= segment.lowerBound, let n = view.numbers[at], at + n.length == cue.range.lowerBound else {
          return nil
        }
        return (at, n.value)
      }).first {
        start = number.0
        value = number.1
        amount = view.term(at: number.0).map { $0.english } ?? String(number.1)
      }
      guard let amount else { continue }
      // (The article on the number, الـ24 ساعة الماضية, makes it the time frame of a report —
      // the past 24 hours — not how long a fight lasted.)
      if start > segment.lowerBound, view.tokens[start - 1].key == "ال" { continue }
      // (A count of 11 or more takes the singular in Arabic: 24 ساعة → 24 hours.)
      var phrase = "\(amount) \(value >= 11 ? EnglishMorphology.pluralizingLastWord(unit) : unit)"
      if let qualifier = qualifierEnding(view, start) {
        phrase = "\(qualifier) \(phrase)"
        start = view.cues.first { $0.range.upperBound == start }?.range.lowerBound ?? start
      }
      result.append(
        DetailFact(kind: "fought", english: "for " + phrase, span: span(view, start..<cue.range.upperBound)))
      break
    }
    // Purpose: "لضمان سلامة قوافل النفط".
    if let (cue, role) = view.firstCue(
      in: segment,
      where: { $0 == .detail("protected", english: "to protect") || $0 == .detail("protected", english: "to secure") }),
      case .detail(_, let english) = role
    {
      let list = nounList(view, from: cue.range.upperBound, to: segment.upperBound, stopAtPreposition: true)
      if !list.english.isEmpty {
        result.append(
          DetailFact(
            kind: "protected", english: "\(english) \(list.english)", span: span(view, cue.range.lowerBound..<list.end))
        )
      }
    }
    return result
  }

  /// One item of a list of things: "two Toyota pickup cars fitted with anti-aircraft guns".
  struct Conjunct {
    var quantity: String?
    var head: String?
    var headIsPlural = false
    var typeWords: [String] = []
    var inType = false
    var tail: [String] = []
    var isEmpty: Bool { head == nil && quantity == nil }

    var english: String {
      var words: [String] = []
      if let quantity { words.append(quantity) }
      // Names after من نوع go before the noun, in English order (بيك أب تويوتا → Toyota pickup).
      words += typeWords.reversed()
      if let head { words.append(head) }
      var text = words.joined(separator: " ")
      if quantity == nil, let head, !headIsPlural, !head.hasSuffix("s"), head.first?.isLowercase == true {
        text = ("aeiou".contains(text.first!) ? "an " : "a ") + text
      }
      return ([text] + tail).joined(separator: " ")
    }
  }

  /// A coordinated list of things (الأسلحة والذخائر وشاحنة تحمل مواد غذائية): each conjunct's
  /// terms, with quantities (كميات كبيرة من, سيارتين), linking words (تحمل → carrying, مزودة بـ →
  /// fitted with) and type names (من نوع بيك أب تويوتا).
  func nounList(_ view: SentenceView, from start: Int, to end: Int, stopAtPreposition: Bool = false)
    -> (english: String, end: Int)
  {
    var conjuncts: [String] = []
    var current = Conjunct()
    var last = start
    var index = start
    func close() {
      if !current.isEmpty { conjuncts.append(current.english) }
      current = Conjunct()
    }
    while index < end {
      if view.isBoundary(index) { break }
      let token = view.tokens[index]
      if stopAtPreposition, index > start, briefer.rules.functionWords.contains(.nameStop, token.key) { break }
      if token.key.hasPrefix("و"), current.head != nil,
        view.term(at: index)?.proclitics.first == "و"
          || (view.cue(at: index) != nil && token.key.count > 3)
      {
        close()
      }
      if let cue = view.cue(at: index) {
        if let role = cue.roles.first(where: { if case .vague = $0 { true } else { false } }),
          case .vague(let english) = role
        {
          if current.head != nil { close() }
          current.quantity = english
          index = cue.range.upperBound
          last = index
          continue
        }
        if let role = cue.roles.first(where: { if case .link = $0 { true } else { false } }),
          case .link(let english) = role
        {
          if english.isEmpty {
            current.inType = true
          } else {
            current.inType = false
            current.tail.append(english)
          }
          index = cue.range.upperBound
          continue
        }
      }
      if let term = view.term(at: index) {
        switch term.entry.category {
        case .number where term.entry.note?.hasPrefix("value=") == true:
          if current.head != nil { close() }
          current.quantity = term.english
        case .weapon, .general, .military, .casualty, .organization:
          let english = term.english
          if current.inType {
            current.typeWords.append(english)
          } else if current.head == nil, current.tail.isEmpty {
            current.head = english
            current.headIsPlural = term.plural
            if term.plural, current.quantity == nil, isDual(view.tokens[index]) { current.quantity = "two" }
          } else {
            current.tail.append(english)
          }
          last = term.tokenRange.upperBound
        default:
          break
        }
        index = term.tokenRange.upperBound
        continue
      }
      if let number = view.numbers[index] {
        if current.head != nil { close() }
        current.quantity = String(number.value)
        index += number.length
        continue
      }
      index += 1
    }
    close()
    return (Self.joined(conjuncts), last)
  }

  /// Whether the English names several people (gunmen, children): not one to count.
  func isPluralNoun(_ english: String) -> Bool {
    guard let last = english.split(separator: " ").last?.lowercased() else { return false }
    return briefer.rules.personPluralForms.contains(last) && briefer.rules.personPlurals[last] == nil
  }

  /// A dual marked by its vowel: a fatha before the final -ين (مسلحَين, not مسلحِين).
  func markedDual(_ token: Token) -> Bool {
    let scalars = Array(token.text.unicodeScalars.filter { $0.value != 0x0651 && $0.value != 0x0652 })
    return scalars.count > 3 && scalars[scalars.count - 1] == "\u{0646}" && scalars[scalars.count - 2] == "\u{064A}"
      && scalars[scalars.count - 3] == "\u{064E}"
  }

  /// A dual before a pronoun: the singular + ي or ا + pronoun (طفليها, نجلاها) of a noun whose plural
  /// is broken (أطفال), so that the ي cannot be a sound plural's.
  func dualConstruct(_ token: Token, of term: GlossaryMatch) -> Bool {
    guard let enclitic = term.enclitic, term.tokenRange.count == 1 else { return false }
    let singular = Gazetteer.articleLess(ArabicNormalizer.matching.normalize(term.entry.arabic))
    let sound = [singular + "ين", singular + "ون"]
    guard !term.entry.arabicPlurals.contains(where: { sound.contains(ArabicNormalizer.matching.normalize($0)) })
    else { return false }
    let key = Gazetteer.articleLess(token.key)
    // Genitive/accusative ي (طفليها) or nominative ا (نجلاها).
    return ["", "و", "ب", "ل", "ف"].contains {
      key == $0 + singular + "ي" + enclitic || key == $0 + singular + "ا" + enclitic
    }
  }

  /// How many people a casualty noun that names the person stands for: one for the singular
  /// (قتيل, شهيدة), two for the dual (جريحان, قتيلين); none for a plural (شهيدات).
  func personCount(_ token: Token) -> Int? {
    let key = Gazetteer.articleLess(token.key)
    if key.hasSuffix("ات") || key.hasSuffix("ون") { return nil }
    return key.hasSuffix("ان") || key.hasSuffix("ين") ? 2 : 1
  }

  func isDual(_ token: Token) -> Bool {
    token.key.hasSuffix("تين") || token.key.hasSuffix("تان")
      || (token.key.hasSuffix("ين") && !token.key.hasSuffix("يين"))
  }

  /// Whether a token is the dual of a glossary noun: the entry's singular plus -ان/-ين (-تان/-تين
  /// for a feminine in ة): عنصران, شخصين, طفلتين — not a broken plural such as شبان.
  func isDual(_ token: Token, of term: GlossaryMatch) -> Bool {
    guard term.plural, term.tokenRange.count == 1 else { return false }
    var singular = Gazetteer.articleLess(ArabicNormalizer.matching.normalize(term.entry.arabic))
    if singular.hasSuffix("ه") { singular = String(singular.dropLast()) + "ت" }
    let key = Gazetteer.articleLess(token.key)
    for proclitic in ["", "و", "ب", "ل", "ف", "وب", "ول"] where key.hasPrefix(proclitic + singular) {
      let rest = key.dropFirst(proclitic.count + singular.count)
      if rest == "ان" || rest == "ين" { return true }
    }
    return false
  }

  func span(_ view: SentenceView, _ range: Range<Int>) -> Span {
    guard !range.isEmpty, range.upperBound <= view.tokens.count else { return article.span(view.range) }
    return article.span(
      view.tokens[range.lowerBound].range.lowerBound..<view.tokens[range.upperBound - 1].range.upperBound)
  }

  /// A short English gist of the Arabic headline's terms, used when no event was found.
  func headlineGist(_ view: SentenceView) -> String {
    view.terms.map { $0.english }.joined(separator: " ")
  }
}
