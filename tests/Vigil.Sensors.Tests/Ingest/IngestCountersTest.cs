using Vigil.Core;
using Vigil.Sensors.Ingest;

namespace Vigil.Sensors.Tests.Ingest;

public class IngestCountersTest
{
    private static readonly SensorId Radar = new("pk-zhob-south");

    [Fact]
    public void Counts_accepted_and_rejected_with_reasons_folded()
    {
        var counters = new IngestCounters();
        counters.Accepted(Radar);
        counters.Accepted(Radar);
        counters.Rejected(Radar, new DecodeError(3, "CAT048 record 2: item I048/040 runs past the end of the block"));
        counters.Rejected(Radar, new DecodeError(90, "CAT048 record 7: item I048/040 runs past the end of the block"));
        counters.Rejected(Radar, new DecodeError(0, "unknown category 99"));

        SensorCounts counts = counters.Of(Radar);
        Assert.Equal(2, counts.Accepted);
        Assert.Equal(3, counts.Rejected);
        Assert.Equal(
            [new RejectionCount("CAT048 record N: item I048/040 runs past the end of the block", 2), new RejectionCount("unknown category N", 1)],
            counts.Reasons);
        Assert.Equal(new DecodeError(0, "unknown category 99"), counts.LastRejection);
    }

    [Fact]
    public void A_sensor_never_heard_has_zero_counts()
    {
        SensorCounts counts = new IngestCounters().Of(Radar);

        Assert.Equal(0, counts.Accepted + counts.Rejected);
        Assert.Empty(counts.Reasons);
    }

    [Fact]
    public void Concurrent_counting_loses_nothing()
    {
        var counters = new IngestCounters();
        Parallel.For(0, 20_000, i =>
        {
            if (i % 4 == 0)
            {
                counters.Rejected(Radar, new DecodeError(i, "bad"));
            }
            else
            {
                counters.Accepted(Radar);
            }
        });

        SensorCounts counts = counters.Of(Radar);
        Assert.Equal(15_000, counts.Accepted);
        Assert.Equal(5_000, counts.Rejected);
        Assert.Equal(5_000, Assert.Single(counts.Reasons).Count);
    }
}
