// SPDX-License-Identifier: GPL-2.0-or-later
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lexicon's stem table (`stems.tsv`, about 82,000 rows and 7 MB), mapped into memory and
/// searched in place.
///
/// `scripts/import-buckwalter.py` writes the rows in the byte order of their analysis key (the
/// `form` column without harakat, hamzated alefs folded; rows with the same key in BAMA's order),
/// so a look-up is a binary search among the rows of its first two letters. Loading maps the file
/// and makes one pass over its line starts (`memchr`), keeping per row its byte range and the first
/// eight bytes of its key, and where each pair of first letters starts: no string is made and no
/// index is hashed. A stem's strings are made only when a look-up finds its row.
///
/// A table that is not in key order (a row added by hand at the end) still works: the rows are
/// sorted in memory once, at load, by their keys' first eight bytes (all a look-up needs), keeping
/// the file's order among equals. Bytes that are not UTF-8 become U+FFFD when a row is read; the
/// tests check the bundled file with ``problems(limit:)``.
struct StemTable: Sendable {
  /// Column positions of the fields a ``Lexicon/Stem`` is made of.
  struct Columns: Sendable {
    var lemma: Int
    var form: Int
    var vocalized: Int
    var category: Int
    var gloss: Int
    var pos: Int
  }

  let path: String
  private let file: MappedFile
  let columns: Columns
  /// The number of columns of the header.
  let width: Int
  /// Per row, in key order: byte range of the row (without its line end) …
  private let rowStarts: [Int32]
  private let rowEnds: [Int32]
  /// … its line in the file …
  private let lines: [Int32]
  /// … and the first eight bytes of its analysis key, big-endian, zero-padded (keys are UTF-8
  /// without NUL, so the order of these numbers is the order of the keys' first eight bytes).
  private let prefixes: [UInt64]
  /// The rows whose keys start with the same two letters of U+0600–U+067F (two-byte UTF-8 with
  /// lead byte D8 or D9): `groups[2 * code]..<groups[2 * code + 1]` for the 14-bit
  /// ``letterPairCode(_:)`` of the pair, so that a look-up searches a few dozen rows instead of
  /// all of them (`0..<0` for a pair no key starts with).
  private let groups: [Int32]
  /// Whether the file's rows were in the order of their keys' first eight bytes (all a look-up
  /// needs; ``problems(limit:)`` checks the order of the whole keys).
  let wasSorted: Bool

  /// The number of stems.
  var count: Int { rowStarts.count }

  static let requiredColumns = ["lemma", "form", "vocalized", "category", "gloss", "pos"]

