namespace Matching.Domain.Occupations;

/// <summary>Reading a text that describes the work instead of naming it (<see cref="WorkDescribed"/>).</summary>
public sealed partial class OccupationNormaliser
{
    /// <summary>
    /// "storingen verhelpen aan productielijnen", "orders picken", "boerenkaas maken op de boerderij": a text that reads as
    /// nothing otherwise and says what was done to what (a verb of work after its object) reads as the worker the object and
    /// the verb's doer make as one word (storingsmonteur, orderpicker, boerenkaasmaker), at most
    /// <see cref="PartOfTextConfidence"/>; the words after the verb say where. Not a word read only as the head of longer labels.
    /// </summary>
    private OccupationMatch? WorkDescribed(string key)
    {
        // Most texts that reach here name no verb of work: look before splitting.
        Range? previous = null;
        foreach (var word in key.AsSpan().Split(' '))
        {
            if (previous is not { } objectWord || !WorkVerbSlice.TryGetValue(key.AsSpan()[word], out _, out var doers))
            {
                previous = word;
                continue;
            }
            foreach (var form in CompoundForms(key[objectWord]))
                foreach (var doer in doers)
                    if (Normalise(form + doer) is { Source: not OccupationSource.HeadOfLabels } reading)
                        return reading with { Confidence = Math.Min(reading.Confidence, PartOfTextConfidence) };
            return null;
        }
        return null;
    }

    /// <summary>
    /// The forms a noun takes at the start of a compound: as written ("vakken": vakkenvuller), singular ("orders":
    /// orderpicker, "pakketten": pakketbezorger), and singular with a linking s ("storingen": storingsmonteur).
    /// </summary>
    private static IEnumerable<string> CompoundForms(string noun)
    {
        yield return noun;
        if (Singular(noun) is not { } singular) yield break;
        yield return singular;
        yield return singular + "s";
    }

    private static string? Singular(string noun)
    {
        if (noun.Length > 4 && noun.EndsWith("en", StringComparison.Ordinal))
        {
            var stem = noun[..^2];
            // "pakketten", "bakken": a doubled consonant before -en is one at the end of the singular.
            return stem.Length > 3 && stem[^1] == stem[^2] && !"aeiou".Contains(stem[^1]) ? stem[..^1] : stem;
        }
        return noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? noun[..^1] : null;
    }

    /// <summary>Verbs of work and the words for the one who does it, as the head of a compound ("klinkers leggen": klinkerlegger).</summary>
    private static readonly Dictionary<string, string[]> WorkVerbs = new(StringComparer.Ordinal)
    {
        ["maken"] = ["maker"], ["leggen"] = ["legger"], ["aanleggen"] = ["aanlegger", "legger"], ["bouwen"] = ["bouwer"],
        ["repareren"] = ["reparateur", "monteur"], ["verhelpen"] = ["monteur"], ["onderhouden"] = ["onderhouder", "monteur"],
        ["monteren"] = ["monteur"], ["installeren"] = ["installateur", "monteur"], ["lassen"] = ["lasser"],
        ["zagen"] = ["zager"], ["snijden"] = ["snijder"], ["schilderen"] = ["schilder"], ["schoonmaken"] = ["schoonmaker", "reiniger"],
        ["reinigen"] = ["reiniger"], ["wassen"] = ["wasser"], ["poetsen"] = ["poetser"], ["sorteren"] = ["sorteerder"],
        ["inpakken"] = ["inpakker"], ["verpakken"] = ["verpakker", "inpakker"], ["plukken"] = ["plukker"], ["oogsten"] = ["oogster", "plukker"],
        ["snoeien"] = ["snoeier"], ["maaien"] = ["maaier"], ["planten"] = ["planter"], ["kweken"] = ["kweker"],
        ["voeren"] = ["voerder", "verzorger"], ["melken"] = ["melker"], ["verzorgen"] = ["verzorger"], ["begeleiden"] = ["begeleider"],
        ["bezorgen"] = ["bezorger"], ["rondbrengen"] = ["bezorger"], ["rijden"] = ["chauffeur", "rijder"], ["besturen"] = ["bestuurder", "chauffeur"],
        ["bedienen"] = ["bediener", "operator"], ["laden"] = ["lader"], ["verkopen"] = ["verkoper"], ["koken"] = ["kok"],
        ["bakken"] = ["bakker"], ["slachten"] = ["slachter"], ["uitbenen"] = ["uitbener"], ["strijken"] = ["strijker"],
        ["stofferen"] = ["stoffeerder"], ["metselen"] = ["metselaar"], ["timmeren"] = ["timmerman"], ["zetten"] = ["zetter"],
        ["vullen"] = ["vuller"], ["verzamelen"] = ["verzamelaar"], ["picken"] = ["picker"], ["controleren"] = ["controleur"],
        ["keuren"] = ["keurder"], ["stapelen"] = ["stapelaar"], ["afwassen"] = ["afwasser"], ["bewaken"] = ["bewaker"],
        ["beveiligen"] = ["beveiliger"], ["verhuizen"] = ["verhuizer"], ["slopen"] = ["sloper"], ["vegen"] = ["veger"],
        ["ophalen"] = ["ophaler"], ["drukken"] = ["drukker"], ["verven"] = ["verver"], ["knippen"] = ["knipper"],
    };

    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> WorkVerbSlice =
        WorkVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
}
