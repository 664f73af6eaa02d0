using Matching.Domain.Candidates;
using Matching.Domain.Occupations;
using Matching.Domain.Vacancies;

namespace Matching.Domain.Scoring;

/// <summary>
/// The occupation fit against one vacancy for every candidate of a ranking window (see <see cref="OccupationFit"/>):
/// the vacancy's occupation is resolved once, and each occupation the window holds is related to it once, however many
/// candidates hold it. One per ranking, on one thread.
/// </summary>
public sealed class VacancyOccupationFit
{
    private readonly Vacancy _vacancy;
    private readonly Dictionary<OccupationMatch, OccupationRelation> _relations = new(ReferenceEqualityComparer.Instance);

    /// <summary>The title's own words and forms (<see cref="OccupationFit.TitleForms"/>), worked out at the first experience that needs them.</summary>
    private string[]? _titleForms;
    /// <summary>The title as the explanation names an occupation ESCO does not know (<see cref="OccupationFit.TitleWords"/>), worked out once.</summary>
    private string? _titleWords;
    /// <summary>Whether an occupation text shares a work word with the title (<see cref="InOtherWords"/>), once per text the window holds.</summary>
    private Dictionary<string, bool>? _sharesAWord;
    /// <summary>The relation an occupation text's other setting than the title's gives (<see cref="InOtherSetting"/>), null for none; once per text.</summary>
    private Dictionary<string, OccupationRelation?>? _otherSetting;
    /// <summary>The settings of the vacancy's occupation its title names (<see cref="InOtherSetting"/>), worked out at first need.</summary>
    private IReadOnlySet<string>? _titleSettings;
    /// <summary>The work words of the vacancy's title (<see cref="OccupationNormaliser.WorkWords"/>), worked out at first need.</summary>
    private string[][][]? _workWords;
    /// <summary>The care level the vacancy's title names (<see cref="CareLevels"/>), 0 for none; worked out at first need.</summary>
    private int? _titleCareLevel;
    /// <summary>The care level each experience text names (<see cref="CareLevels.Of"/>), read at first need.</summary>
    private Dictionary<string, int?>? _careLevels;
    /// <summary>Whether the vacancy is a place to learn the work (<see cref="LearningPlace"/>), where beginners come first.</summary>
    private readonly bool _learningPlace;

    internal VacancyOccupationFit(Vacancy vacancy, OccupationMatch? wanted)
    {
        _vacancy = vacancy;
        Wanted = wanted;
        _learningPlace = LearningPlace.Is(vacancy);
    }

    /// <summary>The vacancy's occupation: its code, else its normalised title; null when it was not recognised.</summary>
    public OccupationMatch? Wanted { get; }

