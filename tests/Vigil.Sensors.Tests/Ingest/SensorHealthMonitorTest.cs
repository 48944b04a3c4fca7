using Vigil.Core;
using Vigil.Sensors.Ingest;

namespace Vigil.Sensors.Tests.Ingest;

public class SensorHealthMonitorTest
{
    private static readonly SensorId Radar = new("radar"), Node = new("node");
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Silence_longer_than_three_intervals_makes_a_sensor_silent_and_a_message_revives_it()
    {
        var monitor = new SensorHealthMonitor();
        monitor.Watch(Radar, TimeSpan.FromSeconds(4), T0);
        monitor.Watch(Node, TimeSpan.FromSeconds(1), T0);

        for (int s = 1; s <= 30; s++)
        {
            monitor.Heard(Radar, T0.AddSeconds(s));
        }

        Assert.Equal(SensorHealth.Ok, monitor.Health(Radar));
        Assert.Equal(SensorHealth.Silent, monitor.Health(Node));
        HealthChange silent = Assert.Single(monitor.Changes);
        Assert.Equal(new HealthChange(Node, T0.AddSeconds(3), SensorHealth.Ok, SensorHealth.Silent), silent);

        monitor.Heard(Node, T0.AddSeconds(31));
        Assert.Equal(SensorHealth.Ok, monitor.Health(Node));
        Assert.Equal(2, monitor.Changes.Count);
    }

    [Fact]
    public void Reported_health_holds_until_the_sensor_reports_otherwise_or_falls_silent()
    {
        var monitor = new SensorHealthMonitor();
        monitor.Watch(Node, TimeSpan.FromSeconds(1), T0);

        monitor.Reported(Node, SensorHealth.Jammed, T0.AddSeconds(1));
        monitor.Heard(Node, T0.AddSeconds(2));
        Assert.Equal(SensorHealth.Jammed, monitor.Health(Node));

        monitor.Advance(T0.AddSeconds(10));
        Assert.Equal(SensorHealth.Silent, monitor.Health(Node));
        monitor.Heard(Node, T0.AddSeconds(11));
        Assert.Equal(SensorHealth.Jammed, monitor.Health(Node));

        monitor.Reported(Node, SensorHealth.Ok, T0.AddSeconds(12));
        Assert.Equal(
            [SensorHealth.Jammed, SensorHealth.Silent, SensorHealth.Jammed, SensorHealth.Ok],
            monitor.Changes.Select(c => c.To));
    }

    [Fact]
    public void A_sensor_cannot_report_itself_silent()
    {
        var monitor = new SensorHealthMonitor();
        monitor.Watch(Node, TimeSpan.FromSeconds(1), T0);

        Assert.Throws<ArgumentOutOfRangeException>(() => monitor.Reported(Node, SensorHealth.Silent, T0));
    }
}
