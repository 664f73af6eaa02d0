using MassTransit;
using Matching.Ranking.Audit;
using Matching.Contracts;

namespace Matching.Api.Audit;

/// <summary>
/// Writes each announced profile read into the audit log, beside rankings and lists, once: a read redelivered by the
/// broker (the consumer stopped before acknowledging it), or handled by two replicas at once, is found by who, what, which
/// reference and when, and not recorded again.
/// </summary>
public sealed class CandidateProfileReadConsumer(IAuditLog audit) : IConsumer<CandidateProfileRead>
{
    public async Task Consume(ConsumeContext<CandidateProfileRead> context)
    {
        var read = context.Message;
        await audit.RecordOnceAsync(new AuditEntry(read.ReadAt, read.Client, read.Party, read.Purpose, null, null, [read.CandidateRef]), context.CancellationToken);
    }
}
