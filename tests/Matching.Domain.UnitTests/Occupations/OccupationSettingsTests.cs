using Matching.Domain.Occupations;

namespace Matching.Domain.UnitTests.Occupations;

/// <summary>The settings of one ESCO occupation a netwerker tells apart (Occupations/Data/occupation-settings-nl.tsv).</summary>
public sealed class OccupationSettingsTests
{
    private static readonly OccupationCatalogue Catalogue = OccupationCatalogue.Esco;
    private static readonly Occupation Conciërge = Catalogue.Occupations.Single(o => o.PreferredLabel == "conciërge");
    private static readonly Occupation Tuinbouwmedewerker = Catalogue.Occupations.Single(o => o.PreferredLabel == "tuinbouwmedewerker");

    [Theory]
    [InlineData("Conciërge basisschool", "huismeester woningcorporatie")]
    [InlineData("Conciërge middelbare school", "beheerder sporthal")]
    [InlineData("Medewerker facilitaire dienst", "schoolconciërge")]
    [InlineData("Huismeester (m/v) 36 uur", "beheerder dorpshuis")]
    [InlineData("Conciërge basisschool", "Concierge / front office hotel Amsterdam")]
    public void Two_settings_of_the_conciërge_differ(string title, string held) =>
        Assert.True(Catalogue.Settings.Differ(Conciërge, title, held));

    [Theory]
    [InlineData("Conciërge (m/v) 24 uur", "huismeester woningcorporatie")] // the title names no setting
    [InlineData("Conciërge basisschool", "conciërge")] // the text names none
    [InlineData("Conciërge basisschool", "concierge scholengemeenschap")] // both a school
    [InlineData("Conciërge / facilitair medewerker scholengemeenschap", "facilitair medewerker kantoor")] // one setting in common
    public void A_setting_named_on_one_side_only_or_on_both_does_not_differ(string title, string held) =>
        Assert.False(Catalogue.Settings.Differ(Conciërge, title, held));

    [Theory]
    [InlineData("9629.2", "Havenmeester / medewerker jachthaven (seizoen)", "medewerker bowling & bar", "medewerker watersportcentrum")] // a marina, a bowling centre
    [InlineData("9112.4", "Medewerker beddencentrale 32 uur Zwolle", "Facilitair medewerker woonzorgcentrum", "bedden- en matrassenreiniger ziekenhuis")] // a hospital's bed centre, a care home
    public void A_setting_of_its_own_differs_from_another_setting_and_not_from_itself(string code, string title, string otherSetting, string sameSetting)
    {
        var occupation = Catalogue.Occupations.Single(o => o.Code == code);
        Assert.True(Catalogue.Settings.Differ(occupation, title, otherSetting));
        Assert.False(Catalogue.Settings.Differ(occupation, title, sameSetting));
    }

    [Fact]
    public void A_greenhouse_and_a_tree_nursery_differ_by_the_start_or_end_of_a_compound()
    {
        Assert.True(Catalogue.Settings.Differ(Tuinbouwmedewerker, "Kasmedewerker tomaten", "medewerker laanbomenkwekerij"));
        Assert.False(Catalogue.Settings.Differ(Tuinbouwmedewerker, "Medewerker glastuinbouw", "kassenmedewerker paprika"));
    }

    [Fact]
    public void A_fashion_shop_a_diy_store_and_a_garden_centre_differ_for_a_seller()
    {
        var verkoopmedewerker = Catalogue.Occupations.Single(o => o.Code == "5223.4");
        Assert.True(Catalogue.Settings.Differ(verkoopmedewerker, "Verkoopmedewerker mode (parttime)", "Verkoopmedewerker bouwmarkt"));
        Assert.True(Catalogue.Settings.Differ(verkoopmedewerker, "Verkoopmedewerker bouwmarkt", "verkoopmedewerker tuincentrum"));
        Assert.False(Catalogue.Settings.Differ(verkoopmedewerker, "Verkoopmedewerker modezaak", "verkoopmedewerker kledingwinkel"));
        Assert.False(Catalogue.Settings.Differ(verkoopmedewerker, "Verkoopmedewerker bouwmarkt", "Verkoopmedewerker HEMA")); // a store of every kind names none
    }

