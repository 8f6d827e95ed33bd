// SPDX-License-Identifier: GPL-2.0-or-later
internal import FoundationEssentials

/// One JSON object per line, keys sorted, non-ASCII kept as UTF-8.
enum JSONLines {
  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  static func encode<T: Encodable>(_ value: T) -> String {
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}

/// Writes a JSON object as JSONEncoder does with sorted keys (the caller gives the keys in order)
/// and without escaping slashes; `plain` turns false on what it does not write the same way.
struct JSONWriter {
  var text = ""
  var plain = true

  mutating func open(array: Bool = false) { text.append(array ? "[" : "{") }
  mutating func close(array: Bool = false) { text.append(array ? "]" : "}") }
  mutating func comma() { text.append(",") }

  /// `"name":`, after a comma unless it is the first member.
  mutating func key(_ name: String, first: Bool = false) {
    if !first, text.utf8.last != UInt8(ascii: "{") { text.append(",") }
    text.append("\"")
    text.append(name)
    text.append("\":")
  }

  mutating func field(_ name: String, _ value: String, first: Bool = false) {
    key(name, first: first)
    string(value)
  }

  mutating func field(_ name: String, _ value: Int) {
    key(name)
    text.append(String(value))
  }

  mutating func field(_ name: String, _ value: Double) {
    key(name)
    let written = value.description
    // JSONEncoder writes integral values without ".0"; exponents and non-finite values are left to it.
    if !value.isFinite || written.hasSuffix(".0") || written.utf8.contains(where: { $0 == 0x65 || $0 == 0x45 }) {
      plain = false
    }
    text.append(written)
  }

  /// A string with `"` and `\` escaped; one with control characters is not plain.
  mutating func string(_ value: String) {
    text.append("\"")
    if value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
      for scalar in value.unicodeScalars {
        switch scalar {
        case "\"": text.append("\\\"")
        case "\\": text.append("\\\\")
        default:
          if scalar.value < 0x20 || scalar.value == 0x7F { plain = false }
          text.unicodeScalars.append(scalar)
        }
      }
    } else {
      text.append(value)
    }
    text.append("\"")
  }
}
