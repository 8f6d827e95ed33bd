// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// A tab-separated file read as byte ranges (rows cut by ``TSVScanner``): blank lines and `#`
/// comments skipped, the first other line the header, no string made for a field until one is
/// asked for. For the gazetteer's tables, which are read in full on every start.
///
/// Immutable; a class, so that a look-up that reads a row holds one reference, not a copy of
/// each of its arrays.
final class ByteTable: Sendable {
  let path: String
  let file: MappedFile
  /// Header names (spaces trimmed) → column index (the first of equal names).
  let columns: [String: Int]
  let header: [String]
  /// Per row: its line number and the index of its first field in `fields`.
  private let lines: [Int32]
  private let firstField: [Int32]
  private let fields: [Range<Int32>]

  var count: Int { lines.count }

  /// Reads `path`; rows with more fields than the header are errors.
  init(path: String, required: [String]) throws(InputError) {
    self.path = path
    let file = try MappedFile(path: path, limit: 256 << 20)
    self.file = file
    guard file.bytes.count < Int(Int32.max) else { throw InputError("'\(path)' is too large") }
    let bytes = file.bytes
    var header: [String]? = nil
    var headerLine = 0
    var lines: [Int32] = []
    var firstField: [Int32] = [0]
    var fields: [Range<Int32>] = []
    try TSVScanner.forEachRow(bytes) { (lineNumber, row) throws(InputError) in
      let lineStart = row[0].lowerBound
      let lineEnd = row[row.count - 1].upperBound
      if bytes[lineStart..<lineEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
      guard let names = header else {
        header = row.map { String(decoding: bytes[$0], as: UTF8.self).trimmingSpaces() }
        headerLine = lineNumber
        return
      }
      if row.count > names.count {
        let prefix = row[names.count - 1].upperBound
        let column = String(decoding: bytes[lineStart..<prefix], as: UTF8.self).count + 2
        throw InputError(
          "expected \(names.count) tab-separated fields (\(names.joined(separator: ", "))), found \(row.count)",
          at: SourceLocation(file: path, line: lineNumber, column: column))
      }
      for range in row { fields.append(Int32(range.lowerBound)..<Int32(range.upperBound)) }
      lines.append(Int32(lineNumber))
      firstField.append(Int32(fields.count))
    }
    guard let names = header else { throw InputError("no header line", at: SourceLocation(file: path, line: 1)) }
    for column in required where !names.contains(column) {
      throw InputError("missing column '\(column)' in header", at: SourceLocation(file: path, line: headerLine))
    }
    var columns: [String: Int] = [:]
    for (position, name) in names.enumerated() where columns[name] == nil { columns[name] = position }
    self.header = names
    self.columns = columns
    self.lines = lines
    self.firstField = firstField
    self.fields = fields
  }

  /// The bytes of field `column` of `row` (empty when the row or header lacks it).
  @inline(__always)
  func bytes(_ row: Int, _ column: Int?) -> UnsafeBufferPointer<UInt8> {
    guard let column else { return UnsafeBufferPointer(start: nil, count: 0) }
    let index = Int(firstField[row]) + column
    guard index < Int(firstField[row + 1]) else { return UnsafeBufferPointer(start: nil, count: 0) }
    let range = fields[index]
    return UnsafeBufferPointer(rebasing: file.bytes[Int(range.lowerBound)..<Int(range.upperBound)])
  }

  /// Field `column` of `row` as a string.
  func string(_ row: Int, _ column: Int?) -> String { String(decoding: bytes(row, column), as: UTF8.self) }

  /// The 1-based line of `row`.
  func line(_ row: Int) -> Int { Int(lines[row]) }

  /// The file, line and character column of a field, for messages.
  func location(_ row: Int, column: Int?) -> SourceLocation {
    guard let column, Int(firstField[row]) + column < Int(firstField[row + 1]) else {
      return SourceLocation(file: path, line: line(row), column: 1)
    }
    let lineStart = Int(fields[Int(firstField[row])].lowerBound)
    let fieldStart = Int(fields[Int(firstField[row]) + column].lowerBound)
    let characters = String(decoding: file.bytes[lineStart..<fieldStart], as: UTF8.self).count
    return SourceLocation(file: path, line: line(row), column: characters + 1)
  }

  /// A whole number field (ASCII digits, optional sign), or nil.
  static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !bytes.isEmpty else { return nil }
    guard bytes.count <= 18 else { return Int(String(decoding: bytes, as: UTF8.self)) }
    var index = 0
    var negative = false
    if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
      negative = bytes[0] == UInt8(ascii: "-")
      index = 1
      guard bytes.count > 1 else { return nil }
    }
    var value = 0
    while index < bytes.count {
      let digit = Int(bytes[index]) - 0x30
      guard digit >= 0, digit <= 9 else { return nil }
      value = value * 10 + digit
      index += 1
    }
    return negative ? -value : value
  }
}
