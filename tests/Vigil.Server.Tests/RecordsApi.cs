using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Ledger.Log;
using Vigil.Storage;

namespace Vigil.Server.Tests;

/// <summary>Requests and database counts the record tests share.</summary>
internal static class RecordsApi
{
    /// <summary>A point in Bajaur, a few km from the Afghanistan–Pakistan border.</summary>
    public const string OpenBody = """{"subType":"drone-incursion","start":"2026-07-01T03:00:00Z","lat":34.68,"lon":71.5,"description":"A quadcopter over a border post"}""";

    /// <summary>A short synthetic report (not a real news item) about a drone over Zhob.</summary>
    public const string ReportText =
        "Pakistan's military said on Tuesday that its air defences shot down a quadcopter that crossed from Afghanistan into the Zhob district of Balochistan on June 30.\n\n" +
        "A Taliban spokesman denied that any drone had been launched from Afghan territory.";

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, HttpContent? body = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = body };
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead); // a stream's body never ends
    }

    /// <summary>Opens a record as <paramref name="holder"/> and returns its JSON.</summary>
    public static async Task<JsonElement> OpenAsync(LiveServer live, string holder, string body = OpenBody)
    {
        using HttpClient client = live.Client(holder);
        using HttpResponseMessage response = await client.PostAsync(new Uri("api/incidents", UriKind.Relative), Json(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Uploads evidence as <paramref name="holder"/>; returns the evidence id.</summary>
    public static async Task<string> UploadAsync(LiveServer live, string holder, string incident, byte[] content, string mediaType = "image/jpeg")
    {
        using HttpClient client = live.Client(holder);
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        using HttpResponseMessage response = await client.PostAsync(new Uri($"api/incidents/{incident}/evidence?name=photo.jpg", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return answer.GetProperty("evidence").GetProperty("id").GetString()!;
    }

    /// <summary>What a rejected request must leave as it was: incident versions, evidence rows, custody events, notifications, reports, log size.</summary>
    public static (long Versions, long Evidence, long Custody, long Notifications, long Reports, long Log) Counts(LiveServer live)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = live.DbPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        long Count(string table)
        {
            using SqliteCommand cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM {table};";
            return (long)cmd.ExecuteScalar()!;
        }

        using SqliteLog log = SqliteLog.Open(live.DbPath);
        return (Count("incident_versions"), Count("evidence"), Count("custody_events"), Count("notifications"), Count("reports"), log.Size);
    }

    /// <summary>Asserts <paramref name="response"/> is a problem+json of <paramref name="status"/>; returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"got {(int)response.StatusCode} {text}, want {(int)status}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>The transparency log as the server keeps it (for its key and checkpoint).</summary>
    public static T WithLog<T>(LiveServer live, Func<TransparencyLog, T> use)
    {
        using SqliteLog store = SqliteLog.Open(live.DbPath);
        using TransparencyLog log = TransparencyLog.Open(store);
        return use(log);
    }
}
