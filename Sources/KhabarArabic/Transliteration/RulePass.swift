// SPDX-License-Identifier: GPL-2.0-or-later
import CKhabarICU

/// A fast path for one pass of a transform-rule file: the pass's rules, read from the same
/// text ICU compiles, applied the way ICU's rule-based transliterator applies them, without the
/// cost of ICU's per-call machinery.
///
/// Only the part of ICU's rule syntax the scheme files use is understood: `$name = [set] ;`
/// definitions; forward rules `ante { key } post → output ;` (`>` or `→`) with an optional `^`;
/// literal characters, `\uXXXX` and `\c` escapes, quoted text; sets (`[…]` or a variable, handed
/// to ICU's own set parser, so `[:L:]` and friends mean what they mean to ICU); segments `( … )`
/// in the key; `?` after a set or character; `$1`…`$9` in the output. A pass that uses anything
/// else (or whose text cannot be read as above) is not given a fast path, and ICU runs it.
///
/// What ICU does and this repeats: at each position, the first rule (in file order) whose ante
/// context, key and post context all match replaces its key by its output, and matching goes on
/// after the output; when none matches, the position moves one character on. Contexts see the
/// text as already rewritten. A set that holds U+FFFF also matches before the start and after the
/// end of the text (ICU's "ether"). Tests compare the two on every gazetteer name, the dev split
/// and random text.
struct RulePass: Sendable {
  /// A set of code points (sorted ranges).
  struct CharacterSet: Sendable {
    var starts: [UInt32]
    var ends: [UInt32]
    /// Whether the set holds U+FFFF (matches at the text's ends).
    var ether: Bool

    @inline(__always)
    func contains(_ unit: UInt16) -> Bool {
      let value = UInt32(unit)
      var low = 0
      var high = starts.count
      while low < high {
        let middle = (low + high) / 2
        if ends[middle] < value { low = middle + 1 } else { high = middle }
      }
      return low < starts.count && starts[low] <= value
    }
  }

  indirect enum Element: Sendable {
    case unit(UInt16)
    case set(Int)
    case optional(Element)
    case segment(Int, [Element])
  }

  enum Piece: Sendable {
    case text([UInt16])
    case segment(Int)
  }

  struct Rule: Sendable {
    var anchorStart = false
    var ante: [Element] = []
    var key: [Element] = []
    var post: [Element] = []
    var output: [Piece] = []
    var segments = 0
  }

  /// One matching step of a flattened rule: a code unit, a set, or the start or end of a segment.
  struct Step: Sendable {
    enum Kind: UInt8, Sendable { case unit, set, segmentStart, segmentEnd }
    var kind: Kind
    var optional: Bool
    var value: UInt16
  }

  /// A rule as ranges of `steps` and `output`.
  struct FlatRule: Sendable {
    var anchorStart: Bool
    var ante: Range<Int>
    var key: Range<Int>
    var post: Range<Int>
    var output: Range<Int>
    var segments: Int
  }

  /// Output units; a value with `segmentFlag` set is a segment reference.
  private static let segmentFlag: UInt32 = 0x1_0000

  private let flatRules: [FlatRule]
  private let steps: [Step]
  private let output: [UInt32]
  /// Per set, 1024 words of membership bits over the BMP.
  private let bits: [UInt64]
  private let ether: [Bool]
  /// Per code unit, its bucket: the rules (in file order) that may match at a position holding
  /// that unit are `bucketRules[bucketStarts[b]..<bucketStarts[b + 1]]`; bucket 0 holds the rules
  /// that may match whatever the unit (first key element a large set, or optional).
  private let bucketOf: [UInt16]
  private let bucketStarts: [Int32]
  private let bucketRules: [Int32]

  // MARK: Reading the rules

