// SPDX-License-Identifier: GPL-2.0-or-later
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of a file, mapped read-only into memory (pages are read when first touched), or read
/// into memory when the file cannot be mapped. Immutable; safe to share between threads.
public final class MappedFile: @unchecked Sendable {
  /// The file's bytes; valid as long as the object lives.
  public let bytes: UnsafeBufferPointer<UInt8>
  private let mapped: Bool

  /// Maps `path`, refusing files larger than `limit` bytes.
  ///
  /// - Throws: ``InputError`` when the file cannot be opened, read or is too large.
  public init(path: String, limit: Int) throws(InputError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 { throw InputError("cannot open '\(path)': \(String(cString: strerror(errno)))") }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
      let size = Int(status.st_size)
      if size > limit { throw InputError("'\(path)' is larger than \(limit) bytes") }
      if size == 0 {
        bytes = UnsafeBufferPointer(start: nil, count: 0)
        mapped = false
        return
      }
      if let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED {
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
        mapped = true
        return
      }
    }
    let copy = try FileBytes.read(path, limit: limit)
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(copy.count, 1))
    _ = storage.initialize(from: copy)
    bytes = UnsafeBufferPointer(start: storage.baseAddress, count: copy.count)
    mapped = false
  }

  deinit {
    guard let base = bytes.baseAddress else { return }
    if mapped {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    } else {
      UnsafeMutablePointer(mutating: base).deallocate()
    }
  }
}
