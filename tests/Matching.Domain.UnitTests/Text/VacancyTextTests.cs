using Matching.Domain.Common;
using Matching.Domain.Text;
using Matching.Domain.Vacancies;

namespace Matching.Domain.UnitTests.Text;

/// <summary>
/// What a vacancy is matched on by text, and the label words ESCO adds to a title, on occupations outside the judged
/// set (eval/): press officers, hairdressers, caretakers.
/// </summary>
public sealed class VacancyTextTests
{
    private static Vacancy Titled(string title) => Builders.Vacancy() with
    {
        Title = title,
        Description = "Contact met de pers.",
        Branche = Branche.Administratie,
    };

    [Fact]
    public void A_vacancy_titled_with_its_occupations_label_names_it_once()
    {
        Assert.Equal("Woordvoerder Contact met de pers. Administratie", VacancyText.Of(Titled("Woordvoerder")));
    }

    [Fact]
    public void A_label_inside_a_longer_title_adds_nothing()
    {
        Assert.Equal("Ervaren woordvoerder m/v Contact met de pers. Administratie", VacancyText.Of(Titled("Ervaren woordvoerder m/v")));
    }

    [Fact]
    public void A_vacancy_titled_with_a_synonym_gets_the_occupations_label()
    {
        Assert.Equal("Kapster Contact met de pers. Administratie kapper", VacancyText.Of(Titled("Kapster")));
    }

    [Fact]
    public void Label_words_beyond_a_text_are_those_it_lacks_each_once()
    {
        Assert.Equal("", LabelWords.Beyond("Woordvoerder", ["woordvoerder"]));
        Assert.Equal("communicatiemanager woordvoerder", LabelWords.Beyond("persvoorlichter", ["communicatiemanager", "woordvoerder"]));
        Assert.Equal("gebouwen", LabelWords.Beyond("Monteur elektrische installaties",
            ["monteur elektrische installaties gebouwen", "monteur elektrische installaties"]));
        Assert.Equal("conciërge", LabelWords.Beyond(null, ["conciërge"]));
    }
}
