using Matching.Domain.Parties;
using Matching.Domain.Validation;
using Matching.Weekdate;
using Wsp.Matching.V1;
using WeekdateFileFormat = Matching.Weekdate.WeekdateFileFormat;

namespace Matching.Api.Weekdate;

/// <summary>Validates weekdate requests; errors use the proto's field names.</summary>
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

    /// <summary>A list reference as <see cref="WeekdateReference"/> makes them ("WD-GM0148-2026-W48-0123456789ab"), and HTML or CSV.</summary>
    public static (string? Reference, WeekdateFileFormat Format, IReadOnlyList<FieldError> Errors) Map(GetWeekdateFileRequest request)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(request.ListReference)) errors.Add(new("list_reference", "is required: the list_reference GenerateWeekdateList returned."));
        else if (request.ListReference.Length > 100 || !request.ListReference.StartsWith("WD-", StringComparison.Ordinal))
            errors.Add(new("list_reference", "must be a list reference like WD-GM0148-2026-W48-0123456789ab."));
        var format = request.Format switch
        {
            Wsp.Matching.V1.WeekdateFileFormat.Html => (WeekdateFileFormat?)WeekdateFileFormat.Html,
            Wsp.Matching.V1.WeekdateFileFormat.Csv => WeekdateFileFormat.Csv,
            _ => null,
        };
        if (format is null) errors.Add(new("format", "must be WEEKDATE_FILE_FORMAT_HTML or WEEKDATE_FILE_FORMAT_CSV."));
        return errors.Count > 0 ? (null, default, errors) : (request.ListReference, format!.Value, errors);
    }
}
