using Matching.ServiceDefaults.Storage;
using Matching.ServiceDefaults.Ownership;
using Matching.ServiceDefaults.Outbox;
using Matching.Domain.Eligibility;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using Matching.Ranking.Audit;
using Matching.Ranking.Ledger;
using Matching.Ranking.Publishing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Matching.Ranking;

public static class RankingModule
{
    /// <summary>The ranker and what every ranking caller needs beside it: publisher, match ledger and audit log.</summary>
    public static IHostApplicationBuilder AddRanking(this IHostApplicationBuilder builder)
    {
        // Match lists go out through the durable outbox; who owns a reference comes from the registry beside it.
        builder.AddEventOutbox();
        builder.AddReferenceOwnership();
        builder.Services.AddOptions<RankingOptions>().BindConfiguration(RankingOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton<VacancyValidator>();
        builder.Services.TryAddSingleton<EligibilityRules>();
        builder.Services.TryAddSingleton<IRanker, TransparentScorer>();
        builder.Services.TryAddScoped<CandidateRanker>();
        builder.Services.TryAddScoped<VacancyRanker>();
        builder.Services.TryAddScoped<MatchPublisher>();
        builder.Services.AddOptions<LedgerOptions>().BindConfiguration(LedgerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // SQLite files by default; the shared PostgreSQL database when Storage:Provider is PostgreSQL (replicas).
        builder.Services.AddStore<IMatchLedger, SqliteMatchLedger, PostgresMatchLedger>();
        builder.Services.AddStore<IAuditLog, SqliteAuditLog, PostgresAuditLog>();
        return builder;
    }
}
