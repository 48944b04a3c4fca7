using System.Globalization;
using System.Text.Json;
using Vigil.Alerts;
using Vigil.Cli.Output;
using Vigil.Core;
using Vigil.Geo;
using Vigil.Server;
using Vigil.Server.Access;
using Vigil.Server.Live;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>How <c>vigil demo</c> serves its run: the port and the replay speed.</summary>
/// <param name="Port">The TCP port; 0 picks a free one.</param>
/// <param name="Speed">Scenario seconds per wall-clock second.</param>
internal sealed record ServeRequest(int Port, double Speed);

/// <summary>
/// The serving half of <c>vigil demo</c>: creates demo keys (an operator and a liaison for each party of
/// the scenario's borders, then a facilitator, a witness and an observer) and prints them, starts the
/// server on the run's database with the run's replay in the live picture, prints
/// <c>Listening on URL</c> and <c>Dashboard: URL#key=KEY</c> (the first party's operator — the party
/// whose radars watch — for the bundled scenario PK), and serves until Ctrl-C or SIGTERM.
/// </summary>
internal static class DemoServe
{
    /// <summary>Whether the request's numbers are in range; the reason on stderr when not.</summary>
    public static bool Valid(ServeRequest request)
    {
        if (request.Port is < 0 or > 65535)
        {
            Console.Error.WriteLine($"vigil: port {request.Port} is out of range 0-65535");
            return false;
        }

        if (!(request.Speed > 0 && request.Speed <= 10_000))
        {
            Console.Error.WriteLine($"vigil: --speed {request.Speed.ToString(CultureInfo.InvariantCulture)} is out of range: want (0, 10000]");
            return false;
        }

        return true;
    }

    public static async Task<int> RunAsync(TimeProvider clock, DemoOutcome outcome, string dbPath, string? outDir, ServeRequest request, CancellationToken cancellationToken)
    {
        BorderAtlas atlas = BorderAtlas.LoadBundled();
        IReadOnlyList<string> parties = Parties(outcome, atlas);
        IReadOnlyList<DemoKey> keys = CreateKeys(dbPath, parties, clock.GetUtcNow());
        Console.WriteLine("Demo keys (each shown this once; any key reads, operators acknowledge alerts and record responses):");
        foreach (DemoKey k in keys)
        {
            Console.WriteLine($"  {k.Holder,-12} {k.Secret}");
        }

        if (!ServeCommand.TryOptions("127.0.0.1", request.Port, dbPath, clock, out ServerOptions? options))
        {
            return Program.BadInput;
        }

        options = options with
        {
            Replay = ReplayFeed.Of(outcome.Run.Value, outcome.Scenario.Start, outcome.Scenario.End, outcome.Result),
            ReplaySpeed = request.Speed,
        };
        string dashboardKey = keys.First(k => k.Role == Role.Operator).Secret;
        return await ServeCommand.RunAsync(options, cancellationToken, server =>
        {
            if (outDir is not null)
            {
                AtomicFile.Write(Path.Combine(outDir, "keys.json"), s => WriteKeys(s, server.Address, keys));
            }

            Console.WriteLine($"Dashboard: {server.Address}#key={dashboardKey}");
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// The parties of the scenario's borders: the country the radars stand in first, then the other side
    /// of each radar's nearest border, then any other country an alert names.
    /// </summary>
    internal static IReadOnlyList<string> Parties(DemoOutcome outcome, BorderAtlas atlas)
    {
        var parties = new List<string>();
        void Add(string? party)
        {
            if (party is { Length: 2 } && party.All(char.IsAsciiLetterUpper) && !parties.Contains(party))
            {
                parties.Add(party);
            }
        }

        foreach (RadarSite r in outcome.Scenario.Radars)
        {
            Add(atlas.LocateCountry(r.Position).CountryIso);
        }

        foreach (RadarSite r in outcome.Scenario.Radars)
        {
            atlas.DistanceToBorder(r.Position, out Border? border);
            Add(border?.CountryA);
            Add(border?.CountryB);
        }

        foreach (Alert a in outcome.Result.Alerts)
        {
            Add(a.From);
            Add(a.To);
        }

        return parties;
    }

    private static List<DemoKey> CreateKeys(string dbPath, IReadOnlyList<string> parties, DateTimeOffset at)
    {
        var holders = new List<(Role Role, string? Party)>();
        foreach (string party in parties)
        {
            holders.Add((Role.Operator, party));
            holders.Add((Role.Liaison, party));
        }

        holders.Add((Role.Facilitator, null));
        holders.Add((Role.Witness, null));
        holders.Add((Role.Observer, null));
        using SqliteKeyStore store = SqliteKeyStore.Open(dbPath);
        var keys = new List<DemoKey>();
        foreach ((Role role, string? party) in holders)
        {
            string holder = party is null ? Roles.Name(role) : $"{Roles.Name(role)} {party}";
            (ApiKey key, string secret) = store.Create(Roles.Name(role), party, $"vigil demo {holder}", at);
            keys.Add(new DemoKey(holder, role, party, key.Id, secret));
        }

        return keys;
    }

    private static void WriteKeys(Stream stream, Uri url, IReadOnlyList<DemoKey> keys)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("url", url.ToString());
        w.WriteStartArray("keys");
        foreach (DemoKey k in keys)
        {
            w.WriteStartObject();
            w.WriteString("holder", k.Holder);
            w.WriteString("id", k.Id);
            w.WriteString("key", k.Secret);
            w.WriteString("role", Roles.Name(k.Role));
            if (k.Party is null)
            {
                w.WriteNull("party");
            }
            else
            {
                w.WriteString("party", k.Party);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A key created for the demo.</summary>
    private sealed record DemoKey(string Holder, Role Role, string? Party, string Id, string Secret);
}
