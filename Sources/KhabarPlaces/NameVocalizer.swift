// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// Puts the short vowels back into an unvocalized Arabic name, word by word, so that a scheme's
/// rule file can write it in Latin letters.
///
/// The output is *canonical vocalized Arabic*: every consonant carries a short vowel (fatha, kasra,
/// damma), a sukun or nothing (no vowel follows); a long vowel is its short vowel followed by
/// ا و ي with no mark; consonantal و ي always carry a mark; the article is a bare ال at the start
/// of a word; ة after fatha is the pausal -ah, ت after fatha the construct -at.
///
/// Where the vowels come from, in order:
/// 1. harakat already in the input (kept as written);
/// 2. the name components (`transliteration/components.tsv`);
/// 3. the lexicon's vocalized stems (`transliteration/name-vowels.tsv`, the noun part of
///    `lexicon/stems.tsv`, which is read when that file is missing): proper nouns first, then
///    nouns and adjectives, also with the feminine ending ة and the nisba endings ي / ية added to
///    the stem (not after a stem ending in a long vowel);
/// 4. pattern rules (fitted on the development split `scripts/eval/translit-dev.tsv` only):
///    - syllables are counted from the right: in a run of consonants, the one before a voweled
///      consonant (or a long vowel) closes a syllable (sukun), the one before that opens one, and
///      the first consonant of a word always has a vowel (CaCCaC: تدمر → tadmar; CaCaCCā:
///      حرستا → ḥarastā); after the vowel of an initial hamza the first consonant closes the
///      syllable (afʻal, ifʻāl: أرمنت → armant); a glide before the last consonant closes a
///      diphthong (-āwayn, not -āwyan); a word of three bare consonants is faʻl (فشن → fashn),
///      the lexicon's commonest triliteral pattern;
///    - the short vowel is *a* by default; *i* before the last consonant after ā (fāʻil: سالم →
///      sālim); *u* on the first consonant before ū (fuʻūl: منوف → munūf);
///    - و and ي are consonants at the start of a word, next to ا, or next to each other; otherwise
///      long ū / ī; C وي C is the diminutive CuwayC (نويبع → nuwaybiʻ), and so is CCيC(ة / ى) in a
///      word of four or five letters (قرين → qurayn, جهينة → juhaynah, مخيلى → mukhaylá);
///    - a final -iyy from the lexicon is -ī (كردي → kurdī);
///    - ة (and a final ه after three letters) is -ah, -at in construct (before another word); ية
///      is the nisba -īyah; final ي after a consonant is -ī; ى is -á, but -āCى is -āCī (بنغازى);
///      يا after a long vowel and a consonant is -iyā (أجدابيا);
///    - an initial ا/أ is *a*, إ is *i*, آ is *ā*; ء and a medial hamza seat are ʼ.
///
/// Non-Arabic text inside a name (digits, Latin, punctuation) is kept as written.
struct NameVocalizer: Sendable {
  /// A word ready for the rule file, or a literal form (a component) for the scheme.
  struct Word: Sendable {
    var article: Bool
    /// Canonical vocalized Arabic of the word without its article.
    var vocalized: String
    /// The component row, when the word (without article) is one.
    var component: Component?
    /// Whether the input word was Arabic at all (else `vocalized` is the word as written).
    var arabic: Bool
    /// What stands before the word in the name (spaces, punctuation, Latin), kept as written.
    var before: String = ""
  }

  struct Component: Sendable {
    var vocalized: String
    var forms: [String: String]  // scheme -> form

    /// A noun ending in ة whose forms are its construct state (Mazraat, Khirbat, Madinat).
    var isConstruct: Bool { vocalized.unicodeScalars.last == "\u{0629}" }
  }

  let components: [NameKey: Component]
  /// Spellings of components that news also writes joined to the name (كفرنبودة), longest first.
  var joined: [[Unicode.Scalar]] = []
  /// Lexicon stems: analysis key → vocalized form (best part of speech first).
  let stems: VowelTable

  static let fatha: Unicode.Scalar = "\u{064E}"
  static let damma: Unicode.Scalar = "\u{064F}"
  static let kasra: Unicode.Scalar = "\u{0650}"
  static let sukun: Unicode.Scalar = "\u{0652}"
  static let shadda: Unicode.Scalar = "\u{0651}"

