using Matching.Learning.Logging;
using Matching.Ranking.Ledger;
using Matching.Ranking;
using Matching.Weekdate;
using Matching.Domain.Candidates;
using Matching.Domain.Eligibility;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using Matching.Search.Lucene;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matching.Weekdate.Tests;

/// <summary>
/// The generator over real embedded indexes and a real ledger in a temporary folder, on a fixed clock (Monday
/// 30 November 2026, the morning after week 48). Tests fill it with hand-built fixtures and generate.
/// </summary>
public sealed class WeekdateWorld : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "weekdate-tests-" + Guid.NewGuid().ToString("N"));
    private readonly LuceneCandidateIndex _candidates;
    private readonly LuceneVacancyIndex _vacancies;

    public WeekdateWorld()
    {
        _candidates = new LuceneCandidateIndex(Path.Combine(_folder, "candidates"), Parties);
        _vacancies = new LuceneVacancyIndex(Path.Combine(_folder, "vacancies"));
        Ledger = new SqliteWeekdateLedger(Microsoft.Extensions.Options.Options.Create(new LedgerOptions { Path = Path.Combine(_folder, "ledger.db") }));
    }

    public PartyDirectory Parties { get; } = PartyDirectory.RegionZwolleDefault;

    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero));

    public IWeekdateLedger Ledger { get; }

    public IMatchOutcomeLookup Outcomes { get; set; } = new NoMatchOutcomes();

    public WeekdateOptions Options { get; } = new();

    public Task Add(params CandidateProfile[] candidates) => _candidates.UpsertAsync(candidates);

    public Task Add(params Vacancy[] vacancies) => _vacancies.UpsertAsync(vacancies);

    /// <summary>Generates and records the list, as the service does, so later weeks see this one's snapshots and proposals.</summary>
    public async Task<WeekdateList> GenerateAsync(string week, string party = Build.Dalfsen)
    {
        var draft = await GenerateDraftAsync(week, party);
        var csv = WeekdateCsv.Render(draft.List);
        var reference = WeekdateReference.Of(party, draft.List.Week, csv);
        await Ledger.RecordAsync(new WeekdateGeneration(reference, party, draft.List.Week, draft.List.GeneratedAt, "test", draft.List.RankerVersion,
            draft.List.Summary), new WeekdateRenderings(await WeekdateHtml.RenderAsync(draft.List, reference), csv), draft.Snapshots, draft.Proposals, default);
        return draft.List;
    }

    public Task<WeekdateDraft> GenerateDraftAsync(string week, string party = Build.Dalfsen)
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var rules = new EligibilityRules(Parties);
        var ranker = new TransparentScorer();
        var candidateRanker = new CandidateRanker(_candidates, rules, ranker, Microsoft.Extensions.Options.Options.Create(new RankingOptions()),
            Clock, NullLogger<CandidateRanker>.Instance, new SqliteImpressionLog(Path.Combine(_folder, "rankings.db")));
        var generator = new WeekdateGenerator(new WeekdatePool(_candidates, _vacancies, Parties, NullLogger<WeekdatePool>.Instance),
            new PairEvaluator(rules, options), candidateRanker, ranker, Ledger, Outcomes, options, Clock);
        return generator.GenerateAsync(Parties.Find(party)!, IsoWeek.Parse(week), "test", default);
    }

    public void Dispose()
    {
        _candidates.Dispose();
        _vacancies.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
