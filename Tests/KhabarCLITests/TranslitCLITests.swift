// SPDX-License-Identifier: GPL-2.0-or-later
import Foundation
import Testing

/// `khabar translit` with the gazetteer and the name schemes (uses `CLI.run` from CLITests.swift).
@Suite struct TranslitCLITests {
  @Test func defaultSchemeIsPressWithTheGazetteer() throws {
    let result = try CLI.run(["translit", "دير الزور", "ريف حمص الشرقي", "كفر نبل"])
    #expect(result.status == 0)
    #expect(result.lines == ["Deir ez-Zor", "eastern Homs countryside", "Kafranbel"])
  }

  /// Plain arguments take a fast path without ArgumentParser; `--` before the names sends the
  /// same options through ArgumentParser. Both must give the same output and status.
  @Test(arguments: [
    ["--scheme", "bgn", "--no-gazetteer"], ["--scheme=ala-lc"], ["--format", "json", "--country", "IQ"],
    ["--ascii", "--scheme", "bgn"], ["--text"], ["--governorate", "Homs", "--format=json"],
  ])
  func fastArgumentsAgreeWithArgumentParser(_ options: [String]) throws {
    let names = ["الرصافة", "دير الزور", "قرية الكسرة"]
    let fast = try CLI.run(["translit"] + options + names)
    let parsed = try CLI.run(["translit"] + options + ["--"] + names)
    #expect(fast.status == 0)
    #expect(fast.status == parsed.status)
    #expect(fast.lines == parsed.lines)
  }

  @Test func rulesOnlyBGNWithAndWithoutDiacritics() throws {
    let result = try CLI.run(["translit", "--no-gazetteer", "--scheme", "bgn", "رأس العين", "دير الزور"])
    #expect(result.lines == ["Ra’s al ‘Ayn", "Dayr az Zawr"])
    let ascii = try CLI.run(["translit", "--no-gazetteer", "--scheme", "bgn", "--ascii", "رأس العين"])
    #expect(ascii.lines == ["Ras al Ayn"])
  }

  @Test func countryChoosesAmongHomonyms() throws {
    let result = try CLI.run(["translit", "--format", "json", "--country", "IQ", "الرصافة"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.lines[0].utf8)) as! [String: Any]
    #expect(object["output"] as? String == "Rusafa")
    #expect(object["source"] as? String == "gazetteer")
    #expect((object["place"] as? [String: Any])?["country"] as? String == "IQ")
    let alternatives = object["alternatives"] as! [[String: Any]]
    #expect(alternatives.contains { $0["country"] as? String == "SY" })
  }

  @Test func jsonCarriesThePlaceRecord() throws {
    let result = try CLI.run(["translit", "--format", "json", "تدمر"])
    let object = try JSONSerialization.jsonObject(with: Data(result.lines[0].utf8)) as! [String: Any]
    #expect(object["input"] as? String == "تدمر")
    #expect(object["output"] as? String == "Palmyra")
    #expect(object["scheme"] as? String == "press")
    let place = object["place"] as! [String: Any]
    #expect(place["country"] as? String == "SY")
    #expect(place["governorate"] as? String == "Homs")
    #expect(place["geonames_id"] as? Int == 163808)
    #expect(place["latitude"] is Double && place["longitude"] is Double && place["population"] is Int)
  }

  @Test func textModeKeepsPunctuationAndLatin() throws {
    let result = try CLI.run(["translit", "--text", "قصف على دير الزور والرقة، اليوم (SANA) 5"])
    #expect(result.status == 0)
    #expect(result.lines.count == 1)
    #expect(result.lines[0].contains("Deir ez-Zor and Raqqa, "))
    #expect(result.lines[0].hasSuffix("(SANA) 5"))
  }

  @Test func badLinesPassThroughWithWarnings() throws {
    let input = "\nhello\nالرقـــة\nﺍﻟﺮﻗﺔ\nالرَّقَّة\nالرقة Raqqa\n"
    let result = try CLI.run(["translit", "--format", "json"], stdin: Data(input.utf8))
    #expect(result.status == 0)
    let objects = try result.lines.map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
    #expect(objects.count == 6)
    #expect(objects[0]["output"] as? String == "")
    #expect(objects[0]["warning"] as? String == "empty line")
    #expect(objects[1]["output"] as? String == "hello")
    #expect(objects[1]["warning"] != nil)
    for object in objects[2...4] { #expect(object["output"] as? String == "Raqqa") }
    #expect(objects[5]["output"] as? String == "Raqqa Raqqa")
  }

  @Test(arguments: ["press", "bgn", "ala-lc"])
  func hundredThousandLinesFromStandardInput(scheme: String) throws {
    let names = ["دير الزور", "", "Latin 12", "قرية مجهولة", "ريف حمص الشرقي", "عين عيسى", "الرَّقَّة", "   "]
    let lines = (0..<100_000).map { names[$0 % names.count] + ($0 % 1000 == 7 ? " \($0)" : "") }
    let result = try CLI.run(
      ["translit", "--scheme", scheme], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
    #expect(result.status == 0)
    #expect(result.lines.count == lines.count)
    #expect(result.lines[1] == "")
    #expect(result.lines[2] == "Latin 12")
  }

  @Test func repeatedLinesKeepTheirLineNumbersInJSON() throws {
    let input = String(repeating: "الرقة\nقرية مجهولة\n\n", count: 50)
    let result = try CLI.run(["translit", "--format", "json"], stdin: Data(input.utf8))
    #expect(result.status == 0)
    #expect(result.lines.count == 150)
    for (index, line) in result.lines.enumerated() {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      #expect(object["line"] as? Int == index + 1)
      #expect(object["input"] as? String == ["الرقة", "قرية مجهولة", ""][index % 3])
    }
  }

  @Test func unknownSchemeIsAnError() throws {
    let result = try CLI.run(["translit", "--scheme", "nonesuch", "حمص"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("available schemes"))
  }
}
