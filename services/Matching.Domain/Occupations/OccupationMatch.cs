namespace Matching.Domain.Occupations;

/// <summary>How an occupation was found for a text or code.</summary>
public enum OccupationSource
{
    /// <summary>Given as an ESCO code or uuid by the sender.</summary>
    Code,
    PreferredLabel,
    AlternativeLabel,
    /// <summary>A label found inside a longer title ("ervaren heftruckchauffeur m/v").</summary>
    LabelInTitle,
    /// <summary>Compound parts shared with a label ("heftruckmedewerker" → heftruck).</summary>
    CompoundParts,
    /// <summary>
    /// A word ESCO uses only as the head of longer labels of several occupations ("onderhoudsmonteur"), read as the
    /// group most of them share; the others are <see cref="OccupationMatch.Alternatives"/>.
    /// </summary>
    HeadOfLabels,
    /// <summary>The title names an ISCO unit group ("inpakker": Inpakkers), read as the occupation the group is named after.</summary>
    IscoGroupName,
    /// <summary>
    /// Read after writing the text the way ESCO does: words written apart joined ("interieur bouwer"), the male form
    /// ("begeleidster"), ij for y ("byrijder"), the activity's worker ("medewerker gevelreiniging"), chauffeur for
    /// bestuurder, or a one-letter typo mended ("activteitenbegeleider").
    /// </summary>
    OtherSpelling,
}

/// <summary>
/// The occupation chosen for a title or work-experience text, with how sure the normaliser is (0-1) and how it was
/// found, so a person can see and correct it (by sending the code).
/// </summary>
public sealed record OccupationMatch(Occupation Occupation, double Confidence, OccupationSource Source)
{
    /// <summary>
    /// Other readings of the text: occupations sharing the alternative label that was matched (ESCO lists
    /// "loodsmedewerker" under two), or naming the other groups a word of many labels spreads over.
    /// </summary>
    public IReadOnlyList<Occupation> Alternatives { get; init; } = [];

    /// <summary>
    /// The other jobs a title with a slash names ("Zorghulp / huishoudelijke hulp": the domestic cleaner): not a
    /// possible reading of one word but work the text asks for (or the candidate did) as much as the first. Also in
    /// <see cref="Alternatives"/>, which is what the API shows.
    /// </summary>
    public IReadOnlyList<Occupation> AlsoNamed { get; init; } = [];

    /// <summary>True when only part of the text was read: it said more than the words that name the work, or other work besides.</summary>
    public bool ReadFromPart { get; init; }

    /// <summary>
    /// True when the text names the work a volunteer or an intern did ("vrijwilliger kringloopwinkel", "stagiair
    /// keuken"): the work itself, though not held as a job, which the occupation fit counts as half the years.
    /// </summary>
    public bool Unpaid { get; init; }

    /// <summary>True when the text named the occupation itself (code or preferred label), not a synonym or a part.</summary>
    public bool IsExact => Source is OccupationSource.Code or OccupationSource.PreferredLabel;

    /// <summary>
    /// True when the text names this occupation and no other: exactly, or by a synonym ESCO gives this occupation only
    /// ("orderverzamelaar"), not one it gives several ("tuinman"), a label inside a longer title, or compound parts.
    /// </summary>
    public bool NamesOnlyThis => IsExact || (Source == OccupationSource.AlternativeLabel && Alternatives.Count == 0);
}
