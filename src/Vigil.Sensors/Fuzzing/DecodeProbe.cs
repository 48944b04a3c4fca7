namespace Vigil.Sensors.Fuzzing;

/// <summary>
/// Runs a decoder over one input for a fuzzer: true if the input was accepted whole; false with the
/// first rejection otherwise. A probe must not throw: an exception is a bug the fuzzer reports.
/// </summary>
public delegate bool DecodeProbe(ReadOnlySpan<byte> input, out DecodeError error);
