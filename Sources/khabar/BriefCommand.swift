// SPDX-License-Identifier: GPL-2.0-or-later
import ArgumentParser
import KhabarArabic
import KhabarBrief

/// Output formats of `khabar brief`.
enum BriefFormat: String, ExpressibleByArgument, CaseIterable {
  case text, markdown, json, jsonl
}

/// `khabar brief`: English briefs of Arabic news articles.
struct Brief: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brief",
    abstract: "Write an English brief of Arabic news articles (one brief per file).",
    discussion: """
      Reads whole articles (scraped pages are fine: share buttons, navigation and related-link \
      lines are dropped), finds the main event — type in ACLED's vocabulary, doer and target with \
      the article's hedges, place with governorate and coordinates, killed and wounded, date, \
      source — and the secondary events, and writes an English headline, a lead sentence and \
      2-5 further sentences. Every name, number and place comes from the article; in JSON each \
      fact carries the character span (Unicode scalar offsets) of the Arabic it came from.

      A file that cannot be read or holds no text gives an error (an error record in jsonl) and \
      the other files are still briefed; the exit status is then 1.

      Examples:
        khabar brief fixtures/articles/sy24-rusafa.ar.txt
        khabar brief --format json --date 2023-03-05 article.txt
        khabar brief --format jsonl articles/*.txt > briefs.jsonl
      """)

  @Argument(help: "Article files; '-' or none reads one article from standard input.")
  var files: [String] = []

  @Option(help: "Output format: text, markdown, json or jsonl (one line per article).")
  var format: BriefFormat = .text

  @Option(help: "Publication date (YYYY-MM-DD): resolves yesterday, on Thursday … to dates.")
  var date: String?

  @Option(help: "Country (ISO code) to prefer for ambiguous place names; default: the article's majority.")
  var country: String?

  @Option(name: .customLong("glossary"), help: "A user glossary (TSV) loaded after the built-in ones (repeatable).")
  var userFiles: [String] = []

  @Option(name: .customLong("policy"), help: "A naming choice POLICY=OPTION, e.g. isis=IS (repeatable).")
  var policyChoices: [String] = []

  @OptionGroup var data: DataOptions

  func validate() throws {
    if let date, Day(iso: date) == nil { throw ValidationError("--date takes YYYY-MM-DD, e.g. 2023-03-05") }
    for choice in policyChoices where !choice.contains("=") {
      throw ValidationError("--policy takes POLICY=OPTION, e.g. isis=IS")
    }
  }

  func run() throws {
    let directory = try data.locate()
    let briefer: Briefer
    let context: Briefer.Context
    do {
      let choices = policyChoices.map { choice -> (String, String) in
        let parts = choice.split(separator: "=", maxSplits: 1).map(String.init)
        return (parts[0], parts.count > 1 ? parts[1] : "")
      }
      briefer = try Briefer(directory: directory, glossaryFiles: userFiles, policyChoices: choices)
      context = try Briefer.Context()
    } catch let error as InputError {
      Diagnostics.error(error)
      throw ExitCode(1)
    }
    let options = Briefer.Options(date: date.flatMap { Day(iso: $0) }, country: country?.uppercased())
    let out = Output.standardOutput
    let inputs = files.isEmpty ? ["-"] : files
    var failed = false
    var jsonDocuments: [String] = []
    for (number, file) in inputs.enumerated() {
      let result = Result { () throws -> KhabarBrief.Brief in
        let text = try Self.readArticle(file)
        return try briefer.brief(text, options: options, context: context)
      }
      switch result {
      case .success(let brief):
        switch format {
        case .text:
          if inputs.count > 1 { out.line((number > 0 ? "\n" : "") + "== \(file) ==") }
          out.write(BriefText.text(brief))
        case .markdown:
          if number > 0 { out.line("") }
          out.write(BriefText.markdown(brief, file: inputs.count > 1 ? file : nil))
        case .json: jsonDocuments.append(JSONLines.encode(BriefRecord(file: file, brief: brief, error: nil)))
        case .jsonl: out.line(JSONLines.encode(BriefRecord(file: file, brief: brief, error: nil)))
        }
      case .failure(let error):
        failed = true
        let message = (error as? InputError).map { "\($0)" } ?? "\(file): \(error)"
        Diagnostics.write("khabar brief: \(message)\n")
        if format == .jsonl || format == .json {
          let record = JSONLines.encode(BriefRecord(file: file, brief: nil, error: message))
          if format == .jsonl { out.line(record) } else { jsonDocuments.append(record) }
        }
      }
    }
    if format == .json {
      out.line(jsonDocuments.count == 1 ? jsonDocuments[0] : "[" + jsonDocuments.joined(separator: ",\n") + "]")
    }
    out.flush()
    if failed { throw ExitCode(1) }
  }

  /// The article's text; invalid UTF-8 is replaced and reported with line:column; an empty or
  /// binary file is an error.
  static func readArticle(_ file: String) throws -> String {
    let bytes = try FileBytes.read(file, limit: 16 << 20)
    var slice = bytes[...]
    if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
    if let nul = slice.firstIndex(of: 0) {
      throw InputError("binary data (NUL byte); not an article", at: location(of: nul, in: bytes, file: file))
    }
    let (text, invalid) = UTF8Validation.decode(slice)
    if let first = invalid.first {
      let offset = slice.startIndex + first - 1
      Diagnostics.write(
        "khabar: \(location(of: offset, in: bytes, file: file)): warning: \(invalid.count) invalid UTF-8 "
          + "sequence(s) replaced with U+FFFD\n")
    }
    if !text.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) {
      throw InputError("no Arabic text to brief", at: SourceLocation(file: file, line: 1))
    }
    return text
  }

  static func location(of offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    return SourceLocation(file: file, line: line, column: offset - lineStart + 1)
  }
}

