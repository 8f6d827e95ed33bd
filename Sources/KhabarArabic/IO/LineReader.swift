// SPDX-License-Identifier: GPL-2.0-or-later
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One line of an input, decoded.
public struct InputLine: Sendable {
  /// 1-based line number.
  public var number: Int
  /// The line without its terminator (LF or CRLF). Invalid UTF-8 is replaced by U+FFFD.
  public var text: String
  /// 1-based columns (in bytes) of invalid UTF-8 sequences that were replaced, if any.
  public var invalidByteColumns: [Int]

  public init(number: Int, text: String, invalidByteColumns: [Int] = []) {
    self.number = number
    self.text = text
    self.invalidByteColumns = invalidByteColumns
  }
}

/// Reads an input (a file, or standard input for `-`) line by line in bounded memory.
///
/// Memory is that of the longest line plus a 64 KiB buffer. A UTF-8 byte order mark at the start is
/// skipped; CRLF line ends are accepted; a final line without a terminator is a line.
public final class LineReader {
  public let path: String
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private var buffer: [UInt8]
  private var start = 0
  private var end = 0
  private var atEOF = false
  private var lineNumber = 0

  /// Opens `path`, or standard input when `path` is `-`.
  public init(path: String) throws(InputError) {
    self.path = path
    if path == "-" {
      descriptor = 0
      ownsDescriptor = false
    } else {
      let fd = open(path, O_RDONLY | O_CLOEXEC)
      if fd < 0 { throw InputError("cannot open '\(path)': \(String(cString: strerror(errno)))") }
      var info = stat()
      if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
        close(fd)
        throw InputError("'\(path)' is a directory")
      }
      descriptor = fd
      ownsDescriptor = true
    }
    buffer = [UInt8](repeating: 0, count: 1 << 16)
  }

  deinit { if ownsDescriptor { close(descriptor) } }

  /// The next line, or nil at the end of the input.
  public func nextLine() throws(InputError) -> InputLine? {
    while true {
      if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
        var lineEnd = newline
        if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let line = decode(start..<lineEnd)
        start = newline + 1
        return line
      }
      if atEOF {
        guard start < end else { return nil }
        var lineEnd = end
        if buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let line = decode(start..<lineEnd)
        start = end
        return line
      }
      try fill()
    }
  }

  /// The next line decoded straight into UTF-16 code units (replacing `units`' contents), without
  /// making a string: the fast path for commands that work on UTF-16. Returns the line number and
  /// the 1-based byte columns of invalid UTF-8 that was replaced, or nil at the end of the input.
  public func nextLine(utf16 units: inout [UInt16]) throws(InputError) -> (number: Int, invalidByteColumns: [Int])? {
    while true {
      var lineEnd: Int
      var next: Int
      if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
        lineEnd = newline
        next = newline + 1
      } else if atEOF {
        guard start < end else { return nil }
        lineEnd = end
        next = end
      } else {
        try fill()
        continue
      }
      if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
      lineNumber += 1
      var first = start
      if lineNumber == 1, buffer[start..<lineEnd].starts(with: [0xEF, 0xBB, 0xBF]) { first += 3 }
      let invalid = buffer.withUnsafeBufferPointer { bytes in
        UTF8Validation.decodeUTF16(UnsafeBufferPointer(rebasing: bytes[first..<lineEnd]), into: &units)
      }
      start = next
      return (lineNumber, invalid)
    }
  }

  private func fill() throws(InputError) {
    if start > 0 {
      // Move the unread part to the front.
      let pending = end - start
      if pending > 0 {
        buffer.withUnsafeMutableBufferPointer { pointer in
          _ = memmove(pointer.baseAddress!, pointer.baseAddress! + start, pending)
        }
      }
      start = 0
      end = pending
    }
    if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
    let count = buffer.withUnsafeMutableBufferPointer { pointer -> Int in
      var result: Int
      repeat {
        result = read(descriptor, pointer.baseAddress! + end, pointer.count - end)
      } while result < 0 && errno == EINTR
      return result
    }
    if count < 0 {
      throw InputError("cannot read '\(path)': \(String(cString: strerror(errno)))")
    }
    if count == 0 { atEOF = true }
    end += count
  }

  private func decode(_ range: Range<Int>) -> InputLine {
    lineNumber += 1
    var bytes = buffer[range]
    if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    let (text, invalid) = UTF8Validation.decode(bytes)
    return InputLine(number: lineNumber, text: text, invalidByteColumns: invalid)
  }
}

