using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Vigil.Dashboard.Tests;

/// <summary>
/// The real <c>vigil demo --port 0 --db TMP/vigil.db --speed 10</c> as a child process: it runs the scenario,
/// then serves the API and the dashboard. Its address and an operator key (party PK) are read from
/// the lines it prints: <c>Listening on http://127.0.0.1:PORT/</c> and <c>Dashboard: …/#key=KEY</c>.
/// One demo serves every test of the collection.
/// </summary>
public sealed partial class DemoServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-dashboard-").FullName;
    private VigilProcess? _process;

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The dashboard link the demo printed, key fragment included.</summary>
    public Uri DashboardLink { get; private set; } = null!;

    /// <summary>The operator key from the link.</summary>
    public string Key { get; private set; } = "";

    /// <summary>What the demo printed so far (stdout and stderr), for failure messages.</summary>
    public string Output => _process?.Output ?? "";

    /// <summary>A client for the API sending the demo's key.</summary>
    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    public async Task InitializeAsync()
    {
        // Ten times real time, so that drones cross within the first minute of a test run (the replay
        // starts over at the scenario's end).
        _process = VigilProcess.Start(_dir, "demo", "--port", "0", "--db", Path.Combine(_dir, "vigil.db"), "--speed", "10");
        Address = await _process.WaitForListeningAsync(StartTimeout);
        DashboardLink = new Uri((await _process.WaitForLineAsync(DashboardLine(), StartTimeout)).Groups[1].Value);
        Key = Uri.UnescapeDataString(DashboardLink.Fragment.TrimStart('#').Split('&').Single(p => p.StartsWith("key=", StringComparison.Ordinal))["key=".Length..]);
    }

    public Task DisposeAsync()
    {
        _process?.Dispose();
        VigilProcess.DeleteFolder(_dir);

        return Task.CompletedTask;
    }

    [GeneratedRegex(@"^Dashboard: (http://\S+#key=\S+)\s*$")]
    private static partial Regex DashboardLine();
}