  /// The pass's rules, or nil when the text uses syntax outside the supported part.
  init?(rules text: String) {
    var sets: [CharacterSet] = []
    var setIndex: [String: Int] = [:]
    var variables: [String: String] = [:]  // name -> set pattern
    var rules: [Rule] = []
    guard let statements = RulePass.statements(text) else { return nil }
    for statement in statements {
      if let (name, value) = RulePass.definition(statement) {
        guard let pattern = RulePass.setPattern(value, variables: variables) else { return nil }
        variables[name] = pattern
        continue
      }
      guard let rule = RulePass.rule(statement, variables: variables, sets: &sets, setIndex: &setIndex) else {
        return nil
      }
      rules.append(rule)
    }
    // Flat form: steps and output units in shared arrays, sets as bitmaps.
    var steps: [Step] = []
    var output: [UInt32] = []
    var flatRules: [FlatRule] = []
    func flatten(_ element: Element, optional: Bool = false) {
      switch element {
      case .unit(let unit): steps.append(Step(kind: .unit, optional: optional, value: unit))
      case .set(let index): steps.append(Step(kind: .set, optional: optional, value: UInt16(index)))
      case .optional(let inner): flatten(inner, optional: true)
      case .segment(let index, let elements):
        steps.append(Step(kind: .segmentStart, optional: false, value: UInt16(index)))
        for inner in elements { flatten(inner) }
        steps.append(Step(kind: .segmentEnd, optional: false, value: UInt16(index)))
      }
    }
    for rule in rules {
      let anteStart = steps.count
      for element in rule.ante { flatten(element) }
      let keyStart = steps.count
      for element in rule.key { flatten(element) }
      let postStart = steps.count
      for element in rule.post { flatten(element) }
      let outputStart = output.count
      for piece in rule.output {
        switch piece {
        case .text(let units): output += units.map(UInt32.init)
        case .segment(let index): output.append(RulePass.segmentFlag | UInt32(index))
        }
      }
      flatRules.append(
        FlatRule(
          anchorStart: rule.anchorStart, ante: anteStart..<keyStart, key: keyStart..<postStart,
          post: postStart..<steps.count, output: outputStart..<output.count, segments: rule.segments))
    }
    var bits = [UInt64](repeating: 0, count: sets.count * 1024)
    for (index, set) in sets.enumerated() {
      for (start, end) in zip(set.starts, set.ends) where start <= 0xFFFF {
        for value in Int(start)...Int(min(end, 0xFFFF)) {
          bits[index * 1024 + value >> 6] |= 1 << UInt64(value & 63)
        }
      }
    }
    self.flatRules = flatRules
    self.steps = steps
    self.output = output
    self.bits = bits
    self.ether = sets.map(\.ether)
    // Index: the first key element says which code units a rule can start at.
    var candidates: [UInt16: [Int32]] = [:]
    var anywhere: [Int32] = []
    for (index, rule) in rules.enumerated() {
      if let units = RulePass.startUnits(rule.key.first, sets: sets) {
        for unit in units where candidates[unit]?.last != Int32(index) {
          candidates[unit, default: []].append(Int32(index))
        }
      } else {
        anywhere.append(Int32(index))
      }
    }
    if !anywhere.isEmpty {
      for unit in candidates.keys { candidates[unit] = (candidates[unit]! + anywhere).sorted() }
    }
    guard candidates.count < 0xFFFF else { return nil }
    var bucketOf = [UInt16](repeating: 0, count: 0x10000)
    var bucketStarts: [Int32] = [0]
    var bucketRules: [Int32] = anywhere
    bucketStarts.append(Int32(bucketRules.count))
    for (unit, list) in candidates {
      bucketOf[Int(unit)] = UInt16(bucketStarts.count - 1)
      bucketRules += list
      bucketStarts.append(Int32(bucketRules.count))
    }
    self.bucketOf = bucketOf
    self.bucketStarts = bucketStarts
    self.bucketRules = bucketRules
  }

