// SPDX-License-Identifier: GPL-2.0-or-later
import Foundation
import Testing

@Suite struct TranslateCLITests {
  @Test func translatesTheSeedHeadline() throws {
    let result = try CLI.run(["translate", "--text", "ضربة قوية لجيش النظام في الرقة"])
    #expect(result.status == 0)
    #expect(result.lines == ["Heavy blow to regime army in Raqqa"])  // a headline: no articles
    let sentence = try CLI.run(["translate", "--headline-style", "never", "--text", "ضربة قوية لجيش النظام في الرقة"])
    #expect(sentence.lines == ["A heavy blow to the regime army in Raqqa"])
    let bad = try CLI.run(["translate", "--headline-style", "sometimes", "--text", "ضربة"])
    #expect(bad.status == 2)
  }

  @Test func oneLinePerInputLineInOrder() throws {
    let input = ["قتل 30 عنصرًا", "", "SY24 -خاص", "ضربة قوية لجيش النظام في الرقة", "؟", "hello"]
    let many = Array((0..<2500).map { input[$0 % input.count] })
    let result = try CLI.run(
      ["translate", "--chunk-size", "97"], stdin: Data((many.joined(separator: "\n") + "\n").utf8))
    #expect(result.status == 0)
    #expect(result.lines.count == many.count)
    for index in stride(from: 0, to: many.count, by: input.count) {
      #expect(result.lines[index] == "30 members were killed")
      #expect(result.lines[index + 1] == "")
      #expect(result.lines[index + 3] == "Heavy blow to regime army in Raqqa")
    }
  }

  @Test func tsvInputAndOutputKeepIds() throws {
    let input = "a1\tقتل 30 عنصرًا\nbroken line without a tab\nb2\tالخميس\n\tno id\n"
    let result = try CLI.run(["translate", "--input", "tsv", "--format", "tsv"], stdin: Data(input.utf8))
    #expect(result.status == 1)
    #expect(result.lines.count == 4)
    #expect(result.lines[0] == "a1\t30 members were killed")
    #expect(result.lines[1].hasPrefix("2\t\terror: missing id"))
    #expect(result.lines[2] == "b2\tThursday")
    #expect(result.lines[3].contains("error: empty id"))
    #expect(result.stderr.contains(":2:"))
  }

  @Test func jsonlRecordsWithErrorsAndExplain() throws {
    let input = """
      {"id": "x", "text": "قتل 30 عنصرًا من قوات النظام"}
      {not json
      {"text": "no id"}
      {"id": 7, "text": "الطائرات الحربية الروسية"}

      """
    let result = try CLI.run(
      ["translate", "--input", "jsonl", "--format", "jsonl", "--explain"], stdin: Data(input.utf8))
    #expect(result.status == 1)
    #expect(result.lines.count == 4)
    let objects = try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    #expect(objects[0]["id"] as? String == "x")
    #expect(objects[0]["english"] as? String == "30 members of regime forces were killed")  // headline style
    let hits = objects[0]["glossary"] as? [[String: Any]] ?? []
    #expect(hits.contains { ($0["entry"] as? String)?.contains("actors.tsv:") == true })
    let words = objects[0]["words"] as? [[String: Any]] ?? []
    #expect(!words.isEmpty && words.allSatisfy { !(($0["rule"] as? String) ?? "").isEmpty })
    #expect(objects[0]["coverage"] as? Double != nil)
    #expect(objects[1]["error"] as? String == "invalid JSON")
    #expect(objects[2]["error"] as? String == "missing id")
    #expect(objects[3]["id"] as? String == "7")
    #expect(objects[3]["english"] as? String == "Russian warplanes")
  }

  @Test func hostileBytesNeverLoseALine() throws {
    var bytes = Data()
    var generator = SystemRandomNumberGenerator()
    var lines = 0
    for _ in 0..<400 {
      let length = Int.random(in: 0..<60, using: &generator)
      for _ in 0..<length {
        var byte = UInt8.random(in: 0...255, using: &generator)
        if byte == 0x0A || byte == 0x0D { byte = 0x20 }
        bytes.append(byte)
      }
      bytes.append(0x0A)
      lines += 1
    }
    let result = try CLI.run(["translate"], stdin: bytes)
    #expect(result.status == 0)
    #expect(result.lines.count == lines)
  }

