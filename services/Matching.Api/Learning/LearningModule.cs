using Matching.Api.Learning.Fairness;
using Matching.Api.Learning.Logging;
using Matching.Api.Learning.Models;
using Matching.Api.Learning.Outcomes;
using Matching.Api.Weekdate;
using Matching.Domain.Scoring;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Matching.Api.Learning;

public static class LearningModule
{
    /// <summary>Outcome recording, ranking logs, monitoring attributes, and the ranker selection (promoted model or transparent scorer).</summary>
    public static IHostApplicationBuilder AddLearning(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LearningOptions>().BindConfiguration(LearningOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OutcomeStore>();
        builder.Services.AddSingleton<ImpressionLog>();
        builder.Services.AddSingleton<MonitoringStore>();
        builder.Services.AddSingleton<ModelRegistry>();
        builder.Services.AddSingleton<TransparentScorer>();
        builder.Services.AddScoped<OutcomeRecorder>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IRanker, RankerSelector>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IMatchOutcomeLookup, RecordedOutcomeLookup>());
        return builder;
    }
}
