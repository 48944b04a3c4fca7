namespace Vigil.Cli.Bench;

/// <summary>The three kinds of DevTools protocol message a browser sends (<see cref="CdpMessage"/>).</summary>
internal enum CdpMessageKind
{
    /// <summary>A command's result.</summary>
    Response,

    /// <summary>A command that failed: <see cref="CdpMessage.ErrorCode"/> and <see cref="CdpMessage.ErrorMessage"/>.</summary>
    Error,

    /// <summary>Something that happened: <see cref="CdpMessage.Method"/> and its parameters.</summary>
    Event,
}
