using Matching.ServiceDefaults.Outbox;
using Matching.ServiceDefaults.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Matching.ServiceDefaults.Ownership;

public static class OwnershipExtensions
{
    /// <summary>
    /// The ownership registry (in the outbox database) and the access check built on it. Services that only read
    /// (matching) get it too: there the registry adopts owners from the index on first use.
    /// </summary>
    public static IHostApplicationBuilder AddReferenceOwnership(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(ReferenceRegistry))) return builder;
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton<OutboxDatabase>();
        // The outbox file by default; the shared PostgreSQL database when Storage:Provider is PostgreSQL (replicas).
        builder.Services.AddStore<IOutboxStore, SqliteOutboxStore, PostgresOutboxStore>();
        builder.Services.AddSingleton<ReferenceRegistry>();
        builder.Services.AddSingleton<CandidateAccess>();
        return builder;
    }
}