    /// <summary>The fit of <paramref name="candidate"/>'s experience against the vacancy's occupation (see <see cref="OccupationFit"/>).</summary>
    public OccupationFitDetail Of(CandidateProfile candidate, DateOnly today)
    {
        var wanted = Wanted;
        var best = OccupationRelation.None;
        var years = 0.0;
        var weightedYears = 0.0;
        var freshest = 0.0;
        var learner = false;
        string? label = null;
        var experiences = candidate.Portfolio.WorkExperience;
        for (var i = 0; i < experiences.Count; i++)
        {
            var experience = experiences[i];
            OccupationRelation relation;
            OccupationMatch? held = null;
            if (OccupationFit.SameWords(_vacancy, experience, ref _titleForms)) relation = OccupationRelation.Same;
            else if (wanted is null) relation = ByWords(experience);
            // A text ESCO does not read either still has its words ("orderpicken koelcel"): only those can relate it.
            else if ((held = OccupationFit.OfExperience(experience)) is null) relation = ByWords(experience);
            else relation = RelationOf(wanted, held, experience);
            if (relation == OccupationRelation.None || relation < best) continue;
            if (relation > best)
            {
                best = relation;
                years = weightedYears = freshest = 0;
                learner = false;
                label = null;
            }
            var recency = OccupationFit.Recency(experience.EndedYear, today);
            // A volunteer's or intern's years are the work done, though not held as a job: they count half, except on a
            // place to learn the work, where an intern has begun it.
            var share = held is { Unpaid: true } && !_learningPlace ? OccupationFit.UnpaidShare : 1;
            learner |= _learningPlace && LearningPlace.NamesALearner(experience.Occupation);
            years += experience.Years;
            weightedYears += experience.Years * recency * share;
            freshest = Math.Max(freshest, recency * share);
            label ??= string.IsNullOrWhiteSpace(experience.Occupation) ? held!.Occupation.PreferredLabel : experience.Occupation.Trim();
        }
        // A vacancy ESCO does not know rates everyone alike, except candidates whose occupation text names its work.
        if (wanted is null && best == OccupationRelation.None)
            return new OccupationFitDetail(OccupationFit.UnknownVacancyOccupation, OccupationRelation.None, 0, null, null);
        // Having done the work earns its share as fresh as the most recent time it was done: fifteen years ago counts less than last year.
        // On a place to learn the work, having begun it is what counts: more years count against the place (LearningPlace).
        // Having begun it long ago is no beginner's start today: a beginner's part is as fresh as the work.
        var yearsPart = _learningPlace ? LearningPlace.BeginnerWeight(weightedYears, learner) * freshest : OccupationFit.YearsWeight(weightedYears);
        var value = best == OccupationRelation.None ? 0
            : best.Weight() * (OccupationFit.BaseShare * freshest + (1 - OccupationFit.BaseShare) * yearsPart);
        // Naming an unknown vacancy's work adds to what everyone gets for it: the other half of the scale.
        if (wanted is null) value = OccupationFit.UnknownVacancyOccupation + (1 - OccupationFit.UnknownVacancyOccupation) * value;
        return new OccupationFitDetail(value, best, years, label, wanted?.Occupation.PreferredLabel ?? (_titleWords ??= OccupationFit.TitleWords(_vacancy)))
            { LearningPlace = _learningPlace, Beginner = _learningPlace && LearningPlace.IsBeginner(weightedYears, learner) };
    }

    /// <summary>
    /// For a title or an occupation text ESCO does not know: the occupation text that has all the title's work words is
    /// the same work under other words, one that has some of them shares part of the work (<see cref="TitleLikeness"/>).
    /// </summary>
    private OccupationRelation ByWords(WorkExperience experience)
    {
        if (string.IsNullOrWhiteSpace(experience.Occupation)) return OccupationRelation.None;
        var workWords = TitleWorkWords;
        if (workWords.Length == 0) return OccupationRelation.None;
        var likeness = TitleLikeness.Of(workWords, OccupationFit.WorkWordsOf(experience.Occupation));
        return likeness >= 1 ? OccupationRelation.SameTitleWords : likeness > 0 ? OccupationRelation.SharedTitleWords : OccupationRelation.None;
    }

