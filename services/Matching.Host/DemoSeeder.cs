using Matching.Candidates;
using Matching.DemoData;
using Matching.Search;
using Matching.Vacancies;
using Microsoft.Extensions.Options;

namespace Matching.Host;

/// <summary>
/// Seeds through the services' own paths (validation, indexing, events), so demo data is exactly what a
/// municipality could have registered. Runs before the server accepts calls.
/// </summary>
public sealed class DemoSeeder(IServiceProvider services, IOptions<DemoOptions> options, TimeProvider clock, ILogger<DemoSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var demo = options.Value;
        if (!demo.Enabled || !demo.Seed) return;
        using var scope = services.CreateScope();
        var candidates = scope.ServiceProvider.GetRequiredService<ICandidateIndex>();
        var vacancies = scope.ServiceProvider.GetRequiredService<IVacancyIndex>();
        if (await candidates.CountAsync(cancellationToken) > 0 || await vacancies.CountAsync(cancellationToken) > 0)
        {
            logger.LogInformation("Index already holds data; demo seeding skipped");
            return;
        }
        // Dated from today: the seeding stamps every profile and vacancy with now, so the dates inside them follow.
        var generator = new DemoDataGenerator(demo.RandomSeed, demo.ReferenceDate ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var (imported, _) = await scope.ServiceProvider.GetRequiredService<CandidateService>()
            .ImportAsync(generator.Candidates(demo.Candidates).ToList(), i => $"demo[{i}]", cancellationToken);
        var vacancyService = scope.ServiceProvider.GetRequiredService<VacancyService>();
        foreach (var (id, input) in generator.Vacancies(demo.Vacancies))
            await vacancyService.SaveAsync(id, input, cancellationToken);
        logger.LogInformation("Seeded demo data dated {ReferenceDate}: {Candidates} candidates, {Vacancies} vacancies", generator.ReferenceDate, imported, demo.Vacancies);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
