namespace Vigil.Alerts;

/// <summary>The wire names of <see cref="ResponseAction"/> values, as used in JSON and storage.</summary>
public static class ResponseActions
{
    /// <summary>Every action, in declaration order.</summary>
    public static IReadOnlyList<ResponseAction> All { get; } = Enum.GetValues<ResponseAction>();

    /// <summary>The wire name of <paramref name="action"/>: <c>observed</c>, <c>warned</c>, … <c>no-action</c>, <c>other</c>.</summary>
    public static string ToWireName(this ResponseAction action) => action switch
    {
        ResponseAction.Observed => "observed",
        ResponseAction.Warned => "warned",
        ResponseAction.Jammed => "jammed",
        ResponseAction.Intercepted => "intercepted",
        ResponseAction.Engaged => "engaged",
        ResponseAction.NoAction => "no-action",
        ResponseAction.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>Parses a wire name; false when it names no action.</summary>
    public static bool TryParse(string? name, out ResponseAction action)
    {
        foreach (ResponseAction a in All)
        {
            if (string.Equals(a.ToWireName(), name, StringComparison.Ordinal))
            {
                action = a;
                return true;
            }
        }

        action = default;
        return false;
    }
}
