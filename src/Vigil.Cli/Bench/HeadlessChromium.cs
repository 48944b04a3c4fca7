using System.Diagnostics;

namespace Vigil.Cli.Bench;

/// <summary>
/// Debian's headless Chromium as the dashboard's browser tests and <c>vigil bench dashboard</c> run
/// it: the one place its path and flags are written, so that the tests and the benchmark cannot
/// drift apart. WebGL runs on SwiftShader, Chromium's software renderer. <see cref="StartAsync"/>
/// starts it with the DevTools protocol on a free port and a fresh profile.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>Debian's chromium (scripts/browser-setup.sh installs it).</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>What to run when <see cref="ExecutablePath"/> is missing.</summary>
    public const string SetupHint = "run scripts/browser-setup.sh (as root) to install Debian's chromium and chromium-driver";

    private const string ListeningPrefix = "DevTools listening on ";
    private readonly Process _process;
    private readonly string _profile;

    private HeadlessChromium(Process process, string profile, Uri endpoint)
    {
        _process = process;
        _profile = profile;
        DevToolsEndpoint = endpoint;
    }

    /// <summary>
    /// The flags of every headless run: the new headless mode, no sandbox (CI runs as root), no
    /// /dev/shm (small in containers), WebGL through ANGLE on SwiftShader, and a 1600×900 window.
    /// </summary>
    public static IReadOnlyList<string> Flags { get; } =
    [
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--window-size=1600,900",
    ];

    /// <summary>The browser's DevTools WebSocket, e.g. <c>ws://127.0.0.1:39201/devtools/browser/…</c>.</summary>
    public Uri DevToolsEndpoint { get; }

    /// <summary>The browser process's id (its renderers and GPU process are its descendants).</summary>
    public int ProcessId => _process.Id;

    /// <summary>
    /// The DevTools address in Chromium's line <c>DevTools listening on ws://HOST:PORT/devtools/browser/ID</c>;
    /// false for any other line.
    /// </summary>
    public static bool TryParseDevToolsLine(string line, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? endpoint)
    {
        endpoint = null;
        int at = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        string address = line[(at + ListeningPrefix.Length)..].Trim();
        if (!Uri.TryCreate(address, UriKind.Absolute, out Uri? uri) || uri.Scheme != "ws" || uri.Port <= 0
            || !uri.AbsolutePath.StartsWith("/devtools/browser/", StringComparison.Ordinal))
        {
            return false;
        }

        endpoint = uri;
        return true;
    }

    /// <summary>
    /// Starts <see cref="ExecutablePath"/> with <see cref="Flags"/>, <c>--remote-debugging-port=0</c>
    /// and a fresh <c>--user-data-dir</c> on <c>about:blank</c>, and waits up to
    /// <paramref name="timeout"/> for the DevTools line on its standard error.
    /// </summary>
    /// <exception cref="InvalidOperationException">Chromium ended or stayed silent before printing the line.</exception>
    public static async Task<HeadlessChromium> StartAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        string profile = Directory.CreateTempSubdirectory("vigil-chromium-").FullName;
        var psi = new ProcessStartInfo(ExecutablePath) { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true };
        foreach (string flag in Flags)
        {
            psi.ArgumentList.Add(flag);
        }

        psi.ArgumentList.Add("--remote-debugging-port=0");
        psi.ArgumentList.Add("--user-data-dir=" + profile);
        psi.ArgumentList.Add("about:blank");
        Process? process = Process.Start(psi)!;
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var seen = new List<string>();
        try
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(timeout);
            while (await process.StandardError.ReadLineAsync(wait.Token).ConfigureAwait(false) is { } line)
            {
                if (TryParseDevToolsLine(line, out Uri? endpoint))
                {
                    _ = process.StandardError.ReadToEndAsync(CancellationToken.None); // keep the pipe drained
                    var chromium = new HeadlessChromium(process, profile, endpoint);
                    process = null; // the instance owns it now
                    return chromium;
                }

                seen.Add(line);
            }

            throw new InvalidOperationException($"chromium ended before printing its DevTools address:\n{string.Join('\n', seen.TakeLast(10))}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"chromium printed no DevTools address in {timeout.TotalSeconds:F0} s:\n{string.Join('\n', seen.TakeLast(10))}");
        }
        finally
        {
            if (process is not null)
            {
                await StopAsync(process).ConfigureAwait(false);
                await DeleteProfileAsync(profile).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Asks the browser to close over <paramref name="cdp"/> and waits up to five seconds for it to
    /// end, so that it shuts its helpers down itself; <see cref="DisposeAsync"/> kills whatever is left.
    /// </summary>
    public async Task CloseAsync(CdpConnection cdp)
    {
        try
        {
            await cdp.SendAsync("Browser.close", null, null, TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(false);
        }
        catch (CdpException)
        {
            // it may end before it answers
        }

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // killed on disposal
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(_process).ConfigureAwait(false);
        await DeleteProfileAsync(_profile).ConfigureAwait(false);
    }

    private static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        process.Dispose();
    }

    private static async Task DeleteProfileAsync(string profile)
    {
        // Chromium's helpers may still be writing for a moment after the browser process is gone.
        for (int attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                Directory.Delete(profile, recursive: true);
                return;
            }
            catch (IOException)
            {
                await Task.Delay(200, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
