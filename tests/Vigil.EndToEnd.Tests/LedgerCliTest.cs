using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.EndToEnd.Tests;

/// <summary>The log, two witnesses and an offline verifier, each as the real <c>vigil</c> command.</summary>
public sealed class LedgerCliTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-ledger-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void AppendCheckpointCosignExportVerify_HoldsUntilAnEntryIsRewritten()
    {
        string db = Path.Combine(_dir, "log.db");
        Append(db, 1, 5);
        string logKey = Ok("log", "key", "--db", db).Trim();
        string[] witnessKeys = [Ok("witness", "init", "--state", "w1", "--name", "vigil.test/w1").Trim(), Ok("witness", "init", "--state", "w2", "--name", "vigil.test/w2").Trim()];

        // Both witnesses cosign the checkpoint of 5 on first sight, then the one of 8 with a consistency proof.
        CosignCheckpoint(db, logKey, witnessKeys, proof: null);
        Append(db, 6, 8);
        File.WriteAllText(Path.Combine(_dir, "proof.json"), Ok("log", "consistency", "--db", db, "--from", "5", "--to", "8"));
        CosignCheckpoint(db, logKey, witnessKeys, proof: "proof.json");

        Ok("log", "export", "--db", db, "--out", "bundle.json", "--witness-key", witnessKeys[0], "--witness-key", witnessKeys[1], "--threshold", "2");
        using (JsonDocument verified = JsonDocument.Parse(Ok("verify", "bundle.json")))
        {
            JsonElement r = verified.RootElement;
            Assert.True(r.GetProperty("ok").GetBoolean());
            Assert.Equal(8, r.GetProperty("treeSize").GetInt64());
            Assert.Equal(2, r.GetProperty("witnesses").GetInt32());
        }

        // Rewrite entry 6 in the exported file: verification fails, naming the roots and where it starts.
        string bundlePath = Path.Combine(_dir, "bundle.json");
        JsonObject bundle = JsonNode.Parse(File.ReadAllText(bundlePath))!.AsObject();
        bundle["entries"]![6] = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"n\":7,\"type\":\"forged\"}"));
        File.WriteAllText(bundlePath, bundle.ToJsonString());

        (int code, string stdout, string stderr) = VigilProcess.Run(_dir, null, "verify", "bundle.json");
        Assert.Equal(1, code);
        Assert.Contains("an entry was rewritten or reordered; the first 5 entries agree with the checkpoint of size 5", stderr);
        using JsonDocument failed = JsonDocument.Parse(stdout);
        Assert.False(failed.RootElement.GetProperty("ok").GetBoolean());
        Assert.StartsWith("root of the 8 entries is ", Assert.Single(failed.RootElement.GetProperty("problems").EnumerateArray()).GetString());
    }

    [Fact]
    public void WitnessCosign_SmallerCheckpoint_RefusesWithExitTwo()
    {
        string db = Path.Combine(_dir, "log.db");
        Append(db, 1, 3);
        File.WriteAllText(Path.Combine(_dir, "three.txt"), Ok("log", "checkpoint", "--db", db));
        Append(db, 4, 9);
        File.WriteAllText(Path.Combine(_dir, "nine.txt"), Ok("log", "checkpoint", "--db", db));
        string logKey = Ok("log", "key", "--db", db).Trim();
        Ok("witness", "init", "--state", "w", "--name", "vigil.test/w");
        Ok("witness", "cosign", "--state", "w", "--log-key", logKey, "--checkpoint", "nine.txt");

        (int code, _, string stderr) = VigilProcess.Run(_dir, null, "witness", "cosign", "--state", "w", "--log-key", logKey, "--checkpoint", "three.txt");
        Assert.Equal(2, code);
        Assert.Contains("checkpoint size 3 is smaller than the 9 already cosigned", stderr);
    }

    [Fact]
    public void VerifyEntry_WithTheProofLogProvePrints_HoldsForThatEntryOnly()
    {
        string db = Path.Combine(_dir, "log.db");
        Append(db, 1, 6);
        File.WriteAllText(Path.Combine(_dir, "checkpoint.txt"), Ok("log", "checkpoint", "--db", db));
        File.WriteAllText(Path.Combine(_dir, "proof.json"), Ok("log", "prove", "--db", db, "--index", "2"));
        string logKey = Ok("log", "key", "--db", db).Trim();
        string leaf;
        using (JsonDocument doc = JsonDocument.Parse(Ok("log", "leaf", "--db", db, "--index", "2")))
        {
            leaf = doc.RootElement.GetProperty("leaf").GetString()!;
        }

        using (JsonDocument ok = JsonDocument.Parse(Ok("verify", "--entry", leaf, "--proof", "proof.json", "--checkpoint", "checkpoint.txt", "--log-key", logKey)))
        {
            Assert.Equal(2, ok.RootElement.GetProperty("leafIndex").GetInt64());
        }

        File.WriteAllText(Path.Combine(_dir, "entry.json"), "{\"type\":\"test\",\"n\":3}");
        (int code, _, string stderr) = VigilProcess.Run(_dir, null, "verify", "--entry", "entry.json", "--proof", "proof.json", "--checkpoint", "checkpoint.txt", "--log-key", logKey);
        Assert.Equal(1, code);
        Assert.Contains("it is not the entry proven", stderr);
    }

    [Fact]
    public void Verify_MalformedBundle_ExitsTwoNamingTheJsonPath()
    {
        File.WriteAllText(Path.Combine(_dir, "bundle.json"), """{"origin": "vigil.test/log", "logKey": 7}""");
        (int code, string stdout, string stderr) = VigilProcess.Run(_dir, null, "verify", "bundle.json");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("bundle.json: $.logKey: got a number, want a string", stderr);
    }

    private void CosignCheckpoint(string db, string logKey, string[] witnessKeys, string? proof)
    {
        File.WriteAllText(Path.Combine(_dir, "checkpoint.txt"), Ok("log", "checkpoint", "--db", db));
        for (int w = 0; w < witnessKeys.Length; w++)
        {
            string[] args = ["witness", "cosign", "--state", $"w{w + 1}", "--log-key", logKey, "--checkpoint", "checkpoint.txt"];
            string line = Ok(proof is null ? args : [.. args, "--proof", proof]).TrimEnd('\n');
            Assert.StartsWith($"\u2014 vigil.test/w{w + 1} ", line);
            Ok("log", "add-cosignature", "--db", db, "--witness-key", witnessKeys[w], "--signature", line);
        }
    }

    private void Append(string db, int first, int last)
    {
        var ndjson = new StringBuilder();
        for (int i = first; i <= last; i++)
        {
            ndjson.Append("{\"type\":\"test\",\"n\":").Append(i).Append("}\n");
        }

        (int code, _, string stderr) = VigilProcess.Run(_dir, ndjson.ToString(), "log", "append", "--db", db);
        Assert.True(code == 0, stderr);
    }

    private string Ok(params string[] args)
    {
        (int code, string stdout, string stderr) = VigilProcess.Run(_dir, null, args);
        Assert.True(code == 0, $"vigil {string.Join(' ', args)}: exit {code}: {stderr}");
        return stdout;
    }
}
