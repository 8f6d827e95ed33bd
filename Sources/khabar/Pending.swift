// SPDX-License-Identifier: GPL-2.0-or-later
import ArgumentParser

/// Commands whose engines are still being built: their interface is fixed here.
protocol PendingCommand: ParsableCommand {
  static var issue: String { get }
}

extension PendingCommand {
  func run() throws {
    Diagnostics.write(
      "khabar \(Self.configuration.commandName ?? ""): not yet implemented (\(Self.issue))\n")
    throw ExitCode(1)
  }
}

struct Brief: PendingCommand {
  static let issue = "article briefs"
  static let configuration = CommandConfiguration(
    abstract: "Write an English brief of Arabic news articles (one brief per file).",
    discussion: """
      Examples:
        khabar brief fixtures/articles/sy24-rusafa.ar.txt
        khabar brief --format json --date 2023-03-05 article.txt
      """)
  @Argument(help: "Article files; '-' or none reads standard input.") var files: [String] = []
  @Option(help: "Output format: text or json.") var format: OutputFormat = .text
}
