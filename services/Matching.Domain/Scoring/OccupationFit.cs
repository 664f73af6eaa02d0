using Matching.Domain.Candidates;
using Matching.Domain.Occupations;
using Matching.Domain.Vacancies;

namespace Matching.Domain.Scoring;

/// <summary>
/// How well a candidate's work experience fits the vacancy's occupation: the closest relation among their
/// experiences (same occupation 1 &gt; close 0.9 &gt; the same daily work by the project's table 0.855 &gt; a helper of
/// the vacancy's trade, the same ISCO unit group, similar tasks or the same occupation in another setting 0.6 &gt;
/// a name ESCO gives both, or an operator on a production worker's floor 0.45 &gt; the trade a helper's vacancy assists
/// 0.3 &gt; same minor group, the same shop floor, or related work by the project's table 0.15 &gt; the same field of
/// work 0.05 &gt; nothing 0: <see cref="OccupationRelationExtensions.Weight"/>),
/// scaled by the years at that relation with diminishing returns and discounted for experience that ended long ago
/// (both the years and the share for having done the work at all), and by half for work done as a volunteer or an intern.
/// Occupations come from the ESCO code when given, otherwise from the normaliser (title, occupation text). A vacancy
/// title ESCO does not know gives everyone <see cref="UnknownVacancyOccupation"/>, and half the fit more to a candidate
/// whose occupation text has its work words (all of them 0.9, some 0.45: <see cref="Occupations.TitleLikeness"/>).
/// </summary>
public static class OccupationFit
{
    /// <summary>When the vacancy's occupation is not recognised nobody is told apart by it: everyone gets this.</summary>
    public const double UnknownVacancyOccupation = 0.5;

    /// <summary>
    /// What a year of the work done as a volunteer or an intern counts (<see cref="OccupationMatch.Unpaid"/>), and the
    /// share of having done it: netwerkers graded volunteers a step below the paid staff of the same work.
    /// </summary>
    internal const double UnpaidShare = 0.5;

    /// <summary>Share of the fit that merely having the occupation earns; the rest grows with the years.</summary>
    internal const double BaseShare = 0.4;

    /// <summary>Normalising repeats for the same titles and occupation texts across a ranking window: remembered, bounded.</summary>
    private const int MaxRemembered = 50_000;
    private static readonly BoundedMemo<string, OccupationMatch?> ByCode = new(MaxRemembered, StringComparer.Ordinal);
    private static readonly BoundedMemo<string, OccupationMatch?> ByText = new(MaxRemembered, StringComparer.Ordinal);

    /// <summary>
    /// The relation of two remembered matches: a window relates the same few vacancy and candidate occupations over
    /// and over, and each relation walks ESCO's broader tree. Keyed by the matches themselves (the same objects while
    /// <see cref="ByCode"/> and <see cref="ByText"/> hold them), bounded like it.
    /// </summary>
    private static readonly BoundedMemo<(OccupationMatch Wanted, OccupationMatch Held), OccupationRelation> Related =
        new(MaxRemembered, SamePair.Instance);

    /// <summary>
    /// The vacancy's occupation: its code, else its normalised title. Not a reading of part of the title: the words a
    /// candidate's experience shares with the whole title say more of what the vacancy asks (<see cref="TitleLikeness"/>).
    /// </summary>
    public static OccupationMatch? OfVacancy(Vacancy vacancy) =>
        Resolve(vacancy.OccupationCode, vacancy.Title) is { ReadFromPart: false } read
        && (vacancy.OccupationCode is not null || DepartmentTitles.Confirmed(vacancy.Title, vacancy.Description, read.Occupation)) ? read : null;

    /// <summary>A work-experience entry's occupation: its code, else its normalised occupation text.</summary>
    public static OccupationMatch? OfExperience(WorkExperience experience) => Resolve(experience.OccupationCode, experience.Occupation);

    /// <summary>
    /// y / (y + 2): one year 0.33, two 0.5, five 0.71, ten 0.83; never capped, each year adds less. A netwerker proposes
    /// "the same occupation with a few recent years" first; y / (y + 3) (until stop 44) held a few years further below
    /// many (development sets' P@3 0.9516 -> 0.9540, NDCG@10 the same; the independent sets' P@3 0.9490 -> 0.9502).
    /// </summary>
    public static double YearsWeight(double years) => years <= 0 ? 0 : years / (years + 2);

