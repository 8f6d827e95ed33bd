// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import Synchronization

/// A place of the gazetteer.
public struct Place: Hashable, Sendable {
  /// Where the record comes from: a GeoNames row (possibly with a press spelling), or a press row
  /// that matches no GeoNames row (regions, districts, camps, crossings).
  public enum Origin: String, Hashable, Sendable, Codable {
    case geonames, press
  }

  /// English press spelling (`press.tsv`), when the editors curated one.
  public var pressName: String?
  /// GeoNames primary name (BGN/PCGN style for most Arab countries), when the place is in GeoNames.
  public var standardName: String?
  /// ASCII form of the GeoNames primary name.
  public var asciiName: String?
  /// Other Latin-script names recorded by GeoNames, `|`-separated as in `geonames.tsv`.
  public var latinField: String
  /// Other Latin-script names recorded by GeoNames.
  public var latinNames: [String] { latinField.utf8.split(separator: 0x7C).map { String(Substring($0)) } }
  /// Arabic spellings (GeoNames alternate names and press spellings).
  public var arabicNames: [String]
  /// ISO 3166-1 alpha-2.
  public var country: String
  /// GeoNames admin1 code (empty when unknown).
  public var admin1: String
  /// English name of the first-level division (governorate, province) from `admin1.tsv`.
  public var governorate: String
  public var latitude: Double?
  public var longitude: Double?
  public var population: Int?
  public var geonamesID: Int?
  public var origin: Origin
  /// Line of the record in its file (for messages and stable ordering).
  public var line: Int

  /// The name to print: the press spelling, else the GeoNames name.
  public var name: String { pressName ?? standardName ?? "" }

  /// The name the press scheme gives the place (see ``Spellings/pressSchemeName``).
  public var pressSchemeName: String? { spellings.pressSchemeName }

  /// The place's English spellings.
  public var spellings: Spellings {
    Spellings(pressName: pressName, standardName: standardName, asciiName: asciiName)
  }

  /// The English spellings of a place: all a name-only answer needs of it (the gazetteer reads
  /// them from a place's rows without making the place).
  public struct Spellings: Hashable, Sendable {
    public var pressName: String?
    public var standardName: String?
    public var asciiName: String?

    /// The name the press scheme gives the place: its press spelling, else the GeoNames name
    /// without diacritics (not its ASCII form, which writes ayn as a backtick).
    public var pressSchemeName: String? {
      pressName ?? standardName.map(NameTransliterator.asciiForm) ?? asciiName
    }
  }
}

extension Place {
  /// The distance in kilometres from a point to the place, when the place has coordinates.
  ///
  /// Equirectangular: within a few per cent of the great circle at the few hundred kilometres it
  /// is used for (homonyms far apart); the cosine of the mean latitude by its series, so that the
  /// library needs no libm.
  /// - Complexity: O(1).
  public func kilometres(fromLatitude latitude: Double, longitude: Double) -> Double? {
    guard let ownLatitude = self.latitude, let ownLongitude = self.longitude else { return nil }
    let radians = Double.pi / 180
    let mean = (latitude + ownLatitude) / 2 * radians
    let m2 = mean * mean
    let cosine = 1 - m2 / 2 + m2 * m2 / 24 - m2 * m2 * m2 / 720 + m2 * m2 * m2 * m2 / 40320
    let dy = (ownLatitude - latitude) * radians
    let dx = (ownLongitude - longitude) * radians * cosine
    return 6371 * (dx * dx + dy * dy).squareRoot()
  }
}

/// A gazetteer answer: the chosen place and the other places with the same Arabic name.
public struct PlaceMatch: Sendable {
  public var place: Place
  public var alternatives: [Place]
  /// Whether the match needed the article-less key (الرقة looked up as رقة, or the reverse).
  public var viaArticleLessKey: Bool
}

