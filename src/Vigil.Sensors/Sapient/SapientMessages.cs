using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Vigil.Core;
using Vigil.Sensors.Sapient.Proto;
using Reg = Vigil.Sensors.Sapient.Proto.Registration.Types;

namespace Vigil.Sensors.Sapient;

/// <summary>Builds the SAPIENT messages a counter-drone radar/RF node and a fusion node exchange.</summary>
public static class SapientMessages
{
    /// <summary>
    /// A Registration for a counter-drone node: radar and passive RF, reporting WGS84 lat/lng positions with ENU
    /// velocities in m/s, a 5 s heartbeat, one default mode, classes "Air Vehicle" (sub-classes UAV rotary/fixed
    /// wing) and "Unknown".
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="nodeId"/> is not a UUID.</exception>
    public static SapientMessage Registration(string nodeId, DateTimeOffset at, string name = "Vigil counter-UAS node")
    {
        RequireUuid(nodeId);
        var seconds = new Reg.Duration { Units = Reg.TimeUnits.Seconds, Value = 5 };
        var mode = new Reg.ModeDefinition
        {
            ModeName = "Default",
            ModeType = Reg.ModeType.Default,
            SettleTime = new Reg.Duration { Units = Reg.TimeUnits.Seconds, Value = 1 },
            ScanType = Reg.ScanType.Scanning,
            TrackingType = Reg.TrackingType.Track,
            DetectionDefinition =
            {
                new Reg.DetectionDefinition
                {
                    LocationType = new Reg.LocationType { LocationUnits = LocationCoordinateSystem.LatLngDegM, LocationDatum = LocationDatum.Wgs84E },
                    VelocityType = new Reg.VelocityType
                    {
                        EnuVelocityUnits = new ENUVelocityUnits { EastNorthRateUnits = SpeedUnits.Ms, UpRateUnits = SpeedUnits.Ms },
                        LocationDatum = LocationDatum.Wgs84E,
                    },
                    DetectionClassDefinition =
                    {
                        new Reg.DetectionClassDefinition
                        {
                            ConfidenceDefinition = Reg.ConfidenceDefinition.SingleClass,
                            ClassDefinition =
                            {
                                new Reg.ClassDefinition
                                {
                                    Type = "Air Vehicle",
                                    Units = "Probability",
                                    SubClass =
                                    {
                                        new Reg.SubClass { Type = "UAV Rotary Wing", Level = 1, Units = "Probability" },
                                        new Reg.SubClass { Type = "UAV Fixed Wing", Level = 1, Units = "Probability" },
                                    },
                                },
                                new Reg.ClassDefinition { Type = "Unknown", Units = "Probability" },
                            },
                        },
                    },
                },
            },
            Task = new Reg.TaskDefinition
            {
                ConcurrentTasks = 1,
                RegionDefinition = new Reg.RegionDefinition
                {
                    RegionType = { Reg.RegionType.AreaOfInterest },
                    RegionArea = { new Reg.LocationType { LocationUnits = LocationCoordinateSystem.LatLngDegM, LocationDatum = LocationDatum.Wgs84E } },
                },
            },
        };
        return new SapientMessage
        {
            Timestamp = Timestamp.FromDateTimeOffset(at),
            NodeId = nodeId,
            Registration = new Registration
            {
                NodeDefinition =
                {
                    new Reg.NodeDefinition { NodeType = Reg.NodeType.Radar, NodeSubType = { "Counter-UAS surveillance radar" } },
                    new Reg.NodeDefinition { NodeType = Reg.NodeType.PassiveRf },
                },
                IcdVersion = SapientValidator.IcdVersion,
                Name = name,
                ShortName = "C-UAS",
                Capabilities = { new Reg.Capability { Category = "Radar", Type = "Maximum range", Value = "5000", Units = "m" } },
                StatusDefinition = new Reg.StatusDefinition
                {
                    StatusInterval = seconds,
                    LocationDefinition = new Reg.LocationType { LocationUnits = LocationCoordinateSystem.LatLngDegM, LocationDatum = LocationDatum.Wgs84E },
                    StatusReport =
                    {
                        new Reg.StatusReport { Category = Reg.StatusReportCategory.Status, Type = "ExternalFault", Units = "RF jamming, interference" },
                    },
                },
                ModeDefinition = { mode },
                ConfigData = { new Reg.ConfigurationData { Manufacturer = "Vigil", Model = "Simulated C-UAS node" } },
            },
        };
    }

