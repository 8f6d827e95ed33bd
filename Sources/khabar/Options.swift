// SPDX-License-Identifier: GPL-2.0-or-later
import ArgumentParser
import KhabarArabic

/// Output format of line-oriented commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// Where a command's text comes from: files (`-` for standard input), or `--text` strings.
struct InputOptions: ParsableArguments {
  @Argument(help: "Input files; '-' or none reads standard input.")
  var files: [String] = []

  @Option(name: .customLong("text"), help: "Process this text instead of files (repeatable).")
  var texts: [String] = []

  func validate() throws {
    if !texts.isEmpty, !files.isEmpty {
      throw ValidationError("give either files or --text, not both")
    }
  }

  var source: LineSource { LineSource(files: files, texts: texts) }
}

/// Input lines from files (`-` for standard input) or from literal texts.
struct LineSource {
  var files: [String]
  var texts: [String]

  /// Calls `body` for each input line, in order. Unreadable files are reported and skipped;
  /// returns whether every input was read.
  func forEachLine(_ body: (_ file: String, _ line: InputLine) throws -> Void) throws -> Bool {
    if !texts.isEmpty {
      for (index, text) in texts.enumerated() {
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
          number += 1
          var content = Substring(line)
          if content.last == "\r" { content.removeLast() }
          try body("--text[\(index + 1)]", InputLine(number: number, text: String(content)))
        }
      }
      return true
    }
    var ok = true
    for file in files.isEmpty ? ["-"] : files {
      do {
        let reader = try LineReader(path: file)
        while let line = try reader.nextLine() {
          Diagnostics.warnAboutBytes(line, file: file)
          try body(file, line)
        }
      } catch let error as InputError {
        Diagnostics.error(error)
        ok = false
      }
    }
    return ok
  }
}

extension LineSource {
  /// Like ``forEachLine(_:)`` but with each line as UTF-16 code units in a reused buffer, without
  /// making strings (the fast path of `segment --words`).
  func forEachLineUTF16(_ body: (_ file: String, _ number: Int, _ units: [UInt16]) throws -> Void) throws -> Bool {
    if !texts.isEmpty {
      return try forEachLine { file, line in try body(file, line.number, [UInt16](utf16Of: line.text)) }
    }
    var ok = true
    var units: [UInt16] = []
    for file in files.isEmpty ? ["-"] : files {
      do {
        let reader = try LineReader(path: file)
        while let (number, invalid) = try reader.nextLine(utf16: &units) {
          if !invalid.isEmpty || units.contains(0) {
            Diagnostics.warnAboutBytes(
              InputLine(number: number, text: String(utf16Units: units), invalidByteColumns: invalid), file: file)
          }
          try body(file, number, units)
        }
      } catch let error as InputError {
        Diagnostics.error(error)
        ok = false
      }
    }
    return ok
  }
}

/// Options shared by commands that read Khabar's data.
struct DataOptions: ParsableArguments {
  @Option(help: "Folder of Khabar's data (glossaries/); default: found next to the executable or via KHABAR_DATA_DIR.")
  var dataDir: String?

  func locate() throws -> DataDirectory { try DataOptions.locate(dataDir) }

  /// The data folder: `dataDir` when given, else found next to the executable or via
  /// KHABAR_DATA_DIR; an error is reported and exits with status 1.
  static func locate(_ dataDir: String?) throws -> DataDirectory {
    do { return try DataDirectory.locate(explicit: dataDir) } catch {
      Diagnostics.error(error)
      throw ExitCode(1)
    }
  }
}
