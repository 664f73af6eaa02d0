using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using static Matching.Domain.UnitTests.Builders;

namespace Matching.Domain.UnitTests.Occupations;

public sealed class LearningPlaceTests
{
    [Theory]
    [InlineData("Leerling-kok BBL niveau 2 / commis de cuisine – restaurant aan de IJssel, Kampen")]
    [InlineData("Leerling automonteur BBL niveau 2 - werken en leren - Kampen")]
    [InlineData("Treinmachinist in opleiding (m/v) - standplaats Zwolle, 36 uur")]
    [InlineData("Opleiding tot installateur (loodgieter/cv) - leerwerkplek Meppel")]
    [InlineData("Leerling machinebouwer / mechanisch monteur (m/v) - Staphorst, 40 uur")] // the learner word heads both jobs
    [InlineData("Verkoper / kassamedewerker (BBL)")] // said of the whole title
    [InlineData("Aankomend procesoperator")]
    public void A_title_that_offers_a_place_to_learn_the_work_is_a_learning_place(string title) =>
        Assert.True(LearningPlace.TitleSays(title));

    [Theory]
    [InlineData("Kok (m/v) - restaurant Zwolle, 38 uur")]
    [InlineData("Chauffeur leerlingenvervoer (m/v), parttime, Kampen")] // pupils' transport
    [InlineData("Administratief medewerker leerlingenadministratie (32 uur) – VO school Zwolle")]
    [InlineData("Steigerbouwer gezocht! (m/v) - ook als leerling, 40 uur")] // the experienced are welcome too
    [InlineData("Timmerman bouw (leerwerkplek mogelijk) – Wezep")]
    [InlineData("Rietdekker / leerling rietdekker (m/v) - Dalfsen, 40 uur")] // the trade itself or its learner
    [InlineData("Medewerker opleidingen en cursussen")]
    public void A_title_that_asks_the_trade_or_welcomes_the_experienced_is_no_learning_place(string title) =>
        Assert.False(LearningPlace.TitleSays(title));

    [Theory]
    [InlineData("leerling-kok BBL bij Fletcher Hotel", true)]
    [InlineData("Stagiair installatietechniek (mbo niveau 2)", true)]
    [InlineData("stage kok restaurant (Deltion College)", true)]
    [InlineData("hulpkok", true)]
    [InlineData("Hulp loodgieter / leerling bij loodgietersbedrijf", true)]
    [InlineData("commis de cuisine", true)]
    [InlineData("zelfstandig werkend kok", false)]
    [InlineData("hulpverlener", false)] // a social worker
    [InlineData("huishoudelijke hulp", false)]
    [InlineData("begeleider leerlingenvervoer", false)]
    public void An_experience_names_a_learner_by_its_learner_intern_or_helper_word(string occupation, bool learner) =>
        Assert.Equal(learner, LearningPlace.NamesALearner(occupation));

    private static CandidateProfile Cook(string occupation, double years) =>
        WithExperience(new WorkExperience(Branche.Horeca, occupation, years, null, null));

    [Fact]
    public void On_a_learning_place_a_learner_fits_better_than_a_long_experienced_cook_and_on_a_cook_s_vacancy_worse()
    {
        var learner = Cook("leerling-kok BBL", 1.5);
        var experienced = Cook("kok", 8);
        var place = Vacancy() with { Title = "Leerling-kok BBL niveau 2" };
        var job = Vacancy() with { Title = "Kok" };

        Assert.True(OccupationFit.For(place, learner, Today).Value > OccupationFit.For(place, experienced, Today).Value);
        Assert.True(OccupationFit.For(job, experienced, Today).Value > OccupationFit.For(job, learner, Today).Value);
    }

    [Fact]
    public void A_vacancy_entered_as_a_leerwerkplek_is_a_learning_place_whatever_its_title()
    {
        var place = Vacancy(kind: VacancyKind.Leerwerkplek) with { Title = "Kok" };

        Assert.True(LearningPlace.Is(place));
        Assert.True(OccupationFit.For(place, Cook("kok", 1), Today).Value > OccupationFit.For(place, Cook("kok", 8), Today).Value);
    }

    [Fact]
    public void An_intern_s_years_count_fully_on_a_learning_place()
    {
        var intern = Cook("stagiair keuken", 1);
        var onPlace = OccupationFit.For(Vacancy() with { Title = "Leerling kok BBL" }, intern, Today);
        var onJob = OccupationFit.For(Vacancy() with { Title = "Kok" }, intern, Today);

        Assert.Equal(onPlace.Relation, onJob.Relation);
        Assert.True(onPlace.Value > onJob.Value);
    }

    [Fact]
    public void The_explanation_says_how_a_learning_place_counted_the_experience()
    {
        Assert.Contains("leerwerkplek: telt als beginner", OccupationReason("Leerling kok BBL", Cook("leerling kok", 1)));
        Assert.Contains("leerwerkplek: telt minder, ervaren vakkracht", OccupationReason("Leerling kok BBL", Cook("kok", 8)));
        Assert.DoesNotContain("leerwerkplek", OccupationReason("Kok", Cook("kok", 8)));
    }
}