    /// <summary>A StatusReport heartbeat with the given system state and status lines, in mode "Default".</summary>
    /// <exception cref="ArgumentException"><paramref name="nodeId"/> is not a UUID.</exception>
    public static SapientMessage Status(
        string nodeId, DateTimeOffset at, StatusReport.Types.System system, IEnumerable<SapientStatusEntry>? entries = null)
    {
        RequireUuid(nodeId);
        var report = new StatusReport
        {
            ReportId = SapientIds.NewUlid(at),
            System = system,
            Info = StatusReport.Types.Info.New,
            Mode = "Default",
        };
        foreach (var e in entries ?? [])
        {
            var status = new StatusReport.Types.Status { StatusType = e.Type, StatusValue = e.Value };
            if (e.Level != StatusReport.Types.StatusLevel.Unspecified)
            {
                status.StatusLevel = e.Level;
            }

            report.Status.Add(status);
        }

        return new SapientMessage { Timestamp = Timestamp.FromDateTimeOffset(at), NodeId = nodeId, StatusReport = report };
    }

    /// <summary>
    /// A DetectionReport at a WGS84 point (height above the ellipsoid) with one classification. A new object id is
    /// made when <paramref name="objectId"/> is null.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="nodeId"/> is not a UUID, <paramref name="objectId"/> is not a ULID, <paramref name="classType"/>
    /// is empty or <paramref name="confidence"/> is outside 0-1.
    /// </exception>
    public static SapientMessage Detection(
        string nodeId, DateTimeOffset at, GeoPoint position, string classType, double confidence, string? objectId = null, SapientVelocity? velocity = null)
    {
        RequireUuid(nodeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(classType);
        if (!(confidence is >= 0 and <= 1))
        {
            throw new ArgumentException($"confidence {confidence} is outside 0-1", nameof(confidence));
        }

        if (objectId is not null && !SapientIds.IsUlid(objectId))
        {
            throw new ArgumentException($"\"{objectId}\" is not a ULID", nameof(objectId));
        }

        var report = new DetectionReport
        {
            ReportId = SapientIds.NewUlid(at),
            ObjectId = objectId ?? SapientIds.NewUlid(at),
            Location = new Location
            {
                X = position.LongitudeDeg,
                Y = position.LatitudeDeg,
                Z = position.AltitudeM,
                CoordinateSystem = LocationCoordinateSystem.LatLngDegM,
                Datum = LocationDatum.Wgs84E,
            },
            Classification = { new DetectionReport.Types.DetectionReportClassification { Type = classType, Confidence = (float)confidence } },
        };
        if (velocity is { } v)
        {
            report.EnuVelocity = new ENUVelocity { EastRate = v.EastMps, NorthRate = v.NorthMps };
            if (v.UpMps is { } up)
            {
                report.EnuVelocity.UpRate = up;
            }
        }

        return new SapientMessage { Timestamp = Timestamp.FromDateTimeOffset(at), NodeId = nodeId, DetectionReport = report };
    }

    /// <summary>The Error reply the standard prescribes for a message that was not accepted: the packet and the reasons.</summary>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty.</exception>
    public static SapientMessage Error(string fromNodeId, string? toNodeId, DateTimeOffset at, ReadOnlySpan<byte> packet, IEnumerable<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var error = new Error { Packet = ByteString.CopyFrom(packet) };
        error.ErrorMessage.AddRange(reasons);
        if (error.ErrorMessage.Count == 0)
        {
            throw new ArgumentException("an Error needs at least one reason", nameof(reasons));
        }

        var message = new SapientMessage { Timestamp = Timestamp.FromDateTimeOffset(at), NodeId = fromNodeId, Error = error };
        if (toNodeId is not null)
        {
            message.DestinationId = toNodeId;
        }

        return message;
    }

    /// <summary>A RegistrationAck: accepted, or refused with its reasons.</summary>
    public static SapientMessage RegistrationAck(string fromNodeId, string? toNodeId, DateTimeOffset at, bool accepted, IEnumerable<string>? reasons = null)
    {
        var ack = new RegistrationAck { Acceptance = accepted };
        ack.AckResponseReason.AddRange(reasons ?? []);
        var message = new SapientMessage { Timestamp = Timestamp.FromDateTimeOffset(at), NodeId = fromNodeId, RegistrationAck = ack };
        if (toNodeId is not null && SapientIds.IsUuid(toNodeId))
        {
            message.DestinationId = toNodeId;
        }

        return message;
    }

    private static void RequireUuid(string nodeId)
    {
        if (!SapientIds.IsUuid(nodeId))
        {
            throw new ArgumentException($"\"{nodeId}\" is not a UUID", nameof(nodeId));
        }
    }
}
