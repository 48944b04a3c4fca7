using System.Globalization;
using Vigil.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vigil.Simulation;

/// <summary>
/// Reads scenario files (YAML; the format is in docs/scenarios.md). Every problem is reported with
/// the file, line, column and field, and reading goes on after a problem so one run lists them all.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads a scenario file. A missing or unreadable file is an error, not an exception.</summary>
    public static ScenarioLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new ScenarioLoadResult { Errors = [new ScenarioError(path, 1, 1, "(file)", e.Message)] };
        }

        return Parse(yaml, path);
    }

    /// <summary>Parses scenario text; <paramref name="fileName"/> names it in errors.</summary>
    public static ScenarioLoadResult Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            return new ScenarioLoadResult
            {
                Errors = [new ScenarioError(fileName, (int)e.Start.Line, (int)e.Start.Column, "(syntax)", e.InnerException?.Message ?? e.Message)],
            };
        }
        catch (InvalidOperationException e)
        {
            // The YAML scanner gives up on some malformed input without a position.
            return new ScenarioLoadResult { Errors = [new ScenarioError(fileName, 1, 1, "(syntax)", "not valid YAML: " + e.Message)] };
        }

        var reader = new Reader(fileName);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Error(stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, "(document)", "expected a mapping of scenario fields");
            return new ScenarioLoadResult { Errors = reader.Errors };
        }

        Scenario? scenario = ReadScenario(reader, root);
        return reader.Errors.Count > 0 ? new ScenarioLoadResult { Errors = reader.Errors } : new ScenarioLoadResult { Scenario = scenario };
    }

    private static readonly string[] TopFields = ["name", "description", "start", "duration", "seed", "sensors", "targets", "jamming", "remoteIdReceivers", "registeredDrones", "reports"];
    private static readonly string[] ReceiverFields = ["id", "position", "rangeKm"];
    private static readonly string[] RemoteIdFields = ["uasId", "operatorId", "operator"];
    private static readonly string[] SensorFields =
        ["id", "type", "position", "maxRangeKm", "rangeNoiseM", "azimuthNoiseDeg", "elevationNoiseDeg", "probabilityOfDetection", "falseAlarmsPerScan", "scanPeriodS"];

    private static readonly string[] PositionFields = ["lat", "lon", "alt"];
    private static readonly string[] TargetFields = ["id", "kind", "launch", "rcsDbsm", "wanderDeg", "waypoints", "remoteId"];
    private static readonly string[] WaypointFields = ["lat", "lon", "alt", "speed"];
    private static readonly string[] JammingFields = ["sensor", "from", "to", "effect", "noiseFactor", "detectionFactor", "clutterFactor"];

    private static Scenario? ReadScenario(Reader r, YamlMappingNode root)
    {
        r.CheckFields(root, "", TopFields);
        string? name = r.String(root, "name", "name");
        string description = r.String(root, "description", "description", required: false) ?? "";
        DateTimeOffset? start = r.Instant(root, "start", "start");
        TimeSpan? duration = r.Duration(root, "duration", "duration", positive: true);
        int? seed = r.Integer(root, "seed", "seed");

        var radars = new List<RadarSite>();
        var links = new Dictionary<SensorId, SensorLink>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach ((YamlMappingNode node, string path) in r.List(root, "sensors", "sensors", required: true))
        {
            if (r.ValueNode(node, "id") is YamlScalarNode { Value: { Length: > 0 } id } && !ids.Add(id))
            {
                r.Error(r.ValueNode(node, "id"), path + ".id", $"duplicate sensor id '{id}'");
            }

            if (ReadRadar(r, node, path) is (RadarSite radar, SensorLink link))
            {
                radars.Add(radar);
                if (link != SensorLink.Asterix)
                {
                    links[radar.Id] = link;
                }
            }
        }

        var targets = new List<TargetSpec>();
        var targetIds = new HashSet<string>(StringComparer.Ordinal);
        foreach ((YamlMappingNode node, string path) in r.List(root, "targets", "targets", required: true))
        {
            if (ReadTarget(r, node, path, duration) is TargetSpec target)
            {
                if (!targetIds.Add(target.Id))
                {
                    r.Error(r.ValueNode(node, "id"), path + ".id", $"duplicate target id '{target.Id}'");
                }

                targets.Add(target);
            }
        }

        var jamming = new List<JammingWindow>();
        foreach ((YamlMappingNode node, string path) in r.List(root, "jamming", "jamming", required: false))
        {
            if (ReadJamming(r, node, path, ids, duration) is JammingWindow window)
            {
                jamming.Add(window);
            }
        }

        var receivers = new List<RemoteIdReceiver>();
        foreach ((YamlMappingNode node, string path) in r.List(root, "remoteIdReceivers", "remoteIdReceivers", required: false))
        {
            r.CheckFields(node, path, ReceiverFields);
            string? id = r.String(node, "id", path + ".id");
            GeoPoint? position = r.Position(node, "position", path + ".position");
            double? rangeKm = r.Number(node, "rangeKm", path + ".rangeKm", min: 0.01, max: 100);
            if (id is not null && !ids.Add(id))
            {
                r.Error(r.ValueNode(node, "id"), path + ".id", $"duplicate sensor id '{id}'");
            }

            if (id is not null && position is not null && rangeKm is not null)
            {
                receivers.Add(new RemoteIdReceiver { Id = new SensorId(id), Position = position.Value, RangeM = rangeKm.Value * 1000 });
            }
        }

        List<string> registered = Strings(r, root, "registeredDrones", "a UAS ID", (node, path, uasId) => UasId(r, node, path, uasId, allowEmpty: false));
        string directory = Path.GetDirectoryName(Path.GetFullPath(r.FileName)) ?? ".";
        List<string> reports = Strings(r, root, "reports", "a report file", (node, path, file) =>
        {
            bool found = File.Exists(Path.Combine(directory, file));
            if (!found)
            {
                r.Error(node, path, $"no report file '{file}' beside the scenario");
            }

            return found;
        }).ConvertAll(file => Path.GetFullPath(Path.Combine(directory, file)));

        if (name is null || start is null || duration is null || seed is null)
        {
            return null;
        }

        return new Scenario
        {
            Name = name,
            Description = description,
            Start = start.Value,
            Duration = duration.Value,
            Seed = seed.Value,
            Radars = radars,
            Links = links,
            Targets = targets,
            Jamming = jamming,
            RemoteIdReceivers = receivers,
            RegisteredDrones = registered,
            Reports = reports,
        };
    }

    /// <summary>The list of strings <paramref name="field"/> holds (empty when absent), each checked by <paramref name="valid"/>.</summary>
    private static List<string> Strings(Reader r, YamlMappingNode root, string field, string what, Func<YamlNode, string, string, bool> valid)
    {
        var values = new List<string>();
        if (r.ValueNode(root, field) is not { } list)
        {
            return values;
        }

        if (list is not YamlSequenceNode seq)
        {
            r.Error(list, field, $"expected a list, each item {what}");
            return values;
        }

        int i = 0;
        foreach (YamlNode item in seq.Children)
        {
            string path = $"{field}[{i++}]";
            if (item is YamlScalarNode { Value: { } value })
            {
                if (valid(item, path, value))
                {
                    values.Add(value);
                }
            }
            else
            {
                r.Error(item, path, $"expected {what}");
            }
        }

        return values;
    }

    /// <summary>A Remote ID identity: 1–20 printable ASCII characters without spaces (ASTM F3411 ID fields are 20 bytes of ASCII), as allow-list files have them.</summary>
    private static bool UasId(Reader r, YamlNode node, string field, string value, bool allowEmpty)
    {
        if ((value.Length == 0 && !allowEmpty) || value.Length > 20 || value.Any(c => c is <= ' ' or > '~'))
        {
            r.Error(node, field, $"'{value}' is not {(allowEmpty ? "0" : "1")}–20 printable ASCII characters without spaces");
            return false;
        }

        return true;
    }

    private static RemoteIdBroadcast? ReadRemoteId(Reader r, YamlMappingNode target, string path)
    {
        if (r.ValueNode(target, "remoteId") is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            r.Error(node, path, "expected a mapping with uasId, operatorId, operator");
            return null;
        }

        r.CheckFields(map, path, RemoteIdFields);
        string? uasId = r.String(map, "uasId", path + ".uasId");
        string operatorId = r.String(map, "operatorId", path + ".operatorId", required: false) ?? "";
        GeoPoint? position = r.Position(map, "operator", path + ".operator");
        bool valid = uasId is not null && UasId(r, r.ValueNode(map, "uasId")!, path + ".uasId", uasId, allowEmpty: false);
        valid &= UasId(r, r.ValueNode(map, "operatorId") ?? map, path + ".operatorId", operatorId, allowEmpty: true);
        return valid && position is not null ? new RemoteIdBroadcast { UasId = uasId!, OperatorId = operatorId, Operator = position.Value } : null;
    }

    private static (RadarSite, SensorLink)? ReadRadar(Reader r, YamlMappingNode node, string path)
    {
        r.CheckFields(node, path, SensorFields);
        string? id = r.String(node, "id", path + ".id");
        string? type = r.String(node, "type", path + ".type");
        SensorLink? link = type switch
        {
            null => null,
            "radar" => SensorLink.Asterix,
            "counter-drone" => SensorLink.Sapient,
            _ => r.Error<SensorLink>(r.ValueNode(node, "type"), path + ".type", $"unknown sensor type '{type}' (known: radar, counter-drone)"),
        };

        GeoPoint? position = r.Position(node, "position", path + ".position");
        double? maxRangeKm = r.Number(node, "maxRangeKm", path + ".maxRangeKm", min: 0.1, max: 1000);
        double? rangeNoise = r.Number(node, "rangeNoiseM", path + ".rangeNoiseM", min: 0, max: 10_000);
        double? azNoise = r.Number(node, "azimuthNoiseDeg", path + ".azimuthNoiseDeg", min: 0, max: 30);
        double? elNoise = r.Number(node, "elevationNoiseDeg", path + ".elevationNoiseDeg", min: 0, max: 30, required: false);
        double? pd = r.Number(node, "probabilityOfDetection", path + ".probabilityOfDetection", min: 1e-9, max: 1);
        double? fa = r.Number(node, "falseAlarmsPerScan", path + ".falseAlarmsPerScan", min: 0, max: 10_000);
        double? period = r.Number(node, "scanPeriodS", path + ".scanPeriodS", min: 0.05, max: 120);
        if (id is null || link is null || position is null || maxRangeKm is null || rangeNoise is null || azNoise is null || pd is null || fa is null || period is null)
        {
            return null;
        }

        return (new RadarSite
        {
            Id = new SensorId(id),
            Position = position.Value,
            MaxRangeM = maxRangeKm.Value * 1000,
            RangeSigmaM = rangeNoise.Value,
            AzimuthSigmaDeg = azNoise.Value,
            ElevationSigmaDeg = elNoise ?? double.NaN,
            ProbabilityOfDetection = pd.Value,
            FalseAlarmsPerScan = fa.Value,
            ScanPeriod = TimeSpan.FromSeconds(period.Value),
        }, link.Value);
    }

    private static TargetSpec? ReadTarget(Reader r, YamlMappingNode node, string path, TimeSpan? duration)
    {
        r.CheckFields(node, path, TargetFields);
        string? id = r.String(node, "id", path + ".id");
        string? kindName = r.String(node, "kind", path + ".kind");
        ObjectClass? kind = kindName switch
        {
            null => null,
            "drone" => ObjectClass.Drone,
            "bird" => ObjectClass.Bird,
            "aircraft" => ObjectClass.Aircraft,
            _ => r.Error<ObjectClass>(r.ValueNode(node, "kind"), path + ".kind", $"unknown kind '{kindName}' (known: drone, bird, aircraft)"),
        };
        TimeSpan? launch = r.Duration(node, "launch", path + ".launch", positive: false);
        if (launch is not null && duration is not null && launch.Value >= duration.Value)
        {
            r.Error(r.ValueNode(node, "launch"), path + ".launch", $"launch {launch} is not before the scenario's end ({duration})");
        }

        double? rcs = r.Number(node, "rcsDbsm", path + ".rcsDbsm", min: -60, max: 60);
        double wander = r.Number(node, "wanderDeg", path + ".wanderDeg", min: 0, max: 180, required: false) ?? 0;

        var waypoints = new List<Waypoint>();
        List<(YamlMappingNode Node, string Path)> items = r.List(node, "waypoints", path + ".waypoints", required: true);
        for (int i = 0; i < items.Count; i++)
        {
            (YamlMappingNode w, string wp) = items[i];
            r.CheckFields(w, wp, WaypointFields);
            double? lat = r.Number(w, "lat", wp + ".lat", min: -90, max: 90);
            double? lon = r.Number(w, "lon", wp + ".lon", min: -180, max: 180);
            double? alt = r.Number(w, "alt", wp + ".alt", min: -500, max: 30_000);
            bool last = i == items.Count - 1;
            double? speed = r.Number(w, "speed", wp + ".speed", min: 0.1, max: 1000, required: !last);
            if (lat is not null && lon is not null && alt is not null && (speed is not null || last))
            {
                waypoints.Add(new Waypoint(new GeoPoint(lat.Value, lon.Value, alt.Value), speed ?? 0));
            }
        }

        if (items.Count == 1)
        {
            r.Error(r.ValueNode(node, "waypoints"), path + ".waypoints", "a route needs at least 2 waypoints, got 1");
        }

        RemoteIdBroadcast? remoteId = ReadRemoteId(r, node, path + ".remoteId");
        if (id is null || kind is null || launch is null || rcs is null || waypoints.Count < 2 || waypoints.Count != items.Count)
        {
            return null;
        }

        return new TargetSpec
        {
            Id = id, Kind = kind.Value, Launch = launch.Value, RcsDbsm = rcs.Value, WanderDeg = wander, Waypoints = waypoints,
            RemoteId = remoteId,
        };
    }

    private static JammingWindow? ReadJamming(Reader r, YamlMappingNode node, string path, HashSet<string> sensors, TimeSpan? duration)
    {
        r.CheckFields(node, path, JammingFields);
        string? sensor = r.String(node, "sensor", path + ".sensor");
        if (sensor is not null && !sensors.Contains(sensor))
        {
            r.Error(r.ValueNode(node, "sensor"), path + ".sensor", $"no sensor has id '{sensor}'");
        }

        TimeSpan? from = r.Duration(node, "from", path + ".from", positive: false);
        TimeSpan? to = r.Duration(node, "to", path + ".to", positive: true);
        if (from is not null && to is not null && to.Value <= from.Value)
        {
            r.Error(r.ValueNode(node, "to"), path + ".to", $"end {to} is not after start {from}");
        }

        if (from is not null && duration is not null && from.Value >= duration.Value)
        {
            r.Error(r.ValueNode(node, "from"), path + ".from", $"start {from} is not before the scenario's end ({duration})");
        }

        string? effectName = r.String(node, "effect", path + ".effect");
        JammingEffect? effect = effectName switch
        {
            null => null,
            "silence" => JammingEffect.Silence,
            "degrade" => JammingEffect.Degrade,
            _ => r.Error<JammingEffect>(r.ValueNode(node, "effect"), path + ".effect", $"unknown effect '{effectName}' (known: silence, degrade)"),
        };
        double noise = r.Number(node, "noiseFactor", path + ".noiseFactor", min: 1, max: 100, required: false) ?? 3;
        double detection = r.Number(node, "detectionFactor", path + ".detectionFactor", min: 1e-9, max: 1, required: false) ?? 0.5;
        double clutter = r.Number(node, "clutterFactor", path + ".clutterFactor", min: 1, max: 1000, required: false) ?? 4;
        if (sensor is null || from is null || to is null || effect is null || !sensors.Contains(sensor))
        {
            return null;
        }

        return new JammingWindow
        {
            Sensor = new SensorId(sensor),
            From = from.Value,
            To = to.Value,
            Effect = effect.Value,
            NoiseFactor = noise,
            DetectionFactor = detection,
            ClutterFactor = clutter,
        };
    }

    /// <summary>Typed field access over YAML nodes that records errors with their positions.</summary>
    private sealed class Reader(string file)
    {
        private readonly HashSet<(YamlMappingNode Map, string Field)> _misspelled = [];

        public string FileName => file;

        public List<ScenarioError> Errors { get; } = [];

        public void Error(YamlNode? node, string field, string message) =>
            Errors.Add(new ScenarioError(file, node is null ? 1 : (int)node.Start.Line, node is null ? 1 : (int)node.Start.Column, field, message));

        public T? Error<T>(YamlNode? node, string field, string message)
            where T : struct
        {
            Error(node, field, message);
            return null;
        }

        public YamlNode? ValueNode(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? v) ? v : null;

        public void CheckFields(YamlMappingNode map, string path, string[] known)
        {
            foreach (YamlNode key in map.Children.Keys)
            {
                string name = key is YamlScalarNode s ? s.Value ?? "" : key.ToString();
                if (Array.IndexOf(known, name) >= 0)
                {
                    continue;
                }

                string? close = Closest(name, known);
                if (close is not null)
                {
                    _misspelled.Add((map, close));
                }

                string full = path.Length == 0 ? name : path + "." + name;
                Error(key, full, close is null
                    ? $"unknown field '{name}' (known: {string.Join(", ", known)})"
                    : $"unknown field '{name}'; did you mean '{close}'?");
            }
        }

        private YamlScalarNode? Scalar(YamlMappingNode map, string key, string field, bool required)
        {
            YamlNode? node = ValueNode(map, key);
            if (node is null)
            {
                if (required && !_misspelled.Contains((map, key)))
                {
                    Error(map, field, "required field is missing");
                }

                return null;
            }

            if (node is not YamlScalarNode scalar || string.IsNullOrEmpty(scalar.Value))
            {
                Error(node, field, "expected a single value");
                return null;
            }

            return scalar;
        }

        public string? String(YamlMappingNode map, string key, string field, bool required = true) =>
            Scalar(map, key, field, required)?.Value;

        public double? Number(YamlMappingNode map, string key, string field, double min, double max, bool required = true)
        {
            YamlScalarNode? s = Scalar(map, key, field, required);
            if (s is null)
            {
                return null;
            }

            if (!double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
            {
                Error(s, field, $"expected a number, got '{s.Value}'");
                return null;
            }

            if (v < min || v > max)
            {
                Error(s, field, $"{v.ToString(CultureInfo.InvariantCulture)} is out of range [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}]");
                return null;
            }

            return v;
        }

        public int? Integer(YamlMappingNode map, string key, string field)
        {
            YamlScalarNode? s = Scalar(map, key, field, required: true);
            if (s is null)
            {
                return null;
            }

            if (!int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v))
            {
                Error(s, field, $"expected a whole number, got '{s.Value}'");
                return null;
            }

            return v;
        }

        public DateTimeOffset? Instant(YamlMappingNode map, string key, string field)
        {
            YamlScalarNode? s = Scalar(map, key, field, required: true);
            if (s is null)
            {
                return null;
            }

            if (!s.Value!.EndsWith('Z') || !DateTimeOffset.TryParse(s.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset t))
            {
                Error(s, field, $"expected a UTC time like 2026-06-30T01:00:00Z, got '{s.Value}'");
                return null;
            }

            return t;
        }

        /// <summary>A duration as hh:mm:ss or a number of seconds.</summary>
        public TimeSpan? Duration(YamlMappingNode map, string key, string field, bool positive)
        {
            YamlScalarNode? s = Scalar(map, key, field, required: true);
            if (s is null)
            {
                return null;
            }

            TimeSpan d;
            if (double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && double.IsFinite(seconds) && Math.Abs(seconds) < 1e7)
            {
                d = TimeSpan.FromSeconds(seconds);
            }
            else if (!TimeSpan.TryParseExact(s.Value, @"hh\:mm\:ss", CultureInfo.InvariantCulture, out d))
            {
                Error(s, field, $"expected a duration as hh:mm:ss or seconds, got '{s.Value}'");
                return null;
            }

            if (d < TimeSpan.Zero || (positive && d == TimeSpan.Zero))
            {
                Error(s, field, positive ? "must be positive" : "must not be negative");
                return null;
            }

            return d;
        }

        public GeoPoint? Position(YamlMappingNode map, string key, string field)
        {
            YamlNode? node = ValueNode(map, key);
            if (node is not YamlMappingNode pos)
            {
                Error(node ?? map, field, node is null ? "required field is missing" : "expected a mapping with lat, lon, alt");
                return null;
            }

            CheckFields(pos, field, PositionFields);
            double? lat = Number(pos, "lat", field + ".lat", -90, 90);
            double? lon = Number(pos, "lon", field + ".lon", -180, 180);
            double? alt = Number(pos, "alt", field + ".alt", -500, 30_000);
            return lat is null || lon is null || alt is null ? null : new GeoPoint(lat.Value, lon.Value, alt.Value);
        }

        public List<(YamlMappingNode Node, string Path)> List(YamlMappingNode map, string key, string field, bool required)
        {
            var items = new List<(YamlMappingNode, string)>();
            YamlNode? node = ValueNode(map, key);
            if (node is null)
            {
                if (required)
                {
                    Error(map, field, "required field is missing");
                }

                return items;
            }

            if (node is not YamlSequenceNode seq)
            {
                Error(node, field, "expected a list");
                return items;
            }

            int i = 0;
            foreach (YamlNode child in seq.Children)
            {
                string path = $"{field}[{i++}]";
                if (child is YamlMappingNode m)
                {
                    items.Add((m, path));
                }
                else
                {
                    Error(child, path, "expected a mapping of fields");
                }
            }

            if (required && seq.Children.Count == 0)
            {
                Error(node, field, "must not be empty");
            }

            return items;
        }

        private static string? Closest(string name, string[] known)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (string k in known)
            {
                int d = Levenshtein(name.ToLowerInvariant(), k.ToLowerInvariant());
                if (d < bestDistance)
                {
                    best = k;
                    bestDistance = d;
                }
            }

            return bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
        }

        private static int Levenshtein(string a, string b)
        {
            int[] previous = new int[b.Length + 1], current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
