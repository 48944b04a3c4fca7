using System.Net.Http.Headers;
using System.Text.Json;

namespace Vigil.Dashboard.Tests;

/// <summary>
/// The real <c>vigil serve --synthetic-tracks 3000 --port 0</c> as a child process, with an observer
/// key made by <c>vigil keys create</c> on its database first: thousands of moving tracks for the
/// dashboard's tests at scale. One server serves every test of the collection.
/// </summary>
public class SyntheticServer : IAsyncLifetime
{
    /// <summary>How many tracks the server moves.</summary>
    public const int Tracks = 3000;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-synthetic-").FullName;
    private readonly string[] _options;
    private VigilProcess? _process;

    public SyntheticServer()
        : this(Tracks)
    {
    }

    /// <summary>A server moving <paramref name="tracks"/> tracks, with more options for <c>vigil serve</c>.</summary>
    protected SyntheticServer(int tracks, params string[] options) =>
        _options = ["--synthetic-tracks", tracks.ToString(System.Globalization.CultureInfo.InvariantCulture), .. options];

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The observer key.</summary>
    public string Key { get; private set; } = "";

    /// <summary>The dashboard at the view <paramref name="query"/> (no leading ?), with the key.</summary>
    public Uri Link(string query) => new(Address, $"?{query}#key={Uri.EscapeDataString(Key)}");

    /// <summary>A client for the API sending the key.</summary>
    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    public async Task InitializeAsync()
    {
        string db = Path.Combine(_dir, "vigil.db");
        using (VigilProcess keys = VigilProcess.Start(_dir, "keys", "create", "--db", db, "--role", "observer", "--name", "dashboard tests"))
        {
            int exit = await keys.WaitForExitAsync(StartTimeout);
            Assert.True(exit == 0, $"vigil keys create exited {exit}:\n{keys.Output}");
            using JsonDocument key = JsonDocument.Parse(keys.Output.Split('\n').First(l => l.StartsWith('{')));
            Key = key.RootElement.GetProperty("key").GetString()!;
        }

        _process = VigilProcess.Start(_dir, ["serve", "--port", "0", "--db", db, .. _options]);
        Address = await _process.WaitForListeningAsync(StartTimeout);
    }

    public Task DisposeAsync()
    {
        _process?.Dispose();
        VigilProcess.DeleteFolder(_dir);

        return Task.CompletedTask;
    }
}

/// <summary>The tests at scale share one synthetic server and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SyntheticCollection : ICollectionFixture<SyntheticServer>
{
    public const string Name = "synthetic";
}
