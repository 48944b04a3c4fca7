namespace Vigil.Sensors.RemoteId;

/// <summary>
/// A Self-ID message (type 3, F3411-22a 5.4.5.5): byte 1 the description type, bytes 2 to 24 the
/// description (23 ASCII characters, NUL-padded). The default value is an empty text description.
/// </summary>
public readonly struct SelfIdMessage : IEquatable<SelfIdMessage>
{
    /// <summary>Length of the description field in bytes.</summary>
    public const int DescriptionLength = 23;

    /// <summary>Creates a Self-ID message.</summary>
    /// <param name="descriptionType">The kind of description (any byte; 201 to 255 are private).</param>
    /// <param name="description">Up to 23 printable ASCII characters.</param>
    /// <exception cref="ArgumentException">The description does not fit or is not printable ASCII.</exception>
    public SelfIdMessage(SelfIdDescriptionType descriptionType, string description)
        : this(descriptionType, RemoteIdBytes.FromText(description, DescriptionLength))
    {
    }

    internal SelfIdMessage(SelfIdDescriptionType descriptionType, RemoteIdBytes description)
    {
        DescriptionType = descriptionType;
        Description = description;
    }

    /// <summary>The kind of description; other values than the named ones are kept as sent.</summary>
    public SelfIdDescriptionType DescriptionType { get; }

    /// <summary>The description: 23 bytes, the text up to the first NUL.</summary>
    public RemoteIdBytes Description { get; }

    /// <inheritdoc />
    public bool Equals(SelfIdMessage other) => DescriptionType == other.DescriptionType && Description.Equals(other.Description);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SelfIdMessage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DescriptionType, Description);

    /// <summary>Field-wise equality.</summary>
    public static bool operator ==(SelfIdMessage left, SelfIdMessage right) => left.Equals(right);

    /// <summary>Field-wise inequality.</summary>
    public static bool operator !=(SelfIdMessage left, SelfIdMessage right) => !left.Equals(right);

    internal static SelfIdMessage Read(ReadOnlySpan<byte> m) =>
        new((SelfIdDescriptionType)m[1], new RemoteIdBytes(m.Slice(2, DescriptionLength)));

    internal void Write(Span<byte> m)
    {
        m[1] = (byte)DescriptionType;
        Description.AsSpan().CopyTo(m.Slice(2, DescriptionLength));
    }
}
