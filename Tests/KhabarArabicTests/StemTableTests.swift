// SPDX-License-Identifier: GPL-2.0-or-later
import Testing

@testable import KhabarArabic

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct StemTableTests {
  static let path = Fixtures.data.file("lexicon/stems.tsv")

  /// The analysis key of a row's form, as bytes.
  static func key(_ form: String) -> [UInt8] { Array(Lexicon.analysisKey(form).utf8) }

  @Test func bundledTableIsInKeyOrderAndClean() throws {
    let table = try StemTable(path: Self.path)
    #expect(table.count > 80_000)
    #expect(table.wasSorted)
    #expect(table.problems().isEmpty, "\(table.problems())")
  }

  /// Every row is found by the key of its own form, with the other rows of that key, in file
  /// order; and a key is found exactly when some row has it (the oracle: a dictionary built from
  /// all rows).
  @Test func everyRowIsFoundByItsKey() throws {
    let table = try StemTable(path: Self.path)
    var byKey: [[UInt8]: [Int]] = [:]
    for row in 0..<table.count {
      byKey[Self.key(table.fields(ofRow: row)[table.columns.form]), default: []].append(row)
    }
    for (key, rows) in byKey {
      let found = key.withUnsafeBufferPointer { table.rows(keyBytes: $0) }
      #expect(found == rows, "\(String(decoding: key, as: UTF8.self))")
      #expect(zip(rows, rows.dropFirst()).allSatisfy { table.line(ofRow: $0) < table.line(ofRow: $1) })
    }
    // Keys that are no row's: a prefix, an extension, the empty key.
    for probe in ["كتا", "كتابةةة", "", "ءءءءءءءءء", "ييييييييي"] {
      let key = Array(probe.utf8)
      let found = key.withUnsafeBufferPointer { table.rows(keyBytes: $0) }
      #expect(found.isEmpty == (byKey[key] == nil), "\(probe)")
    }
  }

  /// A table whose rows are out of order (a row added by hand at the end) answers as the sorted
  /// one, and says what is wrong with it.
  @Test func unsortedTableIsSortedAtLoad() throws {
    let path = "/tmp/khabar-stems-\(UInt32.random(in: 0...UInt32.max)).tsv"
    defer { unlink(path) }
    let rows = [
      "lemma\tform\tvocalized\tcategory\tgloss\tpos",
      "kataba_1\tكتب\tكَتَب\tPV\twrite\tVERB_PERFECT",
      "# a comment between rows",
      "kitAb_1\tكتاب\tكِتاب\tN\tbook\tNOUN",
      "Aab_1\tأب\tأَب\tN\tfather\tNOUN",
      "kutub_1\tكتب\tكُتُب\tN\tbooks\tNOUN",
      "maktabap_1\tمكتبة\tمَكْتَبَة\tNapAt\tlibrary\tNOUN",
      "maktabAt_1\tمكتبات\tمَكْتَبات\tN\tlibraries\tNOUN\textra",
    ]
    let text = rows.joined(separator: "\n") + "\n"
    let file = fopen(path, "w")
    fputs(text, file)
    fclose(file)
    let table = try StemTable(path: path)
    #expect(!table.wasSorted)
    #expect(table.count == 6)
    func lemmas(_ key: String) -> [String] {
      let bytes = Array(key.utf8)
      return bytes.withUnsafeBufferPointer { table.rows(keyBytes: $0) }.map { table.fields(ofRow: $0)[0] }
    }
    #expect(lemmas("كتب") == ["kataba_1", "kutub_1"])
    #expect(lemmas("اب") == ["Aab_1"])
    #expect(lemmas("مكتبة") == ["maktabap_1"])
    #expect(lemmas("مكتبات") == ["maktabAt_1"])
    #expect(lemmas("مكتب").isEmpty)
    #expect(table.line(ofRow: 0) == 5)  // أب, folded to اب, sorts first
    // The first row out of order in the file: كتاب (line 4) after كتب (line 2).
    #expect(table.fields(ofRow: 5).count == 6)  // the extra field is dropped …
    let problems = table.problems().map(\.description)
    #expect(problems.contains { $0.contains(":8:") && $0.contains("7 fields") })  // … and reported
    #expect(problems.contains { $0.contains(":4:") && $0.contains("out of the byte order") })
  }

  @Test func missingColumnIsAnError() throws {
    let path = "/tmp/khabar-stems-\(UInt32.random(in: 0...UInt32.max)).tsv"
    defer { unlink(path) }
    let file = fopen(path, "w")
    fputs("# comment\nlemma\tform\tvocalized\tcategory\tgloss\n", file)
    fclose(file)
    #expect {
      _ = try StemTable(path: path)
    } throws: { error in
      "\(error)".contains(":2") && "\(error)".contains("'pos'")
    }
  }
}
