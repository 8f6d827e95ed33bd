// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// A thread's tokens by their UTF-16 code units and kind: the token's forms (``Token``, without
/// its range), its key's code units and the thread's facts about it (``Translator/TokenFacts``),
/// found without building a string or hashing one.
///
/// Open addressing over an array of entry numbers; the code units of all tokens live end to end in
/// one buffer. Not thread-safe: each ``Translator/Context`` has its own.
final class PieceTable {
  /// Where an entry's code units are in ``units``, its kind and its hash.
  private struct Entry {
    var hash: UInt64
    var start: Int32
    var end: Int32
    var kind: Token.Kind
  }

  /// Entry number + 1 in each slot (0: empty); the count of slots is a power of two. The buffers
  /// are managed by hand: a lookup retains nothing but the facts it returns.
  private var slots: UnsafeMutablePointer<Int32>
  private var slotCount = 1024
  private var entries: UnsafeMutablePointer<Entry>
  private var facts: UnsafeMutablePointer<Translator.TokenFacts>
  private var entryCapacity = 512
  private(set) var count = 0
  private var units: UnsafeMutablePointer<UInt16>
  private var unitCount = 0
  private var unitCapacity = 4096

  init() {
    slots = .allocate(capacity: slotCount)
    slots.initialize(repeating: 0, count: slotCount)
    entries = .allocate(capacity: entryCapacity)
    facts = .allocate(capacity: entryCapacity)
    units = .allocate(capacity: unitCapacity)
  }

  deinit {
    slots.deallocate()
    entries.deallocate()
    facts.deinitialize(count: count)
    facts.deallocate()
    units.deallocate()
  }

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
    let mask = slotCount - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let number = Int(slots[slot]) - 1
      if number < 0 { return nil }
      let entry = entries[number]
      if entry.hash == hash, entry.kind == kind, Int(entry.end - entry.start) == piece.count {
        let stored = units + Int(entry.start)
        var offset = 0
        while offset < piece.count, stored[offset] == piece[offset] { offset += 1 }
        if offset == piece.count { return facts[number] }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Adds the facts of a token not in the table (``find(_:_:hash:)`` gave nil for it).
  func insert(
    _ piece: UnsafeBufferPointer<UInt16>, _ kind: Token.Kind, hash: UInt64, facts entry: Translator.TokenFacts
  ) {
    if (count + 1) * 2 > slotCount { growSlots() }
    if count == entryCapacity { growEntries() }
    if unitCount + piece.count > unitCapacity { growUnits(to: unitCount + piece.count) }
    if let base = piece.baseAddress { (units + unitCount).update(from: base, count: piece.count) }
    entries[count] = Entry(hash: hash, start: Int32(unitCount), end: Int32(unitCount + piece.count), kind: kind)
    (facts + count).initialize(to: entry)
    unitCount += piece.count
    count += 1
    place(count - 1)
  }

  /// Empties the table, keeping its buffers.
  func removeAll() {
    slots.update(repeating: 0, count: slotCount)
    facts.deinitialize(count: count)
    count = 0
    unitCount = 0
  }

  private func place(_ number: Int) {
    let mask = slotCount - 1
    var slot = Int(truncatingIfNeeded: entries[number].hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(number + 1)
  }

  private func growSlots() {
    slots.deallocate()
    slotCount *= 2
    slots = .allocate(capacity: slotCount)
    slots.initialize(repeating: 0, count: slotCount)
    for number in 0..<count { place(number) }
  }

  private func growEntries() {
    let capacity = entryCapacity * 2
    let grownEntries = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
    grownEntries.moveInitialize(from: entries, count: count)
    entries.deallocate()
    entries = grownEntries
    let grownFacts = UnsafeMutablePointer<Translator.TokenFacts>.allocate(capacity: capacity)
    grownFacts.moveInitialize(from: facts, count: count)
    facts.deallocate()
    facts = grownFacts
    entryCapacity = capacity
  }

  private func growUnits(to needed: Int) {
    var capacity = unitCapacity * 2
    while capacity < needed { capacity *= 2 }
    let grown = UnsafeMutablePointer<UInt16>.allocate(capacity: capacity)
    grown.moveInitialize(from: units, count: unitCount)
    units.deallocate()
    units = grown
    unitCapacity = capacity
  }
}
