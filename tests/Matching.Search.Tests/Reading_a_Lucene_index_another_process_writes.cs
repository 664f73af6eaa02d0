using Matching.Domain.Parties;
using Matching.Search.Lucene;
using static Matching.Search.Tests.VacancyBuilder;

namespace Matching.Search.Tests;

/// <summary>
/// Search:ReadOnlyIndexes: a service that only reads an index opens no writer, so the service that owns the index
/// can hold the folder's write lock while others search the same folder.
/// </summary>
public sealed class Reading_a_Lucene_index_another_process_writes : IDisposable
{
    private readonly TempIndexFolder _folder = new();

    [Fact]
    public async Task Should_see_the_writers_commits_at_the_next_read()
    {
        using var writer = new LuceneVacancyIndex(_folder.Path);
        using var reader = new LuceneVacancyIndex(_folder.Path, readOnly: true);
        await writer.UpsertAsync([Vacancy("VAC-1").Build()]);
        Assert.Equal(1, await reader.CountAsync());

        await writer.UpsertAsync([Vacancy("VAC-2").Build(), Vacancy("VAC-1").Titled("Heftruckchauffeur").Build()]);

        Assert.Equal(2, await reader.CountAsync());
        Assert.Equal("Heftruckchauffeur", (await reader.GetAsync("VAC-1"))?.Title);
    }

    [Fact]
    public async Task Should_open_no_writer_so_a_writer_can_open_the_folder_after_it()
    {
        using var first = new LuceneVacancyIndex(_folder.Path);
        await first.UpsertAsync([Vacancy("VAC-1").Build()]);
        first.Dispose();
        using var reader = new LuceneVacancyIndex(_folder.Path, readOnly: true);
        Assert.Equal(1, await reader.CountAsync());

        // A second writer would fail on the folder's write lock; the reader holds none.
        using var writer = new LuceneVacancyIndex(_folder.Path);
        await writer.UpsertAsync([Vacancy("VAC-2").Build()]);

        Assert.Equal(2, await reader.CountAsync());
    }

    [Fact]
    public async Task Should_throw_a_clear_error_on_a_write()
    {
        using var reader = new LuceneCandidateIndex(_folder.Path, PartyDirectory.RegionZwolleDefault, readOnly: true);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => reader.UpsertAsync([CandidateBuilder.Candidate("DAL-1").Build()]));

        Assert.Contains("read-only", error.Message);
        Assert.False(Directory.Exists(_folder.Path));
    }

    [Fact]
    public async Task Should_read_an_empty_index_until_the_writer_creates_the_folder()
    {
        using var reader = new LuceneCandidateIndex(_folder.Path, PartyDirectory.RegionZwolleDefault, readOnly: true);
        Assert.Equal(0, await reader.CountAsync());
        Assert.Null(await reader.GetAsync("DAL-1"));

        using var writer = new LuceneCandidateIndex(_folder.Path, PartyDirectory.RegionZwolleDefault);
        await writer.UpsertAsync([CandidateBuilder.Candidate("DAL-1").Build()]);

        Assert.Equal("DAL-1", (await reader.GetAsync("DAL-1"))?.Reference);
    }

    public void Dispose() => _folder.Dispose();
}
