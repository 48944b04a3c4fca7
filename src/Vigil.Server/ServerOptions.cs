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

    /// <summary>The port used when none is given.</summary>
    public const int DefaultPort = 5080;
}