  /// Maps `path` and finds its rows.
  ///
  /// - Throws: ``InputError`` when the file cannot be read, has no header line or lacks one of
  ///   ``requiredColumns`` (with the header's file and line).
  /// - Complexity: O(*n*) in the number of rows (one `memchr` per line), O(*n* log *n*) when the
  ///   rows are not in key order.
  init(path: String) throws(InputError) {
    let file = try MappedFile(path: path, limit: 1 << 30)
    let bytes = file.bytes
    guard bytes.count < Int(Int32.max) else { throw InputError("'\(path)' is too large") }
    var rowStarts: [Int32] = []
    var rowEnds: [Int32] = []
    var lines: [Int32] = []
    var prefixes: [UInt64] = []
    var columns: Columns? = nil
    var width = 0
    var headerProblem: InputError? = nil
    var sorted = true
    if let base = bytes.baseAddress {
      let count = bytes.count
      /// The position of the next `byte` in `start..<end`, or `end`.
      func find(_ byte: UInt8, _ start: Int, _ end: Int) -> Int {
        guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
      }
      var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var lineNumber = 0
      rowStarts.reserveCapacity(count / 80)
      rowEnds.reserveCapacity(count / 80)
      lines.reserveCapacity(count / 80)
      prefixes.reserveCapacity(count / 80)
      var formColumn = 0
      while start < count {
        let end = find(0x0A, start, count)
        lineNumber += 1
        var lineEnd = end
        if lineEnd > start, base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let lineStart = start
        start = end + 1
        // Blank, whitespace-only and comment lines are skipped (as TSVTable does).
        if lineEnd == lineStart || base[lineStart] == UInt8(ascii: "#") { continue }
        if base[lineStart] == 0x20 || base[lineStart] == 0x09 {
          var blank = true
          for index in lineStart..<lineEnd where base[index] != 0x20 && base[index] != 0x09 {
            blank = false
            break
          }
          if blank { continue }
        }
        guard columns != nil else {
          var names: [String] = []
          var fieldStart = lineStart
          for index in lineStart...lineEnd where index == lineEnd || base[index] == 0x09 {
            names.append(
              String(decoding: UnsafeBufferPointer(start: base + fieldStart, count: index - fieldStart), as: UTF8.self)
                .trimmingSpaces())
            fieldStart = index + 1
          }
          let positions = StemTable.requiredColumns.compactMap { names.firstIndex(of: $0) }
          guard positions.count == StemTable.requiredColumns.count else {
            let missing = StemTable.requiredColumns.first { !names.contains($0) } ?? ""
            headerProblem = InputError(
              "missing column '\(missing)'", at: SourceLocation(file: path, line: lineNumber))
            break
          }
          columns = Columns(
            lemma: positions[0], form: positions[1], vocalized: positions[2], category: positions[3],
            gloss: positions[4], pos: positions[5])
          formColumn = positions[1]
          width = names.count
          continue
        }
        // The form field: skip `formColumn` tabs.
        var formStart = lineStart
        for _ in 0..<formColumn {
          let tab = find(0x09, formStart, lineEnd)
          formStart = tab == lineEnd ? lineEnd : tab + 1
        }
        let formEnd = find(0x09, formStart, lineEnd)
        let prefix = StemTable.prefix(UnsafeBufferPointer(start: base + formStart, count: formEnd - formStart))
        if sorted, let last = prefixes.last, prefix < last { sorted = false }
        rowStarts.append(Int32(lineStart))
        rowEnds.append(Int32(lineEnd))
        lines.append(Int32(lineNumber))
        prefixes.append(prefix)
      }
    }
    if let headerProblem { throw headerProblem }
    guard let columns else {
      throw InputError("no header line", at: SourceLocation(file: path, line: 1))
    }
    self.path = path
    self.file = file
    self.columns = columns
    self.width = width
    // Only the prefixes' order matters: a look-up compares whole keys among the rows that share
    // the query's prefix, in their order.
    wasSorted = sorted
    if !sorted {
      // Prefix order, the file's order among equal prefixes.
      let order = rowStarts.indices.sorted { a, b in prefixes[a] != prefixes[b] ? prefixes[a] < prefixes[b] : a < b }
      rowStarts = order.map { rowStarts[$0] }
      rowEnds = order.map { rowEnds[$0] }
      lines = order.map { lines[$0] }
      prefixes = order.map { prefixes[$0] }
    }
    self.rowStarts = rowStarts
    self.rowEnds = rowEnds
    self.lines = lines
    self.prefixes = prefixes
    // Rows in prefix order: the rows of a letter pair are a run.
    var groups = [Int32](repeating: -1, count: StemTable.letterPairs + 1)
    var ends = [Int32](repeating: 0, count: StemTable.letterPairs)
    for (row, prefix) in prefixes.enumerated() {
      guard let code = StemTable.letterPairCode(prefix) else { continue }
      if groups[code] < 0 { groups[code] = Int32(row) }
      ends[code] = Int32(row + 1)
    }
    var flat = [Int32](repeating: 0, count: 2 * StemTable.letterPairs)
    for code in 0..<StemTable.letterPairs where groups[code] >= 0 {
      flat[2 * code] = groups[code]
      flat[2 * code + 1] = ends[code]
    }
    self.groups = flat
  }

  /// The number of letter pairs ``letterPairCode(_:)`` tells apart.
  static let letterPairs = 1 << 14

