#!/usr/bin/env bash
# Formats (or, with --lint, checks) the Swift sources with swift-format, which ships with the
# Swift 6 toolchain (`swift format`).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--lint" ]]; then
  swift format lint --recursive --strict Package.swift Sources Tests
else
  swift format format --in-place --recursive Package.swift Sources Tests
fi