    /// <summary>
    /// The same or a close occupation read from a title and an occupation text that share no work word rests on the
    /// normaliser's reading alone: <see cref="OccupationRelation.SameInOtherWords"/> or
    /// <see cref="OccupationRelation.CloseInOtherWords"/>. An ESCO code on either side is no reading.
    /// </summary>
    private OccupationRelation InOtherWords(OccupationRelation relation, WorkExperience experience)
    {
        if (relation is not (OccupationRelation.Same or OccupationRelation.Close)
            || _vacancy.OccupationCode is not null || experience.OccupationCode is not null || string.IsNullOrWhiteSpace(experience.Occupation))
            return relation;
        _sharesAWord ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!_sharesAWord.TryGetValue(experience.Occupation, out var shares))
        {
            var workWords = TitleWorkWords;
            shares = workWords.Length == 0 || TitleLikeness.Of(workWords, OccupationFit.WorkWordsOf(experience.Occupation)) > 0;
            _sharesAWord.Add(experience.Occupation, shares);
        }
        if (shares) return relation;
        return relation == OccupationRelation.Same ? OccupationRelation.SameInOtherWords : OccupationRelation.CloseInOtherWords;
    }

    /// <summary>
    /// How an experience's occupation relates to the vacancy's: ESCO's relation (<see cref="Relate"/>), then as the texts'
    /// own words, settings, goods, care levels and branche tell it.
    /// </summary>
    private OccupationRelation RelationOf(OccupationMatch wanted, OccupationMatch held, WorkExperience experience)
    {
        var relation = InOtherWords(Relate(wanted, held), experience);
        relation = InOtherSetting(relation, wanted, held, experience);
        relation = OfOtherGoods(relation, wanted, held, experience);
        relation = AtCareLevel(relation, wanted, held, experience);
        return InOtherBranche(relation, wanted, held, experience);
    }

    /// <summary>
    /// The same occupation named in another setting than the title's (<see cref="OccupationSettings"/>) is
    /// <see cref="OccupationRelation.OtherSetting"/>: a huismeester woningcorporatie for a Conciërge basisschool; a
    /// setting apart is <see cref="OccupationRelation.OtherSettingApart"/>: a tree nursery's worker for a greenhouse. A
    /// setting apart named on one side only is another setting too: a plain magazijnmedewerker for a returns department's
    /// vacancy, an afwasser for a plain keukenhulp's. A
    /// broader or narrower occupation is named in the settings of the one of the two that has them (a woonassistent,
    /// read as zorghulp, for an assistent-verpleegkundige's vacancy, read as the narrower verpleeghulp), and so is the
    /// other job a slash title names (a zorghulp for "Nachtwacht / slaapdienst": night presence, no personal care).
    /// </summary>
    private OccupationRelation InOtherSetting(OccupationRelation relation, OccupationMatch wanted, OccupationMatch held, WorkExperience experience)
    {
        if (relation is not (OccupationRelation.Same or OccupationRelation.SameInOtherWords or OccupationRelation.Close or OccupationRelation.CloseInOtherWords or OccupationRelation.Broader)
            || string.IsNullOrWhiteSpace(experience.Occupation))
            return relation;
        var settings = OccupationCatalogue.Esco.Settings;
        if (AskedIn(wanted, held.Occupation.IscoGroup) is not { } asked) return relation;
        var owner = settings.Has(held.Occupation) ? held.Occupation : asked;
        if (!settings.Has(owner)) return relation;
        _otherSetting ??= new Dictionary<string, OccupationRelation?>(StringComparer.Ordinal);
        if (!_otherSetting.TryGetValue(experience.Occupation, out var other))
        {
            // The title's settings of another occupation than the title's reading are looked up only for a text not seen before.
            var titleSettings = ReferenceEquals(owner, wanted.Occupation) ? _titleSettings ??= settings.Named(wanted.Occupation, _vacancy.Title)
                : settings.Named(owner, _vacancy.Title);
            var named = settings.Named(owner, experience.Occupation);
            other = settings.RelationOf(owner, titleSettings, named);
            _otherSetting.Add(experience.Occupation, other);
        }
        return other ?? relation;
    }

    /// <summary>
    /// The title's occupation in <paramref name="group"/>, else the other job a slash title names there ("Nachtwacht /
    /// slaapdienst": beveiliger, also zorghulp); null when neither is. A loop, not a query: it runs for every experience.
    /// </summary>
    private static Occupation? AskedIn(OccupationMatch wanted, string group)
    {
        if (wanted.Occupation.IscoGroup == group) return wanted.Occupation;
        foreach (var other in wanted.AlsoNamed)
            if (other.IscoGroup == group) return other;
        return null;
    }

    /// <summary>
    /// A production worker (ISCO-08 9329, productiemedewerker) is named for the plant, not the work: the same occupation,
    /// plainly named, in another branche than the vacancy's is other work, <see cref="OccupationRelation.OtherSettingApart"/>
    /// (a food plant's productiemedewerker for a metalworks' vacancy). On the 57 development sets a plain
    /// productiemedewerker was graded 2.1 on average in the vacancy's own branche (16 pairs) and 0.4 in another (16 pairs).
    /// A packer packs alike in any plant (an inpakster from a food plant 3 for a hardware maker's inpakker).
    /// </summary>
    private OccupationRelation InOtherBranche(OccupationRelation relation, OccupationMatch wanted, OccupationMatch held, WorkExperience experience) =>
        relation >= OccupationRelation.OtherSetting && experience.Branche != _vacancy.Branche
        && wanted.Occupation.IscoGroup == ProductionWorkers && held.Occupation.IscoGroup == ProductionWorkers
        && held.Source is OccupationSource.PreferredLabel or OccupationSource.AlternativeLabel
            ? OccupationRelation.OtherSettingApart : relation;

    /// <summary>ISCO-08's unit group of manufacturing labourers not elsewhere classified (9329).</summary>
    private const string ProductionWorkers = "9329";

    /// <summary>
    /// Care work at another level than the vacancy's title names (<see cref="CareLevels"/>), where both are care
    /// occupations and both texts name a level: one level above is <see cref="OccupationRelation.CareLevelAbove"/>, two or
    /// more above <see cref="OccupationRelation.TradeHelped"/> (the trade of the vacancy's helper), below (on a level that
    /// asks for a diploma) <see cref="OccupationRelation.OtherCareLevel"/>, at most. Not on a learning place, where a lower
    /// level is who the place is for.
    /// </summary>
    private OccupationRelation AtCareLevel(OccupationRelation relation, OccupationMatch wanted, OccupationMatch held, WorkExperience experience)
    {
        if (_learningPlace || relation < OccupationRelation.SimilarTasks || !CareLevels.Names(wanted.Occupation) || !CareLevels.Names(held.Occupation)) return relation;
        _titleCareLevel ??= CareLevels.Of(_vacancy.Title) ?? 0;
        if (_titleCareLevel == 0 || CareLevelOf(experience.Occupation) is not { } level || level == _titleCareLevel) return relation;
        var cap = level == _titleCareLevel + 1 ? OccupationRelation.CareLevelAbove
            : level > _titleCareLevel ? OccupationRelation.TradeHelped
            : OccupationRelation.OtherCareLevel;
        return relation < cap ? relation : cap;
    }

    /// <summary>The care level an occupation text names (<see cref="CareLevels.Of"/>), read once per text of the window.</summary>
    private int? CareLevelOf(string? occupation)
    {
        if (string.IsNullOrWhiteSpace(occupation)) return null;
        _careLevels ??= new Dictionary<string, int?>(StringComparer.Ordinal);
        if (!_careLevels.TryGetValue(occupation, out var level)) _careLevels.Add(occupation, level = CareLevels.Of(occupation));
        return level;
    }

    /// <summary>
    /// A named shop's staff and a specialist seller of goods that shop does not sell (<see cref="ShopGoods"/>) share the unit
    /// group but not the goods: <see cref="OccupationRelation.SameMinorGroup"/>, as two specialists of other goods are.
    /// </summary>
    private OccupationRelation OfOtherGoods(OccupationRelation relation, OccupationMatch wanted, OccupationMatch held, WorkExperience experience)
    {
        if (relation != OccupationRelation.SameUnitGroup || string.IsNullOrWhiteSpace(experience.Occupation)) return relation;
        var settings = OccupationCatalogue.Esco.Settings;
        // Only shop staff name a shop (and then the other side must be a specialist): a text's settings are read for them alone.
        var apart = ShopGoods.IsShopStaff(wanted.Occupation)
            ? ShopGoods.SoldApart(wanted.Occupation, _titleSettings ??= settings.Named(wanted.Occupation, _vacancy.Title), held.Occupation)
            : ShopGoods.IsShopStaff(held.Occupation)
              && ShopGoods.SoldApart(held.Occupation, settings.Named(held.Occupation, experience.Occupation), wanted.Occupation);
        return apart ? OccupationRelation.SameMinorGroup : relation;
    }

    private string[][][] TitleWorkWords => _workWords ??= OccupationNormaliser.Esco.WorkWords(_vacancy.Title);

    /// <summary>The relation of an occupation the window holds, related once per ranking.</summary>
    private OccupationRelation Relate(OccupationMatch wanted, OccupationMatch held)
    {
        if (_relations.TryGetValue(held, out var known)) return known;
        var relation = OccupationFit.Closest(wanted, held);
        _relations.Add(held, relation);
        return relation;
    }
}
