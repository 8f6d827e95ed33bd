// SPDX-License-Identifier: GPL-2.0-or-later
import ArgumentParser
import KhabarArabic

struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "normalize",
    abstract: "Normalize Arabic text, line by line.",
    discussion: """
      The display form applies NFKC (presentation forms and ligatures to letters), removes tatweel \
      and bidi/format controls, and turns Arabic-Indic and Persian digits into ASCII. \
      --no-harakat also removes vowel marks; --matching prints the lookup form, which folds \
      letter variants (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ ئ → ء).

      One output line (or JSON object) per input line, always.

      Examples:
        echo 'ﻻ ﷲ ٣٠ قُتِلَ' | khabar normalize
        khabar normalize --no-harakat --format json article.txt
        khabar normalize --matching --text 'أُصيب آخرون'
      """)

  @OptionGroup var input: InputOptions

  @Flag(name: .customLong("no-harakat"), help: "Remove harakat (short vowels, tanween, shadda, sukun).")
  var removeHarakat = false

  @Flag(help: "Print the matching form (letter variants folded, no harakat, ASCII lowercased).")
  var matching = false

  @Option(help: "Output format: text or json (one object per line).")
  var format: OutputFormat = .text

  struct Record: Encodable {
    var file: String
    var line: Int
    var input: String
    var normalized: String
    var matching: String
  }

  func run() throws {
    var display = ArabicNormalizer.display
    if removeHarakat { display.options.insert(.removeHarakat) }
    let out = Output.standardOutput
    let format = self.format
    let matching = self.matching
    let ok = try input.source.forEachLine { file, line in
      let normalized = display.normalize(line.text)
      switch format {
      case .text:
        out.line(matching ? ArabicNormalizer.matching.normalize(normalized) : normalized)
      case .json:
        out.line(
          JSONLines.encode(
            Record(
              file: file, line: line.number, input: line.text, normalized: normalized,
              matching: ArabicNormalizer.matching.normalize(normalized))))
      }
    }
    out.flush()
    if !ok { throw ExitCode(1) }
  }
}
