using MassTransit;
using Matching.Ranking.Audit;
using Matching.Contracts;

namespace Matching.Api.Audit;

/// <summary>
/// Writes each announced profile read into the audit log, beside rankings and lists, once: a read redelivered by the
/// broker (the consumer stopped before acknowledging it) is found by who, what, which reference and when, and skipped.
/// </summary>
public sealed class CandidateProfileReadConsumer(IAuditLog audit) : IConsumer<CandidateProfileRead>
{
    public async Task Consume(ConsumeContext<CandidateProfileRead> context)
    {
        var read = context.Message;
        if (await audit.HasCandidateEntryAsync(read.Party, read.Client, read.Purpose, read.CandidateRef, read.ReadAt, context.CancellationToken))
            return;
        await audit.RecordAsync(new AuditEntry(read.ReadAt, read.Client, read.Party, read.Purpose, null, null, [read.CandidateRef]), context.CancellationToken);
    }
}
