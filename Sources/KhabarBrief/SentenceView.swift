// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import KhabarGlossary
import KhabarPlaces

/// One sentence with everything the rules look at: its tokens, terminology matches, cue words,
/// places and numbers, each indexed by the token it starts at.
struct SentenceView {
  struct Cue {
    var range: Range<Int>
    var roles: [CueRole]
    /// Whether the cue's entry is written with the article but the text has none (اليوم vs يوم).
    var lacksArticle = false
  }
  struct PlaceMention {
    var range: Range<Int>
    /// The matching key of the name (without the proclitic).
    var key: String
    /// The clitic read off the first word (ب, في …): "in" when the place follows a preposition.
    var clitic: String
    /// A descriptive form (ريف الرقة الجنوبي الغربي) or region (البادية السورية).
    var described: PlaceDescription.Described?
    /// A gazetteer match for a plain name.
    var match: PlaceMatch?
    /// For a road between two places (طريق الرقة – أثريا): the other end (this mention is the first).
    var routeEnd: [PlaceMention] = []
    /// Named after a landmark noun (دوار السوق, ساحة الكرامة): a spot inside a town.
    var isLandmark = false
    var isRoute: Bool { !routeEnd.isEmpty }

    init(range: Range<Int>, key: String, clitic: String, described: PlaceDescription.Described?, match: PlaceMatch?) {
      self.range = range
      self.key = key
      self.clitic = clitic
      self.described = described
      self.match = match
    }
  }

  let tokens: [Token]
  /// Token range of the whole sentence in the article (UTF-16).
  let range: Range<Int>
  let paragraph: Int
  var terms: [GlossaryMatch] = []
  var cues: [Cue] = []
  var places: [PlaceMention] = []
  /// Number value of tokens that are numbers (digits or number words), by token index.
  var numbers: [Int: (value: Int, length: Int)] = [:]
  /// Index into `terms` / `cues` / `places` of the mention starting at each token.
  var termAt: [Int: Int] = [:]
  var cueAt: [Int: Int] = [:]
  var placeAt: [Int: Int] = [:]
  /// Token index → index of the term covering it.
  var termCovering: [Int: Int] = [:]
  /// Gazetteer places the rest of the article names plainly (مدينة الميادين): here they are places
  /// even where their name is also a word (في الميادين in the headline).
  var knownPlaces: Set<Int> = []

  init(tokens: [Token], range: Range<Int>, paragraph: Int) {
    self.tokens = tokens
    self.range = range
    self.paragraph = paragraph
  }

  func term(at index: Int) -> GlossaryMatch? { termAt[index].map { terms[$0] } }
  func cue(at index: Int) -> Cue? { cueAt[index].map { cues[$0] } }
  func place(at index: Int) -> PlaceMention? { placeAt[index].map { places[$0] } }

  /// The first cue in `range` having a role for which `test` is true.
  func firstCue(in range: Range<Int>, where test: (CueRole) -> Bool) -> (Cue, CueRole)? {
    for cue in cues where range.contains(cue.range.lowerBound) {
      if let role = cue.roles.first(where: test) { return (cue, role) }
    }
    return nil
  }

  /// Whether token `index` is a quotation mark (skipped inside phrases: استهدفت “مواقع …”).
  func isQuote(_ index: Int) -> Bool {
    index < tokens.count && tokens[index].kind == .punctuation
      && ["\u{201C}", "\u{201D}", "\"", "«", "»", "'"].contains(tokens[index].text)
  }

  func isPunctuation(_ index: Int) -> Bool {
    index < tokens.count && tokens[index].kind == .punctuation
  }

  /// Whether token `index` is a comma, a full stop or a colon: a clause boundary for windows.
  func isBoundary(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .punctuation else { return false }
    return ["،", ",", ".", ":", "؛", ";", "(", ")"].contains(tokens[index].text)
  }
}