/// One brief (or error) in JSON.
struct BriefRecord: Encodable {
  var file: String
  var brief: KhabarBrief.Brief?
  var error: String?
}

/// Text and Markdown renderings of a brief.
enum BriefText {
  static func text(_ brief: KhabarBrief.Brief) -> String {
    var text = brief.headline + "\n\n" + brief.lead
    if !brief.body.isEmpty { text += " " + brief.body.joined(separator: " ") }
    return text + "\n"
  }

  static func markdown(_ brief: KhabarBrief.Brief, file: String?) -> String {
    var text = "## " + brief.headline + "\n\n"
    if let file { text += "*\(file)*\n\n" }
    text += brief.lead + "\n\n"
    for sentence in brief.body { text += "- " + sentence + "\n" }
    if let main = brief.events.first(where: { $0.role == .main }) {
      text += "\n| | |\n|---|---|\n"
      func row(_ name: String, _ value: String?) {
        if let value, !value.isEmpty { text += "| \(name) | \(value.replacingPipes) |\n" }
      }
      row("Event type", main.type?.rawValue)
      row("Perpetrator", main.perpetrator?.phrase)
      row("Target", main.target.map { t in t.object.map { "\($0) of \(t.english)" } ?? t.english })
      if let place = main.places.first {
        var location = place.english
        if let area = place.area { location += ", " + area }
        if let governorate = place.governorate { location += " (\(governorate))" }
        if let lat = place.latitude, let lon = place.longitude {
          location += " \(lat), \(lon)" + (place.geoPrecision == 2 ? " (approximate: the area's reference place)" : "")
        }
        row("Place", location)
      }
      row("Killed", main.killed.map { $0.phrase })
      row("Wounded", main.wounded.map { ($0.severity.map { $0 + " " } ?? "") + $0.phrase })
      row("Date", main.time.map { $0.date?.description ?? $0.english })
      row("Source", main.attribution?.english ?? brief.outlet)
    }
    return text
  }
}

extension String {
  fileprivate var replacingPipes: String {
    split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
  }
}
