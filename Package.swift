// swift-tools-version:6.1
//
// Khabar — Arabic news into English, by rules and curated data.
// SPDX-License-Identifier: GPL-2.0-or-later

import PackageDescription

let package = Package(
  name: "Khabar",
  products: [
    .library(name: "KhabarArabic", targets: ["KhabarArabic"]),
    .library(name: "KhabarGlossary", targets: ["KhabarGlossary"]),
    .library(name: "KhabarPlaces", targets: ["KhabarPlaces"]),
    .library(name: "KhabarTranslate", targets: ["KhabarTranslate"]),
    .library(name: "KhabarBrief", targets: ["KhabarBrief"]),
    .executable(name: "khabar", targets: ["khabar"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // System ICU (Debian: libicu-dev). Only the C shim sees its headers (in the default include
    // path, /usr/include/unicode); no pkg-config, whose flags would link the libraries, which the
    // shim opens on first use instead.
    .systemLibrary(
      name: "CICU",
      providers: [.apt(["libicu-dev"])]
    ),
    // Unversioned, prefixed wrappers over ICU's C API; its public header includes no ICU header.
    // ICU is opened on first use (dlopen) rather than linked: see khabar_icu.c.
    .target(
      name: "CKhabarICU",
      dependencies: ["CICU"],
      linkerSettings: [.linkedLibrary("dl")]
    ),
    // Arabic text layer: normalization, segmentation, clitics, transliteration engine.
    .target(name: "KhabarArabic", dependencies: ["CKhabarICU"]),
    // Place names: gazetteer, descriptive forms, rule-based name transliteration.
    .target(name: "KhabarPlaces", dependencies: ["KhabarArabic"]),
    // Glossary engine: terminology files, morphology-aware matching, import and export.
    .target(name: "KhabarGlossary", dependencies: ["KhabarArabic"]),
    // Rule-based translation: analysis, disambiguation, lexical and structural transfer, generation.
    .target(name: "KhabarTranslate", dependencies: ["KhabarArabic", "KhabarGlossary", "KhabarPlaces"]),
    // Briefs: page clean-up, event extraction (ACLED types), brief writing.
    .target(name: "KhabarBrief", dependencies: ["KhabarArabic", "KhabarGlossary", "KhabarPlaces"]),
    // Thin command-line front end.
    .executableTarget(
      name: "khabar",
      dependencies: [
        "KhabarArabic",
        "KhabarGlossary",
        "KhabarPlaces",
        "KhabarTranslate",
        "KhabarBrief",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // Swift's runtime linked in: otherwise a fifth of a one-name `khabar translit` (2 of its 12.5
      // ms) goes to the dynamic loader resolving libswiftCore and Foundation symbols. Release
      // builds only: test bundles link Swift Testing, which needs the shared runtime.
      linkerSettings: [
        .unsafeFlags(
          ["-static-stdlib", "-l_FoundationCollections", "-l_FoundationCShims"],
          .when(platforms: [.linux], configuration: .release))
      ]
    ),
    .testTarget(name: "KhabarArabicTests", dependencies: ["KhabarArabic"]),
    .testTarget(name: "KhabarPlacesTests", dependencies: ["KhabarPlaces"]),
    .testTarget(name: "KhabarGlossaryTests", dependencies: ["KhabarGlossary"]),
    .testTarget(name: "KhabarTranslateTests", dependencies: ["KhabarTranslate"]),
    .testTarget(name: "KhabarBriefTests", dependencies: ["KhabarBrief"]),
    .testTarget(name: "KhabarCLITests", dependencies: ["khabar"]),
  ]
)
