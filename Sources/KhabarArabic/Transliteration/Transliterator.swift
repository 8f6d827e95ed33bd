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
    /// One compiled transliterator per pass (see ``init(name:rules:direction:file:)``).
    var prototypes: [OpaquePointer]
    var idle: [[OpaquePointer]] = []
  }

  /// The name it was compiled under (the scheme, or the ICU ID).
  public let name: String
  private let handles: Mutex<Handles>

  /// Compiles `rules` (ICU transform rule syntax).
  ///
  /// Rule files are split into passes by `::Null ;` lines. Each pass is compiled as a transliterator
  /// of its own (with the variable definitions of the passes before it) and the passes run one
  /// after the other, which is what ICU does with the whole file; but ICU resolves `Null` through
  /// its registry of transliterator IDs, and building that registry costs milliseconds.
  ///
  /// - Throws: ``InputError`` with the line and column of a syntax error in `file`.
  public init(name: String, rules: String, direction: Direction = .forward, file: String? = nil) throws(InputError) {
    var prototypes: [OpaquePointer] = []
    let passes = Transliterator.passes(of: rules)
    if passes.count > 1 {
      for pass in direction == .forward ? passes : passes.reversed() {
        guard let handle = Transliterator.open(name: name, rules: pass, direction: direction).handle else {
          for handle in prototypes { khabar_utrans_close(handle) }
          prototypes = []
          break
        }
        prototypes.append(handle)
      }
    }
    if prototypes.isEmpty {
      // One pass, or a pass that does not compile on its own: ICU compiles (and locates errors in)
      // the file as written.
      let (handle, status, errorLine, errorOffset) = Transliterator.open(name: name, rules: rules, direction: direction)
      guard let handle, khabar_failure(status) == 0 else {
        let location = Transliterator.location(
          in: rules, file: file ?? name, line: Int(errorLine), offset: Int(errorOffset))
        throw InputError(
          "transliteration rules do not compile: \(String(cString: khabar_error_name(status)))", at: location)
      }
      prototypes = [handle]
    }
    self.name = name
    handles = Mutex(Handles(prototypes: prototypes))
  }

  /// Compiles rules; the handle is nil on failure.
  private static func open(name: String, rules: String, direction: Direction) -> (
    handle: OpaquePointer?, status: khabar_status, line: Int32, offset: Int32
  ) {
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
    if let handle, khabar_failure(status) != 0 {
      khabar_utrans_close(handle)
      return (nil, status, errorLine, errorOffset)
    }
    return (handle, status, errorLine, errorOffset)
  }

  /// The passes of a rule file: the text between `::Null ;` lines, each after the variable
  /// definitions (`$name = … ;` lines) of the passes before it. One element when the file has
  /// no such line or uses other `::` directives (IDs, filters), which need ICU's registry anyway.
  static func passes(of rules: String) -> [String] {
    var passes: [String] = []
    var variables = ""
    var current = ""
    for line in rules.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingSpaces()
      if trimmed.hasPrefix("::") {
        let directive = trimmed.dropFirst(2).filter { $0 != " " && $0 != "\t" }
        guard directive == "Null;" else { return [rules] }
        passes.append(current)
        current = variables
        continue
      }
      current += line
      current += "\n"
      if trimmed.hasPrefix("$"), let equals = trimmed.firstIndex(of: "="),
        trimmed[..<equals].dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == " " })
      {
        // A definition may span lines only with a trailing backslash; the files do not do that.
        variables += line
        variables += "\n"
      }
    }
    passes.append(current)
    return passes.count > 1 ? passes : [rules]
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
    handles = Mutex(Handles(prototypes: [handle]))
  }

  deinit {
    handles.withLock { handles in
      for clones in handles.idle { for handle in clones { khabar_utrans_close(handle) } }
      for handle in handles.prototypes { khabar_utrans_close(handle) }
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
    let passes = try borrow()
    defer { giveBack(passes) }
    // Each pass reads `units` and writes into `buffer` (ICU may leave its buffer half written when
    // the result does not fit, so the input is kept apart); the two arrays then swap, and are
    // reused by the next pass.
    var buffer: [UInt16] = []
    for handle in passes {
      try transliterate(units, with: handle, into: &buffer)
      swap(&units, &buffer)
      if units.isEmpty { return }
    }
  }

  /// One pass: the transliteration of `units` into `buffer` (whose old contents are dropped).
  private func transliterate(_ units: [UInt16], with handle: OpaquePointer, into buffer: inout [UInt16])
    throws(ICUError)
  {
    let length = units.count
    var capacity = length * 2 + 16
    while true {
      buffer.removeAll(keepingCapacity: true)
      buffer.reserveCapacity(capacity)
      buffer.append(contentsOf: units)
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
      return
    }
  }

  private func borrow() throws(ICUError) -> [OpaquePointer] {
    try handles.withLock { (handles: inout Handles) throws(ICUError) -> [OpaquePointer] in
      if let idle = handles.idle.popLast() { return idle }
      var clones: [OpaquePointer] = []
      for prototype in handles.prototypes {
        var status: khabar_status = KHABAR_U_ZERO_ERROR
        guard let clone = khabar_utrans_clone(prototype, &status), khabar_failure(status) == 0 else {
          for handle in clones { khabar_utrans_close(handle) }
          throw ICUError(code: status, operation: "cloning transliterator \(name)")
        }
        clones.append(clone)
      }
      return clones
    }
  }

  private func giveBack(_ clones: [OpaquePointer]) {
    handles.withLock { handles in
      if handles.idle.count < 16 {
        handles.idle.append(clones)
      } else {
        for handle in clones { khabar_utrans_close(handle) }
      }
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