/// Lossy UTF-8 decoding that reports where the input was invalid.
public enum UTF8Validation {
  /// Whether `bytes` are well-formed UTF-8 (shortest forms, no surrogates, at most U+10FFFF).
  public static func isValid(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      let count = buffer.count
      while index < count {
        let lead = buffer[index]
        if lead < 0x80 {
          index += 1
          continue
        }
        if lead >= 0xC2, lead <= 0xDF {
          guard index + 1 < count, buffer[index + 1] & 0xC0 == 0x80 else { return false }
          index += 2
          continue
        }
        let (length, low, high): (Int, UInt8, UInt8)
        switch lead {
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return false
        }
        guard index + length <= count, buffer[index + 1] >= low, buffer[index + 1] <= high else { return false }
        for next in (index + 2)..<(index + length) where buffer[next] & 0xC0 != 0x80 { return false }
        index += length
      }
      return true
    }
  }

  /// Decodes `bytes` into UTF-16 code units (replacing `units`' contents), each maximal invalid
  /// subpart becoming U+FFFD, and returns the 1-based byte columns of the replacements.
  ///
  /// - Complexity: O(*n*).
  public static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, into units: inout [UInt16]) -> [Int] {
    units.removeAll(keepingCapacity: true)
    units.reserveCapacity(bytes.count)
    var invalid: [Int] = []
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        units.append(UInt16(lead))
        index += 1
        continue
      }
      let (length, low, high): (Int, UInt8, UInt8)
      switch lead {
      case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
      case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
      case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
      case 0xED: (length, low, high) = (3, 0x80, 0x9F)
      case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
      case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
      case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
      default: (length, low, high) = (1, 1, 0)
      }
      var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      var next = index + 1
      var valid = length > 1
      while valid, next < index + length {
        guard next < count else {
          valid = false
          break
        }
        let byte = bytes[next]
        let (minimum, maximum): (UInt8, UInt8) = next == index + 1 ? (low, high) : (0x80, 0xBF)
        guard byte >= minimum, byte <= maximum else {
          valid = false
          break
        }
        value = value << 6 | UInt32(byte & 0x3F)
        next += 1
      }
      if valid {
        if value >= 0x10000 {
          let offset = value - 0x10000
          units.append(UInt16(0xD800 + (offset >> 10)))
          units.append(UInt16(0xDC00 + (offset & 0x3FF)))
        } else {
          units.append(UInt16(value))
        }
      } else {
        invalid.append(index + 1)
        units.append(0xFFFD)
        next = Swift.max(next, index + 1)
      }
      index = next
    }
    return invalid
  }

  /// Decodes `bytes`, replacing each maximal invalid subpart (Unicode 15, §3.9) with U+FFFD, and
  /// returns the 1-based byte columns where replacements were made.
  ///
  /// - Complexity: O(*n*).
  public static func decode(_ bytes: ArraySlice<UInt8>) -> (String, [Int]) {
    // The usual case, valid UTF-8: let the standard library's fast validation copy it, and check
    // that it did not have to repair anything.
    let copied = bytes.withUnsafeBufferPointer { input in
      String(unsafeUninitializedCapacity: input.count) { output in
        if let source = input.baseAddress { memcpy(output.baseAddress!, source, input.count) }
        return input.count
      }
    }
    var unchanged = copied
    let valid = unchanged.withUTF8 { output in
      bytes.withUnsafeBufferPointer { input in
        output.count == input.count
          && (input.isEmpty || memcmp(output.baseAddress!, input.baseAddress!, input.count) == 0)
      }
    }
    if valid { return (copied, []) }
    // Invalid: decode with replacements (the same decoder as the UTF-16 fast path).
    var units: [UInt16] = []
    let invalid = bytes.withUnsafeBufferPointer { decodeUTF16($0, into: &units) }
    return (String(utf16Units: units), invalid)
  }

}

/// Whole-file reading for formats that are not line-oriented (XML termbases, CSV with quoted
/// line breaks).
public enum FileBytes {
  /// The bytes of `path` (`-` for standard input), refusing more than `limit` bytes.
  ///
  /// - Throws: ``InputError`` when the file cannot be read or is too large.
  public static func read(_ path: String, limit: Int) throws(InputError) -> [UInt8] {
    let descriptor: Int32 = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 { throw InputError("cannot open '\(path)': \(String(cString: strerror(errno)))") }
    defer { if descriptor != 0 { close(descriptor) } }
    var info = stat()
    if descriptor != 0, fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size <= limit {
      // A regular file: read into an array of its size.
      let size = Int(info.st_size)
      var failure: Int32 = 0
      // Not zero-filled first: read straight into the array's storage.
      var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
        var filled = 0
        while filled < size {
          let count = Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
          if count < 0 {
            if errno == EINTR { continue }
            failure = errno
            break
          }
          if count == 0 { break }
          filled += count
        }
        initialized = filled
      }
      if failure != 0 { throw InputError("cannot read '\(path)': \(String(cString: strerror(failure)))") }
      guard bytes.count == size else { return bytes }
      // The file may have grown since fstat: read on to its end.
      var probe: UInt8 = 0
      let more = Glibc.read(descriptor, &probe, 1)
      if more <= 0 { return bytes }
      bytes.append(probe)
      return try readRest(descriptor, path: path, into: bytes, limit: limit)
    }
    return try readRest(descriptor, path: path, into: [], limit: limit)
  }

  private static func readRest(_ descriptor: Int32, path: String, into start: [UInt8], limit: Int) throws(InputError)
    -> [UInt8]
  {
    var bytes = start
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw InputError("cannot read '\(path)': \(String(cString: strerror(errno)))")
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[..<count])
      if bytes.count > limit { throw InputError("'\(path)' is larger than \(limit) bytes") }
    }
  }
}
