using Matching.Domain.Scoring;

namespace Matching.Domain.UnitTests.Scoring;

public sealed class CareLevelsTests
{
    [Theory]
    [InlineData("Zorghulp niveau 1 verpleeghuis Wezep (12-20 uur)", 1)]
    [InlineData("Assistent Dienstverlening en Zorg (AKA) in woonzorgcentrum", 1)]
    [InlineData("Helpende Zorg & Welzijn niveau 2 (m/v) – verpleeghuis Zwolle-Zuid", 2)]
    [InlineData("helpster verpleeghuis De Weyert", 2)]
    [InlineData("Altenpflegehelferin", 2)]
    [InlineData("Verzorgende IG woonzorgcentrum Kampen", 3)]
    [InlineData("Zorgkundige (woonzorgcentrum Roeselare)", 3)]
    [InlineData("EVV'er psychogeriatrie", 3)]
    [InlineData("Medewerker zorg niv. 3", 3)]
    [InlineData("Verpleegkundige interne afdeling", 4)]
    [InlineData("Assistent-verpleegkundige chirurgie", 3)] // a nurse's assistant works a level below the nurse
    [InlineData("BBL-leerling verzorgende IG", 2)] // not yet a verzorgende
    public void A_title_names_its_care_level(string title, int level) => Assert.Equal(level, CareLevels.Of(title));

    [Theory]
    [InlineData("Medewerker thuiszorg (Carinova)")]
    [InlineData("Helpende / verzorgende IG invalpool")] // two levels: no judgement
    [InlineData("Nachtwacht gehandicaptenzorg")]
    [InlineData("")]
    public void A_title_without_one_level_names_none(string title) => Assert.Null(CareLevels.Of(title));
}
