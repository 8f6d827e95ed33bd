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
    var malformed: [InputError] = []
    let table = try TSVTable(path: path, required: required, rowProblems: &malformed)
    var entries: [GlossaryEntry] = []
    var diagnostics = malformed.map { problem in
      GlossaryDiagnostic(
        severity: .error, location: problem.location ?? SourceLocation(file: path, line: 1), message: problem.message)
    }
    func problem(
      _ row: TSVTable.Row, _ column: String, _ message: String, _ severity: GlossaryDiagnostic.Severity = .error
    ) {
      diagnostics.append(
        GlossaryDiagnostic(severity: severity, location: table.location(row, column: column), message: message))
    }
    // Column positions, looked up once.
    let columnNames = [
      "arabic", "english", "category", "plural", "feminine", "arabic_plural", "pos", "priority", "policy", "note",
      "source",
    ]
    var positions: [String: Int] = [:]
    for name in columnNames { if let position = table.column(name) { positions[name] = position } }
    for row in table.rows {
      func field(_ name: String) -> String? {
        guard let position = positions[name], position < row.fields.count else { return nil }
        let value = row.fields[position].trimmingSpaces()
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
      guard
        let category = GlossaryCategory(rawValue: categoryName) ?? GlossaryCategory(rawValue: categoryName.lowercased())
      else {
        problem(
          row, "category",
          "unknown category '\(categoryName)' (expected one of \(GlossaryCategory.allCases.map(\.rawValue).joined(separator: ", ")))"
        )
        continue
      }
      if !arabic.utf8.contains(where: { $0 == 0xD8 || $0 == 0xD9 }) {  // lead bytes of U+0600–U+067F
        problem(row, "arabic", "no Arabic letter in term '\(arabic)'")
        continue
      }
      var priority = 0
      if let value = field("priority") {
        if let parsed = Int(value) {
          priority = parsed
        } else {
          problem(row, "priority", "priority '\(value)' is not an integer")
        }
      }
      entries.append(
        GlossaryEntry(
          arabic: arabic, english: english, category: category, plural: field("plural"), feminine: field("feminine"),
          arabicPlurals: (field("arabic_plural") ?? "").split(separator: "|").map { $0.trimmingSpaces() }.filter {
            !$0.isEmpty
          },
          partOfSpeech: field("pos"), priority: priority, policy: field("policy"), note: field("note"),
          source: field("source"), origin: SourceLocation(file: path, line: row.line)))
    }
    return (entries, diagnostics)
  }
}
