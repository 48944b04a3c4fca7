using System.Text.RegularExpressions;

namespace Vigil.Osint;

/// <summary>
/// Actors and sources of the border region, each with the ways reports name them, mapped to one
/// normalised name, with the country it belongs to and its ACLED actor kind. Sources that are not parties to a fight (an unnamed security source, local
/// residents) are speakers only: they can make claims but are not listed as actors.
/// </summary>
internal static class ActorLexicon
{
    /// <summary>A name found in a sentence.</summary>
    public readonly record struct Mention(string Name, bool IsActor, int Start, int Length);

    private static readonly (string Name, string? Side, ActorKind? Kind, string[] Aliases)[] Entries =
    [
        ("ISPR", "PK", ActorKind.StateForces, ["ISPR", "Inter-Services Public Relations", "military's media wing", "military media wing", "army's media wing", "media wing of the military"]),
        ("Pakistani military", "PK", ActorKind.StateForces, ["Pakistan's military", "Pakistani military", "Pakistan military", "Pakistan Army", "Pakistani army", "Pakistan's army"]),
        ("Pakistani security forces", "PK", ActorKind.StateForces, ["Pakistani security forces", "Pakistani forces", "Pakistani troops", "Pakistani soldiers", "Pakistani border forces", "security forces", "Frontier Corps", "FC personnel", "Pakistani air defences", "Pakistani air defence"]),
        ("Pakistan Foreign Office", "PK", ActorKind.StateForces, ["Pakistan's Foreign Office", "Pakistani Foreign Office", "Foreign Office in Islamabad", "Foreign Office", "Pakistan's foreign ministry", "Pakistani foreign ministry", "Pakistan's Ministry of Foreign Affairs"]),
        ("Balochistan government", "PK", ActorKind.StateForces, ["Balochistan government", "provincial government of Balochistan", "Balochistan's provincial government"]),
        ("TTP", "PK", ActorKind.RebelGroup, ["TTP", "Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "Pakistani Taliban"]),
        ("Afghan Ministry of Defence", "AF", ActorKind.StateForces, ["Afghan Ministry of Defence", "Afghan Ministry of Defense", "Afghanistan's Ministry of Defence", "Afghanistan's Ministry of Defense", "Ministry of Defence in Kabul", "Ministry of National Defence", "Afghan defence ministry", "Afghan defense ministry", "Afghanistan's defence ministry", "Afghanistan's defense ministry", "Ministry of National Defense", "defence ministry in Kabul"]),
        ("Zabihullah Mujahid", "AF", ActorKind.StateForces, ["Zabihullah Mujahid", "Mujahid"]),
        ("Taliban", "AF", ActorKind.StateForces, ["Taliban", "Taliban officials", "Taliban spokesman", "Taliban commander", "a Taliban commander", "Afghan Taliban", "Islamic Emirate", "Taliban authorities", "Taliban forces", "Taliban government", "Afghan forces", "Afghan border forces", "Afghan side", "Taliban administration", "Kabul's authorities", "authorities in Kabul"]),
        ("ISKP", "AF", ActorKind.RebelGroup, ["ISKP", "IS-K", "Islamic State Khorasan", "Islamic State-Khorasan", "Islamic State"]),
        ("Tajik border guards", "TJ", ActorKind.StateForces, ["Tajik border guards", "Tajikistan's border guards", "Tajik Border Troops", "Border Troops of Tajikistan", "Tajik border forces", "Tajik guards", "Tajikistan's border troops", "Tajik border troops", "Border Troops", "Tajik border service", "Tajikistan's border service", "border service"]),
        ("Tajik State Committee for National Security", "TJ", ActorKind.StateForces, ["State Committee for National Security", "GKNB", "Tajik security committee"]),
        ("Chinese workers", "CN", ActorKind.Civilians, ["Chinese workers", "Chinese nationals", "Chinese citizens", "Chinese engineers"]),
        ("smugglers", null, ActorKind.External, ["smugglers", "drug traffickers", "traffickers"]),
        ("unnamed security source", null, null, ["a security source", "security sources", "a security official", "security officials", "an intelligence source", "intelligence sources", "a military source", "military sources"]),
        ("unnamed official", null, null, ["an official", "officials", "a local official", "local officials", "a government official", "district officials", "a district official", "district administration", "an administration official", "provincial officials"]),
        ("unnamed news agency", null, null, ["an Afghan news agency", "a Pakistani news agency", "a local news agency", "a news agency", "local media", "a news website", "a local news website", "a news outlet", "local news outlets", "local outlets", "a local newspaper", "local television"]),
        ("Tajik media", null, null, ["Tajik media", "Tajik state media", "Tajik news agencies", "Tajik news website", "Tajik news websites", "a Tajik website", "Tajik outlets"]),
        ("local residents", null, null, ["local residents", "residents", "a resident", "another resident", "villagers", "witnesses", "eyewitnesses", "a witness", "an eyewitness", "tribal elders", "elders", "locals", "local people", "a shopkeeper", "shopkeepers", "relatives"]),
        ("medical sources", null, null, ["hospital officials", "a hospital official", "doctors", "a doctor", "medical sources", "hospital sources", "health officials", "a health official", "medics", "hospital staff"]),
    ];

    private static readonly (Regex Pattern, string Name, bool IsActor)[] Patterns =
        [.. Entries.SelectMany(e => e.Aliases.Select(a => (a, e.Name, IsActor: e.Kind is not null)))
            .OrderByDescending(x => x.a.Length)
            .Select(x => (new Regex(@"\b" + Regex.Escape(x.a).Replace("'", "['’]", StringComparison.Ordinal) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), x.Name, x.IsActor))];

    /// <summary>Whether <paramref name="name"/> (a normalised name) is a party to the fighting rather than a speaker only.</summary>
    public static bool IsActor(string name) => Entries.Any(e => e.Name == name && e.Kind is not null);

    /// <summary>The actor <paramref name="name"/> (a normalised name) with its side and kind; null for a speaker only or an unknown name.</summary>
    public static IncidentActor? Actor(string name)
    {
        foreach ((string n, string? side, ActorKind? kind, _) in Entries)
        {
            if (n == name && kind is { } k)
            {
                return new IncidentActor(n, side, k);
            }
        }

        return null;
    }

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
