namespace Vigil.Alerts;

/// <summary>The wire names of <see cref="AlertKind"/> values, as used in JSON output and storage.</summary>
public static class AlertKinds
{
    /// <summary>The wire name of a kind: <c>border-crossing</c> or <c>swarm</c>.</summary>
    public static string ToWireName(this AlertKind kind) => kind switch
    {
        AlertKind.BorderCrossing => "border-crossing",
        AlertKind.Swarm => "swarm",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Parses a wire name; false when it names no kind.</summary>
    public static bool TryParse(string? name, out AlertKind kind)
    {
        switch (name)
        {
            case "border-crossing":
                kind = AlertKind.BorderCrossing;
                return true;
            case "swarm":
                kind = AlertKind.Swarm;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
