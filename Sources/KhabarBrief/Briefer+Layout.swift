// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import KhabarGlossary

/// What the page clean-up found: headline, dateline facts, body paragraphs and furniture.
struct Layout {
  var headline: Range<Int>?
  var body: [Range<Int>] = []
  var furniture: [Range<Int>] = []
  var meta: [Range<Int>] = []
  var outlet: String?
  var exclusive = false
  var date: Day?
}

extension Briefer {
  /// Splits a scraped page into furniture (share buttons, navigation, related links), headline,
  /// dateline/byline lines and body paragraphs.
  ///
  /// The headline is the first line that is not furniture or a date line; short lines between it
  /// and the first paragraph are dateline/byline (SY24 -خاص, إدلب – مراسلنا, a date). A paragraph
  /// that opens with a short "place – outlet:" prefix gives that prefix to the dateline too.
  /// Words of a line, split at spaces and tabs.
  func wordCount(_ text: String) -> Int { text.split(whereSeparator: { $0 == " " || $0 == "\t" }).count }

  func layOut(_ article: ArticleText, context: Context) throws(ICUError) -> Layout {
    var layout = Layout()
    let units = article.units
    var lines: [Range<Int>] = []
    var start = 0
    for index in 0...units.count where index == units.count || units[index] == 0x0A {
      var range = start..<index
      range = trimmed(range, units)
      if !range.isEmpty { lines.append(range) }
      start = index + 1
    }
    var seenBody = false
    var dateLines: [Range<Int>] = []
    for line in lines {
      let text = article.string(line)
      if rules.isFurniture(text) {
        layout.furniture.append(line)
        continue
      }
      let words = wordCount(text)
      // Date lines are short; a paragraph's dates are the events' business.
      let dateInLine = words <= 12 ? try date(in: article, line, context: context) : nil
      if layout.headline == nil {
        if dateInLine != nil, words <= 8 {
          layout.meta.append(line)
          layout.date = layout.date ?? dateInLine
          continue
        }
        if arabicWords(text) >= 2 {
          layout.headline = line
        } else {
          layout.meta.append(line)
          noteOutlet(text, &layout)
        }
        continue
      }
      // A site's masthead above the headline (تلفزيون سوريا, نهر ميديا): a line of two or three
      // words, then a longer one that is no dateline ("دير الزور – نهر ميديا"). The site's name in
      // Latin letters may come between (عين الفرات, then Ayn al-Furat), and so may the date
      // (وكالة ستيب الإخبارية, الأربعاء 8 أيلول 2021, then the headline), and a dateline that
      // names the site again (زمان الوصل, a date, دير الزور - زمان الوصل), and a section label
      // of one or two words (رووداو ديجيتال, العراق, a date).
      if !seenBody, let headline = layout.headline,
        !layout.meta.contains(where: {
          $0.lowerBound > headline.lowerBound && arabicWords(article.string($0)) > 0 && !dateLines.contains($0)
            && !article.string($0).contains(article.string(headline)) && wordCount(article.string($0)) > 2
        }),
        wordCount(article.string(headline)) <= 3,
        words >= 5, words < 30, !text.hasSuffix("."), !text.contains(where: { "–-—".contains($0) })
      {
        layout.meta.append(headline)
        noteOutlet(article.string(headline), &layout)
        layout.headline = line
        continue
      }
      if !seenBody, words < 10, !text.hasSuffix(".") {
        layout.meta.append(line)
        if dateInLine != nil, words <= 8 { dateLines.append(line) }
        noteOutlet(text, &layout)
        if layout.date == nil { layout.date = dateInLine }
        continue
      }
      if words < 6, !text.hasSuffix("."), seenBody {
        layout.furniture.append(line)  // a stray caption or link text between paragraphs
        continue
      }
      var body = line
      if !seenBody, let prefixEnd = datelinePrefix(units, line) {
        let prefix = line.lowerBound..<prefixEnd
        layout.meta.append(prefix)
        noteOutlet(article.string(prefix), &layout)
        body = trimmed(prefixEnd..<line.upperBound, units)
      }
      seenBody = true
      if !body.isEmpty { layout.body.append(body) }
    }
    // A text of one line (a sentence, a lead given on stdin) is its own body.
    if layout.body.isEmpty, let headline = layout.headline { layout.body = [headline] }
    return layout
  }

