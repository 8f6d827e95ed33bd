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
/// look-up is a binary search over the rows, loading costs no more than finding the line starts
/// (`memchr`), and a vocalized form becomes a `String` only when it is looked up.
struct VowelTable: Sendable {
  private let file: MappedFile?
  /// Byte range of the rows after the header.
  private let rows: Range<Int>
  /// Where each row starts, and the end of the rows last.
  private let lineStarts: [Int32]
  /// The rows in groups by the first four bytes of their key (zero-padded, big-endian; the rows
  /// being in byte order, each group is a run): `prefixes[g]` and the row where the group starts,
  /// `groupStarts[g]` (one more entry, the row count, last). A look-up searches one group.
  private let prefixes: [UInt32]
  private let groupStarts: [Int32]
  /// Stems read from `stems.tsv` when `name-vowels.tsv` is missing.
  private let dictionary: [NameKey: String]

  /// A table over an already built dictionary.
  init(_ dictionary: [NameKey: String]) {
    file = nil
    rows = 0..<0
    lineStarts = []
    prefixes = []
    groupStarts = []
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
    guard bytes.count < Int(Int32.max) else { throw InputError("'\(path)' is too large") }
    self.file = file
    rows = min(header.upperBound + 1, bytes.count)..<bytes.count
    var starts: [Int32] = []
    starts.reserveCapacity(bytes.count / 24)
    var prefixes: [UInt32] = []
    var groupStarts: [Int32] = []
    if let base = bytes.baseAddress {
      var position = rows.lowerBound
      while position < rows.upperBound {
        let prefix = VowelTable.prefix(base, from: position, to: rows.upperBound)
        if prefixes.last != prefix {
          prefixes.append(prefix)
          groupStarts.append(Int32(starts.count))
        }
        starts.append(Int32(position))
        guard let newline = memchr(base + position, 0x0A, rows.upperBound - position) else { break }
        position = UnsafeRawPointer(newline) - UnsafeRawPointer(base) + 1
      }
    }
    groupStarts.append(Int32(starts.count))
    starts.append(Int32(rows.upperBound))
    lineStarts = starts
    self.prefixes = prefixes
    self.groupStarts = groupStarts
    dictionary = [:]
  }

  /// The first four bytes of the key at `position` (up to a tab or newline,
  /// or `end`), zero-padded, big-endian: keys in byte order have prefixes in order.
  @inline(__always)
  private static func prefix(_ base: UnsafePointer<UInt8>, from position: Int, to end: Int) -> UInt32 {
    var value: UInt32 = 0
    var index = position
    for _ in 0..<4 {
      var byte: UInt8 = 0
      if index < end {
        byte = base[index]
        if byte == 0x09 || byte == 0x0A { byte = 0 } else { index += 1 }
      }
      value = value << 8 | UInt32(byte)
    }
    return value
  }

  /// The vocalized form of `key`.
  subscript(key: NameKey) -> String? {
    guard let file else { return dictionary[key] }
    let bytes = file.bytes
    return key.bytes.withUnsafeBufferPointer { wanted -> String? in
      guard let start = wanted.baseAddress else { return nil }
      // The group of rows whose keys start like `wanted`.
      let prefix = VowelTable.prefix(start, from: 0, to: wanted.count)
      var first = 0
      var last = prefixes.count
      while first < last {
        let middle = (first + last) / 2
        if prefixes[middle] < prefix { first = middle + 1 } else { last = middle }
      }
      guard first < prefixes.count, prefixes[first] == prefix else { return nil }
      var low = Int(groupStarts[first])
      var high = Int(groupStarts[first + 1])  // rows low..<high
      while low < high {
        let middle = low + (high - low) / 2
        let lineStart = Int(lineStarts[middle])
        var lineEnd = Int(lineStarts[middle + 1])
        if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0A { lineEnd -= 1 }
        // The row's key (up to a tab or the line end) against `wanted`, in byte order, in one pass.
        var index = 0
        var order = 0
        while true {
          let position = lineStart + index
          let keyEnded = position >= lineEnd || bytes[position] == 0x09
          if index == wanted.count {
            order = keyEnded ? 0 : 1
            break
          }
          if keyEnded {
            order = -1
            break
          }
          let (byte, other) = (bytes[position], wanted[index])
          if byte != other {
            order = byte < other ? -1 : 1
            break
          }
          index += 1
        }
        let keyEnd = lineStart + index
        if order == 0 {
          guard keyEnd < lineEnd else { return nil }
          var valueEnd = keyEnd + 1
          while valueEnd < lineEnd, bytes[valueEnd] != 0x09, bytes[valueEnd] != 0x0D { valueEnd += 1 }
          return String(decoding: UnsafeBufferPointer(rebasing: bytes[(keyEnd + 1)..<valueEnd]), as: UTF8.self)
        }
        if order < 0 { low = middle + 1 } else { high = middle }
      }
      return nil
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
