using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Eligibility;
using Matching.Domain.Occupations;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using static Matching.Domain.UnitTests.Builders;

namespace Matching.Domain.UnitTests.Occupations;

public sealed class OccupationFitTests
{
    private static CandidateProfile With(params WorkExperience[] experience) => WithExperience(experience);

    private static WorkExperience Job(string occupation, double years, int? endedYear = null, string? code = null) =>
        new(Branche.Logistiek, occupation, years, code, endedYear);

    private static OccupationFitDetail Fit(string vacancyTitle, CandidateProfile candidate) =>
        OccupationFit.For(Vacancy() with { Title = vacancyTitle }, candidate, Today);

    [Fact]
    public void Closer_occupations_fit_better_at_equal_years()
    {
        var same = Fit("Magazijnmedewerker", With(Job("magazijnmedewerker", 4)));
        // A synonym ESCO files under two occupations (loodsmedewerker: magazijnmedewerker and pakhuismedewerker) is close.
        var synonym = Fit("Magazijnmedewerker", With(Job("loodsmedewerker", 4)));
        var unitGroup = Fit("Magazijnmedewerker", With(Job("expeditiemedewerker", 4)));
        var minorGroup = Fit("Magazijnmedewerker", With(Job("schappenvuller", 4)));
        var none = Fit("Magazijnmedewerker", With(Job("kok", 4)));

        Assert.Equal(
            [OccupationRelation.Same, OccupationRelation.CloseInOtherWords, OccupationRelation.SameUnitGroup, OccupationRelation.SameMinorGroup, OccupationRelation.None],
            new[] { same, synonym, unitGroup, minorGroup, none }.Select(f => f.Relation));
        Assert.True(same.Value > synonym.Value && synonym.Value > unitGroup.Value && unitGroup.Value > minorGroup.Value && minorGroup.Value > none.Value);
        Assert.Equal(0, none.Value);
    }

    [Fact]
    public void A_volunteer_s_work_relates_as_the_staff_s_and_its_years_count_half()
    {
        var paid = Fit("Medewerker kringloopwinkel", With(Job("medewerker kringloopwinkel", 4)));
        var volunteer = Fit("Medewerker kringloopwinkel", With(Job("vrijwilliger kringloopwinkel", 4)));
        var paidHalf = Fit("Medewerker kringloopwinkel", With(Job("medewerker kringloopwinkel", 2)));

        Assert.True(OccupationNormaliser.Esco.Normalise("vrijwilliger kringloopwinkel")!.Unpaid); // the project lists this title itself
        Assert.Equal(paid.Relation, volunteer.Relation);
        Assert.True(volunteer.Value > 0 && volunteer.Value < paidHalf.Value && paidHalf.Value < paid.Value);
    }

    [Fact]
    public void An_occupation_ESCO_also_calls_by_the_vacancy_s_name_is_close()
    {
        // pakhuismedewerker (9333.3) has "magazijnmedewerker" among its labels, the preferred label of 9333.8.
        Assert.Equal(OccupationRelation.CloseInOtherWords, Fit("Magazijnmedewerker", With(Job("pakhuismedewerker", 4))).Relation);
    }

    [Fact]
    public void The_same_occupation_in_another_setting_fits_less_than_in_the_vacancy_s()
    {
        var school = Fit("Conciërge basisschool", With(Job("conciërge scholengemeenschap", 4)));
        var housing = Fit("Conciërge basisschool", With(Job("huismeester woningcorporatie", 4)));

        Assert.True(school.Relation > OccupationRelation.OtherSetting);
        Assert.Equal(OccupationRelation.OtherSetting, housing.Relation);
        Assert.True(school.Value > housing.Value);
        Assert.True(housing.Value > Fit("Conciërge basisschool", With(Job("schoonmaker", 4))).Value);
    }

    [Fact]
    public void A_setting_apart_fits_as_other_work_not_as_the_same_work_elsewhere()
    {
        var greenhouse = Fit("Medewerker glastuinbouw (tomaten)", With(Job("kasmedewerker paprika", 4)));
        var nursery = Fit("Medewerker glastuinbouw (tomaten)", With(Job("medewerker laanbomenkwekerij", 4)));

        Assert.Equal(OccupationRelation.OtherSettingApart, nursery.Relation);
        Assert.True(greenhouse.Value > nursery.Value);
        Assert.True(Fit("Conciërge basisschool", With(Job("huismeester woningcorporatie", 4))).Value > nursery.Value); // a setting not apart
    }

