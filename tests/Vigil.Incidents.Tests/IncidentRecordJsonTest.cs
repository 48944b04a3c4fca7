using System.Text.Json;

namespace Vigil.Incidents.Tests;

public sealed class IncidentRecordJsonTest
{
    [Fact]
    public void Read_WhatWriteWrote_GivesTheSameRecord()
    {
        IncidentRecord r = Records.Zhob();
        using JsonDocument doc = JsonDocument.Parse(IncidentRecordJson.ToUtf8(r));
        IncidentRecord back = IncidentRecordJson.Read(doc.RootElement);

        Assert.Equal(IncidentRecordJson.ToUtf8(r), IncidentRecordJson.ToUtf8(back));
        Assert.Equal((r.Id, r.Version, r.Start, r.End, r.Location), (back.Id, back.Version, back.Start, back.End, back.Location));
        Assert.Equal(r.Claims[0] with { Fatalities = back.Claims[0].Fatalities }, back.Claims[0]);
        Assert.Equal(new FatalityRange(1, 2, null), back.Fatalities[CasualtyCategory.SecurityForces]);
        Assert.Equal(r.Sensors[0].Tracks, back.Sensors[0].Tracks);
        Assert.Equal(Grade.Fair, back.Grade!.Grade);
    }

    [Fact]
    public void Write_NamesEnumsInLowerCaseWithHyphens_AndAddsTheSuggestedGrade()
    {
        using JsonDocument doc = JsonDocument.Parse(IncidentRecordJson.ToUtf8(Records.Zhob()));
        JsonElement e = doc.RootElement;
        Assert.Equal("under-review", e.GetProperty("status").GetString());
        Assert.Equal("security-forces", e.GetProperty("fatalities").EnumerateObject().Single().Name);
        Assert.Equal("state-forces", e.GetProperty("actors")[0].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("actors")[1].GetProperty("side").ValueKind);
        Assert.Equal("fair", e.GetProperty("suggestedGrade").GetProperty("grade").GetString());
    }

    [Fact]
    public void Read_MalformedField_NamesIt()
    {
        string json = System.Text.Encoding.UTF8.GetString(IncidentRecordJson.ToUtf8(Records.Zhob())).Replace("\"under-review\"", "\"pending\"", StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(json);
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => IncidentRecordJson.Read(doc.RootElement));
        Assert.Contains("status", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhatWriteWrote_KeepsTheEvidenceReferences()
    {
        var photo = new EvidenceRef(EvidenceId.Of([1, 2, 3]), "image/jpeg", "post.jpg", "PK", "key k1 (liaison PK)", Records.Zhob().UpdatedAt);
        IncidentRecord r = Records.Zhob() with { Evidence = [photo, photo with { Name = null, Party = null }] };
        using JsonDocument doc = JsonDocument.Parse(IncidentRecordJson.ToUtf8(r));

        IncidentRecord back = IncidentRecordJson.Read(doc.RootElement);

        Assert.Equal(r.Evidence, back.Evidence);
        Assert.Equal(photo.Id.Hex, doc.RootElement.GetProperty("evidence")[0].GetProperty("sha256").GetString());
    }

    [Fact]
    public void Read_ARecordWrittenBeforeEvidenceReferences_HasNone()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(IncidentRecordJson.ToUtf8(Records.Zhob()))!.AsObject();
        json.Remove("evidence");
        using JsonDocument doc = JsonDocument.Parse(json.ToJsonString());
        Assert.Empty(IncidentRecordJson.Read(doc.RootElement).Evidence);
    }
}
