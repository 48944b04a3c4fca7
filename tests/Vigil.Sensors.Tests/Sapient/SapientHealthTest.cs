using Vigil.Sensors.Sapient;
using Vigil.Sensors.Sapient.Proto;
using S = Vigil.Sensors.Sapient.Proto.StatusReport.Types;

namespace Vigil.Sensors.Tests.Sapient;

public class SapientHealthTest
{
    [Theory]
    [InlineData(S.System.Ok, null, null, null, SensorHealth.Ok)]
    [InlineData(S.System.Warning, null, null, null, SensorHealth.Degraded)]
    [InlineData(S.System.Error, null, null, null, SensorHealth.Degraded)]
    [InlineData(S.System.Goodbye, null, null, null, SensorHealth.Silent)]
    [InlineData(S.System.Ok, S.StatusType.ExternalFault, S.StatusLevel.WarningStatus, "Jamming detected", SensorHealth.Jammed)]
    [InlineData(S.System.Error, S.StatusType.NotDetecting, S.StatusLevel.ErrorStatus, "RF interference", SensorHealth.Jammed)]
    [InlineData(S.System.Warning, S.StatusType.NotDetecting, S.StatusLevel.ErrorStatus, "sensor blind", SensorHealth.Silent)]
    [InlineData(S.System.Warning, S.StatusType.Weather, S.StatusLevel.WarningStatus, "heavy rain", SensorHealth.Degraded)]
    [InlineData(S.System.Ok, S.StatusType.InternalFault, S.StatusLevel.WarningStatus, "jammed fan", SensorHealth.Ok)]
    public void Classify_MapsSystemAndStatusLines(S.System system, S.StatusType? type, S.StatusLevel? level, string? value, SensorHealth expected)
    {
        var report = new StatusReport { System = system };
        if (type is { } t)
        {
            report.Status.Add(new S.Status { StatusType = t, StatusLevel = level!.Value, StatusValue = value! });
        }

        Assert.Equal(expected, SapientHealth.Classify(report));
    }
}
