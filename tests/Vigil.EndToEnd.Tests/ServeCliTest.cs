using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Vigil.EndToEnd.Tests;

/// <summary><c>vigil keys</c> and <c>vigil serve</c> as real processes, over real HTTP on loopback.</summary>
public sealed class ServeCliTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-serve-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Serve_KeyCreatedByTheCli_AuthenticatesAndShowsItsRoleAndParty()
    {
        (int code, string stdout, _) = VigilProcess.Run(_dir, null, "keys", "create", "--role", "liaison", "--party", "AF", "--name", "MoD liaison desk");
        Assert.Equal(0, code);
        using JsonDocument created = JsonDocument.Parse(stdout);
        string id = created.RootElement.GetProperty("id").GetString()!, key = created.RootElement.GetProperty("key").GetString()!;
        Assert.StartsWith("vgl_", key, StringComparison.Ordinal);

        // The database keeps the key's hash, never the key.
        Assert.DoesNotContain(key, File.ReadAllText(Path.Combine(_dir, "data", "vigil.db"), System.Text.Encoding.Latin1), StringComparison.Ordinal);
        string listed = VigilProcess.Run(_dir, null, "keys", "list").Stdout;
        Assert.Contains(id, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);

        using Process server = VigilProcess.Start(_dir, "serve", "--port", "0");
        try
        {
            Uri address = await ListeningAddress(server);
            using var client = new HttpClient { BaseAddress = address };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("api/health", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("api/me", UriKind.Relative))).StatusCode);

            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using JsonDocument me = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/me", UriKind.Relative)));
            Assert.Equal((id, "liaison", "AF"), (me.RootElement.GetProperty("id").GetString(), me.RootElement.GetProperty("role").GetString(), me.RootElement.GetProperty("party").GetString()));

            // Revoked: the running server refuses the key from then on.
            Assert.Equal(0, VigilProcess.Run(_dir, null, "keys", "revoke", id).Code);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("api/me", UriKind.Relative))).StatusCode);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("'admin' is not a role", "keys", "create", "--role", "admin")]
    [InlineData("a liaison key needs --party", "keys", "create", "--role", "liaison")]
    [InlineData("'Pakistan' is not a party code", "keys", "create", "--role", "operator", "--party", "Pakistan")]
    [InlineData("no valid key 'k000000000000'", "keys", "revoke", "k000000000000")]
    [InlineData("'localhost' is not an IP address", "serve", "--address", "localhost")]
    [InlineData("port 70000 is out of range", "serve", "--port", "70000")]
    public void BadInput_ExitsTwo_SayingWhatIsWrong(string message, params string[] args)
    {
        (int code, _, string stderr) = VigilProcess.Run(_dir, null, args);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    /// <summary>The address from the server's <c>Listening on URL</c> line.</summary>
    internal static async Task<Uri> ListeningAddress(Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("Listening on ", StringComparison.Ordinal))
            {
                return new Uri(line["Listening on ".Length..]);
            }
        }

        throw new InvalidOperationException($"the server exited ({server.ExitCode}) before it listened: {await server.StandardError.ReadToEndAsync()}");
    }
}
