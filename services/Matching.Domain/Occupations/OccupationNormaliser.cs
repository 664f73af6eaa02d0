using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Matching.Domain.Text;

namespace Matching.Domain.Occupations;

/// <summary>
/// Maps a job title or work-experience text to an ESCO occupation, in order of certainty: the whole text as one of
/// the project's own job titles (0.9, see <see cref="ProjectVocabulary.Synonyms"/>), a preferred label (confidence 1),
/// the name of an ISCO unit group ("duiker": Duikers, 0.9) or an alternative label (0.9; 0.7 when ESCO gives it to
/// occupations of different unit groups, the practical one first); a label inside a longer title (0.75 / 0.7); a label
/// ending a compound ("hulpkok" → kok, 0.6; not one whose compounds in ESCO name other work: "zaalmeester" is no
/// sergeant); "medewerker productie" as the compound label (0.8); compound parts shared
/// with a label ("heftruckmedewerker" → heftruck, at most 0.5) when they account for every word of the title or the
/// label's words are all in it, else nothing ("parkeerbeheerder" is no beheerder van EU-fondsen). A title naming two
/// jobs ("Kok / keukenhulp") reads as the first with the other as an alternative. A word ESCO uses only as the head of
/// longer labels of many occupations ("onderhoudsmonteur", "machineoperator") names the ISCO group most of them share,
/// with a confidence that says how spread they are, and the other groups as alternatives. Unknown words give null. Everything is a lookup, so normalising costs microseconds.
/// </summary>
public sealed partial class OccupationNormaliser
{
    private const int MaxTitleWordsInLabel = 4;
    /// <summary>A compound part shared by more occupations than this ("medewerker") cannot pick one by itself.</summary>
    private const int MaxOccupationsForDistinctivePart = 40;
    /// <summary>A word heading the labels of more occupations than this ("monteur", "technicus") names no group.</summary>
    private const int MaxOccupationsForHeadReading = 60;

    private readonly OccupationCatalogue _catalogue;
    private readonly CompoundDictionary _compounds;
    private readonly Dictionary<string, Occupation> _preferred;
    private readonly Dictionary<string, Occupation[]> _alternative;
    /// <summary>The project's own job titles (<see cref="ProjectVocabulary.Synonyms"/>): the WSP's reading of a title decides.</summary>
    private readonly Dictionary<string, Occupation> _project;
    /// <summary>The occupations (positions in the catalogue) whose preferred label has each compound part.</summary>
    private readonly Dictionary<string, int[]> _byPart;
    /// <summary>The words of each occupation's preferred label, split once (ties between compound-part readings compare them).</summary>
    private readonly Dictionary<Occupation, string[]> _preferredWords;
    /// <summary>Per position in the catalogue, whether a staff title cannot name it (<see cref="LeadsOrProfessional"/>): a compound reading weighs hundreds.</summary>
    private readonly bool[] _leadingOrProfessional;
    private readonly LabelWordEndings _endings;
    /// <summary>Forms of a label with a slash that end many other labels ("chauffeur" of chauffeur/verhuizer): read as their group.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _genericHeads;
    private readonly OccupationGroupReading _groups;
    /// <summary>Alternative labels of more than two occupations of which most share one ISCO unit group: that group.</summary>
    private readonly Dictionary<string, string> _majorityGroup = new(StringComparer.Ordinal);
    // The same maps looked up by a slice of the title, so trying each phrase and compound ending allocates nothing.
    private readonly Dictionary<string, Occupation>.AlternateLookup<ReadOnlySpan<char>> _preferredSlice;
    private readonly Dictionary<string, Occupation[]>.AlternateLookup<ReadOnlySpan<char>> _alternativeSlice;
    private readonly Dictionary<string, Occupation>.AlternateLookup<ReadOnlySpan<char>> _projectSlice;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byPartSlice;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _majorityGroupSlice;

    public OccupationNormaliser(OccupationCatalogue catalogue, CompoundDictionary compounds)
    {
        _catalogue = catalogue;
        _compounds = compounds;
        var ordered = catalogue.Occupations.OrderBy(o => o.Code.Count(c => c == '.')).ThenBy(o => o.Code, StringComparer.Ordinal).ToArray();
        _preferred = ordered.GroupBy(o => Key(o.PreferredLabel), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // A preferred label naming two forms ("ober/serveerster") is found by each of them, as an alternative label.
        // Not a form that ends many other occupations' labels: "chauffeur" of "chauffeur/verhuizer" is also the bus, taxi
        // and truck driver, so it is no name of the removal driver.
        var labelEnds = ordered.Select(o => LabelWords.Of(o.PreferredLabel).LastOrDefault() ?? "").ToArray();
        var slashForms = ordered.Where(o => o.PreferredLabel.Contains('/'))
            .SelectMany(o => o.PreferredLabel.Split('/').Select(form => (Label: Key(form), Occupation: o)))
            .ToLookup(form => labelEnds.Count(end => end.Length > form.Label.Length && end.EndsWith(form.Label, StringComparison.Ordinal)) < MinLabelsForGenericHead);
        _genericHeads = slashForms[false].Select(form => form.Label).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var projectSynonyms = ProjectVocabulary.Synonyms.Select(s => (Label: Key(s.Key),
            Occupation: catalogue.Find(s.Value) ?? throw new InvalidOperationException($"Project synonym '{s.Key}' names unknown ESCO code {s.Value}."))).ToArray();
        _project = projectSynonyms.ToDictionary(s => s.Label, s => s.Occupation, StringComparer.Ordinal);
        _alternative = ordered
            .SelectMany(o => o.AltLabels.Select(label => (Label: Key(label), Occupation: o)))
            .Concat(projectSynonyms)
            .Concat(slashForms[true])
            .Where(x => x.Label.Length > 0 && !_preferred.ContainsKey(x.Label))
            .GroupBy(x => x.Label, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Occupation).Distinct().OrderBy(IsManagerialOrProfessional).ThenByDescending(o => Likeness(g.Key, o.PreferredLabel)).ToArray(), StringComparer.Ordinal);
        foreach (var (label, named) in _alternative.Where(a => a.Value.Length > 2).ToArray())
        {
            var largest = named.GroupBy(o => o.IscoGroup, StringComparer.Ordinal).MaxBy(g => g.Count())!;
            if (largest.Count() * 2 <= named.Length) continue;
            _majorityGroup[label] = largest.Key;
            _alternative[label] = [.. named.Where(o => o.IscoGroup == largest.Key), .. named.Where(o => o.IscoGroup != largest.Key)];
        }
        // Inside a longer title too, the WSP's reading of its own title comes first: ESCO's Dutch labels are largely
        // Flemish ("schilder" is an artist there, a painter of buildings in a WSP vacancy).
        foreach (var (label, own) in projectSynonyms)
            if (_alternative.TryGetValue(label, out var named))
                _alternative[label] = [own, .. named.Where(o => !ReferenceEquals(o, own))];
        var position = catalogue.Occupations.Select((o, i) => (o, i)).ToDictionary(x => x.o, x => x.i, (IEqualityComparer<Occupation>)ReferenceEqualityComparer.Instance);
        _byPart = ordered
            .SelectMany(o => LabelWords.Of(o.PreferredLabel).SelectMany(compounds.AllParts).Distinct().Select(part => (part, o)))
            .GroupBy(x => x.part, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => position[x.o]).ToArray(), StringComparer.Ordinal);
        _preferredWords = catalogue.Occupations.ToDictionary(o => o, o => LabelWords.Of(o.PreferredLabel).ToArray(), (IEqualityComparer<Occupation>)ReferenceEqualityComparer.Instance);
        _leadingOrProfessional = catalogue.Occupations.Select(LeadsOrProfessional).ToArray();
        _labelDeletions = SpellingVariants.DeletionsOf(_preferred.Keys.Concat(_alternative.Keys).Concat(_project.Keys))
            .GetAlternateLookup<ReadOnlySpan<char>>();
        var escoWords = ordered.SelectMany(o => o.AltLabels.Prepend(o.PreferredLabel)).Select(Key).SelectMany(k => k.Split(' ')).ToHashSet(StringComparer.Ordinal);
        _escoWords = escoWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _escoWordDeletions = SpellingVariants.DeletionsOf(escoWords).GetAlternateLookup<ReadOnlySpan<char>>();
        var labelWords = escoWords.Concat(_project.Keys.SelectMany(k => k.Split(' '))).ToHashSet(StringComparer.Ordinal);
        _labelWords = labelWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _isLabelText = word => IsLabel(word);
        _labelWordDeletions = SpellingVariants.DeletionsOf(labelWords).GetAlternateLookup<ReadOnlySpan<char>>();
        _endings = new LabelWordEndings(catalogue.Occupations);
        _groups = new OccupationGroupReading(catalogue);
        _preferredSlice = _preferred.GetAlternateLookup<ReadOnlySpan<char>>();
        _projectSlice = _project.GetAlternateLookup<ReadOnlySpan<char>>();
        _alternativeSlice = _alternative.GetAlternateLookup<ReadOnlySpan<char>>();
        _byPartSlice = _byPart.GetAlternateLookup<ReadOnlySpan<char>>();
        _majorityGroupSlice = _majorityGroup.GetAlternateLookup<ReadOnlySpan<char>>();
        _headReadingsSlice = _headReadings.GetAlternateLookup<ReadOnlySpan<char>>();
        _misleadingHeads = MisleadingHeads().GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A word that ends this many other occupations' labels ("chauffeur": buschauffeur, taxichauffeur, ...) names none of them alone.</summary>
    private const int MinLabelsForGenericHead = 5;

