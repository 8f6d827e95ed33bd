// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// A glossary term found in a text.
public struct GlossaryMatch: Sendable, Hashable {
  /// Where the term is, in UTF-16 code units of the text (clitics included).
  public var range: Range<Int>
  /// Indices of the tokens it covers.
  public var tokenRange: Range<Int>
  public var entry: GlossaryEntry
  /// Whether the Arabic was plural or dual (a broken plural, -ات, -ون, -ين, -ان …).
  public var plural: Bool
  /// Proclitics written on the first word (و, ب, ل …), in order.
  public var proclitics: [String]
  /// Whether the first word had the article.
  public var definite: Bool
  /// The pronoun written on the last word (ه, ها, هم …), if any.
  public var enclitic: String?
  /// The entry's English under the naming policies, singular or plural.
  public var english: String
  /// The English with the clitics: "and militias", "its forces", "to/for regime forces".
  public var rendering: String
}

/// What the matcher takes off a token to find a term in it.
struct TokenVariant {
  var key: String
  var proclitics: [String] = []
  var definite = false
  var enclitic: String? = nil
  var plural = false
  /// How much was taken off (fewer is better).
  var cost = 0
}

extension Glossary {
  /// Non-overlapping matches in a token sequence, left to right, longest first.
  ///
  /// - Complexity: O(*n* × *v*² × *d*) for *n* tokens with *v* variants each and terms of at
  ///   most *d* words; in practice linear.
  public func matches(in tokens: [Token], clitics: CliticGlosses = .standard) -> [GlossaryMatch] {
    var result: [GlossaryMatch] = []
    var index = 0
    let variantsCache = tokens.map { token -> [TokenVariant]? in
      token.kind == .word || token.kind == .number ? nil : []
    }
    var firstVariants: [Int: [TokenVariant]] = [:]
    var innerVariants: [Int: [TokenVariant]] = [:]
    func first(_ i: Int) -> [TokenVariant] {
      if let cached = firstVariants[i] { return cached }
      let made = variantsCache[i] == nil ? Glossary.variants(of: tokens[i].key, first: true) : []
      firstVariants[i] = made
      return made
    }
    func inner(_ i: Int) -> [TokenVariant] {
      if let cached = innerVariants[i] { return cached }
      let made = variantsCache[i] == nil ? Glossary.variants(of: tokens[i].key, first: false) : []
      innerVariants[i] = made
      return made
    }
    while index < tokens.count {
      var best: (end: Int, cost: Int, terminal: Terminal, first: TokenVariant, last: TokenVariant)? = nil
      for start in first(index) {
        guard let child = nodes[0].children[start.key] else { continue }
        // Depth-first over the following tokens.
        var stack: [(node: Int, end: Int, cost: Int, last: TokenVariant)] = [(Int(child), index + 1, start.cost, start)]
        while let (node, end, cost, last) = stack.popLast() {
          if let terminal = nodes[node].terminals.first {
            let better: Bool
            if let current = best {
              if end != current.end {
                better = end > current.end
              } else if cost != current.cost {
                better = cost < current.cost
              } else {
                better = ranks[Int(terminal.entry)] > ranks[Int(current.terminal.entry)]
              }
            } else {
              better = true
            }
            if better { best = (end, cost, terminal, start, last) }
          }
          guard end < tokens.count, !nodes[node].children.isEmpty else { continue }
          for next in inner(end) {
            if let grandchild = nodes[node].children[next.key] {
              stack.append((Int(grandchild), end + 1, cost + next.cost, next))
            }
          }
        }
      }
      guard let found = best else {
        index += 1
        continue
      }
      let entry = entries[Int(found.terminal.entry)]
      let plural = found.terminal.plural || (found.end - index == 1 ? found.first.plural : found.first.plural)
      let english = self.english(of: entry, plural: plural)
      let enclitic = found.end - index == 1 ? found.first.enclitic : found.last.enclitic
      var words = found.first.proclitics.compactMap { clitics.proclitics[$0] }
      // A pronoun on a noun is a possessive ("its forces"); on a verb or particle it is an
      // object or subject, left to the translator.
      let isNominal = entry.partOfSpeech.map { $0.hasPrefix("noun") } ?? true
      if isNominal, let enclitic, let possessive = clitics.enclitics[enclitic] { words.append(possessive) }
      words.append(english)
      result.append(
        GlossaryMatch(
          range: tokens[index].range.lowerBound..<tokens[found.end - 1].range.upperBound,
          tokenRange: index..<found.end, entry: entry, plural: plural, proclitics: found.first.proclitics,
          definite: found.first.definite, enclitic: enclitic, english: english,
          rendering: words.joined(separator: " ")))
      index = found.end
    }
    return result
  }

