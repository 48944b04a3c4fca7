using System.Diagnostics;

namespace Vigil.EndToEnd.Tests;

/// <summary>Runs the real <c>vigil</c> executable as a child process.</summary>
internal static class VigilProcess
{
    /// <summary>
    /// Runs <c>vigil ARGS</c> in <paramref name="dir"/> (its data directory under it), with
    /// <paramref name="stdin"/> as standard input when given; returns the exit code and both outputs.
    /// </summary>
    public static (int Code, string Stdout, string Stderr) Run(string dir, string? stdin, params string[] args)
    {
        using Process p = Start(dir, args);
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
        }

        p.StandardInput.Close();
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(2)), "vigil did not finish in 2 minutes");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts <c>vigil ARGS</c> in <paramref name="dir"/> with all three standard streams redirected.</summary>
    public static Process Start(string dir, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dir,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vigil.dll"));
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["VIGIL_DATA_DIR"] = Path.Combine(dir, "data");
        return Process.Start(psi)!;
    }
}
