using Matching.Domain.Scoring;
using Matching.Learning.Models;
using Matching.Learning.Training;

namespace Matching.Eval;

/// <summary>
/// A learned ranker trained on the hand grades of the development sets (<c>make eval EVAL_ARGS=--learn</c>): LightGBM
/// LambdaRank over <see cref="FeatureVector"/>, the product's own trainer (<see cref="RankingTrainer"/>), on each
/// development vacancy's ranked window with the grades as labels. A development set is ranked by the model trained on
/// the others (leave one set out), every other set by the model trained on all of them, so no set is ranked by a model
/// that saw its grades. It is a measurement, never promoted: the product's models learn from outcomes.
/// </summary>
public sealed class JudgedSetLearning
{
    /// <summary>The sets whose per-vacancy detail is read (eval/README.md): the only grades a model may learn from.</summary>
    public static readonly string[] DevelopmentSets =
    [
        "eval", "eval/holdout", "eval/sixth", "eval/seventh", "eval/eighth", "eval/tenth", "eval/fourteenth", "eval/sixteenth",
        "eval/nineteenth", "eval/twentyfifth", "eval/thirtythird", "eval/thirtysixth", "eval/thirtyseventh", "eval/fortysecond", "eval/fortythird", "eval/fortyseventh",
        "eval/fortyeighth", "eval/fiftysixth", "eval/fiftyeighth", "eval/sixtysecond", "eval/seventyeighth", "eval/eightyfirst", "eval/eightysecond", "eval/eightysixth",
        "eval/eightyeighth", "eval/ninetieth", "eval/ninetyfirst", "eval/ninetythird", "eval/ninetyfifth", "eval/ninetysixth",
        "eval/ninetyseventh", "eval/ninetyninth", "eval/hundredfirst", "eval/hundredsecond", "eval/hundredfifth", "eval/hundredninth", "eval/hundredtwelfth", "eval/hundredthirteenth", "eval/hundredfourteenth",
        "eval/hundredfifteenth", "eval/hundredsixteenth", "eval/hundredseventeenth", "eval/hundredeighteenth", "eval/hundredtwentythird", "eval/hundredtwentyfourth",
        "eval/hundredtwentyseventh", "eval/hundredtwentyeighth", "eval/hundredthirtyfirst", "eval/hundredthirtysecond", "eval/hundredthirtyfifth", "eval/hundredthirtysixth",
        "eval/hundredthirtyninth", "eval/hundredfortieth", "eval/hundredfortyfirst", "eval/hundredfortysecond", "eval/hundredfortythird", "eval/hundredfortyfourth", "eval/hundredfortyfifth",
        "eval/hundredfortysixth", "eval/hundredfortyseventh", "eval/hundredfortyeighth", "eval/hundredfortyninth", "eval/hundredfiftieth", "eval/hundredfiftyfirst",
        "eval/hundredfiftysecond", "eval/hundredfiftythird", "eval/hundredfiftyfourth", "eval/hundredfiftyfifth", "eval/hundredfiftysixth",
        "eval/hundredfiftyseventh", "eval/hundredfiftyeighth", "eval/hundredfiftyninth", "eval/hundredsixtieth", "eval/hundredsixtyfirst", "eval/hundredsixtysecond",
        "eval/hundredsixtythird", "eval/hundredsixtyfourth", "eval/hundredsixtyfifth", "eval/hundredsixtysixth", "eval/hundredsixtyseventh",
        "eval/hundredsixtyeighth", "eval/hundredsixtyninth", "eval/hundredseventieth", "eval/hundredseventyfirst", "eval/hundredseventysecond", "eval/hundredseventythird", "eval/hundredseventyfourth", "eval/hundredseventyfifth", "eval/hundredseventysixth", "eval/hundredseventyseventh", "eval/hundredseventyeighth", "eval/hundredseventyninth", "eval/hundredeightieth", "eval/hundredeightyfirst", "eval/hundredeightysecond", "eval/hundredeightythird", "eval/hundredeightyfourth", "eval/hundredeightyfifth", "eval/hundredeightysixth", "eval/hundredeightyseventh", "eval/hundredeightyeighth", "eval/hundredeightyninth", "eval/hundredninetieth", "eval/hundredninetyfirst", "eval/hundredninetysecond", "eval/hundredninetythird", "eval/hundredninetyfourth", "eval/hundredninetyfifth", "eval/hundredninetysixth", "eval/hundredninetyseventh", "eval/hundredninetyeighth", "eval/hundredninetyninth", "eval/twohundredth", "eval/twohundredfirst", "eval/twohundredsecond", "eval/twohundredthird", "eval/twohundredfourth", "eval/twohundredfifth", "eval/twohundredsixth", "eval/twohundredseventh", "eval/twohundredeighth", "eval/twohundredninth", "eval/twohundredtenth", "eval/twohundredeleventh", "eval/twohundredtwelfth", "eval/twohundredthirteenth", "eval/twohundredfourteenth", "eval/twohundredfifteenth", "eval/twohundredsixteenth", "eval/twohundredseventeenth", "eval/twohundredeighteenth", "eval/twohundrednineteenth", "eval/twohundredtwentieth", "eval/twohundredtwentyfirst", "eval/twohundredtwentysecond", "eval/twohundredtwentythird", "eval/twohundredtwentyfourth", "eval/twohundredtwentyfifth", "eval/twohundredtwentysixth", "eval/twohundredtwentyseventh", "eval/twohundredtwentyeighth", "eval/twohundredtwentyninth", "eval/twohundredthirtieth", "eval/twohundredthirtyfirst", "eval/twohundredthirtysecond", "eval/twohundredthirtythird", "eval/twohundredthirtyfourth", "eval/twohundredthirtyfifth", "eval/twohundredthirtysixth", "eval/twohundredthirtyseventh", "eval/twohundredthirtyeighth", "eval/twohundredthirtyninth", "eval/twohundredfortieth", "eval/twohundredfortyfirst", "eval/twohundredfortysecond", "eval/twohundredfortythird", "eval/twohundredfortyfourth", "eval/twohundredfortyfifth", "eval/twohundredfortysixth", "eval/twohundredfortyseventh", "eval/twohundredfortyeighth", "eval/twohundredfortyninth", "eval/twohundredfiftieth", "eval/twohundredfiftyfirst", "eval/twohundredfiftysecond", "eval/twohundredfiftythird", "eval/twohundredfiftyfourth", "eval/twohundredfiftyninth", "eval/twohundredsixtieth", "eval/twohundredsixtyninth", "eval/twohundredseventieth", "eval/twohundredseventyfirst", "eval/twohundredseventysecond", "eval/twohundredseventyseventh", "eval/twohundredseventyeighth", "eval/twohundredeightythird", "eval/twohundredeightyfourth", "eval/twohundredeightyninth", "eval/twohundredninetieth", "eval/twohundredninetyfifth", "eval/twohundredninetysixth", "eval/threehundredthird", "eval/threehundredfourth", "eval/threehundredeleventh", "eval/threehundredtwelfth", "eval/threehundredtwentythird", "eval/threehundredtwentyfourth", "eval/threehundredtwentyfifth", "eval/threehundredtwentysixth", "eval/threehundredtwentyseventh", "eval/threehundredtwentyeighth", "eval/threehundredthirtythird", "eval/threehundredthirtyfourth", "eval/threehundredthirtyfifth", "eval/threehundredthirtysixth", "eval/threehundredfortyfirst", "eval/threehundredfortysecond", "eval/threehundredfortythird", "eval/threehundredfortyfourth", "eval/threehundredfortysixth", "eval/threehundredfortyeighth", "eval/threehundredfortyninth", "eval/threehundredfiftyfirst", "eval/threehundredfiftyfourth", "eval/threehundredfiftysixth", "eval/threehundredfiftyeighth", "eval/threehundredsixtieth", "eval/threehundredsixtysecond", "eval/threehundredsixtyfourth", "eval/threehundredsixtysixth", "eval/threehundredsixtyeighth", "eval/threehundredseventieth", "eval/threehundredseventysecond", "eval/threehundredseventyfourth", "eval/threehundredseventysixth", "eval/threehundredseventyeighth", "eval/threehundredeightieth", "eval/threehundredeightysecond", "eval/threehundredeightyfourth", "eval/threehundredeightysixth", "eval/threehundredeightyeighth", "eval/threehundredninetieth", "eval/threehundredninetysecond", "eval/threehundredninetyfourth", "eval/threehundredninetysixth", "eval/threehundredninetyeighth", "eval/fourhundredth", "eval/fourhundredsecond", "eval/fourhundredfourth", "eval/fourhundredsixth", "eval/fourhundredeighth", "eval/fourhundredtenth", "eval/fourhundredtwelfth", "eval/fourhundredfourteenth", "eval/fourhundredsixteenth", "eval/fourhundredeighteenth", "eval/fourhundredtwentieth", "eval/fourhundredtwentysecond", "eval/fourhundredtwentyfourth", "eval/fourhundredtwentysixth", "eval/fourhundredtwentyeighth", "eval/fourhundredthirtieth", "eval/fourhundredthirtysecond", "eval/fourhundredthirtyfourth", "eval/fourhundredthirtysixth", "eval/fourhundredthirtyeighth", "eval/fourhundredfortieth", "eval/fourhundredfortysecond", "eval/fourhundredfortyfourth", "eval/fourhundredfortysixth", "eval/fourhundredfortyeighth", "eval/fourhundredfiftieth", "eval/fourhundredfiftysecond", "eval/fourhundredfiftyfourth", "eval/fourhundredfiftysixth", "eval/fourhundredfiftyeighth", "eval/fourhundredsixtieth", "eval/fourhundredsixtysecond", "eval/fourhundredsixtyfourth", "eval/fourhundredsixtysixth", "eval/fourhundredsixtyeighth", "eval/fourhundredseventieth", "eval/fourhundredseventysecond", "eval/fourhundredseventyfourth", "eval/fourhundredseventysixth", "eval/fourhundredseventyeighth", "eval/fourhundredeightieth", "eval/fourhundredeightysecond", "eval/fourhundredeightyfourth", "eval/fourhundredeightysixth", "eval/fourhundredeightyeighth", "eval/fourhundredninetieth", "eval/fourhundredninetysecond", "eval/fourhundredninetyfourth", "eval/fourhundredninetysixth", "eval/fourhundredninetyeighth", "eval/fivehundredth", "eval/fivehundredsecond", "eval/fivehundredfourth", "eval/fivehundredsixth", "eval/fivehundredeighth", "eval/fivehundredtenth", "eval/fivehundredtwelfth", "eval/fivehundredfourteenth", "eval/fivehundredsixteenth", "eval/fivehundredeighteenth", "eval/fivehundredtwentieth", "eval/fivehundredtwentysecond", "eval/fivehundredtwentyfourth", "eval/fivehundredtwentysixth", "eval/fivehundredtwentyeighth", "eval/fivehundredthirtieth", "eval/fivehundredthirtysecond", "eval/fivehundredthirtyfourth", "eval/fivehundredthirtysixth", "eval/fivehundredthirtyeighth", "eval/fivehundredfortieth", "eval/fivehundredfortysecond", "eval/fivehundredfortyfourth", "eval/fivehundredfortysixth", "eval/fivehundredfortyeighth", "eval/fivehundredfiftieth", "eval/fivehundredfiftysecond",
    ];

