using Matching.Domain.Candidates;
using Matching.Domain.Geo;
using Matching.Domain.Parties;

namespace Matching.Domain.UnitTests;

public sealed class WaitingSinceValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly CandidateValidator _validator = new(PartyDirectory.RegionZwolleDefault, PostcodeGazetteer.Netherlands);

    private static CandidateInput Input(string? waitingSince) => new()
    {
        Reference = "DAL-1", MunicipalityCode = "GM0148", Postcode = "7721", MaxTravelKm = 20, HoursAvailablePerWeek = 32,
        ParticipationStep = 5, Category = "WerkfitProgressExpected", LanguageLevel = "B1", Consent = "Subregion",
        WaitingSince = waitingSince,
    };

    [Fact]
    public void A_registration_date_is_kept_and_an_absent_one_stays_unknown()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), _validator.Validate(Input("2024-02-29"), Now).Value!.WaitingSince);
        Assert.Null(_validator.Validate(Input(null), Now).Value!.WaitingSince);
    }

    [Theory]
    [InlineData("2026-11-26")]
    [InlineData("29-02-2024")]
    [InlineData("gisteren")]
    public void A_date_in_the_future_or_not_a_date_is_refused_naming_the_field(string value)
    {
        var result = _validator.Validate(Input(value), Now);

        Assert.False(result.IsValid);
        Assert.Equal(["waitingSince"], result.Errors.Select(e => e.Field));
    }
}
