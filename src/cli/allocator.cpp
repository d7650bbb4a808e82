// The CLI allocates with jemalloc (linked by CMakeLists.txt unless a sanitizer is on). A book is
// millions of small, short-lived allocations (glyph runs, lines, PDF objects); glibc's malloc
// spent a fifth of the time of a 400-page book in _int_malloc, _int_free and malloc_consolidate,
// and jemalloc made that book about 15 % faster (docs/performance.md).
//
// jemalloc reads its options from this symbol (MALLOC_CONF in the environment overrides them).
// Measured on the comparison's large book (411 pages), peak RSS against the 150 MiB target:
// - narenas:1: one arena. A second one, made for the thread that loads the fonts, kept its
//   memory (158 MiB with two arenas, 142 with one); per-thread caches still serve the batch
//   workers without locking, and tcache_max (bytes) lets them hold the paragraphs' vectors.
// - dirty_decay_ms:100, muzzy_decay_ms:0: freed pages go back to the kernel after 100 ms
//   (133-136 MiB, 1.41 s) rather than 10 s (142 MiB, 1.37 s); at 0 ms the madvise calls cost
//   0.3 s of system time (130 MiB, 1.72 s).
// Without jemalloc the symbol is an unused string.

extern "C" {
// The name and linkage are jemalloc's interface.
const char* malloc_conf = "narenas:1,tcache_max:4096,dirty_decay_ms:100,muzzy_decay_ms:0";
}
