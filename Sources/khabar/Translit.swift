// SPDX-License-Identifier: GPL-2.0-or-later
import ArgumentParser
import KhabarArabic

struct Translit: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Transliterate Arabic names into Latin script.",
    discussion: """
      Names come from the arguments, or one per line from standard input (or --file); there is \
      exactly one output line per input line. Schemes are ICU transform-rule files in \
      glossaries/transliteration/ (NAME.txt); --list-schemes shows them.

      Examples:
        khabar translit --scheme buckwalter 'دير الزور'
        printf 'الرقة\\nتدمر\\n' | khabar translit --scheme buckwalter
        khabar translit --scheme buckwalter --reverse 'dyr Alzwr'
      """)

  @Argument(help: "Names to transliterate; none or '-' reads standard input.")
  var names: [String] = []

  @Option(help: "Read names from this file, one per line.")
  var file: String?

  @Option(help: "Transliteration scheme (a rule file in glossaries/transliteration/).")
  var scheme: String = "buckwalter"

  @Flag(help: "Run the scheme backwards (Latin to Arabic), where the scheme allows it.")
  var reverse = false

  @Flag(help: "List the available schemes and exit.")
  var listSchemes = false

  @Option(help: "Output format: text or json (one object per line).")
  var format: OutputFormat = .text

  @OptionGroup var data: DataOptions

  struct Record: Encodable {
    var line: Int
    var input: String
    var output: String
    var scheme: String
    var warning: String?
  }

  func validate() throws {
    if file != nil, !names.isEmpty { throw ValidationError("give either names or --file, not both") }
  }

  func run() throws {
    let engine = TransliterationEngine(directory: try data.locate())
    if listSchemes {
      for name in engine.schemes { print(name) }
      return
    }
    let transliterator: Transliterator
    do {
      transliterator = try engine.transliterator(scheme, direction: reverse ? .reverse : .forward)
    } catch {
      Diagnostics.error(error)
      if !engine.schemes.contains(scheme) {
        Diagnostics.write("khabar: available schemes: \(engine.schemes.joined(separator: ", "))\n")
      }
      throw ExitCode(1)
    }
    let out = Output.standardOutput
    let fromStandardInput = names.isEmpty || names == ["-"]
    let input = LineSource(
      files: file.map { [$0] } ?? (fromStandardInput ? ["-"] : []), texts: fromStandardInput ? [] : names)
    let ok = try input.forEachLine { _, line in
      let normalized = ArabicNormalizer.display.normalize(line.text)
      let output = try transliterator.transliterate(normalized)
      switch format {
      case .text: out.line(output)
      case .json:
        var warning: String? = nil
        if normalized.isEmpty {
          warning = "empty line"
        } else if !reverse, !normalized.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) {
          warning = "no Arabic letters"
        }
        out.line(
          JSONLines.encode(
            Record(line: line.number, input: line.text, output: output, scheme: scheme, warning: warning)))
      }
    }
    out.flush()
    if !ok { throw ExitCode(1) }
  }
}