    private const RankingTrainerKind Trainer = RankingTrainerKind.LightGbm;
    private const int Seed = 1;

    private readonly Dictionary<string, List<TrainingExample>> _examples;
    private readonly Dictionary<string, LearnedModel> _models = new(StringComparer.Ordinal);

    private JudgedSetLearning(Dictionary<string, List<TrainingExample>> examples) => _examples = examples;

    public static async Task<JudgedSetLearning> CollectAsync()
    {
        var examples = new Dictionary<string, List<TrainingExample>>(StringComparer.Ordinal);
        foreach (var folder in DevelopmentSets)
            examples[folder] = await ExamplesOfAsync(folder);
        return new JudgedSetLearning(examples);
    }

    /// <summary>The ranker for <paramref name="folder"/>: trained without that set's grades.</summary>
    public LearnedRanker RankerFor(string folder)
    {
        var left = DevelopmentSets.Contains(folder, StringComparer.Ordinal) ? folder : "";
        if (!_models.TryGetValue(left, out var model))
        {
            var train = _examples.Where(e => e.Key != left).SelectMany(e => e.Value).ToList();
            _models[left] = model = RankingTrainer.Train(train, Trainer, Seed);
        }
        var none = new Matching.Learning.Training.RankingMetrics(0, 0, 0, 0);
        var metadata = new ModelMetadata(Name(folder), Trainer, JudgedSet.Now, FeatureVector.SchemaVersion, FeatureVector.Names,
            none, TransparentScorer.RankerVersion, none, 0, 0, SyntheticData: false, Promoted: false, "a measurement on hand grades, never promoted");
        return new LearnedRanker(model, metadata, new TransparentScorer(), null);
    }

    public static string Name(string folder) =>
        DevelopmentSets.Contains(folder, StringComparer.Ordinal) ? "lambdarank-graded (other dev sets)" : $"lambdarank-graded ({DevelopmentSets.Length} dev sets)";

    /// <summary>Every candidate of every vacancy of a set with its features and grade (the window of the transparent ranking: all of them).</summary>
    private static async Task<List<TrainingExample>> ExamplesOfAsync(string folder)
    {
        var set = JudgedSet.Load(folder);
        using var index = await JudgedSetIndex.OpenAsync(set);
        var ranking = index.RankingWith(new TransparentScorer());
        var examples = new List<TrainingExample>();
        foreach (var vacancy in set.Vacancies)
        {
            var result = await JudgedSetIndex.RankAsync(ranking, vacancy, set.Candidates.Count);
            examples.AddRange(result.Ranked.Select((c, rank) => new TrainingExample(folder + "/" + vacancy.Id, c.Candidate.Reference, c.Features,
                set.GradeOf(vacancy.Id, c.Candidate.Reference), rank + 1)));
        }
        return examples;
    }
}
