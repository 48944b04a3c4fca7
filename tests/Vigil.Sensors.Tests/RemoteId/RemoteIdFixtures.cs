using System.Text.Json;
using Vigil.Sensors.RemoteId;

namespace Vigil.Sensors.Tests.RemoteId;

/// <summary>Reads the Remote ID fixtures and compares decoded messages with their expected field values.</summary>
internal static class RemoteIdFixtures
{
    public static string Path(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "testdata", "remoteid", file);

    public static byte[] Read(string file) => File.ReadAllBytes(Path(file));

    /// <summary>Every field named in <paramref name="e"/> (the keys of expected_decoded_DERIVED.json) against the message.</summary>
    public static void AssertFields(JsonElement e, RemoteIdMessage message)
    {
        foreach (JsonProperty field in e.EnumerateObject())
        {
            JsonElement v = field.Value;
            switch (field.Name)
            {
                case "id_type": Assert.Equal(v.GetInt32(), (int)message.BasicId.IdType); break;
                case "ua_type": Assert.Equal(v.GetInt32(), (int)message.BasicId.UaType); break;
                case "uas_id": Assert.Equal(v.GetString(), message.BasicId.UasId.ToString()); break;
                case "status": Assert.Equal(v.GetInt32(), (int)message.Location.Status); break;
                case "height_type": Assert.Equal(v.GetInt32(), (int)message.Location.HeightReference); break;
                case "direction_deg": Assert.Equal(v.GetDouble(), message.Location.TrackDeg); break;
                case "speed_h_mps": Assert.Equal(v.GetDouble(), message.Location.SpeedMps); break;
                case "speed_v_mps": Assert.Equal(v.GetDouble(), message.Location.VerticalSpeedMps); break;
                case "lat": Assert.Equal(v.GetDouble(), message.Location.LatitudeDeg, 1e-9); break;
                case "lon": Assert.Equal(v.GetDouble(), message.Location.LongitudeDeg, 1e-9); break;
                case "alt_baro_m": Assert.Equal(v.GetDouble(), message.Location.PressureAltitudeM); break;
                case "alt_geo_m": Assert.Equal(v.GetDouble(), message.Location.GeodeticAltitudeM); break;
                case "height_m": Assert.Equal(v.GetDouble(), message.Location.HeightM); break;
                case "horiz_acc": Assert.Equal(v.GetInt32(), (int)message.Location.HorizontalAccuracy); break;
                case "vert_acc": Assert.Equal(v.GetInt32(), (int)message.Location.GeodeticAltitudeAccuracy); break;
                case "speed_acc": Assert.Equal(v.GetInt32(), (int)message.Location.SpeedAccuracy); break;
                case "baro_acc": Assert.Equal(v.GetInt32(), (int)message.Location.PressureAltitudeAccuracy); break;
                case "timestamp_tenths_s_after_hour": Assert.Equal(v.GetInt32(), message.Location.TimestampTenths); break;
                case "ts_acc": Assert.Equal(TimeSpan.FromSeconds(v.GetInt32() / 10.0), message.Location.TimestampAccuracy); break;
                case "desc_type": Assert.Equal(v.GetInt32(), (int)message.SelfId.DescriptionType); break;
                case "desc": Assert.Equal(v.GetString(), message.SelfId.Description.ToString()); break;
                case "op_loc_type": Assert.Equal(v.GetInt32(), (int)message.System.OperatorLocationType); break;
                case "class_type": Assert.Equal(v.GetInt32(), (int)message.System.ClassificationType); break;
                case "op_lat": Assert.Equal(v.GetDouble(), message.System.OperatorLatitudeDeg, 1e-9); break;
                case "op_lon": Assert.Equal(v.GetDouble(), message.System.OperatorLongitudeDeg, 1e-9); break;
                case "area_count": Assert.Equal(v.GetInt32(), message.System.AreaCount); break;
                case "area_radius_m": Assert.Equal(v.GetDouble(), message.System.AreaRadiusM); break;
                case "area_ceiling_m": Assert.Equal(v.GetDouble(), message.System.AreaCeilingM); break;
                case "area_floor_m": Assert.Equal(v.GetDouble(), message.System.AreaFloorM); break;
                case "category_eu": Assert.Equal(v.GetInt32(), (int)message.System.Category); break;
                case "class_eu": Assert.Equal(v.GetInt32(), (int)message.System.Class); break;
                case "op_alt_geo_m": Assert.Equal(v.GetDouble(), message.System.OperatorAltitudeM); break;
                case "timestamp_s_since_2019": Assert.Equal((uint)v.GetInt64(), message.System.TimestampSeconds); break;
                case "op_id_type": Assert.Equal(v.GetInt32(), message.OperatorId.OperatorIdType); break;
                case "operator_id": Assert.Equal(v.GetString(), message.OperatorId.OperatorId.ToString()); break;
                case "type": Assert.Equal(v.GetInt32(), (int)message.Type); break;
                case "proto_version": Assert.Equal(v.GetInt32(), message.ProtocolVersion); break;
                case "hex" or "packet_index" or "msg_counter" or "transport":
                    break;
                default:
                    Assert.Fail($"fixture field {field.Name} is not checked");
                    break;
            }
        }
    }
}
