// SPDX-License-Identifier: GPL-2.0-or-later
import Benchmark
import KhabarArabic
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
}
