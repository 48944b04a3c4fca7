using System.Globalization;

namespace Vigil.Incidents;

/// <summary>Turns what the sensors recorded in a run — an <see cref="Incident"/> of grouped border-crossing alerts — into a draft record.</summary>
public static class SensorDraft
{
    /// <summary>
    /// A draft of <paramref name="incident"/> from run <paramref name="run"/>: a drone incursion at the
    /// crossings' centroid in the district entered, dated to the day, with the run's alerts and drone
    /// tracks as its sensor evidence. Its id and version are placeholders for the store to set.
    /// </summary>
    public static IncidentRecord Of(Incident incident, long run, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(incident);
        string drones = incident.DroneCount == 1 ? "One drone" : string.Create(CultureInfo.InvariantCulture, $"{incident.DroneCount} drones");
        string where = incident.Province is null ? incident.Sector : $"{incident.Sector}, {incident.Province}";
        return new IncidentRecord
        {
            Id = default,
            Version = 0,
            UpdatedAt = at,
            SubType = EventSubType.DroneIncursion,
            Start = incident.Start,
            End = incident.End,
            TimePrecision = DatePrecision.Day,
            Location = new IncidentLocation
            {
                Precision = PlacePrecision.Point,
                Point = incident.Position,
                Country = incident.To,
                Admin1 = incident.Province,
                Admin2 = incident.Sector,
                Name = incident.Sector,
            },
            Border = incident.Border,
            Sector = incident.Sector,
            Description = string.Create(
                CultureInfo.InvariantCulture,
                $"{drones} crossed from {incident.From} into {incident.To} ({where}) between {incident.Start:HH:mm:ss} and {incident.End:HH:mm:ss} UTC on {incident.Start:yyyy-MM-dd}, recorded by Vigil's sensors (run {run}, {incident.Id})."),
            Sensors = [new SensorEvidence(run, incident.Id, incident.AlertIds, incident.DroneTrackIds)],
        };
    }
}
