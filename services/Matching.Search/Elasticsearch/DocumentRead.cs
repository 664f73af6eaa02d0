using Elastic.Transport.Products.Elasticsearch;

namespace Matching.Search.Elasticsearch;

/// <summary>How a get by id says "no such document" apart from a failure.</summary>
internal static class DocumentRead
{
    /// <summary>
    /// A 404 whose body is the get result with <c>found: false</c>. A 404 with an error body (the index or alias itself
    /// is missing, index_not_found_exception) is not an absent document but a broken index, and must surface.
    /// </summary>
    public static bool IsMissingDocument(ElasticsearchResponse response) =>
        response.ApiCallDetails?.HttpStatusCode == 404 && response.ElasticsearchServerError is null;
}
