using Matching.ServiceDefaults.Ownership;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Matching.ServiceDefaults.Outbox;

public static class OutboxExtensions
{
    /// <summary>The durable write path for services that index documents (vacancies, candidates): the outbox plus its index drainers.</summary>
    public static IHostApplicationBuilder AddIndexWrites(this IHostApplicationBuilder builder)
    {
        builder.AddEventOutbox();
        // Called by each module; the all-in-one host composes two of them over one outbox.
        if (builder.Services.Any(d => d.ServiceType == typeof(IndexWrites))) return builder;
        builder.Services.AddScoped<IndexWrites>();
        builder.Services.AddSingleton(new DrainedTarget(IndexTarget.Candidates));
        builder.Services.AddSingleton(new DrainedTarget(IndexTarget.Vacancies));
        return builder;
    }

    /// <summary>The durable outbox for events only (rankings, outcomes, weekdate lists): publishing never blocks a request.</summary>
    public static IHostApplicationBuilder AddEventOutbox(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(WriteOutbox))) return builder;
        builder.AddReferenceOwnership();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WriteOutbox>();
        builder.Services.AddSingleton<OutboxDrainer>();
        builder.Services.AddSingleton(new DrainedTarget(IndexTarget.Events));
        builder.Services.AddHostedService<OutboxDrainService>();
        builder.Services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox").AddCheck<BrokerHealthCheck>("broker");
        return builder;
    }
}
