// The CLI allocates with jemalloc (linked by CMakeLists.txt unless a sanitizer is on). A book is
// millions of small, short-lived allocations (glyph runs, lines, PDF objects); glibc's malloc
// spent a fifth of the time of a 400-page book in _int_malloc, _int_free and malloc_consolidate,
// and jemalloc made that book about 13 % faster (docs/performance.md).
//
// jemalloc reads its options from this symbol (MALLOC_CONF in the environment overrides them).
// Measured on the comparison's large book (411 pages; peak RSS target 150 MiB) and on the batch
// of 40 books with --jobs 2 (target: 1.8 times --jobs 1):
// - dirty_decay_ms:100, muzzy_decay_ms:0: freed pages go back to the kernel after 100 ms instead
//   of 10 s. Large book: 133-135 MiB and 1.41 s, against 150-158 MiB (two arenas) or 142 MiB
//   (one) with the default decay; at 0 ms the madvise calls cost 0.3 s of system time.
// - narenas:2: an arena per core. One arena kept the large book at 142 MiB without the decay
//   setting, but batch workers then waited for its lock: --jobs 2 took 5.44 s instead of 5.07.
// - tcache_max:4096 (bytes): thread caches also hold the paragraphs' small vectors.
// Without jemalloc the symbol is an unused string.

extern "C" {
// The name and linkage are jemalloc's interface.
const char* malloc_conf = "narenas:2,tcache_max:4096,dirty_decay_ms:100,muzzy_decay_ms:0";
}