    [Fact]
    public void A_setting_apart_named_on_one_side_only_is_another_setting()
    {
        var plain = Fit("Medewerker retourverwerking webshop (32-40 uur)", With(Job("magazijnmedewerker", 6)));
        var returns = Fit("Medewerker retourverwerking webshop (32-40 uur)", With(Job("magazijnmedewerker retouren", 2)));

        Assert.Equal(OccupationRelation.OtherSetting, plain.Relation);
        Assert.NotEqual(OccupationRelation.OtherSetting, returns.Relation);
        Assert.True(returns.Value > plain.Value);
        Assert.Equal(OccupationRelation.OtherSetting, Fit("Keukenhulp (m/v)", With(Job("afwasser", 3))).Relation); // the other way round
        Assert.Equal(OccupationRelation.Same, Fit("Conciërge (m/v)", With(Job("conciërge", 3))).Relation); // neither names one
    }

    [Fact]
    public void A_shopfitter_and_a_new_build_carpenter_are_other_work_under_one_ESCO_timmerman()
    {
        var fitter = Fit("Monteur interieurbouw en winkelinrichting (m/v)", With(Job("Shopfitter", 3)));
        var newBuild = Fit("Monteur interieurbouw en winkelinrichting (m/v)", With(Job("Timmerman nieuwbouw", 7)));
        var workshop = Fit("Timmerman nieuwbouw (m/v)", With(Job("Medewerker timmerfabriek", 7)));

        Assert.Equal(OccupationRelation.OtherSettingApart, newBuild.Relation);
        Assert.Equal(OccupationRelation.OtherSetting, workshop.Relation);
        Assert.True(fitter.Value > newBuild.Value);
    }

    [Fact]
    public void Care_below_the_vacancy_s_level_is_other_work_and_one_level_above_a_close_second()
    {
        var helpende = Fit("Zorghulp niveau 1 verpleeghuis", With(Job("Helpende Zorg en Welzijn", 4)));
        var verzorgende = Fit("Zorghulp niveau 1 verpleeghuis", With(Job("Verzorgende IG", 4)));
        var zorghulp = Fit("Zorghulp niveau 1 verpleeghuis", With(Job("Zorghulp", 4)));

        Assert.Equal(OccupationRelation.CareLevelAbove, helpende.Relation);
        Assert.Equal(OccupationRelation.TradeHelped, verzorgende.Relation); // two levels above: the trade of the vacancy's helper
        Assert.True(zorghulp.Value > helpende.Value && helpende.Value > verzorgende.Value);
        Assert.Equal(OccupationRelation.OtherCareLevel, Fit("Helpende Zorg & Welzijn niveau 2 (m/v)", With(Job("Zorghulp", 4))).Relation);
        // A night watch is other work than a level's day care, whatever ESCO reads it as.
        Assert.Equal(OccupationRelation.OtherSettingApart, Fit("Zorghulp niveau 1 verpleeghuis", With(Job("Nachtwacht gehandicaptenzorg", 4))).Relation);
    }

    [Theory]
    // The vacancy reads as verpleeghulp, the experience as its broader zorghulp, whose settings tell the living room apart.
    [InlineData("Assistent-verpleegkundige chirurgie – ziekenhuis", "Assistent verpleegkundige (invalpool)", "Woonassistent psychogeriatrie")]
    // "Nachtwacht / slaapdienst" reads as the security guard and also names the zorghulp, whose settings tell night
    // presence apart from personal care.
    [InlineData("Nachtwacht / slaapdienst gehandicaptenzorg Ommen", "Medewerker slaapdienst", "Zorghulp")]
    public void A_setting_apart_is_named_for_a_broader_occupation_and_a_slash_title_s_other_job(string title, string sameWork, string apart)
    {
        var inSetting = Fit(title, With(Job(sameWork, 3)));
        var otherWork = Fit(title, With(Job(apart, 3)));

        Assert.Equal(OccupationRelation.OtherSettingApart, otherWork.Relation);
        Assert.True(inSetting.Value > otherWork.Value);
    }

    [Fact]
    public void A_learning_place_for_a_care_level_takes_the_level_below()
    {
        var place = Fit("BBL-opleiding Verzorgende IG (leerling)", With(Job("Helpende zorg en welzijn", 2)));

        Assert.NotEqual(OccupationRelation.OtherCareLevel, place.Relation);
        Assert.True(place.Value > Fit("Verzorgende IG woonzorgcentrum", With(Job("Helpende zorg en welzijn", 2))).Value);
    }

