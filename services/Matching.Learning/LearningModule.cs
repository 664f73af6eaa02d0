using Matching.Learning.Fairness;
using Matching.Learning.Logging;
using Matching.Learning.Models;
using Matching.Learning.Outcomes;
using Matching.Learning.Retention;
using Matching.ServiceDefaults.Storage;
using Matching.Weekdate;
using Matching.Domain.Scoring;
using Matching.Ranking;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Matching.Learning;

public static class LearningModule
{
    /// <summary>Outcome recording, ranking logs, monitoring attributes, and the ranker selection (promoted model or transparent scorer).</summary>
    public static IHostApplicationBuilder AddLearning(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LearningOptions>().BindConfiguration(LearningOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // SQLite files by default; the shared PostgreSQL database when Storage:Provider is PostgreSQL (replicas).
        builder.Services.AddStore<IOutcomeStore, SqliteOutcomeStore, PostgresOutcomeStore>();
        builder.Services.AddStore<IImpressionLog, SqliteImpressionLog, PostgresImpressionLog>();
        builder.Services.AddSingleton<IRankingLog>(sp => sp.GetRequiredService<IImpressionLog>());
        builder.Services.AddStore<IMonitoringStore, SqliteMonitoringStore, PostgresMonitoringStore>();
        builder.Services.AddHostedService<RetentionSweep>();
        builder.Services.AddStore<IModelRegistry, ModelRegistry, PostgresModelRegistry>();
        builder.Services.AddSingleton<FairnessReporter>();
        builder.Services.AddSingleton<TransparentScorer>();
        builder.Services.AddScoped<OutcomeRecorder>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IRanker, RankerSelector>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IMatchOutcomeLookup, RecordedOutcomeLookup>());
        return builder;
    }
}