/// The gazetteer: GeoNames places with Arabic names (`places/geonames.tsv`), first-level divisions
/// (`places/admin1.tsv`) and the editors' press spellings (`places/press.tsv`), indexed by the
/// matching form of every Arabic name (``ArabicNormalizer/matching``) and by its article-less form.
///
/// Press rows override GeoNames names: a press row with a `geonames_id` gives that GeoNames record
/// its press spelling; one without becomes a record of its own. When several places share an
/// Arabic name, ``lookup(_:country:governorate:)`` keeps those of the requested country, then
/// prefers the governorate hint, then places with a press spelling, then population.
///
/// Loading reads the files as bytes and indexes the names only: a ``Place`` is made from its row
/// when a look-up finds it (a process that answers a few names reads a few rows), and ``places``
/// makes them all on first use.
///
/// Immutable after loading; safe to share between threads.
public final class Gazetteer: Sendable {
  /// Every place, in file order (GeoNames rows, then press rows of places GeoNames lacks); made on
  /// first use.
  ///
  /// - Complexity: O(*n*) in the size of the files, once.
  public var places: [Place] {
    allPlaces.withLock { slot in
      if let ready = slot { return ready }
      let built = (0..<count).map { makePlace(at: Int32($0)) }
      slot = built
      return built
    }
  }
  private let allPlaces = Mutex<[Place]?>(nil)
  /// The places look-ups have made, by position (a place has several names); empty until the
  /// first is made.
  private let made = Mutex<[Place?]>([])
  /// The rows places are made from (nil: the empty gazetteer).
  private let source: Source?
  /// Matching key (UTF-8) → places.
  private let index: KeyIndex
  /// Article-less key → places whose key has an article; built on first need.
  private let articleLessStorage = Mutex<KeyIndex?>(nil)
  /// The governorates of `admin1.tsv`; read on first need.
  private let governorateStorage = Mutex<Governorates?>(nil)
  /// The longest key, in words (for longest-match search in running text).
  public let longestKeyWords: Int

  /// The number of places.
  var count: Int { source.map { $0.geonames.count + $0.pressOnly.count } ?? 0 }

  /// The loaded files, and what the press rows add to GeoNames rows (a class: shared, not copied,
  /// by every look-up).
  private final class Source: Sendable {
    let admin: ByteTable
    let geonames: ByteTable
    /// The columns of `geonames` a place is made from.
    let columns: GeoNamesColumns
    /// Press spelling and further Arabic names of GeoNames rows that press rows name.
    let additions: [Int32: (pressName: String, arabic: [String])]
    /// Places of press rows that match no GeoNames row, after the GeoNames places.
    let pressOnly: [PressPlace]

    init(
      admin: ByteTable, geonames: ByteTable, additions: [Int32: (pressName: String, arabic: [String])],
      pressOnly: [PressPlace]
    ) {
      self.admin = admin
      self.geonames = geonames
      columns = GeoNamesColumns(geonames.columns)
      self.additions = additions
      self.pressOnly = pressOnly
    }
  }

  private struct GeoNamesColumns: Sendable {
    var id, arabic, name, ascii, latin, country, admin1, admin1Name, latitude, longitude, population: Int?
    init(_ columns: [String: Int]) {
      (id, arabic, name, ascii, latin, country) = (
        columns["id"], columns["arabic"], columns["name"], columns["ascii"], columns["latin"], columns["country"]
      )
      (admin1, admin1Name, latitude, longitude, population) = (
        columns["admin1"], columns["admin1_name"], columns["latitude"], columns["longitude"], columns["population"]
      )
    }
  }

  private struct PressPlace: Sendable {
    var english: String
    var arabic: [String]
    var country: String
    var governorate: String
    var line: Int
  }

  /// `admin1.tsv` by code and by name.
  private struct Governorates: Sendable {
    /// "SY.04" → Raqqa.
    var names: [String: String] = [:]
    /// Matching keys of governorate names (English lowercased and Arabic) → "country.admin1" codes.
    var codes: [String: [String]] = [:]
  }

  /// An empty gazetteer (rules only).
  public init() {
    source = nil
    index = KeyIndex(capacity: 0)
    articleLessStorage.withLock { $0 = KeyIndex(capacity: 0) }
    longestKeyWords = 1
  }

