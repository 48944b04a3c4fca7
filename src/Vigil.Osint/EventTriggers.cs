using System.Text.RegularExpressions;

namespace Vigil.Osint;

/// <summary>Words that say what kind of event a sentence tells of, strongest first.</summary>
internal static partial class EventTriggers
{
    /// <summary>
    /// The kind of event <paramref name="sentence"/> tells of, or null when it tells of none. A strike
    /// outranks shelling, shelling a clash, a clash a seizure, and a seizure a mere incursion.
    /// </summary>
    public static EventSubType? Read(string sentence)
    {
        if (Exercise().IsMatch(sentence))
        {
            return null; // a drill or exercise is no incident, whatever weapons it names
        }

        if (Strike().IsMatch(sentence))
        {
            return EventSubType.AirDroneStrike;
        }

        if (Shelling().IsMatch(sentence))
        {
            return EventSubType.ShellingArtilleryMissileAttack;
        }

        if (Clash().IsMatch(sentence))
        {
            return EventSubType.ArmedClash;
        }

        if (Seizure().IsMatch(sentence))
        {
            return EventSubType.DisruptedWeaponsUse;
        }

        return Incursion().IsMatch(sentence) || (Drone().IsMatch(sentence) && Crossing().IsMatch(sentence))
            ? EventSubType.DroneIncursion
            : null;
    }

    [GeneratedRegex(@"\b(?:air ?strikes?|airstrikes?|drone strikes?|drone attacks?|air raids?|aerial (?:bombardment|attack|strike)s?|bombed|bombing|bombarded|dropped (?:bombs|explosives|munitions|a bomb)|struck (?:by|from) (?:a )?drones?|(?:drones?|aircraft|jets|warplanes|fighter jets|planes) (?:[\w-]+ ){0,3}?(?:struck|hit|targeted|attacked|bombed|pounded))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Strike();

    [GeneratedRegex(@"\b(?:shell(?:ing|ed|s)?|mortars?|artillery|rocket fire|rocket attacks?|rockets? (?:were |was )?fired|rockets? (?:hit|struck|landed|slammed)|fired rockets|missiles?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Shelling();

    [GeneratedRegex(@"\b(?:clash(?:es|ed)?|exchange(?:d)? (?:of )?fire|exchanges of fire|traded fire|gunfights?|firefights?|gun battles?|heavy fighting|opened fire|attacked (?:a |an |the )?(?:border )?(?:post|checkpost|checkpoint|outpost)|attacks? on (?:a |an |the )?(?:border )?(?:post|checkpost|checkpoint|outpost))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Clash();

    /// <summary>
    /// Goods taken or stopped: "seized", "confiscated", "impounded", "recovered a cache", "intercepted a
    /// truck", "found hidden", "smuggled"/"smuggling" (goods moved, not "smugglers", who may only be
    /// fighting or be mentioned in passing).
    /// </summary>
    [GeneratedRegex(@"\b(?:seized|seizure|smuggled|smuggling|confiscated|interdicted|impounded|recovered (?:a |an )?(?:weapons|arms|explosives|consignment|cache|haul|stash)|(?:weapons|arms|explosives) cache|cache of (?:weapons|arms|explosives|drones)|arms haul|found hidden|foiled (?:an attempt|a bid)|intercepted (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:truck|vehicle|car|consignment|shipment|boat|pickup|lorry|van|cargo|container)s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Seizure();

    /// <summary>Drills and exercises: "a counter-drone exercise", "training drones were launched during the drill".</summary>
    [GeneratedRegex(@"\b(?:exercises?|drills?|rehearsals?|war games?|manoeuvres|maneuvers|mock|simulated|training (?:drones?|flights?|sorties?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exercise();

    [GeneratedRegex(@"\b(?:incursions?|violations? of (?:its|the|Pakistani|Tajik|Afghan) airspace|violated (?:its|the|Pakistani|Tajik|Afghan) airspace|airspace violations?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Incursion();

    [GeneratedRegex(@"\b(?:drones?|UAVs?|quadcopters?|unmanned aerial vehicles?|unmanned aircraft)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Drone();

    [GeneratedRegex(@"\b(?:crossed|crossing|entered|intruded|shot down|downed|intercepted|airspace|spotted|flew|flying|launched|hovering)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Crossing();
}
