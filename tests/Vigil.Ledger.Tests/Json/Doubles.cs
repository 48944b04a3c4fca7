using FsCheck;
using FsCheck.Fluent;

namespace Vigil.Ledger.Tests.Json;

/// <summary>Generators of finite doubles for number properties.</summary>
internal static class Doubles
{
    private static readonly double[] Special =
    [
        0, -0.0, 1, -1, 0.5, 1e21, 1e-6, 1e-7, 9.999999999999997e-7, 999999999999999900000.0, 9007199254740992,
        9007199254740993, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, 333333333.33333329,
        1424953923781206.25, 1e23, 2.2250738585072014e-308, 123456789, 0.1, 100, 2.9802322387695312e-8,
    ];

    /// <summary>Finite doubles: uniform over bit patterns, small integers, short decimals and edge cases.</summary>
    public static Gen<double> Finite { get; } = Gen.Frequency(
        (3, Gen.Choose(int.MinValue, int.MaxValue).Two()
            .Select(t => BitConverter.Int64BitsToDouble(((long)t.Item1 << 32) | (uint)t.Item2))
            .Where(double.IsFinite)),
        (2, Gen.Choose(-1000, 1000).Select(i => (double)i)),
        (2, Gen.Choose(-1_000_000, 1_000_000).Two().Select(t => t.Item1 / Math.Pow(10, Math.Abs(t.Item2 % 12)))),
        (1, Gen.Elements(Special)));
}
