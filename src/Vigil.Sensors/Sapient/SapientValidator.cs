using System.Text;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;
using Vigil.Sensors.Sapient.Proto;
using P = Vigil.Sensors.Sapient.Proto;

namespace Vigil.Sensors.Sapient;

/// <summary>
/// Checks a <see cref="SapientMessage"/> against the rules of BSI Flex 335 v2.0 that protobuf itself does not enforce:
/// mandatory fields, UUID node ids, ULID report/object/task/region/alert ids, the ICD version string, confidences in
/// 0-1, non-<c>UNSPECIFIED</c> enumerations, coordinate systems paired with their datums, and so on.
/// </summary>
/// <remarks>
/// The rule set follows the validator of Dstl's SAPIENT test harness (github.com/dstl/BSI-Flex-335-v2-Test-Harness,
/// SapientServices/Data/Validation, Apache-2.0), which is the reference the standard's fixtures are checked against.
/// Where that harness is silent but the schema marks a field mandatory (e.g. one of a location or a range-bearing in
/// a field of view), the schema's rule is applied too. Every problem is reported, not just the first.
/// </remarks>
public static class SapientValidator
{
    /// <summary>The value <c>registration.icd_version</c> must have.</summary>
    public const string IcdVersion = "BSI Flex 335 v2.0";

