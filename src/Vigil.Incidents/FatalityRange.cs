namespace Vigil.Incidents;

/// <summary>
/// A number of people killed (or injured) as a low, best and high estimate, after UCDP's fatality estimates ("best",
/// "low", "high"; UCDP Georeferenced Event Dataset codebook). Any of the three may be unknown
/// (<see langword="null"/>); those known are non-negative and ordered low ≤ best ≤ high. The
/// default value has all three unknown.
/// </summary>
public readonly struct FatalityRange : IEquatable<FatalityRange>
{
    /// <summary>Creates a range, validating it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative, or the known figures are out of order.</exception>
    public FatalityRange(int? low, int? best, int? high)
    {
        CheckNonNegative(low, nameof(low));
        CheckNonNegative(best, nameof(best));
        CheckNonNegative(high, nameof(high));
        if (low > best || best > high || low > high)
        {
            throw new ArgumentOutOfRangeException(
                nameof(low),
                $"Fatality figures must satisfy low ≤ best ≤ high; got low {Show(low)}, best {Show(best)}, high {Show(high)}.");
        }

        Low = low;
        Best = best;
        High = high;
    }

    /// <summary>The lowest credible figure, when known.</summary>
    public int? Low { get; }

    /// <summary>The most likely figure, when known.</summary>
    public int? Best { get; }

    /// <summary>The highest credible figure, when known.</summary>
    public int? High { get; }

    /// <summary>Whether any of the three figures is known.</summary>
    public bool IsKnown => Low is not null || Best is not null || High is not null;

    /// <summary>A figure given exactly: low, best and high all equal <paramref name="count"/>.</summary>
    public static FatalityRange Exactly(int count) => new(count, count, count);

    /// <inheritdoc />
    public bool Equals(FatalityRange other) => Low == other.Low && Best == other.Best && High == other.High;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FatalityRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Low, Best, High);

    /// <summary>Equality of all three figures.</summary>
    public static bool operator ==(FatalityRange left, FatalityRange right) => left.Equals(right);

    /// <summary>Inequality of any figure.</summary>
    public static bool operator !=(FatalityRange left, FatalityRange right) => !left.Equals(right);

    /// <summary>Low–best–high, with <c>?</c> for an unknown figure, e.g. <c>2–3–?</c>.</summary>
    public override string ToString() => $"{Show(Low)}–{Show(Best)}–{Show(High)}";

    private static string Show(int? v) => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";

    private static void CheckNonNegative(int? value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "A fatality figure cannot be negative.");
        }
    }
}
