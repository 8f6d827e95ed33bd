// SPDX-License-Identifier: GPL-2.0-or-later
import CKhabarICU

/// Normalizes Arabic text for display and for matching.
///
/// Two forms matter in Khabar:
/// - the *display* form: NFKC (presentation forms and ligatures such as ﻻ and ﷲ become letters),
///   tatweel and bidi/format controls removed, Arabic-Indic and Persian digits as ASCII digits;
/// - the *matching* form, used for lookup only: the display form without harakat, with letter
///   variants folded (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ ئ → ء, Persian ک ی → ك ي) and ASCII lowercased.
///
/// The original text is never changed: tokens carry their range in it (see ``ArabicSegmenter``).
///
/// `ArabicNormalizer` is a value type and safe to use from any thread.
public struct ArabicNormalizer: Hashable, Sendable {
  /// The steps a normalizer applies, in this order: NFKC, then the per-character steps.
  public struct Options: OptionSet, Hashable, Sendable {
    public var rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Unicode NFKC (ICU `unorm2`).
    public static let compatibility = Options(rawValue: 1 << 0)
    /// Remove tatweel (U+0640).
    public static let removeTatweel = Options(rawValue: 1 << 1)
    /// Remove bidi and format controls (LRM, RLM, ALM, ZWJ, ZWNJ, BOM, embeddings, isolates),
    /// soft hyphens and C0 controls other than tab, line feed and carriage return.
    public static let removeControls = Options(rawValue: 1 << 2)
    /// Arabic-Indic and Persian digits, Arabic decimal and thousands separators and percent sign
    /// to ASCII.
    public static let asciiDigits = Options(rawValue: 1 << 3)
    /// Remove harakat, tanween, shadda, sukun, dagger alef and Quranic annotation marks.
    public static let removeHarakat = Options(rawValue: 1 << 4)
    /// Fold letter variants for matching: أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ ئ → ء, ک → ك, ی → ي.
    public static let foldLetters = Options(rawValue: 1 << 5)
    /// Lowercase ASCII letters.
    public static let foldCase = Options(rawValue: 1 << 6)

    /// The display form: everything but harakat removal and folding.
    public static let display: Options = [.compatibility, .removeTatweel, .removeControls, .asciiDigits]
    /// The matching form: the display form without harakat, letters and case folded.
    public static let matching: Options = [.display, .removeHarakat, .foldLetters, .foldCase]
  }

  public var options: Options

  public init(options: Options = .display) { self.options = options }

  /// The display normalizer.
  public static let display = ArabicNormalizer(options: .display)
  /// The matching normalizer.
  public static let matching = ArabicNormalizer(options: .matching)

