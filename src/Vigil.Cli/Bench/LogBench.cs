using System.Diagnostics;
using System.Globalization;
using System.Text;
using Vigil.Ledger.Log;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Tiles;
using Vigil.Storage;

namespace Vigil.Cli.Bench;

/// <summary>
/// <c>vigil bench log</c>: durable appends per second into the SQLite log for several batch sizes
/// (each run a fresh database file, entries ~350-byte canonical alert records), and inclusion and
/// consistency proofs generated from and verified against a log of many leaves (built once and
/// kept), timed one by one; medians and 99th percentiles.
/// </summary>
internal static class LogBench
{
    /// <summary>Tessera's published append rate (entries/s, 12-core machine), the reference the ratio is taken to.</summary>
    public const double TesseraEntriesPerSecond = 2_900;

    private static readonly int[] BatchSizes = [1, 100, 1_000, 10_000];

    public static int Run(string dataDir, long leaves, int runs, int proofs)
    {
        Directory.CreateDirectory(dataDir);
        Console.WriteLine($"{"append batch",-14} {"entries",9} {"entries/s",12} {"× Tessera",10}");
        foreach (int batch in BatchSizes)
        {
            int count = batch == 1 ? 2_000 : 200_000;
            byte[][] entries = [.. Enumerable.Range(0, count).Select(AlertRecord)];
            var rates = new List<double>();
            for (int r = 0; r < runs; r++)
            {
                rates.Add(AppendRate(Path.Combine(dataDir, $"bench-append-{Environment.ProcessId}.db"), entries, batch));
            }

            double rate = Median(rates);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{batch,-14:N0} {count,9:N0} {rate,12:N0} {rate / TesseraEntriesPerSecond,10:N1}"));
        }

        string db = Path.Combine(dataDir, $"bench-log-{leaves}.db");
        Build(db, leaves);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"proofs at {leaves:N0} leaves ({proofs:N0} random leaves; a tenth as many consistency proofs): median / p99 µs"));
        using (SqliteLog store = SqliteLog.Open(db))
        {
            Proofs(store, leaves, proofs, "tiles read from SQLite as needed (1,024-tile cache)");
        }

        int tiles = (int)Math.Min(int.MaxValue, (leaves / Tile.FullWidth) + (leaves / Tile.FullWidth / Tile.FullWidth) + 64);
        using (SqliteLog store = SqliteLog.Open(db, cacheTiles: tiles))
        {
            int cached = store.WarmCache();
            Proofs(store, leaves, proofs, string.Create(CultureInfo.InvariantCulture, $"whole tree cached in memory ({cached:N0} tiles, {cached * (long)Tile.ByteSize / (1 << 20):N0} MiB)"));
        }

        Console.WriteLine("Append: each batch is one transaction committed with synchronous = FULL (durable on return). " +
            "Generate reads the tiles a proof needs (one database read for the bottom tile unless cached); verify hashes the proof up to the root.");
        return Program.Ok;
    }

    private static void Proofs(SqliteLog store, long leaves, int proofs, string label)
    {
        using TransparencyLog log = TransparencyLog.Open(store);
        Hash root = log.Root(leaves);
        var rng = new Random(1);
        var gen = new List<double>();
        var verify = new List<double>();
        var both = new List<double>();
        for (int k = 0; k < proofs; k++)
        {
            long index = rng.NextInt64(leaves);
            long t0 = Stopwatch.GetTimestamp();
            Hash[] proof = log.Inclusion(index, leaves);
            Hash leafHash = log.LeafHash(index);
            long t1 = Stopwatch.GetTimestamp();
            ProofCheck check = ProofVerifier.VerifyInclusion(index, leaves, leafHash, proof, root);
            long t2 = Stopwatch.GetTimestamp();
            if (!check.Ok)
            {
                throw new InvalidOperationException($"inclusion proof of {index} failed: {check.Error}");
            }

            gen.Add(Micros(t0, t1));
            verify.Add(Micros(t1, t2));
            both.Add(Micros(t0, t2));
        }

        var consistency = new List<double>();
        for (int k = 0; k < proofs / 10; k++)
        {
            long m = 1 + rng.NextInt64(leaves - 1);
            long t0 = Stopwatch.GetTimestamp();
            Hash[] proof = log.Consistency(m, leaves);
            Hash rootM = log.Root(m);
            ProofCheck check = ProofVerifier.VerifyConsistency(m, leaves, proof, rootM, root);
            long t1 = Stopwatch.GetTimestamp();
            if (!check.Ok)
            {
                throw new InvalidOperationException($"consistency proof {m} → {leaves} failed: {check.Error}");
            }

            consistency.Add(Micros(t0, t1));
        }

        Console.WriteLine($" {label}");
        Row("inclusion: generate", gen);
        Row("inclusion: verify", verify);
        Row("inclusion: both", both);
        Row("consistency: both", consistency);
    }

    private static void Row(string label, List<double> micros)
    {
        micros.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-22} {Median(micros),8:F1} {micros[(int)(0.99 * (micros.Count - 1))],8:F1}"));
    }

    private static double AppendRate(string path, byte[][] entries, int batch)
    {
        Delete(path);
        try
        {
            using SqliteLog log = SqliteLog.Open(path);
            var chunk = new List<byte[]>(batch);
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < entries.Length; i += batch)
            {
                chunk.Clear();
                chunk.AddRange(entries.AsSpan(i, Math.Min(batch, entries.Length - i)));
                log.Append(chunk);
            }

            return entries.Length / Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
        finally
        {
            Delete(path);
        }
    }

    /// <summary>Builds (or finds already built) a log of <paramref name="leaves"/> small entries.</summary>
    private static void Build(string path, long leaves)
    {
        using (SqliteLog existing = SqliteLog.Open(path))
        {
            if (existing.Size == leaves)
            {
                return;
            }
        }

        Delete(path);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"building a log of {leaves:N0} entries in {path} (kept for later runs)…"));
        using SqliteLog log = SqliteLog.Open(path);
        var chunk = new List<byte[]>(100_000);
        for (long i = 0; i < leaves; i += chunk.Capacity)
        {
            chunk.Clear();
            for (long j = i; j < Math.Min(leaves, i + chunk.Capacity); j++)
            {
                chunk.Add(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{{\"n\":{j},\"type\":\"bench\"}}")));
            }

            log.Append(chunk);
        }
    }

    /// <summary>A canonical alert record like the ones a run logs (~350 bytes).</summary>
    private static byte[] AlertRecord(int i) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $"{{\"alert\":{{\"border\":\"AF-PK\",\"classification\":\"drone\",\"from\":\"AF\",\"id\":\"A{i:D6}\",\"kind\":\"border-crossing\",\"lat\":31.{i % 1000000:D6},\"lon\":69.{(i * 7) % 1000000:D6},\"probability\":0.97,\"province\":\"Balochistan\",\"raisedAt\":\"2026-06-30T01:26:{i % 60:D2}.4000000Z\",\"relatedAlertIds\":[],\"sector\":\"S1\",\"time\":\"2026-06-30T01:26:{i % 60:D2}.0000000Z\",\"to\":\"PK\",\"trackId\":\"T{i}\",\"trackIds\":[\"T{i}\"]}},\"run\":1,\"scenario\":\"bench\",\"type\":\"alert\"}}"));

    private static double Micros(long from, long to) => (to - from) * 1e6 / Stopwatch.Frequency;

    private static double Median(List<double> xs)
    {
        xs.Sort();
        return xs.Count % 2 == 1 ? xs[xs.Count / 2] : (xs[(xs.Count / 2) - 1] + xs[xs.Count / 2]) / 2;
    }

    private static void Delete(string path)
    {
        foreach (string suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
