using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.TermVectors;
using Matching.Search.Lucene;

namespace Matching.Search.Elasticsearch;

/// <summary>
/// <see cref="CandidateSearchResult.TextScoreReference"/> on the server: the query text as an artificial document
/// through the portfolio's analyzer (term vectors with term statistics), Σ term frequency × BM25 idf, soft-skill words
/// (sent as a second document) at a tenth, as the query weighs them. One shard, so the statistics cover the index.
/// </summary>
internal static class TextReferenceRequest
{
    public static async Task<double> ComputeAsync(ElasticsearchClient client, string index, string text, CancellationToken cancellationToken)
    {
        var (ordinary, softSkills) = PortfolioTextClauses.SplitSoftSkills(text);
        return await ScoreAsync(client, index, ordinary, 1.0, cancellationToken)
               + await ScoreAsync(client, index, softSkills, Matching.Domain.Text.ProjectVocabulary.SoftSkillWeight, cancellationToken);
    }

    private static async Task<double> ScoreAsync(ElasticsearchClient client, string index, string text, double weight, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0;
        var request = new TermVectorsRequest<Dictionary<string, string>>(index)
        {
            Doc = new Dictionary<string, string> { [CandidateFields.Portfolio] = text },
            Fields = new[] { CandidateFields.Portfolio },
            TermStatistics = true,
            FieldStatistics = true,
            Positions = false,
            Offsets = false,
            Payloads = false,
        };
        var response = await client.TermvectorsAsync(request, cancellationToken);
        if (!response.IsValidResponse) throw ElasticsearchCallException.For("score the vacancy text against itself", response);
        if (response.TermVectors is null || !response.TermVectors.TryGetValue(CandidateFields.Portfolio, out var vector)) return 0;
        var documents = vector.FieldStatistics?.DocCount ?? 0;
        return vector.Terms.Values.Sum(t => weight * (t.TermFreq) * TextReference.Idf(t.DocFreq ?? 0, documents));
    }
}