  private func trimmed(_ range: Range<Int>, _ units: [UInt16]) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    func isSpace(_ unit: UInt16) -> Bool {
      unit == 0x20 || unit == 0x09 || unit == 0x0D || unit == 0xA0 || unit == 0xFEFF || unit == 0x200F
        || unit == 0x200E
    }
    while lower < upper, isSpace(units[lower]) { lower += 1 }
    while upper > lower, isSpace(units[upper - 1]) { upper -= 1 }
    return lower..<upper
  }

  private func arabicWords(_ text: String) -> Int {
    text.split(separator: " ").filter { word in
      word.unicodeScalars.contains { (0x0620...0x064A).contains($0.value) }
    }.count
  }

  /// Outlet (Latin name such as SY24) and exclusivity (خاص) from a dateline or byline.
  private func noteOutlet(_ text: String, _ layout: inout Layout) {
    let normalized = ArabicNormalizer.matching.normalize(text)
    for word in normalized.split(whereSeparator: { " -–—:|/()".contains($0) }) {
      if word == "خاص" || word == "-خاص" { layout.exclusive = true }
      if layout.outlet == nil,
        word.unicodeScalars.contains(where: { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }),
        word.count >= 2, !["facebook", "twitter", "whatsapp", "telegram"].contains(word.lowercased())
      {
        // The matching form folds case: take the word as written.
        if let original = text.split(whereSeparator: { " -–—:|/()".contains($0) }).first(where: {
          $0.lowercased() == word.lowercased()
        }) {
          layout.outlet = String(original)
        }
      }
    }
  }

  /// The end of a "place – outlet:" prefix at the start of the first paragraph, if any.
  private func datelinePrefix(_ units: [UInt16], _ line: Range<Int>) -> Int? {
    var words = 0
    var index = line.lowerBound
    let limit = min(line.upperBound, line.lowerBound + 60)
    while index < limit {
      let unit = units[index]
      if unit == 0x20 { words += 1 }
      if words > 5 { return nil }
      if unit == 0x3A {  // colon
        return index + 1
      }
      if unit == 0x2013 || unit == 0x2014 || (unit == 0x2D && index + 1 < limit && units[index + 1] == 0x20) {
        // "إدلب – عنب بلدي:" — the dash is followed by at most three words and a colon or the text.
        var end = index + 1
        var after = 0
        while end < limit, units[end] != 0x3A {
          if units[end] == 0x20 { after += 1 }
          end += 1
        }
        if end < limit, after <= 4 { return end + 1 }
        guard words <= 2 else { return nil }
        // "وطنية - بنت جبيل - شن الطيران …": the outlet, then the place between two dashes.
        var second = index + 1
        var between = 0
        while second < limit, between <= 3 {
          if units[second] == 0x20 { between += 1 }
          if units[second] == 0x2013 || units[second] == 0x2014
            || (units[second] == 0x2D && second + 1 < limit && units[second + 1] == 0x20 && units[second - 1] == 0x20)
          {
            return second + 1
          }
          second += 1
        }
        return index + 1
      }
      index += 1
    }
    return nil
  }

  /// A date written in a line: 2024/03/05, 05/03/2024, 2024-03-05, 12 تشرين الأول 2023.
  func date(in article: ArticleText, _ range: Range<Int>, context: Context) throws(ICUError) -> Day? {
    let text = article.string(range)
    let normalized = ArabicNormalizer.display.normalize(text)
    // Numeric dates.
    for piece in normalized.split(whereSeparator: { $0 == " " || $0 == "،" || $0 == "," }) {
      let parts = piece.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).compactMap { Int($0) }
      guard parts.count == 3 else { continue }
      if parts[0] > 999, let day = Day(year: parts[0], month: parts[1], day: parts[2]) { return day }
      if parts[2] > 999, let day = Day(year: parts[2], month: parts[1], day: parts[0]) { return day }
    }
    // Day month-name [year].
    let tokens = try article.units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [Token] in
      try context.segmenter.tokens(in: buffer, range: range)
    }
    return monthDate(tokens, terms: glossary.matches(in: tokens), defaultYear: nil)
  }

  /// "12 تشرين الأول 2023" / "12 أكتوبر" in tokens: the first day number followed by a month.
  func monthDate(_ tokens: [Token], terms: [GlossaryMatch], defaultYear: Int?) -> Day? {
    for term in terms where term.entry.category == .time {
      guard let month = Day.monthNames.firstIndex(of: term.entry.english), term.tokenRange.lowerBound > 0 else {
        continue
      }
      let before = tokens[term.tokenRange.lowerBound - 1]
      guard before.kind == .number, let day = Int(before.key.filter(\.isNumber)), day <= 31 else { continue }
      var year = defaultYear
      let after = term.tokenRange.upperBound
      if after < tokens.count, tokens[after].kind == .number, let y = Int(tokens[after].key.filter(\.isNumber)),
        y > 1900
      {
        year = y
      }
      if let year, let result = Day(year: year, month: month + 1, day: day) { return result }
    }
    return nil
  }
}
