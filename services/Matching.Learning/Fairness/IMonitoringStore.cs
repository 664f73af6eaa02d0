namespace Matching.Learning.Fairness;

/// <summary>Monitoring attributes, kept apart from everything the ranker reads and read only by the fairness report.</summary>
public interface IMonitoringStore
{
    Task SaveAsync(MonitoringProfile profile, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, MonitoringProfile>> AllAsync(CancellationToken cancellationToken);
}
