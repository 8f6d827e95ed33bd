// SPDX-License-Identifier: GPL-2.0-or-later
import CKhabarICU
import Synchronization

/// A compiled ICU transliterator, safe for concurrent use.
///
/// ICU transliterators are not thread-safe, so each call borrows a clone from a small pool (and
/// makes one when the pool is empty); the compiled rules are shared by all clones.
public final class Transliterator: Sendable {
  public enum Direction: Int32, Sendable {
    case forward = 0  // KHABAR_UTRANS_FORWARD
    case reverse = 1  // KHABAR_UTRANS_REVERSE
  }

  private struct Handles: @unchecked Sendable {  // ICU pointers, used by one thread at a time
    var prototype: OpaquePointer
    var idle: [OpaquePointer] = []
  }

  /// The name it was compiled under (the scheme, or the ICU ID).
  public let name: String
  private let handles: Mutex<Handles>

  /// Compiles `rules` (ICU transform rule syntax).
  ///
  /// - Throws: ``InputError`` with the line and column of a syntax error in `file`.
  public init(name: String, rules: String, direction: Direction = .forward, file: String? = nil) throws(InputError) {
    var rulesUnits = Array(rules.utf16)
    let idUnits = Array(name.utf16)
    var status: khabar_status = KHABAR_U_ZERO_ERROR
    var errorLine: Int32 = -1
    var errorOffset: Int32 = -1
    if rulesUnits.isEmpty { rulesUnits = Array("".utf16) }
    let handle = rulesUnits.withUnsafeBufferPointer { rulesBuffer in
      idUnits.withUnsafeBufferPointer { idBuffer in
        khabar_utrans_open(
          idBuffer.baseAddress, Int32(idBuffer.count), direction.rawValue, rulesBuffer.baseAddress ?? nil,
          Int32(rulesBuffer.count), &errorLine, &errorOffset, &status)
      }
    }
    guard let handle, khabar_failure(status) == 0 else {
      let location = Transliterator.location(
        in: rules, file: file ?? name, line: Int(errorLine), offset: Int(errorOffset))
      throw InputError(
        "transliteration rules do not compile: \(String(cString: khabar_error_name(status)))", at: location)
    }
    self.name = name
    handles = Mutex(Handles(prototype: handle))
  }

  /// Opens one of ICU's own transliterators by ID (e.g. `Any-NFKC`, `Arabic-Latin`).
  public init(icuID id: String, direction: Direction = .forward) throws(ICUError) {
    let idUnits = Array(id.utf16)
    var status: khabar_status = KHABAR_U_ZERO_ERROR
    let handle = idUnits.withUnsafeBufferPointer {
      khabar_utrans_open($0.baseAddress, Int32($0.count), direction.rawValue, nil, 0, nil, nil, &status)
    }
    guard let handle, khabar_failure(status) == 0 else {
      throw ICUError(code: status, operation: "opening transliterator \(id)")
    }
    name = id
    handles = Mutex(Handles(prototype: handle))
  }

  deinit {
    handles.withLock { handles in
      for handle in handles.idle { khabar_utrans_close(handle) }
      khabar_utrans_close(handles.prototype)
    }
  }

  /// Transliterates `text`.
  ///
  /// - Complexity: O(*n*) in the length of `text` times the rules' work per character.
  public func transliterate(_ text: String) throws(ICUError) -> String {
    var units = Array(text.utf16)
    try transliterate(&units)
    return String(utf16Units: units)
  }

  /// Transliterates UTF-16 code units in place.
  public func transliterate(_ units: inout [UInt16]) throws(ICUError) {
    guard !units.isEmpty else { return }
    let handle = try borrow()
    defer { giveBack(handle) }
    let length = units.count
    var capacity = length * 2 + 16
    while true {
      var buffer = units
      buffer.append(contentsOf: repeatElement(0, count: capacity - length))
      var newLength = Int32(length)
      var status: khabar_status = KHABAR_U_ZERO_ERROR
      buffer.withUnsafeMutableBufferPointer {
        khabar_utrans_transliterate(handle, $0.baseAddress, &newLength, Int32(capacity), &status)
      }
      if status == KHABAR_U_BUFFER_OVERFLOW_ERROR, Int(newLength) > capacity {
        capacity = Int(newLength) + 16
        continue
      }
      if status == KHABAR_U_BUFFER_OVERFLOW_ERROR {
        capacity *= 2
        continue
      }
      try ICUError.check(status, "transliterating with \(name)")
      buffer.removeSubrange(Int(newLength)...)
      units = buffer
      return
    }
  }

  private func borrow() throws(ICUError) -> OpaquePointer {
    try handles.withLock { (handles: inout Handles) throws(ICUError) -> OpaquePointer in
      if let idle = handles.idle.popLast() { return idle }
      var status: khabar_status = KHABAR_U_ZERO_ERROR
      guard let clone = khabar_utrans_clone(handles.prototype, &status), khabar_failure(status) == 0 else {
        throw ICUError(code: status, operation: "cloning transliterator \(name)")
      }
      return clone
    }
  }

  private func giveBack(_ handle: OpaquePointer) {
    handles.withLock { handles in
      if handles.idle.count < 16 { handles.idle.append(handle) } else { khabar_utrans_close(handle) }
    }
  }

  /// Turns ICU's parse error position into a file location.
  static func location(in rules: String, file: String, line: Int, offset: Int) -> SourceLocation {
    // ICU reports the offset into the rule source (and no line) for transform rules.
    guard offset >= 0 else { return SourceLocation(file: file, line: max(line, 1)) }
    var lineNumber = 1
    var column = 1
    for (index, unit) in rules.utf16.enumerated() {
      if index >= offset { break }
      if unit == 0x0A {
        lineNumber += 1
        column = 1
      } else {
        column += 1
      }
    }
    return SourceLocation(file: file, line: line > 0 ? line : lineNumber, column: column)
  }
}
