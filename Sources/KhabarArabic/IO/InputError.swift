// SPDX-License-Identifier: GPL-2.0-or-later

/// A place in an input: a file (or `-` for standard input), a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the form editors and compilers use.
  public var description: String { "\(file == "-" ? "<stdin>" : file):\(line):\(column)" }
}

/// Something wrong with an input, at a known place.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
  public var location: SourceLocation?
  public var message: String

  public init(_ message: String, at location: SourceLocation? = nil) {
    self.message = message
    self.location = location
  }

  public var description: String {
    if let location { return "\(location): error: \(message)" }
    return "error: \(message)"
  }
}

/// A problem that did not stop processing (e.g. an invalid byte that was replaced).
public struct InputWarning: Hashable, Sendable, CustomStringConvertible {
  public var location: SourceLocation
  public var message: String

  public init(_ message: String, at location: SourceLocation) {
    self.message = message
    self.location = location
  }

  public var description: String { "\(location): warning: \(message)" }
}
