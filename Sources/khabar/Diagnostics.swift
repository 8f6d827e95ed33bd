// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Messages on standard error, in the `file:line:column: error: message` form.
enum Diagnostics {
  static func write(_ text: String) {
    Output.standardOutput.flush()
    var text = text
    text.withUTF8 { writeAll(2, UnsafeRawBufferPointer($0)) }
  }

  static func error(_ error: InputError) { write("khabar: \(error)\n") }

  static func error(_ message: String, at location: SourceLocation? = nil) {
    error(InputError(message, at: location))
  }

  static func warning(_ warning: InputWarning) { write("khabar: \(warning)\n") }

  /// Warns about invalid UTF-8 (already replaced by U+FFFD) and NUL bytes (removed by
  /// normalization) in a line.
  static func warnAboutBytes(_ line: InputLine, file: String) {
    for column in line.invalidByteColumns.prefix(3) {
      warning(
        InputWarning(
          "invalid UTF-8 replaced by U+FFFD", at: SourceLocation(file: file, line: line.number, column: column)))
    }
    if line.invalidByteColumns.count > 3 {
      warning(
        InputWarning(
          "\(line.invalidByteColumns.count - 3) more invalid UTF-8 sequences on this line",
          at: SourceLocation(file: file, line: line.number, column: 1)))
    }
    var text = line.text
    let nulOffset = text.withUTF8 { bytes -> Int? in
      guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
      return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
    if let nulOffset {
      let column = nulOffset + 1
      warning(InputWarning("NUL byte ignored", at: SourceLocation(file: file, line: line.number, column: column)))
    }
  }
}

/// Buffered standard output (a raw 64 KiB buffer: no exclusivity checks on the hot path).
final class Output {
  nonisolated(unsafe) static let standardOutput = Output()
  private static let capacity = 1 << 16
  private let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: Output.capacity)
  private var count = 0

  deinit { storage.deallocate() }

  @inline(__always)
  func append(_ byte: UInt8) {
    if count == Output.capacity { flush() }
    storage[count] = byte
    count += 1
  }

  func write(_ text: String) {
    var text = text
    text.withUTF8 { write($0) }
  }

  /// Writes the UTF-8 bytes at offsets `range` of `text` (whole characters).
  func write(_ text: String, bytes range: Range<Int>) {
    var text = text
    text.withUTF8 { write(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    if bytes.count > Output.capacity - count {
      flush()
      if bytes.count > Output.capacity {
        writeAll(1, UnsafeRawBufferPointer(bytes))
        return
      }
    }
    if let base = bytes.baseAddress { (storage + count).update(from: base, count: bytes.count) }
    count += bytes.count
  }

  /// Writes UTF-16 code units as UTF-8 (lone surrogates as U+FFFD).
  func write(utf16 units: UnsafeBufferPointer<UInt16>) {
    var index = 0
    while index < units.count {
      var scalar = UInt32(units[index])
      index += 1
      if scalar < 0x80 {
        append(UInt8(scalar))
      } else if scalar < 0x800 {
        append(UInt8(0xC0 | scalar >> 6))
        append(UInt8(0x80 | scalar & 0x3F))
      } else {
        if scalar & 0xF800 == 0xD800 {
          if scalar < 0xDC00, index < units.count, units[index] & 0xFC00 == 0xDC00 {
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
            index += 1
            append(UInt8(0xF0 | scalar >> 18))
            append(UInt8(0x80 | (scalar >> 12) & 0x3F))
            append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            append(UInt8(0x80 | scalar & 0x3F))
            continue
          }
          scalar = 0xFFFD
        }
        append(UInt8(0xE0 | scalar >> 12))
        append(UInt8(0x80 | (scalar >> 6) & 0x3F))
        append(UInt8(0x80 | scalar & 0x3F))
      }
    }
  }

  func line(_ text: String) {
    write(text)
    append(0x0A)
  }

  func flush() {
    guard count > 0 else { return }
    writeAll(1, UnsafeRawBufferPointer(start: storage, count: count))
    count = 0
  }
}

/// Writes all of `bytes` to a file descriptor, retrying partial writes; gives up silently when
/// the reader has gone (EPIPE), like other Unix filters.
func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) {
  var offset = 0
  while offset < bytes.count {
    let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
    if written < 0 {
      if errno == EINTR { continue }
      return
    }
    offset += written
  }
}
