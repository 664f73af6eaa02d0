using Matching.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Matching.ServiceDefaults.Storage;

public static class StorageExtensions
{
    /// <summary>
    /// The storage settings and, when Storage:Provider is PostgreSQL, the shared database and the replicas' leases on
    /// background work (<see cref="IWorkLease"/>; on SQLite files the process is alone, and holds every lease).
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(PostgresDatabase))) return services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<PostgresDatabase>();
        services.TryAddSingleton<IWorkLease>(sp =>
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.PostgreSQL
                ? ActivatorUtilities.CreateInstance<PostgresWorkLease>(sp)
                : OneProcessWorkLease.Instance);
        return services;
    }

    /// <summary>
    /// Registers one kind of state: <typeparamref name="TSqlite"/> by default, <typeparamref name="TPostgres"/> when
    /// Storage:Provider is PostgreSQL. The choice is made when the store is first resolved, so settings a test host adds
    /// late still count.
    /// </summary>
    public static IServiceCollection AddStore<TStore, TSqlite, TPostgres>(this IServiceCollection services)
        where TStore : class where TSqlite : class, TStore where TPostgres : class, TStore
    {
        services.AddStorage();
        services.TryAddSingleton<TStore>(sp =>
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.PostgreSQL
                ? ActivatorUtilities.CreateInstance<TPostgres>(sp)
                : ActivatorUtilities.CreateInstance<TSqlite>(sp));
        return services;
    }

    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddStorage();
        return builder;
    }
}