    [Fact]
    public void An_indoor_playground_and_a_bowling_centre_are_other_work_under_one_ESCO_occupation()
    {
        Assert.Equal(OccupationRelation.OtherSettingApart,
            Fit("Medewerker bowlingcentrum (m/v) 16-28 uur", With(Job("Medewerker binnenspeeltuin (Ballorig)", 2))).Relation);
        Assert.NotEqual(OccupationRelation.OtherSettingApart,
            Fit("Medewerker bowlingcentrum (m/v) 16-28 uur", With(Job("Medewerker lasergame en midgetgolf", 3))).Relation);
    }

    [Fact]
    public void A_childminder_at_home_and_group_care_are_other_work() =>
        Assert.Equal(OccupationRelation.OtherSettingApart,
            Fit("BSO-medewerker / pedagogisch medewerker buitenschoolse opvang", With(Job("Gastouder (eigen opvang aan huis)", 9))).Relation);

    [Fact]
    public void Event_catering_is_other_work_than_a_lunchroom_s_counter() =>
        Assert.Equal(OccupationRelation.OtherSettingApart,
            Fit("Medewerker evenementencatering en partijen (oproepkracht)", With(Job("broodjes smeren en klanten helpen in broodjeszaak", 5))).Relation);

    [Fact]
    public void A_production_worker_from_another_branche_is_other_work_but_a_packer_packs_alike_anywhere()
    {
        OccupationFitDetail FitIn(Branche vacancyBranche, string title, WorkExperience job) =>
            OccupationFit.For(Vacancy() with { Title = title, Branche = vacancyBranche }, With(job), Today);

        var food = FitIn(Branche.Metaal, "Productiemedewerker metaal", new WorkExperience(Branche.Voedingsindustrie, "Productiemedewerker", 4));
        var metal = FitIn(Branche.Metaal, "Productiemedewerker metaal", new WorkExperience(Branche.Metaal, "Productiemedewerker", 4));
        var packer = FitIn(Branche.Productie, "Inpakker (m/v)", new WorkExperience(Branche.Voedingsindustrie, "Inpakster", 5));

        Assert.Equal(OccupationRelation.OtherSettingApart, food.Relation);
        Assert.True(metal.Value > food.Value);
        Assert.NotEqual(OccupationRelation.OtherSettingApart, packer.Relation);
    }

    [Fact]
    public void A_vending_route_and_a_bowling_centre_are_other_work_under_one_ESCO_occupation() =>
        Assert.Equal(OccupationRelation.OtherSettingApart,
            Fit("Servicemedewerker koffieautomaten / vending (m/v)", With(Job("medewerker bowlingcentrum", 3))).Relation);

    [Fact]
    public void A_heat_pump_fitter_is_the_same_work_as_a_cv_monteur_but_not_as_a_sewer_fitter()
    {
        Assert.Equal(OccupationRelation.SameWork, Fit("CV-monteur / Servicemonteur verwarming", With(Job("Servicemonteur warmtepompen", 3))).Relation);
        Assert.NotEqual(OccupationRelation.SameWork, Fit("Rioleringsmedewerker / Medewerker rioolbeheer", With(Job("Servicemonteur warmtepompen", 3))).Relation);
    }

    [Fact]
    public void A_museums_floor_staff_and_a_cinemas_crew_are_other_work_under_one_ESCO_occupation()
    {
        // ESCO's one servicemedewerker bioscoop, theater holds the museum's suppoost, the cinema's crew and the theatre's usher.
        var museum = Fit("Gastvrouw/gastheer museum (kassa en rondleidingen)", With(Job("Museumwachter (MAS Antwerpen)", 4)));
        var cinema = Fit("Gastvrouw/gastheer museum (kassa en rondleidingen)", With(Job("Medewerker bioscoop Pathé", 4)));
        var theatre = Fit("Medewerker bioscoop (avonden en weekend)", With(Job("Ouvreuse Stadsschouwburg", 4)));

        Assert.Equal(OccupationRelation.OtherSettingApart, cinema.Relation);
        Assert.Equal(OccupationRelation.OtherSetting, theatre.Relation);
        Assert.True(museum.Value > theatre.Value);
        Assert.True(theatre.Value > cinema.Value);
    }

