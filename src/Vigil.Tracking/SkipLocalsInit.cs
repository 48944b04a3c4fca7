// The filter works in stack structs of a few hundred bytes (a 6×6 covariance is 288); zeroing each
// on entry to every method that declares one costs more than the arithmetic in the small ones.
// C#'s definite assignment still guarantees every local is written before it is read; the only
// memory this leaves unzeroed is stackalloc'd, and every stackalloc here is filled before use.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