  /// Loads the three files of `directory/places/`.
  ///
  /// The files are read as bytes (``ByteTable``) and checked; only the Arabic names are read at
  /// once, into the index (normalized from bytes to bytes); the article-less index is built on
  /// the first look-up that needs it, and a place when it is found.
  ///
  /// - Throws: ``InputError`` with the file, line and column of the first bad row.
  /// - Complexity: O(*n*) in the size of the files.
  public init(directory: DataDirectory) throws(InputError) {
    let admin = try ByteTable(
      path: directory.file("places/admin1.tsv"), required: ["country", "admin1", "english", "arabic"])
    let geonames = try ByteTable(
      path: directory.file("places/geonames.tsv"),
      required: ["id", "arabic", "name", "ascii", "latin", "country", "admin1", "latitude", "longitude", "population"])
    var index = KeyIndex(capacity: geonames.count * 3 + 1024)
    var key: [UInt8] = []
    var longest = 1
    func add(_ name: UnsafeBufferPointer<UInt8>, _ position: Int32) {
      Gazetteer.keyBytes(utf8: name, into: &key)
      guard !key.isEmpty else { return }
      key.withUnsafeBufferPointer { index.add($0, position: position) }
      longest = max(longest, key.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
    }
    var byID: [Int: Int32] = [:]
    byID.reserveCapacity(geonames.count)
    do {
      let (idColumn, arabic) = (geonames.columns["id"], geonames.columns["arabic"])
      for row in 0..<geonames.count {
        guard let id = ByteTable.integer(geonames.bytes(row, idColumn)) else {
          throw InputError("GeoNames id is not a number", at: geonames.location(row, column: idColumn))
        }
        byID[id] = Int32(row)
        for name in geonames.bytes(row, arabic).split(separator: 0x7C) {
          add(UnsafeBufferPointer(rebasing: name), Int32(row))
        }
      }
    }

    let press = try ByteTable(
      path: directory.file("places/press.tsv"),
      required: ["arabic", "english", "country", "admin1_name", "geonames_id"])
    var additions: [Int32: (pressName: String, arabic: [String])] = [:]
    var pressOnly: [PressPlace] = []
    var pressOnlyKeys: [String: Int] = [:]  // "country|english" -> press place
    do {
      let (arabicColumn, englishColumn, countryColumn, adminColumn, idColumn) = (
        press.columns["arabic"], press.columns["english"], press.columns["country"], press.columns["admin1_name"],
        press.columns["geonames_id"]
      )
      for row in 0..<press.count {
        let arabicBytes = press.bytes(row, arabicColumn)
        let arabic = String(decoding: arabicBytes, as: UTF8.self)
        let english = press.string(row, englishColumn)
        guard !arabic.isEmpty, !english.isEmpty else {
          throw InputError("empty Arabic or English name", at: press.location(row, column: arabicColumn))
        }
        let idField = press.bytes(row, idColumn)
        if !idField.isEmpty {
          guard let id = ByteTable.integer(idField) else {
            throw InputError("geonames_id is not a number", at: press.location(row, column: idColumn))
          }
          if let position = byID[id] {
            // The first press row of a GeoNames place gives its spelling; all add their Arabic.
            additions[position, default: (english, [])].arabic.append(arabic)
            add(arabicBytes, position)
            continue
          }
        }
        let country = press.string(row, countryColumn)
        // Spelling variants of a press-only place (same English, same country) share one record.
        let sameKey = country + "|" + english
        if let known = pressOnlyKeys[sameKey] {
          pressOnly[known].arabic.append(arabic)
          add(arabicBytes, Int32(geonames.count + known))
          continue
        }
        pressOnlyKeys[sameKey] = pressOnly.count
        add(arabicBytes, Int32(geonames.count + pressOnly.count))
        pressOnly.append(
          PressPlace(
            english: english, arabic: [arabic], country: country, governorate: press.string(row, adminColumn),
            line: press.line(row)))
      }
    }
    index.finish()
    source = Source(admin: admin, geonames: geonames, additions: additions, pressOnly: pressOnly)
    self.index = index
    self.longestKeyWords = longest
  }

  /// The governorates of `admin1.tsv`, read on first use.
  private var governorates: Governorates {
    governorateStorage.withLock { slot in
      if let ready = slot { return ready }
      var built = Governorates()
      if let admin = source?.admin {
        let (country, code, english, arabic) = (
          admin.columns["country"], admin.columns["admin1"], admin.columns["english"], admin.columns["arabic"]
        )
        for row in 0..<admin.count {
          let key = admin.string(row, country) + "." + admin.string(row, code)
          let englishName = admin.string(row, english)
          built.names[key] = englishName
          for name in [englishName, admin.string(row, arabic)] where !name.isEmpty {
            built.codes[Gazetteer.key(name), default: []].append(key)
          }
        }
      }
      slot = built
      return built
    }
  }

  /// The place at `position` (see ``places``), made from its rows on first use.
  func place(at position: Int32) -> Place {
    if let made = made.withLock({ $0.isEmpty ? nil : $0[Int(position)] }) { return made }
    let place = makePlace(at: position)
    made.withLock { made in
      if made.isEmpty { made = Array(repeating: nil, count: count) }
      made[Int(position)] = place
    }
    return place
  }

  /// The place at `position`, made from its rows.
  ///
  /// - Complexity: O(*r*) in the length of its rows.
  private func makePlace(at position: Int32) -> Place {
    let source = source!
    let geonames = source.geonames
    guard case .geonames(let row) = record(at: position) else {
      let press = pressPlace(at: position)
      return Place(
        pressName: press.english, standardName: nil, asciiName: nil, latinField: "", arabicNames: press.arabic,
        country: press.country, admin1: pressAdmin1(press), governorate: press.governorate, latitude: nil,
        longitude: nil, population: nil, geonamesID: nil,
        origin: .press, line: press.line)
    }
    let column = source.columns
    func number(_ column: Int?) -> Double? {
      let bytes = geonames.bytes(row, column)
      if bytes.isEmpty { return nil }
      return ByteTable.decimal(bytes) ?? Double(String(decoding: bytes, as: UTF8.self))
    }
    let country = geonames.string(row, column.country)
    let admin1 = geonames.string(row, column.admin1)
    var place = Place(
      pressName: nil, standardName: geonames.string(row, column.name),
      asciiName: geonames.string(row, column.ascii), latinField: geonames.string(row, column.latin),
      arabicNames: geonames.bytes(row, column.arabic).split(separator: 0x7C).map {
        String(decoding: $0, as: UTF8.self)
      },
      country: country, admin1: admin1,
      governorate: geonamesGovernorate(row),
      latitude: number(column.latitude), longitude: number(column.longitude),
      population: ByteTable.integer(geonames.bytes(row, column.population)),
      geonamesID: ByteTable.integer(geonames.bytes(row, column.id)), origin: .geonames, line: geonames.line(row))
    if let added = source.additions[position] {
      place.pressName = added.pressName
      place.arabicNames += added.arabic
    }
    return place
  }

  /// The admin1 code of a press-only place, from its governorate's name.
  private func pressAdmin1(_ press: PressPlace) -> String {
    let code = governorates.codes[Gazetteer.key(press.governorate)]?.first { $0.hasPrefix(press.country + ".") }
    return code.map { String($0.dropFirst(press.country.count + 1)) } ?? ""
  }

  /// The governorate of a GeoNames row: its admin1_name column, else the name `admin1.tsv` gives
  /// its code.
  private func geonamesGovernorate(_ row: Int) -> String {
    let source = source!
    let (geonames, column) = (source.geonames, source.columns)
    let governorate = geonames.string(row, column.admin1Name)
    guard governorate.isEmpty else { return governorate }
    return governorates.names[geonames.string(row, column.country) + "." + geonames.string(row, column.admin1)] ?? ""
  }

  /// The places whose key without the article (see ``articleLess(bytes:)``) is `bare`, when that
  /// differs from their key (الرقة for رقة).
  ///
  /// The first look-ups try the spellings with the article (each word of two letters or more with
  /// or without ال: at most 2^*w* keys of the index for *w* words) instead of building the
  /// article-less index, which costs more than a few hundred of them: a process that answers a
  /// few unknown names never builds it. `enumerating` true or false forces either way (tests).
  func articleLessPositions(of bare: [UInt8], enumerating: Bool? = nil) -> [Int32] {
    if enumerating != true, let built = articleLessStorage.withLock({ $0 }) { return built.positions(of: bare) }
    let words = bare.split(separator: 0x20, omittingEmptySubsequences: false)
    guard
      enumerating == true
        || (enumerating == nil && words.count <= 6 && articleLessQueries.add(1, ordering: .relaxed).newValue <= 256)
    else {
      return articleLessIndex.positions(of: bare)
    }
    // Words that can carry an article that articleLess(bytes:) removes (four letters with it).
    var open = 0
    for (number, word) in words.enumerated() where word.reduce(0, { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }) >= 2 {
      open |= 1 << number
    }
    var positions: [Int32] = []
    var spelling: [UInt8] = []
    for mask in 1..<(1 << words.count) where mask & ~open == 0 {
      spelling.removeAll(keepingCapacity: true)
      for (number, word) in words.enumerated() {
        if number > 0 { spelling.append(0x20) }
        if mask & (1 << number) != 0 { spelling += [0xD8, 0xA7, 0xD9, 0x84] }
        spelling += word
      }
      let found = index.positions(of: spelling)
      if !found.isEmpty, Gazetteer.articleLess(bytes: spelling) == bare { positions += found }
    }
    return positions
  }

  /// Article-less look-ups answered without ``articleLessIndex`` (see ``articleLessPositions(of:)``).
  private let articleLessQueries = Atomic<Int>(0)

  /// Article-less key → places, built from the index on first need.
  private var articleLessIndex: KeyIndex {
    articleLessStorage.withLock { slot in
      if let ready = slot { return ready }
      var built = KeyIndex(capacity: index.count)
      for key in 0..<index.count {
        // Only a key with ال at the start of a word changes.
        guard index.withKey(key, { Gazetteer.mayHaveArticle($0) }) else { continue }
        let bare = index.withKey(key) { Gazetteer.articleLess(bytes: Array($0)) }
        guard !index.withKey(key, { $0.elementsEqual(bare) }) else { continue }
        bare.withUnsafeBufferPointer { bare in
          for position in index.positions(ofKey: key) { built.add(bare, position: position) }
        }
      }
      built.finish()
      slot = built
      return built
    }
  }

  /// The lookup key of an Arabic name: matching form, words separated by single spaces.
  public static func key(_ name: some StringProtocol) -> String {
    String(decoding: keyBytes(name), as: UTF8.self)
  }

  /// ``key(_:)`` of UTF-8 bytes, into `key` (its old contents dropped).
  static func keyBytes(utf8 name: UnsafeBufferPointer<UInt8>, into key: inout [UInt8]) {
    key.removeAll(keepingCapacity: true)
    let fast = ArabicNormalizer.matching.normalize(utf8: name)
    let normalized = fast ?? Array(ArabicNormalizer.matching.normalize(String(decoding: name, as: UTF8.self)).utf8)
    collapsingSpaces(normalized, into: &key)
  }

  /// ``key(_:)`` as UTF-8 bytes.
  static func keyBytes(_ name: some StringProtocol) -> [UInt8] {
    var text = String(name)
    let fast = text.withUTF8 { utf8 -> [UInt8]? in
      guard let matching = ArabicNormalizer.matching.normalize(utf8: utf8) else { return nil }
      return collapsingSpaces(matching)
    }
    if let fast { return fast }
    return collapsingSpaces(Array(ArabicNormalizer.matching.normalize(text).utf8))
  }

  /// Words separated by single spaces (spaces, tabs and no-break spaces), none at the ends.
  private static func collapsingSpaces(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    collapsingSpaces(bytes, into: &out)
    return out
  }

  /// ``collapsingSpaces(_:)`` appended to `out`.
  private static func collapsingSpaces(_ bytes: [UInt8], into out: inout [UInt8]) {
    out.reserveCapacity(out.count + bytes.count)
    var pendingSpace = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x09 || (byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0) {
        pendingSpace = !out.isEmpty
        index += byte == 0xC2 ? 2 : 1
        continue
      }
      if pendingSpace {
        out.append(0x20)
        pendingSpace = false
      }
      out.append(byte)
      index += 1
    }
  }