    /// <summary>Words of a title beyond this many are read as part of the last one (no title is that long).</summary>
    private const int MaxTitleWords = 64;

    public static OccupationNormaliser Esco { get; } = new(OccupationCatalogue.Esco, CompoundDictionary.Dutch);

    /// <summary>
    /// Names the version of the reading rules in this class. Change it with any rule that reads a title differently:
    /// indexes hold the words of each reading, and are analysed again when it changes (the data it reads is checked by content).
    /// A unit test keeps a record of what some 300 titles read as under this version, so a change is noticed.
    /// </summary>
    public const string ReadingRules = "2026-12-07.122";

    public OccupationCatalogue Catalogue => _catalogue;

    /// <summary>The occupation a sender named by code (confidence 1), else the one the text names; null when neither does.</summary>
    public OccupationMatch? Resolve(string? codeOrUuid, string? text)
    {
        if (!string.IsNullOrWhiteSpace(codeOrUuid) && _catalogue.Find(codeOrUuid) is { } given)
            return new OccupationMatch(given, 1.0, OccupationSource.Code);
        return Normalise(text);
    }

    public OccupationMatch? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // A text no label reads is read again by its parts and other spellings, which meet the same sub-texts more than
        // once ("operators in de vleesverwerkende industrie": "operators" nine times): each is read once per call.
        // The call's own text is never asked for again within it: only sub-texts are kept, and a text read whole keeps none.
        var readings = t_readings ??= [];
        var nested = t_depth > 0;
        if (nested && readings.TryGetValue((text, t_readingPart), out var known)) return known;
        t_depth++;
        try
        {
            var reading = Read(text);
            if (nested) readings[(text, t_readingPart)] = reading;
            return reading;
        }
        finally
        {
            if (--t_depth == 0 && readings.Count > 0) readings.Clear();
        }
    }

    /// <summary>
    /// "Machine operator spuitgieterij", "machineoperator drukkerij", "productieoperator zuivelfabriek": a machine or
    /// production operator named with a workplace or product operates that one's machines, as "operator spuitgieterij"
    /// reads (at most <see cref="InTitleConfidence"/>); the generic machine operator (ESCO's operator of automatic
    /// assembly lines) only when that names nothing.
    /// </summary>
    private OccupationMatch? OperatorOfNamedMachine(string key) => AsNamedWith(key, MachineOperatorWords, "operator ");

    /// <summary>
    /// "Hulpmonteur liften", "assistent monteur zonnepanelen": a fitter's helper named with the trade helps that trade's
    /// fitter and is read as "monteur liften" reads (at most <see cref="InTitleConfidence"/>), as the project reads its own
    /// "hulpmonteur elektra"; the helper named alone stays ESCO's machine fitter's.
    /// </summary>
    private OccupationMatch? HelperOfNamedFitter(string key) => AsNamedWith(key, FitterHelperWords, "monteur ");

    /// <summary>
    /// The key that starts with one of <paramref name="prefixes"/>, read with <paramref name="named"/> in its place as a
    /// label in a title, when that reads as more than a head or a compound's parts; null otherwise.
    /// </summary>
    private OccupationMatch? AsNamedWith(string key, string[] prefixes, string named)
    {
        foreach (var prefix in prefixes)
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal)
                && Normalise(string.Concat(named, key.AsSpan(prefix.Length))) is { Source: not (OccupationSource.HeadOfLabels or OccupationSource.CompoundParts) } reading)
                return AsLabelInTitle(reading);
        return null;
    }

    private static readonly string[] FitterHelperWords = ["hulpmonteur ", "hulp monteur ", "assistent monteur ", "assistent-monteur "];

    /// <summary>
    /// Words naming an operator whose work the words after them say ("productieoperator verpakking"). A process operator
    /// named with the plant or product ("procesoperator frisdrank", "procesoperator melkpoederfabriek") is that plant's
    /// operator; "proces" adds no work.
    /// </summary>
    private static readonly string[] MachineOperatorWords =
    [
        "machine operator ", "machineoperator ", "machinebediener ", "machinebediende ", "productieoperator ", "productie operator ",
        "procesoperator ", "proces operator ",
    ];

    private const double InTitleConfidence = 0.75;

    /// <summary>A reading found as a label inside a longer text: no surer than a label in a title is.</summary>
    private static OccupationMatch AsLabelInTitle(OccupationMatch reading, double atMost = InTitleConfidence) => reading with
    {
        Source = reading.Source < OccupationSource.LabelInTitle ? OccupationSource.LabelInTitle : reading.Source,
        Confidence = Math.Min(reading.Confidence, atMost),
    };

    /// <summary>The readings of one call's sub-texts, by text and whether a part is being read (<see cref="Normalise"/>).</summary>
    [ThreadStatic] private static Dictionary<(string Text, bool ReadingPart), OccupationMatch?>? t_readings;
    [ThreadStatic] private static int t_depth;

    private OccupationMatch? Read(string text)
    {
        var key = StaffInMaleForm(Key(text));
        if (key.Length == 0) return null;
        // "Dierverzorg(st)er", "Receptionist(e)": one word for both genders reads as the word.
        if (SpellingVariants.WithGendersJoined(text) is { } joined) return Normalise(joined);
        // "Verkoopmedewerker optiek 32-38 uur", "Kapper 24u": hours say how much work, not which; the text reads without them.
        if (HoursOfWork().IsMatch(text)) return Normalise(HoursOfWork().Replace(text, " "));
        if (LicenceBesideBareDriver(text) is { } licensed) return Normalise(licensed);
        // "Procesoperator B chemie", "Operator A (BBL-traject)": the process industry's grade of an operator (VAPRO A, B, C)
        // says how far the operator is trained, not which work; the title reads without it.
        if (OperatorGrade().IsMatch(text)) return Normalise(OperatorGrade().Replace(text, "${operator}"));
        // "Verkoopmedewerker mode (parttime)", "Afwasser (bijbaan)": an aside that says only on what terms the work is done.
        if (WithoutTermsAside(text) is { } withoutTerms) return Normalise(withoutTerms);
        // The WSP's reading of its own titles decides, even over an ESCO label that means another job in Flanders.
        // The project's "vrijwilliger keuken", "stagiair magazijn" are work done unpaid too.
        if (_project.TryGetValue(key, out var own)) return new OccupationMatch(own, 0.9, OccupationSource.AlternativeLabel) { Unpaid = HeadedByUnpaid(key) };
        if (_preferred.TryGetValue(key, out var preferred)) return new OccupationMatch(preferred, 1.0, OccupationSource.PreferredLabel);
        if (NamesDealership(text, key, out var dealership)) return dealership;
        // "deelnemer dagbesteding houtwerkplaats": the participant's work, never the day activities' supervisor.
        if (NamesAParticipant(key)) return ParticipantsWork(key);
        // A volunteer, intern or starter named without the work ("vrijwilliger", "starter") did no work a title says: not
        // the volunteers' coordinator whose labels the word heads, nor the race starter.
        if (NamesNoWorkAlone(key)) return null;
        if (WorkAfterTermsOfWork(key) is { } afterTerms) return afterTerms;
        // "prod. medewerker", "mw magazijn": a title with shortened words reads as written out (the project's own titles
        // with such a word, "kassa mdw", decided above).
        if (SpellingVariants.WithAbbreviationsWritten(text, key) is { } written)
            return Normalise(written) is { } readInFull ? AsOtherSpelling(readInFull) : null;
        if (SpellingVariants.WithStaffWordsInDutch(text, key) is { } dutch && Normalise(dutch) is { } readInDutch) return AsLabelInTitle(readInDutch);
        // ISCO's own name for a group ("Inpakkers") says what the word means, more than an alternative label ESCO gives
        // one occupation of another group (inpakker: procesoperator verpakkings- en vulmachine); that one stays an alternative.
        // When ESCO gives the word to an occupation of that group itself ("software ontwikkelaar"), that one says more.
        if (!IsGeneric(key) && _groups.NamedGroup(key) is { } named)
        {
            var others = _alternative.GetValueOrDefault(key) ?? [];
            if (!others.Any(o => o.IscoGroup == named.IscoGroup))
                return new OccupationMatch(named, 0.9, OccupationSource.IscoGroupName) { Alternatives = others };
        }
        // A generic word ESCO lists as someone's alternative label ("medewerker", "monteur") names nothing by itself.
        if (!IsGeneric(key) && Exact(key, 1.0, 0.9, OccupationSource.PreferredLabel, OccupationSource.AlternativeLabel) is { } exact)
            return PracticalReading(key, exact) ?? exact;

        // An employer whose name holds a job's word ("magazijnmedewerker Leen Bakker", a furniture chain; "chauffeur Bakker
        // Bart", a bakery chain) says where the work was done, not what: the text reads as the named shop's sales staff,
        // by its own words without the name, or with the name as its workplace, before a word of the name is read as the job.
        if (key.Contains(' ') && EmployerBrands.NamesBrandWithJobWord(key, _isLabelText))
        {
            if (SalesStaffOfNamedShop(key) is { } namedShopStaff) return namedShopStaff;
            if (EmployerBrands.WithoutBrands(key) is { } withoutName && Normalise(withoutName) is { } byOwnWords) return byOwnWords;
            if (EmployerBrands.WithWorkplaces(key) is { } atPlace && Normalise(atPlace) is { } byWorkplace) return AsOtherSpelling(byWorkplace);
        }

        if (key.Contains(' ') && FactoryWorkAtNamedShop(key) is { } atShop) return atShop;

        // A plural ("koks", "schoonmakers", "verpleegkundigen") is its singular's occupation, when only that is a label.
        if (!key.Contains(' ') && key.Length >= 4 && (key.EndsWith('s') || key.EndsWith("en", StringComparison.Ordinal)) && IsLabel(key.AsSpan(0, key.Length - 1)))
            return Normalise(key[..^1]);

        if (CoreTitle(text) is { } core && Normalise(core) is { } cored) return cored;
        if (SalesStaffOfNamedShop(key) is { } shopStaff) return shopStaff;
        if (JobBeforeItsDescription(text) is { } described) return described;
        if (OperatorOfNamedMachine(key) is { } machine) return machine;
        if (HelperOfNamedFitter(key) is { } helper) return helper;
        if (Alternately(text) is { } either) return either;

        // The key is its words joined by single spaces, so a phrase of words is one slice of it.
        var title = key.AsSpan();
        Span<Range> words = stackalloc Range[MaxTitleWords];
        var count = title.Split(words, ' ');
        for (var n = Math.Min(MaxTitleWordsInLabel, count - 1); n >= 1; n--)
        {
            if (n == 1 && count == 2 && TwoWordCompound(title[words[0]], title[words[1]]) is { } compounded) return compounded;
            // Phrases from the end of the title, the longest first; single words from its start: a title names the job
            // first and then where it was done ("winkelmedewerker Zeeman", "sportbegeleider bso").
            for (var i = 0; i <= count - n; i++)
            {
                var start = n == 1 ? i : count - n - i;
                var phrase = title[words[start].Start.Value..words[start + n - 1].End.Value];
                if (InTitle(phrase, single: n == 1) is not { } inTitle) continue;
                // "slager in de supermarkt": a phrase that begins with a preposition says where the job named before it
                // was done; the project's "in de supermarkt" is the job only of a text that names none before it. So does a
                // single word after one ("gevelreiniging bij schoonmaakbedrijf" is no schoonmaker).
                var preposition = n > 1 ? start : start - 1;
                if (preposition > 0 && IsPlacePreposition(title[words[preposition]]) && JobBeforePreposition(key, title, words, preposition) is { } before)
                    return before;
                // "administratief medewerker hoveniersbedrijf": the staff word heads the job named before it, and what
                // follows says where the job was done; the hovenier's own "medewerker hoveniersbedrijf" is not the job.
                // So does a compound written apart: "kassa medewerker bouwmarkt" is the kassamedewerker.
                // A word that qualifies the staff word ("administratief medewerker crediteuren": the crediteurenadministrateur,
                // a clerk too) gives way to what follows when that is a job of the same kind.
                if (n == 2 && start > 0 && IsGeneric(title[words[start]]))
                {
                    var qualifier = title[words[start - 1]];
                    var staffWord = title[words[start]];
                    if (InTitle(title[words[start - 1].Start.Value..words[start].End.Value], single: false) is { } job)
                        return NarrowsTheJob(job.Occupation, inTitle.Occupation) && TwoWordCompound(qualifier, staffWord) is null ? inTitle : job;
                    if (TwoWordCompound(qualifier, staffWord) is { } compound) return compound;
                }
                if (n == 1 && start == 0 && count > 2 && SharedLabelWithWork(title[words[0]], title[words[1]]) is { } withWork) return withWork;
                if (n == 1 && start == 0 && count > 2 && JobWithNameBetween(title, words[..count], inTitle) is { } nameBetween) return nameBetween;
                if (n == 1 && start == 0 && count > 1 && NarrowerJobAfterStaffCompound(title, words[..count], inTitle) is { } narrower) return narrower;
                return inTitle;
            }
        }

        if (count == 2 && Inverted(title[words[0]], title[words[1]]) is { } inverted) return inverted;
        // "Medewerker in de groenvoorziening" is the medewerker groenvoorziening, "hulp in de keuken" the keukenhulp.
        if (count == 4 && title[words[0]] is "medewerker" or "medewerkster" or "hulp" && title[words[1]] is "in" && title[words[2]] is "de" or "het"
            && Normalise(string.Concat(title[words[0]], " ", title[words[3]])) is { } placed)
            return placed;

        // A workplace or line of work named alone ("magazijn", "kassa", "bakkerij") is its staff's work when ESCO or the
        // project names them by it ("magazijnmedewerker"): not the manager or specialist whose longer labels it heads.
        if (count == 1 && Inverted("medewerker", title) is { } staff) return staff with { Confidence = WorkplaceAloneConfidence };

        // Dutch compounds end in their head: the longest label that ends a word names the occupation ("pizzakok" → kok),
        // unless it is a word many labels share ("medewerker").
        for (var w = count - 1; w >= 0; w--)
        {
            var word = title[words[w]];
            for (var i = MinModifierLength; i + 3 <= word.Length; i++)
                if (!IsGeneric(word[i..]) && !IsVerbPrefix(word[..i]) && !_misleadingHeads.Contains(word[i..])
                    && Exact(word[i..], 0.6, 0.55, OccupationSource.CompoundParts, OccupationSource.CompoundParts) is { } head)
                    return head;
        }

        if (count == 1 && HeadReading(title) is { } reading) return reading;
        if (ByParts(key.Split(' ')) is { } byParts) return byParts;
        // "chauffeur van een bestelbus", "schoolbus chauffeur": the generic head names its group inside a title too.
        for (var w = count - 1; w >= 0 && count > 1; w--)
            if (_genericHeads.Contains(title[words[w]]) && HeadReading(title[words[w]]) is { } head) return head;
        // "montagemedewerker fietsenfabriek", "onderhoudsmonteur bij een fietsenfabriek": a worker's compound ESCO uses
        // only as the head of longer labels (a line of work joined to a staff word such as medewerker or monteur) names
        // their group inside a longer title too, where nothing else in it is read.
        for (var w = count - 1; w >= 0 && count > 1; w--)
            if (IsStaffCompound(title[words[w]]) && HeadReading(title[words[w]]) is { Confidence: >= InTitleHeadConfidence } head) return head;
        return OtherwiseSpelled(key) ?? (count > 1 ? WorkNamedFirst(title[words[0]]) ?? WorkDescribed(key) ?? WorkBeforePlace(key) ?? PartOfText(text, key) : null);
    }

    /// <summary>
    /// "medewerker eierpakstation (trays vullen, pallets stapelen)", "groenteverwerking: prei en kool snijden": a text that
    /// names a job by a label before a parenthesis or a colon names that job, and what follows says what it involved or
    /// where, however much another label in it would say alone. Only a label or a label in the words before it: a part
    /// read by its compound's head, a spelling or a description gives way to the rest of the text.
    /// </summary>
    private OccupationMatch? JobBeforeItsDescription(string text)
    {
        var end = text.AsSpan().IndexOfAny('(', ':');
        if (end <= 0 || text.AsSpan(0, end).IsWhiteSpace()) return null;
        return Normalise(text[..end]) is { Source: <= OccupationSource.LabelInTitle } job ? AsLabelInTitle(job) : null;
    }

    /// <summary>
    /// "wasserij ziekenhuis", "bediening strandpaviljoen", "groenvoorziening gemeente": a title that reads as nothing
    /// otherwise, whose first word names the work or workplace alone (as "wasserij" names its staff) and whose other
    /// words say where it was done. Only the work or workplace read as its staff's label: a person's own label ("koks
    /// hulp" is no kok) or a word heading longer labels ("nacht", "tapijt") says too little here.
    /// </summary>
    private OccupationMatch? WorkNamedFirst(ReadOnlySpan<char> first)
    {
        if (first.Length < MinModifierLength || IsGeneric(first)) return null;
        return Normalise(first.ToString()) is { Source: OccupationSource.LabelInTitle } alone ? alone : null;
    }

    /// <summary>
    /// "medewerkster" read as "medewerker" and "begeleidster" as "begeleider", also at the end of a compound ESCO does not
    /// list ("kantinemedewerkster"): a title's staff word says nothing of the work in either form, while ESCO gives the
    /// female form to one occupation ("magazijn medewerkster" is no interieurverzorger), or to none in a longer title
    /// ("begeleidster dagbesteding jongeren met autisme"). A title the project lists in the female form stays as it is.
    /// </summary>
    private string StaffInMaleForm(string key)
    {
        if (!key.Contains("medewerkster", StringComparison.Ordinal) && !key.Contains("begeleidster", StringComparison.Ordinal)) return key;
        // The project's own titles in the female form ("begeleidster dak- en thuislozen") are read as listed.
        if (_project.ContainsKey(key)) return key;
        var words = key.Split(' ');
        for (var i = 0; i < words.Length; i++)
            foreach (var (female, male) in FemaleStaffWords)
                if (words[i] == female || (words[i].EndsWith(female, StringComparison.Ordinal) && !IsLabel(words[i])))
                    words[i] = words[i][..^female.Length] + male;
        return string.Join(' ', words);
    }

    private static readonly (string Female, string Male)[] FemaleStaffWords = [("medewerkster", "medewerker"), ("begeleidster", "begeleider")];

    /// <summary><see cref="IsLabel"/> for a word as a string, made once (a brand's words are asked about on every reading).</summary>
    private readonly Func<string, bool> _isLabelText;

    private bool IsLabel(ReadOnlySpan<char> word) => _projectSlice.ContainsKey(word) || _preferredSlice.ContainsKey(word) || _alternativeSlice.ContainsKey(word);

    /// <summary>
    /// A synonym ESCO gives only to managers or professionals while the word heads the labels of practical occupations
    /// ("assemblagemedewerker": ESCO's alternative label of an operator automatische assemblagelijnen, ISCO 3139, and the
    /// head of 24 assemblers' labels, 82) reads as those, as a shared synonym does (<see cref="IsManagerialOrProfessional"/>);
    /// the professional stays an alternative.
    /// </summary>
    private OccupationMatch? PracticalReading(string key, OccupationMatch exact)
    {
        if (exact.Source != OccupationSource.AlternativeLabel || key.Contains(' ') || !IsManagerialOrProfessional(exact.Occupation)
            || exact.Alternatives.Any(o => !IsManagerialOrProfessional(o))
            || HeadReading(key) is not { } reading || IsManagerialOrProfessional(reading.Occupation))
            return null;
        return reading with { Alternatives = [.. reading.Alternatives.Union(exact.Alternatives.Prepend(exact.Occupation))] };
    }

    /// <summary>
    /// A title naming two jobs ("Kok / keukenhulp", "Orderpicker/heftruckchauffeur") reads as the first, found as a label
    /// in the title (confidence at most 0.75), with the others as alternatives (each counts as close in the occupation
    /// fit). A pair ESCO labels itself ("ober/serveerster") is found before this, as the whole title.
    /// </summary>
    private OccupationMatch? Alternately(string text)
    {
        if (!text.Contains('/')) return JoinedByEn(text) is { } joined ? Alternately(joined) : null;
        var titled = LabelWords.WithoutGenderMarkers(text);
        if (!titled.Contains('/')) return null;
        if (TwoConditionsOfOneJob(titled) is { } oneJob) return Normalise(oneJob);
        OccupationMatch? first = null;
        var others = new List<Occupation>();
        // A side read only as a word heading the labels of occupations in several groups ("Onderhoudsmonteur": electrical,
        // plumbing, machines) names no job of its own: the other side decides, and it adds nothing alongside.
        var sides = titled.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sideReadings = sides.Select(side => Normalise(side)).ToList();
        if (TwoNamesOfOneJob(sides, sideReadings[0]) is { } shared) return shared;
        var readings = sideReadings.OfType<OccupationMatch>().ToList();
        var named = readings.Where(r => !IsSpreadHeadReading(r)).ToList();
        foreach (var reading in named.Count > 0 ? named : readings.Take(1))
        {
            if (first is null) first = reading;
            else if (!ReferenceEquals(reading.Occupation, first.Occupation)) others.Add(reading.Occupation);
        }
        if (first is null) return null;
        // A label is one side of the title, as a label inside a longer title is (CompoundParts and HeadOfLabels are less sure still).
        return AsLabelInTitle(first) with
        {
            Alternatives = [.. others, .. first.Alternatives.Except(others)],
            AlsoNamed = others,
        };
    }

    /// <summary>
    /// "orderpicker koel/vries", "chauffeur dag/nacht": a slash written between two words, the first of which names no job
    /// by itself, joins two conditions of one job, not two jobs ("vries" alone reads as a cold-store worker): the title is
    /// read with a space for that slash. Null when it has no such slash.
    /// </summary>
    private string? TwoConditionsOfOneJob(string title)
    {
        foreach (Match pair in WordsAroundASlash().Matches(title))
            if (Normalise(pair.Groups["first"].Value) is null)
                return string.Concat(title.AsSpan(0, pair.Groups["first"].Index + pair.Groups["first"].Length), " ", title.AsSpan(pair.Groups["second"].Index));
        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}/-])(?<first>\p{L}+)/(?<second>\p{L}+)")]
    private static partial Regex WordsAroundASlash();

    /// <summary>
    /// "Chauffeur / logistiek medewerker (rijbewijs B)": a two-job title whose licence stands apart from its bare "chauffeur"
    /// (a word heading drivers' labels in several groups, read as neither job) reads with the licence beside that word
    /// ("Chauffeur B / logistiek medewerker"), as a van, lorry or bus driver (ISCO 83; "Bezorger B" names no driver).
    /// Null when the title has no such licence.
    /// </summary>
    private string? LicenceBesideBareDriver(string text)
    {
        if (!text.Contains('/') || LicenceNamed().Match(text) is not { Success: true } licence) return null;
        var without = string.Concat(text.AsSpan(0, licence.Index), text.AsSpan(licence.Index + licence.Length));
        var sides = without.Split('/');
        for (var i = 0; i < sides.Length; i++)
        {
            var side = Key(sides[i]);
            if (side.Contains(' ') || Normalise(side) is not { } bare || !IsSpreadHeadReading(bare)
                || Normalise($"{side} {licence.Groups["category"].Value}") is not { } licensed || IsSpreadHeadReading(licensed)
                || !licensed.Occupation.IscoGroup.StartsWith(DriversSubMajorGroup, StringComparison.Ordinal))
                continue;
            sides[i] = $" {side} {licence.Groups["category"].Value} ";
            return string.Join('/', sides);
        }
        return null;
    }

    private const string DriversSubMajorGroup = "83";

    /// <summary>An operator's grade letter after the word: "Procesoperator B", "operator A" (not "operator A-lijn").</summary>
    [GeneratedRegex(@"\b(?<operator>\p{L}*operator)\s+[abc](?=$|[\s),;/–])", RegexOptions.IgnoreCase)]
    private static partial Regex OperatorGrade();

    [GeneratedRegex(@"\(?\s*rijbewijs\s+(?<category>b|be|c1?e?|d1?e?)\s*\)?", RegexOptions.IgnoreCase)]
    private static partial Regex LicenceNamed();

    /// <summary>
    /// "belader en chauffeur C", "kok en afwasser": two jobs joined by "en" are read as a slash title names them, when the
    /// first is a label by itself and the second a label or a label with where it was done; a head written once is written
    /// out (<see cref="HeadWrittenOnce"/>). Work that names no job ("medewerker schoonmaak en onderhoud") stays one title.
    /// </summary>
    private string? JoinedByEn(string text)
    {
        var at = text.IndexOf(" en ", StringComparison.OrdinalIgnoreCase);
        if (at <= 0 || text.IndexOf(" en ", at + 1, StringComparison.OrdinalIgnoreCase) > 0 || text[at - 1] == ',') return null;
        if (text[at - 1] == '-') return HeadWrittenOnce(text, at);
        var (first, second) = (text[..at], text[(at + 4)..]);
        return Normalise(first) is { Source: <= OccupationSource.AlternativeLabel } && Normalise(second) is { Source: <= OccupationSource.LabelInTitle }
            ? string.Concat(first, " / ", second)
            : null;
    }

    /// <summary>
    /// "sport- en spelbegeleider": two jobs sharing a head written once, written out as a slash title ("sportbegeleider /
    /// spelbegeleider") when the first word with the head is a label; null otherwise ("kassa- en vakkenvuller").
    /// </summary>
    private string? HeadWrittenOnce(string text, int at)
    {
        var start = text.LastIndexOf(' ', at - 1) + 1;
        var first = text.AsSpan(start, at - 1 - start);
        var secondStart = at + 4;
        var secondEnd = text.IndexOf(' ', secondStart) is var space and > 0 ? space : text.Length;
        var second = text.AsSpan(secondStart, secondEnd - secondStart);
        if (first.Length == 0) return null;
        for (var i = MinModifierLength; i + 3 <= second.Length; i++)
        {
            var written = string.Concat(first, second[i..]);
            if (IsLabel(written.ToLowerInvariant()))
                return string.Concat(text.AsSpan(0, start), written, " / ", text.AsSpan(secondStart));
        }
        return null;
    }

    /// <summary>
    /// "Gastvrouw/gastheer receptie woonzorgcentrum": one word, then another name of the same job (a female and a male
    /// form, a synonym) with the rest of the title, which belongs to both: read as the first name with that rest
    /// ("gastvrouw receptie woonzorgcentrum", a receptionist), not as the first word alone (a restaurant's host). Null when
    /// the rest changes nothing ("Ober / serveerster restaurant"): the title reads as two jobs do.
    /// </summary>
    private OccupationMatch? TwoNamesOfOneJob(string[] sides, OccupationMatch? first)
    {
        if (sides.Length != 2 || sides[0].Contains(' ') || sides[1].IndexOf(' ') is not (> 0 and var end)) return null;
        if (first is not { } one || Normalise(sides[1][..end]) is not { } other || !ReferenceEquals(one.Occupation, other.Occupation))
            return null;
        // Only a rest that names other work than the first word alone changes the reading.
        return Normalise(string.Concat(sides[0], sides[1].AsSpan(end))) is { } whole && !ReferenceEquals(whole.Occupation, one.Occupation)
            ? AsLabelInTitle(whole)
            : null;
    }

    /// <summary>
    /// "Medewerker productie" is how a vacancy writes the productiemedewerker: the generic word first and the work second,
    /// read as the compound label when ESCO has one (with or without the linking s). So is "hulp in de keuken" (keukenhulp),
    /// and so is any staff word that heads many labels before the work ("monteur lift": liftmonteur), or a word ESCO uses
    /// only as the head of longer labels ("installateur sanitair": the label "sanitair installateur", written apart).
    /// </summary>
    private OccupationMatch? Inverted(ReadOnlySpan<char> first, ReadOnlySpan<char> work)
    {
        if (first is not ("medewerker" or "medewerkster" or "hulp")
            && (first.Length < MinModifierLength || !(IsGeneric(first) || HeadReading(first) is not null))) return null;
        if (work.Length < MinModifierLength || work.Length > MaxWordLetters) return null;
        Span<char> compound = stackalloc char[work.Length + 1 + first.Length];
        work.CopyTo(compound);
        first.CopyTo(compound[work.Length..]);
        if (Exact(compound[..(work.Length + first.Length)], 0.8, 0.75, OccupationSource.LabelInTitle, OccupationSource.LabelInTitle) is { } plain) return plain;
        compound[work.Length] = 's';
        first.CopyTo(compound[(work.Length + 1)..]);
        if (Exact(compound, 0.8, 0.75, OccupationSource.LabelInTitle, OccupationSource.LabelInTitle) is { } linked) return linked;
        compound[work.Length] = ' ';
        return Exact(compound, 0.8, 0.75, OccupationSource.LabelInTitle, OccupationSource.LabelInTitle);
    }

    /// <summary>A workplace named alone says less than "medewerker magazijn" (0.8) does: the title names no person.</summary>
    private const double WorkplaceAloneConfidence = 0.7;

    /// <summary>A compound's first part is a word of at least three letters ("hulp-kok"); "be-kleder" is a derived word, not a kleder.</summary>
    private const int MinModifierLength = 3;

    /// <summary>Dutch verb prefixes that make a derived word, not a compound ("ver-koper", "ont-werper", "her-stel").</summary>
    private static bool IsVerbPrefix(ReadOnlySpan<char> start) => start is "ver" or "ont" or "her";

    /// <summary>
    /// A word ESCO uses only inside longer labels, as their head ("onderhoudsmonteur liften", "vliegtuigonderhoudsmonteur"):
    /// it names what those occupations share, read as their largest ISCO group (<see cref="OccupationGroupReading"/>).
    /// Confidence at most 0.5, less the more the occupations spread over groups.
    /// </summary>
    private OccupationMatch? HeadReading(ReadOnlySpan<char> word)
    {
        // Only a word ESCO uses on its own ("onderhoudsmonteur liften"), not one found only inside longer compounds
        // ("fietsenmonteur" in "motorfietsenmonteur"): its compound parts say more then.
        if (word.Length < 5 || !_endings.IsLabelWord(word)) return null;
        // A reading depends on the word alone and only ESCO's label words have one: each is read once, on first sight.
        if (_headReadingsSlice.TryGetValue(word, out var known)) return known;
        var reading = ReadHead(word);
        _headReadings.TryAdd(word.ToString(), reading);
        return reading;
    }

    /// <summary>A reading of a word heading longer labels that lie in more than one ISCO group (its confidence below the full one).</summary>
    internal static bool IsSpreadHeadReading(OccupationMatch match) =>
        match.Source == OccupationSource.HeadOfLabels && match.Confidence < HeadReadingConfidence;

    /// <summary>A head reading's confidence when all the occupations whose labels it heads share one ISCO group; less the more they spread.</summary>
    internal const double HeadReadingConfidence = 0.5;

    private OccupationMatch? ReadHead(ReadOnlySpan<char> word)
    {
        var (members, seen) = Scratch();
        try
        {
            if (!_endings.Collect(word, members, seen, MaxOccupationsForHeadReading) || members.Count == 0) return null;
            var (occupation, share, alternatives) = _groups.Read(members);
            return new OccupationMatch(occupation, Math.Round(HeadReadingConfidence * share, 2), OccupationSource.HeadOfLabels) { Alternatives = alternatives };
        }
        finally
        {
            foreach (var m in members) seen[m] = false;
            members.Clear();
        }
    }

    /// <summary>A list and marks per occupation reused by each thread, so a reading allocates only its result.</summary>
    private (List<int> Members, bool[] Seen) Scratch()
    {
        var members = t_members ??= new List<int>(MaxOccupationsForHeadReading + 1);
        if (t_seen is null || t_seen.Length != _catalogue.Occupations.Count) t_seen = new bool[_catalogue.Occupations.Count];
        return (members, t_seen);
    }

    private readonly ConcurrentDictionary<string, OccupationMatch?> _headReadings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OccupationMatch?>.AlternateLookup<ReadOnlySpan<char>> _headReadingsSlice;

    [ThreadStatic] private static List<int>? t_members;
    [ThreadStatic] private static bool[]? t_seen;

    /// <summary>
    /// A label inside a longer title. A single word must be a preferred label or a distinctive alternative one of at
    /// least five letters: ESCO lists "medewerker" and "cv" as alternative labels, which name nothing in a title.
    /// </summary>
    private OccupationMatch? InTitle(ReadOnlySpan<char> phrase, bool single)
    {
        if (phrase.Length < 3 || (single && NamesNoWorkAlone(phrase))) return null;
        // The WSP's reading of its own one-word titles decides inside a title too, even where ESCO's labels make the
        // word generic ("Interieurverzorger avonduren": the building cleaner, not ESCO's domestic cleaner of that name;
        // "klantenservicemedewerker energiebedrijf": the contact-centre worker, not one of ESCO's two), and so does its
        // reading of a phrase ESCO has as another occupation's name ("logistiek medewerker groothandel": the warehouse
        // worker, not ESCO's logistics clerk).
        if ((single || _preferredSlice.ContainsKey(phrase)) && _projectSlice.TryGetValue(phrase, out var own))
            return new OccupationMatch(own, 0.75, OccupationSource.LabelInTitle);
        if (single && IsGeneric(phrase)) return null;
        if (_preferredSlice.TryGetValue(phrase, out var occupation)) return new OccupationMatch(occupation, 0.75, OccupationSource.LabelInTitle);
        if (single && phrase.Length < 5) return null;
        return Exact(phrase, 0.75, 0.7, OccupationSource.LabelInTitle, OccupationSource.LabelInTitle);
    }

    /// <summary>
    /// "Productiemedewerker tufting kunstgras", "Verkoopmedewerker kledingwinkel": a staff compound named first (a line of
    /// work joined to "medewerker") gives way to a word after it that names a narrower job of its kind (related beyond a
    /// shared field, <see cref="NarrowsTheJob"/>), as a staff word before the work does (rule .15). Not to a labourer's
    /// job (ISCO-08 major group 9): "productiemedewerker inpak" stays the production worker.
    /// </summary>
    private OccupationMatch? NarrowerJobAfterStaffCompound(ReadOnlySpan<char> title, ReadOnlySpan<Range> words, OccupationMatch first)
    {
        var staffCompound = title[words[0]];
        if (staffCompound.Length <= "medewerker".Length + 2 || !staffCompound.EndsWith("medewerker", StringComparison.Ordinal)) return null;
        for (var later = 1; later < words.Length; later++)
            if (InTitle(title[words[later]], single: true) is { } narrower && !narrower.Occupation.IscoGroup.StartsWith('9')
                && NarrowsTheJob(first.Occupation, narrower.Occupation))
                return narrower;
        return null;
    }

    /// <summary>
    /// The job the words before the place preposition at word <paramref name="preposition"/> name (<see cref="JobBeforePlace"/>),
    /// or, when they are one word heading drivers' or other groups' labels ("chauffeur in de bouw", "chauffeur bij
    /// banketbakkerij Jansen"), that group, not the place's trade. Null when they name neither.
    /// </summary>
    private OccupationMatch? JobBeforePreposition(string key, ReadOnlySpan<char> title, ReadOnlySpan<Range> words, int preposition) =>
        JobBeforePlace(key[..words[preposition - 1].End.Value])
        ?? (preposition == 1 && _genericHeads.Contains(title[words[0]]) ? HeadReading(title[words[0]]) : null);

    /// <summary>
    /// "Gastvrouw Stedelijk Museum Kampen", "schoonmaker bij particulieren", "Sorteerder aan de band bij recyclingbedrijf":
    /// the first word and a later one, with a name, a preposition or what was handled between them, make one of the
    /// project's own titles ("gastvrouw museum", the museum's floor staff; "sorteerder recyclingbedrijf") that the first
    /// word alone does not read as (a restaurant's host; ESCO's quality grader). The latest such word decides. Null when
    /// no pair is a project title.
    /// </summary>
    private OccupationMatch? JobWithNameBetween(ReadOnlySpan<char> title, ReadOnlySpan<Range> words, OccupationMatch first)
    {
        for (var later = words.Length - 1; later >= 2; later--)
            if (_project.TryGetValue(string.Concat(title[words[0]], " ", title[words[later]]), out var own) && !ReferenceEquals(own, first.Occupation))
                return new OccupationMatch(own, InTitleConfidence, OccupationSource.LabelInTitle);
        return null;
    }

    /// <summary>
    /// "Machinist minigraver kabels &amp; leidingen", "machinist heftruck fulltime": a first word ESCO gives only as a synonym
    /// to occupations of several ISCO groups (a machinist: a ship's engineer, a stage machinist, a mine's machine operator)
    /// reads with the word after it as the two-word title does ("machinist minigraver": the excavator operator), not as
    /// the first of those occupations. Null when the first word is no such synonym or the two read as nothing.
    /// </summary>
    private OccupationMatch? SharedLabelWithWork(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (_preferredSlice.ContainsKey(first) || _projectSlice.ContainsKey(first)
            || !_alternativeSlice.TryGetValue(first, out var named) || !SharedAcrossGroups(named))
            return null;
        return TwoWordCompound(first, second);
    }

    /// <summary>
    /// "Medewerker zuivel en diepvries Jumbo", "medewerker zuivel Albert Heijn": a shop chain named in a title says the work
    /// was done in its shop, so words that alone name a plant operator's job (ISCO 81: the dairy production worker) name
    /// the shop's staff, as "medewerker supermarkt" reads (shop or shelf staff, ISCO 52 or 9334); words that alone name a
    /// production shift's lead (ISCO 3122: "shiftleader McDonald's") name the shop's lead, as "teamleider fastfood" reads.
    /// Null when the title names no chain, its own words name neither job, or the chain's workplace is no shop.
    /// </summary>
    private OccupationMatch? FactoryWorkAtNamedShop(string key)
    {
        if (EmployerBrands.WorkplaceNamed(key) is not { } workplace || EmployerBrands.WithoutBrands(key) is not { } unbranded
            || Normalise(unbranded) is not { } own || ShopJobOfFactoryWork(own.Occupation) is not { } shopJob)
            return null;
        return Normalise(string.Concat(shopJob, workplace)) is { } staff && IsShopWork(staff.Occupation) ? AsOtherSpelling(staff) : null;
    }

    /// <summary>The shop's job, less its workplace, that a factory's job is at a shop: its staff or its shift's lead; null for other work.</summary>
    private static string? ShopJobOfFactoryWork(Occupation occupation) => occupation.IscoGroup switch
    {
        ['8', '1', ..] => "medewerker ",
        "3122" => "teamleider ",
        _ => null,
    };

    private static bool IsShopWork(Occupation occupation) => occupation.IscoGroup is ['5', '2', ..] or ['9', '3', '3', '4', ..];

    /// <summary>Whether <paramref name="narrower"/>, named after <paramref name="job"/>, is another job of its kind: related beyond a shared field of work.</summary>
    private bool NarrowsTheJob(Occupation job, Occupation narrower) =>
        !ReferenceEquals(job, narrower) && _catalogue.Relate(job, narrower) is not (OccupationRelation.None or OccupationRelation.SameSubMajorGroup);

    private OccupationMatch? Exact(ReadOnlySpan<char> key, double preferred, double alternative, OccupationSource preferredSource, OccupationSource alternativeSource)
    {
        if (_preferredSlice.TryGetValue(key, out var occupation)) return new OccupationMatch(occupation, preferred, preferredSource);
        if (_alternativeSlice.TryGetValue(key, out var occupations))
            return new OccupationMatch(occupations[0], SharedAcrossGroups(occupations) ? alternative - SharedLabelDoubt : alternative, alternativeSource)
            {
                Alternatives = occupations[1..],
            };
        return null;
    }

    /// <summary>
    /// The occupation whose preferred label shares the most compound parts with the text, each part weighted by how
    /// few occupations share it (a generic "medewerker" says little) and the head (the last part) by half again; it
    /// needs at least one part that few occupations share. Confidence: at most 0.5, the share of the text's weight matched.
    /// </summary>
    private OccupationMatch? ByParts(string[] words)
    {
        var partsOfWords = Array.ConvertAll(words, _compounds.AllParts);
        // Without a part few occupations share nothing can win: say so before scoring the hundreds a "medewerker" names.
        if (!HasDistinctivePart(partsOfWords)) return null;
        var parts = partsOfWords.SelectMany(p => p).Distinct(StringComparer.Ordinal).ToArray();
        // Scores by position in the catalogue, in an array reused per thread: only the positions scored are reset.
        var (scores, scored) = ScoreScratch();
        try
        {
            var total = 0.0;
            for (var i = 0; i < parts.Length; i++)
            {
                var found = _byPart.TryGetValue(parts[i], out var positions);
                var weight = Math.Log(1 + scores.Length / (double)(found ? positions!.Length : 1)) * (i == parts.Length - 1 ? 1.5 : 1);
                total += weight;
                if (!found) continue;
                foreach (var at in positions!)
                {
                    if (scores[at] == 0) scored.Add(at);
                    scores[at] += weight;
                }
            }
            // Highest score; ties go to the label that adds the fewest letters to the text ("medewerker slagerij": the slager,
            // not the koperslager), then the most general occupation (fewest code levels), then the lowest code. A staff
            // title ("medewerker fastfoodrestaurant", "hulp in de bouw") names no one who leads or who was trained for a profession.
            var staff = words.Any(IsStaffWord);
            var bestScore = double.MinValue;
            foreach (var at in scored)
                if (scores[at] > bestScore && !(staff && _leadingOrProfessional[at])) bestScore = scores[at];
            // Only the best score's occupations are compared letter by letter (a "medewerker" part ties hundreds lower down).
            var winner = -1;
            var winnerAdds = -1; // worked out at the first tie
            foreach (var at in scored)
            {
                if (scores[at] != bestScore || (staff && _leadingOrProfessional[at])) continue;
                if (winner < 0)
                {
                    winner = at;
                    continue;
                }
                var (occupation, leader) = (_catalogue.Occupations[at], _catalogue.Occupations[winner]);
                if (winnerAdds < 0) winnerAdds = AddedLetters(leader, words, int.MaxValue);
                // A tie wins by adding fewer letters, or as many and being more general: count no further than can win.
                var limit = MoreGeneral(occupation, leader) ? winnerAdds : winnerAdds - 1;
                if (limit < 0) continue;
                var adds = AddedLetters(occupation, words, limit);
                if (adds <= limit) (winner, winnerAdds) = (at, adds);
            }
            if (winner < 0 || !(SaysAllOf(words, partsOfWords, winner) || LabelWithin(words, _catalogue.Occupations[winner]))
                || AddsWork(parts, _catalogue.Occupations[winner]))
                return null;
            return new OccupationMatch(_catalogue.Occupations[winner], Math.Round(0.5 * bestScore / total, 3), OccupationSource.CompoundParts);
        }
        finally
        {
            foreach (var at in scored) scores[at] = 0;
            scored.Clear();
        }
    }

    private bool HasDistinctivePart(List<string>[] partsOfWords)
    {
        foreach (var partsOfWord in partsOfWords)
            foreach (var part in partsOfWord)
                if (_byPart.TryGetValue(part, out var named) && named.Length <= MaxOccupationsForDistinctivePart) return true;
        return false;
    }

    /// <summary>
    /// True when every word of the occupation's preferred label is in the text: the text names a narrower job of it
    /// ("spoelkeuken medewerker" → medewerker keuken), even when a word of the text is not in the label.
    /// </summary>
    private bool LabelWithin(string[] words, Occupation reading)
    {
        foreach (var labelWord in _preferredWords[reading])
            if (!InAnyOf(words, labelWord)) return false;
        return true;
    }

    /// <summary>
    /// True when the reading's label has a distinctive word that shares no part with the text: it names a narrower job
    /// the text does not ("medewerker onderhoud" is no onderhoudsmedewerker septische tanks, "productiehulp" no
    /// sociaalpedagogisch hulpverlener), so the text is left for a person to read. A word sharing a part is the text's
    /// own job under another name ("heftruckmedewerker": heftruckchauffeur), unless the part is a staff word or one many
    /// occupations share ("productiehulp" is no zorghulp).
    /// </summary>
    private bool AddsWork(string[] textParts, Occupation reading)
    {
        foreach (var labelWord in _preferredWords[reading])
        {
            if (labelWord.Length < MinModifierLength || FunctionWords.Contains(labelWord) || IsGeneric(labelWord)) continue;
            if (!_compounds.AllParts(labelWord).Any(part => Array.IndexOf(textParts, part) >= 0 && !IsStaffWord(part) && !IsGeneric(part))) return true;
        }
        return false;
    }

    /// <summary>Words that join a label's words ("inpakker met de hand", "beheerder van EU-fondsen") and name no work.</summary>
    private static readonly HashSet<string> FunctionWords = new(["van", "met", "voor", "de", "het", "een", "en", "in", "op", "bij", "aan", "uit", "over", "naar", "tot", "of", "te"], StringComparer.Ordinal);

    /// <summary>A word that says the job is not a manager's ("medewerker huishouding" is no manager riolering en waterhuishouding).</summary>
    private static bool IsStaffWord(string word) => word is "medewerker" or "medewerkster" or "hulp" or "hulpkracht" or "assistent";

    /// <summary>
    /// A manager or professional (ISCO major groups 1-2), or an occupation whose label says it leads others ("teamleider
    /// in fastfoodrestaurants", "ploegleider", "chef-kok").
    /// </summary>
    private static bool LeadsOrProfessional(Occupation occupation) =>
        occupation.IscoGroup is ['1' or '2', ..] || LabelWords.Of(occupation.PreferredLabel).Any(IsLeadWord);

    private static bool IsLeadWord(string word) => LeadWords.All.Any(lead => word.StartsWith(lead, StringComparison.Ordinal) || word.EndsWith(lead, StringComparison.Ordinal));

    /// <summary>In a class of its own, so the words exist when the static normaliser (<see cref="Esco"/>) is built.</summary>
    private static class LeadWords
    {
        public static readonly string[] All = ["leider", "leidster", "leidinggevende", "manager", "chef", "hoofd", "supervisor", "coördinator", "opzichter", "voorman", "directeur"];
    }

    /// <summary>A stretch of this many letters the reading does not account for is a word it misses ("uit-vaart"); one or two are linking letters ("voedings-").</summary>
    private const int MaxUnexplainedLetters = 3;

    /// <summary>Longer words are not checked letter by letter (no Dutch job title has one).</summary>
    private const int MaxWordLetters = 64;

    /// <summary>
    /// True when the occupation's parts account for every distinctive word of the text, up to linking letters ("voedings"):
    /// a reading that matches the head and leaves the modifier unexplained names another job ("parkeerbeheerder" is no
    /// beheerder van EU-fondsen, "uitvaartmedewerker" no medewerker veiligheid luchtvaart, "medewerker bloemenveiling"
    /// no manager bloemendetailhandel). Such a text is better left unrecognised, for a person to correct, than read wrongly.
    /// </summary>
    private bool SaysAllOf(string[] words, List<string>[] partsOfWords, int reading)
    {
        Span<bool> letters = stackalloc bool[MaxWordLetters];
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (IsGeneric(word) || word.Length > letters.Length) continue;
            var covered = letters[..word.Length];
            covered.Clear();
            foreach (var part in partsOfWords[w])
            {
                // A part of the reading's label accounts for its letters, and so does a part too many labels share to say anything ("medewerker").
                if (!_byPart.TryGetValue(part, out var named) || (Array.IndexOf(named, reading) < 0 && named.Length <= MaxOccupationsForDistinctivePart)) continue;
                for (var at = word.IndexOf(part, StringComparison.Ordinal); at >= 0; at = word.IndexOf(part, at + 1, StringComparison.Ordinal))
                    covered.Slice(at, part.Length).Fill(true);
            }
            var run = 0;
            foreach (var letter in covered)
            {
                run = letter ? 0 : run + 1;
                if (run >= MaxUnexplainedLetters) return false;
            }
        }
        return true;
    }

    /// <summary>A score per occupation and the positions scored, reused by each thread (<see cref="ByParts"/>).</summary>
    private (double[] Scores, List<int> Scored) ScoreScratch()
    {
        if (t_scores is null || t_scores.Length != _catalogue.Occupations.Count) t_scores = new double[_catalogue.Occupations.Count];
        return (t_scores, t_scored ??= new List<int>(1024));
    }

    [ThreadStatic] private static double[]? t_scores;
    [ThreadStatic] private static List<int>? t_scored;

    /// <summary>
    /// The letters of the label's words that are not inside a word of the text: none for "slager" in "slagerij", all of
    /// "koperslager".
    /// </summary>
    /// <param name="limit">Counting stops past this many (the result is then above it).</param>
    private int AddedLetters(Occupation reading, string[] words, int limit)
    {
        var added = 0;
        foreach (var labelWord in _preferredWords[reading])
        {
            if (InAnyOf(words, labelWord) || FunctionWords.Contains(labelWord)) continue;
            added += labelWord.Length;
            if (added > limit) return added;
        }
        return added;
    }

    private static bool InAnyOf(string[] words, string labelWord)
    {
        foreach (var word in words)
            if (word.Contains(labelWord, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool MoreGeneral(Occupation a, Occupation b)
    {
        var levels = a.Code.AsSpan().Count('.').CompareTo(b.Code.AsSpan().Count('.'));
        return levels < 0 || (levels == 0 && string.CompareOrdinal(a.Code, b.Code) < 0);
    }

    /// <summary>Inside a longer title a head reading counts only when most of the labels it heads share one ISCO group.</summary>
    private const double InTitleHeadConfidence = 0.3;

    /// <summary>A compound ending in a staff word many labels share ("montage|medewerker", "onderhouds|monteur"): a worker by its form.</summary>
    private bool IsStaffCompound(ReadOnlySpan<char> word)
    {
        for (var i = MinModifierLength; i + 5 <= word.Length; i++)
            if (IsGeneric(word[i..])) return !IsGeneric(word);
        return false;
    }

    /// <summary>
    /// A word too many occupations share to name one: a compound part of many labels ("medewerker"), or an alternative
    /// label of more than two occupations unless most of them are in one ISCO unit group ("tuinman": hovenier and
    /// medewerker groenvoorziening, 6113, against botanicus).
    /// </summary>
    private bool IsGeneric(ReadOnlySpan<char> word) =>
        (_byPartSlice.TryGetValue(word, out var occupations) && occupations.Length > MaxOccupationsForDistinctivePart)
        || (_alternativeSlice.TryGetValue(word, out var named) && named.Length > 2 && !_majorityGroupSlice.ContainsKey(word));

    /// <summary>Less sure of a synonym ESCO gives occupations of different ISCO unit groups ("schilder": painter or artist).</summary>
    private const double SharedLabelDoubt = 0.2;

    private static bool SharedAcrossGroups(Occupation[] named)
    {
        for (var i = 1; i < named.Length; i++)
            if (named[i].IscoGroup != named[0].IscoGroup) return true;
        return false;
    }

    /// <summary>
    /// ISCO major groups 1-3 (managers, professionals, technicians: skill levels 3-4). ESCO's Dutch labels give them the
    /// names of the trades they manage or design for ("bloemist", "cnc-operator", "klantenservicemedewerker", "schilder"
    /// for a kunstschilder), so a name shared with a practical occupation (groups 4-9) reads as the practical one first.
    /// </summary>
    private static bool IsManagerialOrProfessional(Occupation occupation) => occupation.IscoGroup is ['1' or '2' or '3', ..];

    /// <summary>Lower case, single spaces, without gender markers ("(m/v)") and surrounding punctuation.</summary>
    internal static string Key(string text) => LabelWords.Key(text);

    /// <summary>How alike an alternative label and a preferred label read (shared start and end), to pick among occupations sharing the label.</summary>
    private static int Likeness(string label, string preferred)
    {
        var p = Key(preferred);
        var start = 0;
        while (start < label.Length && start < p.Length && label[start] == p[start]) start++;
        var end = 0;
        while (end < label.Length - start && end < p.Length - start && label[^(end + 1)] == p[^(end + 1)]) end++;
        return start + end;
    }
}
