// SPDX-License-Identifier: GPL-2.0-or-later
import Testing

@testable import KhabarArabic

@Suite struct TransliterationTests {
  let engine = TransliterationEngine(directory: Fixtures.data)

  @Test func buckwalterRoundTripsTheLexiconStems() throws {
    let lexicon = try #require(Fixtures.lexicon)
    let forward = try engine.transliterator("buckwalter")
    let reverse = try engine.transliterator("buckwalter", direction: .reverse)
    var checked = 0
    for stem in lexicon.stems where !stem.vocalized.contains("#") {
      let ascii = try forward.transliterate(stem.vocalized)
      #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII }, "\(stem.vocalized)")
      #expect(ascii == Buckwalter.fromArabic(stem.vocalized))
      #expect(try reverse.transliterate(ascii) == stem.vocalized)
      checked += 1
    }
    #expect(checked > 80_000)
  }

  @Test func compiledSchemesAreCached() throws {
    #expect(try engine.transliterator("buckwalter") === engine.transliterator("buckwalter"))
    #expect(engine.schemes.contains("buckwalter"))
  }

  @Test func concurrentUse() async throws {
    let names = Fixtures.seedLines
    let shared = engine
    let expected = try names.map { try shared.transliterate($0, scheme: "buckwalter") }
    try await withThrowingTaskGroup(of: [String].self) { group in
      for _ in 0..<8 {
        group.addTask { try names.map { try shared.transliterate($0, scheme: "buckwalter") } }
      }
      for try await result in group { #expect(result == expected) }
    }
  }

  @Test func ruleErrorsNameTheirPlace() throws {
    do {
      _ = try Transliterator(name: "broken", rules: "a > b ;\nc > ;\n( > d ;\n", file: "broken.txt")
      Issue.record("expected a syntax error")
    } catch {
      #expect(error.location?.file == "broken.txt")
      #expect((error.location?.line ?? 0) >= 2)
    }
  }

  @Test func passesRunInOrderWithTheirVariables() throws {
    // $v is defined in the first pass and used in the second; output of a pass is not rescanned.
    let rules = "$v = [aeiou] ;\n$v { x > X ;\n:: Null ;\nX > c ;\n$v { c > C ;\n::Null;\nC > y ;\n"
    #expect(Transliterator.passes(of: rules).count == 3)
    let chained = try Transliterator(name: "passes", rules: rules)
    #expect(try chained.transliterate("ex ec") == "ec ey")
    // A pass that does not compile alone still reports its place in the file.
    do {
      _ = try Transliterator(name: "broken", rules: "a > b ;\n::Null ;\n( > d ;\n", file: "passes.txt")
      Issue.record("expected a syntax error")
    } catch {
      #expect(error.location?.file == "passes.txt")
    }
  }

  @Test func unknownSchemeIsAnInputError() {
    #expect(throws: InputError.self) { try engine.transliterator("no-such-scheme") }
    #expect(throws: InputError.self) { try engine.transliterator("../etc/passwd") }
  }

  @Test func icuSystemTransforms() throws {
    #expect(try Transliterator(icuID: "Any-NFKC").transliterate("\u{FEFB}") == "لا")
  }
}
