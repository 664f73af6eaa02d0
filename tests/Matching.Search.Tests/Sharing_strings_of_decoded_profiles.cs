using System.Text;
using Matching.Domain.Candidates;
using Matching.Domain.Certificates;
using Matching.Domain.Common;
using Matching.Search.Lucene;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

/// <summary>
/// Profiles read from their compact bytes share one instance of each short string they have in common (the profile
/// cache holds 200,000 of them), within a pool that never grows past its capacity, whatever the profiles hold.
/// </summary>
public sealed class Sharing_strings_of_decoded_profiles
{
    [Fact]
    public void Should_give_the_same_instance_for_the_same_short_string()
    {
        var pool = new SharedStrings(10);

        var first = pool.Get("orderpicken"u8);
        var second = pool.Get(Encoding.UTF8.GetBytes("orderpicken"));

        Assert.Equal("orderpicken", first);
        Assert.Same(first, second);
        Assert.Equal(1, pool.Count);
    }

    [Fact]
    public void Should_keep_no_more_strings_than_its_capacity()
    {
        var pool = new SharedStrings(100);

        for (var i = 0; i < 10_000; i++) pool.Get(Encoding.UTF8.GetBytes($"vaardigheid {i}"));
        var past = pool.Get("vaardigheid 9999"u8);

        Assert.Equal(100, pool.Count);
        // Past the capacity a string is still read correctly, as a new instance each time.
        Assert.Equal("vaardigheid 9999", past);
        Assert.NotSame(past, pool.Get("vaardigheid 9999"u8));
        Assert.Same(pool.Get("vaardigheid 0"u8), pool.Get("vaardigheid 0"u8));
    }

    [Fact]
    public void Should_not_keep_long_text()
    {
        var pool = new SharedStrings(10);
        var text = new string('a', SharedStrings.MaxBytes) + " ñ";

        var read = pool.Get(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, read);
        Assert.Equal(0, pool.Count);
    }

    [Fact]
    public void Should_read_multibyte_characters_up_to_the_length_it_keeps()
    {
        var pool = new SharedStrings(10);
        // 32 two-byte characters: 64 UTF-8 bytes, the most it keeps.
        var text = new string('é', SharedStrings.MaxBytes / 2);

        Assert.Same(pool.Get(Encoding.UTF8.GetBytes(text)), pool.Get(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(text, pool.Get(Encoding.UTF8.GetBytes(text)));
        Assert.Equal("", pool.Get([]));
    }

    [Fact]
    public void Should_share_what_two_decoded_profiles_have_in_common_but_not_their_own_words()
    {
        var portfolio = new EPortfolio(EducationLevel.Mbo2, ["MBO Logistiek"],
            [new WorkExperience(Branche.Logistiek, "magazijnmedewerker", 3, "9333.8")], ["orderpicken"], ["buiten werken"],
            "Ik werk graag met mijn handen.");
        var one = Candidate("DAL-1").Build() with
        {
            Portfolio = portfolio,
            Certificates = [new HeldCertificate("VCA_BASIS", new DateOnly(2024, 1, 1))],
            Indications = new Indications(true, false),
        };
        var other = one with { Reference = "DAL-2" };

        var (a, b) = (Decode(one), Decode(other));

        Assert.Same(a.MunicipalityCode, b.MunicipalityCode);
        Assert.Same(a.HomePc4, b.HomePc4);
        Assert.Same(a.Portfolio.Education[0], b.Portfolio.Education[0]);
        Assert.Same(a.Portfolio.WorkExperience[0].Occupation, b.Portfolio.WorkExperience[0].Occupation);
        Assert.Same(a.Portfolio.WorkExperience[0].OccupationCode, b.Portfolio.WorkExperience[0].OccupationCode);
        Assert.Same(a.Portfolio.Skills[0], b.Portfolio.Skills[0]);
        Assert.Same(a.Portfolio.Interests[0], b.Portfolio.Interests[0]);
        Assert.Same(a.Certificates[0].Code, b.Certificates[0].Code);
        Assert.Same(a.Indications, b.Indications);
        Assert.Equal(new Indications(true, false), a.Indications);
        // The candidate's own words and reference are theirs alone: never pooled.
        Assert.NotSame(a.Portfolio.About, b.Portfolio.About);
        Assert.Equal(["DAL-1", "DAL-2"], [a.Reference, b.Reference]);
    }

    private static CandidateProfile Decode(CandidateProfile profile) => ProfileCodec.Decode(ProfileCodec.Encode(profile))!;
}
