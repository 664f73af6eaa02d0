using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace Matching.Search.Elasticsearch;

/// <summary>Turns a <see cref="VacancyQuery"/> into filter clauses; ordering is the sort's job (newest first, then id).</summary>
public static class VacancySearchRequestBuilder
{
    public static SearchRequest Build(VacancyQuery query, string index)
    {
        var filters = new List<Query>
        {
            CandidateSearchRequestBuilder.AnyOf(VacancyFields.Status, query.Statuses.Select(s => s.ToString())),
        };
        if (query.MunicipalityCode is { } municipality)
            filters.Add(new TermQuery(VacancyFields.Municipality, municipality));
        if (query.Branche is { } branche)
            filters.Add(new TermQuery(VacancyFields.Branche, branche.ToString()));
        if (query.UpdatedSince is { } since)
            filters.Add(new LongNumberRangeQuery(VacancyFields.UpdatedAtTicks) { Gte = since.UtcTicks });
        return new SearchRequest(index)
        {
            Query = new BoolQuery { Filter = filters },
            Sort =
            [
                new FieldSort(VacancyFields.UpdatedAtTicks) { Order = SortOrder.Desc },
                new FieldSort(VacancyFields.Id) { Order = SortOrder.Asc },
            ],
            Size = Math.Clamp(query.Size, 0, CandidateSearchRequestBuilder.MaxSize),
            Source = VacancySource.Filter,
        };
    }
}
