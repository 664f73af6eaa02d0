using Lucene.Net.Search;
using static Matching.Search.Lucene.QueryClauses;

namespace Matching.Search.Lucene;

/// <summary>Turns a <see cref="VacancyQuery"/> into Lucene filter clauses; ordering is the sort's job, not the score's.</summary>
internal static class VacancyQueryBuilder
{
    public static Query Build(VacancyQuery query)
    {
        var filters = new BooleanQuery
        {
            { AnyOf(VacancyFields.Status, query.Statuses.Select(s => s.ToString())), Occur.MUST },
        };
        if (query.MunicipalityCode is { } municipality)
            filters.Add(Is(VacancyFields.Municipality, municipality), Occur.MUST);
        if (query.Branche is { } branche)
            filters.Add(Is(VacancyFields.Branche, branche.ToString()), Occur.MUST);
        if (query.UpdatedSince is { } since)
            filters.Add(NumericRangeQuery.NewInt64Range(VacancyFields.UpdatedAt, since.UtcTicks, null, true, true), Occur.MUST);
        return new ConstantScoreQuery(filters);
    }
}
