// SPDX-License-Identifier: GPL-2.0-or-later
import ArgumentParser
import KhabarArabic
import KhabarPlaces

struct Translit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "translit",
    abstract: "Arabic place names (and other names) in Latin script.",
    discussion: """
      Names come from the arguments, or one per line from standard input (or --file); there is \
      exactly one output line (or JSON object) per input line, always: an empty or non-Arabic \
      line passes through (with a warning in JSON).

      Schemes are ICU transform-rule files in glossaries/transliteration/ (NAME.txt); \
      --list-schemes shows them. press (the default), bgn and ala-lc first look the name up in \
      the gazetteer (glossaries/places/: press spellings, GeoNames names, descriptive forms such \
      as ريف حمص الشرقي); names it does not know are vocalized (lexicon, name components, \
      pattern rules) and written by the scheme's rules. --no-gazetteer uses the rules only. \
      When several places share a name, --country (a constraint) and --governorate (a hint) choose, \
      then population; JSON lists the alternatives.

      --text transliterates the names inside running text: places the gazetteer knows (longest \
      match over words), every other Arabic word by the rules; punctuation, digits and Latin \
      text are kept.

      Examples:
        khabar translit 'دير الزور' 'ريف الرقة الجنوبي الغربي'
        khabar translit --scheme bgn --no-gazetteer 'كفر نبل'
        printf 'الرقة\\nتدمر\\n' | khabar translit --format json
        khabar translit --country IQ 'الرصافة'
        khabar translit --text 'قتل 30 عنصرًا في بادية السخنة شرق حمص.'
        khabar translit --scheme buckwalter --reverse 'dyr Alzwr'
      """)

  @Argument(help: "Names to transliterate; none or '-' reads standard input.")
  var names: [String] = []

  @Option(help: "Read names from this file, one per line.")
  var file: String?

  @Option(help: "Transliteration scheme: press, bgn, ala-lc, buckwalter (a rule file in glossaries/transliteration/).")
  var scheme: String = "press"

  @Flag(help: "Run the scheme backwards (Latin to Arabic), where the scheme allows it (rules only).")
  var reverse = false

  @Flag(name: .customLong("no-gazetteer"), help: "Use the transliteration rules only.")
  var noGazetteer = false

  @Option(help: "Only places of this country (ISO 3166-1 alpha-2, e.g. SY, IQ).")
  var country: String?

  @Option(help: "Prefer places of this governorate (English or Arabic name).")
  var governorate: String?

  @Flag(help: "ASCII output: drop diacritics and the ayn/hamza signs.")
  var ascii = false

  @Flag(name: .customLong("text"), help: "Input lines are running text: transliterate the names inside them.")
  var runningText = false

  @Flag(help: "List the available schemes and exit.")
  var listSchemes = false

  @Option(help: "Output format: text or json (one object per line).")
  var format: OutputFormat = .text

  @OptionGroup var data: DataOptions

  nonisolated(unsafe) static var keptAlive: [AnyObject] = []

  struct PlaceRecord: Encodable {
    var name: String
    var country: String
    var governorate: String?
    var latitude: Double?
    var longitude: Double?
    var population: Int?
    var geonamesID: Int?

    enum CodingKeys: String, CodingKey {
      case name, country, governorate, latitude, longitude, population
      case geonamesID = "geonames_id"
    }

    init(_ place: Place) {
      name = place.name
      country = place.country
      governorate = place.governorate.isEmpty ? nil : place.governorate
      latitude = place.latitude
      longitude = place.longitude
      population = place.population
      geonamesID = place.geonamesID
    }
  }

  struct PieceRecord: Encodable {
    var input: String
    var output: String
    var source: String
    var place: PlaceRecord?
  }

  struct Record: Encodable {
    var line: Int
    var input: String
    var output: String
    var scheme: String
    var source: String
    var place: PlaceRecord?
    var alternatives: [PlaceRecord]
    var names: [PieceRecord]?
    var warning: String?
  }

  /// The options as plain values (read once: a property wrapper's getter is slow).
  var settings: Settings {
    Settings(
      names: names, file: file, scheme: scheme, reverse: reverse, noGazetteer: noGazetteer, country: country,
      governorate: governorate, ascii: ascii, runningText: runningText, listSchemes: listSchemes, format: format,
      dataDir: data.dataDir)
  }

  func validate() throws { try settings.validate() }

  func run() throws { try settings.run() }
}

