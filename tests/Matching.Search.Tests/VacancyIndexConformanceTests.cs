using Matching.Domain.Common;
using Matching.Domain.Vacancies;
using static Matching.Search.Tests.VacancyBuilder;

namespace Matching.Search.Tests;

/// <summary>Behaviour every <see cref="IVacancyIndex"/> backend must show; a backend's class only says how to open one.</summary>
public abstract class VacancyIndexConformanceTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly TempIndexFolder _folder = new();
    private readonly List<IVacancyIndex> _opened = [];

    protected VacancyIndexConformanceTests() => Index = Open();

    protected IVacancyIndex Index { get; private set; }

    protected abstract IVacancyIndex CreateIndex(string folder);

    public void Dispose()
    {
        foreach (var index in _opened) (index as IDisposable)?.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task Search_returns_open_vacancies_newest_first_then_by_id()
    {
        await Index.UpsertAsync([
            Vacancy("vac-b").UpdatedAt(Monday),
            Vacancy("vac-old").UpdatedAt(Monday.AddDays(-7)),
            Vacancy("vac-new").UpdatedAt(Monday.AddHours(3)),
            Vacancy("vac-a").UpdatedAt(Monday),
            Vacancy("vac-filled").WithStatus(VacancyStatus.Filled).UpdatedAt(Monday.AddDays(1)),
        ]);

        Assert.Equal(["vac-new", "vac-a", "vac-b", "vac-old"], await IdsFound(new VacancyQuery()));
        Assert.Equal(["vac-filled", "vac-new"], await IdsFound(new VacancyQuery
        {
            Statuses = [VacancyStatus.Open, VacancyStatus.Filled],
            Size = 2,
        }));
    }

    [SkippableFact]
    public async Task Search_filters_on_municipality_and_branche()
    {
        await Index.UpsertAsync([
            Vacancy("dalfsen-logistiek"),
            Vacancy("dalfsen-zorg").InBranche(Branche.Zorg),
            Vacancy("ommen-logistiek").RegisteredBy(RegionZwolle.Ommen.Code),
        ]);

        Assert.Equal(["dalfsen-logistiek", "dalfsen-zorg"], await IdsFound(new VacancyQuery { MunicipalityCode = RegionZwolle.Dalfsen.Code }));
        Assert.Equal(["dalfsen-logistiek", "ommen-logistiek"], await IdsFound(new VacancyQuery { Branche = Branche.Logistiek }));
        Assert.Equal(["dalfsen-zorg"], await IdsFound(new VacancyQuery { MunicipalityCode = RegionZwolle.Dalfsen.Code, Branche = Branche.Zorg }));
    }

    [SkippableFact]
    public async Task Search_keeps_vacancies_updated_at_or_after_the_moment()
    {
        await Index.UpsertAsync([
            Vacancy("before").UpdatedAt(Monday.AddTicks(-1)),
            Vacancy("at").UpdatedAt(Monday),
            // Same instant written in another offset.
            Vacancy("after").UpdatedAt(Monday.AddMinutes(1).ToOffset(TimeSpan.FromHours(2))),
        ]);

        Assert.Equal(["after", "at"], await IdsFound(new VacancyQuery { UpdatedSince = Monday }));
    }

    [SkippableFact]
    public async Task Upsert_replaces_and_vacancies_survive_reopening()
    {
        await Index.UpsertAsync([Vacancy("vac-1").Titled("Heftruckchauffeur"), Vacancy("vac-2")]);
        await Index.UpsertAsync([Vacancy("vac-1").Titled("Reachtruckchauffeur").WithStatus(VacancyStatus.Closed)]);

        (Index as IDisposable)?.Dispose();
        _opened.Remove(Index);
        Index = Open();

        Assert.Equal(2, await Index.CountAsync());
        Assert.Equal("Reachtruckchauffeur", (await Index.GetAsync("vac-1"))!.Title);
        Assert.Null(await Index.GetAsync("vac-3"));
        Assert.Equal(["vac-2"], await IdsFound(new VacancyQuery()));
    }

    private async Task<string[]> IdsFound(VacancyQuery query) => (await Index.SearchAsync(query)).Select(v => v.Id).ToArray();

    private IVacancyIndex Open()
    {
        var index = CreateIndex(_folder.Path);
        _opened.Add(index);
        return index;
    }
}
