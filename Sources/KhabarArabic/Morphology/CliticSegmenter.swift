// SPDX-License-Identifier: GPL-2.0-or-later
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A word cut into clitics and stem.
public struct CliticSegmentation: Sendable, Hashable {
  /// How the segmentation was decided.
  public enum Source: String, Sendable, Hashable, Codable {
    /// The best-ranked analysis of the lexicon.
    case lexicon
    /// A known word (a name from the gazetteer or glossary) that is never split.
    case known
    /// Not in the lexicon: proclitics and article split off a known or name-like remainder.
    case heuristic
    /// Not in the lexicon and nothing to split: the word is its own stem.
    case unanalysed
  }

  /// The word without harakat and tatweel.
  public var word: String
  public var morphemes: [Morpheme]
  public var source: Source
  /// The lexicon analysis chosen, when there is one.
  public var analysis: Analysis?

  /// The stem morpheme (there is always exactly one).
  public var stem: Morpheme {
    morphemes.first { $0.role == .stem } ?? Morpheme(text: word, role: .stem, tag: "", buckwalter: "")
  }
  public var proclitics: [Morpheme] { morphemes.filter { $0.role == .proclitic } }
  public var hasArticle: Bool { morphemes.contains { $0.role == .article } }
  public var enclitic: Morpheme? { morphemes.first { $0.role == .enclitic } }

  /// The segmentation written with `+` marks, e.g. `و+ ال+ ميليشيات` or `عناصر +ه`.
  public var display: String {
    morphemes.map { morpheme in
      switch morpheme.role {
      case .proclitic, .article: morpheme.text + "+"
      case .enclitic: "+" + morpheme.text
      case .stem: morpheme.text
      }
    }.joined(separator: " ")
  }
}

/// Splits Arabic words into proclitics (و ف ب ل ك س), the article ال (and لل), the stem and an
/// enclitic pronoun (ه ها هم هما هن ك كم نا ي), using the lexicon's analyses.
///
/// When a word has several analyses the most plausible one wins: the one whose lemma is most
/// frequent in running text (`lemma-frequency.tsv`), with a cost per clitic, a bonus for a
/// proper name or function word read whole (بيروت, لبنان, كما), and a cost for readings news
/// rarely has (imperatives, one- and two-letter stems). Known words — names from the gazetteer or the glossary — are never
/// split, and unknown words lose only proclitics and the article, and only in front of a known
/// word or a name-like remainder.
public struct CliticSegmenter: Sendable {
  public let lexicon: Lexicon
  /// Analysis keys (see ``Lexicon/analysisKey(_:)``) of words never to split.
  public var knownWords: Set<String>

  public init(lexicon: Lexicon, knownWords: Set<String> = []) {
    self.lexicon = lexicon
    self.knownWords = knownWords
  }

  /// The analyses of `word`, best first.
  public func rankedAnalyses(of word: some StringProtocol) -> [Analysis] {
    let analyses = lexicon.analyses(of: word)
    return analyses.enumerated().sorted { left, right in
      let a = score(left.element)
      let b = score(right.element)
      if a != b { return a > b }
      return left.offset < right.offset
    }.map(\.element)
  }

  /// The clitic segmentation of one word.
  public func segment(_ word: some StringProtocol) -> CliticSegmentation {
    let stripped = Lexicon.strippingDiacritics(word)
    let key = Lexicon.analysisKey(stripped)
    if knownWords.contains(key) {
      return CliticSegmentation(
        word: stripped, morphemes: [Morpheme(text: stripped, role: .stem, tag: "KNOWN", buckwalter: "")],
        source: .known)
    }
    if let best = rankedAnalyses(of: stripped).first {
      return CliticSegmentation(
        word: stripped, morphemes: best.morphemes(of: stripped), source: .lexicon, analysis: best)
    }
    if let split = heuristicSplit(stripped, key: key) { return split }
    return CliticSegmentation(
      word: stripped, morphemes: [Morpheme(text: stripped, role: .stem, tag: "UNKNOWN", buckwalter: "")],
      source: .unanalysed)
  }

