using Matching.Api.Audit;
using Matching.Api.Learning;
using Matching.Api.Weekdate;
using Matching.Ranking.Audit;
using Matching.Api.Grpc;
using Matching.Learning;
using Matching.Ranking.Ledger;
using Matching.Ranking.Publishing;
using Matching.Ranking;
using Matching.Weekdate;
using Matching.Domain.Eligibility;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using Matching.ServiceDefaults.Outbox;
using Matching.ServiceDefaults.Ownership;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Matching.Api;

public static class MatchingModule
{
    public static IHostApplicationBuilder AddMatching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpc(options =>
        {
            options.MaxReceiveMessageSize = 1024 * 1024;
            options.Interceptors.Add<SearchUnavailableInterceptor>();
        });
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks();
        builder.AddRanking();
        builder.Services.AddScoped<RankRequestMapper>();
        builder.Services.AddScoped<RankVacanciesRequestMapper>();
        builder.AddWeekdate();
        builder.AddLearning();
        return builder;
    }

    public static IEndpointRouteBuilder MapMatchingApi(this IEndpointRouteBuilder app)
    {
        app.MapGrpcService<MatchingGrpcService>();
        app.MapGrpcService<OutcomeGrpcService>();
        app.MapLearningApi();
        app.MapAuditApi();
        app.MapGrpcService<WeekdateGrpcService>();
        app.MapGrpcReflectionService().AllowAnonymous();
        app.MapGrpcHealthChecksService().AllowAnonymous().DisableRateLimiting();
        return app;
    }
}
