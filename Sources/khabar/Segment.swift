// SPDX-License-Identifier: GPL-2.0-or-later
import ArgumentParser
import KhabarArabic

struct Segment: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Split Arabic text into sentences, words or morphemes.",
    discussion: """
      Sentences end at . ! ? ؟ and at every line end (headlines, datelines); the Arabic comma and \
      semicolon do not end them. In text format each sentence is one output line: its display \
      form (--sentences, the default), its tokens separated by spaces (--words), or each word \
      split into proclitics, article, stem and enclitic pronoun (--morphemes: و+ ال+ ميليشيات). \
      JSON gives one object per sentence with its source line, Unicode scalar offsets in that \
      line, and every token with its kind (word, number, punctuation, symbol) and script.

      Examples:
        khabar segment fixtures/articles/sy24-rusafa.ar.txt
        khabar segment --words --format json fixtures/articles/sy24-rusafa.ar.txt
        khabar segment --morphemes --text 'واستهدفوه بالأسلحة الرشاشة'
      """)

  enum Level: String, EnumerableFlag {
    case sentences, words, morphemes
  }

  @OptionGroup var input: InputOptions
  @OptionGroup var data: DataOptions

  @Flag(help: "What to print for each sentence.")
  var level: Level = .sentences

  @Option(help: "Output format: text or json (one object per sentence).")
  var format: OutputFormat = .text

  struct TokenRecord: Encodable {
    var text: String
    var normalized: String
    var key: String
    var kind: Token.Kind
    var script: Token.Script
    var start: Int
    var end: Int
    var morphemes: [MorphemeRecord]?
  }

  struct MorphemeRecord: Encodable {
    var text: String
    var role: Morpheme.Role
    var tag: String
  }

  struct SentenceRecord: Encodable {
    var file: String
    var line: Int
    var index: Int
    var start: Int
    var end: Int
    var text: String
    var normalized: String
    var tokens: [TokenRecord]?
  }

  func run() throws {
    let segmenter = try ArabicSegmenter()
    var clitics: CliticSegmenter? = nil
    if level == .morphemes {
      let directory = try data.locate()
      do {
        clitics = CliticSegmenter(lexicon: try Lexicon(directory: directory))
      } catch {
        Diagnostics.error(error)
        throw ExitCode(1)
      }
    }
    let out = Output.standardOutput
    var index = 0
    // Read the parsed options once: their property-wrapper getters are generic and slow per line.
    let level = self.level
    let format = self.format
    if level == .words, format == .text {
      // Streaming: lines decoded straight to UTF-16, tokens normalized straight into the output.
      var scratch: [UInt16] = []
      let ok = try input.source.forEachLineUTF16 { _, _, units in
        try units.withUnsafeBufferPointer { buffer in
          for range in try segmenter.sentenceRanges(in: buffer) {
            var first = true
            try segmenter.forEachToken(in: buffer, range: range) { tokenRange, kind in
              let token = UnsafeBufferPointer(rebasing: buffer[tokenRange])
              if segmenter.displayNormalizer.leavesUnchanged(token) {
                if !first { out.append(0x20) }
                first = false
                out.write(utf16: token)
                return
              }
              scratch.removeAll(keepingCapacity: true)
              scratch.append(contentsOf: token)
              segmenter.displayNormalizer.normalize(&scratch)
              if scratch.isEmpty, kind == .symbol { return }
              if !first { out.append(0x20) }
              first = false
              scratch.withUnsafeBufferPointer { out.write(utf16: $0) }
            }
            out.line("")
          }
        }
      }
      out.flush()
      if !ok { throw ExitCode(1) }
      return
    }
    let ok = try input.source.forEachLine { file, line in
      let units = [UInt16](utf16Of: line.text)
      if level == .sentences, format == .text {
        // Sentences only: no tokens to build.
        let ranges = try units.withUnsafeBufferPointer { try segmenter.sentenceRanges(in: $0) }
        for range in ranges {
          out.line(
            segmenter.displayNormalizer.normalize(
              units.withUnsafeBufferPointer { String(utf16Units: UnsafeBufferPointer(rebasing: $0[range])) }))
        }
        return
      }
      let sentences = try units.withUnsafeBufferPointer { try segmenter.sentences(in: $0) }
      let offsets = TextOffsets(units)
      for sentence in sentences {
        index += 1
        switch format {
        case .text:
          switch level {
          case .sentences: out.line(segmenter.displayNormalizer.normalize(sentence.text))
          case .words:
            for (position, token) in sentence.tokens.enumerated() {
              if position > 0 { out.write(" ") }
              out.write(token.normalized)
            }
            out.line("")
          case .morphemes:
            out.line(
              sentence.tokens.map { token in
                token.kind == .word && token.script == .arabic
                  ? clitics!.segment(token.normalized).display : token.normalized
              }.joined(separator: "  "))
          }
        case .json:
          let scalarRange = offsets.scalarRange(sentence.range)
          var record = SentenceRecord(
            file: file, line: line.number, index: index, start: scalarRange.lowerBound,
            end: scalarRange.upperBound, text: sentence.text,
            normalized: segmenter.displayNormalizer.normalize(sentence.text))
          if level != .sentences {
            record.tokens = sentence.tokens.map { token in
              let range = offsets.scalarRange(token.range)
              var tokenRecord = TokenRecord(
                text: token.text, normalized: token.normalized, key: token.key, kind: token.kind,
                script: token.script, start: range.lowerBound, end: range.upperBound)
              if let clitics, token.kind == .word, token.script == .arabic {
                tokenRecord.morphemes = clitics.segment(token.normalized).morphemes.map {
                  MorphemeRecord(text: $0.text, role: $0.role, tag: $0.tag)
                }
              }
              return tokenRecord
            }
          }
          out.line(JSONLines.encode(record))
        }
      }
    }
    out.flush()
    if !ok { throw ExitCode(1) }
  }
}
