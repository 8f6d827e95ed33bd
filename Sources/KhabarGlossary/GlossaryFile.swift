// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// Reads glossary TSV files (format: `glossaries/terms/FORMAT.md`).
public enum GlossaryFile {
  static let required = ["arabic", "english", "category"]

  /// Loads the entries of `path`; the first problem that makes an entry unusable is thrown.
  ///
  /// - Throws: ``InputError`` at file:line:column.
  public static func load(_ path: String) throws(InputError) -> [GlossaryEntry] {
    let (entries, diagnostics) = try read(path)
    if let error = diagnostics.first(where: { $0.severity == .error }) {
      throw InputError(error.message, at: error.location)
    }
    return entries
  }

  /// Reads `path`, returning the usable entries and every problem found (for `glossary check`).
  public static func read(_ path: String) throws(InputError) -> ([GlossaryEntry], [GlossaryDiagnostic]) {
    let table = try TSVTable(path: path, required: required)
    var entries: [GlossaryEntry] = []
    var diagnostics: [GlossaryDiagnostic] = []
    func problem(_ row: TSVTable.Row, _ column: String, _ message: String, _ severity: GlossaryDiagnostic.Severity = .error) {
      diagnostics.append(GlossaryDiagnostic(severity: severity, location: table.location(row, column: column), message: message))
    }
    for row in table.rows {
      func field(_ name: String) -> String? {
        let value = table.field(row, name).trimmingSpaces()
        return value.isEmpty ? nil : value
      }
      guard let arabic = field("arabic") else {
        problem(row, "arabic", "empty Arabic term")
        continue
      }
      guard let english = field("english") else {
        problem(row, "english", "untranslatable entry: no English for '\(arabic)'")
        continue
      }
      guard let categoryName = field("category") else {
        problem(row, "category", "no category")
        continue
      }
      guard let category = GlossaryCategory(rawValue: categoryName.lowercased()) else {
        problem(
          row, "category",
          "unknown category '\(categoryName)' (expected one of \(GlossaryCategory.allCases.map(\.rawValue).joined(separator: ", ")))")
        continue
      }
      if !arabic.unicodeScalars.contains(where: { (0x0621...0x064A).contains($0.value) }) {
        problem(row, "arabic", "no Arabic letter in term '\(arabic)'")
        continue
      }
      var priority = 0
      if let value = field("priority") {
        if let parsed = Int(value) { priority = parsed } else { problem(row, "priority", "priority '\(value)' is not an integer") }
      }
      entries.append(
        GlossaryEntry(
          arabic: arabic, english: english, category: category, plural: field("plural"), feminine: field("feminine"),
          arabicPlurals: (field("arabic_plural") ?? "").split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty },
          partOfSpeech: field("pos"), priority: priority, policy: field("policy"), note: field("note"),
          source: field("source"), origin: SourceLocation(file: path, line: row.line)))
    }
    return (entries, diagnostics)
  }
}

extension StringProtocol {
  func trimmingSpaces() -> String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" || first == "\u{FEFF}" { slice.removeFirst() }
    while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
    return String(slice)
  }
}