    [Theory]
    // ESCO's one verkoopspecialist tuinartikelen holds the florist and the garden centre's plant seller (stop 69).
    [InlineData("Bloembinder (m/v) 32-38 uur", "Medewerker plantenafdeling tuincentrum", true, true)]
    [InlineData("Hulp bloemenwinkel", "Eerste medewerker bloemenafdeling AH", true, true)]
    [InlineData("Bloemist 24 uur per week", "winkelmedewerkster bloemenzaak", false, false)]
    [InlineData("Hulp bloemenwinkel", "Verkoper bloemenmarkt", false, false)] // the stall names no setting: not apart from a florist
    public void A_florists_shop_and_a_garden_centres_plant_department_are_apart(string title, string held, bool differ, bool apart)
    {
        var verkoopspecialist = Catalogue.Occupations.Single(o => o.Code == "5223.7.18");
        Assert.Equal(differ, Catalogue.Settings.Differ(verkoopspecialist, title, held));
        var relation = Catalogue.Settings.RelationOf(verkoopspecialist, Catalogue.Settings.Named(verkoopspecialist, title), Catalogue.Settings.Named(verkoopspecialist, held));
        Assert.Equal(apart ? OccupationRelation.OtherSettingApart : null, relation);
    }

    [Theory]
    // ESCO files the motorcycle mechanic as a fietsenmaker, the scan operator as an archiefmedewerker, the group-class
    // instructor as a fitnessinstructeur and the sweeper driver as a straatveger; each crop's picker is one plukker (stop 70).
    [InlineData("7234.1", "Motormonteur (m/v) fulltime - Amersfoort", "Fietsenmaker", OccupationRelation.OtherSettingApart)]
    [InlineData("7234.1", "Motormonteur (m/v) fulltime - Amersfoort", "Scootermonteur", OccupationRelation.OtherSettingApart)]
    [InlineData("7234.1", "Fietstechnicus e-bikes", "Scootermonteur", OccupationRelation.OtherSetting)] // scooters lie between: another setting, not other work
    [InlineData("7234.1", "Motormonteur", "Motorfietstechnicus", null)] // both motorcycles
    [InlineData("4415.1", "Scanmedewerker documentdigitalisering", "Archiefmedewerker dossierbeheer", OccupationRelation.OtherSetting)] // records work names no setting
    [InlineData("3423.2", "Groepslesinstructeur spinning, bootcamp en zumba", "Fitnessinstructeur", OccupationRelation.OtherSetting)]
    [InlineData("9613.1", "Chauffeur veegwagen", "Medewerker zwerfafval", OccupationRelation.OtherSetting)]
    [InlineData("9211.1", "Prei-oogster buitenteelt", "Aardbeienplukster", OccupationRelation.OtherSettingApart)]
    [InlineData("9211.1", "Prei-oogster buitenteelt", "Koolsnijder bij Gebr. Janssen", null)] // both field vegetables
    // ESCO's bestrijder ongedierte holds the water board's muskrat catcher, the mole catcher and the container gasser (stop 72).
    [InlineData("7544.1", "Muskusrattenvanger Waterschap Brabantse Delta", "Mollenvanger", OccupationRelation.OtherSettingApart)]
    [InlineData("7544.1", "Muskusrattenvanger Waterschap Brabantse Delta", "Ongediertebestrijder", OccupationRelation.OtherSetting)]
    [InlineData("7544.1", "Wespenbestrijder seizoen", "Begassingsmedewerker containers", OccupationRelation.OtherSettingApart)]
    [InlineData("7544.1", "Wespenbestrijder seizoen", "Ongediertebestrijder", null)] // wasp nests are not work apart
    [InlineData("7544.1", "Muskusrattenvanger", "rattenvanger waterschap", null)] // both the water board's
    // ESCO's bosbouwer holds the nature-management worker of heath, reed and invasive shrubs beside the forest worker (stop 72).
    [InlineData("9215.1", "Medewerker natuurbeheer heide en bos", "Bosarbeider", OccupationRelation.OtherSetting)]
    [InlineData("9215.1", "Rietsnijder seizoenswerk", "Exotenbestrijder", null)] // both nature management
    // ESCO's kok holds the sushi counter and the dim sum kitchen beside the wok and other kitchens (stop 72).
    [InlineData("5120.1", "Sushikok – Japans restaurant (24-38 uur)", "Wokkok", OccupationRelation.OtherSettingApart)]
    [InlineData("5120.1", "Dim sum kok / dumplingmaker", "Leerling-kok", OccupationRelation.OtherSetting)]
    [InlineData("5120.1", "Wokkok (m/v) 32-40 uur", "Kok Thais restaurant", null)] // a wok kitchen is not work apart
    public void Work_ESCO_files_as_one_occupation_is_told_apart_by_its_setting(string code, string title, string held, OccupationRelation? relation)
    {
        var occupation = Catalogue.Occupations.Single(o => o.Code == code);
        Assert.Equal(relation, Catalogue.Settings.RelationOf(occupation, Catalogue.Settings.Named(occupation, title), Catalogue.Settings.Named(occupation, held)));
    }

