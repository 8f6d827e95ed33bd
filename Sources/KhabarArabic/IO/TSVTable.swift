// SPDX-License-Identifier: GPL-2.0-or-later
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A tab-separated data file as Khabar keeps its linguistic data: UTF-8 (a BOM is allowed), LF or
/// CRLF, `#` comment lines and blank lines ignored, one header line naming the columns.
public struct TSVTable: Sendable {
  /// One data row, with the line it came from.
  public struct Row: Sendable {
    public var line: Int
    public var fields: [Substring]
  }

  public let path: String
  /// Column names from the header line.
  public let columns: [String]
  public let rows: [Row]
  /// Line of the header.
  public let headerLine: Int
  private let columnIndex: [String: Int]

  /// Reads and splits `path`.
  ///
  /// - Parameters:
  ///   - required: columns that must be in the header.
  ///   - strictWidth: whether every row must have exactly as many fields as the header (missing
  ///     trailing optional fields are otherwise allowed).
  /// - Throws: ``InputError`` naming file, line and column of the first problem.
  /// - Complexity: O(*n*) in the size of the file.
  public init(path: String, required: [String] = [], strictWidth: Bool = false) throws(InputError) {
    var problems: [InputError] = []
    try self.init(path: path, required: required, strictWidth: strictWidth, rowProblems: &problems)
    if let first = problems.first { throw first }
  }

  /// Reads `path`, recording malformed rows (wrong number of fields) in `rowProblems` and
  /// skipping them, so that a linter can report every one; problems with the file itself (cannot
  /// be read, invalid UTF-8, no header, missing columns) are thrown.
  public init(
    path: String, required: [String] = [], strictWidth: Bool = false, rowProblems: inout [InputError]
  ) throws(InputError) {
    // Fast path: the whole file as one string, rows as slices of it. Anything it cannot take
    // (standard input, a file that cannot be read or is not UTF-8) goes the line-by-line way, which
    // reports the problem with its location.
    let wholeFile: [UInt8]? = path == "-" ? nil : (try? FileBytes.read(path, limit: 1 << 30))
    guard let bytes = wholeFile, UTF8Validation.isValid(bytes) else {
      try self.init(lineByLine: path, required: required, strictWidth: strictWidth, rowProblems: &rowProblems)
      return
    }
    let whole = String(decoding: bytes, as: UTF8.self)
    let utf8 = whole.utf8
    var header: [String]? = nil
    var headerLine = 0
    var rows: [Row] = []
    var lineNumber = 0
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let count = buffer.count
      func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
      var start = 0
      while start < count {
        let end = firstOffset(of: 0x0A, in: base, from: start, to: count) ?? count
        var lineEnd = end
        if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        lineNumber += 1
        var lineStart = start
        start = end + 1
        if lineNumber == 1, UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd]).starts(with: [0xEF, 0xBB, 0xBF])
        {
          lineStart += 3
        }
        if lineStart == lineEnd || buffer[lineStart] == UInt8(ascii: "#") { continue }
        if buffer[lineStart] == 0x20 || buffer[lineStart] == 0x09,
          UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd]).allSatisfy({ $0 == 0x20 || $0 == 0x09 })
        {
          continue
        }
        var fields: [Substring] = []
        var fieldStart = lineStart
        var fieldStartIndex = index(lineStart)
        while true {
          let tab = firstOffset(of: 0x09, in: base, from: fieldStart, to: lineEnd)
          let fieldEnd = tab ?? lineEnd
          let fieldEndIndex = index(fieldEnd)
          fields.append(whole[fieldStartIndex..<fieldEndIndex])
          guard tab != nil else { break }
          fieldStart = fieldEnd + 1
          fieldStartIndex = utf8.index(after: fieldEndIndex)
        }
        guard let names = header else {
          header = fields.map { String($0).trimmingSpaces() }
          headerLine = lineNumber
          continue
        }
        if fields.count > names.count || (strictWidth && fields.count != names.count) {
          let column =
            fields.count > names.count
            ? fields[..<names.count].reduce(names.count) { $0 + $1.count } + 1
            : whole[index(lineStart)..<index(lineEnd)].count + 1
          rowProblems.append(
            InputError(
              "expected \(names.count) tab-separated fields (\(names.joined(separator: ", "))), found \(fields.count)",
              at: SourceLocation(file: path, line: lineNumber, column: column)))
          continue
        }
        rows.append(Row(line: lineNumber, fields: fields))
      }
    }
    try self.init(path: path, header: header, headerLine: headerLine, rows: rows, required: required)
  }

  /// Reads `path` with a ``LineReader`` (standard input, invalid UTF-8).
  private init(
    lineByLine path: String, required: [String], strictWidth: Bool, rowProblems: inout [InputError]
  ) throws(InputError) {
    let reader = try LineReader(path: path)
    var header: [String]? = nil
    var headerLine = 0
    var rows: [Row] = []
    while let line = try reader.nextLine() {
      if let column = line.invalidByteColumns.first {
        throw InputError(
          "invalid UTF-8", at: SourceLocation(file: path, line: line.number, column: column))
      }
      let text = line.text
      // Byte-level checks and splitting: Character (grapheme) iteration is slow on Arabic.
      let utf8 = text.utf8
      if utf8.isEmpty || utf8.first == UInt8(ascii: "#") || utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      let fields = utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
      guard let names = header else {
        header = fields.map { String($0).trimmingSpaces() }
        headerLine = line.number
        continue
      }
      if fields.count > names.count || (strictWidth && fields.count != names.count) {
        let column =
          fields.count > names.count
          ? fields[..<names.count].reduce(names.count) { $0 + $1.count } + 1 : text.count + 1
        rowProblems.append(
          InputError(
            "expected \(names.count) tab-separated fields (\(names.joined(separator: ", "))), found \(fields.count)",
            at: SourceLocation(file: path, line: line.number, column: column)))
        continue
      }
      rows.append(Row(line: line.number, fields: fields))
    }
    try self.init(path: path, header: header, headerLine: headerLine, rows: rows, required: required)
  }

  private init(path: String, header: [String]?, headerLine: Int, rows: [Row], required: [String]) throws(InputError) {
    guard let names = header else {
      throw InputError("no header line", at: SourceLocation(file: path, line: 1))
    }
    for column in required where !names.contains(column) {
      throw InputError(
        "missing column '\(column)' in header", at: SourceLocation(file: path, line: headerLine))
    }
    self.path = path
    self.columns = names
    self.rows = rows
    self.headerLine = headerLine
    var index: [String: Int] = [:]
    for (position, name) in names.enumerated() where index[name] == nil { index[name] = position }
    self.columnIndex = index
  }

  /// The index of a column, if the header has it.
  public func column(_ name: String) -> Int? { columnIndex[name] }

  /// The field of `row` in column `name`, or the empty string when the row or header lacks it.
  public func field(_ row: Row, _ name: String) -> Substring {
    guard let index = columnIndex[name], index < row.fields.count else { return "" }
    return row.fields[index]
  }

  /// The 1-based column (in characters) where field `index` of `row` starts.
  public func characterColumn(of index: Int, in row: Row) -> Int {
    row.fields[..<min(index, row.fields.count)].reduce(1) { $0 + $1.count + 1 }
  }

  /// The location of a field, for error messages.
  public func location(_ row: Row, column name: String) -> SourceLocation {
    SourceLocation(
      file: path, line: row.line, column: column(name).map { characterColumn(of: $0, in: row) } ?? 1)
  }
}

