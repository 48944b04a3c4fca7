namespace Vigil.Core;

/// <summary>
/// Posterior probabilities that a track is a drone, a bird or an aircraft. The three are non-negative
/// and sum to one; the default value is the uniform distribution.
/// </summary>
public readonly struct ClassProbabilities : IEquatable<ClassProbabilities>
{
    private readonly double _drone;
    private readonly double _bird;
    private readonly double _aircraft;
    private readonly bool _set;

    /// <summary>Normalises three non-negative weights into probabilities.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or not finite, or all are zero.</exception>
    public ClassProbabilities(double drone, double bird, double aircraft)
    {
        if (!(drone >= 0 && bird >= 0 && aircraft >= 0) || !double.IsFinite(drone + bird + aircraft))
        {
            throw new ArgumentOutOfRangeException(nameof(drone), "Class weights must be finite and non-negative.");
        }

        double sum = drone + bird + aircraft;
        if (sum <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(drone), "At least one class weight must be positive.");
        }

        _drone = drone / sum;
        _bird = bird / sum;
        _aircraft = aircraft / sum;
        _set = true;
    }

    /// <summary>Probability of <see cref="ObjectClass.Drone"/>.</summary>
    public double Drone => _set ? _drone : 1.0 / 3;

    /// <summary>Probability of <see cref="ObjectClass.Bird"/>.</summary>
    public double Bird => _set ? _bird : 1.0 / 3;

    /// <summary>Probability of <see cref="ObjectClass.Aircraft"/>.</summary>
    public double Aircraft => _set ? _aircraft : 1.0 / 3;

    /// <summary>The probability of one class.</summary>
    public double this[ObjectClass objectClass] => objectClass switch
    {
        ObjectClass.Drone => Drone,
        ObjectClass.Bird => Bird,
        ObjectClass.Aircraft => Aircraft,
        _ => throw new ArgumentOutOfRangeException(nameof(objectClass), objectClass, null),
    };

    /// <summary>The class with the highest probability (drone wins ties, then bird).</summary>
    public ObjectClass MostLikely =>
        Drone >= Bird && Drone >= Aircraft ? ObjectClass.Drone : Bird >= Aircraft ? ObjectClass.Bird : ObjectClass.Aircraft;

    /// <inheritdoc />
    public bool Equals(ClassProbabilities other) =>
        Drone.Equals(other.Drone) && Bird.Equals(other.Bird) && Aircraft.Equals(other.Aircraft);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClassProbabilities other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Drone, Bird, Aircraft);

    /// <summary>Equal distributions.</summary>
    public static bool operator ==(ClassProbabilities left, ClassProbabilities right) => left.Equals(right);

    /// <summary>Different distributions.</summary>
    public static bool operator !=(ClassProbabilities left, ClassProbabilities right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"drone {Drone:F3}, bird {Bird:F3}, aircraft {Aircraft:F3}");
}