    [Fact]
    public void Activities_in_care_differ_from_animation_on_a_campsite()
    {
        var recreatiebegeleider = Catalogue.Occupations.Single(o => o.PreferredLabel == "recreatiebegeleider");
        Assert.True(Catalogue.Settings.Differ(recreatiebegeleider, "Activiteitenbegeleider verpleeghuis", "animatiemedewerker camping"));
        Assert.False(Catalogue.Settings.Differ(recreatiebegeleider, "Activiteitenbegeleider dagbesteding ouderen", "activity coordinator care home"));
    }

    [Theory]
    // Day care, out-of-school care and lunchtime supervision at school: one ESCO occupation, three settings.
    [InlineData("medewerker kinderdagverblijf", "Pedagogisch medewerker kinderdagverblijf", "Overblijfmoeder basisschool", true)]
    [InlineData("medewerker kinderdagverblijf", "BSO-medewerker Dalfsen", "Opiekunka w żłobku", true)]
    [InlineData("medewerker kinderdagverblijf", "Pedagogisch medewerker peuteropvang", "leidster peuterspeelzaal", false)]
    // Livestock named in Polish or German is a setting too.
    [InlineData("medewerker veeteelt", "Medewerker pluimveebedrijf / vleeskuikenhouderij", "pracownik fermy bydła mlecznego (Polska)", true)]
    [InlineData("medewerker veeteelt", "Medewerker pluimveebedrijf", "pracownik fermy drobiu (Polska)", false)]
    [InlineData("medewerker veeteelt", "Medewerker varkenshouderij", "Tierwirt Milchvieh", true)]
    // So are crops and nurseries picked or grown abroad.
    [InlineData("plukker", "Champignonplukker / plukster", "Zbieracz owoców", true)]
    [InlineData("plukker", "Champignonplukker", "Zbieracz pieczarek", false)]
    [InlineData("plukker", "Fruitplukker appels en peren", "Culegător de fructe", false)]
    [InlineData("tuinbouwmedewerker", "Medewerker boomkwekerij", "Muncitor în seră (roșii)", true)]
    [InlineData("tuinbouwmedewerker", "Medewerker boomkwekerij", "Baumschulgärtner", false)]
    // The dishwasher and the cook's helper: one ESCO keukenhulp.
    [InlineData("keukenhulp", "Hulpkok (32 uur) – brasserie", "Afwasser", true)]
    [InlineData("keukenhulp", "Afwasser / medewerker spoelkeuken", "Spüler (Hotelrestaurant)", false)]
    [InlineData("keukenhulp", "Keukenhulp gezocht", "Afwasser", false)] // a title naming no setting
    public void Settings_of_childcare_livestock_crops_and_kitchens(string occupation, string title, string held, bool differ) =>
        Assert.Equal(differ, Catalogue.Settings.Differ(Catalogue.Occupations.Single(o => o.PreferredLabel == occupation), title, held));

    [Fact]
    public void An_occupation_without_settings_never_differs()
    {
        var lasser = Catalogue.Occupations.Single(o => o.PreferredLabel == "lasser");
        Assert.False(Catalogue.Settings.Has(lasser));
        Assert.False(Catalogue.Settings.Differ(lasser, "Lasser basisschool", "lasser woningcorporatie"));
    }

    [Theory]
    [InlineData("5223.6", "Medewerker tuincentrum m/v - Dalfsen", "medewerker Wijzonol-winkel", true)] // winkelmedewerker
    [InlineData("5223.6", "Verkoper fietsenwinkel (e-bikes) Kampen", "Medewerker kaasafdeling supermarkt", true)]
    [InlineData("5223.6", "Medewerker AGF supermarkt (groente & fruit)", "Medewerker kaasafdeling supermarkt", false)] // one supermarket
    [InlineData("8322.2", "Medisch koerier – laboratoriumvervoer", "Runner Picnic", true)] // auto- en bestelwagenkoerier
    [InlineData("8322.2", "Pakketbezorger bestelbus", "Chauffeur boodschappenbezorging supermarkt online", true)]
    [InlineData("8322.2", "Medisch koerier – laboratoriumvervoer", "Koerierster (zzp)", false)] // the text names no round
    [InlineData("9333.8", "Medewerker retourverwerking webshop", "Medewerker sorteercentrum", true)] // magazijnmedewerker
    [InlineData("9333.8", "Medewerker retourverwerking webshop", "Magazijnmedewerker", false)]
    public void The_shop_assistant_s_shops_the_courier_s_rounds_and_the_warehouse_s_sorting_and_returns_are_settings(
        string code, string title, string held, bool differ) =>
        Assert.Equal(differ, Catalogue.Settings.Differ(Catalogue.Occupations.Single(o => o.Code == code), title, held));