extension Translit {
  /// What `khabar translit` was asked to do.
  struct Settings {
    var names: [String] = []
    var file: String? = nil
    var scheme = "press"
    var reverse = false
    var noGazetteer = false
    var country: String? = nil
    var governorate: String? = nil
    var ascii = false
    var runningText = false
    var listSchemes = false
    var format: OutputFormat = .text
    var dataDir: String? = nil

    /// The settings of plain arguments (names, and options each given once, as `--name value`,
    /// `--name=value` or a flag), without ArgumentParser and its reflection at start-up; nil for
    /// anything else (help, `--`, unknown or repeated options, values that start with `-`, bad
    /// values), which ArgumentParser then parses with its usual messages.
    static func parsing(_ arguments: [String]) -> Settings? {
      var settings = Settings()
      var seen: Set<String> = []
      var index = 0
      while index < arguments.count {
        let argument = arguments[index]
        index += 1
        guard argument.hasPrefix("-"), argument != "-" else {
          if argument == "help" { return nil }
          settings.names.append(argument)
          continue
        }
        guard argument.hasPrefix("--"), argument.count > 2 else { return nil }
        var name = String(argument.dropFirst(2))
        var value: String? = nil
        if let equals = name.firstIndex(of: "=") {
          value = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
        }
        guard seen.insert(name).inserted else { return nil }
        let flags = ["reverse", "no-gazetteer", "ascii", "text", "list-schemes"]
        if flags.contains(name) {
          guard value == nil else { return nil }
          switch name {
          case "reverse": settings.reverse = true
          case "no-gazetteer": settings.noGazetteer = true
          case "ascii": settings.ascii = true
          case "text": settings.runningText = true
          default: settings.listSchemes = true
          }
          continue
        }
        if value == nil, index < arguments.count {
          value = arguments[index]
          index += 1
        }
        guard let value, !value.hasPrefix("-") else { return nil }
        switch name {
        case "file": settings.file = value
        case "scheme": settings.scheme = value
        case "country": settings.country = value
        case "governorate": settings.governorate = value
        case "data-dir": settings.dataDir = value
        case "format":
          guard let format = OutputFormat(rawValue: value) else { return nil }
          settings.format = format
        default: return nil
        }
      }
      guard (try? settings.validate()) != nil else { return nil }
      return settings
    }

    func validate() throws {
      if file != nil, !names.isEmpty { throw ValidationError("give either names or --file, not both") }
      if let country, country.count != 2 || !country.allSatisfy(\.isLetter) {
        throw ValidationError("--country takes a two-letter ISO code (e.g. SY)")
      }
      if reverse, runningText { throw ValidationError("--reverse and --text cannot be combined") }
      if reverse, NameTransliterator.nameSchemes.contains(scheme) {
        throw ValidationError(
          "the \(scheme) scheme is one-way; --reverse works with reversible schemes such as buckwalter")
      }
    }

