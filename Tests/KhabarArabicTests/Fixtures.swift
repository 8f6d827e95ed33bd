// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// Paths of the checkout's fixtures and data, found from this file's location.
enum Fixtures {
  static let root: String = {
    var path = Substring(#filePath)  // <root>/Tests/KhabarArabicTests/Fixtures.swift
    for _ in 0..<3 { path = path[..<path.lastIndex(of: "/")!] }
    return String(path)
  }()

  static let data = DataDirectory(path: root + "/glossaries")
  static let seedPath = root + "/fixtures/articles/sy24-rusafa.ar.txt"

  static func lines(_ path: String) throws -> [String] {
    let reader = try LineReader(path: path)
    var lines: [String] = []
    while let line = try reader.nextLine() { lines.append(line.text) }
    return lines
  }

  static let seedLines: [String] = (try? lines(seedPath)) ?? []

  /// The lexicon, loaded once for all tests.
  static let lexicon: Lexicon? = try? Lexicon(directory: data)
}