    [Fact]
    public void A_named_shop_s_staff_and_a_specialist_of_other_goods_share_only_the_minor_group()
    {
        var perfumery = With(Job("verkoopspecialist cosmetica en parfums", 3));

        Assert.Equal(OccupationRelation.SameMinorGroup, Fit("Medewerker tuincentrum", perfumery).Relation);
        Assert.Equal(OccupationRelation.SameUnitGroup, Fit("Winkelmedewerker", perfumery).Relation); // no shop named
    }

    [Fact]
    public void A_narrower_occupation_is_broader_and_fits_below_a_close_one()
    {
        // ESCO lists orderpicker (9333.8.1) under magazijnmedewerker (9333.8): netwerkers graded such pairs 1.4 on average
        // on the development sets (183 pairs), against 2.4 for the same occupation named by a synonym.
        var broader = Fit("Orderpicker", With(Job("magazijnmedewerker", 3)));
        Assert.Equal(OccupationRelation.Broader, broader.Relation);
        Assert.True(broader.Value < Fit("Orderpicker", With(Job("orderpicken koelcel", 3))).Value);
    }

    [Fact]
    public void More_years_count_more_with_diminishing_returns_and_no_cap_at_five()
    {
        double Value(double years) => Fit("Heftruckchauffeur", With(Job("heftruckchauffeur", years))).Value;

        Assert.True(Value(10) > Value(5));
        Assert.True(Value(5) > Value(2));
        Assert.True(Value(10) - Value(5) < Value(5) - Value(0.5));
        Assert.True(Value(30) <= 1);
    }

    [Fact]
    public void Experience_that_ended_long_ago_counts_less()
    {
        var recent = Fit("Heftruckchauffeur", With(Job("heftruckchauffeur", 6, endedYear: Today.Year - 1)));
        var old = Fit("Heftruckchauffeur", With(Job("heftruckchauffeur", 6, endedYear: Today.Year - 12)));

        Assert.True(recent.Value > old.Value);
        Assert.Equal(6, old.Years);
    }

    [Fact]
    public void Nine_years_fifteen_years_ago_count_less_than_one_recent_year()
    {
        // Having done the work once earns a share of the fit; that share fades too when the work was long ago, so
        // a plumber who stopped in 2011 does not outrank one who started last year on the share alone.
        var recentYear = Fit("Heftruckchauffeur", With(Job("heftruckchauffeur", 1)));
        var longAgo = Fit("Heftruckchauffeur", With(Job("heftruckchauffeur", 9, endedYear: Today.Year - 15)));

        Assert.True(recentYear.Value > longAgo.Value, $"recent {recentYear.Value}, long ago {longAgo.Value}");
    }

    [Fact]
    public void A_code_on_the_experience_wins_over_its_text()
    {
        var fit = Fit("Orderpicker", With(Job("diverse werkzaamheden", 2, code: "9333.8.1")));
        Assert.Equal(OccupationRelation.Same, fit.Relation);
    }

    [Fact]
    public void A_code_that_names_no_occupation_leaves_the_text_to_decide()
    {
        var fit = Fit("Orderpicker", With(Job("pakhuismedewerker", 2, code: "0000.0")));
        Assert.Equal(OccupationRelation.SameUnitGroup, fit.Relation);
    }

    [Fact]
    public void A_window_gives_every_candidate_the_fit_it_gets_alone()
    {
        var code = "9333.8.1";
        var window = new[]
        {
            With(Job("diverse werkzaamheden", 2, code: code)),
            With(Job("heftruck", 6, endedYear: 2015, code: code)),
            With(Job("pakhuismedewerker", 2, code: "0000.0")),
            With(Job("kok", 3)),
        };
        var vacancy = Vacancy() with { Title = "Orderpicker" };

        var fit = OccupationFit.ForVacancy(vacancy);
        var inWindow = window.Select(c => fit.Of(c, Today)).ToArray();

        Assert.Equal([OccupationRelation.Same, OccupationRelation.Same, OccupationRelation.SameUnitGroup, OccupationRelation.None],
            inWindow.Select(f => f.Relation));
        Assert.Equal(window.Select(c => OccupationFit.For(vacancy, c, Today)), inWindow);
        Assert.True(inWindow[0].Value > inWindow[1].Value, "six years that ended in 2015 count less than two recent ones");
    }

