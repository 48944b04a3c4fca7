using System.Reflection;
using System.Text;
using Microsoft.Data.Sqlite;
using Vigil.Incidents;

namespace Vigil.Storage.Tests;

public sealed class SqliteEvidenceStoreTest : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 5, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Photo = Encoding.UTF8.GetBytes("JPEG bytes of the wreckage near the post");
    private static readonly EvidenceOrigin Phone = EvidenceOrigin.Device("phone: field team 2, IMEI 35-209900-176148-1");

    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-evidence-").FullName;

    private string Db => Path.Combine(_dir, "vigil.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Collect_HashesAtCollection_AndReopenKeepsMetadata()
    {
        EvidenceItem item;
        using (var store = SqliteEvidenceStore.Open(Db, new StepClock(T0)))
        {
            item = store.Collect(Photo, Phone, "image/jpeg", "investigator:ak");
        }

        Assert.Equal(EvidenceId.Of(Photo), item.Id);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Photo)), item.Id.Hex);
        using (var store = SqliteEvidenceStore.Open(Db, new StepClock(T0)))
        {
            Assert.True(store.TryGet(item.Id, out EvidenceItem? loaded));
            Assert.Equal(item, loaded);
            Assert.Equal(new EvidenceItem
            {
                Id = item.Id,
                CollectedBy = "investigator:ak",
                CollectedAt = T0,
                Origin = Phone,
                MediaType = "image/jpeg",
                SizeBytes = Photo.Length,
            }, loaded);
            Assert.Equal(Photo, store.Read(item.Id, "analyst:rb"));
        }
    }

    [Fact]
    public void Collect_UrlCapture_RecordsUrl()
    {
        using var store = SqliteEvidenceStore.Open(Db, new StepClock(T0));
        byte[] page = Encoding.UTF8.GetBytes("<html><body>Report, since deleted</body></html>");
        EvidenceItem item = store.Collect(page, EvidenceOrigin.Url(new Uri("https://news.example/2026/06/30/drones")), "text/html", "monitor:osint");
        Assert.Equal(OriginKind.Url, item.Origin.Kind);
        Assert.Equal("https://news.example/2026/06/30/drones", item.Origin.Location);
        Assert.Equal("from url:https://news.example/2026/06/30/drones", store.Custody(item.Id)[0].Note);
    }

    [Fact]
    public void Collect_SameBytesTwice_StoredOnceWithBothCollectionsInCustody()
    {
        using var store = SqliteEvidenceStore.Open(Db, new StepClock(T0));
        EvidenceItem first = store.Collect(Photo, Phone, "image/jpeg", "investigator:ak");
        EvidenceItem second = store.Collect(Photo, EvidenceOrigin.Url(new Uri("https://social.example/p/1")), "image/jpeg", "monitor:osint");
        Assert.Equal(first, second);
        IReadOnlyList<CustodyEvent> chain = store.Custody(first.Id);
        Assert.Equal([CustodyAction.Collected, CustodyAction.Collected], chain.Select(e => e.Action));
        Assert.Equal(["investigator:ak", "monitor:osint"], chain.Select(e => e.By));
    }

    [Fact]
    public void Read_BytesAlteredInTheFile_FailsNamingEvidenceAndBothHashes()
    {
        EvidenceId id;
        using (var store = SqliteEvidenceStore.Open(Db, new StepClock(T0)))
        {
            id = store.Collect(Photo, Phone, "image/jpeg", "investigator:ak").Id;
        }

        byte[] altered = (byte[])Photo.Clone();
        altered[0] ^= 0x01;
        using (var raw = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            raw.Open();
            using SqliteCommand cmd = raw.CreateCommand();

            // The triggers stop an ordinary UPDATE; whoever tampers drops them first.
            cmd.CommandText = "UPDATE evidence SET content = $c WHERE sha256 = $h;";
            cmd.Parameters.AddWithValue("$c", altered);
            cmd.Parameters.AddWithValue("$h", id.Hex);
            SqliteException refused = Assert.Throws<SqliteException>(() => cmd.ExecuteNonQuery());
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
            using SqliteCommand drop = raw.CreateCommand();
            drop.CommandText = "DROP TRIGGER evidence_no_update;";
            drop.ExecuteNonQuery();
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }

        using (var store = SqliteEvidenceStore.Open(Db, new StepClock(T0)))
        {
            int before = store.Custody(id).Count;
            EvidenceTamperedException e = Assert.Throws<EvidenceTamperedException>(() => store.Read(id, "analyst:rb"));
            EvidenceId actual = EvidenceId.Of(altered);
            Assert.Equal(id, e.Evidence);
            Assert.Equal(actual, e.Actual);
            Assert.Equal($"Evidence {id} was altered after collection: its stored bytes hash to {actual}, want {id}.", e.Message);
            Assert.Equal(before, store.Custody(id).Count);
            Assert.Throws<EvidenceTamperedException>(() => store.Verify(id));
        }
    }

    [Fact]
    public void Custody_ReturnedInOrderWithTimes()
    {
        using var store = SqliteEvidenceStore.Open(Db, new StepClock(T0));
        EvidenceId id = store.Collect(Photo, Phone, "image/jpeg", "investigator:ak").Id;
        store.Read(id, "analyst:rb", "first look");
        store.Record(id, CustodyAction.Analysed, "analyst:rb", "EXIF read; geolocated to the post");
        store.Record(id, CustodyAction.Copied, "facilitator:jm", "export for party liaison");
        store.Record(id, CustodyAction.Transferred, "facilitator:jm", "to party liaison B");

        IReadOnlyList<CustodyEvent> chain = store.Custody(id);
        Assert.Equal(
            [CustodyAction.Collected, CustodyAction.Viewed, CustodyAction.Analysed, CustodyAction.Copied, CustodyAction.Transferred],
            chain.Select(e => e.Action));
        Assert.Equal(Enumerable.Range(0, 5).Select(s => T0.AddSeconds(s)), chain.Select(e => e.At));
        Assert.True(chain.Zip(chain.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.All(chain, e => Assert.Equal(id, e.Evidence));
        Assert.Equal("to party liaison B", chain[^1].Note);
    }

    [Fact]
    public void Custody_CannotBeEditedThroughTheApi()
    {
        // The store offers no way to change or remove an event: only Collect, Read and Record add to the chain.
        MethodInfo[] methods = typeof(SqliteEvidenceStore).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);
        string[] editing = ["Update", "Edit", "Delete", "Remove", "Replace", "Set", "Clear", "Truncate"];
        Assert.DoesNotContain(methods, m => editing.Any(w => m.Name.StartsWith(w, StringComparison.Ordinal)));
        Assert.All(typeof(CustodyEvent).GetProperties(), p => Assert.True(p.SetMethod is null || p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Length > 0, $"{p.Name} is settable"));

        using var store = SqliteEvidenceStore.Open(Db, new StepClock(T0));
        EvidenceId id = store.Collect(Photo, Phone, "image/jpeg", "investigator:ak").Id;
        store.Record(id, CustodyAction.Viewed, "analyst:rb", string.Empty);
        IReadOnlyList<CustodyEvent> chain = store.Custody(id);
        Assert.Throws<NotSupportedException>(() => ((IList<CustodyEvent>)chain)[0] = chain[1]);
        Assert.Throws<ArgumentException>(() => store.Record(id, CustodyAction.Collected, "someone", string.Empty));
        Assert.Equal(chain, store.Custody(id));
    }

    [Fact]
    public void Custody_RawUpdateOrDelete_RefusedByTheDatabase()
    {
        using (var store = SqliteEvidenceStore.Open(Db, new StepClock(T0)))
        {
            store.Collect(Photo, Phone, "image/jpeg", "investigator:ak");
        }

        using var raw = new SqliteConnection($"Data Source={Db};Pooling=False");
        raw.Open();
        foreach (string sql in new[] { "UPDATE custody_events SET by_whom = 'someone else';", "DELETE FROM custody_events;", "DELETE FROM evidence;" })
        {
            using SqliteCommand cmd = raw.CreateCommand();
            cmd.CommandText = sql;
            SqliteException e = Assert.Throws<SqliteException>(() => cmd.ExecuteNonQuery());
            Assert.Contains("append-only", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_UnknownEvidence_Throws()
    {
        using var store = SqliteEvidenceStore.Open(Db, new StepClock(T0));
        EvidenceId unknown = EvidenceId.Of([1, 2, 3]);
        Assert.Throws<KeyNotFoundException>(() => store.Read(unknown, "analyst:rb"));
        Assert.Throws<KeyNotFoundException>(() => store.Record(unknown, CustodyAction.Viewed, "analyst:rb", string.Empty));
        Assert.False(store.TryGet(unknown, out _));
        Assert.Empty(store.Custody(unknown));
    }

    [Theory]
    [InlineData("")]
    [InlineData("jpeg")]
    public void Collect_BadMediaType_Throws(string mediaType)
    {
        using var store = SqliteEvidenceStore.Open(Db, new StepClock(T0));
        Assert.ThrowsAny<ArgumentException>(() => store.Collect(Photo, Phone, mediaType, "investigator:ak"));
    }

    [Fact]
    public void CollectFile_HashesTheFileBytes()
    {
        string file = Path.Combine(_dir, "photo.jpg");
        File.WriteAllBytes(file, Photo);
        using var store = SqliteEvidenceStore.Open(Db, new StepClock(T0));
        Assert.Equal(EvidenceId.Of(Photo), store.CollectFile(file, Phone, "image/jpeg", "investigator:ak").Id);
    }
}
