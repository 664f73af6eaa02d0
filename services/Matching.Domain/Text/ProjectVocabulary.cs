using Matching.Domain.Occupations;

namespace Matching.Domain.Text;

/// <summary>
/// The project's own words: compound parts that WSP vacancies and portfolios use but ESCO's labels do not split
/// out (heftruck, orderpick, poets), and generic soft-skill words that say little about fit.
/// </summary>
public static class ProjectVocabulary
{
    public static IReadOnlyList<string> CompoundParts { get; } =
    [
        "afwas", "assemblage", "bakker", "bediening", "bezorg", "bezorger", "bouw", "chauffeur", "dak", "elektro",
        "fiets", "groen", "heftruck", "horeca", "hovenier", "hulp", "inpak", "installatie", "kassa", "keuken", "koerier",
        "kok", "lasser", "logistiek", "loods", "magazijn", "medewerker", "metaal", "monteur", "order", "orderpick",
        "orderpicker", "picker", "poets", "productie", "reachtruck", "schilder", "schoonmaak", "schoonmaker", "steiger",
        "steigerbouw", "techniek", "timmer", "tuin", "verpak", "verzorg", "verzorgende", "voeding", "winkel", "zorg",
        "zonnepaneel", "zonnepanelen", "warmtepomp", "vakkenvuller", "vuller", "werker", "bouwer", "stratenmaker",
        "glazen", "wasser", "lijn", "operator", "machine", "koel", "vries", "expeditie", "pakhuis", "bezorging",
    ];

    /// <summary>
    /// Soft-skill words every vacancy asks and every portfolio claims ("betrouwbaar", "flexibel", "teamspeler"):
    /// text relevance weighs them at <see cref="SoftSkillWeight"/> of a normal word. Lower case, with the usual
    /// derived forms, so both backends can match them before or after analysis.
    /// </summary>
    public static IReadOnlyList<string> SoftSkills { get; } =
    [
        "betrouwbaar", "betrouwbaarheid", "flexibel", "flexibiliteit", "teamspeler", "teamplayer", "gemotiveerd",
        "motivatie", "zelfstandig", "zelfstandigheid", "collegiaal", "enthousiast", "enthousiasme", "leergierig",
        "punctueel", "nauwkeurig", "nauwkeurigheid", "stressbestendig", "communicatief", "klantgericht",
        "klantvriendelijk", "vriendelijk", "positief", "hardwerkend", "inzet", "inzetbaar",
        "verantwoordelijk", "verantwoordelijkheid", "proactief", "sociaal", "representatief",
        "houding", "samenwerken", "samenwerking", "team", "teamgericht", "accuraat", "netjes", "afspraken",
    ];

    /// <summary>
    /// Job titles the WSP's employers and consultants use that ESCO's Dutch labels (largely Flemish) lack or read
    /// otherwise, with the ESCO occupation each means (code): Occupations/Data/project-job-titles-nl.tsv, which says
    /// why for each. The normaliser reads them as alternative labels.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Synonyms => JobTitles.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, string>> JobTitles = new(ProjectJobTitles.Load);

    /// <summary>A soft-skill word counts a tenth of an ordinary word in the text query.</summary>
    public const float SoftSkillWeight = 0.1f;
}
