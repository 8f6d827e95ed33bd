// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// Reads the formats people already keep terms in: two-column CSV/TSV glossaries (DeepL,
/// Google and spreadsheet exports) and TBX (ISO 30042) termbases.
public enum GlossaryImport {
  /// Limits that keep a hostile file from exhausting memory or time.
  public struct Limits: Sendable {
    public var maximumBytes = 64 << 20
    public var maximumDepth = 64
    public var maximumEntries = 1_000_000
    public init() {}
  }

  /// Options for entries that the source format does not describe.
  public struct Defaults: Sendable {
    public var category: GlossaryCategory = .general
    public var source: String? = nil
    public init(category: GlossaryCategory = .general, source: String? = nil) {
      self.category = category
      self.source = source
    }
  }

  // MARK: CSV and TSV

  /// Reads a delimiter-separated glossary: Arabic in the first column, English in the second.
  /// A header line is recognised (no Arabic letter in its first field) and, when it names Khabar
  /// columns (`arabic`, `english`, `category`, …), those are used.
  ///
  /// - Throws: ``InputError`` at file:line:column for an unterminated quote or a row without
  ///   English.
  public static func delimited(
    _ bytes: [UInt8], path: String, separator: UInt8, defaults: Defaults = Defaults(), limits: Limits = Limits()
  ) throws(InputError) -> [GlossaryEntry] {
    guard bytes.count <= limits.maximumBytes else {
      throw InputError("file is larger than \(limits.maximumBytes) bytes", at: SourceLocation(file: path, line: 1))
    }
    let rows = try splitRecords(bytes, path: path, separator: separator)
    var header: [String: Int]? = nil
    var entries: [GlossaryEntry] = []
    for (index, row) in rows.enumerated() {
      let fields = row.fields
      if fields.allSatisfy({ $0.isEmpty }) { continue }
      if index == 0, !(fields.first ?? "").utf8.contains(where: { $0 == 0xD8 || $0 == 0xD9 }) {
        var names: [String: Int] = [:]
        for (position, name) in fields.enumerated() { names[name.trimmingSpaces().lowercased()] = position }
        header = names["arabic"] != nil && names["english"] != nil ? names : [:]
        continue
      }
      func field(_ name: String, _ fallback: Int?) -> String? {
        let position = header?[name] ?? fallback
        guard let position, position < fields.count else { return nil }
        let value = fields[position].trimmingSpaces()
        return value.isEmpty ? nil : value
      }
      let location = SourceLocation(file: path, line: row.line)
      guard let arabic = field("arabic", 0) else {
        throw InputError("no Arabic term in the first column", at: location)
      }
      guard let english = field("english", 1) else {
        throw InputError(
          "no English for '\(arabic)'", at: SourceLocation(file: path, line: row.line, column: arabic.count + 2))
      }
      let category = field("category", nil).flatMap { GlossaryCategory(rawValue: $0.lowercased()) } ?? defaults.category
      entries.append(
        GlossaryEntry(
          arabic: arabic, english: english, category: category, plural: field("plural", nil),
          feminine: field("feminine", nil),
          arabicPlurals: (field("arabic_plural", nil) ?? "").split(separator: "|").map { $0.trimmingSpaces() },
          partOfSpeech: field("pos", nil), priority: field("priority", nil).flatMap { Int($0) } ?? 0,
          policy: field("policy", nil), note: field("note", nil), source: field("source", nil) ?? defaults.source,
          origin: location))
      if entries.count > limits.maximumEntries {
        throw InputError("more than \(limits.maximumEntries) entries", at: location)
      }
    }
    return entries
  }

  struct Record {
    var line: Int
    var fields: [String]
  }

