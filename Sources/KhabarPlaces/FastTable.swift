// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// A tab-separated data file read like ``TSVTable`` (UTF-8, `#` comments and blank lines skipped,
/// one header line), but split on bytes rather than characters: the gazetteer and the lexicon
/// stems load in a few milliseconds.
struct FastTable {
  struct Row {
    var line: Int
    var fields: [Substring]
  }

  let path: String
  let columns: [String]
  let rows: [Row]
  private let index: [String: Int]

  /// - Throws: ``InputError`` with file, line and column of the first problem.
  init(path: String, required: [String] = []) throws(InputError) {
    let reader = try LineReader(path: path)
    var header: [String]? = nil
    var headerLine = 0
    var rows: [Row] = []
    while let line = try reader.nextLine() {
      if let column = line.invalidByteColumns.first {
        throw InputError("invalid UTF-8", at: SourceLocation(file: path, line: line.number, column: column))
      }
      let bytes = line.text.utf8
      guard let first = bytes.first, first != UInt8(ascii: "#"),
        bytes.contains(where: { $0 != 0x20 && $0 != 0x09 })
      else { continue }
      let fields = bytes.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
      guard let names = header else {
        header = fields.map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
        headerLine = line.number
        continue
      }
      if fields.count > names.count {
        throw InputError(
          "expected \(names.count) tab-separated fields (\(names.joined(separator: ", "))), found \(fields.count)",
          at: SourceLocation(file: path, line: line.number))
      }
      rows.append(Row(line: line.number, fields: fields))
    }
    guard let names = header else { throw InputError("no header line", at: SourceLocation(file: path, line: 1)) }
    for column in required where !names.contains(column) {
      throw InputError("missing column '\(column)' in header", at: SourceLocation(file: path, line: headerLine))
    }
    self.path = path
    columns = names
    self.rows = rows
    var index: [String: Int] = [:]
    for (position, name) in names.enumerated() where index[name] == nil { index[name] = position }
    self.index = index
  }

  func column(_ name: String) -> Int? { index[name] }

  /// The field of `row` in column `name` ("" when missing).
  func field(_ row: Row, _ name: String) -> Substring {
    guard let position = index[name], position < row.fields.count else { return "" }
    return row.fields[position]
  }

  /// Where a field is, for messages.
  func location(_ row: Row, column name: String) -> SourceLocation {
    guard let position = index[name] else { return SourceLocation(file: path, line: row.line) }
    let column = row.fields[..<min(position, row.fields.count)].reduce(1) { $0 + $1.count + 1 }
    return SourceLocation(file: path, line: row.line, column: column)
  }
}
