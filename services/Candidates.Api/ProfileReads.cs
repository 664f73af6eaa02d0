using MassTransit;
using Matching.Contracts;
using Matching.ServiceDefaults.Security;

namespace Matching.Candidates;

/// <summary>
/// Announces every full-profile read for the audit log (the matching service keeps it). The event is published before
/// the profile is answered: when it cannot be published, the read fails rather than going unaudited.
/// </summary>
public sealed class ProfileReads(IPublishEndpoint publisher, TimeProvider clock)
{
    public const string Purpose = "read-profile";

    public Task RecordAsync(Caller caller, string reference, string owner, CancellationToken cancellationToken) =>
        publisher.Publish(new CandidateProfileRead(reference, caller.ClientName, caller.Party, Purpose, clock.GetUtcNow()),
            cancellationToken);
}
