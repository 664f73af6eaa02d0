using Matching.Domain.Occupations;

namespace Matching.Domain.UnitTests.Occupations;

/// <summary>How alike two occupations' tasks read in ESCO, and the weak relations it lifts to similar tasks.</summary>
public sealed class OccupationTaskLikenessTests
{
    private static readonly OccupationCatalogue Esco = OccupationCatalogue.Esco;
    private static readonly OccupationTaskLikeness Tasks = OccupationTaskLikeness.Load(Esco.Occupations);

    private static Occupation Named(string code) => Esco.Find(code)!;

    [Fact]
    public void Occupations_sharing_rare_task_words_read_alike_and_others_not()
    {
        var homeCareAndCareHelper = Tasks.Of(Named("5322.1"), Named("5321.1")); // thuiszorgmedewerker, zorghulp
        var butcherAndMeatOperator = Tasks.Of(Named("7511.1"), Named("8160.47")); // slager, operator bereid vlees
        var butcherAndBaker = Tasks.Of(Named("7511.1"), Named("7512.1")); // slager, bakker

        Assert.True(homeCareAndCareHelper >= OccupationCatalogue.MinTaskLikeness, $"{homeCareAndCareHelper}");
        Assert.True(butcherAndMeatOperator >= OccupationCatalogue.MinTaskLikeness, $"{butcherAndMeatOperator}");
        Assert.True(butcherAndBaker < OccupationCatalogue.MinTaskLikeness, $"{butcherAndBaker}");
        Assert.Equal(0, Tasks.Of(Named("5120.1"), Named("7115.1"))); // kok, timmerman: no word in common
    }

    [Fact]
    public void Likeness_is_symmetric_and_an_occupation_is_wholly_like_itself()
    {
        Assert.Equal(Tasks.Of(Named("5322.1"), Named("5321.1")), Tasks.Of(Named("5321.1"), Named("5322.1")), 12);
        Assert.Equal(1, Tasks.Of(Named("5321.1"), Named("5321.1")), 6);
    }

    [Fact]
    public void A_weak_relation_whose_tasks_read_alike_is_similar_tasks()
    {
        // Minor group 532 (care workers) and alike tasks; minor group 751 (food processing) and unlike tasks.
        Assert.Equal(OccupationRelation.SimilarTasks, Esco.Relate(Named("5321.1"), Named("5322.1")));
        Assert.Equal(OccupationRelation.SameMinorGroup, Esco.Relate(Named("7512.1"), Named("7511.1")));
        Assert.True(OccupationRelation.SimilarTasks.Weight() > OccupationRelation.SameMinorGroup.Weight());
    }

    [Fact]
    public void A_strong_relation_stays_what_it_is()
    {
        // Schoonmaker gebouwen and schoonmaker treinen read alike, but the same unit group (9112) is what they share.
        Assert.True(Tasks.Of(Named("9112.2"), Named("9112.6")) >= OccupationCatalogue.MinTaskLikeness);
        Assert.Equal(OccupationRelation.SameUnitGroup, Esco.Relate(Named("9112.2"), Named("9112.6")));
    }
}