  @Test func unknownReportIsAGlossaryToFillIn() throws {
    let report = NSTemporaryDirectory() + "khabar-unknown-\(getpid()).tsv"
    defer { try? FileManager.default.removeItem(atPath: report) }
    let input = "وصل كريستوفرسون\nغادر كريستوفرسون\n"
    let result = try CLI.run(["translate", "--unknown-report", report, "--stats"], stdin: Data(input.utf8))
    #expect(result.status == 0)
    #expect(result.stderr.contains("2 records, 0 errors"))
    let text = try String(contentsOfFile: report, encoding: .utf8)
    let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
    #expect(rows.first?.hasPrefix("arabic\tenglish\tcategory") == true)
    #expect(rows.dropFirst().first?.hasPrefix("كريستوفرسون\t\tgeneral") == true)
    #expect(rows.dropFirst().first?.contains("2×") == true)
  }

  @Test func userGlossaryAndPolicy() throws {
    let glossary = NSTemporaryDirectory() + "khabar-user-\(getpid()).tsv"
    defer { try? FileManager.default.removeItem(atPath: glossary) }
    try "arabic\tenglish\tcategory\nكريستوفرسون\tKristofferson\tactor\n".write(
      toFile: glossary, atomically: true, encoding: .utf8)
    let result = try CLI.run(
      ["translate", "--glossary", glossary, "--policy", "isis=IS", "--text", "وصل كريستوفرسون إلى مواقع داعش"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Kristofferson"))
    #expect(result.stdout.contains("IS") && !result.stdout.contains("ISIS"))
  }

  @Test func usageErrorsExitTwo() throws {
    #expect(try CLI.run(["translate", "--input", "xml", "--text", "x"]).status == 2)
    #expect(try CLI.run(["translate", "--policy", "isis", "--text", "x"]).status == 2)
  }

  @Test func unreadableFileExitsOneAfterTheOthers() throws {
    let result = try CLI.run(["translate", "/nonexistent/file.txt", "fixtures/articles/sy24-rusafa.ar.txt"])
    #expect(result.status == 1)
    #expect(result.lines.count == 20)  // 19 newlines and a last line without one
  }
}

@Suite struct BriefCLITests {
  @Test func briefsTheSeed() throws {
    let result = try CLI.run(["brief", "fixtures/articles/sy24-rusafa.ar.txt"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("believed to be ISIS"))
    #expect(result.stdout.contains("al-Rusafa"))
  }

  @Test func oneRecordPerFileAndErrorsDoNotStopTheBatch() throws {
    let empty = NSTemporaryDirectory() + "khabar-empty-\(getpid()).txt"
    FileManager.default.createFile(atPath: empty, contents: Data())
    defer { try? FileManager.default.removeItem(atPath: empty) }
    let result = try CLI.run([
      "brief", "--format", "jsonl", "fixtures/articles/sy24-rusafa.ar.txt", "/nonexistent/article.txt", empty,
      "fixtures/articles/dev-02.ar.txt",
    ])
    #expect(result.status == 1)
    #expect(result.lines.count == 4)
    let records = result.lines.map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(records[0]?["brief"] != nil)
    #expect((records[1]?["error"] as? String)?.contains("/nonexistent/article.txt") == true)
    #expect((records[2]?["error"] as? String)?.contains(":1:1") == true)
    #expect(records[3]?["brief"] != nil)
  }

  @Test func markdownAndDate() throws {
    let result = try CLI.run([
      "brief", "--format", "markdown", "--date", "2024-03-05", "fixtures/articles/dev-02.ar.txt",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("## "))
    #expect(result.stdout.contains("| Event type | attack |"))
    #expect(result.stdout.contains("2024-03-05"))
  }

  @Test func badDateIsAUsageError() throws {
    let result = try CLI.run(["brief", "--date", "5/3/2024", "fixtures/articles/sy24-rusafa.ar.txt"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("YYYY-MM-DD"))
  }

  @Test func binaryInputIsAnErrorWithItsPlace() throws {
    let result = try CLI.run(["brief", "-"], stdin: Data([0xD9, 0x82, 0x0A, 0x00, 0x41]))
    #expect(result.status == 1)
    #expect(result.stderr.contains("<stdin>:2:1"))
  }
}
