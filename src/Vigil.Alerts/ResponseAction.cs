namespace Vigil.Alerts;

/// <summary>
/// What an operator reports having done about an alert. Vigil controls no weapon: it records the
/// response as the operator states it. Wire names are kebab-case (<see cref="ResponseActions"/>).
/// </summary>
public enum ResponseAction
{
    /// <summary>Watched it, nothing more (<c>observed</c>).</summary>
    Observed = 0,

    /// <summary>Warned the other side or the post in its path (<c>warned</c>).</summary>
    Warned = 1,

    /// <summary>Jammed its control or navigation links (<c>jammed</c>).</summary>
    Jammed = 2,

    /// <summary>Brought it down without weapons fire: net, interceptor drone, takeover (<c>intercepted</c>).</summary>
    Intercepted = 3,

    /// <summary>Engaged it with fire (<c>engaged</c>).</summary>
    Engaged = 4,

    /// <summary>Decided not to act (<c>no-action</c>).</summary>
    NoAction = 5,

    /// <summary>Anything else; the note says what (<c>other</c>).</summary>
    Other = 6,
}