  /// RFC 4180 records: quoted fields may hold separators, quotes ("") and line breaks.
  static func splitRecords(_ bytes: [UInt8], path: String, separator: UInt8) throws(InputError) -> [Record] {
    var records: [Record] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var line = 1
    var recordLine = 1
    var column = 1
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var quoted = false
    var quoteStart = SourceLocation(file: path, line: 1)
    func finishField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
    }
    while index < bytes.count {
      let byte = bytes[index]
      if quoted {
        if byte == 0x22 {
          if index + 1 < bytes.count, bytes[index + 1] == 0x22 {
            field.append(0x22)
            index += 2
            column += 2
            continue
          }
          quoted = false
        } else {
          field.append(byte)
          if byte == 0x0A {
            line += 1
            column = 0
          }
        }
      } else if byte == 0x22, field.isEmpty {
        quoted = true
        quoteStart = SourceLocation(file: path, line: line, column: column)
      } else if byte == separator {
        finishField()
      } else if byte == 0x0A || byte == 0x0D {
        if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        finishField()
        records.append(Record(line: recordLine, fields: fields))
        fields.removeAll()
        line += 1
        recordLine = line
        column = 0
      } else {
        field.append(byte)
      }
      index += 1
      column += 1
    }
    if quoted { throw InputError("unterminated quoted field", at: quoteStart) }
    if !field.isEmpty || !fields.isEmpty {
      finishField()
      records.append(Record(line: recordLine, fields: fields))
    }
    return records
  }

  // MARK: TBX

  /// Reads a TBX termbase (TBX-Basic/TBX v2 `termEntry`/`langSet`/`tig`, or TBX v3
  /// `conceptEntry`/`langSec`/`termSec`): each concept with an Arabic and an English term becomes
  /// an entry; further Arabic terms marked plural become `arabic_plural`, others become entries
  /// of their own. `subjectField` gives the category when it is one of Khabar's.
  ///
  /// Refuses document type declarations and entity definitions (no external entities, no entity
  /// expansion), and enforces the size, depth and entry limits.
  ///
  /// - Throws: ``InputError`` at file:line:column.
  public static func tbx(
    _ bytes: [UInt8], path: String, defaults: Defaults = Defaults(), limits: Limits = Limits()
  ) throws(InputError) -> [GlossaryEntry] {
    guard bytes.count <= limits.maximumBytes else {
      throw InputError("file is larger than \(limits.maximumBytes) bytes", at: SourceLocation(file: path, line: 1))
    }
    var parser = XMLScanner(bytes: bytes, path: path, maximumDepth: limits.maximumDepth)
    var entries: [GlossaryEntry] = []

    struct Term {
      var text = ""
      var plural = false
      var partOfSpeech: String?
    }
    struct Concept {
      var line = 0
      var category: String?
      var note: String?
      var source: String?
      var priority = 0
      var policy: String?
      var feminine: String?
      var terms: [String: [Term]] = [:]
    }
    var concept: Concept? = nil
    var language: String? = nil
    var term: Term? = nil
    var textTarget: String? = nil  // which element's text we are collecting
    var text = ""
    var descripType: String? = nil

    while let event = try parser.next() {
      switch event {
      case .start(let name, let attributes, let location):
        switch name {
        case "conceptEntry", "termEntry":
          concept = Concept(line: location.line)
        case "langSec", "langSet":
          language = attributes["xml:lang"].map { String($0.prefix(2)).lowercased() }
        case "termSec", "tig", "ntig":
          term = Term()
        case "term", "note":
          textTarget = name
          text = ""
        case "descrip", "termNote", "admin":
          textTarget = name
          descripType = attributes["type"]
          text = ""
        default: break
        }
      case .text(let content):
        if textTarget != nil { text += content }
      case .end(let name):
        switch name {
        case "term":
          term?.text = text.trimmingSpaces()
          textTarget = nil
        case "note":
          if concept != nil, term == nil { concept?.note = text.trimmingSpaces() }
          textTarget = nil
        case "descrip":
          if descripType == "subjectField" { concept?.category = text.trimmingSpaces() }
          textTarget = nil
        case "admin":
          switch descripType {
          case "source": concept?.source = text.trimmingSpaces()
          case "x-priority": concept?.priority = Int(text.trimmingSpaces()) ?? 0
          case "x-policy": concept?.policy = text.trimmingSpaces()
          case "x-feminine": concept?.feminine = text.trimmingSpaces()
          default: break
          }
          textTarget = nil
        case "termNote":
          if descripType == "grammaticalNumber", text.trimmingSpaces() == "plural" { term?.plural = true }
          if descripType == "partOfSpeech" { term?.partOfSpeech = text.trimmingSpaces() }
          textTarget = nil
        case "termSec", "tig", "ntig":
          if let finished = term, let language, !finished.text.isEmpty {
            concept?.terms[language, default: []].append(finished)
          }
          term = nil
        case "conceptEntry", "termEntry":
          if let finished = concept {
            let location = SourceLocation(file: path, line: finished.line)
            let arabic = finished.terms["ar"] ?? []
            let english = finished.terms["en"] ?? []
            let singularArabic = arabic.filter { !$0.plural }
            let pluralArabic = arabic.filter(\.plural).map(\.text)
            if let englishTerm = english.first(where: { !$0.plural }) ?? english.first, !singularArabic.isEmpty {
              let category =
                finished.category.flatMap { GlossaryCategory(rawValue: $0.lowercased()) } ?? defaults.category
              for (position, arabicTerm) in singularArabic.enumerated() {
                entries.append(
                  GlossaryEntry(
                    arabic: arabicTerm.text, english: englishTerm.text, category: category,
                    plural: english.first(where: \.plural)?.text, feminine: finished.feminine,
                    arabicPlurals: position == 0 ? pluralArabic : [], partOfSpeech: arabicTerm.partOfSpeech,
                    priority: finished.priority, policy: finished.policy, note: finished.note,
                    source: finished.source ?? defaults.source, origin: location))
              }
              if entries.count > limits.maximumEntries {
                throw InputError("more than \(limits.maximumEntries) entries", at: location)
              }
            }
          }
          concept = nil
        default: break
        }
      }
    }
    return entries
  }
}

