using Google.Protobuf.WellKnownTypes;
using Matching.Cli.Output;
using Wsp.Matching.V1;

namespace Matching.DemoData.Tests.Cli;

public class Ranking_output
{
    private static RankCandidatesResponse Response() => new()
    {
        VacancyId = "VAC-0001",
        EligibleCount = 14,
        RankerVersion = "transparent-v1",
        RankedAt = Timestamp.FromDateTime(new DateTime(2026, 11, 25, 9, 30, 0, DateTimeKind.Utc)),
        Candidates =
        {
            new RankedCandidate
            {
                Rank = 1, CandidateRef = "DAL-000123", MunicipalityCode = "GM0148", Score = 87.5,
                Explanation = new Explanation
                {
                    Summary = "Sterke match: ervaring als orderpicker, heftruckcertificaat, 4 km",
                    Met = { "Heftruckcertificaat", "VCA Basis (geldig tot 01-03-2031)" },
                    Missing = { "gewenst: Reachtruckcertificaat" },
                    DistanceKm = 4.2, HoursFit = "32 uur beschikbaar, vacature 24-32 uur", StepFit = "trede 5, vacature vraagt trede 5-6",
                    Contributions =
                    {
                        new ScoreContribution { Factor = "ervaring", Value = 0.8, Weight = 30, Points = 24, Reason = "3 jaar in logistiek" },
                        new ScoreContribution { Factor = "afstand", Value = 0.9, Weight = 15, Points = 13.5, Reason = "4.2 km" },
                    },
                },
            },
            new RankedCandidate
            {
                Rank = 2, CandidateRef = "OMM-000045", MunicipalityCode = "GM0175", Score = 61,
                Explanation = new Explanation { Summary = "Redelijke match", Missing = { "mist Reachtruckcertificaat" }, DistanceKm = 18 },
            },
        },
    };

    [Fact]
    public void Prints_eligible_count_and_ranker_version()
    {
        var text = RankingFormatter.Format(Response());
        Assert.Contains("Vacancy VAC-0001: 14 eligible candidates, showing 2", text);
        Assert.Contains("Ranker: transparent-v1, ranked at 2026-11-25 09:30:00 UTC", text);
    }

    [Fact]
    public void Prints_a_table_row_per_candidate_with_rank_ref_municipality_and_score()
    {
        var lines = RankingFormatter.Format(Response()).Split(Environment.NewLine);
        Assert.Contains(lines, l => l.Contains("Rank") && l.Contains("Candidate") && l.Contains("Municipality") && l.Contains("Score"));
        Assert.Contains(lines, l => l.TrimStart().StartsWith('1') && l.Contains("DAL-000123") && l.Contains("Dalfsen (GM0148)") && l.EndsWith("87.5"));
        Assert.Contains(lines, l => l.TrimStart().StartsWith('2') && l.Contains("OMM-000045") && l.Contains("Ommen (GM0175)") && l.EndsWith("61.0"));
    }

    [Fact]
    public void Explains_each_candidate_with_met_missing_and_fits()
    {
        var text = RankingFormatter.Format(Response());
        Assert.Contains("1. DAL-000123  score 87.5", text);
        Assert.Contains("Sterke match: ervaring als orderpicker", text);
        Assert.Contains("✓ VCA Basis (geldig tot 01-03-2031)", text);
        Assert.Contains("✗ gewenst: Reachtruckcertificaat", text);
        Assert.Contains("distance 4.2 km | hours: 32 uur beschikbaar, vacature 24-32 uur | step: trede 5, vacature vraagt trede 5-6", text);
        Assert.Contains("2. OMM-000045  score 61.0", text);
        Assert.Contains("✗ mist Reachtruckcertificaat", text);
        Assert.Contains("distance 18.0 km | hours: - | step: -", text);
    }

    [Fact]
    public void Shows_score_contributions_as_bars_with_points()
    {
        var text = RankingFormatter.Format(Response());
        Assert.Contains("ervaring  ████████░░   24.0/30  3 jaar in logistiek", text);
        Assert.Contains("afstand   █████████░   13.5/15  4.2 km", text);
    }

    [Theory]
    [InlineData(0, "░░░░░░░░░░")]
    [InlineData(0.55, "██████░░░░")]
    [InlineData(1, "██████████")]
    [InlineData(1.7, "██████████")]
    public void Bar_has_ten_blocks(double value, string expected) => Assert.Equal(expected, RankingFormatter.Bar(value));

    [Fact]
    public void Says_so_when_nobody_is_eligible()
    {
        var text = RankingFormatter.Format(new RankCandidatesResponse { VacancyId = "VAC-0009", RankerVersion = "transparent-v1" });
        Assert.Contains("0 eligible candidates", text);
        Assert.Contains("No candidate meets every requirement", text);
    }
}
