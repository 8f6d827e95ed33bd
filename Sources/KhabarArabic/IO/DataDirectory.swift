// SPDX-License-Identifier: GPL-2.0-or-later
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where Khabar's linguistic data (the `glossaries/` folder) is.
///
/// Looked up, in order:
/// 1. an explicit path (the CLI's `--data-dir`);
/// 2. the `KHABAR_DATA_DIR` environment variable;
/// 3. `../share/khabar/glossaries` relative to the running executable (an installed copy);
/// 4. a `glossaries/` folder in the executable's folder or any folder above it (a build tree:
///    `.build/release/khabar` finds the checkout's `glossaries/`);
/// 5. the checkout this library was compiled from.
///
/// A folder counts when it holds `SOURCES.md`.
public struct DataDirectory: Hashable, Sendable {
  /// Absolute or relative path of the `glossaries/` folder, without a trailing slash.
  public let path: String

  public init(path: String) { self.path = path }

  /// The path of a file inside the data directory.
  public func file(_ relative: String) -> String { path + "/" + relative }

  /// Finds the data directory (see the type's documentation for the order).
  public static func locate(explicit: String? = nil) throws(InputError) -> DataDirectory {
    if let explicit {
      guard isDataDirectory(explicit) else {
        throw InputError("'\(explicit)' is not a Khabar data directory (no SOURCES.md in it)")
      }
      return DataDirectory(path: explicit)
    }
    if let variable = getenv("KHABAR_DATA_DIR") {
      let path = String(cString: variable)
      guard isDataDirectory(path) else {
        throw InputError("KHABAR_DATA_DIR='\(path)' is not a Khabar data directory (no SOURCES.md in it)")
      }
      return DataDirectory(path: path)
    }
    if let executable = executableDirectory() {
      let installed = executable + "/../share/khabar/glossaries"
      if isDataDirectory(installed) { return DataDirectory(path: installed) }
      var folder = executable
      while !folder.isEmpty {
        if isDataDirectory(folder + "/glossaries") { return DataDirectory(path: folder + "/glossaries") }
        guard let slash = folder.lastIndex(of: "/") else { break }
        folder = String(folder[..<slash])
      }
    }
    let source = sourceCheckout()
    if isDataDirectory(source) { return DataDirectory(path: source) }
    throw InputError(
      "cannot find Khabar's data directory (glossaries/); pass --data-dir or set KHABAR_DATA_DIR")
  }

  static func isDataDirectory(_ path: String) -> Bool {
    access(path + "/SOURCES.md", R_OK) == 0
  }

  /// The folder of the running executable (from `/proc/self/exe` on Linux).
  static func executableDirectory() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard length > 0 else { return nil }
    let path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let slash = path.lastIndex(of: "/") else { return nil }
    return String(path[..<slash])
  }

  /// `glossaries/` of the checkout this file was compiled in.
  static func sourceCheckout(_ file: String = #filePath) -> String {
    // <root>/Sources/KhabarArabic/IO/DataDirectory.swift
    var path = Substring(file)
    for _ in 0..<4 {
      guard let slash = path.lastIndex(of: "/") else { return "glossaries" }
      path = path[..<slash]
    }
    return path + "/glossaries"
  }
}

extension DataDirectory {
  /// Whether a file can be read.
  public static func isReadable(_ path: String) -> Bool { access(path, R_OK) == 0 }

  /// Names of the files in `folder` ending in `suffix`, sorted (empty when the folder is missing).
  public static func files(in folder: String, suffix: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasSuffix(suffix), !name.hasPrefix(".") { names.append(name) }
    }
    return names.sorted()
  }
}
