// SPDX-License-Identifier: GPL-2.0-or-later

extension String {
  /// A string from UTF-16 code units, transcoded by hand: the standard library's generic
  /// `String(decoding:as: UTF16.self)` dominates profiles of segmentation. Lone surrogates become
  /// U+FFFD.
  ///
  /// - Complexity: O(*n*).
  public init(utf16Units units: UnsafeBufferPointer<UInt16>) {
    self.init(unsafeUninitializedCapacity: units.count * 3) { output in
      var write = 0
      var index = 0
      let count = units.count
      while index < count {
        var scalar = UInt32(units[index])
        index += 1
        if scalar < 0x80 {
          output[write] = UInt8(scalar)
          write += 1
          continue
        }
        if scalar < 0x800 {
          output[write] = UInt8(0xC0 | scalar >> 6)
          output[write + 1] = UInt8(0x80 | scalar & 0x3F)
          write += 2
          continue
        }
        if scalar & 0xF800 == 0xD800 {
          if scalar < 0xDC00, index < count, units[index] & 0xFC00 == 0xDC00 {
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
            index += 1
            output[write] = UInt8(0xF0 | scalar >> 18)
            output[write + 1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
            output[write + 2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
            output[write + 3] = UInt8(0x80 | scalar & 0x3F)
            write += 4
            continue
          }
          scalar = 0xFFFD
        }
        output[write] = UInt8(0xE0 | scalar >> 12)
        output[write + 1] = UInt8(0x80 | (scalar >> 6) & 0x3F)
        output[write + 2] = UInt8(0x80 | scalar & 0x3F)
        write += 3
      }
      return write
    }
  }

  /// A string from UTF-16 code units (see ``init(utf16Units:)-(UnsafeBufferPointer<UInt16>)``).
  public init(utf16Units units: [UInt16]) {
    self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
  }
}

extension Array where Element == UInt16 {
  /// The UTF-16 code units of a string, transcoded by hand from its UTF-8 storage (faster than
  /// `Array(string.utf16)`, which walks the string's UTF-16 view).
  ///
  /// - Complexity: O(*n*).
  public init(utf16Of string: String) {
    self = []
    append(utf16Of: string)
  }

  /// Appends the UTF-16 code units of a string, transcoded by hand from its UTF-8 storage
  /// (``init(utf16Of:)`` is this on an empty array).
  ///
  /// - Complexity: O(*n*) in the length of `string`.
  public mutating func append(utf16Of string: String) {
    if string.utf8.withContiguousStorageIfAvailable({ appendTranscoding($0) }) == nil {
      var string = string
      string.withUTF8 { appendTranscoding($0) }
    }
  }

  private mutating func appendTranscoding(_ bytes: UnsafeBufferPointer<UInt8>) {
    reserveCapacity(count + bytes.count)
    var read = 0
    let count = bytes.count
    while read < count {
      let lead = bytes[read]
      if lead < 0x80 {
        append(UInt16(lead))
        read += 1
      } else if lead < 0xE0 {
        append(UInt16(lead & 0x1F) << 6 | UInt16(bytes[read + 1] & 0x3F))
        read += 2
      } else if lead < 0xF0 {
        append(UInt16(lead & 0x0F) << 12 | UInt16(bytes[read + 1] & 0x3F) << 6 | UInt16(bytes[read + 2] & 0x3F))
        read += 3
      } else {
        let scalar =
          UInt32(lead & 0x07) << 18 | UInt32(bytes[read + 1] & 0x3F) << 12 | UInt32(bytes[read + 2] & 0x3F) << 6
          | UInt32(bytes[read + 3] & 0x3F)
        let offset = scalar - 0x10000
        append(UInt16(0xD800 + (offset >> 10)))
        append(UInt16(0xDC00 + (offset & 0x3FF)))
        read += 4
      }
    }
  }
}
