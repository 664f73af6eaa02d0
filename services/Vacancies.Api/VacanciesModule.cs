using Matching.ServiceDefaults.Outbox;
using Matching.Domain.Vacancies;

namespace Matching.Vacancies;

public static class VacanciesModule
{
    public static IHostApplicationBuilder AddVacancies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<VacancyValidator>();
        builder.Services.AddScoped<VacancyService>();
        builder.AddIndexWrites();
        return builder;
    }
}
