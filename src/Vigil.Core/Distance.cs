namespace Vigil.Core;

/// <summary>A length in metres. May be negative when used as a signed offset; the default is zero.</summary>
public readonly struct Distance : IEquatable<Distance>, IComparable<Distance>
{
    private Distance(double meters) => Meters = meters;

    /// <summary>The length in metres.</summary>
    public double Meters { get; }

    /// <summary>The length in kilometres.</summary>
    public double Kilometers => Meters / 1000.0;

    /// <summary>A distance of <paramref name="meters"/> metres.</summary>
    public static Distance FromMeters(double meters) => new(meters);

    /// <summary>A distance of <paramref name="kilometers"/> kilometres.</summary>
    public static Distance FromKilometers(double kilometers) => new(kilometers * 1000.0);

    /// <inheritdoc />
    public int CompareTo(Distance other) => Meters.CompareTo(other.Meters);

    /// <inheritdoc />
    public bool Equals(Distance other) => Meters.Equals(other.Meters);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Distance other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Meters.GetHashCode();

    /// <summary>Equal lengths.</summary>
    public static bool operator ==(Distance left, Distance right) => left.Equals(right);

    /// <summary>Different lengths.</summary>
    public static bool operator !=(Distance left, Distance right) => !left.Equals(right);

    /// <summary>Shorter than.</summary>
    public static bool operator <(Distance left, Distance right) => left.Meters < right.Meters;

    /// <summary>Longer than.</summary>
    public static bool operator >(Distance left, Distance right) => left.Meters > right.Meters;

    /// <summary>Not longer than.</summary>
    public static bool operator <=(Distance left, Distance right) => left.Meters <= right.Meters;

    /// <summary>Not shorter than.</summary>
    public static bool operator >=(Distance left, Distance right) => left.Meters >= right.Meters;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Meters:F3} m");
}
