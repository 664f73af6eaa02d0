using Matching.Domain.Certificates;
using static Matching.Domain.UnitTests.Builders;

namespace Matching.Domain.UnitTests;

public sealed class CertificateCatalogueTests
{
    [Fact]
    public void VCA_VOL_covers_VCA_Basis()
    {
        var effective = CertificateCatalogue.Effective([Cert("VCA_VOL")]);
        Assert.True(CertificateCatalogue.Holds(effective, "VCA_BASIS", Today));
        Assert.True(CertificateCatalogue.Holds(effective, "VCA_VOL", Today));
    }

    [Fact]
    public void VCA_Basis_does_not_cover_VCA_VOL()
    {
        var effective = CertificateCatalogue.Effective([Cert("VCA_BASIS")]);
        Assert.False(CertificateCatalogue.Holds(effective, "VCA_VOL", Today));
    }

    [Fact]
    public void Licence_CE_covers_C_and_B_transitively()
    {
        var effective = CertificateCatalogue.Effective([Cert("RIJBEWIJS_CE")]);
        Assert.True(CertificateCatalogue.Holds(effective, "RIJBEWIJS_C", Today));
        Assert.True(CertificateCatalogue.Holds(effective, "RIJBEWIJS_B", Today));
    }

    [Fact]
    public void A_licence_CE_issued_six_years_ago_still_implies_a_valid_B_but_no_longer_C()
    {
        // Today is 2026-11-25: CE and C (5 years) lapsed on 2025-11-20, B (10 years) runs to 2030-11-20.
        var effective = CertificateCatalogue.Effective([Cert("RIJBEWIJS_CE", issued: "2020-11-20")]);
        Assert.False(CertificateCatalogue.Holds(effective, "RIJBEWIJS_CE", Today));
        Assert.False(CertificateCatalogue.Holds(effective, "RIJBEWIJS_C", Today));
        Assert.True(CertificateCatalogue.Holds(effective, "RIJBEWIJS_B", Today));
        Assert.Equal(new DateOnly(2030, 11, 20), effective["RIJBEWIJS_B"]);
    }

    [Fact]
    public void An_implied_category_is_never_cut_short_by_the_holders_explicit_expiry()
    {
        var effective = CertificateCatalogue.Effective([Cert("RIJBEWIJS_C", issued: "2019-05-01", expires: "2024-05-01")]);
        Assert.False(CertificateCatalogue.Holds(effective, "RIJBEWIJS_C", Today));
        Assert.Equal(new DateOnly(2029, 5, 1), effective["RIJBEWIJS_B"]);
    }

    [Fact]
    public void VCA_expires_ten_years_after_issue_when_no_expiry_is_given()
    {
        var effective = CertificateCatalogue.Effective([Cert("VCA_BASIS", issued: "2016-11-24")]);
        Assert.Equal(new DateOnly(2026, 11, 24), effective["VCA_BASIS"]);
        Assert.False(CertificateCatalogue.Holds(effective, "VCA_BASIS", Today));
        Assert.True(CertificateCatalogue.Holds(effective, "VCA_BASIS", Today.AddDays(-1)));
    }

    [Fact]
    public void An_explicit_expiry_date_wins_over_the_catalogue_period()
    {
        var effective = CertificateCatalogue.Effective([Cert("BHV", issued: "2026-01-01", expires: "2026-06-30")]);
        Assert.False(CertificateCatalogue.Holds(effective, "BHV", Today));
    }

    [Fact]
    public void Forklift_certificate_does_not_expire()
    {
        var effective = CertificateCatalogue.Effective([Cert("HEFTRUCK", issued: "1995-03-01")]);
        Assert.Null(effective["HEFTRUCK"]);
        Assert.True(CertificateCatalogue.Holds(effective, "HEFTRUCK", Today));
    }

    [Fact]
    public void The_latest_validity_wins_when_two_certificates_imply_the_same()
    {
        // An expired VCA Basis does not spoil the Basis implied by a fresh VCA VOL.
        var effective = CertificateCatalogue.Effective([Cert("VCA_BASIS", issued: "2010-01-01"), Cert("VCA_VOL", issued: "2025-01-01")]);
        Assert.Equal(new DateOnly(2035, 1, 1), effective["VCA_BASIS"]);
    }

    /// <summary>The check a ranking makes per candidate, without building the effective set, answers as the set does.</summary>
    [Theory]
    [InlineData("2026-06-01")]
    [InlineData("2031-01-01")]
    [InlineData("2040-01-01")]
    public void Holding_checked_from_the_held_certificates_agrees_with_the_effective_set(string on)
    {
        var date = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);
        HeldCertificate[][] holdings =
        [
            [],
            [Cert("VCA_VOL")],
            [Cert("RIJBEWIJS_CE", issued: "2020-11-20")],
            [Cert("RIJBEWIJS_C", issued: "2019-05-01", expires: "2024-05-01"), Cert("RIJBEWIJS_CE", issued: "2025-01-01")],
            [Cert("VCA_BASIS", issued: "2010-01-01"), Cert("VCA_VOL", issued: "2025-01-01"), Cert("BHV", issued: "2026-01-01", expires: "2026-06-30")],
            [Cert("UNKNOWN_CODE", issued: "2025-01-01")],
        ];
        foreach (var held in holdings)
        {
            var effective = CertificateCatalogue.Effective(held);
            foreach (var code in CertificateCatalogue.All.Select(d => d.Code).Append("UNKNOWN_CODE"))
                Assert.True(CertificateCatalogue.Holds(effective, code, date) == CertificateCatalogue.Holds(held, code, date),
                    $"{code} on {date} for [{string.Join(", ", held.Select(h => h.Code))}]");
        }
    }
}
