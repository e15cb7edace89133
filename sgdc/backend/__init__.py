"""The back end: lowered IR -> LLVM (codegen, the parallel driver), JIT and the kernel cache."""
