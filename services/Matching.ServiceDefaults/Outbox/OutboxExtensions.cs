using Matching.ServiceDefaults.Ownership;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Matching.ServiceDefaults.Outbox;

public static class OutboxExtensions
{
    /// <summary>The durable write path for services that index documents (vacancies, candidates).</summary>
    public static IHostApplicationBuilder AddIndexWrites(this IHostApplicationBuilder builder)
    {
        // Called by each module; the all-in-one host composes two of them over one outbox.
        if (builder.Services.Any(d => d.ServiceType == typeof(WriteOutbox))) return builder;
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxDatabase>();
        builder.Services.AddSingleton<WriteOutbox>();
        builder.Services.AddSingleton<ReferenceRegistry>();
        builder.Services.AddScoped<IndexWrites>();
        builder.Services.AddHostedService<OutboxDrainService>();
        builder.Services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox");
        return builder;
    }
}
