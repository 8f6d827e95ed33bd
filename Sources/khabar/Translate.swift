// SPDX-License-Identifier: GPL-2.0-or-later
import ArgumentParser
import Dispatch
internal import FoundationEssentials
import KhabarArabic
import KhabarTranslate
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

struct Translate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "translate",
    abstract: "Translate Arabic headlines and sentences into English (one record per input line).",
    discussion: """
      Input: plain text, one headline or sentence per line (default), --input tsv (id TAB text) or \
      --input jsonl ({"id": …, "text": …}); files or standard input. There is exactly one output \
      record per input record, in input order; a bad record (no id, invalid JSON) gives an error \
      record and the batch goes on. Lines are translated in chunks of 1,000 on all cores.

      Output: --format text (the English, one line per record), tsv (id TAB english) or jsonl (id, \
      source, english, unknown words, glossary hits with entry and span, coverage; with --explain \
      each English word with its Arabic span and the rule or entry behind it). In text format \
      --explain prints each word on an indented line after the translation.

      --unknown-report FILE writes the Arabic words the translator did not know, by frequency, with \
      an example line, as a glossary TSV with an empty english column: fill it in and pass it back \
      with --glossary.

      Exit status: 0 on success, 1 when a record had an error or an input could not be read (all \
      records are still written), 2 on a usage error.

      Examples:
        khabar translate headlines.txt
        khabar translate --text 'ضربة قوية لجيش النظام في الرقة'
        khabar translate --input tsv --format jsonl --explain feed.tsv
        khabar translate --policy isis=IS --unknown-report unknown.tsv headlines.txt
      """)

  enum InputKind: String, ExpressibleByArgument, CaseIterable { case text, tsv, jsonl }
  enum Format: String, ExpressibleByArgument, CaseIterable { case text, tsv, jsonl, json }

  @OptionGroup var input: InputOptions

  @Option(name: .customLong("input"), help: "Input records: text (one per line), tsv (id TAB text) or jsonl.")
  var inputKind: InputKind = .text

  @Option(help: "Output format: text, tsv or jsonl.")
  var format: Format = .text

  @Flag(help: "Show each English word with its Arabic span and the rule or glossary entry behind it.")
  var explain = false

  @Flag(help: "Print a summary (records, errors, coverage, speed) on standard error.")
  var stats = false

  @Option(help: "Write the unknown Arabic words, by frequency, as a glossary TSV to fill in.")
  var unknownReport: String?

  @Option(name: .customLong("glossary"), help: "A user glossary (TSV) loaded after the built-in ones (repeatable).")
  var userFiles: [String] = []

  @Option(name: .customLong("policy"), help: "A naming choice POLICY=OPTION, e.g. isis=IS (repeatable).")
  var policyChoices: [String] = []

  @Option(
    help: ArgumentHelp(
      "Headline style (no articles): auto (lines without final punctuation, up to 20 words), always or never.",
      valueName: "style"))
  var headlineStyle: Translator.HeadlineStyle = .auto

  @Option(help: .hidden) var chunkSize: Int = 1000

  @OptionGroup var data: DataOptions

  func validate() throws {
    for choice in policyChoices where !choice.contains("=") {
      throw ValidationError("--policy takes POLICY=OPTION, e.g. isis=IS")
    }
    if chunkSize < 1 { throw ValidationError("--chunk-size must be positive") }
  }

  /// One input record: its id and text, or the error that makes it unusable.
  struct Record {
    var id: String
    var text: String
    var error: String?
    var location: SourceLocation
  }

  struct JSONInput: Decodable {
    var id: String?
    var text: String?
    enum CodingKeys: String, CodingKey { case id, text }
    init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      if let string = try? container.decode(String.self, forKey: .id) {
        id = string
      } else if let number = try? container.decode(Int.self, forKey: .id) {
        id = String(number)
      } else if let number = try? container.decode(Double.self, forKey: .id) {
        id = String(number)
      } else {
        id = nil
      }
      text = try? container.decode(String.self, forKey: .text)
    }
  }

  struct WordRecord: Encodable {
    var english: String
    var arabic: String
    var start: Int
    var end: Int
    var rule: String
  }

  struct UnknownRecord: Encodable {
    var arabic: String
    var english: String
    var start: Int
    var end: Int
  }

  struct HitRecord: Encodable {
    var arabic: String
    var english: String
    var entry: String
    var start: Int
    var end: Int
  }

  struct OutputRecord: Encodable {
    var id: String
    var source: String
    var english: String?
    var unknown: [UnknownRecord]?
    var glossary: [HitRecord]?
    var coverage: Double?
    var words: [WordRecord]?
    var error: String?
  }

  /// What a worker hands back for one record.
  struct Result {
    var output: String
    var translation: Translation?
  }

  final class Slots: @unchecked Sendable {
    var results: [Result]
    /// The previous chunk's results and records, written out while the workers translate the
    /// next chunk.
    var previous: [Result] = []
    var previousRecords: [Record] = []
    var contexts: [Translator.Context?]
    /// What the written records add up to (for --stats and the exit status) and, with
    /// --unknown-report, the unknown words by key.
    var errors = 0
    var unknownWords = 0
    var hits = 0
    var coverageSum = 0.0
    var translated = 0
    var unknownCounts: [String: (count: Int, arabic: String, example: String)] = [:]

    init(count: Int, workers: Int) {
      results = Array(repeating: Result(output: ""), count: count)
      contexts = Array(repeating: nil, count: workers)
    }

    /// Writes the previous chunk's results to standard output, in order, and counts them.
    func emitPrevious(countingUnknown: Bool) {
      let out = Output.standardOutput
      for index in previousRecords.indices {
        let result = previous[index]
        out.line(result.output)
        if let translation = result.translation {
          translated += 1
          unknownWords += translation.unknown.count
          hits += translation.hits.count
          coverageSum += translation.coverage
          if countingUnknown {
            for word in translation.unknown where !word.key.isEmpty {
              if var entry = unknownCounts[word.key] {
                entry.count += 1
                unknownCounts[word.key] = entry
              } else if unknownCounts.count < 500_000 {
                unknownCounts[word.key] = (1, word.arabic, translation.source)
              }
            }
          }
        } else {
          errors += 1
          let record = previousRecords[index]
          Diagnostics.error(record.error ?? "not translated", at: record.location)
        }
      }
      previousRecords.removeAll(keepingCapacity: true)
    }
  }

  func run() throws {
    let started = Self.now()
    let directory = try data.locate()
    let translator: Translator
    do {
      let choices = policyChoices.map { choice -> (String, String) in
        let parts = choice.split(separator: "=", maxSplits: 1).map(String.init)
        return (parts[0], parts.count > 1 ? parts[1] : "")
      }
      translator = try Translator(directory: directory, glossaryFiles: userFiles, policyChoices: choices)
    } catch {
      Diagnostics.error(error)
      throw ExitCode(1)
    }
    Translate.keptAlive = translator

    let out = Output.standardOutput
    let workers = max(1, min(64, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    let slots = Slots(count: 0, workers: workers)
    let terminal = isatty(2) == 1
    var chunk: [Record] = []
    chunk.reserveCapacity(chunkSize)
    var records = 0
    let multipleFiles = input.files.count > 1
    // Options read once: a property wrapper's getter is slow for every record.
    let inputKind = self.inputKind
    let chunkSize = self.chunkSize
    let headlineStyle = self.headlineStyle
    let unknownReport = self.unknownReport
    let style = RenderStyle(format: format, explain: explain)
    let countingUnknown = unknownReport != nil
    let needsID = inputKind != .text || format != .text
    // The workers' contexts and the last results are left for the process's exit to free (as the
    // translator is), not freed one by one on the way out.
    Translate.keptSlots = slots

    func flushChunk() {
      guard !chunk.isEmpty else { return }
      let count = chunk.count
      // The results two chunks back stay in their slots until a worker overwrites them, so they
      // are freed by the workers, in parallel, not here.
      if slots.results.count != count { slots.results = Array(repeating: Result(output: ""), count: count) }
      let batch = chunk
      let stripes = min(workers, count)
      // Each worker takes the next block of records when it is done with one, so a worker that
      // the system holds up (other processes on the cores) does not leave the others waiting.
      let block = max(1, min(16, count / (stripes * 8)))
      let next = Atomic<Int>(0)
      DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
        // The first worker writes the previous chunk out first (the others translate meanwhile).
        if stripe == 0 { slots.emitPrevious(countingUnknown: countingUnknown) }
        let context: Translator.Context?
        if let existing = slots.contexts[stripe] {
          context = existing
        } else {
          context = try? Translator.Context()
          context?.headlineStyle = headlineStyle
          slots.contexts[stripe] = context
        }
        while true {
          let start = next.wrappingAdd(block, ordering: .relaxed).oldValue
          guard start < count else { break }
          for index in start..<min(start + block, count) {
            slots.results[index] = Self.render(batch[index], translator: translator, context: context, style: style)
          }
        }
      }
      swap(&slots.results, &slots.previous)
      slots.previousRecords = batch
      chunk.removeAll(keepingCapacity: true)
      if terminal {
        let elapsed = Self.now() - started
        let rate = elapsed > 0 ? Double(records) / elapsed : 0
        out.flush()
        Diagnostics.write("\r\u{1B}[Kkhabar translate: \(records) records, \(Int(rate)) records/s")
      }
    }

    let ok = try input.source.forEachLine { file, line in
      records += 1
      let location = SourceLocation(file: file, line: line.number)
      // (Text records written as text show no id: none is made for them.)
      var record = Record(
        id: !needsID ? "" : multipleFiles ? "\(file):\(line.number)" : "\(line.number)", text: line.text, error: nil,
        location: location
      )
      switch inputKind {
      case .text:
        break
      case .tsv:
        if let tab = line.text.firstIndex(of: "\t") {
          record.id = String(line.text[..<tab])
          record.text = String(line.text[line.text.index(after: tab)...])
          if record.id.isEmpty { record.error = "empty id" }
        } else {
          record.error = "missing id (expected id TAB text)"
        }
      case .jsonl:
        if let parsed = try? JSONDecoder().decode(JSONInput.self, from: Data(line.text.utf8)) {
          if let id = parsed.id { record.id = id } else { record.error = "missing id" }
          if let text = parsed.text { record.text = text } else if record.error == nil { record.error = "missing text" }
          if record.error != nil, parsed.text == nil { record.text = "" }
        } else {
          record.error = "invalid JSON"
        }
      }
      chunk.append(record)
      if chunk.count >= chunkSize { flushChunk() }
    }
    flushChunk()
    slots.emitPrevious(countingUnknown: countingUnknown)
    out.flush()
    if terminal { Diagnostics.write("\n") }

    if let unknownReport {
      var report = """
        # Unknown Arabic words from khabar translate, most frequent first; fill in english (and the
        # category) and pass the file back with --glossary. note: occurrences and an example line.
        arabic\tenglish\tcategory\tplural\tfeminine\tarabic_plural\tpos\tpriority\tpolicy\tnote\tsource

        """
      let sorted = slots.unknownCounts.sorted {
        $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key
      }
      for (_, value) in sorted {
        let example = value.example.replacingTabs()
        report +=
          "\(Lexicon.strippingDiacritics(value.arabic))\t\tgeneral\t\t\t\t\t\t\t\(value.count)× e.g. \(example)\tkhabar translate --unknown-report\n"
      }
      if !Self.write(report, to: unknownReport) {
        Diagnostics.error("cannot write \(unknownReport)")
        slots.errors += 1
      }
    }
    if stats {
      let elapsed = Self.now() - started
      let coverage = slots.translated > 0 ? slots.coverageSum / Double(slots.translated) * 100 : 0
      Diagnostics.write(
        "khabar translate: \(records) records, \(slots.errors) errors, \(slots.unknownWords) unknown words, "
          + "\(slots.hits) glossary hits, "
          + "coverage \(Self.format(coverage))%, \(Self.format(elapsed)) s, "
          + "\(Int(elapsed > 0 ? Double(records) / elapsed : 0)) records/s\n")
    }
    if !ok || slots.errors > 0 { throw ExitCode(1) }
  }

  nonisolated(unsafe) static var keptAlive: Translator? = nil
  nonisolated(unsafe) static var keptSlots: Slots? = nil

  /// The output options ``render(_:translator:context:style:)`` needs, as plain values.
  struct RenderStyle: Sendable {
    var format: Format
    var explain: Bool
  }

  static func render(_ record: Record, translator: Translator, context: Translator.Context?, style: RenderStyle)
    -> Result
  {
    let format = style.format
    let explain = style.explain
    if let error = record.error {
      switch format {
      case .text: return Result(output: "")
      case .tsv: return Result(output: "\(record.id.replacingTabs())\t\terror: \(error)")
      case .jsonl, .json:
        return Result(output: JSONLines.encode(OutputRecord(id: record.id, source: record.text, error: error)))
      }
    }
    guard let context else {
      return Result(
        output: format == .jsonl || format == .json
          ? JSONLines.encode(OutputRecord(id: record.id, source: record.text, error: "ICU unavailable")) : "")
    }
    // The words with their rules are only written with --explain.
    let translation = translator.translate(record.text, context: context, explaining: explain)
    let output: String
    switch format {
    case .text:
      if explain {
        var lines = [translation.english]
        for word in translation.words {
          lines.append("  \(word.english)\t\(word.start)-\(word.end)\t\(word.arabic)\t\(word.rule)")
        }
        output = lines.joined(separator: "\n")
      } else {
        output = translation.english
      }
    case .tsv:
      output = "\(record.id.replacingTabs())\t\(translation.english.replacingTabs())"
    case .jsonl, .json:
      var encoded = OutputRecord(id: record.id, source: record.text)
      encoded.english = translation.english
      encoded.unknown = translation.unknown.map {
        UnknownRecord(arabic: $0.arabic, english: $0.english, start: $0.start, end: $0.end)
      }
      encoded.glossary = translation.hits.map {
        HitRecord(arabic: $0.arabic, english: $0.english, entry: $0.entry, start: $0.start, end: $0.end)
      }
      encoded.coverage = (translation.coverage * 1000).rounded() / 1000
      if explain {
        encoded.words = translation.words.map {
          WordRecord(english: $0.english, arabic: $0.arabic, start: $0.start, end: $0.end, rule: $0.rule)
        }
      }
      output = JSONLines.encode(encoded)
    }
    return Result(output: output, translation: translation)
  }

  static func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  static func format(_ value: Double) -> String {
    let scaled = (value * 10).rounded() / 10
    return "\(scaled)"
  }

  static func write(_ text: String, to path: String) -> Bool {
    guard let file = fopen(path, "w") else { return false }
    defer { fclose(file) }
    var text = text
    return text.withUTF8 { bytes in fwrite(bytes.baseAddress, 1, bytes.count, file) == bytes.count }
  }
}

extension String {
  func replacingTabs() -> String {
    guard contains("\t") || contains("\n") else { return self }
    return String(map { $0 == "\t" || $0 == "\n" ? " " : $0 })
  }
}

/// The library's headline styles are the option's values (auto, always, never).
extension Translator.HeadlineStyle: ExpressibleByArgument {}
