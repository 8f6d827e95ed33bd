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
/// Immutable after loading; safe to share between threads.
public final class Gazetteer: Sendable {
  public let places: [Place]
  /// Matching key (UTF-8) → places.
  private let index: [NameKey: [Int32]]
  /// Article-less key → places whose key has an article; built on first need.
  private let articleLessStorage = Mutex<[NameKey: [Int32]]?>(nil)
  /// Matching keys of governorate names (English lowercased and Arabic) → (country, admin1 code).
  private let governorates: [String: [String]]
  /// The longest key, in words (for longest-match search in running text).
  public let longestKeyWords: Int

  /// An empty gazetteer (rules only).
  public init() {
    places = []
    index = [:]
    articleLessStorage.withLock { $0 = [:] }
    governorates = [:]
    longestKeyWords = 1
  }

  /// Loads the three files of `directory/places/`.
  ///
  /// The files are read as bytes (``ByteTable``); strings are made only for the fields a
  /// ``Place`` keeps, keys are normalized from bytes to bytes, and the article-less index is
  /// built on the first look-up that needs it.
  ///
  /// - Throws: ``InputError`` with the file, line and column of the first bad row.
  /// - Complexity: O(*n*) in the size of the files.
  public init(directory: DataDirectory) throws(InputError) {
    let admin = try ByteTable(
      path: directory.file("places/admin1.tsv"), required: ["country", "admin1", "english", "arabic"])
    var governorateNames: [String: String] = [:]  // "SY.04" -> Raqqa
    var governorates: [String: [String]] = [:]
    do {
      let (country, code, english, arabic) = (
        admin.columns["country"], admin.columns["admin1"], admin.columns["english"], admin.columns["arabic"]
      )
      for row in 0..<admin.count {
        let key = admin.string(row, country) + "." + admin.string(row, code)
        let englishName = admin.string(row, english)
        governorateNames[key] = englishName
        for name in [englishName, admin.string(row, arabic)] where !name.isEmpty {
          governorates[Gazetteer.key(name), default: []].append(key)
        }
      }
    }

    let geonames = try ByteTable(
      path: directory.file("places/geonames.tsv"),
      required: ["id", "arabic", "name", "ascii", "latin", "country", "admin1", "latitude", "longitude", "population"])
    var places: [Place] = []
    places.reserveCapacity(geonames.count + 200)
    var byID: [Int: Int] = [:]
    byID.reserveCapacity(geonames.count)
    do {
      let column = geonames.columns
      let (idColumn, arabic, name, ascii, latin, countryColumn, admin1Column, adminName) = (
        column["id"], column["arabic"], column["name"], column["ascii"], column["latin"], column["country"],
        column["admin1"], column["admin1_name"]
      )
      let (latitude, longitude, population) = (column["latitude"], column["longitude"], column["population"])
      func number(_ row: Int, _ column: Int?) -> Double? {
        let bytes = geonames.bytes(row, column)
        return bytes.isEmpty ? nil : Double(String(decoding: bytes, as: UTF8.self))
      }
      for row in 0..<geonames.count {
        guard let id = ByteTable.integer(geonames.bytes(row, idColumn)) else {
          throw InputError("GeoNames id is not a number", at: geonames.location(row, column: idColumn))
        }
        let country = geonames.string(row, countryColumn)
        let admin1 = geonames.string(row, admin1Column)
        let governorate = geonames.string(row, adminName)
        byID[id] = places.count
        places.append(
          Place(
            pressName: nil, standardName: geonames.string(row, name), asciiName: geonames.string(row, ascii),
            latinField: geonames.string(row, latin),
            arabicNames: geonames.bytes(row, arabic).split(separator: 0x7C).map {
              String(decoding: $0, as: UTF8.self)
            },
            country: country, admin1: admin1,
            governorate: governorate.isEmpty ? governorateNames[country + "." + admin1] ?? "" : governorate,
            latitude: number(row, latitude), longitude: number(row, longitude),
            population: ByteTable.integer(geonames.bytes(row, population)), geonamesID: id, origin: .geonames,
            line: geonames.line(row)))
      }
    }

    let press = try ByteTable(
      path: directory.file("places/press.tsv"),
      required: ["arabic", "english", "country", "admin1_name", "geonames_id"])
    var pressOnly: [String: Int] = [:]  // "country|english" -> place
    do {
      let (arabicColumn, englishColumn, countryColumn, adminColumn, idColumn) = (
        press.columns["arabic"], press.columns["english"], press.columns["country"], press.columns["admin1_name"],
        press.columns["geonames_id"]
      )
      for row in 0..<press.count {
        let arabic = press.string(row, arabicColumn)
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
            if places[position].pressName == nil { places[position].pressName = english }
            places[position].arabicNames.append(arabic)
            continue
          }
        }
        let country = press.string(row, countryColumn)
        let governorate = press.string(row, adminColumn)
        // Spelling variants of a press-only place (same English, same country) share one record.
        let sameKey = country + "|" + english
        if let position = pressOnly[sameKey] {
          places[position].arabicNames.append(arabic)
          continue
        }
        let admin1 = governorates[Gazetteer.key(governorate)]?.first { $0.hasPrefix(country + ".") }
        pressOnly[sameKey] = places.count
        places.append(
          Place(
            pressName: english, standardName: nil, asciiName: nil, latinField: "", arabicNames: [arabic],
            country: country, admin1: admin1.map { String($0.dropFirst(country.count + 1)) } ?? "",
            governorate: governorate, latitude: nil, longitude: nil, population: nil, geonamesID: nil,
            origin: .press, line: press.line(row)))
      }
    }

    var index: [NameKey: [Int32]] = [:]
    index.reserveCapacity(places.count * 2)
    var longest = 1
    for (position, place) in places.enumerated() {
      for arabic in place.arabicNames {
        let key = Gazetteer.keyBytes(arabic)
        guard !key.isEmpty else { continue }
        let name = NameKey(bytes: key)
        let entry = Int32(position)
        if let found = index[name] {
          if found.last != entry { index[name]!.append(entry) }
        } else {
          index[name] = [entry]
        }
        longest = max(longest, key.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
      }
    }
    self.places = places
    self.index = index
    self.governorates = governorates
    self.longestKeyWords = longest
  }

  /// Article-less key → places, built from the index on first use.
  private var articleLessIndex: [NameKey: [Int32]] {
    articleLessStorage.withLock { slot in
      if let ready = slot { return ready }
      var built: [NameKey: [Int32]] = [:]
      for (key, positions) in index {
        let bare = Gazetteer.articleLess(bytes: key.bytes)
        guard bare != key.bytes else { continue }
        built[NameKey(bytes: bare), default: []].append(contentsOf: positions)
      }
      for key in built.keys {
        built[key]!.sort()
        var seen = Int32(-1)
        built[key]!.removeAll { position in
          defer { seen = position }
          return position == seen
        }
      }
      slot = built
      return built
    }
  }

  /// The lookup key of an Arabic name: matching form, words separated by single spaces.
  public static func key(_ name: some StringProtocol) -> String {
    String(decoding: keyBytes(name), as: UTF8.self)
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
    out.reserveCapacity(bytes.count)
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
    return out
  }

  /// The key without the article on its words (الرقة → رقة, دير الزور → دير زور).
  public static func articleLess(_ key: String) -> String {
    String(decoding: articleLess(bytes: Array(key.utf8)), as: UTF8.self)
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

  /// Whether `key` (see ``key(_:)``) names a place.
  public func contains(key: String) -> Bool {
    let name = NameKey(key)
    if index[name] != nil { return true }
    let bare = NameKey(bytes: Gazetteer.articleLess(bytes: name.bytes))
    let articleLess = articleLessIndex
    return articleLess[name] != nil || index[bare] != nil || articleLess[bare] != nil
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
    let name = NameKey(key)
    var candidates = index[name] ?? []
    var viaArticleLess = false
    if candidates.isEmpty {
      let bare = NameKey(bytes: Gazetteer.articleLess(bytes: name.bytes))
      let articleLess = articleLessIndex
      candidates =
        (articleLess[name] ?? []) + (bare != name ? (index[bare] ?? []) + (articleLess[bare] ?? []) : [])
      viaArticleLess = true
    }
    guard !candidates.isEmpty else { return nil }
    let wantedCountry = country?.uppercased()
    if candidates.count == 1 {
      // One place (most names): nothing to rank.
      let place = places[Int(candidates[0])]
      if let wantedCountry, place.country != wantedCountry { return nil }
      return PlaceMatch(place: place, alternatives: [], viaArticleLessKey: viaArticleLess)
    }
    var seen = Set<Int32>()
    candidates = candidates.filter { seen.insert($0).inserted }
    // A requested country is a constraint: a place of another country is not an answer (it is
    // still listed among the alternatives).
    if let wantedCountry, !candidates.contains(where: { places[Int($0)].country == wantedCountry }) { return nil }
    let wantedAdmin = governorate.flatMap { governorates[Gazetteer.key($0)] }
    func rank(_ place: Place) -> (Int, Int, Int, Int, Int) {
      let countryRank = wantedCountry == nil || place.country == wantedCountry ? 0 : 1
      let adminRank =
        wantedAdmin == nil || wantedAdmin!.contains("\(place.country).\(place.admin1)")
          || (!place.governorate.isEmpty
            && governorate.map { Gazetteer.key($0) == Gazetteer.key(place.governorate) } == true)
        ? 0 : 1
      let pressRank = place.pressName == nil ? 1 : 0
      return (countryRank, adminRank, pressRank, -(place.population ?? 0), place.origin == .geonames ? 0 : 1)
    }
    let sorted = candidates.map { places[Int($0)] }.sorted { a, b in
      let (ra, rb) = (rank(a), rank(b))
      if ra != rb { return ra < rb }
      return a.line < b.line
    }
    return PlaceMatch(place: sorted[0], alternatives: Array(sorted.dropFirst()), viaArticleLessKey: viaArticleLess)
  }
}
