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
