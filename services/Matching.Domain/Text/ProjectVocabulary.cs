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
    /// Job titles the WSP's employers and consultants use that ESCO does not list, with the ESCO occupation each
    /// means (code). The normaliser reads them as alternative labels.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Synonyms { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["afwasser"] = "9412.1", // keukenhulp
        ["afwashulp"] = "9412.1",
        ["cv-monteur"] = "7126.4", // verwarmingsmonteur: cv is centrale verwarming
        ["cv monteur"] = "7126.4",
        ["medewerker bediening"] = "5131.2", // ober/serveerster
        ["bedieningsmedewerker"] = "5131.2",
        ["helpende zorg"] = "5321.1", // zorghulp
        ["helpende zorg en welzijn"] = "5321.1",
        ["pakketbezorger"] = "8322.2", // auto- en bestelwagenkoerier
        ["bestelwagenchauffeur"] = "8322.2",
        ["verkoper"] = "5223.6", // winkelmedewerker
        ["verkoopmedewerker"] = "5223.6",
        ["kwekerijmedewerker"] = "9214.2", // tuinbouwmedewerker
        ["logistiek medewerker"] = "9333.8", // magazijnmedewerker
        ["medewerker logistiek"] = "9333.8",
        ["medewerker schoonmaak"] = "9112.2", // schoonmaker gebouwen
        ["schoonmaakhulp"] = "9112.2",
        ["medewerker groen"] = "6113.1", // medewerker groenvoorziening
        ["groenmedewerker"] = "6113.1",
        ["productiemedewerkster"] = "9329.1",
        ["lijnmedewerker"] = "9329.1",
    };

    /// <summary>A soft-skill word counts a tenth of an ordinary word in the text query.</summary>
    public const float SoftSkillWeight = 0.1f;
}
