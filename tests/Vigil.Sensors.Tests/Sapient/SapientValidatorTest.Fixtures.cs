using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Vigil.Sensors.Sapient;
using Vigil.Sensors.Sapient.Proto;

namespace Vigil.Sensors.Tests.Sapient;

public partial class SapientValidatorTest
{
    public static TheoryData<string> ValidFixtures() => new(SapientFixtures.Names("valid"));

    public static TheoryData<string> InvalidFixtures() => new(SapientFixtures.Names("invalid"));

    [Fact]
    public void Fixtures_AllPresent()
    {
        Assert.Equal(38, SapientFixtures.Names("valid").Count());
        Assert.Equal(193, SapientFixtures.Names("invalid").Count());
    }

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Validate_ValidFixture_ParsesWithNoProblems(string name)
    {
        var message = SapientFixtures.Parse(SapientFixtures.Read("valid", name));
        Assert.Empty(SapientValidator.Validate(message));
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Validate_InvalidFixture_ReportsTheProblemItsNameSays(string name)
    {
        string json = SapientFixtures.Read("invalid", name);
        var expected = Expectation.FromFileName(name);
        SapientMessage message;
        try
        {
            message = SapientFixtures.Parse(json);
        }
        catch (InvalidProtocolBufferException e) when (e.Message.Contains("detectionLocation", StringComparison.Ordinal))
        {
            if (expected.What == "UnknownField")
            {
                return;
            }

            // Many DetectionReport fixtures also carry "detectionLocation", a field from a draft of v2.0 that the
            // published schema dropped (the harness's rule for it is commented out). A strict parser rejects the
            // unknown field before the named rule can be seen, so parse leniently to check the named rule.
            message = new JsonParser(JsonParser.Settings.Default.WithIgnoreUnknownFields(true)).Parse<SapientMessage>(json);
        }
        catch (InvalidProtocolBufferException e)
        {
            // Rejected by the parser: only for a value JSON cannot hold (e.g. a timestamp "AAA"); the parser names the value.
            Assert.True(expected.ParseErrorAllowed, $"{name}: parser rejected it ({e.Message}) but the fixture names a validation rule");
            return;
        }

        var problems = SapientValidator.Validate(message);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
        Assert.True(
            problems.Any(expected.Matches),
            $"{name}: want {expected}, got [{string.Join("; ", problems.Select(p => $"{p.Path} {p.Kind} ({p.Reason})"))}]");
    }

    [Theory]
    [InlineData("0014.Location.x.Missing.json", "alert.location.x", SapientProblemKind.Missing, true)]
    [InlineData("0014.Location.x.Missing.json", "alert.location.y", SapientProblemKind.Missing, false)]
    [InlineData("0014.Location.x.Missing.json", "alert.location.x", SapientProblemKind.Invalid, false)]
    [InlineData("0020.LocationList.Locations.Empty.json", "task.region[0].region_area.location_list.locations", SapientProblemKind.Empty, true)]
    [InlineData("0020.LocationList.Locations.Empty.json", "task.region[0].region_area.location_list.locations", SapientProblemKind.Missing, false)]
    [InlineData("0021.LocationList.Locations.Missing.json", "task.region[0].region_area.location_list.locations", SapientProblemKind.Empty, true)]
    [InlineData("0003.NodeId.Error.json", "node_id", SapientProblemKind.Invalid, true)]
    [InlineData("0003.NodeId.Error.json", "destination_id", SapientProblemKind.Invalid, false)]
    [InlineData("0187.BadId.Task.TaskId.json", "task.task_id", SapientProblemKind.Invalid, true)]
    [InlineData("0187.BadId.Task.TaskId.json", "task.region[0].region_id", SapientProblemKind.Invalid, false)]
    [InlineData("0053.PerformanceValue.Type.Missing.json", "registration.mode_definition[0].detection_definition[0].geometric_error.performance_value[0].type", SapientProblemKind.Missing, true)]
    [InlineData("0053.PerformanceValue.Type.Missing.json", "registration.mode_definition[0].detection_definition[0].geometric_error.type", SapientProblemKind.Missing, false)]
    public void Expectation_MatchesOnlyTheNamedFieldAndKind(string file, string path, SapientProblemKind kind, bool matches) =>
        Assert.Equal(matches, Expectation.FromFileName(file).Matches(new SapientProblem(path, kind, "x")));

    /// <summary>What a fixture's file name, <c>NNNN.Path.Tokens.What.json</c>, says is wrong.</summary>
    private sealed record Expectation(string[] Tokens, string What, bool ParseErrorAllowed)
    {
        // Fixtures whose names do not follow the pattern or name the wrong field; each is mapped by hand.
        private static readonly Dictionary<string, (string Tokens, string What)> Special = new(StringComparer.Ordinal)
        {
            // Removes track_info[0].value, not type (the file name repeats 0116's).
            ["0117.TrackInfo.Type.Missing.json"] = ("TrackInfo.Value", "Missing"),
            // "Level.subClass.LevelMissing": the level of a registration sub-class, at two depths.
            ["0172.Registration.SubClass.Level.subClass.LevelMissing.json"] = ("Registration.SubClass.Level", "Missing"),
            ["0173.Registration.SubClass.Level.subClass.LevelMissing.json"] = ("Registration.SubClass.Sub.Level", "Missing"),
            // "BadIdAssociatedDetection" lacks its dot.
            ["0177.BadIdAssociatedDetection.ObjectId.json"] = ("AssociatedDetection.ObjectId", "BadId"),
            // Valid except for the draft-only "detectionLocation" field: only a strict parser rejects them.
            ["0111.DetectionReport.DetectionLocation.Missing.json"] = ("DetectionReport.DetectionLocation", "UnknownField"),
            ["0112.DetectionReport.DetectionLocation.RangeBearing.json"] = ("DetectionReport.DetectionLocation", "UnknownField"),
            // "Value2": the value of the second-level (sub-class) filter's parameter.
            ["0151.Parameter.Value2.Missing.json"] = ("SubClassFilter.Parameter.Value", "Missing"),
            // "2": the second-level (sub-class) filter's parameter.
            ["0149.Parameter.Name.2.Missing.json"] = ("SubClassFilter.Parameter.Name", "Missing"),
            ["0150.Parameter.Operator.2.Missing.json"] = ("SubClassFilter.Parameter.Operator", "Missing"),
            // "ForSub": the type of a nested sub-class of a class definition.
            ["0066.ClassDefinition.Type.ForSub.Missing.json"] = ("ClassDefinition.SubClass.Sub.Type", "Missing"),
            // "BadId.DetectionReport.NodeId/ObjectId" change derived_detection[0]'s ids.
            ["0185.BadId.DetectionReport.NodeId.json"] = ("DetectionReport.DerivedDetection.NodeId", "BadId"),
            ["0186.BadId.DetectionReport.ObjectId.json"] = ("DetectionReport.DerivedDetection.ObjectId", "BadId"),
            // "BadId.Alert.AssociatedDetection" changes the associated detection's node id.
            ["0194.BadId.Alert.AssociatedDetection.json"] = ("Alert.AssociatedDetection.NodeId", "BadId"),
        };

        // File-name words that stand for a differently named field or type.
        private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.Ordinal)
        {
            ["dependantnodes"] = ["dependentnodes"],
            ["file"] = ["associatedfile"],
            ["namespace"] = ["subclassnamespace"],
            ["name"] = ["name", "subclassname", "regionname", "modename"],
            ["detectionreportbehaviour"] = ["behaviour"],
            ["sub"] = ["subclass", "subclassdefinition", "subclassfilter"],
            ["velocityunits"] = ["enuvelocityunits"],
        };

        public static Expectation FromFileName(string name)
        {
            string stem = Regex.Replace(name, @"^\d{4}\.|(\.json)+$", "");
            string what = "Any";
            if (Special.TryGetValue(name, out var special))
            {
                return new Expectation(special.Tokens.Split('.'), special.What, false);
            }

            var tokens = stem.Split('.').ToList();
            if (tokens[0] == "BadId")
            {
                what = "BadId";
                tokens.RemoveAt(0);
            }

            if (tokens[^1] is "Missing" or "Empty" or "Error" or "Wrong" or "Invalid")
            {
                what = tokens[^1];
                tokens.RemoveAt(tokens.Count - 1);
            }
            else if (tokens[^1] == "FullMessage")
            {
                tokens.RemoveAt(tokens.Count - 1);
            }

            // A timestamp that is not a timestamp cannot be parsed from JSON at all.
            bool parseError = what == "Error" && tokens[^1] == "Timestamp";
            return new Expectation([.. tokens], what, parseError);
        }

        public bool Matches(SapientProblem problem)
        {
            var segments = Segments(problem.Path);
            if (!KindFits(problem.Kind, segments[^1].Repeated))
            {
                return false;
            }

            // The named tokens must appear in order along the path, the last one naming the problem's field (or,
            // for a container said to be missing/in error, the field inside it that is).
            int t = 0;
            int lastMatch = -1;
            for (int s = 0; s < segments.Length && t < Tokens.Length; s++)
            {
                if (TokenMatches(Tokens[t], segments[s]))
                {
                    t++;
                    lastMatch = s;
                }
            }

            if (t < Tokens.Length)
            {
                return false;
            }

            int slack = What is "Error" or "Any" ? segments.Length : 1;
            return segments.Length - 1 - lastMatch <= slack;
        }

        private bool KindFits(SapientProblemKind kind, bool repeated) => What switch
        {
            // An empty list and an absent one are the same on the wire.
            "Missing" => kind == SapientProblemKind.Missing || (repeated && kind == SapientProblemKind.Empty),
            "Empty" => kind == SapientProblemKind.Empty,
            "Wrong" or "Invalid" or "BadId" => kind == SapientProblemKind.Invalid,
            _ => true,
        };

        private static bool TokenMatches(string token, (string Field, string? Type, bool Repeated) segment)
        {
            string t = Normalise(token);
            string[] candidates = Aliases.TryGetValue(t, out var a) ? a : [t];
            return candidates.Any(c => c == Normalise(segment.Field) || (segment.Type is not null && c == Normalise(segment.Type)));
        }

        // A oneof reported as missing is named after the oneof ("datum_oneof"), which stands for its group of fields.
        private static string Normalise(string s) =>
            Regex.Replace(s, "_oneof$", "").Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

        /// <summary>Each path segment with the name of the message type it holds, found through the schema.</summary>
        private static (string Field, string? Type, bool Repeated)[] Segments(string path)
        {
            var result = new List<(string, string?, bool)>();
            MessageDescriptor? current = SapientMessage.Descriptor;
            foreach (string raw in path.Split('.'))
            {
                string field = Regex.Replace(raw, @"\[\d+\]$", "");
                var descriptor = current?.FindFieldByName(field);
                string? type = descriptor?.FieldType == FieldType.Message ? descriptor.MessageType.Name : null;
                result.Add((field, type, descriptor?.IsRepeated ?? false));
                current = descriptor?.FieldType == FieldType.Message ? descriptor.MessageType : null;
            }

            // The top-level content is named after its message type too (e.g. "SapientMessage.NodeId").
            result.Insert(0, ("sapient_message", "SapientMessage", false));
            return [.. result];
        }

        public override string ToString() => $"{string.Join('.', Tokens)} {What}";
    }
}