    [Fact]
    public void An_unrecognised_vacancy_title_rates_alike_everyone_whose_occupation_names_none_of_its_work()
    {
        var fit = Fit("Allround kracht", With(Job("heftruckchauffeur", 5)));
        Assert.Null(fit.VacancyOccupation);
        Assert.Equal(OccupationFit.UnknownVacancyOccupation, fit.Value);
    }

    [Fact]
    public void A_vacancy_title_read_only_by_a_part_counts_as_unrecognised()
    {
        // A work-experience text reads as the cashier by its first word; a vacancy's title is compared by all its words.
        Assert.Equal("kassamedewerker", OccupationNormaliser.Esco.Normalise("cassiere tankstation")!.Occupation.PreferredLabel);
        Assert.Null(OccupationFit.OfVacancy(Vacancy() with { Title = "cassiere tankstation" }));
        Assert.Equal(OccupationRelation.SameTitleWords, Fit("Cassiere tankstation (m/v)", With(Job("tankstation cassiere", 3))).Relation);
    }

    [Theory]
    // The description names the school (a setting of the conciërge): the reading stands.
    [InlineData("Medewerker algemene dienst (0,8 fte)", "Voor onze school zoeken we iemand die de post verzorgt en lokalen klaarzet.", "conciërge")]
    // A housing corporation's repairs name nothing of the municipal outdoor crew the bare title reads as ("plant" is a verb here, not the plantsoendienst).
    [InlineData("Medewerker buitendienst (38 uur)", "Bij onze woningcorporatie doe je kleine reparaties bij huurders: kranen, deuren, sloten. Je plant je dag zelf in.", null)]
    // The same title at a municipality whose description names the green work keeps the crew.
    [InlineData("Medewerker buitendienst (38 uur)", "Je onderhoudt het openbaar groen en de plantsoenen van de gemeente: een plantsoen, een park, een berm.", "medewerker groenvoorziening/medewerkster groenvoorziening")]
    [InlineData("Medewerker binnendienst", "Je neemt storingsmeldingen aan en plant de servicemonteurs in.", null)]
    // A title that names more than the department is read as before, whatever the description.
    [InlineData("Medewerker buitendienst gemeente", "Bij onze woningcorporatie doe je kleine reparaties.", "medewerker groenvoorziening/medewerkster groenvoorziening")]
    public void A_title_naming_only_a_department_is_read_when_the_description_names_the_occupation(string title, string description, string? expected)
    {
        Assert.Equal(expected, OccupationFit.OfVacancy(Vacancy() with { Title = title, Description = description })?.Occupation.PreferredLabel);
    }

    [Fact]
    public void A_department_title_with_an_esco_code_keeps_the_code()
    {
        var vacancy = Vacancy() with { Title = "Medewerker buitendienst", Description = "Kleine reparaties bij huurders.", OccupationCode = "7126.8" };
        Assert.Equal("loodgieter", OccupationFit.OfVacancy(vacancy)?.Occupation.PreferredLabel);
    }

    [Fact]
    public void A_candidate_naming_an_unrecognised_vacancy_title_holds_its_occupation()
    {
        var named = Fit("Allround kracht (m/v)", With(Job("heftruckchauffeur", 5), Job("allround kracht", 4)));
        var other = Fit("Allround kracht (m/v)", With(Job("heftruckchauffeur", 5)));

        Assert.Equal(OccupationRelation.Same, named.Relation);
        Assert.Equal(4, named.Years);
        Assert.Equal("Allround kracht", named.VacancyOccupation);
        Assert.True(named.Value > other.Value + 0.2, $"{named.Value} against {other.Value}");
        Assert.Equal("4 jaar als allround kracht (zelfde beroep)", OccupationReason("Allround kracht (m/v)", With(Job("allround kracht", 4))));
    }

    [Fact]
    public void Naming_an_unrecognised_vacancy_title_long_ago_still_rates_above_not_naming_it()
    {
        var fit = Fit("Allround kracht", With(Job("allround kracht", 0.5, endedYear: Today.Year - 20)));
        Assert.True(fit.Value > OccupationFit.UnknownVacancyOccupation, $"{fit.Value}");
    }

