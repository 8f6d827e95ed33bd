// SPDX-License-Identifier: GPL-2.0-or-later
import ArgumentParser
import KhabarArabic

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// `khabar`: Arabic news into English for analysts.
@main
struct Khabar: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "khabar",
    abstract: "Arabic news into English: briefs, place names and headlines, by rules and curated data.",
    discussion: """
      Exit status: 0 on success, 1 when an input could not be read or processed (the other inputs \
      are still processed), 2 on a usage error.

      Examples:
        khabar brief fixtures/articles/sy24-rusafa.ar.txt
        khabar segment fixtures/articles/sy24-rusafa.ar.txt
        echo 'ﻻ ﷲ ٣٠' | khabar normalize
        khabar segment --morphemes --text 'والميليشيات الموالية له'
        khabar translit --scheme buckwalter 'دير الزور'
      """,
    version: "0.1.0 (ICU \(ICU.version))",
    subcommands: [
      Normalize.self, Segment.self, Translit.self, Translate.self, Brief.self, GlossaryCommand.self,
    ]
  )

  static func main() {
    do {
      if let settings = translitSettings() {
        try settings.run()
        return
      }
      var command = try parseAsRoot()
      try command.run()
    } catch let exit as ExitCode {
      Glibc.exit(exit.rawValue)
    } catch {
      // Usage errors exit 2 (ArgumentParser's default is 64); help and version exit 0.
      let code = exitCode(for: error)
      if code == .validationFailure {
        Diagnostics.write(fullMessage(for: error) + "\n")
        Glibc.exit(2)
      }
      self.exit(withError: error)
    }
  }

  /// `khabar translit …` with plain arguments, parsed without ArgumentParser: its reflection over
  /// the commands' options costs a millisecond or more at every start, and translit is run once
  /// per list of names. Nil, for the usual parse and its messages, for anything else (see
  /// ``Translit/Settings/parsing(_:)``).
  static func translitSettings() -> Translit.Settings? {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard arguments.first == "translit" else { return nil }
    return Translit.Settings.parsing(Array(arguments.dropFirst()))
  }
}
