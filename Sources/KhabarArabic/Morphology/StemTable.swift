// SPDX-License-Identifier: GPL-2.0-or-later
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lexicon's stem table (`stems.tsv`, about 82,000 rows and 7 MB) kept as the file's bytes
/// with a hash index from analysis key to rows.
///
/// Loading reads the file once, checks it is UTF-8 and well formed, and hashes the analysis key of
/// each row's `form` column; no string is made. A stem's strings are made only when a lookup
/// finds its row (``Lexicon/analyses(of:)`` results are cached by their callers).
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
  let bytes: [UInt8]
  let columns: Columns
  /// Per row, in table order: byte range of the row (without its line end) …
  private let rowStarts: [Int32]
  private let rowEnds: [Int32]
  /// … and of its `form` field, and the hash of the form's analysis key.
  private let formStarts: [Int32]
  private let formEnds: [Int32]
  private let hashes: [UInt32]
  /// Open hash chains: `buckets[hash & mask]` is the first row (index + 1, 0 for none) with that
  /// bucket, `next[row]` the following one; rows are chained in table order.
  private let buckets: [Int32]
  private let next: [Int32]
  private let mask: UInt32

  /// The number of stems.
  var count: Int { rowStarts.count }

  static let requiredColumns = ["lemma", "form", "vocalized", "category", "gloss", "pos"]

  /// Reads and indexes `path`.
  ///
  /// - Throws: ``InputError`` as ``TSVTable`` does (cannot read, invalid UTF-8, no header, a
  ///   missing column, a row with more fields than the header), with the same file, line and column.
  /// - Complexity: O(*n*) in the size of the file.
  init(path: String) throws(InputError) {
    let bytes = try FileBytes.read(path, limit: 1 << 30)
    // Anything unusual: let the general reader find and report it, with its exact location.
    func slowPathError() -> InputError {
      do {
        _ = try TSVTable(path: path, required: StemTable.requiredColumns)
      } catch {
        return error
      }
      return InputError("cannot read the stem table", at: SourceLocation(file: path, line: 1))
    }
    guard UTF8Validation.isValid(bytes) else { throw slowPathError() }
    var rowStarts: [Int32] = []
    var rowEnds: [Int32] = []
    var formStarts: [Int32] = []
    var formEnds: [Int32] = []
    var hashes: [UInt32] = []
    var columns: Columns? = nil
    var width = 0
    var malformed = false
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let count = buffer.count
      /// The position of the next `byte` in `start..<end`, or `end`.
      func find(_ byte: UInt8, _ start: Int, _ end: Int) -> Int {
        guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
      }
      var start = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      rowStarts.reserveCapacity(count / 80)
      while start < count, !malformed {
        let end = find(0x0A, start, count)
        var lineEnd = end
        if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let lineStart = start
        start = end + 1
        // Blank, whitespace-only and comment lines are skipped (as TSVTable does).
        if lineEnd == lineStart || buffer[lineStart] == UInt8(ascii: "#") { continue }
        if buffer[lineStart] == 0x20 || buffer[lineStart] == 0x09 {
          var blank = true
          for index in lineStart..<lineEnd where buffer[index] != 0x20 && buffer[index] != 0x09 {
            blank = false
            break
          }
          if blank { continue }
        }
        guard let known = columns else {
          var names: [String] = []
          var fieldStart = lineStart
          for index in lineStart...lineEnd where index == lineEnd || buffer[index] == 0x09 {
            names.append(
              String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStart..<index]), as: UTF8.self)
                .trimmingSpaces())
            fieldStart = index + 1
          }
          var positions: [Int] = []
          for name in StemTable.requiredColumns {
            guard let position = names.firstIndex(of: name) else {
              malformed = true
              return
            }
            positions.append(position)
          }
          columns = Columns(
            lemma: positions[0], form: positions[1], vocalized: positions[2], category: positions[3],
            gloss: positions[4], pos: positions[5])
          width = names.count
          continue
        }
        var field = 0
        var fieldStart = lineStart
        var formStart = lineStart
        var formEnd = lineStart
        while true {
          let fieldEnd = find(0x09, fieldStart, lineEnd)
          if field == known.form {
            formStart = fieldStart
            formEnd = fieldEnd
          }
          field += 1
          if fieldEnd == lineEnd { break }
          fieldStart = fieldEnd + 1
        }
        if field > width {
          malformed = true
          return
        }
        rowStarts.append(Int32(lineStart))
        rowEnds.append(Int32(lineEnd))
        formStarts.append(Int32(formStart))
        formEnds.append(Int32(formEnd))
        hashes.append(StemTable.keyHash(UnsafeBufferPointer(rebasing: buffer[formStart..<formEnd])))
      }
    }
    guard !malformed, let columns else { throw slowPathError() }

    var size = 16
    while size < rowStarts.count * 2 { size <<= 1 }
    let mask = UInt32(size - 1)
    var buckets = [Int32](repeating: 0, count: size)
    var next = [Int32](repeating: 0, count: rowStarts.count)
    // Pushing rows in reverse order leaves each chain in table order.
    for row in stride(from: rowStarts.count - 1, through: 0, by: -1) {
      let bucket = Int(hashes[row] & mask)
      next[row] = buckets[bucket]
      buckets[bucket] = Int32(row + 1)
    }
    self.path = path
    self.bytes = bytes
    self.columns = columns
    self.rowStarts = rowStarts
    self.rowEnds = rowEnds
    self.formStarts = formStarts
    self.formEnds = formEnds
    self.hashes = hashes
    self.buckets = buckets
    self.next = next
    self.mask = mask
  }

  /// The rows whose `form` has the analysis key `query` (UTF-8 bytes of an analysis key), in
  /// table order.
  func rows(keyBytes query: UnsafeBufferPointer<UInt8>) -> [Int] {
    let hash = StemTable.keyHash(query)
    var result: [Int] = []
    var link = buckets[Int(hash & mask)]
    bytes.withUnsafeBufferPointer { buffer in
      while link != 0 {
        let row = Int(link - 1)
        link = next[row]
        guard hashes[row] == hash else { continue }
        let form = UnsafeBufferPointer(rebasing: buffer[Int(formStarts[row])..<Int(formEnds[row])])
        if StemTable.key(of: form, equals: query) { result.append(row) }
      }
    }
    return result
  }

  /// The fields of a row, as strings (missing trailing fields are empty).
  func fields(ofRow row: Int) -> [String] {
    bytes.withUnsafeBufferPointer { buffer in
      var fields: [String] = []
      fields.reserveCapacity(8)
      let start = Int(rowStarts[row])
      let end = Int(rowEnds[row])
      var fieldStart = start
      for index in start...end where index == end || buffer[index] == 0x09 {
        fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStart..<index]), as: UTF8.self))
        fieldStart = index + 1
      }
      return fields
    }
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

  /// FNV-1a of the analysis key of UTF-8 text.
  static func keyHash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    _ = forEachKeyByte(utf8) { byte in
      hash = (hash ^ UInt32(byte)) &* 16_777_619
      return true
    }
    return hash
  }

  /// Whether the analysis key of `utf8` is the bytes of `key`.
  static func key(of utf8: UnsafeBufferPointer<UInt8>, equals key: UnsafeBufferPointer<UInt8>) -> Bool {
    var position = 0
    let matched = forEachKeyByte(utf8) { byte in
      guard position < key.count, key[position] == byte else { return false }
      position += 1
      return true
    }
    return matched && position == key.count
  }
}