    [Fact]
    public void An_occupation_naming_all_the_work_of_an_unrecognised_title_in_other_words_is_the_same_work()
    {
        // ESCO knows neither; the words come in another order and with other endings.
        var allWords = Fit("Ketel reiniger (m/v) - ploegendienst", With(Job("medewerker ketelreiniging", 3)));
        var someWords = Fit("Ketel reiniger (m/v) - ploegendienst", With(Job("tankreiniger", 3)));
        var none = Fit("Ketel reiniger (m/v) - ploegendienst", With(Job("heftruckchauffeur", 3)));

        Assert.Equal(OccupationRelation.SameTitleWords, allWords.Relation);
        Assert.Equal(OccupationRelation.SharedTitleWords, someWords.Relation);
        Assert.Equal(OccupationRelation.None, none.Relation);
        Assert.Equal(OccupationFit.UnknownVacancyOccupation, none.Value);
        Assert.True(allWords.Value > someWords.Value && someWords.Value > none.Value, $"{allWords.Value}, {someWords.Value}, {none.Value}");
        Assert.Equal("3 jaar als tankreiniger (deels dezelfde woorden als Ketel reiniger)",
            OccupationReason("Ketel reiniger (m/v) - ploegendienst", With(Job("tankreiniger", 3))));
    }

    [Fact]
    public void A_candidate_naming_either_job_of_a_title_with_a_slash_holds_its_occupation()
    {
        var fit = Fit("Vleesbewerker / uitbener (m/v) - dagdienst", With(Job("Uitbener", 5)));
        Assert.Equal(OccupationRelation.Same, fit.Relation);
    }

    [Fact]
    public void An_occupation_text_ESCO_does_not_read_still_relates_by_its_words()
    {
        // ESCO reads "Orderpicker" but not "orderpick en koelcel": the words are all that relate them.
        Assert.Null(OccupationNormaliser.Esco.Normalise("orderpick en koelcel"));
        Assert.Equal(OccupationRelation.SameTitleWords, Fit("Orderpicker", With(Job("orderpick en koelcel", 3))).Relation);
        Assert.Null(OccupationNormaliser.Esco.Normalise("kookhulp"));
        Assert.Equal(OccupationRelation.None, Fit("Orderpicker", With(Job("kookhulp", 3))).Relation);
    }

    [Fact]
    public void One_job_of_an_unrecognised_title_naming_two_is_all_its_work()
    {
        var fit = Fit("Medewerker siloreiniging / tankopslag (m/v)", With(Job("siloreiniging medewerker", 2)));
        Assert.Equal(OccupationRelation.SameTitleWords, fit.Relation);
    }

    [Fact]
    public void The_explanation_says_the_years_the_occupation_and_how_it_relates()
    {
        var vacancy = Vacancy() with { Title = "Orderpicker" };
        var candidate = With(Job("pakhuismedewerker", 4));
        var eligibility = new EligibilityRules(PartyDirectory.RegionZwolleDefault)
            .Evaluate(vacancy, candidate, PartyDirectory.RegionZwolleDefault.Find("GM0148")!, Today);

        var scored = new TransparentScorer().Score(vacancy, candidate, eligibility, 0, Today);

        var occupation = Assert.Single(scored.Explanation.Contributions, c => c.Factor == "beroep");
        Assert.Equal("4 jaar als pakhuismedewerker (zelfde beroepsgroep als orderpicker)", occupation.Reason);
    }

    [Fact]
    public void A_helper_of_the_trade_fits_and_the_explanation_says_so()
    {
        // ESCO calls the apothekersassistent (3213) "hulpapotheker"; the apotheker is 2262: no ISCO group in common.
        var helper = Fit("Apotheker", With(Job("apothekersassistent", 3)));

        Assert.Equal(OccupationRelation.HelpsInTrade, helper.Relation);
        Assert.True(helper.Value > Fit("Apotheker", With(Job("kok", 3))).Value);
        Assert.Equal("3 jaar als apothekersassistent (hulpberoep bij apotheker)", OccupationReason("Apotheker", With(Job("apothekersassistent", 3))));
    }

    [Fact]
    public void The_trade_fits_its_helper_vacancy_less_than_the_helper_fits_the_trade()
    {
        // ESCO calls the psychologieassistent "assistent-psycholoog": a psycholoog for an assistant's vacancy is a step down.
        var tradeForHelper = Fit("Psychologieassistent", With(Job("psycholoog", 3)));
        var helperForTrade = Fit("Psycholoog", With(Job("psychologieassistent", 3)));

        Assert.Equal(OccupationRelation.TradeHelped, tradeForHelper.Relation);
        Assert.True(tradeForHelper.Value > 0 && tradeForHelper.Value < helperForTrade.Value);
        Assert.Equal("3 jaar als psycholoog (het vak waarbij psychologieassistent helpt)", OccupationReason("Psychologieassistent", With(Job("psycholoog", 3))));
    }

