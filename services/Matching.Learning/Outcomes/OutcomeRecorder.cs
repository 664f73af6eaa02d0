using Matching.Ranking.Audit;
using Matching.ServiceDefaults.Outbox;
using Matching.Contracts;
using Matching.Domain.Outcomes;
using Matching.Domain.Validation;
using Matching.Search;
using Matching.ServiceDefaults;
using Matching.ServiceDefaults.Security;

namespace Matching.Learning.Outcomes;

/// <summary>
/// Records an outcome: validates it, takes the employer from the registered vacancy, appends it and publishes
/// <see cref="MatchOutcomeRecorded"/>. A repeated outcome id is published again with the same message id, so an
/// event lost after the write is not lost for good and consumers can drop the duplicate.
/// </summary>
public sealed class OutcomeRecorder(IOutcomeStore store, IVacancyIndex vacancies, WriteOutbox outbox, IAuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Records for <paramref name="caller"/>: only a candidate that was shown to a party the caller acts for, for
    /// this vacancy (the audit log of rankings, match lists and weekdate lists knows), before anything else is looked
    /// up; otherwise <see cref="RecordedOutcome.NotFound"/>, the same whether the candidate exists or not.
    /// </summary>
    public async Task<RecordedOutcome> RecordAsync(OutcomeInput input, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (draft, errors) = OutcomeValidator.Validate(input, now);
        if (draft is null) return new RecordedOutcome(null, false, errors);
        if (!await audit.WasShownAsync([caller.Party, .. caller.ActsFor], draft.VacancyId, draft.CandidateRef, cancellationToken))
            return new RecordedOutcome(null, false, [], NotFound: "candidateRef");
        var vacancy = await vacancies.GetAsync(draft.VacancyId, cancellationToken);
        if (vacancy is null) return new RecordedOutcome(null, false, [new FieldError("vacancyId", $"no vacancy '{draft.VacancyId}' is registered.")]);

        var outcome = new MatchOutcome(draft.OutcomeId, draft.VacancyId, draft.CandidateRef, vacancy.Employer, draft.Kind,
            draft.Placement, draft.ReasonCode, draft.OccurredAt, caller.Party, now);
        var (stored, already) = await store.AppendAsync(outcome, cancellationToken);
        if (already && !SameContent(stored, outcome, input.OccurredAt is null)) throw new OutcomeConflictException(outcome.OutcomeId);
        if (!already)
            await audit.RecordAsync(new AuditEntry(now, caller.ClientName, caller.Party, "outcome:" + stored.Kind, stored.VacancyId, null, [stored.CandidateRef]), cancellationToken);

        // Through the durable outbox (published in the background, never waiting on the broker); the stable id makes
        // a repeated outcome go out once.
        await outbox.QueueEventsAsync([PendingEvent.For(ToEvent(stored), DeterministicId.From($"outcome:{stored.RecordedBy}/{stored.OutcomeId}"),
            DeterministicId.From("vacancy:" + stored.VacancyId))], cancellationToken);
        return new RecordedOutcome(stored, already, []);
    }

    public static MatchOutcomeRecorded ToEvent(MatchOutcome o) =>
        new(o.OutcomeId, o.VacancyId, o.CandidateRef, o.Kind.ToString(), o.Placement?.ToString(), o.ReasonCode, o.OccurredAt, o.RecordedBy);

    /// <summary>A retry without occurredAt gets a new "now"; that alone is not a different outcome.</summary>
    private static bool SameContent(MatchOutcome stored, MatchOutcome retry, bool retryHasNoTime) =>
        stored.VacancyId == retry.VacancyId && stored.CandidateRef == retry.CandidateRef && stored.Kind == retry.Kind
        && stored.Placement == retry.Placement && stored.ReasonCode == retry.ReasonCode
        && (retryHasNoTime || stored.OccurredAt == retry.OccurredAt);
}
