using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Ledger.Crypto;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;
using Vigil.Ledger.Verification;

namespace Vigil.Server.Tests;

public sealed class LedgerApiTest
{
    [Fact]
    public async Task Bundle_OfARecord_VerifiesAndHoldsItsCurrentVersion()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        using HttpClient client = live.Client("liaison PK");
        using (HttpResponseMessage claimed = await client.PostAsync(
            new Uri("api/incidents/INC-0001/claims", UriKind.Relative), RecordsApi.Json("""{"speaker":"official","stance":"asserts","statement":"Brought down."}""")))
        {
            Assert.Equal(HttpStatusCode.Created, claimed.StatusCode);
        }

        byte[] json = await client.GetByteArrayAsync(new Uri("api/incidents/INC-0001/bundle", UriKind.Relative));

        Assert.True(Bundle.TryParse(json, out Bundle? bundle, out string error), error);
        VerificationReport report = BundleVerifier.Verify(bundle);
        Assert.True(report.Ok, string.Join("; ", report.Problems.Select(p => p.Message)));
        JsonElement incident = JsonDocument.Parse(json).RootElement.GetProperty("incident");
        Assert.Equal(("INC-0001", 2), (incident.GetProperty("id").GetString(), incident.GetProperty("version").GetInt32()));
        ReadOnlyMemory<byte> entry = bundle.Entries[(int)incident.GetProperty("logIndex").GetInt64()];
        Assert.Equal(incident.GetProperty("leafHash").GetString(), Rfc9162.HashLeaf(entry.Span).ToBase64());
        JsonElement logged = JsonDocument.Parse(entry).RootElement;
        Assert.Equal("incident-record", logged.GetProperty("type").GetString());
        Assert.Equal(2, logged.GetProperty("incident").GetProperty("version").GetInt32());
        Assert.EndsWith("(liaison PK)", logged.GetProperty("by").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InclusionProof_OfARecordVersion_VerifiesAgainstTheCheckpoint()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        await RecordsApi.OpenAsync(live, "operator PK");
        await RecordsApi.OpenAsync(live, "liaison AF");
        using HttpClient client = live.Client("observer");
        long index = (await client.GetFromJsonAsync<JsonElement>("api/incidents/INC-0002")).GetProperty("ledger").GetProperty("logIndex").GetInt64();

        JsonElement leaf = await client.GetFromJsonAsync<JsonElement>($"api/log/entries/{index}");
        byte[] proofJson = await client.GetByteArrayAsync(new Uri($"api/log/proof/inclusion?index={index}", UriKind.Relative));
        string checkpointText = await client.GetStringAsync(new Uri("api/log/checkpoint", UriKind.Relative));
        string key = (await client.GetStringAsync(new Uri("api/log/key", UriKind.Relative))).Trim();

        Assert.True(InclusionProof.TryParse(proofJson, out InclusionProof? proof, out string error), error);
        Assert.True(SignedCheckpoint.TryParse(checkpointText, out SignedCheckpoint? checkpoint, out error), error);
        Assert.True(NoteVerifier.TryParse(key, out NoteVerifier? logKey, out error), error);
        VerificationReport report = EntryVerifier.Verify(leaf.GetProperty("leaf").GetBytesFromBase64(), proof, checkpoint, logKey);
        Assert.True(report.Ok, string.Join("; ", report.Problems.Select(p => p.Message)));
        Assert.Equal(3, checkpoint.Checkpoint.Size);
    }

    [Fact]
    public async Task ConsistencyProof_BetweenTwoCheckpoints_Verifies()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client("observer");
        await RecordsApi.OpenAsync(live, "facilitator");
        SignedCheckpoint first = Parse(await client.GetStringAsync(new Uri("api/log/checkpoint", UriKind.Relative)));
        await RecordsApi.OpenAsync(live, "facilitator");
        await RecordsApi.OpenAsync(live, "facilitator");
        SignedCheckpoint second = Parse(await client.GetStringAsync(new Uri("api/log/checkpoint", UriKind.Relative)));

        byte[] json = await client.GetByteArrayAsync(new Uri($"api/log/proof/consistency?from={first.Checkpoint.Size}&to={second.Checkpoint.Size}", UriKind.Relative));

        Assert.True(ConsistencyProof.TryParse(json, out ConsistencyProof? proof, out string error), error);
        Assert.True(ProofVerifier.VerifyConsistency(proof.Size1, proof.Size2, proof.Proof, first.Checkpoint.RootHash, second.Checkpoint.RootHash).Ok);
    }

    [Fact]
    public async Task Cosignature_ByAWitness_AddedToTheCheckpoint_ABadOne_400()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        using HttpClient client = live.Client("witness");
        SignedCheckpoint checkpoint = Parse(await client.GetStringAsync(new Uri("api/log/checkpoint", UriKind.Relative)));
        using var witness = new CosignatureSigner("witness.example/w1", Ed25519PrivateKey.Generate(), TimeProvider.System);
        using var other = new CosignatureSigner("witness.example/w1", Ed25519PrivateKey.Generate(), TimeProvider.System);
        string line = witness.Sign(checkpoint.Checkpoint).ToNoteSignature().ToLine();
        var before = RecordsApi.Counts(live);

        using (HttpResponseMessage forged = await client.PostAsync(new Uri("api/log/cosignatures", UriKind.Relative),
            RecordsApi.Json(JsonSerializer.Serialize(new { witnessKey = other.Verifier.VerifierKey, signature = line }))))
        {
            await RecordsApi.ProblemAsync(forged, HttpStatusCode.BadRequest);
        }

        using HttpResponseMessage added = await client.PostAsync(new Uri("api/log/cosignatures", UriKind.Relative),
            RecordsApi.Json(JsonSerializer.Serialize(new { witnessKey = witness.Verifier.VerifierKey, signature = line })));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("text/plain", added.Content.Headers.ContentType?.MediaType);
        SignedCheckpoint cosigned = Parse(await added.Content.ReadAsStringAsync());
        Assert.Single(new NoteVerifierSet([witness.Verifier]).Verify(cosigned.Note).Verified);
        Assert.Contains(line.TrimEnd('\n'), await client.GetStringAsync(new Uri("api/log/checkpoint", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(before, RecordsApi.Counts(live));
    }

    [Theory]
    [InlineData("api/log/entries/5", HttpStatusCode.NotFound)]
    [InlineData("api/log/entries/minus-one", HttpStatusCode.NotFound)]
    [InlineData("api/log/proof/inclusion", HttpStatusCode.BadRequest)]
    [InlineData("api/log/proof/inclusion?index=1&size=1", HttpStatusCode.BadRequest)]
    [InlineData("api/log/proof/inclusion?index=x", HttpStatusCode.BadRequest)]
    [InlineData("api/log/proof/consistency?from=0", HttpStatusCode.BadRequest)]
    [InlineData("api/log/proof/consistency?from=1&to=9", HttpStatusCode.BadRequest)]
    [InlineData("api/export/incidents?format=xlsx", HttpStatusCode.BadRequest)]
    public async Task Get_OutOfRangeOrMalformed_Problem(string path, HttpStatusCode status)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        await RecordsApi.OpenAsync(live, "facilitator");
        using HttpClient client = live.Client("observer");
        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        await RecordsApi.ProblemAsync(response, status);
    }

    private static SignedCheckpoint Parse(string text) =>
        SignedCheckpoint.TryParse(text, out SignedCheckpoint? c, out string error) ? c : throw new InvalidDataException(error + "\n" + Encoding.UTF8.GetByteCount(text));
}
