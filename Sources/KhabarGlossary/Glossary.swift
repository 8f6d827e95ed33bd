// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// Glossaries compiled for matching: a trie over the normalized tokens of every entry.
///
/// Entries are keyed by their tokens' matching form (``ArabicNormalizer/matching``) without the
/// article, so الميليشيات, ميليشيات and والميليشيات meet the same key. Entries from later files
/// take precedence over earlier ones with the same Arabic (user glossaries come after the
/// built-in ones); among equals, higher `priority` wins, then the earlier line.
///
/// Immutable once built, safe to share between threads.
public final class Glossary: Sendable {
  /// A trie node: children by token key, and the entries (best first) ending here.
  struct Node: Sendable {
    var children: [String: Int32] = [:]
    /// (entry index, number) of the entries ending at this node, best first.
    var terminals: [Terminal] = []
  }

  struct Terminal: Sendable, Hashable {
    var entry: Int32
    /// Whether this path is a plural form of the entry (from `arabic_plural`).
    var plural: Bool
  }

  public let entries: [GlossaryEntry]
  public let policies: NamingPolicies
  /// Files the entries came from, in precedence order (later wins).
  public let files: [String]
  let nodes: [Node]
  /// Precedence rank of each entry: file index, then priority, then -line (higher is better).
  let ranks: [Rank]

  struct Rank: Comparable, Sendable {
    var file: Int
    var priority: Int
    var order: Int
    static func < (a: Rank, b: Rank) -> Bool {
      (a.file, a.priority, -a.order) < (b.file, b.priority, -b.order)
    }
  }

  /// Compiles `entries`; `fileIndex(entry)` gives the precedence of each entry's file.
  public init(entries: [GlossaryEntry], files: [String], policies: NamingPolicies = NamingPolicies()) {
    self.entries = entries
    self.files = files
    self.policies = policies
    var fileRank: [String: Int] = [:]
    for (index, file) in files.enumerated() { fileRank[file] = index }
    let ranks = entries.enumerated().map { index, entry in
      Rank(file: fileRank[entry.origin.file] ?? 0, priority: entry.priority, order: index)
    }
    self.ranks = ranks
    var nodes = [Node()]
    func insert(_ keys: [String], _ terminal: Terminal) {
      guard !keys.isEmpty else { return }
      var current = 0
      for key in keys {
        if let next = nodes[current].children[key] {
          current = Int(next)
        } else {
          nodes.append(Node())
          nodes[current].children[key] = Int32(nodes.count - 1)
          current = nodes.count - 1
        }
      }
      if !nodes[current].terminals.contains(terminal) { nodes[current].terminals.append(terminal) }
    }
    for (index, entry) in entries.enumerated() {
      let keys = Glossary.keys(of: entry.arabic)
      insert(keys, Terminal(entry: Int32(index), plural: false))
      for plural in entry.arabicPlurals {
        let pluralKeys = Glossary.keys(of: plural)
        // A one-word plural replaces the head (first) word of a multiword term.
        let full = pluralKeys.count == 1 && keys.count > 1 ? pluralKeys + keys.dropFirst() : pluralKeys
        insert(full, Terminal(entry: Int32(index), plural: true))
      }
    }
    for index in nodes.indices where nodes[index].terminals.count > 1 {
      nodes[index].terminals.sort { ranks[Int($0.entry)] > ranks[Int($1.entry)] }
    }
    self.nodes = nodes
  }

  /// Loads the built-in glossaries (`directory/terms/*.tsv`, sorted by name) and then the user
  /// glossaries in the order given (later files win), with the naming policies.
  ///
  /// - Throws: ``InputError`` at the file, line and column of the first unusable entry.
  public convenience init(directory: DataDirectory, userFiles: [String] = []) throws(InputError) {
    let builtIn = Glossary.builtInFiles(in: directory)
    var entries: [GlossaryEntry] = []
    for file in builtIn + userFiles { entries += try GlossaryFile.load(file) }
    let policiesPath = directory.file("policies.tsv")
    let policies = DataDirectory.isReadable(policiesPath) ? try NamingPolicies(path: policiesPath) : NamingPolicies()
    self.init(entries: entries, files: builtIn + userFiles, policies: policies)
  }

  /// A copy with other naming-policy choices.
  public func with(policies: NamingPolicies) -> Glossary {
    Glossary(entries: entries, files: files, policies: policies)
  }

  /// `directory/terms/*.tsv`, sorted.
  public static func builtInFiles(in directory: DataDirectory) -> [String] {
    DataDirectory.files(in: directory.file("terms"), suffix: ".tsv").map { directory.file("terms/" + $0) }
  }

  /// The matching keys of a term's words: matching form without the article.
  public static func keys(of arabic: String) -> [String] {
    ArabicNormalizer.matching.normalize(arabic).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
      .map { withoutArticle(String($0)) }
  }

  /// A key without a leading ال when what remains has at least two letters.
  static func withoutArticle(_ key: String) -> String {
    let scalars = key.unicodeScalars
    guard scalars.count >= 4, key.hasPrefix("\u{0627}\u{0644}") else { return key }
    return String(String.UnicodeScalarView(scalars.dropFirst(2)))
  }

  /// The English of an entry under the current naming policies, singular or plural.
  public func english(of entry: GlossaryEntry, plural: Bool) -> String {
    policies.apply(plural ? entry.englishPlural : entry.english, policy: entry.policy)
  }

  /// Number of distinct token sequences in the trie.
  public var keyCount: Int { nodes.reduce(0) { $0 + $1.terminals.count } }
}
