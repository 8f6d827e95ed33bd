// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lexicon's vocalized stems by analysis key (`transliteration/name-vowels.tsv`).
///
/// The file is mapped into memory as it is and searched in place: its rows are sorted by the
/// UTF-8 bytes of their key (scripts/build-name-vowels.py writes them so; a test checks it), so a
/// look-up is a binary search over the file's bytes (a probe finds the start of the line it falls
/// in), loading reads the header only, and a vocalized form becomes a `String` only when it is
/// looked up. A process that looks up a few names touches a few pages of the file.
struct VowelTable: Sendable {
  private let file: MappedFile?
  /// Byte range of the rows after the header.
  private let rows: Range<Int>
  /// Stems read from `stems.tsv` when `name-vowels.tsv` is missing.
  private let dictionary: [NameKey: String]

  /// A table over an already built dictionary.
  init(_ dictionary: [NameKey: String]) {
    file = nil
    rows = 0..<0
    self.dictionary = dictionary
  }

  /// Maps `name-vowels.tsv`: `#` comments, then the header `key <TAB> vocalized …`, then the rows
  /// in byte order of their key.
  init(path: String) throws(InputError) {
    let file = try MappedFile(path: path, limit: 256 << 20)
    let bytes = file.bytes
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var lineNumber = 0
    var header: Range<Int>? = nil
    while start < bytes.count {
      lineNumber += 1
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      defer { start = end + 1 }
      if end == start || bytes[start] == UInt8(ascii: "#") { continue }
      header = start..<end
      break
    }
    guard let header else { throw InputError("no header line", at: SourceLocation(file: path, line: lineNumber)) }
    var names = bytes[header].split(separator: 0x09, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
    if names.last?.hasSuffix("\r") == true { names[names.count - 1].removeLast() }
    guard names.count >= 2, names[0] == "key", names[1] == "vocalized" else {
      throw InputError(
        "expected the columns 'key' and 'vocalized' first", at: SourceLocation(file: path, line: lineNumber))
    }
    self.file = file
    rows = min(header.upperBound + 1, bytes.count)..<bytes.count
    dictionary = [:]
  }

  /// The vocalized form of `key`.
  ///
  /// - Complexity: O(log *n*) probes in a file of *n* bytes, each O(*l*) in the length of a line.
  subscript(key: NameKey) -> String? {
    guard let file else { return dictionary[key] }
    let bytes = file.bytes
    return key.bytes.withUnsafeBufferPointer { wanted -> String? in
      guard !wanted.isEmpty else { return nil }
      // The first line whose key is not below `wanted` starts in low..<high: `low` is a line
      // start, every line before it has a smaller key, and the line at `high` (if any) has a key
      // not below `wanted`.
      var low = rows.lowerBound
      var high = rows.upperBound
      while low < high {
        let middle = low + (high - low) / 2
        var lineStart = middle
        while lineStart > low, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        let (order, _) = VowelTable.compareKey(at: lineStart, in: bytes, to: wanted)
        if order < 0 {
          var next = middle
          while next < high, bytes[next] != 0x0A { next += 1 }
          low = next + 1
        } else {
          high = lineStart
        }
      }
      guard low < rows.upperBound else { return nil }
      let (order, keyEnd) = VowelTable.compareKey(at: low, in: bytes, to: wanted)
      guard order == 0, keyEnd < bytes.count, bytes[keyEnd] == 0x09 else { return nil }
      var valueEnd = keyEnd + 1
      while valueEnd < bytes.count, bytes[valueEnd] != 0x09, bytes[valueEnd] != 0x0A, bytes[valueEnd] != 0x0D {
        valueEnd += 1
      }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[(keyEnd + 1)..<valueEnd]), as: UTF8.self)
    }
  }

  /// The key of the line starting at `lineStart` (up to a tab or the line's end) against `wanted`
  /// in byte order (negative when the line's key comes first), and where the line's key ends.
  @inline(__always)
  private static func compareKey(
    at lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>, to wanted: UnsafeBufferPointer<UInt8>
  )
    -> (Int, Int)
  {
    var index = 0
    while true {
      let position = lineStart + index
      let keyEnded =
        position >= bytes.count || bytes[position] == 0x09 || bytes[position] == 0x0A
        || bytes[position] == 0x0D
      if index == wanted.count { return (keyEnded ? 0 : 1, position) }
      if keyEnded { return (-1, position) }
      let (byte, other) = (bytes[position], wanted[index])
      if byte != other { return (byte < other ? -1 : 1, position) }
      index += 1
    }
  }

  /// Byte order (memcmp), negative when `a` comes first.
  @inline(__always)
  static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let common = min(a.count, b.count)
    if common > 0, let left = a.baseAddress, let right = b.baseAddress {
      let order = memcmp(left, right, common)
      if order != 0 { return Int(order) }
    }
    return a.count - b.count
  }

  /// Whether the rows are in strictly increasing byte order of their key (what look-ups rely on).
  var isSorted: Bool {
    guard let file else { return true }
    let bytes = file.bytes
    var previous: Range<Int>? = nil
    var start = rows.lowerBound
    while start < rows.upperBound {
      var end = start
      while end < rows.upperBound, bytes[end] != 0x0A { end += 1 }
      var keyEnd = start
      while keyEnd < end, bytes[keyEnd] != 0x09 { keyEnd += 1 }
      if let previous,
        VowelTable.compare(
          UnsafeBufferPointer(rebasing: bytes[previous]), UnsafeBufferPointer(rebasing: bytes[start..<keyEnd])) >= 0
      {
        return false
      }
      previous = start..<keyEnd
      start = end + 1
    }
    return true
  }
}
