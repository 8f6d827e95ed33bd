// SPDX-License-Identifier: GPL-2.0-or-later
import Foundation
import Testing

/// Runs the built `khabar` binary (next to the test bundle) and checks its output and exit status.
enum CLI {
  static let root: String = {
    var path = Substring(#filePath)  // <root>/Tests/KhabarCLITests/CLITests.swift
    for _ in 0..<3 { path = path[..<path.lastIndex(of: "/")!] }
    return String(path)
  }()

  static let executable: URL = {
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    // On Linux the test runner is <build>/KhabarPackageTests.xctest; on macOS it is inside a bundle.
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("khabar").path),
      folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("khabar")
  }()

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
  }

  static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: root)
    if let environment { process.environment = environment }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    // Feed stdin and drain the pipes concurrently so large inputs and outputs cannot deadlock.
    let writer = Thread {
      if let stdin { input.fileHandleForWriting.write(stdin) }
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let errorData = LockedData()
    let errorReader = Thread { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
    errorReader.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorData.done { usleep(1000) }
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errorData.data, as: UTF8.self))
  }

  final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var value = Data()
    private var finished = false
    func set(_ data: Data) {
      lock.withLock {
        value = data; finished = true
      }
    }
    var done: Bool { lock.withLock { finished } }
    var data: Data { lock.withLock { value } }
  }
}

@Suite struct CLITests {
  @Test func segmentsTheSeedArticle() throws {
    let result = try CLI.run(["segment", "fixtures/articles/sy24-rusafa.ar.txt"])
    #expect(result.status == 0)
    #expect(result.lines.count == 12)
    #expect(result.lines[4] == "ضربة قوية لجيش النظام في الرقة")
    #expect(result.lines[5] == "SY24 -خاص")
  }

  @Test func segmentJSONHasOffsetsAndKinds() throws {
    let result = try CLI.run(["segment", "--words", "--format", "json", "--text", "قتل 30 عنصرًا، حسب SY24"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.lines[0].utf8)) as! [String: Any]
    let tokens = object["tokens"] as! [[String: Any]]
    #expect(tokens.map { $0["kind"] as! String } == ["word", "number", "word", "punctuation", "word", "word"])
    #expect(tokens[1]["start"] as? Int == 4)
    #expect(tokens[1]["end"] as? Int == 6)
  }

  @Test func morphemes() throws {
    let result = try CLI.run(["segment", "--morphemes", "--text", "والميليشيات لجيش بجروح واستهدفوه وقادة بيروت وزير"])
    #expect(result.status == 0)
    #expect(result.lines == ["و+ ال+ ميليشيات  ل+ جيش  ب+ جروح  و+ استهدفو +ه  و+ قادة  بيروت  وزير"])
  }

  @Test func normalizeFromStandardInputOneLinePerLine() throws {
    let input = "ﻻ ﷲ ٣٠\n\nقـُتـِلَ\r\nlast line without newline"
    let result = try CLI.run(["normalize", "--no-harakat", "-"], stdin: Data(input.utf8))
    #expect(result.status == 0)
    #expect(result.lines == ["لا الله 30", "", "قتل", "last line without newline"])
  }

  @Test func invalidUTF8IsReplacedWithAWarning() throws {
    let result = try CLI.run(["normalize"], stdin: Data([0xD8, 0xA7, 0xFF, 0x0A, 0x61, 0x00, 0x62, 0x0A]))
    #expect(result.status == 0)
    #expect(result.lines == ["ا\u{FFFD}", "ab"])
    #expect(result.stderr.contains("<stdin>:1:3: warning: invalid UTF-8"))
    #expect(result.stderr.contains("<stdin>:2:2: warning: NUL byte"))
  }

