using Matching.Learning.Synthetic;
using Matching.Learning.Training;
using Matching.DemoData;

namespace Matching.Learning.Tests;

/// <summary>One small synthetic history (160 vacancies over 700 demo candidates), generated once for the test class.</summary>
public sealed class SyntheticWorld
{
    public SyntheticWorld()
    {
        var generator = new DemoDataGenerator(11);
        History = new SyntheticHistoryGenerator(11).Generate(DemoProfiles.Vacancies(generator, 160), DemoProfiles.Candidates(generator, 700), generator.ReferenceDate);
        Examples = TrainingSetBuilder.Build(History.Impressions, History.Outcomes);
    }

    public SyntheticHistory History { get; }

    public IReadOnlyList<TrainingExample> Examples { get; }
}
