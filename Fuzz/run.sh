#!/usr/bin/env bash
# Builds the lesson fuzzer (lessons, and the .npy and PNG data files they name) and runs it for SECONDS (default 60); exits non-zero if it finds a
# crash, a hang or a broken property (see Fuzz/FuzzLesson.swift).
#
#   Fuzz/run.sh 60            # a minute, as CI does
#   Fuzz/run.sh 600 -jobs=2   # extra arguments go to libFuzzer
#
# SwiftPM cannot link a fuzzer from an executable target (it renames the entry point; the link fails), so this compiles the
# library sources with swiftc: PointwiseCore, ScreenCore, LessonKit and Explainer each as its own module
# (their files say `import PointwiseCore`), instrumented for libFuzzer and AddressSanitizer, then
# links them with the entry file. Everything built or found goes under .build-fuzz/; the checked-in
# seeds in Fuzz/corpus/ are only read. A crashing input is saved as .build-fuzz/artifacts/crash-*.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true

out=.build-fuzz
mkdir -p "$out/modules" "$out/corpus" "$out/artifacts"
flags=(-parse-as-library -sanitize=fuzzer,address -O -g -wmo -package-name pointwise -use-ld=lld -I "$out/modules")

module() {
  local name="$1"
  local files=()
  while IFS= read -r file; do files+=("$file"); done < <(find "Sources/$name" -name '*.swift' | sort)
  swiftc "${flags[@]}" -module-name "$name" -emit-module -emit-module-path "$out/modules/$name.swiftmodule" \
    -c "${files[@]}" -o "$out/$name.o"
}

# LessonKit reads PNG files through a small C shim (Sources/CPNGShim): give swiftc a module map for
# its header, compile its C file with the same instrumentation, and link libpng.
c_objects=()
c_libraries=()
if [ -d Sources/CPNGShim ]; then
  mkdir -p "$out/cpng"
  printf 'module CPNGShim {\n  header "%s/Sources/CPNGShim/include/CPNGShim.h"\n  export *\n}\n' "$PWD" > "$out/cpng/module.modulemap"
  clang -c -O1 -g -fsanitize=fuzzer-no-link,address -I Sources/CPNGShim/include Sources/CPNGShim/png_shim.c -o "$out/png_shim.o"
  flags+=(-Xcc "-fmodule-map-file=$out/cpng/module.modulemap")
  c_objects+=("$out/png_shim.o")
  c_libraries+=(-lpng)
fi

echo "building the fuzzer…"
module PointwiseCore
module ScreenCore
module LessonKit
module Explainer
swiftc "${flags[@]}" -module-name FuzzLesson Fuzz/FuzzLesson.swift \
  "$out/PointwiseCore.o" "$out/ScreenCore.o" "$out/LessonKit.o" "$out/Explainer.o" ${c_objects[@]+"${c_objects[@]}"} ${c_libraries[@]+"${c_libraries[@]}"} -o "$out/fuzz-lesson"

echo "fuzzing for ${seconds} s…"
# -timeout: one input taking over 1 s fails (every lesson is answered in bounded time); -rss_limit_mb: a lesson
# may not grow memory past 2 GB.
"$out/fuzz-lesson" "$out/corpus" Fuzz/corpus \
  -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len=65536 \
  -dict=Fuzz/lesson.dict -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$@"