    /// <summary>All the problems with <paramref name="message"/>; empty when it is valid.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public static IReadOnlyList<SapientProblem> Validate(SapientMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var walker = new Walker();
        walker.Message(message);
        return walker.Problems ?? (IReadOnlyList<SapientProblem>)[];
    }

    /// <summary>True when <paramref name="message"/> breaks no rule.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public static bool IsValid(SapientMessage message) => Validate(message).Count == 0;

    /// <summary>Walks one message, keeping the current field path on a stack so that paths are built only for problems.</summary>
    private sealed class Walker
    {
        // Behaviour names the harness accepts in DetectionReport.behaviour.type (BehaviourValidator.cs).
        private static readonly string[] KnownBehaviours =
            ["walking", "running", "crawling", "climbing", "digging", "throwing", "loitering", "active", "passive", "other"];

        private readonly List<(string Name, int Index)> _path = new(16);

        public List<SapientProblem>? Problems { get; private set; }

        public void Message(SapientMessage m)
        {
            if (m.Timestamp is null)
            {
                Missing("timestamp");
            }
            else
            {
                CheckTimestamp("timestamp", m.Timestamp);
            }

            RequiredUuid("node_id", m.HasNodeId, m.NodeId);
            OptionalUuid("destination_id", m.DestinationId);
            switch (m.ContentCase)
            {
                case SapientMessage.ContentOneofCase.Registration: In("registration", m.Registration, CheckRegistration); break;
                case SapientMessage.ContentOneofCase.RegistrationAck: In("registration_ack", m.RegistrationAck, CheckRegistrationAck); break;
                case SapientMessage.ContentOneofCase.StatusReport: In("status_report", m.StatusReport, CheckStatusReport); break;
                case SapientMessage.ContentOneofCase.DetectionReport: In("detection_report", m.DetectionReport, CheckDetectionReport); break;
                case SapientMessage.ContentOneofCase.Task: In("task", m.Task, CheckTask); break;
                case SapientMessage.ContentOneofCase.TaskAck: In("task_ack", m.TaskAck, CheckTaskAck); break;
                case SapientMessage.ContentOneofCase.Alert: In("alert", m.Alert, CheckAlert); break;
                case SapientMessage.ContentOneofCase.AlertAck: In("alert_ack", m.AlertAck, CheckAlertAck); break;
                case SapientMessage.ContentOneofCase.Error: In("error", m.Error, CheckError); break;
                default: Add("content", SapientProblemKind.Missing, "missing: no message content (registration, status_report, ...)"); break;
            }
        }

        // ---- Registration ----

        private void CheckRegistration(Registration r)
        {
            Each("node_definition", r.NodeDefinition, required: true, n =>
                RequiredEnum("node_type", n.HasNodeType, (int)n.NodeType, typeof(Registration.Types.NodeType)));
            if (!r.HasIcdVersion)
            {
                Missing("icd_version");
            }
            else if (string.IsNullOrWhiteSpace(r.IcdVersion))
            {
                Empty("icd_version");
            }
            else if (!string.Equals(r.IcdVersion, IcdVersion, StringComparison.Ordinal))
            {
                Add("icd_version", SapientProblemKind.Invalid, $"got \"{r.IcdVersion}\", want \"{IcdVersion}\"");
            }

            Each("capabilities", r.Capabilities, required: true, c =>
            {
                RequiredString("category", c.HasCategory, c.Category);
                RequiredString("type", c.HasType, c.Type);
            });
            Required("status_definition", r.StatusDefinition, CheckStatusDefinition);
            Each("mode_definition", r.ModeDefinition, required: true, CheckModeDefinition);
            Each("config_data", r.ConfigData, required: true, CheckConfigurationData);
            for (int i = 0; i < r.DependentNodes.Count; i++)
            {
                Push("dependent_nodes", i);
                if (!string.IsNullOrWhiteSpace(r.DependentNodes[i]) && !SapientIds.IsUuid(r.DependentNodes[i]))
                {
                    Add(null, SapientProblemKind.Invalid, "not a valid UUID");
                }

                Pop();
            }

            Each("reporting_region", r.ReportingRegion, required: false, CheckLocationOrRangeBearing);
        }

        private void CheckStatusDefinition(Registration.Types.StatusDefinition s)
        {
            Required("status_interval", s.StatusInterval, CheckDuration);
            Optional("location_definition", s.LocationDefinition, t => CheckLocationType(t, locationOnly: true));
            Optional("coverage_definition", s.CoverageDefinition, t => CheckLocationType(t, locationOnly: false));
            Optional("obscuration_definition", s.ObscurationDefinition, t => CheckLocationType(t, locationOnly: false));
            Optional("field_of_view_definition", s.FieldOfViewDefinition, t => CheckLocationType(t, locationOnly: false));
            Each("status_report", s.StatusReport, required: false, sr =>
            {
                RequiredEnum("category", sr.HasCategory, (int)sr.Category, typeof(Registration.Types.StatusReportCategory));
                RequiredString("type", sr.HasType, sr.Type);
            });
        }

        private void CheckDuration(Registration.Types.Duration d)
        {
            RequiredEnum("units", d.HasUnits, (int)d.Units, typeof(Registration.Types.TimeUnits));
            if (!d.HasValue)
            {
                Missing("value");
            }
            else if (!float.IsFinite(d.Value) || d.Value < 0)
            {
                Add("value", SapientProblemKind.Invalid, $"got {d.Value}, want a finite duration >= 0");
            }
        }

        private void CheckLocationType(Registration.Types.LocationType t, bool locationOnly)
        {
            // Harness LocationTypeValidator: a node's own location must use a location system; other areas may use
            // either family, but units and datum must come from the same family, and UTM needs its zone.
            var units = t.CoordinatesOneofCase;
            var datum = t.DatumOneofCase;
            if (units == Registration.Types.LocationType.CoordinatesOneofOneofCase.None)
            {
                Missing("coordinates_oneof", locationOnly ? "missing: need location_units" : "missing: need location_units or range_bearing_units");
            }

            if (datum == Registration.Types.LocationType.DatumOneofOneofCase.None)
            {
                Missing("datum_oneof", locationOnly ? "missing: need location_datum" : "missing: need location_datum or range_bearing_datum");
            }

            if (units == Registration.Types.LocationType.CoordinatesOneofOneofCase.LocationUnits)
            {
                RequiredEnum("location_units", true, (int)t.LocationUnits, typeof(LocationCoordinateSystem));
                if (datum == Registration.Types.LocationType.DatumOneofOneofCase.RangeBearingDatum)
                {
                    Add("range_bearing_datum", SapientProblemKind.Invalid, "a range-bearing datum with location units");
                }

                if (t.LocationUnits == LocationCoordinateSystem.UtmM && string.IsNullOrEmpty(t.Zone) && !locationOnly)
                {
                    Missing("zone", "missing: UTM units need a zone");
                }
            }
            else if (units == Registration.Types.LocationType.CoordinatesOneofOneofCase.RangeBearingUnits)
            {
                if (locationOnly)
                {
                    Add("range_bearing_units", SapientProblemKind.Invalid, "a node location must use location units");
                }
                else
                {
                    RequiredEnum("range_bearing_units", true, (int)t.RangeBearingUnits, typeof(RangeBearingCoordinateSystem));
                }

                if (datum == Registration.Types.LocationType.DatumOneofOneofCase.LocationDatum)
                {
                    Add("location_datum", SapientProblemKind.Invalid, "a location datum with range-bearing units");
                }
            }

            if (datum == Registration.Types.LocationType.DatumOneofOneofCase.LocationDatum)
            {
                RequiredEnum("location_datum", true, (int)t.LocationDatum, typeof(LocationDatum));
            }
            else if (datum == Registration.Types.LocationType.DatumOneofOneofCase.RangeBearingDatum)
            {
                if (locationOnly)
                {
                    Add("range_bearing_datum", SapientProblemKind.Invalid, "a node location must use a location datum");
                }
                else
                {
                    RequiredEnum("range_bearing_datum", true, (int)t.RangeBearingDatum, typeof(RangeBearingDatum));
                }
            }
        }

        private void CheckModeDefinition(Registration.Types.ModeDefinition m)
        {
            RequiredString("mode_name", m.HasModeName, m.ModeName);
            RequiredEnum("mode_type", m.HasModeType, (int)m.ModeType, typeof(Registration.Types.ModeType));
            Required("settle_time", m.SettleTime, CheckDuration);
            Optional("maximum_latency", m.MaximumLatency, CheckDuration);
            Optional("duration", m.Duration, CheckDuration);
            OptionalEnum("scan_type", (int)m.ScanType, typeof(Registration.Types.ScanType));
            OptionalEnum("tracking_type", (int)m.TrackingType, typeof(Registration.Types.TrackingType));
            Each("mode_parameter", m.ModeParameter, required: false, p =>
            {
                RequiredString("type", p.HasType, p.Type);
                RequiredString("value", p.HasValue, p.Value);
            });
            Each("detection_definition", m.DetectionDefinition, required: false, CheckDetectionDefinition);
            Required("task", m.Task, CheckTaskDefinition);
        }

        private void CheckDetectionDefinition(Registration.Types.DetectionDefinition d)
        {
            Required("location_type", d.LocationType, t => CheckLocationType(t, locationOnly: false));
            Each("detection_performance", d.DetectionPerformance, required: false, CheckPerformanceValue);
            Each("detection_report", d.DetectionReport, required: false, r =>
            {
                RequiredEnum("category", r.HasCategory, (int)r.Category, typeof(Registration.Types.DetectionReportCategory));
                RequiredString("type", r.HasType, r.Type);
                RequiredString("units", r.HasUnits, r.Units);
            });
            Each("detection_class_definition", d.DetectionClassDefinition, required: false, c =>
            {
                OptionalEnum("confidence_definition", (int)c.ConfidenceDefinition, typeof(Registration.Types.ConfidenceDefinition));
                Each("class_performance", c.ClassPerformance, required: false, CheckPerformanceValue);
                Each("class_definition", c.ClassDefinition, required: false, cd =>
                {
                    RequiredString("type", cd.HasType, cd.Type);
                    Each("sub_class", cd.SubClass, required: false, CheckRegistrationSubClass);
                });
                Each("taxonomy_dock_definition", c.TaxonomyDockDefinition, required: false, t =>
                {
                    RequiredString("dock_class_namespace", t.HasDockClassNamespace, t.DockClassNamespace);
                    RequiredString("dock_class", t.HasDockClass, t.DockClass);
                    Each("extension_subclass", t.ExtensionSubclass, required: false, e =>
                    {
                        RequiredString("subclass_namespace", e.HasSubclassNamespace, e.SubclassNamespace);
                        RequiredString("subclass_name", e.HasSubclassName, e.SubclassName);
                    });
                });
            });
            Each("behaviour_definition", d.BehaviourDefinition, required: false, b => RequiredString("type", b.HasType, b.Type));
            Optional("velocity_type", d.VelocityType, CheckVelocityType);
            Optional("geometric_error", d.GeometricError, g =>
            {
                RequiredString("type", g.HasType, g.Type);
                RequiredString("units", g.HasUnits, g.Units);
                RequiredString("variation_type", g.HasVariationType, g.VariationType);
                Each("performance_value", g.PerformanceValue, required: false, CheckPerformanceValue);
            });
        }

        private void CheckRegistrationSubClass(Registration.Types.SubClass s)
        {
            RequiredString("type", s.HasType, s.Type);
            RequiredLevel(s.HasLevel, s.Level);
            Each("sub_class", s.SubClass_, required: false, CheckRegistrationSubClass);
        }

        private void CheckPerformanceValue(Registration.Types.PerformanceValue p)
        {
            RequiredString("type", p.HasType, p.Type);
            RequiredString("units", p.HasUnits, p.Units);
            RequiredString("unit_value", p.HasUnitValue, p.UnitValue);
        }

        private void CheckVelocityType(Registration.Types.VelocityType v)
        {
            if (v.VelocityUnitsOneofCase == Registration.Types.VelocityType.VelocityUnitsOneofOneofCase.None)
            {
                Missing("enu_velocity_units");
            }
            else
            {
                In("enu_velocity_units", v.EnuVelocityUnits, u =>
                {
                    RequiredEnum("east_north_rate_units", u.HasEastNorthRateUnits, (int)u.EastNorthRateUnits, typeof(SpeedUnits));
                    OptionalEnum("up_rate_units", (int)u.UpRateUnits, typeof(SpeedUnits));
                });
            }

            switch (v.DatumOneofCase)
            {
                case Registration.Types.VelocityType.DatumOneofOneofCase.LocationDatum:
                    RequiredEnum("location_datum", true, (int)v.LocationDatum, typeof(LocationDatum));
                    break;
                case Registration.Types.VelocityType.DatumOneofOneofCase.RangeBearingDatum:
                    RequiredEnum("range_bearing_datum", true, (int)v.RangeBearingDatum, typeof(RangeBearingDatum));
                    break;
                default:
                    Missing("datum_oneof", "missing: need location_datum or range_bearing_datum");
                    break;
            }
        }

        private void CheckTaskDefinition(Registration.Types.TaskDefinition t)
        {
            // The schema leaves concurrent_tasks optional; the harness (TaskDefinitionValidator.cs) requires it.
            if (!t.HasConcurrentTasks)
            {
                Missing("concurrent_tasks");
            }
            else if (t.ConcurrentTasks < 0)
            {
                Add("concurrent_tasks", SapientProblemKind.Invalid, $"got {t.ConcurrentTasks}, want >= 0");
            }

            Required("region_definition", t.RegionDefinition, CheckRegionDefinition);
            Each("command", t.Command, required: false, c =>
            {
                RequiredString("units", c.HasUnits, c.Units);
                Required("completion_time", c.CompletionTime, CheckDuration);
                RequiredEnum("type", c.HasType, (int)c.Type, typeof(Registration.Types.CommandType));
            });
        }

        private void CheckRegionDefinition(Registration.Types.RegionDefinition r)
        {
            if (r.RegionType.Count == 0)
            {
                Empty("region_type", "empty: at least one region type is required");
            }

            for (int i = 0; i < r.RegionType.Count; i++)
            {
                Push("region_type", i);
                RequiredEnum(null, true, (int)r.RegionType[i], typeof(Registration.Types.RegionType));
                Pop();
            }

            Optional("settle_time", r.SettleTime, CheckDuration);
            Each("region_area", r.RegionArea, required: true, t => CheckLocationType(t, locationOnly: false));
            Each("class_filter_definition", r.ClassFilterDefinition, required: false, c =>
            {
                Each("filter_parameter", c.FilterParameter, required: false, CheckFilterParameter);
                Each("sub_class_definition", c.SubClassDefinition, required: false, CheckSubClassFilterDefinition);
                RequiredString("type", c.HasType, c.Type);
            });
            Each("behaviour_filter_definition", r.BehaviourFilterDefinition, required: false, b =>
            {
                Each("filter_parameter", b.FilterParameter, required: false, CheckFilterParameter);
                RequiredString("type", b.HasType, b.Type);
            });
        }

        private void CheckSubClassFilterDefinition(Registration.Types.SubClassFilterDefinition s)
        {
            Each("filter_parameter", s.FilterParameter, required: false, CheckFilterParameter);
            RequiredLevel(s.HasLevel, s.Level);
            RequiredString("type", s.HasType, s.Type);
            Each("sub_class_definition", s.SubClassDefinition, required: false, CheckSubClassFilterDefinition);
        }

        private void CheckFilterParameter(Registration.Types.FilterParameter f)
        {
            RequiredString("parameter", f.HasParameter, f.Parameter);
            if (f.Operators.Count == 0)
            {
                Empty("operators", "empty: at least one operator is required");
            }

            for (int i = 0; i < f.Operators.Count; i++)
            {
                Push("operators", i);
                RequiredEnum(null, true, (int)f.Operators[i], typeof(Operator));
                Pop();
            }
        }

        private void CheckConfigurationData(Registration.Types.ConfigurationData c)
        {
            // manufacturer and model have implicit presence: absent and "" are the same on the wire.
            if (string.IsNullOrWhiteSpace(c.Manufacturer))
            {
                Missing("manufacturer");
            }

            if (string.IsNullOrWhiteSpace(c.Model))
            {
                Missing("model");
            }

            Each("sub_components", c.SubComponents, required: false, CheckConfigurationData);
        }

        private void CheckRegistrationAck(RegistrationAck a)
        {
            if (!a.HasAcceptance)
            {
                Missing("acceptance");
            }
        }

        // ---- StatusReport ----

        private void CheckStatusReport(P.StatusReport s)
        {
            RequiredUlid("report_id", s.HasReportId, s.ReportId);
            RequiredEnum("system", s.HasSystem, (int)s.System, typeof(P.StatusReport.Types.System));
            RequiredEnum("info", s.HasInfo, (int)s.Info, typeof(P.StatusReport.Types.Info));
            OptionalUlid("active_task_id", s.ActiveTaskId);
            RequiredString("mode", s.HasMode, s.Mode);
            Optional("power", s.Power, p =>
            {
                if (p.HasLevel && p.Level is < 0 or > 100)
                {
                    Add("level", SapientProblemKind.Invalid, $"got {p.Level}, want 0-100");
                }

                OptionalEnum("source", (int)p.Source, typeof(P.StatusReport.Types.PowerSource));
                OptionalEnum("status", (int)p.Status, typeof(P.StatusReport.Types.PowerStatus));
            });
            Optional("node_location", s.NodeLocation, CheckLocation);
            Optional("field_of_view", s.FieldOfView, CheckLocationOrRangeBearing);
            Each("obscuration", s.Obscuration, required: false, CheckLocationOrRangeBearing);
            Each("coverage", s.Coverage, required: false, CheckLocationOrRangeBearing);
            Each("status", s.Status, required: false, st =>
            {
                OptionalEnum("status_level", (int)st.StatusLevel, typeof(P.StatusReport.Types.StatusLevel));
                RequiredEnum("status_type", st.HasStatusType, (int)st.StatusType, typeof(P.StatusReport.Types.StatusType));
            });
        }

        // ---- DetectionReport ----

        private void CheckDetectionReport(P.DetectionReport d)
        {
            RequiredUlid("report_id", d.HasReportId, d.ReportId);
            RequiredUlid("object_id", d.HasObjectId, d.ObjectId);
            OptionalUlid("task_id", d.TaskId);
            switch (d.LocationOneofCase)
            {
                case P.DetectionReport.LocationOneofOneofCase.Location: In("location", d.Location, CheckLocation); break;
                case P.DetectionReport.LocationOneofOneofCase.RangeBearing: In("range_bearing", d.RangeBearing, CheckRangeBearing); break;
                default: Missing("location", "missing: need location or range_bearing"); break;
            }

            if (d.HasDetectionConfidence)
            {
                Fraction("detection_confidence", d.DetectionConfidence);
            }

            Each("track_info", d.TrackInfo, required: false, CheckTrackObjectInfo);
            Optional("prediction_location", d.PredictionLocation, p =>
            {
                switch (p.PredictedLocationOneofCase)
                {
                    case P.DetectionReport.Types.PredictedLocation.PredictedLocationOneofOneofCase.Location: In("location", p.Location, CheckLocation); break;
                    case P.DetectionReport.Types.PredictedLocation.PredictedLocationOneofOneofCase.RangeBearing: In("range_bearing", p.RangeBearing, CheckRangeBearing); break;
                    default: Missing("location", "missing: need location or range_bearing"); break;
                }

                if (p.PredictedTimestamp is not null)
                {
                    CheckTimestamp("predicted_timestamp", p.PredictedTimestamp);
                }
            });
            Each("object_info", d.ObjectInfo, required: false, CheckTrackObjectInfo);
            Each("classification", d.Classification, required: false, c =>
            {
                RequiredString("type", c.HasType, c.Type);
                if (c.HasConfidence)
                {
                    Fraction("confidence", c.Confidence);
                }

                Each("sub_class", c.SubClass, required: false, CheckDetectionSubClass);
            });
            Each("behaviour", d.Behaviour, required: false, b =>
            {
                RequiredString("type", b.HasType, b.Type);
                if (!string.IsNullOrWhiteSpace(b.Type) && Array.IndexOf(KnownBehaviours, b.Type.ToLowerInvariant()) < 0)
                {
                    Add("type", SapientProblemKind.Invalid, $"\"{b.Type}\" is not a behaviour of the standard's taxonomy");
                }

                if (b.HasConfidence)
                {
                    Fraction("confidence", b.Confidence);
                }
            });
            Each("associated_file", d.AssociatedFile, required: false, CheckAssociatedFile);
            Each("signal", d.Signal, required: false, s =>
            {
                // The harness treats a zero amplitude or centre frequency as absent (FluentValidation NotEmpty).
                if (!s.HasAmplitude || s.Amplitude == 0)
                {
                    Missing("amplitude");
                }

                if (!s.HasCentreFrequency || s.CentreFrequency == 0)
                {
                    Missing("centre_frequency");
                }
            });
            Each("associated_detection", d.AssociatedDetection, required: false, CheckAssociatedDetection);
            Each("derived_detection", d.DerivedDetection, required: false, dd =>
            {
                if (dd.Timestamp is null)
                {
                    Missing("timestamp");
                }
                else
                {
                    CheckTimestamp("timestamp", dd.Timestamp);
                }

                RequiredUuid("node_id", dd.HasNodeId, dd.NodeId);
                RequiredUlid("object_id", dd.HasObjectId, dd.ObjectId);
            });
            if (d.VelocityOneofCase == P.DetectionReport.VelocityOneofOneofCase.EnuVelocity)
            {
                In("enu_velocity", d.EnuVelocity, v =>
                {
                    RequiredFinite("east_rate", v.HasEastRate, v.EastRate);
                    RequiredFinite("north_rate", v.HasNorthRate, v.NorthRate);
                });
            }
        }

        private void CheckDetectionSubClass(P.DetectionReport.Types.SubClass s)
        {
            RequiredString("type", s.HasType, s.Type);
            if (s.HasConfidence)
            {
                Fraction("confidence", s.Confidence);
            }

            RequiredLevel(s.HasLevel, s.Level);
            Each("sub_class", s.SubClass_, required: false, CheckDetectionSubClass);
        }

        private void CheckTrackObjectInfo(P.DetectionReport.Types.TrackObjectInfo t)
        {
            RequiredString("type", t.HasType, t.Type);
            RequiredString("value", t.HasValue, t.Value);
        }

        // ---- Task and TaskAck ----

        private void CheckTask(P.Task t)
        {
            RequiredUlid("task_id", t.HasTaskId, t.TaskId);
            if (t.TaskStartTime is not null)
            {
                CheckTimestamp("task_start_time", t.TaskStartTime);
            }

            if (t.TaskEndTime is not null)
            {
                CheckTimestamp("task_end_time", t.TaskEndTime);
            }

            RequiredEnum("control", t.HasControl, (int)t.Control, typeof(P.Task.Types.Control));
            Each("region", t.Region, required: false, r =>
            {
                RequiredEnum("type", r.HasType, (int)r.Type, typeof(P.Task.Types.RegionType));
                RequiredUlid("region_id", r.HasRegionId, r.RegionId);
                RequiredString("region_name", r.HasRegionName, r.RegionName);
                Required("region_area", r.RegionArea, CheckLocationOrRangeBearing);
                Each("class_filter", r.ClassFilter, required: false, c =>
                {
                    Required("parameter", c.Parameter, CheckTaskParameter);
                    RequiredString("type", c.HasType, c.Type);
                    Each("sub_class_filter", c.SubClassFilter, required: false, CheckTaskSubClassFilter);
                    OptionalEnum("priority", (int)c.Priority, typeof(P.Task.Types.DiscreteThreshold));
                });
                Each("behaviour_filter", r.BehaviourFilter, required: false, b =>
                {
                    Required("parameter", b.Parameter, CheckTaskParameter);
                    OptionalEnum("priority", (int)b.Priority, typeof(P.Task.Types.DiscreteThreshold));
                });
            });
            Optional("command", t.Command, CheckTaskCommand);
        }

        private void CheckTaskSubClassFilter(P.Task.Types.SubClassFilter s)
        {
            Required("parameter", s.Parameter, CheckTaskParameter);
            RequiredString("type", s.HasType, s.Type);
            Each("sub_class_filter", s.SubClassFilter_, required: false, CheckTaskSubClassFilter);
            OptionalEnum("priority", (int)s.Priority, typeof(P.Task.Types.DiscreteThreshold));
        }

        private void CheckTaskParameter(P.Task.Types.Parameter p)
        {
            RequiredString("name", p.HasName, p.Name);
            RequiredEnum("operator", p.HasOperator, (int)p.Operator, typeof(Operator));
            RequiredFinite("value", p.HasValue, p.Value);
        }

        private void CheckTaskCommand(P.Task.Types.Command c)
        {
            switch (c.CommandCase)
            {
                case P.Task.Types.Command.CommandOneofCase.Request:
                    RequiredString("request", true, c.Request);
                    break;
                case P.Task.Types.Command.CommandOneofCase.ModeChange:
                    RequiredString("mode_change", true, c.ModeChange);
                    break;
                case P.Task.Types.Command.CommandOneofCase.DetectionThreshold:
                    RequiredEnum("detection_threshold", true, (int)c.DetectionThreshold, typeof(P.Task.Types.DiscreteThreshold));
                    break;
                case P.Task.Types.Command.CommandOneofCase.DetectionReportRate:
                    RequiredEnum("detection_report_rate", true, (int)c.DetectionReportRate, typeof(P.Task.Types.DiscreteThreshold));
                    break;
                case P.Task.Types.Command.CommandOneofCase.ClassificationThreshold:
                    RequiredEnum("classification_threshold", true, (int)c.ClassificationThreshold, typeof(P.Task.Types.DiscreteThreshold));
                    break;
                case P.Task.Types.Command.CommandOneofCase.LookAt:
                    In("look_at", c.LookAt, CheckLocationOrRangeBearing);
                    break;
                case P.Task.Types.Command.CommandOneofCase.MoveTo:
                    In("move_to", c.MoveTo, CheckLocationList);
                    break;
                case P.Task.Types.Command.CommandOneofCase.Patrol:
                    In("patrol", c.Patrol, CheckLocationList);
                    break;
                case P.Task.Types.Command.CommandOneofCase.Follow:
                    // follow_object_id has implicit presence: absent and "" are the same on the wire.
                    In("follow", c.Follow, f => RequiredUlid("follow_object_id", f.FollowObjectId.Length > 0, f.FollowObjectId));
                    break;
                default:
                    Missing("command", "missing: no command (request, look_at, ...)");
                    break;
            }
        }

        private void CheckTaskAck(TaskAck a)
        {
            RequiredUlid("task_id", a.HasTaskId, a.TaskId);
            RequiredEnum("task_status", a.HasTaskStatus, (int)a.TaskStatus, typeof(TaskAck.Types.TaskStatus));
            Optional("associated_file", a.AssociatedFile, CheckAssociatedFile);
        }

        // ---- Alert and AlertAck ----

        private void CheckAlert(Alert a)
        {
            RequiredUlid("alert_id", a.HasAlertId, a.AlertId);
            OptionalEnum("alert_type", (int)a.AlertType, typeof(Alert.Types.AlertType));
            OptionalEnum("status", (int)a.Status, typeof(Alert.Types.AlertStatus));
            if (a.LocationOneofCase == P.Alert.LocationOneofOneofCase.Location)
            {
                In("location", a.Location, CheckLocation);
            }
            else if (a.LocationOneofCase == P.Alert.LocationOneofOneofCase.RangeBearing)
            {
                In("range_bearing", a.RangeBearing, CheckRangeBearing);
            }

            OptionalUlid("region_id", a.RegionId);
            OptionalEnum("priority", (int)a.Priority, typeof(Alert.Types.DiscretePriority));
            if (a.HasRanking)
            {
                Fraction("ranking", a.Ranking);
            }

            if (a.HasConfidence)
            {
                Fraction("confidence", a.Confidence);
            }

            Each("associated_file", a.AssociatedFile, required: false, CheckAssociatedFile);
            Each("associated_detection", a.AssociatedDetection, required: false, CheckAssociatedDetection);
        }

        private void CheckAlertAck(AlertAck a)
        {
            RequiredUlid("alert_id", a.HasAlertId, a.AlertId);
            RequiredEnum("alert_ack_status", a.HasAlertAckStatus, (int)a.AlertAckStatus, typeof(AlertAck.Types.AlertAckStatus));
        }

        private void CheckError(P.Error e)
        {
            if (!e.HasPacket)
            {
                Missing("packet");
            }
            else if (e.Packet.IsEmpty)
            {
                Empty("packet");
            }

            if (e.ErrorMessage.Count == 0)
            {
                Empty("error_message", "empty: at least one error message is required");
            }
        }

        // ---- shared messages ----

        private void CheckLocation(Location l)
        {
            RequiredFinite("x", l.HasX, l.X);
            RequiredFinite("y", l.HasY, l.Y);
            RequiredEnum("coordinate_system", l.HasCoordinateSystem, (int)l.CoordinateSystem, typeof(LocationCoordinateSystem));
            RequiredEnum("datum", l.HasDatum, (int)l.Datum, typeof(LocationDatum));
        }

        private void CheckRangeBearing(RangeBearing r)
        {
            RequiredEnum("coordinate_system", r.HasCoordinateSystem, (int)r.CoordinateSystem, typeof(RangeBearingCoordinateSystem));
            RequiredEnum("datum", r.HasDatum, (int)r.Datum, typeof(RangeBearingDatum));
        }

        private void CheckLocationList(LocationList l) => Each("locations", l.Locations, required: true, CheckLocation);

        private void CheckLocationOrRangeBearing(LocationOrRangeBearing l)
        {
            switch (l.FovOneofCase)
            {
                case P.LocationOrRangeBearing.FovOneofOneofCase.LocationList:
                    In("location_list", l.LocationList, CheckLocationList);
                    break;
                case P.LocationOrRangeBearing.FovOneofOneofCase.RangeBearing:
                    In("range_bearing", l.RangeBearing, c =>
                    {
                        RequiredEnum("coordinate_system", c.HasCoordinateSystem, (int)c.CoordinateSystem, typeof(RangeBearingCoordinateSystem));
                        RequiredEnum("datum", c.HasDatum, (int)c.Datum, typeof(RangeBearingDatum));
                    });
                    break;
                default:
                    Missing("location_list", "missing: need location_list or range_bearing");
                    break;
            }
        }

        private void CheckAssociatedFile(AssociatedFile f)
        {
            RequiredString("type", f.HasType, f.Type);
            RequiredString("url", f.HasUrl, f.Url);
        }

        private void CheckAssociatedDetection(AssociatedDetection a)
        {
            if (a.Timestamp is not null)
            {
                CheckTimestamp("timestamp", a.Timestamp);
            }

            RequiredUuid("node_id", a.HasNodeId, a.NodeId);
            RequiredUlid("object_id", a.HasObjectId, a.ObjectId);
            OptionalEnum("association_type", (int)a.AssociationType, typeof(AssociationRelation));
        }

        // ---- field rules ----

        private void CheckTimestamp(string name, Timestamp t)
        {
            // Timestamp's own range: 0001-01-01 to 9999-12-31, nanos 0..999,999,999.
            const long MinSeconds = -62135596800L;
            const long MaxSeconds = 253402300799L;
            if (t.Seconds is < MinSeconds or > MaxSeconds || t.Nanos is < 0 or > 999_999_999)
            {
                Add(name, SapientProblemKind.Invalid, "not a valid timestamp");
            }
        }

        private void RequiredString(string name, bool has, string value)
        {
            if (!has)
            {
                Missing(name);
            }
            else if (string.IsNullOrWhiteSpace(value))
            {
                Empty(name);
            }
        }

        private void RequiredUlid(string name, bool has, string value)
        {
            RequiredString(name, has, value);
            if (has && !string.IsNullOrWhiteSpace(value) && !SapientIds.IsUlid(value))
            {
                Add(name, SapientProblemKind.Invalid, "not a valid ULID");
            }
        }

        private void OptionalUlid(string name, string value)
        {
            if (!string.IsNullOrWhiteSpace(value) && !SapientIds.IsUlid(value))
            {
                Add(name, SapientProblemKind.Invalid, "not a valid ULID");
            }
        }

        private void RequiredUuid(string name, bool has, string value)
        {
            RequiredString(name, has, value);
            if (has && !string.IsNullOrWhiteSpace(value) && !SapientIds.IsUuid(value))
            {
                Add(name, SapientProblemKind.Invalid, "not a valid UUID");
            }
        }

        private void OptionalUuid(string name, string value)
        {
            if (!string.IsNullOrWhiteSpace(value) && !SapientIds.IsUuid(value))
            {
                Add(name, SapientProblemKind.Invalid, "not a valid UUID");
            }
        }

        private void RequiredEnum(string? name, bool has, int value, System.Type enumType)
        {
            if (!has || value == 0)
            {
                Missing(name, has ? "missing: UNSPECIFIED is not a value" : "missing");
            }
            else if (!System.Enum.IsDefined(enumType, value))
            {
                Add(name, SapientProblemKind.Invalid, $"{value} is not a known value");
            }
        }

        private void OptionalEnum(string name, int value, System.Type enumType)
        {
            if (value != 0 && !System.Enum.IsDefined(enumType, value))
            {
                Add(name, SapientProblemKind.Invalid, $"{value} is not a known value");
            }
        }

        private void RequiredFinite(string name, bool has, double value)
        {
            if (!has)
            {
                Missing(name);
            }
            else if (!double.IsFinite(value))
            {
                Add(name, SapientProblemKind.Invalid, "not a finite number");
            }
        }

        private void RequiredLevel(bool has, int level)
        {
            if (!has)
            {
                Missing("level");
            }
            else if (level < 0)
            {
                Add("level", SapientProblemKind.Invalid, $"got {level}, want >= 0");
            }
        }

        private void Fraction(string name, float value)
        {
            if (!(value >= 0f && value <= 1f))
            {
                Add(name, SapientProblemKind.Invalid, $"got {value}, want 0-1");
            }
        }

        // ---- structure ----

        private void Required<T>(string name, T? child, Action<T> check)
            where T : class, IMessage
        {
            if (child is null)
            {
                Missing(name);
            }
            else
            {
                In(name, child, check);
            }
        }

        private void Optional<T>(string name, T? child, Action<T> check)
            where T : class, IMessage
        {
            if (child is not null)
            {
                In(name, child, check);
            }
        }

        private void In<T>(string name, T child, Action<T> check)
        {
            Push(name, -1);
            check(child);
            Pop();
        }

        private void Each<T>(string name, RepeatedField<T> items, bool required, Action<T> check)
        {
            if (required && items.Count == 0)
            {
                Empty(name, "empty: at least one is required");
            }

            for (int i = 0; i < items.Count; i++)
            {
                Push(name, i);
                check(items[i]);
                Pop();
            }
        }

        private void Push(string name, int index) => _path.Add((name, index));

        private void Pop() => _path.RemoveAt(_path.Count - 1);

        private void Missing(string? name, string reason = "missing") => Add(name, SapientProblemKind.Missing, reason);

        private void Empty(string? name, string reason = "empty") => Add(name, SapientProblemKind.Empty, reason);

        private void Add(string? name, SapientProblemKind kind, string reason)
        {
            var sb = new StringBuilder();
            foreach (var (segment, index) in _path)
            {
                if (sb.Length > 0)
                {
                    sb.Append('.');
                }

                sb.Append(segment);
                if (index >= 0)
                {
                    sb.Append('[').Append(index).Append(']');
                }
            }

            if (name is not null)
            {
                if (sb.Length > 0)
                {
                    sb.Append('.');
                }

                sb.Append(name);
            }

            (Problems ??= []).Add(new SapientProblem(sb.ToString(), kind, reason));
        }
    }
}