  /// Ranking score of an analysis (higher is better).
  public func score(_ analysis: Analysis) -> Double {
    var score = log(1 + analysis.stem.lemmaFrequency)
    score -= 0.7 * Double(analysis.cliticCount)
    let stemLetters = analysis.wordLength - analysis.prefixLength - analysis.suffixLength
    let pos = analysis.partOfSpeech
    if pos == "NOUN_PROP", analysis.prefixLength == 0, analysis.suffixLength == 0 { score += 2 }
    if stemLetters <= 2 { score -= 1 }
    if pos == "VERB_IMPERATIVE" { score -= 2 }
    // Function words (كما, لكن, إذا) are far more frequent than the content-word readings that
    // share their letters, more than the small frequency corpus shows.
    if pos == "FUNC_WORD", analysis.prefixLength == 0, analysis.suffixLength == 0 { score += 1 }
    return score
  }

  /// Proclitics and article split off an out-of-lexicon word: in front of a known word, or (for
  /// the article, alone or after و ف ب ك ل) in front of a remainder of three letters or more.
  func heuristicSplit(_ word: String, key: String) -> CliticSegmentation? {
    let letters = Array(word.unicodeScalars)
    let keyLetters = Array(key.unicodeScalars)
    // Longest proclitic sequence first.
    for (form, parts) in CliticSegmenter.nominalPrefixes where form.count < keyLetters.count - 1 {
      guard keyLetters.starts(with: form) else { continue }
      let remainder = String(String.UnicodeScalarView(keyLetters[form.count...]))
      let hasArticle = parts.last?.role == .article
      let knownRemainder =
        knownWords.contains(remainder) || (hasArticle && knownWords.contains("\u{0627}\u{0644}" + remainder))
      guard knownRemainder || (hasArticle && keyLetters.count - form.count >= 3) else { continue }
      var morphemes: [Morpheme] = []
      var position = 0
      for part in parts {
        let end = position + part.length
        morphemes.append(
          Morpheme(
            text: String(String.UnicodeScalarView(letters[position..<end])), role: part.role, tag: part.tag,
            buckwalter: part.buckwalter))
        position = end
      }
      morphemes.append(
        Morpheme(
          text: String(String.UnicodeScalarView(letters[position...])), role: .stem, tag: "UNKNOWN",
          buckwalter: ""))
      return CliticSegmentation(word: word, morphemes: morphemes, source: .heuristic)
    }
    return nil
  }

  struct Part {
    var length: Int
    var role: Morpheme.Role
    var tag: String
    var buckwalter: String
  }

  /// Proclitic + article sequences written in front of nouns, longest first.
  static let nominalPrefixes: [([Unicode.Scalar], [Part])] = {
    let conjunctions: [(Unicode.Scalar, String)] = [("\u{0648}", "wa"), ("\u{0641}", "fa")]
    let prepositions: [(Unicode.Scalar, String)] = [("\u{0628}", "bi"), ("\u{0643}", "ka"), ("\u{0644}", "li")]
    let alef: Unicode.Scalar = "\u{0627}"
    let lam: Unicode.Scalar = "\u{0644}"
    var result: [([Unicode.Scalar], [Part])] = []
    for conjunction in [nil] + conjunctions.map(Optional.some) {
      for preposition in [nil] + prepositions.map(Optional.some) {
        for article in [false, true] {
          var form: [Unicode.Scalar] = []
          var parts: [Part] = []
          if let conjunction {
            form.append(conjunction.0)
            parts.append(Part(length: 1, role: .proclitic, tag: "CONJ", buckwalter: conjunction.1))
          }
          if let preposition {
            form.append(preposition.0)
            parts.append(Part(length: 1, role: .proclitic, tag: "PREP", buckwalter: preposition.1))
          }
          if article {
            // لِ + ال is written لل.
            let written: [Unicode.Scalar] = preposition?.1 == "li" ? [lam] : [alef, lam]
            form += written
            parts.append(Part(length: written.count, role: .article, tag: "DET", buckwalter: "Al"))
          }
          if !parts.isEmpty { result.append((form, parts)) }
        }
      }
    }
    return result.sorted { $0.0.count > $1.0.count }
  }()
}
