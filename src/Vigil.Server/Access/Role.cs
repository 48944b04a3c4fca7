namespace Vigil.Server.Access;

/// <summary>What the holder of an API key may do. Names on the wire and in the CLI are the lower-case member names.</summary>
public enum Role
{
    /// <summary>A party's border operations cell: watches the live picture, acknowledges alerts, records responses.</summary>
    Operator,

    /// <summary>A party's liaison: submits that party's claims and evidence, acknowledges the other side's incident notifications.</summary>
    Liaison,

    /// <summary>The third-party facilitator: opens and grades incident records, records any party's public claims, adds reports.</summary>
    Facilitator,

    /// <summary>A witness: verifies and cosigns the transparency log's checkpoints.</summary>
    Witness,

    /// <summary>Reads everything, writes nothing.</summary>
    Observer,
}
