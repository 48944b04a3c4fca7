using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Vigil.Dashboard.Tests;

/// <summary>
/// The real <c>vigil</c> command as a child process (<c>dotnet vigil.dll ARGS</c>, its data under the
/// working folder), with everything it prints kept for waiting on lines and for failure messages.
/// </summary>
public sealed partial class VigilProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<(Regex Pattern, TaskCompletionSource<Match> Found)> _waiting = [];

    private VigilProcess(Process process) => _process = process;

    /// <summary>What the process printed so far (stdout, and stderr lines marked as such).</summary>
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

    /// <summary>Starts <c>vigil ARGS</c> in <paramref name="workingDirectory"/>, standard input closed.</summary>
    public static VigilProcess Start(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vigil.dll"));
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["VIGIL_DATA_DIR"] = Path.Combine(workingDirectory, "data");
        var child = new VigilProcess(new Process { StartInfo = psi, EnableRaisingEvents = true });
        child._process.OutputDataReceived += (_, e) => child.Take(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Take(e.Data is null ? null : "stderr: " + e.Data);
        child._process.Exited += (_, _) => child.Ended();
        child._process.Start();
        child._process.StandardInput.Close();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The address of a serving command: its <c>Listening on URL</c> line.</summary>
    public async Task<Uri> WaitForListeningAsync(TimeSpan timeout) =>
        new((await WaitForLineAsync(ListeningLine(), timeout).ConfigureAwait(false)).Groups[1].Value);

    /// <summary>Deletes a temporary folder a test made; a file still held open leaves it behind.</summary>
    public static void DeleteFolder(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The first line printed (now or before) that matches <paramref name="pattern"/>; fails when the process ends or <paramref name="timeout"/> passes first.</summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            foreach (string line in _output)
            {
                if (pattern.Match(line) is { Success: true } m)
                {
                    return m;
                }
            }

            _waiting.Add((pattern, found));
        }

        if (_process.HasExited)
        {
            Ended();
        }

        try
        {
            return await found.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"vigil printed no line matching {pattern} in {timeout}:\n{Output}");
        }
    }

    /// <summary>Waits for the process to end and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(20));
        }

        _process.Dispose();
    }

    private void Take(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
            foreach ((Regex pattern, TaskCompletionSource<Match> found) in _waiting)
            {
                if (pattern.Match(line) is { Success: true } m)
                {
                    found.TrySetResult(m);
                }
            }
        }
    }

    private void Ended()
    {
        lock (_output)
        {
            foreach ((_, TaskCompletionSource<Match> found) in _waiting)
            {
                found.TrySetException(new InvalidOperationException($"vigil exited ({_process.ExitCode}) before printing the line awaited:\n{string.Join('\n', _output)}"));
            }
        }
    }

    [GeneratedRegex(@"^Listening on (http://\S+/)\s*$")]
    private static partial Regex ListeningLine();
}