    /// <summary>Experience that ended at most two years ago counts fully, then 10% less per year, never under 25%.</summary>
    public static double Recency(int? endedYear, DateOnly today) =>
        endedYear is not { } year ? 1 : Math.Max(0.25, 1 - 0.1 * Math.Max(0, today.Year - year - 2));

    /// <summary>The fit of one candidate; a ranking that fits a whole window uses <see cref="ForVacancy"/> once instead.</summary>
    public static OccupationFitDetail For(Vacancy vacancy, CandidateProfile candidate, DateOnly today) =>
        ForVacancy(vacancy).Of(candidate, today);

    /// <summary>
    /// The fit against one vacancy for every candidate of a ranking: the vacancy's occupation resolved once, and each
    /// occupation the window holds related to it once. Not shared between threads: one per ranking.
    /// </summary>
    public static VacancyOccupationFit ForVacancy(Vacancy vacancy) => new(vacancy, OfVacancy(vacancy));

    /// <summary>
    /// The candidate names the occupation in the vacancy's own words ("vakkenvuller" for a Vakkenvuller vacancy, a
    /// "voedingsassistent" for a "Voedingsassistent (m/v)" ESCO does not know), or one of the jobs a title with a slash
    /// names ("uitbener" for "Vleesbewerker / uitbener"): the same occupation, however many occupations ESCO files that
    /// word under, or none. Only when neither side gave a code.
    /// </summary>
    /// <param name="titleForms">The vacancy's title as written and its own words (<see cref="TitleForms"/>): worked out here at
    /// first need and kept by the caller for the vacancy's other experiences.</param>
    internal static bool SameWords(Vacancy vacancy, WorkExperience experience, ref string[]? titleForms)
    {
        if (vacancy.OccupationCode is not null || experience.OccupationCode is not null || string.IsNullOrWhiteSpace(experience.Occupation)) return false;
        var named = experience.Occupation.AsSpan().Trim();
        foreach (var form in titleForms ??= TitleForms(vacancy))
            if (form.AsSpan().Equals(named, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// The vacancy's title as written, then without a gender marker or what follows a dash ("Postbezorger (m/v) - 24 uur":
    /// Postbezorger), then each job it names on either side of a slash ("Vleesbewerker / uitbener": Vleesbewerker, uitbener).
    /// </summary>
    internal static string[] TitleForms(Vacancy vacancy)
    {
        var words = TitleWords(vacancy);
        return [vacancy.Title.Trim(), words, .. words.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(side => side != words)];
    }

    /// <summary>The vacancy's title as written, without a gender marker or what follows a dash ("Postbezorger (m/v) - 24 uur": Postbezorger).</summary>
    internal static string TitleWords(Vacancy vacancy) => OccupationNormaliser.JobOf(vacancy.Title).Trim(' ', '(', ')', '-', '/');

    private static readonly BoundedMemo<string, string[][][]> WorkWordsByText = new(MaxRemembered, StringComparer.Ordinal);

    /// <summary>The work words of an occupation text (<see cref="OccupationNormaliser.WorkWords"/>), remembered like its reading.</summary>
    internal static string[][][] WorkWordsOf(string text)
    {
        if (WorkWordsByText.TryGetValue(text, out var known)) return known;
        var words = OccupationNormaliser.Esco.WorkWords(text);
        WorkWordsByText.Remember(text, words);
        return words;
    }

    /// <summary>
    /// The closest relation between the two, where another reading of a synonym ESCO lists under several occupations
    /// counts when it is the other side's, and then as close (or is broader or narrower than it, and then as that): the relatives of a mere
    /// possibility (a fondsenwerver, in the woordvoerder's unit group, for a "persvoorlichter" read as
    /// communicatiemanager) are too far off. The same occupation reached through a synonym or compound counts as close.
    /// </summary>
    internal static OccupationRelation Closest(OccupationMatch wanted, OccupationMatch held)
    {
        if (Related.TryGetValue((wanted, held), out var known)) return known;
        var relation = Relate(OccupationCatalogue.Esco, wanted, held);
        Related.Remember((wanted, held), relation);
        return relation;
    }

    private static OccupationRelation Relate(OccupationCatalogue catalogue, OccupationMatch wanted, OccupationMatch held)
    {
        var best = Downgraded(catalogue.Relate(wanted.Occupation, held.Occupation), held);
        // Another reading of a synonym ESCO gives several occupations is a possibility, not what the text says: close
        // when it names the other side's occupation, broader when its broader or narrower one, and nothing further off.
        foreach (var w in wanted.Alternatives.Prepend(wanted.Occupation))
            foreach (var h in held.Alternatives.Prepend(held.Occupation))
            {
                if (ReferenceEquals(w, wanted.Occupation) && ReferenceEquals(h, held.Occupation)) continue;
                var relation = catalogue.Relate(w, h);
                if (relation > OccupationRelation.Close) relation = OccupationRelation.Close;
                else if (relation < OccupationRelation.Close && relation != OccupationRelation.Broader) continue;
                if (relation > best) best = relation;
            }
        // Another job a slash title names is asked for (or was done) as much as the first: every relation counts.
        foreach (var w in wanted.AlsoNamed)
            if (catalogue.Relate(w, held.Occupation) is var relation && relation > best) best = Downgraded(relation, held);
        foreach (var h in held.AlsoNamed)
            if (catalogue.Relate(wanted.Occupation, h) is var relation && relation > best) best = Downgraded(relation, held);
        // A word that heads the labels of occupations in several unit groups ("chauffeur": truck, van, bus and taxi
        // drivers) names at most the unit group most of them share, not the one occupation that stands for it.
        if ((OccupationNormaliser.IsSpreadHeadReading(wanted) || OccupationNormaliser.IsSpreadHeadReading(held)) && best > OccupationRelation.SameUnitGroup)
            best = OccupationRelation.SameUnitGroup;
        return best;
    }

    /// <summary>The same occupation reached through a synonym or compound counts as close.</summary>
    private static OccupationRelation Downgraded(OccupationRelation relation, OccupationMatch held) =>
        relation == OccupationRelation.Same && !held.NamesOnlyThis ? OccupationRelation.Close : relation;

    /// <summary>
    /// A code that names an occupation decides alone, as in the normaliser; otherwise the text is normalised. Keyed by
    /// the code alone when there is one: a ranking window resolves a thousand experiences, and hashing one short code is
    /// cheaper than hashing it with the text.
    /// </summary>
    private static OccupationMatch? Resolve(string? code, string? text)
    {
        if (!string.IsNullOrWhiteSpace(code) && Remember(ByCode, code, c => OccupationNormaliser.Esco.Resolve(c, null)) is { } coded)
            return coded;
        return string.IsNullOrWhiteSpace(text) ? null : Remember(ByText, text, OccupationNormaliser.Esco.Normalise);
    }

    private static OccupationMatch? Remember(BoundedMemo<string, OccupationMatch?> remembered, string key, Func<string, OccupationMatch?> resolve)
    {
        if (remembered.TryGetValue(key, out var known)) return known;
        var match = resolve(key);
        remembered.Remember(key, match);
        return match;
    }
}

/// <summary>
/// The occupation fit of one pair with what the explanation needs: the relation, the years behind it and both labels. A
/// value, not an object: every candidate of every ranking window gets one.
/// </summary>
/// <param name="Years">Years at the closest relation, as the candidate gave them (the value discounts old experience).</param>
/// <param name="CandidateOccupation">The candidate's occupation in their own words (or ESCO's label); null without a related one.</param>
/// <param name="VacancyOccupation">ESCO's label for the vacancy's occupation; null when it was not recognised.</param>
public readonly record struct OccupationFitDetail(double Value, OccupationRelation Relation, double Years, string? CandidateOccupation, string? VacancyOccupation)
{
    /// <summary>The vacancy is a place to learn the work (<see cref="Scoring.LearningPlace"/>): beginners fit best.</summary>
    public bool LearningPlace { get; init; }

    /// <summary>On a learning place, the candidate has begun the work: as a learner, an intern or a helper, or for a year or two.</summary>
    public bool Beginner { get; init; }
}

/// <summary>Two matches are the same pair when they are the same objects: cheap to hash, and never a false hit.</summary>
internal sealed class SamePair : IEqualityComparer<(OccupationMatch Wanted, OccupationMatch Held)>
{
    public static readonly SamePair Instance = new();

    public bool Equals((OccupationMatch Wanted, OccupationMatch Held) x, (OccupationMatch Wanted, OccupationMatch Held) y) =>
        ReferenceEquals(x.Wanted, y.Wanted) && ReferenceEquals(x.Held, y.Held);

    public int GetHashCode((OccupationMatch Wanted, OccupationMatch Held) pair) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Wanted), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Held));
}