extension StringProtocol {
  /// The string without leading and trailing spaces, tabs, carriage returns and BOMs.
  public func trimmingSpaces() -> String {
    let utf8 = Substring(self).utf8
    var start = utf8.startIndex
    var end = utf8.endIndex
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
    while start < end {
      if isSpace(utf8[start]) {
        start = utf8.index(after: start)
      } else if utf8[start...].starts(with: [0xEF, 0xBB, 0xBF]) {
        start = utf8.index(start, offsetBy: 3)
      } else {
        break
      }
    }
    while end > start, isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
    if start == utf8.startIndex, end == utf8.endIndex { return String(self) }
    return String(Substring(utf8[start..<end]))
  }
}

/// Byte-level iteration over the rows of a tab-separated file, for large tables read without
/// making a string of every field (the lexicon's 82,000 stems).
public enum TSVScanner {
  /// Calls `body` with the 1-based line number and the byte ranges of the fields of each line
  /// that is neither blank nor a `#` comment (the header included). CRLF line ends are accepted.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  public static func forEachRow(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ line: Int, _ fields: [Range<Int>]) throws(InputError) -> Void
  ) throws(InputError) {
    guard let base = bytes.baseAddress else { return }
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var lineNumber = 0
    var fields: [Range<Int>] = []
    while start < bytes.count {
      let end = firstOffset(of: 0x0A, in: base, from: start, to: bytes.count) ?? bytes.count
      lineNumber += 1
      var lineEnd = end
      if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
      let lineStart = start
      start = end + 1
      if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
      fields.removeAll(keepingCapacity: true)
      var fieldStart = lineStart
      while let tab = firstOffset(of: 0x09, in: base, from: fieldStart, to: lineEnd) {
        fields.append(fieldStart..<tab)
        fieldStart = tab + 1
      }
      fields.append(fieldStart..<lineEnd)
      try body(lineNumber, fields)
    }
  }
}

/// The offset of the first `byte` in `base[from..<to]`, found with memchr (vectorized), not byte
/// by byte: how both TSV readers find line ends and tabs.
/// - Complexity: O(`to` - `from`).
@inline(__always)
func firstOffset(of byte: Int32, in base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
  guard from < to, let found = memchr(base + from, byte, to - from) else { return nil }
  return UnsafeRawPointer(found) - UnsafeRawPointer(base)
}
