using Matching.Domain.Occupations;
using Matching.Domain.Text;
using Matching.Domain.Vacancies;

namespace Matching.Domain.Scoring;

/// <summary>
/// A vacancy where the work is learnt on the job ("Leerling-kok BBL niveau 2", "Treinmachinist in opleiding", a
/// <see cref="VacancyKind.Leerwerkplek"/>): netwerkers propose people who have begun the work first (a learner, an
/// intern, a helper in the trade, someone with a year or two of it), and years of the full trade count against a
/// learner's place rather than for it (the development sets' BBL cook, installation fitter and car mechanic places graded
/// experienced cooks and fitters 0 or 2, learners and helpers 3). A title that also welcomes the experienced ("ook als
/// leerling", "starters welkom", "leerling mogelijk") is no learning place.
/// </summary>
public static class LearningPlace
{
    /// <summary>Years of the work that still make a beginner: up to these a learning place's fit is full.</summary>
    private const double BeginnerYears = 2;

    /// <summary>The least share of the years part a long-experienced worker keeps on a learning place.</summary>
    private const double LeastShare = 0.25;

    public static bool Is(Vacancy vacancy) => vacancy.Kind == VacancyKind.Leerwerkplek || TitleSays(vacancy.Title);

    /// <summary>
    /// Whether a title offers a place to learn the work, and only that. A title that names the trade itself beside its
    /// learner ("Rietdekker / leerling rietdekker") asks for either; a learner word heading the first of its jobs
    /// ("Leerling machinebouwer / mechanisch monteur") or said of the whole ("Verkoper / kassamedewerker (BBL)") asks a learner.
    /// </summary>
    public static bool TitleSays(string title)
    {
        var words = WordsOf(title);
        if (words.Any(WelcomesOthers.Contains) || !SaysLearning(words)) return false;
        var jobs = OccupationNormaliser.Bracketed().Replace(OccupationNormaliser.JobOf(title), " ").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (jobs.Length < 2) return true;
        var first = WordsOf(jobs[0]);
        if (first.Length > 0 && (IsLearnerWord(first[0]) || PlaceWords.Contains(first[0]))) return true;
        // Only some of the jobs a learner: the trade itself is asked too.
        var learners = jobs.Count(job => SaysLearning(WordsOf(job)));
        return learners == 0 || learners == jobs.Length;
    }

    private static bool SaysLearning(string[] words) =>
        words.Any(w => PlaceWords.Contains(w) || IsLearnerWord(w)) || PlacePhrases.Any(Padded(words).Contains);

    /// <summary>Whether an occupation text says its holder was learning the work: a learner, an intern, a trainee or a helper in the trade.</summary>
    public static bool NamesALearner(string? occupation) => Names(occupation, helpers: true);

    /// <summary>Whether an occupation text says its holder was a learner, an intern or a trainee (<see cref="NamesALearner"/> without the trade's helpers).</summary>
    public static bool NamesATrainee(string? occupation) => Names(occupation, helpers: false);

    private static bool Names(string? occupation, bool helpers)
    {
        if (string.IsNullOrWhiteSpace(occupation)) return false;
        var words = WordsOf(occupation);
        return words.Any(w => PlaceWords.Contains(w) || IsLearnerWord(w) || LearnerWords.Contains(w) || (helpers && IsHelperWord(w)))
            || Padded(words) is var padded && (padded.Contains(" in opleiding ", StringComparison.Ordinal) || (helpers && padded[..^1].Contains(" hulp ", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The years part of a learning place's fit: full for a learner or anyone with up to <see cref="BeginnerYears"/> of
    /// the work, then less the more years they have (three years 0.67, five 0.4), never under <see cref="LeastShare"/>.
    /// </summary>
    public static double BeginnerWeight(double years, bool learner) =>
        IsBeginner(years, learner) ? 1 : Math.Max(LeastShare, BeginnerYears / years);

    /// <summary>Whether someone has begun the work rather than mastered it: a learner, or up to <see cref="BeginnerYears"/> of it.</summary>
    public static bool IsBeginner(double years, bool learner) => learner || years <= BeginnerYears;

    /// <summary>"leerling", "leerling-kok", "leerlingmonteur", "bbl": not "leerlingenvervoer" (pupils' transport) or "leerlingbegeleider".</summary>
    private static bool IsLearnerWord(string word) =>
        word is "bbl" or "trainee" or "aankomend" or "aankomende" or "instromer"
        || (word.StartsWith("leerling", StringComparison.Ordinal) && !word.StartsWith("leerlingen", StringComparison.Ordinal)
            && !word.EndsWith("begeleider", StringComparison.Ordinal) && !word.EndsWith("administratie", StringComparison.Ordinal));

    /// <summary>"hulpkok", "hulpmonteur" ("hulp monteur" is two words: a "hulp" before another word): not "hulpverlener" (a social worker).</summary>
    private static bool IsHelperWord(string word) =>
        word.StartsWith("hulp", StringComparison.Ordinal) && word.Length > 4 && !word.StartsWith("hulpverlen", StringComparison.Ordinal);

    /// <summary>A text's words as its key has them (<see cref="LabelWords.Key"/>): lower case, without accents or gender marker.</summary>
    private static string[] WordsOf(string text) => LabelWords.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Padded(string[] words) => $" {string.Join(' ', words)} ";

    /// <summary>Phrases of a place whose point is learning the work ("werken en leren").</summary>
    private static readonly string[] PlacePhrases = [" in opleiding ", " opleiding tot ", " werken en leren ", " leren en werken "];

    /// <summary>Words of a place whose point is learning the work.</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
        { "leerwerkplek", "leerwerkplaats", "leerwerktraject", "leerbaan", "opleidingsplaats", "opleidingsplek", "leerplek" };

    /// <summary>Words of someone learning the work, said of an experience rather than a place.</summary>
    private static readonly HashSet<string> LearnerWords = new(StringComparer.Ordinal)
        { "stagiair", "stagiaire", "stage", "commis", "junior", "leerjaar", "werkervaringsplek", "werkervaringsplaats" };

    /// <summary>Words of a title that welcomes more than learners: "ook als leerling", "starters welkom".</summary>
    private static readonly HashSet<string> WelcomesOthers = new(StringComparer.Ordinal) { "ook", "welkom", "mogelijk" };
}