    [Fact]
    public void Occupations_that_share_a_name_fit_less_than_the_same_unit_group()
    {
        // Opticien (3254) and verkoopspecialist optiek (5223) are both "brillenverkoper".
        var shared = Fit("Opticien", With(Job("verkoopspecialist optiek", 4)));

        Assert.Equal(OccupationRelation.SharedLabel, shared.Relation);
        Assert.True(shared.Value > 0 && shared.Value < Fit("Orderpicker", With(Job("pakhuismedewerker", 4))).Value);
        Assert.Equal("4 jaar als verkoopspecialist optiek (deelt een ESCO-benaming met opticien)", OccupationReason("Opticien", With(Job("verkoopspecialist optiek", 4))));
    }

    [Fact]
    public void A_synonym_ESCO_gives_one_occupation_only_names_the_same_occupation()
    {
        // "verwarmingsinstallateur" is an alternative label of verwarmingsmonteur and of nothing else.
        Assert.Equal(OccupationRelation.SameInOtherWords, Fit("Verwarmingsmonteur", With(Job("verwarmingsinstallateur", 2))).Relation);
    }

    [Fact]
    public void A_word_heading_labels_in_several_unit_groups_is_at_most_the_same_unit_group()
    {
        // "chauffeur" ends the truck, van, bus and taxi drivers' labels: it stands for the truck drivers' group, not
        // for the vrachtwagenchauffeur that represents it. "installatiemonteur" heads labels of one unit group only.
        Assert.Equal(OccupationRelation.SameUnitGroup, Fit("Vrachtwagenchauffeur", With(Job("chauffeur", 3))).Relation);
        Assert.Equal(OccupationRelation.CloseInOtherWords, Fit("Loodgieter", With(Job("installatiemonteur", 3))).Relation);
    }

    [Fact]
    public void Another_reading_of_the_vacancy_title_is_at_most_close()
    {
        // "loodsmedewerker" reads as pakhuismedewerker, and ESCO also files it under magazijnmedewerker: someone who
        // names magazijnmedewerker exactly is close to that vacancy, not the same.
        Assert.Equal(OccupationRelation.CloseInOtherWords, Fit("Loodsmedewerker", With(Job("magazijnmedewerker", 2))).Relation);
    }

    [Fact]
    public void Only_the_main_reading_of_a_synonym_brings_its_relatives()
    {
        // "persvoorlichter" reads as communicatiemanager (1222), and ESCO also files it under woordvoerder (2432). A
        // woordvoerder is close to that vacancy; a fondsenwerver, in the woordvoerder's unit group, is related to a
        // mere possibility only, although he is in the same unit group when the vacancy names the woordvoerder itself.
        Assert.Equal(OccupationRelation.CloseInOtherWords, Fit("Persvoorlichter", With(Job("woordvoerder", 3))).Relation);
        Assert.Equal(OccupationRelation.None, Fit("Persvoorlichter", With(Job("fondsenwerver", 3))).Relation);
        Assert.Equal(OccupationRelation.SameUnitGroup, Fit("Woordvoerder", With(Job("fondsenwerver", 3))).Relation);
    }

    [Fact]
    public void The_vacancy_title_word_for_word_is_the_same_occupation()
    {
        Assert.Equal(OccupationRelation.Same, Fit("Loodsmedewerker", With(Job("loodsmedewerker", 2))).Relation);
        Assert.Equal(OccupationRelation.CloseInOtherWords, Fit("Pakhuismedewerker", With(Job("loodsmedewerker", 2))).Relation);
    }

    [Fact]
    public void The_same_occupation_read_from_other_words_fits_a_little_less_than_in_the_titles_own_words()
    {
        // "verwarmingsinstallateur" names only the verwarmingsmonteur (7126.4), but the title and the text share no
        // word: the relation rests on the reading. Netwerkers grade such pairs lower than the same words.
        var ownWords = Fit("Verwarmingsmonteur", With(Job("verwarmingsmonteur", 4)));
        var otherWords = Fit("Verwarmingsmonteur", With(Job("verwarmingsinstallateur", 4)));

        Assert.Equal(OccupationRelation.SameInOtherWords, otherWords.Relation);
        Assert.True(ownWords.Value > otherWords.Value, $"own words {ownWords.Value}, other words {otherWords.Value}");
        Assert.True(otherWords.Value > 0.9 * ownWords.Value, $"own words {ownWords.Value}, other words {otherWords.Value}");
    }

