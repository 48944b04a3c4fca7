using System.Diagnostics;
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
    private readonly List<string> _output = [];
    private Process? _process;

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The dashboard link the demo printed, key fragment included.</summary>
    public Uri DashboardLink { get; private set; } = null!;

    /// <summary>The operator key from the link.</summary>
    public string Key { get; private set; } = "";

    /// <summary>What the demo printed so far (stdout and stderr), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>A client for the API sending the demo's key.</summary>
    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    public async Task InitializeAsync()
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _dir,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vigil.dll"));
        // Ten times real time, so that drones cross within the first minute of a test run (the replay
        // starts over at the scenario's end).
        foreach (string a in new[] { "demo", "--port", "0", "--db", Path.Combine(_dir, "vigil.db"), "--speed", "10" })
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["VIGIL_DATA_DIR"] = Path.Combine(_dir, "data");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var dashboard = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line)
            {
                return;
            }

            Remember(line);
            if (ListeningLine().Match(line) is { Success: true } l)
            {
                listening.TrySetResult(new Uri(l.Groups[1].Value));
            }
            else if (DashboardLine().Match(line) is { Success: true } d)
            {
                dashboard.TrySetResult(new Uri(d.Groups[1].Value));
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Remember("stderr: " + line);
            }
        };
        _process.Exited += (_, _) =>
        {
            var ended = new InvalidOperationException($"vigil demo exited before it served the dashboard:\n{Output}");
            listening.TrySetException(ended);
            dashboard.TrySetException(ended);
        };
        _process.Start();
        _process.StandardInput.Close();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            Address = await listening.Task.WaitAsync(timeout.Token);
            DashboardLink = await dashboard.Task.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"vigil demo printed no 'Listening on' and 'Dashboard:' lines in {StartTimeout}:\n{Output}");
        }

        Key = Uri.UnescapeDataString(DashboardLink.Fragment.TrimStart('#').Split('&').Single(p => p.StartsWith("key=", StringComparison.Ordinal))["key=".Length..]);
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(20));
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    private void Remember(string line)
    {
        lock (_output)
        {
            _output.Add(line);
        }
    }

    [GeneratedRegex(@"^Listening on (http://\S+/)\s*$")]
    private static partial Regex ListeningLine();

    [GeneratedRegex(@"^Dashboard: (http://\S+#key=\S+)\s*$")]
    private static partial Regex DashboardLine();
}
