using Matching.Learning;
using Matching.Learning.Training;

namespace Matching.Learning.Tests;

public sealed class Promoting_a_model
{
    private static readonly LearningOptions Options = new() { MinVacancies = 50, MinLabelledPairs = 1000, PromotionMargin = 0.02 };
    private static readonly RankingMetrics Current = new(0.60, 0.65, 40, 1200);

    [Fact]
    public void Is_refused_with_too_few_vacancies_however_good_the_model()
    {
        var decision = PromotionGate.Decide(new RankingMetrics(0.9, 0.95, 10, 300), Current, labelledVacancies: 49, labelledPairs: 5000, Options);
        Assert.False(decision.Promote);
        Assert.Contains("too little data", decision.Reason);
    }

    [Fact]
    public void Is_refused_with_too_few_labelled_pairs() =>
        Assert.False(PromotionGate.Decide(new RankingMetrics(0.9, 0.95, 10, 300), Current, 200, 999, Options).Promote);

    [Fact]
    public void Is_refused_below_the_margin() =>
        Assert.False(PromotionGate.Decide(new RankingMetrics(0.62, 0.665, 40, 1200), Current, 200, 5000, Options).Promote);

    [Fact]
    public void Happens_when_the_model_beats_the_current_ranker_by_the_margin_on_enough_data() =>
        Assert.True(PromotionGate.Decide(new RankingMetrics(0.62, 0.675, 40, 1200), Current, 200, 5000, Options).Promote);
}
