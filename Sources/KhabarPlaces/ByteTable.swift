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

  /// A plain decimal field (optional sign, digits, optional point and digits: `35.9502`) as the
  /// `Double` that `Double(String)` gives, without making a string; nil for anything else
  /// (exponents, more than 15 digits), which the caller parses the general way.
  ///
  /// Exact: the digits make an integer below 2^53 and the power of ten (at most 10^15) is exact,
  /// so the one division is correctly rounded, as the general parser's result is.
  static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var index = 0
    var negative = false
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      negative = first == UInt8(ascii: "-")
      index = 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var fraction = -1  // digits after the point; -1 before one
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "."), fraction < 0 {
        fraction = 0
      } else if byte >= 0x30, byte <= 0x39 {
        mantissa = mantissa * 10 + UInt64(byte - 0x30)
        digits += 1
        if fraction >= 0 { fraction += 1 }
        guard digits <= 15 else { return nil }
      } else {
        return nil
      }
      index += 1
    }
    guard digits > 0 else { return nil }
    let powers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]
    let value = Double(mantissa) / powers[max(fraction, 0)]
    return negative ? -value : value
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
