using System.Text.RegularExpressions;

namespace Vigil.Osint;

/// <summary>
/// Actors and sources of the border region, each with the ways reports name them, mapped to one
/// normalised name. Sources that are not parties to a fight (an unnamed security source, local
/// residents) are speakers only: they can make claims but are not listed as actors.
/// </summary>
internal static class ActorLexicon
{
    /// <summary>A name found in a sentence.</summary>
    public readonly record struct Mention(string Name, bool IsActor, int Start, int Length);

    private static readonly (string Name, bool IsActor, string[] Aliases)[] Entries =
    [
        ("ISPR", true, ["ISPR", "Inter-Services Public Relations", "military's media wing", "military media wing"]),
        ("Pakistani military", true, ["Pakistan's military", "Pakistani military", "Pakistan military", "Pakistan Army", "Pakistani army", "Pakistan's army"]),
        ("Pakistani security forces", true, ["Pakistani security forces", "Pakistani forces", "Pakistani troops", "Pakistani soldiers", "Pakistani border forces", "security forces", "Frontier Corps", "FC personnel", "Pakistani air defences", "Pakistani air defence"]),
        ("Pakistan Foreign Office", true, ["Pakistan's Foreign Office", "Pakistani Foreign Office", "Foreign Office in Islamabad", "Foreign Office"]),
        ("Balochistan government", true, ["Balochistan government", "provincial government of Balochistan", "Balochistan's provincial government"]),
        ("TTP", true, ["TTP", "Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "Pakistani Taliban"]),
        ("Afghan Ministry of Defence", true, ["Afghan Ministry of Defence", "Afghan Ministry of Defense", "Afghanistan's Ministry of Defence", "Afghanistan's Ministry of Defense", "Ministry of Defence in Kabul", "Ministry of National Defence", "Afghan defence ministry", "Afghan defense ministry"]),
        ("Zabihullah Mujahid", true, ["Zabihullah Mujahid", "Mujahid"]),
        ("Taliban", true, ["Taliban", "Taliban officials", "Taliban spokesman", "Taliban commander", "a Taliban commander", "Afghan Taliban", "Islamic Emirate", "Taliban authorities", "Taliban forces", "Taliban government", "Afghan forces", "Afghan border forces", "Afghan side", "Taliban administration", "Kabul's authorities", "authorities in Kabul"]),
        ("ISKP", true, ["ISKP", "IS-K", "Islamic State Khorasan", "Islamic State-Khorasan", "Islamic State"]),
        ("Tajik border guards", true, ["Tajik border guards", "Tajikistan's border guards", "Tajik Border Troops", "Border Troops of Tajikistan", "Tajik border forces", "Tajik guards"]),
        ("Tajik State Committee for National Security", true, ["State Committee for National Security", "GKNB", "Tajik security committee"]),
        ("Chinese workers", true, ["Chinese workers", "Chinese nationals", "Chinese citizens", "Chinese engineers"]),
        ("smugglers", true, ["smugglers", "drug traffickers", "traffickers"]),
        ("unnamed security source", false, ["a security source", "security sources", "a security official", "security officials", "an intelligence source", "intelligence sources", "a military source", "military sources"]),
        ("unnamed official", false, ["an official", "officials", "a local official", "local officials", "a government official", "district officials"]),
        ("unnamed news agency", false, ["an Afghan news agency", "a Pakistani news agency", "a local news agency", "a news agency", "local media"]),
        ("Tajik media", false, ["Tajik media", "Tajik state media", "Tajik news agencies"]),
        ("local residents", false, ["local residents", "residents", "a resident", "villagers", "witnesses", "eyewitnesses", "tribal elders", "elders"]),
        ("medical sources", false, ["hospital officials", "a hospital official", "doctors", "a doctor", "medical sources", "hospital sources"]),
    ];

    private static readonly (Regex Pattern, string Name, bool IsActor)[] Patterns =
        [.. Entries.SelectMany(e => e.Aliases.Select(a => (a, e.Name, e.IsActor)))
            .OrderByDescending(x => x.a.Length)
            .Select(x => (new Regex(@"\b" + Regex.Escape(x.a).Replace("'", "['’]", StringComparison.Ordinal) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), x.Name, x.IsActor))];

    /// <summary>Whether <paramref name="name"/> (a normalised name) is a party to the fighting rather than a speaker only.</summary>
    public static bool IsActor(string name) => Entries.Any(e => e.Name == name && e.IsActor);

    /// <summary>Every actor or source named in <paramref name="sentence"/>, in order, longest alias first, none overlapping.</summary>
    public static List<Mention> Find(string sentence)
    {
        var found = new List<Mention>();
        foreach ((Regex pattern, string name, bool isActor) in Patterns)
        {
            foreach (Match m in pattern.Matches(sentence))
            {
                if (!found.Any(f => m.Index < f.Start + f.Length && f.Start < m.Index + m.Length))
                {
                    found.Add(new Mention(name, isActor, m.Index, m.Length));
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}