  /// The code units a rule whose key starts with `element` can match at; nil for any.
  private static func startUnits(_ element: Element?, sets: [CharacterSet]) -> [UInt16]? {
    switch element {
    case .none, .optional: return nil
    case .unit(let unit): return [unit]
    case .segment(_, let elements): return startUnits(elements.first, sets: sets)
    case .set(let index):
      let set = sets[index]
      var units: [UInt16] = []
      for (start, end) in zip(set.starts, set.ends) {
        guard start <= 0xFFFF else { break }
        let last = min(end, 0xFFFF)
        if units.count + Int(last - start) > 4096 { return nil }
        for value in start...last { units.append(UInt16(value)) }
      }
      return units
    }
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0x200E, 0x200F, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// The statements of the pass (without their `;`), comments dropped; nil on anything unusual.
  private static func statements(_ text: String) -> [[Unicode.Scalar]]? {
    var statements: [[Unicode.Scalar]] = []
    var current: [Unicode.Scalar] = []
    var quoted = false
    var depth = 0
    var skippingComment = false
    var escaped = false
    for scalar in text.unicodeScalars {
      if skippingComment {
        if scalar == "\n" || scalar == "\r" { skippingComment = false }
        continue
      }
      if escaped {
        current.append(scalar)
        escaped = false
        continue
      }
      if quoted {
        current.append(scalar)
        if scalar == "'" { quoted = false }
        continue
      }
      switch scalar {
      case "#" where depth == 0:
        // A comment only where a rule starts (ICU); elsewhere it is not part of the subset.
        guard current.allSatisfy(isSpace) else { return nil }
        current = []
        skippingComment = true
      case ";" where depth == 0:
        if !current.allSatisfy(isSpace) { statements.append(current) }
        current = []
      case "\\":
        current.append(scalar)
        escaped = true
      case "'":
        guard depth == 0 else { return nil }
        current.append(scalar)
        quoted = true
      case "[":
        depth += 1
        current.append(scalar)
      case "]":
        guard depth > 0 else { return nil }
        depth -= 1
        current.append(scalar)
      default:
        current.append(scalar)
      }
    }
    guard !quoted, depth == 0, !escaped, current.allSatisfy(isSpace) else { return nil }
    return statements
  }

  /// `$name = value` → (name, value text).
  private static func definition(_ statement: [Unicode.Scalar]) -> (String, [Unicode.Scalar])? {
    var index = 0
    while index < statement.count, isSpace(statement[index]) { index += 1 }
    guard index < statement.count, statement[index] == "$" else { return nil }
    index += 1
    var name = ""
    while index < statement.count, isNameCharacter(statement[index]) {
      name.unicodeScalars.append(statement[index])
      index += 1
    }
    guard let initial = name.unicodeScalars.first, !(0x30...0x39).contains(initial.value) else { return nil }
    while index < statement.count, isSpace(statement[index]) { index += 1 }
    guard index < statement.count, statement[index] == "=" else { return nil }
    return (name, Array(statement[(index + 1)...]))
  }

  private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
    (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
      || (0x61...0x7A).contains(scalar.value) || scalar == "_"
  }

  /// A variable's value as an ICU set pattern: one `[…]` set or one `$variable`.
  private static func setPattern(_ value: [Unicode.Scalar], variables: [String: String]) -> String? {
    let trimmed = Array(value.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    guard let first = trimmed.first else { return nil }
    if first == "$" {
      let name = String(String.UnicodeScalarView(trimmed.dropFirst()))
      return variables[name]
    }
    guard first == "[", trimmed.last == "]" else { return nil }
    return substitute(trimmed[...], variables: variables)
  }

  /// Set text with `$name` replaced by the variable's pattern (ICU reads a nested set as a union).
  private static func substitute(_ text: ArraySlice<Unicode.Scalar>, variables: [String: String]) -> String? {
    var out = String.UnicodeScalarView()
    var index = text.startIndex
    while index < text.endIndex {
      let scalar = text[index]
      if scalar == "\\", index + 1 < text.endIndex {
        out.append(scalar)
        out.append(text[index + 1])
        index += 2
        continue
      }
      if scalar == "$" {
        var end = index + 1
        var name = ""
        while end < text.endIndex, isNameCharacter(text[end]) {
          name.unicodeScalars.append(text[end])
          end += 1
        }
        guard let pattern = variables[name] else { return nil }
        out.append(contentsOf: pattern.unicodeScalars)
        index = end
        continue
      }
      out.append(scalar)
      index += 1
    }
    return String(out)
  }

  /// The set of an ICU set pattern, shared by equal patterns.
  private static func set(_ pattern: String, sets: inout [CharacterSet], setIndex: inout [String: Int]) -> Int? {
    if let known = setIndex[pattern] { return known }
    let units = Array(pattern.utf16)
    var capacity = 64
    while true {
      var ranges = [UInt32](repeating: 0, count: 2 * capacity)
      var status: khabar_status = KHABAR_U_ZERO_ERROR
      let count = units.withUnsafeBufferPointer { source in
        ranges.withUnsafeMutableBufferPointer { destination in
          khabar_uset_ranges(source.baseAddress, Int32(source.count), destination.baseAddress, Int32(capacity), &status)
        }
      }
      if status == KHABAR_U_BUFFER_OVERFLOW_ERROR {
        capacity = Int(count)
        continue
      }
      guard khabar_failure(status) == 0, count >= 0 else { return nil }
      var starts: [UInt32] = []
      var ends: [UInt32] = []
      for index in 0..<Int(count) {
        starts.append(ranges[2 * index])
        ends.append(ranges[2 * index + 1])
      }
      var set = CharacterSet(starts: starts, ends: ends, ether: false)
      set.ether = set.contains(0xFFFF)
      sets.append(set)
      setIndex[pattern] = sets.count - 1
      return sets.count - 1
    }
  }

  private static func hexValue(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt32? {
    var value: UInt32 = 0
    for scalar in scalars {
      guard let digit = Int(String(scalar), radix: 16) else { return nil }
      value = value * 16 + UInt32(digit)
    }
    return value
  }

  /// A literal scalar as UTF-16 units.
  private static func units(_ value: UInt32) -> [UInt16]? {
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return Array(String(scalar).utf16)
  }

  /// One rule.
  private static func rule(
    _ statement: [Unicode.Scalar], variables: [String: String], sets: inout [CharacterSet],
    setIndex: inout [String: Int]
  ) -> Rule? {
    // The arrow, outside quotes and sets.
    var arrow: Int? = nil
    do {
      var quoted = false
      var depth = 0
      var index = 0
      while index < statement.count {
        let scalar = statement[index]
        if scalar == "\\" {
          index += 2
          continue
        }
        if quoted {
          if scalar == "'" { quoted = false }
        } else if scalar == "'" {
          quoted = true
        } else if scalar == "[" {
          depth += 1
        } else if scalar == "]" {
          depth -= 1
        } else if depth == 0 {
          switch scalar {
          case "→", ">":
            guard arrow == nil else { return nil }
            arrow = index
          case "←", "<", "↔": return nil
          default: break
          }
        }
        index += 1
      }
    }
    guard let arrow else { return nil }
    var rule = Rule()
    // Left side.
    enum Part { case ante, key, post }
    var part = Part.key
    var sawContextStart = false
    var elements: [Element] = []
    var segment: (index: Int, elements: [Element])? = nil
    var index = 0
    let left = statement[..<arrow]
    func add(_ element: Element) {
      if segment != nil { segment!.elements.append(element) } else { elements.append(element) }
    }
    func lastIsOptionable() -> Bool {
      let last = segment != nil ? segment!.elements.last : elements.last
      switch last {
      case .unit, .set: return true
      default: return false
      }
    }
    func makeLastOptional() {
      if segment != nil {
        segment!.elements[segment!.elements.count - 1] = .optional(segment!.elements.last!)
      } else {
        elements[elements.count - 1] = .optional(elements.last!)
      }
    }
    var first = true
    while index < left.endIndex {
      let scalar = left[index]
      if isSpace(scalar) {
        index += 1
        continue
      }
      defer { first = false }
      switch scalar {
      case "^":
        guard first else { return nil }
        rule.anchorStart = true
        index += 1
      case "{":
        guard part == .key, !sawContextStart, segment == nil else { return nil }
        rule.ante = elements
        elements = []
        sawContextStart = true
        index += 1
      case "}":
        guard part == .key, segment == nil else { return nil }
        rule.key = elements
        elements = []
        part = .post
        index += 1
      case "(":
        guard segment == nil, part == .key, rule.segments < 9 else { return nil }
        segment = (rule.segments, [])
        rule.segments += 1
        index += 1
      case ")":
        guard let open = segment else { return nil }
        segment = nil
        elements.append(.segment(open.index, open.elements))
        index += 1
      case "?":
        guard lastIsOptionable() else { return nil }
        makeLastOptional()
        index += 1
      case "[":
        var depth = 0
        var end = index
        while end < left.endIndex {
          if left[end] == "\\" {
            end += 2
            continue
          }
          if left[end] == "[" { depth += 1 }
          if left[end] == "]" {
            depth -= 1
            if depth == 0 { break }
          }
          end += 1
        }
        guard end < left.endIndex, let pattern = substitute(left[index...end], variables: variables),
          let set = set(pattern, sets: &sets, setIndex: &setIndex)
        else { return nil }
        add(.set(set))
        index = end + 1
      case "$":
        var end = index + 1
        var name = ""
        while end < left.endIndex, isNameCharacter(left[end]) {
          name.unicodeScalars.append(left[end])
          end += 1
        }
        guard let pattern = variables[name], let set = set(pattern, sets: &sets, setIndex: &setIndex) else {
          return nil
        }
        add(.set(set))
        index = end
      case "\\":
        guard let (value, next) = escape(left, at: index), let units = units(value) else { return nil }
        for unit in units { add(.unit(unit)) }
        index = next
      case "'":
        guard let (units, next) = quote(left, at: index) else { return nil }
        for unit in units { add(.unit(unit)) }
        index = next
      default:
        guard !isSpecial(scalar) else { return nil }
        for unit in String(scalar).utf16 { add(.unit(unit)) }
        index += 1
      }
    }
    guard segment == nil else { return nil }
    if part == .post { rule.post = elements } else { rule.key = elements }
    guard !rule.key.isEmpty else { return nil }
    // No segments or optional elements outside the key (ICU allows them; the files do not use them).
    for element in rule.ante + rule.post {
      switch element {
      case .unit, .set: break
      default: return nil
      }
    }
    // Right side.
    var output: [Piece] = []
    var pending: [UInt16] = []
    index = arrow + 1
    while index < statement.count {
      let scalar = statement[index]
      if isSpace(scalar) {
        index += 1
        continue
      }
      switch scalar {
      case "$":
        guard index + 1 < statement.count, let digit = Int(String(statement[index + 1])), digit >= 1,
          digit <= rule.segments,
          index + 2 >= statement.count || !isNameCharacter(statement[index + 2])
        else { return nil }
        if !pending.isEmpty { output.append(.text(pending)) }
        pending = []
        output.append(.segment(digit - 1))
        index += 2
      case "\\":
        guard let (value, next) = escape(statement[...], at: index), let units = units(value) else { return nil }
        pending += units
        index = next
      case "'":
        guard let (units, next) = quote(statement[...], at: index) else { return nil }
        pending += units
        index = next
      default:
        guard !isSpecial(scalar) else { return nil }
        pending += Array(String(scalar).utf16)
        index += 1
      }
    }
    if !pending.isEmpty { output.append(.text(pending)) }
    rule.output = output
    return rule
  }

  /// Printable ASCII other than letters and digits: syntax to ICU (or an error unquoted).
  private static func isSpecial(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard value >= 0x21, value <= 0x7E else { return false }
    return !((0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value))
  }

  /// `\uXXXX`, `\UXXXXXXXX` or `\c` at `index`: the value and the index after it.
  private static func escape(_ text: ArraySlice<Unicode.Scalar>, at index: Int) -> (UInt32, Int)? {
    guard index + 1 < text.endIndex else { return nil }
    let next = text[index + 1]
    if next == "u" || next == "U" {
      let length = next == "u" ? 4 : 8
      guard index + 1 + length < text.endIndex, let value = hexValue(text[(index + 2)...(index + 1 + length)])
      else { return nil }
      return (value, index + 2 + length)
    }
    // ICU also knows \x{…}, \t, \n …; the files do not use them.
    guard !isNameCharacter(next) else { return nil }
    return (next.value, index + 2)
  }

  /// Quoted text at `index` (`''` is an apostrophe): its units and the index after it.
  private static func quote(_ text: ArraySlice<Unicode.Scalar>, at index: Int) -> ([UInt16], Int)? {
    var end = index + 1
    var units: [UInt16] = []
    if end < text.endIndex, text[end] == "'" { return ([0x27], end + 1) }
    while end < text.endIndex {
      if text[end] == "'" {
        if end + 1 < text.endIndex, text[end + 1] == "'" {
          units.append(0x27)
          end += 2
          continue
        }
        return (units, end + 1)
      }
      units += Array(String(text[end]).utf16)
      end += 1
    }
    return nil
  }

  // MARK: Running the rules

  /// Runs the pass over `text`; false (text unchanged) when it holds surrogates, which this
  /// path leaves to ICU.
  func apply(_ text: inout [UInt16]) -> Bool {
    for unit in text where unit & 0xF800 == 0xD800 { return false }
    var captures = [Int](repeating: 0, count: 20)
    var replacement: [UInt16] = []
    flatRules.withUnsafeBufferPointer { rules in
      steps.withUnsafeBufferPointer { steps in
        output.withUnsafeBufferPointer { output in
          bits.withUnsafeBufferPointer { bits in
            ether.withUnsafeBufferPointer { ether in
              var start = 0
              while start < text.count {
                var matched = false
                let bucket = Int(bucketOf[Int(text[start])])
                for slot in Int(bucketStarts[bucket])..<Int(bucketStarts[bucket + 1]) {
                  let rule = rules[Int(bucketRules[slot])]
                  guard
                    let keyLimit = text.withUnsafeBufferPointer({ units in
                      RulePass.match(rule, units, start, steps, bits, ether, &captures)
                    })
                  else { continue }
                  replacement.removeAll(keepingCapacity: true)
                  for value in output[rule.output] {
                    if value & RulePass.segmentFlag != 0 {
                      let segment = Int(value & 0xFF)
                      replacement += text[captures[2 * segment]..<captures[2 * segment + 1]]
                    } else {
                      replacement.append(UInt16(value))
                    }
                  }
                  text.replaceSubrange(start..<keyLimit, with: replacement)
                  start += replacement.count
                  matched = true
                  break
                }
                if !matched { start += 1 }
              }
            }
          }
        }
      }
    }
    return true
  }

  @inline(__always)
  private static func inSet(
    _ set: Int, _ unit: UInt16, _ bits: UnsafeBufferPointer<UInt64>
  ) -> Bool {
    bits[set &* 1024 &+ Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0
  }

  /// The key's end when `rule` matches at `start` (segment bounds in `captures`).
  @inline(__always)
  private static func match(
    _ rule: FlatRule, _ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ steps: UnsafeBufferPointer<Step>,
    _ bits: UnsafeBufferPointer<UInt64>, _ ether: UnsafeBufferPointer<Bool>, _ captures: inout [Int]
  ) -> Int? {
    // Ante context, backwards from the character before `start`; -1 is before the text.
    var position = start - 1
    var index = rule.ante.upperBound
    while index > rule.ante.lowerBound {
      index -= 1
      let step = steps[index]
      if step.kind == .unit {
        guard position >= 0, text[position] == step.value else { return nil }
        position -= 1
      } else {
        if position == -1 {
          guard ether[Int(step.value)] else { return nil }
        } else {
          guard inSet(Int(step.value), text[position], bits) else { return nil }
          position -= 1
        }
      }
    }
    if rule.anchorStart, position != -1 { return nil }
    // Key, then post context.
    position = start
    var keyLimit = start
    index = rule.key.lowerBound
    while index < rule.post.upperBound {
      if index == rule.post.lowerBound { keyLimit = position }
      let step = steps[index]
      index += 1
      switch step.kind {
      case .unit:
        if position < text.count, text[position] == step.value {
          position += 1
        } else if !step.optional {
          return nil
        }
      case .set:
        if position == text.count {
          if !ether[Int(step.value)], !step.optional { return nil }
        } else if inSet(Int(step.value), text[position], bits) {
          position += 1
        } else if !step.optional {
          return nil
        }
      case .segmentStart: captures[2 * Int(step.value)] = position
      case .segmentEnd: captures[2 * Int(step.value) + 1] = position
      }
    }
    if rule.post.isEmpty { keyLimit = position }
    return keyLimit
  }
}