  /// The pair of the first two letters of a key prefix when both are two-byte letters with lead
  /// byte D8 or D9 (U+0600–U+067F: the Arabic letters but پ ڤ چ گ and the like), as a 14-bit
  /// number in the order of their bytes; nil otherwise (such keys are searched among all rows).
  @inline(__always)
  static func letterPairCode(_ prefix: UInt64) -> Int? {
    let lead1 = UInt8(truncatingIfNeeded: prefix >> 56)
    let trail1 = UInt8(truncatingIfNeeded: prefix >> 48)
    let lead2 = UInt8(truncatingIfNeeded: prefix >> 40)
    let trail2 = UInt8(truncatingIfNeeded: prefix >> 32)
    guard lead1 & 0xFE == 0xD8, lead2 & 0xFE == 0xD8, trail1 & 0xC0 == 0x80, trail2 & 0xC0 == 0x80 else {
      return nil
    }
    let first = Int(lead1 & 1) << 6 | Int(trail1 & 0x3F)
    let second = Int(lead2 & 1) << 6 | Int(trail2 & 0x3F)
    return first << 7 | second
  }

  /// The rows whose `form` has the analysis key `query` (UTF-8 bytes of an analysis key), in
  /// the file's order.
  ///
  /// - Complexity: O(log *n* + *k*): a binary search on the rows' key prefixes, then the *k* rows
  ///   that share the query's first eight bytes (a few: keys of eight bytes are four letters).
  func rows(keyBytes query: UnsafeBufferPointer<UInt8>) -> [Int] {
    var prefix: UInt64 = 0
    for index in 0..<8 { prefix = prefix << 8 | UInt64(index < query.count ? query[index] : 0) }
    // The rows that share the query's prefix: low..<high, searched for among the rows of its
    // first two letters when it has two (or all rows).
    var low = 0
    var high = prefixes.count
    if let code = StemTable.letterPairCode(prefix) {
      low = Int(groups[2 * code])
      high = Int(groups[2 * code + 1])
    }
    let limit = high
    while low < high {
      let middle = (low + high) >> 1
      if prefixes[middle] < prefix { low = middle + 1 } else { high = middle }
    }
    guard low < limit, prefixes[low] == prefix else { return [] }
    high = low + 1
    while high < limit, prefixes[high] == prefix { high += 1 }
    // A query shorter than eight bytes is its whole prefix, and a key with that prefix is the
    // query (keys hold no NUL byte); longer ones are compared whole.
    if query.count < 8 { return Array(low..<high) }
    var result: [Int] = []
    let bytes = file.bytes
    let formColumn = columns.form
    for row in low..<high
    where StemTable.compare(StemTable.formRange(bytes, rowStarts[row], rowEnds[row], formColumn), query) == 0 {
      result.append(row)
    }
    return result
  }

  /// The fields of a row, as strings (missing trailing fields are empty; fields beyond the
  /// header's width are dropped).
  func fields(ofRow row: Int) -> [String] {
    let buffer = file.bytes
    guard let base = buffer.baseAddress else { return [] }
    var fields: [String] = []
    fields.reserveCapacity(width)
    let start = Int(rowStarts[row])
    let end = Int(rowEnds[row])
    var fieldStart = start
    for index in start...end where index == end || base[index] == 0x09 {
      if fields.count == width { break }
      fields.append(
        String(decoding: UnsafeBufferPointer(start: base + fieldStart, count: index - fieldStart), as: UTF8.self))
      fieldStart = index + 1
    }
    return fields
  }

  /// The line of a row in the file.
  func line(ofRow row: Int) -> Int { Int(lines[row]) }

