// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// A thread's tokens by their UTF-16 code units and kind: the token's forms (``Token``, without
/// its range), its key's code units and the thread's facts about it (``Translator/TokenFacts``),
/// found without building a string or hashing one.
///
/// Open addressing over an array of entry numbers; the code units of all keys live end to end in
/// one buffer. Not thread-safe: each ``Translator/Context`` has its own.
struct PieceTable {
  /// Entry number + 1 in each slot (0: empty); the count of slots is a power of two.
  private var slots: [Int32] = Array(repeating: 0, count: 1024)
  private var hashes: [UInt64] = []
  /// Each entry's code units in ``units`` and its kind.
  private var starts: [Int32] = []
  private var ends: [Int32] = []
  private var kinds: [Token.Kind] = []
  private var units: [UInt16] = []
  private(set) var facts: [Translator.TokenFacts] = []

  var count: Int { facts.count }

  /// FNV-1a of the code units and the kind.
  @inline(__always)
  static func hash(_ piece: UnsafeBufferPointer<UInt16>, _ kind: Token.Kind) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for unit in piece {
      hash = (hash ^ UInt64(unit)) &* 0x0000_0100_0000_01B3
    }
    let tag: UInt64 =
      switch kind {
      case .word: 1
      case .number: 2
      case .punctuation: 3
      case .symbol: 4
      }
    hash = (hash ^ tag) &* 0x0000_0100_0000_01B3
    return hash ^ (hash >> 29)
  }

  /// The facts of the token with these code units and kind, if the table has it.
  func find(_ piece: UnsafeBufferPointer<UInt16>, _ kind: Token.Kind, hash: UInt64) -> Translator.TokenFacts? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    return units.withUnsafeBufferPointer { stored -> Translator.TokenFacts? in
      while true {
        let entry = Int(slots[slot]) - 1
        if entry < 0 { return nil }
        if hashes[entry] == hash, kinds[entry] == kind {
          let start = Int(starts[entry])
          let end = Int(ends[entry])
          if end - start == piece.count {
            var same = true
            var offset = 0
            while offset < piece.count {
              if stored[start + offset] != piece[offset] {
                same = false
                break
              }
              offset += 1
            }
            if same { return facts[entry] }
          }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Adds the facts of a token not in the table (``find(_:_:hash:)`` gave nil for it).
  mutating func insert(
    _ piece: UnsafeBufferPointer<UInt16>, _ kind: Token.Kind, hash: UInt64, facts entry: Translator.TokenFacts
  ) {
    if (facts.count + 1) * 2 > slots.count { grow() }
    let number = facts.count
    hashes.append(hash)
    starts.append(Int32(units.count))
    units.append(contentsOf: piece)
    ends.append(Int32(units.count))
    kinds.append(kind)
    facts.append(entry)
    place(number)
  }

  /// Empties the table, keeping its buffers' capacity.
  mutating func removeAll() {
    for index in slots.indices { slots[index] = 0 }
    hashes.removeAll(keepingCapacity: true)
    starts.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    kinds.removeAll(keepingCapacity: true)
    units.removeAll(keepingCapacity: true)
    facts.removeAll(keepingCapacity: true)
  }

  private mutating func place(_ entry: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(entry + 1)
  }

  private mutating func grow() {
    slots = Array(repeating: 0, count: slots.count * 2)
    for entry in facts.indices { place(entry) }
  }
}
