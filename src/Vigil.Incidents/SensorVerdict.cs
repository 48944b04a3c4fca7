namespace Vigil.Incidents;

/// <summary>What Vigil's own sensor record says about a claimed event.</summary>
public enum SensorVerdict
{
    /// <summary>No sensor covered the place and time, or the record is not yet reviewed.</summary>
    NoData,

    /// <summary>The sensor record shows the event (e.g. tracks and a border-crossing alert at the place and time).</summary>
    Confirms,

    /// <summary>Sensors covered the place and time and show the event did not happen as claimed.</summary>
    Disproves,
}
