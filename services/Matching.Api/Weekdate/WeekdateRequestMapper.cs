using Matching.Domain.Parties;
using Matching.Domain.Validation;
using Matching.Weekdate;
using Wsp.Matching.V1;

namespace Matching.Api.Weekdate;

/// <summary>Validates a <see cref="GenerateWeekdateListRequest"/>; errors use the proto's field names.</summary>
public static class WeekdateRequestMapper
{
    public static (WeekdateRequest? Request, IReadOnlyList<FieldError> Errors) Map(GenerateWeekdateListRequest request, PartyDirectory parties, string requestedBy)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(request.Party)) errors.Add(new("party", "is required."));
        else if (!parties.IsKnown(request.Party)) errors.Add(new("party", "is not a known party of the region."));
        if (string.IsNullOrEmpty(request.IsoWeek)) errors.Add(new("iso_week", "is required, as an ISO week like 2026-W48."));
        else if (!IsoWeek.TryParse(request.IsoWeek, out _)) errors.Add(new("iso_week", $"must be an ISO week like 2026-W48 (year 2000-2100, week 01-52/53); got '{request.IsoWeek}'."));
        return errors.Count > 0 ? (null, errors) : (new WeekdateRequest(request.Party, IsoWeek.Parse(request.IsoWeek), requestedBy), errors);
    }
}
