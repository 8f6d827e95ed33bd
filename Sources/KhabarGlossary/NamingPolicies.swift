// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// Naming conventions analysts differ on (داعش → "ISIS" | "IS" | "Islamic State"), from
/// `glossaries/policies.tsv`: an entry's `policy` column names a policy, its English contains
/// the policy's default wording, and the chosen option's wording replaces it.
public struct NamingPolicies: Sendable {
  public struct Option: Sendable, Hashable {
    public var name: String
    public var english: String
  }

  /// Options of each policy, the default first.
  public private(set) var options: [String: [Option]] = [:]
  /// The chosen option of each policy (by option name); unset policies use their default.
  public var choices: [String: String] = [:]

  public init() {}

  public init(path: String) throws(InputError) {
    let table = try TSVTable(path: path, required: ["policy", "option", "english"])
    for row in table.rows {
      let policy = String(table.field(row, "policy")).trimmingSpaces()
      let option = Option(
        name: String(table.field(row, "option")).trimmingSpaces(),
        english: String(table.field(row, "english")).trimmingSpaces())
      let isDefault = ["yes", "true", "1", "default"].contains(String(table.field(row, "default")).lowercased())
      if isDefault {
        options[policy, default: []].insert(option, at: 0)
      } else {
        options[policy, default: []].append(option)
      }
    }
  }

  /// Chooses `option` for `policy` (e.g. `isis`, `IS`); the option may be named by its name or
  /// its English.
  public mutating func choose(_ option: String, for policy: String) throws(InputError) {
    guard let available = options[policy] else {
      throw InputError("unknown naming policy '\(policy)' (known: \(options.keys.sorted().joined(separator: ", ")))")
    }
    guard
      let found = available.first(where: {
        $0.name.lowercased() == option.lowercased() || $0.english.lowercased() == option.lowercased()
      })
    else {
      throw InputError(
        "policy '\(policy)' has no option '\(option)' (options: \(available.map(\.name).joined(separator: ", ")))")
    }
    choices[policy] = found.name
  }

  /// `english` with the policy's default wording replaced by the chosen option's.
  public func apply(_ english: String, policy: String?) -> String {
    guard let policy, let available = options[policy], let defaultOption = available.first,
      let choice = choices[policy], let chosen = available.first(where: { $0.name == choice }),
      chosen != defaultOption
    else { return english }
    return english.replacingFirst(defaultOption.english, with: chosen.english)
  }
}

extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, let range = range(of: target) else { return self }
    var result = self
    result.replaceSubrange(range, with: replacement)
    return result
  }

  func range(of target: String) -> Range<String.Index>? {
    var index = startIndex
    while index < endIndex {
      if self[index...].hasPrefix(target) { return index..<self.index(index, offsetBy: target.count) }
      index = self.index(after: index)
    }
    return nil
  }
}