  @Test func missingFileIsAnInputErrorAndTheRestGoesOn() throws {
    let result = try CLI.run(["normalize", "/nonexistent/file.txt", "fixtures/articles/sy24-rusafa.ar.txt"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("cannot open '/nonexistent/file.txt'"))
    #expect(result.lines.count == 20)  // 19 line ends and a last line without one
  }

  @Test(arguments: [
    ["nonsense"], ["segment", "--format", "xml"], ["normalize", "--bogus"], ["segment", "--text", "x", "file"],
  ])
  func usageErrorsExitTwo(arguments: [String]) throws {
    let result = try CLI.run(arguments)
    #expect(result.status == 2)
    #expect(!result.stderr.isEmpty)
  }

  @Test func helpListsEverySubcommand() throws {
    let result = try CLI.run(["--help"])
    #expect(result.status == 0)
    for command in ["normalize", "segment", "translit", "translate", "brief", "glossary"] {
      #expect(result.stdout.contains(command))
    }
  }

  @Test func translitOneLineOutPerLineIn() throws {
    let lines = (0..<100_000).map { $0 % 3 == 0 ? "" : ($0 % 3 == 1 ? "دير الزور" : "Latin") }
    let result = try CLI.run(
      ["translit", "--scheme", "buckwalter"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
    #expect(result.status == 0)
    #expect(result.lines.count == lines.count)
    #expect(result.lines[1] == "dyr Alzwr")
  }

  @Test func hugeSingleLineAndPunctuationOnly() throws {
    let line = String(repeating: "قتل 30 عنصرًا من قوات النظام، ", count: 340_000)  // ~10 MB
    let result = try CLI.run(["segment", "--words"], stdin: Data((line + "\n" + "...!!!؟؟\n").utf8))
    #expect(result.status == 0)
    #expect(result.lines.count == 2)
    #expect(result.lines[1] == ". . . ! ! ! ؟ ؟" || result.lines[1].contains("؟"))
  }

  @Test func emptyInput() throws {
    let result = try CLI.run(["segment"], stdin: Data())
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }

  @Test func worksWhenCopiedAloneWithTheDataDirectoryNamed() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-copy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("khabar")
    try FileManager.default.copyItem(at: CLI.executable, to: copy)
    let process = Process()
    process.executableURL = copy
    process.arguments = ["segment", "--morphemes", "--text", "لجيش"]
    process.environment = ["KHABAR_DATA_DIR": CLI.root + "/glossaries"]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self) == "ل+ جيش\n")
  }
}

@Suite struct GlossaryCLITests {
  @Test func lookupReportsSpansEntriesAndEnglish() throws {
    let result = try CLI.run(["glossary", "lookup", "--format", "json", "لقوات النظام وعناصره"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.lines[0].utf8)) as! [String: Any]
    let matches = object["matches"] as! [[String: Any]]
    #expect(matches.count == 2)
    #expect(matches[0]["rendering"] as? String == "to/for regime forces")
    #expect(matches[0]["start"] as? Int == 0)
    #expect(matches[0]["end"] as? Int == 12)
    #expect((matches[0]["entry"] as? String)?.contains("glossaries/terms/actors.tsv:") == true)
    #expect(matches[1]["rendering"] as? String == "and its members")
  }

  @Test func policySwitch() throws {
    let result = try CLI.run(["glossary", "lookup", "--policy", "isis=IS", "عناصر تنظيم داعش"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("\tIS members\t"))
  }

  @Test func checkReportsMalformedFilesWithPositions() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).tsv").path
    try
      "arabic\tenglish\tcategory\nقوات\tforces\tactor\nحاجز\tcheckpoint\tweaponry\nكمين\t\tmilitary\nهجوم\tattack\tmilitary\textra\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try CLI.run(["glossary", "check", path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(path):3:17: error: unknown category 'weaponry'"))
    #expect(result.stderr.contains("\(path):4:6: error: untranslatable entry"))
    #expect(result.stderr.contains("\(path):5:"))  // too many fields, reported without stopping
    #expect(result.stdout.contains("3 errors"))
  }

  @Test func builtInGlossariesPassTheirOwnCheck() throws {
    let result = try CLI.run(["glossary", "check"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("0 errors"))
  }

  @Test func exportRoundTripsThroughTSV() throws {
    let exported = try CLI.run(["glossary", "export", "--format", "tsv"])
    #expect(exported.status == 0)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).tsv").path
    try exported.stdout.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let again = try CLI.run(["glossary", "export", "--format", "tsv", "--data-dir", "glossaries", "--glossary", path])
    #expect(again.status == 0)
    let tbx = try CLI.run(["glossary", "export", "--format", "tbx"])
    #expect(tbx.stdout.hasPrefix("<?xml"))
    #expect(tbx.stdout.contains("<term>قوات النظام</term>"))
  }
}
