// swift-tools-version:6.1
//
// Khabar's benchmarks (package-benchmark), kept out of the main package so that building and
// testing Khabar needs none of their dependencies. Run from this folder:
//
//   swift package benchmark
//
// For throughput, build without package-benchmark's malloc interposer, which adds a cost to every
// allocation: BENCHMARK_DISABLE_MALLOC_INTERPOSER=1 swift package benchmark
//
// Each benchmark iteration processes 1 MB of Arabic news text (MB in, so "Throughput (# / s)"
// reads as MB/s) or performs one load.
// SPDX-License-Identifier: GPL-2.0-or-later

import PackageDescription

let package = Package(
  name: "KhabarBenchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(name: "Khabar", path: ".."),
    .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "KhabarBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "package-benchmark"),
        .product(name: "KhabarArabic", package: "Khabar"),
        .product(name: "KhabarGlossary", package: "Khabar"),
        .product(name: "KhabarBrief", package: "Khabar"),
      ],
      path: "Benchmarks/KhabarBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    )
  ]
)
