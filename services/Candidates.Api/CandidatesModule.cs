using Matching.ServiceDefaults.Outbox;
using Matching.Domain.Candidates;

namespace Matching.Candidates;

public static class CandidatesModule
{
    public static IHostApplicationBuilder AddCandidates(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CandidateValidator>();
        builder.Services.AddScoped<CandidateService>();
        builder.Services.AddScoped<ProfileReads>();
        builder.AddIndexWrites();
        return builder;
    }
}