    [Fact]
    public void A_word_typed_without_its_diaeresis_is_the_titles_own_word()
    {
        Assert.Equal(OccupationRelation.Close, Fit("Conciërge (m/v)", With(Job("concierge middelbare school", 6))).Relation);
        Assert.Equal(OccupationRelation.CloseInOtherWords, Fit("Conciërge (m/v)", With(Job("huismeester woningcorporatie", 6))).Relation);
    }

    [Fact]
    public void An_ESCO_code_on_either_side_is_no_reading_and_keeps_the_same_occupation()
    {
        Assert.Equal(OccupationRelation.Same, Fit("Verwarmingsmonteur", With(Job("verwarmingsinstallateur", 4, code: "7126.4"))).Relation);
        var coded = OccupationFit.For(Vacancy() with { Title = "Verwarmingsmonteur", OccupationCode = "7126.4" },
            With(Job("verwarmingsinstallateur", 4)), Today);
        Assert.Equal(OccupationRelation.Same, coded.Relation);
    }

    [Fact]
    public void The_explanation_says_when_the_same_occupation_was_read_from_other_words()
    {
        Assert.Equal("4 jaar als verwarmingsinstallateur (zelfde beroep als verwarmingsmonteur, andere benaming)",
            OccupationReason("Verwarmingsmonteur", With(Job("verwarmingsinstallateur", 4))));
    }

    [Fact]
    public void The_same_field_of_work_fits_a_little_less_than_the_same_shop_floor_and_more_than_nothing()
    {
        // Trambestuurder (8331) and taxichauffeur (8322) both drive people for a living (ISCO-08 sub-major group 83,
        // drivers), in two minor groups; a bakker (7512) is in another field.
        var field = Fit("Trambestuurder", With(Job("taxichauffeur", 4)));
        var none = Fit("Trambestuurder", With(Job("bakker", 4)));
        var shopFloor = Fit("Textielopmaker", With(Job("operator weefmachine", 4)));

        Assert.Equal(OccupationRelation.SameSubMajorGroup, field.Relation);
        Assert.Equal(OccupationRelation.None, none.Relation);
        Assert.True(field.Value > 0 && field.Value < shopFloor.Value, $"field {field.Value}, shop floor {shopFloor.Value}");
    }

    [Fact]
    public void The_explanation_names_the_field_of_work()
    {
        var reason = OccupationReason("Trambestuurder", With(Job("taxichauffeur", 4)));
        Assert.Equal("4 jaar als taxichauffeur (zelfde beroepenveld als trambestuurder)", reason);
    }

    /// <summary>
    /// A title with a slash names two jobs, and every relation to the second counts as to the first, on either side.
    /// "plaatwerker" is ESCO's synonym of the metaalplaatwerker only: the second job as much as "verwarmingsinstallateur"
    /// is the verwarmingsmonteur's first. "Zorghulp / huishoudelijke hulp" reads first as the zorghulp (5321); its second
    /// job is the domestic cleaner (9111), whose minor group (911) the building cleaner's "interieurverzorger" (9112) shares,
    /// with tasks that read alike.
    /// </summary>
    [Theory]
    [InlineData("Lasser / metaalplaatwerker", "lasser", OccupationRelation.Same)]
    [InlineData("Lasser / metaalplaatwerker", "metaalplaatwerker", OccupationRelation.Same)]
    [InlineData("Lasser / metaalplaatwerker", "plaatwerker", OccupationRelation.Same)]
    [InlineData("Metaalplaatwerker", "plaatwerker", OccupationRelation.Same)]
    [InlineData("Zorghulp / huishoudelijke hulp", "interieurverzorger", OccupationRelation.SimilarTasks)]
    [InlineData("Zorghulp", "interieurverzorger", OccupationRelation.None)]
    [InlineData("Interieurverzorger", "zorghulp / huishoudelijke hulp", OccupationRelation.SimilarTasks)]
    public void Each_job_a_title_with_a_slash_names_relates_as_the_first(string title, string job, OccupationRelation expected)
    {
        Assert.Equal(expected, Fit(title, With(Job(job, 3))).Relation);
    }
}
