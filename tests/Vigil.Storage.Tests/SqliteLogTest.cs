using System.Text;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Tiles;

namespace Vigil.Storage.Tests;

public sealed class SqliteLogTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-log-").FullName;

    private string Db => Path.Combine(_dir, "log.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] Entry(long i) => Encoding.UTF8.GetBytes($"{{\"n\":{i},\"type\":\"test\"}}");

    [Fact]
    public void Append_BatchesThenReopen_KeepsEveryEntryAndNode()
    {
        var memory = new TiledTree(0, [], (_, _) => throw new InvalidOperationException("in memory"));
        var sizes = new[] { 1, 255, 1, 3000, 70_000 - 3257 };
        long next = 0;
        using (var log = SqliteLog.Open(Db))
        {
            foreach (int count in sizes)
            {
                var batch = new List<byte[]>();
                for (int k = 0; k < count; k++, next++)
                {
                    batch.Add(Entry(next));
                    memory.Append(Rfc9162.HashLeaf(batch[^1]));
                }

                Assert.Equal(next - count, log.Append(batch));
                Assert.Equal(next, log.Size);
            }
        }

        using (var log = SqliteLog.Open(Db))
        {
            Assert.Equal(70_000, log.Size);
            Assert.Equal(Entry(0), log.Leaf(0));
            Assert.Equal(Entry(69_999), log.Leaf(69_999));
            for (int level = 0; level <= 16; level++)
            {
                long complete = 70_000 >> level;
                foreach (long index in new[] { 0, complete / 2, complete - 1 })
                {
                    Assert.Equal(memory.Subtree(level, index), log.Tree.Subtree(level, index));
                }
            }

            Assert.Equal(70_000, log.Append([Entry(70_000)]));
        }

        using (var log = SqliteLog.Open(Db))
        {
            Assert.Equal(70_001, log.Size);
            Assert.Equal(Rfc9162.HashLeaf(Entry(70_000)), log.Tree.Subtree(0, 70_000));
        }
    }

    [Fact]
    public void Append_BatchFailsHalfway_LeavesTheLogAsItWas()
    {
        using var log = SqliteLog.Open(Db);
        log.Append([Entry(0), Entry(1)]);
        Assert.Throws<ArgumentNullException>(() => log.Append([Entry(2), null!]));
        Assert.Equal(2, log.Size);
        log.Append([Entry(2)]);
        Assert.Equal(Entry(2), log.Leaf(2));
        Assert.Equal(Rfc9162.HashChildren(Rfc9162.HashLeaf(Entry(0)), Rfc9162.HashLeaf(Entry(1))), log.Tree.Subtree(1, 0));
    }

    [Fact]
    public void Leaf_OutOfRange_Throws()
    {
        using var log = SqliteLog.Open(Db);
        log.Append([Entry(0)]);
        Assert.Throws<ArgumentOutOfRangeException>(() => log.Leaf(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => log.Leaf(-1));
    }

    [Fact]
    public void CheckpointSizes_ListsEverySavedSizeSmallestFirst()
    {
        using (var log = SqliteLog.Open(Db))
        {
            Assert.Empty(log.CheckpointSizes());
            foreach (long size in new long[] { 8, 2, 5 })
            {
                log.SaveCheckpoint(size, Rfc9162.EmptyRoot, $"note {size}");
            }

            log.SaveCheckpoint(5, Rfc9162.EmptyRoot, "note 5 again");
        }

        using (var log = SqliteLog.Open(Db))
        {
            Assert.Equal([2, 5, 8], log.CheckpointSizes());
            Assert.Equal("note 5 again", log.Checkpoint(5));
            Assert.Equal("note 8", log.LatestCheckpoint());
        }
    }
}
