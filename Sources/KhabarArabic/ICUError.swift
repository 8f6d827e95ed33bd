// SPDX-License-Identifier: GPL-2.0-or-later
import CKhabarICU

/// A failure reported by ICU, with ICU's name for the error code.
public struct ICUError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The ICU error code (`UErrorCode`).
  public var code: Int32
  /// What Khabar was doing when ICU failed.
  public var operation: String

  public init(code: Int32, operation: String) {
    self.code = code
    self.operation = operation
  }

  /// ICU's symbolic name for the code, e.g. `U_BUFFER_OVERFLOW_ERROR`.
  public var name: String { String(cString: khabar_error_name(code)) }

  public var description: String { "ICU error \(name) (\(code)) in \(operation)" }

  /// Throws when `status` is an ICU failure.
  @inline(__always)
  static func check(_ status: khabar_status, _ operation: @autoclosure () -> String) throws(ICUError) {
    if khabar_failure(status) != 0 { throw ICUError(code: status, operation: operation()) }
  }
}

/// Facts about the ICU library Khabar runs on.
public enum ICU {
  /// The ICU version string, e.g. `72.1`.
  public static var version: String { String(cString: khabar_icu_version()) }

  /// Whether ICU's libraries could be opened (they are opened on first use, not linked; see the
  /// C shim). When they cannot, every ICU operation fails with an error that says why.
  public static var isAvailable: Bool { khabar_icu_available() != 0 }
}
