// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

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
  private let index: [String: [Int32]]
  private let articleLessIndex: [String: [Int32]]
  /// Matching keys of governorate names (English lowercased and Arabic) → (country, admin1 code).
  private let governorates: [String: [String]]
  /// The longest key, in words (for longest-match search in running text).
  public let longestKeyWords: Int

  /// An empty gazetteer (rules only).
  public init() {
    places = []
    index = [:]
    articleLessIndex = [:]
    governorates = [:]
    longestKeyWords = 1
  }

  /// Loads the three files of `directory/places/`.
  ///
  /// - Throws: ``InputError`` with the file, line and column of the first bad row.
  /// - Complexity: O(*n*) in the size of the files.
  public init(directory: DataDirectory) throws(InputError) {
    let admin = try TSVTable(
      path: directory.file("places/admin1.tsv"), required: ["country", "admin1", "english", "arabic"])
    var governorateNames: [String: String] = [:]  // "SY.04" -> Raqqa
    var governorates: [String: [String]] = [:]
    for row in admin.rows {
      let code = "\(admin.field(row, "country")).\(admin.field(row, "admin1"))"
      let english = String(admin.field(row, "english"))
      governorateNames[code] = english
      for name in [english, String(admin.field(row, "arabic"))] where !name.isEmpty {
        governorates[Gazetteer.key(name), default: []].append(code)
      }
    }

    let geonames = try TSVTable(
      path: directory.file("places/geonames.tsv"),
      required: ["id", "arabic", "name", "ascii", "latin", "country", "admin1", "latitude", "longitude", "population"])
    var places: [Place] = []
    places.reserveCapacity(geonames.rows.count + 200)
    var byID: [Int: Int] = [:]
    for row in geonames.rows {
      guard let id = Int(geonames.field(row, "id")) else {
        throw InputError("GeoNames id is not a number", at: geonames.location(row, column: "id"))
      }
      let country = String(geonames.field(row, "country"))
      let admin1 = String(geonames.field(row, "admin1"))
      let adminName = geonames.field(row, "admin1_name")
      byID[id] = places.count
      places.append(
        Place(
          pressName: nil, standardName: String(geonames.field(row, "name")),
          asciiName: String(geonames.field(row, "ascii")),
          latinField: String(geonames.field(row, "latin")),
          arabicNames: geonames.field(row, "arabic").utf8.split(separator: 0x7C).map { String(Substring($0)) },
          country: country, admin1: admin1,
          governorate: adminName.isEmpty ? governorateNames["\(country).\(admin1)"] ?? "" : String(adminName),
          latitude: Double(geonames.field(row, "latitude")), longitude: Double(geonames.field(row, "longitude")),
          population: Int(geonames.field(row, "population")), geonamesID: id, origin: .geonames, line: row.line))
    }

    let press = try TSVTable(
      path: directory.file("places/press.tsv"),
      required: ["arabic", "english", "country", "admin1_name", "geonames_id"])
    var pressOnly: [String: Int] = [:]  // "arabic key|country|english" -> place
    for row in press.rows {
      let arabic = String(press.field(row, "arabic"))
      let english = String(press.field(row, "english"))
      guard !arabic.isEmpty, !english.isEmpty else {
        throw InputError("empty Arabic or English name", at: press.location(row, column: "arabic"))
      }
      let idField = press.field(row, "geonames_id")
      if !idField.isEmpty {
        guard let id = Int(idField) else {
          throw InputError("geonames_id is not a number", at: press.location(row, column: "geonames_id"))
        }
        if let position = byID[id] {
          if places[position].pressName == nil { places[position].pressName = english }
          places[position].arabicNames.append(arabic)
          continue
        }
      }
      let country = String(press.field(row, "country"))
      let governorate = String(press.field(row, "admin1_name"))
      // Spelling variants of a press-only place (same English, same country) share one record.
      let sameKey = "\(country)|\(english)"
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
          origin: .press, line: row.line))
    }

    var index: [String: [Int32]] = [:]
    var articleLess: [String: [Int32]] = [:]
    var longest = 1
    for (position, place) in places.enumerated() {
      for arabic in place.arabicNames {
        let key = Gazetteer.key(arabic)
        guard !key.isEmpty else { continue }
        if !(index[key]?.contains(Int32(position)) ?? false) { index[key, default: []].append(Int32(position)) }
        longest = max(longest, key.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
        let bare = Gazetteer.articleLess(key)
        if bare != key, !(articleLess[bare]?.contains(Int32(position)) ?? false) {
          articleLess[bare, default: []].append(Int32(position))
        }
      }
    }
    self.places = places
    self.index = index
    self.articleLessIndex = articleLess
    self.governorates = governorates
    self.longestKeyWords = longest
  }

  /// The lookup key of an Arabic name: matching form, words separated by single spaces.
  public static func key(_ name: some StringProtocol) -> String {
    let matching = ArabicNormalizer.matching.normalize(String(name))
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in matching.unicodeScalars {
      if scalar == " " || scalar == "\t" || scalar == "\u{00A0}" {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      out.append(scalar)
    }
    return String(out)
  }

  /// The key without the article on its words (الرقة → رقة, دير الزور → دير زور).
  public static func articleLess(_ key: String) -> String {
    // ال at the start of a word of four letters or more; worked on the UTF-8 bytes (ا is D8 A7,
    // ل is D9 84), words split at spaces as they are.
    var key = key
    return key.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var index = 0
      while index < bytes.count {
        var end = index
        var letters = 0
        while end < bytes.count, bytes[end] != 0x20 {
          if bytes[end] & 0xC0 != 0x80 { letters += 1 }
          end += 1
        }
        var start = index
        if letters >= 4, bytes[index] == 0xD8, bytes[index + 1] == 0xA7, bytes[index + 2] == 0xD9,
          bytes[index + 3] == 0x84
        {
          start += 4
        }
        if !out.isEmpty { out.append(0x20) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        index = end + 1
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// Whether `key` (see ``key(_:)``) names a place.
  public func contains(key: String) -> Bool {
    index[key] != nil || articleLessIndex[key] != nil || index[Gazetteer.articleLess(key)] != nil
      || articleLessIndex[Gazetteer.articleLess(key)] != nil
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
    var candidates = index[key] ?? []
    var viaArticleLess = false
    if candidates.isEmpty {
      let bare = Gazetteer.articleLess(key)
      candidates =
        (articleLessIndex[key] ?? []) + (bare != key ? (index[bare] ?? []) + (articleLessIndex[bare] ?? []) : [])
      viaArticleLess = true
    }
    guard !candidates.isEmpty else { return nil }
    var seen = Set<Int32>()
    candidates = candidates.filter { seen.insert($0).inserted }
    let wantedCountry = country?.uppercased()
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