    func run() throws {
      let directory = try DataOptions.locate(dataDir)
      let engine = TransliterationEngine(directory: directory)
      if listSchemes {
        for name in engine.schemes { print(name) }
        return
      }
      // Compile the scheme first so that a bad scheme is one error, not one per line (with the
      // gazetteer, name schemes compile on first use: a known name answers without ICU rules).
      var transliterator: Transliterator? = nil
      do {
        if !reverse, !noGazetteer, NameTransliterator.nameSchemes.contains(scheme), engine.schemes.contains(scheme) {
          transliterator = nil
        } else {
          transliterator = try engine.transliterator(scheme, direction: reverse ? .reverse : .forward)
        }
      } catch {
        Diagnostics.error(error)
        if !engine.schemes.contains(scheme) {
          Diagnostics.write("khabar: available schemes: \(engine.schemes.joined(separator: ", "))\n")
        }
        throw ExitCode(1)
      }
      let places: PlaceNames?
      if reverse {
        places = nil
      } else {
        do { places = try PlaceNames(directory: directory, engine: engine, gazetteer: !noGazetteer) } catch {
          Diagnostics.error(error)
          throw ExitCode(1)
        }
      }
      // The tables live until the process exits: freeing them one by one would only cost time.
      if let places { Translit.keptAlive.append(places) }
      var options = PlaceNames.Options()
      options.scheme = scheme
      options.useGazetteer = !noGazetteer
      options.country = country?.uppercased()
      options.governorate = governorate
      options.ascii = ascii
      let segmenter = runningText ? try ArabicSegmenter() : nil

      let out = Output.standardOutput
      let fromStandardInput = names.isEmpty || names == ["-"]
      let input = LineSource(
        files: file.map { [$0] } ?? (fromStandardInput ? ["-"] : []), texts: fromStandardInput ? [] : names)
      var failures = 0
      var answered: [ExactKey: String] = [:]
      answered.reserveCapacity(4096)
      // JSON objects of lines seen, with where their "line":N, member starts and ends.
      var encoded: [ExactKey: (object: String, head: Int, tail: Int)] = [:]
      let ok = try input.forEachLine { file, line in
        // Fast path: names, text output, each distinct line answered once.
        if format == .text, let places, segmenter == nil {
          let key = ExactKey(line.text)
          if let known = answered[key] {
            out.line(known)
            return
          }
          do {
            // Lines are remembered here (`answered`), so PlaceNames need not remember them too.
            let result = try places.transliterate(line.text, options: options, remember: false, withPlace: false)
            let output =
              result.warning == "empty line" || result.warning?.hasPrefix("no Arabic") == true
              ? line.text : result.output
            if answered.count > 200_000 { answered.removeAll(keepingCapacity: true) }
            answered[key] = output
            out.line(output)
          } catch {
            failures += 1
            Diagnostics.error("\(error)", at: SourceLocation(file: file, line: line.number))
            out.line(line.text)
          }
          return
        }
        // JSON for a line already seen: the same object with this line's number.
        let jsonKey = format == .json && places != nil && segmenter == nil ? ExactKey(line.text) : nil
        if let jsonKey, let (object, head, tail) = encoded[jsonKey] {
          out.write(object, bytes: 0..<head)
          out.write("\"line\":\(line.number),")
          out.write(object, bytes: tail..<object.utf8.count)
          out.append(0x0A)
          return
        }
        var record = Record(
          line: line.number, input: line.text, output: line.text, scheme: scheme, source: "rules", place: nil,
          alternatives: [], names: nil, warning: nil)
        do {
          if let places, let segmenter {
            let pieces = try places.transliterateText(line.text, options: options, segmenter: segmenter)
            record.output = pieces.map(\.output).joined()
            let named = pieces.filter { $0.source != nil }
            record.names = named.map {
              PieceRecord(
                input: $0.input, output: $0.output, source: $0.source!.rawValue,
                place: $0.match.map { PlaceRecord($0.place) })
            }
            record.source = named.contains { $0.source == .gazetteer } ? "gazetteer" : "rules"
            if named.isEmpty {
              record.warning = line.text.allSatisfy({ $0 == " " || $0 == "\t" }) ? "empty line" : "no Arabic words"
            }
          } else if let places {
            // A repeated line is answered from `encoded` (above).
            let result = try places.transliterate(line.text, options: options, remember: jsonKey == nil)
            record.output = result.output
            record.source = result.source.rawValue
            record.place = result.match.map { PlaceRecord($0.place) }
            record.alternatives = result.match?.alternatives.map(PlaceRecord.init) ?? []
            record.warning = result.warning
            if result.warning == "empty line" || result.warning?.hasPrefix("no Arabic") == true {
              record.output = line.text
            }
          } else {
            let normalized = ArabicNormalizer.display.normalize(line.text)
            record.output = try transliterator!.transliterate(normalized)
            if normalized.isEmpty { record.warning = "empty line" }
          }
        } catch {
          // One bad line must not cost the others their output: pass it through.
          failures += 1
          Diagnostics.error("\(error)", at: SourceLocation(file: file, line: line.number))
          record.output = line.text
          record.warning = "not transliterated: \(error)"
        }
        switch format {
        case .text: out.line(record.output)
        case .json:
          let (json, written) = record.json()
          out.line(json)
          // Keys are sorted: "line" comes right after "input", whose value is escaped.
          if let jsonKey, let (head, tail) = written ?? Translit.split(json, atLine: line.number) {
            if encoded.count > 100_000 { encoded.removeAll(keepingCapacity: true) }
            encoded[jsonKey] = (json, head, tail)
          }
        }
      }
      out.flush()
      if !ok || failures > 0 { throw ExitCode(1) }
    }
  }
}

