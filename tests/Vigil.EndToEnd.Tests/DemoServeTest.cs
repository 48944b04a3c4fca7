using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vigil.EndToEnd.Tests;

/// <summary><c>vigil demo</c> without <c>--no-serve</c>, as a real process: the run, then the server on its database.</summary>
public sealed partial class DemoServeTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-demo-serve-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Demo_Serve_PrintsAddressAndDashboardThenAnswersUntilSigterm()
    {
        string outDir = Path.Combine(_dir, "out");
        using Process p = VigilProcess.Start(_dir, "demo", "--port", "0", "--db", Path.Combine(_dir, "v.db"), "--out", outDir);
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        try
        {
            var lines = new List<string>();
            using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
            {
                while (await p.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
                {
                    lines.Add(line);
                    if (line.StartsWith("Dashboard: ", StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }

            Assert.True(lines.Count >= 2 && lines[^1].StartsWith("Dashboard: ", StringComparison.Ordinal), $"no Dashboard line; stdout: {string.Join('\n', lines)}");
            Match listening = Listening().Match(lines[^2]);
            Assert.True(listening.Success, lines[^2]);
            string url = listening.Groups[1].Value;
            Match dashboard = Dashboard().Match(lines[^1]);
            Assert.True(dashboard.Success, lines[^1]);
            Assert.Equal(url, dashboard.Groups[1].Value);
            string key = dashboard.Groups[2].Value;

            using var client = new HttpClient { BaseAddress = new Uri(url) };
            JsonElement health = await client.GetFromJsonAsync<JsonElement>("api/health");
            Assert.Equal("ok", health.GetProperty("status").GetString());

            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            JsonElement me = await client.GetFromJsonAsync<JsonElement>("api/me");
            Assert.Equal("operator", me.GetProperty("role").GetString());
            Assert.Equal("PK", me.GetProperty("party").GetString());

            JsonElement alerts = await client.GetFromJsonAsync<JsonElement>("api/alerts");
            Assert.Equal(1, alerts.GetProperty("run").GetInt64());
            JsonElement[] list = [.. alerts.GetProperty("alerts").EnumerateArray()];
            Assert.Equal(5, list.Count(a => a.GetProperty("kind").GetString() == "border-crossing"));
            Assert.Single(list, a => a.GetProperty("kind").GetString() == "swarm");
            Assert.All(list, a => Assert.Equal(JsonValueKind.String, a.GetProperty("receivedAt").ValueKind));

            using JsonDocument keys = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "keys.json")));
            Assert.Equal(url, keys.RootElement.GetProperty("url").GetString());
            Assert.Equal(
                ["operator PK", "liaison PK", "operator AF", "liaison AF", "facilitator", "witness", "observer"],
                keys.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("holder").GetString()));

            using (Process term = Process.Start("kill", ["-TERM", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await p.WaitForExitAsync(exit.Token);
            Assert.True(p.ExitCode == 0, await stderr);
        }
        finally
        {
            if (!p.HasExited)
            {
                p.Kill(entireProcessTree: true);
                await p.WaitForExitAsync();
            }
        }
    }

    [GeneratedRegex(@"^Listening on (http://127\.0\.0\.1:[0-9]+/)$")]
    private static partial Regex Listening();

    [GeneratedRegex(@"^Dashboard: (http://127\.0\.0\.1:[0-9]+/)#key=(vgl_[A-Za-z0-9_-]{43})$")]
    private static partial Regex Dashboard();
}
