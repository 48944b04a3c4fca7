using System.Text;
using System.Text.Json;

namespace Vigil.Ledger.Tests.Json;

/// <summary>Rejected input, from the golden vectors in testdata/jcs/errors.json.</summary>
public partial class CanonicalJsonTest
{
    public static TheoryData<string, string, string> ErrorVectors()
    {
        var rows = new TheoryData<string, string, string>();
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(DataDir, "errors.json")));
        foreach (JsonElement v in doc.RootElement.GetProperty("vectors").EnumerateArray())
        {
            string hex = v.TryGetProperty("input", out JsonElement text)
                ? Convert.ToHexString(Encoding.UTF8.GetBytes(text.GetString()!))
                : v.GetProperty("inputHex").GetString()!.Replace(" ", "", StringComparison.Ordinal);
            rows.Add(v.GetProperty("name").GetString()!, hex, v.GetProperty("wantErr").GetString()!);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(ErrorVectors))]
    public void TryCanonicalize_BadInput_GivesTheVectorsError(string name, string inputHex, string wantErr)
    {
        string got = Error(Convert.FromHexString(inputHex));
        Assert.True(got == wantErr, $"{name}: got {got}, want {wantErr}");
    }
}
