using System.Net.Http.Headers;
using Vigil.Server.Access;
using Vigil.Storage;

namespace Vigil.Server.Tests;

/// <summary>
/// A real server on a free loopback port over a fresh database file, with one key per role
/// (operators and liaisons for PK and AF). Requests go over real HTTP.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly string _dir;

    private LiveServer(string dir, VigilServer server, IReadOnlyDictionary<string, string> keys)
    {
        _dir = dir;
        Server = server;
        Keys = keys;
    }

    /// <summary>The running server.</summary>
    public VigilServer Server { get; }

    /// <summary>The database file.</summary>
    public string DbPath => Path.Combine(_dir, "vigil.db");

    /// <summary>Secrets by holder: <c>operator PK</c>, <c>liaison AF</c>, <c>facilitator</c>, <c>witness</c>, <c>observer</c>…</summary>
    public IReadOnlyDictionary<string, string> Keys { get; }

    /// <summary>Starts a server over a new database, optionally seeded before it starts.</summary>
    public static async Task<LiveServer> StartAsync(Action<string>? seed = null, Func<ServerOptions, ServerOptions>? configure = null)
    {
        string dir = Directory.CreateTempSubdirectory("vigil-server-").FullName;
        string db = Path.Combine(dir, "vigil.db");
        var keys = new Dictionary<string, string>();
        using (SqliteKeyStore store = SqliteKeyStore.Open(db))
        {
            foreach ((Role role, string? party) in Holders)
            {
                keys[Holder(role, party)] = store.Create(Roles.Name(role), party, null, DateTimeOffset.UnixEpoch).Secret;
            }
        }

        seed?.Invoke(db);
        var options = new ServerOptions { DbPath = db, Port = 0 };
        VigilServer server = await VigilServer.StartAsync(configure?.Invoke(options) ?? options, CancellationToken.None);
        return new LiveServer(dir, server, keys);
    }

    /// <summary>Every key holder the server is started with.</summary>
    public static IReadOnlyList<(Role Role, string? Party)> Holders { get; } =
    [
        (Role.Operator, "PK"), (Role.Operator, "AF"), (Role.Liaison, "PK"), (Role.Liaison, "AF"),
        (Role.Facilitator, null), (Role.Witness, null), (Role.Observer, null),
    ];

    /// <summary>The name of a holder in <see cref="Keys"/>.</summary>
    public static string Holder(Role role, string? party) => party is null ? Roles.Name(role) : $"{Roles.Name(role)} {party}";

    /// <summary>A client for the server, sending <paramref name="holder"/>'s key (none when null).</summary>
    public HttpClient Client(string? holder = null)
    {
        var client = new HttpClient { BaseAddress = Server.Address };
        if (holder is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[holder]);
        }

        return client;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