  static func isMark(_ s: Unicode.Scalar) -> Bool {
    (0x064B...0x0652).contains(s.value) || s.value == 0x0670
  }

  static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
    (0x0621...0x064A).contains(s.value) || (0x0671...0x06D3).contains(s.value)
  }

  /// Loads components and the lexicon's noun stems.
  static func load(directory: DataDirectory) throws(InputError) -> NameVocalizer {
    let table = try TSVTable(
      path: directory.file("transliteration/components.tsv"),
      required: ["arabic", "vocalized", "press", "bgn", "ala-lc"])
    var components: [NameKey: Component] = [:]
    var joined: [[Unicode.Scalar]] = []
    for row in table.rows {
      if table.field(row, "joins") == "yes" {
        for spelling in table.field(row, "arabic").split(separator: "|") {
          joined.append(Array(Lexicon.analysisKey(spelling).unicodeScalars))
        }
      }
      var forms: [String: String] = [:]
      for scheme in ["press", "bgn", "ala-lc"] { forms[scheme] = String(table.field(row, scheme)) }
      let component = Component(vocalized: String(table.field(row, "vocalized")), forms: forms)
      for spelling in table.field(row, "arabic").split(separator: "|") {
        components[NameKey(Lexicon.analysisKey(spelling))] = component
      }
    }
    // name-vowels.tsv is the noun part of stems.tsv (scripts/build-name-vowels.py); without it,
    // scan stems.tsv itself.
    let vowels = directory.file("transliteration/name-vowels.tsv")
    let stems =
      DataDirectory.isReadable(vowels)
      ? try VowelTable(path: vowels) : VowelTable(try nounStems(path: directory.file("lexicon/stems.tsv")))
    var vocalizer = NameVocalizer(components: components, stems: stems)
    vocalizer.joined = joined.sorted { $0.count > $1.count }
    return vocalizer
  }

  /// The lexicon's proper noun, noun and adjective stems (`form`, `vocalized`, `pos` columns of
  /// `stems.tsv`) by analysis key, the best part of speech first (NOUN_PROP, NOUN, ADJ; table order
  /// among equals). Scans bytes: only the noun rows become strings.
  static func nounStems(path: String) throws(InputError) -> [NameKey: String] {
    let bytes = try FileBytes.read(path, limit: 256 << 20)
    var best: [NameKey: (Int, Range<Int>)] = [:]
    var columns: (form: Int, vocalized: Int, pos: Int)? = nil
    let suffixes: [(Int, [UInt8])] = [(0, Array("/NOUN_PROP".utf8)), (1, Array("/NOUN".utf8)), (2, Array("/ADJ".utf8))]
    try bytes.withUnsafeBufferPointer { (buffer) throws(InputError) in
      try TSVScanner.forEachRow(buffer) { (lineNumber, fields) throws(InputError) in
        func text(_ range: Range<Int>) -> String {
          String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
        guard let (form, vocalized, pos) = columns else {
          let names = fields.map(text)
          guard let f = names.firstIndex(of: "form"), let v = names.firstIndex(of: "vocalized"),
            let p = names.firstIndex(of: "pos")
          else {
            throw InputError(
              "missing column 'form', 'vocalized' or 'pos'", at: SourceLocation(file: path, line: lineNumber))
          }
          columns = (f, v, p)
          return
        }
        guard fields.count > max(form, vocalized, pos) else { return }
        let tag = UnsafeBufferPointer(rebasing: buffer[fields[pos]])
        guard
          let rank = suffixes.first(where: { tag.count >= $0.1.count && tag.suffix($0.1.count).elementsEqual($0.1) })?.0
        else { return }
        let key = NameKey(analysisKeyOf: UnsafeBufferPointer(rebasing: buffer[fields[form]]))
        if let existing = best[key], existing.0 <= rank { return }
        best[key] = (rank, fields[vocalized])
      }
    }
    var stems: [NameKey: String] = [:]
    stems.reserveCapacity(best.count)
    bytes.withUnsafeBufferPointer { buffer in
      for (key, value) in best {
        stems[key] = String(decoding: UnsafeBufferPointer(rebasing: buffer[value.1]), as: UTF8.self)
      }
    }
    return stems
  }

  /// Adds the implied fatha before a long ā (قاهِر → قَاهِر) and before ى, ة.
  static func canonical(_ vocalized: String) -> String {
    var out = String.UnicodeScalarView()
    var previousIsBareConsonant = false
    var scalars = Array(vocalized.unicodeScalars)
    // Final nisba -iyy is -ī in names (Kurdī, Qiblī).
    while let last = scalars.last, isMark(last), last != shadda { scalars.removeLast() }
    if scalars.count >= 3, scalars[scalars.count - 1] == shadda, scalars[scalars.count - 2] == "\u{064A}",
      scalars[scalars.count - 3] == kasra
    {
      scalars.removeLast()
    }
    for s in scalars {
      if (s == "\u{0627}" || s == "\u{0649}" || s == "\u{0629}"), previousIsBareConsonant { out.append(fatha) }
      out.append(s)
      previousIsBareConsonant = isArabicLetter(s) && s != "\u{0627}"
    }
    return String(out)
  }

  /// The words of a display-normalized name.
  func words(of name: String) -> [Word] {
    // Arabic runs (letters and marks) are words; everything between them (spaces, punctuation,
    // digits, Latin) is kept as written in front of the next word.
    var words: [Word] = []
    var before = String.UnicodeScalarView()
    // The word's scalars as an array: vocalize and joinedComponent read them as they are.
    var run: [Unicode.Scalar] = []
    func flush() {
      guard !run.isEmpty else { return }
      var start = 0
      // A component written joined to the name (كفرنبودة): two words, Kafr and the name.
      if let length = joinedComponent(run) {
        var component = vocalize(run[..<length])
        component.before = String(before)
        words.append(component)
        start = length
        before = String.UnicodeScalarView(" ".unicodeScalars)
      }
      var word = vocalize(run[start...])
      word.before = String(before)
      words.append(word)
      run.removeAll(keepingCapacity: true)
      before = String.UnicodeScalarView()
    }
    for scalar in name.unicodeScalars {
      if NameVocalizer.isArabicLetter(scalar)
        || (NameVocalizer.isMark(scalar) || scalar == NameVocalizer.shadda) && !run.isEmpty
      {
        run.append(scalar)
      } else {
        flush()
        before.append(scalar == "\t" || scalar == "\u{00A0}" ? " " : scalar)
      }
    }
    flush()
    if !before.isEmpty {
      words.append(Word(article: false, vocalized: "", component: nil, arabic: false, before: String(before)))
    }
    // Construct state: a word ending in ة without the article, followed (after spaces) by another word.
    for index in words.indices.dropLast() {
      guard words[index].arabic, !words[index].article, words[index].component == nil, isConstruct(words, index),
        words[index].vocalized.unicodeScalars.last == "\u{0629}"
      else { continue }
      words[index].vocalized = String(words[index].vocalized.unicodeScalars.dropLast()) + "\u{062A}"
    }
    return words
  }

  /// Whether the word at `index` is followed, after spaces only, by another Arabic word (the
  /// position of a noun in construct).
  func isConstruct(_ words: [Word], _ index: Int) -> Bool {
    guard index + 1 < words.count else { return false }
    let next = words[index + 1]
    return next.arabic && !next.before.isEmpty && next.before.allSatisfy { $0 == " " }
  }

  /// The length of a joined component at the start of an unvocalized word the lexicon does not
  /// know, when at least three letters follow it (كفرنبودة → كفر + نبودة), else nil.
  func joinedComponent(_ letters: [Unicode.Scalar]) -> Int? {
    guard !joined.isEmpty else { return nil }
    // The spellings first (a few letters compared), the lexicon only for a word that starts with one.
    guard
      let length = joined.first(where: { spelling in
        letters.count >= spelling.count + 3
          && zip(letters, spelling).allSatisfy { NameKey.folded($0) == NameKey.folded($1) }
      })?.count,
      letters.allSatisfy(NameVocalizer.isArabicLetter), components[NameKey(folding: letters[...])] == nil,
      lexiconForm(letters) == nil
    else { return nil }
    return length
  }

  /// One word.
  func vocalize(_ scalars: ArraySlice<Unicode.Scalar>) -> Word {
    guard scalars.contains(where: NameVocalizer.isArabicLetter) else {
      return Word(
        article: false, vocalized: String(String.UnicodeScalarView(scalars)), component: nil, arabic: false)
    }
    if scalars.contains(where: NameVocalizer.isMark) {
      return Word(
        article: false, vocalized: NameVocalizer.canonical(String(String.UnicodeScalarView(scalars))), component: nil,
        arabic: true)
    }
    var letters = scalars.filter { NameVocalizer.isArabicLetter($0) }
    // A component spelled with its article (الله) is one word.
    if let component = components[NameKey(folding: letters[...])] {
      return Word(article: false, vocalized: component.vocalized, component: component, arabic: true)
    }
    var article = false
    if letters.count >= 4, letters[0] == "\u{0627}", letters[1] == "\u{0644}" {
      // A name the lexicon knows with its article (الدين: al-Din, where دين alone reads dayn).
      if let form = stems[NameKey(folding: letters[...])], let rest = NameVocalizer.afterArticle(form) {
        return Word(article: true, vocalized: NameVocalizer.canonical(rest), component: nil, arabic: true)
      }
      // The sun letter is doubled by the rules, not by a shadda.
      article = true
      letters.removeFirst(2)
    }
    if let component = components[NameKey(folding: letters[...])] {
      return Word(article: article, vocalized: component.vocalized, component: component, arabic: true)
    }
    if let found = lexiconForm(letters) {
      return Word(article: article, vocalized: found, component: nil, arabic: true)
    }
    return Word(article: article, vocalized: NameVocalizer.pattern(letters), component: nil, arabic: true)
  }

  /// A vocalized lexicon form that begins with the article (الْجَزِيرَة, الدِّين) without it: the
  /// article's sukun and the sun letter's shadda go (the rules write the article), else nil (أَلْبان
  /// begins with a hamza, not the article).
  static func afterArticle(_ form: String) -> String? {
    let scalars = Array(form.unicodeScalars)
    guard scalars.count >= 3, scalars[0] == "\u{0627}", scalars[1] == "\u{0644}" else { return nil }
    var rest = scalars[2...].drop { $0 == "\u{0652}" }
    guard let first = rest.first, isArabicLetter(first) else { return nil }
    rest = rest.dropFirst()
    let marks = rest.prefix(while: isMark).filter { $0 != shadda }
    return String(String.UnicodeScalarView([first] + marks + rest.drop(while: isMark)))
  }

  /// The lexicon's reading of a word (letters, no harakat), with ة and nisba endings.
  func lexiconForm(_ letters: [Unicode.Scalar]) -> String? {
    if let form = stems[NameKey(folding: letters[...])] { return NameVocalizer.canonical(form) }
    let count = letters.count
    guard count >= 3 else { return nil }
    let last = letters[count - 1]
    if last == "\u{0629}" || last == "\u{0647}" {
      if count >= 4, letters[count - 2] == "\u{064A}", let stem = stems[NameKey(folding: letters[..<(count - 2)])] {
        return stripFinalMark(NameVocalizer.canonical(stem)) + "\u{0650}\u{064A}\u{064A}\u{064E}\u{0629}"  // -īyah
      }
      if let stem = stems[NameKey(folding: letters[..<(count - 1)])] {
        return stripFinalMark(NameVocalizer.canonical(stem)) + "\u{064E}\u{0629}"
      }
    }
    if last == "\u{064A}", count >= 4,
      !["\u{0627}", "\u{0648}", "\u{064A}", "\u{0649}"].contains(letters[count - 2]),
      let stem = stems[NameKey(folding: letters[..<(count - 1)])]
    {
      return stripFinalMark(NameVocalizer.canonical(stem)) + "\u{0650}\u{064A}"  // nisba -ī
    }
    // News spelling variants: final ي for ى and ه for ة (and the reverse).
    var variant = letters
    switch last {
    case "\u{064A}": variant[count - 1] = "\u{0649}"
    case "\u{0649}": variant[count - 1] = "\u{064A}"
    case "\u{0647}": variant[count - 1] = "\u{0629}"
    default: return nil
    }
    return stems[NameKey(folding: variant[...])].map(NameVocalizer.canonical)
  }

  private func stripFinalMark(_ form: String) -> String {
    var scalars = Array(form.unicodeScalars)
    while let last = scalars.last, NameVocalizer.isMark(last), last != NameVocalizer.shadda { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }

  // MARK: - Pattern rules

  private enum Unit {
    case consonant(Unicode.Scalar)
    case long(Unicode.Scalar, vowel: Unicode.Scalar)  // ا و ي as ā ū ī
    case initial(Unicode.Scalar)  // word-initial hamza seat with its vowel
    case ending(Unicode.Scalar)  // ة or ى
  }

  /// ا أ إ آ ٱ
  private static let alefs: Set<Unicode.Scalar> = ["\u{0627}", "\u{0623}", "\u{0625}", "\u{0622}", "\u{0671}"]

  /// Vocalizes an unknown word by the pattern rules (see the type's documentation).
  static func pattern(_ letters: [Unicode.Scalar]) -> String {
    let alef: Unicode.Scalar = "\u{0627}"
    let waw: Unicode.Scalar = "\u{0648}"
    let yeh: Unicode.Scalar = "\u{064A}"
    let alefs = NameVocalizer.alefs
    let n = letters.count
    var units: [Unit] = []
    var marks: [Unicode.Scalar?] = []  // per unit: the mark after a consonant (nil: decide)
    var i = 0
    while i < n {
      let s = letters[i]
      let previous: Unicode.Scalar? = i > 0 ? letters[i - 1] : nil
      let next: Unicode.Scalar? = i + 1 < n ? letters[i + 1] : nil
      switch s {
      case alef, "\u{0623}", "\u{0625}", "\u{0622}", "\u{0671}":
        if i == 0 {
          units.append(.initial(s))
          marks.append(s == "\u{0625}" ? kasra : fatha)
        } else if s == alef || s == "\u{0622}" || s == "\u{0671}" {
          units.append(.long(alef, vowel: fatha))
          marks.append(nil)
        } else {
          units.append(.consonant("\u{0621}"))
          marks.append(nil)
        }
      case waw, yeh:
        let vowel = s == waw ? damma : kasra
        // Diminutive C و ي C…: CuwayC.
        if s == waw, i == 1, next == yeh, i + 2 < n - 0, n >= 4 {
          if case .consonant = units.last { marks[marks.count - 1] = damma }
          units.append(.consonant(waw))
          marks.append(fatha)
          units.append(.consonant(yeh))
          marks.append(sukun)
          i += 2
          continue
        }
        // Diminutive CCيC…: CuCayC (قصير → quṣayr, جهينة → juhaynah, and in longer words
        // رميلان → rumaylān, القنيطرة → al-qunayṭirah).
        if s == yeh, i == 2, n >= 4, !alefs.contains(letters[0]),
          letters[1] != alef, letters[1] != waw, letters[1] != yeh,
          next.map({ !alefs.contains($0) && $0 != waw && $0 != yeh }) == true,
          n == 4 || letters[4] == "\u{0629}" || letters[4] == "\u{0647}" || letters[4] == "\u{0649}" || n >= 6
        {
          if case .consonant = units.first { marks[0] = damma }
          marks[marks.count - 1] = fatha
          units.append(.consonant(yeh))
          marks.append(sukun)
          i += 1
          continue
        }
        // Nisba -ية: ī + ya + h.
        if s == yeh, i == n - 2, next == "\u{0629}" || next == "\u{0647}", i > 0 {
          units.append(.long(yeh, vowel: kasra))
          marks.append(nil)
          units.append(.consonant(yeh))
          marks.append(fatha)
          units.append(.ending("\u{0629}"))
          marks.append(nil)
          i += 2
          continue
        }
        let consonantal =
          i == 0 || previous.map(alefs.contains) == true || next == alef || previous == waw || previous == yeh
          || (next == waw || next == yeh) && i + 1 < n - 1
        if consonantal {
          // -iyā after a consonant (أجدابيا → ajdābiyā).
          if s == yeh, next == alef, units.count >= 2, case .consonant = units.last, marks.last! == nil,
            case .long = units[units.count - 2]
          {
            marks[marks.count - 1] = kasra
          }
          units.append(.consonant(s))
          marks.append(nil)
        } else {
          units.append(.long(s, vowel: vowel))
          marks.append(nil)
        }
      case "\u{0649}" where i == n - 1 && i >= 2 && letters[i - 2] == alef:
        // -āCى is -āCī (بنغازى → banghāzī): the Egyptian and Sudanese spelling of final ي.
        units.append(.long(yeh, vowel: kasra))
        marks.append(nil)
      case "\u{0629}", "\u{0649}":
        units.append(.ending(s))
        marks.append(nil)
      case "\u{0647}" where i == n - 1 && n >= 3 && previous != alef:
        // Final ه in names is usually a ta marbuta written without dots (news spelling).
        units.append(.ending("\u{0629}"))
        marks.append(nil)
      default:
        units.append(.consonant(s))
        marks.append(nil)
      }
      i += 1
    }

    // Three consonants and nothing else: faʻl, the commonest triliteral noun pattern in the lexicon
    // (CaCC about twice as often as CaCaC): فشن → fashn, قفط → qafţ.
    if units.count == 3, marks.allSatisfy({ $0 == nil }),
      units.allSatisfy({ if case .consonant = $0 { true } else { false } })
    {
      marks[0] = fatha
      marks[1] = sukun
    }

    // Short vowels.
    var voweled: [Bool] = Array(repeating: false, count: units.count)  // consonant got a short vowel
    // Syllables are counted from the right: in a run of consonants the one before a voweled
    // consonant closes a syllable, the one before that opens one (حرستا → ḥarastā), and the
    // first consonant of a word always has a vowel.
    var opensSyllable: [Bool?] = Array(repeating: nil, count: units.count)
    do {
      var index = units.count - 1
      while index >= 0 {
        guard case .consonant = units[index], marks[index] == nil else {
          index -= 1
          continue
        }
        var start = index
        while start > 0, case .consonant = units[start - 1], marks[start - 1] == nil { start -= 1 }
        var onset: Bool
        if index + 1 < units.count {
          switch units[index + 1] {
          case .long, .ending, .initial: onset = true
          case .consonant: onset = marks[index + 1] != nil && marks[index + 1] != sukun
          }
        } else {
          onset = false
        }
        opensSyllable[index] = onset
        // After the vowel of an initial hamza the run is syllabified from the left: its first
        // consonant closes the syllable (afʻal, ifʻāl: أرمنت → armant, إبشواي → ibshawāy); the
        // last consonant keeps what its right neighbour asks for.
        var closesAfterInitial = false
        if start > 0, case .initial(let seat) = units[start - 1], seat != "\u{0622}" { closesAfterInitial = true }
        if closesAfterInitial, index > start {
          for j in start..<index { opensSyllable[j] = (j - start) % 2 == 1 }
        } else {
          var j = index - 1
          while j >= start {
            var open = !(opensSyllable[j + 1] ?? false)
            if j == 0 { open = true }
            // A glide before the last consonant of the word closes a diphthong rather than
            // opening a syllable: C و/ي C at the end is CawC / CayC (ـاوين → -āwayn).
            if open, j == index - 1, j > start, index + 1 == units.count, case .consonant(let glide) = units[j],
              glide == waw || glide == yeh
            {
              open = false
            }
            opensSyllable[j] = open
            j -= 1
          }
        }
        index = start - 1
      }
    }
    for index in units.indices {
      guard case .consonant = units[index] else { continue }
      if let mark = marks[index] {
        voweled[index] = mark != sukun
        continue
      }
      let next: Unit? = index + 1 < units.count ? units[index + 1] : nil
      switch next {
      case .long(_, let vowel):
        marks[index] = vowel
        voweled[index] = true
      case .ending:
        marks[index] = fatha
        voweled[index] = true
      case .none:
        marks[index] = nil
      case .initial:
        marks[index] = fatha
        voweled[index] = true
      case .consonant:
        let previousIndex = index - 1
        var needsVowel: Bool
        var previousWasLong = false
        if previousIndex < 0 {
          needsVowel = true
        } else {
          switch units[previousIndex] {
          case .consonant: needsVowel = !voweled[previousIndex]
          case .long:
            needsVowel = true
            previousWasLong = true
          case .initial: needsVowel = false
          case .ending: needsVowel = true
          }
        }
        if let open = opensSyllable[index] { needsVowel = open }
        if needsVowel {
          var vowel = fatha
          // fāʻil: ā C C(final) → i on the middle consonant.
          if previousWasLong, case .long(_, let v) = units[previousIndex], v == fatha, index + 2 == units.count {
            vowel = kasra
          }
          // fuʻūl: C C ū … at the start → u.
          if index == 0, index + 2 < units.count, case .long(_, let v) = units[index + 2], v == damma {
            vowel = damma
          }
          marks[index] = vowel
          voweled[index] = true
        } else {
          marks[index] = sukun
        }
      }
    }

    var out = String.UnicodeScalarView()
    for (index, unit) in units.enumerated() {
      switch unit {
      case .consonant(let s):
        out.append(s)
        if let mark = marks[index], mark != sukun { out.append(mark) }
      case .long(let s, let vowel):
        // The consonant before carries the matching short vowel; after a long vowel or at the
        // start, write the short vowel so the rules see ā ū ī.
        if index == 0 || !(marks[index - 1] == vowel) { out.append(vowel) }
        out.append(s)
      case .initial(let s):
        out.append(s == "\u{0622}" ? "\u{0627}" : s)
        out.append(marks[index] ?? fatha)
        if s == "\u{0622}" { out.append("\u{0627}") }
      case .ending(let s):
        if index == 0 || marks[index - 1] != fatha { out.append(fatha) }
        out.append(s)
      }
    }
    return String(out)
  }
}

/// A dictionary key made of UTF-8 bytes: Arabic keys hash and compare without Unicode
/// normalization (they are built in one normal form: analysis or matching keys).
struct NameKey: Hashable, Sendable {
  let bytes: [UInt8]

  init(_ text: String) { bytes = Array(text.utf8) }

  init(bytes: [UInt8]) { self.bytes = bytes }

  /// A letter as ``init(folding:)`` writes it: أ إ آ ٱ as ا.
  @inline(__always)
  static func folded(_ letter: Unicode.Scalar) -> UInt32 {
    let value = letter.value
    return value == 0x0622 || value == 0x0623 || value == 0x0625 || value == 0x0671 ? 0x0627 : value
  }

  /// The analysis key of Arabic letters (no harakat): أ إ آ ٱ folded to ا, as UTF-8.
  init(folding letters: ArraySlice<Unicode.Scalar>) {
    var out: [UInt8] = []
    out.reserveCapacity(letters.count * 2)
    for letter in letters {
      var value = letter.value
      if value == 0x0622 || value == 0x0623 || value == 0x0625 || value == 0x0671 { value = 0x0627 }
      if value < 0x80 {
        out.append(UInt8(value))
      } else if value < 0x800 {
        out.append(UInt8(0xC0 | (value >> 6)))
        out.append(UInt8(0x80 | (value & 0x3F)))
      } else {
        for byte in String(Unicode.Scalar(value)!).utf8 { out.append(byte) }
      }
    }
    bytes = out
  }

  /// The analysis key (``Lexicon/analysisKey(_:)``) of UTF-8 Arabic: harakat, dagger alef and
  /// tatweel removed, أ إ آ ٱ folded to ا.
  init(analysisKeyOf utf8: UnsafeBufferPointer<UInt8>) {
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count)
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      if index + 1 < utf8.count, byte == 0xD8 || byte == 0xD9 {
        let next = utf8[index + 1]
        let scalar = (UInt32(byte & 0x1F) << 6) | UInt32(next & 0x3F)
        switch scalar {
        case 0x064B...0x0652, 0x0670, 0x0640:
          index += 2
          continue
        case 0x0622, 0x0623, 0x0625, 0x0671:
          out.append(0xD8)
          out.append(0xA7)
          index += 2
          continue
        default: break
        }
      }
      out.append(byte)
      index += 1
    }
    bytes = out
  }

  static func == (a: NameKey, b: NameKey) -> Bool { a.bytes == b.bytes }

  func hash(into hasher: inout Hasher) {
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
  }
}
