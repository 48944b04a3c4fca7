using System.Diagnostics;
using System.Globalization;
using Vigil.Storage;

namespace Vigil.Cli.Bench;

/// <summary>
/// The server a benchmark measures: either a real <c>vigil serve --synthetic-tracks N --port 0</c>
/// child process over a fresh database in a temporary folder, with an observer key made on that
/// database before the server opens it, or a running server given by its address and key
/// (<see cref="External"/>), which is left alone. Disposing stops the child and deletes the folder.
/// </summary>
internal sealed class BenchServer : IAsyncDisposable
{
    private const string ListeningPrefix = "Listening on ";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);
    private readonly Process? _child;
    private readonly string? _dir;

    private BenchServer(string url, string key, Process? child, string? dir)
    {
        Url = url;
        Key = key;
        _child = child;
        _dir = dir;
    }

    /// <summary>The server's address, ending in <c>/</c>, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string Url { get; }

    /// <summary>An observer key of the server.</summary>
    public string Key { get; }

    /// <summary>The child's process id; null for a server given by <see cref="External"/>.</summary>
    public int? ProcessId => _child?.Id;

    /// <summary>A running server at <paramref name="url"/> with the key <paramref name="key"/>; disposing it does nothing.</summary>
    public static BenchServer External(string url, string key) => new(url.EndsWith('/') ? url : url + "/", key, null, null);

    /// <summary>
    /// Makes a fresh database with an observer key named <paramref name="keyName"/>, starts
    /// <c>vigil serve --synthetic-tracks <paramref name="tracks"/> --port 0</c> on it (this same
    /// executable) and waits up to a minute for its <c>Listening on URL</c> line.
    /// </summary>
    /// <exception cref="InvalidOperationException">The server exited before listening.</exception>
    public static async Task<BenchServer> StartAsync(int tracks, string keyName, CancellationToken cancellationToken)
    {
        string dir = Directory.CreateTempSubdirectory("vigil-bench-").FullName;
        Process? child = null;
        try
        {
            string db = Path.Combine(dir, "vigil.db");
            string key;
            using (SqliteKeyStore store = SqliteKeyStore.Open(db))
            {
                key = store.Create("observer", null, keyName, DateTimeOffset.UnixEpoch).Secret;
            }

            child = Start(["serve", "--synthetic-tracks", tracks.ToString(CultureInfo.InvariantCulture), "--port", "0", "--db", db]);
            Task<string> stderr = child.StandardError.ReadToEndAsync(CancellationToken.None);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StartTimeout);
            while (await child.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
            {
                if (line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
                {
                    _ = child.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    var server = new BenchServer(line[ListeningPrefix.Length..].Trim(), key, child, dir);
                    child = null;
                    return server;
                }
            }

            await child.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            throw new InvalidOperationException($"vigil serve exited ({child.ExitCode}) before listening: {(await stderr.ConfigureAwait(false)).Trim()}");
        }
        finally
        {
            if (child is not null)
            {
                await StopAsync(child).ConfigureAwait(false);
                Delete(dir);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_child is not null)
        {
            await StopAsync(_child).ConfigureAwait(false);
        }

        if (_dir is not null)
        {
            Delete(_dir);
        }
    }

    /// <summary>Starts this executable (through <c>dotnet</c> when that is what runs it) with <paramref name="args"/>.</summary>
    private static Process Start(string[] args)
    {
        string self = Environment.ProcessPath!;
        var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            psi.ArgumentList.Add(typeof(BenchServer).Assembly.Location);
        }

        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        return Process.Start(psi)!;
    }

    private static async Task StopAsync(Process child)
    {
        if (!child.HasExited)
        {
            child.Kill(entireProcessTree: true);
        }

        await child.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        child.Dispose();
    }

    private static void Delete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