  /// What is wrong with the file, at most `limit` problems, each with its file and line: bytes
  /// that are not UTF-8, rows with more fields than the header, rows out of key order. Loading
  /// does not look for these (it would cost reading the whole 7 MB); the tests do.
  func problems(limit: Int = 20) -> [InputError] {
    var found: [InputError] = []
    let bytes = file.bytes
    for row in 0..<count where found.count < limit {
      let range = Int(rowStarts[row])..<Int(rowEnds[row])
      let slice = UnsafeBufferPointer(rebasing: bytes[range])
      let location = SourceLocation(file: path, line: line(ofRow: row))
      if !UTF8Validation.isValid(Array(slice)) {
        found.append(InputError("not UTF-8", at: location))
      }
      let fieldCount = slice.reduce(1) { $0 + ($1 == 0x09 ? 1 : 0) }
      if fieldCount > width {
        found.append(InputError("\(fieldCount) fields, the header has \(width)", at: location))
      }
    }
    // In file order, each key not below the one before.
    var previous: (key: [UInt8], line: Int)? = nil
    for row in (0..<count).sorted(by: { lines[$0] < lines[$1] }) where found.count < limit {
      let fields = fields(ofRow: row)
      let key = Array(Lexicon.analysisKey(columns.form < fields.count ? fields[columns.form] : "").utf8)
      if let previous, key.lexicographicallyPrecedes(previous.key) {
        found.append(
          InputError(
            "row out of the byte order of analysis keys (after line \(previous.line)); it is sorted at each load: rerun scripts/import-buckwalter.py",
            at: SourceLocation(file: path, line: line(ofRow: row))))
        break
      }
      previous = (key, line(ofRow: row))
    }
    return Array(found.prefix(limit))
  }

  /// The byte range of a row's `form` field.
  @inline(__always)
  private static func formRange(_ bytes: UnsafeBufferPointer<UInt8>, _ rowStart: Int32, _ rowEnd: Int32, _ column: Int)
    -> UnsafeBufferPointer<UInt8>
  {
    var start = Int(rowStart)
    let end = Int(rowEnd)
    var skipped = 0
    while skipped < column, start < end {
      if bytes[start] == 0x09 { skipped += 1 }
      start += 1
    }
    var stop = start
    while stop < end, bytes[stop] != 0x09 { stop += 1 }
    return UnsafeBufferPointer(rebasing: bytes[start..<stop])
  }

  /// The first eight analysis-key bytes of UTF-8 text, big-endian, zero-padded.
  @inline(__always)
  static func prefix(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var prefix: UInt64 = 0
    var taken = 0
    _ = forEachKeyByte(utf8) { byte in
      prefix = prefix << 8 | UInt64(byte)
      taken += 1
      return taken < 8
    }
    return taken < 8 ? prefix << (8 * UInt64(8 - taken)) : prefix
  }

  /// The order of the analysis key of `form` (UTF-8 text) and the key bytes `key`: negative,
  /// zero or positive.
  @inline(__always)
  static func compare(_ form: UnsafeBufferPointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Int {
    var position = 0
    var relation = 0
    _ = forEachKeyByte(form) { byte in
      guard position < key.count else {
        relation = 1
        return false
      }
      if byte != key[position] {
        relation = byte < key[position] ? -1 : 1
        return false
      }
      position += 1
      return true
    }
    if relation != 0 { return relation }
    return position < key.count ? -1 : 0
  }

  /// Calls `body` with each analysis-key byte of UTF-8 Arabic: harakat, dagger alef and tatweel
  /// dropped, أ إ آ ٱ folded to ا (the bytes of ``Lexicon/analysisKey(_:)``).
  @inline(__always)
  static func forEachKeyByte(_ utf8: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Bool) -> Bool {
    var index = 0
    let count = utf8.count
    while index < count {
      let byte = utf8[index]
      if index + 1 < count, byte == 0xD8 || byte == 0xD9 {
        let scalar = (UInt32(byte & 0x1F) << 6) | UInt32(utf8[index + 1] & 0x3F)
        switch scalar {
        case 0x064B...0x0652, 0x0670, 0x0640:
          index += 2
          continue
        case 0x0622, 0x0623, 0x0625, 0x0671:
          guard body(0xD8), body(0xA7) else { return false }
          index += 2
          continue
        default: break
        }
      }
      guard body(byte) else { return false }
      index += 1
    }
    return true
  }
}
