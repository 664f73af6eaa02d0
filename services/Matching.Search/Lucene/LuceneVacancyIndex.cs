using Lucene.Net.Analysis.Core;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Matching.Domain.Vacancies;

namespace Matching.Search.Lucene;

/// <summary>The embedded vacancy index: Lucene on a local folder, keyword filters, newest first.</summary>
public sealed class LuceneVacancyIndex : IVacancyIndex, IDisposable
{
    private static readonly Sort NewestFirstThenId = new(
        new SortField(VacancyFields.UpdatedAt, SortFieldType.INT64, reverse: true),
        new SortField(VacancyFields.Id, SortFieldType.STRING));

    private readonly LuceneIndexStore _store;

    /// <param name="folder">Folder of the index files; created when missing.</param>
    /// <param name="readOnly">Opens no writer: reads follow another process's commits, writes throw.</param>
    public LuceneVacancyIndex(string folder, bool readOnly = false) =>
        // No analysed text in this index; keyword fields bypass the analyzer.
        _store = new LuceneIndexStore(folder, new KeywordAnalyzer(), readOnly);

    public Task UpsertAsync(IReadOnlyCollection<Vacancy> vacancies, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _store.Upsert(vacancies.Select(v => (VacancyDocumentBuilder.KeyOf(v.Id), VacancyDocumentBuilder.Build(v))).ToArray());
        return Task.CompletedTask;
    }

    public Task<Vacancy?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = _store.Find(VacancyDocumentBuilder.KeyOf(id));
        return Task.FromResult(document is null ? null : SourceField.Read<Vacancy>(document));
    }

    public Task<IReadOnlyList<Vacancy>> SearchAsync(VacancyQuery query, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (query.Size <= 0) return Task.FromResult<IReadOnlyList<Vacancy>>([]);
        var lucene = VacancyQueryBuilder.Build(query);
        return Task.FromResult(_store.Read<IReadOnlyList<Vacancy>>(searcher =>
        {
            var window = Math.Min(query.Size, Math.Max(1, searcher.IndexReader.MaxDoc));
            var top = searcher.Search(lucene, null, window, NewestFirstThenId);
            return top.ScoreDocs.Select(hit => SourceField.Read<Vacancy>(searcher.Doc(hit.Doc))).ToArray();
        }));
    }

    public Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_store.Count());
    }

    public void Dispose() => _store.Dispose();
}
