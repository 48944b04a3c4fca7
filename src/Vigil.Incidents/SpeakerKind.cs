namespace Vigil.Incidents;

/// <summary>Who, within a party, made a <see cref="Claim"/>.</summary>
public enum SpeakerKind
{
    /// <summary>A named official speaking for the party.</summary>
    Official,

    /// <summary>The party's spokesperson or press office.</summary>
    Spokesperson,

    /// <summary>An unnamed source ("a security source", "officials who asked not to be named").</summary>
    UnnamedSource,

    /// <summary>An outlet in its own voice, e.g. its correspondent's report.</summary>
    Outlet,

    /// <summary>An eyewitness.</summary>
    Witness,
}
