using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Vigil.Server.Tests;

public sealed class EvidenceApiTest
{
    [Fact]
    public async Task Upload_LinkedAsANewVersionAndLogged_ReadBack_HashCheckedAndReaderInCustody()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        byte[] photo = Encoding.UTF8.GetBytes("not really a JPEG, but bytes all the same");
        string sha256 = Convert.ToHexStringLower(SHA256.HashData(photo));

        string id = await RecordsApi.UploadAsync(live, "liaison PK", "INC-0001", photo);

        Assert.Equal("sha256:" + sha256, id);
        using HttpClient observer = live.Client("observer");
        JsonElement detail = await observer.GetFromJsonAsync<JsonElement>("api/incidents/INC-0001");
        JsonElement linked = Assert.Single(detail.GetProperty("evidence").EnumerateArray());
        Assert.Equal((sha256, "image/jpeg", "photo.jpg", "PK"), (linked.GetProperty("sha256").GetString(), linked.GetProperty("mediaType").GetString(), linked.GetProperty("name").GetString(), linked.GetProperty("party").GetString()));
        Assert.Equal(photo.Length, linked.GetProperty("size").GetInt32());
        Assert.Equal(2, detail.GetProperty("record").GetProperty("version").GetInt32());
        Assert.Equal($"evidence {id} added", detail.GetProperty("versions")[1].GetProperty("change").GetString());
        Assert.Equal(1, (await observer.GetFromJsonAsync<JsonElement>("api/incidents")).GetProperty("incidents")[0].GetProperty("evidence").GetInt32());

        long index = detail.GetProperty("ledger").GetProperty("logIndex").GetInt64();
        byte[] entry = (await observer.GetFromJsonAsync<JsonElement>($"api/log/entries/{index}")).GetProperty("leaf").GetBytesFromBase64();
        Assert.Equal(sha256, JsonDocument.Parse(entry).RootElement.GetProperty("incident").GetProperty("evidence")[0].GetProperty("sha256").GetString());

        using HttpResponseMessage read = await observer.GetAsync(new Uri($"api/evidence/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("image/jpeg", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal(photo, await read.Content.ReadAsByteArrayAsync());
        Assert.Equal($"sha-256=:{Convert.ToBase64String(SHA256.HashData(photo))}:", Assert.Single(read.Headers.GetValues("Repr-Digest")));

        JsonElement custody = await observer.GetFromJsonAsync<JsonElement>($"api/evidence/{sha256}/custody");
        Assert.EndsWith("(liaison PK)", custody.GetProperty("evidence").GetProperty("collectedBy").GetString(), StringComparison.Ordinal);
        JsonElement[] chain = [.. custody.GetProperty("custody").EnumerateArray()];
        Assert.Equal(["collected", "viewed"], chain.Select(e => e.GetProperty("action").GetString()));
        Assert.EndsWith("(observer)", chain[1].GetProperty("by").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_SameBytesAgain_SameCallerGets200AndNothingNew_AnotherPartyLinksThemToo()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        byte[] photo = Encoding.UTF8.GetBytes("the same bytes, sent twice");
        string id = await RecordsApi.UploadAsync(live, "liaison PK", "INC-0001", photo);
        var before = RecordsApi.Counts(live);

        // A retried upload: the link is there already, so nothing is stored or logged again.
        using HttpClient pk = live.Client("liaison PK");
        using var body = new ByteArrayContent(photo);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        using HttpResponseMessage again = await pk.PostAsync(new Uri("api/incidents/INC-0001/evidence?name=photo.jpg", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        JsonElement answer = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, answer.GetProperty("evidence").GetProperty("id").GetString());
        Assert.Equal(2, answer.GetProperty("record").GetProperty("version").GetInt32());
        Assert.Equal(before, RecordsApi.Counts(live));

        // The other party sending the same bytes is a fact of its own: a second link, a new version.
        Assert.Equal(id, await RecordsApi.UploadAsync(live, "liaison AF", "INC-0001", photo));
        using HttpClient observer = live.Client("observer");
        JsonElement detail = await observer.GetFromJsonAsync<JsonElement>("api/incidents/INC-0001");
        Assert.Equal(["PK", "AF"], detail.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("party").GetString()));
        Assert.Equal(3, detail.GetProperty("record").GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("api/evidence/sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("api/evidence/not-a-hash")]
    [InlineData("api/evidence/0000000000000000000000000000000000000000000000000000000000000000/custody")]
    public async Task Read_UnknownEvidence_404Problem(string path)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client("observer");
        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        await RecordsApi.ProblemAsync(response, HttpStatusCode.NotFound);
    }
}
