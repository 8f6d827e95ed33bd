// SPDX-License-Identifier: GPL-2.0-or-later
import ArgumentParser
import KhabarArabic
import KhabarGlossary

struct GlossaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glossary",
    abstract: "Look up, check and export terminology glossaries.",
    discussion: """
      The built-in glossaries are glossaries/terms/*.tsv; --glossary FILE adds your own (later \
      files win). Naming policies (glossaries/policies.tsv) choose between conventions analysts \
      differ on: --policy isis=IS, --policy regime=government.

      Examples:
        khabar glossary lookup 'قتل 30 عنصرًا من قوات النظام والميليشيات الموالية له'
        khabar glossary check glossaries/terms/*.tsv
        khabar glossary stats
        khabar glossary export --format csv > terms.csv
        khabar glossary import --category actor deepl-terms.csv > mine.tsv
      """,
    subcommands: [Lookup.self, Check.self, Stats.self, Import.self, Export.self])

  /// Options shared by the glossary subcommands.
  struct Selection: ParsableArguments {
    @Option(name: .customLong("glossary"), help: "A user glossary (TSV) loaded after the built-in ones (repeatable).")
    var userFiles: [String] = []

    @Option(name: .customLong("policy"), help: "A naming choice POLICY=OPTION, e.g. isis=IS (repeatable).")
    var policyChoices: [String] = []

    @OptionGroup var data: DataOptions

    func validate() throws {
      for choice in policyChoices where !choice.contains("=") {
        throw ValidationError("--policy takes POLICY=OPTION, e.g. isis=IS")
      }
    }

    func load() throws -> (Glossary, CliticGlosses, DataDirectory) {
      let directory = try data.locate()
      switch Result(catching: { () throws(InputError) -> (Glossary, CliticGlosses) in try loadData(directory) }) {
      case .success(let (glossary, clitics)): return (glossary, clitics, directory)
      case .failure(let error):
        Diagnostics.error(error)
        throw ExitCode(1)
      }
    }

    private func loadData(_ directory: DataDirectory) throws(InputError) -> (Glossary, CliticGlosses) {
      var glossary = try Glossary(directory: directory, userFiles: userFiles)
      if !policyChoices.isEmpty {
        var policies = glossary.policies
        for choice in policyChoices {
          let parts = choice.split(separator: "=", maxSplits: 1).map(String.init)
          try policies.choose(parts[1], for: parts[0])
        }
        glossary = glossary.with(policies: policies)
      }
      let cliticsPath = directory.file("clitics.tsv")
      let clitics = DataDirectory.isReadable(cliticsPath) ? try CliticGlosses(path: cliticsPath) : .standard
      return (glossary, clitics)
    }
  }

  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lookup",
      abstract: "Find glossary terms in Arabic text, with their spans, entries and English.",
      discussion: """
        Text comes from the arguments, or standard input ('-' or nothing), one record per line. \
        Text format: one line per match, `line:start-end<TAB>Arabic<TAB>English<TAB>file:line`; \
        JSON: one object per input line with all its matches. Offsets are Unicode scalar offsets \
        in the line.

        Examples:
          khabar glossary lookup 'لقوات النظام'
          khabar glossary lookup --format json - < headlines.txt
        """)

    @Argument(help: "Text to look up; none or '-' reads standard input.")
    var text: [String] = []

    @OptionGroup var selection: Selection

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct MatchRecord: Encodable {
      var start: Int
      var end: Int
      var arabic: String
      var english: String
      var rendering: String
      var category: String
      var plural: Bool
      var proclitics: [String]
      var enclitic: String?
      var entry: String
      var source: String?
    }

    struct LineRecord: Encodable {
      var line: Int
      var text: String
      var matches: [MatchRecord]
    }

    func run() throws {
      let (glossary, clitics, _) = try selection.load()
      let scanner = try GlossaryScanner(glossary: glossary, clitics: clitics)
      let fromStandardInput = text.isEmpty || text == ["-"]
      let source = LineSource(
        files: fromStandardInput ? ["-"] : [], texts: fromStandardInput ? [] : [text.joined(separator: " ")])
      let out = Output.standardOutput
      let format = self.format
      let ok = try source.forEachLine { _, line in
        let units = [UInt16](utf16Of: line.text)
        let offsets = TextOffsets(units)
        let matches = try units.withUnsafeBufferPointer { try scanner.matches(in: $0) }
        let records = matches.map { match in
          let range = offsets.scalarRange(match.range)
          return MatchRecord(
            start: range.lowerBound, end: range.upperBound,
            arabic: String(utf16Units: Array(units[match.range])), english: match.english, rendering: match.rendering,
            category: match.entry.category.rawValue, plural: match.plural, proclitics: match.proclitics,
            enclitic: match.enclitic, entry: "\(match.entry.origin.file):\(match.entry.origin.line)",
            source: match.entry.source)
        }
        switch format {
        case .text:
          for record in records {
            out.line(
              "\(line.number):\(record.start)-\(record.end)\t\(record.arabic)\t\(record.rendering)\t\(record.entry)")
          }
        case .json:
          out.line(JSONLines.encode(LineRecord(line: line.number, text: line.text, matches: records)))
        }
      }
      out.flush()
      if !ok { throw ExitCode(1) }
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Lint glossary files: malformed lines, duplicates, conflicts, unknown categories.",
      discussion: """
        Problems are printed as file:line:column: error|warning: message. Exit status 1 when \
        there is an error. Without files, checks the built-in glossaries.

        Examples:
          khabar glossary check
          khabar glossary check my-terms.tsv
        """)

    @Argument(help: "Glossary files to check (default: the built-in ones).")
    var files: [String] = []

    @OptionGroup var data: DataOptions

    func run() throws {
      let paths = files.isEmpty ? Glossary.builtInFiles(in: try data.locate()) : files
      var errors = 0
      var warnings = 0
      var seen: [String: GlossaryEntry] = [:]
      var total = 0
      for path in paths {
        do {
          let (entries, diagnostics) = try GlossaryFile.read(path)
          total += entries.count
          for diagnostic in diagnostics {
            Diagnostics.write("\(diagnostic)\n")
            if diagnostic.severity == .error { errors += 1 } else { warnings += 1 }
          }
          for entry in entries {
            let key = Glossary.keys(of: entry.arabic).joined(separator: " ")
            if let previous = seen[key] {
              if previous.english == entry.english {
                Diagnostics.write(
                  "\(entry.origin): warning: duplicate of \(previous.origin) ('\(entry.arabic)' → '\(entry.english)')\n"
                )
                warnings += 1
              } else if previous.priority == entry.priority, previous.origin.file == entry.origin.file {
                Diagnostics.write(
                  "\(entry.origin): warning: '\(entry.arabic)' → '\(entry.english)' conflicts with '\(previous.english)' at \(previous.origin) (same priority; the earlier line wins)\n"
                )
                warnings += 1
              }
            } else {
              seen[key] = entry
            }
            if entry.source == nil {
              Diagnostics.write("\(entry.origin): warning: no source for '\(entry.arabic)'\n")
              warnings += 1
            }
          }
        } catch {
          Diagnostics.write("khabar: \(error)\n")
          errors += 1
        }
      }
      print("\(paths.count) files, \(total) entries, \(errors) errors, \(warnings) warnings")
      if errors > 0 { throw ExitCode(1) }
    }
  }

  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stats",
      abstract: "Count glossary entries by file and category.",
      discussion: "--timing also prints how long loading and compiling the glossaries took.")

    @OptionGroup var selection: Selection

    @Flag(help: "Print the load-and-compile time of the glossaries.")
    var timing = false

    func run() throws {
      let started = ContinuousClock.now
      let (glossary, _, _) = try selection.load()
      if timing {
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        print("load+compile\t\(Int(milliseconds.rounded())) ms")
      }
      var byCategory: [String: Int] = [:]
      var byFile: [String: Int] = [:]
      for entry in glossary.entries {
        byCategory[entry.category.rawValue, default: 0] += 1
        byFile[entry.origin.file, default: 0] += 1
      }
      print("entries\t\(glossary.entries.count)")
      print("keys\t\(glossary.keyCount)")
      for (category, count) in byCategory.sorted(by: { $0.key < $1.key }) { print("category:\(category)\t\(count)") }
      for file in glossary.files { print("file:\(file)\t\(byFile[file] ?? 0)") }
    }
  }

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Export the glossaries as TSV, CSV or TBX (ISO 30042).",
      discussion: """
        Examples:
          khabar glossary export --format tbx > khabar.tbx
          khabar glossary export --format csv --glossary mine.tsv > all.csv
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case tsv, csv, tbx }

    @OptionGroup var selection: Selection

    @Option(help: "tsv, csv or tbx.")
    var format: Format = .tsv

    func run() throws {
      let (glossary, _, _) = try selection.load()
      let out = Output.standardOutput
      switch format {
      case .tsv: out.write(GlossaryExport.tsv(glossary.entries))
      case .csv: out.write(GlossaryExport.csv(glossary.entries))
      case .tbx: out.write(GlossaryExport.tbx(glossary.entries))
      }
      out.flush()
    }
  }

  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Convert a CSV/TSV glossary or a TBX termbase into Khabar's TSV format.",
      discussion: """
        CSV and TSV: Arabic in the first column, English in the second (DeepL- and Google-style \
        glossaries); a header naming Khabar's columns is honoured. TBX (ISO 30042): one entry per \
        concept with Arabic and English terms; DTDs and entity definitions are refused, and \
        files over the size limit are rejected. The result goes to standard output, ready for \
        --glossary.

        Examples:
          khabar glossary import terms.csv > mine.tsv
          khabar glossary import --format tbx --category actor termbase.tbx > actors-mine.tsv
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, tsv, tbx }

    @Argument(help: "The file to import ('-' for standard input).")
    var file: String

    @Option(help: "csv, tsv or tbx (default: from the file extension).")
    var format: Format?

    @Option(help: "Category for entries the file does not categorize.")
    var category: String = "general"

    @Option(help: "Source to record for entries that name none.")
    var source: String?

    @Option(help: "Largest file accepted, in MB.")
    var maxMegabytes: Int = 64

    func validate() throws {
      guard GlossaryCategory(rawValue: category) != nil else {
        throw ValidationError(
          "unknown category '\(category)'; use one of \(GlossaryCategory.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      guard maxMegabytes > 0 else { throw ValidationError("--max-megabytes must be positive") }
      if format == nil, file == "-" { throw ValidationError("give --format when reading standard input") }
    }

    func run() throws {
      let format =
        self.format
        ?? {
          let lower = file.lowercased()
          if lower.hasSuffix(".tbx") || lower.hasSuffix(".xml") { return .tbx }
          if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") || lower.hasSuffix(".txt") { return .tsv }
          return .csv
        }()
      var limits = GlossaryImport.Limits()
      limits.maximumBytes = maxMegabytes << 20
      let defaults = GlossaryImport.Defaults(category: GlossaryCategory(rawValue: category) ?? .general, source: source)
      let result = Result { () throws(InputError) -> [GlossaryEntry] in
        let bytes = try FileBytes.read(file, limit: limits.maximumBytes)
        switch format {
        case .csv:
          return try GlossaryImport.delimited(
            bytes, path: file, separator: UInt8(ascii: ","), defaults: defaults, limits: limits)
        case .tsv:
          return try GlossaryImport.delimited(bytes, path: file, separator: 0x09, defaults: defaults, limits: limits)
        case .tbx: return try GlossaryImport.tbx(bytes, path: file, defaults: defaults, limits: limits)
        }
      }
      switch result {
      case .success(let entries):
        let out = Output.standardOutput
        out.write(GlossaryExport.tsv(entries))
        out.flush()
        Diagnostics.write("khabar: imported \(entries.count) entries from \(file)\n")
      case .failure(let error):
        Diagnostics.error(error)
        throw ExitCode(1)
      }
    }
  }
}
