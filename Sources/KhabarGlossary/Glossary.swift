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
  /// A trie node: the token key that leads to it, children by key hash, and the entries (best
  /// first) whose Arabic ends here.
  struct Node: Sendable {
    var label: [UInt16] = []
    var children: [UInt64: Int32] = [:]
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
  /// The trie, flattened for matching: every edge in one open-addressing table keyed by (parent,
  /// label hash), and the parent, label and terminals of node *i*.
  let edges: EdgeTable
  let parents: [Int32]
  let hasChildren: [Bool]
  let labelBounds: [Range<Int>]
  let labels: [UInt16]
  /// Letter pairs that start some token key anywhere in the trie: a cheap test that rejects most
  /// readings of a token before hashing them.
  let leadingPairs: LeadingPairs
  let terminals: [[Terminal]]
  /// The best terminal of each node (entry -1 when none), read on the hot path.
  let bestTerminal: [Terminal]
  /// Per node with entries written with and without the article: the best of each (entry -1
  /// when there is none), for text without and with it.
  let terminalByArticle: [(bare: Terminal, definite: Terminal)]
  /// Precedence rank of each entry: file index, then priority, then -line (higher is better).
  let ranks: [Rank]
  /// Whether each entry's Arabic ends in ة (the matcher's keys write it ه).
  let endsInTaMarbuta: [Bool]
  /// Whether each entry is a name of one word that the article makes one (القاعدة → al-Qaeda,
  /// الحشد → Popular Mobilisation Forces, التنظيم → ISIS): it does not match the word without the
  /// article, a common noun (قاعدة عسكرية is a military base, حشد عسكري a military build-up).
  let namedByArticle: [Bool]
  /// Each entry's English, singular and plural, under the naming policies (computed once).
  let renderings: [(singular: String, plural: String)]

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
    self.renderings = entries.map { entry in
      (policies.apply(entry.english, policy: entry.policy), policies.apply(entry.englishPlural, policy: entry.policy))
    }
    var fileRank: [String: Int] = [:]
    for (index, file) in files.enumerated() { fileRank[file] = index }
    let ranks = entries.enumerated().map { index, entry in
      Rank(file: fileRank[entry.origin.file] ?? 0, priority: entry.priority, order: index)
    }
    self.ranks = ranks
    self.endsInTaMarbuta = entries.map { $0.arabic.unicodeScalars.last == "\u{0629}" }
    // (Not a sound plural of people, which is theirs without the article too: ثمانية حوثيين →
    // eight Houthis.)
    self.namedByArticle = entries.map { entry in
      entry.partOfSpeech == "noun_prop" && entry.arabic.hasPrefix("\u{0627}\u{0644}")
        && !entry.arabic.unicodeScalars.contains(" ")
        && !entry.arabic.hasSuffix("\u{064A}\u{0646}") && !entry.arabic.hasSuffix("\u{0648}\u{0646}")
    }
    var nodes = [Node()]
    func insert(_ keys: [String], _ terminal: Terminal) {
      guard !keys.isEmpty else { return }
      var current = 0
      for key in keys {
        let units = Array(key.utf16)
        var hash = KeyHash.hash(units[...])
        // Probe past (astronomically rare) hash collisions.
        while let next = nodes[current].children[hash], nodes[Int(next)].label != units { hash &+= 1 }
        if let next = nodes[current].children[hash] {
          current = Int(next)
        } else {
          nodes.append(Node(label: units))
          nodes[current].children[hash] = Int32(nodes.count - 1)
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
    var labels: [UInt16] = []
    var labelBounds: [Range<Int>] = []
    for node in nodes {
      labelBounds.append(labels.count..<(labels.count + node.label.count))
      labels += node.label
    }
    var parents = [Int32](repeating: -1, count: nodes.count)
    var edgeList: [(parent: Int32, hash: UInt64, child: Int32)] = []
    for (index, node) in nodes.enumerated() {
      for (_, child) in node.children {
        parents[Int(child)] = Int32(index)
        edgeList.append((Int32(index), KeyHash.hash(nodes[Int(child)].label[...]), child))
      }
    }
    self.edges = EdgeTable(edgeList)
    var pairs = LeadingPairs()
    for node in nodes where !node.label.isEmpty { pairs.insert(node.label) }
    self.leadingPairs = pairs
    self.parents = parents
    self.hasChildren = nodes.map { !$0.children.isEmpty }
    self.labelBounds = labelBounds
    self.labels = labels
    self.terminals = nodes.map(\.terminals)
    self.bestTerminal = nodes.map { $0.terminals.first ?? Terminal(entry: -1, plural: false) }
    // The article decides between entries that differ by it alone (الاثنين Monday, اثنين two).
    let none = Terminal(entry: -1, plural: false)
    func hasArticle(_ terminal: Terminal) -> Bool { entries[Int(terminal.entry)].arabic.hasPrefix("ال") }
    self.terminalByArticle = nodes.map { node in
      guard node.terminals.count > 1 else { return (none, none) }
      return (node.terminals.first(where: { !hasArticle($0) }) ?? none, node.terminals.first(where: hasArticle) ?? none)
    }
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

  /// The built-in glossaries, then `userFiles`, with the naming-policy choices (`policy → option`,
  /// as `--policy isis=IS` gives them) applied.
  ///
  /// - Throws: ``InputError`` for an unusable entry or an unknown policy or option.
  public static func load(directory: DataDirectory, userFiles: [String] = [], policyChoices: [(String, String)] = [])
    throws(InputError) -> Glossary
  {
    let glossary = try Glossary(directory: directory, userFiles: userFiles)
    guard !policyChoices.isEmpty else { return glossary }
    var policies = glossary.policies
    for (policy, option) in policyChoices { try policies.choose(option, for: policy) }
    return glossary.with(policies: policies)
  }

  /// A copy with other naming-policy choices.
  public func with(policies: NamingPolicies) -> Glossary {
    Glossary(entries: entries, files: files, policies: policies)
  }

  /// `directory/terms/*.tsv`, sorted.
  public static func builtInFiles(in directory: DataDirectory) -> [String] {
    DataDirectory.files(in: directory.file("terms"), suffix: ".tsv").map { directory.file("terms/" + $0) }
  }

  /// The matching keys of a term's words: matching form without the article. A word written
  /// with a hamza on its alif (ألفان, ألغام, إلهام) starts with no article, though its matching form
  /// does: it keeps its first two letters, so فإن (ف + إن) is no reading of ألفان.
  public static func keys(of arabic: String) -> [String] {
    arabic.split(separator: " ").map { word in
      let key = ArabicNormalizer.matching.normalize(String(word))
      let hamzaAlif = word.unicodeScalars.first.map { [0x0622, 0x0623, 0x0625].contains($0.value) } ?? false
      return hamzaAlif ? key : withoutArticle(key)
    }
  }

  /// A key without a leading ال when what remains has at least two letters.
  static func withoutArticle(_ key: String) -> String {
    // ال is D8 A7 D9 84 in UTF-8; keep at least two letters after it.
    let utf8 = key.utf8
    guard utf8.count >= 8, utf8.starts(with: [0xD8, 0xA7, 0xD9, 0x84]) else { return key }
    return String(Substring(utf8.dropFirst(4)))
  }

  /// The English of entry number `index`, from the precomputed renderings.
  func english(ofEntry index: Int, plural: Bool) -> String {
    plural ? renderings[index].plural : renderings[index].singular
  }

  /// The child of `node` reached by the key `units` (plus a final ه when `appendingHa`).
  @inline(__always)
  func child(of node: Int, _ units: UnsafeBufferPointer<UInt16>, appendingHa: Bool) -> Int? {
    guard hasChildren[node], leadingPairs.mayContain(units, appendingHa: appendingHa) else { return nil }
    let hash = KeyHash.hash(units, appendingHa: appendingHa)
    return edges.find(parent: Int32(node), hash: hash) { child in
      parents[Int(child)] == Int32(node) && labelMatches(Int(child), units, appendingHa: appendingHa)
    }
  }

  @inline(__always)
  func labelMatches(_ node: Int, _ units: UnsafeBufferPointer<UInt16>, appendingHa: Bool) -> Bool {
    let bounds = labelBounds[node]
    guard bounds.count == units.count + (appendingHa ? 1 : 0) else { return false }
    for index in 0..<units.count where labels[bounds.lowerBound + index] != units[index] { return false }
    return !appendingHa || labels[bounds.upperBound - 1] == KeyHash.ha
  }

  /// Number of distinct token sequences in the trie.
  public var keyCount: Int { terminals.reduce(0) { $0 + $1.count } }
}

/// FNV-1a over UTF-16 key units, the trie's child index.
enum KeyHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3
  static let ha: UInt16 = 0x0647

  @inline(__always)
  static func hash(_ units: ArraySlice<UInt16>) -> UInt64 {
    var hash = seed
    for unit in units { hash = (hash ^ UInt64(unit)) &* prime }
    return hash
  }

  @inline(__always)
  static func hash(_ units: UnsafeBufferPointer<UInt16>, appendingHa: Bool) -> UInt64 {
    var hash = seed
    for unit in units { hash = (hash ^ UInt64(unit)) &* prime }
    if appendingHa { hash = (hash ^ UInt64(ha)) &* prime }
    return hash
  }
}

/// All trie edges in one open-addressing hash table with linear probing, keyed by (parent node,
/// FNV hash of the child's label): no per-node dictionaries, no SipHash on the hot path.
struct EdgeTable: Sendable {
  private let slots: [Int32]  // child node, or -1
  private let mask: Int

  init(_ edges: [(parent: Int32, hash: UInt64, child: Int32)]) {
    var capacity = 16
    while capacity < edges.count * 2 { capacity <<= 1 }
    var slots = [Int32](repeating: -1, count: capacity)
    for edge in edges {
      var slot = EdgeTable.slot(edge.parent, edge.hash, capacity - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = edge.child
    }
    self.slots = slots
    self.mask = capacity - 1
  }

  @inline(__always)
  static func slot(_ parent: Int32, _ hash: UInt64, _ mask: Int) -> Int {
    let mixed = (hash ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    return Int(truncatingIfNeeded: mixed >> 32) & mask
  }

  /// The first child in the probe sequence of (parent, hash) that `accept` takes.
  @inline(__always)
  func find(parent: Int32, hash: UInt64, _ accept: (Int32) -> Bool) -> Int? {
    var slot = EdgeTable.slot(parent, hash, mask)
    while true {
      let child = slots[slot]
      if child < 0 { return nil }
      if accept(child) { return Int(child) }
      slot = (slot + 1) & mask
    }
  }
}

/// A bit set of the first two letters of keys (Arabic letters and digits map to small indices,
/// everything else to one shared index), for rejecting keys before hashing.
struct LeadingPairs: Sendable {
  private var bits = [UInt64](repeating: 0, count: (64 * 64) / 64)

  @inline(__always)
  static func index(_ unit: UInt16) -> Int {
    switch unit {
    case 0x0621...0x064A: return Int(unit - 0x0621) + 1  // 1…42
    case 0x30...0x39: return Int(unit - 0x30) + 43  // 43…52
    case 0x61...0x7A: return 53 + Int(unit - 0x61) % 10  // Latin letters share 53…62
    default: return 63
    }
  }

  mutating func insert(_ key: [UInt16]) {
    let second = key.count > 1 ? LeadingPairs.index(key[1]) : 0
    let bit = LeadingPairs.index(key[0]) * 64 + second
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// Whether some key starts with these two letters.
  @inline(__always)
  func mayStart(_ first: UInt16, _ second: UInt16) -> Bool {
    let bit = LeadingPairs.index(first) * 64 + LeadingPairs.index(second)
    return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  @inline(__always)
  func mayContain(_ units: UnsafeBufferPointer<UInt16>, appendingHa: Bool) -> Bool {
    guard let first = units.first else { return appendingHa }
    let secondUnit: UInt16? = units.count > 1 ? units[1] : (appendingHa ? KeyHash.ha : nil)
    let second = secondUnit.map(LeadingPairs.index) ?? 0
    let bit = LeadingPairs.index(first) * 64 + second
    return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }
}
