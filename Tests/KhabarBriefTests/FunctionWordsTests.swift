// SPDX-License-Identifier: GPL-2.0-or-later
import Foundation
import KhabarArabic
import Testing

@testable import KhabarBrief

@Suite struct FunctionWordsTests {
  /// A data directory holding only `brief/function-words.tsv` with `text`.
  static func directory(_ text: String) throws -> (DataDirectory, String) {
    let root = NSTemporaryDirectory() + "khabar-words-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: root + "/brief", withIntermediateDirectories: true)
    try text.write(toFile: root + "/brief/function-words.tsv", atomically: true, encoding: .utf8)
    return (DataDirectory(path: root), root)
  }

  /// Every set of the file with one word, and `extra` rows.
  static func file(extra: [String] = [], leaving omitted: FunctionWords.Name? = nil) -> String {
    let rows = FunctionWords.Name.allCases.filter { $0 != omitted }.map { "كلمة\t\($0.rawValue)" }
    return (["# test", "arabic\tset"] + rows + extra).joined(separator: "\n") + "\n"
  }

  @Test(arguments: [
    (FunctionWords.Name.near, "بالقرب", true),
    (.objectPreposition, "الي", true),  // إلى in its matching form
    (.objectPreposition, "إلى", false),  // tokens are compared in the matching form only
    (.townNoun, "مدينه", true),
    (.victimsAmong, "بينهما", false),  // a word of list-subset, not of this set
    (.listSubset, "بينهما", true),
  ])
  func bundledSets(name: FunctionWords.Name, key: String, expected: Bool) throws {
    let rules = try #require(Fixtures.briefer).rules
    #expect(rules.functionWords.contains(name, key) == expected)
  }

  @Test func wordsAreNormalizedAtLoad() throws {
    let (directory, root) = try Self.directory(Self.file(extra: ["إلى\tnear", "مدينة\ttown-noun"]))
    defer { try? FileManager.default.removeItem(atPath: root) }
    let words = try FunctionWords(directory: directory)
    #expect(words.contains(.near, "الي"))
    #expect(words.contains(.townNoun, "مدينه"))
    #expect(!words.contains(.that, "مدينه"))
  }

  @Test func unknownSetIsAnErrorWithItsPlace() throws {
    let text = Self.file(extra: ["في\tnear-by"])
    let (directory, root) = try Self.directory(text)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let line = text.split(separator: "\n").count
    #expect {
      _ = try FunctionWords(directory: directory)
    } throws: { error in
      "\(error)".contains("function-words.tsv:\(line):4") && "\(error)".contains("'near-by'")
    }
  }

  @Test func missingSetIsAnError() throws {
    let (directory, root) = try Self.directory(Self.file(leaving: .ranks))
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect {
      _ = try FunctionWords(directory: directory)
    } throws: { error in
      "\(error)".contains("'ranks' has no word")
    }
  }
}