  /// Normalizes a string.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public func normalize(_ text: String) -> String {
    var text = text
    if let fast = text.withUTF8({ normalizeWithoutNFKC($0) }) { return fast }
    var units = Array(text.utf16)
    normalize(&units)
    return String(utf16Units: units)
  }

  /// The fast path: text that NFKC leaves alone (checked character by character, including the
  /// canonical order of harakat) is mapped straight from UTF-8 to UTF-8. Returns nil when NFKC
  /// might change something, and ICU must do it.
  func normalizeWithoutNFKC(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var failed = false
    let result = String(unsafeUninitializedCapacity: bytes.count) { output in
      guard let written = normalizeUTF8(bytes, into: output) else {
        failed = true
        return 0
      }
      return written
    }
    return failed ? nil : result
  }

  /// Normalizes UTF-8 into UTF-8 bytes without making strings, when NFKC certainly leaves the
  /// text alone (the common case; see ``normalize(_:)``); nil when it might not, and the string
  /// form must be used. The output is never longer than the input.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var failed = false
    let result = [UInt8](unsafeUninitializedCapacity: bytes.count) { output, count in
      guard let written = normalizeUTF8(bytes, into: output) else {
        failed = true
        count = 0
        return
      }
      count = written
    }
    return failed ? nil : result
  }

  /// Writes the normalized form of `bytes` into `output` (at least as large) and returns its
  /// length, or nil when NFKC might change the text.
  @inline(__always)
  func normalizeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
    let options = self.options
    let checkNFKC = options.contains(.compatibility)
    var read = 0
    var write = 0
    var lastClass = 0
    let count = bytes.count
    while read < count {
      let lead = bytes[read]
      let unit: UInt16
      let width: Int
      if lead < 0x80 {
        unit = UInt16(lead)
        width = 1
      } else if lead & 0xE0 == 0xC0, read + 1 < count {
        unit = UInt16(lead & 0x1F) << 6 | UInt16(bytes[read + 1] & 0x3F)
        width = 2
      } else if lead & 0xF0 == 0xE0, read + 2 < count {
        unit = UInt16(lead & 0x0F) << 12 | UInt16(bytes[read + 1] & 0x3F) << 6 | UInt16(bytes[read + 2] & 0x3F)
        width = 3
      } else {
        return nil  // astral characters: let ICU decide
      }
      read += width
      if checkNFKC {
        guard let combiningClass = Self.stableCombiningClass(unit) else { return nil }
        if combiningClass > 0, combiningClass < lastClass { return nil }  // needs reordering
        lastClass = combiningClass
      }
      guard let mapped = Self.map(unit, options) else { continue }
      if mapped < 0x80 {
        output[write] = UInt8(mapped)
        write += 1
      } else if mapped < 0x800 {
        output[write] = UInt8(0xC0 | mapped >> 6)
        output[write + 1] = UInt8(0x80 | mapped & 0x3F)
        write += 2
      } else {
        output[write] = UInt8(0xE0 | mapped >> 12)
        output[write + 1] = UInt8(0x80 | (mapped >> 6) & 0x3F)
        output[write + 2] = UInt8(0x80 | mapped & 0x3F)
        write += 3
      }
    }
    return write
  }

  /// The canonical combining class of a character NFKC is known to leave unchanged (0 for
  /// starters), or nil when NFKC might change it (presentation forms, compatibility characters,
  /// marks that compose). Covers what Arabic news is written with: ASCII, Arabic letters,
  /// harakat, digits and punctuation, quotes, dashes and format controls.
  @inline(__always)
  static func stableCombiningClass(_ unit: UInt16) -> Int? {
    if unit >= 0x0621, unit <= 0x064A { return 0 }  // Arabic letters, the common case
    switch unit {
    case 0..<0xA0, 0xAB, 0xAD, 0xBB: return 0
    case 0x0600...0x060F, 0x061B...0x064A, 0x0660...0x066F, 0x0671...0x0674, 0x0679...0x06D5, 0x06EE...0x06FF,
      0x0750...0x077F:
      return 0
    case 0x064B...0x0652: return Int(unit) - 0x064B + 27  // fathatan 27 … sukun 34
    case 0x0670: return 35  // dagger alef
    case 0x2013, 0x2014, 0x2018...0x201F, 0x2022, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
      0x2066...0x206F, 0xFEFF:
      return 0
    default: return nil
    }
  }

  /// Normalizes UTF-16 code units in place.
  ///
  /// - Complexity: O(*n*) in the number of code units.
  public func normalize(_ units: inout [UInt16]) {
    if options.contains(.compatibility) { Self.nfkc(&units) }
    let options = self.options
    guard !options.subtracting(.compatibility).isEmpty else { return }
    let written = units.withUnsafeMutableBufferPointer { buffer -> Int in
      var write = 0
      for read in 0..<buffer.count {
        if let mapped = Self.map(buffer[read], options) {
          buffer[write] = mapped
          write += 1
        }
      }
      return write
    }
    units.removeSubrange(written...)
  }

  /// Whether `unit` is kept by the per-character steps of `options`, and as what.
  @inline(__always)
  static func map(_ unit: UInt16, _ options: Options) -> UInt16? {
    // Arabic letters no option changes (all but the alef and hamza variants, ة, ى, tatweel).
    if unit >= 0x0627, unit <= 0x064A, unit != 0x0629, unit != 0x0640, unit != 0x0649 { return unit }
    if unit < 0x80 {
      if unit < 0x20 {
        if options.contains(.removeControls), unit != 0x09, unit != 0x0A, unit != 0x0D { return nil }
        return unit
      }
      if unit == 0x7F, options.contains(.removeControls) { return nil }
      if unit >= 0x41, unit <= 0x5A, options.contains(.foldCase) { return unit | 0x20 }
      return unit
    }
    switch unit {
    case 0x0640:
      return options.contains(.removeTatweel) ? nil : unit
    case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F,
      0xFEFF:
      return options.contains(.removeControls) ? nil : unit
    case 0x0660...0x0669:
      return options.contains(.asciiDigits) ? unit - 0x0660 + 0x30 : unit
    case 0x06F0...0x06F9:
      return options.contains(.asciiDigits) ? unit - 0x06F0 + 0x30 : unit
    case 0x066A:
      return options.contains(.asciiDigits) ? 0x25 : unit  // ٪ → %
    case 0x066B:
      return options.contains(.asciiDigits) ? 0x2E : unit  // ٫ → .
    case 0x066C:
      return options.contains(.asciiDigits) ? 0x2C : unit  // ٬ → ,
    case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7, 0x06E8,
      0x06EA...0x06ED, 0x08D3...0x08E1, 0x08E3...0x08FF:
      return options.contains(.removeHarakat) ? nil : unit
    case 0x0622, 0x0623, 0x0625, 0x0671...0x0673:
      return options.contains(.foldLetters) ? 0x0627 : unit
    case 0x0649, 0x06CC:
      return options.contains(.foldLetters) ? 0x064A : unit
    case 0x0629:
      return options.contains(.foldLetters) ? 0x0647 : unit
    case 0x0624, 0x0626:
      return options.contains(.foldLetters) ? 0x0621 : unit
    case 0x06A9:
      return options.contains(.foldLetters) ? 0x0643 : unit
    default:
      return unit
    }
  }

  /// NFKC with ICU, skipping text that is already NFKC.
  static func nfkc(_ units: inout [UInt16]) {
    guard !units.isEmpty, units.count < Int(Int32.max) else { return }
    if isStable(units) { return }
    var status: khabar_status = KHABAR_U_ZERO_ERROR
    let span = units.withUnsafeBufferPointer {
      khabar_nfkc_span_quick_check_yes($0.baseAddress, Int32($0.count), &status)
    }
    if khabar_failure(status) != 0 || Int(span) == units.count { return }
    // NFKC can expand (ﷺ is 18 letters); start with headroom and retry on overflow.
    var capacity = units.count + units.count / 2 + 16
    while true {
      var output = [UInt16](repeating: 0, count: capacity)
      status = KHABAR_U_ZERO_ERROR
      let length = units.withUnsafeBufferPointer { source in
        output.withUnsafeMutableBufferPointer { destination in
          khabar_nfkc_normalize(
            source.baseAddress, Int32(source.count), destination.baseAddress, Int32(capacity), &status)
        }
      }
      if status == KHABAR_U_BUFFER_OVERFLOW_ERROR {
        capacity = Int(length)
        continue
      }
      if khabar_failure(status) != 0 { return }  // leave the text as it was
      output.removeSubrange(Int(length)...)
      units = output
      return
    }
  }

  /// Whether this normalizer certainly leaves `units` as they are (NFKC-stable characters that
  /// no per-character step changes).
  ///
  /// - Complexity: O(*n*).
  public func leavesUnchanged(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    let options = self.options
    let checkNFKC = options.contains(.compatibility)
    var lastClass = 0
    for unit in units {
      if checkNFKC {
        guard let combiningClass = Self.stableCombiningClass(unit) else { return false }
        if combiningClass > 0, combiningClass < lastClass { return false }
        lastClass = combiningClass
      }
      guard Self.map(unit, options) == unit else { return false }
    }
    return true
  }

  /// Whether NFKC certainly leaves `units` unchanged, by ``stableCombiningClass(_:)``.
  static func isStable(_ units: [UInt16]) -> Bool {
    var lastClass = 0
    for unit in units {
      guard let combiningClass = stableCombiningClass(unit) else { return false }
      if combiningClass > 0, combiningClass < lastClass { return false }
      lastClass = combiningClass
    }
    return true
  }
}
