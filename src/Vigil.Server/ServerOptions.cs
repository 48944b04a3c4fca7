using System.Net;

namespace Vigil.Server;

/// <summary>How a server is set up.</summary>
public sealed record ServerOptions
{
    /// <summary>The SQLite database file the server reads and writes (the same file the CLI uses).</summary>
    public required string DbPath { get; init; }

    /// <summary>The address to listen on. Default: 127.0.0.1, so nothing outside the machine can reach it unless asked.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>The TCP port; 0 picks a free one (see <see cref="VigilServer.Address"/>). Default 5080.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The clock every record's time comes from.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The dashboard's static files; default <c>wwwroot</c> beside the server's assembly.</summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>How many synthetic tracks drive the live picture (each updated once a second); 0, the default: none.</summary>
    public int SyntheticTracks { get; init; }

    /// <summary>The seed of the synthetic tracks. Default 1.</summary>
    public int SyntheticSeed { get; init; } = 1;

    /// <summary>A stored run to replay into the live picture, looping; null, the default: none.</summary>
    public Live.ReplayFeed? Replay { get; init; }

    /// <summary>How many seconds of scenario time the replay plays per second of wall time. Default 1.</summary>
    public double ReplaySpeed { get; init; } = 1;

    /// <summary>How far back the live picture's history reaches. Default 2 hours.</summary>
    public TimeSpan History { get; init; } = TimeSpan.FromHours(2);

    /// <summary>
    /// The most track states the history keeps (32 bytes each); past it, frames are thinned (the spacing
    /// doubles). Default 2,000,000 (64 MB): 10,000 tracks over 2 hours at one frame per 40 s.
    /// </summary>
    public long HistoryPoints { get; init; } = 2_000_000;

    /// <summary>How long a live stream may stay quiet before it gets a heartbeat (an SSE comment, a kind-4 track frame). Default 15 s.</summary>
    public TimeSpan StreamHeartbeat { get; init; } = Live.EventStream.Heartbeat;

    /// <summary>The port used when none is given.</summary>
    public const int DefaultPort = 5080;
}
