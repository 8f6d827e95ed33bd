// SPDX-License-Identifier: GPL-2.0-or-later
import Synchronization

/// Compiles the transliteration schemes of `glossaries/transliteration/` (one ICU transform-rule
/// file per scheme, `NAME.txt`) on first use and keeps them compiled.
///
/// Safe for concurrent use: compiled transliterators are cached under a lock and are themselves
/// thread-safe (see ``Transliterator``).
public final class TransliterationEngine: Sendable {
  public let folder: String
  private let cache = Mutex<[String: Transliterator]>([:])

  /// An engine over `directory/transliteration/`.
  public init(directory: DataDirectory) {
    folder = directory.file("transliteration")
  }

  /// An engine over an explicit folder of rule files.
  public init(folder: String) {
    self.folder = folder
  }

  /// The schemes available: rule files in the folder, without their `.txt` extension, sorted.
  public var schemes: [String] {
    DataDirectory.files(in: folder, suffix: ".txt").map { String($0.dropLast(4)) }
  }

  /// The compiled transliterator of `scheme` in `direction`, compiling it on first use.
  public func transliterator(_ scheme: String, direction: Transliterator.Direction = .forward) throws(InputError)
    -> Transliterator
  {
    let key = direction == .forward ? scheme : scheme + "/reverse"
    if let cached = cache.withLock({ $0[key] }) { return cached }
    guard scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !scheme.isEmpty else {
      throw InputError("invalid scheme name '\(scheme)'")
    }
    let path = folder + "/" + scheme + ".txt"
    let reader = try LineReader(path: path)
    var rules = ""
    while let line = try reader.nextLine() {
      if let column = line.invalidByteColumns.first {
        throw InputError("invalid UTF-8", at: SourceLocation(file: path, line: line.number, column: column))
      }
      rules += line.text
      rules += "\n"
    }
    let compiled = try Transliterator(name: "Khabar-" + scheme, rules: rules, direction: direction, file: path)
    return cache.withLock { cache in
      if let raced = cache[key] { return raced }
      cache[key] = compiled
      return compiled
    }
  }

  /// Transliterates `text` with `scheme`.
  public func transliterate(
    _ text: String, scheme: String, direction: Transliterator.Direction = .forward
  ) throws -> String {
    try transliterator(scheme, direction: direction).transliterate(text)
  }
}
