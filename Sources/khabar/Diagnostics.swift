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
    if let nul = line.text.utf8.firstIndex(of: 0) {
      let column = line.text.utf8.distance(from: line.text.utf8.startIndex, to: nul) + 1
      warning(InputWarning("NUL byte ignored", at: SourceLocation(file: file, line: line.number, column: column)))
    }
  }
}

/// Buffered standard output.
final class Output {
  nonisolated(unsafe) static let standardOutput = Output()
  private var buffer: [UInt8] = []

  init() { buffer.reserveCapacity(1 << 16) }

  func write(_ text: String) {
    var text = text
    text.withUTF8 { buffer.append(contentsOf: $0) }
    if buffer.count >= 1 << 16 { flush() }
  }

  func line(_ text: String) {
    write(text)
    buffer.append(0x0A)
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { writeAll(1, $0) }
    buffer.removeAll(keepingCapacity: true)
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
