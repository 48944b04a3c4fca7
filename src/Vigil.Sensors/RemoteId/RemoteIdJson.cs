using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Vigil.Sensors.RemoteId;

/// <summary>
/// Writes Remote ID messages as JSON objects, one per line for the command line. Fields: "type"
/// (basicId, location, authentication, selfId, system, operatorId), "protocolVersion", then the
/// message's fields in SI units with the unit in the name (unknown values as the standard encodes
/// them, e.g. -1000 m, 255 m/s, 361°, and a "...Known" flag where it matters); enumerations as
/// camelCase names, or numbers for reserved values; text fields up to their first NUL; binary data as
/// hex. A captured message adds "transport", "sender", "counter", "frame" and "receivedAt".
/// </summary>
public static class RemoteIdJson
{
    /// <summary>Writes <paramref name="message"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, in RemoteIdMessage message)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteFields(writer, message);
        writer.WriteEndObject();
    }

    /// <summary>Writes a captured message as one JSON object: the message's fields and where it came from.</summary>
    public static void Write(Utf8JsonWriter writer, in CapturedRemoteIdMessage captured)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteFields(writer, captured.Message);
        writer.WriteString("transport", Name(captured.Transport));
        writer.WriteString("sender", captured.Sender.ToString());
        writer.WriteNumber("counter", captured.Counter);
        writer.WriteNumber("frame", captured.FrameNumber);
        writer.WriteString("receivedAt", captured.ReceivedAt.UtcDateTime);
        writer.WriteEndObject();
    }

    /// <summary>The message as a single line of JSON (no newline).</summary>
    public static string ToJsonLine(in RemoteIdMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, message);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The captured message as a single line of JSON (no newline).</summary>
    public static string ToJsonLine(in CapturedRemoteIdMessage captured)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, captured);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteFields(Utf8JsonWriter w, in RemoteIdMessage message)
    {
        w.WriteString("type", Name(message.Type));
        w.WriteNumber("protocolVersion", message.ProtocolVersion);
        switch (message.Type)
        {
            case RemoteIdMessageType.BasicId:
                BasicIdMessage basic = message.BasicId;
                WriteEnum(w, "idType", basic.IdType);
                WriteEnum(w, "uaType", basic.UaType);
                WriteText(w, "uasId", basic.UasId);
                break;
            case RemoteIdMessageType.Location:
                WriteLocation(w, message.Location);
                break;
            case RemoteIdMessageType.Authentication:
                AuthenticationMessage auth = message.Authentication;
                WriteEnum(w, "authType", auth.Type);
                w.WriteNumber("page", auth.Page);
                if (auth.Page == 0)
                {
                    w.WriteNumber("lastPageIndex", auth.LastPageIndex);
                    w.WriteNumber("length", auth.Length);
                    w.WriteNumber("timestampS2019", auth.TimestampSeconds);
                    w.WriteString("timestamp", auth.Timestamp.UtcDateTime);
                }

                w.WriteString("data", Convert.ToHexStringLower(auth.Data.AsSpan()));
                break;
            case RemoteIdMessageType.SelfId:
                SelfIdMessage self = message.SelfId;
                WriteEnum(w, "descriptionType", self.DescriptionType);
                WriteText(w, "description", self.Description);
                break;
            case RemoteIdMessageType.System:
                WriteSystem(w, message.System);
                break;
            default:
                OperatorIdMessage op = message.OperatorId;
                w.WriteNumber("operatorIdType", op.OperatorIdType);
                WriteText(w, "operatorId", op.OperatorId);
                break;
        }
    }

    private static void WriteLocation(Utf8JsonWriter w, LocationMessage l)
    {
        WriteEnum(w, "status", l.Status);
        WriteEnum(w, "heightReference", l.HeightReference);
        w.WriteNumber("trackDeg", l.TrackDeg);
        w.WriteBoolean("trackKnown", l.IsTrackKnown);
        w.WriteNumber("speedMps", l.SpeedMps);
        w.WriteBoolean("speedKnown", l.IsSpeedKnown);
        w.WriteNumber("verticalSpeedMps", l.VerticalSpeedMps);
        w.WriteBoolean("verticalSpeedKnown", l.IsVerticalSpeedKnown);
        w.WriteNumber("latitudeDeg", Degrees(l.LatitudeE7));
        w.WriteNumber("longitudeDeg", Degrees(l.LongitudeE7));
        w.WriteBoolean("positionKnown", l.IsPositionKnown);
        w.WriteNumber("pressureAltitudeM", l.PressureAltitudeM);
        w.WriteNumber("geodeticAltitudeM", l.GeodeticAltitudeM);
        w.WriteNumber("heightM", l.HeightM);
        WriteEnum(w, "horizontalAccuracy", l.HorizontalAccuracy);
        WriteEnum(w, "geodeticAltitudeAccuracy", l.GeodeticAltitudeAccuracy);
        WriteEnum(w, "pressureAltitudeAccuracy", l.PressureAltitudeAccuracy);
        WriteEnum(w, "speedAccuracy", l.SpeedAccuracy);
        w.WriteNumber("timestampTenths", l.TimestampTenths);
        w.WriteBoolean("timestampKnown", l.IsTimestampKnown);
        w.WriteNumber("timestampAccuracyS", l.TimestampAccuracy.TotalSeconds);
    }

    private static void WriteSystem(Utf8JsonWriter w, SystemMessage s)
    {
        WriteEnum(w, "operatorLocationType", s.OperatorLocationType);
        WriteEnum(w, "classificationType", s.ClassificationType);
        w.WriteNumber("operatorLatitudeDeg", Degrees(s.OperatorLatitudeE7));
        w.WriteNumber("operatorLongitudeDeg", Degrees(s.OperatorLongitudeE7));
        w.WriteBoolean("operatorPositionKnown", s.IsOperatorPositionKnown);
        w.WriteNumber("operatorAltitudeM", s.OperatorAltitudeM);
        w.WriteNumber("areaCount", s.AreaCount);
        w.WriteNumber("areaRadiusM", s.AreaRadiusM);
        w.WriteNumber("areaCeilingM", s.AreaCeilingM);
        w.WriteNumber("areaFloorM", s.AreaFloorM);
        WriteEnum(w, "euCategory", s.Category);
        WriteEnum(w, "euClass", s.Class);
        w.WriteNumber("timestampS2019", s.TimestampSeconds);
        w.WriteString("timestamp", s.Timestamp.UtcDateTime);
    }

    // Degrees from 1e-7 units written exactly (e.g. 45.5457468, not 45.545746800000004).
    private static decimal Degrees(int e7) => e7 / 10_000_000m;

    private static void WriteText(Utf8JsonWriter w, string name, RemoteIdBytes field) => w.WriteString(name, field.ToString());

    private static void WriteEnum<T>(Utf8JsonWriter w, string name, T value)
        where T : struct, Enum
    {
        if (Enum.IsDefined(value))
        {
            w.WriteString(name, Name(value));
        }
        else
        {
            w.WriteNumber(name, Convert.ToInt32(value, CultureInfo.InvariantCulture));
        }
    }

    private static string Name<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
    }
}
