namespace Vigil.Incidents;

/// <summary>Someone who took part in an incident, and on which side of the border they stand.</summary>
public sealed record IncidentActor
{
    /// <summary>Creates an actor.</summary>
    /// <exception cref="ArgumentException">The name is empty, or the side is not a two-letter country code.</exception>
    public IncidentActor(string name, string? side, ActorKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (side is not null && (side.Length != 2 || !char.IsAsciiLetterUpper(side[0]) || !char.IsAsciiLetterUpper(side[1])))
        {
            throw new ArgumentException($"An actor's side is an ISO 3166-1 alpha-2 code such as PK; got '{side}'.", nameof(side));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an actor kind.");
        }

        Name = name;
        Side = side;
        Kind = kind;
    }

    /// <summary>The actor's normalised name, e.g. <c>Pakistani security forces</c>, <c>Taliban</c>, <c>TTP</c>.</summary>
    public string Name { get; }

    /// <summary>The country the actor belongs to or is based in (ISO 3166-1 alpha-2); null when none or unknown.</summary>
    public string? Side { get; }

    /// <summary>What kind of actor it is.</summary>
    public ActorKind Kind { get; }
}