  /// The key without the article on its words (الرقة → رقة, دير الزور → دير زور).
  public static func articleLess(_ key: String) -> String {
    String(decoding: articleLess(bytes: Array(key.utf8)), as: UTF8.self)
  }

  /// Whether ال (UTF-8 D8 A7 D9 84) starts a word of `key`: otherwise ``articleLess(bytes:)``
  /// leaves it as it is.
  static func mayHaveArticle(_ key: ArraySlice<UInt8>) -> Bool {
    var index = key.startIndex
    while index + 3 < key.endIndex {
      if key[index] == 0xD8, key[index + 1] == 0xA7, key[index + 2] == 0xD9, key[index + 3] == 0x84,
        index == key.startIndex || key[index - 1] == 0x20
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// ``articleLess(_:)`` on UTF-8: ال dropped at the start of a word of four letters or more.
  static func articleLess(bytes key: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(key.count)
    var index = 0
    while index < key.count {
      var end = index
      var letters = 0
      while end < key.count, key[end] != 0x20 {
        if key[end] & 0xC0 != 0x80 { letters += 1 }
        end += 1
      }
      var start = index
      if letters >= 4, end - index >= 4, key[index] == 0xD8, key[index + 1] == 0xA7, key[index + 2] == 0xD9,
        key[index + 3] == 0x84
      {
        start += 4
      }
      if !out.isEmpty { out.append(0x20) }
      out.append(contentsOf: key[start..<end])
      index = end + 1
    }
    return out
  }

  /// Calls `body` with the matching key (see ``key(_:)``, UTF-8) of every Arabic name of every
  /// place, once each, without making any place.
  ///
  /// - Complexity: O(*n*) in the size of the keys.
  public func forEachKey(_ body: (ArraySlice<UInt8>) -> Void) { index.forEachKey(body) }

  /// Whether `key` (see ``key(_:)``) names a place.
  public func contains(key: String) -> Bool {
    let name = Array(key.utf8)
    if index.contains(name) { return true }
    let bare = Gazetteer.articleLess(bytes: name)
    return !articleLessPositions(of: name).isEmpty || index.contains(bare) || !articleLessPositions(of: bare).isEmpty
  }

  /// The place called `name` (any Arabic spelling), or nil.
  ///
  /// - Parameters:
  ///   - country: ISO code of the country the place must be in.
  ///   - governorate: English or Arabic name of a first-level division to prefer.
  /// - Complexity: O(*k* log *k*) for *k* places with the same name.
  public func lookup(_ name: some StringProtocol, country: String? = nil, governorate: String? = nil) -> PlaceMatch? {
    lookup(key: Gazetteer.key(name), country: country, governorate: governorate)
  }

  /// ``lookup(_:country:governorate:)`` for a key already in matching form.
  public func lookup(key: String, country: String? = nil, governorate: String? = nil) -> PlaceMatch? {
    guard let (ranked, viaArticleLess) = rankedPositions(key: key, country: country, governorate: governorate)
    else { return nil }
    let found = ranked.map(place(at:))
    return PlaceMatch(place: found[0], alternatives: Array(found.dropFirst()), viaArticleLessKey: viaArticleLess)
  }

  /// The spellings of the place ``lookup(key:country:governorate:)`` would choose, read from its
  /// rows without making any place: what a name-only answer needs.
  ///
  /// - Returns: nil when no place has the name (or none of the requested country).
  public func spellings(key: String, country: String? = nil, governorate: String? = nil)
    -> (spellings: Place.Spellings, viaArticleLessKey: Bool)?
  {
    guard let (ranked, viaArticleLess) = rankedPositions(key: key, country: country, governorate: governorate)
    else { return nil }
    return (spellings(at: ranked[0]), viaArticleLess)
  }

  /// The positions of the places called `key`, best first (see ``lookup(_:country:governorate:)``),
  /// ranked on fields read from their rows.
  ///
  /// - Complexity: O(*k* log *k*) for *k* places with the same name.
  private func rankedPositions(key: String, country: String?, governorate: String?) -> ([Int32], Bool)? {
    let name = Array(key.utf8)
    var candidates = index.positions(of: name)
    var viaArticleLess = false
    if candidates.isEmpty {
      let bare = Gazetteer.articleLess(bytes: name)
      candidates =
        articleLessPositions(of: name)
        + (bare != name ? index.positions(of: bare) + articleLessPositions(of: bare) : [])
      viaArticleLess = true
    }
    guard !candidates.isEmpty else { return nil }
    let wantedCountry = country?.uppercased()
    if candidates.count == 1 {
      // One place (most names): nothing to rank.
      if let wantedCountry, self.country(at: candidates[0]) != wantedCountry { return nil }
      return (candidates, viaArticleLess)
    }
    var seen = Set<Int32>()
    candidates = candidates.filter { seen.insert($0).inserted }
    // A requested country is a constraint: a place of another country is not an answer (it is
    // still listed among the alternatives).
    if let wantedCountry, !candidates.contains(where: { self.country(at: $0) == wantedCountry }) { return nil }
    let wantedAdmin = governorate.flatMap { governorates.codes[Gazetteer.key($0)] }
    let wantedKey = governorate.map { Gazetteer.key($0) }
    func rank(_ position: Int32) -> (Int, Int, Int, Int, Int, Int) {
      let fields = rankingFields(at: position, governorate: wantedAdmin != nil)
      let countryRank = wantedCountry == nil || fields.country == wantedCountry ? 0 : 1
      let adminRank =
        wantedAdmin == nil || wantedAdmin!.contains("\(fields.country).\(fields.admin1)")
          || (!fields.governorate.isEmpty && wantedKey == Gazetteer.key(fields.governorate))
        ? 0 : 1
      return (
        countryRank, adminRank, fields.hasPressName ? 0 : 1, -fields.population, fields.isGeoNames ? 0 : 1,
        fields.line
      )
    }
    let ranks = Dictionary(uniqueKeysWithValues: candidates.map { ($0, rank($0)) })
    return (candidates.sorted { ranks[$0]! < ranks[$1]! }, viaArticleLess)
  }

  /// What ranking reads of a place (see ``rankedPositions(key:country:governorate:)``).
  private struct RankingFields {
    var country: String
    /// Admin1 code and governorate name: empty unless asked for.
    var admin1: String
    var governorate: String
    var hasPressName: Bool
    var population: Int
    var isGeoNames: Bool
    var line: Int
  }

  /// The ranking fields of the place at `position`, from its rows; its admin1 code and governorate
  /// only when `governorate` is true (a press-only place's code needs `admin1.tsv`).
  private func rankingFields(at position: Int32, governorate: Bool) -> RankingFields {
    let source = source!
    let geonames = source.geonames
    guard case .geonames(let row) = record(at: position) else {
      let press = pressPlace(at: position)
      return RankingFields(
        country: press.country, admin1: governorate ? pressAdmin1(press) : "",
        governorate: governorate ? press.governorate : "", hasPressName: true, population: 0, isGeoNames: false,
        line: press.line)
    }
    let column = source.columns
    return RankingFields(
      country: geonames.string(row, column.country), admin1: governorate ? geonames.string(row, column.admin1) : "",
      governorate: governorate ? geonamesGovernorate(row) : "", hasPressName: source.additions[position] != nil,
      population: ByteTable.integer(geonames.bytes(row, column.population)) ?? 0, isGeoNames: true,
      line: geonames.line(row))
  }

  /// The country (ISO code) of the place at `position`, from its row.
  private func country(at position: Int32) -> String {
    guard case .geonames(let row) = record(at: position) else { return pressPlace(at: position).country }
    return source!.geonames.string(row, source!.columns.country)
  }

  /// The spellings of the place at `position`, from its rows (the place is not made).
  func spellings(at position: Int32) -> Place.Spellings {
    let source = source!
    guard case .geonames(let row) = record(at: position) else {
      return Place.Spellings(pressName: pressPlace(at: position).english, standardName: nil, asciiName: nil)
    }
    return Place.Spellings(
      pressName: source.additions[position]?.pressName, standardName: source.geonames.string(row, source.columns.name),
      asciiName: source.geonames.string(row, source.columns.ascii))
  }

  /// What a place position stands for: a row of `geonames.tsv`, or (after them) a press row that
  /// matches no GeoNames row.
  private enum Record {
    case geonames(row: Int)
    case press
  }

  /// ``Record`` of `position`.
  @inline(__always)
  private func record(at position: Int32) -> Record {
    Int(position) < source!.geonames.count ? .geonames(row: Int(position)) : .press
  }

  /// The press-only place at `position` (a ``Record/press`` position).
  private func pressPlace(at position: Int32) -> PressPlace {
    source!.pressOnly[Int(position) - source!.geonames.count]
  }
}

/// UTF-8 keys → ascending place positions, in flat arrays (no allocation per key): the keys one
/// after the other, and an open-addressing hash table of their numbers.
struct KeyIndex: Sendable {
  /// The keys' bytes; key `k` is `bytes[starts[k]..<starts[k + 1]]`.
  private var bytes: [UInt8] = []
  private var starts: [Int32] = [0]
  private var hashes: [UInt32] = []
  /// The first position of each key, and the others of keys that several places share.
  private var first: [Int32] = []
  private var more: [Int32: [Int32]] = [:]
  /// Key number + 1 (0: empty); the count is a power of two, at least twice the number of keys.
  private var slots: [Int32]

  /// An empty index with room for about `capacity` keys.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
    bytes.reserveCapacity(capacity * 16)
    starts.reserveCapacity(capacity + 1)
    hashes.reserveCapacity(capacity)
    first.reserveCapacity(capacity)
  }

  /// The number of keys.
  var count: Int { first.count }

  /// FNV-1a.
  @inline(__always)
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for byte in key { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return hash
  }

  /// The number of `key`, or nil.
  private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int? {
    let mask = slots.count - 1
    var slot = Int(hash) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { return nil }
      let number = entry - 1
      if hashes[number] == hash {
        let start = Int(starts[number])
        let end = Int(starts[number + 1])
        if end - start == key.count, bytes[start..<end].elementsEqual(key) { return number }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Adds `position` to the places of `key` (once).
  mutating func add(_ key: UnsafeBufferPointer<UInt8>, position: Int32) {
    let hash = KeyIndex.hash(key)
    if let number = find(key, hash: hash) {
      if first[number] != position, more[Int32(number)]?.contains(position) != true {
        more[Int32(number), default: []].append(position)
      }
      return
    }
    let number = first.count
    bytes.append(contentsOf: key)
    starts.append(Int32(bytes.count))
    hashes.append(hash)
    first.append(position)
    if (number + 1) * 2 > slots.count {
      // Twice the slots, every key placed again.
      slots = Array(repeating: 0, count: slots.count * 2)
      for known in 0..<number { place(known) }
    }
    place(number)
  }

  private mutating func place(_ number: Int) {
    let mask = slots.count - 1
    var slot = Int(hashes[number]) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(number + 1)
  }

  /// Puts the positions of every key in ascending order (call once all are added).
  mutating func finish() {
    for (number, others) in more {
      let all = ([first[Int(number)]] + others).sorted()
      first[Int(number)] = all[0]
      more[number] = Array(all.dropFirst())
    }
  }

  /// Whether `key` is in the index.
  func contains(_ key: [UInt8]) -> Bool {
    key.withUnsafeBufferPointer { find($0, hash: KeyIndex.hash($0)) != nil }
  }

  /// The positions of `key`, ascending; empty when it is not in the index.
  func positions(of key: [UInt8]) -> [Int32] {
    guard let number = key.withUnsafeBufferPointer({ find($0, hash: KeyIndex.hash($0)) }) else { return [] }
    return positions(ofKey: number)
  }

  /// The positions of key number `number`, ascending.
  func positions(ofKey number: Int) -> [Int32] {
    guard let others = more[Int32(number)] else { return [first[number]] }
    return [first[number]] + others
  }

  /// Calls `body` with the bytes of every key, in the order they were added.
  func forEachKey(_ body: (ArraySlice<UInt8>) -> Void) {
    for number in 0..<count { body(bytes[Int(starts[number])..<Int(starts[number + 1])]) }
  }

  /// Calls `body` with the bytes of key number `number`.
  func withKey<T>(_ number: Int, _ body: (ArraySlice<UInt8>) -> T) -> T {
    body(bytes[Int(starts[number])..<Int(starts[number + 1])])
  }
}