/// A small, strict XML scanner for termbases: elements, attributes, text, comments, CDATA and
/// the predefined and numeric character references. Document type declarations and entity
/// declarations are refused outright.
struct XMLScanner {
  enum Event {
    case start(String, [String: String], SourceLocation)
    case end(String)
    case text(String)
  }

  let bytes: [UInt8]
  let path: String
  let maximumDepth: Int
  var index = 0
  var line = 1
  var lineStart = 0
  var stack: [String] = []
  var pendingEnd: String? = nil

  init(bytes: [UInt8], path: String, maximumDepth: Int) {
    self.bytes = bytes
    self.path = path
    self.maximumDepth = maximumDepth
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
  }

  var location: SourceLocation { SourceLocation(file: path, line: line, column: index - lineStart + 1) }

  func error(_ message: String, at location: SourceLocation? = nil) -> InputError {
    InputError(message, at: location ?? self.location)
  }

  mutating func advance(_ count: Int = 1) {
    for _ in 0..<count where index < bytes.count {
      if bytes[index] == 0x0A {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
  }

  func starts(with text: String) -> Bool {
    bytes[index...].starts(with: text.utf8)
  }

  mutating func skip(until terminator: String, what: String) throws(InputError) {
    let start = location
    while index < bytes.count, !starts(with: terminator) { advance() }
    guard index < bytes.count else { throw error("unterminated \(what)", at: start) }
    advance(terminator.utf8.count)
  }

  mutating func next() throws(InputError) -> Event? {
    if let name = pendingEnd {
      pendingEnd = nil
      return .end(name)
    }
    while index < bytes.count {
      if bytes[index] != UInt8(ascii: "<") {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { advance() }
        let raw = Array(bytes[start..<index])
        if stack.isEmpty {
          if raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { continue }
          throw error("text outside the root element")
        }
        return .text(try decodeReferences(raw))
      }
      if starts(with: "<!--") {
        try skip(until: "-->", what: "comment")
        continue
      }
      if starts(with: "<![CDATA[") {
        advance(9)
        let start = index
        try skip(until: "]]>", what: "CDATA section")
        return .text(String(decoding: bytes[start..<(index - 3)], as: UTF8.self))
      }
      if starts(with: "<!DOCTYPE") || starts(with: "<!ENTITY") || starts(with: "<!") {
        throw error("document type declarations and entities are not allowed in a termbase (refused for safety)")
      }
      if starts(with: "<?") {
        try skip(until: "?>", what: "processing instruction")
        continue
      }
      if starts(with: "</") {
        advance(2)
        let name = readName()
        skipSpaces()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { throw error("expected '>'") }
        advance()
        guard let open = stack.popLast(), open == name else {
          throw error("closing tag </\(name)> does not match <\(stack.last ?? "")>")
        }
        return .end(name)
      }
      // A start tag.
      let tagLocation = location
      advance()
      let name = readName()
      guard !name.isEmpty else { throw error("expected an element name") }
      var attributes: [String: String] = [:]
      while true {
        skipSpaces()
        guard index < bytes.count else { throw error("unterminated start tag <\(name)>", at: tagLocation) }
        if bytes[index] == UInt8(ascii: ">") {
          advance()
          stack.append(name)
          guard stack.count <= maximumDepth else { throw error("elements nested deeper than \(maximumDepth)") }
          return .start(name, attributes, tagLocation)
        }
        if starts(with: "/>") {
          advance(2)
          pendingEnd = name
          return .start(name, attributes, tagLocation)
        }
        let attribute = readName()
        guard !attribute.isEmpty else { throw error("malformed attribute in <\(name)>") }
        skipSpaces()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
          throw error("expected '=' after \(attribute)")
        }
        advance()
        skipSpaces()
        guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 else {
          throw error("attribute value must be quoted")
        }
        let quote = bytes[index]
        advance()
        let start = index
        while index < bytes.count, bytes[index] != quote { advance() }
        guard index < bytes.count else { throw error("unterminated attribute value", at: tagLocation) }
        attributes[attribute] = try decodeReferences(Array(bytes[start..<index]))
        advance()
      }
    }
    if let open = stack.last { throw error("element <\(open)> is not closed") }
    return nil
  }

  mutating func readName() -> String {
    let start = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
      {
        break
      }
      advance()
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  mutating func skipSpaces() {
    while index < bytes.count,
      bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D
    {
      advance()
    }
  }

  /// Text with the five predefined entities and numeric character references decoded; any
  /// other entity reference is an error (nothing is ever expanded from a definition).
  func decodeReferences(_ raw: [UInt8]) throws(InputError) -> String {
    guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
    var result = ""
    var position = 0
    var plain: [UInt8] = []
    while position < raw.count {
      guard raw[position] == UInt8(ascii: "&") else {
        plain.append(raw[position])
        position += 1
        continue
      }
      guard let semicolon = raw[position...].firstIndex(of: UInt8(ascii: ";")), semicolon - position <= 12 else {
        throw error("malformed character reference")
      }
      result += String(decoding: plain, as: UTF8.self)
      plain.removeAll()
      let name = String(decoding: raw[(position + 1)..<semicolon], as: UTF8.self)
      switch name {
      case "lt": result += "<"
      case "gt": result += ">"
      case "amp": result += "&"
      case "quot": result += "\""
      case "apos": result += "'"
      default:
        var value: UInt32? = nil
        if name.hasPrefix("#x") {
          value = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
          value = UInt32(name.dropFirst())
        }
        guard let value, let scalar = Unicode.Scalar(value) else {
          throw error("undefined entity '&\(name);' (only the predefined XML entities are allowed)")
        }
        result.unicodeScalars.append(scalar)
      }
      position = semicolon + 1
    }
    return result + String(decoding: plain, as: UTF8.self)
  }
}
