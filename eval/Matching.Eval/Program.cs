using System.Globalization;
using Matching.Learning.Models;
using Matching.Domain.Scoring;
using Matching.Eval;

// make eval: ranks every judged vacancy through the real Lucene index and CandidateRanker and prints NDCG@10 and P@3.
if (Array.IndexOf(args, "--normalise") is var at and >= 0)
{
    // What the normaliser makes of a few titles: make eval EVAL_ARGS="--normalise heftruckmedewerker"
    var loading = System.Diagnostics.Stopwatch.StartNew();
    _ = Matching.Domain.Occupations.OccupationNormaliser.Esco;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(ESCO catalogue and normaliser loaded in {loading.ElapsedMilliseconds} ms)"));
    foreach (var text in args.Skip(at + 1))
        Console.WriteLine(Matching.Domain.Occupations.OccupationNormaliser.Esco.Normalise(text) is { } m
            ? string.Create(CultureInfo.InvariantCulture, $"{text} → {m.Occupation.Code} {m.Occupation.PreferredLabel} ({m.Source}, {m.Confidence:0.00})")
              + (m.Alternatives.Count == 0 ? "" : $"; or {string.Join(", ", m.Alternatives.Select(o => $"{o.Code} {o.PreferredLabel}"))}")
            : $"{text} → onbekend");
    return;
}
var detail = args.Contains("--detail");
// make eval EVAL_ARGS="--explain V14": the factors' points of that vacancy's top 15, to see what decides the order.
var explainAt = Array.IndexOf(args, "--explain");
var explain = explainAt >= 0 && explainAt + 1 < args.Length ? args[explainAt + 1] : null;
// The judged set the scorer was developed on, the held-out set, the blind set no change was made for, and the fresh,
// unseen, sixth and later sets graded before anything ranked them (see eval/README.md); or the folders named.
var folders = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (explainAt < 0 || i != explainAt + 1)).ToList();
if (folders.Count == 0) folders = ["eval", "eval/holdout", "eval/blind", "eval/fresh", "eval/unseen", "eval/sixth", "eval/seventh", "eval/eighth", "eval/ninth", "eval/tenth", "eval/eleventh", "eval/twelfth", "eval/thirteenth", "eval/fourteenth", "eval/fifteenth", "eval/sixteenth", "eval/seventeenth", "eval/eighteenth", "eval/nineteenth", "eval/twentieth", "eval/twentyfirst", "eval/twentysecond", "eval/twentythird", "eval/twentyfourth", "eval/twentyfifth", "eval/twentysixth", "eval/twentyseventh", "eval/twentyeighth", "eval/twentyninth", "eval/thirtieth", "eval/thirtyfirst", "eval/thirtysecond", "eval/thirtythird", "eval/thirtyfourth", "eval/thirtyfifth", "eval/thirtysixth", "eval/thirtyseventh", "eval/thirtyeighth", "eval/thirtyninth", "eval/fortieth", "eval/fortyfirst", "eval/fortysecond", "eval/fortythird", "eval/fortyfourth", "eval/fortyfifth", "eval/fortysixth", "eval/fortyseventh", "eval/fortyeighth", "eval/fortyninth", "eval/fiftieth", "eval/fiftyfirst", "eval/fiftysecond", "eval/fiftythird", "eval/fiftyfourth", "eval/fiftyfifth", "eval/fiftysixth", "eval/fiftyseventh", "eval/fiftyeighth", "eval/fiftyninth", "eval/sixtieth", "eval/sixtyfirst", "eval/sixtysecond", "eval/sixtythird", "eval/sixtyfourth", "eval/sixtyfifth", "eval/sixtysixth", "eval/sixtyseventh", "eval/sixtyeighth", "eval/sixtyninth", "eval/seventieth", "eval/seventyfirst", "eval/seventysecond", "eval/seventythird", "eval/seventyfourth", "eval/seventyfifth", "eval/seventysixth", "eval/seventyseventh", "eval/seventyeighth", "eval/seventyninth", "eval/eightieth", "eval/eightyfirst", "eval/eightysecond", "eval/eightythird", "eval/eightyfourth", "eval/eightyfifth", "eval/eightysixth", "eval/eightyseventh", "eval/eightyeighth", "eval/eightyninth", "eval/ninetieth", "eval/ninetyfirst", "eval/ninetysecond", "eval/ninetythird", "eval/ninetyfourth", "eval/ninetyfifth", "eval/ninetysixth", "eval/ninetyseventh", "eval/ninetyeighth", "eval/ninetyninth", "eval/hundredth", "eval/hundredfirst", "eval/hundredsecond", "eval/hundredthird", "eval/hundredfourth", "eval/hundredfifth", "eval/hundredsixth", "eval/hundredseventh", "eval/hundredeighth", "eval/hundredninth", "eval/hundredtenth", "eval/hundredeleventh", "eval/hundredtwelfth", "eval/hundredthirteenth", "eval/hundredfourteenth", "eval/hundredfifteenth", "eval/hundredsixteenth", "eval/hundredseventeenth", "eval/hundredeighteenth", "eval/hundrednineteenth", "eval/hundredtwentieth", "eval/hundredtwentyfirst", "eval/hundredtwentysecond", "eval/hundredtwentythird", "eval/hundredtwentyfourth", "eval/hundredtwentyfifth", "eval/hundredtwentysixth", "eval/hundredtwentyseventh", "eval/hundredtwentyeighth", "eval/hundredtwentyninth", "eval/hundredthirtieth", "eval/hundredthirtyfirst", "eval/hundredthirtysecond", "eval/hundredthirtythird", "eval/hundredthirtyfourth", "eval/hundredthirtyfifth", "eval/hundredthirtysixth", "eval/hundredthirtyseventh", "eval/hundredthirtyeighth", "eval/hundredthirtyninth", "eval/hundredfortieth", "eval/hundredfortyfirst", "eval/hundredfortysecond", "eval/hundredfortythird", "eval/hundredfortyfourth", "eval/hundredfortyfifth", "eval/hundredfortysixth", "eval/hundredfortyseventh", "eval/hundredfortyeighth", "eval/hundredfortyninth", "eval/hundredfiftieth", "eval/hundredfiftyfirst", "eval/hundredfiftysecond", "eval/hundredfiftythird", "eval/hundredfiftyfourth", "eval/hundredfiftyfifth", "eval/hundredfiftysixth", "eval/hundredfiftyseventh", "eval/hundredfiftyeighth", "eval/hundredfiftyninth", "eval/hundredsixtieth", "eval/hundredsixtyfirst", "eval/hundredsixtysecond", "eval/hundredsixtythird", "eval/hundredsixtyfourth", "eval/hundredsixtyfifth", "eval/hundredsixtysixth", "eval/hundredsixtyseventh", "eval/hundredsixtyeighth", "eval/hundredsixtyninth", "eval/hundredseventieth", "eval/hundredseventyfirst", "eval/hundredseventysecond", "eval/hundredseventythird", "eval/hundredseventyfourth", "eval/hundredseventyfifth", "eval/hundredseventysixth", "eval/hundredseventyseventh", "eval/hundredseventyeighth", "eval/hundredseventyninth", "eval/hundredeightieth", "eval/hundredeightyfirst", "eval/hundredeightysecond", "eval/hundredeightythird", "eval/hundredeightyfourth", "eval/hundredeightyfifth", "eval/hundredeightysixth", "eval/hundredeightyseventh", "eval/hundredeightyeighth", "eval/hundredeightyninth", "eval/hundredninetieth", "eval/hundredninetyfirst", "eval/hundredninetysecond", "eval/hundredninetythird", "eval/hundredninetyfourth", "eval/hundredninetyfifth", "eval/hundredninetysixth", "eval/hundredninetyseventh", "eval/hundredninetyeighth", "eval/hundredninetyninth", "eval/twohundredth", "eval/twohundredfirst", "eval/twohundredsecond", "eval/twohundredthird", "eval/twohundredfourth", "eval/twohundredfifth", "eval/twohundredsixth", "eval/twohundredseventh", "eval/twohundredeighth", "eval/twohundredninth", "eval/twohundredtenth", "eval/twohundredeleventh", "eval/twohundredtwelfth", "eval/twohundredthirteenth", "eval/twohundredfourteenth", "eval/twohundredfifteenth", "eval/twohundredsixteenth", "eval/twohundredseventeenth", "eval/twohundredeighteenth", "eval/twohundrednineteenth", "eval/twohundredtwentieth", "eval/twohundredtwentyfirst", "eval/twohundredtwentysecond", "eval/twohundredtwentythird", "eval/twohundredtwentyfourth", "eval/twohundredtwentyfifth", "eval/twohundredtwentysixth", "eval/twohundredtwentyseventh", "eval/twohundredtwentyeighth", "eval/twohundredtwentyninth", "eval/twohundredthirtieth", "eval/twohundredthirtyfirst", "eval/twohundredthirtysecond", "eval/twohundredthirtythird", "eval/twohundredthirtyfourth", "eval/twohundredthirtyfifth", "eval/twohundredthirtysixth", "eval/twohundredthirtyseventh", "eval/twohundredthirtyeighth", "eval/twohundredthirtyninth", "eval/twohundredfortieth", "eval/twohundredfortyfirst", "eval/twohundredfortysecond", "eval/twohundredfortythird", "eval/twohundredfortyfourth", "eval/twohundredfortyfifth", "eval/twohundredfortysixth", "eval/twohundredfortyseventh", "eval/twohundredfortyeighth", "eval/twohundredfortyninth", "eval/twohundredfiftieth", "eval/twohundredfiftyfirst", "eval/twohundredfiftysecond", "eval/twohundredfiftythird", "eval/twohundredfiftyfourth", "eval/twohundredfiftyfifth", "eval/twohundredfiftysixth", "eval/twohundredfiftyseventh", "eval/twohundredfiftyeighth", "eval/twohundredfiftyninth", "eval/twohundredsixtieth", "eval/twohundredsixtyfirst", "eval/twohundredsixtysecond", "eval/twohundredsixtythird", "eval/twohundredsixtyfourth", "eval/twohundredsixtyfifth", "eval/twohundredsixtysixth", "eval/twohundredsixtyseventh", "eval/twohundredsixtyeighth", "eval/twohundredsixtyninth", "eval/twohundredseventieth", "eval/twohundredseventyfirst", "eval/twohundredseventysecond", "eval/twohundredseventythird", "eval/twohundredseventyfourth", "eval/twohundredseventyfifth", "eval/twohundredseventysixth", "eval/twohundredseventyseventh", "eval/twohundredseventyeighth", "eval/twohundredseventyninth", "eval/twohundredeightieth", "eval/twohundredeightyfirst", "eval/twohundredeightysecond", "eval/twohundredeightythird", "eval/twohundredeightyfourth", "eval/twohundredeightyfifth", "eval/twohundredeightysixth", "eval/twohundredeightyseventh", "eval/twohundredeightyeighth", "eval/twohundredeightyninth", "eval/twohundredninetieth", "eval/twohundredninetyfirst", "eval/twohundredninetysecond", "eval/twohundredninetythird", "eval/twohundredninetyfourth", "eval/twohundredninetyfifth", "eval/twohundredninetysixth", "eval/twohundredninetyseventh", "eval/twohundredninetyeighth", "eval/twohundredninetyninth", "eval/threehundredth", "eval/threehundredfirst", "eval/threehundredsecond", "eval/threehundredthird", "eval/threehundredfourth", "eval/threehundredfifth", "eval/threehundredsixth", "eval/threehundredseventh", "eval/threehundredeighth", "eval/threehundredninth", "eval/threehundredtenth", "eval/threehundredeleventh", "eval/threehundredtwelfth", "eval/threehundredthirteenth", "eval/threehundredfourteenth", "eval/threehundredfifteenth", "eval/threehundredsixteenth", "eval/threehundredseventeenth", "eval/threehundredeighteenth", "eval/threehundrednineteenth", "eval/threehundredtwentieth", "eval/threehundredtwentyfirst", "eval/threehundredtwentysecond", "eval/threehundredtwentythird", "eval/threehundredtwentyfourth", "eval/threehundredtwentyfifth", "eval/threehundredtwentysixth", "eval/threehundredtwentyseventh", "eval/threehundredtwentyeighth", "eval/threehundredtwentyninth", "eval/threehundredthirtieth", "eval/threehundredthirtyfirst", "eval/threehundredthirtysecond", "eval/threehundredthirtythird", "eval/threehundredthirtyfourth", "eval/threehundredthirtyfifth", "eval/threehundredthirtysixth", "eval/threehundredthirtyseventh", "eval/threehundredthirtyeighth", "eval/threehundredthirtyninth", "eval/threehundredfortieth", "eval/threehundredfortyfirst", "eval/threehundredfortysecond", "eval/threehundredfortythird", "eval/threehundredfortyfourth", "eval/threehundredfortyfifth", "eval/threehundredfortysixth", "eval/threehundredfortyseventh", "eval/threehundredfortyeighth", "eval/threehundredfortyninth", "eval/threehundredfiftieth", "eval/threehundredfiftyfirst", "eval/threehundredfiftysecond", "eval/threehundredfiftythird", "eval/threehundredfiftyfourth", "eval/threehundredfiftyfifth", "eval/threehundredfiftysixth", "eval/threehundredfiftyseventh", "eval/threehundredfiftyeighth", "eval/threehundredfiftyninth", "eval/threehundredsixtieth", "eval/threehundredsixtyfirst", "eval/threehundredsixtysecond", "eval/threehundredsixtythird", "eval/threehundredsixtyfourth", "eval/threehundredsixtyfifth", "eval/threehundredsixtysixth", "eval/threehundredsixtyseventh", "eval/threehundredsixtyeighth", "eval/threehundredsixtyninth", "eval/threehundredseventieth", "eval/threehundredseventyfirst", "eval/threehundredseventysecond", "eval/threehundredseventythird", "eval/threehundredseventyfourth", "eval/threehundredseventyfifth", "eval/threehundredseventysixth", "eval/threehundredseventyseventh", "eval/threehundredseventyeighth", "eval/threehundredseventyninth", "eval/threehundredeightieth", "eval/threehundredeightyfirst", "eval/threehundredeightysecond", "eval/threehundredeightythird", "eval/threehundredeightyfourth", "eval/threehundredeightyfifth", "eval/threehundredeightysixth", "eval/threehundredeightyseventh", "eval/threehundredeightyeighth", "eval/threehundredeightyninth", "eval/threehundredninetieth", "eval/threehundredninetyfirst", "eval/threehundredninetysecond", "eval/threehundredninetythird", "eval/threehundredninetyfourth", "eval/threehundredninetyfifth", "eval/threehundredninetysixth", "eval/threehundredninetyseventh", "eval/threehundredninetyeighth", "eval/threehundredninetyninth", "eval/fourhundredth", "eval/fourhundredfirst", "eval/fourhundredsecond", "eval/fourhundredthird", "eval/fourhundredfourth", "eval/fourhundredfifth", "eval/fourhundredsixth", "eval/fourhundredseventh", "eval/fourhundredeighth", "eval/fourhundredninth", "eval/fourhundredtenth", "eval/fourhundredeleventh", "eval/fourhundredtwelfth", "eval/fourhundredthirteenth", "eval/fourhundredfourteenth", "eval/fourhundredfifteenth", "eval/fourhundredsixteenth", "eval/fourhundredseventeenth", "eval/fourhundredeighteenth", "eval/fourhundrednineteenth", "eval/fourhundredtwentieth", "eval/fourhundredtwentyfirst", "eval/fourhundredtwentysecond", "eval/fourhundredtwentythird", "eval/fourhundredtwentyfourth", "eval/fourhundredtwentyfifth", "eval/fourhundredtwentysixth", "eval/fourhundredtwentyseventh", "eval/fourhundredtwentyeighth", "eval/fourhundredtwentyninth", "eval/fourhundredthirtieth", "eval/fourhundredthirtyfirst", "eval/fourhundredthirtysecond", "eval/fourhundredthirtythird", "eval/fourhundredthirtyfourth", "eval/fourhundredthirtyfifth", "eval/fourhundredthirtysixth", "eval/fourhundredthirtyseventh", "eval/fourhundredthirtyeighth", "eval/fourhundredthirtyninth", "eval/fourhundredfortieth", "eval/fourhundredfortyfirst", "eval/fourhundredfortysecond", "eval/fourhundredfortythird", "eval/fourhundredfortyfourth", "eval/fourhundredfortyfifth", "eval/fourhundredfortysixth", "eval/fourhundredfortyseventh", "eval/fourhundredfortyeighth", "eval/fourhundredfortyninth", "eval/fourhundredfiftieth", "eval/fourhundredfiftyfirst", "eval/fourhundredfiftysecond", "eval/fourhundredfiftythird", "eval/fourhundredfiftyfourth", "eval/fourhundredfiftyfifth", "eval/fourhundredfiftysixth", "eval/fourhundredfiftyseventh", "eval/fourhundredfiftyeighth", "eval/fourhundredfiftyninth", "eval/fourhundredsixtieth", "eval/fourhundredsixtyfirst", "eval/fourhundredsixtysecond", "eval/fourhundredsixtythird", "eval/fourhundredsixtyfourth", "eval/fourhundredsixtyfifth", "eval/fourhundredsixtysixth", "eval/fourhundredsixtyseventh", "eval/fourhundredsixtyeighth", "eval/fourhundredsixtyninth", "eval/fourhundredseventieth", "eval/fourhundredseventyfirst", "eval/fourhundredseventysecond", "eval/fourhundredseventythird", "eval/fourhundredseventyfourth", "eval/fourhundredseventyfifth", "eval/fourhundredseventysixth", "eval/fourhundredseventyseventh", "eval/fourhundredseventyeighth", "eval/fourhundredseventyninth", "eval/fourhundredeightieth", "eval/fourhundredeightyfirst", "eval/fourhundredeightysecond", "eval/fourhundredeightythird", "eval/fourhundredeightyfourth", "eval/fourhundredeightyfifth", "eval/fourhundredeightysixth", "eval/fourhundredeightyseventh", "eval/fourhundredeightyeighth", "eval/fourhundredeightyninth", "eval/fourhundredninetieth", "eval/fourhundredninetyfirst", "eval/fourhundredninetysecond", "eval/fourhundredninetythird", "eval/fourhundredninetyfourth", "eval/fourhundredninetyfifth", "eval/fourhundredninetysixth", "eval/fourhundredninetyseventh", "eval/fourhundredninetyeighth", "eval/fourhundredninetyninth", "eval/fivehundredth", "eval/fivehundredfirst", "eval/fivehundredsecond", "eval/fivehundredthird", "eval/fivehundredfourth"];
// make eval EVAL_ARGS=--learn: also a learned ranker trained on the development sets' grades (see JudgedSetLearning).
var learning = args.Contains("--learn") ? await JudgedSetLearning.CollectAsync() : null;
foreach (var folder in folders)
{
    await EvaluateAsync(folder, detail, explain, learning);
    Console.WriteLine();
}

