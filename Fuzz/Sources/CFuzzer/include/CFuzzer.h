#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, -sanitize=fuzzer): parses libFuzzer's flags from argc/argv and fuzzes `callback`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
