#!/bin/bash
# End-to-end benchmark of the briefbook CLI, whole process as a user runs it.
#
#   bench/run_e2e.sh [--sizes "sample medium large"] [--runs N]   books of three sizes
#   bench/run_e2e.sh --batch [--runs N]                            40 personalised books
#
# Books: for each size, wall time (hyperfine, 1 warm-up + N runs, default 5; the median),
# pages per second (pages from pdfinfo), peak RSS (/usr/bin/time -v) and PDF size.
#   sample  samples/phirda-japan-2023/briefing.xml
#   medium  bench/generate_briefing.py --size medium   (generated into the scratch folder)
#   large   bench/generate_briefing.py --size large
# Batch: tests/data/generated/delegation-40.xml made into one book per delegate with
# `--each delegation --jobs 1` and `--jobs 2`, and, for comparison, 40 separate `--for ID` runs.
#
# Prints a Markdown table and writes it, with the machine and the commit, to
# bench/results/e2e-DATE.md (or batch-DATE.md); bench/results/ is not tracked.
#
# Environment: BRIEFBOOK  the CLI to measure (default build/release/briefbook)
#              BENCH_WORK scratch folder (default: a new one under /tmp, removed at the end)
#              BATCH_OUT  how the batch names its output folder (default "-o"; the folder follows)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
python=/usr/bin/python3
runs=5
sizes="sample medium large"
mode="books"

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes=${2:?--sizes needs a list}; shift 2 ;;
        --runs) runs=${2:?--runs needs a number}; shift 2 ;;
        --batch) mode="batch"; shift ;;
        -h|--help) usage 0 ;;
        *) echo "run_e2e.sh: unknown argument '$1'" >&2; usage 2 >&2 ;;
    esac
done
case "$runs" in ''|*[!0-9]*|0) echo "run_e2e.sh: --runs needs a positive number" >&2; exit 2 ;; esac

