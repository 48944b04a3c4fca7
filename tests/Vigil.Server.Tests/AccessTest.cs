using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Vigil.Server.Tests;

public sealed class AccessTest
{
    [Fact]
    public async Task Health_WithoutKey_Ok()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client();
        JsonElement health = await client.GetFromJsonAsync<JsonElement>("api/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Me_WithoutKey_401ProblemWithChallenge()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client();
        using HttpResponseMessage response = await client.GetAsync(new Uri("api/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Me_UnknownKey_401NamesTheReason()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "vgl_not-a-key");
        using HttpResponseMessage response = await client.GetAsync(new Uri("api/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("unknown or revoked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_LiaisonKey_RoleAndParty()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client("liaison PK");
        JsonElement me = await client.GetFromJsonAsync<JsonElement>("api/me");
        Assert.Equal("liaison", me.GetProperty("role").GetString());
        Assert.Equal("PK", me.GetProperty("party").GetString());
    }

    [Fact]
    public async Task OpenApi_Document_ListsHealth()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client();
        JsonElement doc = await client.GetFromJsonAsync<JsonElement>("openapi/v1.json");
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/health", out _));
    }
}
