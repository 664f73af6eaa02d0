using System.Security.Cryptography;
using System.Text;
using MassTransit;
using Matching.Contracts;

namespace Matching.ServiceDefaults;

/// <summary>
/// Correlation ids of the integration events: every event about one vacancy (or one candidate) carries the same id,
/// derived from its reference, so a vacancy's publication, closing and match lists can be followed across services.
/// The matching service derives the same vacancy id for what it publishes (Matching.Api's DeterministicId).
/// </summary>
public static class EventCorrelation
{
    public static Guid ForVacancy(string vacancyId) => From("vacancy:" + vacancyId);

    public static Guid ForCandidate(string candidateRef) => From("candidate:" + candidateRef);

    public static void ConfigureEventCorrelation(this IBusFactoryConfigurator bus)
    {
        bus.Send<VacancyPublished>(x => x.UseCorrelationId(m => ForVacancy(m.VacancyId)));
        bus.Send<VacancyClosed>(x => x.UseCorrelationId(m => ForVacancy(m.VacancyId)));
        bus.Send<CandidateProfileChanged>(x => x.UseCorrelationId(m => ForCandidate(m.CandidateRef)));
    }

    private static Guid From(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));
}
