// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import Testing

@Suite struct InputTests {
  @Test(arguments: [
    ([0x61, 0xFF, 0x62] as [UInt8], "a\u{FFFD}b", [2]),
    ([0xD8, 0xA7, 0xD8] as [UInt8], "ا\u{FFFD}", [3]),  // truncated sequence at the end
    ([0xE0, 0x80, 0x80] as [UInt8], "\u{FFFD}\u{FFFD}\u{FFFD}", [1, 2, 3]),  // overlong
    ([0xED, 0xA0, 0x80] as [UInt8], "\u{FFFD}\u{FFFD}\u{FFFD}", [1, 2, 3]),  // surrogate
    ([0xF0, 0x9F, 0x98, 0x80] as [UInt8], "😀", [Int]()),
  ])
  func lossyUTF8(bytes: [UInt8], text: String, columns: [Int]) {
    let (decoded, invalid) = UTF8Validation.decode(bytes[...])
    #expect(decoded == text)
    #expect(invalid == columns)
  }

  @Test func tsvErrorsNameFileLineAndColumn() throws {
    let path = "/tmp/khabar-test-\(UInt32.random(in: 0...UInt32.max)).tsv"
    try writeFile(path, "\u{FEFF}# comment\r\na\tb\r\n1\t2\r\n3\t4\t5\r\n")
    #expect {
      _ = try TSVTable(path: path)
    } throws: { error in
      let error = try #require(error as? InputError)
      return error.location == SourceLocation(file: path, line: 4, column: 5)
    }
    try writeFile(path, "a\tb\n1\t2\n")
    let table = try TSVTable(path: path, required: ["a"])
    #expect(table.rows.count == 1)
    #expect(table.field(table.rows[0], "b") == "2")
  }

  func writeFile(_ path: String, _ text: String) throws {
    // A tiny writer so the tests need no Foundation either.
    let file = fopen(path, "w")
    defer { fclose(file) }
    var text = text
    text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
  }
}

#if canImport(Glibc)
  import Glibc
#endif
