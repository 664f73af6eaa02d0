using MassTransit;
using Matching.Ranking.Audit;
using Matching.Contracts;

namespace Matching.Api.Audit;

/// <summary>Writes each announced profile read into the audit log, beside rankings and lists.</summary>
public sealed class CandidateProfileReadConsumer(IAuditLog audit) : IConsumer<CandidateProfileRead>
{
    public Task Consume(ConsumeContext<CandidateProfileRead> context)
    {
        var read = context.Message;
        return audit.RecordAsync(new AuditEntry(read.ReadAt, read.Client, read.Party, read.Purpose, null, null, [read.CandidateRef]), context.CancellationToken);
    }
}