    [Fact]
    public void Children_s_work_is_apart_from_plain_youth_work()
    {
        var jeugdwelzijnswerker = Catalogue.Occupations.Single(o => o.PreferredLabel == "jeugdwelzijnswerker");
        var kinderwerk = Catalogue.Settings.Named(jeugdwelzijnswerker, "Medewerker kinderwerk / speeltuinwerk – Meppel");
        var jongerenwerk = Catalogue.Settings.Named(jeugdwelzijnswerker, "jongerenwerker");
        Assert.True(Catalogue.Settings.ApartFromPlain(jeugdwelzijnswerker, kinderwerk, jongerenwerk));
        Assert.True(Catalogue.Settings.ApartFromPlain(jeugdwelzijnswerker, jongerenwerk, Catalogue.Settings.Named(jeugdwelzijnswerker, "kinderwerker (speeltuinvereniging)")));
        Assert.False(Catalogue.Settings.ApartFromPlain(jeugdwelzijnswerker, kinderwerk, Catalogue.Settings.Named(jeugdwelzijnswerker, "kinderwerker")));
    }

    [Theory]
    [InlineData("Drager uitvaarten op oproepbasis - Kampen e.o.", "medewerker crematorium")]
    [InlineData("Medewerker crematorium (24-32 uur) Meppel", "drager uitvaartvereniging")]
    [InlineData("Gastvrouw / gastheer uitvaartcentrum Dalfsen (condoleance & koffietafel)", "medewerker laatste verzorging / opbaren")]
    public void A_funeral_home_s_bearers_crematorium_hosts_and_last_offices_are_work_apart(string title, string held)
    {
        var medewerker = Catalogue.Occupations.Single(o => o.PreferredLabel == "medewerker uitvaartondernemer");
        Assert.True(Catalogue.Settings.Apart(medewerker, Catalogue.Settings.Named(medewerker, title), Catalogue.Settings.Named(medewerker, held)));
    }

    [Fact]
    public void Quality_work_in_care_is_apart_from_inspecting_products()
    {
        var controleur = Catalogue.Occupations.Single(o => o.PreferredLabel == "kwaliteitscontroleur");
        var vacancy = Catalogue.Settings.Named(controleur, "Kwaliteitscontroleur productie houtbouw (m/v) – Kampen");
        Assert.True(Catalogue.Settings.ApartFromPlain(controleur, Catalogue.Settings.Named(controleur, "kwaliteitsmedewerker zorg (audits, ISO)"), vacancy));
        Assert.False(Catalogue.Settings.ApartFromPlain(controleur, Catalogue.Settings.Named(controleur, "kwaliteitsmedewerker"), vacancy));
    }

    [Theory]
    [InlineData("Productiemedewerker ophangen & afnemen lakstraat (32-40 uur) Best", "Meubelspuiter")]
    [InlineData("Spuiter natlak lakstraat (m/v) - 40 uur", "Aanhaker/afhaker poedercoatlijn")]
    public void Hanging_parts_on_a_paint_line_is_apart_from_spraying(string vacancy, string held)
    {
        var lakspuiter = Catalogue.Occupations.Single(o => o.PreferredLabel == "lakspuiter");
        Assert.True(Catalogue.Settings.ApartFromPlain(lakspuiter, Catalogue.Settings.Named(lakspuiter, vacancy), Catalogue.Settings.Named(lakspuiter, held)));
    }

    [Theory]
    [InlineData("Productiemedewerker dakpannen- en tegelfabriek - glazuurlijn - Beneden-Leeuwen", "Persoperator KZS-fabriek", true)]
    [InlineData("Persoperator steenfabriek - 3 ploegen - Dodewaard (38 uur)", "Productiemedewerker dakpannenfabriek", true)]
    [InlineData("Persoperator steenfabriek - 3 ploegen - Dodewaard (38 uur)", "Operator kalkzandsteen", false)]
    public void Roof_tiles_and_ceramic_tiles_are_apart_from_pressing_bricks(string vacancy, string held, bool apart)
    {
        var operatorSteen = Catalogue.Occupations.Single(o => o.PreferredLabel == "operator mengmachine steen en tegels");
        var wanted = Catalogue.Settings.Named(operatorSteen, vacancy);
        var had = Catalogue.Settings.Named(operatorSteen, held);
        Assert.Equal(apart, Catalogue.Settings.Apart(operatorSteen, wanted, had) || Catalogue.Settings.ApartFromPlain(operatorSteen, wanted, had));
    }
}
