using System.CommandLine;
using System.Net;
using Vigil.Server;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil serve</c>: the API, the live stream and the dashboard over one database, until stopped.</summary>
internal static class ServeCommand
{
    public static Command Create(TimeProvider clock)
    {
        var db = new Option<FileInfo?>("--db") { Description = "SQLite database file (default: $VIGIL_DATA_DIR/vigil.db, else .vigil/vigil.db)." };
        var port = new Option<int>("--port") { Description = $"TCP port (default {ServerOptions.DefaultPort}; 0 picks a free one).", DefaultValueFactory = _ => ServerOptions.DefaultPort };
        var address = new Option<string>("--address") { Description = "Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).", DefaultValueFactory = _ => "127.0.0.1" };
        var synthetic = new Option<int>("--synthetic-tracks") { Description = "Drive the live picture with N synthetic tracks near 34.0 N 71.5 E, each updated once a second (load mode; default 0: none)." };
        var syntheticSeed = new Option<int>("--synthetic-seed") { Description = "Seed of the synthetic tracks (default 1).", DefaultValueFactory = _ => 1 };
        var history = new Option<double>("--history") { Description = "Hours of live picture kept for the time slider (default 2).", DefaultValueFactory = _ => 2 };
        var command = new Command("serve", "Serve the API, the live stream and the dashboard until stopped (Ctrl-C).") { db, port, address, synthetic, syntheticSeed, history };
        command.SetAction((parse, cancellationToken) =>
        {
            if (!TryOptions(parse.GetValue(address)!, parse.GetValue(port), parse.GetValue(db)?.FullName ?? Paths.DefaultDatabase, clock, out ServerOptions? options)
                || !TryLive(options, parse.GetValue(synthetic), parse.GetValue(syntheticSeed), parse.GetValue(history), out options))
            {
                return Task.FromResult(Program.BadInput);
            }

            return RunAsync(options, cancellationToken);
        });
        return command;
    }

    /// <summary>The live picture's options; false (with the reason on stderr) when a number is out of range.</summary>
    internal static bool TryLive(ServerOptions options, int syntheticTracks, int seed, double historyHours, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ServerOptions? live)
    {
        live = null;
        if (syntheticTracks is < 0 or > 1_000_000)
        {
            Console.Error.WriteLine($"vigil: --synthetic-tracks {syntheticTracks} is out of range 0-1000000");
            return false;
        }

        if (!(historyHours > 0 && historyHours <= 168))
        {
            Console.Error.WriteLine($"vigil: --history {historyHours.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range: want hours in (0, 168]");
            return false;
        }

        live = options with { SyntheticTracks = syntheticTracks, SyntheticSeed = seed, History = TimeSpan.FromHours(historyHours) };
        return true;
    }

    /// <summary>Server options from the command line; false (with the reason on stderr) when the address or port is not valid.</summary>
    internal static bool TryOptions(string address, int port, string dbPath, TimeProvider clock, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ServerOptions? options)
    {
        options = null;
        if (!IPAddress.TryParse(address, out IPAddress? ip))
        {
            Console.Error.WriteLine($"vigil: '{address}' is not an IP address");
            return false;
        }

        if (port is < 0 or > 65535)
        {
            Console.Error.WriteLine($"vigil: port {port} is out of range 0-65535");
            return false;
        }

        options = new ServerOptions { DbPath = dbPath, Address = ip, Port = port, Clock = clock };
        return true;
    }

    /// <summary>Starts the server, prints its address, and serves until stopped.</summary>
    internal static async Task<int> RunAsync(ServerOptions options, CancellationToken cancellationToken, Action<VigilServer>? started = null)
    {
        VigilServer server;
        try
        {
            server = await VigilServer.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"vigil: cannot listen on {options.Address}:{options.Port}: {e.Message}");
            return Program.Failed;
        }

        await using (server.ConfigureAwait(false))
        {
            Console.WriteLine($"Listening on {server.Address}");
            started?.Invoke(server);
            Console.Out.Flush();
            await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }

        return Program.Ok;
    }
}