static async Task EvaluateAsync(string folder, bool detail, string? explain, JudgedSetLearning? learning)
{
    var set = JudgedSet.Load(folder);
    using var index = await JudgedSetIndex.OpenAsync(set);
    var rankers = new List<(string Name, IRanker Ranker)> { (TransparentScorer.RankerVersion, new TransparentScorer()) };
    var models = new ModelRegistry(Environment.GetEnvironmentVariable("MATCHING_MODELS") ?? "data/models");
    if (models.LoadCurrent() is { } promoted)
        rankers.Add((promoted.Metadata.Version, new LearnedRanker(promoted.Model, promoted.Metadata, new TransparentScorer(), null)));
    else
        Console.WriteLine($"(no promoted learned model on schema {FeatureVector.SchemaVersion} in {models.Directory})");
    if (learning is not null) rankers.Add((JudgedSetLearning.Name(folder), learning.RankerFor(folder)));

    Console.WriteLine($"Judged set {folder}: {set.Vacancies.Count} vacancies, {set.Candidates.Count} candidates, {set.Grades.Count} graded pairs");
    Console.WriteLine();
    Console.WriteLine("ranker                               | NDCG@10 |   P@3 | vacancies");
    Console.WriteLine("-------------------------------------|---------|-------|----------");
    IReadOnlyList<(string Vacancy, IReadOnlyList<string> Order)>? transparent = null;
    foreach (var (name, ranker) in rankers)
    {
        var ranking = index.RankingWith(ranker);
        var lists = new List<(string Vacancy, IReadOnlyList<string> Order)>();
        foreach (var vacancy in set.Vacancies)
        {
            var result = await JudgedSetIndex.RankAsync(ranking, vacancy, 100);
            lists.Add((vacancy.Id, result.Ranked.Select(c => c.Candidate.Reference).ToList()));
            if (vacancy.Id == explain || explain == "all")
                foreach (var c in result.Ranked.Take(explain == "all" ? int.MaxValue : 15))
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{vacancy.Id} {c.Candidate.Reference[5..]}({set.GradeOf(vacancy.Id, c.Candidate.Reference)}) {c.Score:0.0}: ")
                        + string.Join("; ", c.Explanation.Contributions.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Factor} {f.Points:0.0} ({f.Reason})"))));
            if (detail)
            {
                var order = result.Ranked.Select(c => c.Candidate.Reference).ToList();
                var vacancyNdcg = RankingMetrics.Ndcg(order.Select(c => set.GradeOf(vacancy.Id, c)).ToList(),
                    set.Grades.Where(g => g.Key.Vacancy == vacancy.Id).Select(g => g.Value), 10);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{vacancy.Id} {vacancy.Title} (NDCG@10 {vacancyNdcg:0.000}): ") + string.Join("  ", result.Ranked.Take(10).Select(c =>
                    string.Create(CultureInfo.InvariantCulture, $"{c.Candidate.Reference[5..]}({set.GradeOf(vacancy.Id, c.Candidate.Reference)}) {c.Score:0.0}"))));
                var graded = set.Grades.Where(g => g.Key.Vacancy == vacancy.Id && g.Value > 0)
                    .Select(g => (Candidate: g.Key.Candidate, Grade: g.Value, Position: order.IndexOf(g.Key.Candidate) + 1))
                    .Where(g => g.Position > 10 || g.Position == 0).OrderBy(g => g.Position);
                foreach (var (candidate, grade, position) in graded)
                    Console.WriteLine($"    below the top 10: {candidate[5..]}({grade}) at {(position == 0 ? "not ranked" : position.ToString(CultureInfo.InvariantCulture))}");
            }
        }
        Print(name, set, lists);
        transparent ??= lists;
    }
    var distance = set.Vacancies.Select(v => (v.Id, (IReadOnlyList<string>)set.Candidates
        .OrderBy(c => c.Home.DistanceKmTo(v.Location)).ThenBy(c => c.Reference, StringComparer.Ordinal)
        .Select(c => c.Reference).ToList())).ToList();
    Print("distance only (baseline)", set, distance);
    if (SecondGrader.Agreement(folder, set) is { } agreement)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"a second grader's grades (ceiling)",-36} | {agreement.Ndcg,7:0.000} | {agreement.Precision,5:0.000} | {set.Vacancies.Count,9}"));
        // The same transparent ranking measured against the second grader: how much of its distance is the first grader's own.
        Print($"{TransparentScorer.RankerVersion} vs the second grader", set with { Grades = SecondGrader.GradesOf(folder)! }, transparent!);
    }
}

static void Print(string name, JudgedSet set, IReadOnlyList<(string Vacancy, IReadOnlyList<string> Order)> lists)
{
    var ndcg = lists.Average(l => RankingMetrics.Ndcg(l.Order.Select(c => set.GradeOf(l.Vacancy, c)).ToList(),
        set.Grades.Where(g => g.Key.Vacancy == l.Vacancy).Select(g => g.Value), 10));
    var p3 = lists.Average(l => RankingMetrics.Precision(l.Order.Select(c => set.GradeOf(l.Vacancy, c)).ToList(), 3));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} | {ndcg,7:0.000} | {p3,5:0.000} | {lists.Count,9}"));
}

/// <summary>The judged set's fixed "today", so experience recency and certificates read the same every run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