extension Translit.Record {
  /// The record as ``JSONLines/encode(_:)`` writes it (keys sorted, non-ASCII as UTF-8), written
  /// directly: JSONEncoder's reflection costs more than the rest of an answer. Records with
  /// control characters or numbers that are not plain decimals go through JSONLines.
  ///
  /// - Returns: the object, and the UTF-8 offsets where its `"line":N,` member starts (after the
  ///   comma before it) and ends (as ``Translit/split(_:atLine:)`` finds them) when the writer
  ///   wrote it.
  func json() -> (String, (Int, Int)?) {
    var writer = JSONWriter()
    writer.open()
    writer.key("alternatives")
    writer.open(array: true)
    for (index, place) in alternatives.enumerated() {
      if index > 0 { writer.comma() }
      writer.place(place)
    }
    writer.close(array: true)
    writer.field("input", input)
    let head = writer.text.utf8.count + 1  // up to the comma before "line"
    writer.field("line", line)
    let tail = writer.text.utf8.count + 1  // after the comma that follows it
    if let names {
      writer.key("names")
      writer.open(array: true)
      for (index, piece) in names.enumerated() {
        if index > 0 { writer.comma() }
        writer.open()
        writer.field("input", piece.input, first: true)
        writer.field("output", piece.output)
        if let place = piece.place {
          writer.key("place")
          writer.place(place)
        }
        writer.field("source", piece.source)
        writer.close()
      }
      writer.close(array: true)
    }
    writer.field("output", output)
    if let place {
      writer.key("place")
      writer.place(place)
    }
    writer.field("scheme", scheme)
    writer.field("source", source)
    if let warning { writer.field("warning", warning) }
    writer.close()
    guard writer.plain else { return (JSONLines.encode(self), nil) }
    return (writer.text, (head, tail))
  }
}

extension JSONWriter {
  /// A place record, its keys in order.
  mutating func place(_ place: Translit.PlaceRecord) {
    open()
    field("country", place.country, first: true)
    if let id = place.geonamesID { field("geonames_id", id) }
    if let governorate = place.governorate { field("governorate", governorate) }
    if let latitude = place.latitude { field("latitude", latitude) }
    if let longitude = place.longitude { field("longitude", longitude) }
    field("name", place.name)
    if let population = place.population { field("population", population) }
    close()
  }
}

extension Translit {
  /// The UTF-8 offsets where the `"line":N,` member of a JSON object starts (after the comma
  /// before it) and ends, found in the bytes (`firstRange(of:)` on a `String` compares
  /// characters, and is slow).
  static func split(_ json: String, atLine number: Int) -> (Int, Int)? {
    let needle = Array(",\"line\":\(number),".utf8)
    let bytes = Array(json.utf8)
    guard bytes.count >= needle.count else { return nil }
    var start = 0
    while start + needle.count <= bytes.count {
      if bytes[start] == needle[0], bytes[start..<(start + needle.count)].elementsEqual(needle) {
        return (start + 1, start + needle.count)
      }
      start += 1
    }
    return nil
  }

}
