using Matching.Domain.Eligibility;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using Matching.Ranking;
using Matching.Search.Lucene;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matching.Eval;

/// <summary>
/// A judged set's candidates in a real Lucene index of their own (a temporary folder, deleted on dispose), ranked through
/// the real <see cref="CandidateRanker"/> for Zwolle (GM0193) on the set's fixed day.
/// </summary>
public sealed class JudgedSetIndex : IDisposable
{
    private static readonly PartyDirectory Parties = PartyDirectory.RegionZwolleDefault;
    private readonly string _folder;
    private readonly LuceneCandidateIndex _index;

    private JudgedSetIndex(string folder, LuceneCandidateIndex index) => (_folder, _index) = (folder, index);

    public static async Task<JudgedSetIndex> OpenAsync(JudgedSet set)
    {
        var folder = Path.Combine(Path.GetTempPath(), "matching-eval-" + Guid.NewGuid().ToString("N"));
        var index = new LuceneCandidateIndex(folder, Parties, profileCacheSize: 0);
        await index.UpsertAsync(set.Candidates);
        return new JudgedSetIndex(folder, index);
    }

    /// <summary>A ranking of this index with <paramref name="ranker"/>, one per ranker and set.</summary>
    public CandidateRanker RankingWith(IRanker ranker) =>
        new(_index, new EligibilityRules(Parties), ranker, Options.Create(new RankingOptions()), new FixedClock(JudgedSet.Now), NullLogger<CandidateRanker>.Instance);

    public static Task<RankingResult> RankAsync(CandidateRanker ranking, Vacancy vacancy, int topK) =>
        ranking.RankAsync(new RankingRequest(vacancy, Parties.Find("GM0193")!, topK, [], null), CancellationToken.None);

    public void Dispose()
    {
        _index.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