  /// Matches in a text, tokenized with `segmenter`.
  public func matches(in text: String, segmenter: ArabicSegmenter, clitics: CliticGlosses = .standard) throws(ICUError)
    -> [GlossaryMatch]
  {
    matches(in: try segmenter.tokens(in: text), clitics: clitics)
  }

  // MARK: Morphology of the matcher

  static let waw: Unicode.Scalar = "\u{0648}"
  static let fa: Unicode.Scalar = "\u{0641}"
  static let ba: Unicode.Scalar = "\u{0628}"
  static let lam: Unicode.Scalar = "\u{0644}"
  static let kaf: Unicode.Scalar = "\u{0643}"
  static let alef: Unicode.Scalar = "\u{0627}"
  static let ta: Unicode.Scalar = "\u{062A}"
  static let ha: Unicode.Scalar = "\u{0647}"  // also ة in the matching form
  static let ya: Unicode.Scalar = "\u{064A}"
  static let nun: Unicode.Scalar = "\u{0646}"
  static let enclitics: [[Unicode.Scalar]] = ["هما", "هم", "هن", "ها", "كم", "نا", "ه"].map { Array($0.unicodeScalars) }

  /// The keys a token may match under, with what was taken off: proclitics (و ف, then ب ل ك) and
  /// the article on the first word of a term, the article on later words; on any word an
  /// enclitic pronoun, the -ة that becomes -ت before it, and number endings (-ات, -ون, -ين, -ان,
  /// -تان, -تين, and the -ا of the accusative).
  static func variants(of key: String, first: Bool) -> [TokenVariant] {
    let letters = Array(key.unicodeScalars)
    var prefixes: [(start: Int, proclitics: [String], definite: Bool)] = [(0, [], false)]
    if first {
      var index = 0
      var proclitics: [String] = []
      if letters.count - index > 3, letters[index] == waw || letters[index] == fa {
        proclitics.append(String(letters[index]))
        index += 1
        prefixes.append((index, proclitics, false))
      }
      if letters.count - index > 3, letters[index] == ba || letters[index] == lam || letters[index] == kaf {
        let preposition = letters[index]
        proclitics.append(String(preposition))
        index += 1
        prefixes.append((index, proclitics, false))
        // لِ + ال is written لل.
        if preposition == lam, letters.count - index > 3, letters[index] == lam {
          prefixes.append((index + 1, proclitics, true))
        }
      }
    }
    var withArticle: [(start: Int, proclitics: [String], definite: Bool)] = []
    for prefix in prefixes where !prefix.definite {
      let start = prefix.start
      if letters.count - start >= 4, letters[start] == alef, letters[start + 1] == lam {
        withArticle.append((start + 2, prefix.proclitics, true))
      }
    }
    prefixes += withArticle

    var result: [TokenVariant] = []
    for prefix in prefixes {
      let stem = Array(letters[prefix.start...])
      let baseCost = prefix.proclitics.count + (prefix.definite ? 0 : 0)
      func add(_ letters: ArraySlice<Unicode.Scalar>, enclitic: String?, plural: Bool, cost: Int) {
        guard letters.count >= 2 else { return }
        let key = String(String.UnicodeScalarView(letters))
        // Keys are stored without the article; an unstripped key that still has one is looked up
        // as stored.
        result.append(
          TokenVariant(
            key: prefix.definite ? key : Glossary.withoutArticle(key), proclitics: prefix.proclitics,
            definite: prefix.definite || (!prefix.definite && key != Glossary.withoutArticle(key)),
            enclitic: enclitic, plural: plural, cost: baseCost + cost))
      }
      func addNumberForms(_ base: ArraySlice<Unicode.Scalar>, enclitic: String?, cost: Int) {
        add(base, enclitic: enclitic, plural: false, cost: cost)
        let n = base.count
        guard n >= 4 else { return }
        let last2 = Array(base.suffix(2))
        if last2 == [alef, ta] {  // -ات: feminine plural of -ة, or of a masculine noun
          add(base.dropLast(2) + [ha], enclitic: enclitic, plural: true, cost: cost + 1)
          add(base.dropLast(2), enclitic: enclitic, plural: true, cost: cost + 1)
        } else if last2 == [waw, nun] || last2 == [ya, nun] {  // -ون, -ين: plural (or dual)
          if n >= 5, Array(base.suffix(3)) == [ta, ya, nun] {  // -تين: feminine dual
            add(base.dropLast(3) + [ha], enclitic: enclitic, plural: true, cost: cost + 1)
          }
          add(base.dropLast(2), enclitic: enclitic, plural: true, cost: cost + 1)
        } else if last2 == [alef, nun] {  // -ان: dual
          if n >= 5, Array(base.suffix(3)) == [ta, alef, nun] {
            add(base.dropLast(3) + [ha], enclitic: enclitic, plural: true, cost: cost + 1)
          }
          add(base.dropLast(2), enclitic: enclitic, plural: true, cost: cost + 1)
        } else if base.last == alef {  // accusative -اً
          add(base.dropLast(), enclitic: enclitic, plural: false, cost: cost + 1)
        }
        // Construct forms before a pronoun or a following noun: -و (nominative plural), -ي.
      }
      addNumberForms(stem[...], enclitic: nil, cost: 0)
      for pronoun in enclitics where stem.count - pronoun.count >= 2 && stem.suffix(pronoun.count).elementsEqual(pronoun) {
        var base = stem.dropLast(pronoun.count)
        let pronounText = String(String.UnicodeScalarView(pronoun))
        addNumberForms(base, enclitic: pronounText, cost: 1)
        if base.last == ta {  // قوته: ة is written ت before a pronoun
          base = base.dropLast() + [ha]
          addNumberForms(base, enclitic: pronounText, cost: 1)
        }
        // Sound plural and dual construct forms lose their ن: مقاتلوه, عنصريه.
        if base.last == waw || base.last == ya {
          add(base.dropLast(), enclitic: pronounText, plural: true, cost: 2)
        }
      }
    }
    return result
  }
}

/// English glosses of clitics, from `glossaries/clitics.tsv`.
public struct CliticGlosses: Sendable {
  public var proclitics: [String: String]
  public var enclitics: [String: String]

  public init(proclitics: [String: String], enclitics: [String: String]) {
    self.proclitics = proclitics
    self.enclitics = enclitics
  }

  /// Loads `clitics.tsv` (columns arabic, role, english).
  public init(path: String) throws(InputError) {
    let table = try TSVTable(path: path, required: ["arabic", "role", "english"])
    var proclitics: [String: String] = [:]
    var enclitics: [String: String] = [:]
    for row in table.rows {
      let arabic = ArabicNormalizer.matching.normalize(String(table.field(row, "arabic")))
      let english = String(table.field(row, "english"))
      switch table.field(row, "role") {
      case "proclitic": proclitics[arabic] = english
      case "enclitic": enclitics[arabic] = english
      default:
        throw InputError("role must be proclitic or enclitic", at: table.location(row, column: "role"))
      }
    }
    self.init(proclitics: proclitics, enclitics: enclitics)
  }

  /// No glosses (renderings are the bare English).
  public static let standard = CliticGlosses(proclitics: [:], enclitics: [:])
}