briefbook=${BRIEFBOOK:-$root/build/release/briefbook}
case "$briefbook" in /*) ;; *) briefbook=$PWD/$briefbook ;; esac
batch_out=${BATCH_OUT:--o}

# ---- Tools -------------------------------------------------------------------------------------
missing=""
command -v hyperfine >/dev/null || missing="$missing hyperfine"
[ -x /usr/bin/time ] || missing="$missing time"
command -v pdfinfo >/dev/null || missing="$missing poppler-utils"
[ -x "$python" ] || missing="$missing python3"
if [ -n "$missing" ]; then
    echo "run_e2e.sh: missing tools; install the Debian packages:$missing (scripts/install-deps does)" >&2
    exit 3
fi
if [ ! -x "$briefbook" ]; then
    echo "run_e2e.sh: no briefbook at $briefbook; build it (cmake --preset release &&" \
         "cmake --build --preset release -j2) or set BRIEFBOOK" >&2
    exit 3
fi

work=${BENCH_WORK:-}
if [ -z "$work" ]; then
    work=$(mktemp -d /tmp/briefbook-bench.XXXXXX)
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

# ---- Helpers -----------------------------------------------------------------------------------

# Quoting for hyperfine's own word splitting (it runs commands without a shell, -N).
quote() { local out="" word; for word in "$@"; do out="$out $(printf '%q' "$word")"; done; echo "${out# }"; }

# median min max (seconds) of one hyperfine JSON export
timing() {
    "$python" - "$1" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f'{r["median"]:.4f} {r["min"]:.4f} {r["max"]:.4f}')
EOF
}

# peak resident set size in KiB of one run of the command
peak_rss() {
    local report="$work/time-v.txt"
    /usr/bin/time -v -o "$report" "$@" >/dev/null 2>&1 || true
    awk -F': ' '/Maximum resident set size/ {print $2}' "$report"
}

# Runs the command once; on failure prints a one-line reason and returns 1.
probe() {
    local err="$work/probe-stderr.txt" status=0
    "$@" >/dev/null 2>"$err" || status=$?
    if [ "$status" -ne 0 ]; then
        reason=$(grep -v '^[[:space:]]*$' "$err" | head -n 1 | cut -c1-160)
        reason="exit $status${reason:+: $reason}"
        return 1
    fi
}

calc() { "$python" -c "import sys; print($1)"; }

machine() {
    local cpu mem
    cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
    mem=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
    echo "$(nproc) cores ($cpu), $mem RAM, $(uname -sr)"
}

header() {
    local commit version
    commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
    git -C "$root" diff --quiet HEAD 2>/dev/null || commit="$commit (work tree has changes)"
    version=$("$briefbook" --version 2>/dev/null | head -n 1 || true)
    echo "# $1, $(date +%F)"
    echo
    echo "- machine: $(machine)"
    echo "- briefbook: ${version:-version unknown} ($briefbook), commit $commit"
    echo "- protocol: whole process; $(hyperfine --version), 1 warm-up + $runs runs, median (min to max);" \
         "peak RSS from /usr/bin/time -v (one run)"
    echo
}

finish() {  # $1 results file name, $2 number of rows measured; stdin: the report
    if [ "$2" -eq 0 ]; then
        cat
        echo >&2
        echo "run_e2e.sh: nothing could be measured; no results file written" >&2
        return
    fi
    mkdir -p "$root/bench/results"
    tee "$root/bench/results/$1"
    echo >&2
    echo "written: bench/results/$1" >&2
}

# ---- Books of three sizes ----------------------------------------------------------------------

books() {
    local failed=0 measured=0 size input label pdf pages bytes rss median low high json
    {
        header "End-to-end: books"
        echo "| book | input | pages | wall s, median (min–max) | pages/s | peak RSS MiB | PDF MB |"
        echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
    } > "$work/report.md"
    for size in $sizes; do
        case "$size" in
            sample)
                input=$root/samples/phirda-japan-2023/briefing.xml
                label="samples/phirda-japan-2023" ;;
            medium|large)
                input=$work/$size.xml
                label="generate_briefing.py --size $size"
                "$python" "$root/bench/generate_briefing.py" --size "$size" -o "$input" ;;
            *) echo "run_e2e.sh: unknown size '$size' (sample, medium, large)" >&2; exit 2 ;;
        esac
        pdf=$work/$size.pdf
        echo "== $size" >&2
        if ! probe "$briefbook" build "$input" -o "$pdf"; then
            echo "| $size | $label | failed: ${reason//|/\\|} | | | | |" >> "$work/report.md"
            failed=1
            continue
        fi
        json=$work/$size.json
        hyperfine -N --style basic --warmup 1 --runs "$runs" --export-json "$json" \
            --command-name "$size" "$(quote "$briefbook" build "$input" -o "$pdf")" >&2
        read -r median low high < <(timing "$json")
        rss=$(peak_rss "$briefbook" build "$input" -o "$pdf")
        pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
        bytes=$(stat -c %s "$pdf")
        measured=$((measured + 1))
        echo "| $size | $label | ${pages:-?} | $(calc "f'{$median:.3f} ({$low:.3f}–{$high:.3f})'")" \
             "| $(calc "f'{${pages:-0} / $median:.0f}'") | $(calc "f'{$rss / 1024:.0f}'")" \
             "| $(calc "f'{$bytes / 1e6:.2f}'") |" >> "$work/report.md"
    done
    finish "e2e-$(date +%F).md" "$measured" < "$work/report.md"
    return "$failed"
}

# ---- Batch: 40 personalised books --------------------------------------------------------------

batch() {
    local input=$root/tests/data/generated/delegation-40.xml ids jobs out json median low high rss written
    local base_median="" books measured=0
    ids=$("$python" - "$input" <<'EOF'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
print(" ".join(p.get("id") for p in root.iterfind("./people/person") if p.get("side") == "delegation"))
EOF
)
    books=$(echo "$ids" | wc -w)
    {
        header "End-to-end: batch of $books personalised books"
        echo "Input: tests/data/generated/delegation-40.xml, one book per delegate."
        echo
        echo "| mode | books written | wall s, median (min–max) | books/s | speed-up | peak RSS MiB |"
        echo "| --- | ---: | ---: | ---: | ---: | ---: |"
    } > "$work/report.md"

    for jobs in 1 2; do
        out=$work/batch-jobs$jobs
        rm -rf "$out" && mkdir -p "$out"
        echo "== --each delegation --jobs $jobs" >&2
        if ! probe "$briefbook" build "$input" --each delegation --jobs "$jobs" "$batch_out" "$out"; then
            echo "run_e2e.sh: batch mode is not supported by this build: 'briefbook build --each delegation" \
                 "--jobs $jobs $batch_out DIR' was rejected ($reason)" >&2
            echo "| --each delegation --jobs $jobs | | not supported by this build: ${reason//|/\\|} | | | |" \
                >> "$work/report.md"
            continue
        fi
        written=$(find "$out" -name '*.pdf' | wc -l)
        measured=$((measured + 1))
        json=$work/batch-jobs$jobs.json
        hyperfine -N --style basic --warmup 1 --runs "$runs" --export-json "$json" \
            --command-name "jobs $jobs" \
            "$(quote "$briefbook" build "$input" --each delegation --jobs "$jobs" "$batch_out" "$out")" >&2
        read -r median low high < <(timing "$json")
        [ "$jobs" = 1 ] && base_median=$median
        rss=$(peak_rss "$briefbook" build "$input" --each delegation --jobs "$jobs" "$batch_out" "$out")
        echo "| --each delegation --jobs $jobs | $written of $books" \
             "| $(calc "f'{$median:.3f} ({$low:.3f}–{$high:.3f})'") | $(calc "f'{$written / $median:.1f}'")" \
             "| ${base_median:+$(calc "f'{$base_median / $median:.2f}×'")} | $(calc "f'{$rss / 1024:.0f}'") |" \
             >> "$work/report.md"
    done

    # One process per book, one after the other: what a user does without --each.
    out=$work/batch-one-by-one
    mkdir -p "$out"
    local first=${ids%% *}
    echo "== one by one: $books x build --for ID" >&2
    if ! probe "$briefbook" build "$input" --for "$first" -o "$out/$first.pdf"; then
        echo "| $books × build --for ID | | not supported by this build: ${reason//|/\\|} | | | |" \
            >> "$work/report.md"
    else
        local script=$work/one-by-one.sh id
        {
            echo "#!/bin/sh"
            echo "set -e"
            for id in $ids; do quote "$briefbook" build "$input" --for "$id" -o "$out/$id.pdf"; done
        } > "$script"
        json=$work/batch-one-by-one.json
        hyperfine -N --style basic --warmup 1 --runs "$runs" --export-json "$json" \
            --command-name "one by one" "$(quote sh "$script")" >&2
        read -r median low high < <(timing "$json")
        written=$(find "$out" -name '*.pdf' | wc -l)
        measured=$((measured + 1))
        rss=$(peak_rss "$briefbook" build "$input" --for "$first" -o "$out/$first.pdf")
        echo "| $books × build --for ID, one after the other | $written of $books" \
             "| $(calc "f'{$median:.3f} ({$low:.3f}–{$high:.3f})'") | $(calc "f'{$written / $median:.1f}'")" \
             "| ${base_median:+$(calc "f'{$base_median / $median:.2f}×'")}" \
             "| $(calc "f'{$rss / 1024:.0f}'") (one book) |" >> "$work/report.md"
    fi
    echo >> "$work/report.md"
    echo "Speed-up: wall time of \`--jobs 1\` divided by this row's (target for \`--jobs 2\`: at least 1.8×)." \
        >> "$work/report.md"
    finish "batch-$(date +%F).md" "$measured" < "$work/report.md"
    grep -q "not supported by this build" "$work/report.md" && return 4
    return 0
}

if [ "$mode" = batch ]; then
    batch
else
    books
fi
