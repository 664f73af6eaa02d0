using Matching.Domain.Candidates;
using Matching.Domain.Parties;

namespace Matching.Search.Tests;

/// <summary>
/// Behaviour every <see cref="ICandidateIndex"/> backend must show. A backend's test class derives from this and
/// only says how to open an index; each test gets its own folder, removed afterwards. The tests are skippable: a
/// backend whose server is not reachable calls <c>Skip.If</c> in <see cref="CreateIndex"/>.
/// </summary>
public abstract partial class CandidateIndexConformanceTests : IDisposable
{
    protected static readonly DateOnly Today = DateOnly.FromDateTime(CandidateBuilder.Now.UtcDateTime);

    private readonly TempIndexFolder _folder = new();
    private readonly List<ICandidateIndex> _opened = [];

    protected CandidateIndexConformanceTests() => Index = Open();

    protected ICandidateIndex Index { get; private set; }

    /// <summary>Opens the backend's index stored in (or named after) <paramref name="folder"/>.</summary>
    protected abstract ICandidateIndex CreateIndex(string folder);

    public void Dispose()
    {
        foreach (var index in _opened) (index as IDisposable)?.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the index and opens it again on the same folder, as a process restart would.</summary>
    protected void Reopen()
    {
        (Index as IDisposable)?.Dispose();
        _opened.Remove(Index);
        Index = Open();
    }

    protected Task Given(params CandidateProfile[] profiles) => Index.UpsertAsync(profiles);

    protected static CandidateQuery AskedBy(Party requester) => new() { VisibleTo = requester, ValidOn = Today };

    protected async Task<string[]> ReferencesFound(CandidateQuery query) =>
        (await Index.SearchAsync(query)).Hits.Select(h => h.Profile.Reference).ToArray();

    private ICandidateIndex Open()
    {
        var index = CreateIndex(_folder.Path);
        _opened.Add(index);
        return index;
    }
}
