// SPDX-License-Identifier: GPL-2.0-or-later
import Benchmark
import KhabarArabic
import KhabarBrief
import KhabarGlossary

/// The checkout's root, from this file's place in it.
let root: String = {
  var path = Substring(#filePath)  // <root>/Benchmarks/Benchmarks/KhabarBenchmarks/KhabarBenchmarks.swift
  for _ in 0..<4 { path = path[..<path.lastIndex(of: "/")!] }
  return String(path)
}()

let data = DataDirectory(path: root + "/glossaries")

/// About 1 MB of Arabic news: the fixture articles, repeated, as lines.
let corpus: [String] = {
  var lines: [String] = []
  for name in DataDirectory.files(in: root + "/fixtures/articles", suffix: ".ar.txt") {
    guard let reader = try? LineReader(path: root + "/fixtures/articles/" + name) else { continue }
    while let line = try? reader.nextLine() { lines.append(line.text) }
  }
  var result: [String] = []
  var bytes = 0
  while bytes < 1_000_000, !lines.isEmpty {
    for line in lines where bytes < 1_000_000 {
      result.append(line)
      bytes += line.utf8.count + 1
    }
  }
  return result
}()

/// A 1,000-word article: the seed's page (share lines, headline, dateline) followed by body
/// paragraphs of the development fixtures until the body holds 1,000 words.
let thousandWordArticle: String = {
  var text = (try? String(decoding: FileBytes.read(root + "/fixtures/articles/sy24-rusafa.ar.txt", limit: 1 << 20), as: UTF8.self)) ?? ""
  var words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
  for name in DataDirectory.files(in: root + "/fixtures/articles", suffix: ".ar.txt") where name.hasPrefix("dev-") {
    guard let reader = try? LineReader(path: root + "/fixtures/articles/" + name) else { continue }
    while let line = try? reader.nextLine(), words < 1_000 {
      let count = line.text.split(separator: " ").count
      guard count >= 12 else { continue }  // paragraphs only
      text += "\n\n" + line.text
      words += count
    }
  }
  return text
}()

nonisolated(unsafe) let perArticle = Benchmark.Configuration(metrics: [.wallClock, .throughput], maxDuration: .seconds(3))

nonisolated(unsafe) let perMegabyte = Benchmark.Configuration(metrics: [.throughput, .wallClock], maxDuration: .seconds(3))

let benchmarks: @Sendable () -> Void = {
  Benchmark("Normalize (display form), 1 MB", configuration: perMegabyte) { benchmark in
    for _ in benchmark.scaledIterations {
      for line in corpus { blackHole(ArabicNormalizer.display.normalize(line)) }
    }
  }

  Benchmark("Segment into sentences and tokens, 1 MB", configuration: perMegabyte) { benchmark in
    let segmenter = try ArabicSegmenter()
    for _ in benchmark.scaledIterations {
      for line in corpus { blackHole(try segmenter.sentences(in: line)) }
    }
  }

  Benchmark(
    "Glossary load and compile (built-in glossaries)",
    configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))
  ) { benchmark in
    for _ in benchmark.scaledIterations { blackHole(try Glossary(directory: data)) }
  }

  Benchmark("Glossary matching (tokenize, key, match), 1 MB", configuration: perMegabyte) { benchmark in
    let scanner = try GlossaryScanner(glossary: try Glossary(directory: data))
    let lines = corpus.map { [UInt16](utf16Of: $0) }
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      for units in lines { blackHole(try units.withUnsafeBufferPointer { try scanner.matches(in: $0) }) }
    }
  }

  Benchmark("Glossary keys only (tokenize and normalize for matching), 1 MB", configuration: perMegabyte) { benchmark in
    let segmenter = try ArabicSegmenter()
    let lines = corpus.map { [UInt16](utf16Of: $0) }
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      for units in lines {
        blackHole(try units.withUnsafeBufferPointer { try KeyedTokens(text: $0, segmenter: segmenter) })
      }
    }
  }

  Benchmark("Brief one 1,000-word article (clean-up, analysis, events, English)", configuration: perArticle) {
    benchmark in
    let briefer = try Briefer(directory: data)
    let context = try Briefer.Context()
    let article = thousandWordArticle
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations { blackHole(try briefer.brief(article, context: context)) }
  }
}
