using Matching.Learning.Fairness;
using Matching.Learning.Logging;
using Matching.Learning.Models;
using Matching.Learning.Outcomes;
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
        builder.Services.AddSingleton<OutcomeStore>();
        builder.Services.AddSingleton<ImpressionLog>();
        builder.Services.AddSingleton<IRankingLog>(sp => sp.GetRequiredService<ImpressionLog>());
        builder.Services.AddSingleton<MonitoringStore>();
        builder.Services.AddSingleton<FairnessReporter>();
        builder.Services.AddSingleton<ModelRegistry>();
        builder.Services.AddSingleton<TransparentScorer>();
        builder.Services.AddScoped<OutcomeRecorder>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IRanker, RankerSelector>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IMatchOutcomeLookup, RecordedOutcomeLookup>());
        return builder;
    }
}
