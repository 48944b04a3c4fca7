using System.Text;
using System.Text.Json;

namespace Vigil.EndToEnd.Tests;

/// <summary>The incident record through the real <c>vigil</c> command: the demo's incidents, reports joined to them, grading, the log.</summary>
public sealed class IncidentCliTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-incidents-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "osint-corpus", name);

    private static string ScenarioReport(string name) => Path.Combine(AppContext.BaseDirectory, "scenarios", "reports", name);

    [Fact]
    public void June30Demo_WithItsTwoContradictingReports_OneIncidentWithBothClaims_SuggestedContested_AndEveryVersionLogged()
    {
        string demo = Ok("demo", "--no-serve");
        Assert.Contains("INC-0001 v2 joined", demo);
        Assert.Contains("INC-0001 v3 joined", demo);
        Assert.Contains("already stored", Ok("report", "add", ScenarioReport("2026-06-30-zhob-denial.txt"), "--by", "analyst"));

        using (JsonDocument shown = JsonDocument.Parse(Ok("incidents", "show", "INC-0001", "--json")))
        {
            JsonElement r = shown.RootElement;
            Assert.Equal(("Drone incursion", "Zhob", 3), (r.GetProperty("subType").GetString(), r.GetProperty("location").GetProperty("admin2").GetString(), r.GetProperty("version").GetInt32()));
            Assert.Equal(4, Assert.Single(r.GetProperty("sensors").EnumerateArray()).GetProperty("tracks").GetArrayLength());
            Assert.Equal(["R0001", "R0002"], r.GetProperty("reports").EnumerateArray().Select(x => x.GetProperty("id").GetString()));
            var claims = r.GetProperty("claims").EnumerateArray().Select(c => (c.GetProperty("party").GetString(), c.GetProperty("stance").GetString(), c.GetProperty("report").GetString())).ToList();
            Assert.Contains(("Pakistani military", "asserts", "R0001"), claims);
            Assert.Contains(("Afghan Ministry of Defence", "denies", "R0002"), claims);
            Assert.Equal("contested", r.GetProperty("suggestedGrade").GetProperty("grade").GetString());
        }

        string table = Ok("incidents", "show", "INC-0001");
        Assert.Contains("Suggested grade: contested", table);
        Assert.Contains("Afghan Ministry of Defence", table);

        Assert.Contains("INC-0001 v4: graded contested (as the rules suggest)", Ok("incidents", "grade", "INC-0001", "contested", "--by", "facilitator", "--reason", "Both sides' statements stand; the sensor record shows four crossings."));
        using (JsonDocument graded = JsonDocument.Parse(Ok("incidents", "show", "INC-0001", "--json")))
        {
            JsonElement decision = Assert.Single(graded.RootElement.GetProperty("gradeDecisions").EnumerateArray());
            Assert.Equal(("contested", "facilitator", "contested"), (decision.GetProperty("grade").GetString(), decision.GetProperty("by").GetString(), decision.GetProperty("suggested").GetProperty("grade").GetString()));
        }

        // Every version of the record is an entry of the transparency log: the last one is version 4.
        long size;
        using (JsonDocument log = JsonDocument.Parse(Ok("log", "prove", "--index", "0")))
        {
            size = log.RootElement.GetProperty("treeSize").GetInt64();
        }

        using JsonDocument leaf = JsonDocument.Parse(Ok("log", "leaf", "--index", (size - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using JsonDocument entry = JsonDocument.Parse(Encoding.UTF8.GetString(leaf.RootElement.GetProperty("leaf").GetBytesFromBase64()));
        Assert.Equal(("incident-record", "graded contested", "INC-0001", 4), (
            entry.RootElement.GetProperty("type").GetString(),
            entry.RootElement.GetProperty("change").GetString(),
            entry.RootElement.GetProperty("incident").GetProperty("id").GetString(),
            entry.RootElement.GetProperty("incident").GetProperty("version").GetInt32()));
        Assert.Equal(4, JsonDocument.Parse(Ok("incidents", "list", "--json")).RootElement.GetProperty("incidents").EnumerateArray().First().GetProperty("version").GetInt32());
    }

    [Fact]
    public void Report_AboutNothingOnRecord_OpensItsOwnIncident()
    {
        string added = Ok("report", "add", Corpus("25-held-out-darvoz.txt"), "--by", "analyst");
        Assert.Contains("opened INC-0001 v1", added);
        Assert.Contains("Darvoz", Ok("incidents", "list"));
    }

    [Fact]
    public void ExportAcled_ImportIntoAnotherDatabase_OpensTheRecordsOnce_AndABadRowIsNamedWhileTheRestAreKept()
    {
        Ok("demo", "--no-serve");
        Ok("report", "add", Corpus("25-held-out-darvoz.txt"), "--by", "analyst");
        Ok("incidents", "export", "--format", "acled", "--out", "events.csv");
        string other = Path.Combine(_dir, "other.db");

        Assert.Contains("3 row(s) read, 0 rejected, 0 already imported; 3 record(s) opened", Ok("incidents", "import", "events.csv", "--db", other, "--by", "analyst"));
        Assert.Contains("3 already imported; 0 record(s) opened, 0 joined", Ok("incidents", "import", "events.csv", "--db", other, "--by", "analyst"));
        Assert.Equal(["VIGIL-INC-0001", "VIGIL-INC-0002", "VIGIL-INC-0003"], JsonDocument.Parse(Ok("incidents", "list", "--json", "--db", other)).RootElement
            .GetProperty("incidents").EnumerateArray().Select(r => r.GetProperty("externalId").GetString()));

        // The second data row (line 3) gets a latitude that is not a number: it alone is refused.
        string[] lines = File.ReadAllLines(Path.Combine(_dir, "events.csv"));
        lines[2] = lines[2].Replace(",31.", ",north31.", StringComparison.Ordinal).Replace(",34.", ",north34.", StringComparison.Ordinal).Replace(",38.", ",north38.", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(_dir, "bad.csv"), lines);
        (int code, string stdout, string stderr) = VigilProcess.Run(_dir, null, "incidents", "import", "bad.csv", "--db", Path.Combine(_dir, "third.db"), "--by", "analyst");
        Assert.Equal(2, code);
        Assert.Contains("bad.csv: line 3", stderr);
        Assert.Contains("latitude", stderr);
        Assert.Contains("2 row(s) read, 1 rejected, 0 already imported; 2 record(s) opened", stdout);
    }

    [Theory]
    [InlineData("no incident INC-0009", "incidents", "show", "INC-0009")]
    [InlineData("'nine' is not an incident id", "incidents", "show", "nine")]
    [InlineData("'excellent' is not a grade", "incidents", "grade", "INC-0001", "excellent", "--by", "x", "--reason", "y")]
    [InlineData("'done' is not a status", "incidents", "status", "INC-0001", "done", "--by", "x", "--reason", "y")]
    [InlineData("--format must be acled, geojson or json", "incidents", "export", "--format", "xml")]
    [InlineData("no such file", "report", "add", "missing.txt")]
    public void BadInput_ExitsTwo_SayingWhatIsWrong(string message, params string[] args)
    {
        Ok("report", "add", Corpus("25-held-out-darvoz.txt"), "--by", "analyst");
        (int code, _, string stderr) = VigilProcess.Run(_dir, null, args);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void ReportAdd_WithoutAPublicationDate_ExitsTwo()
    {
        File.WriteAllText(Path.Combine(_dir, "undated.txt"), "Two drones crossed into Zhob district on Monday, officials said.");
        (int code, _, string stderr) = VigilProcess.Run(_dir, null, "report", "add", "undated.txt");
        Assert.Equal(2, code);
        Assert.Contains("no publication date", stderr);
    }

    private string Ok(params string[] args)
    {
        (int code, string stdout, string stderr) = VigilProcess.Run(_dir, null, args);
        Assert.True(code == 0, $"vigil {string.Join(' ', args)} exited {code}: {stderr}");
        return stdout;
    }
}
